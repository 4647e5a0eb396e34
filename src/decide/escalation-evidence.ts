// The gate's escalation evidence, pure: no I/O, no clock. The rule engine (engine.ts) calls it for
// an escalation rule of a gate run. An escalation rule holds for a deploy only when the approval is
// re-derived from primary evidence: the pull requests merged into the default branch that GitHub
// associates with the deployed commit (`GET /commits/{sha}/pulls`, squash, rebase and merge commits
// alike), each carrying on its own final head an APPROVED latest review by a second party
// (review.ts) on call for `services` at the review's `submitted_at`, younger than `duration`
// (measured to now). A pull request merged into any other branch is never evidence: that branch's
// review rules are whatever was pushed to it. A merged pull request is evidence only for its merge
// commit (`merge_commit_sha`: the merge, squash or last rebased commit it produced on the default
// branch), never for a commit along the way: GitHub lists the pull request for its intermediate
// commits too, and one of them may hold what a later commit removed before the approval. With
// `allowOneParty` the PR author counts when on call at the PR's `merged_at`. Statuses, checks and
// comments are never evidence.
import type { EscalationRule } from '../policy/types.js';
import {
  evaluateEscalationReviews,
  UNREAD_PARTIES,
  type EscalationReviewResult,
  type NamedApprovers,
  type PullParties,
  type ReviewFact,
} from './review.js';
import type { OnCallShift as OnCallFact } from '../oncall/shifts.js';

/** A pull request associated with the deployed commit (the GitHub adapter's CommitPull). */
export interface DeployedPull {
  number: number;
  htmlUrl: string;
  authorLogin: string;
  /** RFC 3339; null when the PR was not merged (an open PR that contains the commit). */
  mergedAt: string | null;
  /** The branch it was (or would be) merged into. */
  baseRef: string;
  /** The PR's final head SHA. */
  headSha: string;
  /** The commit the merge produced on the base branch (GitHub's `merge_commit_sha`); null when GitHub names none. */
  mergeCommitSha: string | null;
}

/**
 * What GitHub and incident.io say about the deployed commit: the facts the escalation rules of a
 * gate run are judged on (read by src/escalation/evidence-io.ts).
 */
export interface DeployFacts {
  /** GITHUB_SHA: the commit being deployed. */
  commitSha: string;
  /** The repository's default branch: only pull requests merged into it are evidence. */
  defaultBranch: string;
  /** Every PR `GET /commits/{sha}/pulls` returned (open ones are ignored). */
  pulls: readonly DeployedPull[];
  /** Reviews per merged PR number. */
  reviews: ReadonlyMap<number, readonly ReviewFact[]>;
  /**
   * Per merged PR number, when its base branch was last changed (null: never); an approval before
   * it was of another diff. A PR without an entry was never retargeted.
   */
  baseChanges?: ReadonlyMap<number, Date | null>;
  /** Per merged PR number, its commits' accounts and its head's pusher (missing: nobody can be shown to be a second party). */
  parties: ReadonlyMap<number, PullParties>;
  /** Lower-case login -> lower-case emails (reviewers, the change's own side, and authors under allowOneParty). */
  emails: ReadonlyMap<string, readonly string[]>;
  /** `final` shifts of the services around each review's `submitted_at` (and each `merged_at`). */
  history: readonly OnCallFact[];
  /** The identities file a reviewer without an email should be added to. */
  identitiesFile?: string;
}

export interface PullEvidence {
  number: number;
  htmlUrl: string;
  review: EscalationReviewResult;
}

/** How one escalation rule fares on the deploy facts. */
export type DeployEvaluation =
  /**
   * No pull request merged into the default branch produced the commit; `foreign`: merged ones into
   * other branches; `partOf`: merged ones into the default branch whose merge commit is another
   * (the deployed commit is one of their commits along the way).
   */
  | {
      kind: 'no-merged-pull';
      commitSha: string;
      defaultBranch: string;
      services: readonly string[];
      foreign: { number: number; baseRef: string }[];
      partOf: { number: number; mergeCommitSha: string | null }[];
    }
  | {
      kind: 'pulls';
      commitSha: string;
      services: readonly string[];
      /** approved: every merged PR approved; vetoed: an on-call reviewer requested changes on one; else waiting. */
      result: 'approved' | 'vetoed' | 'waiting';
      /** Per merged PR (in number order), how its reviews evaluated. */
      pulls: PullEvidence[];
      /** vetoed: the first vetoed PR's number. */
      vetoedPull?: number;
      /** waiting: the PRs still without an approval. */
      waitingPulls: number[];
      /** approved: the approving logins, once each, in PR order. */
      approvedBy: string[];
      /** approved: the earliest expiry across the PRs (the approval lasts as long as the weakest PR's). */
      expiresAt?: Date;
    };

