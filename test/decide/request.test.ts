import { describe, expect, it } from 'vitest';
import {
  decidePullRequest,
  draftDecision,
  DRAFT_FIX,
  DRAFT_REASON,
  needsFileList,
  reasonFromBody,
  selectRequestPolicies,
  type PullRequestDecisionInput,
  type PullRequestMatchFacts,
} from '../../src/decide/request.js';
import type { ReviewFact } from '../../src/decide/review.js';
import { globMatcher } from '../../src/policy/glob.js';
import type { Policy } from '../../src/policy/types.js';
import { HOUR, MIN, NOW, at, auto, deny, escalation, facts, identities, pos, shift } from '../support/policy-builders.js';

const PRIMARY = '01HXYZSCHEDULEPRIMARY00000';
const ESC = '01HXYZSCHEDULEESCALATE0000';
const HEAD = '1'.repeat(40);

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
    const [m] = selectRequestPolicies([prPolicy('p', { branches: ['main'], paths: ['services/**'], labels: ['deploy'] })], pr(), globMatcher);
    expect(m!.why).toBe('base branch `main`, changed file `services/api/main.go`, label `deploy`');
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

const author = { login: 'alice', emails: ['alice@example.com'], emailSource: 'map' as const };
let nextId = 1;
const approve = (login: string, offsetMs: number, state = 'APPROVED'): ReviewFact => ({
  id: nextId++,
  login,
  userType: 'User',
  state,
  commitId: HEAD,
  submittedAt: at(offsetMs).toISOString(),
});

function input(over: Partial<PullRequestDecisionInput> = {}): PullRequestDecisionInput {
  return {
    author,
    policies: [prPolicy('production-deploy', { branches: ['main'] }, [auto([PRIMARY]), escalation([ESC])])],
    onCall: facts(shift(ESC, 'carol@example.com', -HOUR, HOUR)),
    now: NOW,
    body: 'Reason: ship the API fix for INC-12',
    reviews: {
      reviews: [],
      headSha: HEAD,
      parties: { commitLogins: ['alice'], commitsTruncated: false, pushers: { known: true, logins: ['alice'] } },
      emails: new Map([
        ['carol', ['carol@example.com']],
        ['alice', ['alice@example.com']],
      ]),
      history: [shift(ESC, 'carol@example.com', -HOUR, HOUR)],
    },
    identities: identities({ carol: 'carol@example.com', alice: 'alice@example.com' }),
    ...over,
  };
}

describe('decidePullRequest', () => {
  it('no matched policy: not-required, no incident', () => {
    const d = decidePullRequest(input({ policies: [] }));
    expect(d).toMatchObject({ result: 'not-required', approved: true, incidentPolicies: [] });
  });

  it('author on call for an auto rule: approved by auto, no incident', () => {
    const d = decidePullRequest(input({ onCall: facts(shift(PRIMARY, 'alice@example.com', -HOUR, 30 * MIN)) }));
    expect(d).toMatchObject({ result: 'approved', approved: true, approvedBy: 'auto', incidentPolicies: [], onCall: true, onCallSchedules: [PRIMARY] });
    expect(d.expiresAt).toEqual(at(30 * MIN));
  });

  it('author not on call and no review: pending, with an incident for the policy and who is on call', () => {
    const d = decidePullRequest(input());
    expect(d).toMatchObject({ result: 'pending', approved: false, incidentPolicies: ['production-deploy'] });
    expect(d.schedules.find((s) => s.scheduleId === ESC)?.people.map((p) => p.login)).toEqual(['carol']);
    expect(d.fixes.join(' ')).toMatch(/on call for `01HXYZSCHEDULEESCALATE0000` approves/);
  });

  it('an on-call approval of the head approves, by that login, until submitted_at + duration', () => {
    const d = decidePullRequest(input({ reviews: { ...input().reviews, reviews: [approve('carol', -10 * MIN)] } }));
    expect(d).toMatchObject({ result: 'approved', approvedBy: 'carol', incidentPolicies: ['production-deploy'] });
    expect(d.expiresAt).toEqual(at(-10 * MIN + 24 * HOUR));
  });

  it('an on-call change request denies, and the incident is kept to record it', () => {
    const d = decidePullRequest(
      input({ reviews: { ...input().reviews, reviews: [approve('carol', -10 * MIN, 'CHANGES_REQUESTED')] } }),
    );
    expect(d).toMatchObject({ result: 'denied', approved: false, incidentPolicies: ['production-deploy'] });
    expect(d.reasons[0]).toMatch(/`carol` requested changes/);
  });

  it('a veto denies the policy even when the author is auto-approved (deny wins)', () => {
    const d = decidePullRequest(
      input({
        onCall: facts(shift(PRIMARY, 'alice@example.com', -HOUR, HOUR)),
        reviews: { ...input().reviews, reviews: [approve('carol', -10 * MIN, 'CHANGES_REQUESTED')] },
      }),
    );
    expect(d.result).toBe('denied');
  });

  it('requireReason without a Reason: line: denied with how to add it, and no incident', () => {
    const d = decidePullRequest(
      input({
        policies: [prPolicy('production-deploy', { branches: ['main'] }, [escalation([ESC], { requireReason: true })])],
        body: 'Just a change',
      }),
    );
    expect(d).toMatchObject({ result: 'denied', incidentPolicies: [] });
    expect(d.reasons[0]).toMatch(/no `Reason:` line/);
    expect(d.fixes[0]).toMatch(/Add a line `Reason: <why this change is needed>`/);
  });

  it('requireReason with a too-short reason ("." or a few letters) is denied', () => {
    const d = decidePullRequest(
      input({
        policies: [prPolicy('p', { branches: ['main'] }, [escalation([ESC], { requireReason: true })])],
        body: 'Reason: . . . x',
      }),
    );
    expect(d.result).toBe('denied');
    expect(d.reasons[0]).toMatch(/has 4/);
  });

  it('requireReason with a valid Reason: line: pending with an incident', () => {
    const d = decidePullRequest(
      input({ policies: [prPolicy('p', { branches: ['main'] }, [escalation([ESC], { requireReason: true })])] }),
    );
    expect(d).toMatchObject({ result: 'pending', reason: 'ship the API fix for INC-12', incidentPolicies: ['p'] });
  });

  it('a deny rule wins over everything and opens nothing', () => {
    const d = decidePullRequest(
      input({
        policies: [prPolicy('freeze', { branches: ['main'] }, [escalation([ESC]), deny('Change freeze')])],
        reviews: { ...input().reviews, reviews: [approve('carol', -10 * MIN)] },
      }),
    );
    expect(d).toMatchObject({ result: 'denied', incidentPolicies: [] });
    expect(d.reasons).toEqual(['Policy `freeze`: denied by policy: Change freeze.']);
  });

  it('every matched policy must approve: one pending keeps the request pending', () => {
    const d = decidePullRequest(
      input({
        policies: [
          prPolicy('a', { branches: ['main'] }, [auto([PRIMARY])]),
          prPolicy('b', { branches: ['main'] }, [escalation([ESC])]),
        ],
        onCall: facts(shift(PRIMARY, 'alice@example.com', -HOUR, HOUR)),
      }),
    );
    expect(d).toMatchObject({ result: 'pending', incidentPolicies: ['b'] });
    expect(d.verdicts.map((v) => v.result)).toEqual(['approved', 'pending']);
  });

  it('allowOneParty: the on-call author approves their own request', () => {
    const rule = { ...escalation([ESC]), allowOneParty: true };
    const d = decidePullRequest(
      input({
        policies: [prPolicy('p', { branches: ['main'] }, [rule])],
        reviews: { ...input().reviews, history: [shift(ESC, 'alice@example.com', -HOUR, HOUR)] },
      }),
    );
    expect(d).toMatchObject({ result: 'approved', approvedBy: 'alice' });
  });

  it('an author with no known email is never on call; the escalation stays open', () => {
    const d = decidePullRequest(
      input({
        author: { login: 'alice', emails: [], identityProblem: { message: 'GitHub user `alice` has no known incident.io email', fix: 'Add it.' } },
        onCall: facts(shift(PRIMARY, 'alice@example.com', -HOUR, HOUR)),
      }),
    );
    expect(d.result).toBe('pending');
    expect(d.verdicts[0]!.rules[0]!.reason).toMatch(/no known incident.io email/);
  });
});

