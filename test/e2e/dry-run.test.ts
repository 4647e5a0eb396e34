// `dry-run: true` end to end, for every command: dist/index.js prints the command's write plan
// (every request a real run would make, with its method and path, in order) in the log and the
// step summary, and makes none of them: the emulator and the fake GitHub API record reads only.
// The commands that only read say their plan is empty.
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_API_KEY, DEMO_FIXTURE_YAML, parseFixtureYaml, startEmulator, type Emulator } from '@oncall-gate/incidentio-emulator';
import { webhookExample } from '../fixtures/webhooks.js';
import { gitCheckout } from '../support/git-repo.js';
import { makeWorkspace, runAction, workspaceWithExamplePolicies, type RunActionResult } from './harness.js';
import {
  ESC,
  GITHUB_TOKEN,
  HOUR,
  KEY,
  MIN,
  REPO,
  addPull,
  policyFiles,
  pullRequestPayload,
  reviewPayload,
  startWorld,
  type ShiftSpec,
  type World,
} from '../support/escalation-world.js';

let world: World | undefined;
let emulator: Emulator | undefined;
afterEach(async () => {
  await world?.close();
  await emulator?.close();
  world = undefined;
  emulator = undefined;
});

/** The requests of the printed write plan, in order: "<service> <METHOD> <path>" from the log's numbered list. */
function loggedPlan(r: RunActionResult, command: string): string[] {
  const lines = r.stdout.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`Dry run: the write plan of ${command}`));
  expect(start, r.stdout).toBeGreaterThanOrEqual(0);
  if (lines[start]!.endsWith('is empty: no writes (it only reads).')) return [];
  const out: string[] = [];
  for (const line of lines.slice(start + 1)) {
    const m = /^ {2}(\d+)\. (GitHub|incident\.io) (POST|PATCH) (\S+): /.exec(line);
    if (!m) break;
    expect(Number(m[1])).toBe(out.length + 1);
    out.push(`${m[2]} ${m[3]} ${m[4]}`);
  }
  return out;
}

