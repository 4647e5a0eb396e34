// The rule engine: the one evaluation of approval policies, used by `gate` (a workflow run),
// `request` and `review` (a pull request) and the CLI's `check`. Pure: no I/O, no logging, no
// clock (the instant is an input). It returns data, never sentences: src/report/explain.ts words
// it for each surface.
//
// - Every matched policy must approve (AND); inside one policy any rule that holds approves (OR).
// - A `deny` rule in a policy denies it whatever else holds, and so does an on-call reviewer's
//   change request (deny wins); a policy without rules approves nobody.
// - `auto`: the requester (the deployer, or the pull request's author) is on call at the instant
//   for one of the rule's schedules, on a rotation or layer its `scope` counts (scope.ts); the
//   approval lasts min(duration, end of that shift), and of several covering shifts that count
//   the one that runs longest does.
// - `escalation`: someone on call for the rule's services approved. For a pull request, its own
//   reviews on the current head; for a gate run, the reviews of every pull request merged into the
//   default branch that carries the deployed commit (escalation-evidence.ts), read only when
//   nothing else approves the policy. Who may approve (second party, one-party) is review.ts's.
// - `requireReason`: the reason (the `reason` input, or the pull request's `Reason:` line) needs
//   MIN_REASON_CHARS visible characters, or the rule does not hold.
// - A policy whose only hope is an escalation still waiting for an approval is `pending`; a
//   gate run's escalation whose evidence was not read yet leaves the policy `denied`, marked
//   `unread` so the gate knows reading the evidence could turn it (openEscalations).
// - Across policies: any denied policy denies, else any pending one makes it pending, else it is
//   approved until the earliest policy expiry (within a policy, the latest among holding rules).
import { loginsByEmail } from '../identity/resolve-identity.js';
import type { AutoRule, EscalationRule, IdentitySettings, OutageFallback, Policy, Rule } from '../policy/types.js';
import type { RotationNames } from '../oncall/rotations.js';
import { evaluateDeployEvidence, type DeployFacts } from './escalation-evidence.js';
import { countsFor } from './scope.js';
import { evaluateEscalationReviews, type NamedApprovers, type PullParties, type ReviewFact } from './review.js';
import type {
  AutoRuleOutcome,
  Decision,
  EscalationRuleOutcome,
  FallbackOutcome,
  OnCallFact,
  OnCallFacts,
  OnCallPerson,
  OutageCause,
  Placement,
  PolicyEscalation,
  PolicyVerdict,
  ReasonProblem,
  Requester,
  RuleOutcome,
  ScheduleOnCall,
} from './types.js';

/** `requireReason`: at least this many visible characters. */
export const MIN_REASON_CHARS = 10;

/**
 * Visible characters of a reason: white space, control, format (Cf: zero-width spaces and joiners,
 * word joiner, BOM, bidi controls), private-use and unassigned characters, Unicode's default-
 * ignorable characters (Hangul fillers, combining grapheme joiner, variation selectors) and the
 * blank Braille pattern do not count, so a reason cannot be padded with characters nobody can read.
 */
const INVISIBLE = /[\s\p{C}\p{Default_Ignorable_Code_Point}\u2800]/gu;

export function reasonLength(reason: string): number {
  return reason.replace(INVISIBLE, '').length;
}

/** A pull request's review facts, for its escalation rules. */
export interface PullReviewFacts {
  reviews: readonly ReviewFact[];
  /** Fresh head SHA. */
  headSha: string;
  /** When the base branch was last changed (null or absent: never); an approval before it was of another diff. */
  baseChangedAt?: Date | null;
  /** The change's own side besides the author: commit accounts and the head's pusher. */
  parties: PullParties;
  /** Lower-case login -> lower-case emails, for the reviewers, the author and the change's own side. */
  emails: ReadonlyMap<string, readonly string[]>;
  /** `final` shifts around each review's `submitted_at` (and the instant, for allowOneParty). */
  history: readonly OnCallFact[];
  /** The identities file a reviewer without an email should be added to. */
  identitiesFile?: string;
}

