// The gate's escalation evidence (DESIGN.md section 4, gate step 3), pure: no I/O, no clock.
// An escalation rule holds for a deploy only when the approval is re-derived from primary
// evidence: the pull requests merged into the default branch that GitHub associates with the
// deployed commit (`GET /commits/{sha}/pulls`, squash, rebase and merge commits alike), each
// carrying on its own final head an APPROVED latest review by a second party (decide/review.ts)
// on call for `services` at the review's `submitted_at`, younger than `duration` (measured to
// now). A pull request merged into any other branch is never evidence: that branch's review rules
// are whatever was pushed to it. With `allowOneParty` the PR author counts when on call at the
// PR's `merged_at`. Statuses, checks and comments are never evidence.
import type { EscalationRule, Policy } from '../policy/types.js';
import { evaluateEscalationReviews, UNREAD_PARTIES, type EscalationReviewResult, type PullParties, type ReviewFact } from './review.js';
import type { Decision, OnCallFact, RuleEvidence } from './types.js';

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
}

export interface PullEvidence {
  number: number;
  htmlUrl: string;
  review: EscalationReviewResult;
}

/** The verdict input an escalation rule gets from the evidence (see decide/gate.ts), with the pull requests behind it. */
export interface EscalationRuleEvidence extends RuleEvidence {
  /** Per merged PR, how its reviews evaluated (for the summary). */
  pulls: PullEvidence[];
}

export interface DeployEvidenceInput {
  rule: Pick<EscalationRule, 'services' | 'durationMs' | 'allowOneParty'>;
  /** GITHUB_SHA: the commit being deployed. */
  commitSha: string;
  /** Every PR `GET /commits/{sha}/pulls` returned (open ones are ignored here). */
  pulls: readonly DeployedPull[];
  /** The repository's default branch: only pull requests merged into it are evidence. */
  defaultBranch: string;
  /** Reviews per merged PR number. */
  reviews: ReadonlyMap<number, readonly ReviewFact[]>;
  /** Per merged PR number, its commits' accounts and its head's pusher (missing: nobody can be shown to be a second party). */
  parties: ReadonlyMap<number, PullParties>;
  /** Lower-case login -> lower-case emails (reviewers, the change's own side, and authors under allowOneParty). */
  emails: ReadonlyMap<string, readonly string[]>;
  /** `final` shifts of the services around each review's `submitted_at` (and each `merged_at`). */
  history: readonly OnCallFact[];
  now: Date;
  /** The identities file a reviewer without an email should be added to. */
  identitiesFile?: string;
}

const tick = (s: string): string => `\`${s.replace(/`/g, '')}\``;
const list = (ids: readonly string[]): string => ids.map(tick).join(', ');

const isMerged = (p: DeployedPull): boolean => p.mergedAt !== null && Number.isFinite(Date.parse(p.mergedAt));

/**
 * The PRs among those associated with the commit that were merged into the default branch, in PR
 * number order. An empty default branch (unknown) matches nothing: no evidence, fail closed.
 */
export function mergedPulls<P extends DeployedPull>(pulls: readonly P[], defaultBranch: string): P[] {
  return pulls.filter((p) => isMerged(p) && defaultBranch !== '' && p.baseRef === defaultBranch).sort((a, b) => a.number - b.number);
}

/** Merged PRs into another branch than the default: never evidence, named in the reason. */
function foreignPulls(pulls: readonly DeployedPull[], defaultBranch: string): DeployedPull[] {
  return pulls.filter((p) => isMerged(p) && !(defaultBranch !== '' && p.baseRef === defaultBranch)).sort((a, b) => a.number - b.number);
}

