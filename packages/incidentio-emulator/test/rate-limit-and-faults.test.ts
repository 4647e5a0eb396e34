import { afterEach, describe, expect, it } from 'vitest';
import type { EmulatorFixture } from '../src/fixture.js';
import type { Emulator, EmulatorOptions } from '../src/server.js';
import { DEMO_READONLY_API_KEY, PRIMARY, call, manualClock, startDemo } from '../testing/helpers.js';

const started: Emulator[] = [];
async function emulator(patch: Partial<EmulatorFixture> = {}, options: Partial<EmulatorOptions> = {}) {
  const emu = await startDemo(patch, options);
  started.push(emu);
  return emu;
}

afterEach(async () => {
  await Promise.all(started.splice(0).map((e) => e.close()));
});

describe('rate limiter (token bucket, X-RateLimit-* headers, 429)', () => {
  it('counts down X-RateLimit-Remaining, then answers 429 with Retry-After and the rate_limit block', async () => {
    const clock = manualClock('2026-03-10T12:00:00Z');
    const emu = await emulator({ rateLimit: { capacity: 3, refillPerSecond: 1 } }, { now: clock.now });
    const remaining = [];
    for (let i = 0; i < 3; i++) {
      const res = await call(emu, '/v1/identity');
      expect(res.status).toBe(200);
      expect(res.headers.get('x-ratelimit-limit')).toBe('3, 3;window=3');
      remaining.push(res.headers.get('x-ratelimit-remaining'));
    }
    expect(remaining).toEqual(['2', '1', '0']);
    const limited = await call(emu, '/v2/schedules');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(limited.headers.get('x-ratelimit-used')).toBe('3');
    expect(Number(limited.headers.get('x-ratelimit-reset'))).toBe(Date.parse('2026-03-10T12:00:03Z') / 1000);
    expect(limited.json).toMatchObject({
      type: 'too_many_requests',
      status: 429,
      errors: [{ code: 'too_many_requests' }],
      rate_limit: { name: 'oncall-gate demo', limit: 3, remaining: 0, retry_after: '2026-03-10T12:00:01Z' },
    });

    clock.advance(1000);
    const again = await call(emu, '/v2/schedules');
    expect(again.status).toBe(200);
    expect(again.headers.get('x-ratelimit-remaining')).toBe('0');
  });

  it('keeps one bucket per key, and does not limit requests that fail authentication', async () => {
    const clock = manualClock('2026-03-10T12:00:00Z');
    const emu = await emulator({ rateLimit: { capacity: 1, refillPerSecond: 0.5 } }, { now: clock.now });
    expect((await call(emu, '/v1/identity')).status).toBe(200);
    expect((await call(emu, '/v1/identity')).status).toBe(429);
    expect((await call(emu, '/v1/identity', { key: DEMO_READONLY_API_KEY })).status).toBe(200);
    const unauth = await call(emu, '/v1/identity', { key: 'wrong' });
    expect(unauth.status).toBe(401);
    expect(unauth.headers.get('x-ratelimit-remaining')).toBeNull();
    // Retry-After rounds the wait up to whole seconds: one token at 0.5/s takes 2 s.
    expect((await call(emu, '/v1/identity')).headers.get('retry-after')).toBe('2');
  });

  it('refills over time up to the bucket size only', async () => {
    const clock = manualClock('2026-03-10T12:00:00Z');
    const emu = await emulator({ rateLimit: { capacity: 2, refillPerSecond: 20 } }, { now: clock.now });
    await call(emu, '/v1/identity');
    clock.advance(60_000);
    expect((await call(emu, '/v1/identity')).headers.get('x-ratelimit-remaining')).toBe('1');
  });

  it('sends no rate-limit headers when limiting is off', async () => {
    const emu = await emulator({ rateLimit: false });
    const res = await call(emu, '/v1/identity');
    expect(res.headers.get('x-ratelimit-limit')).toBeNull();
  });

  it('defaults to 1200 refilling at 20/s', async () => {
    const { rateLimit: _drop, ...noLimit } = (await import('../testing/helpers.js')).demoFixture();
    const emu = await emulator(noLimit);
    const res = await call(emu, '/v1/identity');
    expect(res.headers.get('x-ratelimit-limit')).toBe('1200, 1200;window=60');
    expect(res.headers.get('x-ratelimit-remaining')).toBe('1199');
  });
});

