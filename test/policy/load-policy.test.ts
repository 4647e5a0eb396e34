import { describe, expect, it } from 'vitest';
import { DEFAULT_CUSTOM_FIELD, loadPolicySet } from '../../src/policy/load-policy.js';
import type { PolicyFile } from '../../src/policy/types.js';

const PRIMARY = '01HXYZSCHEDULEPRIMARY00000';
const SECONDARY = '01HXYZSCHEDULESECONDARY000';

const policyText = (name: string, approval: string, match = '  environments: [production]\n') =>
  `version: 1\nkind: policy\nname: ${name}\nmatch:\n${match}approval:\n${approval}`;

describe('loadPolicySet: defaults and resolution', () => {
  it('applies every default when only the required keys are written', () => {
    const set = loadPolicySet([
      {
        path: 'policies/p.yaml',
        text: policyText(
          'deploy',
          `  - type: auto\n    integration: incidentio\n    schedules: [${PRIMARY}]\n` +
            `  - type: escalation\n    integration: incidentio\n    services: [${PRIMARY}]\n` +
            '  - type: deny\n',
        ),
      },
    ]);
    expect(set.diagnostics).toEqual([]);
    expect(set.valid).toBe(true);
    expect(set.policies).toEqual([
      {
        name: 'deploy',
        match: { environments: ['production'] },
        at: { file: 'policies/p.yaml', line: 3, column: 1 },
        rules: [
          {
            type: 'auto',
            schedules: [PRIMARY],
            schedulesFrom: 'rule',
            durationMs: 3_600_000,
            requireReason: false,
            at: { file: 'policies/p.yaml', line: 7, column: 5 },
          },
          {
            type: 'escalation',
            services: [PRIMARY],
            durationMs: 86_400_000,
            allowOneParty: false,
            requireReason: false,
            at: { file: 'policies/p.yaml', line: 10, column: 5 },
          },
          { type: 'deny', reason: 'Denied by policy deploy', at: { file: 'policies/p.yaml', line: 13, column: 5 } },
        ],
      },
    ]);
    expect(set.integration).toEqual({
      autoApprovalSchedules: [],
      escalation: { customField: DEFAULT_CUSTOM_FIELD, visibility: 'public', mode: 'standard', notifyIncidentChannel: false },
    });
    expect(DEFAULT_CUSTOM_FIELD).toBe('On-call gate schedules');
    expect(set.identities.lookup).toEqual(['map']);
    expect(set.identities.users.size).toBe(0);
    expect(set.identities.at).toBeUndefined();
  });

  it('takes what is written over the defaults', () => {
    const set = loadPolicySet([
      {
        path: 'policies/p.yaml',
        text:
          'version: 1\nkind: policy\nname: deploy\ndescription: Why.\nmatch:\n' +
          '  environments: [production]\n  branches: [main, "release/*"]\n  paths: ["api/**"]\n  labels: [deploy]\napproval:\n' +
          `  - type: auto\n    integration: incidentio\n    duration: 90m\n    options: { requireReason: true }\n` +
          `  - type: escalation\n    integration: incidentio\n    services: [${PRIMARY}, ${SECONDARY}]\n    duration: 7d\n` +
          '    options: { allowOneParty: true, requireReason: true }\n' +
          '  - type: deny\n    reason: Freeze\n',
      },
      {
        path: 'policies/incidentio.yaml',
        text:
          `version: 1\nkind: integration\nintegration: incidentio\nautoApproval:\n  schedules: [${SECONDARY}]\n` +
          'escalation:\n  customField: Gate\n  visibility: private\n  mode: test\n  severity: Minor\n  incidentType: Default\n  notifyIncidentChannel: true\n',
      },
      {
        path: 'policies/identities.yaml',
        text: 'version: 1\nkind: identities\nlookup: [github-public-email, map]\nusers:\n  OctoCat: Octo.Cat@Example.com\n  bob: bob@example.com\n',
      },
    ]);
    expect(set.diagnostics).toEqual([]);
    const [policy] = set.policies;
    expect(policy?.description).toBe('Why.');
    expect(policy?.match).toEqual({ environments: ['production'], branches: ['main', 'release/*'], paths: ['api/**'], labels: ['deploy'] });
    expect(policy?.rules).toMatchObject([
      { type: 'auto', schedules: [SECONDARY], schedulesFrom: 'integration', durationMs: 90 * 60_000, requireReason: true },
      { type: 'escalation', services: [PRIMARY, SECONDARY], durationMs: 7 * 86_400_000, allowOneParty: true, requireReason: true },
      { type: 'deny', reason: 'Freeze' },
    ]);
    expect(set.integration).toEqual({
      autoApprovalSchedules: [SECONDARY],
      escalation: {
        customField: 'Gate',
        visibility: 'private',
        mode: 'test',
        severity: 'Minor',
        incidentType: 'Default',
        notifyIncidentChannel: true,
      },
      at: { file: 'policies/incidentio.yaml', line: 2, column: 1 },
    });
    expect(set.identities.lookup).toEqual(['github-public-email', 'map']);
    // Keyed by the lower-cased login; the email is kept as written.
    expect([...set.identities.users]).toEqual([
      ['octocat', 'Octo.Cat@Example.com'],
      ['bob', 'bob@example.com'],
    ]);
    expect(set.identities.at).toEqual({ file: 'policies/identities.yaml', line: 2, column: 1 });
  });

  it('marks an auto rule with no schedules anywhere as `none` and warns, but stays valid', () => {
    const set = loadPolicySet([{ path: 'p.yaml', text: policyText('deploy', '  - type: auto\n    integration: incidentio\n') }]);
    expect(set.valid).toBe(true);
    expect(set.policies[0]?.rules[0]).toMatchObject({ type: 'auto', schedules: [], schedulesFrom: 'none' });
    expect(set.diagnostics.map((d) => [d.severity, d.code, d.line])).toEqual([['warning', 'auto-no-schedules', 7]]);
    expect(set.diagnostics[0]?.fix).toContain('an integration file (`kind: integration`');
  });

  it('a rule`s own schedules win over the integration`s', () => {
    const set = loadPolicySet([
      { path: 'a.yaml', text: policyText('deploy', `  - type: auto\n    integration: incidentio\n    schedules: [${PRIMARY}]\n`) },
      { path: 'b.yaml', text: `version: 1\nkind: integration\nintegration: incidentio\nautoApproval: { schedules: [${SECONDARY}] }\n` },
    ]);
    expect(set.policies[0]?.rules[0]).toMatchObject({ schedules: [PRIMARY], schedulesFrom: 'rule' });
  });
});

