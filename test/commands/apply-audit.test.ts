// `apply` and `audit` in-process against the emulator (demo organisation, which starts without
// the escalation custom field) with the example policies as the merged workspace.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runApply } from '../../src/commands/apply.js';
import { runAudit } from '../../src/commands/audit.js';
import {
  DEMO_API_KEY,
  DEMO_FIXTURE_YAML,
  DEMO_READONLY_API_KEY,
  parseFixtureYaml,
  startEmulator,
  type EmulatorFixture,
  type Emulator,
} from '@oncall-gate/incidentio-emulator';
import { CUSTOM_FIELD_DESCRIPTION } from '../../src/reconcile/remote-changes.js';
import { commandContext, workspace } from '../support/command-context.js';

const repoRoot = join(import.meta.dirname, '..', '..');
const demo = (): EmulatorFixture => parseFixtureYaml(DEMO_FIXTURE_YAML);
const pushPayload = { ref: 'refs/heads/main', before: 'a'.repeat(40), after: 'd'.repeat(40), repository: { default_branch: 'main' } };

function examples(edit?: (dir: string) => void): string {
  const dir = workspace({});
  cpSync(join(repoRoot, 'policies'), join(dir, 'policies'), { recursive: true });
  edit?.(dir);
  return dir;
}
const editFile = (dir: string, file: string, f: (text: string) => string): void => {
  const path = join(dir, 'policies', file);
  writeFileSync(path, f(readFileSync(path, 'utf8')));
};

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ fixture: demo(), port: 0 });
});
afterAll(async () => {
  await emulator?.close();
});
beforeEach(() => emulator.setFixture(demo()));

const ctxFor = (command: 'apply' | 'audit', ws: string, inputs: Record<string, string> = {}) =>
  commandContext({
    inputs: { command, 'incidentio-api-key': DEMO_API_KEY, 'incidentio-api-url': emulator.url, ...inputs },
    eventName: command === 'apply' ? 'push' : 'schedule',
    payload: command === 'apply' ? pushPayload : { repository: { default_branch: 'main' } },
    workspace: ws,
  });