/**
 * What the decision is about, which decides which evidence an escalation rule gets. A gate run's
 * evidence is absent until the gate has read it; a draft pull request is not evaluated at all.
 */
export type Subject =
  { kind: 'run'; evidence?: DeployFacts } | { kind: 'pull'; draft: true } | { kind: 'pull'; draft?: false; reviews: PullReviewFacts };

export interface EvaluationInput {
  /** The deployer, or the pull request's author. */
  requester: Requester;
  /** The matched policies (resolved model), in file order. */
  policies: readonly Policy[];
  /** `final` on-call shifts per schedule the policies name, read for `at`. */
  onCall: OnCallFacts;
  /** The instant the decision is for. */
  at: Date;
  /** The reason given ('' for none). */
  reason: string;
  /** For the GitHub logins of on-call people (who is shown, and asked for a review). */
  identities: IdentitySettings;
  subject: Subject;
  /** Rotation and layer names by ID, when they were read (shown with who is on call; never decide anything). */
  rotationNames?: RotationNames;
  /**
   * Outage mode: incident.io was unavailable (outage.ts), so nobody's on-call state is known and
   * each policy's `whenUnavailable` fallback decides instead of its rules. `teams`: per team a
   * fallback names, its active members among the reviewers that could count (read from GitHub).
   */
  outage?: { cause: OutageCause; teams: readonly { team: string; members: readonly string[] }[] };
}

/** The schedules a rule consults: auto rules their own or the integration's, escalation rules `services`. */
export function ruleSchedules(rule: Rule): string[] {
  if (rule.type === 'auto') return rule.schedules;
  if (rule.type === 'escalation') return rule.services;
  return [];
}

/** Every schedule the policies name, once each, in order of first appearance. */
export function policySchedules(policies: readonly Policy[]): string[] {
  return [...new Set(policies.flatMap((p) => p.rules.flatMap(ruleSchedules)))];
}

/** The escalation services of a policy's escalation rules, once each, in order. */
export function escalationServices(policy: Policy): string[] {
  return [...new Set(policy.rules.flatMap((r) => (r.type === 'escalation' ? r.services : [])))];
}

/** Shifts of `scheduleId` covering `at` (half-open `start_at <= t < end_at`, as incident.io's entries are). */
function shiftsAt(onCall: OnCallFacts, scheduleId: string, at: Date): OnCallFact[] {
  const t = at.getTime();
  return (onCall.get(scheduleId) ?? []).filter((s) => s.startAt.getTime() <= t && t < s.endAt.getTime());
}

function reasonProblem(rule: Pick<AutoRule | EscalationRule, 'requireReason'>, reason: string): ReasonProblem | undefined {
  if (!rule.requireReason) return undefined;
  const length = reasonLength(reason);
  if (length >= MIN_REASON_CHARS) return undefined;
  return length === 0 ? { kind: 'missing' } : { kind: 'too-short', length, min: MIN_REASON_CHARS };
}

function evaluateAuto(rule: AutoRule, index: number, input: EvaluationInput): AutoRuleOutcome {
  const base = { index, type: 'auto' as const, at: rule.at, schedules: rule.schedules, holds: false };
  // As incident.io's own auto-approval does: no schedule selected approves nobody.
  if (rule.schedules.length === 0) return { ...base, status: 'no-schedules' };
  const problem = reasonProblem(rule, input.reason);
  const withProblem = problem ? { reasonProblem: problem } : {};
  const emails = new Set(input.requester.emails.map((e) => e.toLowerCase()));
  if (emails.size === 0) return { ...base, status: 'no-identity', ...withProblem };
  const mine = rule.schedules.flatMap((id) => shiftsAt(input.onCall, id, input.at).filter((s) => emails.has(s.email.toLowerCase())));
  if (mine.length === 0) return { ...base, status: 'not-on-call', ...withProblem };
  // On call, but perhaps only on rotations or layers the rule's scope does not count.
  const shifts = mine.filter((s) => countsFor(rule, s));
  if (shifts.length === 0) return { ...base, status: 'out-of-scope', outOfScope: placements(mine, input.rotationNames), ...withProblem };
  if (problem) return { ...base, status: 'reason-missing', reasonProblem: problem };
  const shiftEnd = new Date(Math.max(...shifts.map((s) => s.endAt.getTime())));
  return {
    ...base,
    status: 'on-call',
    holds: true,
    onCallFor: [...new Set(shifts.map((s) => s.scheduleId))],
    shiftEnd,
    expiresAt: new Date(Math.min(input.at.getTime() + rule.durationMs, shiftEnd.getTime())),
  };
}

