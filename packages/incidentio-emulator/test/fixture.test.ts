import { describe, expect, it } from 'vitest';
import { DEMO_API_KEY, DEMO_FIXTURE_YAML, DEMO_READONLY_API_KEY } from '../src/demo-fixture.js';
import { FixtureError, parseFixtureYaml, resolveFixture } from '../src/fixture.js';
import { computeScheduleEntries, entriesAt } from '../src/schedule-model.js';

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(FixtureError);
    return (err as FixtureError).problems.map((p) => `${p.line ?? '-'}: ${p.message}`);
  }
  throw new Error('expected a FixtureError');
}

const MINIMAL = `keys:
  - key: k-1
    name: test
    roles: [viewer]
users:
  - { id: U1, name: Ann, email: ann@example.com }
schedules:
  - id: S1
    name: One
    rotations:
      - id: R1
        name: R
        users: [ann@example.com]
        handover_start_at: 2026-01-05T09:00:00Z
        handovers: [{ interval: 1, interval_type: weekly }]
`;

describe('parseFixtureYaml', () => {
  it('accepts a minimal fixture and fills in defaults', () => {
    const fixture = resolveFixture(parseFixtureYaml(MINIMAL));
    expect(fixture.entriesPageSize).toBe(50);
    expect(fixture.rateLimit).toEqual({ capacity: 1200, refillPerSecond: 20 });
    expect(fixture.userEmailMatch).toBe('case-insensitive');
    expect(fixture.severities.map((s) => s.name)).toEqual(['Minor', 'Major', 'Critical']);
    expect(fixture.incidentStatuses.map((s) => s.category)).toEqual(['triage', 'live', 'closed']);
    expect(fixture.schedules[0]!.timezone).toBe('UTC');
    expect(fixture.schedules[0]!.rotations[0]!.users).toEqual(['U1']); // email resolved to the user ID
    expect(fixture.keys[0]!.id).toMatch(/^[0-9A-Z]{26}$/);
  });

  it.each([
    [
      'an unknown key',
      MINIMAL.replace('    name: One', '    name: One\n    colour: red'),
      '10: unknown key; allowed keys: id, name, timezone, team_ids, annotations, rotations, overrides',
    ],
    [
      'a bad interval_type',
      MINIMAL.replace('interval_type: weekly', 'interval_type: monthly'),
      '15: must be one of hourly, daily, weekly (got "monthly")',
    ],
    [
      'a rotation user that does not exist',
      MINIMAL.replace('users: [ann@example.com]', 'users: [bob@example.com]'),
      '13: "bob@example.com" is not the id or email of any user under users:',
    ],
    [
      'a timestamp that is not RFC 3339',
      MINIMAL.replace('2026-01-05T09:00:00Z', '2026-01-05 09:00'),
      '14: must be an RFC 3339 timestamp such as 2026-01-05T09:00:00Z (got "2026-01-05 09:00")',
    ],
    [
      'an unknown time zone',
      MINIMAL.replace('    name: One', '    name: One\n    timezone: Mars/Olympus'),
      '10: "Mars/Olympus" is not an IANA time zone name (e.g. Europe/London, UTC)',
    ],
    [
      'a missing roles list',
      MINIMAL.replace('    roles: [viewer]\n', ''),
      '2: is required (e.g. [viewer]); a key without roles can only call GET /v1/identity',
    ],
    ['a duplicate YAML key', MINIMAL.replace('    name: test', '    name: test\n    name: again'), '4: YAML: Map keys must be unique'],
    [
      'an empty handovers list',
      MINIMAL.replace('handovers: [{ interval: 1, interval_type: weekly }]', 'handovers: []'),
      '15: must list at least one handover, e.g. [{ interval: 1, interval_type: weekly }]',
    ],
  ])('reports %s with its line', (_name, text, expected) => {
    expect(problemsOf(() => parseFixtureYaml(text))).toEqual([expected]);
  });

  it('reports every problem at once, with paths', () => {
    const text = `${MINIMAL}    overrides:
      - { id: O1, user: ann@example.com, start_at: 2026-02-02T00:00:00Z, end_at: 2026-02-01T00:00:00Z, rotation_id: R9 }
entriesPageSize: 0
`;
    let error: FixtureError | undefined;
    try {
      parseFixtureYaml(text, 'fixtures/team.yaml');
    } catch (e) {
      error = e as FixtureError;
    }
    expect(error?.problems.map((p) => p.message)).toEqual([
      'must be after start_at',
      '"R9" is not a rotation of this schedule',
      'must be an integer >= 1 (got 0)',
    ]);
    expect(error?.message).toContain('fixtures/team.yaml is invalid (3 problems)');
    expect(error?.message).toContain('schedules[0].overrides[0].end_at: must be after start_at');
  });

  it('checks fixtures built in code too, by path', () => {
    expect(() =>
      resolveFixture({
        keys: [{ key: 'a b', name: 'x', roles: [] }],
        users: [
          { id: 'U', name: 'n' },
          { id: 'U', name: 'm' },
        ],
      }),
    ).toThrow(/keys\[0\]\.key: must not contain whitespace[\s\S]*users\[1\]\.id: duplicate user id "U"/);
  });

  it('picks the active user when an email is shared, and refuses ambiguity', () => {
    const shared = MINIMAL.replace(
      '  - { id: U1, name: Ann, email: ann@example.com }',
      '  - { id: U0, name: Ann old, email: ann@example.com, is_active: false }\n  - { id: U1, name: Ann, email: ann@example.com }',
    );
    expect(resolveFixture(parseFixtureYaml(shared)).schedules[0]!.rotations[0]!.users).toEqual(['U1']);
    const ambiguous = shared.replace('is_active: false', 'is_active: true');
    expect(problemsOf(() => parseFixtureYaml(ambiguous))[0]).toContain('matches 2 users (U0, U1); use a user ID');
  });
});

