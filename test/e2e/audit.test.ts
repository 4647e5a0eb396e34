// `audit` end to end: dist/index.js on a `schedule` event (command auto), against the demo
// emulator: drift (the custom field is missing) fails the step; after the field exists it is clean.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_API_KEY,
  DEMO_FIXTURE_YAML,
  parseFixtureYaml,
  startEmulator,
  type EmulatorFixture,
  type Emulator,
} from '@oncall-gate/incidentio-emulator';
import { runAction, workspaceWithExamplePolicies } from './harness.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ fixture: parseFixtureYaml(DEMO_FIXTURE_YAML), port: 0 });
});
afterAll(async () => {
  await emulator?.close();
});

const run = () =>
  runAction({
    inputs: { 'incidentio-api-key': DEMO_API_KEY, 'incidentio-api-url': emulator.url },
    eventName: 'schedule',
    payload: { schedule: '0 6 * * *', repository: { full_name: 'acme/api', default_branch: 'main' } },
    workspace: workspaceWithExamplePolicies(),
  });

describe('audit (dist/index.js)', () => {
  it('fails with result=drift when the custom field is missing', async () => {
    emulator.setFixture(parseFixtureYaml(DEMO_FIXTURE_YAML));
    const result = await run();
    expect(result.code, result.stdout + result.stderr).toBe(1);
    expect(result.outputs.result).toBe('drift');
    expect(result.summary).toContain('### oncall-gate audit: ❌ drift (1 finding)');
    expect(result.summary).toContain('| missing custom field |');
    expect(result.annotations).toContainEqual(
      expect.objectContaining({ level: 'error', props: expect.objectContaining({ title: 'oncall-gate audit: missing custom field' }) }),
    );
  });

  it('reports a coverage gap in UTC', async () => {
    const f: EmulatorFixture = parseFixtureYaml(DEMO_FIXTURE_YAML);
    f.customFields = [{ id: '01HXYZCUSTOMFIELD000000000', name: 'On-call gate schedules', description: 'x', field_type: 'text' }];
    const start = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000 + 24 * 3_600_000);
    const end = new Date(start.getTime() + 2 * 3_600_000);
    for (const s of f.schedules!) {
      s.overrides = [
        ...(s.overrides ?? []),
        { id: `01HXYZOVERRIDEE2E${s.id.slice(-9)}`, user: null, start_at: start.toISOString(), end_at: end.toISOString() },
      ];
    }
    emulator.setFixture(f);
    const result = await run();
    expect(result.code).toBe(1);
    expect(result.outputs.result).toBe('drift');
    const fmt = (d: Date) => `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 16)} UTC`;
    expect(result.summary).toContain(`- ${fmt(start)} to ${fmt(end)}`);
  });

  it('is clean and passes once incident.io matches the policies', async () => {
    const f = parseFixtureYaml(DEMO_FIXTURE_YAML);
    f.customFields = [{ id: '01HXYZCUSTOMFIELD000000000', name: 'On-call gate schedules', description: 'x', field_type: 'text' }];
    emulator.setFixture(f);
    const result = await run();
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.outputs.result).toBe('clean');
    expect(result.summary).toContain('### oncall-gate audit: ✅ clean');
  });
});