/** The requests of the step summary's write plan table, in order: "<METHOD> <path>". */
function summaryPlan(r: RunActionResult): string[] {
  const section = r.summary.slice(r.summary.indexOf('### Write plan (dry run)'));
  expect(section, r.summary).toMatch(/^### Write plan \(dry run\)/);
  return [...section.matchAll(/^\| \d+ \| `([A-Z]+ [^`]+)` \|/gm)].map((m) => m[1]!);
}

const only = (requests: readonly { method: string }[]): string[] => [...new Set(requests.map((q) => q.method))];

const now = Date.now();
const carolOnCall: ShiftSpec = { scheduleId: ESC, email: 'carol@example.com', start: now - HOUR, hours: 24 };
const escalationInputs = (w: World, command: string) => ({
  command,
  'dry-run': 'true',
  'incidentio-api-key': KEY,
  'incidentio-api-url': w.emu.url,
  'github-token': GITHUB_TOKEN,
});
const escalationEnv = (w: World, actor = 'alice') => ({
  GITHUB_API_URL: w.gh.url,
  GITHUB_GRAPHQL_URL: w.gh.graphqlUrl,
  GITHUB_REPOSITORY: REPO,
  GITHUB_ACTOR: actor,
  GITHUB_TRIGGERING_ACTOR: actor,
});

describe('dry-run prints the write plan of every command and writes nothing', () => {
  it('request: the incident, the sticky comment, the review request and the check, in that order', async () => {
    const w = (world = await startWorld([carolOnCall], { customFields: [] }));
    const pull = addPull(w.gh, policyFiles());
    const r = await runAction({
      eventName: 'pull_request',
      payload: pullRequestPayload(pull, 'opened'),
      inputs: escalationInputs(w, 'request'),
      env: escalationEnv(w),
    });

    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ result: 'pending', 'incident-id': '' });
    expect(loggedPlan(r, 'request')).toEqual([
      'incident.io POST /v2/custom_fields',
      'incident.io POST /v2/incidents',
      `GitHub POST /repos/${REPO}/issues/${pull.number}/comments`,
      `GitHub POST /repos/${REPO}/pulls/${pull.number}/requested_reviewers`,
      `GitHub POST /repos/${REPO}/check-runs`,
    ]);
    expect(summaryPlan(r)).toEqual([
      'POST /v2/custom_fields',
      'POST /v2/incidents',
      `POST /repos/${REPO}/issues/${pull.number}/comments`,
      `POST /repos/${REPO}/pulls/${pull.number}/requested_reviewers`,
      `POST /repos/${REPO}/check-runs`,
    ]);
    // Each request with its body: the JSON sent, the comment as it would read.
    expect(r.stdout).toContain(
      `Dry run: would request reviews from carol on pull request #${pull.number}:\nGitHub POST /repos/${REPO}/pulls/${pull.number}/requested_reviewers\n{\n  "reviewers": [\n    "carol"\n  ]\n}`,
    );
    expect(r.stdout).toContain(
      `Dry run: would write the sticky comment on pull request #${pull.number}:\nGitHub POST /repos/${REPO}/issues/${pull.number}/comments\n<!-- oncall-gate:request -->\n`,
    );
    expect(r.summary).toContain('"name": "On-call gate schedules"');
    expect(only(w.emu.requests)).toEqual(['GET']);
    expect(only(w.gh.requests)).toEqual(['GET']);
    expect(w.emu.state.incidents).toEqual([]);
  });

  it('review: edits of what the request wrote (the incident, the comment and the check, in place)', async () => {
    const w = (world = await startWorld([carolOnCall]));
    const pull = addPull(w.gh, policyFiles());
    const first = await runAction({
      eventName: 'pull_request',
      payload: pullRequestPayload(pull, 'opened'),
      inputs: { ...escalationInputs(w, 'request'), 'dry-run': 'false' },
      env: escalationEnv(w),
    });
    expect(first.outputs.result, first.stdout).toBe('pending');
    const incident = w.emu.state.incidents[0]!;
    const comment = w.gh.comments(pull.number)[0]!;
    const check = w.gh.checkRuns(pull.head.sha)[0]!;
    const emuBefore = w.emu.requests.length;
    const ghBefore = w.gh.requests.length;

    const review = w.gh.addReview(pull.number, { user: 'carol', state: 'APPROVED' });
    const r = await runAction({
      eventName: 'pull_request_review',
      payload: reviewPayload(pull, { ...review, user: 'carol' }),
      inputs: escalationInputs(w, 'review'),
      env: escalationEnv(w, 'carol'),
    });

    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ result: 'approved', 'approved-by': 'carol' });
    expect(loggedPlan(r, 'review')).toEqual([
      `incident.io POST /v2/incidents/${incident.id}/actions/edit`,
      `GitHub PATCH /repos/${REPO}/issues/comments/${comment.id}`,
      `GitHub PATCH /repos/${REPO}/check-runs/${check.id}`,
    ]);
    expect(summaryPlan(r)).toEqual([
      `POST /v2/incidents/${incident.id}/actions/edit`,
      `PATCH /repos/${REPO}/issues/comments/${comment.id}`,
      `PATCH /repos/${REPO}/check-runs/${check.id}`,
    ]);
    expect(only(w.emu.requests.slice(emuBefore))).toEqual(['GET']);
    expect(only(w.gh.requests.slice(ghBefore))).toEqual(['GET']);
    expect(w.emu.state.incidents[0]!.summary).toBe(incident.summary);
    expect(w.gh.checkRuns(pull.head.sha)).toEqual([expect.objectContaining({ status: 'in_progress' })]);
  });

  it('gate (pending): the custom field and the run incident', async () => {
    const w = (world = await startWorld([carolOnCall], { customFields: [] }));
    const checkout = gitCheckout({ files: policyFiles() });
    w.gh.setBranchTip('main', checkout.sha);
    const payload = webhookExample('push');
    payload.ref = 'refs/heads/main';
    payload.repository = { ...payload.repository, full_name: REPO, default_branch: 'main' };
    const r = await runAction({
      eventName: 'push',
      payload,
      workspace: checkout.dir,
      inputs: { ...escalationInputs(w, 'gate'), environment: 'production' },
      env: { ...escalationEnv(w, 'erin'), GITHUB_SHA: 'a'.repeat(40) },
    });

    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ result: 'pending', 'incident-id': '' });
    expect(loggedPlan(r, 'gate')).toEqual(['incident.io POST /v2/custom_fields', 'incident.io POST /v2/incidents']);
    expect(summaryPlan(r)).toEqual(['POST /v2/custom_fields', 'POST /v2/incidents']);
    expect(r.summary).toContain(`"idempotency_key": "oncall-gate/${REPO}/run/4242/production-deploy/attempt/4242-1"`);
    expect(only(w.emu.requests)).toEqual(['GET']);
    expect(only(w.gh.requests)).toEqual(['GET']);
  });

  it('gate (approved, on call): no writes', async () => {
    const w = (world = await startWorld([
      { scheduleId: '01HESCPRIMARY0000000000000', email: 'alice@example.com', start: now - 10 * MIN, hours: 8 },
    ]));
    const checkout = gitCheckout({ files: policyFiles() });
    w.gh.setBranchTip('main', checkout.sha);
    const payload = webhookExample('workflow_dispatch');
    payload.repository = { ...payload.repository, full_name: REPO, default_branch: 'main' };
    const r = await runAction({
      eventName: 'workflow_dispatch',
      payload,
      workspace: checkout.dir,
      inputs: { ...escalationInputs(w, 'gate'), environment: 'production' },
      env: escalationEnv(w),
    });

    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.result).toBe('approved');
    expect(loggedPlan(r, 'gate')).toEqual([]);
    expect(r.summary).toContain(
      'No writes: a real run of `gate` makes no request that changes anything in GitHub or incident.io (the write plan is empty).',
    );
    expect(only(w.emu.requests)).toEqual(['GET']);
    expect(only(w.gh.requests)).toEqual(['GET']);
  });

  it('plan: the sticky plan comment', async () => {
    const w = (world = await startWorld([carolOnCall]));
    const pull = addPull(w.gh, policyFiles());
    // The head's policies in the checkout: the production policy gains a label match.
    const head = policyFiles({ labels: ['deploy'] });
    const r = await runAction({
      eventName: 'pull_request',
      payload: pullRequestPayload(pull, 'synchronize'),
      workspace: makeWorkspace(head),
      inputs: escalationInputs(w, 'plan'),
      env: escalationEnv(w),
    });

    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(loggedPlan(r, 'plan')).toEqual([`GitHub POST /repos/${REPO}/issues/${pull.number}/comments`]);
    expect(summaryPlan(r)).toEqual([`POST /repos/${REPO}/issues/${pull.number}/comments`]);
    expect(r.stdout).toContain(
      `Dry run: would post this comment on pull request #${pull.number} (marker <!-- oncall-gate:plan -->):\nGitHub POST /repos/${REPO}/issues/${pull.number}/comments\n<!-- oncall-gate:plan -->`,
    );
    expect(only(w.gh.requests)).toEqual(['GET']);
    expect(w.emu.requests.every((q) => q.method === 'GET')).toBe(true);
    expect(w.gh.comments(pull.number)).toEqual([]);
  });

  it('apply: the missing custom field', async () => {
    emulator = await startEmulator({ fixture: parseFixtureYaml(DEMO_FIXTURE_YAML), port: 0 });
    const payload = webhookExample('push');
    payload.ref = 'refs/heads/main';
    payload.repository.default_branch = 'main';
    const r = await runAction({
      inputs: { command: 'apply', 'dry-run': 'true', 'incidentio-api-key': DEMO_API_KEY, 'incidentio-api-url': emulator.url },
      eventName: 'push',
      payload,
      workspace: workspaceWithExamplePolicies(),
    });

    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.result).toBe('applied');
    expect(loggedPlan(r, 'apply')).toEqual(['incident.io POST /v2/custom_fields']);
    expect(summaryPlan(r)).toEqual(['POST /v2/custom_fields']);
    expect(r.stdout).toContain(
      'Dry run: would create the incident.io text custom field "On-call gate schedules":\nincident.io POST /v2/custom_fields\n{',
    );
    expect(only(emulator.requests)).toEqual(['GET']);
    expect(emulator.state.customFields).toEqual([]);
  });

  it('audit: it only reads, so its plan is empty, and says so', async () => {
    emulator = await startEmulator({ fixture: parseFixtureYaml(DEMO_FIXTURE_YAML), port: 0 });
    const r = await runAction({
      inputs: { 'dry-run': 'true', 'incidentio-api-key': DEMO_API_KEY, 'incidentio-api-url': emulator.url },
      eventName: 'schedule',
      payload: { schedule: '0 6 * * *', repository: { full_name: REPO, default_branch: 'main' } },
      workspace: workspaceWithExamplePolicies(),
    });

    expect(r.outputs.result).toBe('drift');
    expect(loggedPlan(r, 'audit')).toEqual([]);
    expect(r.summary).toContain(
      'No writes: a real run of `audit` makes no request that changes anything in GitHub or incident.io (the write plan is empty).',
    );
    expect(only(emulator.requests)).toEqual(['GET']);
  });

  it('validate: it only reads, so its plan is empty, and says so', async () => {
    const r = await runAction({ inputs: { command: 'validate', 'dry-run': 'true' }, workspace: workspaceWithExamplePolicies() });

    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.result).toBe('valid');
    expect(loggedPlan(r, 'validate')).toEqual([]);
    expect(r.stdout).toContain('Dry run: the write plan of validate is empty: no writes (it only reads).');
    expect(r.summary).toContain(
      '### Write plan (dry run)\n\nNo writes: a real run of `validate` makes no request that changes anything in GitHub or incident.io (the write plan is empty).',
    );
  });
});
