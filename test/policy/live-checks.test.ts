import { describe, expect, it } from 'vitest';
import { incidentIoError } from '../../src/incidentio/errors.js';
import type { Schedule, ScheduleEntries, User } from '../../src/incidentio/types.js';
import {
  identityPosition,
  roleNeeds,
  runLiveChecks,
  scheduleRefs,
  withLiveDiagnostics,
  type LiveCheckClient,
} from '../../src/policy/live-checks.js';
import { loadPolicySet } from '../../src/policy/load-policy.js';
import { BASE_FILES, IDENTITIES, PRIMARY, SECONDARY, STAGING, files, loadValid } from '../support/policy-sets.js';

const NOW = new Date('2026-11-20T10:00:00Z');

interface FakeOptions {
  roles?: string[];
  listed?: Schedule[];
  /** IDs getSchedule knows although the list did not show them. */
  hidden?: Schedule[];
  users?: Record<string, User | 'ambiguous' | 'forbidden'>;
  entries?: Record<string, Array<{ email: string; from: string; to: string; name?: string; id?: string }>>;
}

function fakeClient(o: FakeOptions = {}) {
  const calls: string[] = [];
  const client: LiveCheckClient = {
    async identity() {
      calls.push('identity');
      return { name: 'ci key', roles: o.roles ?? ['viewer', 'incident_creator', 'incident_editor'], team_roles: [], teams: [] };
    },
    async listSchedules() {
      calls.push('listSchedules');
      return (
        o.listed ?? [
          { id: PRIMARY, name: 'Platform primary' },
          { id: SECONDARY, name: 'Platform secondary' },
          { id: STAGING, name: 'Staging' },
        ]
      );
    },
    async getSchedule(id) {
      calls.push(`getSchedule ${id}`);
      const found = o.hidden?.find((s) => s.id === id);
      if (found) return found;
      throw incidentIoError({ kind: 'not-found', message: 'no', fix: 'x', status: 404 });
    },
    async findUserByEmail(email) {
      calls.push(`findUserByEmail ${email}`);
      const u = o.users?.[email];
      if (u === 'ambiguous') throw incidentIoError({ kind: 'conflict', message: 'several', fix: 'x' });
      if (u === 'forbidden') throw incidentIoError({ kind: 'permission', message: 'no', fix: 'x', status: 403 });
      if (u) return u;
      if (o.users) return undefined;
      return { id: `U-${email}`, name: email, is_active: true, email };
    },
    async listScheduleEntries(id, from, to): Promise<ScheduleEntries> {
      calls.push(`entries ${id} ${from.toISOString()} ${to.toISOString()}`);
      const list = o.entries?.[id] ?? [{ email: 'alice@example.com', from: '2026-11-20T09:00:00Z', to: '2026-11-21T09:00:00Z' }];
      const final = list.map((e) => ({
        start_at: e.from,
        end_at: e.to,
        user: { id: e.id ?? `U-${e.email}`, name: e.name ?? e.email, email: e.email },
      }));
      return { scheduled: final, overrides: [], final };
    },
  };
  return { client, calls };
}

describe('positions', () => {
  it('finds every schedule ID where it is written', () => {
    const refs = scheduleRefs(files(BASE_FILES));
    expect(refs.map((r) => [r.id, r.at.file, r.at.line, r.at.column, r.escalation])).toEqual([
      [PRIMARY, 'policies/production.yaml', 11, 17, false],
      [PRIMARY, 'policies/production.yaml', 15, 16, true],
      [SECONDARY, 'policies/production.yaml', 15, 44, true],
      [STAGING, 'policies/staging.yaml', 9, 17, false],
      [PRIMARY, 'policies/incidentio.yaml', 5, 15, false],
    ]);
  });

  it('finds an identity by login, whatever its case in the file', () => {
    const map = { ...BASE_FILES, 'policies/identities.yaml': IDENTITIES.replace('  bob:', '  Bob:') };
    const set = loadValid(map);
    expect(identityPosition(files(map), set, 'bob')).toEqual({ file: 'policies/identities.yaml', line: 6, column: 3 });
  });
});

