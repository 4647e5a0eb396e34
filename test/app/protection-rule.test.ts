// App mode end to end in one process: signed deliveries from the fake GitHub reach the embedded
// server, the App decides with the gate's engine against the incident.io emulator, and the fake
// records its answers. The clock is pinned; the App's own credentials follow the wall clock.
import { afterEach, describe, expect, it } from 'vitest';
import { ESC, HOUR, KEY, MIN, PINNED_NOW, PRIMARY, REPO } from '../support/escalation-world.js';
import { APP_ID, INSTALLATION, startAppWorld, WEBHOOK_SECRET, type AppWorld } from '../support/app-world.js';

const DEPLOYED = '5e1f0c2d4b3a69788796a5b4c3d2e1f0a9b8c7d6';
const FINAL_HEAD = '7a6b5c4d3e2f10293847566574839201aabbccdd';
const now = PINNED_NOW;
// alice is on call for the auto rule's schedule until 2 h from now; carol for the escalation schedule all day.
const aliceOnCall = { scheduleId: PRIMARY, email: 'alice@example.com', start: now - HOUR, hours: 3 };
const carolOnCall = { scheduleId: ESC, email: 'carol@example.com', start: now - 6 * HOUR, hours: 24 };

let world: AppWorld | undefined;
afterEach(async () => {
  if (world) {
    // No secret ever reaches the log or a comment GitHub shows: the webhook secret, the incident.io
    // key, the private key (any 12 characters of it) and every installation token.
    const shown = [...world.logs, ...world.gh.gateReviews(REPO).map((r) => String(r.comment))].join('\n');
    const secrets = [WEBHOOK_SECRET, KEY, ...world.gh.state.access_tokens.map((t) => t.token)];
    for (const secret of secrets) expect(shown).not.toContain(secret);
    const pem = world.config.privateKey.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');
    for (let i = 0; i + 12 <= pem.length; i += 12) expect(shown).not.toContain(pem.slice(i, i + 12));
  }
  await world?.close();
  world = undefined;
});

const reviewsOf = (w: AppWorld) => w.gh.gateReviews(REPO);

