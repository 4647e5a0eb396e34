// `npm run generate` and the files it writes: every committed generated file is exactly what the
// generator builds (compared in memory; the test writes nothing into the repository), and the
// script itself runs under plain Node 24, agrees, and reports a stale file without writing it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  generatedFiles,
  RECORD_SCHEMA_JSON_PATH,
  RECORD_VALIDATOR_PATH,
  REGENERATE,
  SCHEMA_JSON_PATH,
  TESTS_SCHEMA_JSON_PATH,
  TESTS_VALIDATOR_PATH,
  VALIDATOR_PATH,
  VERSION_PATH,
} from '../../scripts/generated-files.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const script = join(repoRoot, 'scripts', 'generate.mjs');
const generate = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { cwd: repoRoot, encoding: 'utf8' });

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempRoot(): string {
  const dir = mkdtempSync(join(tmpdir(), 'oncall-gate-generate-'));
  temps.push(dir);
  return dir;
}

describe('committed generated files', () => {
  it('lists the schema JSON, the standalone validator, the CLI version, and the schemas and validators of decision records and policy tests', () => {
    expect(generatedFiles().map((f) => f.path)).toEqual([
      SCHEMA_JSON_PATH,
      VALIDATOR_PATH,
      VERSION_PATH,
      RECORD_SCHEMA_JSON_PATH,
      RECORD_VALIDATOR_PATH,
      TESTS_SCHEMA_JSON_PATH,
      TESTS_VALIDATOR_PATH,
    ]);
  });

  it("the version the CLI prints is package.json's", async () => {
    const { VERSION } = await import('../../src/version.generated.js');
    expect(VERSION).toBe((JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version);
  });

  it.each(generatedFiles().map((f) => [f.path, f.text] as const))('%s is what the generator builds', (path, text) => {
    const committed = readFileSync(join(repoRoot, path), 'utf8');
    expect(committed === text, `${path} is stale: run \`${REGENERATE}\` and commit it`).toBe(true);
  });
});

describe('npm run generate (scripts/generate.mjs)', () => {
  it('--check agrees that this repository is up to date', () => {
    const run = generate('--check');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe('Generated files are up to date.\n');
  });

  it('--check names each stale or missing file, exits 1 and writes nothing', () => {
    const root = tempRoot();
    mkdirSync(join(root, 'policies'));
    writeFileSync(join(root, SCHEMA_JSON_PATH), '{}\n');
    const run = generate('--check', '--root', root);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('run `npm run generate` and commit them');
    expect(run.stderr).toContain(`  ${SCHEMA_JSON_PATH}\n`);
    expect(run.stderr).toContain(`  ${VALIDATOR_PATH}\n`);
    expect(readFileSync(join(root, SCHEMA_JSON_PATH), 'utf8')).toBe('{}\n');
    expect(existsSync(join(root, VALIDATOR_PATH))).toBe(false);
  });

  it('writes what differs, and then has nothing left to write', () => {
    const root = tempRoot();
    const first = generate('--root', root);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toBe(
      `Wrote ${generatedFiles()
        .map((f) => f.path)
        .join(', ')}.\n`,
    );
    for (const { path, text } of generatedFiles()) expect(readFileSync(join(root, path), 'utf8')).toBe(text);
    const second = generate('--root', root);
    expect(second.stdout).toBe('Generated files were already up to date.\n');
  });
});
