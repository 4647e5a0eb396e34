// fetchOnCall / fetchShifts over a fake schedule-entries reader: the windows asked for, `final`
// only, one query per schedule, concurrency, and errors passed through.
import { describe, expect, it } from 'vitest';
import type { ScheduleEntries, ScheduleEntry } from '../../src/incidentio/types.js';
import { incidentIoError } from '../../src/incidentio/errors.js';
import {
  fetchOnCall,
  fetchOnCallWithOutlook,
  fetchShifts,
  ON_CALL_WINDOW_MS,
  OUTLOOK_MS,
  type ScheduleEntriesReader,
} from '../../src/oncall/on-call.js';

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

describe("fetchOnCallWithOutlook: the gate's one query per schedule, reaching 12 hours ahead", () => {
  const entries = {
    S1: {
      final: [
        e('2026-08-20T09:00:00Z', '2026-08-20T10:00:00Z', 'U0', 'gone@example.com'), // ended at `at`
        e('2026-08-20T06:00:00Z', '2026-08-20T18:00:00Z', 'U1', 'Alice@Example.com'),
        e('2026-08-20T18:00:00Z', '2026-08-21T06:00:00Z', 'U2', 'bob@example.com'),
        e('2026-08-20T22:00:00Z', '2026-08-21T06:00:00Z', 'U3', 'late@example.com'), // starts at the end of the view
        e('2026-08-20T12:00:00Z', '2026-08-20T13:00:00Z', 'U4'), // no email
      ],
    },
    S2: { final: [] },
  };

  it('asks [at, at + 12 h) once per schedule, and no other request', async () => {
    const { reader, calls } = fakeReader(entries);
    await fetchOnCallWithOutlook(reader, ['S1', 'S2', 'S1'], AT);
    expect(OUTLOOK_MS).toBe(12 * 60 * 60_000);
    expect(calls).toEqual([
      { id: 'S1', start: AT, end: new Date(AT.getTime() + OUTLOOK_MS) },
      { id: 'S2', start: AT, end: new Date(AT.getTime() + OUTLOOK_MS) },
    ]);
  });

  it("gives the decision exactly fetchOnCall's facts: the shifts covering `at`, nothing later", async () => {
    const wide = await fetchOnCallWithOutlook(fakeReader(entries).reader, ['S1', 'S2'], AT);
    const narrow = await fetchOnCall(fakeReader(entries).reader, ['S1', 'S2'], AT);
    expect(wide.now).toEqual(narrow);
    expect(wide.now.get('S1')?.map((s) => s.email)).toEqual(['alice@example.com']);
  });

  it('keeps the shifts overlapping the view for the summary, sorted by start', async () => {
    const { outlook } = await fetchOnCallWithOutlook(fakeReader(entries).reader, ['S1', 'S2'], AT);
    expect(outlook.from).toEqual(AT);
    expect(outlook.to).toEqual(new Date('2026-08-20T22:00:00Z'));
    expect(outlook.shifts.get('S1')?.map((s) => s.email)).toEqual(['alice@example.com', 'bob@example.com']);
    expect(outlook.shifts.get('S2')).toEqual([]);
  });

  it('passes a client error through (fail closed)', async () => {
    await expect(fetchOnCallWithOutlook(fakeReader({ S1: {} }).reader, ['NOPE'], AT)).rejects.toMatchObject({ kind: 'not-found' });
  });
});
