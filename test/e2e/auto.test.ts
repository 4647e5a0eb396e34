// `command: auto` end to end: the event picks the commands (src/commands/dispatch.ts), and when plan
// and request both run, `result` is the request's.
import { afterEach, describe, expect, it } from 'vitest';
import { gitCheckout } from '../support/git-repo.js';
import { makeWorkspace, runAction, type RunActionOptions } from './harness.js';
import { webhookExample } from '../fixtures/webhooks.js';
import {
  ESC,
  GITHUB_TOKEN,
  HOUR,
  KEY,
  PRIMARY,
  REPO,
  addPull,
  policyFiles,
  pullRequestPayload,
  startWorld,
  type World,
} from '../support/escalation-world.js';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const PLAN_MARKER = '<!-- oncall-gate:plan -->';
const REQUEST_MARKER = '<!-- oncall-gate:request -->';
const carolOnCall = { scheduleId: ESC, email: 'carol@example.com', start: Date.now() - HOUR, hours: 24 };

function auto(w: World, options: RunActionOptions) {
  return runAction({
    ...options,
    inputs: { 'incidentio-api-key': KEY, 'incidentio-api-url': w.emu.url, 'github-token': GITHUB_TOKEN, ...options.inputs },
    env: {
      GITHUB_API_URL: w.gh.url,
      GITHUB_GRAPHQL_URL: w.gh.graphqlUrl,
      GITHUB_REPOSITORY: REPO,
      GITHUB_ACTOR: 'alice',
      GITHUB_TRIGGERING_ACTOR: 'alice',
      ...options.env,
    },
  });
}

/** A real push payload (octokit/webhooks-examples) to the default branch, between two commits. */
function pushToMain(): Record<string, any> {
  const payload = webhookExample('push');
  payload.repository.default_branch = 'main';
  payload.ref = 'refs/heads/main';
  payload.before = '1'.repeat(40);
  payload.after = '2'.repeat(40);
  return payload;
}

/** A checkout of the default branch's tip (in the fake GitHub), whose policy decides a gate. */
function tipCheckout(w: World, files: Record<string, string>): string {
  const { dir, sha } = gitCheckout({ files });
  w.gh.setBranchTip('main', sha);
  return dir;
}

const commentsWith = (w: World, pull: number, marker: string) => w.gh.comments(pull).filter((c) => c.body.includes(marker));