export function evaluateDeployEvidence(input: DeployEvidenceInput): EscalationRuleEvidence {
  const { rule } = input;
  const merged = mergedPulls(input.pulls, input.defaultBranch);
  const commit = tick(input.commitSha.slice(0, 12));
  if (merged.length === 0) {
    const foreign = foreignPulls(input.pulls, input.defaultBranch);
    const into = input.defaultBranch ? tick(input.defaultBranch) : 'the default branch';
    const elsewhere =
      foreign.length > 0
        ? ` (${foreign.map((p) => `#${p.number} was merged into ${tick(p.baseRef)}`).join(', ')}; approvals on pull requests into another branch never count)`
        : '';
    return {
      holds: false,
      reason: `the deployed commit ${commit} did not come from a pull request merged into ${into}${elsewhere}, so no review can approve it`,
      fix:
        `Deploy a commit that was merged into ${into} through a pull request approved by a person on call for ${list(rule.services)} ` +
        '(direct pushes, and pull requests into other branches, cannot be approved by review).',
      pulls: [],
    };
  }

  const pulls: PullEvidence[] = merged.map((p) => ({
    number: p.number,
    htmlUrl: p.htmlUrl,
    review: evaluateEscalationReviews({
      services: rule.services,
      durationMs: rule.durationMs,
      allowOneParty: rule.allowOneParty,
      reviews: input.reviews.get(p.number) ?? [],
      // Each PR must be approved on its own final head (DESIGN.md section 4).
      headSha: p.headSha,
      author: p.authorLogin,
      // Not read means nobody can be shown to be a second party (fail closed).
      parties: input.parties.get(p.number) ?? UNREAD_PARTIES,
      emails: input.emails,
      ...(input.identitiesFile ? { identitiesFile: input.identitiesFile } : {}),
      history: input.history,
      now: input.now,
      onePartyAt: new Date(Date.parse(p.mergedAt!)),
    }),
  }));

  const vetoed = pulls.find((p) => p.review.result === 'denied');
  if (vetoed) {
    return {
      holds: false,
      vetoed: true,
      reason: `pull request #${vetoed.number}: ${vetoed.review.reason}`,
      fix: `The change was rejected by an on-call reviewer; it needs a new pull request approved by a person on call for ${list(rule.services)}.`,
      pulls,
    };
  }
  const missing = pulls.filter((p) => p.review.result !== 'approved');
  if (missing.length > 0) {
    return {
      holds: false,
      reason: missing.map((p) => `pull request #${p.number}: ${p.review.reason}`).join('; '),
      fix:
        `A person on call for ${list(rule.services)} approves ${missing.map((p) => `#${p.number}`).join(', ')} ` +
        `on ${missing.length === 1 ? 'its' : 'their'} final commit (an approval older than the rule's duration no longer counts), then re-run this job.`,
      pulls,
    };
  }
  const approvals = pulls.map((p) => p.review.approval!);
  const expiry = Math.min(...approvals.map((a) => a.expiresAt?.getTime() ?? Infinity));
  const logins = [...new Set(approvals.map((a) => a.login))];
  return {
    holds: true,
    reason: pulls.map((p) => `pull request #${p.number} ${p.review.reason}`).join('; '),
    approvedBy: logins.join(','),
    ...(Number.isFinite(expiry) ? { expiresAt: new Date(expiry) } : {}),
    pulls,
  };
}

/** What the gate must escalate: per policy, the services of its open escalation rules. */
export interface PendingEscalation {
  policy: Policy;
  services: string[];
}

/**
 * Whether a gate denial can still turn into an approval through the escalation flow: every
 * policy that did not approve has an open escalation rule (no deny rule, no missing reason, no
 * veto). Then the result is `pending` and an incident pages the on-call. Otherwise [] (the
 * denial stands).
 */
export function pendingEscalations(decision: Decision, policies: readonly Policy[]): PendingEscalation[] {
  if (decision.result !== 'denied') return [];
  const open = decision.verdicts.filter((v) => v.result !== 'approved');
  if (open.length === 0) return [];
  const out: PendingEscalation[] = [];
  for (const v of open) {
    if (v.decidedBy?.type === 'deny' || v.rules.some((r) => r.type === 'deny')) return [];
    const openRules = v.rules.filter((r) => r.type === 'escalation' && r.escalationOpen === true);
    if (openRules.length === 0) return [];
    const policy = policies.find((p) => p.name === v.policy);
    if (!policy) return [];
    out.push({ policy, services: [...new Set(openRules.flatMap((r) => r.schedules))] });
  }
  return out;
}
