// `oncall-gate test` through runCli, offline: the example tests pass; a failed case, a broken
// test file, invalid policies or a tests folder inside the policy folder each exit non-zero with
// the file and line and the fix.
import { cpSync, mkdtempSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliOutput } from '../../src/cli.js';

const repoRoot = join(import.meta.dirname, '..', '..');

function capture(): CliOutput & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, log: (l) => stdout.push(l), error: (l) => stderr.push(l) };
}

/** A copy of the example policies and tests; returns the folder holding both. */
function examples(): string {
  const dir = mkdtempSync(join(tmpdir(), 'test-cli-'));
  cpSync(join(repoRoot, 'policies'), join(dir, 'policies'), { recursive: true });
  cpSync(join(repoRoot, 'policy-tests'), join(dir, 'policy-tests'), { recursive: true });
  return dir;
}

async function test(dir: string, extra: string[] = []) {
  const out = capture();
  const code = await runCli(['test', '--policy-path', join(dir, 'policies'), '--tests-path', join(dir, 'policy-tests'), ...extra], {}, out);
  return { code, out };
}

describe('oncall-gate test', () => {
  it('the example tests pass: one line per case, then the totals; exit 0', async () => {
    const { code, out } = await test(examples());
    expect(out.stderr).toEqual([]);
    expect(code).toBe(0);
    expect(out.stdout[0]).toMatch(
      /^pass {2}policy-tests\/production\.yaml:9 +the primary on call deploys, approved for an hour +approved, production-deploy rule 1 \(auto\), until 2026-01-06T11:00:00Z$/,
    );
    expect(out.stdout.at(-1)).toBe('11 cases: 11 passed, 0 failed, 0 errors.');
  });

  it('a failed case: exit 1, FAIL in the table, and the expectation it broke at its file and line', async () => {
    const dir = examples();
    const file = join(dir, 'policy-tests', 'production.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('expiresAt: 2026-01-06T11:00:00Z', 'expiresAt: 2026-01-06T12:00:00Z'));
    const { code, out } = await test(dir);
    expect(code).toBe(1);
    expect(out.stdout[0]).toMatch(/^FAIL {2}policy-tests\/production\.yaml:9 /);
    expect(out.stdout).toContain(
      'policy-tests/production.yaml:17:7: the primary on call deploys, approved for an hour: expected expiresAt 2026-01-06T12:00:00Z, got 2026-01-06T11:00:00Z',
    );
    expect(out.stdout.at(-1)).toBe('11 cases: 10 passed, 1 failed, 0 errors.');
  });

  it('a test naming a policy that does not exist: exit 1, the line and the fix', async () => {
    const dir = examples();
    const file = join(dir, 'policy-tests', 'staging-and-freeze.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('policy: holiday-freeze', 'policy: holiday-freze'));
    const { code, out } = await test(dir);
    expect(code).toBe(1);
    expect(out.stdout).toContain(
      'policy-tests/staging-and-freeze.yaml:24:31: No policy in policies/ is named `holiday-freze`. Did you mean `holiday-freeze`? (Name one of the policies (holiday-freeze, payments-deploy, production-deploy, staging-deploy).)',
    );
    expect(out.stdout.at(-1)).toBe('11 cases: 10 passed, 0 failed, 1 error.');
  });

  it('a snapshot that does not match the schema: exit 1, its line and the fix; the cases on it do not run', async () => {
    const dir = examples();
    const file = join(dir, 'policy-tests', 'snapshots', 'demo-rota.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('email: alice@example.com', 'mail: alice@example.com'));
    const { code, out } = await test(dir);
    expect(code).toBe(1);
    expect(out.stdout.join('\n')).toMatch(
      /^policy-tests\/snapshots\/demo-rota\.yaml:\d+:\d+: Unknown key `mail` in `users\[\d\]`\. Did you mean `email`\? \(Rename it to `email`\.\)$/m,
    );
    expect(out.stdout.join('\n')).toMatch(/policy-tests\/production\.yaml:7:\d+: The snapshot `snapshots\/demo-rota\.yaml` has errors/);
    // Both test files name the broken snapshot: none of their cases runs.
    expect(out.stdout.at(-1)).toBe('0 cases: 0 passed, 0 failed, 4 errors.');
  });

  it('invalid policies: no test runs, exit 1 with the policy problems', async () => {
    const dir = examples();
    writeFileSync(join(dir, 'policies', 'broken.yaml'), 'version: 1\nkind: policy\n');
    const { code, out } = await test(dir);
    expect(code).toBe(1);
    expect(out.stderr.at(-1)).toMatch(/The policies in policies\/ are invalid, so no test can run/);
  });

  it('a tests folder inside the policy folder (or holding it) is a usage error, exit 2', async () => {
    const dir = examples();
    cpSync(join(dir, 'policy-tests'), join(dir, 'policies', 'tests'), { recursive: true });
    const out = capture();
    expect(await runCli(['test', '--policy-path', join(dir, 'policies'), '--tests-path', join(dir, 'policies', 'tests')], {}, out)).toBe(2);
    expect(out.stderr[0]).toMatch(
      /The tests folder .*policies\/tests and the policy folder .*policies overlap: every YAML file under the policy folder is a policy/,
    );
  });

  it('no tests folder: exit 2 naming the option; a folder without test files: exit 1', async () => {
    const dir = examples();
    const out = capture();
    expect(await runCli(['test', '--policy-path', join(dir, 'policies'), '--tests-path', join(dir, 'nothing')], {}, out)).toBe(2);
    expect(out.stderr[0]).toMatch(/There is no policy folder at .*nothing; pass the folder that holds the policy tests with --tests-path/);
    mkdirSync(join(dir, 'empty'));
    const empty = capture();
    expect(await runCli(['test', '--policy-path', join(dir, 'policies'), '--tests-path', join(dir, 'empty')], {}, empty)).toBe(1);
    expect(empty.stderr).toEqual(['There are no test files (*.yaml) in empty/; see docs/policy-tests.md.']);
  });

  it('a symbolic link in the tests folder is refused like one in the policy folder', async () => {
    const dir = examples();
    symlinkSync(join(dir, 'policies', 'production.yaml'), join(dir, 'policy-tests', 'linked.yaml'));
    const { code, out } = await test(dir);
    expect(code).toBe(1);
    expect(out.stdout.join('\n')).toMatch(/policy-tests\/linked\.yaml:1:1: .*symbolic link/i);
  });

  it('usage', async () => {
    const out = capture();
    expect(await runCli(['test', 'extra'], {}, out)).toBe(2);
    expect(await runCli(['test', '--nope'], {}, out)).toBe(2);
    const help = capture();
    expect(await runCli(['test', '--help'], {}, help)).toBe(0);
    expect(help.stdout[0]).toMatch(/^Usage: oncall-gate test/);
  });
});
