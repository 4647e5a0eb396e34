import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  computeScheduleEntries,
  defaultLayerId,
  entriesAt,
  type ComputedEntry,
  type OverrideInput,
  type RotationInput,
  type ScheduleInput,
} from '../src/schedule-model.js';

const d = (s: string) => new Date(s);
const ANCHOR = '2026-01-05T09:00:00Z'; // a Monday

function rotation(partial: Partial<RotationInput> & Pick<RotationInput, 'users'>): RotationInput {
  return {
    id: 'ROT-A',
    handover_start_at: d(ANCHOR),
    handovers: [{ interval: 1, interval_type: 'daily' }],
    ...partial,
  };
}

function schedule(rotations: RotationInput[], overrides: OverrideInput[] = [], timezone = 'UTC'): ScheduleInput {
  return { id: 'SCHED', timezone, rotations, overrides };
}

/** Who the final entries put on call at t (null = an entry without a user). */
function whoAt(s: ScheduleInput, t: string): Array<string | null> {
  const at = d(t);
  return entriesAt(computeScheduleEntries(s, at, at).final, at).map((e) => e.user);
}

function spans(entries: ComputedEntry[]): Array<[string | null, string, string]> {
  return entries.map((e) => [e.user, e.start_at.toISOString(), e.end_at.toISOString()]);
}

describe('rotation handovers', () => {
  const daily = schedule([rotation({ users: ['alice', 'bob'] })]);
  const hourly = schedule([rotation({ users: ['a', 'b', 'c'], handovers: [{ interval: 2, interval_type: 'hourly' }] })]);
  const weekly = schedule([rotation({ users: ['a', 'b'], handovers: [{ interval: 1, interval_type: 'weekly' }] })]);
  const mixed = schedule([
    rotation({
      users: ['day', 'night'],
      handovers: [
        { interval: 12, interval_type: 'hourly' },
        { interval: 12, interval_type: 'hourly' },
      ],
    }),
  ]);
  const twoWeekly = schedule([rotation({ users: ['a', 'b'], handovers: [{ interval: 2, interval_type: 'weekly' }] })]);

  it.each([
    ['daily: the first shift starts at handover_start_at', daily, '2026-01-05T09:00:00Z', 'alice'],
    ['daily: one millisecond before a handover', daily, '2026-01-06T08:59:59.999Z', 'alice'],
    ['daily: at the handover (half-open shifts)', daily, '2026-01-06T09:00:00Z', 'bob'],
    ['daily: two days later, back to the first user', daily, '2026-01-07T12:00:00Z', 'alice'],
    ['daily: 322 days later (even)', daily, '2026-11-23T12:00:00Z', 'alice'],
    ['daily: history before the anchor repeats backwards', daily, '2026-01-05T08:00:00Z', 'bob'],
    ['daily: a year before the anchor', daily, '2025-01-05T12:00:00Z', 'bob'], // 365 days earlier: odd
    ['daily: far future', daily, '2030-01-05T12:00:00Z', 'bob'], // 1461 days later: odd
    ['hourly: first slot', hourly, '2026-01-05T10:59:00Z', 'a'],
    ['hourly: second slot', hourly, '2026-01-05T11:00:00Z', 'b'],
    ['hourly: third slot', hourly, '2026-01-05T14:30:00Z', 'c'],
    ['hourly: wraps around', hourly, '2026-01-05T15:00:00Z', 'a'],
    ['hourly: before the anchor', hourly, '2026-01-05T08:00:00Z', 'c'],
    ['weekly: six days in', weekly, '2026-01-11T23:00:00Z', 'a'],
    ['weekly: next week', weekly, '2026-01-12T09:00:00Z', 'b'],
    ['weekly: two weeks later', weekly, '2026-01-19T09:00:00Z', 'a'],
    ['weekly interval 2: still the first user after 13 days', twoWeekly, '2026-01-18T09:00:00Z', 'a'],
    ['weekly interval 2: the second user after 14 days', twoWeekly, '2026-01-19T09:00:00Z', 'b'],
    ['several handovers per cycle: day half', mixed, '2026-01-05T20:59:00Z', 'day'],
    ['several handovers per cycle: night half', mixed, '2026-01-05T21:00:00Z', 'night'],
    ['several handovers per cycle: next day', mixed, '2026-01-06T09:00:00Z', 'day'],
  ])('%s', (_name, s, t, expected) => {
    expect(whoAt(s, t)).toEqual([expected]);
  });

  it('keeps daily handovers at local wall-clock time across a DST change', () => {
    // Europe/London moves to UTC+1 on 2026-03-29: the 09:00 local handover moves from 09:00Z to 08:00Z.
    const london = schedule([rotation({ users: ['a', 'b'], handover_start_at: d('2026-03-27T09:00:00Z') })], [], 'Europe/London');
    const { scheduled } = computeScheduleEntries(london, d('2026-03-28T12:00:00Z'), d('2026-03-30T12:00:00Z'));
    expect(spans(scheduled)).toEqual([
      ['b', '2026-03-28T09:00:00.000Z', '2026-03-29T08:00:00.000Z'],
      ['a', '2026-03-29T08:00:00.000Z', '2026-03-30T08:00:00.000Z'],
      ['b', '2026-03-30T08:00:00.000Z', '2026-03-31T08:00:00.000Z'],
    ]);
    expect(addCalendarDays(Date.parse('2026-10-24T08:00:00Z'), 1, 'Europe/London')).toBe(Date.parse('2026-10-25T09:00:00Z'));
  });

  it('gives every shift the same fingerprint whichever window finds it', () => {
    const a = computeScheduleEntries(daily, d('2026-01-06T10:00:00Z'), d('2026-01-06T10:01:00Z')).scheduled;
    const b = computeScheduleEntries(daily, d('2026-01-04T00:00:00Z'), d('2026-01-08T00:00:00Z')).scheduled;
    expect(a).toHaveLength(1);
    expect(b.find((e) => e.start_at.getTime() === a[0]!.start_at.getTime())?.fingerprint).toBe(a[0]!.fingerprint);
    expect(new Set(b.map((e) => e.fingerprint)).size).toBe(b.length);
    expect(b.every((e) => e.entry_id === undefined)).toBe(true);
  });
});

