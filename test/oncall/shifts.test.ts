// The pure on-call functions, table-driven: half-open boundaries, missing users and emails,
// overlapping entries, back-to-back shifts.
import { describe, expect, it } from 'vitest';
import type { ScheduleEntry } from '../../src/incidentio/types.js';
import { finalEntriesCovering, onCallAt, shiftEndFor, shiftsOverlapping, toShifts, type OnCallShift } from '../../src/oncall/on-call.js';

const T = (hhmm: string, day = 20): string => `2026-08-${day}T${hhmm}:00Z`;
const D = (hhmm: string, day = 20): Date => new Date(T(hhmm, day));

const e = (start: string, end: string, who?: { id: string; email?: string }): ScheduleEntry => ({
  start_at: start,
  end_at: end,
  ...(who ? { user: { id: who.id, name: `Name ${who.id}`, ...(who.email === undefined ? {} : { email: who.email }) } } : {}),
});

const alice = { id: 'U1', email: 'Alice@Example.com' };
const bob = { id: 'U2', email: 'bob@example.com' };

describe('finalEntriesCovering (half-open start_at <= at < end_at)', () => {
  const day = e(T('09:00'), T('17:00'), alice);
  it.each<[string, ScheduleEntry[], Date, number[]]>([
    ['at the start instant: covered', [day], D('09:00'), [0]],
    ['one ms before the start: not covered', [day], new Date(Date.parse(T('09:00')) - 1), []],
    ['inside', [day], D('12:34'), [0]],
    ['one ms before the end: covered', [day], new Date(Date.parse(T('17:00')) - 1), [0]],
    ['at the end instant: not covered', [day], D('17:00'), []],
    ['entry without a user: skipped', [e(T('09:00'), T('17:00'))], D('12:00'), []],
    ['user without an email: skipped', [e(T('09:00'), T('17:00'), { id: 'U3' })], D('12:00'), []],
    ['user with a blank email: skipped', [e(T('09:00'), T('17:00'), { id: 'U3', email: '  ' })], D('12:00'), []],
    ['overlapping entries (two layers): both', [e(T('08:00'), T('20:00'), alice), e(T('10:00'), T('14:00'), bob)], D('12:00'), [0, 1]],
    ['handover instant: only the incoming shift', [e(T('09:00'), T('12:00'), alice), e(T('12:00'), T('15:00'), bob)], D('12:00'), [1]],
    [
      'microsecond timestamps compare as instants',
      [e('2026-08-20T09:00:00.000001Z', '2026-08-20T10:00:00.999999Z', alice)],
      D('09:30'),
      [0],
    ],
    ['non-UTC offsets compare as instants', [e('2026-08-20T10:00:00+01:00', '2026-08-20T11:00:00+01:00', alice)], D('09:00'), [0]],
  ])('%s', (_name, entries, at, expected) => {
    expect(finalEntriesCovering(entries, at)).toEqual(expected.map((i) => entries[i]));
  });
});

describe('toShifts', () => {
  it('maps entries to shifts with lower-cased emails, skipping entries without email, sorted by start', () => {
    const shifts = toShifts('S1', [e(T('12:00'), T('13:00'), bob), e(T('09:00'), T('10:00')), e(T('09:00'), T('10:00'), alice)]);
    expect(shifts).toEqual([
      { scheduleId: 'S1', email: 'alice@example.com', name: 'Name U1', userId: 'U1', startAt: D('09:00'), endAt: D('10:00') },
      { scheduleId: 'S1', email: 'bob@example.com', name: 'Name U2', userId: 'U2', startAt: D('12:00'), endAt: D('13:00') },
    ]);
  });

  it('drops exact duplicates (an entry repeated across pages) but keeps distinct ones', () => {
    const shifts = toShifts('S1', [e(T('09:00'), T('10:00'), alice), e(T('09:00'), T('10:00'), alice), e(T('09:00'), T('11:00'), alice)]);
    expect(shifts.map((s) => s.endAt)).toEqual([D('10:00'), D('11:00')]);
  });
});

