import { describe, expect, it } from 'vitest';
import { diffPeople, policyRights, scheduleIdsOf, type Shift } from '../../src/plan/people.js';
import { BASE_FILES, PRIMARY, PRODUCTION, SECONDARY, STAGING, loadValid } from '../support/policy-sets.js';

const NOW = new Date('2026-11-20T10:00:00Z');
const H = 3_600_000;
const t = (h: number): number => NOW.getTime() + h * H;
const shift = (scheduleId: string, who: string, from: number, to: number): Shift => ({
  scheduleId,
  email: `${who}@example.com`,
  name: who[0]!.toUpperCase() + who.slice(1),
  userId: `U-${who}`,
  startAt: new Date(t(from)),
  endAt: new Date(t(to)),
});
const bySchedule = (...shifts: Shift[]) => {
  const m = new Map<string, Shift[]>();
  for (const s of shifts) m.set(s.scheduleId, [...(m.get(s.scheduleId) ?? []), s]);
  return m;
};

// Primary hands over daily at 09:00 UTC (23 h from NOW), secondary hands over in 3 days.
const SHIFTS = bySchedule(
  shift(PRIMARY, 'octo.cat', -1, 23),
  shift(PRIMARY, 'alice', 23, 47),
  shift(PRIMARY, 'octo.cat', 47, 71),
  shift(SECONDARY, 'bob', -100, 72),
  shift(SECONDARY, 'carol', 72, 300),
  shift(STAGING, 'dave', -100, 1000),
);

describe('policyRights', () => {
  it('clips shifts to the window and merges a person across schedules', () => {
    const set = loadValid(BASE_FILES);
    const rights = policyRights(set.policies[0], SHIFTS, { start: t(0), end: t(168) });
    expect([...rights['auto-approval'].keys()]).toEqual(['octo.cat@example.com', 'alice@example.com']);
    expect(rights['auto-approval'].get('octo.cat@example.com')!.intervals).toEqual([
      { start: t(0), end: t(23) },
      { start: t(47), end: t(71) },
    ]);
    expect(rights.approver.get('carol@example.com')!.intervals).toEqual([{ start: t(72), end: t(168) }]);
  });

  it('gives nobody anything under a deny rule', () => {
    const set = loadValid({ ...BASE_FILES, 'policies/production.yaml': `${PRODUCTION}  - type: deny\n` });
    const rights = policyRights(set.policies[0], SHIFTS, { start: t(0), end: t(168) });
    expect(rights['auto-approval'].size + rights.approver.size).toBe(0);
  });
});

