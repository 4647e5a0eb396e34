import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clip, covers, formatInterval, normalize, subtract, type Interval } from '../../src/plan/intervals.js';

const iv = (start: number, end: number): Interval => ({ start, end });

describe('intervals', () => {
  it('merges overlapping and touching intervals and drops empty ones', () => {
    expect(normalize([iv(5, 7), iv(1, 3), iv(3, 4), iv(6, 9), iv(10, 10)])).toEqual([iv(1, 4), iv(5, 9)]);
  });

  it('subtracts', () => {
    expect(subtract([iv(0, 10)], [iv(2, 3), iv(5, 12)])).toEqual([iv(0, 2), iv(3, 5)]);
    expect(subtract([iv(0, 10)], [])).toEqual([iv(0, 10)]);
    expect(subtract([iv(0, 10)], [iv(-5, 20)])).toEqual([]);
  });

  it('clips to a window, half-open', () => {
    expect(clip([iv(-5, 2), iv(8, 20)], iv(0, 10))).toEqual([iv(0, 2), iv(8, 10)]);
    expect(covers([iv(0, 2)], 0)).toBe(true);
    expect(covers([iv(0, 2)], 2)).toBe(false);
  });

  it('formats in UTC to the minute', () => {
    expect(formatInterval(iv(Date.parse('2026-11-22T01:00:00Z'), Date.parse('2026-11-22T04:30:00Z')))).toBe(
      '2026-11-22 01:00 UTC to 2026-11-22 04:30 UTC',
    );
  });

  it('a minus b never overlaps b and together with a∩b covers a (property)', () => {
    const arb = fc.array(
      fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 })).map(([x, y]) => iv(Math.min(x, y), Math.max(x, y))),
    );
    fc.assert(
      fc.property(arb, arb, fc.integer({ min: 0, max: 100 }), (a, b, t) => {
        const d = subtract(a, b);
        expect(covers(d, t)).toBe(covers(a, t) && !covers(b, t));
      }),
    );
  });
});
