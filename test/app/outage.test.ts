// App mode in an incident.io outage, in one process against the fakes: a policy's `whenUnavailable`
// fallback decides as it does for the action's gate. A request leaves the deployment waiting (not
// approved, not rejected) for a review by a person the fallback names, and that review (or the
// sweep) approves it while incident.io is still down. A deployment request carries no reason, so a
// policy whose rules require one is rejected, never approved through the fallback; App mode reads
// no team membership; a 429 never unlocks the fallback. The clock is pinned.
import { afterEach, describe, expect, it } from 'vitest';
import { ESC, HOUR, KEY, MIN, PINNED_NOW, PRIMARY, REPO, policyYaml } from '../support/escalation-world.js';
import { startAppWorld, WEBHOOK_SECRET, type AppWorld } from '../support/app-world.js';
import { runSweep } from '../../src/app/server.js';

const DEPLOYED = '5e1f0c2d4b3a69788796a5b4c3d2e1f0a9b8c7d6';
const FINAL_HEAD = '7a6b5c4d3e2f10293847566574839201aabbccdd';
const now = PINNED_NOW;
// alice is on call for the auto rule's schedule (normally auto-approved); dave for the escalation schedule.
const aliceOnCall = { scheduleId: PRIMARY, email: 'alice@example.com', start: now - HOUR, hours: 3 };
const daveOnCall = { scheduleId: ESC, email: 'dave@example.com', start: now - 6 * HOUR, hours: 24 };
const FALLBACK = ['whenUnavailable:', '  approvers: [carol]', '  duration: 4h', ''].join('\n');

let world: AppWorld | undefined;
afterEach(async () => {
  if (world) {
    const shown = [...world.logs, ...world.gh.gateReviews(REPO).map((r) => String(r.comment))].join('\n');
    for (const secret of [WEBHOOK_SECRET, KEY, ...world.gh.state.access_tokens.map((t) => t.token)]) expect(shown).not.toContain(secret);
  }
  await world?.close();
  world = undefined;
});

const answers = (w: AppWorld) => w.gh.gateReviews(REPO);
const comment = (w: AppWorld, i: number): string => String(answers(w)[i]!.comment);

async function outageWorld(policy = policyYaml() + FALLBACK): Promise<AppWorld> {
  const w = (world = await startAppWorld([aliceOnCall, daveOnCall]));
  w.policies({}, { 'policies/production.yaml': policy });
  w.emu.faults.set({ serverErrors: 'always', serverErrorStatus: 503, retryAfter: 0 });
  return w;
}

/** PR #1 (by bob) merged into main as DEPLOYED (its merge commit), with a review by `user`. */
function mergedPull(w: AppWorld, user: string, state: 'APPROVED' | 'CHANGES_REQUESTED' = 'APPROVED'): void {
  w.gh.addPullRequest({
    number: 1,
    user: 'bob',
    merged: true,
    merged_at: new Date(now - 30 * MIN).toISOString(),
    merge_commit_sha: DEPLOYED,
    head: { sha: FINAL_HEAD },
  });
  w.gh.associateCommit(DEPLOYED, [1]);
  w.gh.addReview(1, { user, state, commit_id: FINAL_HEAD, submitted_at: new Date(now - MIN).toISOString() });
}

