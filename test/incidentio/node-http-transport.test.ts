// The node:http transport (src/incidentio/node-http-transport.ts) against real servers on
// 127.0.0.1, side by side with Node's fetch where the client relies on fetch's behaviour (error
// names and shapes), plus the whole client on it through nock and a child process that must exit
// promptly with keep-alive sockets in the pool.
import { spawn } from 'node:child_process';
import { createServer as createNetServer, type Server as NetServer, type Socket } from 'node:net';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { createIncidentIoClient } from '../../src/incidentio/client.js';
import {
  DEFAULT_MAX_BODY_BYTES,
  RESPONSE_TOO_LARGE,
  createNodeHttpFetch,
  nodeHttpFetch,
  type FetchLike,
} from '../../src/incidentio/node-http-transport.js';
import { BASE, caught, KEY, makeClient, useNock } from '../support/incidentio-harness.js';

type Handler = (req: IncomingMessage & { body: string }, res: ServerResponse) => void;

interface TestServer {
  url: string;
  origin: string;
  port: number;
  /** Requests seen, with their bodies. */
  requests: Array<{ method: string; url: string; headers: IncomingMessage['headers']; body: string }>;
  /** TCP connections accepted. */
  connections: () => number;
}

const closers: Array<() => Promise<void>> = [];

afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

