// Reading the policy tests folder: cases and snapshots from YAML, and every bad input (a file
// that is not YAML, a snapshot that does not match the schema, a missing or broken snapshot, a
// case that mixes a pull request with a run) a Diagnostic at its file and line with the fix.
import { describe, expect, it } from 'vitest';
import { loadPolicyTests, resolveSnapshotPath } from '../../src/policy-test/load-tests.js';
import type { PolicyFile } from '../../src/policy/types.js';

const files = (map: Record<string, string>): PolicyFile[] => Object.entries(map).map(([path, text]) => ({ path, text }));

const SNAPSHOT = `version: 1
kind: rota-snapshot
window: { from: 2026-01-05T00:00:00Z, to: 2026-01-12T00:00:00Z }
users:
  - { id: U1, name: Alice, email: Alice@Example.com }
schedules:
  - id: 01HXYZSCHEDULEPRIMARY00000
    entries:
      - { user: U1, start: 2026-01-06T09:00:00Z, end: 2026-01-07T09:00:00Z, rotation: R1, layer: L1 }
`;
const TEST = `version: 1
kind: policy-test
snapshots: [snapshots/rota.yaml]
cases:
  - name: alice deploys
    at: 2026-01-06T10:00:00+01:00
    actor: alice
    environment: production
    reason: because
    expect:
      result: approved
      rule: 1
      expiresAt: 2026-01-06T11:00:00Z
`;

