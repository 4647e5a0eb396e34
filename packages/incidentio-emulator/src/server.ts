// A local incident.io API for tests, the demo and `oncall-gate emulator`: the endpoints
// oncall-gate calls with their real shapes, pagination, errors, per-key roles and rate limits
// (docs/incidentio.md), plus fault injection. It binds 127.0.0.1 only and uses
// nothing but node:http, because it ships inside the CLI bundle.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { systemClock, type Clock } from './clock.js';
import type { AddressInfo } from 'node:net';
import { ApiError, type ErrorResponseBody } from './errors.js';
import { FaultRegistry, type FaultControl, type FaultDecision } from './faults.js';
import { resolveFixture, type EmulatorFixture, type ResolvedFixture, type ResolvedSchedule } from './fixture.js';
import { OrgState, type ApiCustomField, type ApiIncident, type ApiUserWithRoles, type ChannelNotification } from './org-state.js';
import { TokenBuckets } from './rate-limiter.js';
import { matchRoute, type ResolvedKey } from './routes.js';

export interface RecordedRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  /** Repeated keys become arrays. */
  query: Record<string, string | string[]>;
  /** Lower-case names; `authorization` is never recorded. */
  headers: Record<string, string>;
  /** Parsed JSON when the body was JSON, the raw text otherwise, undefined when empty. */
  body: unknown;
  status: number;
  /** The name (not the secret) of the API key that authenticated the request. */
  keyName?: string;
  /** Set when a fault rule changed the answer. */
  fault?: 'too-many-requests' | 'server-error' | 'malformed-body';
  durationMs: number;
}

export interface EmulatorOptions {
  fixture: EmulatorFixture;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Only loopback is allowed: the emulator accepts any request its keys authorise. */
  host?: '127.0.0.1';
  /** Clock for timestamps, "now" in schedules and the rate limiter (tests and `--now` pin it). */
  now?: Clock;
  /** Called once per answered request (the CLI logs with it). */
  onRequest?: (request: RecordedRequest) => void;
}

/** Read access to what the emulated organisation holds, rendered as the API would. */
export interface EmulatorState {
  readonly fixture: ResolvedFixture;
  readonly incidents: ApiIncident[];
  readonly customFields: ApiCustomField[];
  readonly users: ApiUserWithRoles[];
  readonly schedules: ResolvedSchedule[];
  readonly idempotencyKeys: string[];
  /** Edits sent with notify_incident_channel: true. */
  readonly notifications: ChannelNotification[];
}

export interface Emulator {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:8787 */
  url: string;
  port: number;
  close(): Promise<void>;
  /** Every answered request, in order (reset() empties it in place). */
  requests: RecordedRequest[];
  faults: FaultControl;
  state: EmulatorState;
  /** Back to the fixture's initial state: no incidents, fixture custom fields, full buckets, no faults, no requests. */
  reset(): void;
  /** Swaps the fixture (checked first) and resets. */
  setFixture(fixture: EmulatorFixture): void;
}

const MAX_BODY_BYTES = 1024 * 1024;

interface Reply {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

function errorReply(err: ApiError, headers: Record<string, string> = {}): Reply {
  const body: ErrorResponseBody = err.body();
  return { status: err.status, headers: { ...headers, ...err.headers }, body };
}

function readBody(req: IncomingMessage): Promise<{ text: string; tooLarge: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve({ text: Buffer.concat(chunks).toString('utf8'), tooLarge }));
    req.on('error', reject);
  });
}

