// The HTTP layer of the incident.io client: one JSON request with auth, a per-request timeout,
// retries (decided by retry-policy.ts), a concurrency cap, read-only refusal and error mapping.
// Callers get the parsed JSON body of a 2xx answer or an incident.io error (src/errors.ts);
// nothing else escapes but the run's deadline.
import { isServiceError, setting, text, type OncallGateError } from '../errors.js';
import {
  badResponse,
  incidentIoError,
  errorForStatus,
  parseErrorBody,
  readOnlyError,
  scrubError,
  unreachableError,
  type ApiErrorBody,
  type AttemptSummary,
  type RequestDescription,
  type Scrub,
} from './errors.js';
import { isResponseTooLarge, type FetchLike, type FetchLikeInit } from './node-http-transport.js';
import { decideRetry, type AttemptFailure, type RetryPolicy } from './retry-policy.js';
import { createSemaphore } from './semaphore.js';
import { createRedactor, type Redactor } from '../redact.js';
import type { ApiDeadline } from '../api-deadline.js';

export interface RetryInfo {
  method: string;
  path: string;
  /** The attempt that just failed, 1-based. */
  attempt: number;
  waitMs: number;
  reason: string;
}

export interface HttpSettings {
  baseUrl: string;
  apiKey: string;
  /**
   * The run's redactor (it knows the key and the GitHub token), applied to request bodies and to
   * error messages. Without one, the key alone is redacted.
   */
  redactor?: Redactor;
  /** The run's deadline for all API work: no request starts after it, and requests in flight are aborted. */
  deadline?: ApiDeadline;
  /** fetch, or the node:http transport (node-http-transport.ts); both fit FetchLike. */
  fetch: FetchLike;
  readOnly: boolean;
  policy: RetryPolicy;
  concurrency: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  now: () => number;
  /** Makes the per-request timeout signal (AbortSignal.timeout; tests drive it with their fake clock). */
  timeoutSignal: (ms: number) => AbortSignal;
  onRetry?: (info: RetryInfo) => void;
}

export interface HttpCall extends RequestDescription {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  query?: Record<string, string | undefined>;
  /** An absolute URL to use instead of baseUrl + path (a next-page link); must be on the base URL's origin. */
  url?: URL;
  body?: unknown;
  /**
   * False for writes that are not safe to repeat (no idempotency key): those are retried only
   * on 429. Defaults to true.
   */
  idempotent?: boolean;
}

export interface Http {
  /** The parsed JSON body of a 2xx answer (undefined when the body is empty). */
  request(call: HttpCall): Promise<unknown>;
  readonly requestCount: number;
  /** The configured base URL without trailing slashes. */
  readonly baseUrl: string;
  readonly origin: string;
  /** Removes the API key from text that came from the server. */
  readonly scrub: Scrub;
}

type AttemptResult =
  | { type: 'response'; status: number; retryAfter: string | null; location: string | null; text: string }
  | { type: 'timeout'; afterMs: number }
  | { type: 'network'; cause: string }
  | { type: 'too-large'; cause: string };

/** Same-origin redirects followed for one call (a proxy moving a path); another origin is never followed. */
const MAX_REDIRECTS = 5;
const REDIRECT = new Set([301, 302, 303, 307, 308]);

// Header values may not hold control characters, and a key with spaces or a trailing newline
// (a common copy-paste slip) would be rejected by fetch with a message that could quote it.
const BAD_KEY_CHARS = /[\s\p{Cc}\u0080-\u{10FFFF}]/u;

