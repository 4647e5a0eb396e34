// The decision model shared by gate, request and review. Decisions are pure data: the rule engine
// (engine.ts) computes them, src/report/ words them, commands/* turn them into outputs. Nothing
// here is a sentence: every outcome is a kind with the facts behind it.
import type { OnCallShift } from '../oncall/shifts.js';
import type { UnresolvedIdentity } from '../identity/resolve-identity.js';
import type { IdentityLookup, Position, Rule } from '../policy/types.js';
import type { DeployEvaluation } from './escalation-evidence.js';
import type { EscalationReviewResult } from './review.js';

/** `result` output values of gate/request/review. */
export type DecisionResult = 'approved' | 'denied' | 'pending' | 'not-required' | 'error';

/** One `final` on-call shift: the pure shape src/oncall/shifts.ts defines. */
export type OnCallFact = OnCallShift;

/** On-call facts per schedule ID, as read at the decision time. */
export type OnCallFacts = ReadonlyMap<string, readonly OnCallFact[]>;

/** The person a decision is about, with their incident.io email(s) if known. */
export interface Requester {
  login: string;
  /** Lower-case. Empty when no lookup found one: such a person is never on call. */
  emails: string[];
  /** Which lookup found the email. */
  emailSource?: IdentityLookup;
  /** What the lookups tried when they found no email (set when `emails` is empty). */
  identityProblem?: UnresolvedIdentity;
}

/** A `requireReason` that the given reason does not meet. */
export type ReasonProblem = { kind: 'missing' } | { kind: 'too-short'; length: number; min: number };

interface RuleOutcomeBase {
  /** 0-based index in the policy's `approval` list. */
  index: number;
  type: Rule['type'];
  at: Position;
  /** The schedules this rule consults. */
  schedules: string[];
  holds: boolean;
  /** When the approval given by this rule ends (holding rules only). */
  expiresAt?: Date;
}

/** Where on a schedule an on-call entry sits: its rotation and layer, when incident.io says (with their names, when known). */
export interface Placement {
  scheduleId: string;
  rotationId?: string;
  rotationName?: string;
  layerId?: string;
  layerName?: string;
}

/**
 * An `auto` rule: the requester on call now for one of its schedules. The status is the first
 * unmet condition (schedules, identity, on call, reason); `reasonProblem` is set whenever the
 * reason is unmet, also when an earlier condition failed too. `out-of-scope`: on call for one of
 * the schedules, but only on rotations or layers the rule's `scope` does not count (or on entries
 * that name neither).
 */
export interface AutoRuleOutcome extends RuleOutcomeBase {
  type: 'auto';
  /** `unavailable`: incident.io could not be read (outage mode), so the rule could not be evaluated. */
  status: 'no-schedules' | 'no-identity' | 'not-on-call' | 'out-of-scope' | 'reason-missing' | 'on-call' | 'unavailable';
  reasonProblem?: ReasonProblem;
  /** out-of-scope: where the requester is on call instead, one entry per schedule, rotation and layer. */
  outOfScope?: Placement[];
  /** on-call: the rule's schedules the requester is on call for. */
  onCallFor?: string[];
  /** on-call: the end of the longest covering shift (the expiry is the earlier of it and the duration). */
  shiftEnd?: Date;
}

/** What an escalation rule was judged on: a pull request's reviews, or a deployed commit's merged pull requests. */
export type EscalationEvidence = { subject: 'pull'; review: EscalationReviewResult } | { subject: 'run'; deploy: DeployEvaluation };

/**
 * An `escalation` rule: an approval by someone on call for its services. `unread`: the gate has
 * not read the deploy evidence yet (it could still approve); `waiting`: the evidence shows no
 * approval yet; `vetoed`: an on-call reviewer requested changes (deny wins).
 */
export interface EscalationRuleOutcome extends RuleOutcomeBase {
  type: 'escalation';
  /** `unavailable`: incident.io could not be read (outage mode), so nobody's on-call state is known. */
  status: 'reason-missing' | 'unread' | 'waiting' | 'approved' | 'vetoed' | 'unavailable';
  reasonProblem?: ReasonProblem;
  evidence?: EscalationEvidence;
  /** approved: the approving logins (one per merged pull request for a gate run). */
  approvedBy?: string[];
}

/** A `deny` rule: always denies, with the policy's text. */
export interface DenyRuleOutcome extends RuleOutcomeBase {
  type: 'deny';
  status: 'denies';
  text: string;
}

export type RuleOutcome = AutoRuleOutcome | EscalationRuleOutcome | DenyRuleOutcome;

/** What settled a policy. `rule`/`rules` are indexes into the policy's rules. */
export type PolicyDecidedBy =
  | { kind: 'deny-rule'; rule: number }
  | { kind: 'no-rules' }
  | { kind: 'veto'; rule: number }
  /** approved: the holding rule with the latest expiry. */
  | { kind: 'rule'; rule: number }
  /** pending: the escalation rules waiting for an approval. */
  | { kind: 'waiting'; rules: number[] }
  | { kind: 'nothing-holds' }
  /** pending: a draft pull request, nothing evaluated. */
  | { kind: 'draft' }
  /** Outage mode: the policy's fallback decided (approved, vetoed or waiting). */
  | { kind: 'fallback' };