describe('windows', () => {
  const daily = schedule([rotation({ users: ['alice', 'bob'] })]);

  it('returns whole shifts overlapping a window that spans handovers, not clipped', () => {
    const { scheduled, final, overrides } = computeScheduleEntries(daily, d('2026-01-05T08:00:00Z'), d('2026-01-07T10:00:00Z'));
    expect(spans(scheduled)).toEqual([
      ['bob', '2026-01-04T09:00:00.000Z', '2026-01-05T09:00:00.000Z'],
      ['alice', '2026-01-05T09:00:00.000Z', '2026-01-06T09:00:00.000Z'],
      ['bob', '2026-01-06T09:00:00.000Z', '2026-01-07T09:00:00.000Z'],
      ['alice', '2026-01-07T09:00:00.000Z', '2026-01-08T09:00:00.000Z'],
    ]);
    expect(final).toEqual(scheduled);
    expect(overrides).toEqual([]);
  });

  it('treats a window ending exactly at a handover as not reaching the next shift', () => {
    const { scheduled } = computeScheduleEntries(daily, d('2026-01-05T09:00:00Z'), d('2026-01-06T09:00:00Z'));
    expect(spans(scheduled)).toEqual([['alice', '2026-01-05T09:00:00.000Z', '2026-01-06T09:00:00.000Z']]);
  });

  it('answers a zero-length window as one instant', () => {
    const { final } = computeScheduleEntries(daily, d('2026-01-06T09:00:00Z'), d('2026-01-06T09:00:00Z'));
    expect(spans(final)).toEqual([['bob', '2026-01-06T09:00:00.000Z', '2026-01-07T09:00:00.000Z']]);
  });

  it('computes the next 7 days from any date', () => {
    const { final } = computeScheduleEntries(daily, d('2026-11-23T12:00:00Z'), d('2026-11-30T12:00:00Z'));
    expect(final).toHaveLength(8);
    expect(final.map((e) => e.user)).toEqual(['alice', 'bob', 'alice', 'bob', 'alice', 'bob', 'alice', 'bob']);
    expect(final[0]!.start_at.toISOString()).toBe('2026-11-23T09:00:00.000Z');
  });

  it('refuses windows that would enumerate absurd numbers of shifts', () => {
    const hourly = schedule([rotation({ users: ['a'], handovers: [{ interval: 1, interval_type: 'hourly' }] })]);
    expect(() => computeScheduleEntries(hourly, d('2000-01-01T00:00:00Z'), d('2030-01-01T00:00:00Z'))).toThrow(RangeError);
  });

  it('yields nothing for a rotation without users, and entries without a user for null slots', () => {
    expect(computeScheduleEntries(schedule([rotation({ users: [] })]), d(ANCHOR), d('2026-01-10T00:00:00Z')).final).toEqual([]);
    const withGap = schedule([rotation({ users: ['alice', null] })]);
    expect(whoAt(withGap, '2026-01-06T10:00:00Z')).toEqual([null]);
    expect(whoAt(withGap, '2026-01-07T10:00:00Z')).toEqual(['alice']);
  });
});