/** An HTTP server on 127.0.0.1 that records requests and answers through `handler`. */
async function serve(handler: Handler, options: { keepAliveTimeout?: number } = {}): Promise<TestServer> {
  const requests: TestServer['requests'] = [];
  const sockets = new Set<Socket>();
  let connections = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      handler(Object.assign(req, { body }), res);
    });
  });
  if (options.keepAliveTimeout !== undefined) server.keepAliveTimeout = options.keepAliveTimeout;
  server.on('connection', (socket: Socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  closers.push(
    () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  );
  return { url: `http://127.0.0.1:${port}`, origin: `http://127.0.0.1:${port}`, port, requests, connections: () => connections };
}

/** A port nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function rejection(promise: Promise<unknown>): Promise<Error & { cause?: unknown }> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    return error as Error & { cause?: unknown };
  }
  throw new Error('expected a rejection, but the promise resolved');
}

const never: Handler = () => {
  // Never answers: only the caller's signal ends the request.
};

describe('requests and responses', () => {
  it('GET: status, headers, body, and the request headers the client sets', async () => {
    const srv = await serve((_req, res) => {
      res.writeHead(200, 'Fine', { 'content-type': 'application/json', 'Retry-After': '7' }).end('{"ok":true}');
    });
    const res = await nodeHttpFetch(`${srv.url}/v1/identity?x=1`, {
      method: 'get',
      headers: { Authorization: 'Bearer k', 'user-agent': 'oncall-gate', accept: 'application/json' },
    });
    expect(res.status).toBe(200);
    expect(res.statusText).toBe('Fine');
    expect(res.ok).toBe(true);
    expect(res.url).toBe(`${srv.url}/v1/identity?x=1`);
    expect(res.redirected).toBe(false);
    expect(res.headers.get('retry-after')).toBe('7');
    expect(res.headers.get('RETRY-AFTER')).toBe('7');
    expect(res.headers.get('x-missing')).toBeNull();
    expect(res.headers.has('content-type')).toBe(true);
    expect(res.bodyUsed).toBe(false);
    await expect(res.json()).resolves.toEqual({ ok: true });
    expect(res.bodyUsed).toBe(true);

    expect(srv.requests).toHaveLength(1);
    const seen = srv.requests[0]!;
    expect(seen.method).toBe('GET');
    expect(seen.url).toBe('/v1/identity?x=1');
    expect(seen.headers).toMatchObject({
      authorization: 'Bearer k',
      'user-agent': 'oncall-gate',
      accept: 'application/json',
      'accept-encoding': 'gzip, deflate, br',
      connection: 'keep-alive',
    });
  });

  it('POST: sends the body with its byte length', async () => {
    const srv = await serve((req, res) => {
      res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ echo: JSON.parse(req.body) }));
    });
    const body = JSON.stringify({ name: 'Zoë ✓' });
    const res = await nodeHttpFetch(new URL('/v2/custom_fields', srv.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(res.status).toBe(201);
    await expect(res.json()).resolves.toEqual({ echo: { name: 'Zoë ✓' } });
    expect(srv.requests[0]).toMatchObject({ method: 'POST', body });
    expect(srv.requests[0]!.headers['content-length']).toBe(String(Buffer.byteLength(body)));
    expect(srv.requests[0]!.headers['content-type']).toBe('application/json');
  });

  it('takes a Headers object too, and joins names that differ only in case', async () => {
    const srv = await serve((_req, res) => res.end());
    await (await nodeHttpFetch(srv.url, { headers: new Headers({ 'X-One': 'a' }) })).text();
    await (await nodeHttpFetch(srv.url, { headers: { 'X-Two': 'a', 'x-two': 'b' } })).text();
    expect(srv.requests[0]!.headers['x-one']).toBe('a');
    expect(srv.requests[1]!.headers['x-two']).toBe('a, b');
  });

  it.each([
    [404, false],
    [429, false],
    [500, false],
    [204, true],
  ])('status %i: ok is %s and the body is readable', async (status, ok) => {
    const srv = await serve((_req, res) => res.writeHead(status).end(status === 204 ? undefined : `{"status":${status}}`));
    const res = await nodeHttpFetch(srv.url);
    expect(res.status).toBe(status);
    expect(res.ok).toBe(ok);
    expect(await res.text()).toBe(status === 204 ? '' : `{"status":${status}}`);
  });

  it('joins a repeated response header, as Headers#get does', async () => {
    const srv = await serve((_req, res) => {
      res.setHeader('x-multi', ['a', 'b']);
      res.setHeader('retry-after', ['1', '2']);
      res.end();
    });
    const res = await nodeHttpFetch(srv.url);
    expect(res.headers.get('x-multi')).toBe('a, b');
    expect(res.headers.get('retry-after')).toBe('1, 2');
    // fetch agrees
    const real = await fetch(srv.url);
    expect(real.headers.get('x-multi')).toBe('a, b');
    expect(real.headers.get('retry-after')).toBe('1, 2');
  });

  it("refuses to read a body twice, with fetch's TypeError", async () => {
    const srv = await serve((_req, res) => res.end('once'));
    const res = await nodeHttpFetch(srv.url);
    expect(await res.text()).toBe('once');
    const error = await rejection(res.text());
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toMatch(/already been read/);
  });

  it('decodes UTF-8 and drops a leading BOM, like Response#text', async () => {
    const srv = await serve((_req, res) => res.end(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"name":"Zoë"}')])));
    await expect((await nodeHttpFetch(srv.url)).json()).resolves.toEqual({ name: 'Zoë' });
  });

  it.each([
    ['gzip', gzipSync],
    ['deflate', deflateSync],
    ['br', brotliCompressSync],
  ] as const)('decodes a %s body', async (coding, compress) => {
    const json = JSON.stringify({ users: Array.from({ length: 200 }, (_, i) => ({ id: `U${i}`, email: `u${i}@example.com` })) });
    const srv = await serve((_req, res) => res.writeHead(200, { 'content-encoding': coding }).end(compress(Buffer.from(json))));
    const res = await nodeHttpFetch(srv.url);
    expect(await res.text()).toBe(json);
  });

  it('a corrupt coded body fails like a body cut short', async () => {
    const srv = await serve((_req, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end('this is not gzip'));
    const error = await rejection((await nodeHttpFetch(srv.url)).text());
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe('terminated');
  });

  it('rejects a scheme other than http: and https:', async () => {
    const error = await rejection(nodeHttpFetch('ftp://127.0.0.1/x'));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe('fetch failed');
    expect(String((error.cause as Error).message)).toContain('ftp:');
  });

  it('speaks TLS to an https: URL (node:https is chosen by protocol)', async () => {
    // A bare TCP server: the first byte a TLS client sends is a handshake record (0x16).
    let firstByte: number | undefined;
    const server: NetServer = createNetServer((socket) => {
      socket.once('data', (data: Buffer) => {
        firstByte = data[0];
        socket.destroy();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    closers.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const port = (server.address() as { port: number }).port;
    const error = await rejection(nodeHttpFetch(`https://127.0.0.1:${port}/v1/identity`));
    expect(firstByte).toBe(0x16);
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe('fetch failed');
  });
});

describe('failures in the shapes fetch gives (http.ts maps them)', () => {
  const both: Array<[string, FetchLike]> = [
    ['nodeHttpFetch', nodeHttpFetch],
    ['fetch', (input, init) => fetch(input, init)],
  ];

  it.each(both)('%s: a refused connection is TypeError("fetch failed") caused by ECONNREFUSED', async (_name, f) => {
    const port = await closedPort();
    const error = await rejection(f(`http://127.0.0.1:${port}/v1/identity`));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe('fetch failed');
    expect(error.cause).toMatchObject({ code: 'ECONNREFUSED', message: `connect ECONNREFUSED 127.0.0.1:${port}` });
  });

  it.each(both)('%s: a timeout before the headers rejects with the signal reason (TimeoutError)', async (_name, f) => {
    const srv = await serve(never);
    const signal = AbortSignal.timeout(50);
    const started = performance.now();
    const error = await rejection(f(srv.url, { signal }));
    expect(error.name).toBe('TimeoutError');
    expect(error).toBe(signal.reason);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it.each(both)('%s: abort() rejects with AbortError', async (_name, f) => {
    const srv = await serve(never);
    const controller = new AbortController();
    const pending = f(srv.url, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const error = await rejection(pending);
    expect(error.name).toBe('AbortError');
  });

  it.each(both)('%s: an already aborted signal rejects without sending', async (_name, f) => {
    const srv = await serve((_req, res) => res.end('{}'));
    const error = await rejection(f(srv.url, { signal: AbortSignal.abort() }));
    expect(error.name).toBe('AbortError');
    expect(srv.requests).toEqual([]);
  });

  it.each(both)('%s: a body that stalls times out under the same signal', async (_name, f) => {
    const srv = await serve((_req, res) => {
      res.writeHead(200, { 'content-length': '100' });
      res.write('{"partial":');
    });
    // The signal fires once the headers are in (as a timeout would while the body stalls), not
    // after a fixed time: on a loaded machine a 100 ms timeout can fire before the headers arrive.
    const controller = new AbortController();
    const res = await f(srv.url, { signal: controller.signal });
    const body = res.text();
    controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    const error = await rejection(body);
    expect(error.name).toBe('TimeoutError');
  });

  it.each(both)('%s: a body cut short is TypeError("terminated")', async (_name, f) => {
    const srv = await serve((_req, res) => {
      res.writeHead(200, { 'content-length': '100' });
      res.write('{"partial":', () => res.socket?.destroy());
    });
    const res = await f(srv.url);
    const error = await rejection(res.text());
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe('terminated');
  });

  it('the socket of an aborted request is not reused', async () => {
    const srv = await serve((req, res) => {
      if (req.url === '/slow') return;
      res.end('ok');
    });
    const f = createNodeHttpFetch();
    await rejection(f(`${srv.url}/slow`, { signal: AbortSignal.timeout(30) }));
    expect(await (await f(`${srv.url}/fast`)).text()).toBe('ok');
    expect(srv.connections()).toBe(2);
  });
});

describe('body size cap', () => {
  const big = 'x'.repeat(4096);

  it('rejects a body over the cap while streaming, naming the request and the limit', async () => {
    const srv = await serve((_req, res) => {
      // No content-length: chunked, so the cap is only known while reading.
      res.write(big);
      res.end(big);
    });
    const f = createNodeHttpFetch({ maxBodyBytes: 6000 });
    const res = await f(`${srv.url}/v2/users?email=a%40b.c`);
    const error = await rejection(res.text());
    expect(error).toMatchObject({ code: RESPONSE_TOO_LARGE });
    expect(error.message).toBe(
      `the response to GET ${srv.url}/v2/users is larger than 6000 bytes, the most oncall-gate reads from one response`,
    );
  });

  it('accepts a body exactly at the cap', async () => {
    const srv = await serve((_req, res) => res.end(big));
    const f = createNodeHttpFetch({ maxBodyBytes: big.length });
    expect(await (await f(srv.url)).text()).toBe(big);
  });

  it('rejects a declared length over the default 20 MiB before reading it', async () => {
    expect(DEFAULT_MAX_BODY_BYTES).toBe(20 * 1024 * 1024);
    const srv = await serve((_req, res) => {
      res.writeHead(200, { 'content-length': String(DEFAULT_MAX_BODY_BYTES + 1) });
      res.write('{"never":"finished"');
    });
    const res = await nodeHttpFetch(`${srv.url}/v2/schedules`);
    const error = await rejection(res.text());
    expect(error).toMatchObject({ code: RESPONSE_TOO_LARGE });
    expect(error.message).toContain('larger than 20 MiB');
  });

  it('counts decoded bytes, so a small gzip body cannot expand past the cap', async () => {
    const bomb = gzipSync(Buffer.alloc(1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(64 * 1024);
    const srv = await serve((_req, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end(bomb));
    const f = createNodeHttpFetch({ maxBodyBytes: 64 * 1024 });
    const error = await rejection((await f(srv.url)).text());
    expect(error).toMatchObject({ code: RESPONSE_TOO_LARGE });
  });
});

describe('keep-alive', () => {
  it('sequential requests share one connection', async () => {
    const srv = await serve((_req, res) => res.end('{}'));
    const f = createNodeHttpFetch();
    for (let i = 0; i < 5; i += 1) await (await f(srv.url)).text();
    expect(srv.requests).toHaveLength(5);
    expect(srv.connections()).toBe(1);
  });

  it('concurrent requests open one socket each, and the next round reuses them', async () => {
    const srv = await serve((_req, res) => setTimeout(() => res.end('{}'), 20));
    const f = createNodeHttpFetch();
    const round = () => Promise.all(Array.from({ length: 4 }, async () => (await f(srv.url)).text()));
    await round();
    expect(srv.connections()).toBe(4);
    await round();
    expect(srv.requests).toHaveLength(8);
    expect(srv.connections()).toBe(4);
  });

  it('the idle-socket timeout does not cut a slow answer', async () => {
    const srv = await serve((_req, res) => setTimeout(() => res.end('late'), 250));
    const f = createNodeHttpFetch({ idleSocketMs: 50 });
    expect(await (await f(srv.url)).text()).toBe('late');
  });

  it('a process that made a request exits at once, with its socket still pooled', async () => {
    // The server would keep the idle connection open for a minute.
    const srv = await serve((_req, res) => res.end('{"ok":true}'), { keepAliveTimeout: 60_000 });
    const transport = fileURLToPath(new URL('../../src/incidentio/node-http-transport.ts', import.meta.url));
    const script = `
      const { nodeHttpFetch } = await import(${JSON.stringify(transport)});
      const res = await nodeHttpFetch(${JSON.stringify(`${srv.url}/v1/identity`)});
      const body = await res.text();
      const undici = process.moduleLoadList.filter((m) => m.includes('undici'));
      process.stdout.write(JSON.stringify({ status: res.status, body, connection: res.headers.get('connection'), undici }) + '\\n');
    `;
    const child = spawn(process.execPath, ['--input-type=module', '--no-warnings', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let printedAt = 0;
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      printedAt ||= performance.now();
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const exitedAfterMs = performance.now() - printedAt;
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ status: 200, body: '{"ok":true}', connection: 'keep-alive', undici: [] });
    // The connection was still open on the server side when the child exited (it was pooled).
    expect(srv.connections()).toBe(1);
    // Not a speed figure: a socket that held the process would keep it for the server's minute of
    // keep-alive; half of the test's time is far below that and far above any machine's exit.
    expect(exitedAfterMs).toBeLessThan(15_000);
  });

  it('follows NODE_USE_ENV_PROXY like fetch: requests go through HTTP_PROXY', async () => {
    const proxy = await serve((_req, res) => res.end('{"via":"proxy"}'));
    const transport = fileURLToPath(new URL('../../src/incidentio/node-http-transport.ts', import.meta.url));
    const script = `
      const { nodeHttpFetch } = await import(${JSON.stringify(transport)});
      const res = await nodeHttpFetch('http://api.incident.invalid/v1/identity');
      process.stdout.write(await res.text());
    `;
    const env = { PATH: process.env.PATH ?? '', NODE_USE_ENV_PROXY: '1', HTTP_PROXY: proxy.url };
    const child = spawn(process.execPath, ['--input-type=module', '--no-warnings', '-e', script], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stdout).toBe('{"via":"proxy"}');
    expect(proxy.requests.map((r) => r.url)).toEqual(['http://api.incident.invalid/v1/identity']);
  });
});

describe('redirects', () => {
  it('follows a same-origin redirect and reports the final URL', async () => {
    const srv = await serve((req, res) => {
      if (req.url === '/old') res.writeHead(302, { location: '/new' }).end('moved');
      else res.end('{"at":"new"}');
    });
    const res = await nodeHttpFetch(`${srv.url}/old`, { headers: { authorization: 'Bearer k' } });
    expect(await res.json()).toEqual({ at: 'new' });
    expect(res.redirected).toBe(true);
    expect(res.url).toBe(`${srv.url}/new`);
    expect(srv.requests.map((r) => [r.url, r.headers.authorization])).toEqual([
      ['/old', 'Bearer k'],
      ['/new', 'Bearer k'],
    ]);
  });

  it('303 after a POST becomes a GET without a body; 307 repeats the POST', async () => {
    const srv = await serve((req, res) => {
      if (req.url === '/see-other') res.writeHead(303, { location: '/result' }).end();
      else if (req.url === '/temporary') res.writeHead(307, { location: '/result' }).end();
      else res.end(req.method);
    });
    const post = { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":1}' };
    expect(await (await nodeHttpFetch(`${srv.url}/see-other`, post)).text()).toBe('GET');
    expect(await (await nodeHttpFetch(`${srv.url}/temporary`, post)).text()).toBe('POST');
    const [, afterSeeOther, , afterTemporary] = srv.requests;
    expect(afterSeeOther).toMatchObject({ method: 'GET', body: '' });
    expect(afterSeeOther!.headers['content-type']).toBeUndefined();
    expect(afterTemporary).toMatchObject({ method: 'POST', body: '{"a":1}' });
  });

  it('does not carry the Authorization header to another origin', async () => {
    const other = await serve((_req, res) => res.end('{}'));
    const srv = await serve((_req, res) => res.writeHead(301, { location: `${other.url}/elsewhere` }).end());
    await (await nodeHttpFetch(srv.url, { headers: { authorization: 'Bearer k', accept: 'application/json' } })).text();
    expect(srv.requests[0]!.headers.authorization).toBe('Bearer k');
    expect(other.requests[0]!.headers.authorization).toBeUndefined();
    expect(other.requests[0]!.headers.accept).toBe('application/json');
  });

  it('gives up after the redirect limit, and honours redirect: manual and error', async () => {
    const srv = await serve((_req, res) => res.writeHead(302, { location: '/again' }).end());
    const looped = await rejection(createNodeHttpFetch({ maxRedirects: 3 })(srv.url));
    expect(looped).toBeInstanceOf(TypeError);
    expect(looped.message).toBe('fetch failed');
    expect((looped.cause as Error).message).toContain('more than 3 redirects');
    expect(srv.requests).toHaveLength(4);

    const manual = await nodeHttpFetch(srv.url, { redirect: 'manual' });
    expect(manual.status).toBe(302);
    expect(manual.headers.get('location')).toBe('/again');

    const refused = await rejection(nodeHttpFetch(srv.url, { redirect: 'error' }));
    expect((refused.cause as Error).message).toContain('unexpected redirect (302)');
  });
});

describe('the client on its default transport', () => {
  describe('through nock (which intercepts node:http)', () => {
    useNock();

    it('reads a gzip answer and sends the bearer key', async () => {
      nock(BASE, { reqheaders: { authorization: `Bearer ${KEY}`, 'accept-encoding': 'gzip, deflate, br' } })
        .get('/v1/identity')
        .reply(
          200,
          gzipSync(JSON.stringify({ identity: { name: 'oncall-gate', dashboard_url: 'https://app.incident.io/acme', roles: ['viewer'] } })),
          {
            'content-encoding': 'gzip',
            'content-type': 'application/json',
          },
        );
      const { client } = makeClient();
      await expect(client.identity()).resolves.toMatchObject({ name: 'oncall-gate', roles: ['viewer'] });
    });

    it('a body over the cap says "too large" and is not retried', async () => {
      // One answer only: a retry would find no interceptor and fail differently.
      nock(BASE)
        .get('/v1/identity')
        .once()
        .reply(200, '', { 'content-length': String(DEFAULT_MAX_BODY_BYTES + 1) });
      const { client } = makeClient({ maxAttempts: 4 });
      const error = await caught(client.identity());
      expect(error).toMatchObject({ kind: 'bad-response' });
      expect(error.message).toContain(`the response to GET ${BASE}/v1/identity is larger than 20 MiB`);
      expect(error.message).toContain('it is too large, so it was not read (and is not retried)');
      expect(client.requestCount).toBe(1);
    });
  });

  describe('against 127.0.0.1: the same error messages as with fetch', () => {
    const clientWith = (baseUrl: string, f: FetchLike | undefined) =>
      // A pinned clock: the messages say how long the attempts took, which must not decide the test.
      createIncidentIoClient({
        baseUrl,
        apiKey: KEY,
        fetch: f,
        maxAttempts: 1,
        timeoutMs: 60,
        sleep: async () => {},
        random: () => 0.5,
        now: () => 0,
      });

    it('a refused connection', async () => {
      const url = `http://127.0.0.1:${await closedPort()}`;
      const viaNode = await caught(clientWith(url, undefined).identity());
      const viaFetch = await caught(clientWith(url, (input, init) => fetch(input, init)).identity());
      expect(viaNode.kind).toBe('unavailable');
      expect(viaNode.message).toContain('fetch failed: connect ECONNREFUSED 127.0.0.1:');
      expect(viaNode.message).toBe(viaFetch.message);
      expect(viaNode.fix).toBe(viaFetch.fix);
    });

    it('a server that never answers', async () => {
      const srv = await serve(never);
      const viaNode = await caught(clientWith(srv.url, undefined).identity());
      const viaFetch = await caught(clientWith(srv.url, (input, init) => fetch(input, init)).identity());
      expect(viaNode.message).toContain('no answer within 60 ms (timeout)');
      expect(viaNode.message.replace(/\d+ ms(?! \(timeout)/g, 'N ms')).toBe(viaFetch.message.replace(/\d+ ms(?! \(timeout)/g, 'N ms'));
    });

    it('reads JSON answers over one kept-alive connection', async () => {
      const identity = { identity: { name: 'oncall-gate', dashboard_url: 'https://app.incident.io/acme', roles: ['viewer'] } };
      const srv = await serve((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(identity)));
      const client = clientWith(srv.url, undefined);
      await expect(client.identity()).resolves.toMatchObject({ name: 'oncall-gate' });
      await expect(client.identity()).resolves.toMatchObject({ name: 'oncall-gate' });
      expect(srv.requests.map((r) => [r.method, r.url, r.headers.authorization])).toEqual([
        ['GET', '/v1/identity', `Bearer ${KEY}`],
        ['GET', '/v1/identity', `Bearer ${KEY}`],
      ]);
      expect(srv.connections()).toBe(1);
    });
  });
});
