// `plan` end to end in-process: the real GitHub adapter against the fake GitHub API, the real
// incident.io client against the emulator (demo organisation), the workspace as the PR head.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runPlan } from '../../src/commands/plan.js';
import { DEMO_API_KEY, DEMO_FIXTURE_YAML, parseFixtureYaml, startEmulator, type Emulator } from '@oncall-gate/incidentio-emulator';
import { startFakeGitHub, type FakeGitHub } from '@oncall-gate/github-fake';
import { HEAD_SHA, REPO, commandContext, workspace } from '../support/command-context.js';

const repoRoot = join(import.meta.dirname, '..', '..');
const EXAMPLES: Record<string, string> = Object.fromEntries(
  readdirSync(join(repoRoot, 'policies'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => [`policies/${f}`, readFileSync(join(repoRoot, 'policies', f), 'utf8')]),
);
const PRIMARY = '01HXYZSCHEDULEPRIMARY00000';
const SECONDARY = '01HXYZSCHEDULESECONDARY000';
const MARKER = '<!-- oncall-gate:plan -->';

let emulator: Emulator;
let github: FakeGitHub;

beforeAll(async () => {
  emulator = await startEmulator({ fixture: parseFixtureYaml(DEMO_FIXTURE_YAML), port: 0 });
  github = await startFakeGitHub();
});
afterAll(async () => {
  await emulator?.close();
  await github?.close();
});
afterEach(() => emulator.reset());

/** The fake merges files put at one ref, so each pull request gets its own base commit. */
const baseShaOf = (number: number): string => String(number).padStart(2, '0').repeat(20);

function setUpPull(number: number, base: Record<string, string>): void {
  github.addRepo(REPO);
  github.putPolicies(baseShaOf(number), base, REPO);
  github.addPullRequest(
    { number, base: { ref: 'main', sha: baseShaOf(number) }, head: { sha: HEAD_SHA }, files: ['policies/production.yaml'] },
    REPO,
  );
}

const payloadFor = (number: number) => {
  const p = {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      title: 'Policy change',
      user: { login: 'octocat', type: 'User' },
      base: { ref: 'main', sha: baseShaOf(number), repo: { full_name: REPO } },
      head: { ref: 'change', sha: HEAD_SHA, repo: { full_name: REPO } },
    },
    repository: { full_name: REPO, default_branch: 'main' },
  };
  return p;
};

const withKey = { 'incidentio-api-key': DEMO_API_KEY };
const key = () => ({ ...withKey, 'incidentio-api-url': emulator.url });

