// The decision record end to end: the committed dist/index.js writes one JSON record per gate,
// request and review decision under RUNNER_TEMP and names it in `decision-record`; every record
// matches the published schema (docs/decision-record.schema.json, checked with ajv), holds the
// trusted commit and the policy files' digests, the rules with their outcomes and the evidence,
// and never a key or a token, wherever one was planted; `oncall-gate explain` (dist/cli) prints it
// and refuses a record from a newer schema version.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '@oncall-gate/incidentio-emulator';
import { startFakeGitHub, type FakeGitHub } from '@oncall-gate/github-fake';
import { compileWithAjv } from '../../scripts/generated-files.js';
import { webhookExample } from '../fixtures/webhooks.js';
import { gitCheckout } from '../support/git-repo.js';
import {
  ESC,
  GITHUB_TOKEN as ESC_TOKEN,
  HOUR as ESC_HOUR,
  KEY as ESC_KEY,
  REPO,
  addPull,
  policyFiles,
  pullRequestPayload,
  reviewPayload,
  startWorld,
  type World,
} from '../support/escalation-world.js';
import { inheritedNodeEnv, repoRoot, runAction, type RunActionResult } from './harness.js';

const KEY = 'e2e-record-key-Zq8Wm3Lx7Rt2Vb6N';
const TOKEN = 'ghs_e2eRecordToken0000000000000';
const PRIMARY = '01HE2ERECORDPRIMARY0000000';
const MIN = 60_000;
const validate = compileWithAjv(JSON.parse(readFileSync(join(repoRoot, 'docs/decision-record.schema.json'), 'utf8')) as object);

const POLICY = `version: 1
kind: policy
name: production-deploy
description: Production deploys need the on-call. ${KEY}
match:
  environments: [production]
approval:
  - type: auto
    integration: incidentio
    schedules: [${PRIMARY}]
    duration: 1h
`;
const FREEZE = `version: 1
kind: policy
name: freeze
match:
  environments: [frozen]
approval:
  - type: deny
    reason: Frozen, ask ${KEY} or ${TOKEN}
`;
const IDENTITIES = 'version: 1\nkind: identities\nusers:\n  alice: alice@example.com\n  bob: bob@example.com\n';

let emulator: Emulator | undefined;
let github: FakeGitHub | undefined;
let world: World | undefined;
afterEach(async () => {
  await emulator?.close();
  await github?.close();
  await world?.close();
  emulator = github = world = undefined;
});

async function gateWorld(): Promise<{ workspace: string; sha: string; files: Record<string, string> }> {
  const now = Date.now();
  emulator = await startEmulator({
    port: 0,
    fixture: {
      keys: [{ key: KEY, name: 'record e2e', roles: ['viewer'] }],
      users: [
        { id: '01HE2EUSERALICE00000000000', name: 'Alice Archer', email: 'alice@example.com' },
        { id: '01HE2EUSERBOB0000000000000', name: 'Bob Baker', email: 'bob@example.com' },
      ],
      schedules: [
        {
          id: PRIMARY,
          name: 'Primary',
          timezone: 'UTC',
          rotations: [
            {
              id: `${PRIMARY.slice(0, 20)}ROT000`,
              name: 'Rotation',
              users: ['alice@example.com'],
              handover_start_at: new Date(now - 10 * MIN).toISOString(),
              handovers: [{ interval: 8, interval_type: 'hourly' }],
            },
          ],
          overrides: [],
        },
      ],
      rateLimit: false,
    },
  });
  github = await startFakeGitHub({ default_repo: 'acme/api' });
  const files = { 'policies/production.yaml': POLICY, 'policies/freeze.yaml': FREEZE, 'policies/identities.yaml': IDENTITIES };
  const { dir, sha } = gitCheckout({ files });
  github.setBranchTip('main', sha);
  return { workspace: dir, sha, files };
}

function dispatchPayload(): Record<string, unknown> {
  const payload = webhookExample('workflow_dispatch');
  const repository = payload.repository as Record<string, unknown>;
  repository.full_name = 'acme/api';
  repository.default_branch = 'main';
  payload.ref = 'refs/heads/main';
  return payload;
}