describe('runLiveChecks', () => {
  it('passes a matching organisation with one request per thing and the shifts for escalation schedules only', async () => {
    const set = loadValid(BASE_FILES);
    const { client, calls } = fakeClient();
    const result = await runLiveChecks(set, files(BASE_FILES), client, { now: NOW });
    expect(result.diagnostics).toEqual([]);
    expect(calls).toEqual([
      'identity',
      'listSchedules',
      'findUserByEmail octo.cat@example.com',
      'findUserByEmail alice@example.com',
      'findUserByEmail bob@example.com',
      'findUserByEmail carol@example.com',
      `entries ${PRIMARY} 2026-11-20T10:00:00.000Z 2026-11-27T10:00:00.000Z`,
      `entries ${SECONDARY} 2026-11-20T10:00:00.000Z 2026-11-27T10:00:00.000Z`,
    ]);
    expect([...result.facts.shifts.keys()]).toEqual([PRIMARY, SECONDARY]);
    const all = await runLiveChecks(set, files(BASE_FILES), fakeClient().client, { now: NOW, shiftsFor: 'all' });
    expect([...all.facts.shifts.keys()].sort()).toEqual([PRIMARY, SECONDARY, STAGING].sort());
  });

  it('is an error on each line naming an unknown schedule, after asking for it by ID', async () => {
    const set = loadValid(BASE_FILES);
    const { client, calls } = fakeClient({
      listed: [
        { id: PRIMARY, name: 'Platform primary' },
        { id: STAGING, name: 'Staging' },
      ],
      hidden: [{ id: STAGING, name: 'Staging' }],
    });
    const result = await runLiveChecks(set, files(BASE_FILES), client, { now: NOW });
    expect(calls).toContain(`getSchedule ${SECONDARY}`);
    expect(result.facts.unknownSchedules).toEqual([SECONDARY]);
    expect(result.diagnostics).toEqual([
      {
        severity: 'error',
        code: 'unknown-schedule',
        file: 'policies/production.yaml',
        line: 15,
        column: 44,
        message: `Schedule ${SECONDARY} does not exist in incident.io (or the API key "ci key" cannot see it)`,
        fix:
          "Copy the ID from the schedule's address in incident.io (On-call > Schedules > open the schedule: the last part of the URL). " +
          `The key can see: Platform primary (${PRIMARY}), Staging (${STAGING}).`,
      },
    ]);
    expect(withLiveDiagnostics(set, result.diagnostics).valid).toBe(false);
  });

  it('warns about identities that are not exactly one active user, and about missing roles', async () => {
    const set = loadValid(BASE_FILES);
    const { client } = fakeClient({
      roles: ['schedules_reader'],
      users: {
        'octo.cat@example.com': { id: 'U1', name: 'Octo', is_active: true, email: 'octo.cat@example.com' },
        'alice@example.com': 'ambiguous',
        'bob@example.com': { id: 'U3', name: 'Bob', is_active: true, email: 'bob@example.com' },
      },
    });
    const result = await runLiveChecks(set, files(BASE_FILES), client, { now: NOW });
    expect(result.diagnostics.map((d) => [d.severity, d.code, d.file, d.line])).toEqual([
      // On the first escalation rule (the `- type: escalation` line).
      ['warning', 'missing-role', 'policies/production.yaml', 13],
      ['warning', 'missing-role', 'policies/production.yaml', 13],
      ['warning', 'unresolved-identity', 'policies/identities.yaml', 5],
      ['warning', 'unresolved-identity', 'policies/identities.yaml', 7],
    ]);
    expect(result.diagnostics[0]!.message).toBe(
      'The incident.io API key "ci key" lacks the `incident_creator` role, needed because escalation rules open incidents (POST /v2/incidents)',
    );
    expect(result.diagnostics[2]!.message).toContain('`alice` maps to alice@example.com, which several active incident.io users share');
    expect(result.diagnostics[3]!.message).toContain('`carol` maps to carol@example.com, but no active incident.io user has that email');
  });

  it('places thousands of unresolved identities on their lines without re-reading the file for each', async () => {
    const logins = Array.from({ length: 3000 }, (_, i) => `user-${i}`);
    const text = `version: 1\nkind: identities\nusers:\n${logins.map((l) => `  ${l}: ${l}@old.example.com`).join('\n')}\n`;
    const map = { 'policies/identities.yaml': text };
    const set = loadValid(map);
    const result = await runLiveChecks(set, files(map), fakeClient({ users: {} }).client, { now: NOW });
    const unresolved = result.diagnostics.filter((d) => d.code === 'unresolved-identity');
    expect(unresolved).toHaveLength(3000);
    expect(unresolved.map((d) => d.line)).toEqual(logins.map((_, i) => i + 4));
  });

  it('warns once about the viewer role when users cannot be read', async () => {
    const set = loadValid(BASE_FILES);
    const users = Object.fromEntries(['octo.cat', 'alice', 'bob', 'carol'].map((u) => [`${u}@example.com`, 'forbidden' as const]));
    const result = await runLiveChecks(set, files(BASE_FILES), fakeClient({ users }).client, { now: NOW });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['missing-role']);
    expect(result.diagnostics[0]!.message).toContain('lacks the `viewer` role, needed because the identities are checked');
  });

  it('warns when nobody on an escalation schedule maps to a GitHub login', async () => {
    const set = loadValid(BASE_FILES);
    const { client } = fakeClient({
      entries: {
        [PRIMARY]: [{ email: 'alice@example.com', from: '2026-11-20T09:00:00Z', to: '2026-11-30T09:00:00Z' }],
        [SECONDARY]: [
          { email: 'sam@example.com', name: 'Sam Stranger', id: 'U-SAM', from: '2026-11-20T09:00:00Z', to: '2026-11-25T09:00:00Z' },
          {
            email: 'stranger@example.com',
            name: 'stranger@example.com',
            id: 'U-NONAME',
            from: '2026-11-25T09:00:00Z',
            to: '2026-11-30T09:00:00Z',
          },
        ],
      },
    });
    const result = await runLiveChecks(set, files(BASE_FILES), client, { now: NOW });
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'unmapped-escalation-schedule',
        file: 'policies/production.yaml',
        line: 15,
        column: 44,
        message: `Nobody on call for schedule Platform secondary (${SECONDARY}) in the next 7 days maps to a GitHub login, so nobody can approve through it`,
        fix: expect.stringContaining(
          `on call: Sam Stranger (incident.io user U-SAM), incident.io user U-NONAME. \`oncall-gate who ${SECONDARY}\` lists their emails.`,
        ),
      }),
    ]);
    // By name and user ID only: `plan` posts this on the pull request. A name that is an email gives way to the ID.
    expect(result.diagnostics[0]!.fix).not.toMatch(/[^\s@]+@[^\s@]+\.[^\s@]+/);
  });

  it('lets an invalid key fail with the client error', async () => {
    const { client } = fakeClient();
    client.identity = async () => {
      throw incidentIoError({ kind: 'auth', message: 'The key was rejected.', fix: 'Use a valid key.', status: 401 });
    };
    await expect(runLiveChecks(loadValid(BASE_FILES), files(BASE_FILES), client, { now: NOW })).rejects.toThrow('The key was rejected.');
  });
});