describe('App mode: deployment_protection_rule.requested', () => {
  it('approves a requester on call, naming the schedule and the expiry, with a token limited to the repository', async () => {
    const w = (world = await startAppWorld([aliceOnCall, carolOnCall]));
    w.policies();
    const run = w.waitingRun(DEPLOYED, 'alice');
    const res = await w.request(run);
    expect(res.status, res.text).toBe(200);

    expect(reviewsOf(w)).toHaveLength(1);
    const answer = reviewsOf(w)[0]!;
    expect(answer).toMatchObject({
      run_id: run.id,
      environment_name: 'production',
      state: 'approved',
      status: 204,
      actor: 'oncall-gate-test[bot]',
    });
    const comment = String(answer.comment);
    expect(comment).toContain(PRIMARY);
    // The approval lasts the rule's 1 h, within alice's shift (which ends 2 h from now).
    expect(comment).toContain(`until ${new Date(now + HOUR).toISOString().replace(/\.\d{3}Z$/, 'Z')}`);
    expect([...comment].length).toBeLessThanOrEqual(1024);
    expect(w.gh.workflowRun(run.id).status).toBe('in_progress');
    // The token was asked for this repository alone, with read permissions and deployments: write.
    const tokenRequest = w.gh.requests.find((r) => r.route === 'POST /app/installations/{installation_id}/access_tokens');
    expect(tokenRequest?.path).toBe(`/app/installations/${INSTALLATION}/access_tokens`);
    expect(tokenRequest?.body).toMatchObject({
      repositories: ['api'],
      permissions: { deployments: 'write', actions: 'read', contents: 'read' },
    });
    expect(w.gh.state.access_tokens.every((t) => t.repositories?.join() === REPO)).toBe(true);
    // The on-call path opens no incident.
    expect(w.emu.state.incidents).toEqual([]);
    expect(w.logs.join('\n')).toMatch(/acme\/api run \d+ "production" requested by alice: approved; answered approved/);
  });

  it('escalates an off-call requester exactly as the gate does, then a review by an on-call engineer approves the waiting run', async () => {
    const w = (world = await startAppWorld([aliceOnCall, carolOnCall]));
    w.policies();
    const run = w.waitingRun(DEPLOYED, 'erin');
    expect((await w.request(run)).status).toBe(200);

    // Pending: a status comment (no state) naming the incident; the run keeps waiting.
    expect(w.emu.state.incidents).toHaveLength(1);
    const incident = w.emu.state.incidents[0]!;
    expect(incident.summary?.split('\n').at(-1)).toBe(`oncall-gate request key: oncall-gate/${REPO}/run/${run.id}/production-deploy`);
    expect(w.emu.state.idempotencyKeys).toEqual([`oncall-gate/${REPO}/run/${run.id}/production-deploy/attempt/${run.id}-1`]);
    expect(reviewsOf(w)).toHaveLength(1);
    expect(reviewsOf(w)[0]).toMatchObject({ state: null, status: 204 });
    expect(String(reviewsOf(w)[0]!.comment)).toContain(incident.reference);
    expect([...String(reviewsOf(w)[0]!.comment)].length).toBeLessThanOrEqual(1024);
    // The comment GitHub shows names the requester by login, never by incident.io email.
    expect(String(reviewsOf(w)[0]!.comment)).toContain('`erin` is not on call');
    expect(String(reviewsOf(w)[0]!.comment)).not.toContain('@example.com');
    expect(w.gh.workflowRun(run.id).status).toBe('waiting');

    // The change behind the deployed commit is merged; carol, on call, approves it.
    w.gh.addPullRequest({
      number: 1,
      user: 'dave',
      merged: true,
      merged_at: new Date(now - 30 * MIN).toISOString(),
      merge_commit_sha: DEPLOYED,
      head: { sha: FINAL_HEAD },
    });
    w.gh.addReview(1, { user: 'carol', state: 'APPROVED', commit_id: FINAL_HEAD, submitted_at: new Date(now - MIN).toISOString() });
    expect((await w.review({ number: 1, mergeCommitSha: DEPLOYED, user: 'carol', commitId: FINAL_HEAD })).status).toBe(200);

    expect(reviewsOf(w)).toHaveLength(2);
    expect(reviewsOf(w)[1]).toMatchObject({ state: 'approved', status: 204 });
    expect(String(reviewsOf(w)[1]!.comment)).toContain('carol');
    expect(w.gh.workflowRun(run.id).status).toBe('in_progress');
    // The request's incident now says who approved; nobody else was paged.
    expect(w.emu.state.incidents).toHaveLength(1);
    expect(w.emu.state.incidents[0]!.summary).toMatch(/APPROVED/);
  });

  it('refuses a forged signature before reading the body, and logs only the delivery ID', async () => {
    const w = (world = await startAppWorld([aliceOnCall]));
    w.policies();
    const run = w.waitingRun(DEPLOYED, 'alice');
    const { deliver, protectionRuleRequestedPayload } = await import('@oncall-gate/github-fake');
    const payload = protectionRuleRequestedPayload({
      apiUrl: w.gh.url,
      repository: REPO,
      installationId: INSTALLATION,
      runId: run.id,
      environment: 'production',
      sha: DEPLOYED,
      sender: 'alice',
    });
    const forged = await deliver({
      url: w.server.webhookUrl,
      event: 'deployment_protection_rule',
      payload,
      secret: 'not-the-secret-0123456789',
      id: 'forged-1',
    });
    const unsigned = await deliver({ url: w.server.webhookUrl, event: 'deployment_protection_rule', payload, id: 'unsigned-1' });
    expect(forged.status).toBe(401);
    expect(unsigned.status).toBe(401);
    expect(reviewsOf(w)).toEqual([]);
    expect(w.gh.requests.filter((r) => r.route?.startsWith('POST'))).toEqual([]);
    const log = w.logs.join('\n');
    expect(log).toContain('delivery forged-1: refused (401)');
    expect(log).toContain('delivery unsigned-1: refused (401)');
    expect(log).not.toContain('alice');
    expect(log).not.toContain(WEBHOOK_SECRET);
    expect(APP_ID).toBe(4242);
    expect(log).not.toContain(KEY);
  });

  it("rejects when a deny rule applies, with the policy's reason", async () => {
    const w = (world = await startAppWorld([aliceOnCall]));
    w.policies(
      {},
      {
        'policies/freeze.yaml': [
          'version: 1',
          'kind: policy',
          'name: freeze',
          'match:',
          '  environments: [production]',
          'approval:',
          '  - type: deny',
          '    reason: Change freeze until Monday',
          '',
        ].join('\n'),
      },
    );
    const run = w.waitingRun(DEPLOYED, 'alice');
    await w.request(run);
    expect(reviewsOf(w)).toMatchObject([{ state: 'rejected', status: 204 }]);
    expect(String(reviewsOf(w)[0]!.comment)).toContain('Change freeze until Monday');
    expect(w.gh.workflowRun(run.id)).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(w.emu.state.incidents).toEqual([]);
  });

  it('rejects an environment no policy names, saying which environments have one', async () => {
    const w = (world = await startAppWorld([aliceOnCall]));
    w.policies();
    w.gh.gateEnvironment('canary', [APP_ID]);
    const run = w.waitingRun(DEPLOYED, 'alice', { waiting_on: ['canary'] });
    await w.request(run);
    expect(reviewsOf(w)).toMatchObject([{ environment_name: 'canary', state: 'rejected' }]);
    expect(String(reviewsOf(w)[0]!.comment)).toMatch(/could not decide.*"canary".*production/s);
  });

  it('a rule that requires a reason cannot be met by a request, and the comment says why', async () => {
    const w = (world = await startAppWorld([carolOnCall]));
    w.policies({ requireReason: true, auto: false });
    const run = w.waitingRun(DEPLOYED, 'erin');
    await w.request(run);
    expect(reviewsOf(w)).toMatchObject([{ state: 'rejected' }]);
    expect(String(reviewsOf(w)[0]!.comment)).toContain('A deployment request carries no reason');
    expect(w.emu.state.incidents).toEqual([]);
  });

  it("approves at request time when the deployed commit's merged pull request already has an on-call approval", async () => {
    const w = (world = await startAppWorld([aliceOnCall, carolOnCall]));
    w.policies();
    w.gh.addPullRequest({
      number: 4,
      user: 'dave',
      merged: true,
      merged_at: new Date(now - 30 * MIN).toISOString(),
      merge_commit_sha: DEPLOYED,
      head: { sha: FINAL_HEAD },
    });
    w.gh.addReview(4, { user: 'carol', state: 'APPROVED', commit_id: FINAL_HEAD, submitted_at: new Date(now - HOUR).toISOString() });
    const run = w.waitingRun(DEPLOYED, 'erin');
    await w.request(run);
    expect(reviewsOf(w)).toMatchObject([{ state: 'approved' }]);
    expect(String(reviewsOf(w)[0]!.comment)).toMatch(/approved by `carol`/);
    // Approved on the evidence of the request's own attempt: no incident was ever needed.
    expect(w.emu.state.incidents).toEqual([]);
  });

  it('an approved pull request that is not merged is no evidence: a run of its head waits (only auto could approve it)', async () => {
    const w = (world = await startAppWorld([aliceOnCall, carolOnCall]));
    w.policies();
    w.gh.addPullRequest({ number: 5, user: 'dave', head: { sha: FINAL_HEAD } });
    w.gh.associateCommit(FINAL_HEAD, [5]);
    w.gh.addReview(5, { user: 'carol', state: 'APPROVED', commit_id: FINAL_HEAD, submitted_at: new Date(now - MIN).toISOString() });
    const offCall = w.waitingRun(FINAL_HEAD, 'erin');
    await w.request(offCall);
    expect(reviewsOf(w)).toMatchObject([{ state: null }]);
    expect(w.gh.workflowRun(offCall.id).status).toBe('waiting');
    const onCall = w.waitingRun(FINAL_HEAD, 'alice');
    await w.request(onCall);
    expect(reviewsOf(w)[1]).toMatchObject({ run_id: onCall.id, state: 'approved' });
  });

  /** PR #4 (by dave) merged into main as DEPLOYED and approved by carol, on call: evidence that approves DEPLOYED. */
  function approvedMerge(w: AppWorld): void {
    w.gh.addPullRequest({
      number: 4,
      user: 'dave',
      merged: true,
      merged_at: new Date(now - 30 * MIN).toISOString(),
      merge_commit_sha: DEPLOYED,
      head: { sha: FINAL_HEAD },
    });
    w.gh.addReview(4, { user: 'carol', state: 'APPROVED', commit_id: FINAL_HEAD, submitted_at: new Date(now - HOUR).toISOString() });
  }

  it.each(['pull_request', 'pull_request_target', 'issue_comment', 'workflow_run'])(
    'rejects a run a %s event started, whatever its head commit and requester, saying how to deploy instead',
    async (event) => {
      const w = (world = await startAppWorld([aliceOnCall, carolOnCall]));
      w.policies();
      approvedMerge(w);
      // erin's PR #9: head DEPLOYED (approved), base her branch `evil`, whose workflow deploys.
      const offCall = w.waitingRun(DEPLOYED, 'erin', { event, head_branch: 'evil' });
      const onCall = w.waitingRun(DEPLOYED, 'alice', { event, head_branch: 'evil' });
      await w.request(offCall);
      await w.request(onCall);
      expect(reviewsOf(w).map((r) => [r.run_id, r.state, r.status])).toEqual([
        [offCall.id, 'rejected', 204],
        [onCall.id, 'rejected', 204],
      ]);
      const comment = String(reviewsOf(w)[0]!.comment);
      expect(comment).toMatch(new RegExp(`^⛔ oncall-gate rejected this deployment: this run was started by a \`${event}\` event`));
      expect(comment).toContain('a `push` to the default branch');
      expect(comment).toContain('`workflow_dispatch`');
      expect([...comment].length).toBeLessThanOrEqual(1024);
      expect(w.gh.workflowRun(offCall.id)).toMatchObject({ status: 'completed', conclusion: 'failure' });
      // Refused before any evidence or on-call state is read; nobody is paged.
      expect(w.gh.requests.some((r) => r.route === 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls')).toBe(false);
      expect(w.emu.state.incidents).toEqual([]);
      expect(w.logs.join('\n')).toMatch(new RegExp(`run ${offCall.id} "production" requested by erin: refused \\(.*${event}`));
    },
  );

  it('rejects a request whose sha is not the commit of its run', async () => {
    const w = (world = await startAppWorld([aliceOnCall, carolOnCall]));
    w.policies();
    approvedMerge(w);
    // The run is of FINAL_HEAD (nothing approves it); the delivery names DEPLOYED (approved).
    const run = w.waitingRun(FINAL_HEAD, 'erin');
    await w.request(run, 'erin', { sha: DEPLOYED });
    expect(reviewsOf(w)).toMatchObject([{ state: 'rejected', status: 204 }]);
    const comment = String(reviewsOf(w)[0]!.comment);
    expect(comment).toContain(`names the commit \`${DEPLOYED.slice(0, 12)}\``);
    expect(comment).toContain(`the run is of \`${FINAL_HEAD.slice(0, 12)}\``);
    expect(w.emu.state.incidents).toEqual([]);
  });

  it('a push or workflow_dispatch run of the approved merge commit is approved on that evidence', async () => {
    const w = (world = await startAppWorld([aliceOnCall, carolOnCall]));
    w.policies();
    approvedMerge(w);
    const pushed = w.waitingRun(DEPLOYED, 'erin', { event: 'push' });
    const dispatched = w.waitingRun(DEPLOYED, 'erin', { event: 'workflow_dispatch' });
    await w.request(pushed);
    await w.request(dispatched);
    expect(reviewsOf(w).map((r) => r.state)).toEqual(['approved', 'approved']);
  });

  it('a duplicate delivery changes nothing; a second request for an answered gate is "already answered"', async () => {
    const w = (world = await startAppWorld([aliceOnCall, carolOnCall]));
    w.policies();
    const run = w.waitingRun(DEPLOYED, 'erin');
    const first = await w.request(run, 'erin', { id: 'dup-0001' });
    const again = await w.request(run, 'erin', { id: 'dup-0001' });
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(reviewsOf(w)).toHaveLength(1);
    expect(w.emu.state.incidents).toHaveLength(1);
    expect(w.logs.join('\n')).toContain('delivery dup-0001 deployment_protection_rule.requested: duplicate');

    const approved = w.waitingRun(DEPLOYED, 'alice');
    await w.request(approved, 'alice', { id: 'dup-0002' });
    await w.request(approved, 'alice', { id: 'dup-0003' });
    expect(
      reviewsOf(w)
        .filter((r) => r.run_id === approved.id)
        .map((r) => [r.state, r.status]),
    ).toEqual([
      ['approved', 204],
      ['approved', 422],
    ]);
    expect(w.logs.join('\n')).toMatch(/delivery dup-0003 .*already answered/);
  });

  it('a gate an administrator already answered (callback 422) is not an error', async () => {
    const w = (world = await startAppWorld([aliceOnCall]));
    w.policies();
    const run = w.waitingRun(DEPLOYED, 'alice');
    w.gh.workflowRun(run.id).gates.production!.state = 'approved';
    w.gh.workflowRun(run.id).status = 'in_progress';
    expect((await w.request(run)).status).toBe(200);
    expect(reviewsOf(w)).toMatchObject([{ state: 'approved', status: 422 }]);
    expect(w.logs.join('\n')).toMatch(/already answered/);
    expect(w.logs.join('\n')).not.toMatch(/failed/);
  });

  it('GitHub 5xx: the callback and the reads are retried, and the answer arrives once', async () => {
    const w = (world = await startAppWorld([aliceOnCall]));
    w.policies();
    const run = w.waitingRun(DEPLOYED, 'alice');
    w.gh.failNext('POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule', { status: 502, times: 2 });
    w.gh.failNext('GET /repos/{owner}/{repo}/actions/runs/{run_id}', { status: 503 });
    w.gh.failNext('POST /app/installations/{installation_id}/access_tokens', { status: 500 });
    expect((await w.request(run)).status).toBe(200);
    expect(reviewsOf(w).map((r) => [r.state, r.status])).toEqual([['approved', 204]]);
  });

  it('GitHub down for good: no answer is sent, the delivery fails (500) and a redelivery is handled', async () => {
    const w = (world = await startAppWorld([aliceOnCall]));
    w.policies();
    const run = w.waitingRun(DEPLOYED, 'alice');
    w.gh.failNext('POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule', { status: 503, times: 10 });
    const failed = await w.request(run, 'alice', { id: 'retry-0001' });
    expect(failed.status).toBe(500);
    expect(failed.text).not.toMatch(/503|token|ghs_/);
    expect(w.logs.join('\n')).toMatch(/delivery retry-0001 .*failed, no answer was sent/);
    w.gh.state.faults = {};
    expect((await w.request(run, 'alice', { id: 'retry-0001' })).status).toBe(200);
    expect(reviewsOf(w).filter((r) => r.status === 204)).toMatchObject([{ state: 'approved' }]);
  });

  it('a private key GitHub does not know gets no token: nothing is answered, the delivery fails (500) and the log says why', async () => {
    const w = (world = await startAppWorld([aliceOnCall]));
    w.policies();
    const { generateKeyPairSync } = await import('node:crypto');
    w.gh.state.app!.public_key = generateKeyPairSync('rsa', {
      modulusLength: 2048,
      publicKeyEncoding: { type: 'spki', format: 'pem' },
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    }).publicKey;
    const run = w.waitingRun(DEPLOYED, 'alice');
    expect((await w.request(run, 'alice', { id: 'badkey-1' })).status).toBe(500);
    expect(reviewsOf(w)).toEqual([]);
    expect(w.logs.join('\n')).toMatch(
      /delivery badkey-1 .*failed, no answer was sent: GitHub rejected the token \(401.*installation token of installation 77/,
    );
  });

  it('incident.io down: rejected with the reason and the fix, never approved', async () => {
    const w = (world = await startAppWorld([aliceOnCall]));
    w.policies();
    w.emu.faults.set({ serverErrors: 'always', serverErrorStatus: 503, retryAfter: 0 });
    const run = w.waitingRun(DEPLOYED, 'alice');
    await w.request(run);
    expect(reviewsOf(w)).toMatchObject([{ state: 'rejected', status: 204 }]);
    const comment = String(reviewsOf(w)[0]!.comment);
    expect(comment).toMatch(/could not decide/);
    expect(comment).toMatch(/incident\.io/);
    expect(comment).toMatch(/What to do/);
  });
});

describe('App mode: malformed deliveries (signed by GitHub, still data)', () => {
  const send = async (w: AppWorld, body: string, id: string) => {
    const { deliver } = await import('@oncall-gate/github-fake');
    return deliver({ url: w.server.webhookUrl, event: 'deployment_protection_rule', body, secret: WEBHOOK_SECRET, id });
  };
  const valid = (w: AppWorld, runId: number): Record<string, any> => ({
    action: 'requested',
    environment: 'production',
    deployment_callback_url: `${w.gh.url}/repos/${REPO}/actions/runs/${runId}/deployment_protection_rule`,
    repository: { full_name: REPO, default_branch: 'main' },
    installation: { id: INSTALLATION },
    sender: { login: 'alice' },
    sha: DEPLOYED,
  });

  it('not JSON, or not an object: 400, nothing called', async () => {
    const w = (world = await startAppWorld([aliceOnCall]));
    expect((await send(w, '{"action":', 'bad-json')).status).toBe(400);
    expect((await send(w, '[1,2]', 'bad-array')).status).toBe(400);
    expect((await send(w, 'null', 'bad-null')).status).toBe(400);
    expect(w.gh.requests).toEqual([]);
  });

  it('every field missing or of the wrong type: answered when the callback is known, never approved on a bad field, never crashing', async () => {
    const w = (world = await startAppWorld([aliceOnCall]));
    w.policies();
    type Expect = 'ignored' | 'rejected' | 'approved';
    const cases: Array<[string, Expect, (p: Record<string, any>, runId: number) => void]> = [
      ['no-installation', 'ignored', (p) => delete p.installation],
      ['installation-string', 'ignored', (p) => (p.installation = { id: '77' })],
      ['no-callback', 'ignored', (p) => delete p.deployment_callback_url],
      [
        'callback-elsewhere',
        'ignored',
        (p, id) => (p.deployment_callback_url = `https://evil.example/repos/${REPO}/actions/runs/${id}/deployment_protection_rule`),
      ],
      ['callback-other-path', 'ignored', (p) => (p.deployment_callback_url = `${w.gh.url}/repos/${REPO}/issues/1`)],
      [
        'callback-query',
        'ignored',
        (p, id) => (p.deployment_callback_url = `${w.gh.url}/repos/${REPO}/actions/runs/${id}/deployment_protection_rule?x=1`),
      ],
      ['no-environment', 'ignored', (p) => delete p.environment],
      ['environment-object', 'ignored', (p) => (p.environment = { name: 'production' })],
      ['environment-newline', 'ignored', (p) => (p.environment = 'production\nINFO approved')],
      ['no-sender', 'rejected', (p) => delete p.sender],
      ['sender-number', 'rejected', (p) => (p.sender = { login: 42 })],
      ['sender-injection', 'rejected', (p) => (p.sender = { login: 'alice\nrequested by root' })],
      ['other-repository', 'rejected', (p) => (p.repository = { full_name: 'acme/other', default_branch: 'main' })],
      // A commit that is not a SHA is not used: the run's own commit stands in, and alice is on call.
      ['sha-garbage', 'approved', (p) => (p.sha = '../../etc/passwd')],
    ];
    for (const [id, expected, change] of cases) {
      const run = w.waitingRun(DEPLOYED, 'alice');
      const p = valid(w, run.id);
      change(p, run.id);
      const res = await send(w, JSON.stringify(p), `case-${id}`);
      expect(res.status, id).toBe(200);
      const answers = reviewsOf(w).filter((r) => r.run_id === run.id);
      if (expected === 'ignored') expect(answers, id).toEqual([]);
      else
        expect(
          answers.map((a) => [a.state, a.status]),
          id,
        ).toEqual([[expected, 204]]);
    }
    // Every answer went to the callback on GitHub's own API, none anywhere else.
    expect(w.gh.unhandled()).toEqual([]);
    const log = w.logs.join('\n');
    expect(log).toMatch(
      /case-no-callback deployment_protection_rule\.requested: deployment_protection_rule ignored: the payload has no deployment_callback_url/,
    );
    expect(log).toMatch(/case-callback-elsewhere .*ignored: deployment_callback_url is not a protection-rule callback/);
    expect(log).not.toContain('INFO approved');
    expect(log).not.toContain('requested by root');
  });
});
