import { describe, expect, it } from 'vitest';
import { coverageGaps, findDrift } from '../../src/reconcile/drift.js';
import type { LiveCheckResult } from '../../src/policy/live-checks.js';
import { planRemoteChanges } from '../../src/reconcile/remote-changes.js';
import type { Shift } from '../../src/plan/people.js';
import { BASE_FILES, PRIMARY, PRODUCTION, SECONDARY, loadValid } from '../support/policy-sets.js';

const NOW = new Date('2026-11-20T10:00:00Z');
const H = 3_600_000;
const WEEK = 168 * H;
const t = (h: number): number => NOW.getTime() + h * H;
const s = (scheduleId: string, email: string, from: number, to: number): Shift => ({
  scheduleId,
  email,
  name: email,
  userId: email,
  startAt: new Date(t(from)),
  endAt: new Date(t(to)),
});

describe('coverageGaps', () => {
  const set = loadValid(BASE_FILES);

  it('finds the times no mapped person is on call for any escalation schedule of a policy', () => {
    const shifts = new Map([
      [PRIMARY, [s(PRIMARY, 'alice@example.com', -5, 20), s(PRIMARY, 'stranger@example.com', 20, 200)]],
      [SECONDARY, [s(SECONDARY, 'bob@example.com', 30, 40), s(SECONDARY, 'carol@example.com', 100, 300)]],
    ]);
    expect(coverageGaps(set, shifts, NOW, WEEK)).toEqual([
      {
        policy: 'production-deploy',
        schedules: [PRIMARY, SECONDARY],
        gaps: [
          { start: t(20), end: t(30) },
          { start: t(40), end: t(100) },
        ],
        at: set.policies[0]!.rules[1]!.at,
      },
    ]);
  });

  it('reports the whole window when nobody is on call, and skips policies without escalation or with deny', () => {
    expect(coverageGaps(set, new Map(), NOW, WEEK)).toEqual([
      expect.objectContaining({ policy: 'production-deploy', gaps: [{ start: t(0), end: t(168) }] }),
    ]);
    const denied = loadValid({ ...BASE_FILES, 'policies/production.yaml': `${PRODUCTION}  - type: deny\n` });
    expect(coverageGaps(denied, new Map(), NOW, WEEK)).toEqual([]);
  });
});

describe('findDrift', () => {
  it('turns live-check and remote findings into drift, in a stable order', () => {
    const set = loadValid(BASE_FILES);
    const d = (code: string, file: string, line: number) => ({
      severity: 'warning' as const,
      code,
      file,
      line,
      column: 3,
      message: code,
      fix: 'f',
    });
    const live = {
      diagnostics: [
        d('unresolved-identity', 'policies/identities.yaml', 4),
        d('unknown-schedule', 'policies/staging.yaml', 9),
        d('missing-role', 'x', 1),
      ],
      facts: {
        identity: { name: 'k', roles: [], team_roles: [], teams: [] },
        schedules: new Map([[PRIMARY, { id: PRIMARY, name: 'Primary' }]]),
        unknownSchedules: [],
        identities: [],
        shifts: new Map([[PRIMARY, [s(PRIMARY, 'alice@example.com', -1, 200)]]]),
        missingRoles: [],
      },
    } satisfies LiveCheckResult;
    const drift = findDrift({ set, live, remote: planRemoteChanges(set, []), now: NOW, windowMs: WEEK });
    expect(drift.map((x) => [x.kind, x.at?.file, x.at?.line])).toEqual([
      ['deleted-schedule', 'policies/staging.yaml', 9],
      ['unresolved-identity', 'policies/identities.yaml', 4],
      ['missing-custom-field', 'policies/incidentio.yaml', set.integration.at!.line],
    ]);
    expect(drift[2]!.message).toBe(
      'The incident.io custom field "On-call gate schedules" that escalation incidents record schedule IDs in does not exist',
    );
  });
});
