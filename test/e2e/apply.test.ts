// `apply` end to end: dist/index.js on a push to the default branch with the example policies,
// against the demo emulator, which starts without the escalation custom field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_API_KEY,
  DEMO_FIXTURE_YAML,
  DEMO_READONLY_API_KEY,
  parseFixtureYaml,
  startEmulator,
  type Emulator,
} from '@oncall-gate/incidentio-emulator';
import { webhookExample } from '../fixtures/webhooks.js';

/** stdout without the `::add-mask::` lines, the only place a secret may appear (to be masked). */
const unmasked = (stdout: string): string =>
  stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
import { runAction, workspaceWithExamplePolicies } from './harness.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ fixture: parseFixtureYaml(DEMO_FIXTURE_YAML), port: 0 });
});
afterAll(async () => {
  await emulator?.close();
});

function pushPayload(): Record<string, any> {
  const payload = webhookExample('push');
  payload.ref = 'refs/heads/main';
  payload.repository.default_branch = 'main';
  return payload;
}

const run = (extra: Record<string, string> = {}) =>
  runAction({
    inputs: { command: 'apply', 'incidentio-api-key': DEMO_API_KEY, 'incidentio-api-url': emulator.url, ...extra },
    eventName: 'push',
    payload: pushPayload(),
    workspace: workspaceWithExamplePolicies(),
  });

describe('apply (dist/index.js)', () => {
  it('prints the plan and writes nothing in a dry run', async () => {
    emulator.reset();
    const result = await run({ 'dry-run': 'true' });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.outputs.result).toBe('applied');
    expect(result.stdout).toContain('+ incidentio_custom_field "On-call gate schedules" {');
    expect(emulator.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(emulator.state.customFields).toEqual([]);
  });

  it('fails naming the role when the key cannot manage settings', async () => {
    emulator.reset();
    const result = await run({ 'incidentio-api-key': DEMO_READONLY_API_KEY });
    expect(result.code).toBe(1);
    expect(result.outputs.result).toBe('error');
    expect(result.stdout).toContain('lacks the `manage_settings` role');
    expect(emulator.state.customFields).toEqual([]);
  });

  it('creates the custom field, then a second run has nothing to do', async () => {
    emulator.reset();
    const first = await run();
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(first.outputs.result).toBe('applied');
    expect(emulator.state.customFields).toEqual([expect.objectContaining({ name: 'On-call gate schedules', field_type: 'text' })]);
    expect(first.summary).toContain('Apply complete! Resources: 1 added, 0 changed, 0 destroyed.');

    const second = await run();
    expect(second.code).toBe(0);
    expect(second.outputs.result).toBe('no-changes');
    expect(second.summary).toContain('No changes. incident.io already holds what the policies need.');
    expect(emulator.state.customFields).toHaveLength(1);
    expect(unmasked(first.stdout) + unmasked(second.stdout) + first.summary).not.toContain(DEMO_API_KEY);
  });
});
