// The CLI's own commands (validate, usage) through runCli, with the emulator for live checks.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliOutput } from '../../../src/cli.js';
import { parseFixtureYaml } from '../../../src/emulator/fixture.js';
import { DEMO_API_KEY, DEMO_FIXTURE_YAML } from '../../../src/emulator/demo-fixture.js';
import { startEmulator, type Emulator } from '../../../src/emulator/server.js';

const repoRoot = join(import.meta.dirname, '..', '..', '..');

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
    expect(out.stdout.at(-1)).toMatch(/^5 files checked: 0 errors, 0 warnings\.$/);
  });

  it('exit 1 and file:line:col: message (fix) lines for invalid policies', async () => {
    const out = capture();
    const code = await runCli(['validate', join(repoRoot, 'test/fixtures/policies/unknown-key')], {}, out);
    expect(code).toBe(1);
    expect(out.stderr[0]).toMatch(/^test\/fixtures\/policies\/unknown-key\/deploy\.yaml:4:1: Unknown key `owner` in a policy file \(Remove it\./);
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
      const code = await runCli(['validate', join(dir, 'policies')], { INCIDENTIO_API_KEY: DEMO_API_KEY, INCIDENTIO_API_URL: emulator.url }, out);
      expect(code).toBe(1);
      expect(out.stderr.join('\n')).toMatch(new RegExp(`^policies/staging\\.yaml:${line}:\\d+: .*01HXYZSCHEDULEDOESNOTEXIST`, 'm'));
    });

    it('fails (exit 1) with the fix when the key is rejected, without printing the key', async () => {
      const out = capture();
      const key = 'not-a-valid-key-1234567890';
      const code = await runCli(['validate', join(examplesCopy(), 'policies')], { INCIDENTIO_API_KEY: key, INCIDENTIO_API_URL: emulator.url }, out);
      expect(code).toBe(1);
      expect(out.stderr.join('\n')).toMatch(/incidentio-api-key|API key/i);
      expect(out.stderr.join('\n') + out.stdout.join('\n')).not.toContain(key);
    });
  });
});

describe('oncall-gate help', () => {
  it('prints usage with exit 0 for help and 2 without a command', async () => {
    const out = capture();
    expect(await runCli(['--help'], {}, out)).toBe(0);
    expect(out.stdout[0]).toMatch(/^Usage: oncall-gate <command>/);
    expect(await runCli([], {}, out)).toBe(2);
  });
});