describe('plan', () => {
  it('posts one sticky comment with the diff, the people effect across a handover, and the field apply would create', async () => {
    setUpPull(11, EXAMPLES);
    const head = {
      ...EXAMPLES,
      'policies/production.yaml': EXAMPLES['policies/production.yaml']!.replace(`schedules: [${PRIMARY}]`, `schedules: [${SECONDARY}]`),
    };
    const ctx = commandContext({ inputs: key(), workspace: workspace(head), githubUrl: github.url, payload: payloadFor(11) });
    const result = await runPlan(ctx);

    expect(result.outputs).toEqual({ result: 'valid', errors: 0 });
    expect(result.failure).toBeUndefined();
    const comments = github.comments(11, REPO);
    expect(comments).toHaveLength(1);
    const body = comments[0]!.body;
    expect(body.startsWith(MARKER)).toBe(true);
    expect(body.trimEnd().split('\n').at(-1)).toBe('Plan: 1 to add, 1 to change, 0 to destroy.');
    expect(result.summary.trimEnd().split('\n').at(-1)).toBe('Plan: 1 to add, 1 to change, 0 to destroy.');

    // Field by field, schedules shown by name.
    const text = ctx.log.text();
    expect(text).toContain('  ~ policy "production-deploy" {');
    expect(text).toContain(`          ~ schedules = ["${PRIMARY}" (Platform primary)] -> ["${SECONDARY}" (Platform secondary)]`);
    expect(text).toContain('  + incidentio_custom_field "On-call gate schedules" {');
    // Demo rota on 2026-11-20 10:00 UTC: alice holds primary (daily 09:00 handover), carol holds
    // secondary until the weekly handover to bob on Monday 2026-11-23 09:00.
    expect(text).toContain('        + carol (Carol Chen) gains it now to 2026-11-23 09:00 UTC');
    expect(text).toContain('        + bob (Bob Baker) gains it 2026-11-23 09:00 UTC to the end of the 7 days');
    expect(text).toContain(
      '        - alice (Alice Archer) loses it now to 2026-11-21 09:00 UTC; 2026-11-22 09:00 UTC to 2026-11-23 09:00 UTC; ' +
        '2026-11-24 09:00 UTC to 2026-11-25 09:00 UTC; 2026-11-26 09:00 UTC to 2026-11-27 09:00 UTC',
    );
    expect(text).toContain('        - octocat (Octo Cat) loses it 2026-11-21 09:00 UTC to 2026-11-22 09:00 UTC;');
    expect(text).not.toMatch(/approver \(on call/);

    // Reads only: one 7-day window per schedule, and nothing written to incident.io.
    const entries = emulator.requests.filter((r) => r.path === '/v2/schedule_entries');
    expect(entries.map((r) => r.query.schedule_id).sort()).toEqual([
      '01HXYZSCHEDULEPAYMENTS0000',
      '01HXYZSCHEDULEPRIMARY00000',
      '01HXYZSCHEDULESECONDARY000',
      '01HXYZSCHEDULESTAGING00000',
    ]);
    for (const r of entries) {
      expect(Date.parse(String(r.query.entry_window_end)) - Date.parse(String(r.query.entry_window_start))).toBe(7 * 24 * 3_600_000);
    }
    expect(emulator.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(emulator.state.customFields).toEqual([]);

    // A second run edits the same comment.
    const again = await runPlan(
      commandContext({
        inputs: key(),
        workspace: workspace({
          ...head,
          'policies/extra.yaml': 'version: 1\nkind: policy\nname: extra\nmatch: { environments: [x] }\napproval: []\n',
        }),
        githubUrl: github.url,
        payload: payloadFor(11),
      }),
    );
    expect(again.outputs.result).toBe('valid');
    expect(github.comments(11, REPO)).toHaveLength(1);
    expect(github.comments(11, REPO)[0]!.body).toContain('Plan: 2 to add, 1 to change, 0 to destroy.');
  });

  it('fails on an invalid head, with annotations on the exact lines and the errors output', async () => {
    setUpPull(12, EXAMPLES);
    const broken = EXAMPLES['policies/staging.yaml']!.replace('approval:', 'aproval:');
    const ctx = commandContext({
      workspace: workspace({ ...EXAMPLES, 'policies/staging.yaml': broken }),
      githubUrl: github.url,
      payload: payloadFor(12),
    });
    const result = await runPlan(ctx);
    expect(result.outputs.result).toBe('invalid');
    expect(result.outputs.errors).toBeGreaterThan(0);
    expect(result.failure).toMatch(/The head policies have \d+ error/);
    const errors = result.annotations.filter((a) => a.level === 'error');
    expect(errors.length).toBe(result.outputs.errors);
    const line = broken.split('\n').findIndex((l) => l.startsWith('aproval:')) + 1;
    expect(errors.some((a) => a.file === 'policies/staging.yaml' && a.line === line)).toBe(true);
    const body = github.comments(12, REPO)[0]!.body;
    expect(body).toContain('❌ The head policies are invalid');
    expect(body).toContain('Error: the head policies have');
    expect(body).not.toContain('Plan:');
  });

  it('reports an unknown schedule as an error on its line (live check), and names known schedules', async () => {
    setUpPull(13, EXAMPLES);
    const typo = EXAMPLES['policies/staging.yaml']!.replace('01HXYZSCHEDULESTAGING00000', '01HXYZSCHEDULESTAGING00001');
    const ctx = commandContext({
      inputs: key(),
      workspace: workspace({ ...EXAMPLES, 'policies/staging.yaml': typo }),
      githubUrl: github.url,
      payload: payloadFor(13),
    });
    const result = await runPlan(ctx);
    expect(result.outputs).toEqual({ result: 'invalid', errors: 1 });
    const line = typo.split('\n').findIndex((l) => l.includes('01HXYZSCHEDULESTAGING00001')) + 1;
    expect(result.annotations.filter((a) => a.level === 'error')).toEqual([
      expect.objectContaining({
        file: 'policies/staging.yaml',
        line,
        title: 'policy unknown schedule',
        message: expect.stringContaining('Did you mean Staging (01HXYZSCHEDULESTAGING00000)?'),
      }),
    ]);
  });

  it('plans the comment instead of posting it in a dry run', async () => {
    setUpPull(14, EXAMPLES);
    const before = github.writes().length;
    const ctx = commandContext({
      inputs: { ...key(), 'dry-run': 'true' },
      workspace: workspace({ ...EXAMPLES, 'policies/freeze.yaml': undefined }),
      githubUrl: github.url,
      payload: payloadFor(14),
    });
    const result = await runPlan(ctx);
    expect(result.outputs.result).toBe('valid');
    expect(github.writes().length).toBe(before);
    expect(github.comments(14, REPO)).toEqual([]);
    // The one write, planned and not made: the new comment, its text as it would read.
    expect(ctx.writes.planned).toEqual([
      expect.objectContaining({
        service: 'github',
        method: 'POST',
        target: '/repos/acme/api/issues/14/comments',
        description: `post this comment on pull request #14 (marker ${MARKER})`,
        markdown: expect.stringMatching(new RegExp(`^${MARKER}\n`)),
      }),
    ]);
    expect(ctx.log.text()).toContain('  - policy "holiday-freeze" {');
  });

  it('without a key: the diff only, and says why the people effect is missing', async () => {
    setUpPull(15, EXAMPLES);
    const ctx = commandContext({
      workspace: workspace({ ...EXAMPLES, 'policies/staging.yaml': undefined }),
      githubUrl: github.url,
      payload: payloadFor(15),
    });
    const result = await runPlan(ctx);
    expect(result.outputs.result).toBe('valid');
    expect(result.summary).toContain('Approval rights: not computed (no incident.io API key; pass `incidentio-api-key` to the step');
    expect(result.summary).toContain(
      'Note: without an incident.io API key the plan cannot see whether the custom field "On-call gate schedules" exists',
    );
    expect(result.summary.trimEnd().endsWith('Plan: 0 to add, 0 to change, 1 to destroy.')).toBe(true);
    expect(emulator.requests).toEqual([]);
  });

  describe('without a key, with rota snapshots in the checkout (docs/policy-tests.md)', () => {
    const TESTS: Record<string, string> = Object.fromEntries(
      ['production.yaml', 'staging-and-freeze.yaml', 'snapshots/demo-rota.yaml', 'snapshots/payments-rota.yaml'].map((f) => [
        `policy-tests/${f}`,
        readFileSync(join(repoRoot, 'policy-tests', f), 'utf8'),
      ]),
    );
    const toSecondary = {
      ...EXAMPLES,
      'policies/production.yaml': EXAMPLES['policies/production.yaml']!.replace(`schedules: [${PRIMARY}]`, `schedules: [${SECONDARY}]`),
    };

    it('shows the people effect from the snapshots over their window, and says they are the change’s own files', async () => {
      setUpPull(18, EXAMPLES);
      const ctx = commandContext({ workspace: workspace({ ...toSecondary, ...TESTS }), githubUrl: github.url, payload: payloadFor(18) });
      const result = await runPlan(ctx);
      expect(result.outputs).toEqual({ result: 'invalid', errors: 3 });
      const body = github.comments(18, REPO)[0]!.body;
      expect(body).toContain(
        '  Approval rights from rota snapshots, not live incident.io, over their window (2026-01-05 00:00 UTC to 2026-01-12 00:00 UTC):\n' +
          "    # the snapshots are files in policy-tests/ as this change has them (recorded or written by hand), not incident.io's answer\n" +
          '    # from policy-tests/snapshots/demo-rota.yaml (recorded 2026-01-05 00:00 UTC): "01HXYZSCHEDULEPRIMARY00000", "01HXYZSCHEDULESECONDARY000", "01HXYZSCHEDULESTAGING00000"\n' +
          '    # from policy-tests/snapshots/payments-rota.yaml (recorded 2026-01-05 00:00 UTC): "01HXYZSCHEDULEPAYMENTS0000"\n\n' +
          '~   policy "production-deploy"\n',
      );
      // Bob holds the secondary all week: he gains auto-approval; alice and octocat lose it.
      expect(body).toContain('+         bob (Bob Baker) gains it 2026-01-05 09:00 UTC to 2026-01-12 00:00 UTC\n');
      expect(body).toContain('-         alice (Alice Archer) loses it 2026-01-05 00:00 UTC to 2026-01-05 09:00 UTC;');
      expect(ctx.log.text()).toContain(
        'No incidentio-api-key: the plan skips the live checks; the effect on people comes from the rota snapshots in policy-tests/, not live incident.io.',
      );
      // The same folder runs the policy tests (read once): the change breaks the primary's cases.
      expect(result.summary).toContain('### ❌ Policy tests');
      expect(emulator.requests).toEqual([]);
    });

    it('a broken snapshot: annotated at its line by the policy tests, named in the plan, which still renders from the others', async () => {
      setUpPull(19, EXAMPLES);
      const bad = TESTS['policy-tests/snapshots/payments-rota.yaml']!.replace('    email: carol@example.com', '    email: not-an-email');
      const line = bad.split('\n').findIndex((l) => l.includes('not-an-email')) + 1;
      const ctx = commandContext({
        workspace: workspace({ ...EXAMPLES, ...TESTS, 'policy-tests/snapshots/payments-rota.yaml': bad }),
        githubUrl: github.url,
        payload: payloadFor(19),
      });
      const result = await runPlan(ctx);
      expect(result.outputs.result).toBe('invalid');
      expect(result.annotations).toContainEqual(
        expect.objectContaining({ level: 'error', file: 'policy-tests/snapshots/payments-rota.yaml', line }),
      );
      const body = github.comments(19, REPO)[0]!.body;
      expect(body).toContain('    # not used: policy-tests/snapshots/payments-rota.yaml (it has errors, reported at their lines)\n');
      expect(body).toContain(
        '    ? policy "payments-deploy"\n        ? schedule "01HXYZSCHEDULEPAYMENTS0000" is not in any snapshot: who is on call for it is unknown',
      );
      expect(body.trimEnd().split('\n').at(-1)).toBe('Plan: 0 to add, 0 to change, 0 to destroy.');
    });

    it('with a key, live incident.io is the source: the snapshots are not read for people', async () => {
      setUpPull(20, EXAMPLES);
      const ctx = commandContext({
        inputs: key(),
        workspace: workspace({ ...toSecondary, ...TESTS }),
        githubUrl: github.url,
        payload: payloadFor(20),
      });
      await runPlan(ctx);
      const body = github.comments(20, REPO)[0]!.body;
      expect(body).toContain('Approval rights, now and over the next 7 days (2026-11-20 10:00 UTC to 2026-11-27 10:00 UTC):');
      expect(body).not.toContain('rota snapshot');
    });
  });

  describe('no incident.io email in what GitHub shows (docs/security.md, "Privacy")', () => {
    /** Any email address: the comment, the summary, the log and the annotations must hold none. */
    const EMAIL = /[^\s<>()"'`@]+@[^\s<>()"'`@]+\.[^\s<>()"'`@]+/;
    const shown = (result: Awaited<ReturnType<typeof runPlan>>, body: string, log: string): string[] => [
      body,
      result.summary,
      log,
      ...result.annotations.map((a) => `${a.title ?? ''} ${a.message}`),
    ];
    const withoutCarol = {
      ...EXAMPLES,
      'policies/identities.yaml': EXAMPLES['policies/identities.yaml']!.replace('  carol: carol@example.com\n', ''),
    };

    it('live: people by login and name, someone without a login by name and incident.io user ID, never by email', async () => {
      setUpPull(21, withoutCarol);
      const head = {
        ...withoutCarol,
        'policies/production.yaml': EXAMPLES['policies/production.yaml']!.replace(`schedules: [${PRIMARY}]`, `schedules: [${SECONDARY}]`),
      };
      const ctx = commandContext({ inputs: key(), workspace: workspace(head), githubUrl: github.url, payload: payloadFor(21) });
      const result = await runPlan(ctx);
      const body = github.comments(21, REPO)[0]!.body;
      expect(body).toContain(
        '+         Carol Chen (incident.io user 01HXYZUSERCAROL00000000000, no GitHub login in the identities map) gains it now to 2026-11-23 09:00 UTC\n',
      );
      expect(body).toContain('+         bob (Bob Baker) gains it 2026-11-23 09:00 UTC to the end of the 7 days\n');
      expect(body).toContain('-         octocat (Octo Cat) loses it 2026-11-21 09:00 UTC to 2026-11-22 09:00 UTC;');
      for (const text of shown(result, body, ctx.log.text())) expect(text).not.toMatch(EMAIL);
    });

    it('from rota snapshots: two people of one name without a login are told apart by their incident.io user IDs', async () => {
      setUpPull(22, EXAMPLES);
      const snapshot = [
        'version: 1',
        'kind: rota-snapshot',
        'recordedAt: 2026-01-05T00:00:00Z',
        'window: { from: 2026-01-05T00:00:00Z, to: 2026-01-12T00:00:00Z }',
        'users:',
        '  - { id: 01HXYZUSERALICE00000000000, name: Alice Archer, email: alice@example.com }',
        '  - { id: 01HXYZUSERCARCHEN1000000000, name: Carol Chen, email: carol.chen@corp.example }',
        '  - { id: 01HXYZUSERCARCHEN2000000000, name: Carol Chen, email: cchen@elsewhere.example }',
        'schedules:',
        `  - id: ${PRIMARY}`,
        '    entries:',
        '      - { user: 01HXYZUSERALICE00000000000, start: 2026-01-05T00:00:00Z, end: 2026-01-12T00:00:00Z }',
        `  - id: ${SECONDARY}`,
        '    entries:',
        '      - { user: 01HXYZUSERCARCHEN1000000000, start: 2026-01-05T00:00:00Z, end: 2026-01-08T00:00:00Z }',
        '      - { user: 01HXYZUSERCARCHEN2000000000, start: 2026-01-08T00:00:00Z, end: 2026-01-12T00:00:00Z }',
        '',
      ].join('\n');
      const ctx = commandContext({
        workspace: workspace({
          ...EXAMPLES,
          'policies/production.yaml': EXAMPLES['policies/production.yaml']!.replace(`schedules: [${PRIMARY}]`, `schedules: [${SECONDARY}]`),
          'policy-tests/snapshots/twins.yaml': snapshot,
        }),
        githubUrl: github.url,
        payload: payloadFor(22),
      });
      const result = await runPlan(ctx);
      const body = github.comments(22, REPO)[0]!.body;
      expect(body).toContain(
        '+         Carol Chen (incident.io user 01HXYZUSERCARCHEN1000000000, no GitHub login in the identities map) gains it 2026-01-05 00:00 UTC to 2026-01-08 00:00 UTC\n' +
          '+         Carol Chen (incident.io user 01HXYZUSERCARCHEN2000000000, no GitHub login in the identities map) gains it 2026-01-08 00:00 UTC to 2026-01-12 00:00 UTC\n' +
          '-         alice (Alice Archer) loses it 2026-01-05 00:00 UTC to 2026-01-12 00:00 UTC\n',
      );
      for (const text of shown(result, body, ctx.log.text())) expect(text).not.toMatch(EMAIL);
    });
  });

  it('reads the head through the API when the workspace has no checkout', async () => {
    setUpPull(16, EXAMPLES);
    github.putPolicies(
      HEAD_SHA,
      { ...EXAMPLES, 'policies/new.yaml': 'version: 1\nkind: policy\nname: brand-new\nmatch: { environments: [x] }\napproval: []\n' },
      REPO,
    );
    const ctx = commandContext({ workspace: workspace({}), githubUrl: github.url, payload: payloadFor(16) });
    const result = await runPlan(ctx);
    expect(result.outputs.result).toBe('valid');
    expect(ctx.log.text()).toContain('head: 7 from the head commit ccccccc (no checkout in the workspace)');
    expect(result.summary).toContain('+   policy "brand-new" {');
  });

  it('keeps a huge plan under the comment limit, whole in the step summary', async () => {
    setUpPull(17, {});
    const many: Record<string, string> = {};
    for (let i = 0; i < 400; i++) {
      many[`policies/p${i}.yaml`] =
        `version: 1\nkind: policy\nname: policy-${i}\ndescription: ${'A long description of what this policy is for. '.repeat(3)}\n` +
        `match: { environments: [env-${i}], branches: [main, "release/*"] }\napproval:\n  - type: deny\n    reason: Nobody deploys env-${i} today\n`;
    }
    const ctx = commandContext({ workspace: workspace(many), githubUrl: github.url, payload: payloadFor(17) });
    const result = await runPlan(ctx);
    expect(result.outputs.result).toBe('valid');
    const body = github.comments(17, REPO)[0]!.body;
    expect(body.length).toBeLessThan(65_536);
    expect(body.startsWith(MARKER)).toBe(true);
    expect(body).toContain(
      'more lines not shown: GitHub limits a comment to 65,536 characters; the whole plan is in the step summary of this run (https://github.com/acme/api/actions/runs/4242).',
    );
    expect(body.trimEnd().split('\n').at(-1)).toBe('Plan: 400 to add, 0 to change, 0 to destroy.');
    expect(body).not.toContain('policy "policy-99"');
    expect(result.summary.length).toBeGreaterThan(65_536);
    expect(result.summary).toContain('policy "policy-99"');
  });

  it('refuses to run outside a pull request', async () => {
    const ctx = commandContext({
      workspace: workspace(EXAMPLES),
      eventName: 'push',
      payload: { ref: 'refs/heads/main', repository: { default_branch: 'main' } },
    });
    await expect(runPlan(ctx)).rejects.toThrow(
      /`plan` compares a pull request's policies with its base, but this run was triggered by push/,
    );
  });
});
