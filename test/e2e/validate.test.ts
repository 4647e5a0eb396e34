// `validate` end to end: the committed dist/index.js run as the runner runs it, on good and bad
// policy folders; annotations must land on the right file and line.
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeWorkspace, repoRoot, runAction, workspaceWithExamplePolicies } from './harness.js';

function workspaceWithFixtures(...cases: string[]): string {
  const ws = makeWorkspace();
  for (const c of cases) {
    cpSync(join(repoRoot, 'test/fixtures/policies', c), join(ws, 'policies', c), { recursive: true });
  }
  return ws;
}

describe('validate (dist/index.js)', () => {
  it('accepts the example policies: exit 0, result=valid, errors=0, no annotations', async () => {
    const r = await runAction({ inputs: { command: 'validate' }, workspace: workspaceWithExamplePolicies() });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.outputs.result).toBe('valid');
    expect(r.outputs.errors).toBe('0');
    expect(r.annotations).toEqual([]);
    expect(r.summary).toMatch(/Policies are valid/);
    expect(r.summary).toMatch(/`production-deploy`/);
  });

  it('annotates every problem on its file and line, sets result=invalid and fails', async () => {
    const ws = workspaceWithFixtures('unknown-key', 'yaml-syntax', 'duplicate-name');
    const r = await runAction({ inputs: { command: 'validate' }, workspace: ws });
    expect(r.code).toBe(1);
    expect(r.outputs.result).toBe('invalid');
    const errors = r.annotations.filter((a) => a.level === 'error' && a.props.file);
    expect(Number(r.outputs.errors)).toBe(errors.length);
    const at = (file: string, line: number) =>
      errors.find((a) => a.props.file === `policies/${file}` && a.props.line === String(line));
    // unknown-key/deploy.yaml: `owner` on line 4, `environment` on line 6, `optoins` on line 11.
    expect(at('unknown-key/deploy.yaml', 4)?.message).toMatch(/Unknown key `owner`/);
    expect(at('unknown-key/deploy.yaml', 6)?.message).toMatch(/Did you mean `environments`\?/);
    expect(at('unknown-key/deploy.yaml', 11)?.message).toMatch(/`optoins`/);
    expect(at('unknown-key/deploy.yaml', 4)?.props).toMatchObject({ col: '1', title: expect.stringMatching(/policy/) });
    // yaml-syntax/tabs.yaml: the tab on line 5.
    expect(at('yaml-syntax/tabs.yaml', 5)?.message).toMatch(/Tabs/);
    // duplicate-name: reported in both files.
    expect(errors.filter((a) => a.props.file?.startsWith('policies/duplicate-name/') && /duplicate|already/i.test(a.message)).length).toBeGreaterThanOrEqual(2);
    // One failure line at the end says what to do.
    expect(r.annotations.at(-1)?.message).toMatch(/Policy validation found \d+ error/);
    expect(r.summary).toMatch(/Policy validation failed/);
    expect(r.summary).toContain('policies/unknown-key/deploy.yaml:4:1');
  });

  it('fails closed with a clear message when the policy folder is missing', async () => {
    const r = await runAction({ inputs: { command: 'validate', 'policy-path': 'nope' }, workspace: makeWorkspace() });
    expect(r.code).toBe(1);
    expect(r.outputs.result).toBe('error');
    const message = r.annotations.find((a) => a.level === 'error')?.message ?? '';
    expect(message).toMatch(/nope/);
    expect(message).toMatch(/policy-path/);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .*\.js:\d+/);
  });

  it('uses the exact annotation format the runner parses', async () => {
    const ws = workspaceWithFixtures('unknown-key');
    const r = await runAction({ inputs: { command: 'validate' }, workspace: ws });
    const line = r.stdout.split('\n').find((l) => l.startsWith('::error') && l.includes('line=4'));
    expect(line).toMatch(/^::error title=[^,]+,file=policies\/unknown-key\/deploy\.yaml,line=4,col=1::Unknown key `owner`/);
    expect(readFileSync(join(ws, 'policies/unknown-key/deploy.yaml'), 'utf8').split('\n')[3]).toMatch(/^owner:/);
  });
});
