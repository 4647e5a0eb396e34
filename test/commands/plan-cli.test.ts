// `oncall-gate plan --base <ref>` against a temporary git repository (base from git, head from the
// working tree), with and without the emulator.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePlanArgs, runPlanCli as runPlanCliIn, type PlanCliOptions } from '../../src/commands/plan-cli.js';
import type { Clock } from '../../src/clock.js';
import { createCliContext } from '../../src/compose.js';
import type { CliOutput } from '../../src/context.js';
import { DEMO_API_KEY, DEMO_FIXTURE_YAML } from '../../packages/incidentio-emulator/src/demo-fixture.js';
import { parseFixtureYaml } from '../../packages/incidentio-emulator/src/fixture.js';
import { startEmulator, type Emulator } from '../../packages/incidentio-emulator/src/server.js';
import { readPolicyFilesAtGitRef } from '../../src/plan/git-policy-files.js';
import { NOW } from '../support/command-context.js';

const repoRoot = join(import.meta.dirname, '..', '..');
const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
  });

/** A repository whose `main` holds the example policies; the working tree is then edited. */
function repository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'oncall-gate-cli-'));
  git(dir, 'init', '-q', '-b', 'main');
  cpSync(join(repoRoot, 'policies'), join(dir, 'policies'), { recursive: true });
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'policies');
  return dir;
}

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { log: (s: string) => void out.push(s), error: (s: string) => void err.push(s) } };
}

/** The subcommand as cli.ts runs it: its context built from the environment, now pinned at NOW. */
const runPlanCli = (
  args: string[],
  env: NodeJS.ProcessEnv,
  io: CliOutput,
  options: PlanCliOptions & { clock?: Clock } = {},
): Promise<number> => {
  const { clock = () => NOW, ...rest } = options;
  return runPlanCliIn(args, createCliContext(env, io, clock), rest).then((outcome) => outcome.exitCode);
};

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ fixture: parseFixtureYaml(DEMO_FIXTURE_YAML), port: 0 });
});
afterAll(async () => {
  await emulator?.close();
});

