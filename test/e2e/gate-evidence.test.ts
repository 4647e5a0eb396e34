// The gate's escalation evidence end to end: a deploy of a merged commit passes through an
// escalation rule only when the merged PR carries a valid on-call approval on its final head;
// otherwise the gate opens the incident for the run, reports `pending`, and fails the step.
import { afterEach, describe, expect, it } from 'vitest';
import { webhookExample } from '../fixtures/webhooks.js';
import { gitCheckout } from '../support/git-repo.js';
import { runAction, type RunActionResult } from './harness.js';
import {
  ESC,
  GITHUB_TOKEN,
  HOUR,
  KEY,
  MIN,
  REPO,
  policyFiles,
  startWorld,
  type PolicyOptions,
  type ShiftSpec,
  type World,
} from '../support/escalation-world.js';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const DEPLOYED = '5e1f0c2d4b3a69788796a5b4c3d2e1f0a9b8c7d6';
const FINAL_HEAD = '7a6b5c4d3e2f10293847566574839201aabbccdd';

function pushPayload(): Record<string, unknown> {
  const payload = webhookExample('push');
  payload.ref = 'refs/heads/main';
  payload.after = DEPLOYED;
  payload.repository = { ...(payload.repository as object), full_name: REPO, default_branch: 'main' };
  return payload;
}

async function gate(
  w: World,
  policy: PolicyOptions = {},
  inputs: Record<string, string> = {},
  attempt = '1',
  env: Record<string, string> = {},
): Promise<RunActionResult> {
  // The job checked out the default branch, whose tip holds the policy.
  const checkout = gitCheckout({ files: policyFiles(policy) });
  w.gh.setBranchTip('main', checkout.sha);
  const r = await runAction({
    eventName: 'push',
    payload: pushPayload(),
    workspace: checkout.dir,
    inputs: {
      command: 'gate',
      environment: 'production',
      'incidentio-api-key': KEY,
      'incidentio-api-url': w.emu.url,
      'github-token': GITHUB_TOKEN,
      ...inputs,
    },
    env: {
      GITHUB_API_URL: w.gh.url,
      GITHUB_GRAPHQL_URL: w.gh.graphqlUrl,
      GITHUB_REPOSITORY: REPO,
      GITHUB_SHA: DEPLOYED,
      GITHUB_REF: 'refs/heads/main',
      // erin is not on call for the auto rule's schedule: only the escalation can approve.
      GITHUB_ACTOR: 'erin',
      GITHUB_TRIGGERING_ACTOR: 'erin',
      GITHUB_RUN_ATTEMPT: attempt,
      ...env,
    },
  });
  const visible = [r.stdout, r.stderr, r.summary]
    .join('\n')
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  expect(visible).not.toContain(KEY);
  return r;
}

/** PR #1 by alice, merged 30 minutes ago into main with final head FINAL_HEAD, containing DEPLOYED. */
function mergedPull(w: World, mergedAgoMs = 30 * MIN): void {
  w.gh.addPullRequest({
    number: 1,
    user: 'alice',
    merged: true,
    merged_at: new Date(Date.now() - mergedAgoMs).toISOString(),
    merge_commit_sha: DEPLOYED,
    head: { sha: FINAL_HEAD },
  });
}

const now = Date.now();
const carolAllDay: ShiftSpec = { scheduleId: ESC, email: 'carol@example.com', start: now - 6 * HOUR, hours: 24 };
const errors = (r: RunActionResult): string =>
  r.annotations
    .filter((a) => a.level === 'error')
    .map((a) => a.message)
    .join('\n');

