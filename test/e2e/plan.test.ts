// `plan` end to end: the committed dist/index.js run as the runner runs it, on a real
// pull_request payload, against the incident.io emulator and the fake GitHub API. The child
// process uses the real clock, so the rota handover is placed relative to it; without a key the
// rota snapshots' fixed window is shown instead.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_API_KEY,
  DEMO_FIXTURE_YAML,
  parseFixtureYaml,
  startEmulator,
  type EmulatorFixture,
  type Emulator,
} from '@oncall-gate/incidentio-emulator';
import { formatInstant } from '../../src/plan/intervals.js';
import { startFakeGitHub, type FakeGitHub } from '@oncall-gate/github-fake';
import { webhookExample } from '../fixtures/webhooks.js';

/** stdout without the `::add-mask::` lines, the only place a secret may appear (to be masked). */
const unmasked = (stdout: string): string =>
  stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
import { runAction, workspaceWithExamplePolicies, repoRoot } from './harness.js';

const REPO = 'acme/api';
const MARKER = '<!-- oncall-gate:plan -->';
const SECONDARY = '01HXYZSCHEDULESECONDARY000';
const HOUR = 3_600_000;
const started = Date.now();
/** Secondary hands over from bob to carol 3 hours from now (48-hour shifts). */
const handover = started + 3 * HOUR;

function fixture(): EmulatorFixture {
  const f = parseFixtureYaml(DEMO_FIXTURE_YAML);
  const secondary = f.schedules!.find((s) => s.id === SECONDARY)!;
  secondary.rotations[0]!.handover_start_at = new Date(handover - 48 * HOUR).toISOString();
  secondary.rotations[0]!.handovers = [{ interval: 48, interval_type: 'hourly' }];
  return f;
}

const examplesAt = (): Record<string, string> =>
  Object.fromEntries(
    ['freeze', 'identities', 'incidentio', 'payments', 'production', 'staging'].map((n) => [
      `policies/${n}.yaml`,
      readFileSync(join(repoRoot, 'policies', `${n}.yaml`), 'utf8'),
    ]),
  );

let emulator: Emulator;
let github: FakeGitHub;
beforeAll(async () => {
  emulator = await startEmulator({ fixture: fixture(), port: 0 });
  github = await startFakeGitHub();
  github.addRepo(REPO);
});
afterAll(async () => {
  await emulator?.close();
  await github?.close();
});

function pullRequest(number: number): Record<string, any> {
  const baseSha = String(number).padStart(4, '0').repeat(10);
  const headSha = String(number).padStart(4, '9').repeat(10);
  github.putPolicies(baseSha, examplesAt(), REPO);
  github.addPullRequest({ number, base: { ref: 'main', sha: baseSha }, head: { sha: headSha }, files: ['policies/staging.yaml'] }, REPO);
  const payload = webhookExample('pull_request', 'synchronize');
  payload.number = number;
  payload.pull_request.number = number;
  payload.pull_request.base.sha = baseSha;
  payload.pull_request.base.ref = 'main';
  payload.pull_request.head.sha = headSha;
  payload.pull_request.base.repo.full_name = REPO;
  payload.pull_request.head.repo.full_name = REPO;
  payload.repository.full_name = REPO;
  payload.repository.default_branch = 'main';
  return payload;
}

function editStaging(ws: string, f: (text: string) => string): void {
  const path = join(ws, 'policies', 'staging.yaml');
  writeFileSync(path, f(readFileSync(path, 'utf8')));
}

const env = () => ({ GITHUB_API_URL: github.url, GITHUB_GRAPHQL_URL: github.graphqlUrl });
const inputs = (extra: Record<string, string> = {}) => ({
  command: 'plan',
  'incidentio-api-key': DEMO_API_KEY,
  'incidentio-api-url': emulator.url,
  ...extra,
});

