// The gate decision (DESIGN.md section 4, `gate`), pure: no I/O, no clock, no logging.
// Every matching policy must approve (AND); inside one policy any rule that holds approves (OR);
// a `deny` rule in any matching policy wins; an empty approval list denies.
import type { AutoRule, DenyRule, EscalationRule, IdentitySettings, Policy } from '../policy/types.js';
import { loginsByEmail } from '../identity/resolve-identity.js';
import type {
  Decision,
  EscalationEvidence,
  OnCallFact,
  OnCallFacts,
  OnCallPerson,
  PolicyVerdict,
  Requester,
  RuleVerdict,
  ScheduleOnCall,
} from './types.js';

export interface GateDecisionInput {
  requester: Requester;
  /** The matched policies (resolved model), in file order. */
  policies: readonly Policy[];
  /** `final` on-call shifts per schedule, read for `now`. */
  onCall: OnCallFacts;
  now: Date;
  /** The `reason` input. */
  reason: string;
  /** Evidence for escalation rules (none yet for the gate). */
  escalation: EscalationEvidence;
  /** For showing the GitHub logins of on-call people. */
  identities: IdentitySettings;
}

/** `requireReason`: at least 10 non-space characters (DESIGN.md section 2). */
export const MIN_REASON_CHARS = 10;

/**
 * Visible characters of a reason: white space and invisible format characters (Unicode Cf: zero-
 * width spaces and joiners, word joiner, BOM) do not count, so a reason cannot be padded with
 * characters nobody can read.
 */
export function reasonLength(reason: string): number {
  return reason.replace(/[\s\p{Cf}]/gu, '').length;
}

const REASON_FIX =
  'Give a reason of at least 10 characters in the `reason` input of the oncall-gate step ' +
  '(for example `reason: ${{ inputs.reason }}` with a `workflow_dispatch` input), then re-run.';

/** Where a user reads about the escalation flow (README, "Escalation"). */
export const ESCALATION_DOCS = 'the "Escalation" section of the oncall-gate README';

/** The schedules a rule consults: auto rules their own or the integration's, escalation rules `services`. */
export function ruleSchedules(rule: Policy['rules'][number]): string[] {
  if (rule.type === 'auto') return rule.schedules;
  if (rule.type === 'escalation') return rule.services;
  return [];
}

/** Every schedule the policies name, once each, in order of first appearance. */
export function policySchedules(policies: readonly Policy[]): string[] {
  return [...new Set(policies.flatMap((p) => p.rules.flatMap(ruleSchedules)))];
}

/** Shifts of `scheduleId` covering `at` (half-open `start_at <= t < end_at`, API.md section 4). */
function shiftsAt(onCall: OnCallFacts, scheduleId: string, at: Date): OnCallFact[] {
  const t = at.getTime();
  return (onCall.get(scheduleId) ?? []).filter((s) => s.startAt.getTime() <= t && t < s.endAt.getTime());
}

function requesterShifts(input: GateDecisionInput, scheduleIds: readonly string[]): OnCallFact[] {
  const emails = new Set(input.requester.emails.map((e) => e.toLowerCase()));
  if (emails.size === 0) return [];
  return scheduleIds.flatMap((id) =>
    shiftsAt(input.onCall, id, input.now).filter((s) => emails.has(s.email.toLowerCase())),
  );
}

/** A code span for an ID, login or email (these never legitimately contain backticks). */
const tick = (s: string): string => `\`${s.replace(/`/g, '')}\``;
const list = (ids: readonly string[]): string => ids.map(tick).join(', ');

function reasonProblem(rule: AutoRule | EscalationRule, input: GateDecisionInput): string | undefined {
  if (!rule.requireReason) return undefined;
  const n = reasonLength(input.reason);
  if (n >= MIN_REASON_CHARS) return undefined;
  return n === 0
    ? 'this rule requires a reason and none was given'
    : `this rule requires a reason of at least ${MIN_REASON_CHARS} non-space characters and the one given has ${n}`;
}