describe('oncall-gate plan --base', () => {
  it('diffs the working tree against the ref and ends with the totals line', async () => {
    const dir = repository();
    rmSync(join(dir, 'policies', 'freeze.yaml'));
    const prod = join(dir, 'policies', 'production.yaml');
    writeFileSync(prod, readFileSync(prod, 'utf8').replace('branches: [main]', 'branches: [main, "release/*"]'));
    const c = capture();
    const code = await runPlanCli(['--base', 'main'], {}, c.io, { cwd: dir, clock: () => NOW });
    expect(c.err).toEqual([]);
    expect(code).toBe(0);
    const text = c.out.join('\n');
    expect(text).toMatch(/^oncall-gate plan: policies\/ at main \([0-9a-f]{7,}\) -> the working tree\n/);
    expect(text).toContain('  ~ policy "production-deploy" {\n      ~ match.branches = ["main"] -> ["main", "release/*"]');
    expect(text).toContain('  - policy "holiday-freeze" {');
    expect(text).toContain(
      'Approval rights: not computed (no incident.io API key; set INCIDENTIO_API_KEY (and INCIDENTIO_API_URL for the emulator)',
    );
    expect(c.out.at(-1)!.split('\n').at(-1)).toBe('Plan: 0 to add, 1 to change, 1 to destroy.');
  });

  it('adds live checks and the people effect with INCIDENTIO_API_KEY', async () => {
    const dir = repository();
    const staging = join(dir, 'policies', 'staging.yaml');
    writeFileSync(staging, readFileSync(staging, 'utf8').replace('01HXYZSCHEDULESTAGING00000', '01HXYZSCHEDULESECONDARY000'));
    const c = capture();
    const env = { INCIDENTIO_API_KEY: DEMO_API_KEY, INCIDENTIO_API_URL: emulator.url };
    const code = await runPlanCli(['--base=main', '--policy-path', 'policies/'], env, c.io, { cwd: dir, clock: () => NOW });
    expect(code).toBe(0);
    const text = c.out.join('\n');
    expect(text).toContain('["01HXYZSCHEDULESTAGING00000" (Staging)] -> ["01HXYZSCHEDULESECONDARY000" (Platform secondary)]');
    expect(text).toContain('        + carol (Carol Chen) gains it now to 2026-11-23 09:00 UTC');
    expect(text).toContain('        - dave (Dave Dunn) loses it now to the end of the 7 days');
    expect(text).toContain('  + incidentio_custom_field "On-call gate schedules" {');
    expect(text).not.toContain(DEMO_API_KEY);
    expect(emulator.requests.every((r) => r.method === 'GET')).toBe(true);
  });

  it('refuses plain http to another machine before any request, as every command does (the key goes with each request)', async () => {
    const dir = repository();
    const c = capture();
    const env = { INCIDENTIO_API_KEY: DEMO_API_KEY, INCIDENTIO_API_URL: 'http://incident-proxy.internal:8080' };
    const before = emulator.requests.length;
    expect(await runPlanCli(['--base', 'main'], env, c.io, { cwd: dir, clock: () => NOW })).toBe(2);
    expect(c.err[0]).toContain('oncall-gate plan: INCIDENTIO_API_URL must use https:// (got "http://incident-proxy.internal:8080")');
    expect(emulator.requests.length).toBe(before);
  });

  it('exits 1 with each problem as file:line:col for an invalid working tree', async () => {
    const dir = repository();
    writeFileSync(join(dir, 'policies', 'broken.yaml'), 'version: 1\nkind: policy\nname: Bad Name\nmatch: {}\napproval: []\n');
    const c = capture();
    expect(await runPlanCli(['--base', 'main'], {}, c.io, { cwd: dir, clock: () => NOW })).toBe(1);
    expect(c.err.some((l) => l.startsWith('policies/broken.yaml:3:'))).toBe(true);
    expect(c.out.join('\n')).toContain('Error: the head policies have');
  });

  it('exits 2 on usage errors and unknown refs', async () => {
    const dir = repository();
    for (const args of [[], ['--base'], ['--bogus'], ['--base', 'main', '--policy-path', '../x']]) {
      const c = capture();
      expect(await runPlanCli(args, {}, c.io, { cwd: dir }), args.join(' ')).toBe(2);
      expect(c.err.join('\n')).toContain('Usage: oncall-gate plan --base <git ref>');
    }
    const c = capture();
    expect(await runPlanCli(['--base', 'no-such-branch'], {}, c.io, { cwd: dir })).toBe(2);
    expect(c.err).toEqual([
      'oncall-gate plan: The base ref "no-such-branch" is not a commit in this repository. Pass a branch, tag or commit that exists locally (e.g. `--base origin/main`; run `git fetch` first if it is a remote branch).',
    ]);
    const missing = capture();
    expect(await runPlanCli(['--base', 'main', '--policy-path', 'nowhere'], {}, missing.io, { cwd: dir })).toBe(2);
    expect(missing.err[0]).toContain('there is no policy folder nowhere/');
    const outside = capture();
    expect(await runPlanCli(['--base', 'main'], {}, outside.io, { cwd: mkdtempSync(join(tmpdir(), 'not-a-repo-')) })).toBe(2);
    expect(outside.err[0]).toContain('is not inside a git repository');
    const help = capture();
    expect(await runPlanCli(['--help'], {}, help.io)).toBe(0);
  });

  it('treats a base without the policy folder as every policy being new', async () => {
    const dir = repository();
    git(dir, 'checkout', '-q', '--orphan', 'empty');
    git(dir, 'rm', '-rq', '--cached', '.');
    git(dir, 'commit', '-q', '--allow-empty', '-m', 'empty');
    const c = capture();
    expect(await runPlanCli(['--base', 'empty'], {}, c.io, { cwd: dir, clock: () => NOW })).toBe(0);
    expect(c.out.at(-1)!.split('\n').at(-1)).toBe('Plan: 6 to add, 0 to change, 0 to destroy.');
  });
});