describe('overrides', () => {
  const override = (o: Partial<OverrideInput> & Pick<OverrideInput, 'user' | 'start_at' | 'end_at'>): OverrideInput => ({
    id: 'OVR-1',
    ...o,
  });

  it('splits the scheduled shift around an override inside it', () => {
    const s = schedule(
      [rotation({ users: ['alice', 'bob'] })],
      [override({ user: 'carol', start_at: d('2026-01-05T12:00:00Z'), end_at: d('2026-01-05T15:00:00Z') })],
    );
    const r = computeScheduleEntries(s, d('2026-01-05T10:00:00Z'), d('2026-01-05T20:00:00Z'));
    expect(spans(r.scheduled)).toEqual([['alice', '2026-01-05T09:00:00.000Z', '2026-01-06T09:00:00.000Z']]);
    expect(spans(r.overrides)).toEqual([['carol', '2026-01-05T12:00:00.000Z', '2026-01-05T15:00:00.000Z']]);
    expect(spans(r.final)).toEqual([
      ['alice', '2026-01-05T09:00:00.000Z', '2026-01-05T12:00:00.000Z'],
      ['carol', '2026-01-05T12:00:00.000Z', '2026-01-05T15:00:00.000Z'],
      ['alice', '2026-01-05T15:00:00.000Z', '2026-01-06T09:00:00.000Z'],
    ]);
    // Override-derived final entries share the override's fingerprint and carry its ID.
    expect(r.final[1]!.fingerprint).toBe(r.overrides[0]!.fingerprint);
    expect(r.final[1]!.entry_id).toBe('OVR-1');
    expect(r.final[0]!.fingerprint).not.toBe(r.final[2]!.fingerprint);
    expect(r.final[0]!.entry_id).toBeUndefined();
  });

  it('replaces parts of two shifts when it spans a handover', () => {
    const s = schedule(
      [rotation({ users: ['alice', 'bob'] })],
      [override({ user: 'carol', start_at: d('2026-01-06T06:00:00Z'), end_at: d('2026-01-06T12:00:00Z') })],
    );
    expect(whoAt(s, '2026-01-06T05:59:00Z')).toEqual(['alice']);
    expect(whoAt(s, '2026-01-06T06:00:00Z')).toEqual(['carol']);
    expect(whoAt(s, '2026-01-06T09:30:00Z')).toEqual(['carol']);
    expect(whoAt(s, '2026-01-06T12:00:00Z')).toEqual(['bob']);
    const { final } = computeScheduleEntries(s, d('2026-01-06T00:00:00Z'), d('2026-01-06T23:00:00Z'));
    expect(spans(final)).toEqual([
      ['alice', '2026-01-05T09:00:00.000Z', '2026-01-06T06:00:00.000Z'],
      ['carol', '2026-01-06T06:00:00.000Z', '2026-01-06T12:00:00.000Z'],
      ['bob', '2026-01-06T12:00:00.000Z', '2026-01-07T09:00:00.000Z'],
    ]);
  });

  it('models "nobody" with a null user: a final entry without a user', () => {
    const s = schedule(
      [rotation({ users: ['alice'] })],
      [override({ user: null, start_at: d('2026-02-01T00:00:00Z'), end_at: d('2026-02-02T00:00:00Z') })],
    );
    expect(whoAt(s, '2026-02-01T12:00:00Z')).toEqual([null]);
    expect(whoAt(s, '2026-02-02T00:00:00Z')).toEqual(['alice']);
  });

  it('answers for history: an override in the past still applies to a past window', () => {
    const s = schedule(
      [rotation({ users: ['alice', 'bob'] })],
      [override({ user: 'carol', start_at: d('2025-12-24T09:00:00Z'), end_at: d('2025-12-26T09:00:00Z') })],
    );
    expect(whoAt(s, '2025-12-25T10:00:00Z')).toEqual(['carol']);
    // 2025-12-26T09:00Z is exactly 10 daily handovers before the anchor: an even shift, alice's.
    expect(whoAt(s, '2025-12-26T10:00:00Z')).toEqual(['alice']);
  });

  it('lets the later of two overlapping overrides win', () => {
    const s = schedule(
      [rotation({ users: ['alice'] })],
      [
        override({ id: 'O1', user: 'carol', start_at: d('2026-03-01T00:00:00Z'), end_at: d('2026-03-01T12:00:00Z') }),
        override({ id: 'O2', user: 'dave', start_at: d('2026-03-01T06:00:00Z'), end_at: d('2026-03-01T08:00:00Z') }),
      ],
    );
    expect(whoAt(s, '2026-03-01T05:00:00Z')).toEqual(['carol']);
    expect(whoAt(s, '2026-03-01T07:00:00Z')).toEqual(['dave']);
    expect(whoAt(s, '2026-03-01T09:00:00Z')).toEqual(['carol']);
    expect(whoAt(s, '2026-03-01T13:00:00Z')).toEqual(['alice']);
  });

  it('applies only to its own rotation when rotations are concurrent layers', () => {
    const s = schedule(
      [
        rotation({ id: 'R1', users: ['alice'] }),
        rotation({ id: 'R2', users: ['bob'], handovers: [{ interval: 1, interval_type: 'weekly' }] }),
      ],
      [override({ user: 'carol', rotation_id: 'R2', start_at: d('2026-01-10T00:00:00Z'), end_at: d('2026-01-11T00:00:00Z') })],
    );
    expect(whoAt(s, '2026-01-09T12:00:00Z').sort()).toEqual(['alice', 'bob']);
    expect(whoAt(s, '2026-01-10T12:00:00Z').sort()).toEqual(['alice', 'carol']);
  });

  it('defaults to the first rotation when the override names none', () => {
    const s = schedule(
      [rotation({ id: 'R1', users: ['alice'] }), rotation({ id: 'R2', users: ['bob'] })],
      [override({ user: 'carol', start_at: d('2026-01-10T00:00:00Z'), end_at: d('2026-01-11T00:00:00Z') })],
    );
    const { final } = computeScheduleEntries(s, d('2026-01-10T12:00:00Z'), d('2026-01-10T12:00:00Z'));
    expect(final.map((e) => [e.rotation_id, e.user]).sort()).toEqual([
      ['R1', 'carol'],
      ['R2', 'bob'],
    ]);
  });
});

