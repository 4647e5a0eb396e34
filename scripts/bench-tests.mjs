#!/usr/bin/env node
// Times `oncall-gate test` running 1,000 policy test cases (docs/policy-tests.md): the example
// policies and the example rota snapshot, with 1,000 generated cases in ten test files (runs and
// pull requests, on-call and not, escalations with reviews, the freeze). Runs the BUILT CLI as a
// whole process, offline; the target is under one second. Usage: node scripts/bench-tests.mjs
// [--runs N]. Needs `npm run build` first.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli', 'index.js');
const CASES = 1000;
const FILES = 10;
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : Number(process.env.BENCH_RUNS ?? 7);
if (!existsSync(cli)) {
  console.error('dist/cli/index.js is missing: run `npm run build` first.');
  process.exit(2);
}

/** Ten kinds of case on the demo rota (alice is primary 2026-01-06 09:00 to 2026-01-07 09:00, bob secondary, dave staging). */
const KINDS = [
  (t) => `    at: ${t}\n    actor: alice\n    environment: production\n    expect: { result: approved, rule: auto }\n`,
  (t) => `    at: ${t}\n    actor: octocat\n    environment: production\n    expect: { result: denied }\n`,
  (t) =>
    `    at: ${t}\n    actor: octocat\n    environment: production\n    reason: hotfix for the price cache\n    expect: { result: pending, rule: escalation }\n`,
  (t) =>
    `    at: ${t}\n    actor: octocat\n    environment: production\n    reason: hotfix for the price cache\n    merged: { author: octocat, at: 2026-01-06T09:45:00Z }\n    reviews: [{ by: bob, state: APPROVED, at: 2026-01-06T09:30:00Z }]\n    expect: { result: approved, approvedBy: bob }\n`,
  (t) => `    at: ${t}\n    actor: dave\n    environment: staging\n    expect: { result: approved, policy: staging-deploy }\n`,
  (t) => `    at: ${t}\n    actor: alice\n    environment: production-freeze\n    expect: { result: denied, rule: deny }\n`,
  (t) => `    at: ${t}\n    actor: alice\n    pull: { base: main, files: [services/api/x.ts] }\n    expect: { result: approved }\n`,
  (t) =>
    `    at: ${t}\n    actor: octocat\n    reason: hotfix for the price cache\n    pull: { base: main }\n    reviews: [{ by: bob, state: APPROVED, at: 2026-01-06T09:30:00Z }]\n    expect: { result: approved, approvedBy: bob }\n`,
  (t) => `    at: ${t}\n    actor: octocat\n    pull: { base: main, draft: true }\n    expect: { result: pending }\n`,
  (t) => `    at: ${t}\n    actor: octocat\n    expect: { result: not-required }\n`,
];

const dir = mkdtempSync(join(tmpdir(), 'bench-tests-'));
// Removed when the script exits, whether it finished or failed.
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
cpSync(join(root, 'policies'), join(dir, 'policies'), { recursive: true });
mkdirSync(join(dir, 'policy-tests', 'snapshots'), { recursive: true });
cpSync(join(root, 'policy-tests', 'snapshots', 'demo-rota.yaml'), join(dir, 'policy-tests', 'snapshots', 'demo-rota.yaml'));
for (let f = 0; f < FILES; f++) {
  let text = 'version: 1\nkind: policy-test\nsnapshots: [snapshots/demo-rota.yaml]\ncases:\n';
  for (let i = 0; i < CASES / FILES; i++) {
    const n = f * (CASES / FILES) + i;
    // Minutes past 10:00 on 2026-01-06, inside alice's shift and the snapshot's window.
    const t = `2026-01-06T${String(10 + Math.floor((n % 600) / 60)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}:00Z`;
    text += `  - name: case ${n}\n${KINDS[n % KINDS.length](t)}`;
  }
  writeFileSync(join(dir, 'policy-tests', `generated-${f}.yaml`), text);
}

const times = [];
for (let i = 0; i < runs; i++) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, 'test'], { cwd: dir, encoding: 'utf8' });
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
  const last = r.stdout.trimEnd().split('\n').at(-1);
  if (r.status !== 0 || last !== `${CASES} cases: ${CASES} passed, 0 failed, 0 errors.`) {
    console.error(`oncall-gate test did not pass all ${CASES} cases (exit ${r.status}): ${last}\n${r.stderr}`);
    process.exit(1);
  }
}
const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
console.log(`Policy tests: oncall-gate test running ${CASES} cases in ${FILES} files (CLI, whole process, median of ${runs} runs)`);
console.log(`   ${median.toFixed(1)} ms (target < 1000 ms)${median < 1000 ? '' : '  OVER TARGET'}\n`);
