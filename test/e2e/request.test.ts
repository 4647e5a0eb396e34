// `request` end to end: dist/index.js run as the runner runs it, on real pull_request payloads
// (octokit/webhooks-examples, adjusted), against the incident.io emulator and the fake GitHub API.
import { afterEach, describe, expect, it } from 'vitest';
import { runAction, type RunActionResult } from './harness.js';
import {
  ESC,
  GITHUB_TOKEN,
  HOUR,
  KEY,
  MIN,
  PRIMARY,
  REPO,
  addPull,
  policyFiles,
  pullRequestPayload,
  startWorld,
  type ShiftSpec,
  type World,
} from '../support/escalation-world.js';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

async function request(
  w: World,
  payload: unknown,
  inputs: Record<string, string> = {},
  env: Record<string, string> = {},
): Promise<RunActionResult> {
  const r = await runAction({
    eventName: 'pull_request',
    payload,
    inputs: { command: 'request', 'incidentio-api-key': KEY, 'incidentio-api-url': w.emu.url, 'github-token': GITHUB_TOKEN, ...inputs },
    env: {
      GITHUB_API_URL: w.gh.url,
      GITHUB_GRAPHQL_URL: w.gh.graphqlUrl,
      GITHUB_REPOSITORY: REPO,
      GITHUB_ACTOR: 'alice',
      GITHUB_TRIGGERING_ACTOR: 'alice',
      ...env,
    },
  });
  const everything = [r.stdout, r.stderr, r.summary, ...Object.values(r.outputs)].join('\n');
  const visible = everything
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  expect(visible, 'a secret leaked').not.toContain(KEY);
  expect(visible, 'a secret leaked').not.toContain(GITHUB_TOKEN);
  for (const i of w.emu.state.incidents) expect(i.summary ?? '').not.toContain(KEY);
  return r;
}

const now = Date.now();
const carolOnCall: ShiftSpec = { scheduleId: ESC, email: 'carol@example.com', start: now - HOUR, hours: 24 };

