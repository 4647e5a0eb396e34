// Running policy test cases: the same selection and rule engine as the gate and the pull request
// flow, judged on a rota snapshot; every expectation compared (result, policy, rule, expiry,
// approver); every case that cannot be judged (an unknown policy or environment, a schedule the
// snapshot lacks, a time outside its window, a rule the policy does not have) an error at its line.
import { describe, expect, it } from 'vitest';
import { globMatcher } from '../../src/policy/glob.js';
import { loadPolicySet } from '../../src/policy/load-policy.js';
import type { PolicyFile } from '../../src/policy/types.js';
import { loadPolicyTests } from '../../src/policy-test/load-tests.js';
import { runPolicyTests, type CaseResult } from '../../src/policy-test/run-tests.js';

const PRIMARY = '01HXYZSCHEDULEPRIMARY00000';
const SECONDARY = '01HXYZSCHEDULESECONDARY000';

const POLICIES: Record<string, string> = {
  'policies/production.yaml': `version: 1
kind: policy
name: production-deploy
match: { environments: [production], branches: [main], paths: ["services/**"] }
approval:
  - type: auto
    integration: incidentio
    schedules: [${PRIMARY}]
    duration: 1h
  - type: escalation
    integration: incidentio
    services: [${PRIMARY}, ${SECONDARY}]
    duration: 24h
    options: { requireReason: true }
`,
  'policies/freeze.yaml': `version: 1
kind: policy
name: holiday-freeze
match: { environments: [production-freeze] }
approval:
  - type: deny
    reason: Frozen
`,
  'policies/twice.yaml': `version: 1
kind: policy
name: two-autos
match: { environments: [twice] }
approval:
  - { type: auto, integration: incidentio, schedules: [${PRIMARY}] }
  - { type: auto, integration: incidentio, schedules: [${SECONDARY}] }
`,
  'policies/identities.yaml': `version: 1
kind: identities
users: { alice: alice@example.com, octocat: octo.cat@example.com, bob: bob@example.com, carol: carol@example.com }
`,
};
const set = loadPolicySet(Object.entries(POLICIES).map(([path, text]): PolicyFile => ({ path, text })));

// Alice is primary from 09:00 on the 6th to 09:00 on the 7th, octocat before; bob is secondary all week.
const SNAPSHOT = `version: 1
kind: rota-snapshot
window: { from: 2026-01-05T00:00:00Z, to: 2026-01-12T00:00:00Z }
users:
  - { id: UA, name: Alice, email: alice@example.com }
  - { id: UO, name: Octo, email: octo.cat@example.com }
  - { id: UB, name: Bob, email: bob@example.com }
schedules:
  - id: ${PRIMARY}
    entries:
      - { user: UO, start: 2026-01-05T09:00:00Z, end: 2026-01-06T09:00:00Z }
      - { user: UA, start: 2026-01-06T09:00:00Z, end: 2026-01-07T09:00:00Z }
  - id: ${SECONDARY}
    entries:
      - { user: UB, start: 2026-01-05T09:00:00Z, end: 2026-01-12T09:00:00Z }
`;

function run(cases: string, snapshots = 'snapshots: [rota.yaml]\n') {
  const suite = loadPolicyTests(
    [
      { path: 'policy-tests/t.yaml', text: `version: 1\nkind: policy-test\n${snapshots}cases:\n${cases}` },
      { path: 'policy-tests/rota.yaml', text: SNAPSHOT },
    ],
    'policy-tests',
  );
  expect(suite.diagnostics).toEqual([]);
  return runPolicyTests(set, suite, { policyPath: 'policies', matcher: globMatcher });
}

const one = (yaml: string): CaseResult => {
  const r = run(yaml).results;
  expect(r).toHaveLength(1);
  return r[0]!;
};

