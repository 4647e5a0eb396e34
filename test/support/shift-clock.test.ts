// The repository's clock-shift preload (test/support/shift-clock.mjs) and the commit-derived
// shift of `npm run test:shifted`: the tools that prove the suite does not depend on the date.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { inheritedNodeEnv, repoRoot } from '../e2e/harness.js';
import { SHARDS, shardForSha, shiftForSha } from '../../scripts/test-shifted.mjs';

const preload = pathToFileURL(join(repoRoot, 'test', 'support', 'shift-clock.mjs')).href;

/** Runs `code` in a child with the preload and the shift; returns what it printed, as JSON. */
function inShiftedChild(code: string, shiftMs: string): any {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NODE_OPTIONS: `--import=${preload}`, CLOCK_SHIFT_MS: shiftMs },
  });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout);
}

describe('test/support/shift-clock.mjs', () => {
  it('moves every way of reading the date by the shift, and leaves explicit dates alone', () => {
    const day = 86_400_000;
    // performance.timeOrigin + performance.now() is the child's real wall clock, which the preload
    // does not touch (this test itself may run under a shift).
    const seen = inShiftedChild(
      `class Sub extends Date {}
       const real = () => performance.timeOrigin + performance.now();
       const before = real();
       process.stdout.write(JSON.stringify({
         before, now: Date.now(), newDate: new Date().getTime(), sub: new Sub().getTime(), after: real(), isSub: new Sub() instanceof Sub,
         fixed: new Date('2026-01-06T10:00:00Z').toISOString(), utc: Date.UTC(2026, 0, 6), text: typeof Date(),
         isDate: new Date() instanceof Date,
       }));`,
      String(day),
    );
    for (const t of [seen.now, seen.newDate, seen.sub]) {
      expect(t).toBeGreaterThanOrEqual(Math.floor(seen.before) + day);
      expect(t).toBeLessThanOrEqual(Math.ceil(seen.after) + day);
    }
    expect(seen).toMatchObject({ isSub: true, fixed: '2026-01-06T10:00:00.000Z', utc: Date.UTC(2026, 0, 6), text: 'string', isDate: true });
  });

  it('refuses a shift that is not a number', () => {
    const r = spawnSync(process.execPath, ['-e', '0'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', NODE_OPTIONS: `--import=${preload}`, CLOCK_SHIFT_MS: 'one day' },
    });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('CLOCK_SHIFT_MS must be a number of milliseconds; got "one day"');
  });
});

describe('what spawned processes inherit', () => {
  it("the e2e harness passes NODE_OPTIONS and CLOCK_SHIFT_MS on, so a preload reaches the action, and the run's temporary folder", () => {
    const saved = { NODE_OPTIONS: process.env.NODE_OPTIONS, CLOCK_SHIFT_MS: process.env.CLOCK_SHIFT_MS };
    try {
      process.env.NODE_OPTIONS = `--import=${preload}`;
      process.env.CLOCK_SHIFT_MS = '43200000';
      const temp = inject('tempRoot');
      expect(inheritedNodeEnv()).toEqual({
        NODE_OPTIONS: `--import=${preload}`,
        CLOCK_SHIFT_MS: '43200000',
        TMPDIR: temp,
        TMP: temp,
        TEMP: temp,
      });
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });
});

describe('npm run test:shifted', () => {
  it('derives a shift of whole seconds within 400 days from the commit, the same every time', () => {
    const sha = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b';
    const shift = shiftForSha(sha);
    expect(shift).toBe(shiftForSha(sha));
    expect(shift % 1000).toBe(0);
    expect(shift).toBeGreaterThanOrEqual(0);
    expect(shift).toBeLessThan(400 * 86_400_000);
    expect(shiftForSha('0123456789ab' + 'c'.repeat(28))).not.toBe(shift);
  });

  it('runs one shard of the files per commit, each shard coming up as the commits change', () => {
    expect(SHARDS).toBe(3);
    const shards = new Set(['0000', '0001', '0002', 'ffff', '1234'].map((d) => shardForSha('9f86d081884c' + d + 'a'.repeat(24))));
    expect(shards).toEqual(new Set([1, 2, 3]));
    expect(shardForSha('9f86d081884c0000' + 'a'.repeat(24))).toBe(1);
    expect(shardForSha('9f86d081884c0001' + 'a'.repeat(24))).toBe(2);
    expect(shardForSha('')).toBe(1);
  });
});
