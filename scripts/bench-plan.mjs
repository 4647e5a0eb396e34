#!/usr/bin/env node
// Times `oncall-gate plan` for a 50-policy repository with 20 schedules (issue 6: "a plan for a
// 50-policy repository with 20 schedules completes with one windowed schedule-entries query per
// schedule"). Runs the BUILT CLI only, offline: it starts `dist/cli/index.js emulator` with a
// generated fixture on 127.0.0.1, makes a temporary git repository whose `main` holds the
// policies and whose working tree changes ten of them, then times `dist/cli/index.js plan
// --base main` with INCIDENTIO_API_KEY set, and counts the schedule-entries requests the
// emulator logged. Usage: node scripts/bench-plan.mjs [--runs N] [--json]
// Needs `npm ci && npm run build` first (and git on PATH).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli', 'index.js');
const POLICIES = 50;
const SCHEDULES = 20;
const USERS = 30;
const KEY = 'bench-plan-key-00000000000000';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;
const asJson = args.includes('--json');
if (!Number.isInteger(runs) || runs < 1) {
  console.error('bench-plan: --runs needs a whole number >= 1');
  process.exit(2);
}
if (!existsSync(cli)) {
  console.error(`bench-plan: ${cli} does not exist; run \`npm ci && npm run build\` first.`);
  process.exit(2);
}

const pad = (n, width = 3) => String(n).padStart(width, '0');
const scheduleId = (i) => `01BENCHSCHEDULE00000000${pad(i)}`;
const email = (i) => `user${i}@example.com`;

// ---- the incident.io organisation: 20 schedules, half with hourly handovers (168 shifts in 7
// days, so several pages each), half daily.
function fixtureYaml() {
  const lines = [
    'keys:',
    `  - key: ${KEY}`,
    '    name: bench',
    '    roles: [viewer, incident_creator, incident_editor, manage_settings]',
    'users:',
  ];
  for (let i = 0; i < USERS; i++) lines.push(`  - { id: 01BENCHUSER000000000000${pad(i)}, name: User ${i}, email: ${email(i)} }`);
  lines.push('schedules:');
  for (let i = 0; i < SCHEDULES; i++) {
    lines.push(
      `  - id: ${scheduleId(i)}`,
      `    name: Schedule ${i}`,
      '    timezone: UTC',
      '    rotations:',
      `      - id: 01BENCHROTATION00000000${pad(i)}`,
      '        name: Main',
      `        users: [${email(i % USERS)}, ${email((i + 7) % USERS)}, ${email((i + 13) % USERS)}]`,
      '        handover_start_at: 2026-01-05T09:00:00Z',
      `        handovers: [{ interval: 1, interval_type: ${i % 2 === 0 ? 'hourly' : 'daily'} }]`,
    );
  }
  lines.push('customFields: []', 'rateLimit: false');
  return lines.join('\n') + '\n';
}

// ---- the repository: 50 policies, identities for every user, the integration settings.
function policyFiles(changed) {
  const files = {
    'policies/identities.yaml': `version: 1\nkind: identities\nusers:\n${Array.from({ length: USERS }, (_, i) => `  user-${i}: ${email(i)}`).join('\n')}\n`,
    'policies/incidentio.yaml': `version: 1\nkind: integration\nintegration: incidentio\nautoApproval:\n  schedules: [${scheduleId(0)}]\n`,
  };
  for (let k = 0; k < POLICIES; k++) {
    const auto = changed && k % 5 === 0 ? scheduleId((k + 3) % SCHEDULES) : scheduleId(k % SCHEDULES);
    files[`policies/policy-${pad(k, 2)}.yaml`] =
      `version: 1\nkind: policy\nname: policy-${k}\nmatch:\n  environments: [env-${k}]\n  branches: [main]\napproval:\n` +
      `  - type: auto\n    integration: incidentio\n    schedules: [${auto}]\n` +
      `  - type: escalation\n    integration: incidentio\n    services: [${scheduleId((k + 1) % SCHEDULES)}, ${scheduleId((k + 2) % SCHEDULES)}]\n`;
  }
  return files;
}

function writeFiles(dir, files) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

const git = (cwd, ...a) =>
  execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', '-c', 'commit.gpgsign=false', ...a], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });

