// Builds the committed bundles: dist/index.js (the action), dist/cli/index.js (the CLI, App mode
// included) and dist/app-lambda/ (App mode on AWS Lambda).
// ncc (webpack) splits each dynamic import() into its own chunk, so a command loads only what
// it uses. Deterministic: pinned ncc and TypeScript; dist/ is wiped first so no stale chunk stays.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync, chmodSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// `node scripts/build.mjs [out] [--stats <folder>]`: --stats also writes webpack's statistics of
// each bundle (action.json, cli.json) into that folder, outside the output; the dist test reads
// them to check that licenses.txt names every package each bundle holds.
const args = process.argv.slice(2);
const statsAt = args.indexOf('--stats');
const stats = statsAt >= 0 ? resolve(args.splice(statsAt, 2)[1]) : undefined;
const out = args[0] ? resolve(args[0]) : join(root, 'dist');
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

rmSync(out, { recursive: true, force: true });
// `--license` writes licenses.txt beside each bundle: the name, license and license text of every
// package it holds.
const build = (entry, dir, name) =>
  execFileSync(
    process.execPath,
    [
      ncc,
      'build',
      entry,
      '-o',
      dir,
      '--quiet',
      '--transpile-only',
      '--target',
      'es2023',
      '--no-source-map-register',
      '--license',
      'licenses.txt',
      ...(stats ? ['--stats-out', join(stats, `${name}.json`)] : []),
    ],
    {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
build('src/index.ts', out, 'action');
build('src/cli-main.ts', join(out, 'cli'), 'cli');
// App mode on AWS Lambda (docs/app-mode.md): a folder to zip as it is, handler `index.handler`.
build('src/app-lambda.ts', join(out, 'app-lambda'), 'app-lambda');
writeFileSync(join(out, 'app-lambda', 'package.json'), '{\n  "type": "module"\n}\n');

// ncc's ES module output keeps bare `require("assert")` calls for Node built-ins used by the
// CommonJS parts of @actions/github's dependencies; an ES module has no `require`, so each file
// that calls it gets one from createRequire (the same thing ncc does for its own runtime).
const BANNER =
  "import { createRequire as __oncallGateCreateRequire } from 'node:module'; const require = __oncallGateCreateRequire(import.meta.url);\n";
const walk = (dir) => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
for (const file of walk(out).filter((f) => f.endsWith('.js'))) {
  const code = readFileSync(file, 'utf8');
  if (/(^|[^.\w$])require\(/.test(code) && !code.includes('__oncallGateCreateRequire')) writeFileSync(file, BANNER + code);
}

// The CLI is a `bin`: it needs a shebang and the executable bit.
const cli = join(out, 'cli', 'index.js');
const text = readFileSync(cli, 'utf8');
if (!text.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${text}`);
chmodSync(cli, 0o755);
