// `--json` on validate, plan, check and who: exactly one JSON document on stdout (nothing else,
// nothing on stderr), with the verdict, the exit code, diagnostics with file, line, column,
// message and fix, and the facts; for answers, failures and usage errors alike. Against the
// in-process emulator with the demo organisation, the clock pinned (docs/cli.md).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliOutput } from '../src/cli.js';
import { fixedClock } from '../src/clock.js';
import { DEMO_API_KEY, DEMO_FIXTURE_YAML, parseFixtureYaml, startEmulator, type Emulator } from '@oncall-gate/incidentio-emulator';

const repoRoot = join(import.meta.dirname, '..');
const PRIMARY = '01HXYZSCHEDULEPRIMARY00000';
/** Tuesday 2026-01-06 10:00 UTC: alice holds the primary shift until 09:00 tomorrow; octocat is next. */
const clock = fixedClock(new Date('2026-01-06T10:00:00Z'));

interface Doc {
  formatVersion: number;
  oncallGateVersion: string;
  command: string;
  verdict: string;
  exitCode: number;
  diagnostics: { severity: string; code: string; file: string; line: number; column: number; message: string; fix: string }[];
  facts: Record<string, any>;
  error?: { kind: string; message: string; fix?: string; service?: string; status?: number };
}

/** Runs the command with --json in `cwd`; asserts one document on stdout and nothing else, and that its exit code is the process's. */
async function json(args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<Doc> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const out: CliOutput = { log: (l) => stdout.push(l), error: (l) => stderr.push(l) };
  const code = await runCli([...args, '--json'], env, out, clock, cwd);
  expect(stderr).toEqual([]);
  expect(stdout).toHaveLength(1);
  const doc = JSON.parse(stdout[0]!) as Doc;
  expect(doc.exitCode).toBe(code);
  expect(doc.command).toBe(args[0]);
  expect(doc.formatVersion).toBe(1);
  expect(doc.oncallGateVersion).toMatch(/^\d+\.\d+\.\d+/);
  return doc;
}

/** A folder holding a copy of the example policies at ./policies. */
function examples(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cli-json-'));
  cpSync(join(repoRoot, 'policies'), join(dir, 'policies'), { recursive: true });
  return dir;
}

let emulator: Emulator;
let env: NodeJS.ProcessEnv;
beforeAll(async () => {
  emulator = await startEmulator({ fixture: parseFixtureYaml(DEMO_FIXTURE_YAML), port: 0, now: clock });
  env = { INCIDENTIO_API_KEY: DEMO_API_KEY, INCIDENTIO_API_URL: emulator.url };
});
afterAll(() => emulator.close());

describe('validate --json', () => {
  it('valid: the files, policies, counts and which live checks ran', async () => {
    const doc = await json(['validate'], env, examples());
    expect(doc).toMatchObject({ verdict: 'valid', exitCode: 0, diagnostics: [] });
    expect(doc.facts).toMatchObject({
      folder: 'policies',
      errors: 0,
      warnings: 0,
      checks: { incidentio: 'checked', github: 'skipped' },
    });
    expect(doc.facts.files).toContain('policies/production.yaml');
    expect(doc.facts.policies).toContain('production-deploy');
  });

  it('invalid: every diagnostic with file, line, column, message and fix', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'cli-json-'));
    cpSync(join(repoRoot, 'test/fixtures/policies/unknown-key'), join(cwd, 'bad'), { recursive: true });
    const doc = await json(['validate', 'bad'], {}, cwd);
    expect(doc).toMatchObject({ verdict: 'invalid', exitCode: 1 });
    expect(doc.diagnostics).toHaveLength(3);
    expect(doc.diagnostics[0]).toEqual({
      severity: 'error',
      code: 'schema',
      file: 'bad/deploy.yaml',
      line: 4,
      column: 1,
      message: expect.stringMatching(/^Unknown key `owner`/),
      fix: expect.stringMatching(/^Remove it\./),
    });
    expect(doc.facts).toMatchObject({ errors: 3, checks: { incidentio: 'skipped' } });
  });

  it('a refused key: verdict error with the auth error and its fix; the files were still checked', async () => {
    const key = 'not-a-valid-key-1234567890';
    const doc = await json(['validate'], { ...env, INCIDENTIO_API_KEY: key }, examples());
    expect(doc).toMatchObject({ verdict: 'error', exitCode: 1, diagnostics: [] });
    expect(doc.error).toMatchObject({ kind: 'auth', service: 'incidentio', status: 401 });
    expect(doc.error!.message).toMatch(/incident\.io rejected the API key/);
    expect(doc.error!.message + (doc.error!.fix ?? '')).toMatch(/INCIDENTIO_API_KEY/);
    expect(doc.facts.checks).toEqual({ incidentio: 'failed', github: 'skipped' });
    expect(JSON.stringify(doc)).not.toContain(key);
  });

  it.each([
    [['validate', '--strict'], /^Unknown option --strict\.$/],
    [['validate', 'a', 'b'], /takes one folder/],
    [['validate', 'missing-folder'], /There is no policy folder at/],
    [['validate', '--api-url', 'http://incident.example.com'], /^--api-url must use https:\/\//],
  ])('usage error %j: exit 2, verdict error, kind usage', async (args, message) => {
    const doc = await json(args, {}, examples());
    expect(doc).toMatchObject({ verdict: 'error', exitCode: 2, error: { kind: 'usage' } });
    expect(doc.error!.message).toMatch(message);
  });
});

