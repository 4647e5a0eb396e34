// Live checks of an auto rule's `scope` against the emulator's Payments schedule (a primary
// rotation, and a team rotation with two layers; GET /v2/schedules/{id} lists each rotation's
// versions, merged by ID): known IDs pass, an unknown one is an error on its line with a "did you
// mean" from the names, and a name written instead of an ID gets the ID to write.
import { afterEach, describe, expect, it } from 'vitest';
import type { Emulator } from '@oncall-gate/incidentio-emulator';
import { DEMO_API_KEY, PAYMENTS, demoFixture, startDemo } from '@oncall-gate/incidentio-emulator/testing';
import { createIncidentIoClient } from '../../src/incidentio/client.js';
import { runLiveChecks, scopeRefs, withLiveDiagnostics } from '../../src/policy/live-checks.js';
import { loadPolicySet } from '../../src/policy/load-policy.js';
import { rotationsOf } from '../../src/oncall/rotations.js';
import type { PolicyFile } from '../../src/policy/types.js';

const NOW = new Date('2026-03-10T12:00:00Z');
const ROT_PRIMARY = '01HXYZROTATIONPAYPRIMARY00';
const ROT_TEAM = '01HXYZROTATIONPAYTEAM00000';
const L_FIRST = '01HXYZLAYERPAYTEAMFIRST000';

const started: Emulator[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((e) => e.close()));
});

const policy = (scope: string): PolicyFile => ({
  path: 'policies/payments.yaml',
  text: [
    'version: 1',
    'kind: policy',
    'name: payments-deploy',
    'match:',
    '  environments: [payments]',
    'approval:',
    '  - type: auto',
    '    integration: incidentio',
    `    schedules: [${PAYMENTS}]`,
    '    scope:',
    `      ${PAYMENTS}:`,
    scope,
    '',
  ].join('\n'),
});

async function check(file: PolicyFile, patch = {}) {
  const emu = await startDemo(patch);
  started.push(emu);
  const client = createIncidentIoClient({ baseUrl: emu.url, apiKey: DEMO_API_KEY });
  const set = loadPolicySet([file]);
  const live = await runLiveChecks(set, [file], client, { now: NOW });
  return { live, set: withLiveDiagnostics(set, live.diagnostics), emu };
}

describe('scope live checks', () => {
  it('accepts the rotations and layers of the schedule, read once by ID', async () => {
    const { live, set, emu } = await check(policy(`        rotations: [${ROT_PRIMARY}]\n        layers: [${L_FIRST}]`));
    expect(set.diagnostics).toEqual([]);
    expect(live.facts.rotations?.get(PAYMENTS)?.map((r) => [r.id, r.name, r.layers.map((l) => l.name)])).toEqual([
      [ROT_PRIMARY, 'Payments primary', ['Primary']],
      [ROT_TEAM, 'Payments team', ['First responder', 'Backup']],
    ]);
    expect(emu.requests.filter((r) => r.path === `/v2/schedules/${PAYMENTS}`)).toHaveLength(1);
  });

  it('an unknown rotation ID is an error on its line, with the schedule’s rotations; nothing is approved through it', async () => {
    const { set } = await check(policy(`        rotations: [01HXYZROTATIONPAYPRIMARY01]`));
    expect(set.valid).toBe(false);
    expect(set.diagnostics).toMatchObject([{ code: 'unknown-rotation', file: 'policies/payments.yaml', line: 12, severity: 'error' }]);
    expect(set.diagnostics[0]!.message).toBe(
      '`01HXYZROTATIONPAYPRIMARY01` is not a rotation ID of schedule Payments (01HXYZSCHEDULEPAYMENTS0000) (as the API key "oncall-gate demo" sees it), so nobody on it would be auto-approved',
    );
    expect(set.diagnostics[0]!.fix).toBe(
      'Did you mean rotation Payments primary (01HXYZROTATIONPAYPRIMARY00)? Write its ID: `01HXYZROTATIONPAYPRIMARY00`. Scopes name rotations by ID, so that a rename in incident.io changes nothing. ' +
        "The schedule's rotations: Payments primary (01HXYZROTATIONPAYPRIMARY00), Payments team (01HXYZROTATIONPAYTEAM00000).",
    );
  });

  it('a layer’s name written instead of its ID: the schema error, and the ID to write from the names', async () => {
    const { set } = await check(policy('        layers: [Backup]'));
    expect(set.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['invalid-layer-id', 12],
      ['unknown-layer', 12],
    ]);
    expect(set.diagnostics[1]!.fix).toContain(
      'Did you mean layer Backup (01HXYZLAYERPAYTEAMBACKUP00) of rotation Payments team? Write its ID: `01HXYZLAYERPAYTEAMBACKUP00`.',
    );
  });

  it('a rotation listed once per version by the API is one rotation, with its newest name', async () => {
    const f = demoFixture();
    const payments = f.schedules!.find((s) => s.id === PAYMENTS)!;
    payments.rotations.push({ ...payments.rotations[0]!, name: 'Payments primary (2027)', effective_from: '2027-01-01T00:00:00Z' });
    const { live, set } = await check(policy(`        rotations: [${ROT_PRIMARY}]`), f);
    expect(set.diagnostics).toEqual([]);
    expect(live.facts.rotations?.get(PAYMENTS)?.map((r) => [r.id, r.name])).toEqual([
      [ROT_PRIMARY, 'Payments primary (2027)'],
      [ROT_TEAM, 'Payments team'],
    ]);
  });

  it('a rotation of another schedule is unknown on this one', async () => {
    const { set } = await check(policy('        rotations: [01HXYZROTATIONPRIMARY00000]'));
    expect(set.diagnostics.map((d) => d.code)).toEqual(['unknown-rotation']);
  });

  it('scopeRefs finds every rotation and layer where it is written', () => {
    const refs = scopeRefs([policy(`        rotations: [${ROT_PRIMARY}, ${ROT_TEAM}]\n        layers: [${L_FIRST}]`)]);
    expect(refs.map((r) => [r.kind, r.value, r.at.line, r.at.column])).toEqual([
      ['rotation', ROT_PRIMARY, 12, 21],
      ['rotation', ROT_TEAM, 12, 49],
      ['layer', L_FIRST, 13, 18],
    ]);
  });
});

describe('rotationsOf', () => {
  it('merges the versions of a rotation by ID: the newest name, every version’s layers', () => {
    const rotations = rotationsOf({
      config: {
        rotations: [
          { id: 'R1', name: 'Old name', layers: [{ id: 'L1', name: 'Layer 1' }] },
          { id: 'R2', name: 'Other', layers: [] },
          { id: 'R1', name: 'New name', effective_from: '2026-02-01T00:00:00Z', layers: [{ id: 'L2', name: 'Layer 2' }] },
        ],
      },
    });
    expect(rotations).toEqual([
      {
        id: 'R1',
        name: 'New name',
        layers: [
          { id: 'L1', name: 'Layer 1' },
          { id: 'L2', name: 'Layer 2' },
        ],
      },
      { id: 'R2', name: 'Other', layers: [] },
    ]);
    expect(rotationsOf({})).toEqual([]);
  });
});