/** RFC 3339 UTC to the second, the current documented `rate_limit.retry_after` form. */
function rfc3339Seconds(ms: number): string {
  return new Date(Math.ceil(ms / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function tooManyRequests(
  keyName: string,
  limit: number,
  retryAfterHeader: string,
  retryAtMs: number,
  headers: Record<string, string>,
): Reply {
  const err = new ApiError(
    429,
    'too_many_requests',
    [
      {
        code: 'too_many_requests',
        message: 'Too many requests hit the API too quickly. We recommend an exponential backoff of your requests.',
      },
    ],
    { ...headers, 'Retry-After': retryAfterHeader },
    { rate_limit: { name: keyName, limit, remaining: 0, retry_after: rfc3339Seconds(retryAtMs) } },
  );
  return errorReply(err);
}

export async function startEmulator(options: EmulatorOptions): Promise<Emulator> {
  const host = options.host ?? '127.0.0.1';
  if (host !== '127.0.0.1') throw new Error(`The emulator only binds 127.0.0.1 (got host "${String(host)}")`);
  const now = options.now ?? systemClock;
  let fixture = resolveFixture(options.fixture);
  let state = new OrgState(fixture, now);
  const limitFor = (f: ResolvedFixture) => (f.rateLimit ? new TokenBuckets(f.rateLimit, () => now().getTime()) : undefined);
  let buckets = limitFor(fixture);
  const faults = new FaultRegistry();
  const requests: RecordedRequest[] = [];
  const pendingDelays = new Set<() => void>();
  let closed = false;

  const delay = (ms: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        pendingDelays.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      pendingDelays.add(done);
    });

  function authenticate(req: IncomingMessage): ResolvedKey {
    const header = req.headers.authorization;
    if (!header || header.trim() === '') {
      throw new ApiError(401, 'authentication_error', [
        { code: 'missing_authorization_material', message: 'No authorization material provided in request' },
      ]);
    }
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!m) {
      throw new ApiError(401, 'authentication_error', [
        { code: 'missing_authorization_material', message: 'The Authorization header must be "Bearer <API key>"' },
      ]);
    }
    const key = fixture.keys.find((k) => k.key === m[1]);
    // incident.io does not document the code for a wrong but present key; never echo the key.
    if (!key) {
      throw new ApiError(401, 'authentication_error', [
        {
          code: 'invalid_authorization_material',
          message: 'The API key provided is not valid: check it was copied whole and has not been deleted',
        },
      ]);
    }
    return key;
  }

  function dispatch(req: IncomingMessage, method: string, url: URL, rawBody: string, record: RecordedRequest): Reply {
    const match = matchRoute(method, url.pathname);
    if (!match) {
      return errorReply(
        new ApiError(404, 'not_found', [{ code: 'not_found', message: `No endpoint ${method} ${url.pathname} in this API` }]),
      );
    }
    if ('allowed' in match) {
      return errorReply(
        new ApiError(405, 'method_not_allowed', [
          { code: 'method_not_allowed', message: `${url.pathname} does not accept ${method} (allowed: ${match.allowed.join(', ')})` },
        ]),
        { Allow: match.allowed.join(', ') },
      );
    }
    let headers: Record<string, string> = {};
    try {
      const key = authenticate(req);
      record.keyName = key.name;
      if (buckets) {
        const decision = buckets.take(key.id);
        headers = decision.headers;
        if (!decision.allowed) {
          const seconds = decision.retryAfterSeconds ?? 1;
          return tooManyRequests(key.name, decision.limit, String(seconds), now().getTime() + seconds * 1000, headers);
        }
      }
      const { route, params } = match;
      if (route.roles && !route.roles.some((r) => key.roles.includes(r))) {
        const need =
          route.roles.length === 1 ? `the "${route.roles[0]}" role` : `one of the roles ${route.roles.map((r) => `"${r}"`).join(', ')}`;
        throw new ApiError(403, 'resource_forbidden', [
          {
            code: 'resource_forbidden',
            message: `The API key "${key.name}" needs ${need} to call ${method} ${route.pattern}; add it to the key in Settings > API keys`,
            metadata: { missing_role: route.roles.join(',') },
          },
        ]);
      }
      let body: unknown;
      let bodyError: string | undefined;
      if (rawBody.trim() !== '') {
        try {
          body = JSON.parse(rawBody);
        } catch (err) {
          bodyError = (err as Error).message;
        }
      }
      const result = route.handle(
        {
          method,
          path: url.pathname,
          params,
          query: url.searchParams,
          body,
          ...(bodyError ? { bodyError } : {}),
          key,
          host: req.headers.host ?? `${host}:${port}`,
        },
        state,
      );
      return { status: result.status, headers, ...(result.body !== undefined ? { body: result.body } : {}) };
    } catch (err) {
      if (err instanceof ApiError) return errorReply(err, headers);
      return errorReply(
        new ApiError(500, 'api_error', [{ code: 'internal_error', message: `The emulator failed: ${(err as Error).message}` }]),
        headers,
      );
    }
  }

  function faultReply(req: IncomingMessage, decision: FaultDecision): Reply | undefined {
    const action = decision.action;
    if (action.kind === 'too-many-requests') {
      const token = /^Bearer\s+(\S+)/i.exec(req.headers.authorization ?? '')?.[1];
      const key = fixture.keys.find((k) => k.key === token);
      const limit = fixture.rateLimit ? fixture.rateLimit.capacity : 1200;
      const asSeconds = Number(action.retryAfter);
      const retryAt = Number.isFinite(asSeconds) ? now().getTime() + asSeconds * 1000 : Date.parse(action.retryAfter) || now().getTime();
      return tooManyRequests(key?.name ?? 'api_key', limit, action.retryAfter, retryAt, {
        'X-RateLimit-Limit': `${limit}`,
        'X-RateLimit-Remaining': '0',
      });
    }
    if (action.kind === 'server-error') {
      return errorReply(
        new ApiError(action.status, 'api_error', [{ code: 'internal_error', message: 'Injected server error (emulator fault)' }]),
        action.retryAfter !== undefined ? { 'Retry-After': action.retryAfter } : {},
      );
    }
    return undefined;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://emulator.invalid');
    const { text, tooLarge } = await readBody(req);
    const query: Record<string, string | string[]> = {};
    for (const k of new Set(url.searchParams.keys())) {
      const all = url.searchParams.getAll(k);
      const [one, ...more] = all;
      query[k] = one !== undefined && more.length === 0 ? one : all;
    }
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) {
      if (k === 'authorization' || v === undefined) continue;
      headers[k] = Array.isArray(v) ? v.join(', ') : v;
    }
    let recordedBody: unknown;
    if (text !== '') {
      try {
        recordedBody = JSON.parse(text);
      } catch {
        recordedBody = text;
      }
    }
    const record: RecordedRequest = { method, path: url.pathname, query, headers, body: recordedBody, status: 0, durationMs: 0 };

    const decision = faults.decide(method, url.pathname);
    if (decision.latencyMs > 0) await delay(decision.latencyMs);
    if (closed || res.destroyed) return;

    let reply = faultReply(req, decision);
    if (reply) record.fault = decision.action.kind === 'none' ? undefined : decision.action.kind;
    else if (tooLarge) {
      reply = errorReply(
        new ApiError(413, 'payload_too_large', [
          { code: 'payload_too_large', message: `Request bodies are limited to ${MAX_BODY_BYTES} bytes` },
        ]),
      );
    } else reply = dispatch(req, method, url, text, record);

    let out = reply.body === undefined ? '' : JSON.stringify(reply.body);
    if (decision.malformedBody && out.length > 1) {
      // Cut mid-document so the body is well-framed but not parseable JSON.
      out = out.slice(0, Math.max(1, Math.floor(out.length / 2)));
      record.fault = 'malformed-body';
    }
    const responseHeaders: Record<string, string> = { ...reply.headers };
    if (reply.status !== 204) {
      responseHeaders['Content-Type'] = 'application/json; charset=utf-8';
      responseHeaders['Content-Length'] = String(Buffer.byteLength(out));
    }
    res.writeHead(reply.status, responseHeaders);
    res.end(reply.status === 204 ? undefined : out);
    record.status = reply.status;
    record.durationMs = Math.round((performance.now() - started) * 10) / 10;
    requests.push(record);
    options.onRequest?.(record);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent && !res.destroyed) {
        res.writeHead(500, { 'Content-Type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify(new ApiError(500, 'api_error', [{ code: 'internal_error', message: String(err) }]).body()));
      }
    });
  });

  const requestedPort = options.port ?? 0;
  await new Promise<void>((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => {
      reject(
        err.code === 'EADDRINUSE'
          ? new Error(`Port ${requestedPort} on ${host} is already in use: choose another (--port or PORT; 0 picks a free one)`)
          : err,
      );
    };
    server.once('error', onError);
    server.listen(requestedPort, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;

  const stateView: EmulatorState = {
    get fixture() {
      return fixture;
    },
    get incidents() {
      return state.incidents.map((i) => state.renderIncident(i));
    },
    get customFields() {
      return state.customFields.map((f) => state.renderCustomField(f));
    },
    get users() {
      return fixture.users.flatMap((u) => state.renderUserWithRoles(u.id) ?? []);
    },
    get schedules() {
      return fixture.schedules;
    },
    get idempotencyKeys() {
      return [...state.idempotency.keys()];
    },
    get notifications() {
      return [...state.notifications];
    },
  };

  const reset = () => {
    state = new OrgState(fixture, now);
    buckets = limitFor(fixture);
    faults.clear();
    requests.length = 0;
  };

  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}`,
    port,
    requests,
    faults,
    state: stateView,
    reset,
    setFixture(next: EmulatorFixture) {
      fixture = resolveFixture(next);
      reset();
    },
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        closed = true;
        for (const release of [...pendingDelays]) release();
        server.close((err) => (err ? reject(err) : resolve()));
        // Keep-alive sockets (fetch pools them) would otherwise hold close() open.
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
