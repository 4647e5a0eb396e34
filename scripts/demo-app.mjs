// `npm run demo:app`: App mode end to end on this machine, with no accounts. Starts the incident.io
// emulator (demo organisation), a local fake GitHub that plays GitHub's side of a GitHub App
// (packages/github-fake: an installation, runs waiting on the `production` environment's
// protection rule, signed webhook deliveries built from GitHub's own payloads, and a record of the
// App's answers), and the App itself: the committed `dist/cli/index.js app`, configured through a
// .env file like a real installation. Then, with whoever is on call right now:
//   1. the on-call engineer's deployment is approved;
//   2. someone off call is paged: the App opens the escalation incident and posts a status comment;
//   3. an on-call engineer approves the merged pull request behind that deployment: the App approves it;
//   4. a delivery with a forged signature is refused.
import { spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onCallEmails, readIdentityMap, startEmulatorProcess } from './demo.mjs';
import { loadGitHubFake } from './github-fake.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli', 'index.js');
const REPO = 'acme/api';
const APP_ID = 1042;
const INSTALLATION = 7;
const PRIMARY = '01HXYZSCHEDULEPRIMARY00000';
const SECONDARY = '01HXYZSCHEDULESECONDARY000';
const ENVIRONMENT = 'production';

/** The repository's example policies, as the default branch of the demo repository holds them. */
export function demoPolicies() {
  const dir = join(root, 'policies');
  const files = {};
  for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n))) {
    let text = readFileSync(join(dir, name), 'utf8');
    // A deployment request carries no reason (docs/app-mode.md), so the escalation rule of the
    // example production policy cannot ask for one here.
    if (name === 'production.yaml') text = text.replace(/requireReason: true/, 'requireReason: false');
    // The demo pages for real in the emulator (its incidents page nobody anyway).
    files[`policies/${name}`] = text;
  }
  return files;
}