describe('oncall-gate plan without a key: the people effect from rota snapshots', () => {
  /** The example repository with its example policy tests and rota snapshots in the working tree. */
  function withTests(): string {
    const dir = repository();
    cpSync(join(repoRoot, 'policy-tests'), join(dir, 'policy-tests'), { recursive: true });
    return dir;
  }
  const editIn = (dir: string, path: string, f: (text: string) => string): void =>
    writeFileSync(join(dir, path), f(readFileSync(join(dir, path), 'utf8')));
  const run = (dir: string, args: string[] = [], env: NodeJS.ProcessEnv = {}) => {
    const c = capture();
    // A clock far from the snapshots' window: the effect is over their window whatever the time.
    return runPlanCliIn(
      ['--base', 'main', ...args],
      createCliContext(env, c.io, () => NOW),
      { cwd: dir },
    ).then((outcome) => ({
      ...c,
      outcome,
      text: c.out.join('\n'),
    }));
  };

  it('reads the snapshots of policy-tests/ over their window, says so, and respects a rotation scope', async () => {
    const dir = withTests();
    editIn(dir, 'policies/staging.yaml', (t) => t.replace('01HXYZSCHEDULESTAGING00000', '01HXYZSCHEDULESECONDARY000'));
    // Payments' auto rule now also counts the team rotation's first responders (carol this week).
    editIn(dir, 'policies/payments.yaml', (t) =>
      t.replace(
        'rotations: [01HXYZROTATIONPAYPRIMARY00]',
        'rotations: [01HXYZROTATIONPAYPRIMARY00]\n        layers: [01HXYZLAYERPAYTEAMFIRST000]',
      ),
    );
    const r = await run(dir);
    expect(r.err).toEqual([]);
    expect(r.outcome.exitCode).toBe(0);
    expect(r.text).toContain(
      'Approval rights from rota snapshots, not live incident.io, over their window (2026-01-05 00:00 UTC to 2026-01-12 00:00 UTC):\n' +
        "  # the snapshots are files in policy-tests/ as this change has them (recorded or written by hand), not incident.io's answer\n" +
        '  # from policy-tests/snapshots/demo-rota.yaml (recorded 2026-01-05 00:00 UTC): "01HXYZSCHEDULEPRIMARY00000", "01HXYZSCHEDULESECONDARY000", "01HXYZSCHEDULESTAGING00000"\n' +
        '  # from policy-tests/snapshots/payments-rota.yaml (recorded 2026-01-05 00:00 UTC): "01HXYZSCHEDULEPAYMENTS0000"\n',
    );
    // Staging: bob (secondary all week) gains, dave (staging) loses.
    expect(r.text).toContain('        + bob (Bob Baker) gains it 2026-01-05 09:00 UTC to 2026-01-12 00:00 UTC\n');
    expect(r.text).toContain('        - dave (Dave Dunn) loses it 2026-01-05 00:00 UTC to 2026-01-12 00:00 UTC\n');
    // Payments: only the first-responder layer is added; the backup layer (dave, then octocat) gains nothing.
    const payments = r.text.slice(r.text.indexOf('policy "payments-deploy"\n      auto-approval'));
    expect(payments.split('\n').slice(1, 4)).toEqual([
      '      auto-approval (on call for an `auto` rule schedule):',
      '        + carol (Carol Chen) gains it 2026-01-05 09:00 UTC to 2026-01-12 00:00 UTC',
      '        + dave (Dave Dunn) gains it 2026-01-05 00:00 UTC to 2026-01-05 09:00 UTC',
    ]);
    expect(r.text).not.toContain('octocat (Octo Cat) gains');
    expect(r.outcome.facts?.people).toMatchObject({
      window: { start: Date.parse('2026-01-05T00:00:00Z'), end: Date.parse('2026-01-12T00:00:00Z') },
      snapshots: { folder: 'policy-tests', unused: [], otherWindow: [] },
    });
    expect(r.outcome.facts?.people).not.toHaveProperty('now');
    // The text is the comment's (no email); the JSON facts, a local machine interface, keep the
    // email beside the user ID (docs/cli.md).
    expect(r.text).not.toMatch(/[^\s@]+@[^\s@]+\.[^\s@]+/);
    expect(r.outcome.facts?.people).toMatchObject({
      policies: expect.arrayContaining([
        expect.objectContaining({
          policy: 'payments-deploy',
          changes: expect.arrayContaining([
            expect.objectContaining({
              change: 'gain',
              login: 'carol',
              name: 'Carol Chen',
              userId: '01HXYZUSERCAROL00000000000',
              email: 'carol@example.com',
            }),
          ]),
        }),
      ]),
    });
  });

  it('says which schedule is in no snapshot, instead of reading it as nobody on call', async () => {
    const dir = withTests();
    rmSync(join(dir, 'policy-tests', 'snapshots', 'payments-rota.yaml'));
    editIn(dir, 'policies/staging.yaml', (t) => t.replace('01HXYZSCHEDULESTAGING00000', '01HXYZSCHEDULENOTRECORDED0'));
    const r = await run(dir);
    expect(r.outcome.exitCode).toBe(0);
    expect(r.text).toContain(
      '  ~ policy "staging-deploy"\n' +
        '      auto-approval (on call for an `auto` rule schedule):\n' +
        '        - dave (Dave Dunn) loses it 2026-01-05 00:00 UTC to 2026-01-12 00:00 UTC\n' +
        '      ? schedule "01HXYZSCHEDULENOTRECORDED0" is not in any snapshot: who is on call for it is unknown, so the rights it gives are not shown\n',
    );
    expect(r.text).toContain(
      '  ? policy "payments-deploy"\n      ? schedule "01HXYZSCHEDULEPAYMENTS0000" is not in any snapshot: who is on call for it is unknown',
    );
  });

  it('reports a broken snapshot at its file and line, exits 1, and still shows the plan from the others', async () => {
    const dir = withTests();
    editIn(dir, 'policy-tests/snapshots/payments-rota.yaml', (t) =>
      t.replace('  - user: 01HXYZUSERDAVE000000000000\n        start: 2025', '  - user: 01HXYZUSERNOBODY0000000000\n        start: 2025'),
    );
    const line =
      readFileSync(join(dir, 'policy-tests/snapshots/payments-rota.yaml'), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('NOBODY')) + 1;
    const r = await run(dir);
    expect(r.outcome.exitCode).toBe(1);
    expect(r.outcome.verdict).toBe('invalid');
    expect(r.err).toEqual([
      expect.stringMatching(
        new RegExp(
          `^policy-tests/snapshots/payments-rota\\.yaml:${line}:9: The entry names the user \`01HXYZUSERNOBODY0000000000\`, who is not in \`users\``,
        ),
      ),
    ]);
    expect(r.outcome.diagnostics).toEqual([
      expect.objectContaining({ file: 'policy-tests/snapshots/payments-rota.yaml', line, code: 'unknown-user' }),
    ]);
    expect(r.text).toContain('  # not used: policy-tests/snapshots/payments-rota.yaml (it has errors, reported at their lines)\n');
    expect(r.text).toContain('  # from policy-tests/snapshots/demo-rota.yaml (recorded 2026-01-05 00:00 UTC)');
    expect(r.text).toContain('? schedule "01HXYZSCHEDULEPAYMENTS0000" is not in any snapshot');
    expect(r.out.at(-1)!.split('\n').at(-1)).toBe('Plan: 0 to add, 0 to change, 0 to destroy.');
  });

  it('takes --tests-path (relative to the repository root), and refuses one that is missing or overlaps the policies', async () => {
    const dir = repository();
    cpSync(join(repoRoot, 'policy-tests'), join(dir, 'config', 'tests'), { recursive: true });
    const ok = await run(join(dir, 'policies'), ['--tests-path', 'config/tests']);
    expect(ok.outcome.exitCode).toBe(0);
    expect(ok.text).toContain('  # from config/tests/snapshots/demo-rota.yaml (recorded 2026-01-05 00:00 UTC)');
    const missing = await run(dir, ['--tests-path', 'nowhere']);
    expect(missing.outcome.exitCode).toBe(2);
    expect(missing.err[0]).toContain('oncall-gate plan: there is no tests folder nowhere/ in the working tree');
    const overlap = await run(dir, ['--tests-path', 'policies/tests']);
    expect(overlap.outcome.exitCode).toBe(2);
    expect(overlap.err[0]).toContain('the tests folder policies/tests and the policy folder policies overlap');
    // Without the folder (the default one), the people effect is not computed, as before.
    const none = await run(dir);
    expect(none.text).toContain('Approval rights: not computed (no incident.io API key; set INCIDENTIO_API_KEY');
  });

  it('with INCIDENTIO_API_KEY, live incident.io is the source and the snapshots are not read', async () => {
    const dir = withTests();
    editIn(dir, 'policies/staging.yaml', (t) => t.replace('01HXYZSCHEDULESTAGING00000', '01HXYZSCHEDULESECONDARY000'));
    editIn(dir, 'policy-tests/snapshots/demo-rota.yaml', () => 'not: [a snapshot\n');
    const r = await run(dir, [], { INCIDENTIO_API_KEY: DEMO_API_KEY, INCIDENTIO_API_URL: emulator.url });
    expect(r.outcome.exitCode).toBe(0);
    expect(r.text).toContain('Approval rights, now and over the next 7 days (2026-11-20 10:00 UTC to 2026-11-27 10:00 UTC):');
    expect(r.text).not.toContain('rota snapshot');
  });
});

