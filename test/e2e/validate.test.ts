// `validate` end to end: the committed dist/index.js run as the runner runs it, on good and bad
// policy folders; annotations must land on the right file and line.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_API_KEY, DEMO_FIXTURE_YAML, parseFixtureYaml, startEmulator, type Emulator } from '@oncall-gate/incidentio-emulator';
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
    const at = (file: string, line: number) => errors.find((a) => a.props.file === `policies/${file}` && a.props.line === String(line));
    // unknown-key/deploy.yaml: `owner` on line 4, `environment` on line 6, `optoins` on line 11.
    expect(at('unknown-key/deploy.yaml', 4)?.message).toMatch(/Unknown key `owner`/);
    expect(at('unknown-key/deploy.yaml', 6)?.message).toMatch(/Did you mean `environments`\?/);
    expect(at('unknown-key/deploy.yaml', 11)?.message).toMatch(/`optoins`/);
    expect(at('unknown-key/deploy.yaml', 4)?.props).toMatchObject({ col: '1', title: expect.stringMatching(/policy/) });
    // yaml-syntax/tabs.yaml: the tab on line 5.
    expect(at('yaml-syntax/tabs.yaml', 5)?.message).toMatch(/Tabs/);
    // duplicate-name: reported in both files.
    expect(
      errors.filter((a) => a.props.file?.startsWith('policies/duplicate-name/') && /duplicate|already/i.test(a.message)).length,
    ).toBeGreaterThanOrEqual(2);
    // One failure line at the end says what to do.
    expect(r.annotations.at(-1)?.message).toMatch(/Policy validation found \d+ error/);
    expect(r.summary).toMatch(/Policy validation failed/);
    expect(r.summary).toContain('policies/unknown-key/deploy.yaml:4:1');
  });

  it('two logins with one email, or one login twice, are errors on their lines in identities.yaml', async () => {
    const r = await runAction({ inputs: { command: 'validate' }, workspace: workspaceWithFixtures('duplicate-identity') });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ result: 'invalid', errors: '3' });
    const on = (line: number) =>
      r.annotations.find(
        (a) => a.level === 'error' && a.props.file === 'policies/duplicate-identity/identities.yaml' && a.props.line === String(line),
      );
    expect(on(6)?.message).toMatch(
      /Login `alice-ops` maps to `ALICE@Example.com`, which `alice` \(line 4\) maps to already.*Keep one login per incident\.io email/,
    );
    expect(on(7)?.message).toMatch(/Login `Carol` is already mapped as `carol`/);
    expect(on(9)?.message).toMatch(/Duplicate key `dave`/);
  });

  it('a policy file holding a NUL byte or bytes that are not UTF-8 (a diff GitHub hides as binary) is an error at its line', async () => {
    const ws = workspaceWithExamplePolicies();
    const staging = readFileSync(join(ws, 'policies/staging.yaml'));
    writeFileSync(join(ws, 'policies/staging.yaml'), Buffer.concat([Buffer.from('# reviewed\0\n'), staging]));
    writeFileSync(join(ws, 'policies/latin1.yaml'), Buffer.from('version: 1\nkind: policy\nname: caf\xe9\n', 'latin1'));
    const r = await runAction({ inputs: { command: 'validate' }, workspace: ws });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ result: 'invalid', errors: '2' });
    const on = (file: string) => r.annotations.find((a) => a.level === 'error' && a.props.file === `policies/${file}`);
    expect(on('staging.yaml')?.props).toMatchObject({ line: '1', col: '11' });
    expect(on('staging.yaml')?.message).toMatch(/not plain UTF-8 text: it holds the control character U\+0000/);
    expect(on('latin1.yaml')?.props).toMatchObject({ line: '3', col: '10' });
    expect(on('latin1.yaml')?.message).toMatch(/bytes that are not UTF-8/);
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

describe('validate with incidentio-api-key (live checks, dist/index.js)', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({ fixture: parseFixtureYaml(DEMO_FIXTURE_YAML), port: 0 });
  });
  afterAll(async () => {
    await emulator?.close();
  });
  const withKey = { command: 'validate', 'incidentio-api-key': DEMO_API_KEY };
  /** stdout without the `::add-mask::` line, the one place the key may appear (to be masked). */
  const unmasked = (stdout: string): string =>
    stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');

  it('checks the examples against incident.io, reading only, and passes', async () => {
    emulator.reset();
    const r = await runAction({ inputs: { ...withKey, 'incidentio-api-url': emulator.url }, workspace: workspaceWithExamplePolicies() });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ result: 'valid', errors: '0' });
    expect(r.annotations).toEqual([]);
    const paths = emulator.requests.map((q) => q.path);
    expect(paths).toContain('/v1/identity');
    expect(paths).toContain('/v2/schedules');
    expect(paths).toContain('/v2/users');
    expect(emulator.requests.filter((q) => q.method !== 'GET')).toEqual([]);
    expect(unmasked(r.stdout) + r.stderr + r.summary).not.toContain(DEMO_API_KEY);
  });

  it('makes an unknown schedule ID an error on the line that names it', async () => {
    const ws = workspaceWithExamplePolicies();
    const path = join(ws, 'policies', 'staging.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('01HXYZSCHEDULESTAGING00000', '01HXYZSCHEDULESTAGING00009'));
    const line =
      readFileSync(path, 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('00009')) + 1;
    const r = await runAction({ inputs: { ...withKey, 'incidentio-api-url': emulator.url }, workspace: ws });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ result: 'invalid', errors: '1' });
    const error = r.annotations.find((a) => a.level === 'error' && a.props.file);
    expect(error?.props).toMatchObject({ file: 'policies/staging.yaml', line: String(line), title: 'policy unknown schedule' });
    expect(error?.message).toContain('Schedule 01HXYZSCHEDULESTAGING00009 does not exist in incident.io');
    expect(error?.message).toContain('Did you mean Staging (01HXYZSCHEDULESTAGING00000)?');
    expect(r.summary).toContain('policies/staging.yaml:' + line);
  });
});