describe('rotation versions (effective_from)', () => {
  it('switches to the new version at effective_from, cutting the shift that spans it', () => {
    const s = schedule([
      rotation({ id: 'R', users: ['alice', 'bob'] }),
      rotation({
        id: 'R',
        users: ['zoe'],
        effective_from: d('2026-02-01T00:00:00Z'),
        handovers: [{ interval: 1, interval_type: 'weekly' }],
      }),
    ]);
    expect(whoAt(s, '2026-01-31T23:00:00Z')).toHaveLength(1);
    expect(whoAt(s, '2026-02-01T00:00:00Z')).toEqual(['zoe']);
    expect(whoAt(s, '2026-06-01T00:00:00Z')).toEqual(['zoe']);
    const { final } = computeScheduleEntries(s, d('2026-01-31T20:00:00Z'), d('2026-02-01T01:00:00Z'));
    expect(final[0]!.end_at.toISOString()).toBe('2026-02-01T00:00:00.000Z');
    expect(final[1]!.start_at.toISOString()).toBe('2026-02-01T00:00:00.000Z');
  });

  it('has no shifts before the first version when it has an effective_from', () => {
    const s = schedule([rotation({ users: ['alice'], effective_from: d('2026-01-05T09:00:00Z') })]);
    expect(whoAt(s, '2026-01-05T08:00:00Z')).toEqual([]);
    expect(whoAt(s, '2026-01-05T09:00:00Z')).toEqual(['alice']);
  });
});