describe('readPolicyFilesAtGitRef', () => {
  it('reads YAML files under the folder at the ref, skipping other files; a symbolic link is a problem, as everywhere', async () => {
    const dir = repository();
    writeFileSync(join(dir, 'policies', 'README.md'), '# not a policy');
    execFileSync('ln', ['-s', '../outside.yaml', join(dir, 'policies', 'link.yaml')]);
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'more');
    writeFileSync(join(dir, 'policies', 'uncommitted.yaml'), 'x: 1');
    const files = await readPolicyFilesAtGitRef(dir, 'HEAD', 'policies');
    expect(files.map((f) => [f.path, f.problem?.code])).toEqual([
      ['policies/freeze.yaml', undefined],
      ['policies/identities.yaml', undefined],
      ['policies/incidentio.yaml', undefined],
      ['policies/link.yaml', 'symlink'],
      ['policies/payments.yaml', undefined],
      ['policies/production.yaml', undefined],
      ['policies/staging.yaml', undefined],
    ]);
    expect(files[0]!.text).toBe(readFileSync(join(repoRoot, 'policies', 'freeze.yaml'), 'utf8'));
  });

  it('refuses a ref that looks like an option', async () => {
    await expect(readPolicyFilesAtGitRef(repository(), '--output=/tmp/x', 'policies')).rejects.toThrow(
      '"--output=/tmp/x" is not a git ref.',
    );
  });
});

describe('parsePlanArgs', () => {
  it('reads both flag styles and normalises the folder', () => {
    expect(parsePlanArgs(['--base', 'origin/main', '--policy-path=./policies/'])).toEqual({
      base: 'origin/main',
      policyPath: 'policies',
      testsPath: 'policy-tests',
      testsGiven: false,
      help: false,
    });
    expect(parsePlanArgs(['--base', 'main', '--tests-path', './config/tests/'])).toMatchObject({
      testsPath: 'config/tests',
      testsGiven: true,
    });
    expect(parsePlanArgs(['--base', 'main', '--tests-path', '../x'])).toBe(
      '--tests-path must be a folder inside the repository (like "policy-tests"), got "../x"',
    );
    expect(parsePlanArgs(['--base', '--policy-path'])).toBe('Option --base needs a value.');
    expect(parsePlanArgs(['origin/main'])).toMatch(/^Unexpected argument "origin\/main"/);
  });
});