/** Starts `dist/cli/index.js app --env-file <file>` and waits for the URL it listens on. */
export function startAppProcess(envFile, extraEnv = {}) {
  const child = spawn(process.execPath, [cli, 'app', '--env-file', envFile], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH ?? '', ...extraEnv },
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`the App did not start within 15 s:\n${out}`));
    }, 15_000);
    const onData = (d) => {
      out += d.toString();
      const url = /listening: (http:\/\/\S+)/.exec(out)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({
          webhookUrl: url.replace(/;$/, ''),
          log: () => out,
          pid: child.pid,
          stop: () =>
            new Promise((r) => {
              if (child.exitCode !== null) return r();
              child.once('exit', () => r());
              child.kill('SIGTERM');
            }),
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the App exited (${code}) before it listened:\n${out}`));
    });
  });
}

/** The fake GitHub with the demo App installed on acme/api, `production` gated by it, policies at the tip of main. */
export async function startDemoGitHub(fake) {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  const gh = await fake.startFakeGitHub({ default_repo: REPO });
  gh.setApp({
    id: APP_ID,
    slug: 'oncall-gate-demo',
    public_key: publicKey,
    installations: [{ id: INSTALLATION, account: 'acme', repositories: [REPO] }],
  });
  gh.state.tokens = {};
  gh.gateEnvironment(ENVIRONMENT, [APP_ID]);
  gh.commitFiles('main', demoPolicies());
  return { gh, privateKey };
}

/** A folder with the App's .env and private key file, as an operator would keep them. */
export function writeAppSettings({ privateKey, githubUrl, incidentioUrl, incidentioKey, webhookSecret, sweepMinutes = 0 }) {
  const dir = mkdtempSync(join(tmpdir(), 'oncall-gate-app-'));
  writeFileSync(join(dir, 'app.pem'), privateKey, { mode: 0o600 });
  writeFileSync(join(dir, 'webhook-secret'), webhookSecret, { mode: 0o600 });
  writeFileSync(
    join(dir, '.env'),
    [
      `GITHUB_APP_ID=${APP_ID}`,
      `GITHUB_APP_PRIVATE_KEY_FILE=${join(dir, 'app.pem')}`,
      `GITHUB_APP_WEBHOOK_SECRET_FILE=${join(dir, 'webhook-secret')}`,
      `INCIDENTIO_API_KEY=${incidentioKey}`,
      `INCIDENTIO_API_URL=${incidentioUrl}`,
      `GITHUB_API_URL=${githubUrl}`,
      'HOST=127.0.0.1',
      'PORT=0',
      `ONCALL_GATE_SWEEP_MINUTES=${sweepMinutes}`,
      '',
    ].join('\n'),
    { mode: 0o600 },
  );
  return { dir, envFile: join(dir, '.env'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export const requestPayload = (fake, gh, run, sender) =>
  fake.protectionRuleRequestedPayload({
    apiUrl: gh.url,
    repository: REPO,
    installationId: INSTALLATION,
    runId: run.id,
    environment: ENVIRONMENT,
    sha: run.head_sha,
    sender,
  });

const sha = (n) => n.toString(16).padStart(40, '0').replace(/^0/, 'd');

function answerOf(gh, runId) {
  const all = gh.gateReviews(REPO).filter((r) => r.run_id === runId);
  return all.at(-1);
}

function show(title, lines) {
  console.log(`\n${'='.repeat(78)}\n${title}\n${'='.repeat(78)}`);
  for (const l of lines) console.log(`    ${l}`);
}

async function main() {
  if (!existsSync(cli)) {
    console.error(`${cli} is missing: run \`npm run build\` first.`);
    process.exit(2);
  }
  const identities = readIdentityMap(join(root, 'policies'));
  console.log('Starting the incident.io emulator (demo organisation), the fake GitHub and the App...');
  const emulator = await startEmulatorProcess();
  const fake = await loadGitHubFake();
  const { gh, privateKey } = await startDemoGitHub(fake);
  const webhookSecret = `demo-webhook-secret-${Date.now().toString(36)}-0123456789`;
  const settings = writeAppSettings({
    privateKey,
    githubUrl: gh.url,
    incidentioUrl: emulator.url,
    incidentioKey: emulator.key,
    webhookSecret,
  });
  let app;
  // Ctrl-C: stop the children too, and remove the settings folder (it holds the demo App's key).
  process.once('SIGINT', () =>
    Promise.allSettled([app?.stop(), gh.close(), emulator.stop()]).then(() => {
      settings.remove();
      process.exit(130);
    }),
  );
  try {
    app = await startAppProcess(settings.envFile);
    console.log(`App listening at ${app.webhookUrl} (settings from ${settings.envFile})`);
    const byEmail = new Map([...identities].map(([login, email]) => [email, login]));
    const primary = [...(await onCallEmails(emulator.url, emulator.key, PRIMARY))].map((e) => byEmail.get(e)).filter(Boolean);
    const secondary = [...(await onCallEmails(emulator.url, emulator.key, SECONDARY))].map((e) => byEmail.get(e)).filter(Boolean);
    const onCall = primary[0];
    const offCall = [...identities.keys()].find((l) => !primary.includes(l) && !secondary.includes(l));
    const approver = secondary[0] ?? primary[0];
    console.log(`On call now: ${PRIMARY} ${primary.join(', ') || 'nobody'}; ${SECONDARY} ${secondary.join(', ') || 'nobody'}`);
    const deliver = (run, sender, extra = {}) =>
      fake.deliver({
        url: app.webhookUrl,
        event: 'deployment_protection_rule',
        secret: webhookSecret,
        payload: requestPayload(fake, gh, run, sender),
        ...extra,
      });

    // 1. On call: approved.
    const run1 = gh.addWorkflowRun({ id: 5001, head_sha: sha(1), actor: onCall, waiting_on: [ENVIRONMENT] });
    const r1 = await deliver(run1, onCall);
    const a1 = answerOf(gh, run1.id);
    show(`1. @${onCall} (on call for ${PRIMARY}) deploys to ${ENVIRONMENT}: run ${run1.id}`, [
      `delivery answered ${r1.status} in ${r1.ms.toFixed(0)} ms`,
      `the App answered: state=${a1?.state ?? '(none)'}`,
      `comment: ${a1?.comment ?? '(none)'}`,
      `run status now: ${gh.workflowRun(run1.id).status}`,
    ]);

    const deployed = sha(2);
    // 2. Off call: paged. The change behind it was merged through PR #7 (by dave), not yet approved.
    const finalHead = sha(3);
    gh.addPullRequest({
      number: 7,
      user: 'dave',
      title: 'Roll out the price cache',
      merged: true,
      merge_commit_sha: deployed,
      head: { sha: finalHead },
    });
    const run2 = gh.addWorkflowRun({ id: 5002, head_sha: deployed, actor: offCall, waiting_on: [ENVIRONMENT] });
    await deliver(run2, offCall);
    const a2 = answerOf(gh, run2.id);
    const incidents = await (
      await fetch(`${emulator.url}/v2/incidents?page_size=25&mode[one_of]=test&mode[one_of]=standard`, {
        headers: { Authorization: `Bearer ${emulator.key}` },
      })
    ).json();
    const incident = incidents.incidents?.[0];
    show(`2. @${offCall} (not on call) deploys to ${ENVIRONMENT}: run ${run2.id}`, [
      `the App answered: ${a2?.state ? `state=${a2.state}` : 'a status comment (no state: the run keeps waiting)'}`,
      `comment: ${a2?.comment ?? '(none)'}`,
      `incident.io: ${incident ? `${incident.reference} "${incident.name}"` : '(none)'}`,
      `run status now: ${gh.workflowRun(run2.id).status}`,
    ]);

    // 3. An on-call engineer approves PR #7.
    gh.addReview(7, { user: approver, state: 'APPROVED', commit_id: finalHead });
    const r3 = await fake.deliver({
      url: app.webhookUrl,
      event: 'pull_request_review',
      secret: webhookSecret,
      payload: fake.pullRequestReviewPayload({
        repository: REPO,
        installationId: INSTALLATION,
        number: 7,
        mergeCommitSha: deployed,
        author: 'dave',
        review: { id: 700, user: approver, state: 'approved', commitId: finalHead, submittedAt: new Date().toISOString() },
      }),
    });
    const a3 = answerOf(gh, run2.id);
    show(`3. @${approver} (on call) approves PR #7, the change behind run ${run2.id}`, [
      `review delivery answered ${r3.status}`,
      `the App answered run ${run2.id}: state=${a3?.state ?? '(none)'}`,
      `comment: ${a3?.comment ?? '(none)'}`,
      `run status now: ${gh.workflowRun(run2.id).status}`,
    ]);

    // 4. A forged delivery.
    const run4 = gh.addWorkflowRun({ id: 5004, head_sha: sha(4), actor: offCall, waiting_on: [ENVIRONMENT] });
    const r4 = await deliver(run4, onCall, { secret: 'guessed-secret-0123456789abcdef' });
    show('4. A delivery signed with the wrong secret (someone who found the webhook URL)', [
      `answered ${r4.status} ${r4.text.trim()}`,
      `answers sent for run ${run4.id}: ${gh.gateReviews(REPO).filter((r) => r.run_id === run4.id).length}`,
    ]);

    console.log('\nThe App server log:');
    for (const l of app.log().trim().split('\n')) console.log(`    ${l}`);
    console.log(`\nDone. docs/app-mode.md explains how to create the App (app.yml) and enable it on an environment.`);
  } finally {
    await app?.stop();
    await gh.close();
    await emulator.stop();
    settings.remove();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    console.error(`demo:app failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