describe('fault injection', () => {
  const entries = `/v2/schedule_entries?schedule_id=${PRIMARY}&entry_window_start=2026-03-10T12:00:00Z&entry_window_end=2026-03-10T12:01:00Z`;

  it('answers N leading 429s with Retry-After in seconds, only on the matching path', async () => {
    const emu = await emulator();
    const rule = emu.faults.set({ path: '/v2/schedule_entries', leading429: 2, retryAfter: '1' });
    expect((await call(emu, '/v2/schedules')).status).toBe(200);
    const first = await call(emu, entries);
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('1');
    expect(first.json).toMatchObject({ type: 'too_many_requests', rate_limit: { remaining: 0 } });
    expect((await call(emu, entries)).status).toBe(429);
    expect((await call(emu, entries)).status).toBe(200);
    expect(rule).toMatchObject({ matched: 3, injected: 2 });
    expect(emu.requests.map((r) => [r.path, r.status, r.fault ?? null])).toEqual([
      ['/v2/schedules', 200, null],
      ['/v2/schedule_entries', 429, 'too-many-requests'],
      ['/v2/schedule_entries', 429, 'too-many-requests'],
      ['/v2/schedule_entries', 200, null],
    ]);
  });

  it('sends Retry-After as an HTTP date when given a Date', async () => {
    const emu = await emulator();
    const when = new Date('2026-03-10T12:00:02Z');
    emu.faults.set({ leading429: 1, retryAfter: when });
    const res = await call(emu, '/v1/identity');
    expect(res.headers.get('retry-after')).toBe('Tue, 10 Mar 2026 12:00:02 GMT');
    expect(res.json.rate_limit.retry_after).toBe('2026-03-10T12:00:02Z');
  });

  it('matches method and path patterns with {id} and *', async () => {
    const emu = await emulator();
    emu.faults.set({ method: 'POST', path: '/v2/incidents/{id}/actions/edit', serverErrors: 'always' });
    emu.faults.add({ path: '/v1/*', serverErrors: 1, serverErrorStatus: 503 });
    expect((await call(emu, '/v2/incidents/1/actions/edit', { method: 'GET' })).status).toBe(405);
    expect((await call(emu, '/v2/incidents/1/actions/edit', { body: { notify_incident_channel: false, incident: {} } })).status).toBe(500);
    expect((await call(emu, '/v2/incidents/2/actions/edit', { body: { notify_incident_channel: false, incident: {} } })).status).toBe(500);
    const unavailable = await call(emu, '/v1/severities');
    expect(unavailable.status).toBe(503);
    expect(unavailable.json).toMatchObject({ type: 'api_error', status: 503 });
    expect((await call(emu, '/v1/severities')).status).toBe(200);
  });

  it('keeps a persistent 5xx until cleared', async () => {
    const emu = await emulator();
    emu.faults.set({ serverErrors: 'always' });
    for (let i = 0; i < 4; i++) expect((await call(emu, '/v1/identity')).status).toBe(500);
    emu.faults.clear();
    expect((await call(emu, '/v1/identity')).status).toBe(200);
    expect(emu.faults.rules).toEqual([]);
  });

  it('sends Retry-After on injected server errors only when the rule gives one', async () => {
    const emu = await emulator();
    emu.faults.set({ path: '/v1/identity', serverErrors: 1, serverErrorStatus: 503, retryAfter: 0 });
    emu.faults.add({ path: '/v1/severities', serverErrors: 1 });
    const unavailable = await call(emu, '/v1/identity');
    expect([unavailable.status, unavailable.headers.get('retry-after')]).toEqual([503, '0']);
    const failed = await call(emu, '/v1/severities');
    expect([failed.status, failed.headers.get('retry-after')]).toEqual([500, null]);
  });

  it('sends 429s before 5xx when a rule has both', async () => {
    const emu = await emulator();
    emu.faults.set({ leading429: 1, serverErrors: 1 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await call(emu, '/v1/identity')).status);
    expect(statuses).toEqual([429, 500, 200]);
  });

  it('adds latency', async () => {
    const emu = await emulator();
    emu.faults.set({ path: '/v1/identity', latencyMs: 150 });
    const t0 = performance.now();
    expect((await call(emu, '/v1/identity')).status).toBe(200);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(140);
    // A lower bound only: a loaded machine can make any request slower, never the fault shorter.
    expect(emu.requests.map((r) => r.path)).toEqual(['/v1/identity']);
    expect(emu.requests[0]!.durationMs).toBeGreaterThanOrEqual(140);
  });

  it('truncates the JSON body N times', async () => {
    const emu = await emulator();
    emu.faults.set({ path: '/v2/users', malformedBody: 1 });
    const bad = await call(emu, '/v2/users');
    expect(bad.status).toBe(200);
    expect(bad.headers.get('content-type')).toContain('application/json');
    expect(() => JSON.parse(bad.text)).toThrow();
    expect(bad.text.length).toBeGreaterThan(0);
    const good = await call(emu, '/v2/users');
    expect(good.json.users).toHaveLength(5);
    expect(emu.requests[0]!.fault).toBe('malformed-body');
  });

  it('rejects rules that inject nothing or have bad counts', async () => {
    const emu = await emulator();
    expect(() => emu.faults.set({ path: '/v1/identity' })).toThrow(/at least one/);
    expect(() => emu.faults.set({ leading429: -1 })).toThrow(/leading429/);
    expect(() => emu.faults.set({ serverErrors: 1, serverErrorStatus: 404 })).toThrow(/500-599/);
  });
});
