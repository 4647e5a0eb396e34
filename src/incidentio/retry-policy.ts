// Pure retry arithmetic for the incident.io client, kept apart from the HTTP code so it can be
// tested without a server (options computed by a pure function, unit-tested apart from the
// client that uses them). The rules, from incident.io's rate-limit documentation and the product's
// promise to report a dead API within a minute (docs/incidentio.md, "Rate limits and retries"):
// retry 429, 5xx and network errors/timeouts; honour Retry-After (integer seconds or an HTTP date,
// then the body's rate_limit.retry_after) up to a cap; otherwise exponential backoff with full
// jitter; at most maxAttempts attempts and maxCallMs per call, so a dead API is reported within a
// minute.

export interface RetryPolicy {
  /** Attempts per call, the first included. */
  maxAttempts: number;
  /** Per-request timeout. */
  timeoutMs: number;
  /** A longer Retry-After is shortened to this. */
  maxRetryAfterMs: number;
  /** Total time one call may take, waits and attempts included. */
  maxCallMs: number;
  /** Backoff base: the first backoff is drawn from [0, baseDelayMs). */
  baseDelayMs: number;
  /** Backoff ceiling before jitter. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 4,
  timeoutMs: 10_000,
  maxRetryAfterMs: 10_000,
  maxCallMs: 30_000,
  baseDelayMs: 1_000,
  maxDelayMs: 8_000,
};

/**
 * Fills defaults and rejects nonsense (a programming error, hence a plain Error): a zero
 * maxAttempts would make every call fail without a request.
 */
export function resolveRetryPolicy(options: Partial<RetryPolicy>): RetryPolicy {
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY };
  for (const key of Object.keys(DEFAULT_RETRY_POLICY) as (keyof RetryPolicy)[]) {
    const value = options[key];
    if (value === undefined) continue;
    const minimum = key === 'maxAttempts' ? 1 : 0;
    if (!Number.isFinite(value) || value < minimum) {
      throw new Error(`incident.io client option ${key} must be a number >= ${minimum} (got ${String(value)}).`);
    }
    policy[key] = key === 'maxAttempts' ? Math.floor(value) : value;
  }
  return policy;
}

/** What went wrong with one attempt. */
export type AttemptFailure =
  { type: 'status'; status: number; retryAfterHeader?: string | null; bodyRetryAfter?: string } | { type: 'network' } | { type: 'timeout' };

/**
 * Whether the failure is worth another attempt. A non-idempotent request (one without an
 * idempotency key, e.g. creating a custom field) is retried only on 429, where the API says it
 * did not process the request; after a 5xx or a timeout it may already have been applied.
 */
export function isRetryable(failure: AttemptFailure, idempotent: boolean): boolean {
  if (failure.type !== 'status') return idempotent;
  if (failure.status === 429) return true;
  return idempotent && (failure.status >= 500 || failure.status === 408);
}

/**
 * The server's requested wait in ms, or undefined when it gave none that parses. `Retry-After` is
 * documented as integer seconds, but incident.io's own Go clients parse it as an HTTP date, so both
 * are accepted; the body's `rate_limit.retry_after` (RFC 3339, older docs an RFC 1123-like string)
 * is the fallback: the documented format has drifted, so every form is parsed defensively.
 * Dates in the past mean "now".
 */
export function parseRetryAfter(header: string | null | undefined, bodyRetryAfter: string | undefined, nowMs: number): number | undefined {
  const h = header?.trim() ?? '';
  if (/^\d+(\.\d+)?$/.test(h)) return Math.round(Number(h) * 1000);
  // Require a letter so a bare number never goes through Date.parse (which reads "5" as a year).
  if (/[a-z]/i.test(h)) {
    const at = Date.parse(h);
    if (!Number.isNaN(at)) return Math.max(0, at - nowMs);
  }
  if (bodyRetryAfter !== undefined) {
    const at = Date.parse(bodyRetryAfter);
    if (!Number.isNaN(at)) return Math.max(0, at - nowMs);
  }
  return undefined;
}

/** Exponential backoff with full jitter: a uniform draw from [0, min(max, base * 2^(attempt-1))). */
export function backoffMs(attempt: number, policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'>, random: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  const r = Math.min(Math.max(random, 0), 1);
  return Math.floor(ceiling * r);
}

export type RetryDecision =
  { retry: true; waitMs: number; reason: string } | { retry: false; why: 'not_retryable' | 'attempts' | 'budget' };

export interface RetryInput {
  failure: AttemptFailure;
  idempotent: boolean;
  /** The attempt that just failed, 1-based. */
  attempt: number;
  /** Time spent on this call so far. */
  elapsedMs: number;
  nowMs: number;
  /** A draw from [0, 1). */
  random: number;
  policy: RetryPolicy;
}

/** Whether and how long to wait before the next attempt. */
export function decideRetry(input: RetryInput): RetryDecision {
  const { failure, policy } = input;
  if (!isRetryable(failure, input.idempotent)) return { retry: false, why: 'not_retryable' };
  if (input.attempt >= policy.maxAttempts) return { retry: false, why: 'attempts' };

  let waitMs: number;
  let reason: string;
  const what = failure.type === 'status' ? `HTTP ${failure.status}` : failure.type === 'timeout' ? 'timeout' : 'network error';
  const asked = failure.type === 'status' ? parseRetryAfter(failure.retryAfterHeader, failure.bodyRetryAfter, input.nowMs) : undefined;
  if (asked !== undefined) {
    waitMs = Math.min(asked, policy.maxRetryAfterMs);
    reason = `${what}, server asked to wait ${asked} ms`;
  } else {
    waitMs = backoffMs(input.attempt, policy, input.random);
    reason = `${what}, backing off`;
  }
  // Give up now rather than sleep into a budget the next attempt could not use.
  if (input.elapsedMs + waitMs >= policy.maxCallMs) return { retry: false, why: 'budget' };
  return { retry: true, waitMs, reason };
}
