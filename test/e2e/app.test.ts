// App mode through the committed bundle: `dist/cli/index.js app`, copied away from the repository
// so that no node_modules can be found, configured by a .env file, driven by signed deliveries
// from the fake GitHub against the incident.io emulator. The clock is the system clock (shifted
// with the whole suite under `npm run test:shifted`), so the world is built around the test's start.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliver, protectionRuleRequestedPayload, pullRequestReviewPayload, type FakeGitHub } from '@oncall-gate/github-fake';
import { inheritedNodeEnv, repoRoot } from './harness.js';
import { appKeys } from '../support/app-world.js';
import { ESC, HOUR, KEY, MIN, PRIMARY, REPO, policyFiles, startWorld, type World } from '../support/escalation-world.js';

const APP_ID = 5150;
const INSTALLATION = 31;
const SECRET = 'whsec-e2e-app-0123456789abcdef0123';
const now = Date.now();
const DEPLOYED = '5e1f0c2d4b3a69788796a5b4c3d2e1f0a9b8c7d6';
const FINAL_HEAD = '7a6b5c4d3e2f10293847566574839201aabbccdd';

let world: World;
let gh: FakeGitHub;
let cli: string;
let settings: string;

/** dist/ copied to a folder with no node_modules above it: the bundle must carry every library. */
function copiedDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'oncall-gate-dist-'));
  cpSync(join(repoRoot, 'dist'), join(dir, 'dist'), { recursive: true });
  return join(dir, 'dist', 'cli', 'index.js');
}