function evaluateAuto(rule: AutoRule, index: number, input: GateDecisionInput): RuleVerdict {
  const base = { index, type: rule.type, at: rule.at, schedules: rule.schedules };
  const { requester } = input;
  if (rule.schedules.length === 0) {
    // As incident.io's own auto-approval does: no schedule selected denies everything.
    return {
      ...base,
      holds: false,
      reason:
        'this auto rule has no schedules: it names none and the integration settings have no `autoApproval.schedules`, so it approves nobody',
      fix: 'Add `schedules:` to the rule, or `autoApproval.schedules` to the incident.io integration file, with incident.io schedule IDs.',
    };
  }
  const missingReason = reasonProblem(rule, input);
  if (requester.emails.length === 0) {
    const also = missingReason ? ` (also, ${missingReason})` : '';
    return {
      ...base,
      holds: false,
      reason: (requester.identityProblem?.message ?? `${tick(requester.login)} has no known incident.io email`) + also,
      ...(requester.identityProblem ? { fix: requester.identityProblem.fix } : {}),
    };
  }
  const shifts = requesterShifts(input, rule.schedules);
  if (shifts.length === 0) {
    const also = missingReason ? ` (also, ${missingReason})` : '';
    return {
      ...base,
      holds: false,
      reason: `${tick(requester.login)} (${list(requester.emails)}) is not on call now for ${list(rule.schedules)}${also}`,
      fix: 'Ask a person who is on call now for one of these schedules to run it, or get an override in incident.io.',
    };
  }
  if (missingReason) {
    return { ...base, holds: false, reason: `${tick(requester.login)} is on call, but ${missingReason}`, fix: REASON_FIX };
  }
  // The approval lasts min(duration, end of that shift); of several covering shifts the one
  // that runs longest counts (DESIGN.md section 4).
  const shiftEnd = Math.max(...shifts.map((s) => s.endAt.getTime()));
  const expiresAt = new Date(Math.min(input.now.getTime() + rule.durationMs, shiftEnd));
  const on = [...new Set(shifts.map((s) => s.scheduleId))];
  return {
    ...base,
    holds: true,
    reason: `${tick(requester.login)} is on call now for ${list(on)}`,
    expiresAt,
  };
}

function evaluateEscalation(rule: EscalationRule, index: number, input: GateDecisionInput): RuleVerdict {
  const base = { index, type: rule.type, at: rule.at, schedules: rule.services };
  const missingReason = reasonProblem(rule, input);
  if (missingReason) {
    return { ...base, holds: false, reason: `escalation: ${missingReason}`, fix: REASON_FIX };
  }
  // [escalation flow] Evidence re-derived from the deployed commit's merged PRs and their reviews
  // (src/decide/escalation-evidence.ts); `none` on the first decision.
  const evidence = input.escalation.kind === 'reviews' ? input.escalation.byRule.get(rule) : undefined;
  if (evidence?.holds) {
    return {
      ...base,
      holds: true,
      reason: `escalation: ${evidence.reason}`,
      ...(evidence.expiresAt ? { expiresAt: evidence.expiresAt } : {}),
      ...(evidence.approvedBy ? { approvedBy: evidence.approvedBy } : {}),
    };
  }
  if (evidence) {
    // A veto closes the rule (escalating cannot help); otherwise it stays open.
    return { ...base, holds: false, ...(evidence.vetoed ? {} : { escalationOpen: true }), reason: `escalation: ${evidence.reason}`, ...(evidence.fix ? { fix: evidence.fix } : {}) };
  }
  return {
    ...base,
    holds: false,
    escalationOpen: true,
    reason: `no approval yet from someone on call for ${list(rule.services)}`,
    fix:
      `Deploy through a pull request approved by a person on call for ${list(rule.services)} ` +
      `(the escalation flow, see ${ESCALATION_DOCS}).`,
  };
}

function evaluateDeny(rule: DenyRule, index: number): RuleVerdict {
  return { index, type: rule.type, at: rule.at, schedules: [], holds: false, reason: rule.reason };
}

export function evaluatePolicy(policy: Policy, input: GateDecisionInput): PolicyVerdict {
  const rules = policy.rules.map((rule, index): RuleVerdict => {
    if (rule.type === 'auto') return evaluateAuto(rule, index, input);
    if (rule.type === 'escalation') return evaluateEscalation(rule, index, input);
    return evaluateDeny(rule, index);
  });
  const base = { policy: policy.name, at: policy.at, rules };

  const deny = rules.find((r) => r.type === 'deny');
  if (deny) return { ...base, result: 'denied', decidedBy: deny, reason: `denied by policy: ${deny.reason}` };

  if (rules.length === 0) {
    return { ...base, result: 'denied', reason: 'the policy has no approval rules, so it approves nobody' };
  }

  const holding = rules.filter((r) => r.holds);
  if (holding.length > 0) {
    // Within one policy the latest expiry among the rules that hold (DESIGN.md section 4).
    const decidedBy = holding.reduce((best, r) =>
      (r.expiresAt?.getTime() ?? 0) > (best.expiresAt?.getTime() ?? 0) ? r : best,
    );
    return { ...base, result: 'approved', decidedBy, reason: decidedBy.reason, ...(decidedBy.expiresAt ? { expiresAt: decidedBy.expiresAt } : {}) };
  }

  return { ...base, result: 'denied', reason: rules.map((r) => r.reason).join('; ') };
}

