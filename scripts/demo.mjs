// `npm run demo`: the gate end to end on this machine, with no accounts. Starts the incident.io
// emulator (the built CLI's `emulator` command, demo organisation), asks it who is on call now
// for the primary schedule, then runs the committed dist/index.js the way the GitHub runner does
// (INPUT_* with hyphens kept, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, the repository's own
// policies/) twice: for a person on call now (approved) and for one who is not (pending: no
// reviewed pull request is behind the deployed commit, so the gate opens an escalation incident;
// a small GitHub stand-in answers that lookup). Prints both decisions, their outputs and step
// summaries, then stops the emulator.
import { execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const action = join(root, 'dist', 'index.js');
const cli = join(root, 'dist', 'cli', 'index.js');
/** The demo organisation's primary schedule (packages/incidentio-emulator/src/demo-fixture.ts; policies/ names it). */
const PRIMARY = '01HXYZSCHEDULEPRIMARY00000';
const ENVIRONMENT = 'production';

/** Starts `oncall-gate emulator --port 0` and reads its base URL and API key from stdout. */
export function startEmulatorProcess({ timeoutMs = 15_000 } = {}) {
  const child = spawn(process.execPath, [cli, 'emulator', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`The emulator did not print its URL and key within ${timeoutMs} ms:\n${out}\n${err}`));
    }, timeoutMs);
    const check = () => {
      const url = /https?:\/\/(?:127\.0\.0\.1|localhost|\[::1\]):\d+[^\s]*/.exec(out)?.[0];
      // `API key: <key>`: the line ends with the key (packages/incidentio-emulator/src/cli.ts).
      const key = /^API key:.*?(\S+)\r?\n/m.exec(out)?.[1];
      if (url && key) {
        clearTimeout(timer);
        resolve({ url: url.replace(/\/+$/, ''), key, stop: () => stopChild(child) });
      }
    };
    child.stdout.on('data', (d) => {
      out += d.toString();
      check();
    });
    child.stderr.on('data', (d) => (err += d.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The emulator exited (${code}) before it was ready:\n${out}\n${err}`));
    });
  });
}

function stopChild(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Emails on call now for a schedule: the `final` entries covering now, every page (see docs/incidentio.md). */
export async function onCallEmails(url, key, scheduleId, at = new Date()) {
  const end = new Date(at.getTime() + 60_000);
  let next = `${url}/v2/schedule_entries?schedule_id=${encodeURIComponent(scheduleId)}&entry_window_start=${at.toISOString()}&entry_window_end=${end.toISOString()}`;
  const emails = new Set();
  for (let page = 0; next && page < 100; page++) {
    const res = await fetch(next, { headers: { Authorization: `Bearer ${key}` } });
    if (!res.ok) throw new Error(`The emulator answered ${res.status} to GET /v2/schedule_entries`);
    const body = await res.json();
    for (const e of body.schedule_entries?.final ?? []) {
      const t = at.getTime();
      if (e.user?.email && Date.parse(e.start_at) <= t && t < Date.parse(e.end_at)) emails.add(e.user.email.toLowerCase());
    }
    next = body.pagination_meta?.after_url;
  }
  return emails;
}

/** GitHub login -> email from the repository's identities file. */
export function readIdentityMap(policyDir) {
  const users = new Map();
  for (const name of readdirSync(policyDir)) {
    if (!/\.ya?ml$/.test(name)) continue;
    let doc;
    try {
      doc = parse(readFileSync(join(policyDir, name), 'utf8'));
    } catch {
      continue;
    }
    if (doc?.kind === 'identities') {
      for (const [login, email] of Object.entries(doc.users ?? {})) users.set(login, String(email).toLowerCase());
    }
  }
  return users;
}

const parseOutputs = (text) => {
  const out = {};
  for (const m of text.matchAll(/^([^\n<]+)<<(ghadelimiter_[0-9a-f-]+)\r?\n([\s\S]*?)\r?\n\2\r?$/gm)) out[m[1]] = m[3];
  return out;
};

/**
 * A stand-in for the GitHub API with just what a gate run on a pushed commit asks: the tip of the
 * default branch (`tip`, the demo checkout's commit, so the gate reads the policy from its git
 * objects) and the pull requests associated with the deployed commit (none: the demo commit was
 * pushed directly, so there is no review evidence and the gate escalates). Everything else is a 404.
 */
export function startGitHubStub(tip) {
  const seen = [];
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    if (
      req.method === 'GET' &&
      req.url === '/repos/acme/api/commits/heads/main' &&
      /application\/vnd\.github\.sha/.test(req.headers.accept ?? '')
    ) {
      res.writeHead(200, { 'content-type': 'application/vnd.github.sha; charset=utf-8' }).end(tip);
      return;
    }
    if (req.method === 'GET' && /^\/repos\/acme\/api\/commits\/[0-9a-f]{40}\/pulls(\?|$)/.test(req.url ?? '')) {
      res.writeHead(200, { 'content-type': 'application/json' }).end('[]');
      return;
    }
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"Not Found"}');
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${server.address().port}`, seen, close: () => new Promise((r) => server.close(r)) }),
    ),
  );
}