describe('runPolicyTests: the decisions', () => {
  it.each([
    [
      'the primary on call is auto-approved until duration',
      'actor: alice\n    environment: production',
      '{ result: approved, rule: auto, policy: production-deploy, expiresAt: 2026-01-06T11:00:00Z, approvedBy: auto }',
    ],
    ['an actor given by email', 'actor: Alice@Example.com\n    environment: production', '{ result: approved, rule: 1 }'],
    ['the policy input selects by name', 'actor: alice\n    policy: production-deploy', '{ result: approved }'],
    [
      'off call with a reason: pending on the escalation',
      'actor: octocat\n    environment: production\n    reason: hotfix for the cache',
      '{ result: pending, rule: escalation }',
    ],
    ['off call without a reason: denied', 'actor: octocat\n    environment: production', '{ result: denied }'],
    [
      'someone the identities file does not know: denied',
      'actor: mallory\n    environment: production\n    reason: hotfix for the cache',
      '{ result: pending }',
    ],
    ['a deny rule wins', 'actor: alice\n    environment: production-freeze', '{ result: denied, rule: deny, policy: holiday-freeze }'],
    ['nothing named: not required', 'actor: alice', '{ result: not-required }'],
    [
      'a merged pull request approved by the secondary on call',
      'actor: octocat\n    environment: production\n    reason: hotfix for the cache\n    merged: { author: octocat, at: 2026-01-06T09:50:00Z }\n    reviews: [{ by: bob, state: APPROVED, at: 2026-01-06T09:40:00Z }]',
      '{ result: approved, rule: escalation, approvedBy: bob, expiresAt: 2026-01-07T09:40:00Z }',
    ],
    [
      'a stale review of the merged pull request does not count',
      'actor: octocat\n    environment: production\n    reason: hotfix for the cache\n    merged: { author: octocat, at: 2026-01-06T09:50:00Z }\n    reviews: [{ by: bob, state: APPROVED, at: 2026-01-06T09:40:00Z, stale: true }]',
      '{ result: pending }',
    ],
    [
      'an on-call change request vetoes',
      'actor: octocat\n    environment: production\n    reason: hotfix for the cache\n    merged: { author: octocat, at: 2026-01-06T09:50:00Z }\n    reviews: [{ by: bob, state: CHANGES_REQUESTED, at: 2026-01-06T09:40:00Z }]',
      '{ result: denied, rule: escalation }',
    ],
    [
      'a pull request whose files match, by the on-call author',
      'actor: alice\n    pull: { base: main, files: [services/api/x.ts] }',
      '{ result: approved, rule: auto }',
    ],
    [
      'a pull request whose files do not match: not required',
      'actor: octocat\n    pull: { base: main, files: [docs/x.md] }',
      '{ result: not-required }',
    ],
    ['a draft waits', 'actor: octocat\n    pull: { base: main, files: [services/x], draft: true }', '{ result: pending }'],
    [
      'an on-call reviewer who pushed the head is not a second party',
      'actor: octocat\n    reason: hotfix for the cache\n    pull: { base: main, files: [services/x], pushedBy: [bob] }\n    reviews: [{ by: bob, state: APPROVED, at: 2026-01-06T09:40:00Z }]',
      '{ result: pending }',
    ],
    [
      'a bot review never counts',
      'actor: octocat\n    reason: hotfix for the cache\n    pull: { base: main, files: [services/x] }\n    reviews: [{ by: "bob[bot]", state: APPROVED, at: 2026-01-06T09:40:00Z }]',
      '{ result: pending }',
    ],
    [
      'an on-call second party approves the pull request',
      'actor: octocat\n    reason: hotfix for the cache\n    pull: { base: main, files: [services/x] }\n    reviews: [{ by: bob, state: APPROVED, at: 2026-01-06T09:40:00Z }]',
      '{ result: approved, approvedBy: bob }',
    ],
  ])('%s', (_name, facts, expectation) => {
    const r = one(`  - name: case\n    at: 2026-01-06T10:00:00Z\n    ${facts}\n    expect: ${expectation}\n`);
    expect(r.mismatches).toEqual([]);
    expect(r.status).toBe('pass');
  });
});

describe('runPolicyTests: expectations that do not hold fail, on the line of the expectation', () => {
  const base = '  - name: alice deploys\n    at: 2026-01-06T10:00:00Z\n    actor: alice\n    environment: production\n    expect:\n';
  it.each([
    ['result', '      result: denied\n', { key: 'result', expected: 'denied', actual: 'approved' }, 10],
    [
      'rule by position',
      '      result: approved\n      rule: 2\n',
      { key: 'rule', expected: '2', actual: 'rule 1 (auto) of production-deploy' },
      11,
    ],
    [
      'rule by type',
      '      result: approved\n      rule: escalation\n',
      { key: 'rule', expected: 'escalation', actual: 'rule 1 (auto) of production-deploy' },
      11,
    ],
    [
      'expiry',
      '      result: approved\n      expiresAt: 2026-01-06T12:00:00Z\n',
      { key: 'expiresAt', expected: '2026-01-06T12:00:00Z', actual: '2026-01-06T11:00:00Z' },
      11,
    ],
    ['approver', '      result: approved\n      approvedBy: bob\n', { key: 'approvedBy', expected: 'bob', actual: 'auto' }, 11],
    [
      'a policy that did not match',
      '      result: approved\n      policy: holiday-freeze\n',
      { key: 'policy', expected: 'holiday-freeze', actual: 'not matched (matched: production-deploy)' },
      11,
    ],
  ])('%s', (_name, expectation, mismatch, line) => {
    const r = one(base + expectation);
    expect(r.status).toBe('fail');
    expect(r.mismatches).toEqual([{ ...mismatch, at: { file: 'policy-tests/t.yaml', line, column: 7 } }]);
  });

  it('a denial by no rule holding has no deciding rule', () => {
    const r = one(
      '  - name: x\n    at: 2026-01-06T10:00:00Z\n    actor: octocat\n    environment: production\n    expect: { result: denied, rule: auto }\n',
    );
    expect(r.mismatches[0]).toMatchObject({ key: 'rule', actual: 'no rule decided production-deploy (no rule holds)' });
  });
});

