// Every kind of policy mistake has a fixture folder under test/fixtures/policies/<case>/; this
// table says exactly which diagnostics each must produce (file, line, code, severity) and what
// the message and fix must say. A case that reports more, fewer or different problems fails.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPolicySet } from '../../src/policy/load-policy.js';
import { readPolicyDir } from '../../src/policy/read-policy-dir.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/policies/', import.meta.url));

interface Expected {
  file: string;
  line: number;
  code: string;
  severity?: 'error' | 'warning';
  message: string;
  fix?: string;
}

const CASES: Record<string, { valid: boolean; expected: Expected[] }> = {
  'valid-minimal': { valid: true, expected: [] },
  'valid-full': { valid: true, expected: [] },
  'valid-scoped': { valid: true, expected: [] },
  'scope-mistakes': {
    valid: false,
    expected: [
      {
        file: 'deploy.yaml',
        line: 12,
        code: 'invalid-rotation-id',
        message: '`Payments primary` in `approval[0].scope.01HXYZSCHEDULEPAYMENTS0000.rotations[0]` is not an incident.io rotation ID',
        fix: "Use the rotation's ID, not its name",
      },
      { file: 'deploy.yaml', line: 13, code: 'schema', message: 'Unknown key `layer`', fix: 'Did you mean `layers`?' },
      {
        file: 'deploy.yaml',
        line: 14,
        code: 'scope-unknown-schedule',
        message: '`scope` names schedule 01HXYZSCHEDULEPRIMARY00000, which this rule does not consult',
        fix: "Add 01HXYZSCHEDULEPRIMARY00000 to the rule's `schedules`",
      },
      {
        file: 'deploy.yaml',
        line: 16,
        code: 'invalid-schedule-id',
        message: '`Payments` in `approval[0].scope`',
        fix: 'not by the schedule',
      },
      { file: 'deploy.yaml', line: 22, code: 'schema', message: 'names neither `rotations` nor `layers`', fix: 'or remove the entry' },
      { file: 'deploy.yaml', line: 26, code: 'schema', message: '`approval[2].scope` is empty', fix: 'Remove `scope`' },
      {
        file: 'deploy.yaml',
        line: 30,
        code: 'schema',
        message: 'Unknown key `scope` in `approval[3] (escalation)`',
        fix: 'belongs to `auto` rules',
      },
    ],
  },
  'fallback-mistakes': {
    valid: false,
    expected: [
      { file: 'a.yaml', line: 10, code: 'schema', message: '`whenUnavailable` is the text `allow`', fix: 'Write `whenUnavailable: deny`' },
      {
        file: 'b.yaml',
        line: 11,
        code: 'schema',
        message: 'Unknown key `approver` in `whenUnavailable`',
        fix: 'Did you mean `approvers`?',
      },
      { file: 'b.yaml', line: 12, code: 'invalid-team', message: '`acme/platform-leads`', fix: 'without the organisation' },
      { file: 'b.yaml', line: 13, code: 'duration-out-of-range', message: '`duration: 45d` is longer than allowed' },
      { file: 'c.yaml', line: 10, code: 'fallback-no-approvers', message: 'names no `approvers` and no `approverTeams`' },
    ],
  },
  'auto-integration-schedules': { valid: true, expected: [] },
  'yaml-syntax': {
    valid: false,
    expected: [
      { file: 'tabs.yaml', line: 5, code: 'yaml-syntax', message: 'Tabs are not allowed', fix: 'Indent with spaces' },
      { file: 'unclosed.yaml', line: 6, code: 'yaml-syntax', message: 'Flow sequence', fix: 'Close every `[` with `]`' },
    ],
  },
  'duplicate-key': {
    valid: false,
    expected: [{ file: 'deploy.yaml', line: 10, code: 'duplicate-key', message: 'Duplicate key `name`', fix: 'Remove one' }],
  },
  'yaml-alias': {
    valid: false,
    expected: [{ file: 'deploy.yaml', line: 6, code: 'yaml-alias', message: 'alias `*envs`', fix: 'Write the value out in full' }],
  },
  'yaml-tag': {
    valid: false,
    expected: [
      { file: 'deploy.yaml', line: 3, code: 'yaml-tag', message: '`!!js/function` is not allowed', fix: 'Remove the' },
      { file: 'deploy.yaml', line: 5, code: 'yaml-tag', message: '`!custom` is not allowed' },
    ],
  },
  'multiple-documents': {
    valid: false,
    expected: [{ file: 'two.yaml', line: 8, code: 'yaml-multiple-documents', message: 'more than one YAML document', fix: 'its own file' }],
  },
  'empty-file': {
    valid: false,
    expected: [{ file: 'blank.yaml', line: 1, code: 'empty-file', message: 'no content', fix: 'version: 1' }],
  },
  'not-a-mapping': {
    valid: false,
    expected: [{ file: 'list.yaml', line: 1, code: 'schema', message: 'must be a mapping', fix: 'version: 1' }],
  },
  'unknown-key': {
    valid: false,
    expected: [
      {
        file: 'deploy.yaml',
        line: 4,
        code: 'schema',
        message: 'Unknown key `owner` in a policy file',
        fix: 'Remove it. Allowed keys here: version, kind, name, description, match, approval',
      },
      {
        file: 'deploy.yaml',
        line: 6,
        code: 'schema',
        message: 'Unknown key `environment` in `match`',
        fix: 'Did you mean `environments`? Allowed keys here: environments, branches, paths, labels',
      },
      {
        file: 'deploy.yaml',
        line: 11,
        code: 'schema',
        message: 'Unknown key `optoins` in `approval[0] (auto)`',
        fix: 'Did you mean `options`?',
      },
    ],
  },
  'missing-keys': {
    valid: false,
    expected: [
      { file: 'deploy.yaml', line: 1, code: 'schema', message: 'Missing `name`', fix: 'Add `name: production-deploy`' },
      { file: 'deploy.yaml', line: 1, code: 'schema', message: 'Missing `approval`', fix: 'Add `approval:`' },
      { file: 'incidentio.yaml', line: 1, code: 'schema', message: 'Missing `integration`', fix: 'Add `integration: incidentio`' },
    ],
  },
  'wrong-type': {
    valid: false,
    expected: [
      {
        file: 'deploy.yaml',
        line: 5,
        code: 'schema',
        message: '`match.environments` must be a list, but it is the text `production`',
        fix: '`environments: [production]`',
      },
      {
        file: 'deploy.yaml',
        line: 6,
        code: 'schema',
        message: '`match.branches` must be a list, but it is empty',
        fix: '`branches: [main]`',
      },
      {
        file: 'deploy.yaml',
        line: 12,
        code: 'schema',
        message: 'must be true or false, but it is the text `yes`',
        fix: '`allowOneParty: true`',
      },
    ],
  },
  'bad-enum': {
    valid: false,
    expected: [
      {
        file: 'identities.yaml',
        line: 3,
        code: 'schema',
        message: '`lookup[1]` is the text `github-email`; allowed: map, github-public-email, github-verified-domain-email',
      },
      { file: 'incidentio.yaml', line: 3, code: 'schema', message: 'it must be `incidentio`', fix: 'Write `integration: incidentio`' },
      {
        file: 'incidentio.yaml',
        line: 5,
        code: 'schema',
        message: '`escalation.visibility` is the text `secret`; allowed: public, private',
      },
      { file: 'incidentio.yaml', line: 6, code: 'schema', message: '`escalation.mode` is the text `prod`; allowed: standard, test' },
    ],
  },
  'schedule-name': {
    valid: false,
    expected: [
      {
        file: 'deploy.yaml',
        line: 11,
        code: 'invalid-schedule-id',
        message: '`Platform primary` in `approval[0].services[1]` is not an incident.io schedule ID',
        fix: "the schedule's ID, not its name",
      },
    ],
  },
  'bad-name': {
    valid: false,
    expected: [
      { file: 'deploy.yaml', line: 3, code: 'invalid-name', message: '`Production Deploy`', fix: 'Use `name: production-deploy`' },
    ],
  },
  'bad-duration': {
    valid: false,
    expected: [
      { file: 'deploy.yaml', line: 10, code: 'invalid-duration', message: '`90 minutes`, which is not a duration', fix: '`duration: 90m`' },
      { file: 'deploy.yaml', line: 14, code: 'invalid-duration', message: '`0m`', fix: 'whole number followed by m, h or d' },
      {
        file: 'deploy.yaml',
        line: 18,
        code: 'duration-out-of-range',
        message: '`duration: 31d` is longer than allowed (1m to 30d)',
        fix: 'between 1m and 30d',
      },
      { file: 'deploy.yaml', line: 22, code: 'duration-out-of-range', message: 'longer than allowed' },
    ],
  },
  'bad-identities': {
    valid: false,
    expected: [
      { file: 'identities.yaml', line: 5, code: 'invalid-email', message: '`bob-at-example.com` in `users.bob` is not an email address' },
      {
        file: 'identities.yaml',
        line: 6,
        code: 'duplicate-login',
        message: 'Login `Alice` is already mapped as `alice` (line 4)',
        fix: 'Keep one entry',
      },
      { file: 'identities.yaml', line: 7, code: 'invalid-login', message: '`dependabot[bot]` in `users` is not a GitHub login' },
    ],
  },
  'duplicate-identity': {
    valid: false,
    expected: [
      {
        file: 'identities.yaml',
        line: 6,
        code: 'duplicate-email',
        message:
          'Login `alice-ops` maps to `ALICE@Example.com`, which `alice` (line 4) maps to already; emails are case-insensitive and each belongs to one person',
        fix: 'Keep one login per incident.io email',
      },
      {
        file: 'identities.yaml',
        line: 7,
        code: 'duplicate-login',
        message: 'Login `Carol` is already mapped as `carol` (line 5)',
        fix: 'Keep one entry',
      },
      { file: 'identities.yaml', line: 9, code: 'duplicate-key', message: 'Duplicate key `dave`', fix: 'Remove one' },
    ],
  },
  'unknown-kind': {
    valid: false,
    expected: [
      { file: 'deploy.yaml', line: 2, code: 'unknown-kind', message: 'Unknown kind `polcy`', fix: 'Did you mean `policy`?' },
      { file: 'nokind.yaml', line: 1, code: 'unknown-kind', message: 'Missing `kind`', fix: 'Add `kind: policy`' },
    ],
  },
  version: {
    valid: false,
    expected: [
      { file: 'missing.yaml', line: 1, code: 'unsupported-version', message: 'Missing `version`', fix: 'Add `version: 1`' },
      {
        file: 'quoted.yaml',
        line: 1,
        code: 'unsupported-version',
        message: 'must be the number 1, not the text "1"',
        fix: 'without quotes',
      },
      { file: 'two.yaml', line: 1, code: 'unsupported-version', message: '`version: 2` is not supported', fix: 'Set `version: 1`' },
    ],
  },
  'duplicate-name': {
    valid: false,
    expected: [
      {
        file: 'a.yaml',
        line: 3,
        code: 'duplicate-name',
        message: 'Policy name `deploy` is also used in duplicate-name/b.yaml:4',
        fix: 'Rename one',
      },
      { file: 'b.yaml', line: 4, code: 'duplicate-name', message: 'Policy name `deploy` is also used in duplicate-name/a.yaml:3' },
    ],
  },
  'two-integrations': {
    valid: false,
    expected: [
      {
        file: 'one.yaml',
        line: 2,
        code: 'duplicate-integration',
        message: 'More than one `kind: integration` file: this one and two-integrations/two.yaml',
        fix: 'Keep a single integration file',
      },
      { file: 'two.yaml', line: 2, code: 'duplicate-integration', message: 'this one and two-integrations/one.yaml' },
    ],
  },
  'two-identities': {
    valid: false,
    expected: [
      { file: 'one.yaml', line: 2, code: 'duplicate-identities', message: 'More than one `kind: identities` file' },
      { file: 'two.yaml', line: 2, code: 'duplicate-identities', message: 'this one and two-identities/one.yaml' },
    ],
  },
  'empty-services': {
    valid: false,
    expected: [
      {
        file: 'deploy.yaml',
        line: 9,
        code: 'empty-services',
        message: '`approval[0]` has an empty `services` list, so nobody can approve',
        fix: 'List the incident.io schedule IDs',
      },
      { file: 'deploy.yaml', line: 10, code: 'empty-services', message: '`approval[1]` has no `services`', fix: 'Add `services: [' },
    ],
  },
  'auto-no-schedules': {
    valid: true,
    expected: [
      {
        file: 'deploy.yaml',
        line: 10,
        code: 'auto-no-schedules',
        severity: 'warning',
        message: 'never approves anyone',
        fix: 'in auto-no-schedules/incidentio.yaml',
      },
    ],
  },
  'match-never-matches': {
    valid: false,
    expected: [
      {
        file: 'empty-lists.yaml',
        line: 5,
        code: 'match-never-matches',
        message: '`match.environments` is an empty list',
        fix: 'remove the `environments` key',
      },
      { file: 'empty-lists.yaml', line: 7, code: 'match-never-matches', message: '`match.paths` is an empty list' },
      { file: 'globs.yaml', line: 5, code: 'invalid-glob', message: '`release/{1,2` is not a valid glob' },
      {
        file: 'globs.yaml',
        line: 5,
        code: 'match-never-matches',
        message: '`refs/heads/main` starts with `refs/`',
        fix: 'Write the branch name only: `main`',
      },
      { file: 'globs.yaml', line: 6, code: 'invalid-glob', message: '`services/{api/**` is not a valid glob' },
      {
        file: 'no-lists.yaml',
        line: 4,
        code: 'match-never-matches',
        message: 'neither `environments` nor `branches`',
        fix: 'Add `environments: [production]`',
      },
    ],
  },
  'empty-approval': {
    valid: true,
    expected: [
      { file: 'deploy.yaml', line: 6, code: 'empty-approval', severity: 'warning', message: 'every request this policy matches is denied' },
    ],
  },
  'rule-mistakes': {
    valid: false,
    expected: [
      {
        file: 'deploy.yaml',
        line: 7,
        code: 'schema',
        message: 'Unknown approval rule type `autoo` in `approval[0]`',
        fix: 'Did you mean `auto`?',
      },
      { file: 'deploy.yaml', line: 9, code: 'schema', message: '`approval[1]` has no `type`', fix: 'Add `type: auto`' },
      {
        file: 'deploy.yaml',
        line: 14,
        code: 'schema',
        message: 'Unknown key `services` in `approval[2] (auto)`',
        fix: '`services` belongs to `escalation` rules',
      },
      { file: 'deploy.yaml', line: 15, code: 'schema', message: 'Unknown key `requireReason`', fix: 'Move it under `options:`' },
      { file: 'deploy.yaml', line: 17, code: 'schema', message: '`approval[3].reason` is empty' },
      {
        file: 'deploy.yaml',
        line: 21,
        code: 'schema',
        message: 'Unknown key `requireReasons` in `approval[4].options`',
        fix: 'Did you mean `requireReason`?',
      },
    ],
  },
  'prototype-keys': {
    valid: false,
    expected: [
      { file: 'deploy.yaml', line: 4, code: 'schema', message: 'Unknown key `__proto__` in a policy file' },
      { file: 'deploy.yaml', line: 5, code: 'schema', message: 'Unknown key `constructor` in a policy file' },
      { file: 'deploy.yaml', line: 8, code: 'schema', message: 'Unknown key `__proto__` in `match`' },
    ],
  },
};