function evaluateEscalation(rule: EscalationRule, index: number, input: EvaluationInput, readEvidence: boolean): EscalationRuleOutcome {
  const base = { index, type: 'escalation' as const, at: rule.at, schedules: rule.services, holds: false };
  // A missing reason closes the rule before any evidence: no incident pages anyone for it.
  const problem = reasonProblem(rule, input.reason);
  if (problem) return { ...base, status: 'reason-missing', reasonProblem: problem };
  const { subject } = input;

  if (subject.kind === 'pull') {
    if (subject.draft) return { ...base, status: 'unread' };
    const review = evaluateEscalationReviews({
      services: rule.services,
      durationMs: rule.durationMs,
      allowOneParty: rule.allowOneParty,
      reviews: subject.reviews.reviews,
      headSha: subject.reviews.headSha,
      ...(subject.reviews.baseChangedAt ? { baseChangedAt: subject.reviews.baseChangedAt } : {}),
      author: input.requester.login,
      parties: subject.reviews.parties,
      emails: subject.reviews.emails,
      ...(subject.reviews.identitiesFile ? { identitiesFile: subject.reviews.identitiesFile } : {}),
      history: subject.reviews.history,
      now: input.at,
      // An open pull request's author counts (under allowOneParty) when on call now.
      onePartyAt: input.at,
    });
    const evidence = { subject: 'pull' as const, review };
    if (review.result === 'denied') return { ...base, status: 'vetoed', evidence };
    if (review.result === 'pending') return { ...base, status: 'waiting', evidence };
    const approval = review.approval;
    // An approved review always names its approval; without one nothing is approved.
    if (!approval) return { ...base, status: 'waiting', evidence };
    return {
      ...base,
      status: 'approved',
      holds: true,
      evidence,
      approvedBy: [approval.login],
      ...(approval.expiresAt ? { expiresAt: approval.expiresAt } : {}),
    };
  }

  if (!subject.evidence || !readEvidence) return { ...base, status: 'unread' };
  const deploy = evaluateDeployEvidence({ rule, facts: subject.evidence, now: input.at });
  const evidence = { subject: 'run' as const, deploy };
  if (deploy.kind === 'pulls' && deploy.result === 'vetoed') return { ...base, status: 'vetoed', evidence };
  if (deploy.kind === 'no-merged-pull' || deploy.result === 'waiting') return { ...base, status: 'waiting', evidence };
  return {
    ...base,
    status: 'approved',
    holds: true,
    evidence,
    approvedBy: deploy.approvedBy,
    ...(deploy.expiresAt ? { expiresAt: deploy.expiresAt } : {}),
  };
}

const later = (a: RuleOutcome, b: RuleOutcome): RuleOutcome => ((b.expiresAt?.getTime() ?? 0) > (a.expiresAt?.getTime() ?? 0) ? b : a);

