// Outage mode end to end: the committed dist/ run as the runner runs it, against the emulator made
// to fail and the fake GitHub. A policy's `whenUnavailable` fallback decides only when incident.io
// is unreachable, answers 5xx after the retries, or does not answer within its share of
// `api-timeout`; attacker-style, everything else that someone holding the key (or a mistake) can
// cause stays an error and never unlocks the fallback: a 429, a rejected key, a missing role, an
// unknown schedule. The step summary, an annotation and the `degraded` output say outage mode decided.
import { readFileSync } from 'node:fs';
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
  addPull,
  policyFiles,
  policyYaml,
  pullRequestPayload,
  reviewPayload,
  startWorld,
  type World,
} from '../support/escalation-world.js';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const DEPLOYED = '5e1f0c2d4b3a69788796a5b4c3d2e1f0a9b8c7d6';
const FINAL_HEAD = '7a6b5c4d3e2f10293847566574839201aabbccdd';
const TEAMS_TOKEN = 'ghs_teamsReaderToken0000000000';
const now = Date.now();

const FALLBACK = ['whenUnavailable:', '  approvers: [carol]', '  duration: 4h', ''].join('\n');

function pushPayload(): Record<string, unknown> {
  const payload = webhookExample('push');
  payload.ref = 'refs/heads/main';
  payload.after = DEPLOYED;
  payload.repository = { ...(payload.repository as object), full_name: REPO, default_branch: 'main' };
  return payload;
}

/** The gate for erin (never on call), deploying DEPLOYED; the policy at main's tip has `whenUnavailable` unless told otherwise. */
async function gate(
  w: World,
  o: { fallback?: string | null; inputs?: Record<string, string>; extra?: Record<string, string> } = {},
): Promise<RunActionResult> {
  const fallback = o.fallback === undefined ? FALLBACK : (o.fallback ?? '');
  const checkout = gitCheckout({ files: policyFiles({}, { 'policies/production.yaml': policyYaml() + fallback, ...o.extra }) });
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
      ...o.inputs,
    },
    env: {
      GITHUB_API_URL: w.gh.url,
      GITHUB_GRAPHQL_URL: w.gh.graphqlUrl,
      GITHUB_REPOSITORY: REPO,
      GITHUB_SHA: DEPLOYED,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_ACTOR: 'erin',
      GITHUB_TRIGGERING_ACTOR: 'erin',
    },
    timeoutMs: 90_000,
  });
  const visible = [r.stdout, r.stderr, r.summary]
    .join('\n')
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  expect(visible).not.toContain(KEY);
  expect(visible).not.toContain(TEAMS_TOKEN);
  return r;
}

/** PR #1 by alice, merged into main 30 minutes ago with final head FINAL_HEAD, holding DEPLOYED, approved by `reviewer`. */
function mergedAndReviewed(w: World, reviewer = 'carol', state = 'APPROVED' as const): void {
  w.gh.addPullRequest({
    number: 1,
    user: 'alice',
    merged: true,
    merged_at: new Date(now - 30 * MIN).toISOString(),
    merge_commit_sha: DEPLOYED,
    head: { sha: FINAL_HEAD },
  });
  w.gh.associateCommit(DEPLOYED, [1]);
  w.gh.addReview(1, { user: reviewer, state, commit_id: FINAL_HEAD, submitted_at: new Date(now - 20 * MIN).toISOString() });
}

/** carol is on call for the escalation schedule, so in normal times her review approves through the escalation rule too. */
const carolOnCall = [{ scheduleId: ESC, email: 'carol@example.com', start: now - 6 * HOUR, hours: 24 }];
const errorText = (r: RunActionResult): string =>
  r.annotations
    .filter((a) => a.level === 'error')
    .map((a) => a.message)
    .join('\n');
const outageWarning = (r: RunActionResult) =>
  r.annotations.find((a) => a.level === 'warning' && a.props.title === 'oncall-gate: OUTAGE MODE decided');