describe('gate: escalation evidence (e2e)', () => {
  it('approves a merged commit whose PR an on-call person approved on its final head', async () => {
    const w = (world = await startWorld([carolAllDay]));
    mergedPull(w);
    const submitted = new Date(now - HOUR);
    w.gh.addReview(1, { user: 'carol', state: 'APPROVED', commit_id: FINAL_HEAD, submitted_at: submitted.toISOString() });
    const r = await gate(w);

    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ result: 'approved', approved: 'true', 'approved-by': 'carol', 'incident-id': '' });
    expect(Date.parse(r.outputs['expires-at']!)).toBe(Math.floor((submitted.getTime() + 24 * HOUR) / 1000) * 1000);
    expect(w.emu.state.incidents).toEqual([]);
    // Evidence is primary: the PRs of the commit and their reviews; checks and statuses are never read.
    expect(w.gh.requests.some((q) => q.route === 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls')).toBe(true);
    expect(w.gh.requests.some((q) => q.route?.includes('check-runs') || q.route?.includes('statuses'))).toBe(false);
  });

  it('an intermediate commit of the approved merged PR (a branch pushed at it) is pending, naming the merge commit to deploy', async () => {
    const w = (world = await startWorld([carolAllDay]));
    // alice's PR #1: BACKDOOR, then FINAL_HEAD that removes it; carol approved FINAL_HEAD.
    const BACKDOOR = '0badc0de0badc0de0badc0de0badc0de0badc0d';
    w.gh.addPullRequest({
      number: 1,
      user: 'alice',
      merged: true,
      merged_at: new Date(now - 30 * MIN).toISOString(),
      merge_commit_sha: DEPLOYED,
      head: { sha: FINAL_HEAD },
      commits: [{ sha: BACKDOOR, author: 'alice' }, { author: 'alice' }],
    });
    w.gh.associateCommit(BACKDOOR, [1]);
    w.gh.addReview(1, { user: 'carol', state: 'APPROVED', commit_id: FINAL_HEAD, submitted_at: new Date(now - HOUR).toISOString() });
    const r = await gate(w, {}, {}, '1', { GITHUB_SHA: BACKDOOR, GITHUB_REF: 'refs/heads/evil' });

    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.outputs).toMatchObject({ result: 'pending', approved: 'false' });
    expect(errors(r)).toContain('the deployed commit `0badc0de0bad` is part of pull request #1 but is not its merge commit `5e1f0c2d4b3a`');
    expect(r.summary).toContain('Deploy `5e1f0c2d4b3a` (what pull request #1 produced on `main`) or a later merge into `main`');
  });

  it('an approval given before the PR was pointed at the default branch (its diff then held commits nobody reviewed) does not count', async () => {
    const w = (world = await startWorld([carolAllDay]));
    // erin's PR #1 asked to merge FINAL_HEAD into her branch `evil` (which holds a backdoor), so its
    // diff showed only the change on top; carol approved it; erin then changed the base to main and merged.
    w.gh.addPullRequest({
      number: 1,
      user: 'erin',
      merged: true,
      merged_at: new Date(now - 5 * MIN).toISOString(),
      merge_commit_sha: DEPLOYED,
      head: { sha: FINAL_HEAD },
      base: { ref: 'evil' },
    });
    w.gh.addReview(1, { user: 'carol', state: 'APPROVED', commit_id: FINAL_HEAD, submitted_at: new Date(now - HOUR).toISOString() });
    w.gh.changeBase(1, 'main', { at: new Date(now - 20 * MIN).toISOString() });
    w.gh.associateCommit(DEPLOYED, [1]);
    const r = await gate(w);

    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.outputs).toMatchObject({ result: 'pending', approved: 'false' });
    expect(r.summary).toContain('the base branch of this pull request was changed at');
    expect(r.summary).toContain('so the approval was of another diff');
  });

  it('refuses the same approval once `duration` has passed: pending, an incident for the run, the step fails', async () => {
    const w = (world = await startWorld([carolAllDay]));
    mergedPull(w);
    w.gh.addReview(1, { user: 'carol', state: 'APPROVED', commit_id: FINAL_HEAD, submitted_at: new Date(now - 2 * HOUR).toISOString() });
    const r = await gate(w, { duration: '1h' });

    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(w.emu.state.incidents).toHaveLength(1);
    const inc = w.emu.state.incidents[0]!;
    expect(r.outputs).toMatchObject({ result: 'pending', approved: 'false', 'incident-id': inc.id, 'incident-reference': inc.reference });
    expect(w.emu.state.idempotencyKeys).toEqual([`oncall-gate/${REPO}/run/4242/production-deploy/attempt/4242-1`]);
    expect(inc.summary?.split('\n').at(-1)).toBe(`oncall-gate request key: oncall-gate/${REPO}/run/4242/production-deploy`);
    expect(inc.name).toBe(`Approval requested: erin -> production-deploy (${REPO} run 4242)`);
    expect(inc.summary).toContain(`Deployed commit: ${DEPLOYED}`);
    expect(inc.summary).toContain('https://github.com/acme/api/pull/1');
    expect(errors(r)).toMatch(/older than the rule's duration/);
    expect(r.summary).toContain(inc.reference);
  });

  it('does not approve with an approval by someone not on call at the review time, nor on an earlier commit', async () => {
    const w = (world = await startWorld([{ scheduleId: ESC, email: 'carol@example.com', start: now - 30 * MIN, hours: 8 }]));
    mergedPull(w);
    w.gh.addReview(1, { user: 'carol', state: 'APPROVED', commit_id: FINAL_HEAD, submitted_at: new Date(now - HOUR).toISOString() });
    w.gh.addReview(1, {
      user: 'dave',
      state: 'APPROVED',
      commit_id: '0000000000000000000000000000000000000001',
      submitted_at: new Date(now - 10 * MIN).toISOString(),
    });
    const r = await gate(w);
    expect(r.code).toBe(1);
    expect(r.outputs.result).toBe('pending');
    expect(errors(r)).toMatch(/`carol` was not on call/);
  });

  it('a re-run of the same run finds its incident by the request key, even when incident.io answers a reused key with a new incident; fail-on-deny false passes the step with approved=false', async () => {
    const w = (world = await startWorld([carolAllDay], { idempotencyReuse: 'new-incident' }));
    mergedPull(w);
    const first = await gate(w);
    expect(first.code).toBe(1);
    const second = await gate(w, {}, { 'fail-on-deny': 'false' }, '2');
    expect(second.code).toBe(0);
    expect(second.outputs).toMatchObject({ result: 'pending', approved: 'false', 'incident-id': first.outputs['incident-id'] });
    // The same attempt again (the same idempotency key) finds it too.
    expect((await gate(w)).outputs['incident-id']).toBe(first.outputs['incident-id']);
    expect(w.emu.state.incidents).toHaveLength(1);
    expect(w.emu.requests.filter((q) => q.method === 'POST' && q.path === '/v2/incidents')).toHaveLength(1);
  });

  it('a re-run approved after an on-call review marks the run incident approved (by whom, when) and never resolves it', async () => {
    const w = (world = await startWorld([carolAllDay]));
    mergedPull(w);
    expect((await gate(w)).code).toBe(1);
    const before = w.emu.state.incidents[0]!;
    w.gh.addReview(1, { user: 'carol', state: 'APPROVED', commit_id: FINAL_HEAD, submitted_at: new Date(Date.now() - MIN).toISOString() });
    const started = Date.now();
    const r = await gate(w, {}, {}, '2');

    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ result: 'approved', 'approved-by': 'carol' });
    const after = w.emu.state.incidents[0]!;
    const first = after.summary!.split('\n')[0]!;
    expect(first).toMatch(
      new RegExp(
        `^APPROVED at (\\S+Z): attempt 2 of this run passed the gate on the approval of #1 by carol \\(Carol Chen, on call for schedule ${ESC}, review at \\S+Z\\)\\.$`,
      ),
    );
    const when = Date.parse(/^APPROVED at (\S+Z)/.exec(first)![1]!);
    expect(when).toBeGreaterThanOrEqual(Math.floor(started / 1000) * 1000);
    expect(when).toBeLessThanOrEqual(Date.now());
    expect(after.incident_status).toEqual(before.incident_status);
    expect(w.emu.state.incidents).toHaveLength(1);
  });

  it('dry run: the same pending decision, and nothing is written to GitHub or incident.io', async () => {
    const w = (world = await startWorld([carolAllDay], { customFields: [] }));
    mergedPull(w);
    const r = await gate(w, {}, { 'dry-run': 'true' });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ result: 'pending', approved: 'false', 'incident-id': '' });
    expect(w.emu.requests.length).toBeGreaterThan(0);
    expect(w.emu.requests.filter((q) => q.method !== 'GET')).toEqual([]);
    expect(w.emu.state.incidents).toEqual([]);
    expect(w.emu.state.customFields).toEqual([]);
    expect(w.gh.requests.length).toBeGreaterThan(0);
    expect(w.gh.writes()).toEqual([]);
    expect(r.stdout).toContain(`Dry run: would create the incident oncall-gate/${REPO}/run/4242/production-deploy:`);
  });

  it('a commit that came from no merged PR cannot be approved by review: pending with the incident', async () => {
    const w = (world = await startWorld([carolAllDay]));
    const r = await gate(w);
    expect(r.code).toBe(1);
    expect(r.outputs.result).toBe('pending');
    expect(errors(r)).toMatch(/did not come from a pull request merged into `main`/);
    expect(w.emu.state.incidents[0]!.summary).toMatch(/cannot be approved by review/);
  });

  it('a PR merged into another branch than the default is never evidence, even with an on-call approval', async () => {
    const w = (world = await startWorld([carolAllDay]));
    w.gh.addPullRequest({
      number: 1,
      user: 'alice',
      merged: true,
      merged_at: new Date(Date.now() - 30 * MIN).toISOString(),
      merge_commit_sha: DEPLOYED,
      base: { ref: 'release' },
      head: { sha: FINAL_HEAD },
    });
    w.gh.addReview(1, { user: 'carol', state: 'APPROVED', commit_id: FINAL_HEAD, submitted_at: new Date(now - HOUR).toISOString() });
    const r = await gate(w);
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ result: 'pending', approved: 'false' });
    expect(errors(r)).toContain('#1 was merged into `release`; approvals on pull requests into another branch never count');
  });

  it('an on-call approval by the pusher of the merged PR’s final head does not count (nobody approves their own change)', async () => {
    const w = (world = await startWorld([carolAllDay]));
    w.gh.addPullRequest({
      number: 1,
      user: 'alice',
      merged: true,
      merged_at: new Date(Date.now() - 30 * MIN).toISOString(),
      merge_commit_sha: DEPLOYED,
      head: { sha: FINAL_HEAD },
      pusher: 'carol',
    });
    w.gh.addReview(1, { user: 'carol', state: 'APPROVED', commit_id: FINAL_HEAD, submitted_at: new Date(now - HOUR).toISOString() });
    const r = await gate(w);
    expect(r.code).toBe(1);
    expect(r.outputs.result).toBe('pending');
    expect(errors(r)).toContain('`carol` pushed the head commit `7a6b5c4d3e2f`; nobody approves their own change');
  });
});
