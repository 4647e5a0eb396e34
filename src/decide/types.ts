// The decision model shared by gate, request and review (DESIGN.md section 4). Decisions are
// pure data: decide/* computes them, report/* renders them, commands/* turn them into outputs.
import type { OnCallShift } from '../oncall/shifts.js';
import type { EscalationRule, IdentityLookup, Position, Rule } from '../policy/types.js';

/** `result` output values of gate/request/review (DESIGN.md section 5). */
export type DecisionResult = 'approved' | 'denied' | 'pending' | 'not-required' | 'error';

/** One `final` on-call shift (DESIGN.md section 3): the pure shape src/oncall/shifts.ts defines. */
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
  /** Why no email was found and how to fix it (set when `emails` is empty). */
  identityProblem?: { message: string; fix: string };
}

/**
 * Evidence that an escalation rule is satisfied. `none`: not read (the first decision). `reviews`
 * [escalation flow]: per escalation rule (keyed by the rule object of the policy set), what the
 * deployed commit's merged pull requests and their reviews show (src/escalation/gate-escalation.ts).
 */
export type EscalationEvidence =
  | { kind: 'none' }
  | { kind: 'reviews'; byRule: ReadonlyMap<EscalationRule, RuleEvidence> };

/**
 * What the verdict of one escalation rule reads from its evidence. Declared here, not beside the
 * evaluation (decide/escalation-evidence.ts, whose result extends it), so this module of shared
 * types imports nothing else of decide/.
 */
export interface RuleEvidence {
  holds: boolean;
  /** One sentence (markdown with code spans). */
  reason: string;
  fix?: string;
  /** The approving login(s), comma-separated when several PRs were each approved. */
  approvedBy?: string;
  /** The earliest expiry across the PRs: the approval lasts as long as the weakest PR's. */
  expiresAt?: Date;
  /** An on-call person requested changes: the rule is closed, escalating cannot help. */
  vetoed?: boolean;
}

export interface RuleVerdict {
  /** 0-based index in the policy's `approval` list. */
  index: number;
  type: Rule['type'];
  at: Position;
  holds: boolean;
  /** Why, in one sentence a person can act on. */
  reason: string;
  /** What to do to make it hold (absent when it holds or nothing helps, e.g. a deny rule). */
  fix?: string;
  /** When the approval given by this rule ends (holding rules only). */
  expiresAt?: Date;
  /** The schedules this rule consults. */
  schedules: string[];
  /** An escalation rule that could still be satisfied through the escalation flow. */
  escalationOpen?: boolean;
  /** [escalation flow] The approving login(s) of an escalation rule that holds. */
  approvedBy?: string;
}

export interface PolicyVerdict {
  policy: string;
  at: Position;
  result: 'approved' | 'denied' | 'pending';
  /** The rule that decided: a deny rule, the holding rule with the latest expiry, else absent. */
  decidedBy?: RuleVerdict;
  rules: RuleVerdict[];
  /** One sentence. */
  reason: string;
  /** For an approved policy: the latest expiry among the rules that hold. */
  expiresAt?: Date;
}

/** A person on call now for a schedule, with their GitHub login when the identities map knows it. */
export interface OnCallPerson {
  name: string;
  email: string;
  userId: string;
  login?: string;
  startAt: Date;
  endAt: Date;
}

export interface ScheduleOnCall {
  scheduleId: string;
  people: OnCallPerson[];
  /** The requester is one of `people`. */
  requesterOnCall: boolean;
}

export interface Decision {
  result: DecisionResult;
  approved: boolean;
  requester: Requester;
  /** Names of the matched policies. */
  policies: string[];
  verdicts: PolicyVerdict[];
  /** `auto` or the approving login. */
  approvedBy?: string;
  expiresAt?: Date;
  /** On call now for a schedule the matched policies name. */
  onCall: boolean;
  /** Those schedules. */
  onCallSchedules: string[];
  /** Every schedule the matched policies name, with who is on call now. */
  schedules: ScheduleOnCall[];
  /** Why, in sentences a person can act on (denials and errors). */
  reasons: string[];
  /** What to do, deduplicated. */
  fixes: string[];
  /** The decision time. */
  at: Date;
}
