// The gate's escalation evidence: a deployed commit is approved only through its merged PRs'
// reviews by people on call at the review time, younger than the duration.
import { describe, expect, it } from 'vitest';
import {
  evaluateDeployEvidence,
  mergedPulls,
  pendingEscalations,
  type DeployEvidenceInput,
  type DeployedPull,
} from '../../src/decide/escalation-evidence.js';
import type { PullParties, ReviewFact } from '../../src/decide/review.js';
import type { Decision, PolicyVerdict } from '../../src/decide/types.js';
import { decideGate } from '../../src/decide/gate.js';
import { HOUR, MIN, NOW, at, auto, escalation, facts, identities, policy, pos, shift } from '../support/policy-builders.js';

const ESC = '01HXYZSCHEDULEESCALATE0000';
const DEPLOYED = 'd'.repeat(40);
const HEAD_A = 'a'.repeat(40);
const HEAD_B = 'b'.repeat(40);

const pull = (number: number, headSha: string, mergedAt: string | null, author = 'alice', baseRef = 'main'): DeployedPull => ({
  number,
  htmlUrl: `https://github.com/acme/api/pull/${number}`,
  authorLogin: author,
  mergedAt,
  baseRef,
  headSha,
});

let nextId = 1;
const rev = (login: string, commitId: string, offsetMs: number, state = 'APPROVED'): ReviewFact => ({
  id: nextId++,
  login,
  userType: 'User',
  state,
  commitId,
  submittedAt: at(offsetMs).toISOString(),
});

const EMAILS = new Map<string, string[]>([
  ['carol', ['carol@example.com']],
  ['alice', ['alice@example.com']],
]);

/** alice wrote and pushed the change. */
const ALICE_PUSHED: PullParties = { commitLogins: ['alice'], commitsTruncated: false, pushers: { known: true, logins: ['alice'] } };

function input(over: Partial<DeployEvidenceInput> = {}): DeployEvidenceInput {
  return {
    rule: { services: [ESC], durationMs: 24 * HOUR, allowOneParty: false },
    commitSha: DEPLOYED,
    pulls: [pull(7, HEAD_A, at(-30 * MIN).toISOString())],
    defaultBranch: 'main',
    reviews: new Map([[7, [rev('carol', HEAD_A, -HOUR)]]]),
    parties: new Map([
      [7, ALICE_PUSHED],
      [8, ALICE_PUSHED],
    ]),
    emails: EMAILS,
    history: [shift(ESC, 'carol@example.com', -2 * HOUR, 2 * HOUR)],
    now: NOW,
    ...over,
  };
}

