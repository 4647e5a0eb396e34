// App mode benchmark (called by `npm run bench`, or run alone): the committed `dist/cli/index.js
// app` against the incident.io emulator and the fake GitHub on this machine.
//   1. Webhook-to-callback latency on the on-call path: from sending a signed
//      `deployment_protection_rule` delivery until the App has answered it (the App answers the
//      delivery only after GitHub accepted its callback). One delivery at a time, each more than a
//      second after the last answer, so GitHub's write pacing (below) adds nothing.
//   2. Deliveries per second on one core: the App process's CPU time (Linux /proc) for a burst of
//      on-call deliveries, per delivery. The App spaces its writes to GitHub 1 s apart, as GitHub
//      asks of every integration, so the answers of a burst leave at about one a second; the CPU
//      figure is what one core could decide.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onCallEmails, readIdentityMap, startEmulatorProcess } from './demo.mjs';
import { requestPayload, startAppProcess, startDemoGitHub, writeAppSettings } from './demo-app.mjs';
import { loadGitHubFake } from './github-fake.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const BURST = Number(process.env.BENCH_APP_BURST ?? 20);
const PRIMARY = '01HXYZSCHEDULEPRIMARY00000';

const sorted = (values) => [...values].sort((a, b) => a - b);
const median = (values) => sorted(values)[Math.floor(values.length / 2)];
const p95 = (values) => sorted(values)[Math.min(values.length - 1, Math.ceil(values.length * 0.95) - 1)];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** CPU time (user + system) of a process in ms, from /proc; undefined elsewhere. */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime are fields 14 and 15 of the whole line, in clock ticks (100 a second on Linux).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

async function main() {
  if (!existsSync(join(root, 'dist', 'cli', 'index.js'))) {
    console.error('dist/ is missing: run `npm run build` first.');
    process.exit(2);
  }
  const emulator = await startEmulatorProcess();
  const fake = await loadGitHubFake();
  const { gh, privateKey } = await startDemoGitHub(fake);
  const secret = 'bench-webhook-secret-0123456789abcdef';
  const settings = writeAppSettings({
    privateKey,
    githubUrl: gh.url,
    incidentioUrl: emulator.url,
    incidentioKey: emulator.key,
    webhookSecret: secret,
  });
  let app;
  try {
    app = await startAppProcess(settings.envFile);
    const identities = readIdentityMap(join(root, 'policies'));
    const onCall = await onCallEmails(emulator.url, emulator.key, PRIMARY);
    const login = [...identities].find(([, email]) => onCall.has(email))?.[0];
    if (!login) throw new Error(`nobody in policies/ identities is on call for ${PRIMARY} now`);
    let n = 0;
    const one = async () => {
      const run = gh.addWorkflowRun({ head_sha: (++n).toString(16).padStart(40, 'a'), actor: login, waiting_on: ['production'] });
      const started = performance.now();
      const r = await fake.deliver({
        url: app.webhookUrl,
        event: 'deployment_protection_rule',
        secret,
        payload: requestPayload(fake, gh, run, login),
      });
      // A delivery whose answer waits behind the write pacing gets 202 "still processing" after 9 s.
      const answered = () => gh.gateReviews('acme/api').find((x) => x.run_id === run.id);
      for (let waited = 0; r.status === 202 && !answered() && waited < 120_000; waited += 20) await sleep(20);
      if ((r.status !== 200 && r.status !== 202) || answered()?.state !== 'approved')
        throw new Error(`delivery ${run.id}: ${r.status} ${answered()?.state}\n${app.log()}`);
      return r.status === 200 ? r.ms : performance.now() - started;
    };

    // Warm-up: the first delivery loads Octokit, signs a JWT and gets the installation token.
    const cold = await one();
    await sleep(1100);
    const latencies = [];
    for (let i = 0; i < RUNS; i++) {
      latencies.push(await one());
      await sleep(1100);
    }
    console.log(`App mode (dist/cli/index.js app on Node ${process.versions.node}, emulator and fake GitHub on this machine)`);
    console.log(`1. Webhook-to-callback latency, on-call path (median of ${RUNS}; first delivery of a process ${cold.toFixed(1)} ms)`);
    console.log(`   median ${median(latencies).toFixed(1)} ms, p95 ${p95(latencies).toFixed(1)} ms`);

    // What the process spends doing nothing (timers), to take out of the burst's CPU time.
    const idleFrom = cpuMs(app.pid);
    await sleep(3000);
    const idlePerSecond = idleFrom === undefined ? 0 : ((cpuMs(app.pid) ?? idleFrom) - idleFrom) / 3;
    const before = cpuMs(app.pid);
    const started = performance.now();
    await Promise.all(Array.from({ length: BURST }, one));
    const wall = (performance.now() - started) / 1000;
    const after = cpuMs(app.pid);
    console.log(`2. A burst of ${BURST} on-call deliveries`);
    if (before !== undefined && after !== undefined) {
      const per = Math.max(0.1, (after - before - idlePerSecond * wall) / BURST);
      console.log(`   CPU per delivery: ${per.toFixed(1)} ms, so about ${Math.floor(1000 / per)} deliveries per second on one core`);
    } else {
      console.log('   CPU per delivery: not measured (needs /proc)');
    }
    console.log(
      `   all answered in ${wall.toFixed(1)} s: ${(BURST / wall).toFixed(2)} answers a second, paced by the 1 s between writes GitHub asks for`,
    );
  } finally {
    await app?.stop();
    await gh.close();
    await emulator.stop();
    settings.remove();
  }
}

main().catch((error) => {
  console.error(`bench-app failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
