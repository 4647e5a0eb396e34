// Auto-approval scoped to rotations and layers, end to end: the committed dist/ against the
// emulator with a schedule of two rotations (a primary, and a two-layer team rotation). Only the
// scope's rotation approves; an override entry without a rotation and layer never counts for a
// scoped schedule, and the step summary says so; the summary shows each on-call person's rotation
// and layer by name. `validate` with a key puts an unknown rotation on its line with the fix.
import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator, type EmulatorFixture } from '@oncall-gate/incidentio-emulator';
import { startFakeGitHub, type FakeGitHub } from '@oncall-gate/github-fake';
import { webhookExample } from '../fixtures/webhooks.js';
import { gitCheckout } from '../support/git-repo.js';
import { makeWorkspace, runAction, type RunActionResult } from './harness.js';

const KEY = 'e2e-scope-key-Hq3Vt8Lm2Xc9Rw';
const GITHUB_TOKEN = 'ghs_e2eScopeToken00000000000';
const SCHEDULE = '01HE2ESCOPESCHEDULE0000000';
const ROT_PRIMARY = '01HE2ESCOPEROTPRIMARY00000';
const ROT_TEAM = '01HE2ESCOPEROTTEAM00000000';
const L_PRIMARY = '01HE2ESCOPELAYERPRIMARY000';
const L_FIRST = '01HE2ESCOPELAYERFIRST00000';
const L_BACKUP = '01HE2ESCOPELAYERBACKUP0000';
const L_SHADOW = '01HE2ESCOPELAYERSHADOW0000';
const HOUR = 3_600_000;
const iso = (ms: number): string => new Date(ms).toISOString();
const now = Date.now();

let emulator: Emulator | undefined;
let github: FakeGitHub | undefined;
afterEach(async () => {
  await emulator?.close();
  await github?.close();
  emulator = undefined;
  github = undefined;
});

/** alice on the primary rotation; bob and carol on the team rotation's two layers; dave on an override of the primary. */
function fixture(overrideEntryIds: 'present' | 'absent'): EmulatorFixture {
  return {
    keys: [{ key: KEY, name: 'oncall-gate scope e2e', roles: ['viewer'] }],
    users: [
      { id: '01HE2ESCOPEUSERALICE000000', name: 'Alice Archer', email: 'alice@example.com' },
      { id: '01HE2ESCOPEUSERBOB00000000', name: 'Bob Baker', email: 'bob@example.com' },
      { id: '01HE2ESCOPEUSERCAROL000000', name: 'Carol Chen', email: 'carol@example.com' },
      { id: '01HE2ESCOPEUSERDAVE0000000', name: 'Dave Dunn', email: 'dave@example.com' },
    ],
    schedules: [
      {
        id: SCHEDULE,
        name: 'Payments',
        rotations: [
          {
            id: ROT_PRIMARY,
            name: 'Payments primary',
            // Two at once: alice, and a shadow slot nobody fills but an override.
            users: ['alice@example.com', null],
            handover_start_at: iso(now - HOUR),
            handovers: [{ interval: 8, interval_type: 'hourly' }],
            layers: [
              { id: L_PRIMARY, name: 'Primary' },
              { id: L_SHADOW, name: 'Shadow' },
            ],
          },
          {
            id: ROT_TEAM,
            name: 'Payments team',
            users: ['bob@example.com', 'carol@example.com'],
            handover_start_at: iso(now - HOUR),
            handovers: [{ interval: 8, interval_type: 'hourly' }],
            layers: [
              { id: L_FIRST, name: 'First responder' },
              { id: L_BACKUP, name: 'Backup' },
            ],
          },
        ],
        // dave fills the primary's shadow slot for a while: an override, on the primary rotation.
        overrides: [
          {
            id: '01HE2ESCOPEOVERRIDEDAVE000',
            user: 'dave@example.com',
            start_at: iso(now - HOUR / 2),
            end_at: iso(now + HOUR),
            rotation_id: ROT_PRIMARY,
            layer_id: L_SHADOW,
          },
        ],
      },
    ],
    overrideEntryIds,
    rateLimit: false,
  };
}

const POLICY = (rotation = ROT_PRIMARY): string =>
  [
    'version: 1',
    'kind: policy',
    'name: payments-deploy',
    'match:',
    '  environments: [payments]',
    'approval:',
    '  - type: auto',
    '    integration: incidentio',
    `    schedules: [${SCHEDULE}]`,
    '    scope:',
    `      ${SCHEDULE}:`,
    `        rotations: [${rotation}]`,
    '',
  ].join('\n');