describe('command: auto', () => {
  it("pull_request touching policies/: runs plan and request; result is the request's", async () => {
    const w = (world = await startWorld([carolOnCall]));
    const pull = addPull(w.gh, policyFiles(), { files: ['policies/production.yaml', 'services/api/cache.go'] });
    const r = await auto(w, { eventName: 'pull_request', payload: pullRequestPayload(pull), workspace: makeWorkspace(policyFiles()) });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/::group::oncall-gate plan[\s\S]*::group::oncall-gate request/);
    expect(commentsWith(w, pull.number, PLAN_MARKER)).toHaveLength(1);
    expect(commentsWith(w, pull.number, REQUEST_MARKER)).toHaveLength(1);
    expect(r.outputs.result).toBe('pending');
    expect(r.outputs['incident-reference']).toMatch(/^INC-\d+$/);
    expect(r.summary).toMatch(/Plan: \d+ to add, \d+ to change, \d+ to destroy\./);
  });

  it("pull_request touching policies/ that no policy matches: result stays the request's (not-required), errors is the plan's", async () => {
    const w = (world = await startWorld([carolOnCall]));
    // The base policy only guards services/**, and the PR changes only a policy file.
    const base = policyFiles({ paths: ['services/**'] });
    const pull = addPull(w.gh, base, { files: ['policies/production.yaml'] });
    const head = { ...base, 'policies/production.yaml': base['policies/production.yaml']!.replace('requireReason', 'requireReasn') };
    const r = await auto(w, { eventName: 'pull_request', payload: pullRequestPayload(pull), workspace: makeWorkspace(head) });
    expect(r.stdout).toMatch(/::group::oncall-gate plan[\s\S]*::group::oncall-gate request/);
    expect(r.outputs.result, r.stdout).toBe('not-required');
    expect(r.outputs.approved).toBe('true');
    expect(r.outputs.errors).toBe('1');
    // The invalid head policy still fails the step.
    expect(r.code).toBe(1);
  });

  it('pull_request not touching policies/: runs request only', async () => {
    const w = (world = await startWorld([carolOnCall]));
    const pull = addPull(w.gh, policyFiles());
    const r = await auto(w, { eventName: 'pull_request', payload: pullRequestPayload(pull), workspace: makeWorkspace(policyFiles()) });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(/::group::oncall-gate plan/);
    expect(commentsWith(w, pull.number, PLAN_MARKER)).toHaveLength(0);
    expect(r.outputs.result).toBe('pending');
  });

  it('push to the default branch touching policies/: runs apply (the custom field is created)', async () => {
    const w = (world = await startWorld([carolOnCall], { customFields: [] }));
    const payload = pushToMain();
    w.gh.putCompare(payload.before, payload.after, ['policies/production.yaml']);
    const r = await auto(w, { eventName: 'push', payload, workspace: makeWorkspace(policyFiles()) });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/::group::oncall-gate apply/);
    expect(r.outputs.result, r.stdout).toBe('applied');
    expect(w.emu.state.customFields.map((f) => f.name)).toEqual(['On-call gate schedules']);
  });

  it('push to the default branch touching policies/ in a job that names an environment: apply, then the gate decides the step', async () => {
    // alice (the actor) is not on call for the auto rule and no reviewed PR is behind the push.
    const w = (world = await startWorld([carolOnCall], { customFields: [] }));
    const payload = pushToMain();
    w.gh.putCompare(payload.before, payload.after, ['policies/production.yaml', 'deploy/app.yaml']);
    const workspace = tipCheckout(w, policyFiles());
    const r = await auto(w, { eventName: 'push', payload, workspace, inputs: { environment: 'production', 'fail-on-deny': 'false' } });
    expect(r.stdout).toMatch(/::group::oncall-gate apply/);
    expect(r.stdout).toMatch(/::group::oncall-gate gate/);
    expect(r.outputs).toMatchObject({ result: 'pending', approved: 'false' });
  });

  it('push to the default branch not touching policies/: runs the gate', async () => {
    const w = (world = await startWorld([carolOnCall], { customFields: [] }));
    const payload = pushToMain();
    w.gh.putCompare(payload.before, payload.after, ['services/api/cache.go']);
    // A checkout of the default branch's tip, whose policy decides.
    const workspace = tipCheckout(w, policyFiles());
    const r = await auto(w, { eventName: 'push', payload, workspace, inputs: { environment: 'production' } });
    expect(r.stdout, r.stdout).toMatch(/::group::oncall-gate gate/);
    expect(r.stdout).not.toMatch(/oncall-gate apply/);
    expect(['approved', 'denied', 'pending']).toContain(r.outputs.result);
  });

  it('push that creates the branch (no previous commit): policy files are assumed changed, so apply runs', async () => {
    const w = (world = await startWorld([carolOnCall]));
    const payload = pushToMain();
    payload.before = '0'.repeat(40);
    const r = await auto(w, { eventName: 'push', payload, workspace: makeWorkspace(policyFiles()) });
    expect(r.stdout).toMatch(/::group::oncall-gate apply/);
    expect(w.gh.requests.filter((q) => q.path.includes('/compare/'))).toEqual([]);
  });

  it('schedule: runs the audit', async () => {
    const w = (world = await startWorld([carolOnCall]));
    const r = await auto(w, {
      eventName: 'schedule',
      payload: { schedule: '17 6 * * *', repository: { default_branch: 'main' } },
      workspace: makeWorkspace(policyFiles()),
    });
    expect(r.stdout).toMatch(/::group::oncall-gate audit/);
    expect(['clean', 'drift']).toContain(r.outputs.result);
  });

  it('pull_request ready_for_review: runs request, which escalates a PR that was a draft', async () => {
    const w = (world = await startWorld([carolOnCall]));
    const pull = addPull(w.gh, policyFiles());
    const r = await auto(w, {
      eventName: 'pull_request',
      payload: pullRequestPayload(pull, 'ready_for_review'),
      workspace: makeWorkspace(policyFiles()),
    });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/::group::oncall-gate request/);
    expect(r.outputs.result).toBe('pending');
    expect(w.emu.state.incidents).toHaveLength(1);
  });

  it('deployment: runs the gate for the deployment’s environment when the `environment` input is empty, and says so', async () => {
    const w = (world = await startWorld([
      carolOnCall,
      { scheduleId: PRIMARY, email: 'alice@example.com', start: Date.now() - HOUR, hours: 8 },
    ]));
    const payload = webhookExample('deployment', 'created');
    payload.repository.default_branch = 'main';
    payload.deployment.environment = 'production';
    const workspace = tipCheckout(w, policyFiles());
    const r = await auto(w, { eventName: 'deployment', payload, workspace, env: { GITHUB_REF: 'refs/heads/main' } });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/::group::oncall-gate gate/);
    expect(r.outputs).toMatchObject({ result: 'approved', 'approved-by': 'auto', policies: '["production-deploy"]' });
    expect(r.summary).toContain("`production` (from the deployment event's `deployment.environment`; the `environment` input is empty)");
    expect(r.annotations.filter((a) => a.level === 'warning')).toEqual([]);
  });

  it('a gate with nothing named: not-required, exit 0, and a warning that the gate is open and how to name an environment or policy', async () => {
    const w = (world = await startWorld([carolOnCall]));
    const r = await auto(w, {
      eventName: 'workflow_dispatch',
      payload: { repository: { default_branch: 'main' } },
      workspace: tipCheckout(w, policyFiles()),
    });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ result: 'not-required', approved: 'true' });
    const warning = r.annotations.find((a) => a.level === 'warning');
    expect(warning?.props.title).toBe('oncall-gate: the gate is open');
    expect(warning?.message).toMatch(
      /`command: auto` ran `gate` for this workflow_dispatch event, and the gate is open \(not-required\) because nothing was named/,
    );
    expect(warning?.message).toContain('add `environment: <name>` to the oncall-gate step');
    expect(warning?.message).toContain('`policy: <policy name>`');
  });
});
