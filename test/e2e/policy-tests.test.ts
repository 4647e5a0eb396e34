// Policy tests end to end: the committed dist/index.js runs them in `validate` and `plan` when the
// tests folder exists (failures annotated at the test file's line, a table in the step summary,
// result invalid), refuses a tests folder inside the policy folder; dist/cli runs `oncall-gate test`
// offline and records a snapshot with `oncall-gate record` from the emulator.
import { spawn } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_API_KEY, DEMO_FIXTURE_YAML, parseFixtureYaml, startEmulator, type Emulator } from '@oncall-gate/incidentio-emulator';
import { startFakeGitHub, type FakeGitHub } from '@oncall-gate/github-fake';
import { webhookExample } from '../fixtures/webhooks.js';
import { inheritedNodeEnv, repoRoot, runAction, workspaceWithExamplePolicies } from './harness.js';

/** The example policies and their example tests, as a checkout holds them. */
function workspace(): string {
  const ws = workspaceWithExamplePolicies();
  cpSync(join(repoRoot, 'policy-tests'), join(ws, 'policy-tests'), { recursive: true });
  return ws;
}

function edit(ws: string, path: string, f: (text: string) => string): void {
  writeFileSync(join(ws, path), f(readFileSync(join(ws, path), 'utf8')));
}

