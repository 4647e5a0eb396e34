// Gate benchmark (called by `npm run bench`, or run alone): the wall time of a gate decision from
// process start (dist/index.js as the runner runs it, against the local incident.io emulator)
// compared with bare `node -e ''`, and the requests one decision makes. Median of BENCH_RUNS runs.
// Beside them, the gate's I/O floor (bench-gate-floor.mjs): the same requests, git read and hash
// checks in a script that does nothing else, so the figure shows what is the gate's own work.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onCallEmails, prepareWorkspace, readIdentityMap, runGateAction, startEmulatorProcess, startGitHubStub } from './demo.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const PRIMARY = '01HXYZSCHEDULEPRIMARY00000';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function timeBareNode() {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', () => resolve(Number(process.hrtime.bigint() - started) / 1e6));
  });
}

/** A pass-through proxy in front of `target` that records every request ("METHOD /path"). */
function countingProxy(target) {
  const seen = [];
  const server = createServer(async (req, res) => {
    seen.push(`${req.method} ${req.url}`);
    if (!target) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"Not Found"}');
      return;
    }
    const chunks = [];
    for await (const c of req) chunks.push(c);
    const headers = { ...req.headers };
    delete headers.host;
    delete headers['content-length'];
    const upstream = await fetch(target + req.url, {
      method: req.method,
      headers,
      ...(chunks.length ? { body: Buffer.concat(chunks) } : {}),
    });
    const body = Buffer.from(await upstream.arrayBuffer());
    const out = {};
    upstream.headers.forEach((v, k) => {
      if (k !== 'content-encoding' && k !== 'transfer-encoding' && k !== 'content-length') out[k] = v;
    });
    res.writeHead(upstream.status, out).end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${server.address().port}`, seen, close: () => new Promise((r) => server.close(r)) }),
    ),
  );
}

async function main() {
  if (!existsSync(join(root, 'dist', 'index.js')) || !existsSync(join(root, 'dist', 'cli', 'index.js'))) {
    console.error('dist/ is missing: run `npm run build` first.');
    process.exit(2);
  }
  const emulator = await startEmulatorProcess();
  const workspace = prepareWorkspace();
  // Answers the one GitHub request of the on-call path: the tip of the default branch.
  const stub = await startGitHubStub(workspace.sha);
  try {
    const identities = readIdentityMap(join(root, 'policies'));
    const onCall = await onCallEmails(emulator.url, emulator.key, PRIMARY);
    const person = [...identities].find(([, email]) => onCall.has(email));
    if (!person) throw new Error(`nobody in policies/ identities is on call for ${PRIMARY} now`);
    const login = person[0];

    // Requests per decision, seen by counting proxies in front of incident.io and GitHub; the
    // schedules asked for are the ones the floor asks for too.
    const incidentio = await countingProxy(emulator.url);
    const github = await countingProxy(stub.url);
    const counted = await runGateAction({ login, url: incidentio.url, key: emulator.key, workspace, githubApiUrl: github.url });
    await incidentio.close();
    await github.close();
    if (counted.code !== 0 || counted.outputs.result !== 'approved') {
      throw new Error(
        `the gate did not approve ${login} (exit ${counted.code}, result ${counted.outputs.result}):\n${counted.stdout}\n${counted.stderr}`,
      );
    }
    const schedules = [
      ...new Set(
        incidentio.seen.flatMap((r) =>
          r.includes('/v2/schedule_entries') ? [new URL(r.split(' ')[1], 'http://x').searchParams.get('schedule_id')] : [],
        ),
      ),
    ];
    const floorRun = () =>
      runGateAction({
        login,
        url: emulator.url,
        key: emulator.key,
        workspace,
        githubApiUrl: stub.url,
        script: join(root, 'scripts', 'bench-gate-floor.mjs'),
        extraEnv: { BENCH_FLOOR_SCHEDULES: schedules.join(',') },
      });
    const checkFloor = await floorRun();
    if (checkFloor.code !== 0) throw new Error(`the I/O floor script failed:\n${checkFloor.stdout}\n${checkFloor.stderr}`);

    // Alternate so all three see the same machine load.
    const bare = [];
    const gate = [];
    const floor = [];
    for (let i = 0; i < RUNS; i++) {
      bare.push(await timeBareNode());
      gate.push((await runGateAction({ login, url: emulator.url, key: emulator.key, workspace, githubApiUrl: stub.url })).ms);
      floor.push((await floorRun()).ms);
    }

    const b = median(bare);
    const g = median(gate);
    const f = median(floor);
    console.log(`3. Gate decision: dist/index.js gate (environment: production, ${login} on call) vs bare node, median of ${RUNS}`);
    console.log(`   bare node -e '': ${b.toFixed(1)} ms`);
    console.log(`   gate decision (process start to exit, emulator on 127.0.0.1): ${g.toFixed(1)} ms`);
    console.log(`   ratio: ${(g / b).toFixed(2)}x (target 2x)${g / b <= 2 ? '' : '  OVER TARGET'}`);
    console.log(
      `   I/O floor (the same git read with hash checks, tip request and incident.io reads in a script that does nothing else): ` +
        `${f.toFixed(1)} ms = ${(f / b).toFixed(2)}x; the gate's own work: ${(g - f).toFixed(1)} ms`,
    );
    const byCall = new Map();
    for (const r of incidentio.seen) {
      const call = r.split('?')[0];
      byCall.set(call, (byCall.get(call) ?? 0) + 1);
    }
    console.log(
      `   requests per decision: ${incidentio.seen.length} to incident.io (${[...byCall].map(([k, n]) => `${n} x ${k}`).join(', ') || 'none'}), ` +
        `${github.seen.length} to GitHub (${github.seen.map((r) => r.split('?')[0]).join(', ') || 'none'}); result ${counted.outputs.result}\n`,
    );
  } finally {
    await emulator.stop();
    await stub.close();
    workspace.remove();
  }
}

main().catch((error) => {
  console.error(`bench-gate failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