describe('decidePullRequest: the second-party rule on open pull requests', () => {
  it('an on-call reviewer who pushed the head does not approve; the pending reason says why', () => {
    const reviews = { ...input().reviews, reviews: [approve('carol', -10 * MIN)], parties: { commitLogins: ['alice'], commitsTruncated: false, pushers: { known: true as const, logins: ['carol'] } } };
    const d = decidePullRequest(input({ reviews }));
    expect(d).toMatchObject({ result: 'pending', approved: false, incidentPolicies: ['production-deploy'] });
    expect(d.reasons.join(' ')).toMatch(/`carol` pushed the head commit `111111111111`; nobody approves their own change \(allowOneParty is off\)/);
  });

  it('the author’s second account (same incident.io email) is the author', () => {
    const emails = new Map([...input().reviews.emails, ['alice2', ['alice@example.com']]]);
    const reviews = { ...input().reviews, emails, reviews: [approve('alice2', -10 * MIN)], history: [shift(ESC, 'alice@example.com', -HOUR, HOUR)] };
    const d = decidePullRequest(input({ reviews, onCall: facts(shift(ESC, 'alice@example.com', -HOUR, HOUR)) }));
    expect(d.result).toBe('pending');
    expect(d.reasons.join(' ')).toMatch(/`alice2` has the same incident\.io email as the author `alice`/);
  });
});

describe('draftDecision', () => {
  const policies = [prPolicy('production-deploy', { branches: ['main'] }, [auto([PRIMARY]), escalation([ESC])])];

  it('pending, waiting for ready for review, with no incident and no on-call facts', () => {
    const d = draftDecision({ author: { login: 'alice', emails: [] }, policies, now: NOW, identities: identities({}), body: 'Reason: a real reason here' });
    expect(d).toMatchObject({
      result: 'pending',
      approved: false,
      draft: true,
      incidentPolicies: [],
      escalations: [],
      schedules: [],
      policies: ['production-deploy'],
      reason: 'a real reason here',
    });
    expect(d.verdicts.map((v) => [v.policy, v.result])).toEqual([['production-deploy', 'pending']]);
    expect(d.reasons).toEqual([`${DRAFT_REASON.charAt(0).toUpperCase()}${DRAFT_REASON.slice(1)}.`]);
    expect(d.reasons[0]).toMatch(/waiting for ready for review/);
    expect(d.fixes).toEqual([DRAFT_FIX]);
  });

  it('a ready pull request is never marked as a draft', () => {
    expect(decidePullRequest(input()).draft).toBe(false);
    expect(decidePullRequest(input({ policies: [] })).draft).toBe(false);
  });
});