export function createHttp(settings: HttpSettings): Http {
  const baseUrl = settings.baseUrl.replace(/\/+$/, '');
  const base = new URL(baseUrl);
  const redactor = settings.redactor ?? createRedactor([settings.apiKey]);
  const scrub: Scrub = redactor.redact;
  const semaphore = createSemaphore(settings.concurrency);
  const { policy } = settings;
  let requestCount = 0;

  function targetFor(call: HttpCall): URL {
    const url = call.url ?? new URL(baseUrl + call.path);
    // The key travels in every request, so never to another origin (defence in depth: the
    // client also checks next-page links before following them).
    if (url.origin !== base.origin) {
      throw badResponse(call, `refusing to send the API key to ${url.origin}, which is not the configured ${base.origin}`, baseUrl);
    }
    for (const [k, v] of Object.entries(call.query ?? {})) if (v !== undefined) url.searchParams.set(k, v);
    return url;
  }

  async function attemptOnce(url: URL, init: FetchLikeInit, timeoutMs: number): Promise<AttemptResult> {
    const afterMs = Math.max(1, Math.ceil(timeoutMs));
    const { deadline } = settings;
    // Throws when the run's deadline has passed: nothing starts after it.
    const done = deadline?.begin(`incident.io ${init.method ?? 'GET'} ${url.pathname}`);
    const perAttempt = settings.timeoutSignal(afterMs);
    const signal = deadline ? AbortSignal.any([perAttempt, deadline.signal]) : perAttempt;
    requestCount += 1;
    try {
      const res = await settings.fetch(url, { ...init, signal });
      // The body is read under the same signal, so a stalled body also times out.
      const text = await res.text();
      return {
        type: 'response',
        status: res.status,
        retryAfter: res.headers.get('retry-after'),
        location: res.headers.get('location'),
        text,
      };
    } catch (error) {
      if (deadline?.signal.aborted) throw deadline.signal.reason as Error;
      if (signal.aborted) return { type: 'timeout', afterMs };
      // A body over the cap would be as large on the next attempt: not retried.
      if (isResponseTooLarge(error)) return { type: 'too-large', cause: scrub((error as Error).message) };
      return { type: 'network', cause: describeCause(error, scrub) };
    } finally {
      done?.();
    }
  }

  async function request(call: HttpCall): Promise<unknown> {
    if (settings.readOnly && call.method !== 'GET') throw readOnlyError(call);
    checkKey(settings.apiKey);
    let url = targetFor(call);
    let redirects = 0;
    const headers: Record<string, string> = {
      authorization: `Bearer ${settings.apiKey}`,
      accept: 'application/json',
      'user-agent': 'oncall-gate',
    };
    // Redirects are handled below, so that one to another host is an error rather than followed.
    const init: FetchLikeInit = { method: call.method, headers, redirect: 'manual' };
    if (call.body !== undefined) {
      headers['content-type'] = 'application/json';
      // Incident text is built from PR titles, reasons and error messages: no secret goes out in it.
      init.body = JSON.stringify(redactor.redactDeep(call.body));
    }

    const start = settings.now();
    /** The error for the last failed attempt, with the time spent so far. */
    const failed = (result: AttemptResult, body: ApiErrorBody | undefined, attempts: number): OncallGateError => {
      const summary: AttemptSummary = { baseUrl, attempts, elapsedMs: settings.now() - start };
      if (result.type === 'response') return errorForStatus(call, result.status, body ?? { errors: [] }, summary);
      const cause = result.type === 'timeout' ? `no answer within ${result.afterMs} ms (timeout)` : result.cause;
      return unreachableError(call, cause, summary, new Error(cause));
    };
    let last: { result: AttemptResult; body: ApiErrorBody | undefined } | undefined;
    for (let attempt = 1; ; attempt += 1) {
      // The time left is read once a connection slot is ours: waiting behind other requests (a
      // gate reads every schedule at once) counts against this call's budget too.
      const result = await semaphore.run(() => {
        const left = Math.min(policy.maxCallMs - (settings.now() - start), settings.deadline?.remainingMs() ?? Infinity);
        // Past the run's deadline, attemptOnce throws the deadline's own error.
        const runOver = settings.deadline !== undefined && settings.deadline.remainingMs() <= 0;
        return left > 0 || runOver ? attemptOnce(url, init, Math.min(policy.timeoutMs, Math.max(left, 1))) : Promise.resolve(undefined);
      });
      if (result === undefined) throw last ? failed(last.result, last.body, attempt - 1) : noSlot();

      if (result.type === 'response' && result.status >= 200 && result.status < 300) {
        return parseJson(call, result.text);
      }
      if (result.type === 'too-large') {
        throw badResponse(call, `${result.cause}; it is too large, so it was not read (and is not retried)`, baseUrl);
      }
      if (result.type === 'response' && REDIRECT.has(result.status)) {
        url = redirectTarget(call, url, result.status, result.location, ++redirects);
        attempt -= 1; // following a redirect is not a failed attempt
        continue;
      }

      const body = result.type === 'response' ? parseErrorBody(result.text, scrub) : undefined;
      const failure: AttemptFailure =
        result.type === 'response'
          ? { type: 'status', status: result.status, retryAfterHeader: result.retryAfter, bodyRetryAfter: body?.rateLimit?.retryAfter }
          : { type: result.type };
      const decision = decideRetry({
        failure,
        idempotent: call.idempotent ?? true,
        attempt,
        elapsedMs: settings.now() - start,
        nowMs: settings.now(),
        random: settings.random(),
        policy,
      });
      if (!decision.retry) throw failed(result, body, attempt);
      settings.onRetry?.({ method: call.method, path: call.path, attempt, waitMs: decision.waitMs, reason: decision.reason });
      last = { result, body };
      await settings.sleep(decision.waitMs);
    }

    function noSlot(): OncallGateError {
      const slots = settings.concurrency === 1 ? 'the only connection slot was' : `all ${settings.concurrency} connection slots were`;
      const cause =
        `no request could be sent within the ${(policy.maxCallMs / 1000).toFixed(1)} s allowed for one call: ` +
        `${slots} held by other requests to incident.io that were not answered`;
      return unreachableError(call, cause, { baseUrl, attempts: 0, elapsedMs: settings.now() - start });
    }
  }

  /**
   * Where a redirect leads, when it may be followed: on the configured origin only (the key goes
   * with every request), for reads or for 307/308 (which keep the method and body), at most
   * MAX_REDIRECTS times. Anything else is an error that names where it pointed.
   */
  function redirectTarget(call: HttpCall, from: URL, status: number, location: string | null, count: number): URL {
    let target: URL | undefined;
    try {
      target = location ? new URL(location, from) : undefined;
    } catch {
      target = undefined;
    }
    const where = target ? target.host : `"${String(location ?? '').slice(0, 80)}"`;
    const fix = text`Check ${setting('incidentio-api-url', baseUrl)}: it must be the incident.io API itself (https://api.incident.io) or a proxy that forwards requests rather than redirecting them.`;
    if (!target || target.origin !== base.origin) {
      throw incidentIoError({
        kind: 'bad-response',
        status,
        message: `incident.io answered ${call.method} ${call.path} with a redirect (${status}) to ${where}; oncall-gate does not send the API key to another host, so it did not follow it.`,
        fix,
      });
    }
    if ((call.method !== 'GET' && status !== 307 && status !== 308) || count > MAX_REDIRECTS) {
      throw incidentIoError({
        kind: 'bad-response',
        status,
        message:
          count > MAX_REDIRECTS
            ? `incident.io redirected ${call.method} ${call.path} more than ${MAX_REDIRECTS} times (last to ${target.pathname}).`
            : `incident.io answered ${call.method} ${call.path} with a redirect (${status}) that would turn the write into a read; it was not followed.`,
        fix,
      });
    }
    return target;
  }

  function parseJson(call: HttpCall, text: string): unknown {
    if (text.trim() === '') return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      // Redacted before it is shortened: a secret cut in half would no longer match whole.
      const start = scrub(text.trim()).slice(0, 60).replace(/\s+/g, ' ');
      throw badResponse(call, `the body is not JSON (it starts with ${JSON.stringify(start)})`, baseUrl);
    }
  }

  return {
    async request(call) {
      try {
        return await request(call);
      } catch (error) {
        if (isServiceError(error, 'incidentio')) throw scrubError(error, scrub);
        throw error;
      }
    },
    get requestCount() {
      return requestCount;
    },
    baseUrl,
    origin: base.origin,
    scrub,
  };
}

