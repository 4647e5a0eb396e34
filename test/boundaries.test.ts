// The repository's layout rules: the test doubles (packages/) stay apart from the product (src/),
// and test/ mirrors src/. Read from the files on disk, so a new import or folder that breaks a
// rule fails here with the file that breaks it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));
const rel = (path: string) => relative(repoRoot, path).split(sep).join('/');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (name === 'node_modules') return [];
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const SOURCE = /\.(ts|mts|mjs|js)$/;
/** Every module specifier of a file: static and dynamic imports, re-exports. */
function specifiers(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
}

const packages = readdirSync(join(repoRoot, 'packages')).filter((n) => statSync(join(repoRoot, 'packages', n)).isDirectory());
const packageNames = packages.map(
  (dir) => (JSON.parse(readFileSync(join(repoRoot, 'packages', dir, 'package.json'), 'utf8')) as { name: string }).name,
);

describe('the product does not depend on the test doubles', () => {
  it('finds the packages', () => {
    // The two test doubles, and the Node 22 the packed CLI is tested on (no sources).
    expect(packageNames.sort()).toEqual(['@oncall-gate/github-fake', '@oncall-gate/incidentio-emulator', '@oncall-gate/node22']);
  });

  it('only the CLI entry (src/cli.ts) imports a package, and only the emulator for `oncall-gate emulator`', () => {
    const found: string[] = [];
    for (const file of walk(join(repoRoot, 'src')).filter((f) => SOURCE.test(f))) {
      for (const spec of specifiers(file)) {
        const intoPackages = spec.startsWith('.') && rel(resolve(file, '..', spec)).startsWith('packages/');
        if (intoPackages || packageNames.some((name) => spec === name || spec.startsWith(`${name}/`))) found.push(`${rel(file)}: ${spec}`);
      }
    }
    expect(found).toEqual(['src/cli.ts: @oncall-gate/incidentio-emulator/cli']);
  });

  it('no package reaches into src/, another package or the root package', () => {
    const found: string[] = [];
    for (const dir of packages) {
      const base = join(repoRoot, 'packages', dir);
      for (const file of walk(base).filter((f) => SOURCE.test(f))) {
        for (const spec of specifiers(file)) {
          const outside = spec.startsWith('.') && relative(base, resolve(file, '..', spec)).startsWith('..');
          if (
            outside ||
            spec === 'oncall-gate' ||
            (packageNames.some((name) => spec.startsWith(name)) && !spec.startsWith(packageNames[packages.indexOf(dir)]!))
          ) {
            found.push(`${rel(file)}: ${spec}`);
          }
        }
      }
    }
    expect(found).toEqual([]);
  });
});

describe('test/ mirrors src/', () => {
  /** Folders of test/ that are not a folder of src/: end-to-end tests of dist/, helpers, data, setup, scripts/, checks of the repository as a whole. */
  const OWN = new Set(['e2e', 'support', 'fixtures', 'setup', 'scripts', 'repo']);

  it('every other folder of test/ is a folder of src/', () => {
    const dirs = walk(join(repoRoot, 'test'))
      .map((f) => rel(f).split('/').slice(1, -1).join('/'))
      .filter((d) => d !== '' && !OWN.has(d.split('/')[0]!));
    const missing = [...new Set(dirs)].filter((d) => {
      try {
        return !statSync(join(repoRoot, 'src', d)).isDirectory();
      } catch {
        return true;
      }
    });
    expect(missing).toEqual([]);
  });

  it('test files at the top of test/ are named after a module at the top of src/', () => {
    const modules = readdirSync(join(repoRoot, 'src'))
      .filter((n) => n.endsWith('.ts'))
      .map((n) => n.slice(0, -3));
    const strays = readdirSync(join(repoRoot, 'test'))
      .filter((n) => n.endsWith('.test.ts') && n !== 'boundaries.test.ts')
      .filter((n) => !modules.some((m) => n === `${m}.test.ts` || n.startsWith(`${m}-`)));
    expect(strays).toEqual([]);
  });
});

describe('App mode stays off the action', () => {
  it('only the entries (src/cli.ts, src/app-lambda.ts) and src/app/ itself import src/app/ and its client (src/compose-app.ts)', () => {
    const found: string[] = [];
    for (const file of walk(join(repoRoot, 'src')).filter((f) => SOURCE.test(f))) {
      const from = rel(file);
      if (from.startsWith('src/app/') || from === 'src/cli.ts' || from === 'src/app-lambda.ts') continue;
      for (const spec of specifiers(file)) {
        const target = spec.startsWith('.') ? rel(resolve(file, '..', spec)) : '';
        if (target.startsWith('src/app/') || target.startsWith('src/compose-app.') || target.startsWith('src/github/app-auth.'))
          found.push(`${from}: ${spec}`);
      }
    }
    expect(found.filter((f) => !f.startsWith('src/compose-app.ts: ./github/app-auth'))).toEqual([]);
  });
});
