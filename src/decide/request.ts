// The `request` / `review` decision for a pull request (DESIGN.md sections 2 and 4), pure: no
// I/O, no clock, no logging. Both commands evaluate the same thing from fresh facts, so a
// re-run, a label change or a review all converge on one answer:
// - policies are selected by the PR's base branch (a policy without `branches` never matches a
//   pull request), then `paths` and `labels` when given (AND across lists, OR within one);
// - every matched policy must approve (AND); inside one policy any rule that holds approves (OR);
//   a `deny` rule, or a change request by an on-call person, denies the policy (deny wins);
// - `auto` holds when the PR author is on call now; `escalation` holds when an on-call person
//   approved the current head (decide/review.ts); otherwise it is open, and the request is
//   `pending` until someone on call reviews it;
// - `requireReason` reads a `Reason:` line of the PR body.
import type { EscalationRule, IdentitySettings, Policy } from '../policy/types.js';
import { decisionHeader, MIN_REASON_CHARS, reasonLength, unique } from './gate.js';
import { evaluateEscalationReviews, type EscalationReviewResult, type PullParties, type ReviewFact } from './review.js';
import type { Decision, OnCallFact, OnCallFacts, PolicyVerdict, Requester, RuleVerdict } from './types.js';

/** What request matching needs to know about the pull request. */
export interface PullRequestMatchFacts {
  /** The base branch name (`base.ref`). */
  baseRef: string;
  /** Every changed path (renames under both names). */
  files: readonly string[];
  /** GitHub lists at most 3000 files: when true, paths past the cap are unknown. */
  filesTruncated: boolean;
  labels: readonly string[];
}

/** A glob predicate factory: `src/policy/glob.ts` globMatcher, injected so this stays pure. */
export type GlobMatcher = (patterns: readonly string[]) => (value: string) => boolean;

export interface PolicyMatch {
  policy: Policy;
  /** One sentence: why it matched (for the summary). */
  why: string;
}

/** Whether any selected policy has `paths`: only then is the PR's file list needed. */
export function needsFileList(policies: readonly Policy[], baseRef: string, matcher: GlobMatcher): boolean {
  return policies.some((p) => p.match.branches && matcher(p.match.branches)(baseRef) && (p.match.paths?.length ?? 0) > 0);
}

/**
 * The policies a pull request must satisfy. `branches` is required for a PR match; `paths` match
 * when some changed file matches (and, fail closed, when GitHub's 3000-file cap hid some files);
 * `labels` compare case-insensitively, as GitHub treats label names.
 */
export function selectRequestPolicies(
  policies: readonly Policy[],
  pr: PullRequestMatchFacts,
  matcher: GlobMatcher,
): PolicyMatch[] {
  const labels = new Set(pr.labels.map((l) => l.toLowerCase()));
  const out: PolicyMatch[] = [];
  for (const policy of policies) {
    const { branches, paths, labels: wanted } = policy.match;
    if (!branches || branches.length === 0 || !matcher(branches)(pr.baseRef)) continue;
    const why = [`base branch \`${pr.baseRef.replace(/`/g, '')}\``];
    if (paths && paths.length > 0) {
      const match = matcher(paths);
      const hit = pr.files.find((f) => match(f));
      if (hit === undefined && !pr.filesTruncated) continue;
      why.push(hit !== undefined ? `changed file \`${hit.replace(/`/g, '')}\`` : 'more than 3000 changed files (paths past GitHub\'s cap are unknown, so the policy applies)');
    }
    if (wanted && wanted.length > 0) {
      const hit = wanted.find((l) => labels.has(l.toLowerCase()));
      if (hit === undefined) continue;
      why.push(`label \`${hit.replace(/`/g, '')}\``);
    }
    out.push({ policy, why: why.join(', ') });
  }
  return out;
}

/**
 * The reason given in a PR body: the text after `Reason:` on the first line that starts with it
 * (case-insensitive; leading spaces, `>` quotes, list markers and `**` emphasis allowed). '' when
 * there is no such line. Lines inside fenced code blocks and HTML comments are ignored: a PR
 * template's example or hidden placeholder is not a reason the author gave (a comment does not
 * even render; an unclosed one hides the rest of the body, as on GitHub).
 */
export function reasonFromBody(body: string): string {
  let fenced = false;
  for (const raw of body.replace(/<!--[\s\S]*?(?:-->|$)/g, '').split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(raw)) {
      fenced = !fenced;
      continue;
    }
    if (fenced) continue;
    const m = /^\s*(?:>\s*)*(?:[-*+]\s+)?(?:\*\*|__)?reason(?:\*\*|__)?\s*:\s*(?:\*\*|__)?(.*)$/i.exec(raw);
    if (m) return (m[1] ?? '').replace(/(\*\*|__)\s*$/, '').trim();
  }
  return '';
}