describe('gate: outage mode decides only when incident.io is unavailable', () => {
  it('5xx after the retries: a named approver’s review of the merged pull request approves, degraded, loudly', async () => {
    const w = (world = await startWorld(carolOnCall));
    mergedAndReviewed(w);
    w.emu.faults.set({ path: '/v2/schedule_entries', serverErrors: 'always', serverErrorStatus: 503 });
    const r = await gate(w);

    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({
      result: 'approved',
      approved: 'true',
      'approved-by': 'carol',
      degraded: 'true',
      'on-call': '',
      'on-call-schedules': '',
    });
    expect(Date.parse(r.outputs['expires-at']!)).toBe(Math.floor((now - 20 * MIN + 4 * HOUR) / 1000) * 1000);
    expect(r.summary).toContain('### ⚠️ OUTAGE MODE (degraded): ✅ oncall-gate: approved');
    expect(r.summary).toContain('incident.io failed with 503 on GET /v2/schedule_entries, after the retries');
    expect(r.summary).toContain('outage fallback: pull request #1 approved by `carol`');
    expect(outageWarning(r)?.message).toContain('OUTAGE MODE decided this (degraded)');
    // Nobody is paged while incident.io is down.
    expect(w.emu.state.incidents).toEqual([]);
    // The record holds the approving review as evidence, and the fallback's outcome.
    const record = JSON.parse(readFileSync(r.outputs['decision-record']!, 'utf8'));
    expect(record.evidence.reviews).toMatchObject([{ pull: 1, reviewer: 'carol', state: 'APPROVED', counted: 'approves' }]);
    expect(record.degraded.fallbacks).toMatchObject([{ policy: 'production-deploy', status: 'approved', approvedBy: ['carol'] }]);
  }, 90_000);

  it('unreachable: the same, and a review by someone not named (even on call in normal times) does not count: pending', async () => {
    const w = (world = await startWorld(carolOnCall));
    mergedAndReviewed(w, 'dave');
    const r = await gate(w, { inputs: { 'incidentio-api-url': 'http://127.0.0.1:9' } });

    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ result: 'pending', approved: 'false', degraded: 'true', 'incident-id': '' });
    expect(r.summary).toContain('incident.io could not be reached on GET /v2/schedule_entries, after the retries');
    expect(errorText(r)).toContain('`dave` is not one of the people the policy names for an outage (`carol`)');
    expect(errorText(r)).toContain('A person the outage fallback names (`carol`) approves #1 on its final commit');
  }, 90_000);

  it('its share of api-timeout passing: the fallback still has time for its GitHub reads', async () => {
    const w = (world = await startWorld(carolOnCall));
    mergedAndReviewed(w);
    w.emu.faults.set({ path: '/v2/schedule_entries', latencyMs: 8_000 });
    const r = await gate(w, { inputs: { 'api-timeout': '4' } });

    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ result: 'approved', 'approved-by': 'carol', degraded: 'true' });
    expect(r.summary).toContain("incident.io did not answer within the run's API time on GET /v2/schedule_entries");
  }, 90_000);

  it('a named approver who pushed the head does not count (every second-party rule applies)', async () => {
    const w = (world = await startWorld(carolOnCall));
    mergedAndReviewed(w);
    w.gh.addActivity({ ref: 'refs/heads/feature', after: FINAL_HEAD, actor: 'carol' });
    w.gh.pull(1).head.ref = 'feature';
    w.emu.faults.set({ path: '/v2/schedule_entries', serverErrors: 'always', serverErrorStatus: 502, retryAfter: 0 });
    const r = await gate(w);
    expect(r.outputs).toMatchObject({ result: 'pending', degraded: 'true' });
    expect(errorText(r)).toContain('`carol` pushed the head commit');
  }, 90_000);

  it('approverTeams: an active member approves with the github-teams-token; without it the outage is an error naming the input', async () => {
    const w = (world = await startWorld(carolOnCall));
    mergedAndReviewed(w, 'dave');
    w.gh.addTeam('acme', 'payments-leads', ['dave'], [TEAMS_TOKEN]);
    w.emu.faults.set({ path: '/v2/schedule_entries', serverErrors: 'always', serverErrorStatus: 503, retryAfter: 0 });
    const teams = ['whenUnavailable:', '  approverTeams: [payments-leads]', ''].join('\n');
    const withToken = await gate(w, { fallback: teams, inputs: { 'github-teams-token': TEAMS_TOKEN } });
    expect(withToken.outputs).toMatchObject({ result: 'approved', 'approved-by': 'dave', degraded: 'true' });
    expect(withToken.summary).toContain('as a member of `payments-leads`, which the outage fallback names');

    const without = await gate(w, { fallback: teams });
    expect(without.code).toBe(1);
    expect(without.outputs).toMatchObject({ result: 'error', approved: 'false' });
    expect(errorText(without)).toContain('The `github-teams-token` input is empty');
  }, 150_000);
});

