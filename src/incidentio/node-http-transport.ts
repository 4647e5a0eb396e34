// The incident.io client's default transport: the small part of `fetch` that http.ts uses, sent
// over node:http / node:https.
//
// Why hand-written: the first call of Node's global fetch() compiles Node's bundled undici, which
// was measured at 40-50 ms, while a gate decision must finish in under 3x the time of a bare
// `node -e ''` (the target scripts/bench-gate.mjs checks; start-up is where a gate spends its
// time, see "Start-up cost" in docs/architecture.md). Sending the same requests with
// node:http(s) cut a gate run from ~150 ms to ~90 ms. So this module must never touch the fetch
// globals (`fetch`, `Headers`, `Request`, `Response`): reading any of them loads undici.
//
// Behaviour kept from fetch, because http.ts maps errors by it (and tests still inject fetch):
// - an aborted signal rejects with `signal.reason` (a `TimeoutError` DOMException for
//   AbortSignal.timeout, an `AbortError` for abort()), before or after the headers arrived;
// - a failure to connect or send rejects with `TypeError('fetch failed', { cause })`, the cause
//   being Node's error (`code: 'ECONNREFUSED'` ...), and a body cut short with
//   `TypeError('terminated', { cause })`, so "fetch failed: connect ECONNREFUSED ..." reads the same;
// - redirects are followed (at most 20, RFC 9110 section 15.4), dropping credentials when the
//   origin changes, as the Fetch standard does;
// - gzip, deflate and br bodies are decoded (the same Accept-Encoding fetch sends).
// Not kept: streaming bodies, Request objects, cookies, caching.
import type { Agent, AgentOptions, ClientRequest, IncomingMessage, RequestOptions } from 'node:http';
import type { Duplex } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** The fetch options the client passes; a subset of RequestInit, so fetch itself still fits. */
export interface FetchLikeInit {
  method?: string;
  headers?: Record<string, string> | Headers;
  body?: string;
  signal?: AbortSignal;
  redirect?: 'follow' | 'manual' | 'error';
}

/** The members of a fetch Response the client reads; a real Response satisfies it. */
export interface FetchLikeResponse {
  readonly status: number;
  readonly statusText: string;
  readonly ok: boolean;
  /** The final URL, after redirects. */
  readonly url: string;
  readonly redirected: boolean;
  readonly headers: { get(name: string): string | null; has(name: string): boolean };
  readonly bodyUsed: boolean;
  text(): Promise<string>;
  json(): Promise<unknown>;
}

/** fetch's call shape, narrowed to what the client uses: `typeof fetch` is assignable to it. */
export type FetchLike = (input: string | URL, init?: FetchLikeInit) => Promise<FetchLikeResponse>;

export interface NodeHttpFetchOptions {
  /** Largest decoded body accepted (default 20 MiB: far above any incident.io page). */
  maxBodyBytes?: number;
  /** Redirects followed before giving up (default 20, fetch's limit). */
  maxRedirects?: number;
  /** How long an idle keep-alive socket is kept for reuse (default 4 s). */
  idleSocketMs?: number;
}

export const DEFAULT_MAX_BODY_BYTES = 20 * 1024 * 1024;
const DEFAULT_MAX_REDIRECTS = 20;
// Below the 5 s keep-alive timeout of Node servers (the emulator) and common proxies, so a reused
// socket is rarely one the server is closing; Node also honours a shorter `Keep-Alive: timeout=`.
const DEFAULT_IDLE_SOCKET_MS = 4_000;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
// Fetch standard, "HTTP-redirect fetch": credentials are not sent to another origin.
const CROSS_ORIGIN_DROPPED = ['authorization', 'cookie', 'proxy-authorization'];
const BODY_HEADERS = ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location'];
// Fetch upper-cases only these method names (Fetch standard, "normalize a method").
const NORMALISED_METHODS = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);

/** What node:http and node:https have in common and this module uses. */
interface HttpModule {
  request(url: URL, options: RequestOptions): ClientRequest;
  Agent: new (options: AgentOptions) => Agent;
  globalAgent: Agent;
}

/**
 * The `code` of the error a body over the cap raises, as Node's own errors carry theirs. This
 * module imports nothing of the product's (it runs on its own in tests), so the callers turn the
 * error into the product's error model (a `too-large` result in incidentio/http.ts).
 */
export const RESPONSE_TOO_LARGE = 'ERR_ONCALL_GATE_RESPONSE_TOO_LARGE';

/** The error for a body over the cap; its message says which request ("GET https://host/path", no query) and what the limit is. */
export function responseTooLarge(where: string, limitBytes: number): Error & { code: string } {
  return Object.assign(
    new Error(`the response to ${where} is larger than ${formatBytes(limitBytes)}, the most oncall-gate reads from one response`),
    {
      code: RESPONSE_TOO_LARGE,
    },
  );
}

