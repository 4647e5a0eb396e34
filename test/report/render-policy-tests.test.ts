// The words and tables of policy test results: the terminal table, the step summary section and
// the annotations (a failed case on the line of the expectation it broke).
import { describe, expect, it } from 'vitest';
import { globMatcher } from '../../src/policy/glob.js';
import { loadPolicySet } from '../../src/policy/load-policy.js';
import { loadPolicyTests } from '../../src/policy-test/load-tests.js';
import { runPolicyTests } from '../../src/policy-test/run-tests.js';
import { renderTestsMarkdown, renderTestsText, testAnnotations, testCounts } from '../../src/report/render-policy-tests.js';

const set = loadPolicySet([
  {
    path: 'policies/freeze.yaml',
    text: 'version: 1\nkind: policy\nname: freeze\nmatch: { environments: [prod] }\napproval:\n  - type: deny\n    reason: Frozen\n',
  },
]);
const TESTS = `version: 1
kind: policy-test
cases:
  - name: the freeze denies
    at: 2026-01-06T10:00:00Z
    actor: alice
    environment: prod
    expect: { result: denied, rule: deny }
  - name: "a wrong | expectation"
    at: 2026-01-06T10:00:00Z
    actor: alice
    environment: prod
    expect:
      result: approved
  - name: an unknown environment
    at: 2026-01-06T10:00:00Z
    actor: alice
    environment: prd
    expect: { result: denied }
`;
const suite = loadPolicyTests(
  [
    { path: 'policy-tests/t.yaml', text: TESTS },
    { path: 'policy-tests/bad.yaml', text: 'version: 2\nkind: policy-test\ncases: []\n' },
  ],
  'policy-tests',
);
const run = runPolicyTests(set, suite, { policyPath: 'policies', matcher: globMatcher });

describe('policy test results', () => {
  it('counts passes, failures and errors (cases that could not run, and broken files)', () => {
    expect(testCounts(run, suite.diagnostics)).toEqual({ passed: 1, failed: 1, errors: 3 });
  });

  it('the terminal table: file problems, one line per case, what failed, the totals', () => {
    expect(renderTestsText(run, suite.diagnostics)).toEqual([
      'policy-tests/bad.yaml:1:1: `version` must be 1, not 2 (Set it to 1.)',
      'policy-tests/bad.yaml:3:1: `cases` must NOT have fewer than 1 items (See docs/policy-tests.md.)',
      '',
      'pass   policy-tests/t.yaml:4   the freeze denies       denied, freeze rule 1 (deny)',
      'FAIL   policy-tests/t.yaml:9   a wrong | expectation   denied, freeze rule 1 (deny)',
      'ERROR  policy-tests/t.yaml:15  an unknown environment',
      '',
      'policy-tests/t.yaml:14:7: a wrong | expectation: expected result approved, got denied',
      'policy-tests/t.yaml:18:5: No policy in policies/ lists the environment `prd`, so the gate would fail with an error. Did you mean `prod`? (Use an environment a policy lists (prod), or add a policy whose `match.environments` lists it.)',
      '',
      '3 cases: 1 passed, 1 failed, 3 errors.',
    ]);
  });

  it('the step summary: a table with user text escaped', () => {
    const md = renderTestsMarkdown(run, suite.diagnostics, 'policy-tests');
    expect(md.split('\n').slice(0, 3)).toEqual(['### ❌ Policy tests (`policy-tests/`)', '', '3 cases: 1 passed, 1 failed, 3 errors.']);
    expect(md).toContain('| ✅ | the freeze denies | `policy-tests/t.yaml:4` | denied, deny rule | denied, freeze rule 1 \\(deny\\) |');
    expect(md).toContain('| ❌ failed | a wrong \\| expectation | `policy-tests/t.yaml:9` | approved | result: denied |');
    expect(md).toMatch(
      /\| ⛔ error \| an unknown environment \| `policy-tests\/t\.yaml:15` \| denied \| No policy in policies\/ lists the environment .*Did you mean `prod`\? Use an environment/,
    );
  });

  it('annotations: problems on their lines, a failure on the line of its expectation', () => {
    const annotations = testAnnotations(run, suite.diagnostics);
    expect(annotations.map((a) => [a.level, a.file, a.line, a.title])).toEqual([
      ['error', 'policy-tests/bad.yaml', 1, 'policy test: policy schema'],
      ['error', 'policy-tests/bad.yaml', 3, 'policy test: policy schema'],
      ['error', 'policy-tests/t.yaml', 18, 'policy test: policy unknown environment'],
      ['error', 'policy-tests/t.yaml', 14, 'policy test failed'],
    ]);
    expect(annotations[3]!.message).toBe(
      'Policy test "a wrong | expectation" failed: expected result approved, got denied. Fix the policy, or the expectation if the policy is right.',
    );
  });
});