/** Who is on call now for each schedule, with GitHub logins from the identities map. */
export function onCallPeople(input: Pick<GateDecisionInput, 'onCall' | 'now' | 'identities' | 'requester'>, scheduleIds: readonly string[]): ScheduleOnCall[] {
  const logins = loginsByEmail(input.identities);
  const mine = new Set(input.requester.emails.map((e) => e.toLowerCase()));
  return scheduleIds.map((scheduleId) => {
    const people: OnCallPerson[] = [];
    const seen = new Set<string>();
    for (const s of shiftsAt(input.onCall, scheduleId, input.now)) {
      const email = s.email.toLowerCase();
      if (seen.has(email)) continue;
      seen.add(email);
      const login = logins.get(email);
      people.push({ name: s.name, email, userId: s.userId, startAt: s.startAt, endAt: s.endAt, ...(login ? { login } : {}) });
    }
    return { scheduleId, people, requesterOnCall: people.some((p) => mine.has(p.email)) };
  });
}

export const unique = (xs: (string | undefined)[]): string[] => [...new Set(xs.filter((x): x is string => !!x))];

/** What every decision (gate, request, review) starts with: who, which policies, who is on call now. */
export function decisionHeader(input: Pick<GateDecisionInput, 'onCall' | 'now' | 'identities' | 'requester' | 'policies'>) {
  const schedules = onCallPeople(input, policySchedules(input.policies));
  const onCallSchedules = schedules.filter((s) => s.requesterOnCall).map((s) => s.scheduleId);
  return {
    requester: input.requester,
    policies: input.policies.map((p) => p.name),
    onCall: onCallSchedules.length > 0,
    onCallSchedules,
    schedules,
    at: input.now,
  };
}

export function decideGate(input: GateDecisionInput): Decision {
  const common = decisionHeader(input);

  if (input.policies.length === 0) {
    // Nothing requires an approval, so the job may run: `approved` says whether the job may
    // proceed, and the step passes (DESIGN.md section 4: not-required passes).
    return { ...common, result: 'not-required', approved: true, verdicts: [], reasons: [], fixes: [] };
  }

  const verdicts = input.policies.map((p) => evaluatePolicy(p, input));
  const denied = verdicts.filter((v) => v.result !== 'approved');
  if (denied.length === 0) {
    // Approved everywhere: the approval ends with the earliest policy's expiry.
    const expiries = verdicts.flatMap((v) => (v.expiresAt ? [v.expiresAt.getTime()] : []));
    return {
      ...common,
      result: 'approved',
      approved: true,
      verdicts,
      // [escalation flow] a login when a review approved a policy, else `auto` (DESIGN.md section 5).
      approvedBy: verdicts.map((v) => v.decidedBy?.approvedBy).find((a) => !!a) ?? 'auto',
      ...(expiries.length > 0 ? { expiresAt: new Date(Math.min(...expiries)) } : {}),
      reasons: [],
      fixes: [],
    };
  }

  // A deny rule wins over everything; its reason comes first.
  const byDeny = denied.filter((v) => v.decidedBy?.type === 'deny');
  const shown = byDeny.length > 0 ? byDeny : denied;
  return {
    ...common,
    result: 'denied',
    approved: false,
    verdicts,
    reasons: shown.map((v) => `Policy \`${v.policy}\`: ${v.reason}.`),
    fixes: byDeny.length > 0 ? [] : unique(shown.flatMap((v) => v.rules.map((r) => r.fix))),
  };
}

/** A decision that could not be made (bad policy, API down, bad key): fail closed. */
export function errorDecision(args: {
  requester: Requester;
  now: Date;
  message: string;
  fix?: string;
  policies?: readonly Policy[];
}): Decision {
  return {
    result: 'error',
    approved: false,
    requester: args.requester,
    policies: (args.policies ?? []).map((p) => p.name),
    verdicts: [],
    onCall: false,
    onCallSchedules: [],
    schedules: [],
    reasons: [args.message],
    fixes: args.fix ? [args.fix] : [],
    at: args.now,
  };
}