export const isResponseTooLarge = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === RESPONSE_TOO_LARGE;

let shared: FetchLike | undefined;

/** fetch over node:http(s) with shared keep-alive agents and the default limits. */
export function nodeHttpFetch(input: string | URL, init?: FetchLikeInit): Promise<FetchLikeResponse> {
  shared ??= createNodeHttpFetch();
  return shared(input, init);
}

/** A transport with its own keep-alive agents (one per protocol, made on first use). */
export function createNodeHttpFetch(options: NodeHttpFetchOptions = {}): FetchLike {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const idleSocketMs = options.idleSocketMs ?? DEFAULT_IDLE_SOCKET_MS;
  const agents = new Map<string, Agent>();

  // node:https loads tls and crypto (~6 ms), so each module is loaded only when a URL needs it.
  // process.getBuiltinModule, not import(): an ES import of node:http builds its namespace by
  // reading every export, and the lazy `WebSocket`/`MessageEvent` getters load undici.
  function transportFor(url: URL): { mod: HttpModule; agent: Agent } {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw fetchFailed(new Error(`the URL scheme ${url.protocol} is not supported (only http: and https:)`));
    }
    const mod: HttpModule = url.protocol === 'https:' ? process.getBuiltinModule('node:https') : process.getBuiltinModule('node:http');
    let agent = agents.get(url.protocol);
    if (!agent) {
      // The agent unrefs a socket while it sits idle in the pool (Agent#keepSocketAlive), so a
      // pooled socket never keeps the process alive after the last request. proxyEnv is whatever
      // Node chose for its own global agent (NODE_USE_ENV_PROXY), which fetch also follows.
      const proxyEnv = (mod.globalAgent as { options?: AgentOptions }).options?.proxyEnv;
      agent = new mod.Agent({ keepAlive: true, scheduling: 'lifo', timeout: idleSocketMs, ...(proxyEnv ? { proxyEnv } : {}) });
      agents.set(url.protocol, agent);
    }
    return { mod, agent };
  }

  /** Sends one request; resolves when the response headers arrive. */
  async function exchange(
    url: URL,
    method: string,
    headers: Record<string, string>,
    body: string | undefined,
    signal: AbortSignal | undefined,
  ): Promise<IncomingMessage> {
    const { mod, agent } = transportFor(url);
    if (signal?.aborted) throw signal.reason;
    return new Promise<IncomingMessage>((resolve, reject) => {
      const sent: Record<string, string> = { ...headers };
      if (body !== undefined) sent['content-length'] = String(Buffer.byteLength(body));
      const requestOptions: RequestOptions = { method, headers: sent, agent };
      let req: ClientRequest;
      try {
        req = mod.request(url, requestOptions);
      } catch (error) {
        // Node validates headers synchronously (ERR_INVALID_CHAR names the header, not its value).
        reject(fetchFailed(error));
        return;
      }
      const onAbort = (): void => {
        req.destroy();
        reject(signal?.reason);
      };
      const done = (): void => signal?.removeEventListener('abort', onAbort);
      signal?.addEventListener('abort', onAbort, { once: true });
      req.on('response', (res) => {
        done();
        resolve(res);
      });
      req.on('error', (error) => {
        done();
        reject(signal?.aborted ? signal.reason : fetchFailed(error));
      });
      req.end(body);
    });
  }

  return async function fetchOverNodeHttp(input, init = {}) {
    const signal = init.signal;
    if (signal?.aborted) throw signal.reason;
    let url = new URL(String(input));
    const upper = (init.method ?? 'GET').toUpperCase();
    let method = NORMALISED_METHODS.has(upper) ? upper : (init.method ?? 'GET');
    let headers = headerRecord(init.headers);
    // The same codings fetch asks for; decoded below.
    headers['accept-encoding'] ??= 'gzip, deflate, br';
    let body = init.body;
    const mode = init.redirect ?? 'follow';

    for (let redirects = 0; ; redirects += 1) {
      const res = await exchange(url, method, headers, body, signal);
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (mode === 'manual' || !REDIRECT_STATUSES.has(status) || location === undefined) {
        return responseFor(res, url, redirects > 0, signal, maxBodyBytes, `${method} ${url.origin}${url.pathname}`);
      }
      // A redirect's own body is never read: discard it so the socket goes back to the pool.
      res.resume();
      if (mode === 'error') throw fetchFailed(new Error(`unexpected redirect (${status}) from ${url.origin}${url.pathname}`));
      if (redirects >= maxRedirects)
        throw fetchFailed(new Error(`more than ${maxRedirects} redirects, the last from ${url.origin}${url.pathname}`));
      let next: URL;
      try {
        next = new URL(location, url);
      } catch (error) {
        throw fetchFailed(error);
      }
      // RFC 9110 sections 15.4.2-15.4.4 (and fetch): 303, and 301/302 after a POST, become a GET
      // without a body; 307/308 repeat the request as it was.
      if ((status === 303 && method !== 'GET' && method !== 'HEAD') || ((status === 301 || status === 302) && method === 'POST')) {
        method = 'GET';
        body = undefined;
        headers = withoutHeaders(headers, BODY_HEADERS);
      }
      if (next.origin !== url.origin) headers = withoutHeaders(headers, CROSS_ORIGIN_DROPPED);
      url = next;
    }
  };
}

