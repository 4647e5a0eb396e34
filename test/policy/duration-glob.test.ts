import fc from 'fast-check';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { formatDuration, MAX_DURATION_MS, MIN_DURATION_MS, parseDuration } from '../../src/policy/duration.js';
import { globMatcher, globProblem } from '../../src/policy/glob.js';

describe('parseDuration', () => {
  it.each([
    ['1m', 60_000],
    ['30m', 1_800_000],
    ['1h', 3_600_000],
    ['24h', 86_400_000],
    ['7d', 604_800_000],
    ['90m', 5_400_000],
  ])('%s is %i ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['', '0m', '01h', '1', 'h', '1.5h', '1 h', ' 1h', '1h ', '1s', '1w', '-1h', '1H', '1h30m'])('rejects %j', (text) => {
    expect(() => parseDuration(text)).toThrow(RangeError);
  });

  it('rejects a value too large to represent exactly', () => {
    expect(() => parseDuration('99999999999999999999d')).toThrow(/too long/);
  });

  it('bounds and formats', () => {
    expect(MIN_DURATION_MS).toBe(parseDuration('1m'));
    expect(MAX_DURATION_MS).toBe(parseDuration('30d'));
    expect(formatDuration(parseDuration('30d'))).toBe('30d');
    expect(formatDuration(parseDuration('48h'))).toBe('2d');
    expect(formatDuration(parseDuration('90m'))).toBe('90m');
    expect(formatDuration(parseDuration('120m'))).toBe('2h');
  });
});

describe('globMatcher', () => {
  it('ORs the patterns of a list', () => {
    const match = globMatcher(['main', 'release/*']);
    expect(match('main')).toBe(true);
    expect(match('release/1.2')).toBe(true);
    expect(match('release/1.2/hotfix')).toBe(false);
    expect(match('feature/x')).toBe(false);
  });

  it('matches dotfiles and nested paths with `**` (dot: true)', () => {
    const match = globMatcher(['services/api/**']);
    expect(match('services/api/src/index.ts')).toBe(true);
    expect(match('services/api/.env')).toBe(true);
    expect(match('services/web/index.ts')).toBe(false);
    expect(globMatcher(['**'])('.github/workflows/deploy.yml')).toBe(true);
  });

  it('is case-sensitive, like git paths and branch names', () => {
    expect(globMatcher(['main'])('Main')).toBe(false);
  });

  it('matches nothing for an empty list or empty patterns', () => {
    expect(globMatcher([])('main')).toBe(false);
    expect(globMatcher([''])('')).toBe(false);
  });

  it('supports braces', () => {
    const match = globMatcher(['{services,libs}/api/**']);
    expect(match('libs/api/a.ts')).toBe(true);
    expect(match('apps/api/a.ts')).toBe(false);
  });
});

describe('globProblem', () => {
  it('accepts usable patterns', () => {
    for (const p of ['main', 'release/*', '**/*.ts', '{a,b}/**', 'docs/[abc]*', '[unclosed']) expect(globProblem(p), p).toBeUndefined();
  });

  it('names patterns that can never match', () => {
    expect(globProblem('')).toBe('is empty');
    expect(globProblem('release/{1,2')).toMatch(/not a valid glob/);
    expect(globProblem('a\\')).toMatch(/not a valid glob/);
  });

  // globProblem skips picomatch for patterns of word characters, `.`, `/`, `-` and `*`: each of
  // them must be one picomatch compiles, or an invalid one would slip through unreported.
  const compiles = (pattern: string): boolean => picomatch.makeRe(pattern, { dot: true }).source !== '$^';

  it('accepts a plain pattern only when picomatch compiles it', () => {
    const tricky = [
      '.',
      '..',
      '/',
      '//',
      '*',
      '**',
      '***',
      '**/**',
      '*.',
      '.*',
      '-',
      '--',
      '_',
      'a/../b',
      './a',
      '/*',
      '*/',
      '/**/',
      '../..',
      'a**/b',
    ];
    for (const p of tricky) {
      expect(compiles(p), p).toBe(true);
      expect(globProblem(p), p).toBeUndefined();
    }
    fc.assert(
      fc.property(fc.stringMatching(/^[\w./*-]{1,40}$/), (p) => {
        expect(compiles(p)).toBe(true);
        expect(globProblem(p)).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });

  it('still asks picomatch about every other pattern', () => {
    expect(globProblem('release/{1,2')).toMatch(/not a valid glob/);
  });
});