async function gate(workspace: string, inputs: Record<string, string> = {}): Promise<RunActionResult> {
  return runAction({
    eventName: 'workflow_dispatch',
    payload: dispatchPayload(),
    workspace,
    inputs: {
      command: 'gate',
      'incidentio-api-key': KEY,
      'incidentio-api-url': emulator!.url,
      'github-token': TOKEN,
      environment: 'production',
      ...inputs,
    },
    env: { GITHUB_ACTOR: 'alice', GITHUB_TRIGGERING_ACTOR: 'alice', GITHUB_API_URL: github!.url, GITHUB_GRAPHQL_URL: github!.graphqlUrl },
  });
}

/** The record the step wrote: schema-valid, and without any piece of a secret (12 characters or more). */
function recordOf(r: RunActionResult, secrets: string[]): Record<string, any> {
  const path = r.outputs['decision-record'];
  expect(path, r.stdout).toMatch(/oncall-gate-(gate|request|review)-4242-1(-\d+)?\.json$/);
  const text = readFileSync(path!, 'utf8');
  for (const s of secrets) {
    for (let i = 0; i + 12 <= s.length; i++) expect(text, `a piece of a secret leaked into the record`).not.toContain(s.slice(i, i + 12));
  }
  const record = JSON.parse(text) as Record<string, any>;
  expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
  return record;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli', 'index.js'), ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...inheritedNodeEnv() },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('decision records (dist/index.js)', () => {
  it('gate approved: the record names the trusted commit, each policy file digest, the rules and the on-call evidence; explain prints it', async () => {
    const { workspace, sha, files } = await gateWorld();
    const r = await gate(workspace, { reason: `deploying, see ${KEY} and ${TOKEN}` });
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs.result).toBe('approved');
    const record = recordOf(r, [KEY, TOKEN]);
    expect(record).toMatchObject({
      schemaVersion: 1,
      product: { name: 'oncall-gate' },
      command: 'gate',
      verdict: 'approved',
      approved: true,
      approvedBy: 'auto',
      expiresAt: r.outputs['expires-at'],
      dryRun: false,
      repository: 'acme/api',
      run: { id: '4242', attempt: '1', event: 'workflow_dispatch', triggeringActor: 'alice' },
      subject: { kind: 'run', environment: 'production', sha: 'a'.repeat(40) },
      requester: { login: 'alice', emailFound: true, emailSource: 'map' },
      policy: { path: 'policies', commit: sha, branch: 'main', source: 'checkout' },
    });
    expect(record.reason).toMatch(/^deploying, see \*\*\* and \*\*\*$/);
    expect(record.policy.files).toEqual(
      Object.entries(files)
        .map(([path, text]) => ({ path, sha256: sha256(text) }))
        .sort((a, b) => a.path.localeCompare(b.path)),
    );
    expect(record.policies).toEqual([
      expect.objectContaining({
        name: 'production-deploy',
        file: 'policies/production.yaml',
        result: 'approved',
        decidedBy: 'rule',
        rule: 1,
        rules: [expect.objectContaining({ rule: 1, type: 'auto', status: 'on-call', holds: true, schedules: [PRIMARY] })],
      }),
    ]);
    expect(record.evidence.schedules).toEqual([
      {
        id: PRIMARY,
        purpose: 'on-call',
        entries: 1,
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        onCall: [{ name: 'Alice Archer', userId: '01HE2EUSERALICE00000000000', login: 'alice' }],
      },
    ]);
    expect(JSON.stringify(record)).not.toContain('@example.com');

    const explained = cli(['explain', r.outputs['decision-record']!]);
    expect(explained.stderr).toBe('');
    expect(explained.status).toBe(0);
    expect(explained.stdout).toContain(`Decision: APPROVED until ${r.outputs['expires-at']}, approved automatically (on call)`);
    expect(explained.stdout).toContain(`Policy:   policies/ at commit ${sha} (tip of main), read from the checkout's git objects`);
    expect(explained.stdout).toContain(`  policies/production.yaml  sha256 ${sha256(POLICY)}`);
  });

  it('a key or token planted in a deny reason, the environment and the reason never reaches a record', async () => {
    const { workspace } = await gateWorld();
    const denied = await gate(workspace, { environment: 'frozen', reason: KEY });
    expect(denied.outputs.result).toBe('denied');
    const record = recordOf(denied, [KEY, TOKEN]);
    expect(record.policies[0]).toMatchObject({
      name: 'freeze',
      decidedBy: 'deny-rule',
      rules: [{ type: 'deny', text: 'Frozen, ask *** or ***' }],
    });

    const unmatched = await gate(workspace, { environment: `prod-${TOKEN}` });
    expect(unmatched.outputs.result).toBe('error');
    const error = recordOf(unmatched, [KEY, TOKEN]);
    expect(error).toMatchObject({ verdict: 'error', approved: false, error: { message: expect.stringContaining('prod-***') } });
  });

  it('a dry run records too, marked as one; explain refuses a record from a newer schema version', async () => {
    const { workspace } = await gateWorld();
    const r = await gate(workspace, { 'dry-run': 'true' });
    const record = recordOf(r, [KEY, TOKEN]);
    expect(record.dryRun).toBe(true);
    const newer = join(workspace, 'newer.json');
    writeFileSync(newer, JSON.stringify({ ...record, schemaVersion: 2, product: { name: 'oncall-gate', version: '9.0.0' } }));
    const refused = cli(['explain', newer]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(
      `${newer}: the field \`schemaVersion\` is 2: the record was written by oncall-gate 9.0.0, and this oncall-gate reads schema version 1 only Explain it with the oncall-gate that wrote it, or a newer one (oncall-gate 9.0.0 or later).`,
    );
  });

  it('request and review: the pull request, the base commit, the reviews with submitted_at and the incident', async () => {
    const now = Date.now();
    const w = (world = await startWorld([{ scheduleId: ESC, email: 'carol@example.com', start: now - ESC_HOUR, hours: 24 }]));
    const files = policyFiles();
    // A key and a token planted in the pull request's title and its Reason: line.
    const pull = addPull(w.gh, files, { title: `Cache ${ESC_KEY}`, body: `Reason: roll out the cache fix ${ESC_KEY} ${ESC_TOKEN}` });
    const env = { GITHUB_API_URL: w.gh.url, GITHUB_GRAPHQL_URL: w.gh.graphqlUrl, GITHUB_REPOSITORY: REPO };
    const inputs = (command: string) => ({
      command,
      'incidentio-api-key': ESC_KEY,
      'incidentio-api-url': w.emu.url,
      'github-token': ESC_TOKEN,
    });

    const requested = await runAction({
      eventName: 'pull_request',
      payload: pullRequestPayload(pull, 'opened'),
      inputs: inputs('request'),
      env,
    });
    expect(requested.outputs.result, requested.stdout).toBe('pending');
    const pending = recordOf(requested, [ESC_KEY, ESC_TOKEN]);
    const incident = w.emu.state.incidents[0]!;
    expect(pending).toMatchObject({
      command: 'request',
      verdict: 'pending',
      subject: { kind: 'pull', number: pull.number, headSha: pull.head.sha, baseRef: pull.base.ref, baseSha: pull.base.sha },
      policy: { commit: pull.base.sha, source: 'api' },
      evidence: { incidents: [{ policy: 'production-deploy', id: incident.id, reference: incident.reference }] },
    });
    expect(pending.reason).toBe('roll out the cache fix *** ***');
    expect(pending.policy.files).toEqual(
      Object.entries(files)
        .map(([path, text]) => ({ path, sha256: sha256(text) }))
        .sort((a, b) => a.path.localeCompare(b.path)),
    );

    const rv = w.gh.addReview(pull.number, { user: 'carol', state: 'APPROVED' });
    const reviewed = await runAction({
      eventName: 'pull_request_review',
      payload: reviewPayload(w.gh.pull(pull.number), { ...rv, user: 'carol' }),
      inputs: inputs('review'),
      env: { ...env, GITHUB_ACTOR: 'carol', GITHUB_TRIGGERING_ACTOR: 'carol' },
    });
    expect(reviewed.outputs.result, reviewed.stdout).toBe('approved');
    const approved = recordOf(reviewed, [ESC_KEY, ESC_TOKEN]);
    expect(approved).toMatchObject({ command: 'review', verdict: 'approved', approvedBy: 'carol' });
    expect(approved.evidence.reviews).toEqual([
      {
        id: rv.id,
        pull: pull.number,
        reviewer: 'carol',
        state: 'APPROVED',
        submittedAt: rv.submitted_at,
        commitId: pull.head.sha,
        counted: 'approves',
      },
    ]);
    expect(approved.evidence.schedules).toContainEqual(
      expect.objectContaining({ id: ESC, purpose: 'review-history', entries: 1, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }),
    );
  });
});