describe('the demo fixture', () => {
  const demo = resolveFixture(parseFixtureYaml(DEMO_FIXTURE_YAML));
  const email = (id: string | null) => demo.users.find((u) => u.id === id)?.email ?? null;
  const onCall = (scheduleId: string, t: string) => {
    const s = demo.schedules.find((x) => x.id === scheduleId)!;
    const at = new Date(t);
    return entriesAt(computeScheduleEntries(s, at, at).final, at).map((e) => email(e.user));
  };

  it('has the keys, users and lookups the example policies use', () => {
    expect(demo.keys.map((k) => [k.key, k.name, k.roles])).toEqual([
      [DEMO_API_KEY, 'oncall-gate demo', ['viewer', 'incident_creator', 'incident_editor', 'manage_settings', 'schedules_reader']],
      [DEMO_READONLY_API_KEY, 'oncall-gate demo (read-only)', ['viewer']],
    ]);
    expect(demo.users.map((u) => [u.name, u.email, u.is_active])).toEqual([
      ['Octo Cat', 'octo.cat@example.com', true],
      ['Alice Archer', 'alice@example.com', true],
      ['Bob Baker', 'bob@example.com', true],
      ['Carol Chen', 'carol@example.com', true],
      ['Dave Dunn', 'dave@example.com', true],
    ]);
    expect(demo.users.every((u) => /^[0-9A-Z]{26}$/.test(u.id))).toBe(true);
    expect(demo.schedules.map((s) => [s.id, s.name])).toEqual([
      ['01HXYZSCHEDULEPRIMARY00000', 'Platform primary'],
      ['01HXYZSCHEDULESECONDARY000', 'Platform secondary'],
      ['01HXYZSCHEDULESTAGING00000', 'Staging'],
      ['01HXYZSCHEDULEPAYMENTS0000', 'Payments'],
    ]);
    expect(demo.customFields).toEqual([]);
    expect(demo.severities.map((s) => [s.name, s.rank, s.description])).toEqual([
      ['Minor', 1, 'Issues with **low impact**.'],
      ['Major', 2, 'Issues causing **significant impact**.'],
      ['Critical', 3, 'Issues causing **very high impact** to customers.'],
    ]);
    expect(demo.incidentTypes.map((t) => t.name)).toEqual(['Default']);
    expect(demo.incidentStatuses.map((s) => [s.name, s.category])).toEqual([
      ['Triage', 'triage'],
      ['Investigating', 'live'],
      ['Closed', 'closed'],
    ]);
  });

  it.each([
    ['01HXYZSCHEDULEPRIMARY00000', '2026-01-05T09:00:00Z', ['octo.cat@example.com']],
    ['01HXYZSCHEDULEPRIMARY00000', '2026-01-06T09:00:00Z', ['alice@example.com']],
    ['01HXYZSCHEDULEPRIMARY00000', '2026-12-25T12:00:00Z', ['carol@example.com']], // the override
    ['01HXYZSCHEDULEPRIMARY00000', '2026-12-26T09:00:00Z', ['alice@example.com']], // 355 days in: odd
    ['01HXYZSCHEDULESECONDARY000', '2026-01-11T12:00:00Z', ['bob@example.com']],
    ['01HXYZSCHEDULESECONDARY000', '2026-01-12T09:00:00Z', ['carol@example.com']],
    ['01HXYZSCHEDULESTAGING00000', '2024-06-01T00:00:00Z', ['dave@example.com']],
    ['01HXYZSCHEDULESTAGING00000', '2031-06-01T00:00:00Z', ['dave@example.com']],
    // Payments: the primary rotation (alice, bob daily) and the team rotation's two layers (weekly).
    ['01HXYZSCHEDULEPAYMENTS0000', '2026-01-06T10:00:00Z', ['bob@example.com', 'carol@example.com', 'dave@example.com']],
    ['01HXYZSCHEDULEPAYMENTS0000', '2026-01-13T10:00:00Z', ['alice@example.com', 'carol@example.com', 'octo.cat@example.com']],
  ])('%s at %s -> %j', (scheduleId, t, expected) => {
    expect(onCall(scheduleId, t).sort()).toEqual(expected);
  });

  it('gives every rotation named layers with their own IDs, and entries say which rotation and layer they are', () => {
    const payments = demo.schedules.find((s) => s.id === '01HXYZSCHEDULEPAYMENTS0000')!;
    expect(payments.rotations.map((r) => [r.id, r.layers.map((id) => r.layerNames[id])])).toEqual([
      ['01HXYZROTATIONPAYPRIMARY00', ['Primary']],
      ['01HXYZROTATIONPAYTEAM00000', ['First responder', 'Backup']],
    ]);
    const at = new Date('2026-01-13T10:00:00Z');
    const final = entriesAt(computeScheduleEntries(payments, at, at).final, at);
    expect(final.map((e) => [email(e.user), e.rotation_id, e.layer_id]).sort()).toEqual([
      ['alice@example.com', '01HXYZROTATIONPAYPRIMARY00', '01HXYZLAYERPAYPRIMARY00000'],
      ['carol@example.com', '01HXYZROTATIONPAYTEAM00000', '01HXYZLAYERPAYTEAMBACKUP00'],
      ['octo.cat@example.com', '01HXYZROTATIONPAYTEAM00000', '01HXYZLAYERPAYTEAMFIRST000'],
    ]);
  });
});