/** How to give a reason on a pull request (the check and the comment say this). */
export const PR_REASON_FIX =
  `Add a line \`Reason: <why this change is needed>\` (at least ${MIN_REASON_CHARS} non-space characters) ` +
  'to the pull request description; editing the description re-runs the request.';

/** Per escalation rule: how the reviews evaluated. */
export interface EscalationState {
  policy: string;
  ruleIndex: number;
  rule: EscalationRule;
  /** Absent when the rule could not be evaluated (a required reason is missing). */
  review?: EscalationReviewResult;
}

export interface PullRequestDecision extends Decision {
  /** Every escalation rule of the matched policies with its review outcome. */
  escalations: EscalationState[];
  /**
   * Policies whose escalation is open or decided by a review (pending, approved by an on-call
   * reviewer, or vetoed): each has an escalation incident. Empty when auto-approval, a deny rule or
   * a missing reason decided, so no incident is opened.
   */
  incidentPolicies: string[];
  /** The reason found in the PR body ('' when none). */
  reason: string;
  /** A draft: pending until it is marked ready for review; nothing was evaluated and nobody is paged. */
  draft: boolean;
}

/** Reviews and identity facts for the escalation rules. */
export interface ReviewContext {
  reviews: readonly ReviewFact[];
  /** Fresh head SHA. */
  headSha: string;
  /** The change's own side besides the author: commit accounts and the head's pusher. */
  parties: PullParties;
  /** Lower-case login -> lower-case emails, for the reviewers, the author and partyLogins. */
  emails: ReadonlyMap<string, readonly string[]>;
  /** `final` shifts around each review's `submitted_at` (and now, for allowOneParty). */
  history: readonly OnCallFact[];
  /** The identities file a reviewer without an email should be added to. */
  identitiesFile?: string;
}

export interface PullRequestDecisionInput {
  /** The PR author, with their incident.io email(s) if known. */
  author: Requester;
  /** The matched policies, in file order. */
  policies: readonly Policy[];
  /** `final` on-call shifts now, per schedule the policies name. */
  onCall: OnCallFacts;
  now: Date;
  /** The PR body (the `Reason:` line is read from it). */
  body: string;
  reviews: ReviewContext;
  identities: IdentitySettings;
}

const tick = (s: string): string => `\`${s.replace(/`/g, '')}\``;
const list = (ids: readonly string[]): string => ids.map(tick).join(', ');

function reasonProblem(requireReason: boolean, reason: string): string | undefined {
  if (!requireReason) return undefined;
  const n = reasonLength(reason);
  if (n >= MIN_REASON_CHARS) return undefined;
  return n === 0
    ? 'this rule requires a reason and the pull request description has no `Reason:` line'
    : `this rule requires a reason of at least ${MIN_REASON_CHARS} non-space characters and the \`Reason:\` line has ${n}`;
}

function shiftsNow(onCall: OnCallFacts, ids: readonly string[], emails: readonly string[], now: Date): OnCallFact[] {
  const mine = new Set(emails.map((e) => e.toLowerCase()));
  const t = now.getTime();
  return ids.flatMap((id) =>
    (onCall.get(id) ?? []).filter((s) => mine.has(s.email.toLowerCase()) && s.startAt.getTime() <= t && t < s.endAt.getTime()),
  );
}

interface RuleOutcome {
  verdict: RuleVerdict;
  approvedBy?: string;
  vetoed?: boolean;
  escalation?: EscalationState;
}