describe('layers', () => {
  const override = (o: Partial<OverrideInput> & Pick<OverrideInput, 'user' | 'start_at' | 'end_at'>): OverrideInput => ({
    id: 'OVR-L',
    ...o,
  });

  it('gives each layer of a shift the next user in order, and tags every entry with its layer', () => {
    const s = schedule([rotation({ id: 'R', users: ['a', 'b', 'c'], layers: ['L1', 'L2'] })]);
    const at = (t: string) => {
      const i = d(t);
      return entriesAt(computeScheduleEntries(s, i, i).final, i).map((e) => [e.layer_id, e.user]);
    };
    // Shift 0 takes a and b, shift 1 c and a, shift 2 b and c.
    expect(at('2026-01-05T10:00:00Z')).toEqual([
      ['L1', 'a'],
      ['L2', 'b'],
    ]);
    expect(at('2026-01-06T10:00:00Z')).toEqual([
      ['L1', 'c'],
      ['L2', 'a'],
    ]);
    expect(at('2026-01-07T10:00:00Z')).toEqual([
      ['L1', 'b'],
      ['L2', 'c'],
    ]);
  });

  it('gives a rotation without layers one, with an ID derived from the rotation (the same every time)', () => {
    const s = schedule([rotation({ id: 'R', users: ['a'] })]);
    const i = d('2026-01-05T10:00:00Z');
    const [entry] = computeScheduleEntries(s, i, i).final;
    expect(entry?.layer_id).toBe(defaultLayerId('R'));
    expect(defaultLayerId('R')).toMatch(/^[0-9A-Z]{26}$/);
  });

  it('lets an override replace the person of its own layer only', () => {
    const s = schedule(
      [rotation({ id: 'R', users: ['a', 'b'], layers: ['L1', 'L2'] })],
      [
        override({
          user: 'carol',
          rotation_id: 'R',
          layer_id: 'L2',
          start_at: d('2026-01-05T12:00:00Z'),
          end_at: d('2026-01-05T14:00:00Z'),
        }),
      ],
    );
    const i = d('2026-01-05T13:00:00Z');
    const final = entriesAt(computeScheduleEntries(s, i, i).final, i);
    expect(final.map((e) => [e.layer_id, e.user]).sort()).toEqual([
      ['L1', 'a'],
      ['L2', 'carol'],
    ]);
    expect(final.find((e) => e.user === 'carol')?.entry_id).toBeDefined();
  });

  it('puts an override without a layer on the first layer of its rotation', () => {
    const s = schedule(
      [rotation({ id: 'R', users: ['a', 'b'], layers: ['L1', 'L2'] })],
      [override({ user: 'carol', rotation_id: 'R', start_at: d('2026-01-05T12:00:00Z'), end_at: d('2026-01-05T14:00:00Z') })],
    );
    const i = d('2026-01-05T13:00:00Z');
    expect(
      entriesAt(computeScheduleEntries(s, i, i).final, i)
        .map((e) => [e.layer_id, e.user])
        .sort(),
    ).toEqual([
      ['L1', 'carol'],
      ['L2', 'b'],
    ]);
  });
});