function checkKey(apiKey: string): void {
  if (apiKey === '') {
    throw incidentIoError({
      kind: 'input',
      setting: 'incidentio-api-key',
      message: 'No incident.io API key was given.',
      fix: text`Set ${setting('incidentio-api-key')} to an incident.io API key (incident.io -> Settings -> API keys; in a workflow, from a repository or organisation secret).`,
    });
  }
  if (BAD_KEY_CHARS.test(apiKey)) {
    throw incidentIoError({
      kind: 'input',
      setting: 'incidentio-api-key',
      message: 'The incident.io API key contains spaces, line breaks or other characters an API key cannot have.',
      fix: text`Save ${{ secret: 'incidentio-api-key' }} again with only the key itself (no quotes, spaces or trailing newline).`,
    });
  }
}

/** "fetch failed: connect ECONNREFUSED 127.0.0.1:9" from an error and its causes, scrubbed. */
function describeCause(error: unknown, scrub: Scrub): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== undefined && current !== null; depth += 1) {
    if (current instanceof Error) {
      const code = (current as { code?: unknown }).code;
      const text = current.message || current.name;
      parts.push(typeof code === 'string' && !text.includes(code) ? `${text} (${code})` : text);
      current = current.cause;
    } else {
      parts.push(String(current));
      break;
    }
  }
  const unique = parts.filter((p, i) => p !== '' && parts.indexOf(p) === i);
  return scrub(unique.join(': ') || 'network error');
}