describe('gate: a reason the policy requires is required under the fallback too (an outage is no way around it)', () => {
  const needsReason = { 'policies/production.yaml': policyYaml({ requireReason: true }) + FALLBACK };

  it('no `reason` input: denied with the words of a missing reason, although a named approver approved; no review is even read', async () => {
    const w = (world = await startWorld(carolOnCall));
    mergedAndReviewed(w);
    w.emu.faults.set({ path: '/v2/schedule_entries', serverErrors: 'always', serverErrorStatus: 503, retryAfter: 0 });
    const r = await gate(w, { fallback: null, extra: needsReason });

    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ result: 'denied', approved: 'false', degraded: 'true', 'approved-by': '', 'expires-at': '' });
    expect(errorText(r)).toContain(
      'outage fallback: a rule of this policy sets `requireReason`, so the fallback requires a reason too, and none was given',
    );
    expect(errorText(r)).toContain('Give a reason of at least 10 characters in the `reason` input of the oncall-gate step');
    expect(r.summary).toContain('### ⚠️ OUTAGE MODE (degraded): ');
    expect(r.summary).toContain("and the reason the policy's rules require");
    expect(w.gh.requests.filter((q) => q.route?.includes('/reviews'))).toEqual([]);
    expect(w.emu.state.incidents).toEqual([]);
    // The decision record says outage mode decided, and why the fallback did not approve.
    const record = JSON.parse(readFileSync(r.outputs['decision-record']!, 'utf8'));
    expect(record).toMatchObject({ schemaVersion: 1, verdict: 'denied', degraded: { mode: 'outage' } });
    expect(record.degraded.fallbacks).toEqual([
      { policy: 'production-deploy', line: expect.any(Number), status: 'reason-missing', requireReason: true, reason: 'missing' },
    ]);
  }, 90_000);

  it('a reason padded to length with invisible characters does not count; a real one lets the named approver’s review approve', async () => {
    const w = (world = await startWorld(carolOnCall));
    mergedAndReviewed(w);
    w.emu.faults.set({ path: '/v2/schedule_entries', serverErrors: 'always', serverErrorStatus: 503, retryAfter: 0 });
    const padded = await gate(w, { fallback: null, extra: needsReason, inputs: { reason: `fix${'\u200B'.repeat(12)}        ` } });
    expect(padded.outputs).toMatchObject({ result: 'denied', approved: 'false', degraded: 'true' });
    expect(errorText(padded)).toContain('requires a reason of at least 10 non-space characters too, and the one given has 3');

    const given = await gate(w, { fallback: null, extra: needsReason, inputs: { reason: 'INC-2231: stale prices in the API cache' } });
    expect(given.code, given.stdout + given.stderr).toBe(0);
    expect(given.outputs).toMatchObject({ result: 'approved', approved: 'true', 'approved-by': 'carol', degraded: 'true' });
  }, 150_000);
});

