import { describe, expect, it } from 'vitest';
import { diffPolicySets, totals, type ResourceChange } from '../../src/plan/diff.js';
import {
  BASE_FILES,
  IDENTITIES,
  INTEGRATION,
  PRIMARY,
  PRODUCTION,
  SECONDARY,
  STAGING,
  STAGING_POLICY,
  loadValid,
} from '../support/policy-sets.js';

const base = () => loadValid(BASE_FILES);
const headWith = (changes: Record<string, string | undefined>) => {
  const map: Record<string, string> = { ...BASE_FILES };
  for (const [path, text] of Object.entries(changes)) {
    if (text === undefined) delete map[path];
    else map[path] = text;
  }
  return loadValid(map);
};
const only = (changes: ResourceChange[]): ResourceChange => {
  expect(changes).toHaveLength(1);
  return changes[0]!;
};

describe('diffPolicySets', () => {
  it('finds nothing when base and head are the same', () => {
    expect(diffPolicySets(base(), base())).toEqual([]);
  });

  it('reports an added policy with every attribute and rule', () => {
    const head = headWith({
      'policies/hotfix.yaml': `version: 1
kind: policy
name: hotfix
match:
  environments: [hotfix]
approval:
  - type: escalation
    integration: incidentio
    services: [${SECONDARY}]
`,
    });
    const c = only(diffPolicySets(base(), head));
    expect(c).toMatchObject({ kind: 'policy', name: 'hotfix', action: 'create', at: { file: 'policies/hotfix.yaml' } });
    expect(c.attributes).toEqual([{ name: 'match.environments', before: undefined, after: ['hotfix'], format: 'plain' }]);
    expect(c.rules).toHaveLength(1);
    expect(c.rules[0]).toMatchObject({ action: 'create', type: 'escalation', index: 0 });
    expect(c.rules[0]!.attributes.map((a) => [a.name, a.after])).toEqual([
      ['services', [SECONDARY]],
      ['duration', 24 * 3_600_000],
      ['options.allowOneParty', false],
      ['options.requireReason', false],
    ]);
    expect(totals([c])).toEqual({ add: 1, change: 0, destroy: 0 });
  });

  it('reports a removed policy as destroyed, with what it had', () => {
    const c = only(diffPolicySets(base(), headWith({ 'policies/staging.yaml': undefined })));
    expect(c).toMatchObject({ kind: 'policy', name: 'staging-deploy', action: 'destroy' });
    expect(c.attributes).toEqual([{ name: 'match.environments', before: ['staging'], after: undefined, format: 'plain' }]);
    expect(c.rules.map((r) => [r.action, r.type, r.index])).toEqual([['destroy', 'auto', 0]]);
    expect(totals([c])).toEqual({ add: 0, change: 0, destroy: 1 });
  });

  it('reports policy fields changed one by one and counts what stayed', () => {
    const edited = PRODUCTION.replace('Production deploys need the platform on-call.', 'Prod needs on-call.').replace(
      'branches: [main]',
      'branches: [main, "release/*"]\n  labels: [deploy]',
    );
    const c = only(diffPolicySets(base(), headWith({ 'policies/production.yaml': edited })));
    expect(c).toMatchObject({ action: 'update', name: 'production-deploy', rules: [], unchangedRules: 2 });
    expect(c.attributes).toEqual([
      { name: 'description', before: 'Production deploys need the platform on-call.', after: 'Prod needs on-call.', format: 'plain' },
      { name: 'match.branches', before: ['main'], after: ['main', 'release/*'], format: 'plain' },
      { name: 'match.labels', before: undefined, after: ['deploy'], format: 'plain' },
    ]);
    // environments is the one set attribute left as it was.
    expect(c.unchangedAttributes).toBe(1);
    expect(totals([c])).toEqual({ add: 0, change: 1, destroy: 0 });
  });

  it('ignores the order of list items and of rules (neither has meaning)', () => {
    const reordered = `version: 1
kind: policy
name: production-deploy
description: Production deploys need the platform on-call.
match:
  branches: [main]
  environments: [production]
approval:
  - type: escalation
    integration: incidentio
    services: [${SECONDARY}, ${PRIMARY}]
    options: { requireReason: true }
  - type: auto
    integration: incidentio
    schedules: [${PRIMARY}]
`;
    expect(diffPolicySets(base(), headWith({ 'policies/production.yaml': reordered }))).toEqual([]);
  });

  it('reports a removed match list as set -> null', () => {
    const c = only(diffPolicySets(base(), headWith({ 'policies/production.yaml': PRODUCTION.replace('  branches: [main]\n', '') })));
    expect(c.attributes).toEqual([{ name: 'match.branches', before: ['main'], after: undefined, format: 'plain' }]);
  });

  it('reports a rule added and a rule removed inside a changed policy', () => {
    const withDeny = `${PRODUCTION}  - type: deny\n    reason: Freeze until Monday\n`;
    const added = only(diffPolicySets(base(), headWith({ 'policies/production.yaml': withDeny })));
    expect(added.action).toBe('update');
    expect(added.attributes).toEqual([]);
    expect(added.rules).toEqual([
      {
        action: 'create',
        type: 'deny',
        index: 2,
        attributes: [{ name: 'reason', before: undefined, after: 'Freeze until Monday', format: 'plain' }],
        unchanged: 0,
        at: expect.objectContaining({ file: 'policies/production.yaml', line: 19 }),
      },
    ]);
    expect(added.unchangedRules).toBe(2);

    const withoutAuto = PRODUCTION.replace(/ {2}- type: auto\n( {4}.*\n){3}/, '');
    const removed = only(diffPolicySets(base(), headWith({ 'policies/production.yaml': withoutAuto })));
    expect(removed.rules.map((r) => [r.action, r.type, r.index])).toEqual([['destroy', 'auto', 0]]);
    expect(removed.rules[0]!.attributes.map((a) => [a.name, a.before, a.after])).toEqual([
      ['schedules', [PRIMARY], undefined],
      ['duration', 3_600_000, undefined],
      ['options.requireReason', false, undefined],
    ]);
    expect(totals([removed])).toEqual({ add: 0, change: 1, destroy: 0 });
  });

  it('reports a changed rule field by field, pairing it with the most alike rule of its type', () => {
    const edited = PRODUCTION.replace(`services: [${PRIMARY}, ${SECONDARY}]`, `services: [${SECONDARY}]`)
      .replace('duration: 24h', 'duration: 12h')
      .replace('requireReason: true', 'requireReason: true\n      allowOneParty: true');
    const c = only(diffPolicySets(base(), headWith({ 'policies/production.yaml': edited })));
    expect(c.rules).toHaveLength(1);
    const rule = c.rules[0]!;
    expect(rule).toMatchObject({ action: 'update', type: 'escalation', index: 1, unchanged: 1 });
    expect(rule.baseIndex).toBeUndefined();
    expect(rule.attributes).toEqual([
      { name: 'services', before: [PRIMARY, SECONDARY], after: [SECONDARY], format: 'schedules' },
      { name: 'duration', before: 24 * 3_600_000, after: 12 * 3_600_000, format: 'duration' },
      { name: 'options.allowOneParty', before: false, after: true, format: 'plain' },
    ]);
  });

  it('records where a changed rule used to be when it moved', () => {
    const edited = `version: 1
kind: policy
name: production-deploy
description: Production deploys need the platform on-call.
match:
  environments: [production]
  branches: [main]
approval:
  - type: escalation
    integration: incidentio
    services: [${PRIMARY}, ${SECONDARY}]
    duration: 48h
    options:
      requireReason: true
  - type: auto
    integration: incidentio
    schedules: [${PRIMARY}]
`;
    const c = only(diffPolicySets(base(), headWith({ 'policies/production.yaml': edited })));
    expect(c.rules.map((r) => [r.action, r.index, r.baseIndex])).toEqual([['update', 0, 1]]);
  });

  it('shows a rule whose inherited schedules change when the integration changes', () => {
    const inherits = STAGING_POLICY.replace(`    schedules: [${STAGING}]\n`, '');
    const b = loadValid({ ...BASE_FILES, 'policies/staging.yaml': inherits });
    const h = loadValid({
      ...BASE_FILES,
      'policies/staging.yaml': inherits,
      'policies/incidentio.yaml': INTEGRATION.replace(`schedules: [${PRIMARY}]`, `schedules: [${SECONDARY}]`),
    });
    const changes = diffPolicySets(b, h);
    expect(changes.map((c) => [c.kind, c.name, c.action])).toEqual([
      ['policy', 'staging-deploy', 'update'],
      ['integration', 'incidentio', 'update'],
    ]);
    expect(changes[0]!.rules[0]!.attributes).toEqual([
      {
        name: 'schedules',
        before: [PRIMARY],
        after: [SECONDARY],
        format: 'schedules',
        note: "inherited from the integration's autoApproval.schedules",
      },
    ]);
    expect(changes[1]!.attributes).toEqual([
      { name: 'autoApproval.schedules', before: [PRIMARY], after: [SECONDARY], format: 'schedules' },
    ]);
  });

  it('reports identity mappings added, removed and changed (emails compare case-insensitively)', () => {
    const edited = IDENTITIES.replace('  bob: bob@example.com\n', '')
      .replace('alice@example.com', 'alice.archer@example.com')
      .replace('carol@example.com', 'Carol@Example.com')
      .concat('  dave: dave@example.com\n');
    const c = only(diffPolicySets(base(), headWith({ 'policies/identities.yaml': edited })));
    expect(c).toMatchObject({ kind: 'identities', action: 'update' });
    expect(c.attributes.map((a) => [a.name, a.before, a.after])).toEqual([
      ['users.alice', 'alice@example.com', 'alice.archer@example.com'],
      ['users.bob', 'bob@example.com', undefined],
      ['users.dave', undefined, 'dave@example.com'],
    ]);
  });

  it('reports settings files that appear or disappear', () => {
    const noIntegration = { ...BASE_FILES } as Record<string, string>;
    delete noIntegration['policies/incidentio.yaml'];
    const b = loadValid(noIntegration);
    const created = only(diffPolicySets(b, base()));
    expect(created).toMatchObject({ kind: 'integration', action: 'create' });
    expect(created.attributes.map((a) => a.name)).toContain('escalation.customField');
    const destroyed = only(diffPolicySets(base(), b));
    expect(destroyed).toMatchObject({ kind: 'integration', action: 'destroy' });
  });

  it('treats a missing base as every head policy being new', () => {
    const changes = diffPolicySets(undefined, base());
    expect(changes.map((c) => [c.kind, c.action])).toEqual([
      ['policy', 'create'],
      ['policy', 'create'],
      ['integration', 'create'],
      ['identities', 'create'],
    ]);
  });
});

