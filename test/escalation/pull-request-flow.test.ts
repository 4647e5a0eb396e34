// The request/review flow in process, with the real adapters against the incident.io emulator
// and the fake GitHub API (the e2e tests run the same flows through dist/index.js).
import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import { createContext } from '../../src/compose.js';
import type { Context } from '../../src/context.js';
import { parseEvent } from '../../src/event/event.js';
import type { Inputs } from '../../src/inputs.js';
import type { Logger } from '../../src/log.js';
import { runPullRequestFlow } from '../../src/escalation/pull-request-flow.js';
import { fastTuning } from '../support/github-client.js';
import { REQUEST_MARKER } from '../../src/report/render-request.js';
import { createRedactor } from '../../src/redact.js';
import {
  ESC,
  GITHUB_TOKEN,
  HOUR,
  KEY,
  MIN,
  PRIMARY,
  REPO,
  USERS,
  addPull,
  policyFiles,
  pullRequestPayload,
  reviewPayload,
  PINNED_NOW,
  startWorld as startWorldAt,
  type ShiftSpec,
  type World,
} from '../support/escalation-world.js';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

interface Logged {
  log: Logger;
  lines: string[];
}
function logger(): Logged {
  const lines: string[] = [];
  return {
    lines,
    log: {
      info: (m) => lines.push(m),
      warning: (m) => lines.push(`WARNING ${m}`),
      debug: () => {},
      group: (_n, fn) => fn(),
    },
  };
}

function ctx(w: World, eventName: string, payload: unknown, over: Partial<Inputs> = {}, logged = logger()): Context {
  const [owner, repo] = REPO.split('/') as [string, string];
  return createContext({
    inputs: {
      command: eventName === 'pull_request_review' ? 'review' : 'request',
      incidentioApiKey: KEY,
      incidentioApiUrl: w.emu.url,
      githubToken: GITHUB_TOKEN,
      policyPath: 'policies',
      environment: '',
      policy: '',
      reason: '',
      dryRun: false,
      failOnDeny: true,
      apiTimeoutSeconds: 60,
      ...over,
    },
    run: {
      eventName,
      eventPath: '',
      repository: { owner, repo },
      sha: 'f'.repeat(40),
      ref: 'refs/pull/1/merge',
      actor: 'alice',
      triggeringActor: 'alice',
      runId: '77',
      runAttempt: '1',
      serverUrl: 'https://github.com',
      apiUrl: w.gh.url,
      graphqlUrl: w.gh.graphqlUrl,
      workspace: '/nonexistent',
    },
    event: parseEvent(eventName, payload),
    log: logged.log,
    clock,
    redactor: createRedactor([KEY, GITHUB_TOKEN]),
    // The real adapters, minus the production spacing of GitHub writes.
    tuning: { github: fastTuning() },
  });
}

const now = PINNED_NOW;
const clock = fixedClock(new Date(PINNED_NOW));
/** The world and the command decide at the same pinned moment. */
const startWorld = (shifts: ShiftSpec[], extra: Parameters<typeof startWorldAt>[1] = {}): Promise<World> =>
  startWorldAt(shifts, extra, clock);
const carolOnCall: ShiftSpec = { scheduleId: ESC, email: 'carol@example.com', start: now - HOUR, hours: 24 };
const incidents = (w: World) => w.emu.state.incidents;
const writesTo = (w: World, path: RegExp) => w.emu.requests.filter((r) => r.method === 'POST' && path.test(r.path));