function evaluatePolicy(policy: Policy, input: EvaluationInput): PolicyVerdict {
  const base = { policy: policy.name, at: policy.at };
  if (input.subject.kind === 'pull' && input.subject.draft) {
    // A draft pages nobody, so nothing is evaluated: it waits for ready for review.
    return { ...base, result: 'pending', decidedBy: { kind: 'draft' }, rules: [], escalation: 'none' };
  }
  // A gate run reads review evidence only for a policy nothing else approves: an on-call deployer
  // needs no review, and none is read (so a review cannot take an auto approval away in one run
  // and not in another, depending on which other policies matched).
  const autos = policy.rules.map((rule, index) => (rule.type === 'auto' ? evaluateAuto(rule, index, input) : undefined));
  const autoHolds = autos.some((a) => a?.holds);
  const rules = policy.rules.map((rule, index): RuleOutcome => {
    if (rule.type === 'auto') return autos[index] ?? evaluateAuto(rule, index, input);
    if (rule.type === 'escalation') return evaluateEscalation(rule, index, input, !autoHolds);
    return { index, type: 'deny', at: rule.at, schedules: [], holds: false, status: 'denies', text: rule.reason };
  });
  const withRules = { ...base, rules };

  const deny = rules.find((r) => r.type === 'deny');
  if (deny) return { ...withRules, result: 'denied', decidedBy: { kind: 'deny-rule', rule: deny.index }, escalation: 'none' };
  if (rules.length === 0) return { ...withRules, result: 'denied', decidedBy: { kind: 'no-rules' }, escalation: 'none' };

  const escalations = rules.filter((r): r is EscalationRuleOutcome => r.type === 'escalation');
  const veto = escalations.find((r) => r.status === 'vetoed');
  if (veto) return { ...withRules, result: 'denied', decidedBy: { kind: 'veto', rule: veto.index }, escalation: 'vetoed' };

  const holding = rules.filter((r) => r.holds);
  if (holding.length > 0) {
    const best = holding.reduce(later);
    const approvedBy = best.type === 'escalation' ? (best.approvedBy ?? []).join(',') : 'auto';
    return {
      ...withRules,
      result: 'approved',
      decidedBy: { kind: 'rule', rule: best.index },
      ...(best.expiresAt ? { expiresAt: best.expiresAt } : {}),
      approvedBy,
      escalation: best.type === 'escalation' ? 'approved' : 'none',
    };
  }

  const waiting = escalations.filter((r) => r.status === 'waiting');
  if (waiting.length > 0) {
    return { ...withRules, result: 'pending', decidedBy: { kind: 'waiting', rules: waiting.map((r) => r.index) }, escalation: 'waiting' };
  }
  const unread = escalations.some((r) => r.status === 'unread');
  return { ...withRules, result: 'denied', decidedBy: { kind: 'nothing-holds' }, escalation: unread ? 'unread' : 'none' };
}

/** Where each shift sits (schedule, rotation, layer), once each, with names when known. */
function placements(shifts: readonly OnCallFact[], names: RotationNames | undefined): Placement[] {
  const out = new Map<string, Placement>();
  for (const s of shifts) {
    const key = `${s.scheduleId}\u0000${s.rotationId ?? ''}\u0000${s.layerId ?? ''}`;
    if (out.has(key)) continue;
    const rotationName = s.rotationId !== undefined ? names?.rotations.get(s.rotationId) : undefined;
    const layerName = s.layerId !== undefined ? names?.layers.get(s.layerId) : undefined;
    out.set(key, {
      scheduleId: s.scheduleId,
      ...(s.rotationId !== undefined ? { rotationId: s.rotationId } : {}),
      ...(rotationName !== undefined ? { rotationName } : {}),
      ...(s.layerId !== undefined ? { layerId: s.layerId } : {}),
      ...(layerName !== undefined ? { layerName } : {}),
    });
  }
  return [...out.values()];
}

/**
 * Whether a policy's outage fallback requires a reason: when any of its rules that could approve
 * (auto or escalation) does. An outage replaces the rules with the fallback; it must not take
 * away a reason the policy asks for (policies/README.md, "Outage mode").
 */
export function fallbackRequiresReason(policy: Policy): boolean {
  return policy.rules.some((r) => r.type !== 'deny' && r.requireReason);
}

/** Whether `reason` fails the reason a policy's outage fallback requires (so no review could approve it). */
export function fallbackReasonFails(policy: Policy, reason: string): boolean {
  return reasonProblem({ requireReason: fallbackRequiresReason(policy) }, reason) !== undefined;
}

/**
 * A policy in outage mode: its rules cannot be evaluated (except a deny rule, which still
 * denies), so its fallback decides: an APPROVED review by one of the people it names, under every
 * second-party rule (review.ts with `named`, allowOneParty off), on the pull request's own
 * reviews or, for a gate run, on every merged pull request of the deployed commit. A reason the
 * policy's rules require is required first, as for an escalation (before any review counts).
 */
