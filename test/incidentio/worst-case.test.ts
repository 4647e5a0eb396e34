// "A dead API is reported within a minute" (docs/incidentio.md, "Rate limits and retries"), proved
// on virtual time for the worst case: every request hangs until its 10 s timeout. Defaults: 4
// attempts, 10 s per request, 30 s per call. One call gives up after 3 attempts at 30 s
// (10 + ~0.5 + 10 + ~1 + the 8.5 s left); a gate reads every schedule at once, so it is reported
// within the same 30 s however many schedules it names, even when they queue for the client's 8
// connection slots.
import { describe, expect, it } from 'vitest';
import { fetchOnCall } from '../../src/oncall/on-call.js';
import { caught, makeClient, virtualClock } from '../support/incidentio-harness.js';

const WINDOW_START = new Date('2026-08-20T10:00:00Z');

function deadApiClient(overrides: Parameters<typeof makeClient>[0] = {}) {
  const clock = virtualClock();
  const { client } = makeClient({
    fetch: clock.deadFetch,
    now: clock.now,
    sleep: clock.sleep,
    timeoutSignal: clock.timeoutSignal,
    ...overrides,
  });
  return { client, clock };
}

describe('a dead incident.io API (every request times out), with the default retry policy', () => {
  it('one call is reported unreachable after 30 s, no request outliving its 10 s timeout', async () => {
    const { client, clock } = deadApiClient();
    const started = clock.now();
    const error = await caught(clock.run(client.identity()));
    const elapsed = clock.now() - started;

    expect(error).toMatchObject({ kind: 'unavailable' });
    expect(elapsed).toBeLessThanOrEqual(30_000);
    expect(error.message).toContain('no answer within');
    expect(error.message).toContain(`after ${clock.sent.length} attempts`);
    // Attempts 10 s apart plus the jittered backoff (random 0.5: 0.5 s, then 1 s).
    expect(clock.sent.map((r) => r.at - started)).toEqual([0, 10_500, 21_500]);
  });

  it('a gate over 20 schedules (more than the 8 connection slots) is reported within 30 s', async () => {
    const { client, clock } = deadApiClient();
    const ids = Array.from({ length: 20 }, (_, i) => `01SCHEDULE${String(i).padStart(16, '0')}`);
    const started = clock.now();
    const error = await caught(clock.run(fetchOnCall(client, ids, WINDOW_START)));
    expect(error).toMatchObject({ kind: 'unavailable' });
    expect(clock.now() - started).toBeLessThanOrEqual(30_000);
    // Every schedule got at least one real attempt.
    const scheduleIds = new Set(clock.sent.map((r) => new URL(r.url).searchParams.get('schedule_id')));
    expect(scheduleIds.size).toBe(20);
  });

  it('every call, not only the first to fail, stays inside its budget while queued for a slot', async () => {
    const { client, clock } = deadApiClient({ concurrency: 1 });
    const started = clock.now();
    const results = await clock.run(Promise.allSettled([client.identity(), client.identity(), client.identity()]));
    expect(results.every((r) => r.status === 'rejected')).toBe(true);
    expect(clock.now() - started).toBeLessThanOrEqual(30_000);
    // The third call waited 20 s for its first slot and had 10 s left: one attempt, not a 10 s overrun.
    const third = (results[2] as PromiseRejectedResult).reason as Error;
    expect(third.message).toMatch(/after 1 attempt /);
  });

  it('a call that never got a slot within its budget says so instead of blaming a timeout', async () => {
    const { client, clock } = deadApiClient({ concurrency: 1, maxCallMs: 10_000 });
    const results = await clock.run(Promise.allSettled([client.identity(), client.identity()]));
    const second = (results[1] as PromiseRejectedResult).reason as Error & { kind: string; fix: string };
    expect(second.kind).toBe('unavailable');
    expect(second.message).toContain('no request could be sent within the 10.0 s allowed for one call');
    expect(second.message).toContain('the only connection slot was held by other requests');
    expect(clock.sent).toHaveLength(1);
  });
});