describe('request (e2e)', () => {
  it('escalates: one incident with the schedule IDs in the custom field, a sticky comment, a review request, an in-progress check; exit 0', async () => {
    const w = (world = await startWorld([carolOnCall]));
    const pull = addPull(w.gh, policyFiles());
    const r = await request(w, pullRequestPayload(pull, 'opened'));

    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(w.emu.state.incidents).toHaveLength(1);
    const inc = w.emu.state.incidents[0]!;
    expect(r.outputs).toMatchObject({
      result: 'pending',
      approved: 'false',
      'on-call': 'false',
      policies: '["production-deploy"]',
      'incident-id': inc.id,
      'incident-reference': inc.reference,
    });
    expect(r.outputs['incident-url']).toBe(inc.permalink);
    expect(inc.name).toBe(`Approval requested: alice -> production-deploy (${REPO}#${pull.number})`);
    expect(inc.custom_field_entries.map((e) => [e.custom_field.name, e.values])).toEqual([
      ['On-call gate schedules', [{ value_text: ESC }]],
    ]);
    expect(w.emu.state.idempotencyKeys).toEqual([`oncall-gate/${REPO}/pull/${pull.number}/production-deploy/attempt/4242-1`]);
    expect(inc.summary?.split('\n').at(-1)).toBe(`oncall-gate request key: oncall-gate/${REPO}/pull/${pull.number}/production-deploy`);

    const comments = w.gh.comments(pull.number);
    expect(comments).toHaveLength(1);
    // The public marker first, as older versions wrote it; the incident's ID on the line below.
    expect(
      comments[0]!.body.startsWith(`<!-- oncall-gate:request -->\n<!-- oncall-gate:incident policy=production%2Ddeploy id=${inc.id} -->\n`),
    ).toBe(true);
    expect(comments[0]!.body).toContain('[`carol`](https://github.com/carol)');
    expect(w.gh.pull(pull.number).requested_reviewers).toEqual(['carol']);
    expect(w.gh.checkRuns(pull.head.sha)).toEqual([
      expect.objectContaining({ name: 'oncall-gate', status: 'in_progress', conclusion: null }),
    ]);
    expect(r.summary).toContain('⏳ oncall-gate: waiting for approval by the on-call team');
  });

  it('the same event again creates nothing new and edits the comment', async () => {
    const w = (world = await startWorld([carolOnCall]));
    const pull = addPull(w.gh, policyFiles());
    await request(w, pullRequestPayload(pull, 'opened'));
    const comment = w.gh.comments(pull.number)[0]!;
    const createsBefore = w.emu.requests.filter((q) => q.method === 'POST' && q.path === '/v2/incidents').length;
    const r = await request(w, pullRequestPayload(pull, 'opened'));

    expect(r.code).toBe(0);
    expect(r.outputs.result).toBe('pending');
    expect(w.emu.state.incidents).toHaveLength(1);
    // The repeat finds the incident by the ID the comment records: no create at all.
    expect(w.emu.requests.filter((q) => q.method === 'POST' && q.path === '/v2/incidents')).toHaveLength(createsBefore);
    expect(w.emu.requests.filter((q) => q.method === 'GET' && q.path === `/v2/incidents/${w.emu.state.incidents[0]!.id}`)).toHaveLength(1);
    expect(w.emu.requests.filter((q) => q.path.endsWith('/actions/edit'))).toEqual([]);
    expect(w.gh.comments(pull.number).map((c) => c.id)).toEqual([comment.id]);
    expect(
      w.gh.requests.filter((q) => q.method === 'POST' && q.route === 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments'),
    ).toHaveLength(1);
    expect(w.gh.checkRuns(pull.head.sha)).toHaveLength(1);
  });

  it('never edits a human comment that quotes the marker', async () => {
    const w = (world = await startWorld([carolOnCall]));
    const pull = addPull(w.gh, policyFiles());
    const human = w.gh.addComment(pull.number, { user: 'mallory', body: '<!-- oncall-gate:request --> approved!' });
    const r = await request(w, pullRequestPayload(pull, 'opened'));
    expect(r.code).toBe(0);
    const comments = w.gh.comments(pull.number);
    expect(comments).toHaveLength(2);
    expect(comments.find((c) => c.id === human.id)!.body).toBe('<!-- oncall-gate:request --> approved!');
  });

  it('one incident per pull request when incident.io answers a reused idempotency key with a new incident', async () => {
    const w = (world = await startWorld([carolOnCall], { idempotencyReuse: 'new-incident' }));
    const pull = addPull(w.gh, policyFiles());
    const first = await request(w, pullRequestPayload(pull, 'opened'));
    // The same run attempt again (same key), then the run of a push.
    const again = await request(w, pullRequestPayload(pull, 'opened'));
    pull.head.sha = 'e'.repeat(40);
    const pushed = await request(w, pullRequestPayload(pull, 'synchronize'), {}, { GITHUB_RUN_ID: '4243' });
    expect([first.code, again.code, pushed.code]).toEqual([0, 0, 0]);
    expect(w.emu.state.incidents).toHaveLength(1);
    expect(pushed.outputs['incident-id']).toBe(first.outputs['incident-id']);
    expect(w.emu.state.incidents[0]!.summary).toContain(`Head commit: ${'e'.repeat(40)}`);
  });

  it("a planted marker naming somebody else's incident: that incident is untouched, a new one is opened and recorded", async () => {
    const w = (world = await startWorld([carolOnCall]));
    const pull = addPull(w.gh, policyFiles());
    const res = await fetch(`${w.emu.url}/v2/incidents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ idempotency_key: 'outage', visibility: 'public', name: 'Checkout is down', summary: 'Customers cannot pay.' }),
    });
    const outage = ((await res.json()) as { incident: { id: string } }).incident;
    // Any workflow of the repository comments as github-actions[bot].
    w.gh.addComment(pull.number, {
      user: 'github-actions[bot]',
      body: `<!-- oncall-gate:request -->\n<!-- oncall-gate:incident policy=production%2Ddeploy id=${outage.id} -->\n`,
    });
    const r = await request(w, pullRequestPayload(pull, 'opened'));

    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(w.emu.state.incidents).toHaveLength(2);
    expect(w.emu.state.incidents[0]).toMatchObject({ id: outage.id, summary: 'Customers cannot pay.', name: 'Checkout is down' });
    expect(w.emu.requests.filter((q) => q.path === `/v2/incidents/${outage.id}/actions/edit`)).toEqual([]);
    const ours = w.emu.state.incidents[1]!;
    expect(r.outputs['incident-id']).toBe(ours.id);
    expect(w.gh.comments(pull.number)).toHaveLength(1);
    expect(w.gh.comments(pull.number)[0]!.body.split('\n')[1]).toBe(
      `<!-- oncall-gate:incident policy=production%2Ddeploy id=${ours.id} -->`,
    );
    expect(r.stdout).toMatch(
      /::warning::The comment records incident \w+ for production-deploy, but that incident does not carry the request key/,
    );
  });

  it('author on call for the auto rule: check success without an incident', async () => {
    const w = (world = await startWorld([
      carolOnCall,
      { scheduleId: PRIMARY, email: 'alice@example.com', start: now - 10 * MIN, hours: 8 },
    ]));
    const pull = addPull(w.gh, policyFiles());
    const r = await request(w, pullRequestPayload(pull, 'synchronize'));
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ result: 'approved', approved: 'true', 'approved-by': 'auto', 'on-call': 'true', 'incident-id': '' });
    expect(w.emu.state.incidents).toEqual([]);
    expect(w.emu.requests.filter((q) => q.method !== 'GET')).toEqual([]);
    expect(w.gh.checkRuns(pull.head.sha)).toEqual([expect.objectContaining({ status: 'completed', conclusion: 'success' })]);
  });

  it('a PR that loosens its own policy is still judged by the base policy', async () => {
    const w = (world = await startWorld([carolOnCall]));
    const pull = addPull(w.gh, policyFiles());
    // The head turns the policy off for main and adds a policy that approves nothing-needed.
    w.gh.putPolicies(pull.head.sha, policyFiles({ branches: ['no-such-branch'] }));
    w.gh.pull(pull.number).files.push({ filename: 'policies/production.yaml', status: 'modified' });
    const r = await request(w, pullRequestPayload(pull, 'synchronize'));
    expect(r.code).toBe(0);
    expect(r.outputs.result).toBe('pending');
    expect(w.emu.state.incidents).toHaveLength(1);
    expect(w.gh.checkRuns(pull.head.sha)[0]).toMatchObject({ status: 'in_progress' });
  });

  it('no policy matches (paths): not-required, check success, no comment and no incident.io call', async () => {
    const w = (world = await startWorld([carolOnCall]));
    const pull = addPull(w.gh, policyFiles({ paths: ['infra/**'] }));
    const r = await request(w, pullRequestPayload(pull, 'opened'));
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ result: 'not-required', approved: 'true' });
    expect(w.gh.checkRuns(pull.head.sha)).toEqual([expect.objectContaining({ conclusion: 'success' })]);
    expect(w.gh.comments(pull.number)).toEqual([]);
    expect(w.emu.requests).toEqual([]);
  });

  it('requireReason without a Reason: line: denied with a failing check that says how, no incident, exit 0', async () => {
    const w = (world = await startWorld([carolOnCall]));
    const pull = addPull(w.gh, policyFiles({ requireReason: true }), { body: 'Reason: .' });
    const r = await request(w, pullRequestPayload(pull, 'opened'));
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ result: 'denied', approved: 'false' });
    expect(w.emu.state.incidents).toEqual([]);
    const check = w.gh.checkRuns(pull.head.sha)[0]!;
    expect(check).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(check.output.summary).toMatch(/Add a line `Reason: <why this change is needed>`/);
  });

  it('dry run: prints the incident payload, comment and check, writes nothing, same result', async () => {
    const w = (world = await startWorld([carolOnCall]));
    const pull = addPull(w.gh, policyFiles());
    const r = await request(w, pullRequestPayload(pull, 'opened'), { 'dry-run': 'true' });
    expect(r.code).toBe(0);
    expect(r.outputs.result).toBe('pending');
    expect(w.gh.writes()).toEqual([]);
    expect(w.emu.requests.filter((q) => q.method !== 'GET')).toEqual([]);
    expect(r.stdout).toContain('Dry run: would write the sticky comment');
    expect(r.summary).toContain(`"idempotency_key": "oncall-gate/${REPO}/pull/${pull.number}/production-deploy/attempt/4242-1"`);
  });

  it('a fork PR gets a clear message, result error, and nothing is written', async () => {
    const w = (world = await startWorld([carolOnCall]));
    const pull = addPull(w.gh, policyFiles(), { head: { repo: 'mallory/api' } });
    w.gh.readOnlyToken();
    const r = await request(w, pullRequestPayload(pull, 'opened'), { 'incidentio-api-key': '' });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ result: 'error', approved: 'false' });
    const errors = r.annotations
      .filter((a) => a.level === 'error')
      .map((a) => a.message)
      .join('\n');
    expect(errors).toMatch(/comes from the fork mallory\/api/);
    expect(errors).toMatch(/pull_request_target/);
    expect(r.stderr).not.toMatch(/TypeError|at .*\.js:\d+/);
    expect(w.gh.writes()).toEqual([]);
  });

  it('a draft never pages: pending "waiting for ready for review", no incident, no review request; ready_for_review escalates; exit 0', async () => {
    const w = (world = await startWorld([carolOnCall]));
    const pull = addPull(w.gh, policyFiles(), { draft: true });
    const r = await request(w, pullRequestPayload(pull, 'opened'));
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({
      result: 'pending',
      approved: 'false',
      'on-call': '',
      'incident-id': '',
      policies: '["production-deploy"]',
    });
    expect(w.emu.requests).toEqual([]);
    expect(w.emu.state.incidents).toEqual([]);
    expect(w.gh.pull(pull.number).requested_reviewers).toEqual([]);
    expect(w.gh.checkRuns(pull.head.sha)).toEqual([
      expect.objectContaining({ status: 'in_progress', output: expect.objectContaining({ title: 'Waiting for ready for review' }) }),
    ]);
    expect(r.summary).toContain('waiting for ready for review');

    w.gh.pull(pull.number).draft = false;
    const ready = await request(w, pullRequestPayload(pull, 'ready_for_review'));
    expect(ready.code, ready.stdout + ready.stderr).toBe(0);
    expect(ready.outputs.result).toBe('pending');
    expect(w.emu.state.incidents).toHaveLength(1);
    expect(w.gh.pull(pull.number).requested_reviewers).toEqual(['carol']);
  });
});
