// One deadline for a run's API work: what is in flight, what happens when it passes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApiDeadline } from '../src/api-deadline.js';
import { OncallGateError } from '../src/errors.js';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createApiDeadline', () => {
  it('tracks the requests in flight and what is left', () => {
    let elapsed = 0;
    const d = createApiDeadline(60_000, () => elapsed);
    const endA = d.begin('incident.io GET /v2/schedule_entries');
    const endB = d.begin('GitHub GET /repos/acme/api/commits/main');
    expect(d.pending()).toEqual(['incident.io GET /v2/schedule_entries', 'GitHub GET /repos/acme/api/commits/main']);
    endA();
    expect(d.pending()).toEqual(['GitHub GET /repos/acme/api/commits/main']);
    elapsed = 45_000;
    expect(d.remainingMs()).toBe(15_000);
    endB();
    d.dispose();
  });

  it('when it passes: the signal aborts with an error naming what was still waiting, and nothing new starts', async () => {
    const d = createApiDeadline(2_000);
    d.begin('incident.io GET /v2/schedule_entries');
    const expired = vi.fn();
    void d.expired.then(expired);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(expired).toHaveBeenCalledOnce();
    expect(d.signal.aborted).toBe(true);
    const reason = d.signal.reason as OncallGateError;
    expect(reason).toBeInstanceOf(OncallGateError);
    expect(reason.kind).toBe('deadline');
    expect(reason.message).toBe(
      'The API work of this run did not finish within 2 s (the `api-timeout` input); still waiting for: incident.io GET /v2/schedule_entries',
    );
    expect(reason.fix).toContain('raise `api-timeout` only if the APIs are slow but working');
    expect(() => d.begin('GitHub GET /x')).toThrow(OncallGateError);
  });

  it('dispose stops the timer: a finished run is never reported late', async () => {
    const d = createApiDeadline(1_000);
    d.dispose();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(d.signal.aborted).toBe(false);
  });
});