describe('withLiveDiagnostics', () => {
  it('keeps the order loadPolicySet gives (file by code point, errors first on a line)', () => {
    const set = loadPolicySet(
      files({
        'policies/b.yaml': 'version: 1\nkind: policy\n',
        'policies/B.yaml': 'version: 1\nkind: policy\n',
      }),
    );
    const live = {
      severity: 'warning' as const,
      code: 'missing-role',
      file: 'policies/B.yaml',
      line: 1,
      column: 1,
      message: 'm',
      fix: 'f',
    };
    const merged = withLiveDiagnostics(set, [live]).diagnostics;
    expect(merged.filter((d) => d !== live)).toEqual(set.diagnostics);
    // `B` sorts before `b`; on B.yaml line 1 the errors come before the warning.
    expect(merged.indexOf(live)).toBe(set.diagnostics.filter((d) => d.file === 'policies/B.yaml').length);
  });
});

describe('roleNeeds', () => {
  it('asks for incident roles only when there are escalation rules', () => {
    expect(roleNeeds(loadValid({ 'policies/staging.yaml': BASE_FILES['policies/staging.yaml'] })).map((n) => n.anyOf[0])).toEqual([
      'viewer',
    ]);
    expect(roleNeeds(loadValid(BASE_FILES)).map((n) => n.anyOf[0])).toEqual(['viewer', 'incident_creator', 'incident_editor']);
  });
});

describe('scheduleRefs and schema errors', () => {
  it('leaves values that are not shaped like an ID to the schema check', () => {
    const refs = scheduleRefs(
      files({
        'policies/x.yaml':
          'version: 1\nkind: policy\nname: x\nmatch: {}\napproval:\n  - type: auto\n    integration: incidentio\n    schedules: [Platform primary, 01HXYZSCHEDULEPRIMARY00000]\n',
      }),
    );
    expect(refs.map((r) => r.id)).toEqual(['01HXYZSCHEDULEPRIMARY00000']);
  });
});
