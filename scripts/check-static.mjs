// The static half of `npm test`: the type check, ESLint and Prettier, run side by side (each is one
// single-threaded process, so on a machine with several cores they take as long as the slowest
// instead of the sum). Each one's output is printed whole when it ends, under its name, so nothing
// interleaves; the exit code is non-zero when any of them failed.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);

const CHECKS = [
  { name: 'tsc', command: bin('tsc'), args: ['--noEmit', '-p', 'tsconfig.json'] },
  { name: 'eslint', command: bin('eslint'), args: ['.'] },
  { name: 'prettier', command: bin('prettier'), args: ['--check', '.', '--log-level', 'warn'] },
];

function run({ name, command, args }) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const done = (code, note = '') => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      resolve({ name, code, output: output + note, seconds });
    };
    child.on('error', (error) => done(1, `could not start ${command}: ${error.message}\n`));
    child.on('close', (code, signal) => done(code ?? 1, signal ? `${name} was stopped by ${signal}\n` : ''));
  });
}

const results = await Promise.all(CHECKS.map(run));
let failed = 0;
for (const { name, code, output, seconds } of results) {
  const verdict = code === 0 ? 'ok' : `FAILED (exit ${code})`;
  console.log(`${name}: ${verdict} in ${seconds.toFixed(1)} s`);
  if (output.trim()) console.log(output.trimEnd());
  if (code !== 0) failed++;
}
if (failed > 0) {
  console.error(`${failed} of ${results.length} static checks failed; the output of each is above.`);
  process.exitCode = 1;
}