describe('rotation layers in fixtures', () => {
  const base = (rotationExtra: string, overrideExtra = ''): string => `keys: [{ key: k1, name: k, roles: [viewer] }]
users: [{ id: U1, name: Ann, email: ann@example.com }]
schedules:
  - id: S1
    name: S
    rotations:
      - id: R1
        name: Primary
        users: [U1]
        handover_start_at: 2026-01-05T09:00:00Z
        handovers: [{ interval: 1, interval_type: daily }]
${rotationExtra}
    overrides:
      - { id: O1, user: U1, start_at: 2026-02-01T00:00:00Z, end_at: 2026-02-02T00:00:00Z${overrideExtra} }
`;

  it('keeps the layers given, by ID and name, and defaults to one named Layer 1', () => {
    const given = resolveFixture(parseFixtureYaml(base('        layers: [{ id: LA, name: Day }, { id: LB, name: Night }]')));
    expect(given.schedules[0]!.rotations[0]).toMatchObject({ layers: ['LA', 'LB'], layerNames: { LA: 'Day', LB: 'Night' } });
    const defaulted = resolveFixture(parseFixtureYaml(base('')));
    expect(defaulted.schedules[0]!.rotations[0]!.layers).toHaveLength(1);
    expect(Object.values(defaulted.schedules[0]!.rotations[0]!.layerNames)).toEqual(['Layer 1']);
    expect(defaulted.overrideEntryIds).toBe('present');
  });

  it('reports duplicate and empty layer lists, and an override on a layer its rotation does not have', () => {
    const messages = (text: string): string[] => {
      try {
        parseFixtureYaml(text);
        return [];
      } catch (e) {
        return (e as FixtureError).problems.map((p) => p.message);
      }
    };
    expect(messages(base('        layers: [{ id: LA, name: A }, { id: LA, name: B }]'))).toEqual([
      'duplicate layer id "LA" (first used at schedules[0].rotations[0].layers[0].id)',
    ]);
    expect(messages(base('        layers: []'))).toEqual(['must list at least one layer, or be left out (one layer)']);
    expect(messages(base('        layers: [{ id: LA, name: A }]', ', rotation_id: R1, layer_id: LZ'))).toEqual([
      '"LZ" is not a layer of the override\'s rotation R1',
    ]);
  });
});