describe('check --json', () => {
  it('approved: the decision, who is on call, until when', async () => {
    const doc = await json(['check', 'alice', '--environment', 'production'], env, examples());
    expect(doc).toMatchObject({ verdict: 'approved', exitCode: 0, diagnostics: [] });
    expect(doc.facts).toMatchObject({
      requester: { login: 'alice', emails: ['alice@example.com'] },
      at: '2026-01-06T10:00:00.000Z',
      asked: false,
      result: 'approved',
      approved: true,
      approvedBy: 'auto',
      expiresAt: '2026-01-06T11:00:00.000Z',
      policies: ['production-deploy'],
      onCall: true,
      reviewsRead: false,
    });
    expect(doc.facts.verdicts[0]).toMatchObject({
      policy: 'production-deploy',
      result: 'approved',
      at: { file: 'policies/production.yaml' },
    });
    expect(doc.facts.schedules[0]).toMatchObject({ scheduleId: PRIMARY, people: [{ email: 'alice@example.com', login: 'alice' }] });
  });

  it('denied: exit 1, each verdict explained, and what to do', async () => {
    const doc = await json(['check', 'octocat', '--environment', 'production', '--reason', 'hotfix for the price cache'], env, examples());
    expect(doc).toMatchObject({ verdict: 'denied', exitCode: 1 });
    expect(doc.facts.approved).toBe(false);
    expect(doc.facts.verdicts[0].explanation).toEqual(expect.any(String));
    expect(doc.facts.fixes.length).toBeGreaterThan(0);
  });

  it('--at is reported as asked', async () => {
    const doc = await json(['check', 'octocat', '--environment', 'production', '--at', '2026-01-07T10:00:00Z'], env, examples());
    expect(doc).toMatchObject({ verdict: 'approved', facts: { asked: true, at: '2026-01-07T10:00:00.000Z' } });
  });

  it('an environment no policy lists: verdict error with the fix', async () => {
    const doc = await json(['check', 'alice', '--environment', 'prod'], env, examples());
    expect(doc).toMatchObject({ verdict: 'error', exitCode: 1, error: { kind: 'policy' } });
    expect(doc.error!.fix).toMatch(/--environment \/ --policy/);
  });

  it('an invalid policy: the diagnostics, verdict error', async () => {
    const cwd = examples();
    writeFileSync(join(cwd, 'policies', 'extra.yaml'), 'version: 1\nkind: policy\nname: x\nowner: me\n');
    const doc = await json(['check', 'alice', '--environment', 'production'], env, cwd);
    expect(doc).toMatchObject({ verdict: 'error', exitCode: 1, error: { kind: 'policy' } });
    expect(doc.diagnostics.some((d) => d.file === 'policies/extra.yaml' && d.line === 4)).toBe(true);
  });

  it('a refused key: verdict error, kind auth', async () => {
    const doc = await json(
      ['check', 'alice', '--environment', 'production'],
      { ...env, INCIDENTIO_API_KEY: 'wrong-key-0123456789' },
      examples(),
    );
    expect(doc).toMatchObject({ verdict: 'error', exitCode: 1, error: { kind: 'auth', service: 'incidentio' } });
  });

  it.each([
    [['check'], /takes one login or email/],
    [['check', 'alice', '--at', 'tomorrow'], /--at must be an RFC 3339/],
  ])('usage error %j', async (args, message) => {
    const doc = await json(args, env, examples());
    expect(doc).toMatchObject({ verdict: 'error', exitCode: 2, error: { kind: 'usage' } });
    expect(doc.error!.message).toMatch(message);
  });
});