describe('runPolicyTests: cases that cannot be judged are errors at their line, with the fix', () => {
  const at = '    at: 2026-01-06T10:00:00Z\n    actor: alice\n';
  it.each([
    [
      'a policy that does not exist',
      `${at}    policy: production-deplyo\n    expect: { result: approved }\n`,
      'unknown-policy',
      8,
      /No policy in policies\/ is named `production-deplyo`\. Did you mean `production-deploy`\?/,
      /Name one of the policies \(holiday-freeze, production-deploy, two-autos\)/,
    ],
    [
      'an expected policy that does not exist',
      `${at}    environment: production\n    expect: { result: approved, policy: prod }\n`,
      'unknown-policy',
      9,
      /No policy in policies\/ is named `prod`/,
      /Name one of the policies/,
    ],
    [
      'an environment no policy lists',
      `${at}    environment: prodution\n    expect: { result: approved }\n`,
      'unknown-environment',
      8,
      /lists the environment `prodution`, so the gate would fail with an error\. Did you mean `production`\?/,
      /Use an environment a policy lists/,
    ],
    [
      'a rule position the policy lacks',
      `${at}    environment: production\n    expect: { result: approved, rule: 3 }\n`,
      'unknown-rule',
      9,
      /`production-deploy` has 2 rules, so it has no rule 3/,
      /from 1 to 2/,
    ],
    [
      'a rule type the policy lacks',
      `${at}    environment: production\n    expect: { result: approved, rule: deny }\n`,
      'unknown-rule',
      9,
      /has no `deny` rule/,
      /Name a rule it has/,
    ],
    [
      'a rule type the policy has twice',
      `${at}    environment: twice\n    expect: { result: approved, rule: auto }\n`,
      'ambiguous-rule',
      9,
      /has 2 `auto` rules/,
      /position/,
    ],
    [
      'a time outside the window',
      '    at: 2026-02-01T10:00:00Z\n    actor: alice\n    environment: production\n    expect: { result: approved }\n',
      'outside-window',
      6,
      /The case time 2026-02-01T10:00:00Z is outside the window of the snapshot policy-tests\/rota\.yaml/,
      /record a snapshot that covers it/,
    ],
  ])('%s', (_name, yaml, code, line, message, fix) => {
    const out = run(`  - name: case\n${yaml}`);
    const [r] = out.results;
    expect(r!.status).toBe('error');
    expect(r!.problem).toMatchObject({ severity: 'error', code, file: 'policy-tests/t.yaml', line });
    expect(r!.problem!.message).toMatch(message);
    expect(r!.problem!.fix).toMatch(fix);
    expect(out.diagnostics).toEqual([r!.problem]);
  });

  it('a schedule the snapshot lacks names the schedule, the policy and the record command', () => {
    const suite = loadPolicyTests(
      [
        {
          path: 'policy-tests/t.yaml',
          text: `version: 1\nkind: policy-test\ncases:\n  - name: c\n    at: 2026-01-06T10:00:00Z\n    actor: alice\n    environment: production\n    expect: { result: approved }\n`,
        },
      ],
      'policy-tests',
    );
    const [r] = runPolicyTests(set, suite, { policyPath: 'policies', matcher: globMatcher }).results;
    expect(r!.problem).toMatchObject({ code: 'missing-schedule', line: 4 });
    expect(r!.problem!.message).toBe(
      `The schedule \`${PRIMARY}\` (named by the policy \`production-deploy\`) is in none of the case's snapshots (none given)`,
    );
    expect(r!.problem!.fix).toMatch(`oncall-gate record --schedule ${PRIMARY} --from <time> --to <time>`);
  });

  it('a deny-only policy needs no snapshot', () => {
    const suite = loadPolicyTests(
      [
        {
          path: 'policy-tests/t.yaml',
          text: `version: 1\nkind: policy-test\ncases:\n  - name: c\n    at: 2030-01-06T10:00:00Z\n    actor: alice\n    environment: production-freeze\n    expect: { result: denied }\n`,
        },
      ],
      'policy-tests',
    );
    expect(runPolicyTests(set, suite, { policyPath: 'policies', matcher: globMatcher }).results[0]!.status).toBe('pass');
  });
});
