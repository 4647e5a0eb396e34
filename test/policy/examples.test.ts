// The example policies in policies/ are what teams copy: they must load with no diagnostics at
// all, say what the docs promise (these IDs and emails are the local emulator's demo data), and
// the guide must mention every key the schema accepts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPolicySet } from '../../src/policy/load-policy.js';
import { readPolicyDir } from '../../src/policy/read-policy-dir.js';
import { policyFileSchema } from '../../src/policy/schema.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PRIMARY = '01HXYZSCHEDULEPRIMARY00000';
const SECONDARY = '01HXYZSCHEDULESECONDARY000';
const STAGING = '01HXYZSCHEDULESTAGING00000';
const PAYMENTS = '01HXYZSCHEDULEPAYMENTS0000';

describe('policies/ examples', async () => {
  const files = await readPolicyDir(ROOT, 'policies');
  const set = loadPolicySet(files);

  it('load clean: valid, no errors and no warnings', () => {
    expect(set.diagnostics).toEqual([]);
    expect(set.valid).toBe(true);
    expect(set.files).toEqual([
      'policies/freeze.yaml',
      'policies/identities.yaml',
      'policies/incidentio.yaml',
      'policies/payments.yaml',
      'policies/production.yaml',
      'policies/staging.yaml',
    ]);
  });

  it('each starts with the yaml-language-server schema comment', () => {
    for (const file of files) expect(file.text.split('\n')[0], file.path).toBe('# yaml-language-server: $schema=./schema.json');
  });

  it('production-deploy: auto on the primary for 1h, escalation to primary+secondary for 24h with a reason', () => {
    const policy = set.policies.find((p) => p.name === 'production-deploy');
    expect(policy?.match).toEqual({ environments: ['production'], branches: ['main'] });
    expect(policy?.rules).toMatchObject([
      { type: 'auto', schedules: [PRIMARY], schedulesFrom: 'rule', durationMs: 3_600_000 },
      { type: 'escalation', services: [PRIMARY, SECONDARY], durationMs: 86_400_000, requireReason: true },
    ]);
  });

  it('payments-deploy: auto on the payments primary rotation only, escalation to the whole schedule, an outage fallback', () => {
    const policy = set.policies.find((p) => p.name === 'payments-deploy');
    expect(policy?.match).toEqual({ environments: ['payments'] });
    expect(policy?.rules).toMatchObject([
      { type: 'auto', schedules: [PAYMENTS], durationMs: 3_600_000 },
      { type: 'escalation', services: [PAYMENTS], durationMs: 86_400_000 },
    ]);
    const auto = policy?.rules[0];
    expect(auto?.type === 'auto' ? [...(auto.scope ?? [])] : []).toEqual([
      [PAYMENTS, { rotations: ['01HXYZROTATIONPAYPRIMARY00'], layers: [] }],
    ]);
    expect(policy?.whenUnavailable).toMatchObject({
      kind: 'fallback',
      approvers: ['alice', 'carol'],
      approverTeams: [],
      durationMs: 4 * 3_600_000,
    });
  });

  it('staging-deploy: auto only, on the staging schedule', () => {
    const policy = set.policies.find((p) => p.name === 'staging-deploy');
    expect(policy?.match).toEqual({ environments: ['staging'] });
    expect(policy?.rules).toMatchObject([{ type: 'auto', schedules: [STAGING] }]);
    expect(policy?.rules).toHaveLength(1);
  });

  it('holiday-freeze: a deny on an environment no other policy uses', () => {
    const policy = set.policies.find((p) => p.name === 'holiday-freeze');
    expect(policy?.rules.map((r) => r.type)).toEqual(['deny']);
    const others = set.policies.filter((p) => p !== policy).flatMap((p) => p.match.environments ?? []);
    for (const env of policy?.match.environments ?? []) expect(others).not.toContain(env);
  });

  it('integration and identities match the emulator demo data', () => {
    expect(set.integration).toMatchObject({
      autoApprovalSchedules: [PRIMARY],
      escalation: { customField: 'On-call gate schedules', visibility: 'public', mode: 'test', severity: 'Minor', incidentType: 'Default' },
    });
    expect(set.identities.lookup).toEqual(['map']);
    expect(Object.fromEntries(set.identities.users)).toEqual({
      octocat: 'octo.cat@example.com',
      alice: 'alice@example.com',
      bob: 'bob@example.com',
      carol: 'carol@example.com',
      dave: 'dave@example.com',
    });
  });

  it('the guide mentions every key the schema accepts', () => {
    const guide = readFileSync(`${ROOT}policies/README.md`, 'utf8');
    const keys = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        const record = node as Record<string, unknown>;
        if (record.properties && typeof record.properties === 'object') {
          for (const key of Object.keys(record.properties)) keys.add(key);
        }
        Object.values(record).forEach(walk);
      }
    };
    walk(policyFileSchema);
    expect(keys.size).toBeGreaterThan(25);
    for (const key of keys) expect(guide, key).toMatch(new RegExp(`\\b${key}:`));
  });
});