describe('gate: what never unlocks the fallback (attacker-style): these stay errors', () => {
  it('a 429 that outlasts the retries (anyone holding the key can cause one)', async () => {
    const w = (world = await startWorld(carolOnCall));
    mergedAndReviewed(w);
    w.emu.faults.set({ path: '/v2/schedule_entries', leading429: 1000, retryAfter: 0 });
    const r = await gate(w);
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ result: 'error', approved: 'false', degraded: 'false', 'approved-by': '' });
    expect(errorText(r)).toContain('rate-limited GET /v2/schedule_entries (429)');
    expect(r.summary).not.toContain('OUTAGE MODE');
    expect(outageWarning(r)).toBeUndefined();
  }, 90_000);

  it('a rejected key (401)', async () => {
    const w = (world = await startWorld(carolOnCall));
    mergedAndReviewed(w);
    const r = await gate(w, { inputs: { 'incidentio-api-key': 'wrong-key-Zq81Lw0cVbT5' } });
    expect(r.outputs).toMatchObject({ result: 'error', approved: 'false', degraded: 'false' });
    expect(errorText(r)).toContain('incident.io rejected the API key (401');
    expect(r.summary).not.toContain('OUTAGE MODE');
  });

  it('a key without the role to read schedules (403)', async () => {
    const w = (world = await startWorld(carolOnCall, { keys: [{ key: KEY, name: 'no roles', roles: [] }] }));
    mergedAndReviewed(w);
    const r = await gate(w);
    expect(r.outputs).toMatchObject({ result: 'error', approved: 'false', degraded: 'false' });
    expect(errorText(r)).toContain('is not allowed to call GET /v2/schedule_entries (403');
    expect(r.summary).not.toContain('OUTAGE MODE');
  });

  it('an unknown schedule (404)', async () => {
    const w = (world = await startWorld(carolOnCall));
    mergedAndReviewed(w);
    const unknown = policyYaml().replaceAll(ESC, '01HESCNOSUCHSCHEDULE000000');
    const checkout = { 'policies/production.yaml': unknown + FALLBACK };
    const r = await gate(w, { fallback: null, extra: checkout });
    expect(r.outputs).toMatchObject({ result: 'error', approved: 'false', degraded: 'false' });
    expect(errorText(r)).toContain('schedule 01HESCNOSUCHSCHEDULE000000 does not exist (404');
  });

  it('an outage under a policy without a fallback stays the error it always was', async () => {
    const w = (world = await startWorld(carolOnCall));
    mergedAndReviewed(w);
    w.emu.faults.set({ path: '/v2/schedule_entries', serverErrors: 'always', serverErrorStatus: 503, retryAfter: 0 });
    const r = await gate(w, { fallback: null });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ result: 'error', approved: 'false', degraded: 'false', 'approved-by': '' });
    expect(r.summary).not.toContain('OUTAGE MODE');
  }, 90_000);
});

