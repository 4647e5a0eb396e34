// `oncall-gate check` and `oncall-gate who` through runCli, against the in-process emulator with
// the demo organisation: what a user sees when they make the usual mistakes. Time is pinned: the
// emulator and the CLI read the same fixed clock, so the demo rota (octocat and alice trade the
// primary schedule daily at 09:00 UTC from 2026-01-05) gives the same answer on any day.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli as runCliAt, type CliOutput } from '../src/cli.js';
import { fixedClock } from '../src/clock.js';
import { DEMO_API_KEY, DEMO_FIXTURE_YAML, parseFixtureYaml, startEmulator, type Emulator } from '@oncall-gate/incidentio-emulator';

const repoRoot = join(import.meta.dirname, '..');
const PRIMARY = '01HXYZSCHEDULEPRIMARY00000';
/** Tuesday 2026-01-06 10:00 UTC: alice holds the primary shift (09:00 to 09:00 tomorrow); octocat is next. */
const NOW = new Date('2026-01-06T10:00:00Z');
const clock = fixedClock(NOW);
const runCli = (argv: string[], env: NodeJS.ProcessEnv, out: CliOutput): Promise<number> => runCliAt(argv, env, out, clock);

function capture(): CliOutput & { stdout: string[]; stderr: string[]; all: () => string } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, log: (l) => stdout.push(l), error: (l) => stderr.push(l), all: () => [...stdout, ...stderr].join('\n') };
}

/** A copy of the example policies; returned as an absolute path (outside the current folder). */
function examples(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cli-check-'));
  cpSync(join(repoRoot, 'policies'), join(dir, 'policies'), { recursive: true });
  return join(dir, 'policies');
}

let emulator: Emulator;
let env: NodeJS.ProcessEnv;
beforeAll(async () => {
  emulator = await startEmulator({ fixture: parseFixtureYaml(DEMO_FIXTURE_YAML), port: 0, now: clock });
  env = { INCIDENTIO_API_KEY: DEMO_API_KEY, INCIDENTIO_API_URL: emulator.url };
});
afterAll(() => emulator.close());

describe('oncall-gate check', () => {
  it('reads a policy folder given as an absolute path outside the current folder', async () => {
    const out = capture();
    const code = await runCli(['check', 'alice@example.com', '--environment', 'staging', '--policy-path', examples()], env, out);
    expect(out.stderr).toEqual([]);
    expect(code).toBe(1);
    expect(out.stdout[0]).toBe('Requester: alice@example.com');
    expect(out.all()).toMatch(/^Policies: staging-deploy$/m);
  });

  it('a short option it does not have is a usage error naming the option, not a second login', async () => {
    const out = capture();
    expect(await runCli(['check', 'alice', '-e', 'production'], env, out)).toBe(2);
    expect(out.stderr[0]).toMatch(/^Unknown option -e\.\n/);
    expect(out.stderr.join('\n')).toMatch(/Usage: oncall-gate check/);
  });

  it('asks for --reason (not the action input) when a rule requires a reason, and says reviews are not looked at', async () => {
    const out = capture();
    const code = await runCli(['check', 'octocat', '--environment', 'production', '--policy-path', examples()], env, out);
    expect(code).toBe(1);
    const text = out.all();
    expect(text).toMatch(/with --reason "\.\.\."/);
    expect(text).not.toMatch(/inputs\.reason|workflow_dispatch/);
    expect(text).toMatch(/^Note: check does not look at pull-request reviews/m);
  });

  it('an unknown environment names the CLI options to fix', async () => {
    const out = capture();
    expect(await runCli(['check', 'alice', '--environment', 'prod', '--policy-path', examples()], env, out)).toBe(1);
    expect(out.stderr[0]).toMatch(/No policy in .* lists the environment "prod"/);
    expect(out.stderr[1]).toMatch(/--environment \/ --policy/);
    expect(out.all()).not.toMatch(/input of the oncall-gate step/);
  });

  it('a rejected key says to fix INCIDENTIO_API_KEY, not the action input, and never prints the key', async () => {
    const key = 'wrong-key-0123456789';
    const out = capture();
    const code = await runCli(
      ['check', 'alice', '--environment', 'production', '--policy-path', examples()],
      { ...env, INCIDENTIO_API_KEY: key },
      out,
    );
    expect(code).toBe(1);
    expect(out.stderr.join('\n')).toMatch(/^Result: ERROR: incident\.io rejected the API key \(401.*Check INCIDENTIO_API_KEY:/);
    expect(out.all()).not.toMatch(/incidentio-api-key|re-run the job/);
    expect(out.all()).not.toContain(key);
  });

  it('an unreachable URL names --api-url / INCIDENTIO_API_URL', async () => {
    const out = capture();
    const code = await runCli(
      ['check', 'alice', '--environment', 'production', '--policy-path', examples(), '--api-url', 'http://127.0.0.1:9'],
      env,
      out,
    );
    expect(code).toBe(1);
    const text = out.stderr.join('\n');
    expect(text).toMatch(/Could not reach incident\.io at http:\/\/127\.0\.0\.1:9/);
    expect(text).toMatch(
      /Check the API URL http:\/\/127\.0\.0\.1:9 \(--api-url or INCIDENTIO_API_URL\) and that this machine can reach it/,
    );
    expect(text).not.toMatch(/incidentio-api-url|the runner|re-run the job/);
  }, 30_000);

  it('a policy folder that is a file is a usage error that says so', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cli-check-')), 'production.yaml');
    writeFileSync(file, 'version: 1\n');
    const out = capture();
    expect(await runCli(['check', 'alice', '--environment', 'production', '--policy-path', file], env, out)).toBe(2);
    expect(out.stderr[0]).toMatch(
      /production\.yaml is a file, not a folder; run from the repository root, or pass the folder that holds the policy files with --policy-path\.$/,
    );
  });
});

