// What the release workflow checks before it publishes (scripts/release.mjs, RELEASING.md).
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTag, releaseNotes, releaseProblems } from '../../scripts/release.mjs';

const root = join(import.meta.dirname, '..', '..');
const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
const packageVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;

const SAMPLE = `# Changelog

## [Unreleased]

## [1.2.0] - 2027-01-10

### Added

- Rotation scopes.

## [1.1.0] - 2026-12-20

- Older.

[1.2.0]: https://example.com/v1.2.0
`;

describe('release checks', () => {
  it('parses release tags and refuses anything else', () => {
    expect(parseTag('v1.2.3')).toEqual({ version: '1.2.3', major: 1, prerelease: '' });
    expect(parseTag('v2.0.0-rc.1')).toEqual({ version: '2.0.0-rc.1', major: 2, prerelease: 'rc.1' });
    for (const bad of ['1.2.3', 'v1.2', 'v01.2.3', 'v1.2.3.4', 'latest', 'v1']) expect(parseTag(bad)).toBeUndefined();
  });

  it('takes the notes of exactly one version from the changelog', () => {
    expect(releaseNotes(SAMPLE, '1.2.0')).toBe('### Added\n\n- Rotation scopes.');
    expect(releaseNotes(SAMPLE, '1.1.0')).toBe('- Older.');
    expect(releaseNotes(SAMPLE, '1.3.0')).toBeUndefined();
    expect(releaseNotes(SAMPLE, '1.2')).toBeUndefined();
  });

  it('a tag that disagrees with package.json, or has no changelog section, cannot be released', () => {
    expect(releaseProblems({ tag: 'v1.2.0', packageVersion: '1.2.0', changelog: SAMPLE })).toEqual([]);
    expect(releaseProblems({ tag: 'v1.2.1', packageVersion: '1.2.0', changelog: SAMPLE })).toEqual([
      'The tag says 1.2.1 but package.json says 1.2.0: set "version" to 1.2.1 and commit it before tagging.',
      'CHANGELOG.md has no "## [1.2.1] - <date>" section: move the Unreleased entries under it.',
    ]);
    expect(releaseProblems({ tag: 'main', packageVersion: '1.2.0', changelog: SAMPLE })[0]).toContain('is not a release tag');
  });

  it('this repository is releasable at its current version (package.json and CHANGELOG.md agree)', () => {
    expect(releaseProblems({ tag: `v${packageVersion}`, packageVersion, changelog })).toEqual([]);
  });

  it('the script prints the notes and the major tag to move, and fails on a prerelease major', () => {
    const script = join(root, 'scripts', 'release.mjs');
    expect(execFileSync(process.execPath, [script, 'notes', `v${packageVersion}`], { encoding: 'utf8' })).toContain('### Added');
    expect(execFileSync(process.execPath, [script, 'major', 'v1.4.2'], { encoding: 'utf8' }).trim()).toBe('v1');
    expect(spawnSync(process.execPath, [script, 'major', 'v2.0.0-rc.1']).status).toBe(1);
    const bad = spawnSync(process.execPath, [script, 'check', 'v9.9.9'], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('::error::The tag says 9.9.9');
  });
});