/** dist/cli/index.js as a child process (it may talk to the in-process emulator meanwhile). */
function cli(
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(repoRoot, 'dist', 'cli', 'index.js'), ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', ...inheritedNodeEnv(), ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('validate with policy tests (dist/index.js)', () => {
  it('the example tests pass: valid, a table in the summary, no annotation', async () => {
    const r = await runAction({ inputs: { command: 'validate' }, workspace: workspace() });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ result: 'valid', errors: '0' });
    expect(r.annotations).toEqual([]);
    expect(r.summary).toContain('### ✅ Policy tests (`policy-tests/`)');
    expect(r.summary).toContain('11 cases: 11 passed, 0 failed, 0 errors.');
    expect(r.stdout).toContain('Policy tests in policy-tests/: 11 cases: 11 passed, 0 failed, 0 errors.');
  });

  it('a failed case: invalid, the step fails, the annotation is on the line of the broken expectation', async () => {
    const ws = workspace();
    // The policy changes: the auto-approval lasts 2h, and the test still says 1h.
    edit(ws, 'policies/production.yaml', (t) => t.replace('duration: 1h', 'duration: 2h'));
    const r = await runAction({ inputs: { command: 'validate' }, workspace: ws });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ result: 'invalid', errors: '1' });
    const failed = r.annotations.filter((a) => a.props.title === 'policy test failed');
    expect(failed).toEqual([
      {
        level: 'error',
        props: { title: 'policy test failed', file: 'policy-tests/production.yaml', line: '17', col: '7' },
        message:
          'Policy test "the primary on call deploys, approved for an hour" failed: expected expiresAt 2026-01-06T11:00:00Z, got 2026-01-06T12:00:00Z. Fix the policy, or the expectation if the policy is right.',
      },
    ]);
    expect(r.annotations.at(-1)?.message).toMatch(
      /^1 policy test failed or could not run; see the annotations on the test files and the step summary\.$/,
    );
    expect(r.summary).toContain('### ❌ Policy tests');
  });

  it('a test naming a policy that does not exist, and a snapshot off its schema: errors at their lines with the fix', async () => {
    const ws = workspace();
    edit(ws, 'policy-tests/staging-and-freeze.yaml', (t) =>
      t.replace('policy: staging-deploy, expiresAt', 'policy: staging-deplyo, expiresAt'),
    );
    const r = await runAction({ inputs: { command: 'validate' }, workspace: ws });
    expect(r.code).toBe(1);
    expect(r.outputs.result).toBe('invalid');
    const unknown = r.annotations.find((a) => a.props.file === 'policy-tests/staging-and-freeze.yaml');
    expect(unknown?.props.line).toBe('12');
    expect(unknown?.message).toMatch(
      /No policy in policies\/ is named `staging-deplyo`\. Did you mean `staging-deploy`\?.* Fix: Name one of the policies/,
    );

    const ws2 = workspace();
    edit(ws2, 'policy-tests/snapshots/demo-rota.yaml', (t) => t.replace('start: 2026-01-05T09:00:00Z', 'start: 2026-01-05 09:00'));
    const bad = await runAction({ inputs: { command: 'validate' }, workspace: ws2 });
    expect(bad.code).toBe(1);
    const snapshot = bad.annotations.find((a) => a.props.file === 'policy-tests/snapshots/demo-rota.yaml');
    expect(snapshot?.message).toMatch(
      /start` is "2026-01-05 09:00", which is not the right form\. Fix: Start of the shift\. RFC 3339 with an offset/,
    );
  });

  it('a tests-path inside the policy path is an input error naming both', async () => {
    const r = await runAction({ inputs: { command: 'validate', 'tests-path': 'policies/tests' }, workspace: workspace() });
    expect(r.code).toBe(1);
    expect(r.outputs.result).toBe('error');
    expect(r.annotations.map((a) => a.message).join('\n')).toMatch(
      /Input `tests-path` \("policies\/tests"\) is inside `policy-path` \("policies"\), where every YAML file is read as a policy/,
    );
  });

  it('no tests folder: validate as before, nothing about tests', async () => {
    const r = await runAction({ inputs: { command: 'validate' }, workspace: workspaceWithExamplePolicies() });
    expect(r.code).toBe(0);
    expect(r.summary).not.toContain('Policy tests');
  });
});

describe('plan with policy tests (dist/index.js)', () => {
  const REPO = 'acme/api';
  let github: FakeGitHub;
  beforeAll(async () => {
    github = await startFakeGitHub();
    github.addRepo(REPO);
  });
  afterAll(() => github.close());

  it("runs the head's tests: a policy change that breaks one is invalid, annotated on the test line", async () => {
    const baseSha = '1'.repeat(40);
    const headSha = '2'.repeat(40);
    const examples = Object.fromEntries(
      ['freeze', 'identities', 'incidentio', 'production', 'staging'].map((n) => [
        `policies/${n}.yaml`,
        readFileSync(join(repoRoot, 'policies', `${n}.yaml`), 'utf8'),
      ]),
    );
    github.putPolicies(baseSha, examples, REPO);
    github.addPullRequest(
      { number: 7, base: { ref: 'main', sha: baseSha }, head: { sha: headSha }, files: ['policies/staging.yaml'] },
      REPO,
    );
    const payload = webhookExample('pull_request', 'synchronize');
    payload.number = 7;
    Object.assign(payload.pull_request, { number: 7 });
    Object.assign(payload.pull_request.base, { sha: baseSha, ref: 'main' });
    payload.pull_request.head.sha = headSha;
    payload.pull_request.base.repo.full_name = REPO;
    payload.pull_request.head.repo.full_name = REPO;
    payload.repository.full_name = REPO;
    payload.repository.default_branch = 'main';
    const ws = workspace();
    edit(ws, 'policies/staging.yaml', (t) =>
      t.replace('schedules: [01HXYZSCHEDULESTAGING00000]', 'schedules: [01HXYZSCHEDULEPRIMARY00000]'),
    );
    const r = await runAction({
      eventName: 'pull_request',
      payload,
      workspace: ws,
      inputs: { command: 'plan' },
      env: { GITHUB_API_URL: github.url, GITHUB_GRAPHQL_URL: github.graphqlUrl },
    });
    expect(r.code, r.stdout).toBe(1);
    expect(r.outputs.result).toBe('invalid');
    const failed = r.annotations.filter((a) => a.props.title === 'policy test failed').map((a) => `${a.props.file}:${a.props.line}`);
    // Dave (staging on call) is no longer approved (result and expiry), and alice (primary) now is.
    expect(failed).toEqual([
      'policy-tests/staging-and-freeze.yaml:12',
      'policy-tests/staging-and-freeze.yaml:12',
      'policy-tests/staging-and-freeze.yaml:18',
    ]);
    expect(r.summary).toContain('### ❌ Policy tests');
    expect(r.summary).toMatch(/Plan: \d+ to add, \d+ to change, \d+ to destroy\./);
  });
});

describe('oncall-gate test and record (dist/cli/index.js)', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({ fixture: parseFixtureYaml(DEMO_FIXTURE_YAML), port: 0 });
  });
  afterAll(() => emulator.close());

  it('records the demo rota from the emulator, and the example tests pass on the recording', async () => {
    const ws = workspace();
    rmSync(join(ws, 'policy-tests', 'snapshots', 'demo-rota.yaml'));
    const recorded = await cli(
      [
        'record',
        '--schedule',
        '01HXYZSCHEDULEPRIMARY00000,01HXYZSCHEDULESECONDARY000,01HXYZSCHEDULESTAGING00000',
        '--from',
        '2026-01-05T00:00:00Z',
        '--to',
        '2026-01-12T00:00:00Z',
        '--out',
        'policy-tests/snapshots/demo-rota.yaml',
      ],
      ws,
      { INCIDENTIO_API_KEY: DEMO_API_KEY, INCIDENTIO_API_URL: emulator.url },
    );
    expect(recorded.stderr).toBe('Recorded 12 entries of 3 schedule(s) into policy-tests/snapshots/demo-rota.yaml.\n');
    expect(recorded.code).toBe(0);
    const text = readFileSync(join(ws, 'policy-tests', 'snapshots', 'demo-rota.yaml'), 'utf8');
    expect(text).not.toContain(DEMO_API_KEY);
    expect(text).toMatch(/email: alice@example\.com/);
    expect(text).not.toMatch(/slack|U0ALICE/i);

    const tested = await cli(['test'], ws);
    expect(tested.stderr).toBe('');
    expect(tested.code).toBe(0);
    expect(tested.stdout.trimEnd().split('\n').at(-1)).toBe('11 cases: 11 passed, 0 failed, 0 errors.');
  });

  it('a failed case exits 1 with the expectation it broke at its file and line', async () => {
    const ws = workspace();
    edit(ws, 'policy-tests/production.yaml', (t) => t.replace('expect: { result: denied }', 'expect: { result: approved }'));
    const r = await cli(['test'], ws);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^FAIL {2}policy-tests\/production\.yaml:32 /m);
    expect(r.stdout).toContain(
      'policy-tests/production.yaml:36:15: off call without a reason is denied (requireReason): expected result approved, got denied',
    );
  });
});