const IDENTITIES = [
  'version: 1',
  'kind: identities',
  'users:',
  '  alice: alice@example.com',
  '  bob: bob@example.com',
  '  dave: dave@example.com',
  '',
].join('\n');

async function gate(actor: string, overrideEntryIds: 'present' | 'absent' = 'present'): Promise<RunActionResult> {
  emulator = await startEmulator({ fixture: fixture(overrideEntryIds), port: 0 });
  github = await startFakeGitHub({ default_repo: 'acme/api' });
  const { dir, sha } = gitCheckout({ files: { 'policies/payments.yaml': POLICY(), 'policies/identities.yaml': IDENTITIES } });
  github.setBranchTip('main', sha);
  const payload = webhookExample('workflow_dispatch');
  payload.repository = { ...(payload.repository as object), full_name: 'acme/api', default_branch: 'main' };
  payload.ref = 'refs/heads/main';
  return runAction({
    payload,
    workspace: dir,
    inputs: {
      command: 'gate',
      environment: 'payments',
      'incidentio-api-key': KEY,
      'incidentio-api-url': emulator.url,
      'github-token': GITHUB_TOKEN,
    },
    env: { GITHUB_API_URL: github.url, GITHUB_ACTOR: actor, GITHUB_TRIGGERING_ACTOR: actor },
  });
}

describe('gate: auto-approval scoped to a rotation', () => {
  it('approves the person on call on the primary rotation', async () => {
    const r = await gate('alice');
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ result: 'approved', approved: 'true', 'approved-by': 'auto' });
    expect(r.summary).toContain('`Payments primary`, `Primary`');
  });

  it('denies one on call on another rotation of the schedule; the summary shows each person’s rotation and layer by name', async () => {
    const r = await gate('bob');
    expect(r.outputs).toMatchObject({ result: 'denied', approved: 'false', 'on-call': 'true' });
    expect(r.summary).toContain('| Schedule | On call now | GitHub | Shift ends | Rotation, layer |');
    expect(r.summary).toContain('`Payments team`, `First responder`');
    expect(r.summary).toContain('`Payments team`, `Backup`');
    expect(r.summary).toContain(
      "`bob` is on call now for `01HE2ESCOPESCHEDULE0000000`, but only on rotation `Payments team` (`01HE2ESCOPEROTTEAM00000000`), layer `First responder` (`01HE2ESCOPELAYERFIRST00000`), which this rule's `scope` does not count",
    );
    // The names come from the schedule, read once by ID for the scoped schedule.
    expect(emulator!.requests.filter((q) => q.path === `/v2/schedules/${SCHEDULE}`)).toHaveLength(1);
  });

  it('an override that carries the rotation counts', async () => {
    const r = await gate('dave');
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ result: 'approved', 'approved-by': 'auto' });
  });

  it('an override entry without rotation and layer never counts for a scoped rule, and the summary says so', async () => {
    const r = await gate('dave', 'absent');
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ result: 'denied', approved: 'false', 'on-call': 'true' });
    expect(r.summary).toContain(
      "but only on an entry that names no rotation or layer (an override may not), which this rule's `scope` does not count (an entry without a rotation and layer never counts for a scoped schedule)",
    );
    expect(r.summary).toContain('_none given_');
  });
});

describe('validate with a key: scope IDs are checked live', () => {
  it('an unknown rotation: an error annotation on its line, with the rotation names and IDs, exit 1', async () => {
    emulator = await startEmulator({ fixture: fixture('present'), port: 0 });
    const ws = makeWorkspace({ 'policies/payments.yaml': POLICY('01HE2ESCOPEROTPRIMARY00001') });
    const r = await runAction({
      workspace: ws,
      inputs: { command: 'validate', 'incidentio-api-key': KEY, 'incidentio-api-url': emulator.url },
    });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ result: 'invalid', errors: '1' });
    const error = r.annotations.find((a) => a.level === 'error' && a.props.file === 'policies/payments.yaml');
    expect(error?.props.line).toBe('12');
    expect(error?.message).toContain('`01HE2ESCOPEROTPRIMARY00001` is not a rotation ID of schedule Payments');
    expect(error?.message).toContain('Did you mean rotation Payments primary (01HE2ESCOPEROTPRIMARY00000)?');
  });
});
