// The one clock: fixed and running clocks, and the RFC 3339 parsing behind --at and --now.
import { describe, expect, it } from 'vitest';
import { clockStartingAt, fixedClock, parseRfc3339, systemClock } from '../src/clock.js';

describe('clocks', () => {
  it('fixedClock always answers the same instant, as a fresh Date each time', () => {
    const clock = fixedClock(new Date('2026-01-06T10:00:00Z'));
    const a = clock();
    a.setUTCFullYear(1999);
    expect(clock().toISOString()).toBe('2026-01-06T10:00:00.000Z');
  });

  it('clockStartingAt starts at the moment given and moves with elapsed time only', () => {
    let elapsed = 5_000;
    const clock = clockStartingAt(new Date('2026-01-06T10:00:00Z'), () => elapsed);
    expect(clock().toISOString()).toBe('2026-01-06T10:00:00.000Z');
    elapsed += 90_000;
    expect(clock().toISOString()).toBe('2026-01-06T10:01:30.000Z');
  });

  it('systemClock is a Date of now', () => {
    expect(systemClock()).toBeInstanceOf(Date);
  });
});

describe('parseRfc3339', () => {
  it.each([
    ['2026-12-11T18:00:00Z', '2026-12-11T18:00:00.000Z'],
    ['2026-12-11T18:00:00+01:00', '2026-12-11T17:00:00.000Z'],
    ['2026-12-11t18:00:00.250z', '2026-12-11T18:00:00.250Z'],
    ['2028-02-29T00:00:00-05:30', '2028-02-29T05:30:00.000Z'],
  ])('%s is %s', (text, iso) => {
    expect(parseRfc3339(text)?.toISOString()).toBe(iso);
  });

  it.each([
    ['tomorrow'],
    ['2026-12-11'],
    ['2026-12-11T18:00:00'],
    ['2026-12-11 18:00:00Z'],
    ['2026-02-29T00:00:00Z'],
    ['2026-02-30T00:00:00Z'],
    ['2026-13-01T00:00:00Z'],
    ['2026-12-11T24:30:00Z'],
    [' 2026-12-11T18:00:00Z'],
  ])('%j is refused', (text) => {
    expect(parseRfc3339(text)).toBeUndefined();
  });
});
