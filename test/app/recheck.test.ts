// Approval later, without a database: a review of a merged pull request, and the sweep, check
// waiting runs again on their escalation evidence and approve what it approves, never judging
// `auto`, never paging, never touching another App's gate.
import { afterEach, describe, expect, it } from 'vitest';
import { ESC, HOUR, MIN, PINNED_NOW, PRIMARY, REPO } from '../support/escalation-world.js';
import { APP_ID, startAppWorld, type AppWorld } from '../support/app-world.js';
import { runSweep } from '../../src/app/server.js';

const DEPLOYED = '5e1f0c2d4b3a69788796a5b4c3d2e1f0a9b8c7d6';
const FINAL_HEAD = '7a6b5c4d3e2f10293847566574839201aabbccdd';
const now = PINNED_NOW;
const aliceOnCall = { scheduleId: PRIMARY, email: 'alice@example.com', start: now - HOUR, hours: 3 };
const carolOnCall = { scheduleId: ESC, email: 'carol@example.com', start: now - 6 * HOUR, hours: 24 };

let world: AppWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const reviewsOf = (w: AppWorld) => w.gh.gateReviews(REPO);

/** erin (off call) asks; the request pages and leaves the run waiting. */
async function pendingRun(w: AppWorld) {
  w.policies();
  const run = w.waitingRun(DEPLOYED, 'erin');
  await w.request(run);
  expect(reviewsOf(w)).toMatchObject([{ state: null }]);
  return run;
}

/** PR #1 (by dave) merged into main as DEPLOYED (its merge commit), with a review by `user`. */
function mergedPull(w: AppWorld, user: string, state: 'APPROVED' | 'CHANGES_REQUESTED' = 'APPROVED', base = 'main'): void {
  w.gh.addPullRequest({
    number: 1,
    user: 'dave',
    merged: true,
    merged_at: new Date(now - 30 * MIN).toISOString(),
    merge_commit_sha: DEPLOYED,
    head: { sha: FINAL_HEAD },
    base: { ref: base },
  });
  w.gh.addReview(1, { user, state, commit_id: FINAL_HEAD, submitted_at: new Date(now - MIN).toISOString() });
}