function evaluateOutage(policy: Policy, fallback: OutageFallback, input: EvaluationInput): PolicyVerdict {
  const base = { policy: policy.name, at: policy.at, escalation: 'none' as const };
  const rules = policy.rules.map((rule, index): RuleOutcome => {
    if (rule.type === 'deny') return { index, type: 'deny', at: rule.at, schedules: [], holds: false, status: 'denies', text: rule.reason };
    return { index, type: rule.type, at: rule.at, schedules: ruleSchedules(rule), holds: false, status: 'unavailable' };
  });
  const deny = rules.find((r) => r.type === 'deny');
  if (deny) return { ...base, rules, result: 'denied', decidedBy: { kind: 'deny-rule', rule: deny.index } };

  const named: NamedApprovers = {
    logins: fallback.approvers,
    teams: fallback.approverTeams.map((team) => ({ team, members: input.outage?.teams.find((t) => t.team === team)?.members ?? [] })),
  };
  const requireReason = fallbackRequiresReason(policy);
  const common = {
    approvers: fallback.approvers,
    approverTeams: fallback.approverTeams,
    durationMs: fallback.durationMs,
    at: fallback.at,
    requireReason,
  };
  const { subject } = input;
  if (subject.kind === 'pull' && subject.draft) return { ...base, rules: [], result: 'pending', decidedBy: { kind: 'draft' } };
  const problem = reasonProblem({ requireReason }, input.reason);
  if (problem) {
    const fallbackOutcome: FallbackOutcome = { ...common, status: 'reason-missing', reasonProblem: problem };
    return { ...base, rules, fallback: fallbackOutcome, result: 'denied', decidedBy: { kind: 'fallback' } };
  }
  let outcome: FallbackOutcome;
  if (subject.kind === 'pull') {
    const review = evaluateEscalationReviews({
      services: [],
      durationMs: fallback.durationMs,
      allowOneParty: false,
      reviews: subject.reviews.reviews,
      headSha: subject.reviews.headSha,
      ...(subject.reviews.baseChangedAt ? { baseChangedAt: subject.reviews.baseChangedAt } : {}),
      author: input.requester.login,
      parties: subject.reviews.parties,
      emails: subject.reviews.emails,
      history: [],
      named,
      now: input.at,
    });
    const evidence = { subject: 'pull' as const, review };
    const approval = review.approval;
    outcome =
      review.result === 'approved' && approval
        ? {
            ...common,
            status: 'approved',
            evidence,
            approvedBy: [approval.login],
            ...(approval.expiresAt ? { expiresAt: approval.expiresAt } : {}),
          }
        : { ...common, status: review.result === 'denied' ? 'vetoed' : 'waiting', evidence };
  } else if (!subject.evidence) {
    outcome = { ...common, status: 'unread' };
  } else {
    const deploy = evaluateDeployEvidence({
      rule: { services: [], durationMs: fallback.durationMs, allowOneParty: false },
      facts: subject.evidence,
      now: input.at,
      named,
    });
    const evidence = { subject: 'run' as const, deploy };
    if (deploy.kind === 'pulls' && deploy.result === 'approved') {
      outcome = {
        ...common,
        status: 'approved',
        evidence,
        approvedBy: deploy.approvedBy,
        ...(deploy.expiresAt ? { expiresAt: deploy.expiresAt } : {}),
      };
    } else {
      outcome = { ...common, status: deploy.kind === 'pulls' && deploy.result === 'vetoed' ? 'vetoed' : 'waiting', evidence };
    }
  }
  const decidedBy = { kind: 'fallback' as const };
  if (outcome.status === 'approved') {
    return {
      ...base,
      rules,
      fallback: outcome,
      result: 'approved',
      decidedBy,
      approvedBy: (outcome.approvedBy ?? []).join(','),
      ...(outcome.expiresAt ? { expiresAt: outcome.expiresAt } : {}),
    };
  }
  return { ...base, rules, fallback: outcome, result: outcome.status === 'waiting' ? 'pending' : 'denied', decidedBy };
}