/**
 * A workspace like the one actions/checkout leaves: a git checkout holding a copy of this
 * repository's policies/ at a commit. The gate trusts a checkout's policies only when its HEAD is
 * the commit being deployed (GITHUB_SHA), so the runs below use this commit as GITHUB_SHA.
 */
export function prepareWorkspace() {
  const dir = mkdtempSync(join(tmpdir(), 'oncall-gate-demo-ws-'));
  cpSync(join(root, 'policies'), join(dir, 'policies'), { recursive: true });
  const git = (...args) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  try {
    git('init', '-q', '-b', 'main');
    git('add', 'policies');
    git(
      '-c',
      'user.name=oncall-gate demo',
      '-c',
      'user.email=demo@example.com',
      '-c',
      'commit.gpgsign=false',
      'commit',
      '-q',
      '-m',
      'policies',
    );
    return { dir, sha: git('rev-parse', 'HEAD'), remove: () => rmSync(dir, { recursive: true, force: true }) };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(
      `the demo needs git to make a checkout like actions/checkout does: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}

/**
 * Runs dist/index.js as the runner would, for a `workflow_dispatch` on the default branch.
 * `script` and `extraEnv` let the bench run its I/O floor (bench-gate-floor.mjs) in the same
 * environment.
 */
export function runGateAction({
  login,
  url,
  key,
  workspace,
  extraInputs = {},
  githubApiUrl = 'http://127.0.0.1:9',
  script = action,
  extraEnv = {},
}) {
  const temp = mkdtempSync(join(tmpdir(), 'oncall-gate-demo-'));
  const files = {
    GITHUB_OUTPUT: join(temp, 'output'),
    GITHUB_STEP_SUMMARY: join(temp, 'summary'),
    GITHUB_STATE: join(temp, 'state'),
    GITHUB_ENV: join(temp, 'env'),
    GITHUB_PATH: join(temp, 'path'),
  };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const eventPath = join(temp, 'event.json');
  writeFileSync(
    eventPath,
    JSON.stringify({
      inputs: {},
      ref: 'refs/heads/main',
      repository: { full_name: 'acme/api', name: 'api', owner: { login: 'acme' }, default_branch: 'main' },
      sender: { login },
    }),
  );
  const inputs = {
    command: 'gate',
    'incidentio-api-key': key,
    'incidentio-api-url': url,
    'github-token': 'demo-github-token',
    'policy-path': 'policies',
    environment: ENVIRONMENT,
    policy: '',
    reason: 'Demo: deploy main to production',
    'dry-run': 'false',
    'fail-on-deny': 'true',
    ...extraInputs,
  };
  // A clean environment, as the runner gives a step; nothing of this shell (tokens, proxies) leaks in.
  const env = {
    PATH: process.env.PATH ?? '',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: temp,
    GITHUB_WORKSPACE: workspace.dir,
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/api',
    GITHUB_SHA: workspace.sha,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_ACTOR: login,
    GITHUB_TRIGGERING_ACTOR: login,
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    // The gate asks GitHub for the tip of the default branch (whose policy decides); the identities
    // map resolves every demo login, so an approved run asks nothing else; a run that needs
    // escalation evidence asks the GitHub stand-in for the deployed commit's pull requests.
    GITHUB_API_URL: githubApiUrl,
    GITHUB_GRAPHQL_URL: `${githubApiUrl}/graphql`,
    ...files,
    ...extraEnv,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;

  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [script], { cwd: workspace.dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d.toString()));
    child.stderr.on('data', (d) => (stderr += d.toString()));
    child.on('error', (error) => {
      rmSync(temp, { recursive: true, force: true });
      reject(error);
    });
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const result = {
        code,
        ms,
        stdout,
        stderr,
        outputs: parseOutputs(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
        summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
      };
      rmSync(temp, { recursive: true, force: true });
      resolve(result);
    });
  });
}

const indent = (text, by = '    ') =>
  text
    .replace(/\n+$/, '')
    .split('\n')
    .map((l) => by + l)
    .join('\n');

function show(title, r) {
  console.log(`\n${'='.repeat(78)}\n${title}\n${'='.repeat(78)}`);
  console.log(`exit code: ${r.code} (${r.code === 0 ? 'the job may run' : 'the step fails, the job stops'})`);
  console.log('\noutputs:');
  for (const [k, v] of Object.entries(r.outputs)) {
    // The run's RUNNER_TEMP is removed when the run ends, as on a runner: say so beside the path.
    const note = k === 'decision-record' && v ? '  (removed with the run, as RUNNER_TEMP is; docs/decision-record.md)' : '';
    console.log(`    ${k.padEnd(20)}${v}${note}`);
  }
  console.log('\naction log:');
  console.log(indent(r.stdout || '(empty)'));
  if (r.stderr.trim()) console.log(`\nstderr:\n${indent(r.stderr)}`);
  console.log('\nstep summary (markdown):');
  console.log(indent(r.summary || '(empty)'));
}

async function main() {
  for (const f of [action, cli]) {
    if (!existsSync(f)) {
      console.error(`${f} is missing: run \`npm run build\` first.`);
      process.exit(2);
    }
  }
  const identities = readIdentityMap(join(root, 'policies'));
  if (identities.size === 0) {
    console.error('policies/ has no identities file with users; the demo needs one (login -> email).');
    process.exit(2);
  }

  console.log('Starting the incident.io emulator (demo organisation)...');
  const emulator = await startEmulatorProcess();
  const workspace = prepareWorkspace();
  const github = await startGitHubStub(workspace.sha);
  // Ctrl-C: stop the emulator child too, and remove the checkout.
  process.once('SIGINT', () =>
    emulator.stop().then(() => {
      workspace.remove();
      process.exit(130);
    }),
  );
  try {
    console.log(`Emulator at ${emulator.url}`);
    const onCall = await onCallEmails(emulator.url, emulator.key, PRIMARY);
    const byEmail = [...identities].map(([login, email]) => ({ login, email }));
    const on = byEmail.find((p) => onCall.has(p.email));
    const off = byEmail.find((p) => !onCall.has(p.email));
    console.log(`On call now for ${PRIMARY}: ${[...onCall].join(', ') || 'nobody'}`);
    if (!on) console.log('Nobody in the identities map is on call for the primary schedule right now; both runs will be denied.');

    const cases = [
      on && { login: on.login, title: `Run 1: @${on.login} (${on.email}) is on call now for ${PRIMARY}` },
      off && { login: off.login, title: `Run ${on ? 2 : 1}: @${off.login} (${off.email}) is not on call now for ${PRIMARY}` },
    ].filter(Boolean);
    for (const c of cases) {
      const r = await runGateAction({ login: c.login, url: emulator.url, key: emulator.key, workspace, githubApiUrl: github.url });
      show(`${c.title}\n    oncall-gate: command=gate, environment=${ENVIRONMENT}, policies from ./policies`, r);
    }
    console.log(
      `\nDone. To explore by hand: run \`npm run emulator\` in one terminal, then for example\n` +
        `  INCIDENTIO_API_KEY=<the key it prints> node dist/cli/index.js who ${PRIMARY} --api-url <its URL>\n` +
        `  INCIDENTIO_API_KEY=<the key it prints> node dist/cli/index.js check alice --environment ${ENVIRONMENT} --api-url <its URL>`,
    );
  } finally {
    await emulator.stop();
    await github.close();
    workspace.remove();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
