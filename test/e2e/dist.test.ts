// The committed dist/ must be exactly what the sources build (the runner executes it as is),
// and it must run under Node 24 as an ES module (a CommonJS build bundles fine and then fails).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './harness.js';

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

/** The packages a bundle holds, from webpack's statistics of it: node_modules and the workspace packages. */
function bundledPackages(statsFile: string): string[] {
  interface Module {
    name?: string;
    modules?: Module[];
  }
  const stats = JSON.parse(readFileSync(statsFile, 'utf8')) as { modules?: Module[]; chunks?: { modules?: Module[] }[] };
  const names = new Set<string>();
  const visit = (modules: Module[] | undefined): void => {
    for (const m of modules ?? []) {
      const inNodeModules = [...(m.name ?? '').matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)].at(-1)?.[1];
      const workspace = /^\.\/packages\/([^/]+)\//.exec(m.name ?? '')?.[1];
      if (inNodeModules) names.add(inNodeModules);
      else if (workspace)
        names.add((JSON.parse(readFileSync(join(repoRoot, 'packages', workspace, 'package.json'), 'utf8')) as { name: string }).name);
      visit(m.modules);
    }
  };
  visit(stats.modules);
  for (const chunk of stats.chunks ?? []) visit(chunk.modules);
  return [...names].sort();
}

describe('committed dist/', () => {
  const statsDir = mkdtempSync(join(tmpdir(), 'oncall-gate-stats-'));

  it('equals a fresh build of the sources', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'oncall-gate-build-')), 'dist');
    const build = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'build.mjs'), out, '--stats', statsDir], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(build.status, build.stderr).toBe(0);
    const fresh = listFiles(out)
      .map((f) => relative(out, f))
      .sort();
    const committed = listFiles(join(repoRoot, 'dist'))
      .map((f) => relative(join(repoRoot, 'dist'), f))
      .sort();
    expect(committed, 'dist/ file list differs from a fresh build: run `npm run build` and commit dist/').toEqual(fresh);
    for (const file of fresh) {
      const same = readFileSync(join(out, file)).equals(readFileSync(join(repoRoot, 'dist', file)));
      expect(same, `dist/${file} differs from a fresh build: run \`npm run build\` and commit dist/`).toBe(true);
    }
  }, 180_000);

  it('ships beside each bundle the license of every package it holds (licenses.txt)', () => {
    for (const [stats, licenses] of [
      ['action.json', 'dist/licenses.txt'],
      ['cli.json', 'dist/cli/licenses.txt'],
    ] as const) {
      const packages = bundledPackages(join(statsDir, stats));
      expect(packages, stats).toContain('yaml');
      const listed = readFileSync(join(repoRoot, licenses), 'utf8').split('\n');
      expect(
        packages.filter((name) => !listed.includes(name)),
        `${licenses} lacks these bundled packages`,
      ).toEqual([]);
    }
  });

  it('runs under Node 24 as an ES module', () => {
    expect(process.versions.node.split('.')[0]).toBe('24');
    expect(JSON.parse(readFileSync(join(repoRoot, 'dist', 'package.json'), 'utf8'))).toEqual({ type: 'module' });
    const cli = spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli', 'index.js'), '--help'], { encoding: 'utf8' });
    expect(cli.status).toBe(0);
    expect(cli.stdout).toMatch(/Usage: oncall-gate <command>/);
    expect(cli.stderr).toBe('');
  });

  it("the action's bundle carries nothing of App mode: the App's libraries are only in dist/cli/ and dist/app-lambda/", () => {
    const action = readdirSync(join(repoRoot, 'dist')).filter((f) => f.endsWith('.js'));
    const carrying = action.filter((f) =>
      /createWebMiddleware|eachInstallation|deployment_protection_rule ignored/.test(readFileSync(join(repoRoot, 'dist', f), 'utf8')),
    );
    expect(carrying).toEqual([]);
    for (const dir of ['cli', 'app-lambda']) {
      const files = readdirSync(join(repoRoot, 'dist', dir)).filter((f) => f.endsWith('.js'));
      expect(
        files.some((f) => readFileSync(join(repoRoot, 'dist', dir, f), 'utf8').includes('createWebMiddleware')),
        dir,
      ).toBe(true);
    }
    expect(JSON.parse(readFileSync(join(repoRoot, 'dist', 'app-lambda', 'package.json'), 'utf8'))).toEqual({ type: 'module' });
  });
});