function startEmulator(fixturePath) {
  const child = spawn(process.execPath, [cli, 'emulator', '--port', '0', '--fixture', fixturePath], { stdio: ['ignore', 'pipe', 'pipe'] });
  const log = [];
  let buffer = '';
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the emulator did not start within 15 s:\n${log.join('\n')}`)), 15_000);
    child.stdout.on('data', (chunk) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        log.push(line);
        const m = /listening on (http:\/\/\S+)/.exec(line);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      }
    });
    child.stderr.on('data', (chunk) => log.push(chunk.toString().trimEnd()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the emulator exited (code ${code}):\n${log.join('\n')}`));
    });
  });
  return { child, log, ready };
}

function runPlan(repo, url) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [cli, 'plan', '--base', 'main'], {
      cwd: repo,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? repo, INCIDENTIO_API_KEY: KEY, INCIDENTIO_API_URL: url },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, ms: Number(process.hrtime.bigint() - started) / 1e6, out, err }));
  });
}

const work = mkdtempSync(join(tmpdir(), 'oncall-gate-bench-'));
const fixturePath = join(work, 'fixture.yaml');
writeFileSync(fixturePath, fixtureYaml());
const repo = join(work, 'repo');
mkdirSync(repo);
git(repo, 'init', '-q', '-b', 'main');
writeFiles(repo, policyFiles(false));
git(repo, 'add', '.');
git(repo, 'commit', '-q', '-m', 'base policies');
writeFiles(repo, policyFiles(true));

const emulator = startEmulator(fixturePath);
let exitCode = 0;
try {
  const url = await emulator.ready;
  const times = [];
  let entriesPerPlan;
  let schedulesQueried;
  let windowed;
  for (let i = 0; i < runs; i++) {
    const before = emulator.log.length;
    const result = await runPlan(repo, url);
    if (result.code !== 0 || !/Plan: \d+ to add, \d+ to change, \d+ to destroy\.\s*$/.test(result.out)) {
      throw new Error(`oncall-gate plan failed (exit ${result.code}):\n${result.out}\n${result.err}`);
    }
    times.push(result.ms);
    // The emulator logs one line per request; let the last lines of this run arrive.
    await new Promise((r) => setTimeout(r, 50));
    const entries = emulator.log.slice(before).filter((l) => l.startsWith('GET /v2/schedule_entries?'));
    entriesPerPlan = entries.length;
    schedulesQueried = new Set(entries.map((l) => /schedule_id=([^&\s]+)/.exec(l)?.[1])).size;
    // A query that opens a window starts at a timestamp; a next page passes the opaque cursor
    // back as entry_window_start (docs/incidentio.md, "Pagination").
    windowed = entries.filter((l) => /entry_window_start=\d{4}-\d\d-\d\dT/.test(l)).length;
    if (windowed !== SCHEDULES || schedulesQueried !== SCHEDULES) {
      throw new Error(
        `expected one windowed schedule-entries query for each of the ${SCHEDULES} schedules, saw ${windowed} for ${schedulesQueried}`,
      );
    }
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const report = {
    policies: POLICIES,
    schedules: SCHEDULES,
    runs,
    medianMs: Math.round(median),
    minMs: Math.round(sorted[0]),
    maxMs: Math.round(sorted[sorted.length - 1]),
    scheduleEntriesRequestsPerPlan: entriesPerPlan,
    windowedQueriesPerPlan: windowed,
    schedulesQueried,
  };
  if (asJson) console.log(JSON.stringify(report));
  else {
    console.log(
      `oncall-gate plan, ${POLICIES} policies and ${SCHEDULES} schedules (built CLI against the local emulator): ` +
        `median ${report.medianMs} ms (min ${report.minMs}, max ${report.maxMs}) over ${runs} run${runs === 1 ? '' : 's'} ` +
        `(target < 1000 ms)${report.medianMs < 1000 ? '' : '  OVER TARGET'}`,
    );
    console.log(
      `schedule-entries requests per plan: ${entriesPerPlan} = ${windowed} windowed 7-day queries (one per schedule) + ` +
        `${entriesPerPlan - windowed} next pages (hourly rotas span several pages)`,
    );
  }
} catch (error) {
  console.error(`bench-plan: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  emulator.child.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}
process.exitCode = exitCode;