describe('diffPeople', () => {
  it('finds who gains and who loses auto-approval across a rota handover, by login', () => {
    const base = loadValid(BASE_FILES);
    const head = loadValid({
      ...BASE_FILES,
      'policies/production.yaml': PRODUCTION.replace(`schedules: [${PRIMARY}]`, `schedules: [${SECONDARY}]`),
    });
    const effect = diffPeople(base, head, SHIFTS, NOW);
    expect(effect.window).toEqual({ start: t(0), end: t(168) });
    expect(effect.policies).toHaveLength(1);
    const p = effect.policies[0]!;
    expect(p).toMatchObject({ policy: 'production-deploy', inBase: true, inHead: true });
    expect(p.changes.map((c) => [c.kind, c.change, c.login, c.now, c.intervals])).toEqual([
      ['auto-approval', 'gain', 'bob', true, [{ start: t(0), end: t(72) }]],
      // carol is not on call now: she gains only after the secondary handover in 3 days.
      ['auto-approval', 'gain', 'carol', false, [{ start: t(72), end: t(168) }]],
      ['auto-approval', 'lose', 'alice', false, [{ start: t(23), end: t(47) }]],
      [
        'auto-approval',
        'lose',
        'octocat',
        true,
        [
          { start: t(0), end: t(23) },
          { start: t(47), end: t(71) },
        ],
      ],
    ]);
  });

  it('only counts the time a right really changes hands', () => {
    // Head adds the secondary schedule to the auto rule: octocat and alice keep what they had.
    const base = loadValid(BASE_FILES);
    const head = loadValid({
      ...BASE_FILES,
      'policies/production.yaml': PRODUCTION.replace(`schedules: [${PRIMARY}]`, `schedules: [${PRIMARY}, ${SECONDARY}]`),
    });
    const changes = diffPeople(base, head, SHIFTS, NOW).policies[0]!.changes;
    expect(changes.map((c) => [c.login, c.change])).toEqual([
      ['bob', 'gain'],
      ['carol', 'gain'],
    ]);
  });

  it('shows a person without a login mapping by name and email', () => {
    const base = loadValid(BASE_FILES);
    const head = loadValid({
      ...BASE_FILES,
      'policies/staging.yaml': `version: 1
kind: policy
name: staging-deploy
match:
  environments: [staging]
approval:
  - type: escalation
    integration: incidentio
    services: [${STAGING}]
`,
    });
    const changes = diffPeople(base, head, SHIFTS, NOW).policies[0]!.changes;
    expect(changes.map((c) => [c.kind, c.change, c.login, c.name, c.email])).toEqual([
      ['auto-approval', 'lose', undefined, 'Dave', 'dave@example.com'],
      ['approver', 'gain', undefined, 'Dave', 'dave@example.com'],
    ]);
  });

  it('says everyone loses everything when a deny rule is added, and gains for a new policy', () => {
    const base = loadValid(BASE_FILES);
    const head = loadValid({
      ...BASE_FILES,
      'policies/production.yaml': `${PRODUCTION}  - type: deny\n`,
      'policies/new.yaml': `version: 1
kind: policy
name: new-one
match: { environments: [x] }
approval:
  - type: auto
    integration: incidentio
    schedules: [${STAGING}]
`,
    });
    const effect = diffPeople(base, head, SHIFTS, NOW);
    const prod = effect.policies.find((p) => p.policy === 'production-deploy')!;
    expect(prod.changes.every((c) => c.change === 'lose')).toBe(true);
    expect(new Set(prod.changes.map((c) => c.login))).toEqual(new Set(['octocat', 'alice', 'bob', 'carol']));
    const added = effect.policies.find((p) => p.policy === 'new-one')!;
    expect(added).toMatchObject({ inBase: false, inHead: true });
    expect(added.changes.map((c) => [c.change, c.email, c.now])).toEqual([['gain', 'dave@example.com', true]]);
  });

  it('reports no policies when nothing changes for anyone', () => {
    const set = loadValid(BASE_FILES);
    expect(diffPeople(set, set, SHIFTS, NOW).policies).toEqual([]);
  });
});

describe('scheduleIdsOf', () => {
  it('lists every schedule either side names, once', () => {
    const set = loadValid(BASE_FILES);
    expect(scheduleIdsOf(set, set, undefined).sort()).toEqual([PRIMARY, SECONDARY, STAGING].sort());
  });
});

describe('auto rules scoped to rotations and layers', () => {
  const ROT_A = '01HXYZROTATIONAAAAAAAAAAAA';
  const ROT_B = '01HXYZROTATIONBBBBBBBBBBBB';
  const placed = (s: Shift, rotationId?: string, layerId?: string): Shift => ({
    ...s,
    ...(rotationId ? { rotationId } : {}),
    ...(layerId ? { layerId } : {}),
  });
  // On PRIMARY: octocat on rotation A, alice on rotation B (both now), and carol through an override without IDs.
  const shifts = bySchedule(
    placed(shift(PRIMARY, 'octo.cat', -1, 23), ROT_A, 'L-A1'),
    placed(shift(PRIMARY, 'alice', -1, 23), ROT_B, 'L-B1'),
    shift(PRIMARY, 'carol', 30, 40),
  );
  const scoped = PRODUCTION.replace(
    `schedules: [${PRIMARY}]`,
    `schedules: [${PRIMARY}]\n    scope:\n      ${PRIMARY}:\n        rotations: [${ROT_A}]`,
  );

  it('gives auto-approval only through the scope: entries of other rotations and entries without IDs give none', () => {
    const set = loadValid({ ...BASE_FILES, 'policies/production.yaml': scoped });
    const rights = policyRights(set.policies[0], shifts, { start: t(0), end: t(168) });
    expect([...rights['auto-approval'].keys()]).toEqual(['octo.cat@example.com']);
  });

  it('the plan shows who loses auto-approval when a scope is added', () => {
    const base = loadValid(BASE_FILES);
    const head = loadValid({ ...BASE_FILES, 'policies/production.yaml': scoped });
    const effect = diffPeople(base, head, shifts, NOW);
    expect(effect.policies[0]!.changes.map((c) => [c.kind, c.change, c.login, c.now])).toEqual([
      ['auto-approval', 'lose', 'alice', true],
      ['auto-approval', 'lose', 'carol', false],
    ]);
  });
});
