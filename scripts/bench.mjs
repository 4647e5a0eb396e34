// `npm run bench`: prints the project's speed figures (targets live here, never in timed tests).
//   1. cold start of `dist/index.js` running `validate` vs bare `node -e ''` (target < 3x)
//   2. validating 1,000 generated policy files, the cap (target < 0.5 s)
//   3. the gate decision (scripts/bench-gate.mjs; target 2x bare node, shown beside its I/O floor)
//      and the plan benchmark (scripts/bench-plan.mjs; target < 1 s)
//   4. `oncall-gate test` running 1,000 policy test cases (scripts/bench-tests.mjs; target < 1 s)
//   5. App mode: webhook-to-callback latency and deliveries per second on one core (scripts/bench-app.mjs)
// Runs the committed bundles under the current Node (npm puts Node 24 first on PATH).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

/** The temporary folders this run makes; all removed when it exits, whether it finished or failed. */
const made = [];
function tempDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
process.on('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export function timeRuns(args, options = {}, runs = RUNS) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { encoding: 'utf8', ...options });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (options.expectStatus !== undefined && r.status !== options.expectStatus) {
      throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stdout}\n${r.stderr}`);
    }
    times.push(ms);
  }
  return median(times);
}

function runnerEnv(workspace, command) {
  const files = tempDir('bench-runner-');
  for (const f of ['output', 'summary']) writeFileSync(join(files, f), '');
  return {
    PATH: process.env.PATH,
    GITHUB_REPOSITORY: 'acme/api',
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: join(files, 'output'),
    GITHUB_STEP_SUMMARY: join(files, 'summary'),
    INPUT_COMMAND: command,
    'INPUT_POLICY-PATH': 'policies',
    'INPUT_INCIDENTIO-API-URL': 'https://api.incident.io',
    'INPUT_DRY-RUN': 'false',
    'INPUT_FAIL-ON-DENY': 'true',
  };
}

function generatePolicies(dir, n) {
  mkdirSync(join(dir, 'policies'), { recursive: true });
  const schedules = Array.from({ length: 20 }, (_, i) => `01HXYZBENCHSCHEDULE${String(i).padStart(7, '0')}`);
  for (let i = 0; i < n; i++) {
    const a = schedules[i % 20];
    const b = schedules[(i + 7) % 20];
    writeFileSync(
      join(dir, 'policies', `policy-${String(i).padStart(4, '0')}.yaml`),
      `version: 1
kind: policy
name: service-${i}-deploy
description: Deploys of service ${i} need its on-call.
match:
  environments: [prod-${i}, staging-${i}]
  branches: [main, "release/*"]
  paths: ["services/svc-${i}/**"]
approval:
  - type: auto
    integration: incidentio
    schedules: [${a}]
    duration: 1h
  - type: escalation
    integration: incidentio
    services: [${a}, ${b}]
    duration: 24h
    options: { allowOneParty: false, requireReason: true }
`,
    );
  }
  writeFileSync(
    join(dir, 'policies', 'identities.yaml'),
    `version: 1\nkind: identities\nlookup: [map]\nusers:\n  octocat: octo.cat@example.com\n`,
  );
}

if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('dist/index.js is missing: run `npm run build` first.');
  process.exit(2);
}
/** The mark of a missed target (the figures are printed, never failed: see README, Development). */
const over = (met) => (met ? '' : '  OVER TARGET');
console.log(`oncall-gate benchmarks on Node ${process.versions.node} (median of ${RUNS} runs)\n`);

const bare = timeRuns(['-e', '']);
const examples = tempDir('bench-examples-');
mkdirSync(join(examples, 'policies'));
spawnSync('cp', ['-r', join(root, 'policies'), examples]);
const start = timeRuns([join(root, 'dist', 'index.js')], { cwd: examples, env: runnerEnv(examples, 'validate'), expectStatus: 0 });
console.log('1. Start-up: dist/index.js validate (example policies) vs bare node');
console.log(`   bare node -e '': ${bare.toFixed(1)} ms`);
console.log(`   dist/index.js validate: ${start.toFixed(1)} ms`);
console.log(`   ratio: ${(start / bare).toFixed(2)}x (target < 3x)${over(start / bare < 3)}\n`);

const big = tempDir('bench-1000-');
// 999 policies + the identities file: exactly the 1,000-file cap of a policy folder.
generatePolicies(big, 999);
const empty = tempDir('bench-empty-');
generatePolicies(empty, 0);
const cli = join(root, 'dist', 'cli', 'index.js');
const t1000 = timeRuns([cli, 'validate', 'policies'], { cwd: big, expectStatus: 0 }, 7);
const t0 = timeRuns([cli, 'validate', 'policies'], { cwd: empty, expectStatus: 0 }, 7);
console.log('2. Validation of 1,000 generated policy files, the cap (CLI, whole process)');
console.log(`   1,000 files: ${t1000.toFixed(1)} ms; empty folder: ${t0.toFixed(1)} ms`);
console.log(`   validation alone: ${(t1000 - t0).toFixed(1)} ms (target < 500 ms)${over(t1000 - t0 < 500)}`);

// One file at the 256 KiB size limit made of distinct keys: the duplicate-key check must stay
// linear (yaml's own check compares every key with every earlier one: seconds for such a file).
const wide = tempDir('bench-wide-');
mkdirSync(join(wide, 'policies'));
let keys = '';
for (let i = 0; keys.length < 256 * 1024 - 100; i++) keys += `key-number-${i}: value\n`;
writeFileSync(join(wide, 'policies', 'wide.yaml'), keys);
const tWide = timeRuns([cli, 'validate', 'policies'], { cwd: wide, expectStatus: 1 }, 5);
console.log(
  '   one 256 KiB file of ~14,000 distinct keys (invalid: not a policy): ' +
    `${(tWide - t0).toFixed(1)} ms (target < 1000 ms)${over(tWide - t0 < 1000)}\n`,
);

for (const script of ['bench-gate.mjs', 'bench-plan.mjs', 'bench-tests.mjs', 'bench-app.mjs']) {
  const path = join(root, 'scripts', script);
  if (!existsSync(path)) continue;
  const r = spawnSync(process.execPath, [path], { stdio: 'inherit', env: { ...process.env, BENCH_RUNS: String(RUNS) } });
  if (r.status !== 0) process.exitCode = 1;
}