function responseFor(
  res: IncomingMessage,
  url: URL,
  redirected: boolean,
  signal: AbortSignal | undefined,
  maxBodyBytes: number,
  where: string,
): FetchLikeResponse {
  const status = res.statusCode ?? 0;
  let used = false;
  const consume = async (): Promise<string> => {
    if (used) throw new TypeError('Body is unusable: Body has already been read');
    used = true;
    // TextDecoder drops a leading BOM, as Response#text() does.
    return new TextDecoder().decode(await readBody(res, signal, maxBodyBytes, where));
  };
  const headerValue = (name: string): string | null => {
    const values = res.headersDistinct[name.toLowerCase()];
    return values === undefined ? null : values.join(', ');
  };
  return {
    status,
    statusText: res.statusMessage ?? '',
    ok: status >= 200 && status < 300,
    url: url.href,
    redirected,
    headers: { get: headerValue, has: (name) => headerValue(name) !== null },
    get bodyUsed() {
      return used;
    },
    text: consume,
    json: async () => JSON.parse(await consume()) as unknown,
  };
}

/** The whole body, decoded and capped; read under the request's signal so a stalled body times out. */
async function readBody(res: IncomingMessage, signal: AbortSignal | undefined, maxBodyBytes: number, where: string): Promise<Buffer> {
  if (signal?.aborted) {
    res.destroy();
    throw signal.reason;
  }
  // A declared length over the cap fails before any byte is read (for a coded body this is the
  // coded size, which the decoded one only exceeds).
  const declared = Number(res.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBodyBytes) {
    res.destroy();
    throw responseTooLarge(where, maxBodyBytes);
  }
  const decoder = decoderFor(res.headers['content-encoding']);
  const chunks: Buffer[] = [];
  let size = 0;
  const collect = async (source: AsyncIterable<Buffer>): Promise<void> => {
    for await (const chunk of source) {
      size += chunk.length;
      // Counted after decoding, so a small compressed body cannot expand past the cap.
      if (size > maxBodyBytes) throw responseTooLarge(where, maxBodyBytes);
      chunks.push(chunk);
    }
  };
  try {
    await (decoder ? pipeline(res, decoder, collect, { signal }) : pipeline(res, collect, { signal }));
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (isResponseTooLarge(error)) throw error;
    // fetch's error for a body cut short (connection reset, premature close, corrupt coding).
    throw new TypeError('terminated', { cause: error });
  }
  return Buffer.concat(chunks, size);
}

/** A decoder for a single known content coding; none for identity or anything else (fetch also passes unknown codings through). */
function decoderFor(contentEncoding: string | undefined): Duplex | undefined {
  const coding = contentEncoding?.trim().toLowerCase();
  if (coding !== 'gzip' && coding !== 'x-gzip' && coding !== 'deflate' && coding !== 'br') return undefined;
  // Loaded only for a coded body (~2 ms).
  const zlib = process.getBuiltinModule('node:zlib');
  // Like fetch, accept a stream that ends without its final block (some servers cut it).
  const lenient = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  if (coding === 'br') {
    return zlib.createBrotliDecompress({
      flush: zlib.constants.BROTLI_OPERATION_FLUSH,
      finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH,
    });
  }
  // "deflate" is the zlib format (RFC 9110 section 8.4.1.2).
  return coding === 'deflate' ? zlib.createInflate(lenient) : zlib.createGunzip(lenient);
}

/** Lower-cased header names; duplicates differing only in case are joined as Headers would. */
function headerRecord(headers: FetchLikeInit['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  const add = (value: string, name: string): void => {
    const key = name.toLowerCase();
    out[key] = out[key] === undefined ? value : `${out[key]}, ${value}`;
  };
  if (headers === undefined) return out;
  // Duck-typed: `instanceof Headers` would read the global and load undici.
  if (typeof (headers as Headers).forEach === 'function' && typeof (headers as Headers).get === 'function') {
    (headers as Headers).forEach(add);
  } else {
    for (const [name, value] of Object.entries(headers as Record<string, string>)) add(value, name);
  }
  return out;
}

function withoutHeaders(headers: Record<string, string>, names: string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !names.includes(name)));
}

function fetchFailed(cause: unknown): TypeError {
  return new TypeError('fetch failed', { cause });
}

function formatBytes(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`;
}
