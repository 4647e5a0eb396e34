// The embedded host of App mode: a node:http server that hands each request to the one Fetch API
// handler (webhook-handler.ts) and writes its Response back. Bodies are capped while they are read,
// and slow clients are cut off, so a stranger on the network cannot tie the server up.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MAX_BODY_BYTES, type FetchHandler } from './webhook-handler.js';

export interface NodeHost {
  /** http://host:port */
  url: string;
  close(): Promise<void>;
}

function toRequest(req: IncomingMessage, origin: string, body: Buffer | undefined): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const method = req.method ?? 'GET';
  return new Request(new URL(req.url ?? '/', origin), {
    method,
    headers,
    ...(body && method !== 'GET' && method !== 'HEAD' ? { body } : {}),
  });
}

export async function startNodeHost(
  handler: FetchHandler,
  options: { host: string; port: number; maxBodyBytes?: number },
): Promise<NodeHost> {
  const max = options.maxBodyBytes ?? MAX_BODY_BYTES;
  let origin = '';
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > max) {
        tooLarge = true;
        chunks.length = 0;
      } else if (!tooLarge) chunks.push(c);
    });
    req.on('end', () => {
      if (tooLarge) {
        res.writeHead(413, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' }).end('payload too large\n');
        return;
      }
      handler(toRequest(req, origin, Buffer.concat(chunks)))
        .then(async (response) => {
          const body = Buffer.from(await response.arrayBuffer());
          const headers: Record<string, string> = {};
          response.headers.forEach((v, k) => (headers[k] = v));
          headers['content-length'] = String(body.length);
          res.writeHead(response.status, headers).end(body);
        })
        .catch(() => {
          if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
          res.end('internal error\n');
        });
    });
    req.on('error', () => res.destroy());
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  origin = `http://${host}:${address.port}`;
  return {
    url: origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