/** Who is on call at the instant for each schedule, with GitHub logins from the identities map and where they sit. */
function onCallPeople(input: EvaluationInput, scheduleIds: readonly string[]): ScheduleOnCall[] {
  const logins = loginsByEmail(input.identities);
  const mine = new Set(input.requester.emails.map((e) => e.toLowerCase()));
  return scheduleIds.map((scheduleId) => {
    const people: OnCallPerson[] = [];
    const byEmail = new Map<string, OnCallFact[]>();
    for (const s of shiftsAt(input.onCall, scheduleId, input.at)) {
      const email = s.email.toLowerCase();
      const seen = byEmail.get(email);
      if (seen) {
        seen.push(s);
        continue;
      }
      byEmail.set(email, [s]);
      const login = logins.get(email);
      people.push({
        name: s.name,
        email,
        userId: s.userId,
        startAt: s.startAt,
        endAt: s.endAt,
        ...(login ? { login } : {}),
        placements: [],
      });
    }
    for (const p of people)
      p.placements = placements(byEmail.get(p.email) ?? [], input.rotationNames).filter((x) => x.rotationId || x.layerId);
    return { scheduleId, people, requesterOnCall: people.some((p) => mine.has(p.email)) };
  });
}

/** Evaluates the approval rules of the matched policies for one requester, subject and instant. */
export function evaluate(input: EvaluationInput): Decision {
  const draft = input.subject.kind === 'pull' && input.subject.draft === true;
  // A draft reads nobody's on-call state, so its schedules are not shown as "nobody on call".
  const schedules = draft ? [] : onCallPeople(input, policySchedules(input.policies));
  const onCallSchedules = schedules.filter((s) => s.requesterOnCall).map((s) => s.scheduleId);
  const common = {
    subject: input.subject.kind,
    requester: input.requester,
    policies: input.policies.map((p) => p.name),
    onCall: onCallSchedules.length > 0,
    onCallSchedules,
    facts: { at: input.at, reason: input.reason, schedules, draft },
  };

  if (input.policies.length === 0) {
    // Nothing requires an approval, so the job may run: `approved` says whether it may proceed.
    return { ...common, result: 'not-required', approved: true, verdicts: [] };
  }
  if (input.outage) return evaluateInOutage(input, input.outage.cause);

  const verdicts = input.policies.map((p) => evaluatePolicy(p, input));
  if (verdicts.some((v) => v.result === 'denied')) return { ...common, result: 'denied', approved: false, verdicts };
  if (verdicts.some((v) => v.result === 'pending')) return { ...common, result: 'pending', approved: false, verdicts };

  // Approved everywhere: until the earliest policy's expiry; approved by a login when a review
  // approved any policy, else `auto`.
  const expiries = verdicts.flatMap((v) => (v.expiresAt ? [v.expiresAt.getTime()] : []));
  const approvedBy = verdicts.map((v) => v.approvedBy).find((a) => !!a && a !== 'auto') ?? 'auto';
  return {
    ...common,
    result: 'approved',
    approved: true,
    verdicts,
    approvedBy,
    ...(expiries.length > 0 ? { expiresAt: new Date(Math.min(...expiries)) } : {}),
  };
}

/**
 * Outage mode: every matched policy must name a fallback, else the outage is an error as it
 * always was (`whenUnavailable: deny`, the default). Nobody's on-call state is known.
 */