function evaluateRule(policy: Policy, index: number, input: PullRequestDecisionInput, reason: string): RuleOutcome {
  const rule = policy.rules[index]!;
  const author = input.author;
  if (rule.type === 'deny') {
    return { verdict: { index, type: 'deny', at: rule.at, schedules: [], holds: false, reason: rule.reason } };
  }
  if (rule.type === 'auto') {
    const base = { index, type: rule.type, at: rule.at, schedules: rule.schedules };
    if (rule.schedules.length === 0) {
      return {
        verdict: {
          ...base,
          holds: false,
          reason: 'this auto rule has no schedules, so it approves nobody',
          fix: 'Add `schedules:` to the rule, or `autoApproval.schedules` to the incident.io integration file.',
        },
      };
    }
    if (author.emails.length === 0) {
      return {
        verdict: {
          ...base,
          holds: false,
          reason: author.identityProblem?.message ?? `the author ${tick(author.login)} has no known incident.io email`,
          ...(author.identityProblem ? { fix: author.identityProblem.fix } : {}),
        },
      };
    }
    const shifts = shiftsNow(input.onCall, rule.schedules, author.emails, input.now);
    if (shifts.length === 0) {
      return { verdict: { ...base, holds: false, reason: `the author ${tick(author.login)} is not on call now for ${list(rule.schedules)}` } };
    }
    const missing = reasonProblem(rule.requireReason, reason);
    if (missing) {
      return { verdict: { ...base, holds: false, reason: `the author is on call, but ${missing}`, fix: PR_REASON_FIX } };
    }
    const end = Math.max(...shifts.map((s) => s.endAt.getTime()));
    return {
      verdict: {
        ...base,
        holds: true,
        reason: `the author ${tick(author.login)} is on call now for ${list([...new Set(shifts.map((s) => s.scheduleId))])}`,
        expiresAt: new Date(Math.min(input.now.getTime() + rule.durationMs, end)),
      },
      approvedBy: 'auto',
    };
  }

  const base = { index, type: rule.type, at: rule.at, schedules: rule.services };
  const state: EscalationState = { policy: policy.name, ruleIndex: index, rule };
  const missing = reasonProblem(rule.requireReason, reason);
  if (missing) {
    // No incident until a reason is given (DESIGN.md section 4): the rule is closed, not open.
    return { verdict: { ...base, holds: false, reason: `escalation: ${missing}`, fix: PR_REASON_FIX }, escalation: state };
  }
  const review = evaluateEscalationReviews({
    services: rule.services,
    durationMs: rule.durationMs,
    allowOneParty: rule.allowOneParty,
    reviews: input.reviews.reviews,
    headSha: input.reviews.headSha,
    author: author.login,
    parties: input.reviews.parties,
    emails: input.reviews.emails,
    ...(input.reviews.identitiesFile ? { identitiesFile: input.reviews.identitiesFile } : {}),
    history: input.reviews.history,
    now: input.now,
    onePartyAt: input.now,
  });
  state.review = review;
  if (review.result === 'approved') {
    return {
      verdict: { ...base, holds: true, reason: review.reason, ...(review.approval?.expiresAt ? { expiresAt: review.approval.expiresAt } : {}) },
      approvedBy: review.approval?.login ?? '',
      escalation: state,
    };
  }
  if (review.result === 'denied') {
    return {
      verdict: {
        ...base,
        holds: false,
        reason: review.reason,
        fix: 'Address the requested changes and push; the on-call reviewer then approves the new head.',
      },
      vetoed: true,
      escalation: state,
    };
  }
  return {
    verdict: {
      ...base,
      holds: false,
      escalationOpen: true,
      reason: review.reason,
      fix: `A person on call for ${list(rule.services)} approves this pull request on its latest commit.`,
    },
    escalation: state,
  };
}

interface PolicyOutcome {
  verdict: PolicyVerdict;
  approvedBy?: string;
  escalations: EscalationState[];
  /** An escalation incident belongs to this policy. */
  incident: boolean;
}

function evaluatePolicy(policy: Policy, input: PullRequestDecisionInput, reason: string): PolicyOutcome {
  const outcomes = policy.rules.map((_, i) => evaluateRule(policy, i, input, reason));
  const rules = outcomes.map((o) => o.verdict);
  const escalations = outcomes.flatMap((o) => (o.escalation ? [o.escalation] : []));
  const base = { policy: policy.name, at: policy.at, rules };
  // An incident exists for an escalation that is open or that a review decided.
  const incident = escalations.some((e) => e.review !== undefined);

  const deny = outcomes.find((o) => o.verdict.type === 'deny');
  if (deny) {
    return { verdict: { ...base, result: 'denied', decidedBy: deny.verdict, reason: `denied by policy: ${deny.verdict.reason}` }, escalations, incident: false };
  }
  if (rules.length === 0) {
    return { verdict: { ...base, result: 'denied', reason: 'the policy has no approval rules, so it approves nobody' }, escalations, incident: false };
  }
  const veto = outcomes.find((o) => o.vetoed);
  if (veto) {
    return { verdict: { ...base, result: 'denied', decidedBy: veto.verdict, reason: veto.verdict.reason }, escalations, incident };
  }
  const holding = outcomes.filter((o) => o.verdict.holds);
  if (holding.length > 0) {
    const best = holding.reduce((a, b) => ((b.verdict.expiresAt?.getTime() ?? 0) > (a.verdict.expiresAt?.getTime() ?? 0) ? b : a));
    return {
      verdict: {
        ...base,
        result: 'approved',
        decidedBy: best.verdict,
        reason: best.verdict.reason,
        ...(best.verdict.expiresAt ? { expiresAt: best.verdict.expiresAt } : {}),
      },
      ...(best.approvedBy ? { approvedBy: best.approvedBy } : {}),
      escalations,
      // Auto-approval decided: no incident is opened for it (an existing one is left as it is).
      incident: best.approvedBy !== 'auto' && incident,
    };
  }
  if (rules.some((r) => r.escalationOpen)) {
    return {
      verdict: { ...base, result: 'pending', reason: rules.filter((r) => r.escalationOpen).map((r) => r.reason).join('; ') },
      escalations,
      incident,
    };
  }
  return { verdict: { ...base, result: 'denied', reason: rules.map((r) => r.reason).join('; ') }, escalations, incident: false };
}

