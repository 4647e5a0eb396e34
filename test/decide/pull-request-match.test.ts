// Which policies a pull request must satisfy, and the reason its description gives (the
// decision itself is the rule engine's: test/unit/decide/engine.test.ts).
import { describe, expect, it } from 'vitest';
import { needsFileList, reasonFromBody, selectRequestPolicies, type PullRequestMatchFacts } from '../../src/decide/pull-request-match.js';
import { MARKDOWN, matchedBy } from '../../src/report/explain.js';
import { globMatcher } from '../../src/policy/glob.js';
import type { Policy } from '../../src/policy/types.js';
import { escalation, pos } from '../support/policy-builders.js';

const ESC = '01HXYZSCHEDULEESCALATE0000';

function prPolicy(name: string, match: Policy['match'], rules: Policy['rules'] = [escalation([ESC])]): Policy {
  return { name, match, rules, at: pos(1, `policies/${name}.yaml`) };
}

const pr = (over: Partial<PullRequestMatchFacts> = {}): PullRequestMatchFacts => ({
  baseRef: 'main',
  files: ['services/api/main.go', 'README.md'],
  filesTruncated: false,
  labels: ['deploy'],
  ...over,
});

describe('selectRequestPolicies', () => {
  const cases: { name: string; match: Policy['match']; facts?: Partial<PullRequestMatchFacts>; matches: boolean }[] = [
    { name: 'a policy without branches never matches a pull request', match: { environments: ['production'] }, matches: false },
    { name: 'an empty branches list never matches', match: { branches: [] }, matches: false },
    { name: 'the base branch matches exactly', match: { branches: ['main'] }, matches: true },
    { name: 'another base branch does not match', match: { branches: ['main'] }, facts: { baseRef: 'develop' }, matches: false },
    { name: 'branch globs match', match: { branches: ['release/*'] }, facts: { baseRef: 'release/2026-11' }, matches: true },
    { name: 'a single * does not cross a slash', match: { branches: ['release/*'] }, facts: { baseRef: 'release/a/b' }, matches: false },
    { name: 'paths: some changed file matches', match: { branches: ['main'], paths: ['services/api/**'] }, matches: true },
    { name: 'paths: no changed file matches', match: { branches: ['main'], paths: ['infra/**'] }, matches: false },
    {
      name: 'paths: dotfiles match too',
      match: { branches: ['main'], paths: ['services/**'] },
      facts: { files: ['services/.env'] },
      matches: true,
    },
    {
      name: 'paths: more than 3000 files hides some, so the policy applies (fail closed)',
      match: { branches: ['main'], paths: ['infra/**'] },
      facts: { filesTruncated: true },
      matches: true,
    },
    { name: 'labels: one of the labels is on the PR', match: { branches: ['main'], labels: ['hotfix', 'deploy'] }, matches: true },
    { name: 'labels compare case-insensitively', match: { branches: ['main'], labels: ['DEPLOY'] }, matches: true },
    { name: 'labels: none of them is on the PR', match: { branches: ['main'], labels: ['hotfix'] }, matches: false },
    {
      name: 'AND across lists: paths match but labels do not',
      match: { branches: ['main'], paths: ['services/**'], labels: ['hotfix'] },
      matches: false,
    },
    {
      name: 'AND across lists: branch, path and label all match',
      match: { branches: ['main'], paths: ['services/**'], labels: ['deploy'] },
      matches: true,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const out = selectRequestPolicies([prPolicy('p', c.match)], pr(c.facts), globMatcher);
      expect(out.length === 1).toBe(c.matches);
    });
  }

  it('says why a policy matched', () => {
    const [m] = selectRequestPolicies(
      [prPolicy('p', { branches: ['main'], paths: ['services/**'], labels: ['deploy'] })],
      pr(),
      globMatcher,
    );
    expect(m!.why).toEqual({ baseRef: 'main', file: 'services/api/main.go', label: 'deploy' });
    expect(matchedBy(m!.why, { style: MARKDOWN })).toBe('base branch `main`, changed file `services/api/main.go`, label `deploy`');
  });

  it('says when GitHub’s file cap made the policy apply', () => {
    const [m] = selectRequestPolicies(
      [prPolicy('p', { branches: ['main'], paths: ['infra/**'] })],
      pr({ filesTruncated: true }),
      globMatcher,
    );
    expect(m!.why).toEqual({ baseRef: 'main', filesTruncated: true });
    expect(matchedBy(m!.why, { style: MARKDOWN })).toBe(
      "base branch `main`, more than 3000 changed files (paths past GitHub's cap are unknown, so the policy applies)",
    );
  });

  it('keeps the file order of several matches', () => {
    const out = selectRequestPolicies(
      [prPolicy('b', { branches: ['main'] }), prPolicy('a', { branches: ['*'] }), prPolicy('c', { branches: ['dev'] })],
      pr(),
      globMatcher,
    );
    expect(out.map((m) => m.policy.name)).toEqual(['b', 'a']);
  });

  it('needs the file list only when a branch-matching policy has paths', () => {
    expect(needsFileList([prPolicy('p', { branches: ['main'] })], 'main', globMatcher)).toBe(false);
    expect(needsFileList([prPolicy('p', { branches: ['dev'], paths: ['x/**'] })], 'main', globMatcher)).toBe(false);
    expect(needsFileList([prPolicy('p', { branches: ['main'], paths: ['x/**'] })], 'main', globMatcher)).toBe(true);
  });
});

describe('reasonFromBody', () => {
  it.each([
    ['Reason: hotfix for INC-42 outage', 'hotfix for INC-42 outage'],
    ['Some text\n\nreason:   roll back the cache change  \nmore', 'roll back the cache change'],
    ['**Reason:** customer escalation', 'customer escalation'],
    ['**Reason**: customer escalation', 'customer escalation'],
    ['- Reason: listed in a bullet', 'listed in a bullet'],
    ['> Reason: quoted reason here', 'quoted reason here'],
    ['No reason here', ''],
    ['The reason: is not at the line start', ''],
    ['```\nReason: example in a template fence\n```\nReason: the real one', 'the real one'],
    // A PR template's hidden placeholder is not a reason the author gave (it does not even render).
    ['<!--\nReason: describe why this change is needed\n-->\nNo reason given', ''],
    ['<!-- Reason: describe why this change is needed -->', ''],
    ['<!-- template -->\nReason: the real one <!-- hidden note -->', 'the real one'],
    ['Text\n<!-- an unclosed comment hides the rest\nReason: describe why', ''],
    ['', ''],
  ])('%j -> %j', (body, expected) => expect(reasonFromBody(body)).toBe(expected));
});
