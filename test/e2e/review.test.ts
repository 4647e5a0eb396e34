// `review` end to end: dist/index.js on real pull_request_review payloads (octokit/webhooks-examples,
// adjusted), against the incident.io emulator and the fake GitHub API.
import { afterEach, describe, expect, it } from 'vitest';
import type { FakeReviewState } from '@oncall-gate/github-fake';
import { runAction, type RunActionResult } from './harness.js';
import {
  ESC,
  GITHUB_TOKEN,
  HOUR,
  KEY,
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
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const env = (w: World) => ({ GITHUB_API_URL: w.gh.url, GITHUB_GRAPHQL_URL: w.gh.graphqlUrl, GITHUB_REPOSITORY: REPO });
const inputs = (w: World, command: string) => ({
  command,
  'incidentio-api-key': KEY,
  'incidentio-api-url': w.emu.url,
  'github-token': GITHUB_TOKEN,
});

async function requestFirst(w: World): Promise<void> {
  const r = await runAction({
    eventName: 'pull_request',
    payload: pullRequestPayload(w.gh.pull(1), 'opened'),
    inputs: inputs(w, 'request'),
    env: env(w),
  });
  expect(r.outputs.result, r.stdout).toBe('pending');
}

async function review(
  w: World,
  user: string,
  state: FakeReviewState,
  over: { commit_id?: string | null; submitted_at?: string } = {},
  extraInputs: Record<string, string> = {},
): Promise<RunActionResult> {
  const pull = w.gh.pull(1);
  const rv = w.gh.addReview(1, { user, state, ...over });
  const r = await runAction({
    eventName: 'pull_request_review',
    payload: reviewPayload(pull, { ...rv, user }),
    inputs: { ...inputs(w, 'review'), ...extraInputs },
    env: { ...env(w), GITHUB_ACTOR: user, GITHUB_TRIGGERING_ACTOR: user },
  });
  const visible = [r.stdout, r.stderr, r.summary]
    .join('\n')
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  expect(visible).not.toContain(KEY);
  return r;
}

const now = Date.now();
const carolOnCall: ShiftSpec = { scheduleId: ESC, email: 'carol@example.com', start: now - HOUR, hours: 24 };
const daveOnCall: ShiftSpec = { scheduleId: ESC, email: 'dave@example.com', start: now - HOUR, hours: 24 };
const erinElsewhere: ShiftSpec = { scheduleId: '01HESCOTHER000000000000000', email: 'erin@example.com', start: now - HOUR, hours: 24 };

describe('review (e2e)', () => {
  it('an on-call approval: check success, incident summary edited with who, when and schedule', async () => {
    const w = (world = await startWorld([carolOnCall]));
    const pull = addPull(w.gh, policyFiles());
    await requestFirst(w);
    const incident = w.emu.state.incidents[0]!;
    const r = await review(w, 'carol', 'APPROVED');

    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ result: 'approved', approved: 'true', 'approved-by': 'carol', 'incident-id': incident.id });
    expect(Date.parse(r.outputs['expires-at']!)).toBeGreaterThan(now + 23 * HOUR);
    expect(w.gh.checkRuns(pull.head.sha)).toEqual([expect.objectContaining({ status: 'completed', conclusion: 'success' })]);
    expect(w.emu.state.incidents).toHaveLength(1);
    const summary = w.emu.state.incidents[0]!.summary ?? '';
    expect(summary.split('\n')[0]).toMatch(
      new RegExp(
        `^APPROVED by carol \\(Carol Chen, on call for schedule ${ESC}\\) at \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ on commit ${pull.head.sha.slice(0, 12)}\\.$`,
      ),
    );
    // notifyIncidentChannel: true in the integration file.
    expect(w.emu.state.notifications).toHaveLength(1);
    expect(w.emu.state.incidents[0]!.incident_status?.category).not.toBe('closed');
  });

  it.each([
    ['someone not on call for the services', 'erin', {}],
    ['a bot', 'renovate[bot]', {}],
    ['an older commit', 'carol', { commit_id: '0123456789abcdef0123456789abcdef01234567' }],
  ])('an approval by %s does not approve', async (_what, user, over) => {
    const w = (world = await startWorld([carolOnCall, erinElsewhere]));
    const pull = addPull(w.gh, policyFiles());
    const r = await review(w, user, 'APPROVED', over);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ result: 'pending', approved: 'false', 'approved-by': '' });
    expect(w.gh.checkRuns(pull.head.sha)).toEqual([expect.objectContaining({ status: 'in_progress' })]);
    expect(w.emu.state.incidents[0]!.summary?.split('\n')[0]).toMatch(/^PENDING/);
  });

  it('dry run: the same approval, and nothing is written to GitHub or incident.io', async () => {
    const w = (world = await startWorld([carolOnCall]));
    const pull = addPull(w.gh, policyFiles());
    const r = await review(w, 'carol', 'APPROVED', {}, { 'dry-run': 'true' });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ result: 'approved', approved: 'true', 'approved-by': 'carol' });
    expect(w.emu.requests.length).toBeGreaterThan(0);
    expect(w.emu.requests.filter((q) => q.method !== 'GET')).toEqual([]);
    expect(w.emu.state.incidents).toEqual([]);
    expect(w.gh.requests.length).toBeGreaterThan(0);
    expect(w.gh.writes()).toEqual([]);
    expect(w.gh.checkRuns(pull.head.sha)).toEqual([]);
    expect(r.summary).toContain('Dry run: nothing was written to GitHub or incident.io');
  });

  it('changes requested by an on-call person: check failure, summary says denied (deny wins over an approval)', async () => {
    const w = (world = await startWorld([carolOnCall, daveOnCall]));
    const pull = addPull(w.gh, policyFiles());
    w.gh.addReview(1, { user: 'carol', state: 'APPROVED' });
    const r = await review(w, 'dave', 'CHANGES_REQUESTED');
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ result: 'denied', approved: 'false' });
    expect(w.gh.checkRuns(pull.head.sha)).toEqual([expect.objectContaining({ status: 'completed', conclusion: 'failure' })]);
    expect(w.emu.state.incidents[0]!.summary?.split('\n')[0]).toMatch(
      /^DENIED: dave \(Dave Diaz, on call for schedule \w+\) requested changes at/,
    );
  });

  it('nobody approves their own change: an on-call approval by the pusher of the head (after "Update branch") or a co-author stays pending, and the check says why', async () => {
    const w = (world = await startWorld([carolOnCall, daveOnCall]));
    addPull(w.gh, policyFiles(), { commits: [{ author: 'alice' }, { author: 'dave', committer: 'alice' }] });
    // carol clicks "Update branch": the merge commit is hers (committed by web-flow), and so is the push.
    const pull = w.gh.pushHead(1, { actor: 'carol', author: 'carol', committer: 'web-flow' });
    for (const user of ['carol', 'dave']) {
      const r = await review(w, user, 'APPROVED');
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(r.outputs).toMatchObject({ result: 'pending', approved: 'false', 'approved-by': '' });
    }
    const check = w.gh.checkRuns(pull.head.sha).at(-1)!;
    expect(check).toMatchObject({ status: 'in_progress' });
    expect(check.output.summary).toContain('`carol` pushed the head commit');
    expect(check.output.summary).toContain(
      '`dave` authored or committed a commit of this pull request; nobody approves their own change (allowOneParty is off)',
    );
    expect(w.emu.state.incidents[0]!.summary?.split('\n')[0]).toMatch(/^PENDING/);
  });
});