/**
 * Where a policy's escalation stands: `none` (none took part: no escalation rule, a deny rule, a
 * missing reason, or another rule decided), `unread` (a gate run's evidence could still approve),
 * `waiting`, `approved` (an escalation rule decided the approval) or `vetoed`.
 */
export type PolicyEscalation = 'none' | 'unread' | 'waiting' | 'approved' | 'vetoed';

/**
 * Why incident.io counts as unavailable: the only failures an outage fallback applies to. Never a
 * 429, a rejected key, a missing role or an unknown schedule (outage.ts).
 */
export interface OutageCause {
  /**
   * No answer (a network error or timeout) after the retries; a 5xx after the retries; no answer
   * within the run's API time. `assumed`: only `oncall-gate check --assume-unavailable`, a preview
   * of outage mode for which incident.io was not asked (outage.ts never makes one).
   */
  kind: 'unreachable' | 'server-error' | 'deadline' | 'assumed';
  /** The HTTP status of a server error. */
  status?: number;
  /** The request that failed, "METHOD /path", when known. */
  call?: string;
  /** The failure in the words of its error (already redacted). */
  message: string;
  /** What the error said to do about it. */
  fix?: string;
}

/** How a policy's outage fallback fared: an approving review by one of the people it names. */
export interface FallbackOutcome {
  /** Lower-case logins the fallback names. */
  approvers: string[];
  approverTeams: string[];
  durationMs: number;
  at: Position;
  /**
   * A rule of the policy that could approve (auto or escalation) sets `requireReason`, so the
   * fallback requires a reason too (judged as the rule judges it).
   */
  requireReason: boolean;
  /**
   * `unread`: no review evidence was read (a gate run whose evidence is missing). `reason-missing`:
   * the fallback requires a reason and the one given does not meet it, so no review is looked at.
   */
  status: 'approved' | 'waiting' | 'vetoed' | 'unread' | 'reason-missing';
  /** reason-missing: what is wrong with the reason. */
  reasonProblem?: ReasonProblem;
  evidence?: EscalationEvidence;
  /** approved: the approving logins (one per merged pull request for a gate run). */
  approvedBy?: string[];
  expiresAt?: Date;
}

export interface PolicyVerdict {
  policy: string;
  at: Position;
  result: 'approved' | 'denied' | 'pending';
  decidedBy: PolicyDecidedBy;
  rules: RuleOutcome[];
  /** Outage mode: how the policy's fallback fared. */
  fallback?: FallbackOutcome;
  /** For an approved policy: the latest expiry among the rules that hold. */
  expiresAt?: Date;
  /** For an approved policy: `auto`, or the approving login(s), comma-separated. */
  approvedBy?: string;
  escalation: PolicyEscalation;
}

/** A person on call now for a schedule, with their GitHub login when the identities map knows it. */
export interface OnCallPerson {
  name: string;
  email: string;
  userId: string;
  login?: string;
  startAt: Date;
  endAt: Date;
  /** The rotations and layers they are on call on (several when on several layers at once); empty when entries name none. */
  placements: Placement[];
}

export interface ScheduleOnCall {
  scheduleId: string;
  people: OnCallPerson[];
  /** The requester is one of `people`. */
  requesterOnCall: boolean;
}

/** The facts a decision used besides the rules' own evidence. */
export interface DecisionFacts {
  /** The decision time. */
  at: Date;
  /** The reason given ('' when none): the `reason` input for a run, the `Reason:` line for a pull request. */
  reason: string;
  /** Every schedule the matched policies name, with who is on call at `at` (empty for a draft: nobody's state was read). */
  schedules: ScheduleOnCall[];
  /** A draft pull request: nothing was evaluated and nobody is paged. */
  draft: boolean;
}

export interface Decision {
  result: DecisionResult;
  approved: boolean;
  /** A gate run (the requester deploys) or a pull request (the requester is its author). */
  subject: 'run' | 'pull';
  requester: Requester;
  /** Names of the matched policies. */
  policies: string[];
  verdicts: PolicyVerdict[];
  /** `auto` or the approving login(s). */
  approvedBy?: string;
  expiresAt?: Date;
  /** On call now for a schedule the matched policies name. */
  onCall: boolean;
  /** Those schedules. */
  onCallSchedules: string[];
  facts: DecisionFacts;
  /** result `error`: what went wrong and how to fix it, in the words of the error that stopped the decision. */
  error?: { message: string; fix?: string };
  /**
   * Outage mode decided: incident.io was unavailable, so the matched policies' fallbacks (not
   * their rules) decided, or (result `error`) a policy without a fallback made it an error.
   */
  degraded?: { mode: 'outage'; cause: OutageCause };
}
