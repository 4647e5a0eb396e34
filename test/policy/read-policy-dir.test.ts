import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_POLICY_FILE_BYTES } from '../../src/policy/parse-yaml.js';
import { OncallGateError } from '../../src/errors.js';
import { isPolicyFile, normalizePolicyPath, readPolicyDir } from '../../src/policy/read-policy-dir.js';

let base: string;
let repo: string;

function write(path: string, text = 'version: 1\n'): void {
  const full = join(repo, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, text);
}

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'oncall-gate-policy-'));
  repo = join(base, 'repo');
  mkdirSync(repo);
});
afterEach(() => {
  rmSync(base, { recursive: true, force: true });
});

describe('readPolicyDir', () => {
  it('reads every .yaml/.yml file recursively, sorted, with repo-relative forward-slash paths', async () => {
    write('policies/b.yaml', 'b');
    write('policies/a.yml', 'a');
    write('policies/team/z/c.yaml', 'c');
    write('policies/.hidden.yaml', 'h');
    write('policies/README.md', 'not a policy');
    write('policies/schema.json', '{}');
    write('policies/notes.YAML.bak', 'no');
    write('other/x.yaml', 'outside the folder');
    const files = await readPolicyDir(repo, 'policies');
    expect(files).toEqual([
      { path: 'policies/.hidden.yaml', text: 'h' },
      { path: 'policies/a.yml', text: 'a' },
      { path: 'policies/b.yaml', text: 'b' },
      { path: 'policies/team/z/c.yaml', text: 'c' },
    ]);
  });

  it('accepts `./policies/` and nested folders as the policy path', async () => {
    write('config/gate/p.yaml', 'p');
    expect(await readPolicyDir(repo, './config/gate/')).toEqual([{ path: 'config/gate/p.yaml', text: 'p' }]);
  });

  it('returns no files for an empty folder', async () => {
    mkdirSync(join(repo, 'policies'));
    expect(await readPolicyDir(repo, 'policies')).toEqual([]);
  });

  it('names the folder and the `policy-path` input when the folder is missing', async () => {
    const error = await readPolicyDir(repo, 'policies').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OncallGateError);
    expect(error).toMatchObject({ kind: 'policy', file: 'policies', setting: 'policy-path' });
    expect((error as Error).message).toContain('`policies`');
    expect((error as Error).message).toContain('`policy-path`');
    expect((error as Error).message).toContain('actions/checkout');
  });

  it('refuses a file given as the folder', async () => {
    write('policies', 'a file');
    await expect(readPolicyDir(repo, 'policies')).rejects.toThrow(/is a file, not a folder/);
  });

  it('refuses a policy path outside the repository', async () => {
    await expect(readPolicyDir(repo, '../elsewhere')).rejects.toThrow(/points outside the repository/);
    await expect(readPolicyDir(repo, '/etc')).rejects.toThrow(OncallGateError);
  });

  it('never follows a symbolic link: inside or outside the repository, dangling or looping, each is an error naming it', async () => {
    writeFileSync(join(base, 'secret.yaml'), 'token: xyz');
    write('shared/common.yaml', 'common');
    write('policies/own.yaml', 'own');
    symlinkSync(join(repo, 'shared/common.yaml'), join(repo, 'policies/linked.yaml'));
    symlinkSync(join(base, 'secret.yaml'), join(repo, 'policies/evil.yaml'));
    symlinkSync(join(repo, 'policies'), join(repo, 'policies/loop'));
    symlinkSync(join(repo, 'policies/missing.yaml'), join(repo, 'policies/dangling.yaml'));
    const files = await readPolicyDir(repo, 'policies');
    expect(files.map((f) => [f.path, f.text, f.problem?.code])).toEqual([
      ['policies/dangling.yaml', '', 'symlink'],
      ['policies/evil.yaml', '', 'symlink'],
      ['policies/linked.yaml', '', 'symlink'],
      ['policies/loop', '', 'symlink'],
      ['policies/own.yaml', 'own', undefined],
    ]);
    expect(JSON.stringify(files)).not.toContain('xyz');
  });

  it('refuses a policy folder that is a link, or that lies under one', async () => {
    mkdirSync(join(base, 'outside'));
    writeFileSync(join(base, 'outside/p.yaml'), 'x');
    symlinkSync(join(base, 'outside'), join(repo, 'linked-policies'));
    await expect(readPolicyDir(repo, 'linked-policies')).rejects.toThrow('`linked-policies` is a symbolic link');
    await expect(readPolicyDir(repo, 'linked-policies/sub')).rejects.toThrow(OncallGateError);
  });

  it('an oversized file is not read: it comes back as a problem', async () => {
    write('policies/big.yaml', 'x'.repeat(MAX_POLICY_FILE_BYTES * 4));
    const [file] = await readPolicyDir(repo, 'policies');
    expect(file).toEqual({ path: 'policies/big.yaml', text: '', problem: expect.objectContaining({ code: 'file-too-large' }) });
  });
});

describe('isPolicyFile / normalizePolicyPath', () => {
  it('recognises policy files under the folder', () => {
    expect(isPolicyFile('policies/prod.yaml', 'policies')).toBe(true);
    expect(isPolicyFile('policies/team/prod.yml', './policies/')).toBe(true);
    expect(isPolicyFile('policies/README.md', 'policies')).toBe(false);
    expect(isPolicyFile('policies-old/prod.yaml', 'policies')).toBe(false);
    expect(isPolicyFile('src/prod.yaml', 'policies')).toBe(false);
    expect(isPolicyFile('prod.yaml', '.')).toBe(true);
  });

  it('normalises the input', () => {
    expect(normalizePolicyPath('policies/')).toBe('policies');
    expect(normalizePolicyPath('./policies')).toBe('policies');
    expect(normalizePolicyPath(' config\\gate ')).toBe('config/gate');
    expect(normalizePolicyPath('./')).toBe('.');
  });
});