describe('plan (dist/index.js)', () => {
  it('posts the plan as one sticky comment with the people effect across a handover, and passes', async () => {
    const payload = pullRequest(21);
    const ws = workspaceWithExamplePolicies();
    editStaging(ws, (t) => t.replace('01HXYZSCHEDULESTAGING00000', SECONDARY));
    const result = await runAction({ inputs: inputs(), eventName: 'pull_request', payload, env: env(), workspace: ws });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.outputs.result).toBe('valid');
    expect(result.outputs.errors).toBe('0');

    const comments = github.comments(21, REPO);
    expect(comments).toHaveLength(1);
    const body = comments[0]!.body;
    expect(body.startsWith(MARKER)).toBe(true);
    expect(body.trimEnd().split('\n').at(-1)).toBe('Plan: 1 to add, 1 to change, 0 to destroy.');
    expect(body).toContain('["01HXYZSCHEDULESTAGING00000" (Staging)] -> ["01HXYZSCHEDULESECONDARY000" (Platform secondary)]');
    // Bob holds secondary until the handover 3 hours from now, then carol for 48 hours.
    expect(body).toContain(`+         bob (Bob Baker) gains it now to ${formatInstant(handover)}`);
    expect(body).toContain(`+         carol (Carol Chen) gains it ${formatInstant(handover)} to ${formatInstant(handover + 48 * HOUR)}`);
    expect(body).toContain('-         dave (Dave Dunn) loses it now to the end of the 7 days');
    // The whole plan is in the step summary too, and the key appears nowhere.
    expect(result.summary).toContain('Plan: 1 to add, 1 to change, 0 to destroy.');
    // (The one exception is the runner's own `::add-mask::` command, which hides it from the log.)
    expect(unmasked(result.stdout) + result.stderr + result.summary + body).not.toContain(DEMO_API_KEY);
    expect(emulator.requests.filter((r) => r.method !== 'GET')).toEqual([]);

    // A re-run edits the same comment instead of adding one.
    const again = await runAction({ inputs: inputs(), eventName: 'pull_request', payload, env: env(), workspace: ws });
    expect(again.code).toBe(0);
    expect(github.comments(21, REPO)).toHaveLength(1);
  });

  it('fails on an invalid head with an annotation on the exact line', async () => {
    const payload = pullRequest(22);
    const ws = workspaceWithExamplePolicies();
    editStaging(ws, (t) => t.replace('01HXYZSCHEDULESTAGING00000', '01HXYZSCHEDULESTAGING00009'));
    const line =
      readFileSync(join(ws, 'policies', 'staging.yaml'), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('00009')) + 1;
    const result = await runAction({ inputs: inputs(), eventName: 'pull_request', payload, env: env(), workspace: ws });
    expect(result.code).toBe(1);
    expect(result.outputs).toMatchObject({ result: 'invalid', errors: '1' });
    expect(result.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        props: expect.objectContaining({ file: 'policies/staging.yaml', line: String(line), title: 'policy unknown schedule' }),
      }),
    );
    expect(github.comments(22, REPO)[0]!.body).toContain('❌ The head policies are invalid');
  });

  it('without a key, shows the people effect from the rota snapshots in the checkout, over their window', async () => {
    const payload = pullRequest(24);
    const ws = workspaceWithExamplePolicies();
    cpSync(join(repoRoot, 'policy-tests'), join(ws, 'policy-tests'), { recursive: true });
    // Payments' auto rule also counts the team rotation's first responders (carol, that week).
    const payments = join(ws, 'policies', 'payments.yaml');
    writeFileSync(
      payments,
      readFileSync(payments, 'utf8').replace(
        'rotations: [01HXYZROTATIONPAYPRIMARY00]',
        'rotations: [01HXYZROTATIONPAYPRIMARY00]\n        layers: [01HXYZLAYERPAYTEAMFIRST000]',
      ),
    );
    const result = await runAction({ inputs: { command: 'plan' }, eventName: 'pull_request', payload, env: env(), workspace: ws });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.outputs).toMatchObject({ result: 'valid', errors: '0' });
    const body = github.comments(24, REPO)[0]!.body;
    // Fixed dates from the snapshots, whatever the runner's clock says.
    expect(body).toContain(
      '  Approval rights from rota snapshots, not live incident.io, over their window (2026-01-05 00:00 UTC to 2026-01-12 00:00 UTC):\n' +
        "    # the snapshots are files in policy-tests/ as this change has them (recorded or written by hand), not incident.io's answer\n" +
        '    # from policy-tests/snapshots/demo-rota.yaml (recorded 2026-01-05 00:00 UTC): "01HXYZSCHEDULEPRIMARY00000", "01HXYZSCHEDULESECONDARY000", "01HXYZSCHEDULESTAGING00000"\n' +
        '    # from policy-tests/snapshots/payments-rota.yaml (recorded 2026-01-05 00:00 UTC): "01HXYZSCHEDULEPAYMENTS0000"\n\n' +
        '~   policy "payments-deploy"\n' +
        '        auto-approval (on call for an `auto` rule schedule):\n' +
        '+         carol (Carol Chen) gains it 2026-01-05 09:00 UTC to 2026-01-12 00:00 UTC\n' +
        '+         dave (Dave Dunn) gains it 2026-01-05 00:00 UTC to 2026-01-05 09:00 UTC\n```',
    );
    expect(result.stdout).toContain('the effect on people comes from the rota snapshots in policy-tests/, not live incident.io.');
    expect(result.summary).toContain('11 cases: 11 passed, 0 failed, 0 errors.');
  });

  it('without a key, a broken snapshot is an error at its file and line; the plan renders from the other snapshots', async () => {
    const payload = pullRequest(25);
    const ws = workspaceWithExamplePolicies();
    cpSync(join(repoRoot, 'policy-tests'), join(ws, 'policy-tests'), { recursive: true });
    const snapshot = join(ws, 'policy-tests', 'snapshots', 'payments-rota.yaml');
    const text = readFileSync(snapshot, 'utf8').replace('end: 2026-01-06T09:00:00Z', 'end: 2026-01-05T08:00:00Z');
    writeFileSync(snapshot, text);
    const line = text.split('\n').findIndex((l) => l.includes('end: 2026-01-05T08:00:00Z')) + 1;
    const result = await runAction({ inputs: { command: 'plan' }, eventName: 'pull_request', payload, env: env(), workspace: ws });
    expect(result.code).toBe(1);
    expect(result.outputs).toMatchObject({ result: 'invalid', errors: '1' });
    expect(result.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: expect.stringContaining('The entry ends before it starts'),
        props: expect.objectContaining({ file: 'policy-tests/snapshots/payments-rota.yaml', line: String(line) }),
      }),
    );
    const body = github.comments(25, REPO)[0]!.body;
    expect(body).toContain('    # not used: policy-tests/snapshots/payments-rota.yaml (it has errors, reported at their lines)\n');
    expect(body).toContain('        ? schedule "01HXYZSCHEDULEPAYMENTS0000" is not in any snapshot');
    expect(body.trimEnd().split('\n').at(-1)).toBe('Plan: 0 to add, 0 to change, 0 to destroy.');
  });

  it('prints the comment and posts nothing in a dry run', async () => {
    const payload = pullRequest(23);
    const ws = workspaceWithExamplePolicies();
    editStaging(ws, (t) => t.replace('environments: [staging]', 'environments: [staging, qa]'));
    const writes = github.writes().length;
    const result = await runAction({
      inputs: inputs({ 'dry-run': 'true' }),
      eventName: 'pull_request',
      payload,
      env: env(),
      workspace: ws,
    });
    expect(result.code).toBe(0);
    expect(result.outputs.result).toBe('valid');
    expect(result.stdout).toContain('Dry run: would post this comment on pull request #23');
    expect(result.stdout).toContain('~ match.environments = ["staging"] -> ["staging", "qa"]');
    expect(github.writes().length).toBe(writes);
    expect(github.comments(23, REPO)).toEqual([]);
  });
});