describe('loadPolicySet: the set as a whole', () => {
  const files: PolicyFile[] = [
    { path: 'policies/z.yaml', text: policyText('zulu', '  - type: deny\n') },
    {
      path: 'policies/a.yaml',
      text: 'version: 1\nkind: policy\nname: alpha\nmatch: { environments: [x] }\napproval:\n  - type: nope\nextra: 1\n',
    },
    { path: 'policies/m.yaml', text: 'version: 1\nkind: policy\nname: mike\nmatch:\n\tenvironments: [x]\n' },
  ];

  it('keeps the valid policies, is invalid when any file has an error, and sorts files and diagnostics', () => {
    const set = loadPolicySet(files);
    expect(set.valid).toBe(false);
    expect(set.files).toEqual(['policies/a.yaml', 'policies/m.yaml', 'policies/z.yaml']);
    expect(set.policies.map((p) => p.name)).toEqual(['zulu']);
    expect(set.diagnostics.map((d) => [d.file, d.line, d.severity])).toEqual([
      ['policies/a.yaml', 6, 'error'],
      ['policies/a.yaml', 7, 'error'],
      ['policies/m.yaml', 5, 'error'],
    ]);
  });

  it('is a pure function of its input', () => {
    const copy = structuredClone(files);
    const first = loadPolicySet(files);
    const second = loadPolicySet(files);
    expect(second).toEqual(first);
    expect(files).toEqual(copy);
  });

  it('is valid with warnings only', () => {
    const set = loadPolicySet([{ path: 'p.yaml', text: policyText('deploy', '  []\n').replace('approval:\n  []', 'approval: []') }]);
    expect(set.diagnostics.map((d) => d.code)).toEqual(['empty-approval']);
    expect(set.valid).toBe(true);
    expect(set.policies[0]?.rules).toEqual([]);
  });

  it('loads an empty set as valid with every default', () => {
    const set = loadPolicySet([]);
    expect(set).toMatchObject({ policies: [], diagnostics: [], valid: true, files: [] });
    expect(set.integration.escalation.customField).toBe(DEFAULT_CUSTOM_FIELD);
  });

  it('reports a problem in each of several files at once', () => {
    const set = loadPolicySet([
      { path: 'a.yaml', text: 'version: 1\nkind: policy\nname: x\n' },
      { path: 'b.yaml', text: 'version: 1\nkind: policy\n  bad: indent\n' },
      { path: 'c.yaml', text: 'version: 1\nkind: identities\nusers: { a: nope }\n' },
    ]);
    expect(new Set(set.diagnostics.map((d) => d.file))).toEqual(new Set(['a.yaml', 'b.yaml', 'c.yaml']));
  });
});
