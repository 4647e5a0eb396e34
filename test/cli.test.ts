// The CLI's own commands (validate, usage) through runCli, with the emulator for live checks.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliOutput } from '../src/cli.js';
import { systemClock } from '../src/clock.js';
import { startFakeGitHub, type FakeGitHub } from '@oncall-gate/github-fake';
import { parseFixtureYaml, DEMO_API_KEY, DEMO_FIXTURE_YAML, startEmulator, type Emulator } from '@oncall-gate/incidentio-emulator';

const repoRoot = join(import.meta.dirname, '..');

function capture(): CliOutput & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, log: (l) => stdout.push(l), error: (l) => stderr.push(l) };
}

function examplesCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cli-'));
  cpSync(join(repoRoot, 'policies'), join(dir, 'policies'), { recursive: true });
  return dir;
}

describe('oncall-gate validate', () => {
  it('exit 0 and a totals line for valid policies', async () => {
    const out = capture();
    expect(await runCli(['validate', join(examplesCopy(), 'policies')], {}, out)).toBe(0);
    expect(out.stderr).toEqual([]);
    expect(out.stdout.at(-1)).toMatch(/^6 files checked: 0 errors, 0 warnings\.$/);
  });

  it('exit 1 and file:line:col: message (fix) lines for invalid policies', async () => {
    const out = capture();
    const code = await runCli(['validate', join(repoRoot, 'test/fixtures/policies/unknown-key')], {}, out);
    expect(code).toBe(1);
    expect(out.stderr[0]).toMatch(
      /^test\/fixtures\/policies\/unknown-key\/deploy\.yaml:4:1: Unknown key `owner` in a policy file \(Remove it\./,
    );
    expect(out.stdout.at(-1)).toMatch(/1 file checked: 3 errors, 0 warnings\./);
  });

  it('exit 2 for a usage error or a missing folder', async () => {
    const out = capture();
    expect(await runCli(['validate', 'a', 'b'], {}, out)).toBe(2);
    expect(await runCli(['validate', '--nope'], {}, out)).toBe(2);
    expect(await runCli(['validate', join(tmpdir(), 'does-not-exist-oncall-gate')], {}, out)).toBe(2);
    expect(out.stderr.at(-1)).toMatch(/does-not-exist-oncall-gate/);
    expect(await runCli(['frobnicate'], {}, out)).toBe(2);
    expect(out.stderr.at(-1)).toMatch(/Unknown command "frobnicate"/);
  });

  describe('with INCIDENTIO_API_KEY (live checks against the emulator)', () => {
    let emulator: Emulator;
    beforeAll(async () => {
      emulator = await startEmulator({ fixture: parseFixtureYaml(DEMO_FIXTURE_YAML), port: 0 });
    });
    afterAll(() => emulator.close());

    it('accepts the examples, whose schedules and people exist', async () => {
      const out = capture();
      const env = { INCIDENTIO_API_KEY: DEMO_API_KEY, INCIDENTIO_API_URL: emulator.url };
      expect(await runCli(['validate', join(examplesCopy(), 'policies')], env, out)).toBe(0);
      expect(out.stderr).toEqual([]);
      expect(emulator.requests.some((r) => r.path === '/v2/schedules')).toBe(true);
      expect(emulator.requests.every((r) => r.method === 'GET')).toBe(true);
    });

    it('reports an unknown schedule ID on its line, with the path relative to the folder it ran in', async () => {
      const dir = examplesCopy();
      const file = join(dir, 'policies', 'staging.yaml');
      const text = (await import('node:fs')).readFileSync(file, 'utf8').replace('01HXYZSCHEDULESTAGING00000', '01HXYZSCHEDULEDOESNOTEXIST');
      writeFileSync(file, text);
      const line = text.split('\n').findIndex((l) => l.includes('01HXYZSCHEDULEDOESNOTEXIST')) + 1;
      const out = capture();
      const code = await runCli(
        ['validate', 'policies'],
        { INCIDENTIO_API_KEY: DEMO_API_KEY, INCIDENTIO_API_URL: emulator.url },
        out,
        systemClock,
        dir,
      );
      expect(code).toBe(1);
      expect(out.stderr.join('\n')).toMatch(new RegExp(`^policies/staging\\.yaml:${line}:\\d+: .*01HXYZSCHEDULEDOESNOTEXIST`, 'm'));
    });

    it('--api-url points the live checks at another incident.io (here the emulator)', async () => {
      const out = capture();
      const before = emulator.requests.length;
      const code = await runCli(
        ['validate', 'policies', '--api-url', emulator.url],
        { INCIDENTIO_API_KEY: DEMO_API_KEY },
        out,
        systemClock,
        examplesCopy(),
      );
      expect(out.stderr).toEqual([]);
      expect(code).toBe(0);
      expect(emulator.requests.length).toBeGreaterThan(before);
    });

    it('a rejected key: what the files themselves say, totals that say incident.io was not checked, then the key was refused and the fix', async () => {
      const out = capture();
      const key = 'not-a-valid-key-1234567890';
      const code = await runCli(
        ['validate', join(repoRoot, 'test/fixtures/policies/unknown-key')],
        { INCIDENTIO_API_KEY: key, INCIDENTIO_API_URL: emulator.url },
        out,
      );
      expect(code).toBe(1);
      expect(out.stderr[0]).toMatch(/deploy\.yaml:4:1: Unknown key `owner`/);
      expect(out.stdout.at(-1)).toBe('1 file checked: 3 errors, 0 warnings. Not checked against incident.io: see below.');
      expect(out.stderr.at(-1)).toMatch(
        /^Error: incident\.io rejected the API key \(401.*Check INCIDENTIO_API_KEY: .*The files themselves were checked \(above\), but not the schedules, people and key roles the files name; to check only the files, unset INCIDENTIO_API_KEY\.$/,
      );
      expect(out.stderr.join('\n')).not.toMatch(/incidentio-api-key|re-run the job/);
    });

    it('a rejected key with valid files is not "0 errors" and a silent exit 1', async () => {
      const out = capture();
      const code = await runCli(
        ['validate', join(examplesCopy(), 'policies')],
        { INCIDENTIO_API_KEY: 'not-a-valid-key-1234567890', INCIDENTIO_API_URL: emulator.url },
        out,
      );
      expect(code).toBe(1);
      expect(out.stdout.at(-1)).toMatch(/^6 files checked: 0 errors, 0 warnings\. Not checked against incident\.io: see below\.$/);
      expect(out.stderr.at(-1)).toMatch(/^Error: incident\.io rejected the API key/);
    });

    it('fails (exit 1) with the fix when the key is rejected, without printing the key', async () => {
      const out = capture();
      const key = 'not-a-valid-key-1234567890';
      const code = await runCli(
        ['validate', join(examplesCopy(), 'policies')],
        { INCIDENTIO_API_KEY: key, INCIDENTIO_API_URL: emulator.url },
        out,
      );
      expect(code).toBe(1);
      expect(out.stderr.join('\n')).toMatch(/incidentio-api-key|API key/i);
      expect(out.stderr.join('\n') + out.stdout.join('\n')).not.toContain(key);
    });
  });
});

describe('oncall-gate validate: usage mistakes', () => {
  it('an unknown option is named as one, with the usage', async () => {
    const out = capture();
    expect(await runCli(['validate', '--strict'], {}, out)).toBe(2);
    expect(out.stderr[0]).toMatch(/^Unknown option --strict\.\n\nUsage: oncall-gate validate \[folder\]/);
  });

  it('a missing folder is explained for the command line (no action inputs, no actions/checkout)', async () => {
    const out = capture();
    const missing = join(tmpdir(), 'does-not-exist-oncall-gate');
    expect(await runCli(['validate', missing], {}, out)).toBe(2);
    expect(out.stderr[0]).toBe(
      `There is no policy folder at ${missing}; pass the folder that holds the policy files: oncall-gate validate <folder>.`,
    );
  });

  it('--help explains the key, the output and the exit codes', async () => {
    const out = capture();
    expect(await runCli(['validate', '--help'], {}, out)).toBe(0);
    expect(out.stdout.join('\n')).toMatch(/INCIDENTIO_API_KEY[\s\S]*Exit codes: 0 valid/);
  });
});

describe('oncall-gate help', () => {
  it('prints usage with exit 0 for help; without a command, usage on stderr and exit 2', async () => {
    const out = capture();
    expect(await runCli(['--help'], {}, out)).toBe(0);
    expect(out.stdout[0]).toMatch(/^Usage: oncall-gate <command>/);
    const bare = capture();
    expect(await runCli([], {}, bare)).toBe(2);
    expect(bare.stdout).toEqual([]);
    expect(bare.stderr[0]).toMatch(/^Usage: oncall-gate <command>/);
  });
});

describe('oncall-gate validate: paths in diagnostics are relative to the folder it ran in', () => {
  /** A tree with an invalid policy folder at <tree>/repo/bad and a sibling folder <tree>/repo/sub. */
  function tree(): { repo: string; sub: string } {
    const repo = join(mkdtempSync(join(tmpdir(), 'cli-paths-')), 'repo');
    cpSync(join(repoRoot, 'test/fixtures/policies/unknown-key'), join(repo, 'bad'), { recursive: true });
    mkdirSync(join(repo, 'sub'));
    return { repo, sub: join(repo, 'sub') };
  }

  it.each([
    ['a folder below', 'repo', 'bad', 'bad/deploy.yaml'],
    ['a folder beside (../)', 'sub', '../bad', '../bad/deploy.yaml'],
    ['an absolute path outside', 'sub', 'ABSOLUTE', '../bad/deploy.yaml'],
  ])('%s', async (_name, from, folder, expected) => {
    const t = tree();
    const cwd = from === 'repo' ? t.repo : t.sub;
    const out = capture();
    const given = folder === 'ABSOLUTE' ? join(t.repo, 'bad') : folder;
    expect(await runCli(['validate', given], {}, out, systemClock, cwd)).toBe(1);
    expect(out.stderr[0]).toMatch(new RegExp(`^${expected.replace(/\./g, '\\.')}:4:1: Unknown key`));
    // The path opens the file from where the command ran.
    expect(existsSync(join(cwd, expected))).toBe(true);
  });
});

describe('--help per command', () => {
  it.each(['validate', 'plan', 'check', 'who', 'emulator'])('%s: --help, -h and help <command> print its own usage', async (command) => {
    const flag = capture();
    expect(await runCli([command, '--help'], {}, flag)).toBe(0);
    expect(flag.stderr).toEqual([]);
    expect(flag.stdout.join('\n')).toMatch(new RegExp(`^Usage: oncall-gate ${command}\\b`));
    expect(flag.stdout.join('\n')).not.toMatch(/^Usage: oncall-gate <command>/);

    const short = capture();
    expect(await runCli([command, '-h'], {}, short)).toBe(0);
    expect(short.stdout).toEqual(flag.stdout);

    const help = capture();
    expect(await runCli(['help', command], {}, help)).toBe(0);
    expect(help.stdout).toEqual(flag.stdout);
  });

  it('the usage of validate, plan, check and who mentions --json; help of an unknown command is a usage error', async () => {
    for (const command of ['validate', 'plan', 'check', 'who']) {
      const out = capture();
      await runCli([command, '--help'], {}, out);
      expect(out.stdout.join('\n'), command).toContain('--json');
    }
    const out = capture();
    expect(await runCli(['help', 'frobnicate'], {}, out)).toBe(2);
    expect(out.stderr[0]).toMatch(/^Unknown command "frobnicate"/);
  });
});

describe('oncall-gate validate with GITHUB_TOKEN: every login of the identities file is a GitHub account', () => {
  let github: FakeGitHub;
  beforeAll(async () => {
    github = await startFakeGitHub();
    for (const login of ['octocat', 'alice', 'bob', 'carol', 'dave']) github.addUser({ login });
    github.addUser({ login: 'acme-corp', type: 'Organization' });
    github.addRepo('octo-org/octo-repo', { collaborators: ['octocat', 'alice', 'bob', 'carol', 'dave'] });
  });
  afterAll(() => github.close());
  const env = (): NodeJS.ProcessEnv => ({
    GITHUB_TOKEN: 'ghp_fake0123456789abcdef',
    GITHUB_API_URL: github.url,
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
  });

  /** The examples with `dave` misspelt in the identities file. */
  function misspelt(): { dir: string; line: number } {
    const dir = examplesCopy();
    const file = join(dir, 'policies', 'identities.yaml');
    const text = readFileSync(file, 'utf8').replace('  dave:', '  daev:');
    writeFileSync(file, text);
    return { dir, line: text.split('\n').findIndex((l) => l.startsWith('  daev:')) + 1 };
  }

  it('the examples pass; every login was asked for', async () => {
    const out = capture();
    const before = github.requests.length;
    expect(await runCli(['validate'], env(), out, systemClock, examplesCopy())).toBe(0);
    expect(out.stderr).toEqual([]);
    const asked = github.requests.slice(before).map((r) => r.path);
    expect(asked.sort()).toEqual(['/users/alice', '/users/bob', '/users/carol', '/users/dave', '/users/octocat']);
  });

  it('a login that is no account is an error on its line, with "did you mean" from the repository’s assignees', async () => {
    const { dir, line } = misspelt();
    const out = capture();
    expect(await runCli(['validate'], env(), out, systemClock, dir)).toBe(1);
    expect(out.stderr).toEqual([
      `policies/identities.yaml:${line}:3: \`daev\` is not a GitHub account (GitHub has no user with that login), so the email dave@example.com is never matched to anyone (Did you mean \`dave\`? Write the login as it appears in the person’s GitHub profile address (https://github.com/<login>).)`,
    ]);
    expect(out.stdout.at(-1)).toBe('6 files checked: 1 error, 0 warnings.');
  });

  it('without GITHUB_REPOSITORY: the error, no suggestion; without a token: no GitHub request at all', async () => {
    const { dir } = misspelt();
    const out = capture();
    expect(await runCli(['validate'], { ...env(), GITHUB_REPOSITORY: '' }, out, systemClock, dir)).toBe(1);
    expect(out.stderr[0]).toMatch(/`daev` is not a GitHub account .*\(Write the login/);
    const before = github.requests.length;
    expect(await runCli(['validate'], { GITHUB_API_URL: github.url }, capture(), systemClock, dir)).toBe(0);
    expect(github.requests.length).toBe(before);
  });

  it('--json: the diagnostic, and that GitHub was checked', async () => {
    const { dir, line } = misspelt();
    const out = capture();
    expect(await runCli(['validate', '--json'], env(), out, systemClock, dir)).toBe(1);
    const doc = JSON.parse(out.stdout[0]!) as {
      verdict: string;
      diagnostics: { code: string; line: number; fix: string }[];
      facts: { checks: unknown };
    };
    expect(doc.verdict).toBe('invalid');
    expect(doc.diagnostics).toEqual([
      expect.objectContaining({ code: 'unknown-github-login', line, fix: expect.stringMatching(/^Did you mean `dave`\?/) }),
    ]);
    expect(doc.facts.checks).toEqual({ incidentio: 'skipped', github: 'checked' });
  });

  it('a refused token: the files are still checked, then GitHub refused the token and the fix', async () => {
    const refusing = await startFakeGitHub({ tokens: {} });
    try {
      const out = capture();
      const token = 'ghp_refused0123456789abc';
      const code = await runCli(['validate'], { GITHUB_TOKEN: token, GITHUB_API_URL: refusing.url }, out, systemClock, examplesCopy());
      expect(code).toBe(1);
      expect(out.stdout.at(-1)).toBe('6 files checked: 0 errors, 0 warnings. Not checked against GitHub: see below.');
      expect(out.stderr.at(-1)).toMatch(/^Error: .*401.*GITHUB_TOKEN.*to check only the files, unset GITHUB_TOKEN and GH_TOKEN\.$/);
      expect(out.stderr.join('\n')).not.toContain(token);
    } finally {
      await refusing.close();
    }
  });
});