describe('loadPolicyTests', () => {
  it('reads cases and snapshots, with the positions of every key', () => {
    const suite = loadPolicyTests(files({ 'policy-tests/prod.yaml': TEST, 'policy-tests/snapshots/rota.yaml': SNAPSHOT }), 'policy-tests');
    expect(suite.diagnostics).toEqual([]);
    expect(suite.files).toEqual(['policy-tests/prod.yaml', 'policy-tests/snapshots/rota.yaml']);
    const [c] = suite.cases;
    expect(c).toMatchObject({
      file: 'policy-tests/prod.yaml',
      at: { file: 'policy-tests/prod.yaml', line: 5, column: 5 },
      name: 'alice deploys',
      time: new Date('2026-01-06T09:00:00Z'),
      actor: 'alice',
      environment: 'production',
      reason: 'because',
      snapshots: ['policy-tests/snapshots/rota.yaml'],
      expect: { result: 'approved', rule: 1, expiresAt: new Date('2026-01-06T11:00:00Z') },
    });
    expect(c!.positions['expect.rule']).toEqual({ file: 'policy-tests/prod.yaml', line: 12, column: 7 });
    expect(c!.positions['expect.result']?.line).toBe(11);
    const snapshot = suite.snapshots.get('policy-tests/snapshots/rota.yaml')!;
    expect(snapshot.window).toEqual({ from: new Date('2026-01-05T00:00:00Z'), to: new Date('2026-01-12T00:00:00Z') });
    expect(snapshot.schedules.get('01HXYZSCHEDULEPRIMARY00000')).toEqual([
      {
        scheduleId: '01HXYZSCHEDULEPRIMARY00000',
        email: 'alice@example.com',
        name: 'Alice',
        userId: 'U1',
        startAt: new Date('2026-01-06T09:00:00Z'),
        endAt: new Date('2026-01-07T09:00:00Z'),
        // Carried into the shift, so a rule scoped to rotations or layers judges it as the gate would.
        rotationId: 'R1',
        layerId: 'L1',
      },
    ]);
  });

  it.each([
    [
      'a snapshot entry without `end`',
      SNAPSHOT.replace(', end: 2026-01-07T09:00:00Z', ''),
      9,
      'schema',
      /Missing key `end` in `schedules\[0\]\.entries\[0\]`/,
      /Add `end:`\. End of the shift/,
    ],
    [
      'a user without a proper email',
      SNAPSHOT.replace('Alice@Example.com', 'alice'),
      5,
      'schema',
      /`users\[0\]\.email` is "alice", which is not the right form/,
      /The email/,
    ],
    [
      'a time without an offset',
      SNAPSHOT.replace('start: 2026-01-06T09:00:00Z', 'start: 2026-01-06 09:00'),
      9,
      'schema',
      /`schedules\[0\]\.entries\[0\]\.start` is "2026-01-06 09:00"/,
      /RFC 3339 with an offset/,
    ],
    [
      'an unknown key',
      SNAPSHOT.replace('users:', 'userz: []\nusers:'),
      4,
      'schema',
      /Unknown key `userz`\. Did you mean `users`\?/,
      /Rename it to `users`/,
    ],
    [
      'a schedule name instead of its ID',
      SNAPSHOT.replace('01HXYZSCHEDULEPRIMARY00000', 'Platform primary'),
      7,
      'schema',
      /`schedules\[0\]\.id` is "Platform primary"/,
      /schedule ID/,
    ],
    [
      'an entry for a user who is not listed',
      SNAPSHOT.replace('{ user: U1,', '{ user: U2,'),
      9,
      'unknown-user',
      /names the user `U2`, who is not in `users`/,
      /Add the user .* \(U1\)/,
    ],
    [
      'an entry that ends before it starts',
      SNAPSHOT.replace('end: 2026-01-07T09:00:00Z', 'end: 2026-01-05T09:00:00Z'),
      9,
      'snapshot-entry',
      /ends before it starts/,
      /later than `start`/,
    ],
    [
      'a window that ends before it starts',
      SNAPSHOT.replace('to: 2026-01-12T00:00:00Z', 'to: 2026-01-01T00:00:00Z'),
      3,
      'snapshot-window',
      /`window\.to` is not after/,
      /end after it starts/,
    ],
    ['an alias', SNAPSHOT.replace('users:', 'x: &a 1\nusers:'), 4, 'yaml-alias', /.*/, /.*/],
  ])('a snapshot with %s: an error at its line, and the cases that use it cannot run', (_name, text, line, code, message, fix) => {
    const suite = loadPolicyTests(files({ 'policy-tests/prod.yaml': TEST, 'policy-tests/snapshots/rota.yaml': text }), 'policy-tests');
    const own = suite.diagnostics.filter((d) => d.file === 'policy-tests/snapshots/rota.yaml');
    expect(own.length).toBeGreaterThan(0);
    const [d] = own;
    if (code !== 'yaml-alias') {
      expect(d).toMatchObject({ severity: 'error', code, line });
      expect(d!.message).toMatch(message);
      expect(d!.fix).toMatch(fix);
    } else {
      expect(own.some((x) => x.code === 'schema' || x.code === 'yaml-alias')).toBe(true);
    }
    expect(suite.cases).toEqual([]);
    expect(suite.diagnostics.find((x) => x.file === 'policy-tests/prod.yaml')).toMatchObject({
      code: 'broken-snapshot',
      line: 3,
      message: expect.stringMatching(/The snapshot `snapshots\/rota\.yaml` has errors/),
    });
  });

  it('a snapshot that does not exist, or lies outside the folder, is an error on the line naming it, with the fix', () => {
    const missing = loadPolicyTests(
      files({
        'policy-tests/prod.yaml': TEST.replace('snapshots/rota.yaml', 'snapshots/rotaa.yaml'),
        'policy-tests/snapshots/rota.yaml': SNAPSHOT,
      }),
      'policy-tests',
    );
    expect(missing.diagnostics).toEqual([
      {
        severity: 'error',
        code: 'unknown-snapshot',
        file: 'policy-tests/prod.yaml',
        line: 3,
        column: 13,
        message: 'There is no rota snapshot `snapshots/rotaa.yaml` (looked for policy-tests/snapshots/rotaa.yaml)',
        fix: 'Record one with `oncall-gate record --schedule <id> --from <time> --to <time> > policy-tests/snapshots/rotaa.yaml`, or name an existing one (snapshots/rota.yaml); see docs/policy-tests.md.',
      },
    ]);
    expect(missing.cases).toEqual([]);
    const outside = loadPolicyTests(
      files({ 'policy-tests/prod.yaml': TEST.replace('snapshots/rota.yaml', '../policies/production.yaml') }),
      'policy-tests',
    );
    expect(outside.diagnostics[0]).toMatchObject({ code: 'snapshot-outside-folder', line: 3 });
    const notSnapshot = loadPolicyTests(
      files({ 'policy-tests/prod.yaml': TEST.replace('snapshots/rota.yaml', 'other.yaml'), 'policy-tests/other.yaml': TEST }),
      'policy-tests',
    );
    expect(notSnapshot.diagnostics.map((d) => d.code)).toContain('not-a-snapshot');
  });

  it.each([
    [
      '`pull` with `environment`',
      TEST.replace('    environment: production\n', '    environment: production\n    pull: { base: main }\n'),
      /either a pull request or a workflow run/,
    ],
    [
      '`reviews` without a pull request',
      TEST.replace('    reason: because\n', '    reviews: [{ by: bob, state: APPROVED, at: 2026-01-06T09:00:00Z }]\n'),
      /`reviews` needs a pull request/,
    ],
    [
      'an unknown result',
      TEST.replace('result: approved', 'result: approve'),
      /`cases\[0\]\.expect\.result` is "approve", which is not one of `approved`, `denied`, `pending`, `not-required`/,
    ],
    [
      'a rule that is neither a position nor a type',
      TEST.replace('rule: 1', 'rule: first'),
      /`cases\[0\]\.expect\.rule` is "first", which is neither a rule position/,
    ],
    ['a misspelt key', TEST.replace('    actor: alice', '    actr: alice'), /Unknown key `actr` in `cases\[0\]`\. Did you mean `actor`\?/],
    ['no cases', 'version: 1\nkind: policy-test\ncases: []\n', /must NOT have fewer than 1 items/],
    ['an unknown kind', 'version: 1\nkind: policy-tests\n', /`kind` is "policy-tests", which is not one of `policy-test`, `rota-snapshot`/],
    ['an empty file', '', /The file has no content/],
  ])('a test file with %s: an error at its line; its cases do not run', (_name, text, message) => {
    const suite = loadPolicyTests(files({ 'policy-tests/prod.yaml': text, 'policy-tests/snapshots/rota.yaml': SNAPSHOT }), 'policy-tests');
    expect(suite.diagnostics.map((d) => d.message).join('\n')).toMatch(message);
    expect(suite.diagnostics.every((d) => d.file === 'policy-tests/prod.yaml' && d.line >= 1 && d.fix.length > 0)).toBe(true);
    expect(suite.cases).toEqual([]);
  });

  it('an empty file says which kinds a tests folder file has', () => {
    const suite = loadPolicyTests(files({ 'policy-tests/blank.yaml': '' }), 'policy-tests');
    expect(suite.diagnostics[0]?.fix).toMatch(/kind: policy-test` \(or `kind: rota-snapshot`\)/);
  });

  it('names the files that are, or may be, broken snapshots (for plan), and keeps when a snapshot was recorded', () => {
    const suite = loadPolicyTests(
      files({
        'policy-tests/good.yaml': SNAPSHOT.replace('kind: rota-snapshot', 'kind: rota-snapshot\nrecordedAt: 2026-01-05T00:00:00Z'),
        'policy-tests/bad-entry.yaml': SNAPSHOT.replace('user: U1,', 'user: U9,'),
        'policy-tests/bad-schema.yaml': SNAPSHOT.replace('window:', 'windw:'),
        'policy-tests/not-yaml.yaml': 'version: 1\nkind: [\n',
        'policy-tests/bad-test.yaml': TEST.replace('actor: alice', 'actr: alice'),
      }),
      'policy-tests',
    );
    expect(suite.brokenSnapshots).toEqual(['policy-tests/bad-entry.yaml', 'policy-tests/bad-schema.yaml', 'policy-tests/not-yaml.yaml']);
    expect([...suite.snapshots.keys()]).toEqual(['policy-tests/good.yaml']);
    expect(suite.snapshots.get('policy-tests/good.yaml')!.recordedAt).toEqual(new Date('2026-01-05T00:00:00Z'));
    expect(new Set(suite.diagnostics.map((d) => d.file))).toEqual(new Set([...suite.brokenSnapshots, 'policy-tests/bad-test.yaml']));
  });

  it('resolves snapshot paths relative to the file, inside the folder only', () => {
    expect(resolveSnapshotPath('policy-tests/a/t.yaml', '../snapshots/s.yaml', 'policy-tests')).toBe('policy-tests/snapshots/s.yaml');
    expect(resolveSnapshotPath('policy-tests/t.yaml', '../x.yaml', 'policy-tests')).toBeUndefined();
    expect(resolveSnapshotPath('policy-tests/t.yaml', '/etc/passwd', 'policy-tests')).toBeUndefined();
    expect(resolveSnapshotPath('policy-tests/t.yaml', '..\\x.yaml', 'policy-tests')).toBeUndefined();
  });
});
