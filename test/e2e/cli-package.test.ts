// The package as people get it: `npm pack`, installed from the tarball into an empty folder with
// npm offline (everything the CLI runs is bundled in dist/, so nothing is fetched), then run
// through `npx oncall-gate` on Node 24 and on Node 22 (the oldest Node the CLI supports; the
// private workspace packages/node22 installs it).
import { execFile, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_API_KEY, DEMO_FIXTURE_YAML, parseFixtureYaml, startEmulator, type Emulator } from '@oncall-gate/incidentio-emulator';
import { inheritedNodeEnv, repoRoot } from './harness.js';

const NODE22 = join(repoRoot, 'packages', 'node22', 'node_modules', '.bin', 'node');
const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };

let temp: string;
let app: string;
let packed: { filename: string; files: { path: string }[] };
let emulator: Emulator;

/** npm with a private cache and home, offline: a request to any registry would fail the install. */
function npmEnv(nodeDir?: string): NodeJS.ProcessEnv {
  return {
    PATH: [...(nodeDir ? [nodeDir] : []), dirname(process.execPath), process.env.PATH ?? ''].join(delimiter),
    HOME: join(temp, 'home'),
    npm_config_cache: join(temp, 'npm-cache'),
    npm_config_offline: 'true',
    // npx never offers to fetch a package: the command must come from the installed tarball.
    npm_config_yes: 'false',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    ...inheritedNodeEnv(),
  };
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 120_000 });
}

beforeAll(async () => {
  emulator = await startEmulator({ fixture: parseFixtureYaml(DEMO_FIXTURE_YAML), port: 0 });
  temp = mkdtempSync(join(tmpdir(), 'oncall-gate-pack-'));
  mkdirSync(join(temp, 'home'));
  const pack = run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', temp], repoRoot, npmEnv());
  expect(pack.status, pack.stderr).toBe(0);
  packed = (JSON.parse(pack.stdout) as (typeof packed)[])[0]!;

  app = join(temp, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true }));
  const install = run('npm', ['install', '--ignore-scripts', join(temp, packed.filename)], app, npmEnv());
  expect(install.status, install.stderr).toBe(0);
  cpSync(join(repoRoot, 'policies'), join(app, 'policies'), { recursive: true });
  cpSync(join(repoRoot, 'test', 'fixtures', 'policies', 'unknown-key'), join(app, 'bad'), { recursive: true });
}, 180_000);
afterAll(() => emulator?.close());

describe('the packed package', () => {
  it('holds the bundles, their licenses and the docs, and no sources or tests', () => {
    const files = packed.files.map((f) => f.path);
    for (const path of ['package.json', 'README.md', 'LICENSE', 'action.yml', 'dist/index.js', 'dist/cli/index.js', 'docs/cli.md']) {
      expect(files, path).toContain(path);
    }
    expect(files).toEqual(expect.arrayContaining(['dist/licenses.txt', 'dist/cli/licenses.txt', 'policies/schema.json']));
    expect(files.filter((f) => /^(src|test|packages|scripts)\//.test(f))).toEqual([]);
  });

  it('declares no runtime dependency (dist/ bundles them), is public and supports Node 22', () => {
    const manifest = JSON.parse(readFileSync(join(app, 'node_modules', 'oncall-gate', 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.private).toBeUndefined();
    expect(manifest.engines).toEqual({ node: '>=22' });
    expect(manifest.bin).toEqual({ 'oncall-gate': 'dist/cli/index.js' });
  });
});

describe.each([
  ['Node 24', dirname(process.execPath), '24'],
  ['Node 22', dirname(NODE22), '22'],
])('npx oncall-gate on %s', (_name, nodeDir, major) => {
  const npx = (args: string[]): SpawnSyncReturns<string> => run('npx', ['oncall-gate', ...args], app, npmEnv(nodeDir));

  it('runs on that Node', () => {
    expect(existsSync(join(nodeDir, 'node')), `no Node ${major} at ${nodeDir}: run npm ci`).toBe(true);
    const node = run('node', ['--version'], app, npmEnv(nodeDir));
    expect(node.stdout).toMatch(new RegExp(`^v${major}\\.`));
  });

  it('--version', () => {
    const r = npx(['--version']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`oncall-gate ${version}\n`);
    expect(r.status).toBe(0);
  });

  it('validate --json: one JSON document on stdout, paths relative to the folder it ran in', () => {
    const valid = npx(['validate', '--json']);
    expect(valid.stderr).toBe('');
    expect(valid.status).toBe(0);
    const doc = JSON.parse(valid.stdout) as {
      command: string;
      verdict: string;
      exitCode: number;
      diagnostics: unknown[];
      facts: { files: string[] };
    };
    expect(doc).toMatchObject({ command: 'validate', verdict: 'valid', exitCode: 0, diagnostics: [] });
    expect(doc.facts.files).toContain('policies/production.yaml');

    const invalid = npx(['validate', 'bad', '--json']);
    expect(invalid.status).toBe(1);
    const bad = JSON.parse(invalid.stdout) as { verdict: string; diagnostics: { file: string; line: number; column: number }[] };
    expect(bad.verdict).toBe('invalid');
    expect(bad.diagnostics[0]).toMatchObject({ file: 'bad/deploy.yaml', line: 4, column: 1 });
  });

  it('who --json against incident.io (the emulator, in this process): the node:http client runs on that Node too', async () => {
    const env = { ...npmEnv(nodeDir), INCIDENTIO_API_URL: emulator.url, INCIDENTIO_API_KEY: DEMO_API_KEY };
    const args = ['oncall-gate', 'who', '01HXYZSCHEDULEPRIMARY00000', '--at', '2026-01-06T10:00:00Z', '--json'];
    // Asynchronously: the emulator answers from this process's event loop.
    const r = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile('npx', args, { cwd: app, env, encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { verdict: string; facts: { onCall: { login?: string }[] } };
    expect(doc.verdict).toBe('ok');
    expect(doc.facts.onCall.map((p) => p.login)).toEqual(['alice']);
  });
});