describe('who --json', () => {
  it('ok: who is on call and who is next, with logins', async () => {
    const doc = await json(['who', PRIMARY], env, examples());
    expect(doc).toMatchObject({ verdict: 'ok', exitCode: 0, diagnostics: [] });
    expect(doc.facts).toMatchObject({
      scheduleId: PRIMARY,
      at: '2026-01-06T10:00:00.000Z',
      asked: false,
      onCall: [{ name: 'Alice Archer', email: 'alice@example.com', login: 'alice', endAt: '2026-01-07T09:00:00.000Z' }],
      next: [{ email: 'octo.cat@example.com', login: 'octocat' }],
      nextAt: '2026-01-07T09:00:00.000Z',
      notes: [],
    });
  });

  it('an unknown schedule: verdict error, not-found, with how to find the ID', async () => {
    const doc = await json(['who', '01HXYZSCHEDULEPRIMARY00001'], env, examples());
    expect(doc).toMatchObject({ verdict: 'error', exitCode: 1, error: { kind: 'not-found', service: 'incidentio' } });
    expect(doc.error!.fix).toMatch(/Copy the ID from the schedule's URL/);
  });

  it.each([
    [['who', 'Platform primary'], {}, /is not an incident\.io schedule ID/],
    [['who', PRIMARY], { INCIDENTIO_API_KEY: '' }, /Set INCIDENTIO_API_KEY/],
  ])('usage error %j', async (args, extra, message) => {
    const doc = await json(args, { ...env, ...extra }, examples());
    expect(doc).toMatchObject({ verdict: 'error', exitCode: 2, error: { kind: 'usage' } });
    expect(doc.error!.message).toMatch(message);
  });
});

describe('plan --json', () => {
  const git = (cwd: string, ...args: string[]): string =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], {
      cwd,
      encoding: 'utf8',
    });
  function repository(): string {
    const dir = examples();
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'policies');
    return dir;
  }

  it('valid: the changes, their totals and the people effect', async () => {
    const dir = repository();
    const file = join(dir, 'policies', 'staging.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('staging-deploy', 'staging-deploys'));
    const doc = await json(['plan', '--base', 'main'], {}, dir);
    expect(doc).toMatchObject({ verdict: 'valid', exitCode: 0, diagnostics: [] });
    expect(doc.facts).toMatchObject({ base: expect.stringContaining('main'), head: 'the working tree', policyPath: 'policies', files: 6 });
    expect(doc.facts.totals).toEqual({ add: 1, change: 0, destroy: 1 });
    expect(doc.facts.changes.map((c: { name: string; action: string }) => `${c.action} ${c.name}`).sort()).toEqual([
      'create staging-deploys',
      'destroy staging-deploy',
    ]);
    expect(doc.facts.people).toEqual({ skipped: expect.stringMatching(/no incident\.io API key/) });
  });

  it('invalid: the diagnostics, relative to the folder it ran in', async () => {
    const dir = repository();
    writeFileSync(join(dir, 'policies', 'extra.yaml'), 'version: 1\nkind: policy\nname: x\nowner: me\n');
    const doc = await json(['plan', '--base', 'main'], {}, join(dir, 'policies'));
    expect(doc).toMatchObject({ verdict: 'invalid', exitCode: 1 });
    expect(doc.diagnostics.find((d) => d.line === 4)).toMatchObject({ file: 'extra.yaml', column: 1 });
  });

  it.each([
    [['plan'], /--base <git ref> is required/],
    [['plan', '--base', 'no-such-branch'], /no-such-branch/],
  ])('usage error %j', async (args, message) => {
    const doc = await json(args, {}, repository());
    expect(doc).toMatchObject({ verdict: 'error', exitCode: 2, error: { kind: 'usage' } });
    expect(doc.error!.message).toMatch(message);
  });
});

describe('--json', () => {
  it('--help stays text for people, even with --json', async () => {
    const stdout: string[] = [];
    expect(await runCli(['validate', '--help', '--json'], {}, { log: (l) => stdout.push(l), error: () => undefined }, clock)).toBe(0);
    expect(stdout[0]).toMatch(/^Usage: oncall-gate validate/);
  });

  it('after -- it is an argument, not the option', async () => {
    const stdout: string[] = [];
    const stderr: string[] = [];
    const out: CliOutput = { log: (l) => stdout.push(l), error: (l) => stderr.push(l) };
    expect(await runCli(['validate', '--', '--json'], {}, out, clock, examples())).toBe(2);
    expect(stderr[0]).toMatch(/There is no policy folder at .*--json/);
  });
});