function evaluateInOutage(input: EvaluationInput, cause: OutageCause): Decision {
  const degraded = { mode: 'outage' as const, cause };
  const without = input.policies.filter((p) => p.whenUnavailable?.kind !== 'fallback');
  if (without.length > 0) {
    const names = without.map((p) => p.name).join(', ');
    return {
      ...errorDecision({
        requester: input.requester,
        at: input.at,
        message:
          `${cause.message.replace(/\.$/, '')}. The ${without.length === 1 ? 'policy' : 'policies'} ${names} ` +
          `${without.length === 1 ? 'has' : 'have'} no outage fallback (\`whenUnavailable\` is \`deny\`, the default), so no decision can be made`,
        fix: cause.fix ?? 'Wait until incident.io is back, then re-run.',
        policies: input.policies,
        subject: input.subject.kind,
      }),
      degraded,
    };
  }
  const verdicts = input.policies.map((p) => evaluateOutage(p, p.whenUnavailable as OutageFallback, input));
  const common = {
    subject: input.subject.kind,
    requester: input.requester,
    policies: input.policies.map((p) => p.name),
    onCall: false,
    onCallSchedules: [],
    facts: { at: input.at, reason: input.reason, schedules: [], draft: input.subject.kind === 'pull' && input.subject.draft === true },
    degraded,
  };
  if (verdicts.some((v) => v.result === 'denied')) return { ...common, result: 'denied', approved: false, verdicts };
  if (verdicts.some((v) => v.result === 'pending')) return { ...common, result: 'pending', approved: false, verdicts };
  const expiries = verdicts.flatMap((v) => (v.expiresAt ? [v.expiresAt.getTime()] : []));
  return {
    ...common,
    result: 'approved',
    approved: true,
    verdicts,
    approvedBy: verdicts.map((v) => v.approvedBy).find((a) => !!a) ?? '',
    ...(expiries.length > 0 ? { expiresAt: new Date(Math.min(...expiries)) } : {}),
  };
}

/** A decision that could not be made (bad policy, API down, bad key): fail closed. */
export function errorDecision(args: {
  requester: Requester;
  at: Date;
  message: string;
  fix?: string;
  policies?: readonly Policy[];
  subject?: Decision['subject'];
}): Decision {
  return {
    result: 'error',
    approved: false,
    subject: args.subject ?? 'run',
    requester: args.requester,
    policies: (args.policies ?? []).map((p) => p.name),
    verdicts: [],
    onCall: false,
    onCallSchedules: [],
    facts: { at: args.at, reason: '', schedules: [], draft: false },
    error: { message: args.message, ...(args.fix ? { fix: args.fix } : {}) },
  };
}

/** The rule that settled a policy: its deny rule, the vetoed escalation, or the approving rule (undefined otherwise). */
export function decidingRule(verdict: PolicyVerdict): RuleOutcome | undefined {
  const by = verdict.decidedBy;
  if (by.kind !== 'deny-rule' && by.kind !== 'veto' && by.kind !== 'rule') return undefined;
  return verdict.rules.find((r) => r.index === by.rule);
}

/** The escalation rules a policy could still be approved through, with their services. */
export interface OpenEscalation {
  policy: Policy;
  rules: EscalationRule[];
  services: string[];
}

/**
 * Where an escalation could still turn the decision into an approval: every policy that did not
 * approve has an escalation that is `unread` (a gate run that has not read its evidence) or
 * `waiting`. Otherwise [] (the denial stands: a deny rule, a veto, a missing reason, a policy
 * without an escalation). The gate reads evidence for the first, and opens incidents for the second.
 */
export function openEscalations(decision: Decision, policies: readonly Policy[]): OpenEscalation[] {
  if (decision.result !== 'denied' && decision.result !== 'pending') return [];
  const out: OpenEscalation[] = [];
  for (const v of decision.verdicts) {
    if (v.result === 'approved') continue;
    if (v.escalation !== 'unread' && v.escalation !== 'waiting') return [];
    const policy = policies.find((p) => p.name === v.policy);
    if (!policy) return [];
    const rules = v.rules.flatMap((r) => {
      const rule = policy.rules[r.index];
      return r.type === 'escalation' && (r.status === 'unread' || r.status === 'waiting') && rule?.type === 'escalation' ? [rule] : [];
    });
    out.push({ policy, rules, services: [...new Set(rules.flatMap((r) => r.services))] });
  }
  return out;
}

/**
 * The policies of a pull request that own an escalation incident: those waiting for an approval
 * or decided by a review. When the request is denied, only the ones a review decided (their
 * incident says who); a denial by a deny rule, a missing reason or a policy without an
 * escalation opens nothing.
 */
export function escalatingPolicies(decision: Decision): string[] {
  const owns = (e: PolicyEscalation): boolean =>
    decision.result === 'denied' ? e === 'approved' || e === 'vetoed' : e !== 'none' && e !== 'unread';
  return decision.verdicts.filter((v) => owns(v.escalation)).map((v) => v.policy);
}