describe('request', () => {
  it('escalates: one incident with the schedule IDs in the custom field, a sticky comment, a review request, an in-progress check', async () => {
    const w = (world = await startWorld([carolOnCall]));
    const pull = addPull(w.gh, policyFiles());
    const r = await runPullRequestFlow(ctx(w, 'pull_request', pullRequestPayload(pull)), 'request');

    expect(r.failure).toBeUndefined();
    expect(r.outputs).toMatchObject({ result: 'pending', approved: false, onCall: false, policies: ['production-deploy'] });
    expect(incidents(w)).toHaveLength(1);
    const inc = incidents(w)[0]!;
    expect(inc.name).toBe(`Approval requested: alice -> production-deploy (${REPO}#${pull.number})`);
    expect(inc.mode).toBe('test');
    expect(inc.custom_field_entries).toEqual([
      expect.objectContaining({ custom_field: expect.objectContaining({ name: 'On-call gate schedules' }), values: [{ value_text: ESC }] }),
    ]);
    expect(inc.summary).toContain(`Head commit: ${pull.head.sha}`);
    expect(inc.summary).toContain('Reason: roll out the cache fix for INC-7');
    expect(r.outputs).toMatchObject({ incidentId: inc.id, incidentReference: inc.reference });
    // The idempotency key covers this one create (and its retries): it names the creating run attempt.
    expect(w.emu.state.idempotencyKeys).toEqual([`oncall-gate/${REPO}/pull/${pull.number}/production-deploy/attempt/77-1`]);
    expect(inc.summary?.split('\n').at(-1)).toBe(`oncall-gate request key: oncall-gate/${REPO}/pull/${pull.number}/production-deploy`);

    const comments = w.gh.comments(pull.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.user).toBe('github-actions[bot]');
    expect(comments[0]!.body.split('\n').slice(0, 2)).toEqual([
      REQUEST_MARKER,
      `<!-- oncall-gate:incident policy=production%2Ddeploy id=${inc.id} -->`,
    ]);
    expect(comments[0]!.body).toContain('Carol Chen');
    expect(comments[0]!.body).toContain('[`carol`](https://github.com/carol)');
    expect(comments[0]!.body).toContain(inc.reference);
    expect(w.gh.pull(pull.number).requested_reviewers).toEqual(['carol']);
    const checks = w.gh.checkRuns(pull.head.sha);
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ name: 'oncall-gate', status: 'in_progress', conclusion: null });
  });

  it('the same event again creates nothing new and edits the comment in place', async () => {
    const w = (world = await startWorld([carolOnCall]));
    const pull = addPull(w.gh, policyFiles());
    await runPullRequestFlow(ctx(w, 'pull_request', pullRequestPayload(pull)), 'request');
    const firstComment = w.gh.comments(pull.number)[0]!;
    // A minute later: the comment shows the time of the decision, so its text changes.
    const later = { ...ctx(w, 'pull_request', pullRequestPayload(pull)), clock: fixedClock(new Date(now + MIN)) };
    const r = await runPullRequestFlow(later, 'request');

    expect(r.outputs.result).toBe('pending');
    expect(incidents(w)).toHaveLength(1);
    expect(writesTo(w, /\/actions\/edit$/)).toHaveLength(0);
    expect(w.gh.comments(pull.number)).toHaveLength(1);
    expect(w.gh.comments(pull.number)[0]!.id).toBe(firstComment.id);
    expect(w.gh.requests.filter((q) => q.method === 'POST' && q.route?.endsWith('/comments'))).toHaveLength(1);
    expect(w.gh.requests.filter((q) => q.method === 'PATCH' && q.route?.endsWith('/comments/{comment_id}'))).toHaveLength(1);
    expect(w.gh.checkRuns(pull.head.sha)).toHaveLength(1);
  });

  it('a new push reuses the incident, rewrites its summary with the new head, and needs approval again', async () => {
    const w = (world = await startWorld([carolOnCall]));
    const pull = addPull(w.gh, policyFiles());
    const review = w.gh.addReview(pull.number, { user: 'carol', state: 'APPROVED' });
    const approved = await runPullRequestFlow(ctx(w, 'pull_request_review', reviewPayload(pull, { ...review, user: 'carol' })), 'review');
    expect(approved.outputs).toMatchObject({ result: 'approved', approvedBy: 'carol' });

    const oldHead = pull.head.sha;
    pull.head.sha = 'e'.repeat(40);
    const r = await runPullRequestFlow(ctx(w, 'pull_request', pullRequestPayload(pull, 'synchronize')), 'request');
    expect(r.outputs.result).toBe('pending');
    expect(incidents(w)).toHaveLength(1);
    expect(incidents(w)[0]!.summary).toContain(`Head commit: ${pull.head.sha}`);
    expect(incidents(w)[0]!.summary?.split('\n')[0]).toMatch(/^PENDING/);
    expect(w.gh.checkRuns(pull.head.sha)[0]).toMatchObject({ status: 'in_progress' });
    expect(w.gh.checkRuns(oldHead)[0]).toMatchObject({ status: 'completed', conclusion: 'success' });
  });

  it('author on call for the auto rule: check success, no incident, no review request', async () => {
    const w = (world = await startWorld([
      carolOnCall,
      { scheduleId: PRIMARY, email: 'alice@example.com', start: now - 10 * MIN, hours: 8 },
    ]));
    const pull = addPull(w.gh, policyFiles());
    const r = await runPullRequestFlow(ctx(w, 'pull_request', pullRequestPayload(pull)), 'request');
    expect(r.outputs).toMatchObject({ result: 'approved', approved: true, approvedBy: 'auto', onCall: true, onCallSchedules: [PRIMARY] });
    expect(incidents(w)).toHaveLength(0);
    expect(w.gh.pull(pull.number).requested_reviewers).toEqual([]);
    expect(w.gh.checkRuns(pull.head.sha)[0]).toMatchObject({ status: 'completed', conclusion: 'success' });
  });

  it('judges by the base policy even when the PR loosens its own policy', async () => {
    const w = (world = await startWorld([carolOnCall]));
    const pull = addPull(w.gh, policyFiles());
    // The PR head deletes the escalation and lets everyone through; it must not decide.
    w.gh.putPolicies(pull.head.sha, policyFiles({ branches: ['nothing-matches'] }));
    w.gh.pull(pull.number).files.push({ filename: 'policies/production.yaml', status: 'modified' });
    const r = await runPullRequestFlow(ctx(w, 'pull_request', pullRequestPayload(pull)), 'request');
    expect(r.outputs.result).toBe('pending');
    expect(incidents(w)).toHaveLength(1);
    const trees = w.gh.requests.filter((q) => q.route === 'GET /repos/{owner}/{repo}/git/trees/{tree_sha}');
    expect(trees.some((q) => q.path.includes(pull.base.sha))).toBe(true);
    expect(trees.some((q) => q.path.includes(pull.head.sha))).toBe(false);
  });

  it('no matching policy: not-required, check success, nothing else written', async () => {
    const w = (world = await startWorld([carolOnCall]));
    const pull = addPull(w.gh, policyFiles({ paths: ['infra/**'] }));
    const r = await runPullRequestFlow(ctx(w, 'pull_request', pullRequestPayload(pull)), 'request');
    expect(r.outputs).toMatchObject({ result: 'not-required', approved: true });
    expect(w.gh.checkRuns(pull.head.sha)[0]).toMatchObject({
      conclusion: 'success',
      output: expect.objectContaining({ title: 'No approval required' }),
    });
    expect(w.gh.comments(pull.number)).toEqual([]);
    expect(w.emu.requests).toEqual([]);
  });

  it('requireReason without a Reason: line: denied (check failure saying how), no incident; an edit with a reason escalates', async () => {
    const w = (world = await startWorld([carolOnCall]));
    const pull = addPull(w.gh, policyFiles({ requireReason: true }), { body: 'Please merge' });
    const r = await runPullRequestFlow(ctx(w, 'pull_request', pullRequestPayload(pull)), 'request');
    expect(r.failure).toBeUndefined();
    expect(r.outputs.result).toBe('denied');
    expect(incidents(w)).toHaveLength(0);
    const check = w.gh.checkRuns(pull.head.sha)[0]!;
    expect(check).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(check.output.summary).toContain('Add a line `Reason: <why this change is needed>`');

    w.gh.pull(pull.number).body = 'Please merge\n\nReason: the cache fix for INC-7';
    const again = await runPullRequestFlow(ctx(w, 'pull_request', pullRequestPayload(pull, 'edited')), 'request');
    expect(again.outputs.result).toBe('pending');
    expect(incidents(w)).toHaveLength(1);
    expect(incidents(w)[0]!.summary).toContain('Reason: the cache fix for INC-7');
  });

  it('an invalid policy at the base commit is an error (fail closed) with annotations and a failing check', async () => {
    const w = (world = await startWorld([carolOnCall]));
    const pull = addPull(w.gh, policyFiles({}, { 'policies/broken.yaml': 'version: 1\nkind: policy\nname: Bad Name\n' }));
    const r = await runPullRequestFlow(ctx(w, 'pull_request', pullRequestPayload(pull)), 'request');
    expect(r.outputs).toMatchObject({ result: 'error', approved: false });
    expect(r.failure).toMatch(/The policy in policies\/ at the base commit \w+ of pull request #1 is invalid/);
    expect(r.annotations.some((a) => a.level === 'error' && a.file === 'policies/broken.yaml')).toBe(true);
    expect(w.gh.checkRuns(pull.head.sha)[0]).toMatchObject({
      conclusion: 'failure',
      output: expect.objectContaining({ title: 'oncall-gate error' }),
    });
    expect(incidents(w)).toEqual([]);
  });

  it('dry run of a run that cannot decide: the failing check is planned, not written', async () => {
    const w = (world = await startWorld([carolOnCall]));
    const pull = addPull(w.gh, policyFiles({}, { 'policies/broken.yaml': 'version: 1\nkind: policy\nname: Bad Name\n' }));
    const c = ctx(w, 'pull_request', pullRequestPayload(pull), { dryRun: true });
    const r = await runPullRequestFlow(c, 'request');
    expect(r.outputs).toMatchObject({ result: 'error', approved: false });
    expect(w.gh.writes()).toEqual([]);
    expect(c.writes.planned).toEqual([
      expect.objectContaining({
        method: 'POST',
        target: `/repos/${REPO}/check-runs`,
        body: expect.objectContaining({
          status: 'completed',
          conclusion: 'failure',
          output: expect.objectContaining({ title: 'oncall-gate error' }),
        }),
      }),
    ]);
  });

  it('no incident.io key (e.g. a Dependabot PR): an error that says how to pass one, never an approval', async () => {
    const w = (world = await startWorld([carolOnCall]));
    const pull = addPull(w.gh, policyFiles());
    const r = await runPullRequestFlow(ctx(w, 'pull_request', pullRequestPayload(pull), { incidentioApiKey: '' }), 'request');
    expect(r.outputs).toMatchObject({ result: 'error', approved: false, policies: ['production-deploy'] });
    expect(r.failure).toMatch(/`incidentio-api-key` input is empty/);
    expect(r.failure).toMatch(/Dependabot secret/);
  });

  it('a missing custom field is created when the key may', async () => {
    const w = (world = await startWorld([carolOnCall], { customFields: [] }));
    const pull = addPull(w.gh, policyFiles());
    const r = await runPullRequestFlow(ctx(w, 'pull_request', pullRequestPayload(pull)), 'request');
    expect(r.outputs.result).toBe('pending');
    expect(w.emu.state.customFields.map((f) => [f.name, f.field_type])).toEqual([['On-call gate schedules', 'text']]);
  });

  it('a missing custom field the key may not create: error pointing to apply, check failure', async () => {
    const w = (world = await startWorld([carolOnCall], {
      customFields: [],
      keys: [{ key: KEY, name: 'no settings', roles: ['viewer', 'schedules_reader', 'incident_creator', 'incident_editor'] }],
    }));
    const pull = addPull(w.gh, policyFiles());
    const r = await runPullRequestFlow(ctx(w, 'pull_request', pullRequestPayload(pull)), 'request');
    expect(r.outputs.result).toBe('error');
    expect(r.failure).toMatch(/custom field "On-call gate schedules" .* does not exist, and this API key may not create it/);
    expect(r.failure).toMatch(/oncall-gate apply/);
    expect(incidents(w)).toHaveLength(0);
    expect(w.gh.checkRuns(pull.head.sha)[0]).toMatchObject({
      conclusion: 'failure',
      output: expect.objectContaining({ title: 'oncall-gate error' }),
    });
  });

  it('dry run: plans every write in order (custom field, incident, comment, review request, check) and makes none', async () => {
    const w = (world = await startWorld([carolOnCall], { customFields: [] }));
    const pull = addPull(w.gh, policyFiles());
    const c = ctx(w, 'pull_request', pullRequestPayload(pull), { dryRun: true });
    const r = await runPullRequestFlow(c, 'request');
    expect(r.outputs.result).toBe('pending');
    expect(w.gh.writes()).toEqual([]);
    expect(w.emu.requests.filter((q) => q.method !== 'GET')).toEqual([]);
    expect(r.summary).toContain('Dry run: nothing was written');
    expect(c.writes.planned.map((p) => `${p.service} ${p.method} ${p.target}`)).toEqual([
      'incidentio POST /v2/custom_fields',
      'incidentio POST /v2/incidents',
      `github POST /repos/${REPO}/issues/${pull.number}/comments`,
      `github POST /repos/${REPO}/pulls/${pull.number}/requested_reviewers`,
      `github POST /repos/${REPO}/check-runs`,
    ]);
    const [field, incident, comment, reviews, check] = c.writes.planned;
    expect(field!.body).toMatchObject({ name: 'On-call gate schedules', field_type: 'text' });
    expect(incident!.body).toMatchObject({ idempotency_key: `oncall-gate/${REPO}/pull/${pull.number}/production-deploy/attempt/77-1` });
    // No incident exists in a dry run, so the comment records none and links none.
    expect(comment!.markdown).toMatch(/^<!-- oncall-gate:request -->\n### /);
    expect(comment!.markdown).toContain('_dry run: not created_');
    expect(reviews!.body).toEqual({ reviewers: ['carol'] });
    expect(check!.body).toMatchObject({ head_sha: pull.head.sha, name: 'oncall-gate', status: 'in_progress', external_id: 'oncall-gate' });
  });

  it('dry run on a pull request whose check and comment exist: the plan edits them in place (PATCH)', async () => {
    const w = (world = await startWorld([carolOnCall]));
    const pull = addPull(w.gh, policyFiles());
    await runPullRequestFlow(ctx(w, 'pull_request', pullRequestPayload(pull)), 'request');
    const [comment] = w.gh.comments(pull.number);
    const [check] = w.gh.checkRuns(pull.head.sha);
    const review = w.gh.addReview(pull.number, { user: 'carol', state: 'APPROVED' });
    const c = ctx(w, 'pull_request_review', reviewPayload(pull, { ...review, user: 'carol' }), { dryRun: true });
    const before = w.gh.writes().length;
    const r = await runPullRequestFlow(c, 'review');
    expect(r.outputs).toMatchObject({ result: 'approved', approvedBy: 'carol' });
    expect(w.gh.writes()).toHaveLength(before);
    const incident = incidents(w)[0]!;
    expect(c.writes.planned.map((p) => `${p.method} ${p.target}`)).toEqual([
      `POST /v2/incidents/${incident.id}/actions/edit`,
      `PATCH /repos/${REPO}/issues/comments/${comment!.id}`,
      `PATCH /repos/${REPO}/check-runs/${check!.id}`,
    ]);
  });

  it('fork PR under pull_request: a clear error naming pull_request_target, no crash, nothing written', async () => {
    const w = (world = await startWorld([carolOnCall]));
    const pull = addPull(w.gh, policyFiles(), { head: { repo: 'mallory/api' } });
    w.gh.readOnlyToken();
    const r = await runPullRequestFlow(ctx(w, 'pull_request', pullRequestPayload(pull)), 'request');
    expect(r.outputs).toMatchObject({ result: 'error', approved: false, policies: ['production-deploy'] });
    expect(r.failure).toMatch(/comes from the fork mallory\/api/);
    expect(r.failure).toMatch(/read-only GITHUB_TOKEN and without secrets/);
    expect(r.failure).toMatch(/pull_request_target/);
    expect(w.gh.writes()).toEqual([]);
    expect(w.emu.requests).toEqual([]);
  });

  it('GitHub answering a pull request without a head SHA: error before anything is written (never an approval)', async () => {
    const w = (world = await startWorld([carolOnCall]));
    const pull = addPull(w.gh, policyFiles());
    w.gh.addReview(pull.number, { user: 'carol', state: 'APPROVED', commit_id: '' });
    const body = {
      number: pull.number,
      state: 'open',
      title: pull.title,
      body: pull.body,
      user: { login: 'alice', type: 'User' },
      base: { ref: 'main', sha: pull.base.sha, repo: { full_name: REPO } },
      head: { sha: '', repo: { full_name: REPO } },
    };
    w.gh.failNext('GET /repos/{owner}/{repo}/pulls/{pull_number}', { status: 200, body });
    const r = await runPullRequestFlow(ctx(w, 'pull_request', pullRequestPayload(pull)), 'request');
    expect(r.outputs).toMatchObject({ result: 'error', approved: false });
    expect(r.failure).toMatch(/GitHub returned pull request #1 without a valid head commit SHA/);
    expect(r.failure).toMatch(/GITHUB_API_URL/);
    expect(incidents(w)).toEqual([]);
    expect(w.gh.writes()).toEqual([]);
  });

  it('no secret reaches the comment, the check or the summary, even when incident.io data carries one', async () => {
    // Contrived on purpose: an on-call person's incident.io name that contains the API key and the token.
    const users = USERS.map((u) => (u.email === 'carol@example.com' ? { ...u, name: `Carol ${KEY} ${GITHUB_TOKEN}` } : u));
    const w = (world = await startWorld([carolOnCall], { users }));
    const pull = addPull(w.gh, policyFiles());
    const r = await runPullRequestFlow(ctx(w, 'pull_request', pullRequestPayload(pull)), 'request');
    expect(r.outputs.result).toBe('pending');
    const posted = [w.gh.comments(pull.number)[0]!.body, JSON.stringify(w.gh.checkRuns(pull.head.sha)), r.summary].join('\n');
    expect(posted).toContain('Carol ***');
    expect(posted).not.toContain(KEY);
    expect(posted).not.toContain(GITHUB_TOKEN);
  });

  it('incident.io answering the incident create with garbage: error, the check says so, no comment claims a state', async () => {
    const w = (world = await startWorld([carolOnCall]));
    const pull = addPull(w.gh, policyFiles());
    w.emu.faults.set({ method: 'POST', path: '/v2/incidents', malformedBody: 'always' });
    const r = await runPullRequestFlow(ctx(w, 'pull_request', pullRequestPayload(pull)), 'request');
    expect(r.outputs).toMatchObject({ result: 'error', approved: false });
    expect(r.failure).toMatch(/incident\.io returned an unexpected response to POST \/v2\/incidents/);
    expect(r.failure).toMatch(/Check the URL/);
    expect(w.gh.comments(pull.number)).toEqual([]);
    expect(w.gh.checkRuns(pull.head.sha)[0]).toMatchObject({
      status: 'completed',
      conclusion: 'failure',
      output: expect.objectContaining({ title: 'oncall-gate error' }),
    });
  });

  it('a review GitHub returned without a state: an error that names it, not a crash report', async () => {
    const w = (world = await startWorld([carolOnCall]));
    const pull = addPull(w.gh, policyFiles());
    w.gh.failNext('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
      status: 200,
      body: [
        {
          id: 9,
          user: { login: 'carol', type: 'User' },
          commit_id: pull.head.sha,
          submitted_at: new Date(now).toISOString(),
          html_url: '',
        },
      ],
    });
    const r = await runPullRequestFlow(ctx(w, 'pull_request', pullRequestPayload(pull)), 'request');
    expect(r.outputs).toMatchObject({ result: 'error', approved: false });
    expect(r.failure).toMatch(/GitHub returned a malformed review \(id 9\) of pull request #1: it has no `state`/);
    expect(r.failure).not.toMatch(/This is a bug/);
    expect(incidents(w)).toEqual([]);
  });

  it('fork PR that no policy matches: not-required, exit clean, no write attempted', async () => {
    const w = (world = await startWorld([carolOnCall]));
    const pull = addPull(w.gh, policyFiles({ labels: ['deploy'] }), { head: { repo: 'mallory/api' } });
    w.gh.readOnlyToken();
    const r = await runPullRequestFlow(ctx(w, 'pull_request', pullRequestPayload(pull)), 'request');
    expect(r.outputs.result).toBe('not-required');
    expect(r.failure).toBeUndefined();
    expect(w.gh.writes()).toEqual([]);
  });
});

describe('review', () => {
  async function reviewed(
    w: World,
    user: string,
    state: 'APPROVED' | 'CHANGES_REQUESTED',
    over: { commit_id?: string | null; submitted_at?: string } = {},
  ) {
    const pull = w.gh.pull(1);
    const review = w.gh.addReview(1, { user, state, ...over });
    return runPullRequestFlow(ctx(w, 'pull_request_review', reviewPayload(pull, { ...review, user })), 'review');
  }

  it('an approval given before the base branch was changed (retargeted onto commits nobody reviewed) does not count; a new one does', async () => {
    const w = (world = await startWorld([carolOnCall]));
    addPull(w.gh, policyFiles());
    const before = await reviewed(w, 'carol', 'APPROVED', { submitted_at: new Date(now - 30 * MIN).toISOString() });
    expect(before.outputs).toMatchObject({ result: 'approved', approvedBy: 'carol' });
    // The author points the pull request at another base: the head, so the review's commit, is unchanged.
    w.gh.changeBase(1, 'main', { at: new Date(now - 10 * MIN).toISOString() });
    const after = await runPullRequestFlow(ctx(w, 'pull_request', pullRequestPayload(w.gh.pull(1))), 'request');
    expect(after.outputs).toMatchObject({ result: 'pending', approved: false });
    expect(w.gh.comments(1)[0]!.body).toContain('the base branch of this pull request was changed at');
    const again = await reviewed(w, 'carol', 'APPROVED', { submitted_at: new Date(now - MIN).toISOString() });
    expect(again.outputs).toMatchObject({ result: 'approved', approvedBy: 'carol' });
  });

  it('an on-call change request dismissed by the author still denies, beside another on-call approval', async () => {
    const w = (world = await startWorld([carolOnCall, { scheduleId: ESC, email: 'dave@example.com', start: now - HOUR, hours: 24 }]));
    addPull(w.gh, policyFiles());
    await reviewed(w, 'dave', 'APPROVED', { submitted_at: new Date(now - 20 * MIN).toISOString() });
    const veto = await reviewed(w, 'carol', 'CHANGES_REQUESTED', { submitted_at: new Date(now - 10 * MIN).toISOString() });
    expect(veto.outputs.result).toBe('denied');
    const carols = w.gh.pull(1).reviews.find((r) => r.user === 'carol')!;
    w.gh.dismissReview(1, carols.id);
    const after = await runPullRequestFlow(ctx(w, 'pull_request', pullRequestPayload(w.gh.pull(1))), 'request');
    expect(after.outputs).toMatchObject({ result: 'denied', approved: false });
    expect(w.gh.comments(1)[0]!.body).toContain('the review was dismissed, which does not clear a change request');
  });

  it('an on-call approval: check success, incident summary edited (by whom, when, schedule), channel notified', async () => {
    const w = (world = await startWorld([carolOnCall]));
    const pull = addPull(w.gh, policyFiles());
    await runPullRequestFlow(ctx(w, 'pull_request', pullRequestPayload(pull)), 'request');
    const r = await reviewed(w, 'carol', 'APPROVED');
    expect(r.outputs).toMatchObject({ result: 'approved', approved: true, approvedBy: 'carol' });
    // The in-progress run of the request is completed in place.
    expect(w.gh.checkRuns(pull.head.sha)).toHaveLength(1);
    expect(w.gh.checkRuns(pull.head.sha)[0]).toMatchObject({
      status: 'completed',
      conclusion: 'success',
      output: expect.objectContaining({ title: 'Approved by carol' }),
    });
    const summary = incidents(w)[0]!.summary ?? '';
    expect(summary.split('\n')[0]).toMatch(
      new RegExp(`^APPROVED by carol \\(Carol Chen, on call for schedule ${ESC}\\) at \\S+Z on commit ${pull.head.sha.slice(0, 12)}\\.$`),
    );
    expect(writesTo(w, /\/actions\/edit$/)).toHaveLength(1);
    expect(writesTo(w, /\/actions\/edit$/)[0]!.body).toMatchObject({ notify_incident_channel: true });
    expect(w.gh.comments(pull.number)).toHaveLength(1);
    expect(w.gh.comments(pull.number)[0]!.body).toContain('✅ oncall-gate: approved');
  });

  it.each([
    ['someone not on call', 'erin', {}],
    ['a bot', 'dependabot[bot]', {}],
    ['an approval of an older commit', 'carol', { commit_id: 'c'.repeat(40) }],
  ])('approval by %s does not approve', async (_name, user, over) => {
    const w = (world = await startWorld([
      carolOnCall,
      { scheduleId: '01HESCOTHER000000000000000', email: 'erin@example.com', start: now - HOUR, hours: 24 },
    ]));
    addPull(w.gh, policyFiles());
    const r = await reviewed(w, user, 'APPROVED', over);
    expect(r.outputs).toMatchObject({ result: 'pending', approved: false });
    expect(w.gh.checkRuns(w.gh.pull(1).head.sha)[0]).toMatchObject({ status: 'in_progress' });
  });

  it('changes requested by an on-call person: check failure and the summary says denied, even after another approval', async () => {
    const w = (world = await startWorld([carolOnCall, { scheduleId: ESC, email: 'dave@example.com', start: now - HOUR, hours: 24 }]));
    const pull = addPull(w.gh, policyFiles());
    w.gh.addReview(1, { user: 'carol', state: 'APPROVED' });
    const r = await reviewed(w, 'dave', 'CHANGES_REQUESTED');
    expect(r.failure).toBeUndefined();
    expect(r.outputs).toMatchObject({ result: 'denied', approved: false });
    expect(w.gh.checkRuns(pull.head.sha)[0]).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(incidents(w)[0]!.summary?.split('\n')[0]).toMatch(
      /^DENIED: dave \(Dave Diaz, on call for schedule 01HESCESCALATE000000000000\) requested changes at/,
    );
  });

  it('an approval by someone on call at submitted_at counts even after their shift ended', async () => {
    const w = (world = await startWorld([{ scheduleId: ESC, email: 'dave@example.com', start: now - 3 * HOUR, hours: 2 }]));
    addPull(w.gh, policyFiles());
    const r = await reviewed(w, 'dave', 'APPROVED', { submitted_at: new Date(now - 2 * HOUR).toISOString() });
    expect(r.outputs).toMatchObject({ result: 'approved', approvedBy: 'dave' });
    const entries = w.emu.requests.filter((q) => q.path === '/v2/schedule_entries');
    expect(entries.some((q) => q.query.entry_window_start === new Date(now - 2 * HOUR).toISOString())).toBe(true);
  });

  it('a re-run replaying an old payload decides on the fresh head: the old approval no longer counts', async () => {
    const w = (world = await startWorld([carolOnCall]));
    const pull = addPull(w.gh, policyFiles());
    const review = w.gh.addReview(1, { user: 'carol', state: 'APPROVED' });
    const stalePayload = reviewPayload(pull, { ...review, user: 'carol' });
    pull.head.sha = '9'.repeat(40); // pushed after the review; the payload still names the old head
    const r = await runPullRequestFlow(ctx(w, 'pull_request_review', stalePayload), 'review');
    expect(r.outputs).toMatchObject({ result: 'pending', approved: false });
    expect(w.gh.checkRuns('9'.repeat(40))).toEqual([expect.objectContaining({ status: 'in_progress' })]);
    expect(w.gh.checkRuns(review.commit_id!)).toEqual([]);
  });

  it('a dismissed approval returns the request to pending: new in-progress check, summary pending again', async () => {
    const w = (world = await startWorld([carolOnCall]));
    const pull = addPull(w.gh, policyFiles());
    const approved = await reviewed(w, 'carol', 'APPROVED');
    expect(approved.outputs.result).toBe('approved');
    const review = w.gh.pull(1).reviews[0]!;
    review.state = 'DISMISSED';
    const r = await runPullRequestFlow(
      ctx(w, 'pull_request_review', reviewPayload(pull, { ...review, user: 'carol' }, 'dismissed')),
      'review',
    );
    expect(r.outputs).toMatchObject({ result: 'pending', approved: false });
    const runs = w.gh.checkRuns(pull.head.sha).sort((a, b) => b.id - a.id);
    expect(runs[0]).toMatchObject({ status: 'in_progress' });
    expect(incidents(w)).toHaveLength(1);
    expect(incidents(w)[0]!.summary?.split('\n')[0]).toMatch(/^PENDING/);
  });

  it('allowOneParty: an on-call author approves their own request without a review', async () => {
    const w = (world = await startWorld([{ scheduleId: ESC, email: 'alice@example.com', start: now - HOUR, hours: 24 }]));
    const pull = addPull(w.gh, policyFiles({ auto: false, allowOneParty: true }));
    const r = await runPullRequestFlow(ctx(w, 'pull_request', pullRequestPayload(pull)), 'request');
    expect(r.outputs).toMatchObject({ result: 'approved', approvedBy: 'alice' });
    expect(incidents(w)[0]!.summary?.split('\n')[0]).toMatch(
      /^APPROVED: the requester alice .* approved their own request .*\(allowOneParty\)/,
    );
  });

  it('an approval by someone with no known email: pending, and the comment names the login and the identities file', async () => {
    const w = (world = await startWorld([carolOnCall]));
    addPull(w.gh, policyFiles());
    const r = await reviewed(w, 'frank', 'APPROVED');
    expect(r.outputs.result).toBe('pending');
    const body = w.gh.comments(1)[0]!.body;
    expect(body).toContain(
      '`frank` has no known incident.io email, so they are never on call (add `frank: <their incident.io email>` under `users:` in policies/identities.yaml)',
    );
  });

  it('an approval older than duration does not count', async () => {
    const w = (world = await startWorld([{ scheduleId: ESC, email: 'carol@example.com', start: now - 5 * HOUR, hours: 24 }]));
    addPull(w.gh, policyFiles({ duration: '1h' }));
    const r = await reviewed(w, 'carol', 'APPROVED', { submitted_at: new Date(now - 2 * HOUR).toISOString() });
    expect(r.outputs.result).toBe('pending');
  });
});

describe('second party and drafts', () => {
  async function reviewed(w: World, user: string) {
    const pull = w.gh.pull(1);
    const review = w.gh.addReview(1, { user, state: 'APPROVED' });
    return runPullRequestFlow(ctx(w, 'pull_request_review', reviewPayload(pull, { ...review, user })), 'review');
  }
  const routes = (w: World, route: string) => w.gh.requests.filter((q) => q.route === route);

  it('an on-call reviewer who pushed the head ("Update branch" makes the clicker the pusher) does not approve; the check says why', async () => {
    const w = (world = await startWorld([carolOnCall]));
    addPull(w.gh, policyFiles());
    // carol clicks "Update branch": a merge commit she authors, committed by web-flow, pushed by her.
    w.gh.pushHead(1, { actor: 'carol', author: 'carol', committer: 'web-flow' });
    const r = await reviewed(w, 'carol');
    expect(r.outputs).toMatchObject({ result: 'pending', approved: false });
    const check = w.gh.checkRuns(w.gh.pull(1).head.sha)[0]!;
    expect(check).toMatchObject({ status: 'in_progress' });
    expect(check.output.summary).toContain('`carol` pushed the head commit');
    expect(check.output.summary).toContain('nobody approves their own change');
    // The facts come from GitHub: the PR's commits and the head branch's activity log, read once each.
    expect(routes(w, 'GET /repos/{owner}/{repo}/pulls/{pull_number}/commits')).toHaveLength(1);
    const activity = routes(w, 'GET /repos/{owner}/{repo}/activity');
    expect(activity).toHaveLength(1);
    expect(activity[0]!.query).toMatchObject({ ref: `refs/heads/${w.gh.pull(1).head.ref}` });
  });

  it('an on-call reviewer who authored an earlier commit does not approve; a third on-call person does', async () => {
    const w = (world = await startWorld([carolOnCall, { scheduleId: ESC, email: 'dave@example.com', start: now - HOUR, hours: 24 }]));
    addPull(w.gh, policyFiles(), { commits: [{ author: 'carol', committer: 'alice' }, { author: 'alice' }] });
    const byCarol = await reviewed(w, 'carol');
    expect(byCarol.outputs.result).toBe('pending');
    expect(w.gh.comments(1)[0]!.body).toContain(
      '`carol` authored or committed a commit of this pull request; nobody approves their own change',
    );
    const byDave = await reviewed(w, 'dave');
    expect(byDave.outputs).toMatchObject({ result: 'approved', approvedBy: 'dave' });
  });

  it('the author under a second login (a public email that resolves to the author’s) is the author', async () => {
    // alice is on call for the escalation schedule; her second account alice-ops shows her email publicly.
    const w = (world = await startWorld([{ scheduleId: ESC, email: 'alice@example.com', start: now - HOUR, hours: 24 }]));
    const identities =
      'version: 1\nkind: identities\nlookup: [map, github-public-email]\nusers:\n  alice: alice@example.com\n  carol: carol@example.com\n';
    addPull(w.gh, policyFiles({}, { 'policies/identities.yaml': identities }));
    w.gh.addUser({ login: 'alice-ops', email: 'Alice@Example.com' });
    const r = await reviewed(w, 'alice-ops');
    expect(r.outputs.result).toBe('pending');
    expect(w.gh.comments(1)[0]!.body).toContain(
      '`alice-ops` has the same incident.io email as the author `alice`: one person under two logins is one party',
    );
  });

  it('who pushed cannot be learned: the other rules apply, the approval counts, and the check says the pusher is unknown', async () => {
    const w = (world = await startWorld([carolOnCall]));
    addPull(w.gh, policyFiles(), { pusher: null });
    const r = await reviewed(w, 'carol');
    expect(r.outputs).toMatchObject({ result: 'approved', approvedBy: 'carol' });
    const check = w.gh.checkRuns(w.gh.pull(1).head.sha)[0]!;
    expect(check.output.summary).toMatch(
      /Could not learn who pushed `[0-9a-f]{12}` \(GitHub's activity log of .* shows no push of [0-9a-f]{12} among its 500 latest entries\); the other second-party rules applied\./,
    );
  });

  it('the activity log refused (403): the pusher is unknown, never an error', async () => {
    const w = (world = await startWorld([carolOnCall]));
    addPull(w.gh, policyFiles());
    w.gh.forbid('GET /repos/{owner}/{repo}/activity');
    const r = await reviewed(w, 'carol');
    expect(r.outputs).toMatchObject({ result: 'approved', approvedBy: 'carol' });
    expect(w.gh.checkRuns(w.gh.pull(1).head.sha)[0]!.output.summary).toContain('could not be read: it answered 403');
  });

  it('the commit list refused: an error, never an approval', async () => {
    const w = (world = await startWorld([carolOnCall]));
    addPull(w.gh, policyFiles());
    w.gh.forbid('GET /repos/{owner}/{repo}/pulls/{pull_number}/commits');
    const r = await reviewed(w, 'carol');
    expect(r.outputs).toMatchObject({ result: 'error', approved: false });
    expect(r.failure).toMatch(/list the commits of pull request #1/);
    expect(r.failure).toMatch(/pull-requests: read/);
  });

  it('allowOneParty: the change’s own side is not read at all', async () => {
    const w = (world = await startWorld([carolOnCall]));
    addPull(w.gh, policyFiles({ allowOneParty: true }));
    await reviewed(w, 'carol');
    expect(routes(w, 'GET /repos/{owner}/{repo}/pulls/{pull_number}/commits')).toEqual([]);
    expect(routes(w, 'GET /repos/{owner}/{repo}/activity')).toEqual([]);
  });

  it('a draft pages nobody: pending "waiting for ready for review", no incident, no review request, not even an on-call read', async () => {
    const w = (world = await startWorld([carolOnCall]));
    const pull = addPull(w.gh, policyFiles(), { draft: true });
    const r = await runPullRequestFlow(ctx(w, 'pull_request', pullRequestPayload(pull)), 'request');
    expect(r.failure).toBeUndefined();
    expect(r.outputs).toEqual({ result: 'pending', approved: false, degraded: false, policies: ['production-deploy'] });
    expect(w.emu.requests).toEqual([]);
    expect(incidents(w)).toEqual([]);
    expect(w.gh.pull(1).requested_reviewers).toEqual([]);
    expect(w.gh.requests.some((q) => q.route?.endsWith('/requested_reviewers'))).toBe(false);
    const check = w.gh.checkRuns(pull.head.sha)[0]!;
    expect(check).toMatchObject({
      status: 'in_progress',
      conclusion: null,
      output: expect.objectContaining({ title: 'Waiting for ready for review' }),
    });
    expect(w.gh.comments(1)[0]!.body).toContain('### ⏳ oncall-gate: waiting for ready for review');
    expect(r.summary).toContain('waiting for ready for review');

    // Marked ready for review: the same request escalates normally.
    w.gh.pull(1).draft = false;
    const ready = await runPullRequestFlow(ctx(w, 'pull_request', pullRequestPayload(pull, 'ready_for_review')), 'request');
    expect(ready.outputs).toMatchObject({ result: 'pending', approved: false });
    expect(incidents(w)).toHaveLength(1);
    expect(w.gh.pull(1).requested_reviewers).toEqual(['carol']);
    expect(w.gh.checkRuns(pull.head.sha)[0]!.output.title).toBe('Waiting for approval by the on-call team');
  });

  it('the draft flag is read fresh: a payload saying "ready" for a PR that is a draft again pages nobody', async () => {
    const w = (world = await startWorld([carolOnCall]));
    const pull = addPull(w.gh, policyFiles());
    const payload = pullRequestPayload(pull, 'ready_for_review');
    w.gh.pull(1).draft = true;
    const r = await runPullRequestFlow(ctx(w, 'pull_request', payload), 'request');
    expect(r.outputs.result).toBe('pending');
    expect(incidents(w)).toEqual([]);
  });
});

describe('request: the incident is found by the ID the comment records, never by idempotency replay', () => {
  const createsOf = (w: World) => writesTo(w, /^\/v2\/incidents$/);
  const editsOf = (w: World, id: string) =>
    w.emu.requests.filter((q) => q.method === 'POST' && q.path === `/v2/incidents/${id}/actions/edit`);
  const recordedIn = (w: World, pr: number) =>
    w.gh
      .comments(pr)
      .find((c) => c.user === 'github-actions[bot]')!
      .body.split('\n')[1];
  const marker = (id: string) => `<!-- oncall-gate:incident policy=production%2Ddeploy id=${id} -->`;
  /** The same context in another workflow run (each event starts one). */
  const inRun = (c: Context, runId: string): Context => ({ ...c, run: { ...c.run, runId } });
  /** An incident somebody else opened in the same incident.io organisation. */
  async function foreignIncident(w: World, summary: string): Promise<{ id: string; summary: string }> {
    const res = await fetch(`${w.emu.url}/v2/incidents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ idempotency_key: `elsewhere-${summary.length}`, visibility: 'public', name: 'Checkout is down', summary }),
    });
    const { incident } = (await res.json()) as { incident: { id: string; summary: string } };
    return incident;
  }

  for (const reuse of ['new-incident', 'error'] as const) {
    it(`one incident per request even when incident.io answers a reused key with ${reuse === 'error' ? 'an error' : 'a new incident'}`, async () => {
      const w = (world = await startWorld([carolOnCall], { idempotencyReuse: reuse }));
      const pull = addPull(w.gh, policyFiles());
      // The same run attempt twice (a re-delivered event): same idempotency key, yet no second create.
      await runPullRequestFlow(ctx(w, 'pull_request', pullRequestPayload(pull)), 'request');
      const again = await runPullRequestFlow(ctx(w, 'pull_request', pullRequestPayload(pull)), 'request');
      // A later push: another run, so another key; the recorded ID still finds the incident.
      pull.head.sha = 'e'.repeat(40);
      const later = await runPullRequestFlow(inRun(ctx(w, 'pull_request', pullRequestPayload(pull, 'synchronize')), '78'), 'request');
      expect([again.failure, later.failure]).toEqual([undefined, undefined]);
      expect(incidents(w)).toHaveLength(1);
      expect(createsOf(w)).toHaveLength(1);
      expect(later.outputs.incidentId).toBe(incidents(w)[0]!.id);
      expect(incidents(w)[0]!.summary).toContain(`Head commit: ${'e'.repeat(40)}`);
      expect(w.emu.requests.filter((q) => q.method === 'GET' && q.path === `/v2/incidents/${incidents(w)[0]!.id}`)).toHaveLength(2);
      expect(recordedIn(w, pull.number)).toBe(marker(incidents(w)[0]!.id));
    });
  }

  it("a planted marker pointing at somebody else's incident: that incident is left untouched, a new one is opened and recorded", async () => {
    const w = (world = await startWorld([carolOnCall]));
    const pull = addPull(w.gh, policyFiles());
    // Another workflow of the repository posts as the same bot and records an unrelated incident,
    // even one whose summary quotes this request's key (not on its last line).
    const outage = await foreignIncident(
      w,
      `Customers cannot pay.\n\noncall-gate request key: oncall-gate/${REPO}/pull/${pull.number}/production-deploy\n\nUpdates follow.`,
    );
    w.gh.addComment(pull.number, { user: 'github-actions[bot]', body: `<!-- oncall-gate:request -->\n${marker(outage.id)}\nplanted` });
    const logged = logger();
    const r = await runPullRequestFlow(ctx(w, 'pull_request', pullRequestPayload(pull), {}, logged), 'request');

    expect(r.failure).toBeUndefined();
    expect(incidents(w)).toHaveLength(2);
    expect(incidents(w).find((i) => i.id === outage.id)!.summary).toBe(outage.summary);
    expect(editsOf(w, outage.id)).toEqual([]);
    const ours = incidents(w).find((i) => i.id !== outage.id)!;
    expect(r.outputs.incidentId).toBe(ours.id);
    // The comment was ours (the bot's), so it is edited in place, now recording our incident.
    expect(w.gh.comments(pull.number)).toHaveLength(1);
    expect(recordedIn(w, pull.number)).toBe(marker(ours.id));
    expect(logged.lines.join('\n')).toContain(
      `WARNING The comment records incident ${outage.id} for production-deploy, but that incident does not carry the request key oncall-gate/${REPO}/pull/${pull.number}/production-deploy`,
    );
  });

  it('a recorded ID of an incident that no longer exists leads to a new incident, recorded', async () => {
    const w = (world = await startWorld([carolOnCall]));
    const pull = addPull(w.gh, policyFiles());
    w.gh.addComment(pull.number, {
      user: 'github-actions[bot]',
      body: `<!-- oncall-gate:request -->\n${marker('01HDELETEDINCIDENT00000000')}\n### old`,
    });
    const logged = logger();
    const r = await runPullRequestFlow(ctx(w, 'pull_request', pullRequestPayload(pull), {}, logged), 'request');
    expect(r.outputs.result).toBe('pending');
    expect(incidents(w)).toHaveLength(1);
    expect(recordedIn(w, pull.number)).toBe(marker(incidents(w)[0]!.id));
    expect(logged.lines.join('\n')).toContain(
      'The comment records incident 01HDELETEDINCIDENT00000000 for production-deploy, which no longer exists',
    );
  });

  it('a marker in a comment not written by our bot is never read, even when it names our own incident', async () => {
    const w = (world = await startWorld([carolOnCall]));
    const pull = addPull(w.gh, policyFiles());
    await runPullRequestFlow(ctx(w, 'pull_request', pullRequestPayload(pull)), 'request');
    const first = incidents(w)[0]!;
    // Our comment is gone; a person (or another app) quotes its markers.
    w.gh.comments(pull.number).splice(0);
    w.gh.addComment(pull.number, { user: 'mallory', body: `<!-- oncall-gate:request -->\n${marker(first.id)}` });
    w.gh.addComment(pull.number, { user: 'other-app[bot]', body: `<!-- oncall-gate:request -->\n${marker(first.id)}` });
    await runPullRequestFlow(inRun(ctx(w, 'pull_request', pullRequestPayload(pull)), '78'), 'request');
    expect(w.emu.requests.some((q) => q.method === 'GET' && q.path === `/v2/incidents/${first.id}`)).toBe(false);
    expect(incidents(w)).toHaveLength(2);
    expect(w.gh.comments(pull.number).map((c) => c.user)).toEqual(['mallory', 'other-app[bot]', 'github-actions[bot]']);
  });

  it('a comment written by an older version (marker only) is found, edited in place, and gains the record', async () => {
    const w = (world = await startWorld([carolOnCall]));
    const pull = addPull(w.gh, policyFiles());
    const old = w.gh.addComment(pull.number, {
      user: 'github-actions[bot]',
      body: '<!-- oncall-gate:request -->\n### ⏳ oncall-gate: waiting for approval by the on-call team\n',
    });
    await runPullRequestFlow(ctx(w, 'pull_request', pullRequestPayload(pull)), 'request');
    expect(w.gh.comments(pull.number).map((c) => c.id)).toEqual([old.id]);
    expect(recordedIn(w, pull.number)).toBe(marker(incidents(w)[0]!.id));
  });

  it('a policy approved for now keeps its record, so a later escalation finds the same incident', async () => {
    // alice is on call for the auto rule from +1 h to +3 h only.
    const w = (world = await startWorld([carolOnCall, { scheduleId: PRIMARY, email: 'alice@example.com', start: now + HOUR, hours: 2 }]));
    const pull = addPull(w.gh, policyFiles());
    const at = (ms: number, runId: string) => ({
      ...inRun(ctx(w, 'pull_request', pullRequestPayload(pull, 'synchronize')), runId),
      clock: fixedClock(new Date(ms)),
    });
    await runPullRequestFlow(at(now, '77'), 'request');
    const approved = await runPullRequestFlow(at(now + 2 * HOUR, '78'), 'request');
    expect(approved.outputs).toMatchObject({ result: 'approved', approvedBy: 'auto' });
    const pendingAgain = await runPullRequestFlow(at(now + 4 * HOUR, '79'), 'request');
    expect(pendingAgain.outputs.result).toBe('pending');
    expect(incidents(w)).toHaveLength(1);
    expect(pendingAgain.outputs.incidentId).toBe(incidents(w)[0]!.id);
  });

  it('incident.io refusing the idempotency key (an earlier try of this create got through): the error says exactly that', async () => {
    const w = (world = await startWorld([carolOnCall], { idempotencyReuse: 'error' }));
    const pull = addPull(w.gh, policyFiles());
    // A first try of this very create reached incident.io, but its answer never came back.
    await fetch(`${w.emu.url}/v2/incidents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        idempotency_key: `oncall-gate/${REPO}/pull/${pull.number}/production-deploy/attempt/77-1`,
        visibility: 'public',
        mode: 'test',
      }),
    });
    const r = await runPullRequestFlow(ctx(w, 'pull_request', pullRequestPayload(pull)), 'request');
    expect(r.outputs).toMatchObject({ result: 'error', approved: false });
    expect(r.failure).toMatch(
      new RegExp(
        `incident\\.io refused the idempotency key "oncall-gate/${REPO}/pull/${pull.number}/production-deploy/attempt/77-1" of POST /v2/incidents \\(409 conflict\\): ` +
          'An incident was already created with this idempotency key \\(\\w+\\)',
      ),
    );
    expect(r.failure).toMatch(/Re-run the job: a new run attempt uses a new key/);
    expect(w.gh.checkRuns(pull.head.sha)[0]).toMatchObject({ conclusion: 'failure' });
    expect(r.failure).not.toContain(KEY);
  });
});
