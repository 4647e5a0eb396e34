// The CLI's own commands (validate, usage) through runCli, with the emulator for live checks.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliOutput } from '../src/cli.js';
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

    it('reports an unknown schedule ID on its line', async () => {
      const dir = examplesCopy();
      const file = join(dir, 'policies', 'staging.yaml');
      const text = (await import('node:fs')).readFileSync(file, 'utf8').replace('01HXYZSCHEDULESTAGING00000', '01HXYZSCHEDULEDOESNOTEXIST');
      writeFileSync(file, text);
      const line = text.split('\n').findIndex((l) => l.includes('01HXYZSCHEDULEDOESNOTEXIST')) + 1;
      const out = capture();
      const code = await runCli(
        ['validate', join(dir, 'policies')],
        { INCIDENTIO_API_KEY: DEMO_API_KEY, INCIDENTIO_API_URL: emulator.url },
        out,
      );
      expect(code).toBe(1);
      expect(out.stderr.join('\n')).toMatch(new RegExp(`^policies/staging\\.yaml:${line}:\\d+: .*01HXYZSCHEDULEDOESNOTEXIST`, 'm'));
    });

    it('a rejected key still shows what the files themselves say, then the CLI fix', async () => {
      const out = capture();
      const key = 'not-a-valid-key-1234567890';
      const code = await runCli(
        ['validate', join(repoRoot, 'test/fixtures/policies/unknown-key')],
        { INCIDENTIO_API_KEY: key, INCIDENTIO_API_URL: emulator.url },
        out,
      );
      expect(code).toBe(1);
      expect(out.stderr[0]).toMatch(/deploy\.yaml:4:1: Unknown key `owner`/);
      expect(out.stdout.at(-1)).toMatch(/1 file checked: 3 errors/);
      expect(out.stderr.at(-1)).toMatch(/^The live checks against incident\.io failed, .*rejected the API key .*Check INCIDENTIO_API_KEY/);
      expect(out.stderr.join('\n')).not.toMatch(/incidentio-api-key|re-run the job/);
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
