// The App mode calls of the GitHub adapter (src/github/deployment-gates.ts) against the fake
// GitHub: runs, waiting runs, pending environments, protection rules, and the answer to a gate.
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '@oncall-gate/github-fake';
import {
  getWorkflowRun,
  listPendingEnvironments,
  listProtectionRuleApps,
  listWaitingRuns,
  reviewDeploymentGate,
} from '../../src/github/deployment-gates.js';
import { rejection, testClient } from '../support/github-client.js';

const REPO = { owner: 'acme', repo: 'api' };
const APP = 4242;
const SHA = 'a'.repeat(40);
const OTHER = 'b'.repeat(40);
const TOKEN = 'ghs_deploymentGatesTestToken0001';

let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

async function fake(repositories: string[] | null = ['acme/api']): Promise<FakeGitHub> {
  gh = await startFakeGitHub({ default_repo: 'acme/api' });
  gh.setApp({
    id: APP,
    slug: 'gate-app',
    public_key: '',
    installations: [{ id: 7, account: 'acme', repositories: ['acme/api', 'acme/other'] }],
  });
  gh.state.access_tokens.push({ token: TOKEN, installation_id: 7, repositories, permissions: {}, expires_at: '2999-01-01T00:00:00Z' });
  gh.state.tokens = {};
  gh.gateEnvironment('production', [APP]);
  gh.gateEnvironment('staging', [999]);
  return gh;
}
const client = (g: FakeGitHub) => testClient({ token: TOKEN, apiUrl: g.url });

describe('App mode GitHub calls', () => {
  it('reads a run: attempt, commit, status and who triggered it', async () => {
    const g = await fake();
    const run = g.addWorkflowRun({ head_sha: SHA, actor: 'octocat', triggering_actor: 'erin', run_attempt: 3, waiting_on: ['production'] });
    expect(await getWorkflowRun(client(g), REPO, run.id)).toEqual({
      id: run.id,
      runAttempt: 3,
      headSha: SHA,
      status: 'waiting',
      event: 'push',
      triggeringActor: 'erin',
      htmlUrl: `https://github.com/acme/api/actions/runs/${run.id}`,
    });
  });

  it('lists the waiting runs, of one commit when asked, across pages', async () => {
    const g = await fake();
    for (let i = 0; i < 120; i++) g.addWorkflowRun({ head_sha: SHA, waiting_on: ['production'] });
    g.addWorkflowRun({ head_sha: OTHER, waiting_on: ['production'] });
    g.addWorkflowRun({ head_sha: SHA, status: 'completed' });
    expect(await listWaitingRuns(client(g), REPO)).toHaveLength(121);
    const ofSha = await listWaitingRuns(client(g), REPO, OTHER);
    expect(ofSha.map((r) => r.headSha)).toEqual([OTHER]);
    expect(g.requests.filter((r) => r.route === 'GET /repos/{owner}/{repo}/actions/runs').at(-1)?.query).toMatchObject({
      status: 'waiting',
      head_sha: OTHER,
    });
  });

  it('lists the environments a run waits on, and the Apps whose rules gate an environment', async () => {
    const g = await fake();
    const run = g.addWorkflowRun({ head_sha: SHA, waiting_on: ['production', 'staging'] });
    expect(await listPendingEnvironments(client(g), REPO, run.id)).toEqual(['production', 'staging']);
    expect(await listProtectionRuleApps(client(g), REPO, 'production')).toEqual([APP]);
    expect(await listProtectionRuleApps(client(g), REPO, 'staging')).toEqual([999]);
  });

  it('answers a gate (204), and a second answer finds it answered (422, not an error)', async () => {
    const g = await fake();
    const run = g.addWorkflowRun({ head_sha: SHA, waiting_on: ['production'] });
    const gh1 = client(g);
    expect(await reviewDeploymentGate(gh1, REPO, run.id, { environment: 'production', comment: 'waiting for INC-1' })).toBe('answered');
    expect(await reviewDeploymentGate(gh1, REPO, run.id, { environment: 'production', state: 'approved', comment: 'on call' })).toBe(
      'answered',
    );
    expect(await reviewDeploymentGate(gh1, REPO, run.id, { environment: 'production', state: 'approved', comment: 'again' })).toBe(
      'already-answered',
    );
    expect(g.gateReviews().map((r) => [r.state, r.status])).toEqual([
      [null, 204],
      ['approved', 204],
      ['approved', 422],
    ]);
    expect(g.workflowRun(run.id).gates.production).toEqual({ state: 'approved', comments: ['waiting for INC-1'] });
  });

  it('a 422 for a gate that still waits is an error, not "already answered"', async () => {
    const g = await fake();
    const run = g.addWorkflowRun({ head_sha: SHA, waiting_on: ['production'] });
    const error = await rejection(
      reviewDeploymentGate(client(g), REPO, run.id, { environment: 'production', state: 'approved', comment: 'x'.repeat(1025) }),
    );
    expect(error.kind).toBe('rejected');
    expect(error.message).toMatch(/too long/);
    expect(g.workflowRun(run.id).gates.production!.state).toBe('waiting');
  });

  it('retries a 5xx of the answer', async () => {
    const g = await fake();
    const run = g.addWorkflowRun({ head_sha: SHA, waiting_on: ['production'] });
    g.failNext('POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule', { status: 502, times: 2 });
    expect(await reviewDeploymentGate(client(g), REPO, run.id, { environment: 'production', state: 'rejected', comment: 'no' })).toBe(
      'answered',
    );
    expect(g.gateReviews().map((r) => r.status)).toEqual([204]);
    expect(g.workflowRun(run.id).status).toBe('completed');
  });

  it('a token limited to one repository sees no other (GitHub answers 404)', async () => {
    const g = await fake(['acme/api']);
    const run = g.addWorkflowRun({ head_sha: SHA, waiting_on: ['production'] }, 'acme/other');
    const error = await rejection(getWorkflowRun(client(g), { owner: 'acme', repo: 'other' }, run.id));
    expect(error.kind).toBe('not-found');
  });
});