const shift = (who: string, start: string, end: string, scheduleId = 'S1', email = `${who}@example.com`): OnCallShift => ({
  scheduleId,
  email,
  name: who,
  userId: who,
  startAt: new Date(start),
  endAt: new Date(end),
});

describe('onCallAt', () => {
  const shifts = [shift('a', T('09:00'), T('12:00')), shift('b', T('12:00'), T('15:00')), shift('c', T('00:00'), T('23:59'), 'S2')];
  it.each([
    [D('08:59'), ['c']],
    [D('09:00'), ['a', 'c']],
    [D('11:59'), ['a', 'c']],
    [D('12:00'), ['b', 'c']],
    [D('15:00'), ['c']],
    [D('23:59'), []],
  ])('at %s', (at, who) => {
    expect(onCallAt(shifts, at).map((s) => s.userId)).toEqual(who);
  });
});

describe('shiftEndFor', () => {
  const cases: [string, OnCallShift[], string, Date, string | undefined][] = [
    ['single shift', [shift('a', T('09:00'), T('17:00'))], 'a@example.com', D('10:00'), T('17:00')],
    ['not on call', [shift('a', T('09:00'), T('17:00'))], 'b@example.com', D('10:00'), undefined],
    ['before the shift', [shift('a', T('09:00'), T('17:00'))], 'a@example.com', D('08:00'), undefined],
    ['at the end instant: not on call', [shift('a', T('09:00'), T('17:00'))], 'a@example.com', D('17:00'), undefined],
    ['email compared case-insensitively', [shift('a', T('09:00'), T('17:00'))], ' A@Example.COM ', D('10:00'), T('17:00')],
    [
      'back-to-back shifts of the same person merge (weekly handover to themselves)',
      [shift('a', T('09:00'), T('17:00')), shift('a', T('17:00'), T('09:00', 21)), shift('a', T('09:00', 21), T('12:00', 21))],
      'a@example.com',
      D('10:00'),
      T('12:00', 21),
    ],
    [
      'a gap ends the duty',
      [shift('a', T('09:00'), T('17:00')), shift('a', T('17:01'), T('20:00'))],
      'a@example.com',
      D('10:00'),
      T('17:00'),
    ],
    [
      "another person's shift does not extend it",
      [shift('a', T('09:00'), T('17:00')), shift('b', T('17:00'), T('20:00'))],
      'a@example.com',
      D('10:00'),
      T('17:00'),
    ],
    [
      'overlapping shifts on two schedules: the later end, then chained',
      [shift('a', T('09:00'), T('13:00'), 'S1'), shift('a', T('11:00'), T('18:00'), 'S2'), shift('a', T('18:00'), T('19:00'), 'S1')],
      'a@example.com',
      D('10:00'),
      T('19:00'),
    ],
    [
      'shifts given out of order still chain',
      [shift('a', T('15:00'), T('16:00')), shift('a', T('09:00'), T('12:00')), shift('a', T('12:00'), T('15:00'))],
      'a@example.com',
      D('10:00'),
      T('16:00'),
    ],
    [
      'an earlier shift that ended does not matter',
      [shift('a', T('01:00'), T('05:00')), shift('a', T('09:00'), T('12:00'))],
      'a@example.com',
      D('10:00'),
      T('12:00'),
    ],
  ];
  it.each(cases)('%s', (_name, shifts, email, at, expected) => {
    expect(shiftEndFor(email, shifts, at)).toEqual(expected === undefined ? undefined : new Date(expected));
  });
});

describe('shiftsOverlapping', () => {
  const shifts = [shift('a', T('09:00'), T('12:00')), shift('b', T('12:00'), T('15:00'))];
  it.each([
    ['window inside a', D('10:00'), D('10:01'), ['a']],
    ['window ending at b start: only a', D('11:00'), D('12:00'), ['a']],
    ['window starting at a end: only b', D('12:00'), D('13:00'), ['b']],
    ['window spanning both', D('08:00'), D('16:00'), ['a', 'b']],
    ['empty window: those covering the instant', D('12:00'), D('12:00'), ['b']],
  ])('%s', (_name, from, to, who) => {
    expect(shiftsOverlapping(shifts, from, to).map((s) => s.userId)).toEqual(who);
  });
});
