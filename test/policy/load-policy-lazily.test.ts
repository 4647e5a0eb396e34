// loadPolicySetLazily (the gate's start-up) must give exactly loadPolicySet's policy set, whether
// plain-yaml.ts reads every file or one of them needs the full YAML parser.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPolicySet } from '../../src/policy/load-policy.js';
import { loadPolicySetLazily } from '../../src/policy/load-policy-lazily.js';
import { parsePlainFile } from '../../src/policy/plain-yaml.js';
import type { PolicyFile } from '../../src/policy/types.js';

const examples: PolicyFile[] = readdirSync('policies')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ path: `policies/${f}`, text: readFileSync(join('policies', f), 'utf8') }));

const same = async (files: PolicyFile[]) => {
  const lazily = await loadPolicySetLazily(files);
  expect(lazily).toEqual(loadPolicySet(files));
  return lazily;
};

describe('loadPolicySetLazily', () => {
  it('gives the example policies as loadPolicySet does, every file read without the full parser', async () => {
    expect(examples.every((f) => parsePlainFile(f) !== undefined)).toBe(true);
    const set = await same(examples);
    expect(set.valid).toBe(true);
    expect(set.policies.length).toBeGreaterThan(3);
  });

  it('gives the same problems, on the same lines, for plain files that break the schema and the checks', async () => {
    const broken: PolicyFile[] = [
      ...examples,
      {
        path: 'policies/bad.yaml',
        text: 'version: 1\nkind: policy\nname: Bad_Name\nmatch:\n  environments: [production]\napproval:\n  - type: auto\n    duration: 99d\n',
      },
      { path: 'policies/dup.yaml', text: examples.find((f) => f.path.endsWith('production.yaml'))?.text ?? '' },
    ];
    expect(broken.every((f) => parsePlainFile(f) !== undefined)).toBe(true);
    const set = await same(broken);
    expect(set.valid).toBe(false);
    expect(set.diagnostics.some((d) => d.file === 'policies/bad.yaml' && d.line > 1)).toBe(true);
  });

  it('judges globs only picomatch can judge as loadPolicySet does, valid or not', async () => {
    const globs = (branches: string): PolicyFile[] => [
      ...examples,
      {
        path: 'policies/globs.yaml',
        text: `version: 1\nkind: policy\nname: globs\nmatch:\n  environments: [globs]\n  branches: ${branches}\napproval:\n  - type: deny\n`,
      },
    ];
    expect((await same(globs('[main, "release/*"]'))).valid).toBe(true);
    expect((await same(globs('["{main,release/*}"]'))).valid).toBe(true);
    const invalid = await same(globs('["release/{1,2"]'));
    expect(invalid.diagnostics.map((d) => d.code)).toEqual(['invalid-glob']);
  });

  it('reads the whole folder with the full parser when one file needs it', async () => {
    const withTag: PolicyFile[] = [...examples, { path: 'policies/tagged.yaml', text: 'version: 1\nkind: policy\nname: !!str tagged\n' }];
    expect(parsePlainFile(withTag.at(-1) as PolicyFile)).toBeUndefined();
    const set = await same(withTag);
    expect(set.diagnostics.map((d) => d.code)).toContain('yaml-tag');
    const anchors: PolicyFile[] = [
      { path: 'policies/a.yaml', text: 'version: 1\nkind: identities\nlookup: [map]\nusers: &u\n  a: a@example.com\n' },
    ];
    expect((await same(anchors)).valid).toBe(true);
  });

  it('a plain file holding a NUL byte (shown as binary, so its diff is hidden from reviewers) is an error, as loadPolicySet says', async () => {
    const hidden: PolicyFile[] = [
      ...examples,
      {
        path: 'policies/hidden.yaml',
        text: '# \u0000\nversion: 1\nkind: policy\nname: hidden\nmatch:\n  environments: [production]\napproval:\n  - type: auto\n',
      },
    ];
    const set = await same(hidden);
    expect(set.valid).toBe(false);
    expect(set.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.file, d.code, d.line])).toEqual([
      ['policies/hidden.yaml', 'not-text', 1],
    ]);
    expect(set.policies.map((p) => p.name)).not.toContain('hidden');
  });
});
