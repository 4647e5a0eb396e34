// Builds the committed bundles: dist/index.js (the action) and dist/cli/index.js (the CLI).
// ncc (webpack) splits each dynamic import() into its own chunk, so a command loads only what
// it uses. Deterministic: pinned ncc and TypeScript; dist/ is wiped first so no stale chunk stays.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync, chmodSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2] ? join(process.cwd(), process.argv[2]) : join(root, 'dist');
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

rmSync(out, { recursive: true, force: true });
const build = (entry, dir) =>
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', dir, '--quiet', '--target', 'es2023', '--no-source-map-register', '--license', 'licenses.txt'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
build('src/index.ts', out);
build('src/cli-main.ts', join(out, 'cli'));

// The CLI is a `bin`: it needs a shebang and the executable bit.
const cli = join(out, 'cli', 'index.js');
const text = readFileSync(cli, 'utf8');
if (!text.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${text}`);
chmodSync(cli, 0o755);
