// The gate's escalation evidence: a deployed commit is approved only through its merged PRs'
// reviews by people on call at the review time, younger than the duration.
import { describe, expect, it } from 'vitest';
import {
  evaluateDeployEvidence,
  mergedPulls,
  type DeployEvaluation,
  type DeployFacts,
  type DeployEvidenceInput,
  type DeployedPull,
} from '../../src/decide/escalation-evidence.js';
import type { PullParties, ReviewFact } from '../../src/decide/review.js';
import { deployEvidenceFix, deployEvidenceReason, MARKDOWN } from '../../src/report/explain.js';
import { HOUR, MIN, NOW, at, shift } from '../support/policy-builders.js';

const ESC = '01HXYZSCHEDULEESCALATE0000';
const DEPLOYED = 'd'.repeat(40);
const HEAD_A = 'a'.repeat(40);
const HEAD_B = 'b'.repeat(40);

const pull = (
  number: number,
  headSha: string,
  mergedAt: string | null,
  author = 'alice',
  baseRef = 'main',
  mergeCommitSha: string | null = mergedAt === null ? null : DEPLOYED,
): DeployedPull => ({
  number,
  htmlUrl: `https://github.com/acme/api/pull/${number}`,
  authorLogin: author,
  mergedAt,
  baseRef,
  headSha,
  mergeCommitSha,
});