describe('App mode in an incident.io outage, with a whenUnavailable fallback', () => {
  it('the request is left waiting (a status comment saying OUTAGE MODE and whom), nobody paged; the named approver’s review approves it', async () => {
    const w = await outageWorld();
    const run = w.waitingRun(DEPLOYED, 'erin');
    expect((await w.request(run)).status).toBe(200);

    expect(answers(w)).toMatchObject([{ state: null, status: 204 }]);
    expect(comment(w, 0)).toMatch(
      /^⏳ oncall-gate: waiting for an approval by a person the outage fallback names\. OUTAGE MODE \(degraded\): incident\.io failed with 503 on GET \/v2\/schedule_entries, after the retries/,
    );
    expect(comment(w, 0)).toContain('`carol`');
    expect([...comment(w, 0)].length).toBeLessThanOrEqual(1024);
    expect(w.gh.workflowRun(run.id).status).toBe('waiting');
    expect(w.emu.state.incidents).toEqual([]);

    mergedPull(w, 'carol');
    expect((await w.review({ number: 1, mergeCommitSha: DEPLOYED, user: 'carol', commitId: FINAL_HEAD })).status).toBe(200);
    expect(answers(w)).toHaveLength(2);
    expect(answers(w)[1]).toMatchObject({ state: 'approved', status: 204 });
    expect(comment(w, 1)).toMatch(/^✅ oncall-gate approved this deployment until \S+: approved by `carol`\. OUTAGE MODE \(degraded\): /);
    expect(comment(w, 1)).toContain('outage fallback: pull request #1 approved by `carol`');
    // The approval lasts the fallback's 4h from carol's review.
    expect(comment(w, 1)).toContain(`until ${new Date(now - MIN + 4 * HOUR).toISOString().replace(/\.\d{3}Z$/, 'Z')}`);
    expect(w.gh.workflowRun(run.id).status).toBe('in_progress');
    expect(w.emu.state.incidents).toEqual([]);
  });

  it('an on-call requester is not approved either (nobody’s on-call state is known); a review by someone not named leaves it waiting; the sweep approves after the named approver’s', async () => {
    const w = await outageWorld();
    const run = w.waitingRun(DEPLOYED, 'alice');
    await w.request(run);
    expect(answers(w)).toMatchObject([{ state: null }]);

    mergedPull(w, 'dave');
    await w.review({ number: 1, mergeCommitSha: DEPLOYED, user: 'dave', commitId: FINAL_HEAD });
    expect(answers(w)).toHaveLength(1);
    expect(w.gh.workflowRun(run.id).status).toBe('waiting');
    expect(w.logs.join('\n')).toMatch(
      /acme\/api#1 reviewed: .*still waiting \(.*outage fallback: .*dave is not one of the people the policy names for an outage/,
    );

    // carol approves, and the webhook is lost: the sweep finds the waiting run.
    w.gh.addReview(1, { user: 'carol', state: 'APPROVED', commit_id: FINAL_HEAD, submitted_at: new Date(now - MIN).toISOString() });
    const report = await runSweep(w.rt);
    expect(report.outcomes).toMatchObject([{ runId: run.id, outcome: 'approved' }]);
    expect(answers(w)[1]).toMatchObject({ state: 'approved' });
    expect(comment(w, 1)).toContain('OUTAGE MODE (degraded)');
  });

  it('a named approver’s change request leaves it waiting (a later check only approves); the request answered already', async () => {
    const w = await outageWorld();
    const run = w.waitingRun(DEPLOYED, 'erin');
    await w.request(run);
    mergedPull(w, 'carol', 'CHANGES_REQUESTED');
    await w.review({ number: 1, mergeCommitSha: DEPLOYED, user: 'carol', commitId: FINAL_HEAD, state: 'changes_requested' });
    expect(answers(w)).toHaveLength(1);
    expect(w.gh.workflowRun(run.id).status).toBe('waiting');
  });

  it('incident.io back before the review: the fallback no longer applies, so the named approver (not on call) approves nothing', async () => {
    const w = await outageWorld();
    const run = w.waitingRun(DEPLOYED, 'erin');
    await w.request(run);
    w.emu.faults.clear();
    mergedPull(w, 'carol');
    await w.review({ number: 1, mergeCommitSha: DEPLOYED, user: 'carol', commitId: FINAL_HEAD });
    expect(answers(w)).toHaveLength(1);
    expect(w.gh.workflowRun(run.id).status).toBe('waiting');
    expect(w.logs.join('\n')).toMatch(/acme\/api#1 reviewed: .*still waiting/);
  });

  it('requireReason: a deployment request carries no reason, so it is rejected, never approved through the fallback, and the comment says why', async () => {
    const w = await outageWorld(policyYaml({ requireReason: true }) + FALLBACK);
    // Even with the named approver's approval already there.
    mergedPull(w, 'carol');
    const run = w.waitingRun(DEPLOYED, 'erin');
    await w.request(run);

    expect(answers(w)).toMatchObject([{ state: 'rejected', status: 204 }]);
    const text = comment(w, 0);
    expect(text).toMatch(/^❌ oncall-gate rejected this deployment\. OUTAGE MODE \(degraded\): /);
    expect(text).toContain(
      'outage fallback: a rule of this policy sets `requireReason`, so the fallback requires a reason too, and none was given',
    );
    expect(text).toContain('A deployment request carries no reason, so the App cannot meet `requireReason`');
    expect([...text].length).toBeLessThanOrEqual(1024);
    expect(w.gh.workflowRun(run.id)).toMatchObject({ status: 'completed', conclusion: 'failure' });
    // No review was even read: none could approve.
    expect(w.gh.requests.filter((r) => r.route?.includes('/reviews'))).toEqual([]);
    expect(w.emu.state.incidents).toEqual([]);
  });

  it('approverTeams: App mode cannot read team membership, so the deployment is rejected with what to do', async () => {
    const w = await outageWorld(policyYaml() + ['whenUnavailable:', '  approverTeams: [payments-leads]', ''].join('\n'));
    mergedPull(w, 'carol');
    const run = w.waitingRun(DEPLOYED, 'erin');
    await w.request(run);
    expect(answers(w)).toMatchObject([{ state: 'rejected' }]);
    expect(comment(w, 0)).toContain('App mode cannot read team membership');
    expect(comment(w, 0)).toContain("name the outage fallback's approvers by login (`approvers`)");
  });

  it('attacker-style: a 429 from incident.io never unlocks the fallback: rejected as the error it is', async () => {
    const w = await outageWorld();
    w.emu.faults.set({ leading429: 1000, retryAfter: 0 });
    mergedPull(w, 'carol');
    const run = w.waitingRun(DEPLOYED, 'erin');
    await w.request(run);
    expect(answers(w)).toMatchObject([{ state: 'rejected' }]);
    expect(comment(w, 0)).toMatch(/^⛔ oncall-gate could not decide/);
    expect(comment(w, 0)).toContain('429');
    expect(comment(w, 0)).not.toMatch(/OUTAGE MODE/);
  });
});
