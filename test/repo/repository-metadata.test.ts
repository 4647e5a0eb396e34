// What users and tools read about the action without running it: the Marketplace description,
// the `result` output's values, the JSON Schema's address that editors load, and the files a
// release ships with.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SCHEMA_ID } from '../../src/policy/schema.js';

const root = join(import.meta.dirname, '..', '..');
const read = (path: string): string => readFileSync(join(root, path), 'utf8');
const action = parse(read('action.yml')) as { description: string; outputs: Record<string, { description: string }>; branding: unknown };

describe('action.yml', () => {
  it('has a description the Marketplace shows whole (under 125 characters) and keeps its branding', () => {
    expect(action.description.length).toBeLessThan(125);
    expect(action.branding).toEqual({ icon: 'shield', color: 'purple' });
  });

  it('the `result` output lists `error` for every command group', () => {
    const text = action.outputs.result!.description;
    for (const group of ['gate/request/review:', 'validate/plan:', 'apply:', 'audit:']) {
      const part = text.slice(text.indexOf(group)).split(';')[0]!;
      expect(part, group).toContain('error');
    }
  });
});

describe('the JSON Schema editors load', () => {
  it('the README line, the schema source and policies/schema.json name one address, at the v1 tag', () => {
    const line = /# yaml-language-server: \$schema=(\S+)/.exec(read('README.md'))?.[1];
    expect(line).toBe(SCHEMA_ID);
    expect((JSON.parse(read('policies/schema.json')) as { $id: string }).$id).toBe(SCHEMA_ID);
    expect(SCHEMA_ID).toMatch(/^https:\/\/raw\.githubusercontent\.com\/[^/]+\/oncall-gate\/v\d+\/policies\/schema\.json$/);
  });
});

describe('release files', () => {
  it.each([
    'LICENSE',
    'CHANGELOG.md',
    'SECURITY.md',
    'RELEASING.md',
    '.github/CODEOWNERS',
    '.github/dependabot.yml',
    '.github/workflows/codeql.yml',
    '.github/workflows/release.yml',
  ])('%s is there', (path) => {
    expect(existsSync(join(root, path))).toBe(true);
  });

  it('the license is MIT, as package.json says, and dist/ ships the licenses of what it bundles', () => {
    expect((JSON.parse(read('package.json')) as { license: string }).license).toBe('MIT');
    expect(read('LICENSE')).toMatch(/^MIT License/);
    for (const bundle of ['dist/licenses.txt', 'dist/cli/licenses.txt']) expect(read(bundle)).toMatch(/@actions\/github|yaml/);
  });

  it('dependabot groups npm and GitHub Actions updates', () => {
    const config = parse(read('.github/dependabot.yml')) as { updates: { 'package-ecosystem': string; groups?: unknown }[] };
    expect(config.updates.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
    expect(config.updates.every((u) => u.groups)).toBe(true);
  });
});