export function decidePullRequest(input: PullRequestDecisionInput): PullRequestDecision {
  const reason = reasonFromBody(input.body);
  const common = {
    ...decisionHeader({ onCall: input.onCall, now: input.now, identities: input.identities, requester: input.author, policies: input.policies }),
    reason,
    draft: false,
  };
  if (input.policies.length === 0) {
    // As the gate: nothing requires an approval, so `approved` (may it proceed?) is true.
    return { ...common, result: 'not-required', approved: true, verdicts: [], reasons: [], fixes: [], escalations: [], incidentPolicies: [] };
  }

  const outcomes = input.policies.map((p) => evaluatePolicy(p, input, reason));
  const verdicts = outcomes.map((o) => o.verdict);
  const escalations = outcomes.flatMap((o) => o.escalations);
  const incidentPolicies = outcomes.filter((o) => o.incident).map((o) => o.verdict.policy);
  const denied = verdicts.filter((v) => v.result === 'denied');
  const pending = verdicts.filter((v) => v.result === 'pending');

  if (denied.length === 0 && pending.length === 0) {
    const expiries = verdicts.flatMap((v) => (v.expiresAt ? [v.expiresAt.getTime()] : []));
    // `approved-by` is a login when a review approved any policy, else `auto` (DESIGN.md section 5).
    const approvedBy = outcomes.map((o) => o.approvedBy).find((a) => a && a !== 'auto') ?? 'auto';
    return {
      ...common,
      result: 'approved',
      approved: true,
      verdicts,
      approvedBy,
      ...(expiries.length > 0 ? { expiresAt: new Date(Math.min(...expiries)) } : {}),
      reasons: [],
      fixes: [],
      escalations,
      incidentPolicies,
    };
  }

  const shown = denied.length > 0 ? denied : pending;
  const byDeny = denied.filter((v) => v.decidedBy?.type === 'deny');
  return {
    ...common,
    result: denied.length > 0 ? 'denied' : 'pending',
    approved: false,
    verdicts,
    reasons: (byDeny.length > 0 ? byDeny : shown).map((v) => `Policy \`${v.policy}\`: ${v.reason}.`),
    fixes: byDeny.length > 0 ? [] : unique(shown.flatMap((v) => v.rules.filter((r) => !r.holds).map((r) => r.fix))),
    escalations,
    // A denial by a missing reason or a deny rule opens nothing; a veto keeps its incident (its
    // summary says who denied).
    incidentPolicies: denied.length > 0 ? incidentPolicies.filter((p) => verdicts.find((v) => v.policy === p)?.decidedBy?.type === 'escalation') : incidentPolicies,
  };
}

/** What the check and the comment say about a draft, and how to move on. */
export const DRAFT_REASON = 'the pull request is a draft: waiting for ready for review (a draft never pages the on-call team)';
export const DRAFT_FIX = 'Mark the pull request **Ready for review**; the request then runs again (the `ready_for_review` event) and pages the on-call team if needed.';

/**
 * The decision for a draft that policies match: `pending`, waiting for ready for review. Nothing
 * is evaluated (no on-call facts, no reviews) and no incident belongs to it, so a draft never
 * pages anyone, whatever its policies would decide once it is ready.
 */
export function draftDecision(input: Pick<PullRequestDecisionInput, 'author' | 'policies' | 'now' | 'identities' | 'body'>): PullRequestDecision {
  const header = decisionHeader({ onCall: new Map(), now: input.now, identities: input.identities, requester: input.author, policies: input.policies });
  const verdicts = input.policies.map((p) => ({ policy: p.name, at: p.at, result: 'pending' as const, rules: [], reason: DRAFT_REASON }));
  return {
    ...header,
    // Nobody's on-call state was read: the schedules are not shown as "nobody on call".
    schedules: [],
    result: 'pending',
    approved: false,
    verdicts,
    reasons: [`${DRAFT_REASON.charAt(0).toUpperCase()}${DRAFT_REASON.slice(1)}.`],
    fixes: [DRAFT_FIX],
    escalations: [],
    incidentPolicies: [],
    reason: reasonFromBody(input.body),
    draft: true,
  };
}

/** The escalation services of a policy's escalation rules, once each, in order. */
export function escalationServices(policy: Policy): string[] {
  return [...new Set(policy.rules.flatMap((r) => (r.type === 'escalation' ? r.services : [])))];
}