describe('App mode: approval later', () => {
  it('a review by someone not on call approves nothing; the run keeps waiting and nobody else is paged', async () => {
    const w = (world = await startAppWorld([aliceOnCall, carolOnCall]));
    const run = await pendingRun(w);
    mergedPull(w, 'dave');
    await w.review({ number: 1, mergeCommitSha: DEPLOYED, user: 'dave', commitId: FINAL_HEAD });
    expect(reviewsOf(w)).toHaveLength(1);
    expect(w.gh.workflowRun(run.id).status).toBe('waiting');
    expect(w.emu.state.incidents).toHaveLength(1);
    expect(w.logs.join('\n')).toMatch(/acme\/api#1 reviewed: .*still waiting/);
  });

  it('a review of a pull request merged into another branch, or not merged, is ignored', async () => {
    const w = (world = await startAppWorld([aliceOnCall, carolOnCall]));
    await pendingRun(w);
    await w.review({ number: 1, mergeCommitSha: DEPLOYED, user: 'carol', commitId: FINAL_HEAD, baseRef: 'release' });
    await w.review({ number: 2, mergeCommitSha: null, user: 'carol', commitId: FINAL_HEAD });
    expect(reviewsOf(w)).toHaveLength(1);
    expect(w.gh.requests.some((r) => r.route === 'GET /repos/{owner}/{repo}/actions/runs')).toBe(false);
    const log = w.logs.join('\n');
    expect(log).toContain('merged into another branch than main');
    expect(log).toContain('#2 is not merged');
  });

  it('even a delivery that claims a merge does not approve a commit whose pull request went into another branch', async () => {
    const w = (world = await startAppWorld([aliceOnCall, carolOnCall]));
    const run = await pendingRun(w);
    // GitHub says PR #1 was merged into `release`; the delivery is taken as a trigger only.
    mergedPull(w, 'carol', 'APPROVED', 'release');
    await w.review({ number: 1, mergeCommitSha: DEPLOYED, user: 'carol', commitId: FINAL_HEAD });
    expect(reviewsOf(w)).toHaveLength(1);
    expect(w.gh.workflowRun(run.id).status).toBe('waiting');
  });

  it('a change request by an on-call reviewer leaves the run waiting (the request answered already; a later check only approves)', async () => {
    const w = (world = await startAppWorld([aliceOnCall, carolOnCall]));
    const run = await pendingRun(w);
    mergedPull(w, 'carol', 'CHANGES_REQUESTED');
    await w.review({ number: 1, mergeCommitSha: DEPLOYED, user: 'carol', commitId: FINAL_HEAD, state: 'changes_requested' });
    expect(reviewsOf(w)).toHaveLength(1);
    expect(w.gh.workflowRun(run.id).status).toBe('waiting');
  });

  it('leaves alone an environment gated by another App, and one not waiting on this App', async () => {
    const w = (world = await startAppWorld([aliceOnCall, carolOnCall]));
    w.policies();
    w.gh.gateEnvironment('staging', [999]);
    const other = w.waitingRun(DEPLOYED, 'erin', { waiting_on: ['staging'] });
    mergedPull(w, 'carol');
    await w.review({ number: 1, mergeCommitSha: DEPLOYED, user: 'carol', commitId: FINAL_HEAD });
    expect(reviewsOf(w)).toEqual([]);
    expect(w.gh.workflowRun(other.id).status).toBe('waiting');
  });

  it('the sweep recovers a lost review webhook: the waiting run is approved, and a second sweep changes nothing', async () => {
    const w = (world = await startAppWorld([aliceOnCall, carolOnCall]));
    const run = await pendingRun(w);
    // The review happened, but its webhook never arrived.
    mergedPull(w, 'carol');
    const first = await runSweep(w.rt);
    expect(first.outcomes).toMatchObject([{ runId: run.id, environment: 'production', outcome: 'approved' }]);
    expect(reviewsOf(w)).toHaveLength(2);
    expect(reviewsOf(w)[1]).toMatchObject({ state: 'approved', status: 204 });
    expect(w.gh.workflowRun(run.id).status).toBe('in_progress');
    expect(w.emu.state.incidents[0]!.summary).toMatch(/APPROVED/);

    const second = await runSweep(w.rt);
    expect(second.outcomes).toEqual([]);
    expect(reviewsOf(w)).toHaveLength(2);
    expect(second.repositories).toBe(2);
  });

  it('the sweep never judges auto: a requester who is on call now is not approved later, and nobody is paged', async () => {
    const w = (world = await startAppWorld([aliceOnCall, carolOnCall]));
    w.policies();
    // The request for alice (on call now) was lost: the run waits without an answer.
    const run = w.waitingRun(DEPLOYED, 'alice');
    const report = await runSweep(w.rt);
    expect(report.outcomes).toMatchObject([{ runId: run.id, outcome: 'waiting' }]);
    expect(reviewsOf(w)).toEqual([]);
    expect(w.emu.state.incidents).toEqual([]);
    expect(w.gh.workflowRun(run.id).status).toBe('waiting');
  });

  it('two checks at once (a review and the sweep) answer once: the second finds the gate answered', async () => {
    const w = (world = await startAppWorld([aliceOnCall, carolOnCall]));
    const run = await pendingRun(w);
    mergedPull(w, 'carol');
    const [delivery, report] = await Promise.all([
      w.review({ number: 1, mergeCommitSha: DEPLOYED, user: 'carol', commitId: FINAL_HEAD }),
      runSweep(w.rt),
    ]);
    expect(delivery.status).toBe(200);
    const answered = reviewsOf(w).filter((r) => r.status === 204 && r.state === 'approved');
    expect(answered).toHaveLength(1);
    expect(w.gh.workflowRun(run.id).status).toBe('in_progress');
    expect(report.failures).toEqual([]);
    expect(APP_ID).toBe(4242);
  });

  // A pull_request run executes the workflow and code of refs/pull/N/merge (here a merge into the
  // attacker's own base branch `evil`, whose workflow targets production), yet its head_sha is the
  // pull request's head: an approved merge commit of main. Judging it by that commit would deploy
  // code nobody reviewed.
  it.each(['pull_request', 'pull_request_target', 'pull_request_review', 'issue_comment', 'workflow_run'])(
    'the sweep never approves a run a %s event started, even when its head commit is an approved merge commit',
    async (event) => {
      const w = (world = await startAppWorld([aliceOnCall, carolOnCall]));
      w.policies();
      mergedPull(w, 'carol');
      const run = w.waitingRun(DEPLOYED, 'erin', { event, head_branch: 'evil' });
      const report = await runSweep(w.rt);
      expect(report.outcomes).toMatchObject([{ runId: run.id, environment: 'production', outcome: 'refused' }]);
      expect(report.outcomes[0]!.line).toContain(`started by a \`${event}\` event`);
      expect(reviewsOf(w)).toEqual([]);
      expect(w.gh.workflowRun(run.id).status).toBe('waiting');
      // Refused before any evidence is read, and nobody is paged.
      expect(w.gh.requests.some((r) => r.route === 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls')).toBe(false);
      expect(w.emu.state.incidents).toEqual([]);
      expect(w.logs.join('\n')).toMatch(/sweep: .*1 refused/);
    },
  );

  it('a review of the merged pull request does not approve a pull_request run of its merge commit either', async () => {
    const w = (world = await startAppWorld([aliceOnCall, carolOnCall]));
    w.policies();
    mergedPull(w, 'carol');
    const attack = w.waitingRun(DEPLOYED, 'erin', { event: 'pull_request', head_branch: 'evil' });
    const honest = w.waitingRun(DEPLOYED, 'erin', { event: 'workflow_dispatch' });
    await w.review({ number: 1, mergeCommitSha: DEPLOYED, user: 'carol', commitId: FINAL_HEAD });
    expect(reviewsOf(w)).toMatchObject([{ run_id: honest.id, state: 'approved' }]);
    expect(w.gh.workflowRun(attack.id).status).toBe('waiting');
    expect(w.logs.join('\n')).toMatch(new RegExp(`run ${attack.id} "production": not judged: .*pull_request`));
  });
});