describe('scope and whenUnavailable in the plan', () => {
  it('shows a scope added to an auto rule, per schedule, and an outage fallback added to a policy', () => {
    const head = headWith({
      'policies/production.yaml': PRODUCTION.replace(
        `schedules: [${PRIMARY}]`,
        `schedules: [${PRIMARY}]\n    scope:\n      ${PRIMARY}:\n        rotations: [01HXYZROTATIONPRIMARY00000]`,
      ).concat('whenUnavailable:\n  approvers: [alice]\n  duration: 4h\n'),
    });
    const change = only(diffPolicySets(base(), head));
    expect(change.attributes.map((a) => [a.name, a.before, a.after])).toEqual([
      ['whenUnavailable.approvers', undefined, ['alice']],
      ['whenUnavailable.duration', undefined, 4 * 3_600_000],
      // Its escalation rule requires a reason, so the fallback does too.
      ['whenUnavailable.requireReason', undefined, true],
    ]);
    expect(change.rules.map((r) => r.attributes.map((a) => [a.name, a.before, a.after, a.format]))).toEqual([
      [[`scope.${PRIMARY}.rotations`, undefined, ['01HXYZROTATIONPRIMARY00000'], 'schedules']],
    ]);
  });

  it('a rule dropping requireReason shows that the fallback no longer requires a reason either', () => {
    const fallback = 'whenUnavailable:\n  approvers: [alice]\n';
    const before = headWith({ 'policies/production.yaml': PRODUCTION.concat(fallback) });
    const after = headWith({
      'policies/production.yaml': PRODUCTION.replace(/requireReason: true/g, 'requireReason: false').concat(fallback),
    });
    const change = only(diffPolicySets(before, after));
    expect(change.attributes.map((a) => [a.name, a.before, a.after])).toEqual([['whenUnavailable.requireReason', true, undefined]]);
  });

  it('shows nothing for a policy that leaves whenUnavailable at its default', () => {
    expect(diffPolicySets(base(), base())).toEqual([]);
  });
});
