// The gate summary's on-call outlook, from shifts at pinned times (NOW is a fixed instant; no test
// here reads the clock): one row per change, one column per schedule, gaps, the approval's expiry
// inside and after the view, the row cap, and names that cannot inject markup or break the table.
import { describe, expect, it } from 'vitest';
import { MAX_TIMELINE_ROWS, renderOnCallTimeline, type OnCallTimeline } from '../../src/report/render-on-call-timeline.js';
import { HOUR, MIN, NOW, at, facts, shift } from '../support/policy-builders.js';

const P = 'SCHEDPRIMARY';
const S = 'SCHEDSECONDARY';

const base = (over: Partial<OnCallTimeline> = {}): OnCallTimeline => ({
  from: NOW,
  to: at(12 * HOUR),
  scheduleIds: [P, S],
  shifts: new Map(),
  logins: new Map([['alice@example.com', 'alice']]),
  serverUrl: 'https://github.com',
  ...over,
});

/** The table's data rows, as arrays of cells. */
const rows = (md: string): string[][] =>
  md
    .split('\n')
    .filter((l) => l.startsWith('| '))
    .slice(2)
    .map((l) => l.slice(2, -2).split(' | '));

describe('renderOnCallTimeline', () => {
  it('shows who is on call now and each handover over the next 12 hours, per schedule', () => {
    const md = renderOnCallTimeline(
      base({
        shifts: facts(
          shift(P, 'alice@example.com', -3 * HOUR, 8 * HOUR, 'Alice Archer'),
          shift(P, 'bob@example.com', 8 * HOUR, 20 * HOUR, 'Bob'),
          shift(S, 'carol@example.com', -HOUR, 2 * HOUR, 'Carol'),
          shift(S, 'dave@example.com', 2 * HOUR, 14 * HOUR, 'Dave'),
        ),
      }),
    );
    expect(md.split('\n')[0]).toBe('**On call over the next 12 hours** (until 2026-11-20T22:00:00Z; a blank cell: no change)');
    expect(md).toContain('| Time (UTC) | `SCHEDPRIMARY` | `SCHEDSECONDARY` |');
    expect(rows(md)).toEqual([
      ['now, 2026-11-20T10:00:00Z', 'Alice Archer ([`alice`](https://github.com/alice))', 'Carol'],
      ['2026-11-20T12:00:00Z', '', 'Dave'],
      ['2026-11-20T18:00:00Z', 'Bob', ''],
    ]);
  });

  it('never shows an email: a name that is one gives way to the incident.io user ID', () => {
    const bob = { ...shift(P, 'bob@example.com', -HOUR, 20 * HOUR, 'bob@example.com'), userId: 'U-BOB' };
    const md = renderOnCallTimeline(base({ scheduleIds: [P], shifts: facts(bob) }));
    expect(rows(md)).toEqual([['now, 2026-11-20T10:00:00Z', '`U-BOB`']]);
    expect(md).not.toContain('@');
  });

  it('marks a gap as nobody, and the end of the gap', () => {
    const md = renderOnCallTimeline(
      base({
        scheduleIds: [P],
        shifts: facts(shift(P, 'bob@example.com', -HOUR, HOUR, 'Bob'), shift(P, 'bob@example.com', 3 * HOUR, 30 * HOUR, 'Bob')),
      }),
    );
    expect(rows(md)).toEqual([
      ['now, 2026-11-20T10:00:00Z', 'Bob'],
      ['2026-11-20T11:00:00Z', '_nobody_'],
      ['2026-11-20T13:00:00Z', 'Bob'],
    ]);
  });

  it('a back-to-back shift of the same person is no change', () => {
    const md = renderOnCallTimeline(
      base({
        scheduleIds: [P],
        shifts: facts(shift(P, 'bob@example.com', -HOUR, HOUR, 'Bob'), shift(P, 'bob@example.com', HOUR, 5 * HOUR, 'Bob')),
      }),
    );
    expect(rows(md)).toEqual([
      ['now, 2026-11-20T10:00:00Z', 'Bob'],
      ['2026-11-20T15:00:00Z', '_nobody_'],
    ]);
  });

  it('lists several people on call at once on one schedule, once each', () => {
    const md = renderOnCallTimeline(
      base({
        scheduleIds: [P],
        shifts: facts(
          shift(P, 'zed@example.com', -HOUR, 30 * HOUR, 'Zed'),
          shift(P, 'alice@example.com', -HOUR, 30 * HOUR, 'Alice'),
          shift(P, 'alice@example.com', -HOUR, 30 * HOUR, 'Alice'),
        ),
      }),
    );
    expect(rows(md)).toEqual([['now, 2026-11-20T10:00:00Z', 'Alice ([`alice`](https://github.com/alice))<br>Zed']]);
  });

  it('puts the approval expiry on its own row, or on the handover row at the same time', () => {
    const shifts = facts(shift(P, 'alice@example.com', -HOUR, HOUR, 'Alice'), shift(P, 'bob@example.com', HOUR, 30 * HOUR, 'Bob'));
    const own = renderOnCallTimeline(base({ scheduleIds: [P], shifts, expiresAt: at(30 * MIN) }));
    expect(rows(own)).toEqual([
      ['now, 2026-11-20T10:00:00Z', 'Alice ([`alice`](https://github.com/alice))'],
      ['2026-11-20T10:30:00Z<br>⏱ **approval expires**', ''],
      ['2026-11-20T11:00:00Z', 'Bob'],
    ]);
    expect(own).not.toContain('The approval expires');
    const same = renderOnCallTimeline(base({ scheduleIds: [P], shifts, expiresAt: at(HOUR) }));
    expect(rows(same)).toEqual([
      ['now, 2026-11-20T10:00:00Z', 'Alice ([`alice`](https://github.com/alice))'],
      ['2026-11-20T11:00:00Z<br>⏱ **approval expires**', 'Bob'],
    ]);
  });

  it('says when the approval expires after the view', () => {
    const md = renderOnCallTimeline(
      base({ scheduleIds: [P], shifts: facts(shift(P, 'alice@example.com', -HOUR, 30 * HOUR)), expiresAt: at(24 * HOUR) }),
    );
    expect(md).not.toContain('⏱');
    expect(md.trimEnd().split('\n').at(-1)).toBe('The approval expires at 2026-11-21T10:00:00Z, after this view.');
  });

  it('ignores shift edges outside the view', () => {
    const md = renderOnCallTimeline(
      base({ scheduleIds: [P], to: at(2 * HOUR), shifts: facts(shift(P, 'bob@example.com', -5 * HOUR, 2 * HOUR, 'Bob')) }),
    );
    expect(md.split('\n')[0]).toContain('next 2 hours');
    expect(rows(md)).toEqual([['now, 2026-11-20T10:00:00Z', 'Bob']]);
  });

  it('shows nobody for a schedule with no shifts at all', () => {
    const md = renderOnCallTimeline(base({ scheduleIds: [P] }));
    expect(rows(md)).toEqual([['now, 2026-11-20T10:00:00Z', '_nobody_']]);
  });

  it(`stops after ${MAX_TIMELINE_ROWS} rows and says how many changes are left, and where the approval expires`, () => {
    const many = Array.from({ length: 60 }, (_, i) => shift(P, `p${i}@example.com`, i * 10 * MIN, (i + 1) * 10 * MIN, `P${i}`));
    const md = renderOnCallTimeline(base({ scheduleIds: [P], shifts: facts(...many), expiresAt: at(11 * HOUR) }));
    expect(rows(md)).toHaveLength(MAX_TIMELINE_ROWS);
    expect(md).toContain('_…and 38 more changes before 2026-11-20T22:00:00Z._');
    expect(md.trimEnd().split('\n').at(-1)).toBe('The approval expires at 2026-11-20T21:00:00Z.');
  });

  it('escapes names from incident.io: no markup, no mention, no extra cell', () => {
    const md = renderOnCallTimeline(
      base({ scheduleIds: [P], shifts: facts(shift(P, 'eve@example.com', -HOUR, HOUR, 'Eve | <img src=x> [x](http://evil) @org/team')) }),
    );
    expect(rows(md)[0]).toEqual(['now, 2026-11-20T10:00:00Z', 'Eve \\| \\<img src=x\\> \\[x\\]\\(http://evil\\) @\u200borg/team']);
  });

  it('renders nothing without schedules or with an empty view', () => {
    expect(renderOnCallTimeline(base({ scheduleIds: [] }))).toBe('');
    expect(renderOnCallTimeline(base({ to: NOW }))).toBe('');
  });
});
