// fetchOnCall / fetchShifts over a fake schedule-entries reader: the windows asked for, `final`
// only, one query per schedule, concurrency, and errors passed through.
import { describe, expect, it } from 'vitest';
import type { ScheduleEntries, ScheduleEntry } from '../../src/incidentio/types.js';
import { incidentIoError } from '../../src/incidentio/errors.js';
import { fetchOnCall, fetchShifts, ON_CALL_WINDOW_MS, type ScheduleEntriesReader } from '../../src/oncall/on-call.js';

const AT = new Date('2026-08-20T10:00:00Z');
const e = (start: string, end: string, id: string, email?: string): ScheduleEntry => ({
  start_at: start,
  end_at: end,
  user: { id, name: id, ...(email ? { email } : {}) },
});

function fakeReader(bySchedule: Record<string, Partial<ScheduleEntries>>, delayMs = 0) {
  const calls: { id: string; start: Date; end: Date }[] = [];
  let inFlight = 0;
  let peak = 0;
  const reader: ScheduleEntriesReader = {
    async listScheduleEntries(id, start, end) {
      calls.push({ id, start, end });
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      inFlight -= 1;
      const found = bySchedule[id];
      if (!found) throw incidentIoError({ kind: 'not-found', message: `incident.io schedule ${id} does not exist`, fix: 'copy it' });
      return { scheduled: [], overrides: [], final: [], ...found };
    },
  };
  return { reader, calls, peak: () => peak };
}

describe('fetchOnCall', () => {
  it('asks a one-minute window at `at` per schedule and keeps final entries covering `at`', async () => {
    const { reader, calls } = fakeReader({
      S1: {
        final: [
          e('2026-08-20T09:00:00Z', '2026-08-20T10:00:00Z', 'U0', 'gone@example.com'), // ended at `at`
          e('2026-08-20T10:00:00Z', '2026-08-20T18:00:00Z', 'U1', 'Alice@Example.com'),
          e('2026-08-20T10:00:30Z', '2026-08-20T11:00:00Z', 'U3', 'later@example.com'), // starts inside the window, after `at`
          e('2026-08-20T08:00:00Z', '2026-08-20T12:00:00Z', 'U4'), // no email
        ],
        // `scheduled` ignores overrides: never used.
        scheduled: [e('2026-08-20T00:00:00Z', '2026-08-21T00:00:00Z', 'U9', 'rota@example.com')],
      },
      S2: { final: [] },
    });
    const result = await fetchOnCall(reader, ['S1', 'S2', 'S1'], AT);
    expect(calls).toEqual([
      { id: 'S1', start: AT, end: new Date(AT.getTime() + ON_CALL_WINDOW_MS) },
      { id: 'S2', start: AT, end: new Date(AT.getTime() + 60_000) },
    ]);
    expect([...result.keys()]).toEqual(['S1', 'S2']);
    expect(result.get('S1')).toEqual([
      { scheduleId: 'S1', email: 'alice@example.com', name: 'U1', userId: 'U1', startAt: AT, endAt: new Date('2026-08-20T18:00:00Z') },
    ]);
    expect(result.get('S2')).toEqual([]);
  });

  it('fetches schedules concurrently', async () => {
    const { reader, peak } = fakeReader({ A: {}, B: {}, C: {} }, 5);
    await fetchOnCall(reader, ['A', 'B', 'C'], AT);
    expect(peak()).toBe(3);
  });

  it('passes a client error through (fail closed)', async () => {
    const { reader } = fakeReader({ S1: {} });
    await expect(fetchOnCall(reader, ['S1', 'NOPE'], AT)).rejects.toMatchObject({
      kind: 'not-found',
      message: expect.stringContaining('NOPE'),
    });
  });

  it('returns an empty map for no schedules without a request', async () => {
    const { reader, calls } = fakeReader({});
    await expect(fetchOnCall(reader, [], AT)).resolves.toEqual(new Map());
    expect(calls).toEqual([]);
  });
});

describe('fetchShifts', () => {
  it('asks one window per schedule and returns final shifts overlapping it, sorted', async () => {
    const from = new Date('2026-08-20T00:00:00Z');
    const to = new Date('2026-08-27T00:00:00Z');
    const { reader, calls } = fakeReader({
      S1: {
        final: [
          e('2026-08-22T09:00:00Z', '2026-08-29T09:00:00Z', 'U2', 'b@example.com'),
          e('2026-08-15T09:00:00Z', '2026-08-22T09:00:00Z', 'U1', 'a@example.com'),
          e('2026-08-27T00:00:00Z', '2026-08-28T00:00:00Z', 'U3', 'c@example.com'), // starts at `to`: outside
        ],
      },
    });
    const result = await fetchShifts(reader, ['S1'], from, to);
    expect(calls).toEqual([{ id: 'S1', start: from, end: to }]);
    expect(result.get('S1')?.map((s) => [s.userId, s.startAt.toISOString()])).toEqual([
      ['U1', '2026-08-15T09:00:00.000Z'],
      ['U2', '2026-08-22T09:00:00.000Z'],
    ]);
  });

  it('answers "was X on call at t" with a past one-minute window', async () => {
    const t = new Date('2026-08-18T03:00:00Z');
    const { reader } = fakeReader({ S1: { final: [e('2026-08-18T00:00:00Z', '2026-08-18T08:00:00Z', 'U1', 'a@example.com')] } });
    const result = await fetchShifts(reader, ['S1'], t, new Date(t.getTime() + 60_000));
    expect(result.get('S1')?.map((s) => s.email)).toEqual(['a@example.com']);
  });
});