describe('API URL mistakes (usage errors, nothing sent)', () => {
  it.each([
    [
      ['who', PRIMARY],
      { INCIDENTIO_API_URL: 'https://api.incident.io/v2' },
      /^INCIDENTIO_API_URL ends with the API version \(\/v2\); give the base URL without it, e\.g\. https:\/\/api\.incident\.io: oncall-gate adds \/v1 and \/v2 to each request itself\.$/,
    ],
    [
      ['check', 'alice', '--environment', 'production', '--api-url', 'api.incident.io'],
      {},
      /^--api-url is not a URL \("api\.incident\.io"\); use https:\/\/api\.incident\.io/,
    ],
    [
      ['who', PRIMARY, '--api-url', 'http://incident.example.com'],
      {},
      /^--api-url must use https:\/\/ \(got "http:\/\/incident\.example\.com"\): the API key travels in every request/,
    ],
    [['who', PRIMARY], { INCIDENTIO_API_URL: 'http://10.1.2.3:8787' }, /^INCIDENTIO_API_URL must use https:\/\//],
    [['validate'], { INCIDENTIO_API_URL: 'http://127.0.0.1:8787/v1/' }, /^INCIDENTIO_API_URL ends with the API version \(\/v1\)/],
  ])('%j with %j', async (args, extra, message) => {
    const out = capture();
    const policyArgs = args[0] === 'validate' ? [examples()] : args[0] === 'check' ? ['--policy-path', examples()] : [];
    expect(await runCli([...args, ...policyArgs], { ...env, ...extra }, out)).toBe(2);
    expect(out.stderr[0]).toMatch(message);
  });
});

describe('oncall-gate who', () => {
  it('rejects something that is not a schedule ID before asking incident.io', async () => {
    const before = emulator.requests.length;
    const out = capture();
    expect(await runCli(['who', 'Platform primary'], env, out)).toBe(2);
    expect(out.stderr[0]).toMatch(/^"Platform primary" is not an incident\.io schedule ID \(20-40 letters and digits/);
    expect(emulator.requests.length).toBe(before);
  });

  it('an unknown schedule ID: says how to find the ID, without sending the user to a policy file', async () => {
    const out = capture();
    expect(await runCli(['who', '01HXYZSCHEDULEPRIMARY00001'], env, out)).toBe(1);
    const text = out.stderr.join('\n');
    expect(text).toMatch(/schedule 01HXYZSCHEDULEPRIMARY00001 does not exist/);
    expect(text).toMatch(/Copy the ID from the schedule's URL/);
    expect(text).not.toMatch(/into the policy file/);
  });

  it('a short option it does not have is a usage error naming the option', async () => {
    const out = capture();
    expect(await runCli(['who', '-x', PRIMARY], env, out)).toBe(2);
    expect(out.stderr[0]).toMatch(/^Unknown option -x\.\n/);
  });

  it('a rejected key says to fix INCIDENTIO_API_KEY', async () => {
    const out = capture();
    expect(await runCli(['who', PRIMARY], { ...env, INCIDENTIO_API_KEY: 'wrong-key-0123456789' }, out)).toBe(1);
    expect(out.stderr.join('\n')).toMatch(/^Error: incident\.io rejected the API key .*Check INCIDENTIO_API_KEY/);
    expect(out.all()).not.toMatch(/incidentio-api-key|re-run the job/);
  });
});

describe('--at: another moment than now', () => {
  it('check: octocat is not on call now, but is at 10:00 UTC tomorrow (approved until the 1h duration ends)', async () => {
    const now = capture();
    expect(await runCli(['check', 'octocat', '--environment', 'production', '--policy-path', examples()], env, now)).toBe(1);
    expect(now.all()).toMatch(/^On call now \(2026-01-06T10:00:00Z\):$/m);
    expect(now.all()).toMatch(/01HXYZSCHEDULEPRIMARY00000: Alice Archer <alice@example\.com> @alice until 2026-01-07T09:00:00Z/);

    const later = capture();
    const code = await runCli(
      ['check', 'octocat', '--environment', 'production', '--policy-path', examples(), '--at', '2026-01-07T10:00:00Z'],
      env,
      later,
    );
    expect(later.stderr).toEqual([]);
    expect(code).toBe(0);
    expect(later.all()).toMatch(/^Result: APPROVED until 2026-01-07T11:00:00Z \(approved by auto\)$/m);
    expect(later.all()).toMatch(/^On call at 2026-01-07T10:00:00Z:$/m);
    expect(later.all()).toMatch(/01HXYZSCHEDULEPRIMARY00000: Octo Cat <octo\.cat@example\.com> @octocat until 2026-01-08T09:00:00Z/);
  });

  it('check: an offset is honoured (10:00+01:00 is the 09:00 UTC handover, which belongs to the next shift)', async () => {
    const alice = capture();
    expect(
      await runCli(
        ['check', 'alice', '--environment', 'production', '--policy-path', examples(), '--at', '2026-01-07T10:00:00+01:00'],
        env,
        alice,
      ),
    ).toBe(1);
    expect(alice.all()).toMatch(/^On call at 2026-01-07T09:00:00Z:$/m);
    const octocat = capture();
    expect(
      await runCli(
        ['check', 'octocat', '--environment', 'production', '--policy-path', examples(), '--at', '2026-01-07T10:00:00+01:00'],
        env,
        octocat,
      ),
    ).toBe(0);
  });

  it.each([['tomorrow'], ['2026-01-07'], ['2026-01-07T10:00:00'], ['2026-02-30T10:00:00Z'], ['2026-01-07T25:00:00Z']])(
    'a malformed --at %j is a usage error before any request',
    async (at) => {
      for (const args of [
        ['check', 'alice', '--environment', 'production', '--policy-path', examples(), '--at', at],
        ['who', PRIMARY, '--at', at],
      ]) {
        const before = emulator.requests.length;
        const out = capture();
        expect(await runCli(args, env, out)).toBe(2);
        expect(out.stderr[0]).toContain(`--at must be an RFC 3339 date and time with an offset, like 2026-12-11T18:00:00Z`);
        expect(out.stderr[0]).toContain(`(got "${at}")`);
        expect(emulator.requests.length).toBe(before);
      }
    },
  );

  it('who: the person on call at the moment asked, and the next changeover after it', async () => {
    const out = capture();
    expect(await runCli(['who', PRIMARY, '--policy-path', examples(), '--at', '2026-01-07T10:00:00Z'], env, out)).toBe(0);
    expect(out.stdout).toEqual([
      `Schedule ${PRIMARY}`,
      'On call at 2026-01-07T10:00:00Z:',
      '  Octo Cat <octo.cat@example.com> @octocat until 2026-01-08T09:00:00Z (rotation Primary 01HXYZROTATIONPRIMARY00000, layer Layer 1 01HXYZLAYERPRIMARY00000000)',
      'Next (from 2026-01-08T09:00:00Z):',
      '  Alice Archer <alice@example.com> @alice until 2026-01-09T09:00:00Z (rotation Primary 01HXYZROTATIONPRIMARY00000, layer Layer 1 01HXYZLAYERPRIMARY00000000)',
    ]);
  });

  it('who: without --at it answers for the clock it was given, and an override shows on the day it covers', async () => {
    const now = capture();
    expect(await runCli(['who', PRIMARY, '--policy-path', examples()], env, now)).toBe(0);
    expect(now.stdout.slice(1, 3)).toEqual([
      'On call now (2026-01-06T10:00:00Z):',
      '  Alice Archer <alice@example.com> @alice until 2026-01-07T09:00:00Z (rotation Primary 01HXYZROTATIONPRIMARY00000, layer Layer 1 01HXYZLAYERPRIMARY00000000)',
    ]);

    const christmas = capture();
    expect(await runCli(['who', PRIMARY, '--policy-path', examples(), '--at', '2026-12-25T12:00:00Z'], env, christmas)).toBe(0);
    expect(christmas.stdout[2]).toBe(
      '  Carol Chen <carol@example.com> @carol until 2026-12-26T09:00:00Z (rotation Primary 01HXYZROTATIONPRIMARY00000, layer Layer 1 01HXYZLAYERPRIMARY00000000)',
    );
  });
});