function runApp(args: string[]): { done: Promise<{ code: number | null; out: string }>; url: Promise<string>; stop(): void } {
  const child = spawn(process.execPath, [cli, 'app', '--env-file', settings, ...args], {
    cwd: tmpdir(),
    env: { PATH: process.env.PATH ?? '', ...inheritedNodeEnv() },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let resolveUrl!: (u: string) => void;
  const url = new Promise<string>((r) => (resolveUrl = r));
  const onData = (d: Buffer): void => {
    out += d.toString();
    const m = /listening: (http:\/\/\S+?);/.exec(out);
    if (m) resolveUrl(m[1]!);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const done = new Promise<{ code: number | null; out: string }>((r) => child.on('close', (code) => r({ code, out })));
  return { done, url, stop: () => child.kill('SIGTERM') };
}

beforeAll(async () => {
  world = await startWorld([
    { scheduleId: PRIMARY, email: 'alice@example.com', start: now - HOUR, hours: 3 },
    { scheduleId: ESC, email: 'carol@example.com', start: now - 6 * HOUR, hours: 24 },
  ]);
  gh = world.gh;
  gh.setApp({
    id: APP_ID,
    slug: 'oncall-gate-e2e',
    public_key: appKeys().publicKey,
    installations: [{ id: INSTALLATION, account: 'acme', repositories: [REPO] }],
  });
  gh.state.tokens = {};
  gh.gateEnvironment('production', [APP_ID]);
  gh.commitFiles('main', policyFiles());
  const dir = mkdtempSync(join(tmpdir(), 'oncall-gate-app-env-'));
  const { writeFileSync } = await import('node:fs');
  writeFileSync(join(dir, 'key.pem'), appKeys().privateKey);
  settings = join(dir, '.env');
  writeFileSync(
    settings,
    [
      `GITHUB_APP_ID=${APP_ID}`,
      `GITHUB_APP_PRIVATE_KEY_FILE=${join(dir, 'key.pem')}`,
      `GITHUB_APP_WEBHOOK_SECRET=${SECRET}`,
      `INCIDENTIO_API_KEY=${KEY}`,
      `INCIDENTIO_API_URL=${world.emu.url}`,
      `GITHUB_API_URL=${gh.url}`,
      'PORT=0',
      'ONCALL_GATE_SWEEP_MINUTES=0',
      '',
    ].join('\n'),
  );
  cli = copiedDist();
}, 60_000);

afterAll(async () => {
  await world?.close();
});

const request = (url: string, runId: number, sender: string, secret = SECRET) =>
  deliver({
    url,
    event: 'deployment_protection_rule',
    secret,
    payload: protectionRuleRequestedPayload({
      apiUrl: gh.url,
      repository: REPO,
      installationId: INSTALLATION,
      runId,
      environment: 'production',
      sha: DEPLOYED,
      sender,
    }),
  });

describe('oncall-gate app (the bundled CLI, without node_modules)', () => {
  it('approves on call, pages off call, approves after an on-call review, refuses a forged delivery; --sweep recovers a lost review', async () => {
    const app = runApp([]);
    const url = await app.url;
    try {
      const onCall = gh.addWorkflowRun({ head_sha: DEPLOYED, actor: 'alice', waiting_on: ['production'] });
      expect((await request(url, onCall.id, 'alice')).status).toBe(200);
      expect(gh.gateReviews().filter((r) => r.run_id === onCall.id)).toMatchObject([{ state: 'approved', status: 204 }]);

      const offCall = gh.addWorkflowRun({ head_sha: DEPLOYED, actor: 'erin', waiting_on: ['production'] });
      expect((await request(url, offCall.id, 'erin')).status).toBe(200);
      expect(gh.gateReviews().filter((r) => r.run_id === offCall.id)).toMatchObject([{ state: null, status: 204 }]);
      expect(world.emu.state.incidents).toHaveLength(1);

      gh.addPullRequest({
        number: 1,
        user: 'dave',
        merged: true,
        merged_at: new Date(now - 30 * MIN).toISOString(),
        merge_commit_sha: DEPLOYED,
        head: { sha: FINAL_HEAD },
      });
      gh.addReview(1, { user: 'carol', state: 'APPROVED', commit_id: FINAL_HEAD, submitted_at: new Date(now - MIN).toISOString() });
      const review = await deliver({
        url,
        event: 'pull_request_review',
        secret: SECRET,
        payload: pullRequestReviewPayload({
          repository: REPO,
          installationId: INSTALLATION,
          number: 1,
          mergeCommitSha: DEPLOYED,
          review: { id: 1, user: 'carol', state: 'approved', commitId: FINAL_HEAD, submittedAt: new Date(now - MIN).toISOString() },
        }),
      });
      expect(review.status).toBe(200);
      expect(
        gh
          .gateReviews()
          .filter((r) => r.run_id === offCall.id)
          .at(-1),
      ).toMatchObject({ state: 'approved', status: 204 });

      const forged = await request(url, offCall.id, 'alice', 'forged-secret-0123456789abcdef');
      expect(forged.status).toBe(401);
    } finally {
      app.stop();
    }
    const { code, out } = await app.done;
    expect(code).toBe(0);
    expect(out).toMatch(/refused \(401\): the signature does not match/);
    expect(out).not.toContain(SECRET);
    expect(out).not.toContain(KEY);

    // A waiting run whose review webhook was lost: `app --sweep` approves it and exits 0.
    const lost = gh.addWorkflowRun({ head_sha: DEPLOYED, actor: 'erin', waiting_on: ['production'] });
    const sweep = runApp(['--sweep']);
    const swept = await sweep.done;
    expect(swept.code, swept.out).toBe(0);
    expect(gh.gateReviews().filter((r) => r.run_id === lost.id)).toMatchObject([{ state: 'approved', status: 204 }]);
    expect(swept.out).toMatch(/sweep: 1 repositories, 1 waiting deployments gated by this App: 1 approved/);
  }, 90_000);

  it('a settings error names the variable and exits 2 (usage), never printing a secret', async () => {
    const { writeFileSync } = await import('node:fs');
    const bad = join(mkdtempSync(join(tmpdir(), 'oncall-gate-app-bad-')), '.env');
    writeFileSync(
      bad,
      `GITHUB_APP_ID=${APP_ID}\nGITHUB_APP_WEBHOOK_SECRET=short\nINCIDENTIO_API_KEY=${KEY}\nGITHUB_APP_PRIVATE_KEY=not-a-key\n`,
    );
    const child = spawn(process.execPath, [cli, 'app', '--env-file', bad], {
      env: { PATH: process.env.PATH ?? '', ...inheritedNodeEnv() },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const code = await new Promise((r) => child.on('close', r));
    expect(code).toBe(2);
    expect(out).toMatch(/GITHUB_APP_PRIVATE_KEY is not a PEM private key/);
    expect(out).not.toContain('not-a-key');
    expect(out).not.toContain(KEY);
  });
});
