// The pure retry arithmetic, apart from HTTP: the options are computed by a pure function, so
// they are tested without a server.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RETRY_POLICY,
  backoffMs,
  decideRetry,
  isRetryable,
  parseRetryAfter,
  resolveRetryPolicy,
  type AttemptFailure,
} from '../../src/incidentio/retry-policy.js';

const NOW = Date.parse('2026-08-20T10:00:00Z');

describe('parseRetryAfter', () => {
  it.each([
    ['integer seconds', '3', undefined, 3_000],
    ['zero seconds', '0', undefined, 0],
    ['seconds with spaces', ' 12 ', undefined, 12_000],
    ['HTTP date (IMF-fixdate)', 'Thu, 20 Aug 2026 10:00:05 GMT', undefined, 5_000],
    ['RFC 1123-like with UTC', 'Thu, 20 Aug 2026 10:00:07 UTC', undefined, 7_000],
    ['HTTP date in the past', 'Thu, 20 Aug 2026 09:59:00 GMT', undefined, 0],
    ['body RFC 3339 when no header', null, '2026-08-20T10:00:04Z', 4_000],
    ['body older RFC 1123 form', undefined, 'Thu, 20 Aug 2026 10:00:02 UTC', 2_000],
    ['body used when the header does not parse', 'soon', '2026-08-20T10:00:01Z', 1_000],
    ['header wins over body', '2', '2026-08-20T10:00:09Z', 2_000],
    ['nothing usable', 'soon', 'later', undefined],
    ['nothing at all', null, undefined, undefined],
    ['negative number is not seconds', '-5', undefined, undefined],
  ])('%s', (_name, header, body, expected) => {
    expect(parseRetryAfter(header, body, NOW)).toBe(expected);
  });
});

describe('backoffMs (full jitter)', () => {
  const policy = { baseDelayMs: 1_000, maxDelayMs: 8_000 };
  it.each([
    [1, 0, 0],
    [1, 0.5, 500],
    [1, 0.999, 999],
    [2, 0.5, 1_000],
    [3, 0.5, 2_000],
    [4, 0.999, 7_992],
    [10, 0.999, 7_992], // capped at maxDelayMs
  ])('attempt %i with random %f waits %i ms', (attempt, random, expected) => {
    expect(backoffMs(attempt, policy, random)).toBe(expected);
  });

  it('always stays in [0, min(max, base * 2^(n-1)))', () => {
    for (let attempt = 1; attempt <= 8; attempt += 1) {
      for (const r of [0, 0.1, 0.37, 0.5, 0.9, 0.999999]) {
        const wait = backoffMs(attempt, policy, r);
        expect(wait).toBeGreaterThanOrEqual(0);
        expect(wait).toBeLessThan(Math.min(8_000, 1_000 * 2 ** (attempt - 1)));
      }
    }
  });
});

describe('isRetryable', () => {
  const status = (s: number): AttemptFailure => ({ type: 'status', status: s });
  it.each([
    [status(429), true, true],
    [status(500), true, true],
    [status(502), true, true],
    [status(503), true, true],
    [status(408), true, true],
    [status(400), true, false],
    [status(401), true, false],
    [status(403), true, false],
    [status(404), true, false],
    [status(422), true, false],
    [{ type: 'network' } as const, true, true],
    [{ type: 'timeout' } as const, true, true],
    // Not idempotent: only a 429 proves the request was not processed.
    [status(429), false, true],
    [status(503), false, false],
    [{ type: 'network' } as const, false, false],
    [{ type: 'timeout' } as const, false, false],
  ])('%j idempotent=%s -> %s', (failure, idempotent, expected) => {
    expect(isRetryable(failure, idempotent)).toBe(expected);
  });
});

describe('decideRetry', () => {
  const base = { idempotent: true, elapsedMs: 0, nowMs: NOW, random: 0.5, policy: DEFAULT_RETRY_POLICY };

  it('honours Retry-After seconds', () => {
    expect(decideRetry({ ...base, attempt: 1, failure: { type: 'status', status: 429, retryAfterHeader: '3' } })).toEqual({
      retry: true,
      waitMs: 3_000,
      reason: 'HTTP 429, server asked to wait 3000 ms',
    });
  });

  it('caps a long Retry-After at maxRetryAfterMs', () => {
    const d = decideRetry({ ...base, attempt: 1, failure: { type: 'status', status: 429, retryAfterHeader: '120' } });
    expect(d).toMatchObject({ retry: true, waitMs: 10_000 });
  });

  it('backs off exponentially without a hint', () => {
    const waits = [1, 2, 3].map((attempt) => decideRetry({ ...base, attempt, failure: { type: 'status', status: 503 } }));
    expect(waits.map((d) => (d.retry ? d.waitMs : -1))).toEqual([500, 1_000, 2_000]);
  });

  it('stops after maxAttempts', () => {
    expect(decideRetry({ ...base, attempt: 4, failure: { type: 'network' } })).toEqual({ retry: false, why: 'attempts' });
    expect(decideRetry({ ...base, attempt: 3, failure: { type: 'network' } })).toMatchObject({ retry: true });
  });

  it('gives up early when the wait would reach the per-call budget', () => {
    const failure: AttemptFailure = { type: 'status', status: 429, retryAfterHeader: '10' };
    expect(decideRetry({ ...base, attempt: 1, elapsedMs: 19_999, failure })).toMatchObject({ retry: true, waitMs: 10_000 });
    expect(decideRetry({ ...base, attempt: 1, elapsedMs: 20_000, failure })).toEqual({ retry: false, why: 'budget' });
  });

  it('does not retry client errors', () => {
    expect(decideRetry({ ...base, attempt: 1, failure: { type: 'status', status: 401 } })).toEqual({ retry: false, why: 'not_retryable' });
  });
});

describe('resolveRetryPolicy', () => {
  it('fills the defaults: 4 attempts, 10 s per request, Retry-After honoured up to 10 s, 30 s per call', () => {
    expect(resolveRetryPolicy({})).toMatchObject({ maxAttempts: 4, timeoutMs: 10_000, maxRetryAfterMs: 10_000, maxCallMs: 30_000 });
  });
  it('keeps given values and ignores undefined ones', () => {
    expect(resolveRetryPolicy({ maxAttempts: 2, timeoutMs: undefined })).toMatchObject({ maxAttempts: 2, timeoutMs: 10_000 });
  });
  it.each([
    [{ maxAttempts: 0 }, /maxAttempts must be a number >= 1/],
    [{ timeoutMs: -1 }, /timeoutMs must be a number >= 0/],
    [{ maxCallMs: Number.NaN }, /maxCallMs/],
  ])('rejects %j', (options, message) => {
    expect(() => resolveRetryPolicy(options)).toThrow(message);
  });
});