const isMerged = (p: DeployedPull): boolean => p.mergedAt !== null && Number.isFinite(Date.parse(p.mergedAt));

/**
 * The PRs among those associated with the commit that were merged into the default branch, in PR
 * number order. An empty default branch (unknown) matches nothing: no evidence, fail closed.
 */
export function mergedPulls<P extends DeployedPull>(pulls: readonly P[], defaultBranch: string): P[] {
  return pulls.filter((p) => isMerged(p) && defaultBranch !== '' && p.baseRef === defaultBranch).sort((a, b) => a.number - b.number);
}

const sameSha = (a: string | null, b: string): boolean => a !== null && a !== '' && a.toLowerCase() === b.toLowerCase();

/**
 * The PRs merged into the default branch whose merge commit is `commitSha`: the only evidence for
 * it. An empty `commitSha` matches nothing (fail closed).
 */
export function evidencePulls<P extends DeployedPull>(pulls: readonly P[], defaultBranch: string, commitSha: string): P[] {
  return mergedPulls(pulls, defaultBranch).filter((p) => commitSha !== '' && sameSha(p.mergeCommitSha, commitSha));
}

/** Merged PRs into another branch than the default: never evidence, named in the explanation. */
function foreignPulls(pulls: readonly DeployedPull[], defaultBranch: string): DeployedPull[] {
  return pulls.filter((p) => isMerged(p) && !(defaultBranch !== '' && p.baseRef === defaultBranch)).sort((a, b) => a.number - b.number);
}

export interface DeployEvidenceInput {
  rule: Pick<EscalationRule, 'services' | 'durationMs' | 'allowOneParty'>;
  facts: DeployFacts;
  now: Date;
  /** Outage fallback: the people who may approve instead of the on-call of `services` (review.ts). */
  named?: NamedApprovers;
}

export function evaluateDeployEvidence({ rule, facts, now, named }: DeployEvidenceInput): DeployEvaluation {
  const merged = evidencePulls(facts.pulls, facts.defaultBranch, facts.commitSha);
  const common = { commitSha: facts.commitSha, services: rule.services };
  if (merged.length === 0) {
    const foreign = foreignPulls(facts.pulls, facts.defaultBranch).map((p) => ({ number: p.number, baseRef: p.baseRef }));
    const partOf = mergedPulls(facts.pulls, facts.defaultBranch).map((p) => ({ number: p.number, mergeCommitSha: p.mergeCommitSha }));
    return { ...common, kind: 'no-merged-pull', defaultBranch: facts.defaultBranch, foreign, partOf };
  }

  const pulls: PullEvidence[] = merged.map((p) => ({
    number: p.number,
    htmlUrl: p.htmlUrl,
    review: evaluateEscalationReviews({
      services: rule.services,
      durationMs: rule.durationMs,
      allowOneParty: rule.allowOneParty,
      reviews: facts.reviews.get(p.number) ?? [],
      // Each PR must be approved on its own final head, after its base branch last changed.
      headSha: p.headSha,
      baseChangedAt: facts.baseChanges?.get(p.number) ?? null,
      author: p.authorLogin,
      // Not read means nobody can be shown to be a second party (fail closed).
      parties: facts.parties.get(p.number) ?? UNREAD_PARTIES,
      emails: facts.emails,
      ...(facts.identitiesFile ? { identitiesFile: facts.identitiesFile } : {}),
      history: facts.history,
      ...(named ? { named } : {}),
      now,
      ...(p.mergedAt !== null ? { onePartyAt: new Date(Date.parse(p.mergedAt)) } : {}),
    }),
  }));
  const base = { ...common, kind: 'pulls' as const, pulls };

  const vetoed = pulls.find((p) => p.review.result === 'denied');
  if (vetoed) return { ...base, result: 'vetoed', vetoedPull: vetoed.number, waitingPulls: [], approvedBy: [] };
  const waiting = pulls.filter((p) => p.review.result !== 'approved').map((p) => p.number);
  if (waiting.length > 0) return { ...base, result: 'waiting', waitingPulls: waiting, approvedBy: [] };
  const approvals = pulls.flatMap((p) => p.review.approval ?? []);
  // Every pull is approved here, and an approved review always names its approval.
  if (approvals.length !== pulls.length) return { ...base, result: 'waiting', waitingPulls: pulls.map((p) => p.number), approvedBy: [] };
  const expiry = Math.min(...approvals.map((a) => a.expiresAt?.getTime() ?? Infinity));
  return {
    ...base,
    result: 'approved',
    waitingPulls: [],
    approvedBy: [...new Set(approvals.map((a) => a.login))],
    ...(Number.isFinite(expiry) ? { expiresAt: new Date(expiry) } : {}),
  };
}