describe('evaluateDeployEvidence', () => {
  it('holds with an on-call approval on the merged PR’s final head, until submitted_at + duration', () => {
    const e = evaluateDeployEvidence(input());
    expect(e).toMatchObject({ holds: true, approvedBy: 'carol', expiresAt: at(-HOUR + 24 * HOUR) });
    expect(e.reason).toMatch(/pull request #7 approved by `carol`/);
  });

  it('does not hold once duration has passed since the review', () => {
    const e = evaluateDeployEvidence(input({ rule: { services: [ESC], durationMs: 30 * MIN, allowOneParty: false } }));
    expect(e.holds).toBe(false);
    expect(e.reason).toMatch(/older than the rule's duration/);
    expect(e.fix).toMatch(/approves #7/);
  });

  it('does not hold when the approval is on an earlier commit of the PR, not its final head', () => {
    const e = evaluateDeployEvidence(input({ reviews: new Map([[7, [rev('carol', 'c'.repeat(40), -HOUR)]]]) }));
    expect(e.holds).toBe(false);
    expect(e.reason).toMatch(/not the current head `aaaaaaaaaaaa`/);
  });

  it('does not hold when the reviewer was not on call at submitted_at (even if on call now)', () => {
    const e = evaluateDeployEvidence(input({ history: [shift(ESC, 'carol@example.com', -10 * MIN, 2 * HOUR)] }));
    expect(e.holds).toBe(false);
    expect(e.reason).toMatch(/was not on call/);
  });

  it('does not hold for a direct push (no associated PR)', () => {
    const e = evaluateDeployEvidence(input({ pulls: [] }));
    expect(e).toMatchObject({ holds: false, pulls: [] });
    expect(e.reason).toMatch(/did not come from a pull request merged into `main`/);
  });

  it('ignores open PRs that merely contain the commit', () => {
    const e = evaluateDeployEvidence(input({ pulls: [pull(7, HEAD_A, null)] }));
    expect(e.holds).toBe(false);
    expect(e.reason).toMatch(/did not come from a pull request merged into `main`/);
  });

  it('needs every merged PR approved on its own head', () => {
    const pulls = [pull(7, HEAD_A, at(-30 * MIN).toISOString()), pull(8, HEAD_B, at(-20 * MIN).toISOString())];
    const onlyOne = evaluateDeployEvidence(input({ pulls }));
    expect(onlyOne.holds).toBe(false);
    expect(onlyOne.reason).toMatch(/pull request #8: no approval/);
    const both = evaluateDeployEvidence(
      input({ pulls, reviews: new Map([[7, [rev('carol', HEAD_A, -HOUR)]], [8, [rev('carol', HEAD_B, -90 * MIN)]]]) }),
    );
    expect(both).toMatchObject({ holds: true, expiresAt: at(-90 * MIN + 24 * HOUR) });
  });

  it('a change request by an on-call reviewer on the final head vetoes', () => {
    const e = evaluateDeployEvidence(
      input({ reviews: new Map([[7, [rev('carol', HEAD_A, -HOUR, 'CHANGES_REQUESTED')]]]) }),
    );
    expect(e).toMatchObject({ holds: false, vetoed: true });
  });

  it('the author’s own approval never counts; with allowOneParty the author counts when on call at merged_at', () => {
    const rule = { services: [ESC], durationMs: 24 * HOUR, allowOneParty: true };
    const noReviews = new Map<number, ReviewFact[]>([[7, [rev('alice', HEAD_A, -HOUR)]]]);
    const off = evaluateDeployEvidence(input({ reviews: noReviews, history: [] }));
    expect(off.holds).toBe(false);
    const notOnCallAtMerge = evaluateDeployEvidence(
      input({ rule, reviews: noReviews, history: [shift(ESC, 'alice@example.com', -10 * MIN, HOUR)] }),
    );
    expect(notOnCallAtMerge.holds).toBe(false);
    const onCallAtMerge = evaluateDeployEvidence(
      input({ rule, reviews: noReviews, history: [shift(ESC, 'alice@example.com', -HOUR, HOUR)] }),
    );
    expect(onCallAtMerge).toMatchObject({ holds: true, approvedBy: 'alice', expiresAt: at(-30 * MIN + 24 * HOUR) });
  });

  it('a PR merged into another branch than the default is never evidence, even approved by an on-call person', () => {
    const e = evaluateDeployEvidence(input({ pulls: [pull(7, HEAD_A, at(-30 * MIN).toISOString(), 'alice', 'release/1.x')] }));
    expect(e).toMatchObject({ holds: false, pulls: [] });
    expect(e.reason).toBe(
      'the deployed commit `dddddddddddd` did not come from a pull request merged into `main` (#7 was merged into `release/1.x`; approvals on pull requests into another branch never count), so no review can approve it',
    );
    expect(e.fix).toMatch(/merged into `main` through a pull request approved by a person on call/);
  });

  it('beside a PR into the default branch, a PR into another branch is ignored: the default branch’s PR decides', () => {
    const intoMain = pull(7, HEAD_A, at(-30 * MIN).toISOString());
    const intoRelease = pull(8, HEAD_B, at(-20 * MIN).toISOString(), 'alice', 'release');
    const approvedOnMain = evaluateDeployEvidence(input({ pulls: [intoRelease, intoMain] }));
    expect(approvedOnMain).toMatchObject({ holds: true, approvedBy: 'carol' });
    expect(approvedOnMain.pulls.map((p) => p.number)).toEqual([7]);
    // Only the release PR approved: no evidence for main.
    const onlyRelease = evaluateDeployEvidence(input({ pulls: [intoRelease, intoMain], reviews: new Map([[8, [rev('carol', HEAD_B, -HOUR)]]]) }));
    expect(onlyRelease.holds).toBe(false);
  });

  it('an unknown default branch matches no PR (fail closed)', () => {
    expect(evaluateDeployEvidence(input({ defaultBranch: '' })).holds).toBe(false);
  });

  it('the pusher of a merged PR’s final head is not its second party', () => {
    const e = evaluateDeployEvidence(input({ parties: new Map([[7, { ...ALICE_PUSHED, pushers: { known: true, logins: ['carol'] } }]]) }));
    expect(e.holds).toBe(false);
    expect(e.reason).toMatch(/pull request #7: .*`carol` pushed the head commit `aaaaaaaaaaaa`; nobody approves their own change/);
  });

  it('a merged PR whose own side was not read has no second party (fail closed)', () => {
    expect(evaluateDeployEvidence(input({ parties: new Map() })).holds).toBe(false);
  });

  it('says when the pusher could not be learned, and applies the other rules', () => {
    const e = evaluateDeployEvidence(input({ parties: new Map([[7, { ...ALICE_PUSHED, pushers: { known: false, why: 'the head repository was deleted' } }]]) }));
    expect(e.holds).toBe(true);
    expect(e.reason).toMatch(/could not learn who pushed `aaaaaaaaaaaa` \(the head repository was deleted\); the other second-party rules applied/);
  });

  it('mergedPulls keeps PRs merged into the default branch only, by number', () => {
    const pulls = [pull(9, HEAD_A, '2026-11-20T09:00:00Z'), pull(3, HEAD_B, null), pull(2, HEAD_B, '2026-11-19T09:00:00Z'), pull(4, HEAD_B, '2026-11-19T09:00:00Z', 'alice', 'Main')];
    expect(mergedPulls(pulls, 'main').map((p) => p.number)).toEqual([2, 9]);
  });
});

describe('pendingEscalations', () => {
  const esc = escalation([ESC]);
  const verdict = (over: Partial<PolicyVerdict>): PolicyVerdict => ({
    policy: 'production-deploy',
    at: pos(1),
    result: 'denied',
    rules: [{ index: 0, type: 'escalation', at: pos(16), holds: false, reason: 'no approval', schedules: [ESC], escalationOpen: true }],
    reason: 'no approval',
    ...over,
  });
  const decision = (verdicts: PolicyVerdict[], result: Decision['result'] = 'denied'): Decision => ({
    result,
    approved: false,
    requester: { login: 'alice', emails: [] },
    policies: verdicts.map((v) => v.policy),
    verdicts,
    onCall: false,
    onCallSchedules: [],
    schedules: [],
    reasons: [],
    fixes: [],
    at: NOW,
  });
  const policies = [policy('production-deploy', [esc])];

  it('an open escalation rule turns a denial into an escalation', () => {
    expect(pendingEscalations(decision([verdict({})]), policies)).toEqual([{ policy: policies[0], services: [ESC] }]);
  });

  it('a deny rule, a closed escalation (missing reason or veto) or an approved decision do not escalate', () => {
    const deny = verdict({ rules: [...verdict({}).rules, { index: 1, type: 'deny', at: pos(20), holds: false, reason: 'freeze', schedules: [] }] });
    expect(pendingEscalations(decision([deny]), policies)).toEqual([]);
    const closed = verdict({ rules: [{ ...verdict({}).rules[0]!, escalationOpen: false }] });
    expect(pendingEscalations(decision([closed]), policies)).toEqual([]);
    expect(pendingEscalations(decision([verdict({ result: 'approved' })], 'approved'), policies)).toEqual([]);
  });

  it('every policy that did not approve must be escalatable', () => {
    const other = verdict({ policy: 'other', rules: [{ index: 0, type: 'auto', at: pos(10), holds: false, reason: 'x', schedules: [] }] });
    expect(pendingEscalations(decision([verdict({}), other]), [...policies, policy('other', [])])).toEqual([]);
    const approved = verdict({ policy: 'other', result: 'approved' });
    expect(pendingEscalations(decision([verdict({}), approved]), [...policies, policy('other', [])])).toHaveLength(1);
  });
});

describe('decideGate with review evidence (the gate seam)', () => {
  const esc = escalation([ESC]);
  const p = policy('production-deploy', [auto(['01HXYZSCHEDULEPRIMARY00000']), esc]);
  const base = { requester: { login: 'erin', emails: ['erin@example.com'] }, policies: [p], onCall: facts(), now: NOW, reason: '', identities: identities() };

  it('evidence that holds approves, approved-by the reviewer, until the approval expires', () => {
    const d = decideGate({ ...base, escalation: { kind: 'reviews', byRule: new Map([[esc, { holds: true, reason: 'approved by `carol`', approvedBy: 'carol', expiresAt: at(5 * HOUR), pulls: [] }]]) } });
    expect(d).toMatchObject({ result: 'approved', approved: true, approvedBy: 'carol', expiresAt: at(5 * HOUR) });
  });

  it('evidence that does not hold keeps the rule open; a veto closes it', () => {
    const open = decideGate({ ...base, escalation: { kind: 'reviews', byRule: new Map([[esc, { holds: false, reason: 'no approval', fix: 'approve #7', pulls: [] }]]) } });
    expect(open.result).toBe('denied');
    expect(open.verdicts[0]!.rules[1]).toMatchObject({ holds: false, escalationOpen: true, fix: 'approve #7' });
    expect(pendingEscalations(open, [p])).toHaveLength(1);
    const vetoed = decideGate({ ...base, escalation: { kind: 'reviews', byRule: new Map([[esc, { holds: false, vetoed: true, reason: 'changes requested', pulls: [] }]]) } });
    expect(vetoed.verdicts[0]!.rules[1]!.escalationOpen).toBeUndefined();
    expect(pendingEscalations(vetoed, [p])).toEqual([]);
  });

  it('an auto approval still says approved-by auto', () => {
    const d = decideGate({ ...base, onCall: facts(shift('01HXYZSCHEDULEPRIMARY00000', 'erin@example.com', -HOUR, HOUR)), escalation: { kind: 'none' } });
    expect(d.approvedBy).toBe('auto');
  });
});