describe('diagnostics for each fixture case', () => {
  it('has a table entry for every fixture folder', () => {
    const folders = readdirSync(FIXTURES, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(folders).toEqual(Object.keys(CASES).sort());
  });

  for (const [name, { valid, expected }] of Object.entries(CASES)) {
    it(name, async () => {
      const set = loadPolicySet(await readPolicyDir(FIXTURES, name));
      const got = set.diagnostics.map((d) => ({ file: d.file, line: d.line, code: d.code, severity: d.severity }));
      expect(got).toEqual(
        expected.map((e) => ({ file: `${name}/${e.file}`, line: e.line, code: e.code, severity: e.severity ?? 'error' })),
      );
      set.diagnostics.forEach((d, i) => {
        const want = expected[i];
        if (!want) return;
        expect(d.message).toContain(want.message);
        if (want.fix) expect(d.fix).toContain(want.fix);
        expect(d.column).toBeGreaterThanOrEqual(1);
        expect(d.fix.length).toBeGreaterThan(10);
      });
      expect(set.valid).toBe(valid);
    });
  }
});

describe('one problem, one diagnostic', () => {
  it('does not repeat a missing `version` for the top level and the kind branch', () => {
    const set = loadPolicySet([{ path: 'p/x.yaml', text: 'kind: identities\n' }]);
    expect(set.diagnostics.map((d) => d.code)).toEqual(['unsupported-version']);
  });

  it('reports an unknown rule type once, not once per rule kind', () => {
    const text = 'version: 1\nkind: policy\nname: a\nmatch: { environments: [x] }\napproval:\n  - type: nope\n    foo: 1\n';
    const set = loadPolicySet([{ path: 'p/x.yaml', text }]);
    expect(set.diagnostics).toHaveLength(1);
    expect(set.diagnostics[0]).toMatchObject({ line: 6, code: 'schema' });
    expect(set.diagnostics[0]?.message).toContain('Unknown approval rule type `nope`');
  });

  it('reports an invalid login key once, naming it', () => {
    const set = loadPolicySet([{ path: 'p/x.yaml', text: 'version: 1\nkind: identities\nusers:\n  no_underscores: a@b.co\n' }]);
    expect(set.diagnostics.map((d) => [d.code, d.line])).toEqual([['invalid-login', 4]]);
    expect(set.diagnostics[0]?.message).toContain('`no_underscores`');
  });

  it('reports only the errors of the branch the rule`s `type` names', () => {
    const text =
      'version: 1\nkind: policy\nname: a\nmatch: { environments: [x] }\napproval:\n  - type: escalation\n    integration: incidentio\n';
    const set = loadPolicySet([{ path: 'p/x.yaml', text }]);
    expect(set.diagnostics.map((d) => d.code)).toEqual(['empty-services']);
  });
});

describe('message details', () => {
  const one = (text: string) => {
    const set = loadPolicySet([{ path: 'p/x.yaml', text }]);
    expect(set.diagnostics).toHaveLength(1);
    return set.diagnostics[0] as NonNullable<(typeof set.diagnostics)[0]>;
  };
  const policy = (match: string, rule = '  - type: deny\n') => `version: 1\nkind: policy\nname: a\nmatch:\n${match}approval:\n${rule}`;

  it('does not take prototype names for another rule type`s keys', () => {
    const d = one(policy('  environments: [x]\n', '  - type: deny\n    constructor: 1\n'));
    expect(d.message).toBe('Unknown key `constructor` in `approval[0] (deny)`');
    expect(d.fix).toMatch(/^Remove it\. Allowed keys here: type, reason\.$/);
  });

  it('shows a list item`s fix without an index as the key', () => {
    const d = one(policy('  environments: [1]\n'));
    expect(d).toMatchObject({ line: 5, column: 18, code: 'schema' });
    expect(d.message).toBe('`match.environments[0]` must be text, but it is the number `1`');
    expect(d.fix).toBe('Quote it: `"1"`.');
  });

  it('names the kind of file an unknown top-level key is in', () => {
    expect(one('version: 1\nkind: identities\nowner: me\n').message).toBe('Unknown key `owner` in an identities file');
    expect(one('version: 1\nkind: integration\nintegration: incidentio\nowner: me\n').message).toBe(
      'Unknown key `owner` in an integration file',
    );
  });

  it('describes a version that is not a number', () => {
    expect(one('version: { major: 1 }\nkind: identities\n').message).toBe('`version` is a mapping; this action reads version 1');
    expect(one('version:\nkind: identities\n').message).toBe('`version` is empty; this action reads version 1');
  });

  it('truncates long user text in messages', () => {
    const d = one(
      policy('  environments: [x]\n', `  - type: escalation\n    integration: incidentio\n    services: ["${'a b'.repeat(100)}"]\n`),
    );
    expect(d.code).toBe('invalid-schedule-id');
    expect(d.message.length).toBeLessThan(140);
    expect(d.message).toContain('...');
  });
});