let nextId = 1;
const rev = (login: string, commitId: string, offsetMs: number, state = 'APPROVED'): ReviewFact => ({
  id: nextId++,
  login,
  userType: 'User',
  association: 'MEMBER',
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

function input(over: Partial<DeployFacts> & { rule?: DeployEvidenceInput['rule'] } = {}): DeployEvidenceInput {
  const { rule, ...facts } = over;
  return {
    rule: rule ?? { services: [ESC], durationMs: 24 * HOUR, allowOneParty: false },
    facts: {
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
      ...facts,
    },
    now: NOW,
  };
}

const holds = (e: DeployEvaluation): boolean => e.kind === 'pulls' && e.result === 'approved';
/** How the gate summary and failure word the evaluation. */
const reason = (e: DeployEvaluation): string => deployEvidenceReason(e, { style: MARKDOWN });
const fix = (e: DeployEvaluation): string | undefined => deployEvidenceFix(e, { style: MARKDOWN });

describe('evaluateDeployEvidence', () => {
  it('holds with an on-call approval on the merged PR’s final head, until submitted_at + duration', () => {
    const e = evaluateDeployEvidence(input());
    expect(e).toMatchObject({ kind: 'pulls', result: 'approved', approvedBy: ['carol'], expiresAt: at(-HOUR + 24 * HOUR) });
    expect(reason(e)).toBe('pull request #7 approved by `carol`, on call for `01HXYZSCHEDULEESCALATE0000` at 2026-11-20T09:00:00Z');
    expect(fix(e)).toBeUndefined();
  });

  it('does not hold once duration has passed since the review', () => {
    const e = evaluateDeployEvidence(input({ rule: { services: [ESC], durationMs: 30 * MIN, allowOneParty: false } }));
    expect(e).toMatchObject({ kind: 'pulls', result: 'waiting', waitingPulls: [7] });
    expect(reason(e)).toMatch(/older than the rule's duration/);
    expect(fix(e)).toBe(
      "A person on call for `01HXYZSCHEDULEESCALATE0000` approves #7 on its final commit (an approval older than the rule's duration no longer counts), then re-run this job.",
    );
  });

  it('does not hold when the approval is on an earlier commit of the PR, not its final head', () => {
    const e = evaluateDeployEvidence(input({ reviews: new Map([[7, [rev('carol', 'c'.repeat(40), -HOUR)]]]) }));
    expect(holds(e)).toBe(false);
    expect(reason(e)).toMatch(/not the current head `aaaaaaaaaaaa`/);
  });

  it('does not hold when the reviewer was not on call at submitted_at (even if on call now)', () => {
    const e = evaluateDeployEvidence(input({ history: [shift(ESC, 'carol@example.com', -10 * MIN, 2 * HOUR)] }));
    expect(holds(e)).toBe(false);
    expect(reason(e)).toMatch(/was not on call/);
  });

  it('does not hold for a direct push (no associated PR)', () => {
    const e = evaluateDeployEvidence(input({ pulls: [] }));
    expect(e).toEqual({ kind: 'no-merged-pull', commitSha: DEPLOYED, defaultBranch: 'main', services: [ESC], foreign: [], partOf: [] });
    expect(reason(e)).toBe(
      'the deployed commit `dddddddddddd` did not come from a pull request merged into `main`, so no review can approve it',
    );
  });

  it('ignores open PRs that merely contain the commit', () => {
    const e = evaluateDeployEvidence(input({ pulls: [pull(7, HEAD_A, null)] }));
    expect(e.kind).toBe('no-merged-pull');
  });

  it('needs every merged PR approved on its own head', () => {
    const pulls = [pull(7, HEAD_A, at(-30 * MIN).toISOString()), pull(8, HEAD_B, at(-20 * MIN).toISOString())];
    const onlyOne = evaluateDeployEvidence(input({ pulls }));
    expect(onlyOne).toMatchObject({ result: 'waiting', waitingPulls: [8] });
    expect(reason(onlyOne)).toMatch(/^pull request #8: no approval/);
    const both = evaluateDeployEvidence(
      input({
        pulls,
        reviews: new Map([
          [7, [rev('carol', HEAD_A, -HOUR)]],
          [8, [rev('carol', HEAD_B, -90 * MIN)]],
        ]),
      }),
    );
    expect(both).toMatchObject({ result: 'approved', approvedBy: ['carol'], expiresAt: at(-90 * MIN + 24 * HOUR) });
    expect(reason(both)).toMatch(/^pull request #7 approved by `carol`.*; pull request #8 approved by `carol`/);
  });

  it('a change request by an on-call reviewer on the final head vetoes', () => {
    const e = evaluateDeployEvidence(input({ reviews: new Map([[7, [rev('carol', HEAD_A, -HOUR, 'CHANGES_REQUESTED')]]]) }));
    expect(e).toMatchObject({ result: 'vetoed', vetoedPull: 7 });
    expect(reason(e)).toMatch(
      /^pull request #7: `carol` requested changes on the current head while on call for `01HXYZSCHEDULEESCALATE0000`; .*\(deny wins\)$/,
    );
    expect(fix(e)).toBe(
      'The change was rejected by an on-call reviewer; it needs a new pull request approved by a person on call for `01HXYZSCHEDULEESCALATE0000`.',
    );
  });

  it('the author’s own approval never counts; with allowOneParty the author counts when on call at merged_at', () => {
    const rule = { services: [ESC], durationMs: 24 * HOUR, allowOneParty: true };
    const noReviews = new Map<number, ReviewFact[]>([[7, [rev('alice', HEAD_A, -HOUR)]]]);
    const off = evaluateDeployEvidence(input({ reviews: noReviews, history: [] }));
    expect(holds(off)).toBe(false);
    const notOnCallAtMerge = evaluateDeployEvidence(
      input({ rule, reviews: noReviews, history: [shift(ESC, 'alice@example.com', -10 * MIN, HOUR)] }),
    );
    expect(holds(notOnCallAtMerge)).toBe(false);
    const onCallAtMerge = evaluateDeployEvidence(
      input({ rule, reviews: noReviews, history: [shift(ESC, 'alice@example.com', -HOUR, HOUR)] }),
    );
    expect(onCallAtMerge).toMatchObject({ result: 'approved', approvedBy: ['alice'], expiresAt: at(-30 * MIN + 24 * HOUR) });
    expect(reason(onCallAtMerge)).toBe(
      'pull request #7 the author `alice` was on call for `01HXYZSCHEDULEESCALATE0000` at 2026-11-20T09:30:00Z (allowOneParty)',
    );
  });

  it('a PR merged into another branch than the default is never evidence, even approved by an on-call person', () => {
    const e = evaluateDeployEvidence(input({ pulls: [pull(7, HEAD_A, at(-30 * MIN).toISOString(), 'alice', 'release/1.x')] }));
    expect(e).toMatchObject({ kind: 'no-merged-pull', foreign: [{ number: 7, baseRef: 'release/1.x' }] });
    expect(reason(e)).toBe(
      'the deployed commit `dddddddddddd` did not come from a pull request merged into `main` (#7 was merged into `release/1.x`; approvals on pull requests into another branch never count), so no review can approve it',
    );
    expect(fix(e)).toBe(
      'Deploy a commit that was merged into `main` through a pull request approved by a person on call for `01HXYZSCHEDULEESCALATE0000` (direct pushes, and pull requests into other branches, cannot be approved by review).',
    );
  });

  it('beside a PR into the default branch, a PR into another branch is ignored: the default branch’s PR decides', () => {
    const intoMain = pull(7, HEAD_A, at(-30 * MIN).toISOString());
    const intoRelease = pull(8, HEAD_B, at(-20 * MIN).toISOString(), 'alice', 'release');
    const approvedOnMain = evaluateDeployEvidence(input({ pulls: [intoRelease, intoMain] }));
    expect(approvedOnMain).toMatchObject({ result: 'approved', approvedBy: ['carol'] });
    expect(approvedOnMain.kind === 'pulls' && approvedOnMain.pulls.map((p) => p.number)).toEqual([7]);
    // Only the release PR approved: no evidence for main.
    const onlyRelease = evaluateDeployEvidence(
      input({ pulls: [intoRelease, intoMain], reviews: new Map([[8, [rev('carol', HEAD_B, -HOUR)]]]) }),
    );
    expect(holds(onlyRelease)).toBe(false);
  });

  it('an unknown default branch matches no PR (fail closed)', () => {
    const e = evaluateDeployEvidence(input({ defaultBranch: '' }));
    expect(e.kind).toBe('no-merged-pull');
    expect(reason(e)).toMatch(/did not come from a pull request merged into the default branch \(#7 was merged into `main`;/);
  });

  it('the pusher of a merged PR’s final head is not its second party', () => {
    const e = evaluateDeployEvidence(input({ parties: new Map([[7, { ...ALICE_PUSHED, pushers: { known: true, logins: ['carol'] } }]]) }));
    expect(holds(e)).toBe(false);
    expect(reason(e)).toMatch(/pull request #7: .*`carol` pushed the head commit `aaaaaaaaaaaa`; nobody approves their own change/);
  });

  it('a merged PR whose own side was not read has no second party (fail closed)', () => {
    expect(holds(evaluateDeployEvidence(input({ parties: new Map() })))).toBe(false);
  });

  it('says when the pusher could not be learned, and applies the other rules', () => {
    const e = evaluateDeployEvidence(
      input({ parties: new Map([[7, { ...ALICE_PUSHED, pushers: { known: false, why: 'the head repository was deleted' } }]]) }),
    );
    expect(holds(e)).toBe(true);
    expect(reason(e)).toMatch(
      /could not learn who pushed `aaaaaaaaaaaa` \(the head repository was deleted\); the other second-party rules applied/,
    );
  });

  // The PR's commits were X (a backdoor) then HEAD_A (removing it); carol approved HEAD_A and the PR
  // was merged as DEPLOYED. GitHub lists the PR for X too, and anyone who can push a branch can
  // start a workflow at X.
  it('an intermediate commit of an approved merged PR is not approved: only the merge commit is', () => {
    const X = '1'.repeat(40);
    const e = evaluateDeployEvidence(input({ commitSha: X }));
    expect(e).toEqual({
      kind: 'no-merged-pull',
      commitSha: X,
      defaultBranch: 'main',
      services: [ESC],
      foreign: [],
      partOf: [{ number: 7, mergeCommitSha: DEPLOYED }],
    });
    expect(reason(e)).toBe(
      'the deployed commit `111111111111` is part of pull request #7 but is not its merge commit `dddddddddddd`, so no approval of #7 covers it',
    );
    expect(fix(e)).toBe(
      'Deploy `dddddddddddd` (what pull request #7 produced on `main`) or a later merge into `main`: an approval covers the commit a merge produced, not the commits along the way.',
    );
    // Not even its approved final head, which a branch can point at as well.
    expect(holds(evaluateDeployEvidence(input({ commitSha: HEAD_A })))).toBe(false);
    expect(holds(evaluateDeployEvidence(input()))).toBe(true);
  });

  it('a merged PR for which GitHub names no merge commit is evidence for no commit (fail closed)', () => {
    const e = evaluateDeployEvidence(input({ pulls: [pull(7, HEAD_A, at(-30 * MIN).toISOString(), 'alice', 'main', null)] }));
    expect(e).toMatchObject({ kind: 'no-merged-pull', partOf: [{ number: 7, mergeCommitSha: null }] });
    expect(reason(e)).toBe(
      'the deployed commit `dddddddddddd` is part of pull request #7, for which GitHub names no merge commit, so no approval of #7 covers it',
    );
    expect(fix(e)).toMatch(/^Deploy the commit pull request #7 produced on `main`, or a later merge into `main`/);
  });

  it('the merge commit is compared whole and without regard to case; an empty deployed SHA matches nothing', () => {
    expect(holds(evaluateDeployEvidence(input({ commitSha: DEPLOYED.toUpperCase() })))).toBe(true);
    expect(holds(evaluateDeployEvidence(input({ commitSha: DEPLOYED.slice(0, 12) })))).toBe(false);
    expect(holds(evaluateDeployEvidence(input({ commitSha: '' })))).toBe(false);
  });

  it('beside the PR whose merge commit was deployed, a PR that merely contains the commit is not judged', () => {
    const produced = pull(7, HEAD_A, at(-30 * MIN).toISOString());
    const contains = pull(8, HEAD_B, at(-20 * MIN).toISOString(), 'alice', 'main', 'e'.repeat(40));
    const e = evaluateDeployEvidence(input({ pulls: [contains, produced] }));
    expect(e).toMatchObject({ kind: 'pulls', result: 'approved' });
    expect(e.kind === 'pulls' && e.pulls.map((p) => p.number)).toEqual([7]);
  });

  it('mergedPulls keeps PRs merged into the default branch only, by number', () => {
    const pulls = [
      pull(9, HEAD_A, '2026-11-20T09:00:00Z'),
      pull(3, HEAD_B, null),
      pull(2, HEAD_B, '2026-11-19T09:00:00Z'),
      pull(4, HEAD_B, '2026-11-19T09:00:00Z', 'alice', 'Main'),
    ];
    expect(mergedPulls(pulls, 'main').map((p) => p.number)).toEqual([2, 9]);
  });
});