describe('request and review: outage mode on the pull request itself', () => {
  async function run(w: World, command: 'request' | 'review', payload: unknown, eventName: string): Promise<RunActionResult> {
    return runAction({
      eventName,
      payload,
      inputs: { command, 'incidentio-api-key': KEY, 'incidentio-api-url': w.emu.url, 'github-token': GITHUB_TOKEN },
      env: {
        GITHUB_API_URL: w.gh.url,
        GITHUB_GRAPHQL_URL: w.gh.graphqlUrl,
        GITHUB_REPOSITORY: REPO,
        GITHUB_ACTOR: 'alice',
        GITHUB_TRIGGERING_ACTOR: 'alice',
      },
      timeoutMs: 90_000,
    });
  }

  it('request while incident.io fails: nobody paged, the named approvers asked, the check says OUTAGE MODE; then their review approves', async () => {
    const w = (world = await startWorld(carolOnCall));
    const pull = addPull(w.gh, policyFiles({}, { 'policies/production.yaml': policyYaml() + FALLBACK }));
    w.emu.faults.set({ path: '/v2/schedule_entries', serverErrors: 'always', serverErrorStatus: 500, retryAfter: 0 });

    const r = await run(w, 'request', pullRequestPayload(pull, 'opened'), 'pull_request');
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ result: 'pending', approved: 'false', degraded: 'true', 'on-call': '', 'incident-id': '' });
    expect(w.emu.state.incidents).toEqual([]);
    expect(w.gh.pull(pull.number).requested_reviewers).toEqual(['carol']);
    expect(w.gh.checkRuns(pull.head.sha)).toEqual([
      expect.objectContaining({
        status: 'in_progress',
        output: expect.objectContaining({ title: 'OUTAGE MODE: Waiting for approval by a person the outage fallback names' }),
      }),
    ]);
    expect(w.gh.comments(pull.number)[0]!.body).toContain(
      '### ⚠️ OUTAGE MODE (degraded): ⏳ oncall-gate: waiting for approval by a person the outage fallback names',
    );

    const review = w.gh.addReview(pull.number, {
      user: 'carol',
      state: 'APPROVED',
      commit_id: pull.head.sha,
      submitted_at: new Date().toISOString(),
    });
    const approved = await run(w, 'review', reviewPayload(pull, { ...review, user: 'carol' }), 'pull_request_review');
    expect(approved.outputs).toMatchObject({ result: 'approved', approved: 'true', 'approved-by': 'carol', degraded: 'true' });
    const checks = w.gh.checkRuns(pull.head.sha);
    expect(checks.at(-1)).toMatchObject({
      status: 'completed',
      conclusion: 'success',
      output: { title: 'OUTAGE MODE: Approved by carol' },
    });
    expect(checks.at(-1)!.output.summary).toContain('OUTAGE MODE decided this (degraded): incident.io failed with 500');
  }, 120_000);

  it('requireReason without a `Reason:` line: denied, nobody asked, the check says how; with the line added the review approves', async () => {
    const w = (world = await startWorld(carolOnCall));
    const files = policyFiles({}, { 'policies/production.yaml': policyYaml({ requireReason: true }) + FALLBACK });
    const pull = addPull(w.gh, files, { body: 'Rolls out the cache.' });
    const first = w.gh.addReview(pull.number, {
      user: 'carol',
      state: 'APPROVED',
      commit_id: pull.head.sha,
      submitted_at: new Date().toISOString(),
    });
    w.emu.faults.set({ path: '/v2/schedule_entries', serverErrors: 'always', serverErrorStatus: 500, retryAfter: 0 });

    const r = await run(w, 'request', pullRequestPayload(pull, 'opened'), 'pull_request');
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ result: 'denied', approved: 'false', degraded: 'true', 'approved-by': '' });
    expect(w.emu.state.incidents).toEqual([]);
    expect(w.gh.pull(pull.number).requested_reviewers).toEqual([]);
    const check = w.gh.checkRuns(pull.head.sha).at(-1)!;
    expect(check).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(check.output.title).toMatch(/^OUTAGE MODE: /);
    expect(check.output.summary).toContain(
      'outage fallback: a rule of this policy sets `requireReason`, so the fallback requires a reason too, and the pull request description has no `Reason:` line',
    );
    expect(check.output.summary).toMatch(/Add a line `Reason: <why this change is needed>`/);

    w.gh.pull(pull.number).body = 'Reason: roll out the cache fix for INC-7';
    const approved = await run(w, 'review', reviewPayload(pull, { ...first, user: 'carol' }), 'pull_request_review');
    expect(approved.outputs).toMatchObject({ result: 'approved', approved: 'true', 'approved-by': 'carol', degraded: 'true' });
  }, 120_000);

  it('request with a 429 from incident.io: an error on the check, never the fallback', async () => {
    const w = (world = await startWorld(carolOnCall));
    const pull = addPull(w.gh, policyFiles({}, { 'policies/production.yaml': policyYaml() + FALLBACK }));
    w.gh.addReview(pull.number, { user: 'carol', state: 'APPROVED', commit_id: pull.head.sha, submitted_at: new Date().toISOString() });
    w.emu.faults.set({ path: '/v2/schedule_entries', leading429: 1000, retryAfter: 0 });
    const r = await run(w, 'request', pullRequestPayload(pull, 'opened'), 'pull_request');
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ result: 'error', approved: 'false', degraded: 'false' });
    expect(w.gh.checkRuns(pull.head.sha)).toEqual([
      expect.objectContaining({ conclusion: 'failure', output: expect.objectContaining({ title: 'oncall-gate error' }) }),
    ]);
  }, 90_000);
});