describe('apply', () => {
  it('creates the missing custom field, then finds nothing to do on a second run', async () => {
    const ws = examples();
    const first = await runApply(ctxFor('apply', ws));
    expect(first.failure).toBeUndefined();
    expect(first.outputs).toEqual({ result: 'applied' });
    expect(emulator.state.customFields).toEqual([
      expect.objectContaining({ name: 'On-call gate schedules', field_type: 'text', description: CUSTOM_FIELD_DESCRIPTION }),
    ]);
    expect(first.summary).toContain('Apply complete! Resources: 1 added, 0 changed, 0 destroyed.');
    expect(first.summary).toMatch(/Created the text custom field `On-call gate schedules` \(`[0-9A-Z]+`\)\./);
    expect(first.summary).toContain('Platform primary (`01HXYZSCHEDULEPRIMARY00000`)');
    expect(first.summary).toContain('5 of 5 identities resolve to one active incident.io user.');

    const writesBefore = emulator.requests.filter((r) => r.method !== 'GET').length;
    const second = await runApply(ctxFor('apply', ws));
    expect(second.outputs).toEqual({ result: 'no-changes' });
    expect(second.failure).toBeUndefined();
    expect(second.summary).toContain('No changes. incident.io already holds what the policies need.');
    expect(emulator.requests.filter((r) => r.method !== 'GET').length).toBe(writesBefore);
    expect(emulator.state.customFields).toHaveLength(1);
  });

  it('logs a custom field name with a line break on one line (no workflow command from policy text)', async () => {
    const ws = examples((dir) =>
      editFile(dir, 'incidentio.yaml', (t) => t.replace('customField: On-call gate schedules', 'customField: "Gate\\n::error::x"')),
    );
    const ctx = ctxFor('apply', ws);
    const result = await runApply(ctx);
    expect(result.outputs).toEqual({ result: 'applied' });
    expect(emulator.state.customFields).toEqual([expect.objectContaining({ name: 'Gate\n::error::x' })]);
    expect(
      ctx.log.lines
        .join('\n')
        .split('\n')
        .filter((l) => l.startsWith('::')),
    ).toEqual([]);
    expect(result.summary.split('\n').filter((l) => l.startsWith('::'))).toEqual([]);
  });

  it('prints the plan and writes nothing in a dry run', async () => {
    const ctx = ctxFor('apply', examples(), { 'dry-run': 'true' });
    const result = await runApply(ctx);
    expect(result.outputs).toEqual({ result: 'applied' });
    expect(emulator.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(emulator.state.customFields).toEqual([]);
    expect(ctx.log.text()).toContain('Dry run: apply would make these changes in incident.io, and makes none:');
    expect(ctx.log.text()).toContain('  + incidentio_custom_field "On-call gate schedules" {');
    expect(ctx.log.text()).toContain('Plan: 1 to add, 0 to change, 0 to destroy.');
    expect(result.summary).toContain('Dry run: nothing was written. Apply would add 1, change 0 and destroy 0.');
  });

  it('fails with the role named when the key cannot manage settings', async () => {
    const result = await runApply(ctxFor('apply', examples(), { 'incidentio-api-key': DEMO_READONLY_API_KEY }));
    expect(result.outputs).toEqual({ result: 'error' });
    expect(result.failure).toContain('The incident.io API key "oncall-gate demo (read-only)" lacks the `manage_settings` role');
    expect(result.failure).toContain('give the key the `manage_settings` role');
    expect(emulator.state.customFields).toEqual([]);
  });

  it('is an error when a schedule the policies name does not exist', async () => {
    const ws = examples((dir) =>
      editFile(dir, 'staging.yaml', (t) => t.replace('01HXYZSCHEDULESTAGING00000', '01HXYZSCHEDULEDELETED00000')),
    );
    const result = await runApply(ctxFor('apply', ws));
    expect(result.outputs).toEqual({ result: 'error' });
    expect(result.failure).toMatch(/in a way apply cannot fix \(1 error\(s\)\)/);
    expect(result.annotations).toContainEqual(
      expect.objectContaining({ level: 'error', file: 'policies/staging.yaml', line: 12, title: 'policy unknown schedule' }),
    );
    expect(emulator.state.customFields).toEqual([]);
  });

  it('is an error for invalid merged policies, and needs a key', async () => {
    const invalid = await runApply(
      ctxFor(
        'apply',
        examples((dir) => editFile(dir, 'staging.yaml', (t) => t.replace('kind: policy', 'kind: polcy'))),
      ),
    );
    expect(invalid.outputs).toEqual({ result: 'error' });
    expect(invalid.failure).toContain('The merged policies in policies/ have 1 error(s), so apply changed nothing.');
    await expect(runApply(ctxFor('apply', examples(), { 'incidentio-api-key': '' }))).rejects.toThrow(
      'The `incidentio-api-key` input is empty, so apply cannot reconcile incident.io with the policies.',
    );
  });
});

describe('audit', () => {
  const withField = (f: EmulatorFixture): EmulatorFixture => ({
    ...f,
    customFields: [{ id: '01HXYZCUSTOMFIELD000000000', name: 'On-call gate schedules', description: 'x', field_type: 'text' }],
  });

  it('is clean when incident.io matches and someone can approve at all times', async () => {
    emulator.setFixture(withField(demo()));
    const result = await runAudit(ctxFor('audit', examples()));
    expect(result.outputs).toEqual({ result: 'clean' });
    expect(result.failure).toBeUndefined();
    expect(result.summary).toContain('### oncall-gate audit: ✅ clean');
    expect(emulator.requests.every((r) => r.method === 'GET')).toBe(true);
  });

  it('reports a missing custom field', async () => {
    const result = await runAudit(ctxFor('audit', examples()));
    expect(result.outputs).toEqual({ result: 'drift' });
    expect(result.failure).toBe('oncall-gate audit found drift: missing custom field; see the step summary for what to fix.');
    expect(result.annotations[0]).toMatchObject({ level: 'error', title: 'oncall-gate audit: missing custom field' });
  });

  it('reports a deleted schedule on the line that names it', async () => {
    const f = withField(demo());
    f.schedules = f.schedules!.filter((s) => s.id !== '01HXYZSCHEDULESTAGING00000');
    emulator.setFixture(f);
    const result = await runAudit(ctxFor('audit', examples()));
    expect(result.outputs).toEqual({ result: 'drift' });
    expect(result.annotations).toEqual([
      expect.objectContaining({ title: 'oncall-gate audit: deleted schedule', file: 'policies/staging.yaml', line: 12 }),
    ]);
    expect(result.summary).toContain(
      '| deleted schedule | `policies/staging.yaml:12` | Schedule 01HXYZSCHEDULESTAGING00000 does not exist in incident.io',
    );
  });

  it('reports an identity that no longer resolves to an active user', async () => {
    const f = withField(demo());
    f.users = f.users!.map((u) => (u.email === 'dave@example.com' ? { ...u, is_active: false } : u));
    emulator.setFixture(f);
    const result = await runAudit(ctxFor('audit', examples()));
    expect(result.outputs).toEqual({ result: 'drift' });
    expect(result.annotations).toEqual([
      expect.objectContaining({
        title: 'oncall-gate audit: identity does not resolve',
        file: 'policies/identities.yaml',
        line: 12,
        message: expect.stringContaining('`dave` maps to dave@example.com, but no active incident.io user has that email'),
      }),
    ]);
  });

  it('reports coverage gaps in UTC when nobody who can approve is on call', async () => {
    const f = withField(demo());
    // Nobody on either escalation schedule of production-deploy for three hours on Sunday night.
    for (const s of f.schedules!) {
      if (s.id === '01HXYZSCHEDULESTAGING00000') continue;
      s.overrides = [
        ...(s.overrides ?? []),
        { id: `01HXYZOVERRIDEGAP${s.id.slice(-9)}`, user: null, start_at: '2026-11-22T01:00:00Z', end_at: '2026-11-22T04:00:00Z' },
      ];
    }
    emulator.setFixture(f);
    const result = await runAudit(ctxFor('audit', examples()));
    expect(result.outputs).toEqual({ result: 'drift' });
    expect(result.annotations).toEqual([
      expect.objectContaining({
        title: 'oncall-gate audit: coverage gap',
        file: 'policies/production.yaml',
        message: expect.stringContaining(
          'Policy production-deploy: for 1 period in the next 7 days nobody who maps to a GitHub login is on call for Platform primary (01HXYZSCHEDULEPRIMARY00000), Platform secondary (01HXYZSCHEDULESECONDARY000)',
        ),
      }),
    ]);
    expect(result.summary).toContain(
      '**Coverage gaps of `production-deploy`** (UTC; nobody who can approve is on call):\n\n- 2026-11-22 01:00 UTC to 2026-11-22 04:00 UTC',
    );
  });

  it('counts a person on call without a GitHub login as a gap', async () => {
    emulator.setFixture(withField(demo()));
    const ws = examples((dir) =>
      editFile(dir, 'identities.yaml', (t) =>
        t.replace('  bob: bob@example.com\n', '').replace('  carol: carol@example.com\n', '').replace('  alice: alice@example.com\n', ''),
      ),
    );
    const result = await runAudit(ctxFor('audit', ws));
    expect(result.outputs).toEqual({ result: 'drift' });
    // Only octocat remains mapped: primary gives octocat every other day, so alice's days are gaps.
    expect(result.summary).toContain('- 2026-11-20 10:00 UTC to 2026-11-21 09:00 UTC\n- 2026-11-22 09:00 UTC to 2026-11-23 09:00 UTC');
  });
});
