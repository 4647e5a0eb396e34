import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 1780:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C9: () => (/* binding */ MIN_REASON_CHARS),
/* harmony export */   Lp: () => (/* binding */ openEscalations),
/* harmony export */   VH: () => (/* binding */ policySchedules),
/* harmony export */   _3: () => (/* binding */ evaluate),
/* harmony export */   aY: () => (/* binding */ decidingRule),
/* harmony export */   uU: () => (/* binding */ fallbackReasonFails),
/* harmony export */   zo: () => (/* binding */ errorDecision)
/* harmony export */ });
/* unused harmony exports reasonLength, ruleSchedules, escalationServices, fallbackRequiresReason, escalatingPolicies */
/* harmony import */ var _identity_resolve_identity_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8785);
/* harmony import */ var _escalation_evidence_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1089);
/* harmony import */ var _scope_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3056);
/* harmony import */ var _review_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(226);
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




/** `requireReason`: at least this many visible characters. */
const MIN_REASON_CHARS = 10;
/**
 * Visible characters of a reason: white space, control, format (Cf: zero-width spaces and joiners,
 * word joiner, BOM, bidi controls), private-use and unassigned characters, Unicode's default-
 * ignorable characters (Hangul fillers, combining grapheme joiner, variation selectors) and the
 * blank Braille pattern do not count, so a reason cannot be padded with characters nobody can read.
 */
const INVISIBLE = /[\s\p{C}\p{Default_Ignorable_Code_Point}\u2800]/gu;
function reasonLength(reason) {
    return reason.replace(INVISIBLE, '').length;
}
/** The schedules a rule consults: auto rules their own or the integration's, escalation rules `services`. */
function ruleSchedules(rule) {
    if (rule.type === 'auto')
        return rule.schedules;
    if (rule.type === 'escalation')
        return rule.services;
    return [];
}
/** Every schedule the policies name, once each, in order of first appearance. */
function policySchedules(policies) {
    return [...new Set(policies.flatMap((p) => p.rules.flatMap(ruleSchedules)))];
}
/** The escalation services of a policy's escalation rules, once each, in order. */
function escalationServices(policy) {
    return [...new Set(policy.rules.flatMap((r) => (r.type === 'escalation' ? r.services : [])))];
}
/** Shifts of `scheduleId` covering `at` (half-open `start_at <= t < end_at`, as incident.io's entries are). */
function shiftsAt(onCall, scheduleId, at) {
    const t = at.getTime();
    return (onCall.get(scheduleId) ?? []).filter((s) => s.startAt.getTime() <= t && t < s.endAt.getTime());
}
function reasonProblem(rule, reason) {
    if (!rule.requireReason)
        return undefined;
    const length = reasonLength(reason);
    if (length >= MIN_REASON_CHARS)
        return undefined;
    return length === 0 ? { kind: 'missing' } : { kind: 'too-short', length, min: MIN_REASON_CHARS };
}
function evaluateAuto(rule, index, input) {
    const base = { index, type: 'auto', at: rule.at, schedules: rule.schedules, holds: false };
    // As incident.io's own auto-approval does: no schedule selected approves nobody.
    if (rule.schedules.length === 0)
        return { ...base, status: 'no-schedules' };
    const problem = reasonProblem(rule, input.reason);
    const withProblem = problem ? { reasonProblem: problem } : {};
    const emails = new Set(input.requester.emails.map((e) => e.toLowerCase()));
    if (emails.size === 0)
        return { ...base, status: 'no-identity', ...withProblem };
    const mine = rule.schedules.flatMap((id) => shiftsAt(input.onCall, id, input.at).filter((s) => emails.has(s.email.toLowerCase())));
    if (mine.length === 0)
        return { ...base, status: 'not-on-call', ...withProblem };
    // On call, but perhaps only on rotations or layers the rule's scope does not count.
    const shifts = mine.filter((s) => (0,_scope_js__WEBPACK_IMPORTED_MODULE_2__/* .countsFor */ .iu)(rule, s));
    if (shifts.length === 0)
        return { ...base, status: 'out-of-scope', outOfScope: placements(mine, input.rotationNames), ...withProblem };
    if (problem)
        return { ...base, status: 'reason-missing', reasonProblem: problem };
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
function evaluateEscalation(rule, index, input, readEvidence) {
    const base = { index, type: 'escalation', at: rule.at, schedules: rule.services, holds: false };
    // A missing reason closes the rule before any evidence: no incident pages anyone for it.
    const problem = reasonProblem(rule, input.reason);
    if (problem)
        return { ...base, status: 'reason-missing', reasonProblem: problem };
    const { subject } = input;
    if (subject.kind === 'pull') {
        if (subject.draft)
            return { ...base, status: 'unread' };
        const review = (0,_review_js__WEBPACK_IMPORTED_MODULE_1__/* .evaluateEscalationReviews */ .cN)({
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
        const evidence = { subject: 'pull', review };
        if (review.result === 'denied')
            return { ...base, status: 'vetoed', evidence };
        if (review.result === 'pending')
            return { ...base, status: 'waiting', evidence };
        const approval = review.approval;
        // An approved review always names its approval; without one nothing is approved.
        if (!approval)
            return { ...base, status: 'waiting', evidence };
        return {
            ...base,
            status: 'approved',
            holds: true,
            evidence,
            approvedBy: [approval.login],
            ...(approval.expiresAt ? { expiresAt: approval.expiresAt } : {}),
        };
    }
    if (!subject.evidence || !readEvidence)
        return { ...base, status: 'unread' };
    const deploy = (0,_escalation_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateDeployEvidence */ .sr)({ rule, facts: subject.evidence, now: input.at });
    const evidence = { subject: 'run', deploy };
    if (deploy.kind === 'pulls' && deploy.result === 'vetoed')
        return { ...base, status: 'vetoed', evidence };
    if (deploy.kind === 'no-merged-pull' || deploy.result === 'waiting')
        return { ...base, status: 'waiting', evidence };
    return {
        ...base,
        status: 'approved',
        holds: true,
        evidence,
        approvedBy: deploy.approvedBy,
        ...(deploy.expiresAt ? { expiresAt: deploy.expiresAt } : {}),
    };
}
const later = (a, b) => ((b.expiresAt?.getTime() ?? 0) > (a.expiresAt?.getTime() ?? 0) ? b : a);
function evaluatePolicy(policy, input) {
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
    const rules = policy.rules.map((rule, index) => {
        if (rule.type === 'auto')
            return autos[index] ?? evaluateAuto(rule, index, input);
        if (rule.type === 'escalation')
            return evaluateEscalation(rule, index, input, !autoHolds);
        return { index, type: 'deny', at: rule.at, schedules: [], holds: false, status: 'denies', text: rule.reason };
    });
    const withRules = { ...base, rules };
    const deny = rules.find((r) => r.type === 'deny');
    if (deny)
        return { ...withRules, result: 'denied', decidedBy: { kind: 'deny-rule', rule: deny.index }, escalation: 'none' };
    if (rules.length === 0)
        return { ...withRules, result: 'denied', decidedBy: { kind: 'no-rules' }, escalation: 'none' };
    const escalations = rules.filter((r) => r.type === 'escalation');
    const veto = escalations.find((r) => r.status === 'vetoed');
    if (veto)
        return { ...withRules, result: 'denied', decidedBy: { kind: 'veto', rule: veto.index }, escalation: 'vetoed' };
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
function placements(shifts, names) {
    const out = new Map();
    for (const s of shifts) {
        const key = `${s.scheduleId}\u0000${s.rotationId ?? ''}\u0000${s.layerId ?? ''}`;
        if (out.has(key))
            continue;
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
function fallbackRequiresReason(policy) {
    return policy.rules.some((r) => r.type !== 'deny' && r.requireReason);
}
/** Whether `reason` fails the reason a policy's outage fallback requires (so no review could approve it). */
function fallbackReasonFails(policy, reason) {
    return reasonProblem({ requireReason: fallbackRequiresReason(policy) }, reason) !== undefined;
}
/**
 * A policy in outage mode: its rules cannot be evaluated (except a deny rule, which still
 * denies), so its fallback decides: an APPROVED review by one of the people it names, under every
 * second-party rule (review.ts with `named`, allowOneParty off), on the pull request's own
 * reviews or, for a gate run, on every merged pull request of the deployed commit. A reason the
 * policy's rules require is required first, as for an escalation (before any review counts).
 */
function evaluateOutage(policy, fallback, input) {
    const base = { policy: policy.name, at: policy.at, escalation: 'none' };
    const rules = policy.rules.map((rule, index) => {
        if (rule.type === 'deny')
            return { index, type: 'deny', at: rule.at, schedules: [], holds: false, status: 'denies', text: rule.reason };
        return { index, type: rule.type, at: rule.at, schedules: ruleSchedules(rule), holds: false, status: 'unavailable' };
    });
    const deny = rules.find((r) => r.type === 'deny');
    if (deny)
        return { ...base, rules, result: 'denied', decidedBy: { kind: 'deny-rule', rule: deny.index } };
    const named = {
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
    if (subject.kind === 'pull' && subject.draft)
        return { ...base, rules: [], result: 'pending', decidedBy: { kind: 'draft' } };
    const problem = reasonProblem({ requireReason }, input.reason);
    if (problem) {
        const fallbackOutcome = { ...common, status: 'reason-missing', reasonProblem: problem };
        return { ...base, rules, fallback: fallbackOutcome, result: 'denied', decidedBy: { kind: 'fallback' } };
    }
    let outcome;
    if (subject.kind === 'pull') {
        const review = (0,_review_js__WEBPACK_IMPORTED_MODULE_1__/* .evaluateEscalationReviews */ .cN)({
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
        const evidence = { subject: 'pull', review };
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
    }
    else if (!subject.evidence) {
        outcome = { ...common, status: 'unread' };
    }
    else {
        const deploy = (0,_escalation_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateDeployEvidence */ .sr)({
            rule: { services: [], durationMs: fallback.durationMs, allowOneParty: false },
            facts: subject.evidence,
            now: input.at,
            named,
        });
        const evidence = { subject: 'run', deploy };
        if (deploy.kind === 'pulls' && deploy.result === 'approved') {
            outcome = {
                ...common,
                status: 'approved',
                evidence,
                approvedBy: deploy.approvedBy,
                ...(deploy.expiresAt ? { expiresAt: deploy.expiresAt } : {}),
            };
        }
        else {
            outcome = { ...common, status: deploy.kind === 'pulls' && deploy.result === 'vetoed' ? 'vetoed' : 'waiting', evidence };
        }
    }
    const decidedBy = { kind: 'fallback' };
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
function onCallPeople(input, scheduleIds) {
    const logins = (0,_identity_resolve_identity_js__WEBPACK_IMPORTED_MODULE_3__/* .loginsByEmail */ .Ob)(input.identities);
    const mine = new Set(input.requester.emails.map((e) => e.toLowerCase()));
    return scheduleIds.map((scheduleId) => {
        const people = [];
        const byEmail = new Map();
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
function evaluate(input) {
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
    if (input.outage)
        return evaluateInOutage(input, input.outage.cause);
    const verdicts = input.policies.map((p) => evaluatePolicy(p, input));
    if (verdicts.some((v) => v.result === 'denied'))
        return { ...common, result: 'denied', approved: false, verdicts };
    if (verdicts.some((v) => v.result === 'pending'))
        return { ...common, result: 'pending', approved: false, verdicts };
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
function evaluateInOutage(input, cause) {
    const degraded = { mode: 'outage', cause };
    const without = input.policies.filter((p) => p.whenUnavailable?.kind !== 'fallback');
    if (without.length > 0) {
        const names = without.map((p) => p.name).join(', ');
        return {
            ...errorDecision({
                requester: input.requester,
                at: input.at,
                message: `${cause.message.replace(/\.$/, '')}. The ${without.length === 1 ? 'policy' : 'policies'} ${names} ` +
                    `${without.length === 1 ? 'has' : 'have'} no outage fallback (\`whenUnavailable\` is \`deny\`, the default), so no decision can be made`,
                fix: cause.fix ?? 'Wait until incident.io is back, then re-run.',
                policies: input.policies,
                subject: input.subject.kind,
            }),
            degraded,
        };
    }
    const verdicts = input.policies.map((p) => evaluateOutage(p, p.whenUnavailable, input));
    const common = {
        subject: input.subject.kind,
        requester: input.requester,
        policies: input.policies.map((p) => p.name),
        onCall: false,
        onCallSchedules: [],
        facts: { at: input.at, reason: input.reason, schedules: [], draft: input.subject.kind === 'pull' && input.subject.draft === true },
        degraded,
    };
    if (verdicts.some((v) => v.result === 'denied'))
        return { ...common, result: 'denied', approved: false, verdicts };
    if (verdicts.some((v) => v.result === 'pending'))
        return { ...common, result: 'pending', approved: false, verdicts };
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
function errorDecision(args) {
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
function decidingRule(verdict) {
    const by = verdict.decidedBy;
    if (by.kind !== 'deny-rule' && by.kind !== 'veto' && by.kind !== 'rule')
        return undefined;
    return verdict.rules.find((r) => r.index === by.rule);
}
/**
 * Where an escalation could still turn the decision into an approval: every policy that did not
 * approve has an escalation that is `unread` (a gate run that has not read its evidence) or
 * `waiting`. Otherwise [] (the denial stands: a deny rule, a veto, a missing reason, a policy
 * without an escalation). The gate reads evidence for the first, and opens incidents for the second.
 */
function openEscalations(decision, policies) {
    if (decision.result !== 'denied' && decision.result !== 'pending')
        return [];
    const out = [];
    for (const v of decision.verdicts) {
        if (v.result === 'approved')
            continue;
        if (v.escalation !== 'unread' && v.escalation !== 'waiting')
            return [];
        const policy = policies.find((p) => p.name === v.policy);
        if (!policy)
            return [];
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
function escalatingPolicies(decision) {
    const owns = (e) => decision.result === 'denied' ? e === 'approved' || e === 'vetoed' : e !== 'none' && e !== 'unread';
    return decision.verdicts.filter((v) => owns(v.escalation)).map((v) => v.policy);
}


/***/ }),

/***/ 1089:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $A: () => (/* binding */ mergedPulls),
/* harmony export */   SA: () => (/* binding */ evidencePulls),
/* harmony export */   sr: () => (/* binding */ evaluateDeployEvidence)
/* harmony export */ });
/* harmony import */ var _review_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(226);

const isMerged = (p) => p.mergedAt !== null && Number.isFinite(Date.parse(p.mergedAt));
/**
 * The PRs among those associated with the commit that were merged into the default branch, in PR
 * number order. An empty default branch (unknown) matches nothing: no evidence, fail closed.
 */
function mergedPulls(pulls, defaultBranch) {
    return pulls.filter((p) => isMerged(p) && defaultBranch !== '' && p.baseRef === defaultBranch).sort((a, b) => a.number - b.number);
}
const sameSha = (a, b) => a !== null && a !== '' && a.toLowerCase() === b.toLowerCase();
/**
 * The PRs merged into the default branch whose merge commit is `commitSha`: the only evidence for
 * it. An empty `commitSha` matches nothing (fail closed).
 */
function evidencePulls(pulls, defaultBranch, commitSha) {
    return mergedPulls(pulls, defaultBranch).filter((p) => commitSha !== '' && sameSha(p.mergeCommitSha, commitSha));
}
/** Merged PRs into another branch than the default: never evidence, named in the explanation. */
function foreignPulls(pulls, defaultBranch) {
    return pulls.filter((p) => isMerged(p) && !(defaultBranch !== '' && p.baseRef === defaultBranch)).sort((a, b) => a.number - b.number);
}
function evaluateDeployEvidence({ rule, facts, now, named }) {
    const merged = evidencePulls(facts.pulls, facts.defaultBranch, facts.commitSha);
    const common = { commitSha: facts.commitSha, services: rule.services };
    if (merged.length === 0) {
        const foreign = foreignPulls(facts.pulls, facts.defaultBranch).map((p) => ({ number: p.number, baseRef: p.baseRef }));
        const partOf = mergedPulls(facts.pulls, facts.defaultBranch).map((p) => ({ number: p.number, mergeCommitSha: p.mergeCommitSha }));
        return { ...common, kind: 'no-merged-pull', defaultBranch: facts.defaultBranch, foreign, partOf };
    }
    const pulls = merged.map((p) => ({
        number: p.number,
        htmlUrl: p.htmlUrl,
        review: (0,_review_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateEscalationReviews */ .cN)({
            services: rule.services,
            durationMs: rule.durationMs,
            allowOneParty: rule.allowOneParty,
            reviews: facts.reviews.get(p.number) ?? [],
            // Each PR must be approved on its own final head, after its base branch last changed.
            headSha: p.headSha,
            baseChangedAt: facts.baseChanges?.get(p.number) ?? null,
            author: p.authorLogin,
            // Not read means nobody can be shown to be a second party (fail closed).
            parties: facts.parties.get(p.number) ?? _review_js__WEBPACK_IMPORTED_MODULE_0__/* .UNREAD_PARTIES */ .H9,
            emails: facts.emails,
            ...(facts.identitiesFile ? { identitiesFile: facts.identitiesFile } : {}),
            history: facts.history,
            ...(named ? { named } : {}),
            now,
            ...(p.mergedAt !== null ? { onePartyAt: new Date(Date.parse(p.mergedAt)) } : {}),
        }),
    }));
    const base = { ...common, kind: 'pulls', pulls };
    const vetoed = pulls.find((p) => p.review.result === 'denied');
    if (vetoed)
        return { ...base, result: 'vetoed', vetoedPull: vetoed.number, waitingPulls: [], approvedBy: [] };
    const waiting = pulls.filter((p) => p.review.result !== 'approved').map((p) => p.number);
    if (waiting.length > 0)
        return { ...base, result: 'waiting', waitingPulls: waiting, approvedBy: [] };
    const approvals = pulls.flatMap((p) => p.review.approval ?? []);
    // Every pull is approved here, and an approved review always names its approval.
    if (approvals.length !== pulls.length)
        return { ...base, result: 'waiting', waitingPulls: pulls.map((p) => p.number), approvedBy: [] };
    const expiry = Math.min(...approvals.map((a) => a.expiresAt?.getTime() ?? Infinity));
    return {
        ...base,
        result: 'approved',
        waitingPulls: [],
        approvedBy: [...new Set(approvals.map((a) => a.login))],
        ...(Number.isFinite(expiry) ? { expiresAt: new Date(expiry) } : {}),
    };
}


/***/ }),

/***/ 226:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H9: () => (/* binding */ UNREAD_PARTIES),
/* harmony export */   _$: () => (/* binding */ isCommitSha),
/* harmony export */   cN: () => (/* binding */ evaluateEscalationReviews),
/* harmony export */   fR: () => (/* binding */ partyLogins),
/* harmony export */   pL: () => (/* binding */ reviewCandidates),
/* harmony export */   rk: () => (/* binding */ reviewInstants)
/* harmony export */ });
/* unused harmony exports isBot, REVIEWER_ASSOCIATIONS, hasAccess, latestReviews, onCallAt, namedApprover, PULL_COMMITS_LISTED */
/** Bots never count: `user.type == "Bot"` or a login ending in `[bot]`. */
function isBot(login, userType) {
    return userType.toLowerCase() === 'bot' || /\[bot\]$/i.test(login.trim());
}
/**
 * The author associations of a reviewer with access to the repository: its owner, a member of the
 * organisation that owns it, or a collaborator. Everyone else (a contributor without access, a
 * first-time contributor, NONE, or nothing said) is an outsider whose review never counts.
 */
const REVIEWER_ASSOCIATIONS = ['OWNER', 'MEMBER', 'COLLABORATOR'];
/** The reviewer has access to the repository. */
const hasAccess = (association) => REVIEWER_ASSOCIATIONS.includes(association.trim().toUpperCase());
const sameLogin = (a, b) => a.trim().toLowerCase() === b.trim().toLowerCase();
/** A full commit SHA (SHA-1, or SHA-256 repositories). */
const isCommitSha = (s) => typeof s === 'string' && /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(s);
/**
 * The review is of the current head. A head that is not a commit SHA (a malformed answer) matches
 * nothing, so an empty `commit_id` can never pass for an empty head.
 */
const onHead = (r, headSha) => isCommitSha(headSha) && r.commitId === headSha;
const upper = (s) => s.trim().toUpperCase();
// GitHub's own review decision ignores COMMENTED reviews: a comment after an approval leaves the
// approval standing ("About pull request reviews"). PENDING reviews are drafts nobody submitted.
const DECISIVE = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);
function submittedMs(r) {
    const t = r.submittedAt ? Date.parse(r.submittedAt) : NaN;
    return Number.isFinite(t) ? t : NaN;
}
/**
 * Each reviewer's latest decisive review (APPROVED, CHANGES_REQUESTED or DISMISSED), in the order
 * of their submission. Reviews without a valid `submitted_at` (drafts) are ignored; ties on the
 * time are broken by the review ID, which GitHub assigns in increasing order.
 */
function latestReviews(reviews) {
    const latest = new Map();
    for (const r of reviews) {
        if (!DECISIVE.has(upper(r.state)) || Number.isNaN(submittedMs(r)))
            continue;
        const key = r.login.trim().toLowerCase();
        if (key === '')
            continue; // a deleted account cannot be identified, so it never counts
        const prev = latest.get(key);
        if (!prev || submittedMs(r) > submittedMs(prev) || (submittedMs(r) === submittedMs(prev) && r.id > prev.id)) {
            latest.set(key, r);
        }
    }
    return [...latest.values()].sort((a, b) => submittedMs(a) - submittedMs(b) || a.id - b.id);
}
/** The facts were not read (a caller that knows the rule lets one party approve): nobody is shown to be a second party. */
const UNREAD_PARTIES = {
    commitLogins: [],
    commitsTruncated: true,
    pushers: { known: false, why: 'it was not looked up' },
};
// GitHub's own committer of web edits, squash and merge commits and "Update branch" merges: not a
// person, and never a reviewer; its email is not worth a lookup.
const SYSTEM_LOGINS = new Set(['web-flow']);
/**
 * The logins of the change's own side whose incident.io emails the evaluation compares reviewers
 * with (the author, commit authors and committers, pushers), without bots and GitHub's own
 * committer account, once each in lower case.
 */
function partyLogins(author, parties) {
    const all = [author, ...parties.commitLogins, ...(parties.pushers.known ? parties.pushers.logins : [])];
    return [...new Set(all.map((l) => l.trim().toLowerCase()).filter((l) => l !== '' && !isBot(l, '') && !SYSTEM_LOGINS.has(l)))];
}
/** The shift covering `at` (half-open `start_at <= t < end_at`, as incident.io's entries are) for one of the emails. */
function onCallAt(history, services, emails, at) {
    const wanted = new Set(emails.map((e) => e.toLowerCase()));
    const ids = new Set(services);
    const t = at.getTime();
    // Keep the order of `services` so the reported schedule is stable.
    const covering = history.filter((s) => ids.has(s.scheduleId) && wanted.has(s.email.toLowerCase()) && s.startAt.getTime() <= t && t < s.endAt.getTime());
    return covering.sort((a, b) => services.indexOf(a.scheduleId) - services.indexOf(b.scheduleId))[0];
}
/**
 * The latest reviews that could count (human, with access, not the author, on the current head,
 * approving or requesting changes): the caller resolves these reviewers' emails and reads schedule history at
 * their `submitted_at`, so no other review costs an API call.
 */
function reviewCandidates(reviews, headSha, author) {
    return latestReviews(reviews).filter((r) => !isBot(r.login, r.userType) &&
        !sameLogin(r.login, author) &&
        hasAccess(r.association) &&
        onHead(r, headSha) &&
        (upper(r.state) === 'APPROVED' || upper(r.state) === 'CHANGES_REQUESTED'));
}
/** The instants whose schedule history the evaluation needs (distinct, in time order). */
function reviewInstants(candidates, onePartyAt) {
    const ms = new Set(candidates.map(submittedMs).filter((t) => !Number.isNaN(t)));
    if (onePartyAt)
        ms.add(onePartyAt.getTime());
    return [...ms].sort((a, b) => a - b).map((t) => new Date(t));
}
function classify(r, input) {
    const state = upper(r.state);
    if (isBot(r.login, r.userType))
        return { review: r, status: 'bot' };
    if (sameLogin(r.login, input.author))
        return { review: r, status: 'author' };
    if (!hasAccess(r.association))
        return { review: r, status: 'outsider', association: r.association };
    if (state === 'DISMISSED')
        return { review: r, status: 'dismissed' };
    if (!onHead(r, input.headSha))
        return { review: r, status: 'stale-commit', headSha: input.headSha };
    const approving = state === 'APPROVED';
    const baseChangedAt = input.baseChangedAt;
    if (approving && baseChangedAt && submittedMs(r) <= baseChangedAt.getTime()) {
        return { review: r, status: 'stale-base', changedAt: baseChangedAt };
    }
    // The second-party rule decides who may approve; a change request from the change's own side
    // still denies (it can only hold a change back).
    const own = approving && !input.allowOneParty ? ownSide(r.login, input) : undefined;
    if (own)
        return { review: r, status: 'own-change', ...own };
    if (approving && !input.allowOneParty && input.parties.commitsTruncated) {
        return { review: r, status: 'unverified', commitsListed: PULL_COMMITS_LISTED };
    }
    const emails = input.emails.get(r.login.trim().toLowerCase()) ?? [];
    const sameAs = approving && !input.allowOneParty ? samePersonAs(emails, r.login, input) : undefined;
    if (sameAs)
        return { review: r, status: 'own-change', ...sameAs };
    const at = new Date(submittedMs(r));
    let qualification;
    if (input.named) {
        // Named by login: no email is needed to know who they are (one is still used, when known,
        // to recognise the change's own side under another login, above).
        const approver = namedApprover(r.login, input.named);
        if (!approver) {
            return { review: r, status: 'not-approver', approvers: input.named.logins, approverTeams: input.named.teams.map((t) => t.team) };
        }
        qualification = { approver };
    }
    else {
        if (emails.length === 0) {
            return { review: r, status: 'no-identity', ...(input.identitiesFile ? { identitiesFile: input.identitiesFile } : {}) };
        }
        const shift = onCallAt(input.history, input.services, emails, at);
        if (!shift)
            return { review: r, status: 'not-on-call', at, services: input.services };
        qualification = { scheduleId: shift.scheduleId, onCallName: shift.name };
    }
    const base = { review: r, at, ...qualification };
    if (state === 'CHANGES_REQUESTED')
        return { ...base, status: 'vetoes' };
    if (input.now.getTime() - at.getTime() >= input.durationMs)
        return { ...base, status: 'expired' };
    return { ...base, status: 'approves' };
}
/** Whether `login` is one of the named approvers: by login first, else by the first team that has them. */
function namedApprover(login, named) {
    const key = login.trim().toLowerCase();
    if (key === '')
        return undefined;
    if (named.logins.some((l) => l.toLowerCase() === key))
        return { via: 'login' };
    const team = named.teams.find((t) => t.members.some((m) => m.toLowerCase() === key));
    return team ? { via: 'team', team: team.team } : undefined;
}
/** GitHub lists at most this many commits of a pull request. */
const PULL_COMMITS_LISTED = 250;
const lowerSet = (logins) => new Set(logins.map((l) => l.trim().toLowerCase()));
/** Why `login` is on the change's own side by its login (commit author/committer, pusher), or undefined. */
function ownSide(login, input) {
    const key = login.trim().toLowerCase();
    const { parties } = input;
    if (parties.pushers.known && lowerSet(parties.pushers.logins).has(key))
        return { why: 'pushed-head', headSha: input.headSha };
    if (lowerSet(parties.commitLogins).has(key))
        return { why: 'commit-account' };
    return undefined;
}
/**
 * The person on the change's own side (the author, a commit author or committer, a pusher) who
 * has one of `emails` under another login, or undefined.
 */
function samePersonAs(emails, login, input) {
    if (emails.length === 0)
        return undefined;
    const mine = new Set(emails.map((e) => e.toLowerCase()));
    const key = login.trim().toLowerCase();
    const author = input.author.trim().toLowerCase();
    for (const other of partyLogins(input.author, input.parties)) {
        if (other === key)
            continue;
        if ((input.emails.get(other) ?? []).some((e) => mine.has(e.toLowerCase()))) {
            return other === author ? { why: 'same-email', as: input.author, asAuthor: true } : { why: 'same-email', as: other, asAuthor: false };
        }
    }
    return undefined;
}
/** What could not be checked (nothing when everything was known or allowOneParty holds). */
function partyNotices(input) {
    if (input.allowOneParty || input.parties.pushers.known)
        return [];
    return [{ kind: 'pusher-unknown', headSha: input.headSha, why: input.parties.pushers.why }];
}
function actorOf(note, durationMs) {
    const qualification = note.approver
        ? { approver: note.approver }
        : { scheduleId: note.scheduleId, onCallName: note.onCallName };
    return {
        login: note.review.login,
        via: 'review',
        at: note.at,
        ...qualification,
        reviewId: note.review.id,
        ...(note.status === 'approves' ? { expiresAt: new Date(note.at.getTime() + durationMs) } : {}),
    };
}
const hasStatus = (...statuses) => (n) => statuses.includes(n.status);
/** Whether an escalation rule is satisfied by the PR's reviews (or its on-call author). */
function evaluateEscalationReviews(input) {
    const notes = latestReviews(input.reviews).map((r) => classify(r, input));
    const base = { services: input.services, ...(input.named ? { named: input.named } : {}), notes, notices: partyNotices(input) };
    const [veto] = notes.filter(hasStatus('vetoes'));
    if (veto)
        return { ...base, result: 'denied', veto: actorOf(veto, input.durationMs) };
    const approvals = notes.filter(hasStatus('approves')).map((n) => actorOf(n, input.durationMs));
    // allowOneParty: the author counts when on call for `services`; GitHub forbids approving one's
    // own PR, so this is the only one-party path. Never for an outage fallback.
    if (input.allowOneParty && input.onePartyAt && !input.named) {
        const emails = input.emails.get(input.author.trim().toLowerCase()) ?? [];
        const shift = emails.length > 0 ? onCallAt(input.history, input.services, emails, input.onePartyAt) : undefined;
        if (shift && input.now.getTime() - input.onePartyAt.getTime() < input.durationMs) {
            approvals.push({
                login: input.author,
                via: 'one-party',
                at: input.onePartyAt,
                scheduleId: shift.scheduleId,
                onCallName: shift.name,
                expiresAt: new Date(input.onePartyAt.getTime() + input.durationMs),
            });
        }
    }
    if (approvals.length > 0) {
        const approval = approvals.reduce((best, a) => ((a.expiresAt?.getTime() ?? 0) > (best.expiresAt?.getTime() ?? 0) ? a : best));
        return { ...base, result: 'approved', approval };
    }
    return { ...base, result: 'pending' };
}


/***/ }),

/***/ 3056:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DJ: () => (/* binding */ scopedSchedules),
/* harmony export */   iu: () => (/* binding */ countsFor)
/* harmony export */ });
/* unused harmony export inScope */
/** Whether `shift` counts under `scope` (its schedule's entry in a rule's scope; undefined: unscoped). */
function inScope(scope, shift) {
    if (!scope)
        return true;
    return ((shift.rotationId !== undefined && scope.rotations.includes(shift.rotationId)) ||
        (shift.layerId !== undefined && scope.layers.includes(shift.layerId)));
}
/** Whether `shift` (of one of the rule's schedules) counts for the rule. */
function countsFor(rule, shift) {
    return inScope(rule.scope?.get(shift.scheduleId), shift);
}
/** The schedules some `auto` rule of the policies scopes: where rotation and layer names explain a decision. */
function scopedSchedules(policies) {
    return [...new Set(policies.flatMap((p) => p.rules.flatMap((r) => (r.type === 'auto' && r.scope ? [...r.scope.keys()] : []))))];
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Pe: () => (/* binding */ setting),
/* harmony export */   QI: () => (/* binding */ RETRY_CAPITAL),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   _V: () => (/* binding */ joinText),
/* harmony export */   bJ: () => (/* binding */ isError),
/* harmony export */   gi: () => (/* binding */ isServiceError),
/* harmony export */   lN: () => (/* binding */ OncallGateError),
/* harmony export */   lO: () => (/* binding */ spell),
/* harmony export */   p6: () => (/* binding */ RETRY),
/* harmony export */   wh: () => (/* binding */ plainText)
/* harmony export */ });
/* unused harmony export mapText */
const CLI_SETTINGS = {
    'incidentio-api-key': { name: 'INCIDENTIO_API_KEY', where: '' },
    'incidentio-api-url': { name: 'the API URL', where: '--api-url or INCIDENTIO_API_URL' },
    'github-token': { name: 'GITHUB_TOKEN', where: 'or GH_TOKEN' },
};
/** How each audience spells the terms: the action names its inputs, the command line its variables and flags. */
const SPELLING = {
    action: {
        setting: (name, value) => `\`${name}\`${value !== undefined ? ` (${value})` : ''}`,
        secret: (name) => `the \`${name}\` secret`,
        say: {
            'store-new-key': 'update the secret',
            retry: 're-run the job',
            reach: 'the runner can reach it (DNS, proxy, firewall, egress rules of self-hosted runners)',
            hang: 'hanging the job',
        },
    },
    cli: {
        setting: (name, value) => {
            const s = CLI_SETTINGS[name];
            const named = value !== undefined ? `${s.name} ${value}` : s.name;
            return s.where ? `${named} (${s.where})` : named;
        },
        secret: (name) => CLI_SETTINGS[name].name,
        say: {
            'store-new-key': `set ${CLI_SETTINGS['incidentio-api-key'].name} to it`,
            retry: 'try again',
            reach: 'this machine can reach it (DNS, proxy, firewall)',
            hang: 'hanging',
        },
    },
};
const capitalise = (s) => s.charAt(0).toUpperCase() + s.slice(1);
/** `text` as `audience` reads it. */
function spell(text, audience) {
    if (typeof text === 'string')
        return text;
    const s = SPELLING[audience];
    return text
        .map((part) => {
        if (typeof part === 'string')
            return part;
        if ('setting' in part)
            return s.setting(part.setting, part.value);
        if ('secret' in part)
            return s.secret(part.secret);
        const said = s.say[part.say];
        return part.say === 'retry' && part.capital ? capitalise(said) : said;
    })
        .join('');
}
/**
 * Builds a Text from a template: `text\`Check ${setting('incidentio-api-url', url)}, then ${RETRY}.\``.
 * Strings interpolated stay strings; terms stay terms.
 */
function text(strings, ...values) {
    const parts = [];
    strings.forEach((s, i) => {
        parts.push(s);
        const v = values[i];
        if (v !== undefined)
            parts.push(typeof v === 'number' ? String(v) : v);
    });
    return joinText([parts], '');
}
const setting = (name, value) => (value === undefined ? { setting: name } : { setting: name, value });
const RETRY = { say: 'retry' };
const RETRY_CAPITAL = { say: 'retry', capital: true };
/** Joins texts with `separator` between the non-empty ones. */
function joinText(texts, separator = ' ') {
    const out = [];
    const push = (p) => {
        const last = out[out.length - 1];
        if (typeof p === 'string' && typeof last === 'string')
            out[out.length - 1] = last + p;
        else if (p !== '')
            out.push(p);
    };
    for (const t of texts) {
        if (t === '' || t.length === 0)
            continue;
        if (out.length > 0)
            push(separator);
        if (typeof t === 'string')
            push(t);
        else
            t.forEach(push);
    }
    return out.length === 0 ? '' : out.length === 1 && typeof out[0] === 'string' ? out[0] : out;
}
/** Applies `f` to the strings of a text, the values of its terms included (a redactor). */
function mapText(t, f) {
    if (typeof t === 'string')
        return f(t);
    return t.map((p) => (typeof p === 'string' ? f(p) : 'setting' in p && p.value !== undefined ? { ...p, value: f(p.value) } : p));
}
/** The strings of a text and the values of its terms: what a redactor has to look through. */
function plainText(t) {
    return typeof t === 'string'
        ? t
        : t.map((p) => (typeof p === 'string' ? p : 'setting' in p && p.value !== undefined ? p.value : '')).join('\n');
}
class OncallGateError extends Error {
    name = 'OncallGateError';
    kind;
    /** The fix as the action words it. */
    fix;
    status;
    service;
    call;
    requestId;
    setting;
    file;
    diagnostics;
    /** The message and the fix as data, for the other audience (see spell). */
    text;
    constructor(data) {
        super(spell(data.message, 'action'), data.cause !== undefined ? { cause: data.cause } : undefined);
        this.kind = data.kind;
        this.fix = spell(data.fix, 'action');
        this.text = { message: data.message, fix: data.fix };
        if (data.status !== undefined)
            this.status = data.status;
        if (data.service !== undefined)
            this.service = data.service;
        if (data.call !== undefined)
            this.call = data.call;
        if (data.requestId !== undefined)
            this.requestId = data.requestId;
        if (data.setting !== undefined)
            this.setting = data.setting;
        if (data.file !== undefined)
            this.file = data.file;
        if (data.diagnostics !== undefined)
            this.diagnostics = data.diagnostics;
    }
    /** The same error with every plain string of its texts passed through `f` (a redactor). */
    mapText(f) {
        return new OncallGateError({ ...this.data(), message: mapText(this.text.message, f), fix: mapText(this.text.fix, f) });
    }
    /** The error's data, to build a related error from. */
    data() {
        return {
            kind: this.kind,
            message: this.text.message,
            fix: this.text.fix,
            ...(this.status !== undefined ? { status: this.status } : {}),
            ...(this.service !== undefined ? { service: this.service } : {}),
            ...(this.call !== undefined ? { call: this.call } : {}),
            ...(this.requestId !== undefined ? { requestId: this.requestId } : {}),
            ...(this.setting !== undefined ? { setting: this.setting } : {}),
            ...(this.file !== undefined ? { file: this.file } : {}),
            ...(this.diagnostics !== undefined ? { diagnostics: this.diagnostics } : {}),
            ...(this.cause !== undefined ? { cause: this.cause } : {}),
        };
    }
}
/** Whether `error` is ours and of one of `kinds` (any kind when none is given). */
function isError(error, ...kinds) {
    return error instanceof OncallGateError && (kinds.length === 0 || kinds.includes(error.kind));
}
/** Whether `error` is a failure of `service` (of one of `kinds`, when given). */
function isServiceError(error, service, ...kinds) {
    return isError(error, ...kinds) && error.service === service;
}


/***/ }),

/***/ 8785:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ob: () => (/* binding */ loginsByEmail),
/* harmony export */   XH: () => (/* binding */ resolveIdentity),
/* harmony export */   ku: () => (/* binding */ identitiesFilePath)
/* harmony export */ });
/* unused harmony exports normalizeEmail, normalizeLogin */
const normalizeEmail = (email) => email.trim().toLowerCase();
/** A login as GitHub compares it: case-insensitively. */
const normalizeLogin = (login) => login.trim().replace(/^@/, '').toLowerCase();
/** The identities file path a message should name. */
function identitiesFilePath(settings, policyPath) {
    return settings.at?.file ?? `${policyPath.replace(/\/+$/, '')}/identities.yaml`;
}
/** Tries each configured lookup in order; the first that yields an email wins. */
async function resolveIdentity(login, settings, options) {
    const tried = [];
    const key = normalizeLogin(login);
    const file = identitiesFilePath(settings, options.policyPath);
    const fileExists = settings.at !== undefined;
    for (const lookup of settings.lookup) {
        if (lookup === 'map') {
            const email = settings.users.get(key);
            if (email) {
                tried.push({ lookup, outcome: 'found', note: { kind: 'map-found', file } });
                return { login, emails: [normalizeEmail(email)], source: lookup, tried };
            }
            tried.push({
                lookup,
                outcome: 'none',
                note: fileExists ? { kind: 'map-no-entry', login: key, file } : { kind: 'map-no-file', file },
            });
            continue;
        }
        if (!options.github) {
            tried.push({ lookup, outcome: 'unavailable', note: { kind: 'no-token' } });
            continue;
        }
        if (lookup === 'github-public-email') {
            const email = await options.github.publicEmail(login);
            if (email && email.includes('@')) {
                tried.push({ lookup, outcome: 'found', note: { kind: 'public-found' } });
                return { login, emails: [normalizeEmail(email)], source: lookup, tried };
            }
            tried.push({ lookup, outcome: 'none', note: { kind: 'public-none' } });
            continue;
        }
        // github-verified-domain-email: only an org owner's token or an org-installed App can read
        // these; the workflow GITHUB_TOKEN has no organization permissions.
        const answer = await options.github.verifiedDomainEmails(login, options.org);
        if (!Array.isArray(answer)) {
            tried.push({ lookup, outcome: 'unavailable', note: { kind: 'domain-forbidden', org: options.org } });
            continue;
        }
        const emails = [...new Set(answer.filter((e) => e.includes('@')).map(normalizeEmail))];
        if (emails.length > 0) {
            tried.push({ lookup, outcome: 'found', note: { kind: 'domain-found', org: options.org } });
            return { login, emails, source: lookup, tried };
        }
        tried.push({ lookup, outcome: 'none', note: { kind: 'domain-none', org: options.org } });
    }
    return { login, emails: [], tried, problem: { login: key, tried, file, fileExists, mapLookup: settings.lookup.includes('map') } };
}
/** email (lower-case) -> GitHub login, from the identities map: for showing who is on call. */
function loginsByEmail(settings) {
    const out = new Map();
    for (const [login, email] of settings.users) {
        const key = normalizeEmail(email);
        if (!out.has(key))
            out.set(key, login);
    }
    return out;
}


/***/ }),

/***/ 4695:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   QL: () => (/* binding */ NOT_TEXT),
/* harmony export */   R_: () => (/* binding */ notAFolderError),
/* harmony export */   fW: () => (/* binding */ policyFilesOf),
/* harmony export */   ph: () => (/* binding */ MAX_POLICY_FILE_BYTES),
/* harmony export */   sD: () => (/* binding */ notTextProblem),
/* harmony export */   y4: () => (/* binding */ planPolicyRead),
/* harmony export */   yP: () => (/* binding */ isPolicyFileName),
/* harmony export */   zc: () => (/* binding */ tooLargeProblem)
/* harmony export */ });
/* unused harmony exports MAX_POLICY_FILES, MAX_POLICY_TOTAL_BYTES, entryProblem, policyDirError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
// What may be read from a policy folder, decided the same way whatever the source: the working
// tree (validate, plan, the CLI), the checkout's git objects (the gate) or the GitHub API (the
// gate without a checkout, request and review). Each reader lists the folder's entries and asks
// this module which files to read; so a symbolic link, a submodule, a special file, an oversized
// file or an oversized folder gets the same answer, with the same words, from every source.

/** The largest policy file read. */
const MAX_POLICY_FILE_BYTES = 256 * 1024;
/** At most this many policy files in the folder. */
const MAX_POLICY_FILES = 1000;
/** At most this many bytes of policy files in all. */
const MAX_POLICY_TOTAL_BYTES = 5 * 1024 * 1024;
const POLICY_FILE = /\.ya?ml$/;
function isPolicyFileName(path) {
    return POLICY_FILE.test(path);
}
const REGULAR_FILES_ONLY = 'oncall-gate reads only regular files from the policy folder, so that what decides is exactly what was reviewed';
/** Why an entry that is not a regular file cannot be under the policy folder. */
function entryProblem(entry) {
    switch (entry.kind) {
        case 'symlink':
            return {
                code: 'symlink',
                message: `\`${entry.path}\` is a symbolic link; ${REGULAR_FILES_ONLY}`,
                fix: 'Replace the link with the file itself (git rm the link, copy the file in its place), or move it out of the policy folder.',
            };
        case 'submodule':
            return {
                code: 'special-file',
                message: `\`${entry.path}\` is a git submodule; ${REGULAR_FILES_ONLY}`,
                fix: 'Copy the policy files into the policy folder, or move the submodule out of it.',
            };
        case 'special':
            return {
                code: 'special-file',
                message: `\`${entry.path}\` is a special file (a pipe, socket or device); ${REGULAR_FILES_ONLY}`,
                fix: 'Remove it from the policy folder.',
            };
        case 'file':
            return undefined;
    }
}
/**
 * The folder cannot be read as a policy folder: a `policy` error about `path` (repo-relative),
 * whose message names the path and the fix.
 */
function policyDirError(path, message) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OncallGateError */ .lN({ kind: 'policy', setting: 'policy-path', file: path, message, fix: '' });
}
/** `policy-path`, or a folder on the way to it, is not a real folder at the source read. */
function notAFolderError(path, kind) {
    if (kind === 'file') {
        return policyDirError(path, `\`${path}\` (on the \`policy-path\` input) is a file, not a folder; set \`policy-path\` to the folder that holds your policy files.`);
    }
    const problem = entryProblem({ path, kind })?.message ?? `\`${path}\` is not a folder`;
    return policyDirError(path, `${problem}. Make \`${path}\` a real folder.`);
}
const formatCount = (n) => n.toLocaleString('en-US');
/**
 * Decides what to read from a listing of the folder `folder` (every entry under it, any depth).
 * Non-YAML regular files are ignored; anything that is not a regular file is a problem whatever
 * its name; a YAML file over the per-file limit is a problem (it is not read); over the count or
 * total-size cap, nothing is read and the folder itself is the problem.
 */
function planPolicyRead(folder, entries) {
    const problems = [];
    const yaml = [];
    for (const entry of entries) {
        const problem = entryProblem(entry);
        if (problem)
            problems.push({ path: entry.path, text: '', problem });
        else if (isPolicyFileName(entry.path))
            yaml.push(entry);
    }
    const total = yaml.reduce((sum, e) => sum + e.size, 0);
    if (yaml.length > MAX_POLICY_FILES || total > MAX_POLICY_TOTAL_BYTES) {
        const what = yaml.length > MAX_POLICY_FILES
            ? `holds ${formatCount(yaml.length)} policy files; the limit is ${formatCount(MAX_POLICY_FILES)}`
            : `holds ${formatCount(total)} bytes of policy files; the limit is ${formatCount(MAX_POLICY_TOTAL_BYTES)} (5 MiB)`;
        const folderProblem = {
            path: folder,
            text: '',
            problem: {
                code: 'policy-folder-too-large',
                message: `The policy folder \`${folder}/\` ${what}, so none of it is read`,
                fix: 'Keep only policy files under `policy-path`, and merge small policies into fewer files.',
            },
        };
        return { read: [], problems: sortByPath([folderProblem, ...problems]) };
    }
    const read = [];
    for (const entry of yaml) {
        if (entry.size > MAX_POLICY_FILE_BYTES)
            problems.push({ path: entry.path, text: '', problem: tooLargeProblem() });
        else
            read.push(entry);
    }
    return { read: sortByPath(read), problems: sortByPath(problems) };
}
/**
 * A character a policy file may not hold: control characters other than tab and line ends, DEL,
 * C1 controls other than NEL, U+FFFE and U+FFFF (YAML's printable set), and U+FFFD, which is what
 * bytes that are not UTF-8 become when the file is read. A file holding a NUL byte is shown as
 * binary by git and by GitHub's pull request diff, so its change would be hidden from reviewers.
 */
const NOT_TEXT = /(?![\t\n\r\u0085])[\p{Cc}\ufffd-\uffff]/u;
/** A file holding a NOT_TEXT character, in parse-yaml.ts's words. */
function notTextProblem(char) {
    const what = char === '\ufffd'
        ? 'bytes that are not UTF-8 (or U+FFFD)'
        : `the control character U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    return {
        code: 'not-text',
        message: `The file is not plain UTF-8 text: it holds ${what} (git and GitHub may show such a file as binary, hiding its changes from reviewers)`,
        fix: 'Save the file as UTF-8 and remove the character; policy files hold printable text, tabs and line ends only.',
    };
}
/** The per-file limit, in the words parse-yaml.ts uses when a file that was read is too large. */
function tooLargeProblem() {
    return {
        code: 'file-too-large',
        message: `The file is larger than ${MAX_POLICY_FILE_BYTES / 1024} KiB, the limit for a policy file`,
        fix: 'Split it into several files (one policy per file) or remove what is not a policy.',
    };
}
/** Files read plus problems, in one list sorted by path, as every reader returns them. */
function policyFilesOf(read, plan) {
    return sortByPath([...read, ...plan.problems]);
}
function sortByPath(items) {
    return items.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}


/***/ }),

/***/ 6670:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   lY: () => (/* binding */ createRedactor)
/* harmony export */ });
/* unused harmony exports REDACTED, MIN_FRAGMENT */
// The one redactor: every sink (the runner's log, annotations, outputs and step summary, PR
// comments, check runs, incident text, error messages, the CLI's output) passes text through it,
// and every secret (the incident.io key, the GitHub token) is replaced by `***`.
//
// A plain "replace the whole secret" misses a secret that was cut: an error message truncated to
// fit a comment can end with the first half of a key, and a renderer that escapes markdown turns
// `inc_abc` into `inc\_abc`. So the redactor also replaces any run of MIN_FRAGMENT or more
// characters taken from a secret, in the secret's plain, markdown-escaped, JSON-escaped and
// URL-encoded forms. Fragments shorter than that carry too little of a key to matter, and keep
// ordinary words from being mistaken for one.
const REDACTED = '***';
/** Secrets shorter than this are not redacted at all (an empty or one-letter input is no secret). */
const MIN_SECRET = 4;
/** The shortest piece of a secret that is redacted on its own. */
const MIN_FRAGMENT = 12;
/** The characters report/markdown.ts escapes with a backslash (kept in step with its SPECIALS). */
const MARKDOWN_SPECIAL = /[\\`*_[\]()#|<>~&]/g;
function formsOf(secret) {
    const forms = new Set([
        secret,
        secret.replace(MARKDOWN_SPECIAL, (c) => `\\${c}`),
        JSON.stringify(secret).slice(1, -1),
        encodeURIComponent(secret),
    ]);
    return [...forms];
}
function createRedactor(secrets) {
    const kept = [...new Set(secrets.filter((s) => typeof s === 'string' && s.length >= MIN_SECRET))];
    // Longest first, so a secret that contains another is replaced whole.
    const forms = kept.flatMap(formsOf).sort((a, b) => b.length - a.length);
    const fragmentForms = forms.filter((f) => f.length >= MIN_FRAGMENT);
    const grams = new Set();
    for (const f of fragmentForms)
        for (let i = 0; i + MIN_FRAGMENT <= f.length; i++)
            grams.add(f.slice(i, i + MIN_FRAGMENT));
    const occursInAForm = (piece) => fragmentForms.some((f) => f.includes(piece));
    const redact = (text) => {
        if (kept.length === 0 || typeof text !== 'string' || text === '')
            return text;
        let out = text;
        for (const f of forms)
            if (out.includes(f))
                out = out.split(f).join(REDACTED);
        if (grams.size === 0 || out.length < MIN_FRAGMENT)
            return out;
        // Fragments: grow every run that starts with a secret's MIN_FRAGMENT-gram as far as it stays
        // a piece of some form of a secret.
        let result = '';
        let i = 0;
        while (i < out.length) {
            if (i + MIN_FRAGMENT <= out.length && grams.has(out.slice(i, i + MIN_FRAGMENT))) {
                let end = i + MIN_FRAGMENT;
                while (end < out.length && occursInAForm(out.slice(i, end + 1)))
                    end++;
                result += REDACTED;
                i = end;
            }
            else {
                result += out[i];
                i++;
            }
        }
        return result;
    };
    const redactDeep = (value) => {
        if (typeof value === 'string')
            return redact(value);
        if (Array.isArray(value))
            return value.map(redactDeep);
        if (value && typeof value === 'object') {
            return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v)]));
        }
        return value;
    };
    return { redact, redactDeep };
}


/***/ }),

/***/ 262:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CK: () => (/* binding */ describeCliError),
/* harmony export */   Uc: () => (/* binding */ describeError)
/* harmony export */ });
/* unused harmony export describeCliErrorReport */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
// The one place a thrown value becomes the line a user reads, for the action and for the command
// line. Our own errors (src/errors.ts) carry what failed and the fix as data, spelled for the
// audience: the action names its inputs and says to re-run the job, the command line names its
// environment variables and flags and says to try again. Anything else is a bug in oncall-gate,
// reported as such with what to do (never a stack trace).

const asIs = (text) => text;
const UNEXPECTED = {
    action: 'This is a bug in oncall-gate; re-run with debug logging (ACTIONS_STEP_DEBUG=true) and report it.',
    cli: 'This is a bug in oncall-gate; please report it with the command you ran.',
};
function describe(error, audience, redact) {
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isError */ .bJ)(error)) {
        const message = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .spell */ .lO)(error.text.message, audience);
        const fix = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .spell */ .lO)(error.text.fix, audience);
        return redact(fix && !message.includes(fix) ? `${message} ${fix}` : message);
    }
    if (error instanceof Error)
        return redact(`Unexpected error: ${error.message}. ${UNEXPECTED[audience]}`);
    return redact(`Unexpected error: ${String(error)}`);
}
/** The line the action shows for `error` (step summary, annotation, check run). */
function describeError(error, redact = asIs) {
    return describe(error, 'action', redact);
}
/** The line the command line prints for `error`. */
function describeCliError(error, redact = asIs) {
    return describe(error, 'cli', redact);
}
/**
 * `error` as the fields of a `--json` document: its kind (`usage` for a command line the command
 * cannot run, `internal` for a bug), the message and the fix as the command line words them.
 */
function describeCliErrorReport(error, redact = asIs) {
    if (isError(error)) {
        const message = redact(spell(error.text.message, 'cli'));
        const fix = redact(spell(error.text.fix, 'cli'));
        return {
            kind: error.kind === 'input' && error.service === undefined ? 'usage' : error.kind,
            message,
            ...(fix && !message.includes(fix) ? { fix } : {}),
            ...(error.service ? { service: error.service } : {}),
            ...(error.status !== undefined ? { status: error.status } : {}),
        };
    }
    const message = error instanceof Error ? error.message : String(error);
    return { kind: 'internal', message: redact(`Unexpected error: ${message}`), fix: UNEXPECTED.cli };
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown)
/* harmony export */ });
/* unused harmony exports code, messageMarkdown, escapeCellPipes, table, fenced */
// User text (PR titles, bodies, review bodies, file content) is data: escaped before it is put
// into a comment or summary so it cannot inject markup, mentions or links: whoever opens a pull
// request controls that text.
// Characters that start markup inline; `@` gets a zero-width joiner so it never pings anyone.
const SPECIALS = /[\\`*_[\]()#|<>~@&]/g;
/** CommonMark's line ends: LF, CR and CRLF (a lone CR ends a line too). */
const LINE_END = /\r\n|\r|\n/g;
function escapeMarkdown(text) {
    const flat = text.replace(LINE_END, ' ').replace(SPECIALS, (c) => (c === '@' ? '@\u200b' : `\\${c}`));
    // A leading list/heading/quote marker would change the block; escape it.
    return flat.replace(/^([-+=>])/, '\\$1');
}
/** A code span that survives backticks inside the text (CommonMark: longer fence). */
function code(text) {
    const clean = text.replace(LINE_END, ' ');
    const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((m) => m.length));
    const fence = '`'.repeat(longest + 1);
    const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${clean}${pad}${fence}`;
}
/**
 * A message as oncall-gate words them (diagnostics, errors and their fixes): prose with names in
 * code spans (`` `production` ``). The code spans stay code spans, their content literal; the
 * prose between them is escaped as user text, since a message may quote a file's content (a
 * policy name, a key). A backtick that closes nothing is prose. Escaping the whole message
 * instead would show the backticks themselves, and a code span cannot hold an escape.
 */
function messageMarkdown(message) {
    const flat = message.replace(LINE_END, ' ');
    const out = [];
    let prose = '';
    let i = 0;
    while (i < flat.length) {
        const open = /`+/y;
        open.lastIndex = i;
        const run = flat[i] === '`' ? open.exec(flat)?.[0] : undefined;
        if (!run) {
            prose += flat[i];
            i += 1;
            continue;
        }
        // CommonMark: a span closes at the next run of exactly as many backticks.
        const close = new RegExp(`(?<!\`)${run}(?!\`)`, 'g');
        close.lastIndex = i + run.length;
        const end = close.exec(flat);
        if (!end) {
            prose += run;
            i += run.length;
            continue;
        }
        if (prose)
            out.push(escapeMarkdown(prose));
        prose = '';
        out.push(code(flat.slice(i + run.length, end.index)));
        i = end.index + run.length;
    }
    if (prose)
        out.push(escapeMarkdown(prose));
    return out.join('');
}
/**
 * A pipe inside a table cell must be escaped, or it ends the cell (GFM tables split a row at
 * unescaped pipes before they read the cells' inlines, so even a code span cannot hold a bare
 * one). A pipe counts as escaped when an odd number of backslashes stands before it; an even
 * number (`\\|`, an escaped backslash in prose, or backslashes in a code span) gets one more.
 * Renderers differ on whether `\\` before a pipe is a pair, and an odd count is escaped either way.
 */
function escapeCellPipes(cell) {
    return cell.replace(/(\\*)\|/g, (_, slashes) => (slashes.length % 2 === 0 ? `${slashes}\\|` : `${slashes}|`));
}
/** A markdown table; cells are escaped for pipes and newlines (callers pass already-safe markdown). */
function table(header, rows) {
    const cell = (c) => escapeCellPipes(c.replace(LINE_END, '<br>'));
    const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
/** A fenced code block that survives backtick runs inside the text (CommonMark: a longer fence). */
function fenced(text, lang = '') {
    const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((m) => m.length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${lang}\n${text}\n${fence}`;
}


/***/ }),

/***/ 5146:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ answerOf),
/* harmony export */   z: () => (/* binding */ createWriteApplier)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _report_describe_error_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(262);


/** The answer of a made write of this kind, undefined for any other outcome. */
function answerOf(outcome, kind) {
    return outcome?.status === 'made' && outcome.write.action.kind === kind ? outcome.answer : undefined;
}
const SERVICE = { github: 'GitHub', incidentio: 'incident.io' };
/** Text from policies and pull requests stays on its line in the log. */
const oneLine = (text) => text.replace(/[\r\n\u2028\u2029]+/g, ' ');
function createWriteApplier(options) {
    const planned = [];
    const { targets, log } = options;
    const redact = options.redact ?? ((t) => t);
    async function make(action) {
        switch (action.kind) {
            case 'comment':
                return (await targets.github()).upsertStickyComment(action.number, action.marker, action.body, {
                    existing: action.existing,
                    ...(action.summaryUrl ? { summaryUrl: action.summaryUrl } : {}),
                });
            case 'check-run':
                return (await targets.github()).upsertCheckRun(action.headSha, action.name, action.state, { existing: action.existing });
            case 'review-request':
                return (await targets.github()).requestReviewers(action.number, action.logins, action.author);
            case 'create-incident': {
                const incident = await (await targets.incidentio()).createIncident(action.payload);
                // The answer to our own create must be the incident we asked for: were a key ever
                // answered with an unrelated incident, editing or recording it would touch somebody
                // else's incident. Checked here, so no write after it is made.
                const { carriesRequestKey } = await __nccwpck_require__.e(/* import() */ 491).then(__nccwpck_require__.bind(__nccwpck_require__, 3491));
                if (!carriesRequestKey(incident.summary, action.requestKey)) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OncallGateError */ .lN({
                        kind: 'bad-response',
                        service: 'incidentio',
                        message: `incident.io answered the create of the incident for ${action.requestKey} (idempotency_key ${action.payload.idempotency_key}) with incident ${incident.reference} (${incident.id}), ` +
                            'whose summary does not carry that request key, so oncall-gate will not use it',
                        fix: 'Re-run the job (a new run attempt uses a new idempotency key). If it happens again, check that `incidentio-api-url` is the incident.io API.',
                    });
                }
                return incident;
            }
            case 'edit-incident':
                return (await targets.incidentio()).editIncident(action.id, action.payload);
            case 'create-custom-field':
                return (await targets.incidentio()).createCustomField(action.payload);
        }
    }
    return {
        dryRun: options.dryRun,
        planned,
        async apply(writes) {
            const given = writes.filter((w) => w !== undefined);
            planned.push(...given);
            if (options.dryRun)
                return given.map((write) => ({ write, status: 'dry-run' }));
            const outcomes = [];
            for (const write of given) {
                log.info(`${SERVICE[write.service]} ${write.method} ${write.target}: ${oneLine(write.description)}.`);
                try {
                    outcomes.push({ write, status: 'made', answer: (await make(write.action)) });
                }
                catch (error) {
                    if (write.whenRefused && (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isServiceError */ .gi)(error, write.service, 'permission')) {
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OncallGateError */ .lN({ ...error.data(), message: write.whenRefused.message, fix: write.whenRefused.fix });
                    }
                    if (!(write.optional && (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isServiceError */ .gi)(error, write.service)))
                        throw error;
                    log.warning(`Could not ${oneLine(write.description)}: ${(0,_report_describe_error_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error, redact)}`);
                    outcomes.push({ write, status: 'failed', error });
                }
            }
            return outcomes;
        },
    };
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 5468:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  zo: () => (/* binding */ Webhooks),
  Pb: () => (/* binding */ createNodeMiddleware),
  $9: () => (/* binding */ createWebMiddleware)
});

// UNUSED EXPORTS: createEventHandler, emitterEventNames, validateEventName

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __nccwpck_require__(4573);
;// CONCATENATED MODULE: ./node_modules/@octokit/webhooks-methods/dist-node/index.js
// pkg/dist-src/node/sign.js


// pkg/dist-src/version.js
var VERSION = "6.0.0";

// pkg/dist-src/node/sign.js
async function sign(secret, payload) {
  if (!secret || !payload) {
    throw new TypeError(
      "[@octokit/webhooks-methods] secret & payload required for sign()"
    );
  }
  if (typeof payload !== "string") {
    throw new TypeError("[@octokit/webhooks-methods] payload must be a string");
  }
  const algorithm = "sha256";
  return `${algorithm}=${(0,external_node_crypto_.createHmac)(algorithm, secret).update(payload).digest("hex")}`;
}
sign.VERSION = VERSION;

// pkg/dist-src/node/verify.js


async function verify(secret, eventPayload, signature) {
  if (!secret || !eventPayload || !signature) {
    throw new TypeError(
      "[@octokit/webhooks-methods] secret, eventPayload & signature required"
    );
  }
  if (typeof eventPayload !== "string") {
    throw new TypeError(
      "[@octokit/webhooks-methods] eventPayload must be a string"
    );
  }
  const signatureBuffer = external_node_buffer_.Buffer.from(signature);
  const verificationBuffer = external_node_buffer_.Buffer.from(await sign(secret, eventPayload));
  if (signatureBuffer.length !== verificationBuffer.length) {
    return false;
  }
  return (0,external_node_crypto_.timingSafeEqual)(signatureBuffer, verificationBuffer);
}
verify.VERSION = VERSION;

// pkg/dist-src/index.js
async function verifyWithFallback(secret, payload, signature, additionalSecrets) {
  const firstPass = await verify(secret, payload, signature);
  if (firstPass) {
    return true;
  }
  if (additionalSecrets !== void 0) {
    for (const s of additionalSecrets) {
      const v = await verify(s, payload, signature);
      if (v) {
        return v;
      }
    }
  }
  return false;
}


;// CONCATENATED MODULE: ./node_modules/@octokit/webhooks/dist-bundle/index.js
// pkg/dist-src/create-logger.js
var createLogger = (logger = {}) => {
  if (typeof logger.debug !== "function") {
    logger.debug = () => {
    };
  }
  if (typeof logger.info !== "function") {
    logger.info = () => {
    };
  }
  if (typeof logger.warn !== "function") {
    logger.warn = console.warn.bind(console);
  }
  if (typeof logger.error !== "function") {
    logger.error = console.error.bind(console);
  }
  return logger;
};

// pkg/dist-src/generated/webhook-names.js
var emitterEventNames = [
  "branch_protection_configuration",
  "branch_protection_configuration.disabled",
  "branch_protection_configuration.enabled",
  "branch_protection_rule",
  "branch_protection_rule.created",
  "branch_protection_rule.deleted",
  "branch_protection_rule.edited",
  "check_run",
  "check_run.completed",
  "check_run.created",
  "check_run.requested_action",
  "check_run.rerequested",
  "check_suite",
  "check_suite.completed",
  "check_suite.requested",
  "check_suite.rerequested",
  "code_scanning_alert",
  "code_scanning_alert.appeared_in_branch",
  "code_scanning_alert.closed_by_user",
  "code_scanning_alert.created",
  "code_scanning_alert.fixed",
  "code_scanning_alert.reopened",
  "code_scanning_alert.reopened_by_user",
  "commit_comment",
  "commit_comment.created",
  "create",
  "custom_property",
  "custom_property.created",
  "custom_property.deleted",
  "custom_property.promote_to_enterprise",
  "custom_property.updated",
  "custom_property_values",
  "custom_property_values.updated",
  "delete",
  "dependabot_alert",
  "dependabot_alert.auto_dismissed",
  "dependabot_alert.auto_reopened",
  "dependabot_alert.created",
  "dependabot_alert.dismissed",
  "dependabot_alert.fixed",
  "dependabot_alert.reintroduced",
  "dependabot_alert.reopened",
  "deploy_key",
  "deploy_key.created",
  "deploy_key.deleted",
  "deployment",
  "deployment.created",
  "deployment_protection_rule",
  "deployment_protection_rule.requested",
  "deployment_review",
  "deployment_review.approved",
  "deployment_review.rejected",
  "deployment_review.requested",
  "deployment_status",
  "deployment_status.created",
  "discussion",
  "discussion.answered",
  "discussion.category_changed",
  "discussion.closed",
  "discussion.created",
  "discussion.deleted",
  "discussion.edited",
  "discussion.labeled",
  "discussion.locked",
  "discussion.pinned",
  "discussion.reopened",
  "discussion.transferred",
  "discussion.unanswered",
  "discussion.unlabeled",
  "discussion.unlocked",
  "discussion.unpinned",
  "discussion_comment",
  "discussion_comment.created",
  "discussion_comment.deleted",
  "discussion_comment.edited",
  "fork",
  "github_app_authorization",
  "github_app_authorization.revoked",
  "gollum",
  "installation",
  "installation.created",
  "installation.deleted",
  "installation.new_permissions_accepted",
  "installation.suspend",
  "installation.unsuspend",
  "installation_repositories",
  "installation_repositories.added",
  "installation_repositories.removed",
  "installation_target",
  "installation_target.renamed",
  "issue_comment",
  "issue_comment.created",
  "issue_comment.deleted",
  "issue_comment.edited",
  "issue_dependencies",
  "issue_dependencies.blocked_by_added",
  "issue_dependencies.blocked_by_removed",
  "issue_dependencies.blocking_added",
  "issue_dependencies.blocking_removed",
  "issues",
  "issues.assigned",
  "issues.closed",
  "issues.deleted",
  "issues.demilestoned",
  "issues.edited",
  "issues.labeled",
  "issues.locked",
  "issues.milestoned",
  "issues.opened",
  "issues.pinned",
  "issues.reopened",
  "issues.transferred",
  "issues.typed",
  "issues.unassigned",
  "issues.unlabeled",
  "issues.unlocked",
  "issues.unpinned",
  "issues.untyped",
  "label",
  "label.created",
  "label.deleted",
  "label.edited",
  "marketplace_purchase",
  "marketplace_purchase.cancelled",
  "marketplace_purchase.changed",
  "marketplace_purchase.pending_change",
  "marketplace_purchase.pending_change_cancelled",
  "marketplace_purchase.purchased",
  "member",
  "member.added",
  "member.edited",
  "member.removed",
  "membership",
  "membership.added",
  "membership.removed",
  "merge_group",
  "merge_group.checks_requested",
  "merge_group.destroyed",
  "meta",
  "meta.deleted",
  "milestone",
  "milestone.closed",
  "milestone.created",
  "milestone.deleted",
  "milestone.edited",
  "milestone.opened",
  "org_block",
  "org_block.blocked",
  "org_block.unblocked",
  "organization",
  "organization.deleted",
  "organization.member_added",
  "organization.member_invited",
  "organization.member_removed",
  "organization.renamed",
  "package",
  "package.published",
  "package.updated",
  "page_build",
  "personal_access_token_request",
  "personal_access_token_request.approved",
  "personal_access_token_request.cancelled",
  "personal_access_token_request.created",
  "personal_access_token_request.denied",
  "ping",
  "project",
  "project.closed",
  "project.created",
  "project.deleted",
  "project.edited",
  "project.reopened",
  "project_card",
  "project_card.converted",
  "project_card.created",
  "project_card.deleted",
  "project_card.edited",
  "project_card.moved",
  "project_column",
  "project_column.created",
  "project_column.deleted",
  "project_column.edited",
  "project_column.moved",
  "projects_v2",
  "projects_v2.closed",
  "projects_v2.created",
  "projects_v2.deleted",
  "projects_v2.edited",
  "projects_v2.reopened",
  "projects_v2_item",
  "projects_v2_item.archived",
  "projects_v2_item.converted",
  "projects_v2_item.created",
  "projects_v2_item.deleted",
  "projects_v2_item.edited",
  "projects_v2_item.reordered",
  "projects_v2_item.restored",
  "projects_v2_status_update",
  "projects_v2_status_update.created",
  "projects_v2_status_update.deleted",
  "projects_v2_status_update.edited",
  "public",
  "pull_request",
  "pull_request.assigned",
  "pull_request.auto_merge_disabled",
  "pull_request.auto_merge_enabled",
  "pull_request.closed",
  "pull_request.converted_to_draft",
  "pull_request.demilestoned",
  "pull_request.dequeued",
  "pull_request.edited",
  "pull_request.enqueued",
  "pull_request.labeled",
  "pull_request.locked",
  "pull_request.milestoned",
  "pull_request.opened",
  "pull_request.ready_for_review",
  "pull_request.reopened",
  "pull_request.review_request_removed",
  "pull_request.review_requested",
  "pull_request.synchronize",
  "pull_request.unassigned",
  "pull_request.unlabeled",
  "pull_request.unlocked",
  "pull_request_review",
  "pull_request_review.dismissed",
  "pull_request_review.edited",
  "pull_request_review.submitted",
  "pull_request_review_comment",
  "pull_request_review_comment.created",
  "pull_request_review_comment.deleted",
  "pull_request_review_comment.edited",
  "pull_request_review_thread",
  "pull_request_review_thread.resolved",
  "pull_request_review_thread.unresolved",
  "push",
  "registry_package",
  "registry_package.published",
  "registry_package.updated",
  "release",
  "release.created",
  "release.deleted",
  "release.edited",
  "release.prereleased",
  "release.published",
  "release.released",
  "release.unpublished",
  "repository",
  "repository.archived",
  "repository.created",
  "repository.deleted",
  "repository.edited",
  "repository.privatized",
  "repository.publicized",
  "repository.renamed",
  "repository.transferred",
  "repository.unarchived",
  "repository_advisory",
  "repository_advisory.published",
  "repository_advisory.reported",
  "repository_dispatch",
  "repository_dispatch.sample.collected",
  "repository_import",
  "repository_ruleset",
  "repository_ruleset.created",
  "repository_ruleset.deleted",
  "repository_ruleset.edited",
  "repository_vulnerability_alert",
  "repository_vulnerability_alert.create",
  "repository_vulnerability_alert.dismiss",
  "repository_vulnerability_alert.reopen",
  "repository_vulnerability_alert.resolve",
  "secret_scanning_alert",
  "secret_scanning_alert.assigned",
  "secret_scanning_alert.created",
  "secret_scanning_alert.publicly_leaked",
  "secret_scanning_alert.reopened",
  "secret_scanning_alert.resolved",
  "secret_scanning_alert.unassigned",
  "secret_scanning_alert.validated",
  "secret_scanning_alert_location",
  "secret_scanning_alert_location.created",
  "secret_scanning_scan",
  "secret_scanning_scan.completed",
  "security_advisory",
  "security_advisory.published",
  "security_advisory.updated",
  "security_advisory.withdrawn",
  "security_and_analysis",
  "sponsorship",
  "sponsorship.cancelled",
  "sponsorship.created",
  "sponsorship.edited",
  "sponsorship.pending_cancellation",
  "sponsorship.pending_tier_change",
  "sponsorship.tier_changed",
  "star",
  "star.created",
  "star.deleted",
  "status",
  "sub_issues",
  "sub_issues.parent_issue_added",
  "sub_issues.parent_issue_removed",
  "sub_issues.sub_issue_added",
  "sub_issues.sub_issue_removed",
  "team",
  "team.added_to_repository",
  "team.created",
  "team.deleted",
  "team.edited",
  "team.removed_from_repository",
  "team_add",
  "watch",
  "watch.started",
  "workflow_dispatch",
  "workflow_job",
  "workflow_job.completed",
  "workflow_job.in_progress",
  "workflow_job.queued",
  "workflow_job.waiting",
  "workflow_run",
  "workflow_run.completed",
  "workflow_run.in_progress",
  "workflow_run.requested"
];

// pkg/dist-src/event-handler/validate-event-name.js
function validateEventName(eventName, options = {}) {
  if (typeof eventName !== "string") {
    throw new TypeError("eventName must be of type string");
  }
  if (eventName === "*") {
    throw new TypeError(
      `Using the "*" event with the regular Webhooks.on() function is not supported. Please use the Webhooks.onAny() method instead`
    );
  }
  if (eventName === "error") {
    throw new TypeError(
      `Using the "error" event with the regular Webhooks.on() function is not supported. Please use the Webhooks.onError() method instead`
    );
  }
  if (options.onUnknownEventName === "ignore") {
    return;
  }
  if (!emitterEventNames.includes(eventName)) {
    if (options.onUnknownEventName !== "warn") {
      throw new TypeError(
        `"${eventName}" is not a known webhook name (https://developer.github.com/v3/activity/events/types/)`
      );
    } else {
      (options.log || console).warn(
        `"${eventName}" is not a known webhook name (https://developer.github.com/v3/activity/events/types/)`
      );
    }
  }
}

// pkg/dist-src/event-handler/on.js
function handleEventHandlers(state, webhookName, handler) {
  if (!state.hooks[webhookName]) {
    state.hooks[webhookName] = [];
  }
  state.hooks[webhookName].push(handler);
}
function receiverOn(state, webhookNameOrNames, handler) {
  if (Array.isArray(webhookNameOrNames)) {
    webhookNameOrNames.forEach(
      (webhookName) => receiverOn(state, webhookName, handler)
    );
    return;
  }
  validateEventName(webhookNameOrNames, {
    onUnknownEventName: "warn",
    log: state.log
  });
  handleEventHandlers(state, webhookNameOrNames, handler);
}
function receiverOnAny(state, handler) {
  handleEventHandlers(state, "*", handler);
}
function receiverOnError(state, handler) {
  handleEventHandlers(state, "error", handler);
}

// pkg/dist-src/event-handler/wrap-error-handler.js
function wrapErrorHandler(handler, error) {
  let returnValue;
  try {
    returnValue = handler(error);
  } catch (error2) {
    console.log('FATAL: Error occurred in "error" event handler');
    console.log(error2);
  }
  if (returnValue && returnValue.catch) {
    returnValue.catch((error2) => {
      console.log('FATAL: Error occurred in "error" event handler');
      console.log(error2);
    });
  }
}

// pkg/dist-src/event-handler/receive.js
function getHooks(state, eventPayloadAction, eventName) {
  const hooks = [state.hooks[eventName], state.hooks["*"]];
  if (eventPayloadAction) {
    hooks.unshift(state.hooks[`${eventName}.${eventPayloadAction}`]);
  }
  return [].concat(...hooks.filter(Boolean));
}
function receiverHandle(state, event) {
  const errorHandlers = state.hooks.error || [];
  if (event instanceof Error) {
    const error = Object.assign(new AggregateError([event], event.message), {
      event
    });
    errorHandlers.forEach((handler) => wrapErrorHandler(handler, error));
    return Promise.reject(error);
  }
  if (!event || !event.name) {
    const error = new Error("Event name not passed");
    throw new AggregateError([error], error.message);
  }
  if (!event.payload) {
    const error = new Error("Event name not passed");
    throw new AggregateError([error], error.message);
  }
  const hooks = getHooks(
    state,
    "action" in event.payload ? event.payload.action : null,
    event.name
  );
  if (hooks.length === 0) {
    return Promise.resolve();
  }
  const errors = [];
  const promises = hooks.map((handler) => {
    let promise = Promise.resolve(event);
    if (state.transform) {
      promise = promise.then(state.transform);
    }
    return promise.then((event2) => {
      return handler(event2);
    }).catch((error) => errors.push(Object.assign(error, { event })));
  });
  return Promise.all(promises).then(() => {
    if (errors.length === 0) {
      return;
    }
    const error = new AggregateError(
      errors,
      errors.map((error2) => error2.message).join("\n")
    );
    Object.assign(error, {
      event
    });
    errorHandlers.forEach((handler) => wrapErrorHandler(handler, error));
    throw error;
  });
}

// pkg/dist-src/event-handler/remove-listener.js
function removeListener(state, webhookNameOrNames, handler) {
  if (Array.isArray(webhookNameOrNames)) {
    webhookNameOrNames.forEach(
      (webhookName) => removeListener(state, webhookName, handler)
    );
    return;
  }
  if (!state.hooks[webhookNameOrNames]) {
    return;
  }
  for (let i = state.hooks[webhookNameOrNames].length - 1; i >= 0; i--) {
    if (state.hooks[webhookNameOrNames][i] === handler) {
      state.hooks[webhookNameOrNames].splice(i, 1);
      return;
    }
  }
}

// pkg/dist-src/event-handler/index.js
function createEventHandler(options) {
  const state = {
    hooks: {},
    log: createLogger(options && options.log)
  };
  if (options && options.transform) {
    state.transform = options.transform;
  }
  return {
    on: receiverOn.bind(null, state),
    onAny: receiverOnAny.bind(null, state),
    onError: receiverOnError.bind(null, state),
    removeListener: removeListener.bind(null, state),
    receive: receiverHandle.bind(null, state)
  };
}

// pkg/dist-src/index.js


// pkg/dist-src/verify-and-receive.js

async function verifyAndReceive(state, event) {
  const matchesSignature = await verifyWithFallback(
    state.secret,
    event.payload,
    event.signature,
    state.additionalSecrets
  ).catch(() => false);
  if (!matchesSignature) {
    const error = new Error(
      "[@octokit/webhooks] signature does not match event payload and secret"
    );
    error.event = event;
    error.status = 400;
    return state.eventHandler.receive(error);
  }
  let payload;
  try {
    payload = JSON.parse(event.payload);
  } catch (error) {
    error.message = "Invalid JSON";
    error.status = 400;
    throw new AggregateError([error], error.message);
  }
  return state.eventHandler.receive({
    id: event.id,
    name: event.name,
    payload
  });
}

// pkg/dist-src/normalize-trailing-slashes.js
function normalizeTrailingSlashes(path) {
  let i = path.length;
  if (i === 0) {
    return "/";
  }
  while (i > 0) {
    if (path.charCodeAt(--i) !== 47) {
      break;
    }
  }
  if (i === -1) {
    return "/";
  }
  return path.slice(0, i + 1);
}

// pkg/dist-src/middleware/create-middleware.js
var isApplicationJsonRE = /^\s*(application\/json)\s*(?:;|$)/u;
var WEBHOOK_HEADERS = [
  "x-github-event",
  "x-hub-signature-256",
  "x-github-delivery"
];
function createMiddleware(options) {
  const { handleResponse: handleResponse3, getRequestHeader: getRequestHeader3, getPayload: getPayload3 } = options;
  return function middleware(webhooks, options2) {
    const middlewarePath = normalizeTrailingSlashes(options2.path);
    return async function octokitWebhooksMiddleware(request, response, next) {
      let pathname;
      try {
        pathname = new URL(
          normalizeTrailingSlashes(request.url),
          "http://localhost"
        ).pathname;
      } catch (error) {
        return handleResponse3(
          JSON.stringify({
            error: `Request URL could not be parsed: ${request.url}`
          }),
          422,
          {
            "content-type": "application/json"
          },
          response
        );
      }
      if (pathname !== middlewarePath) {
        next?.();
        return handleResponse3(null);
      } else if (request.method !== "POST") {
        return handleResponse3(
          JSON.stringify({
            error: `Unknown route: ${request.method} ${pathname}`
          }),
          404,
          {
            "content-type": "application/json"
          },
          response
        );
      }
      const contentType = getRequestHeader3(request, "content-type");
      if (typeof contentType !== "string" || !isApplicationJsonRE.test(contentType)) {
        return handleResponse3(
          JSON.stringify({
            error: `Unsupported "Content-Type" header value. Must be "application/json"`
          }),
          415,
          {
            "content-type": "application/json",
            accept: "application/json"
          },
          response
        );
      }
      const missingHeaders = WEBHOOK_HEADERS.filter((header) => {
        return getRequestHeader3(request, header) == void 0;
      }).join(", ");
      if (missingHeaders) {
        return handleResponse3(
          JSON.stringify({
            error: `Required headers missing: ${missingHeaders}`
          }),
          400,
          {
            "content-type": "application/json",
            accept: "application/json"
          },
          response
        );
      }
      const eventName = getRequestHeader3(
        request,
        "x-github-event"
      );
      const signature = getRequestHeader3(request, "x-hub-signature-256");
      const id = getRequestHeader3(request, "x-github-delivery");
      options2.log.debug(`${eventName} event received (id: ${id})`);
      let didTimeout = false;
      let timeout;
      const timeoutPromise = new Promise((resolve) => {
        timeout = setTimeout(() => {
          didTimeout = true;
          resolve(
            handleResponse3(
              "still processing\n",
              202,
              {
                "Content-Type": "text/plain",
                accept: "application/json"
              },
              response
            )
          );
        }, options2.timeout);
      });
      const processWebhook = async () => {
        try {
          const payload = await getPayload3(request);
          await webhooks.verifyAndReceive({
            id,
            name: eventName,
            payload,
            signature
          });
          clearTimeout(timeout);
          if (didTimeout) return handleResponse3(null);
          return handleResponse3(
            "ok\n",
            200,
            {
              "content-type": "text/plain",
              accept: "application/json"
            },
            response
          );
        } catch (error) {
          clearTimeout(timeout);
          if (didTimeout) return handleResponse3(null);
          const err = Array.from(error.errors)[0];
          const errorMessage = err.message ? `${err.name}: ${err.message}` : "Error: An Unspecified error occurred";
          const statusCode = typeof err.status !== "undefined" ? err.status : 500;
          options2.log.error(error);
          return handleResponse3(
            JSON.stringify({
              error: errorMessage
            }),
            statusCode,
            {
              "content-type": "application/json",
              accept: "application/json"
            },
            response
          );
        }
      };
      return await Promise.race([timeoutPromise, processWebhook()]);
    };
  };
}

// pkg/dist-src/middleware/node/handle-response.js
function handleResponse(body, status = 200, headers = {}, response) {
  if (body === null) {
    return false;
  }
  headers["content-length"] = body.length.toString();
  response.writeHead(status, headers).end(body);
  return true;
}

// pkg/dist-src/middleware/node/get-request-header.js
function getRequestHeader(request, key) {
  return request.headers[key];
}

// pkg/dist-src/concat-uint8array.js
function concatUint8Array(data) {
  if (data.length === 0) {
    return new Uint8Array(0);
  }
  let totalLength = 0;
  for (let i = 0; i < data.length; i++) {
    totalLength += data[i].length;
  }
  if (totalLength === 0) {
    return new Uint8Array(0);
  }
  const result = new Uint8Array(totalLength);
  let offset = 0;
  for (let i = 0; i < data.length; i++) {
    result.set(data[i], offset);
    offset += data[i].length;
  }
  return result;
}

// pkg/dist-src/middleware/node/get-payload.js
var textDecoder = new TextDecoder("utf-8", { fatal: false });
var decode = textDecoder.decode.bind(textDecoder);
async function getPayload(request) {
  if (typeof request.body === "object" && "rawBody" in request && request.rawBody instanceof Uint8Array) {
    return decode(request.rawBody);
  } else if (typeof request.body === "string") {
    return request.body;
  }
  const payload = await getPayloadFromRequestStream(request);
  return decode(payload);
}
function getPayloadFromRequestStream(request) {
  return new Promise((resolve, reject) => {
    let data = [];
    request.on(
      "error",
      (error) => reject(new AggregateError([error], error.message))
    );
    request.on("data", data.push.bind(data));
    request.on("end", () => {
      const result = concatUint8Array(data);
      queueMicrotask(() => resolve(result));
    });
  });
}

// pkg/dist-src/middleware/node/index.js
function createNodeMiddleware(webhooks, {
  path = "/api/github/webhooks",
  log = createLogger(),
  timeout = 9e3
} = {}) {
  return createMiddleware({
    handleResponse,
    getRequestHeader,
    getPayload
  })(webhooks, {
    path,
    log,
    timeout
  });
}

// pkg/dist-src/middleware/web/get-payload.js
function getPayload2(request) {
  return request.text();
}

// pkg/dist-src/middleware/web/get-request-header.js
function getRequestHeader2(request, key) {
  return request.headers.get(key);
}

// pkg/dist-src/middleware/web/handle-response.js
function handleResponse2(body, status = 200, headers = {}) {
  if (body !== null) {
    headers["content-length"] = body.length.toString();
  }
  return new Response(body, {
    status,
    headers
  });
}

// pkg/dist-src/middleware/web/index.js
function createWebMiddleware(webhooks, {
  path = "/api/github/webhooks",
  log = createLogger(),
  timeout = 9e3
} = {}) {
  return createMiddleware({
    handleResponse: handleResponse2,
    getRequestHeader: getRequestHeader2,
    getPayload: getPayload2
  })(webhooks, {
    path,
    log,
    timeout
  });
}

// pkg/dist-src/index.js
var Webhooks = class {
  sign;
  verify;
  on;
  onAny;
  onError;
  removeListener;
  receive;
  verifyAndReceive;
  constructor(options) {
    if (!options || !options.secret) {
      throw new Error("[@octokit/webhooks] options.secret required");
    }
    const state = {
      eventHandler: createEventHandler(options),
      secret: options.secret,
      additionalSecrets: options.additionalSecrets,
      hooks: {},
      log: createLogger(options.log)
    };
    this.sign = sign.bind(null, options.secret);
    this.verify = verify.bind(null, options.secret);
    this.on = state.eventHandler.on;
    this.onAny = state.eventHandler.onAny;
    this.onError = state.eventHandler.onError;
    this.removeListener = state.eventHandler.removeListener;
    this.receive = state.eventHandler.receive;
    this.verifyAndReceive = verifyAndReceive.bind(null, state);
  }
};



/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  R: () => (/* binding */ handler)
});

;// CONCATENATED MODULE: ./src/clock.ts
// The one answer to "what time is it". Entry points (the action's `run`, the CLI's `runCli`, the
// emulator) take a Clock and hand it down; nothing below them reads the wall clock. The action and
// the CLI use `systemClock`; `--at` / `--now` on the command line and tests pin another one.
// Durations (retry budgets, timeouts) are not "what time is it" and are measured separately.
const systemClock = () => new Date();
/** Always the same instant: "what would the gate say at 18:00 on Friday". */
function fixedClock(at) {
    const ms = at.getTime();
    return () => new Date(ms);
}
/**
 * Milliseconds on the monotonic clock, for durations. process.hrtime rather than
 * `performance.now()`: the first use of the global `performance` loads perf_hooks (2-4 ms of the
 * gate's start-up; docs/architecture.md, "Start-up cost").
 */
const monotonicMs = () => Number(process.hrtime.bigint()) / 1e6;
/**
 * A clock that reads `start` now and then moves forward with real elapsed time, measured on the
 * monotonic clock (so it does not depend on the wall clock, nor jump when it is set): a world that
 * starts at a fixed moment and keeps going, as the emulator's `--now`.
 */
function clockStartingAt(start, elapsedMs = monotonicMs) {
    const startMs = start.getTime();
    const origin = elapsedMs();
    return () => new Date(startMs + (elapsedMs() - origin));
}
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
/**
 * An RFC 3339 timestamp with a date, a time and an offset (`2026-12-04T18:00:00Z`), or undefined.
 * `Date.parse` alone rolls 2026-02-30 over into March; a day the month does not have is refused.
 */
function parseRfc3339(value) {
    const m = RFC3339.exec(value);
    if (!m)
        return undefined;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const calendar = new Date(Date.UTC(year, month - 1, day));
    if (calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day)
        return undefined;
    const ms = Date.parse(value.toUpperCase());
    return Number.isNaN(ms) ? undefined : new Date(ms);
}

// EXTERNAL MODULE: ./src/report/describe-error.ts
var describe_error = __nccwpck_require__(262);
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./src/api-url.ts
// The incident.io base URL, checked the same way for the action input and the CLI: the API key
// travels in every request, so it must go over https; plain http is only for a server on this
// machine (the local emulator on a loopback address). Checked before any request is made.
/** `/v1` or `/v2` at the end: a copy-paste from incident.io's endpoint docs that would make every request `/v2/v2/...`. */
function apiVersionSuffix(url) {
    return /\/v[12]\/*$/.exec(url)?.[0].replace(/\/+$/, '') ?? '';
}
/** 127.0.0.0/8, localhost and ::1: traffic that never leaves the machine. */
function isLoopbackHost(hostname) {
    const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
/**
 * The URL without trailing slashes, or the problem with it. `source` names where the value came
 * from in the words the user knows (`Input \`incidentio-api-url\``, `--api-url`).
 */
function checkApiUrl(raw, source) {
    const url = raw.trim().replace(/\/+$/, '');
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return { message: `${source} is not a URL ("${url}"); use https://api.incident.io, or your proxy's https:// base URL.` };
    }
    if (parsed.username || parsed.password) {
        return { message: `${source} must not embed credentials; the key goes in the API key setting, never in the URL.` };
    }
    if (parsed.protocol === 'http:' && !isLoopbackHost(parsed.hostname)) {
        return {
            message: `${source} must use https:// (got "${parsed.protocol}//${parsed.host}"): the API key travels in every request. ` +
                'Plain http:// is only for the local emulator on a loopback address (127.0.0.1, localhost, [::1]).',
        };
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
        return { message: `${source} must be an https:// URL like https://api.incident.io; got "${url}".` };
    }
    const versioned = apiVersionSuffix(url);
    if (versioned) {
        return {
            message: `${source} ends with the API version (${versioned}); give the base URL without it, e.g. ` +
                `${url.slice(0, -versioned.length)}: oncall-gate adds /v1 and /v2 to each request itself.`,
        };
    }
    return { url };
}

// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/inputs.ts
// Every action input, read once into one typed object; nothing downstream reads inputs again.
// Names and defaults are the public contract in action.yml (and the README's "Inputs").


const COMMANDS = ['auto', 'validate', 'plan', 'apply', 'gate', 'request', 'review', 'audit'];
/** An input that cannot be used: an `input` error naming it (the message says what to give instead). */
function inputError(input, message) {
    return new src_errors/* OncallGateError */.lN({ kind: 'input', setting: input, message, fix: '' });
}
const envInputReader = (env) => (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
const DEFAULTS = {
    command: 'auto',
    'incidentio-api-url': 'https://api.incident.io',
    'policy-path': 'policies',
    'dry-run': 'false',
    'fail-on-deny': 'true',
    'api-timeout': '60',
    'tests-path': 'policy-tests',
};
/** `api-timeout` bounds: long enough for slow APIs, short of a runner's 6-hour job limit. */
const MAX_API_TIMEOUT_SECONDS = 3600;
function parseTimeout(raw) {
    const seconds = Number(raw);
    if (!/^\d+(\.\d+)?$/.test(raw) || seconds < 1 || seconds > MAX_API_TIMEOUT_SECONDS) {
        throw inputError('api-timeout', `Input \`api-timeout\` must be a number of seconds from 1 to ${MAX_API_TIMEOUT_SECONDS}, got "${raw}" (the default is 60).`);
    }
    return seconds;
}
function parseBoolean(name, raw) {
    if (/^true$/i.test(raw))
        return true;
    if (/^false$/i.test(raw))
        return false;
    throw inputError(name, `Input \`${name}\` must be \`true\` or \`false\`, got "${raw}".`);
}
/**
 * Reads and checks every input. The runner applies action.yml defaults; they are applied here
 * too so the CLI, local runs and tests that leave an input unset behave the same.
 */
function readInputs(read) {
    const get = (name) => {
        const value = read(name);
        return value !== '' ? value : (DEFAULTS[name] ?? '');
    };
    const command = get('command').toLowerCase();
    if (!COMMANDS.includes(command)) {
        throw inputError('command', `Input \`command\` is "${command}"; use one of: ${COMMANDS.join(', ')} (auto picks from the event).`);
    }
    const checked = checkApiUrl(get('incidentio-api-url'), 'Input `incidentio-api-url`');
    if ('message' in checked)
        throw inputError('incidentio-api-url', checked.message);
    const apiUrl = checked.url;
    const policyPath = get('policy-path').replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
    // The repository root itself is refused too: every YAML file in it (workflows included) would be
    // read as a policy.
    if (policyPath === '' || policyPath === '.' || policyPath.startsWith('/') || policyPath.split('/').includes('..')) {
        throw inputError('policy-path', `Input \`policy-path\` must be a folder inside the repository (like "policies"), not its root; got "${read('policy-path')}".`);
    }
    const testsPath = readTestsPath(read, get('tests-path'), policyPath);
    return {
        command: command,
        incidentioApiKey: read('incidentio-api-key'),
        incidentioApiUrl: apiUrl,
        githubToken: read('github-token'),
        githubTeamsToken: read('github-teams-token'),
        policyPath,
        environment: read('environment'),
        policy: read('policy'),
        reason: read('reason'),
        dryRun: parseBoolean('dry-run', get('dry-run')),
        failOnDeny: parseBoolean('fail-on-deny', get('fail-on-deny')),
        apiTimeoutSeconds: parseTimeout(get('api-timeout')),
        testsPath,
    };
}
/** `a` is `b` or a folder inside it. */
const within = (a, b) => a === b || a.startsWith(`${b}/`);
/**
 * `tests-path`: a folder inside the repository, and never the policy folder, inside it or around
 * it: every YAML file under `policy-path` is read as a policy. A default that collides (a policy
 * folder named like it) turns the tests off instead of failing every step.
 */
function readTestsPath(read, raw, policyPath) {
    const given = read('tests-path') !== '';
    const testsPath = raw.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
    if (testsPath === '' || testsPath === '.' || testsPath.startsWith('/') || testsPath.split('/').includes('..')) {
        throw inputError('tests-path', `Input \`tests-path\` must be a folder inside the repository (like "policy-tests"), not its root; got "${raw}".`);
    }
    if (within(testsPath, policyPath) || within(policyPath, testsPath)) {
        if (!given)
            return '';
        throw inputError('tests-path', within(testsPath, policyPath)
            ? `Input \`tests-path\` ("${testsPath}") is inside \`policy-path\` ("${policyPath}"), where every YAML file is read as a policy; keep the tests in their own folder, like "policy-tests".`
            : `Input \`tests-path\` ("${testsPath}") holds \`policy-path\` ("${policyPath}"), so the policy files would be read as tests; keep the tests in their own folder beside it, like "policy-tests".`);
    }
    return testsPath;
}

;// CONCATENATED MODULE: ./src/app/config.ts
// App mode's settings, read once from the environment (and a `.env` file, whose values never
// override the real environment). Secrets come from a variable or from a file the variable
// `<NAME>_FILE` names (a mounted secret), never from the command line, and no error ever quotes
// one: it names the variable and says what is wrong with its value.





const configError = (variable, message, fix) => new src_errors/* OncallGateError */.lN({ kind: 'input', setting: variable, message, fix });
/**
 * The environment with a `.env` file's values added under it: a variable already set wins. A file
 * that is named but missing is an error; the default `.env` may be absent.
 */
function withEnvFile(env, file, read = (p) => readFileSync(p, 'utf8'), required = false) {
    if (!file)
        return env;
    let text;
    try {
        text = read(file);
    }
    catch {
        if (!required)
            return env;
        throw configError('--env-file', `Cannot read the environment file ${file}.`, 'Pass the path of a readable .env file, or leave --env-file out.');
    }
    const fromFile = parseEnv(text);
    return { ...fromFile, ...Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined)) };
}
/** A secret from NAME or from the file NAME_FILE names; both set is an error (which one wins would be a guess). */
function secret(env, name, read, what) {
    const direct = env[name];
    const file = env[`${name}_FILE`];
    if (direct && file) {
        throw configError(name, `Both ${name} and ${name}_FILE are set.`, `Set one of them: ${name} holds ${what}, ${name}_FILE the path of a file that does.`);
    }
    if (file) {
        try {
            return read(file).trim();
        }
        catch {
            throw configError(`${name}_FILE`, `Cannot read ${name}_FILE (${file}).`, `Point ${name}_FILE at a readable file that holds ${what}.`);
        }
    }
    if (!direct)
        throw configError(name, `${name} is not set.`, `Set ${name} to ${what}, or ${name}_FILE to the path of a file that holds it.`);
    return direct.trim();
}
/** A GitHub or incident.io base URL: https, or http on this machine (the local fakes). */
function baseUrl(env, name, fallback) {
    const raw = (env[name] || fallback).trim().replace(/\/+$/, '');
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw configError(name, `${name} is not a URL ("${raw.slice(0, 100)}").`, `Set ${name} to an https:// URL (default ${fallback}).`);
    }
    if (url.username || url.password)
        throw configError(name, `${name} must not carry credentials.`, 'Remove the user and password from the URL.');
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
        throw configError(name, `${name} must use https:// (got "${url.protocol}//${url.host}").`, 'Use https://; plain http:// is only for a server on this machine.');
    }
    return raw;
}
function integer(env, name, fallback, min, max) {
    const raw = (env[name] ?? '').trim();
    if (raw === '')
        return fallback;
    if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
        throw configError(name, `${name} must be a whole number from ${min} to ${max}, got "${raw.slice(0, 40)}".`, `Set ${name} to a number in that range (default ${fallback}).`);
    }
    return Number(raw);
}
/** GitHub's GraphQL endpoint for an API URL: https://api.github.com/graphql, or https://HOST/api/graphql on GitHub Enterprise Server. */
function graphqlUrlOf(apiUrl) {
    return /\/api\/v3$/.test(apiUrl) ? apiUrl.replace(/\/api\/v3$/, '/api/graphql') : `${apiUrl}/graphql`;
}
const MIN_WEBHOOK_SECRET = 16;
function readAppConfig(env, read = (p) => (0,external_node_fs_namespaceObject.readFileSync)(p, 'utf8')) {
    const appId = (env.GITHUB_APP_ID ?? '').trim();
    if (!/^\d{1,12}$/.test(appId)) {
        throw configError('GITHUB_APP_ID', appId ? `GITHUB_APP_ID must be the App's numeric ID, got "${appId.slice(0, 40)}".` : 'GITHUB_APP_ID is not set.', "Set GITHUB_APP_ID to the App ID shown on the App's settings page (General > About).");
    }
    // A key pasted into a .env file on one line keeps its line breaks as \n.
    const privateKey = secret(env, 'GITHUB_APP_PRIVATE_KEY', read, "the App's private key (PEM)").replace(/\\n/g, '\n');
    if (!/^-----BEGIN (RSA )?PRIVATE KEY-----[\s\S]+-----END (RSA )?PRIVATE KEY-----$/.test(privateKey)) {
        throw configError('GITHUB_APP_PRIVATE_KEY', 'GITHUB_APP_PRIVATE_KEY is not a PEM private key (it must start with -----BEGIN RSA PRIVATE KEY----- or -----BEGIN PRIVATE KEY-----).', "Generate a private key on the App's settings page and pass the whole .pem file (GITHUB_APP_PRIVATE_KEY_FILE=path/to/key.pem).");
    }
    const webhookSecret = secret(env, 'GITHUB_APP_WEBHOOK_SECRET', read, "the App's webhook secret");
    if ([...webhookSecret].length < MIN_WEBHOOK_SECRET) {
        throw configError('GITHUB_APP_WEBHOOK_SECRET', `GITHUB_APP_WEBHOOK_SECRET is shorter than ${MIN_WEBHOOK_SECRET} characters: anyone who guesses it can send the App forged deliveries.`, "Generate a long random secret (openssl rand -hex 32) and set it both here and in the App's webhook settings.");
    }
    const apiKey = secret(env, 'INCIDENTIO_API_KEY', read, 'an incident.io API key');
    const githubApi = baseUrl(env, 'GITHUB_API_URL', 'https://api.github.com');
    const config = {
        appId,
        privateKey,
        webhookSecret,
        incidentio: { apiKey, apiUrl: baseUrl(env, 'INCIDENTIO_API_URL', 'https://api.incident.io') },
        github: {
            apiUrl: githubApi,
            graphqlUrl: env.GITHUB_GRAPHQL_URL ? baseUrl(env, 'GITHUB_GRAPHQL_URL', '') : graphqlUrlOf(githubApi),
            serverUrl: baseUrl(env, 'GITHUB_SERVER_URL', 'https://github.com'),
        },
        policyPath: (env.ONCALL_GATE_POLICY_PATH ?? '').trim() || 'policies',
        host: (env.HOST ?? '').trim() || '127.0.0.1',
        port: integer(env, 'PORT', 3000, 0, 65535),
        webhookPath: (env.ONCALL_GATE_WEBHOOK_PATH ?? '').trim() || '/api/github/webhooks',
        sweepIntervalMs: integer(env, 'ONCALL_GATE_SWEEP_MINUTES', 10, 0, 24 * 60) * 60_000,
        apiTimeoutSeconds: integer(env, 'ONCALL_GATE_API_TIMEOUT', 60, 1, 3600),
    };
    if (!config.webhookPath.startsWith('/')) {
        throw configError('ONCALL_GATE_WEBHOOK_PATH', `ONCALL_GATE_WEBHOOK_PATH must start with "/", got "${config.webhookPath.slice(0, 80)}".`, 'Use a path such as /api/github/webhooks.');
    }
    // The same checks as the action's inputs (policy-path inside the repository, the incident.io URL).
    deploymentInputs(config, { environment: 'production', githubToken: 'unused' });
    return config;
}
/** The gate's inputs for one deployment: the action's, filled from the App's settings and the request. */
function deploymentInputs(config, d) {
    const values = {
        command: 'gate',
        'incidentio-api-key': config.incidentio.apiKey,
        'incidentio-api-url': config.incidentio.apiUrl,
        'github-token': d.githubToken,
        'policy-path': config.policyPath,
        environment: d.environment,
        'api-timeout': String(config.apiTimeoutSeconds),
    };
    try {
        return readInputs((name) => (values[name] ?? '').trim());
    }
    catch (error) {
        if (error instanceof src_errors/* OncallGateError */.lN && error.setting === 'policy-path') {
            throw configError('ONCALL_GATE_POLICY_PATH', error.message.replace('Input `policy-path`', 'ONCALL_GATE_POLICY_PATH'), 'Set it to a folder inside the repository, such as policies.');
        }
        if (error instanceof src_errors/* OncallGateError */.lN && error.setting === 'incidentio-api-url') {
            throw configError('INCIDENTIO_API_URL', error.message.replace('Input `incidentio-api-url`', 'INCIDENTIO_API_URL'), 'Set it to https://api.incident.io or your proxy.');
        }
        throw error;
    }
}
/** Every secret of the settings, for the redactor. */
const configSecrets = (c) => [c.privateKey, c.webhookSecret, c.incidentio.apiKey];

;// CONCATENATED MODULE: ./src/api-deadline.ts
// One deadline for all of a run's API work, incident.io and GitHub together (the `api-timeout`
// input, 60 s by default). Each client also bounds its own calls and retries; this bounds their
// sum, so a deploy job never waits minutes on a slow API: when the deadline passes, the run ends
// with `error`, naming the requests that were still waiting, and the requests in flight are
// aborted. Time here is elapsed time on the monotonic clock, never the wall clock.


/** The run's deadline passed; `waiting`: the requests that were still waiting. */
function deadlineExceeded(totalMs, waiting) {
    return new src_errors/* OncallGateError */.lN({
        kind: 'deadline',
        message: `The API work of this run did not finish within ${formatSeconds(totalMs)} (the \`api-timeout\` input)` +
            (waiting.length > 0 ? `; still waiting for: ${waiting.join(', ')}` : ''),
        fix: (0,src_errors/* text */.Qq) `Check that the runner reaches incident.io and GitHub (https://status.incident.io, https://www.githubstatus.com, proxies and firewalls of self-hosted runners) and ${src_errors/* RETRY */.p6}; raise \`api-timeout\` only if the APIs are slow but working.`,
    });
}
function formatSeconds(ms) {
    const s = ms / 1000;
    return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}
function createApiDeadline(totalMs, elapsed = monotonicMs) {
    const start = elapsed();
    const inFlight = new Map();
    let next = 0;
    const controller = new AbortController();
    let resolveExpired;
    const expired = new Promise((resolve) => (resolveExpired = resolve));
    const expire = () => {
        if (controller.signal.aborted)
            return;
        controller.abort(deadlineExceeded(totalMs, [...inFlight.values()]));
        resolveExpired();
    };
    // unref: the timer alone never keeps the process alive once the run is done.
    const timer = setTimeout(expire, totalMs);
    timer.unref?.();
    const remainingMs = () => Math.max(0, totalMs - (elapsed() - start));
    return {
        totalMs,
        signal: controller.signal,
        expired,
        remainingMs,
        begin(what) {
            if (controller.signal.aborted || remainingMs() <= 0) {
                expire();
                throw deadlineExceeded(totalMs, [...inFlight.values(), what]);
            }
            const id = next++;
            inFlight.set(id, what);
            return () => inFlight.delete(id);
        },
        pending: () => [...inFlight.values()],
        dispose: () => clearTimeout(timer),
    };
}
/**
 * The time kept back from incident.io for an outage fallback's GitHub reads (policies/README.md,
 * "Outage mode"): half the run's budget, at most 20 s.
 */
function fallbackReserveMs(deadline) {
    return Math.min(20_000, deadline.totalMs / 2);
}
/**
 * Runs incident.io work that an outage fallback could replace, within the run's deadline less
 * `reserveMs`: when that passes first, it rejects with a `deadline` error of incident.io (an
 * outage), so the fallback still has `reserveMs` for its own reads. The work itself is not
 * stopped; the run's deadline ends it. Without a deadline, the work as it is.
 */
function withinIncidentIoShare(deadline, reserveMs, work) {
    if (!deadline)
        return work;
    const shareMs = Math.max(0, deadline.remainingMs() - reserveMs);
    let timer;
    const expired = new Promise((_, reject) => {
        timer = setTimeout(() => {
            const waiting = deadline.pending().filter((w) => w.startsWith('incident.io '));
            reject(new src_errors/* OncallGateError */.lN({
                kind: 'deadline',
                service: 'incidentio',
                ...(waiting[0] ? { call: waiting[0].replace(/^incident\.io /, '') } : {}),
                message: `incident.io did not answer within ${formatSeconds(shareMs)}, the part of the run's ${formatSeconds(deadline.totalMs)} ` +
                    `(\`api-timeout\`) left after keeping ${formatSeconds(reserveMs)} for the outage fallback` +
                    (waiting.length > 0 ? `; still waiting for: ${waiting.join(', ')}` : ''),
                fix: (0,src_errors/* text */.Qq) `Check https://status.incident.io and that the runner reaches incident.io, then ${src_errors/* RETRY */.p6}; raise \`api-timeout\` only if incident.io is slow but working.`,
            }));
        }, shareMs);
        timer.unref?.();
    });
    expired.catch(() => undefined);
    return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

// EXTERNAL MODULE: ./src/write-plan/apply-writes.ts
var apply_writes = __nccwpck_require__(5146);
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/record/write-record.ts
// The decision record's one write: a JSON file under the runner's temporary folder (RUNNER_TEMP,
// emptied at the end of every job), whose path the `decision-record` output gives so a later step
// can upload it (docs/decision-record.md). Built once by src/compose.ts for main.ts.
//
// The file is created exclusively (O_EXCL): an earlier step of the job cannot plant a link at the
// path to make the action write elsewhere, and a second oncall-gate step in the same job gets its
// own file. Every string passes through the run's redactor before it is written.



/** How many numbered names are tried when earlier steps of the job wrote records already. */
const MAX_TRIES = 100;
/** A file-name-safe part: letters, digits, `.`, `_` and `-`; anything else becomes `-`. */
const safe = (s) => s
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|-+$/g, '')
    .slice(0, 60);
/**
 * `oncall-gate-<command>-<run id>-<attempt>[-<n>].json` in `dir`. `dir` is the runner's
 * RUNNER_TEMP; '' (a run outside a runner) writes nothing.
 */
function write_record_createRecordWriter(options) {
    return {
        async write(record) {
            if (!options.dir)
                return undefined;
            const text = `${JSON.stringify(options.redactor.redactDeep(record), null, 2)}\n`;
            const stem = ['oncall-gate', record.command, safe(record.run.id), safe(record.run.attempt)].filter(Boolean).join('-');
            for (let n = 1; n <= MAX_TRIES; n++) {
                const path = join(options.dir, `${stem}${n === 1 ? '' : `-${n}`}.json`);
                // Synchronous: the run's last step, with nothing to overlap (and no fs/promises to load).
                let fd;
                try {
                    fd = openSync(path, 'wx', 0o644);
                }
                catch (error) {
                    if (error.code === 'EEXIST')
                        continue;
                    throw cannotWrite(path, error.message, error);
                }
                try {
                    writeFileSync(fd, text, 'utf8');
                }
                finally {
                    closeSync(fd);
                }
                return path;
            }
            throw cannotWrite(join(options.dir, `${stem}.json`), `${MAX_TRIES} records of this name exist already`);
        },
    };
}
function cannotWrite(path, why, cause) {
    return new OncallGateError({
        kind: 'environment',
        file: path,
        message: `The decision record could not be written to ${path} (${why})`,
        fix: 'Check that RUNNER_TEMP is a folder the job can write to; the decision itself stands.',
        ...(cause !== undefined ? { cause } : {}),
    });
}

;// CONCATENATED MODULE: ./src/compose.ts




const DEFAULT_INCIDENTIO_URL = 'https://api.incident.io';
/** The run's clients, each built once, on first use. */
function createServices(settings) {
    let github;
    let githubTeams;
    let incidentio;
    const shared = {
        redactor: settings.redactor,
        ...(settings.deadline ? { deadline: settings.deadline } : {}),
    };
    return {
        github: () => (github ??= __nccwpck_require__.e(/* import() */ 212).then(__nccwpck_require__.bind(__nccwpck_require__, 8212)).then(({ createGitHubPort }) => createGitHubPort({
            ...settings.github,
            readOnly: settings.readOnly,
            ...shared,
            ...(settings.log ? { log: settings.log } : {}),
            ...(settings.tuning?.github ? { tuning: settings.tuning.github } : {}),
        }))),
        githubTeams: () => (githubTeams ??= settings.github.teamsToken
            ? __nccwpck_require__.e(/* import() */ 212).then(__nccwpck_require__.bind(__nccwpck_require__, 8212)).then(({ createGitHubPort }) => createGitHubPort({
                ...settings.github,
                token: settings.github.teamsToken ?? '',
                // Only ever reads team membership.
                readOnly: true,
                ...shared,
                ...(settings.log ? { log: settings.log } : {}),
                ...(settings.tuning?.github ? { tuning: settings.tuning.github } : {}),
            }))
            : Promise.reject(new src_errors/* OncallGateError */.lN({
                kind: 'input',
                setting: 'github-teams-token',
                message: 'The `github-teams-token` input is empty, and an outage fallback names `approverTeams`, whose members only a token that can read organisation teams can see',
                fix: 'Pass `github-teams-token: ${{ secrets.<name> }}` with a GitHub App installation token that has the organisation permission "Members: read" (or a fine-grained token with it); the workflow\'s GITHUB_TOKEN cannot read team membership. Or name the approvers by login (`approvers`).',
            }))),
        incidentio: () => (incidentio ??= settings.incidentio.apiKey
            ? __nccwpck_require__.e(/* import() */ 415).then(__nccwpck_require__.bind(__nccwpck_require__, 9415)).then(({ createIncidentIoClient }) => createIncidentIoClient({
                baseUrl: settings.incidentio.apiUrl,
                apiKey: settings.incidentio.apiKey,
                readOnly: settings.readOnly,
                ...shared,
                ...settings.tuning?.incidentio,
            }))
            : Promise.reject(new src_errors/* OncallGateError */.lN({
                kind: 'input',
                setting: 'incidentio-api-key',
                message: (0,src_errors/* text */.Qq) `${(0,src_errors/* setting */.Pe)('incidentio-api-key')} is empty, so oncall-gate cannot call incident.io.`,
                fix: (0,src_errors/* text */.Qq) `Set ${(0,src_errors/* setting */.Pe)('incidentio-api-key')} to an incident.io API key.`,
            }))),
    };
}
/**
 * The action's context: the run's facts, clients configured from its inputs (dry-run: read-only),
 * and the applier of the run's writes over those clients (dry-run: it makes none).
 */
function createContext(parts) {
    const { inputs, run, tuning, services: built, ...rest } = parts;
    const services = built ??
        createServices({
            incidentio: { apiUrl: inputs.incidentioApiUrl, apiKey: inputs.incidentioApiKey },
            github: {
                apiUrl: run.apiUrl,
                graphqlUrl: run.graphqlUrl,
                token: inputs.githubToken,
                repository: run.repository,
                ...(inputs.githubTeamsToken ? { teamsToken: inputs.githubTeamsToken } : {}),
            },
            readOnly: inputs.dryRun,
            redactor: parts.redactor,
            log: parts.log,
            ...(parts.deadline ? { deadline: parts.deadline } : {}),
            ...(tuning ? { tuning } : {}),
        });
    return {
        inputs,
        run,
        ...rest,
        ...services,
        writes: (0,apply_writes/* createWriteApplier */.z)({ dryRun: inputs.dryRun, targets: services, log: parts.log, redact: parts.redactor.redact }),
    };
}
/**
 * The command line's context: the secrets of the environment in one redactor, and read-only
 * clients configured from the environment (GITHUB_TOKEN or GH_TOKEN, GITHUB_API_URL,
 * GITHUB_REPOSITORY, INCIDENTIO_API_KEY).
 */
function createCliContext(env, out, clock, cwd = process.cwd()) {
    const redactor = createRedactor([env.INCIDENTIO_API_KEY ?? '', env.GITHUB_TOKEN ?? '', env.GH_TOKEN ?? '']);
    const printed = { log: (line) => out.log(redactor.redact(line)), error: (line) => out.error(redactor.redact(line)) };
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const byUrl = new Map();
    const servicesAt = (apiUrl) => {
        let services = byUrl.get(apiUrl);
        if (!services) {
            services = createServices({
                incidentio: { apiUrl, apiKey: (env.INCIDENTIO_API_KEY ?? '').trim() },
                github: {
                    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
                    token: env.GITHUB_TOKEN || env.GH_TOKEN || '',
                    repository: { owner, repo },
                },
                readOnly: true,
                redactor,
            });
            byUrl.set(apiUrl, services);
        }
        return services;
    };
    // The GitHub port does not depend on the incident.io URL: one for the whole command.
    const github = servicesAt(DEFAULT_INCIDENTIO_URL).github;
    return { env, out: printed, clock, cwd, redactor, github, incidentio: (apiUrl) => servicesAt(apiUrl).incidentio() };
}
/** Where the action writes its decision records: the job's RUNNER_TEMP, through the run's redactor. */
function createDecisionRecordWriter(run, redactor) {
    return createRecordWriter({ dir: run.runnerTemp ?? '', redactor });
}

;// CONCATENATED MODULE: ./src/compose-app.ts
/** The App's own client, loaded on first use. */
function createAppAuthority(settings) {
    let auth;
    const load = () => (auth ??= __nccwpck_require__.e(/* import() */ 315).then(__nccwpck_require__.bind(__nccwpck_require__, 6315)).then(({ createAppAuth }) => createAppAuth({ ...settings, ...(settings.log ? { log: settings.log } : {}) })));
    return {
        installationToken: async (id, repo) => (await load()).installationToken(id, repo),
        installations: async () => (await load()).installations(),
        repositories: async (id) => (await load()).repositories(id),
    };
}

// EXTERNAL MODULE: ./src/redact.ts
var redact = __nccwpck_require__(6670);
;// CONCATENATED MODULE: ./src/app/deployment-context.ts


/** The name runs and logs give the event App mode decides on. */
const PROTECTION_RULE_EVENT = 'deployment_protection_rule';
/**
 * Policy files by commit, shared by every deployment of the process: a commit's files never
 * change, so the tip's policy is read through the API once per commit, not once per deployment.
 */
class PolicyFileCache {
    max;
    entries = new Map();
    constructor(max = 64) {
        this.max = max;
    }
    read(key, load) {
        const hit = this.entries.get(key);
        if (hit) {
            this.entries.delete(key);
            this.entries.set(key, hit);
            return hit;
        }
        const loaded = load();
        this.entries.set(key, loaded);
        loaded.catch(() => this.entries.delete(key));
        while (this.entries.size > this.max)
            this.entries.delete(this.entries.keys().next().value ?? '');
        return loaded;
    }
}
const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** The port with policy reads at a commit SHA served from `cache` (branch and tag names are always read). */
function withPolicyCache(port, cache) {
    const { owner, repo } = port.repository;
    return {
        ...port,
        readPolicyFilesAtRef: (ref, path) => FULL_SHA.test(ref)
            ? cache.read(`${owner}/${repo}@${ref}:${path}`, () => port.readPolicyFilesAtRef(ref, path))
            : port.readPolicyFilesAtRef(ref, path),
    };
}
function deploymentContext(p) {
    const { config, deployment: d } = p;
    return createContext({
        inputs: deploymentInputs(config, { environment: d.environment, githubToken: p.token }),
        run: {
            eventName: PROTECTION_RULE_EVENT,
            eventPath: '',
            repository: { owner: d.repository.owner, repo: d.repository.repo },
            sha: d.sha,
            ref: d.ref,
            actor: d.requester,
            triggeringActor: d.requester,
            runId: String(d.runId),
            runAttempt: String(d.runAttempt),
            serverUrl: config.github.serverUrl,
            apiUrl: config.github.apiUrl,
            graphqlUrl: config.github.graphqlUrl,
            workspace: '',
        },
        event: { kind: 'deployment', name: PROTECTION_RULE_EVENT, environment: d.environment, defaultBranch: d.defaultBranch },
        log: p.log,
        clock: p.clock,
        redactor: p.redactor,
        deadline: p.deadline,
        services: p.services,
    });
}

;// CONCATENATED MODULE: ./src/app/runtime.ts
// App mode's process-wide parts, built once from the settings: the App's own client (its JWT and
// installation tokens), the log, the redactor, the policy cache, and for each piece of work (one
// delivery, one repository of a sweep) a scope with a token limited to one repository, its own
// API deadline and its own redactor. Both hosts (node-host.ts, lambda.ts) and the sweep share it.







/** Log fields from payloads are data: one line, no control characters, bounded. */
function logSafe(text, max = 200) {
    const flat = text.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ');
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
/**
 * App mode reads no GitHub team: its installation token is limited to one repository and cannot
 * see an organisation's members, so an outage fallback that names `approverTeams` is an error
 * here (docs/app-mode.md, "Outage mode"), and the deployment is rejected, never approved.
 */
const noTeams = () => Promise.reject(new src_errors/* OncallGateError */.lN({
    kind: 'policy',
    message: 'An outage fallback names `approverTeams`, and App mode cannot read team membership (its installation token is limited to the repository)',
    fix: "For the environments the App gates, name the outage fallback's approvers by login (`approvers`), or gate those deployments with the action and its `github-teams-token` input.",
}));
function createAppRuntime(o) {
    const { config, clock } = o;
    const redactor = (0,redact/* createRedactor */.lY)(configSecrets(config));
    const line = (level) => (text) => o.write(redactor.redact(`${clock().toISOString()} ${level}${logSafe(text, 2000)}`));
    const log = {
        info: line(''),
        warning: line('warning: '),
        debug: o.debug ? line('debug: ') : () => undefined,
    };
    const authority = createAppAuthority({
        appId: config.appId,
        privateKey: config.privateKey,
        apiUrl: config.github.apiUrl,
        redactor,
        log: { info: log.debug, warning: log.warning, debug: log.debug, group: (_n, fn) => fn() },
        ...o.tuning?.appAuth,
    });
    // One redactor per installation token (each token is a secret of its own), kept while it is in use.
    const redactors = new Map();
    const redactorFor = (token) => {
        let r = redactors.get(token);
        if (!r) {
            r = (0,redact/* createRedactor */.lY)([...configSecrets(config), token]);
            redactors.set(token, r);
            if (redactors.size > 100)
                redactors.delete(redactors.keys().next().value ?? '');
        }
        return r;
    };
    const cache = new PolicyFileCache();
    const gateLog = (r) => {
        const at = (f) => (m) => f(r.redact(m));
        return { info: at(log.debug), warning: at(log.warning), debug: at(log.debug), group: (_n, fn) => fn() };
    };
    return {
        config,
        appId: Number(config.appId),
        clock,
        log,
        redactor,
        authority,
        async repository(installationId, repository) {
            const deadline = createApiDeadline(config.apiTimeoutSeconds * 1000);
            const expired = deadline.expired.then(() => Promise.reject(deadline.signal.reason));
            expired.catch(() => undefined);
            const within = (work) => Promise.race([work, expired]);
            try {
                const token = await within(authority.installationToken(installationId, repository.repo));
                const scoped = redactorFor(token);
                const logger = gateLog(scoped);
                const clients = createServices({
                    incidentio: config.incidentio,
                    github: { apiUrl: config.github.apiUrl, graphqlUrl: config.github.graphqlUrl, token, repository },
                    readOnly: false,
                    redactor: scoped,
                    deadline,
                    log: logger,
                    ...(o.tuning?.services ? { tuning: o.tuning.services } : {}),
                });
                const github = clients.github().then((p) => withPolicyCache(p, cache));
                const services = { github: () => github, githubTeams: noTeams, incidentio: clients.incidentio };
                const port = await github;
                return {
                    repository,
                    port,
                    redactor: scoped,
                    deadline,
                    context: (d) => deploymentContext({
                        config,
                        deployment: { ...d, repository },
                        token,
                        clock,
                        log: logger,
                        redactor: scoped,
                        deadline,
                        services,
                    }),
                    within,
                    dispose: () => deadline.dispose(),
                };
            }
            catch (error) {
                deadline.dispose();
                throw error;
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/decide/outage.ts
// When incident.io counts as unavailable, so that a policy's outage fallback (`whenUnavailable`,
// policies/README.md "Outage mode") may decide instead of its rules. Pure. Only failures nobody
// can cause on purpose count:
// - incident.io could not be reached (a network error or a timeout) after the bounded retries;
// - it answered 5xx after the bounded retries;
// - it did not answer within its part of the run's API time (`api-timeout`).
// Never a 429: anyone holding the key can exhaust its rate limit, and that must not unlock the
// fallback. Never a rejected key (401), a missing role (403), an unknown schedule (404), a 408 or
// a malformed answer either: those are configuration or proxy problems, and stay errors.

/** The outage `error` is, or undefined when it is any other failure (which stays an error). */
function asOutage(error, redact = (t) => t) {
    if (!(0,src_errors/* isServiceError */.gi)(error, 'incidentio', 'unavailable', 'deadline'))
        return undefined;
    const common = {
        message: redact(error.message),
        ...(error.fix ? { fix: redact(error.fix) } : {}),
        ...(error.call ? { call: error.call } : {}),
    };
    if (error.kind === 'deadline')
        return { kind: 'deadline', ...common };
    // No status: nothing answered (network error, timeout, no free connection slot).
    if (error.status === undefined)
        return { kind: 'unreachable', ...common };
    if (error.status >= 500 && error.status <= 599)
        return { kind: 'server-error', status: error.status, ...common };
    return undefined;
}

// EXTERNAL MODULE: ./src/decide/engine.ts
var engine = __nccwpck_require__(1780);
;// CONCATENATED MODULE: ./src/decide/select-gate-policies.ts
function selectGatePolicies(policies, wanted, policyPath) {
    const environment = wanted.environment.trim();
    const name = wanted.policy.trim();
    if (!environment && !name)
        return { kind: 'none' };
    const problems = [];
    const selected = new Set();
    if (environment) {
        // GitHub environment names are not case-sensitive ("Managing environments for deployment").
        const env = environment.toLowerCase();
        const byEnv = policies.filter((p) => (p.match.environments ?? []).some((e) => e.toLowerCase() === env));
        if (byEnv.length === 0) {
            const known = [...new Set(policies.flatMap((p) => p.match.environments ?? []))];
            problems.push(`No policy in ${policyPath}/ lists the environment "${environment}" under \`match.environments\`` +
                (known.length > 0 ? ` (environments with a policy: ${known.join(', ')})` : ' (no policy lists any environment)'));
        }
        byEnv.forEach((p) => selected.add(p));
    }
    if (name) {
        const byName = policies.find((p) => p.name.toLowerCase() === name.toLowerCase());
        if (!byName) {
            const known = policies.map((p) => p.name);
            problems.push(`No policy in ${policyPath}/ is named "${name}"` +
                (known.length > 0 ? ` (policies: ${known.join(', ')})` : ' (there are no policies)'));
        }
        else {
            selected.add(byName);
        }
    }
    if (problems.length > 0) {
        return {
            kind: 'unmatched',
            message: problems.join('; '),
            fix: 'Fix the `environment` / `policy` input of the oncall-gate step, or add a policy for it on the default branch. ' +
                'Leave both empty only for jobs that need no approval.',
        };
    }
    // Keep file order so summaries are stable.
    return { kind: 'matched', policies: policies.filter((p) => selected.has(p)) };
}
/**
 * The environment and policy a gate decides for: the inputs, and on a `deployment` or
 * `deployment_status` event the deployment's own environment when the `environment` input is
 * empty (a deploy job started by a deployment needs no input to be gated). The input always wins.
 */
function gateTarget(inputs, event) {
    const environment = inputs.environment.trim();
    const policy = inputs.policy.trim();
    if (environment)
        return { environment, policy, environmentFrom: 'input' };
    if (event.kind === 'deployment' && event.environment)
        return { environment: event.environment, policy, environmentFrom: 'deployment' };
    return { environment: '', policy, environmentFrom: 'none' };
}
/**
 * The warning for a gate that `command: auto` left open because nothing was named: what
 * happened, and exactly how to name a policy.
 */
function select_gate_policies_openGateWarning(eventName) {
    return (`\`command: auto\` ran \`gate\` for this ${eventName || 'unknown'} event, and the gate is open (not-required) because nothing was named: ` +
        'the `environment` and `policy` inputs are empty' +
        (eventName === 'deployment' || eventName === 'deployment_status' ? ' and the deployment has no environment' : '') +
        '. To gate this job, add `environment: <name>` to the oncall-gate step (the policies whose `match.environments` list that name apply) ' +
        'or `policy: <policy name>` (that one policy applies).');
}

// EXTERNAL MODULE: ./src/decide/review.ts
var review = __nccwpck_require__(226);
;// CONCATENATED MODULE: ./src/report/explain.ts
// The words for a decision: why each rule holds or not, why each policy ended as it did, what to
// do, and what could not be checked. The rule engine (src/decide/engine.ts) returns data only;
// every surface that shows a decision (the gate's step summary and failure, the request comment
// and check run, the CLI's `check`) words it here, in one of two styles: Markdown, with IDs,
// logins and emails as code spans, or plain text for a terminal. What differs between surfaces is
// a parameter (where a reason is given, "now" or the moment asked for), never a rewrite of text.


/**
 * Markdown: a code span per name. The names put in these spans (IDs, logins, emails, setting
 * names, branch and file names) never legitimately contain backticks, so they are dropped rather
 * than fenced, keeping each span short.
 */
const MARKDOWN = { code: (s) => `\`${s.replace(/`/g, '')}\``, strong: (s) => `**${s}**` };
/** Plain text for a terminal. */
const PLAIN = { code: (s) => s, strong: (s) => s };
/** RFC 3339 without milliseconds, as the `expires-at` output. */
const explain_rfc3339 = (d) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
const explain_short = (sha) => sha.slice(0, 12);
const capitalize = (s) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
const unique = (xs) => [...new Set(xs.filter((x) => !!x))];
function list(o, ids) {
    return ids.map((id) => o.style.code(id)).join(', ');
}
/** "now", or "at <time>" for a moment asked for. */
function when(d, o) {
    return o.asked ? `at ${explain_rfc3339(d.facts.at)}` : 'now';
}
/** The requester as a sentence names them: the deployer by login, a pull request's author as such. */
function who(d, o) {
    const login = o.style.code(d.requester.login);
    return d.subject === 'pull' ? `the author ${login}` : login;
}
// ---------------------------------------------------------------------------------------------
// Identity
function lookupNote(note, o) {
    const c = o.style.code;
    switch (note.kind) {
        case 'map-found':
            return `found in ${note.file}`;
        case 'map-no-entry':
            return `no entry for ${c(note.login)} under ${c('users:')} in ${note.file}`;
        case 'map-no-file':
            return `there is no identities file (${note.file})`;
        case 'no-token':
            return o.advice === 'cli' ? 'skipped: no GitHub token (GITHUB_TOKEN)' : `skipped: no GitHub token (input ${c('github-token')})`;
        case 'public-found':
            return 'public email on the GitHub profile';
        case 'public-none':
            return 'the GitHub profile shows no public email';
        case 'domain-forbidden': {
            const which = `a GitHub App token with Organization "Members: read" installed on ${c(note.org)}, ` +
                `or an organization owner's token with ${c('read:org')}`;
            return o.advice === 'cli'
                ? `the token cannot read verified-domain emails of the ${c(note.org)} organization: set GITHUB_TOKEN to a token that can (${which})`
                : `the token cannot read verified-domain emails of the ${c(note.org)} organization: pass ${c('github-token')} a token that can (${which}); ` +
                    'the default GITHUB_TOKEN has no organization permissions';
        }
        case 'domain-found':
            return `verified-domain email of the ${c(note.org)} organization`;
        case 'domain-none':
            return `no email on a verified domain of the ${c(note.org)} organization`;
    }
}
/** Why a login has no incident.io email: what each lookup found. */
function identityProblem(p, o) {
    const how = p.tried.length > 0 ? p.tried.map((t) => `${t.lookup}: ${lookupNote(t.note, o)}`).join('; ') : 'no lookups are configured';
    return `GitHub user ${o.style.code(p.login)} has no known incident.io email, so they are never on call (${how})`;
}
/** Where the login's email belongs. */
function identityFix(p, o) {
    const c = o.style.code;
    const entry = c(`${p.login}: <their incident.io email>`);
    if (!p.fileExists)
        return `Create ${p.file} on the default branch with ${c('version: 1')}, ${c('kind: identities')} and ${c('users:')} containing ${entry}.`;
    if (!p.mapLookup)
        return `Add ${c('map')} to ${c('lookup:')} in ${p.file} and add ${entry} under ${c('users:')}.`;
    return `Add ${entry} under ${c('users:')} in ${p.file} (on the default branch).`;
}
// ---------------------------------------------------------------------------------------------
// Reviews and deploy evidence
function notice(n, o) {
    const head = (0,review/* isCommitSha */._$)(n.headSha) ? o.style.code(explain_short(n.headSha)) : 'the head commit';
    return `could not learn who pushed ${head} (${n.why}); the other second-party rules applied`;
}
/** Why one reviewer's latest review counts or not. */
function reviewNote(n, o) {
    const c = o.style.code;
    const reviewer = c(n.review.login);
    switch (n.status) {
        case 'bot':
            return `${reviewer} is a bot; bots never count`;
        case 'author':
            return `${reviewer} is the author; authors never count as their own reviewer`;
        case 'outsider':
            return (`${reviewer} has no access to the repository (GitHub gives the review's author_association as ` +
                `${n.association ? c(n.association) : 'nothing'}; only OWNER, MEMBER and COLLABORATOR count)`);
        case 'dismissed':
            return `${reviewer}'s latest review was dismissed`;
        case 'stale-commit': {
            const of = n.review.commitId ? c(explain_short(n.review.commitId)) : 'a commit GitHub no longer has';
            const head = (0,review/* isCommitSha */._$)(n.headSha) ? `the current head ${c(explain_short(n.headSha))}` : 'a known head commit (GitHub gave none)';
            return `${reviewer} reviewed ${of}, not ${head}; a review counts only on the latest commit`;
        }
        case 'stale-base':
            return (`the base branch of this pull request was changed at ${explain_rfc3339(n.changedAt)} after ${reviewer} approved, ` +
                'so the approval was of another diff; an approval counts only when given after the last change of the base branch');
        case 'own-change':
            if (n.why === 'same-email') {
                const as = n.asAuthor ? `the author ${c(n.as)}` : c(n.as);
                return `${reviewer} has the same incident.io email as ${as}: one person under two logins is one party, and nobody approves their own change`;
            }
            return `${reviewer} ${n.why === 'pushed-head'
                ? `pushed the head commit${(0,review/* isCommitSha */._$)(n.headSha) ? ` ${c(explain_short(n.headSha))}` : ''}`
                : 'authored or committed a commit of this pull request'}; nobody approves their own change (allowOneParty is off)`;
        case 'unverified':
            return (`${reviewer}'s approval cannot count: GitHub lists at most ${n.commitsListed} commits of a pull request and this one may have more, ` +
                'so whether they wrote or committed one of the others is unknown (split the change into smaller pull requests)');
        case 'no-identity': {
            const add = n.identitiesFile
                ? ` (add ${c(`${n.review.login.trim().toLowerCase()}: <their incident.io email>`)} under ${c('users:')} in ${n.identitiesFile})`
                : '';
            return `${reviewer} has no known incident.io email, so they are never on call${add}`;
        }
        case 'not-on-call':
            return `${reviewer} was not on call for ${list(o, n.services)} at ${explain_rfc3339(n.at)}, when the review was submitted`;
        case 'not-approver': {
            const named = [...n.approvers.map(c), ...n.approverTeams.map((t) => `the team ${c(t)}`)];
            return `${reviewer} is not one of the people the policy names for an outage (${named.join(', ') || 'nobody'})`;
        }
        case 'vetoes':
            return (`${reviewer} requested changes ${qualified(n, o)}` +
                (n.review.dismissedVeto
                    ? '; the review was dismissed, which does not clear a change request (only a newer review by them or a new push does)'
                    : ''));
        case 'expired':
            return `${reviewer} approved at ${explain_rfc3339(n.at)} ${qualified(n, o)}, but that is older than the ${n.approver ? "fallback's" : "rule's"} duration`;
        case 'approves':
            return `${reviewer} approved at ${explain_rfc3339(n.at)} ${qualified(n, o)}`;
    }
}
/** "while on call for X", or why a named approver counts. */
function qualified(q, o) {
    if (q.approver === undefined)
        return `while on call for ${o.style.code(q.scheduleId)}`;
    return q.approver.via === 'team'
        ? `as a member of ${o.style.code(q.approver.team)}, which the outage fallback names`
        : 'as an approver the outage fallback names';
}
/** The people an outage fallback names: logins, then teams. */
function namedList(named, o) {
    return ([...named.logins.map((l) => o.style.code(l)), ...named.teams.map((t) => `the team ${o.style.code(t.team)}`)].join(', ') || 'nobody');
}
/** How an escalation rule fared on a pull request's reviews, with what could not be checked. */
function reviewResult(r, o) {
    const c = o.style.code;
    let text;
    if (r.result === 'denied' && r.veto) {
        text = r.veto.approver
            ? `${c(r.veto.login)} requested changes on the current head ${qualified(r.veto, o)}; their change request denies (deny wins)`
            : `${c(r.veto.login)} requested changes on the current head while on call for ${c(r.veto.scheduleId)}; a change request by an on-call person denies (deny wins)`;
        const vetoId = r.veto.reviewId;
        if (r.notes.some((n) => n.status === 'vetoes' && n.review.id === vetoId && n.review.dismissedVeto)) {
            text += `; the review was dismissed, which does not clear a change request (only a newer review by them or a new push does)`;
        }
    }
    else if (r.result === 'approved' && r.approval) {
        const a = r.approval;
        text = a.approver
            ? `approved by ${c(a.login)} at ${explain_rfc3339(a.at)} ${qualified(a, o)}`
            : a.via === 'one-party'
                ? `the author ${c(a.login)} was on call for ${c(a.scheduleId)} at ${explain_rfc3339(a.at)} (allowOneParty)`
                : `approved by ${c(a.login)}, on call for ${c(a.scheduleId)} at ${explain_rfc3339(a.at)}`;
    }
    else {
        const counted = r.notes.filter((n) => n.status !== 'bot');
        const why = counted.length > 0 ? ` (${counted.map((n) => reviewNote(n, o)).join('; ')})` : '';
        const from = r.named
            ? `one of the people the outage fallback names (${namedList(r.named, o)})`
            : `someone on call for ${list(o, r.services)}`;
        text = `no approval on the current head yet from ${from}${why}`;
    }
    return r.notices.length > 0 ? `${text} (${r.notices.map((n) => notice(n, o)).join('; ')})` : text;
}
function deployEvidenceReason(e, o) {
    const c = o.style.code;
    if (e.kind === 'no-merged-pull') {
        const into = e.defaultBranch ? c(e.defaultBranch) : 'the default branch';
        const elsewhere = e.foreign.length > 0
            ? ` (${e.foreign.map((p) => `#${p.number} was merged into ${c(p.baseRef)}`).join(', ')}; approvals on pull requests into another branch never count)`
            : '';
        if (e.partOf.length > 0) {
            // A commit along the way of a merged pull request: its approval covers the merge commit only.
            const parts = e.partOf.map((p) => p.mergeCommitSha
                ? `is part of pull request #${p.number} but is not its merge commit ${c(explain_short(p.mergeCommitSha))}`
                : `is part of pull request #${p.number}, for which GitHub names no merge commit`);
            const numbers = e.partOf.map((p) => `#${p.number}`).join(', ');
            return `the deployed commit ${c(explain_short(e.commitSha))} ${parts.join(', and ')}, so no approval of ${numbers} covers it${elsewhere}`;
        }
        return `the deployed commit ${c(explain_short(e.commitSha))} did not come from a pull request merged into ${into}${elsewhere}, so no review can approve it`;
    }
    const about = (pulls) => pulls.map((p) => `pull request #${p.number}: ${reviewResult(p.review, o)}`).join('; ');
    if (e.result === 'vetoed')
        return about(e.pulls.filter((p) => p.number === e.vetoedPull));
    if (e.result === 'waiting')
        return about(e.pulls.filter((p) => e.waitingPulls.includes(p.number)));
    return e.pulls.map((p) => `pull request #${p.number} ${reviewResult(p.review, o)}`).join('; ');
}
function deployEvidenceFix(e, o) {
    const services = list(o, e.services);
    if (e.kind === 'no-merged-pull') {
        const into = e.defaultBranch ? o.style.code(e.defaultBranch) : 'the default branch';
        const [only, ...more] = e.partOf;
        if (only) {
            const what = only.mergeCommitSha && more.length === 0
                ? `${o.style.code(explain_short(only.mergeCommitSha))} (what pull request #${only.number} produced on ${into}) or`
                : `the commit pull request${more.length > 0 ? 's' : ''} ${e.partOf.map((p) => `#${p.number}`).join(', ')} produced on ${into}, or`;
            return `Deploy ${what} a later merge into ${into}: an approval covers the commit a merge produced, not the commits along the way.`;
        }
        return (`Deploy a commit that was merged into ${into} through a pull request approved by a person on call for ${services} ` +
            '(direct pushes, and pull requests into other branches, cannot be approved by review).');
    }
    if (e.result === 'vetoed')
        return `The change was rejected by an on-call reviewer; it needs a new pull request approved by a person on call for ${services}.`;
    if (e.result === 'waiting') {
        return (`A person on call for ${services} approves ${e.waitingPulls.map((n) => `#${n}`).join(', ')} ` +
            `on ${e.waitingPulls.length === 1 ? 'its' : 'their'} final commit (an approval older than the rule's duration no longer counts), ` +
            (o.advice === 'app' ? 'and the App then approves the waiting deployment.' : 'then re-run this job.'));
    }
    return undefined;
}
// ---------------------------------------------------------------------------------------------
// Rules, policies, decisions
/** `p` is set whenever a rule's status is reason-missing; without it the reason counts as missing. */
function reasonProblem(p = { kind: 'missing' }, d, o) {
    const line = o.style.code('Reason:');
    if (p.kind === 'missing') {
        return d.subject === 'pull'
            ? `this rule requires a reason and the pull request description has no ${line} line`
            : 'this rule requires a reason and none was given';
    }
    const given = d.subject === 'pull' ? `the ${line} line has` : 'the one given has';
    return `this rule requires a reason of at least ${p.min} non-space characters and ${given} ${p.length}`;
}
/** An outage fallback's reason problem: the reason its policy's rules require, in the words of a rule's. */
function fallbackReasonProblem(p = { kind: 'missing' }, d, o) {
    const line = o.style.code('Reason:');
    const why = `a rule of this policy sets ${o.style.code('requireReason')}, so the fallback`;
    if (p.kind === 'missing') {
        return d.subject === 'pull'
            ? `${why} requires a reason too, and the pull request description has no ${line} line`
            : `${why} requires a reason too, and none was given`;
    }
    const given = d.subject === 'pull' ? `the ${line} line has` : 'the one given has';
    return `${why} requires a reason of at least ${p.min} non-space characters too, and ${given} ${p.length}`;
}
function reasonFix(d, o) {
    const c = o.style.code;
    if (d.subject === 'pull') {
        return (`Add a line ${c('Reason: <why this change is needed>')} (at least ${engine/* MIN_REASON_CHARS */.C9} non-space characters) ` +
            'to the pull request description; editing the description re-runs the request.');
    }
    if (o.advice === 'cli') {
        return `Give a reason of at least ${engine/* MIN_REASON_CHARS */.C9} non-space characters with --reason "..." (in a workflow: the ${c('reason')} input of the oncall-gate step).`;
    }
    if (o.advice === 'app') {
        return (`A deployment request carries no reason, so the App cannot meet ${c('requireReason')}: remove it from the policies of the environments ` +
            `the App gates, or gate those deployments with the action and its ${c('reason')} input.`);
    }
    return (`Give a reason of at least ${engine/* MIN_REASON_CHARS */.C9} characters in the ${c('reason')} input of the oncall-gate step ` +
        `(for example ${c('reason: ${{ inputs.reason }}')} with a ${c('workflow_dispatch')} input), then re-run.`);
}
/** Where a user reads about the escalation flow. */
const ESCALATION_DOCS = 'the "Escalation" section of the oncall-gate README';
/** An ID with its name from incident.io when known: `Primary` (`01H...`). */
function named(o, id, name) {
    return name ? `${o.style.code(name)} (${o.style.code(id)})` : o.style.code(id);
}
/** Where an on-call entry sits, as a phrase: "on rotation X, layer Y", or that the entry names neither. */
function placement(p, o) {
    if (p.rotationId === undefined && p.layerId === undefined)
        return 'on an entry that names no rotation or layer (an override may not)';
    const parts = [];
    if (p.rotationId !== undefined)
        parts.push(`rotation ${named(o, p.rotationId, p.rotationName)}`);
    if (p.layerId !== undefined)
        parts.push(`layer ${named(o, p.layerId, p.layerName)}`);
    return `on ${parts.join(', ')}`;
}
/** A rotation and layer in a table cell: their names when known, else their IDs ("Primary, Layer 1"). */
function explain_placementLabel(p, o) {
    const one = (id, name) => id === undefined ? undefined : name ? o.style.code(name) : o.style.code(id);
    return [one(p.rotationId, p.rotationName), one(p.layerId, p.layerName)].filter(Boolean).join(', ');
}
/** Why one rule holds or not. */
function explain_ruleReason(rule, d, o) {
    const c = o.style.code;
    if (rule.type === 'deny')
        return rule.text;
    if (rule.type === 'auto') {
        const also = rule.reasonProblem ? ` (also, ${reasonProblem(rule.reasonProblem, d, o)})` : '';
        switch (rule.status) {
            case 'no-schedules':
                return `this auto rule has no schedules: it names none and the integration settings have no ${c('autoApproval.schedules')}, so it approves nobody`;
            case 'no-identity':
                return ((d.requester.identityProblem ? identityProblem(d.requester.identityProblem, o) : `${who(d, o)} has no known incident.io email`) +
                    also);
            case 'not-on-call': {
                // Comments, check runs, step summaries and App answers are public to whoever can read the
                // repository or the run: people are named by login only, never by their incident.io email.
                return `${who(d, o)} is not on call ${when(d, o)} for ${list(o, rule.schedules)}${also}`;
            }
            case 'out-of-scope': {
                const person = d.subject === 'pull' ? who(d, o) : c(d.requester.login);
                const places = rule.outOfScope ?? [];
                const where = places.map((p) => placement(p, o)).join('; ');
                const unnamed = places.some((p) => p.rotationId === undefined && p.layerId === undefined)
                    ? ' (an entry without a rotation and layer never counts for a scoped schedule)'
                    : '';
                return `${person} is on call ${when(d, o)} for ${list(o, unique(places.map((p) => p.scheduleId)))}, but only ${where}, which this rule's ${c('scope')} does not count${unnamed}${also}`;
            }
            case 'reason-missing':
                return `${who(d, o)} is on call, but ${reasonProblem(rule.reasonProblem, d, o)}`;
            case 'on-call':
                return `${who(d, o)} is on call ${when(d, o)} for ${list(o, rule.onCallFor ?? [])}`;
            case 'unavailable':
                return `not evaluated: incident.io is unavailable, so who is on call for ${list(o, rule.schedules)} is unknown`;
        }
    }
    const prefix = 'escalation: ';
    if (rule.status === 'unavailable')
        return `${prefix}not evaluated: incident.io is unavailable, so who is on call for ${list(o, rule.schedules)} is unknown`;
    if (rule.status === 'reason-missing')
        return prefix + reasonProblem(rule.reasonProblem, d, o);
    if (!rule.evidence)
        return `${prefix}no approval yet from someone on call for ${list(o, rule.schedules)}`;
    return (prefix + (rule.evidence.subject === 'pull' ? reviewResult(rule.evidence.review, o) : deployEvidenceReason(rule.evidence.deploy, o)));
}
/** What to do to make a rule hold (undefined when it holds or nothing helps, e.g. a deny rule). */
function ruleFix(rule, d, o) {
    const c = o.style.code;
    // Outage mode: the policy's fallback says what to do.
    if (rule.holds || rule.type === 'deny' || rule.status === 'unavailable')
        return undefined;
    if (rule.type === 'auto') {
        switch (rule.status) {
            case 'no-schedules':
                return `Add ${c('schedules:')} to the rule, or ${c('autoApproval.schedules')} to the incident.io integration file, with incident.io schedule IDs.`;
            case 'no-identity':
                return d.requester.identityProblem ? identityFix(d.requester.identityProblem, o) : undefined;
            case 'not-on-call':
                // A pull request's author cannot hand it to someone else; its escalation says whom to ask.
                return d.subject === 'pull'
                    ? undefined
                    : `Ask a person who is on call ${when(d, o)} for one of these schedules to run it, or get an override in incident.io.`;
            case 'out-of-scope':
                return d.subject === 'pull'
                    ? undefined
                    : `Ask a person who is on call ${when(d, o)} on a rotation or layer the rule's ${c('scope')} counts to run it (${c('oncall-gate who <schedule ID>')} shows who is on which).`;
            default:
                return reasonFix(d, o);
        }
    }
    const services = list(o, rule.schedules);
    if (rule.status === 'reason-missing')
        return reasonFix(d, o);
    if (!rule.evidence)
        return `Deploy through a pull request approved by a person on call for ${services} (the escalation flow, see ${ESCALATION_DOCS}).`;
    if (rule.evidence.subject === 'run')
        return deployEvidenceFix(rule.evidence.deploy, o);
    return rule.status === 'vetoed'
        ? 'Address the requested changes and push; the on-call reviewer then approves the new head.'
        : `A person on call for ${services} approves this pull request on its latest commit.`;
}
// ---------------------------------------------------------------------------------------------
// Outage mode
/** The people a fallback names, as a phrase. */
function fallbackNamed(f, o) {
    return namedList({ logins: f.approvers, teams: f.approverTeams.map((team) => ({ team })) }, o);
}
/** What incident.io's outage was, in a few words. */
function outageCause(cause) {
    const call = cause.call ? ` on ${cause.call}` : '';
    switch (cause.kind) {
        case 'unreachable':
            return `incident.io could not be reached${call}, after the retries`;
        case 'server-error':
            return `incident.io failed with ${cause.status ?? '5xx'}${call}, after the retries`;
        case 'deadline':
            return `incident.io did not answer within the run's API time${call}`;
        case 'assumed':
            return 'incident.io is assumed unavailable (a preview: it was not asked)';
    }
}
/**
 * The line every surface leads with when outage mode decided: what happened, and that the
 * policies' reviewed fallbacks (or, for an error, their absence) decided instead of on-call.
 */
function explain_outageBanner(d, o) {
    if (!d.degraded)
        return undefined;
    const why = outageCause(d.degraded.cause);
    if (d.result === 'error')
        return `OUTAGE MODE: ${why}; not every matched policy names an outage fallback, so nothing was decided.`;
    return (`OUTAGE MODE decided this (degraded): ${why}, so nobody's on-call state could be read, and the ` +
        `${o.style.code('whenUnavailable')} fallback of ${list(o, d.policies)} applied instead: an approving pull request review by a person the policy names` +
        (d.verdicts.some((v) => v.fallback?.requireReason) ? ", and the reason the policy's rules require." : '.'));
}
/** How a policy's outage fallback fared. */
function explain_fallbackReason(f, o, d) {
    const prefix = 'outage fallback: ';
    if (f.status === 'reason-missing') {
        return prefix + fallbackReasonProblem(f.reasonProblem, d, o);
    }
    if (f.status === 'unread' || !f.evidence)
        return `${prefix}no review was read, so no approval by ${fallbackNamed(f, o)} is known`;
    return prefix + (f.evidence.subject === 'pull' ? reviewResult(f.evidence.review, o) : deployEvidenceReason(f.evidence.deploy, o));
}
/** What to do while the fallback waits (or after it was vetoed, or when its reason is missing). */
function fallbackFix(f, o, d) {
    if (f.status === 'approved')
        return undefined;
    if (f.status === 'reason-missing')
        return reasonFix(d, o);
    const who = fallbackNamed(f, o);
    // No review was read (the CLI's check reads none): what the gate would need.
    if (f.status === 'unread' && d.subject === 'run')
        return `While incident.io is unavailable, deploy a commit merged into the default branch through a pull request that a person the outage fallback names (${who}) approved on its final commit, within the fallback's duration; or wait until incident.io is back.`;
    if (f.evidence?.subject === 'run' && f.evidence.deploy.kind === 'no-merged-pull') {
        const e = f.evidence.deploy;
        const into = e.defaultBranch ? o.style.code(e.defaultBranch) : 'the default branch';
        return `While incident.io is unavailable, deploy a commit that was merged into ${into} through a pull request approved by a person the outage fallback names (${who}).`;
    }
    if (f.status === 'vetoed')
        return `The change was rejected by a person the outage fallback names; it needs a new commit and an approval of it by a person the fallback names (${who}).`;
    if (f.evidence?.subject === 'run' && f.evidence.deploy.kind === 'pulls') {
        const waiting = f.evidence.deploy.waitingPulls.map((n) => `#${n}`).join(', ');
        const then = o.advice === 'app' ? 'and the App then approves the waiting deployment' : 'then re-run this job';
        return `A person the outage fallback names (${who}) approves ${waiting} on its final commit (an approval older than the fallback's duration no longer counts), ${then}; or wait until incident.io is back.`;
    }
    return `A person the outage fallback names (${who}) approves this pull request on its latest commit; or wait until incident.io is back and re-run.`;
}
/** A draft pull request: what the check and the comment say, and how to move on. */
function draftReason() {
    return 'the pull request is a draft: waiting for ready for review (a draft never pages the on-call team)';
}
function draftFix(o) {
    return `Mark the pull request ${o.style.strong('Ready for review')}; the request then runs again (the ${o.style.code('ready_for_review')} event) and pages the on-call team if needed.`;
}
/** Why a policy ended as it did, in one sentence (without the policy's name). */
function policyReason(v, d, o) {
    const decided = (0,engine/* decidingRule */.aY)(v);
    switch (v.decidedBy.kind) {
        case 'deny-rule':
            return `denied by policy: ${decided?.type === 'deny' ? decided.text : ''}`;
        case 'no-rules':
            return 'the policy has no approval rules, so it approves nobody';
        case 'draft':
            return draftReason();
        case 'rule':
            if (decided)
                return explain_ruleReason(decided, d, o);
            return unheldReasons(v, d, o);
        case 'fallback':
            return v.fallback ? explain_fallbackReason(v.fallback, o, d) : 'the outage fallback decided';
        default:
            return unheldReasons(v, d, o);
    }
}
/** The rules that did not hold, each with its reason. */
function unheldReasons(v, d, o) {
    return v.rules
        .filter((r) => !r.holds)
        .map((r) => explain_ruleReason(r, d, o))
        .join('; ');
}
/** The policies a denial or a wait is explained by: deny rules first (they win), then denied policies, then pending ones. */
function shownPolicies(d) {
    const byDeny = d.verdicts.filter((v) => v.decidedBy.kind === 'deny-rule');
    if (byDeny.length > 0)
        return { shown: byDeny, byDeny: true };
    const denied = d.verdicts.filter((v) => v.result === 'denied');
    return { shown: denied.length > 0 ? denied : d.verdicts.filter((v) => v.result === 'pending'), byDeny: false };
}
/** Why the decision is not an approval, one sentence per policy (none when approved or not required). */
function explain_decisionReasons(d, o) {
    if (d.result === 'error')
        return d.error ? [d.error.message] : [];
    if (d.result === 'approved' || d.result === 'not-required')
        return [];
    if (d.facts.draft)
        return [`${capitalize(draftReason())}.`];
    return shownPolicies(d).shown.map((v) => `Policy ${o.style.code(v.policy)}: ${policyReason(v, d, o)}.`);
}
/** What to do, once each (none when a deny rule decided: nothing helps). */
function explain_decisionFixes(d, o) {
    if (d.result === 'error')
        return d.error?.fix ? [d.error.fix] : [];
    if (d.result === 'approved' || d.result === 'not-required')
        return [];
    if (d.facts.draft)
        return [draftFix(o)];
    const { shown, byDeny } = shownPolicies(d);
    if (byDeny)
        return [];
    if (d.degraded)
        return unique(shown.map((v) => (v.fallback ? fallbackFix(v.fallback, o, d) : undefined)));
    return unique(shown.flatMap((v) => v.rules.map((r) => ruleFix(r, d, o))));
}
/**
 * What the evaluation could not check (e.g. who pushed a head commit), one sentence each, leaving
 * out what a reason already says.
 */
function decisionNotices(d, o) {
    const all = unique(d.verdicts.flatMap((v) => [
        ...v.rules.flatMap((r) => (r.type === 'escalation' && r.evidence ? [r.evidence] : [])),
        ...(v.fallback?.evidence ? [v.fallback.evidence] : []),
    ].flatMap((e) => {
        const reviews = e.subject === 'pull' ? [e.review] : e.deploy.kind === 'pulls' ? e.deploy.pulls.map((p) => p.review) : [];
        return reviews.flatMap((rv) => rv.notices.map((n) => notice(n, o)));
    })));
    const reasons = explain_decisionReasons(d, o);
    return all.filter((n) => !reasons.some((r) => r.includes(n))).map((n) => `${capitalize(n)}.`);
}
/** Every reviewer's latest review across the escalation rules (and outage fallbacks), once each, with its outcome. */
function reviewNotes(d) {
    const seen = new Set();
    const notes = [];
    for (const v of d.verdicts) {
        const evidence = [
            ...v.rules.flatMap((r) => (r.type === 'escalation' && r.evidence ? [r.evidence] : [])),
            ...(v.fallback?.evidence ? [v.fallback.evidence] : []),
        ];
        for (const e of evidence) {
            if (e.subject !== 'pull')
                continue;
            for (const n of e.review.notes) {
                const key = `${n.review.id}:${n.status}`;
                if (!seen.has(key)) {
                    seen.add(key);
                    notes.push(n);
                }
            }
        }
    }
    return notes;
}
/** Why a policy matched a pull request. */
function matchedBy(why, o) {
    const c = o.style.code;
    const parts = [`base branch ${c(why.baseRef)}`];
    if (why.file !== undefined)
        parts.push(`changed file ${c(why.file)}`);
    else if (why.filesTruncated)
        parts.push("more than 3000 changed files (paths past GitHub's cap are unknown, so the policy applies)");
    if (why.label !== undefined)
        parts.push(`label ${c(why.label)}`);
    return parts.join(', ');
}

;// CONCATENATED MODULE: ./src/report/render-diagnostics.ts

const TITLES = {
    'yaml-syntax': 'policy YAML syntax',
    schema: 'policy schema',
};
function diagnosticTitle(d) {
    return TITLES[d.code] ?? `policy ${d.code.replace(/-/g, ' ')}`;
}
function render_diagnostics_diagnosticsToAnnotations(diagnostics) {
    return diagnostics.map((d) => ({
        level: d.severity,
        title: diagnosticTitle(d),
        file: d.file,
        line: d.line,
        column: d.column,
        message: `${d.message}. Fix: ${d.fix}`,
    }));
}
function formatDiagnosticLine(d) {
    const tag = d.severity === 'warning' ? 'warning: ' : '';
    return `${d.file}:${d.line}:${d.column}: ${tag}${d.message} (${d.fix})`;
}
function countBySeverity(diagnostics) {
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    return { errors, warnings: diagnostics.length - errors };
}
function totalsLine(files, diagnostics) {
    const { errors, warnings } = countBySeverity(diagnostics);
    const plural = (n, w) => `${n} ${w}${n === 1 ? '' : 's'}`;
    return `${plural(files, 'file')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.`;
}
function render_diagnostics_renderDiagnosticsTable(diagnostics) {
    if (diagnostics.length === 0)
        return '';
    return table(['', 'Where', 'Problem', 'Fix'], diagnostics.map((d) => [
        d.severity === 'error' ? '❌ error' : '⚠️ warning',
        code(`${d.file}:${d.line}:${d.column}`),
        messageMarkdown(d.message),
        messageMarkdown(d.fix),
    ]));
}

;// CONCATENATED MODULE: ./src/report/render-on-call-timeline.ts



/** Rows shown before the rest is summed up in one line; a handful of handovers fit many times. */
const MAX_TIMELINE_ROWS = 24;
const HOUR_MS = (/* unused pure expression or super */ null && (60 * 60_000));
function hours(ms) {
    const h = Math.round((ms / HOUR_MS) * 10) / 10;
    return `${h} hour${h === 1 ? '' : 's'}`;
}
/** Who covers `t` on one schedule, one entry per person, in a stable order. */
function coverAt(shifts, t) {
    const byEmail = new Map();
    for (const s of shifts) {
        if (s.startAt.getTime() <= t && t < s.endAt.getTime() && !byEmail.has(s.email))
            byEmail.set(s.email, s);
    }
    return [...byEmail.values()].sort((a, b) => (a.email < b.email ? -1 : a.email > b.email ? 1 : 0));
}
function person(s, t) {
    const login = t.logins.get(s.email.toLowerCase());
    // Public like the rest of the summary: a name, or the incident.io user ID, never the email.
    const name = markdownName(s.name, s.userId);
    return login ? `${name} ([${code(login)}](${t.serverUrl}/${encodeURIComponent(login)}))` : name;
}
/**
 * The timeline as Markdown: a heading line and a table, or '' when there is nothing to show (no
 * schedules). A blank cell means no change on that schedule at that moment.
 */
function render_on_call_timeline_renderOnCallTimeline(t) {
    const ids = [...new Set(t.scheduleIds)];
    const from = t.from.getTime();
    const to = t.to.getTime();
    if (ids.length === 0 || to <= from)
        return '';
    const expires = t.expiresAt?.getTime();
    // Every moment in the view at which some schedule's cover may change, and the expiry.
    const moments = new Set([from]);
    for (const id of ids) {
        for (const s of t.shifts.get(id) ?? []) {
            for (const m of [s.startAt.getTime(), s.endAt.getTime()])
                if (m > from && m < to)
                    moments.add(m);
        }
    }
    if (expires !== undefined && expires > from && expires < to)
        moments.add(expires);
    const rows = [];
    let expiryRow;
    const previous = new Map();
    for (const m of [...moments].sort((a, b) => a - b)) {
        const cells = ids.map((id) => {
            const cover = coverAt(t.shifts.get(id) ?? [], m);
            const key = cover.map((s) => s.email).join('\n');
            const changed = m === from || previous.get(id) !== key;
            previous.set(id, key);
            if (!changed)
                return '';
            return cover.length === 0 ? '_nobody_' : cover.map((s) => person(s, t)).join('<br>');
        });
        const isExpiry = m === expires;
        if (m !== from && !isExpiry && cells.every((c) => c === ''))
            continue;
        const when = m === from ? `now, ${rfc3339(new Date(m))}` : rfc3339(new Date(m));
        if (isExpiry)
            expiryRow = rows.length;
        rows.push([isExpiry ? `${when}<br>⏱ **approval expires**` : when, ...cells]);
    }
    const shown = rows.slice(0, MAX_TIMELINE_ROWS);
    const out = [
        `**On call over the next ${hours(to - from)}** (until ${rfc3339(t.to)}; a blank cell: no change)`,
        '',
        table(['Time (UTC)', ...ids.map((id) => code(id))], shown),
    ];
    if (rows.length > shown.length)
        out.push('', `_…and ${rows.length - shown.length} more changes before ${rfc3339(t.to)}._`);
    if (expires !== undefined && (expiryRow === undefined || expiryRow >= shown.length)) {
        out.push('', `The approval expires at ${rfc3339(new Date(expires))}${expires >= to ? ', after this view' : ''}.`);
    }
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/report/render-gate-summary.ts








const HEADINGS = {
    approved: '✅ oncall-gate: approved',
    denied: '❌ oncall-gate: denied',
    pending: '⏳ oncall-gate: pending approval',
    'not-required': '➖ oncall-gate: no approval required',
    error: '⛔ oncall-gate: error (the job is not allowed to run)',
};
const MD = { style: MARKDOWN, advice: 'action' };
function incidentLine(i) {
    const policy = `Policy ${code(i.policy)}: `;
    if (i.kind === 'paged') {
        const link = i.url ? `[${escapeMarkdown(i.reference)}](${i.url})` : escapeMarkdown(i.reference);
        return `${policy}the on-call team was paged through the escalation incident ${link}.`;
    }
    return i.reference
        ? `${policy}a dry run writes nothing (the escalation incident of this run is ${escapeMarkdown(i.reference)}).`
        : `${policy}a dry run opens no escalation incident (it would open one for ${code(i.requestKey)}).`;
}
/** Why the gate did not approve (the decision's reasons, then what it did about escalations). */
function gateReasons(decision, incidents = []) {
    return [...decisionReasons(decision, MD), ...incidents.map(incidentLine)];
}
/** Joins messages into sentences, each ending with a period. */
const sentences = (parts) => parts.map((p) => (/[.!?]$/.test(p.trim()) ? p.trim() : `${p.trim()}.`)).join(' ');
/** The step's failure message, or undefined when the step passes. */
function gateFailure(decision, failOnDeny, incidents = []) {
    const reasons = gateReasons(decision, incidents);
    const fixes = decisionFixes(decision, MD);
    switch (decision.result) {
        case 'approved':
        case 'not-required':
            return undefined;
        case 'error':
            return `oncall-gate could not decide, so the job may not run: ${sentences(reasons)}${fixes.length ? ` Fix: ${sentences(fixes)}` : ''}`;
        default:
            if (!failOnDeny)
                return undefined;
            return `oncall-gate ${decision.result}: ${sentences(reasons)}${fixes.length ? ` What to do: ${sentences(fixes)}` : ''}`;
    }
}
/** One log line: the result, its expiry and why. */
function render_gate_summary_gateLogLine(decision, incidents = []) {
    const reasons = gateReasons(decision, incidents);
    return `Decision: ${decision.result}${decision.expiresAt ? ` until ${rfc3339(decision.expiresAt)}` : ''}${reasons.length ? `: ${reasons.join(' ')}` : '.'}`;
}
function loginLink(login, serverUrl) {
    return `[${code(login)}](${serverUrl}/${encodeURIComponent(login)})`;
}
function renderOnCall(schedules, serverUrl) {
    // The rotation and layer of each person, when incident.io's entries say (names when they were read).
    const placed = schedules.some((s) => s.people.some((p) => p.placements.length > 0));
    const rows = schedules.map((s) => {
        if (s.people.length === 0)
            return [code(s.scheduleId), 'nobody', '', '', ...(placed ? [''] : [])];
        // A step summary is public to whoever can read the run: names and logins, never emails.
        const names = s.people.map((p) => markdownName(p.name, p.userId)).join('<br>');
        const logins = s.people.map((p) => (p.login ? loginLink(p.login, serverUrl) : '_not in the identities map_')).join('<br>');
        const until = s.people.map((p) => rfc3339(p.endAt)).join('<br>');
        const where = s.people.map((p) => p.placements.map((x) => placementLabel(x, MD)).join('; ') || '_none given_').join('<br>');
        return [code(s.scheduleId), names, logins, until, ...(placed ? [where] : [])];
    });
    return table(['Schedule', 'On call now', 'GitHub', 'Shift ends', ...(placed ? ['Rotation, layer'] : [])], rows);
}
/** The heading: in outage mode it says so before anything else. */
function heading(decision) {
    return decision.degraded ? `⚠️ OUTAGE MODE (degraded): ${HEADINGS[decision.result]}` : HEADINGS[decision.result];
}
function renderGateSummary(decision, ctx) {
    const out = [`### ${heading(decision)}`, ''];
    const banner = outageBanner(decision, MD);
    if (banner)
        out.push(`> **${banner}**`, '');
    if (ctx.dryRun)
        out.push('_Dry run: nothing was written anywhere; the decision is what a real run would make._', '');
    const who = decision.requester;
    // Whether the requester's email was found, and how; never the email itself (the summary is public).
    const email = who.emails.length > 0
        ? `incident.io email found${who.emailSource ? ` (from ${who.emailSource})` : ''}`
        : decision.result === 'error'
            ? '_email not looked up (the decision stopped earlier)_'
            : '_no known incident.io email_';
    const facts = [['Requester', `${loginLink(who.login, ctx.serverUrl)}: ${email}`]];
    if (ctx.actor && ctx.actor.toLowerCase() !== ctx.triggeringActor.toLowerCase()) {
        facts.push([
            'Run',
            `started by ${loginLink(ctx.actor, ctx.serverUrl)}, re-run by ${loginLink(ctx.triggeringActor, ctx.serverUrl)} (the re-runner must be on call)`,
        ]);
    }
    if (ctx.environment)
        facts.push(['Environment', `${code(ctx.environment)}${ctx.environmentFrom ? ` (from ${ctx.environmentFrom})` : ''}`]);
    if (ctx.policyInput)
        facts.push(['Policy input', code(ctx.policyInput)]);
    facts.push([
        'Policies',
        decision.verdicts.length > 0
            ? decision.verdicts.map((v) => `${code(v.policy)} (${code(`${v.at.file}:${v.at.line}`)}): **${v.result}**`).join('<br>')
            : decision.policies.length > 0
                ? decision.policies.map(code).join(', ')
                : 'none matched',
    ]);
    if (ctx.policySource)
        facts.push(['Policy read from', escapeMarkdown(ctx.policySource)]);
    if (decision.approved) {
        // Through the escalation evidence, one login per merged PR, comma-separated.
        const approvers = (decision.approvedBy ?? '').split(',').filter(Boolean);
        facts.push([
            'Approved by',
            decision.approvedBy === 'auto' ? 'auto (on call now)' : approvers.map((l) => loginLink(l, ctx.serverUrl)).join(', '),
        ]);
        if (decision.expiresAt)
            facts.push(['Approval expires', rfc3339(decision.expiresAt)]);
    }
    if (decision.degraded) {
        facts.push(['On call', '_unknown: incident.io was unavailable_']);
    }
    else if (decision.result !== 'error' && decision.result !== 'not-required') {
        facts.push([
            'On call',
            decision.onCall ? `yes, for ${decision.onCallSchedules.map(code).join(', ')}` : 'no, for none of the schedules below',
        ]);
    }
    out.push(table(['', ''], facts), '');
    if (decision.result === 'not-required') {
        out.push('Neither the `environment` nor the `policy` input names a policy, so this job needs no approval.', '');
    }
    const reasons = gateReasons(decision, ctx.incidents);
    if (reasons.length > 0) {
        out.push(decision.result === 'error' ? '**What went wrong**' : '**Why**', '');
        for (const r of reasons)
            out.push(`- ${r}`);
        out.push('');
    }
    const fixes = decisionFixes(decision, MD);
    if (fixes.length > 0) {
        out.push('**What to do**', '');
        for (const f of fixes)
            out.push(`- ${f}`);
        out.push('');
    }
    if ((decision.result === 'denied' || decision.result === 'pending') && !ctx.failOnDeny) {
        out.push('_`fail-on-deny: false`: the step passes, with the output `approved=false`._', '');
    }
    const ruleLines = decision.verdicts.flatMap((v) => v.rules.map((r) => `- ${code(v.policy)} rule ${r.index + 1} (${r.type}, ${code(`${r.at.file}:${r.at.line}`)}): ` +
        `${r.type === 'deny' ? 'denies' : r.holds ? 'holds' : 'does not hold'}: ${ruleReason(r, decision, MD)}` +
        (r.expiresAt ? ` (until ${rfc3339(r.expiresAt)})` : '')));
    const fallbackLines = decision.verdicts.flatMap((v) => v.fallback
        ? [
            `- ${code(v.policy)} outage fallback (${code('whenUnavailable')}, ${code(`${v.fallback.at.file}:${v.fallback.at.line}`)}): ` +
                `${v.fallback.status}: ${fallbackReason(v.fallback, MD, decision)}` +
                (v.fallback.expiresAt ? ` (until ${rfc3339(v.fallback.expiresAt)})` : ''),
        ]
        : []);
    if (ruleLines.length + fallbackLines.length > 0) {
        out.push('<details><summary>Rules checked</summary>', '', ...ruleLines, ...fallbackLines, '', '</details>', '');
    }
    if (decision.facts.schedules.length > 0) {
        out.push(`**On call now** (${rfc3339(decision.facts.at)})`, '', renderOnCall(decision.facts.schedules, ctx.serverUrl), '');
        const timeline = ctx.outlook
            ? renderOnCallTimeline({
                ...ctx.outlook,
                scheduleIds: decision.facts.schedules.map((s) => s.scheduleId),
                serverUrl: ctx.serverUrl,
                ...(decision.approved && decision.expiresAt ? { expiresAt: decision.expiresAt } : {}),
            })
            : '';
        if (timeline)
            out.push(timeline, '');
    }
    if (ctx.diagnostics && ctx.diagnostics.length > 0) {
        out.push('**Policy problems**', '', renderDiagnosticsTable(ctx.diagnostics), '');
    }
    return out.join('\n');
}
/** The gate's outputs, summary, annotations and (unless the step passes) failure. */
function render_gate_summary_gateResult(decision, c) {
    const annotations = diagnosticsToAnnotations(c.diagnostics ?? []);
    const incidents = c.incidents ?? [];
    if (c.notice) {
        annotations.push({ level: 'notice', ...c.notice });
    }
    else if (decision.result === 'not-required' && c.auto && !c.environment && !c.policyInput) {
        // `auto` picked the gate for this event; an open gate must not pass silently.
        annotations.push({ level: 'warning', title: 'oncall-gate: the gate is open', message: openGateWarning(c.eventName) });
    }
    const banner = outageBanner(decision, MD);
    if (banner)
        annotations.push({ level: 'warning', title: 'oncall-gate: OUTAGE MODE decided', message: c.redact(banner) });
    const failure = gateFailure(decision, c.failOnDeny, incidents);
    if (!failure && (decision.result === 'denied' || decision.result === 'pending')) {
        // fail-on-deny: false passes the step; the denial still shows in the run's annotations.
        annotations.push({
            level: 'warning',
            title: `oncall-gate ${decision.result}`,
            message: c.redact(gateReasons(decision, incidents).join(' ')),
        });
    }
    return {
        outputs: { ...gateOutputs(decision), ...c.incidentOutputs },
        summary: c.redact(renderGateSummary(decision, c)),
        annotations,
        ...(failure ? { failure: c.redact(failure) } : {}),
    };
}

// EXTERNAL MODULE: ./src/identity/resolve-identity.ts
var resolve_identity = __nccwpck_require__(8785);
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/git/object-store.ts
// Reads objects from a repository's git object database through one long-lived
// `git cat-file --batch-command` process, and checks every object against its name: the object
// ID is the hash of the object's type, size and content, so an object read here is exactly the
// committed content, whatever a working tree, an index or a replaced object file holds.
//
// Why a git process and not a library: reading packfiles (delta chains, pack indexes, two object
// formats) is most of a git implementation; the git on the runner does it, and one process
// answers every read of a policy folder. Why check hashes ourselves: `cat-file` trusts the
// object files on disk, and an earlier step of the job could have edited one.




/** The object store cannot be used: no git, not a repository, or an object that fails its hash. */
function gitObjectStoreError(message) {
    return new src_errors/* OncallGateError */.lN({ kind: 'environment', message, fix: '' });
}
const NAME = /^[^\s]+$/;
/**
 * Git's environment for reading committed content only: nothing from the calling environment
 * that could point git at another repository or object store, no replacement objects
 * (`refs/replace` would swap one object for another), no fetching of missing objects from a
 * promisor remote (a partial clone), no prompts, and no discovery above the folder.
 */
function gitReadEnv(repoDir, env = process.env) {
    const clean = {};
    for (const [k, v] of Object.entries(env))
        if (!k.startsWith('GIT_'))
            clean[k] = v;
    return {
        ...clean,
        GIT_NO_REPLACE_OBJECTS: '1',
        GIT_NO_LAZY_FETCH: '1',
        GIT_TERMINAL_PROMPT: '0',
        GIT_CEILING_DIRECTORIES: (0,external_node_path_namespaceObject.dirname)((0,external_node_path_namespaceObject.resolve)(repoDir)),
        GIT_CONFIG_NOSYSTEM: '1',
    };
}
/** Opens the object store of the repository whose top level is `repoDir`. */
function openObjectStore(repoDir, options = {}) {
    const dir = (0,external_node_path_namespaceObject.resolve)(repoDir);
    let child;
    // safe.directory on the command line: a checkout owned by another user (a container job) is
    // still read; the command only reads objects.
    const args = ['-c', `safe.directory=${dir}`, 'cat-file', '--batch-command'];
    const waiting = [];
    let buffer = Buffer.alloc(0);
    let failure;
    let stderr = '';
    const fail = (error) => {
        failure ??= error;
        for (const w of waiting.splice(0))
            w.reject(failure);
    };
    try {
        child = (0,external_node_child_process_namespaceObject.spawn)(options.git ?? 'git', args, {
            cwd: dir,
            env: gitReadEnv(dir, options.env),
            stdio: ['pipe', 'pipe', 'pipe'],
            windowsHide: true,
        });
    }
    catch (error) {
        failure = gitObjectStoreError(`Cannot run git: ${error.message}`);
        return failedStore(failure);
    }
    child.on('error', (error) => fail(gitObjectStoreError(`Cannot run git: ${error.message}`)));
    child.stdin.on('error', () => undefined); // reported through 'close' below
    child.stderr.on('data', (d) => {
        if (stderr.length < 2000)
            stderr += d.toString('utf8');
    });
    child.on('close', (code) => {
        const why = stderr.trim().split('\n')[0] || `git exited with code ${String(code)}`;
        fail(gitObjectStoreError(why));
    });
    const drain = () => {
        for (let w = waiting[0]; w; w = waiting[0]) {
            const eol = buffer.indexOf(0x0a);
            if (eol < 0)
                return;
            const header = buffer.subarray(0, eol).toString('utf8');
            if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
                buffer = buffer.subarray(eol + 1);
                waiting.shift();
                w.resolve(undefined);
                continue;
            }
            const [, oid, type, size] = /^([0-9a-f]{40}|[0-9a-f]{64}) (commit|tree|blob|tag) (\d+)$/.exec(header) ?? [];
            if (!oid || !type || !size) {
                fail(gitObjectStoreError(`Unexpected answer from git cat-file: "${header.slice(0, 100)}"`));
                return;
            }
            const info = { oid, type: type, size: Number(size) };
            // An object asked for by its ID must come back under that ID (its content is then checked
            // against it below): git answering with another object is an error, not a substitute.
            if (/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(w.name) && info.oid !== w.name) {
                fail(gitObjectStoreError(`git answered ${w.name} with another object (${info.oid})`));
                return;
            }
            if (w.want === 'info') {
                buffer = buffer.subarray(eol + 1);
                waiting.shift();
                w.resolve(info);
                continue;
            }
            const end = eol + 1 + info.size;
            if (buffer.length < end + 1)
                return; // content and its newline not all here yet
            const content = Buffer.from(buffer.subarray(eol + 1, end));
            buffer = buffer.subarray(end + 1);
            waiting.shift();
            if (objectId(info.type, content, info.oid.length) !== info.oid) {
                w.reject(gitObjectStoreError(`The ${info.type} ${info.oid} in the checkout's object database does not match its ID (it was altered)`));
                continue;
            }
            w.resolve({ ...info, content });
        }
    };
    child.stdout.on('data', (d) => {
        buffer = buffer.length === 0 ? d : Buffer.concat([buffer, d]);
        drain();
    });
    const ask = (want, name) => {
        if (failure)
            return Promise.reject(failure);
        if (!NAME.test(name))
            return Promise.reject(gitObjectStoreError(`Not an object name: "${name.slice(0, 80)}"`));
        return new Promise((resolvePromise, reject) => {
            waiting.push({ want, name, resolve: resolvePromise, reject });
            child.stdin.write(`${want} ${name}\n`);
        });
    };
    return {
        info: (name) => ask('info', name),
        read: (name) => ask('contents', name),
        close: () => {
            if (child.exitCode === null && !child.killed)
                child.stdin.end();
        },
    };
}
function failedStore(error) {
    return { info: () => Promise.reject(error), read: () => Promise.reject(error), close: () => undefined };
}
/** The ID git gives an object: SHA-1 (40 hex) or SHA-256 (64 hex) of "<type> <size>\0<content>". */
function objectId(type, content, hexLength = 40) {
    const hash = (0,external_node_crypto_.createHash)(hexLength === 64 ? 'sha256' : 'sha1');
    hash.update(`${type} ${content.length}\0`);
    hash.update(content);
    return hash.digest('hex');
}
/** Entries of a tree object: `<mode> <name>\0<raw object ID>` repeated. */
function parseTree(content, hexLength = 40) {
    const raw = hexLength / 2;
    const items = [];
    let at = 0;
    while (at < content.length) {
        const space = content.indexOf(0x20, at);
        const nul = content.indexOf(0x00, space + 1);
        if (space < 0 || nul < 0 || nul + 1 + raw > content.length)
            throw gitObjectStoreError('A tree object in the checkout is malformed');
        items.push({
            mode: content.subarray(at, space).toString('latin1'),
            name: content.subarray(space + 1, nul).toString('utf8'),
            oid: content.subarray(nul + 1, nul + 1 + raw).toString('hex'),
        });
        at = nul + 1 + raw;
    }
    return items;
}
/** The tree a commit object points at. */
function commitTree(content) {
    const tree = /^tree ([0-9a-f]{40}|[0-9a-f]{64})\n/.exec(content.subarray(0, 80).toString('latin1'))?.[1];
    if (!tree)
        throw gitObjectStoreError('A commit object in the checkout is malformed');
    return tree;
}

// EXTERNAL MODULE: ./src/policy/policy-tree.ts
var policy_tree = __nccwpck_require__(4695);
;// CONCATENATED MODULE: ./src/git/policy-at-commit.ts
// The policy folder as committed at a commit, read from the git object database (object-store.ts):
// committed content only, never the working tree, with the same rules for links, special files
// and sizes as every other source (policy/policy-tree.ts).


const MODE_KIND = {
    '40000': 'folder',
    '100644': 'file',
    '100755': 'file',
    '120000': 'symlink',
    '160000': 'submodule',
};
/**
 * Reads `policyPath` (repo-relative) at `commitName` (an object ID, `HEAD`, or a ref). undefined
 * when the store does not hold that commit. Throws a `policy` error when the path is not a folder
 * there (a file, a link, a submodule), an `environment` error when the objects cannot be read or
 * fail their hash check.
 */
async function readPolicyAtCommit(store, commitName, policyPath) {
    const commit = await store.read(`${commitName}^{commit}`);
    if (!commit)
        return undefined;
    if (commit.type !== 'commit')
        throw gitObjectStoreError(`${commitName} is not a commit`);
    const hexLength = commit.oid.length;
    const folder = policyPath;
    const segments = folder.split('/').filter((s) => s !== '' && s !== '.');
    const readTree = async (oid, path) => {
        const tree = await store.read(oid);
        if (!tree || tree.type !== 'tree')
            throw gitObjectStoreError(`The tree of ${path || 'the repository root'} at ${commit.oid} is missing from the checkout`);
        return parseTree(tree.content, hexLength);
    };
    let items = await readTree(commitTree(commit.content), '');
    for (const [i, segment] of segments.entries()) {
        const path = segments.slice(0, i + 1).join('/');
        const item = items.find((t) => t.name === segment);
        if (!item)
            return { commit: commit.oid, folderMissing: true, files: [] };
        const kind = MODE_KIND[item.mode] ?? 'special';
        if (kind !== 'folder')
            throw (0,policy_tree/* notAFolderError */.R_)(path, kind);
        items = await readTree(item.oid, path);
    }
    const walk = async (list, prefix) => {
        const settled = await Promise.allSettled(list.map(async (item) => {
            const path = `${prefix}/${item.name}`;
            const kind = MODE_KIND[item.mode] ?? 'special';
            if (kind === 'folder')
                return walk(await readTree(item.oid, path), path);
            if (kind === 'file' && (0,policy_tree/* isPolicyFileName */.yP)(path)) {
                const info = await store.info(item.oid);
                if (!info)
                    throw gitObjectStoreError(`${path} (${item.oid}) is missing from the checkout's objects`);
                return [{ path, kind, size: info.size, oid: item.oid }];
            }
            return [{ path, kind, size: 0, oid: item.oid }];
        }));
        return settled.flatMap((s) => {
            if (s.status === 'rejected')
                throw s.reason;
            return s.value;
        });
    };
    const entries = await walk(items, segments.join('/'));
    const plan = (0,policy_tree/* planPolicyRead */.y4)(segments.join('/'), entries);
    const oids = new Map(entries.map((e) => [e.path, e.oid]));
    const read = await Promise.all(plan.read.map(async (entry) => {
        const oid = oids.get(entry.path);
        const blob = oid === undefined ? undefined : await store.read(oid);
        if (!blob || blob.type !== 'blob')
            throw gitObjectStoreError(`${entry.path} is missing from the checkout's objects`);
        return { path: entry.path, text: blob.content.toString('utf8') };
    }));
    return { commit: commit.oid, folderMissing: false, files: (0,policy_tree/* policyFilesOf */.fW)(read, plan) };
}

;// CONCATENATED MODULE: ./src/policy/read-policy-dir.ts
// Reads every policy file under the `policy-path` folder of a working tree (every `*.yaml` /
// `*.yml`, recursively). Symbolic links and special files are never followed or read: they are
// reported as errors (policy-tree.ts), as the git-objects and GitHub API readers report them, so
// a link cannot make the action read runner files into annotations and comments.




/** `policies/`, `./policies` and `policies` all mean `policies`. */
function normalizePolicyPath(policyPath) {
    const cleaned = policyPath
        .trim()
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .replace(/\/+$/, '');
    return cleaned === '' ? '.' : cleaned;
}
/**
 * Whether a repo-relative path (forward slashes, as GitHub lists changed files) is a policy file
 * under `policyPath`; for deciding whether a pull request or push "changed policy files".
 */
function isPolicyFile(path, policyPath) {
    const folder = normalizePolicyPath(policyPath);
    const inside = folder === '.' || path.startsWith(`${folder}/`);
    return inside && isPolicyFileName(path);
}
/**
 * Every `*.yaml`/`*.yml` file under `policyPath` (relative to `repoRoot`), recursively, sorted by
 * repo-relative path with forward slashes, plus the entries that cannot be policies (symbolic
 * links, special files, files or a folder over the size limits) as files with a `problem`, which
 * loading reports as errors (policy-tree.ts decides, as for the other sources). Throws
 * a `policy` error when the folder is missing, is not a folder, is a symbolic link or lies outside
 * the repository.
 */
async function readPolicyDir(repoRoot, policyPath) {
    const root = resolve(repoRoot);
    const folder = normalizePolicyPath(policyPath);
    const start = resolve(root, folder);
    if (isAbsolute(folder) || !isInside(root, start)) {
        throw policyDirError(folder, `The \`policy-path\` input ("${policyPath}") points outside the repository; set it to a folder inside the repository, e.g. \`policies\`.`);
    }
    // Every folder on the way must be a real folder: a link would bring in files from elsewhere.
    const segments = relative(root, start).split(sep).filter(Boolean);
    for (let i = 1; i <= segments.length; i++) {
        const path = segments.slice(0, i).join('/');
        let info;
        try {
            info = lstatSync(join(root, ...segments.slice(0, i)));
        }
        catch {
            info = undefined;
        }
        if (!info) {
            throw policyDirError(folder, `Policy folder \`${folder}\` (the \`policy-path\` input) does not exist in ${root}. ` +
                'Check out the repository first (actions/checkout), or set `policy-path` to the folder that holds your policy files.');
        }
        if (info.isSymbolicLink())
            throw notAFolderError(path, 'symlink');
        if (info.isFile())
            throw notAFolderError(path, 'file');
        if (!info.isDirectory())
            throw notAFolderError(path, 'special');
    }
    // Synchronous reads: up to 1,000 small files, nothing else to overlap with, and each async
    // call would cost several turns of the event loop (measured: 3x slower for 1,000 files).
    const entries = [];
    const walk = (dir) => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
            const full = join(dir, entry.name);
            const path = toRepoPath(root, full);
            // Dirent types come from lstat: a link is reported as a link, never followed.
            if (entry.isDirectory())
                walk(full);
            else if (entry.isSymbolicLink())
                entries.push({ path, kind: 'symlink', size: 0 });
            else if (!entry.isFile())
                entries.push({ path, kind: 'special', size: 0 });
            else
                entries.push({ path, kind: 'file', size: isPolicyFileName(entry.name) ? lstatSync(full).size : 0 });
        }
    };
    walk(start);
    const plan = planPolicyRead(folder, entries);
    const read = plan.read.map((entry) => ({ path: entry.path, text: readLimited(join(root, entry.path), entry.size) }));
    return policyFilesOf(read, plan);
}
/**
 * The file as listed (`size` bytes), reading at most one byte more, never past the per-file limit
 * plus one: a file that grew since it was listed still fails the size check.
 */
function readLimited(path, size) {
    const fd = openSync(path, 'r');
    try {
        const readUpTo = (length) => {
            const buffer = Buffer.allocUnsafe(length);
            let filled = 0;
            while (filled < buffer.length) {
                const bytesRead = readSync(fd, buffer, filled, buffer.length - filled, filled);
                if (bytesRead === 0)
                    break;
                filled += bytesRead;
            }
            return buffer.subarray(0, filled);
        };
        let content = readUpTo(Math.min(size, MAX_POLICY_FILE_BYTES) + 1);
        // Longer than listed: the file grew meanwhile; read it again up to the limit, never a prefix.
        if (content.length > size && content.length <= MAX_POLICY_FILE_BYTES)
            content = readUpTo(MAX_POLICY_FILE_BYTES + 1);
        return content.toString('utf8');
    }
    finally {
        closeSync(fd);
    }
}
function isInside(root, path) {
    const rel = relative(root, path);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}
function toRepoPath(root, path) {
    return relative(root, path).split(sep).join('/');
}

;// CONCATENATED MODULE: ./src/commands/gate-policy.ts
// Where the gate's policy comes from: the default branch's current tip, as committed. Never the
// working tree (an earlier step could have edited it), never the deployed commit (a re-run of an
// old run, a tag or another branch would bring its own, older or looser policy).
//
// Cost: one extra GitHub request, overlapped with the rest. The tip's SHA is asked with one plain
// request (the GitHub port's branchTip, without Octokit); meanwhile the policy is read from the checkout's git objects at
// HEAD, so the gate can start its incident.io reads. When the tip is HEAD, that is the answer;
// otherwise the tip's policy is read from the checkout's objects if it has them, else through the
// GitHub API, and the caller redoes its reads with it.






/** The default branch from the event; without it nothing can be trusted. */
function defaultBranchOf(event) {
    if (event.defaultBranch)
        return event.defaultBranch;
    throw new src_errors/* OncallGateError */.lN({
        kind: 'environment',
        message: `Cannot tell the repository's default branch: the ${event.name || 'event'} payload has no \`repository.default_branch\``,
        fix: 'Run the gate from a workflow triggered by a repository event (push, workflow_dispatch, deployment, ...).',
    });
}
/**
 * Starts both reads at once. `early` never rejects (a checkout that cannot be read is simply not
 * used); `trusted` rejects when the tip cannot be learned or read, and the gate then fails closed.
 */
function readGatePolicy(branch, readers) {
    const tip = readers.tip(branch);
    const head = readers.checkout('HEAD').catch(() => undefined);
    const early = head.then((h) => (h ? { branch, commit: h.commit, via: 'checkout', files: h.files } : undefined));
    const trusted = (async () => {
        const commit = await tip;
        const fromHead = await early;
        if (fromHead?.commit === commit)
            return fromHead;
        // The checkout is at another commit (an older run, a tag, another branch, or a push since);
        // it may still hold the tip's objects (fetch-depth: 0).
        const local = fromHead ? await readers.checkout(commit).catch(() => undefined) : undefined;
        if (local)
            return { branch, commit, via: 'checkout', files: local.files };
        return { branch, commit, via: 'api', files: await readers.api(commit) };
    })();
    // Only `trusted` is awaited when the checkout is unusable; keep an early failure from going unhandled.
    trusted.catch(() => undefined);
    return { early, trusted };
}
/** "policies/ at 1a2b3c4d5e6f, the tip of main, read from the checkout's git objects" (plain text). */
function gate_policy_describePolicySource(policyPath, p) {
    const how = p.via === 'checkout' ? "read from the checkout's git objects" : 'read through the GitHub API';
    return `${policyPath}/ at ${p.commit.slice(0, 12)}, the tip of ${p.branch}, ${how}`;
}
/**
 * The real readers: git objects of the workspace checkout, GitHub's tip request (the port's one
 * plain request), the git trees API. Synchronous on purpose: the git process starts now, so its
 * start-up overlaps the rest of the gate's loading instead of waiting for it.
 */
function gatePolicyReaders(options) {
    const folder = normalizePolicyPath(options.policyPath);
    // No workspace (App mode has no checkout): the API alone.
    const store = options.workspace && (0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(options.workspace, '.git')) ? openObjectStore(options.workspace) : undefined;
    return {
        tip: async (branch) => {
            if (!options.token) {
                throw new src_errors/* OncallGateError */.lN({
                    kind: 'input',
                    setting: 'github-token',
                    message: 'The `github-token` input is empty, so the gate cannot learn the tip of the default branch, whose policy decides',
                    fix: 'Leave `github-token` at its default (`${{ github.token }}`), or pass a token with `contents: read`.',
                });
            }
            return (await options.github()).branchTip(branch);
        },
        checkout: async (name) => {
            if (!store)
                return undefined;
            const read = await readPolicyAtCommit(store, name, folder);
            if (!read)
                return undefined;
            return { commit: read.commit, files: read.folderMissing ? undefined : read.files };
        },
        api: options.api,
        close: () => store?.close(),
    };
}

// EXTERNAL MODULE: ./src/decide/scope.ts
var scope = __nccwpck_require__(3056);
;// CONCATENATED MODULE: ./src/commands/gate-facts.ts








function missingFolderError(ctx, source) {
    return new src_errors/* OncallGateError */.lN({
        kind: 'policy',
        message: `There is no policy folder \`${ctx.inputs.policyPath}\` at ${source.commit.slice(0, 12)}, the tip of the default branch ${source.branch}`,
        fix: 'Merge the policies to the default branch first (the deciding policy always comes from its tip), or set `policy-path` to the folder that holds them.',
    });
}
/**
 * The run's GitHub port, once the token is known to be there. Asked for only when a GitHub call
 * is due: a gate whose actor the identities map resolves makes no call beyond the tip.
 */
function gitHubOf(ctx) {
    return async () => {
        if (!ctx.inputs.githubToken) {
            throw new src_errors/* OncallGateError */.lN({
                kind: 'input',
                setting: 'github-token',
                message: 'The `github-token` input is empty, and this gate needs GitHub',
                fix: 'Leave `github-token` at its default (`${{ github.token }}`) or pass a token with `contents: read`.',
            });
        }
        return ctx.github();
    };
}
/** Loads the on-call reader once; started early so loading overlaps reading the policy. */
let onCallModule;
const loadOnCall = () => (onCallModule ??= __nccwpck_require__.e(/* import() */ 410).then(__nccwpck_require__.bind(__nccwpck_require__, 2410)));
/** A step that names a policy will almost surely ask incident.io: start loading the client now. */
function preloadOnCall(ctx, target) {
    if ((target.environment || target.policy) && ctx.inputs.incidentioApiKey) {
        Promise.all([ctx.incidentio(), loadOnCall()]).catch(() => undefined);
    }
}
/**
 * Who is on call for the policies' schedules (and, for scoped rules, the rotation and layer
 * names). When a policy names an outage fallback, incident.io gets the run's API time less what
 * the fallback needs, and an outage (decide/outage.ts) is returned rather than thrown.
 */
async function readOnCall(ctx, policies, at) {
    const scheduleIds = (0,engine/* policySchedules */.VH)(policies);
    if (scheduleIds.length === 0)
        return { onCall: new Map() };
    if (!ctx.inputs.incidentioApiKey) {
        throw new src_errors/* OncallGateError */.lN({
            kind: 'input',
            setting: 'incidentio-api-key',
            message: 'The `incidentio-api-key` input is empty, so oncall-gate cannot read who is on call',
            fix: 'Pass `incidentio-api-key: ${{ secrets.INCIDENTIO_API_KEY }}` to the oncall-gate step (an incident.io API key with the schedules_reader or viewer role).',
        });
    }
    // dry-run: the run's client is read-only (the gate only reads anyway).
    // One query per schedule reaches past now, so the summary can show the next hours' handovers
    // without another request; the decision still sees only the shifts covering `at`.
    const [client, { fetchOnCallWithOutlook, fetchRotationNames }] = await Promise.all([ctx.incidentio(), loadOnCall()]);
    const scoped = (0,scope/* scopedSchedules */.DJ)(policies);
    const work = Promise.all([
        fetchOnCallWithOutlook(client, scheduleIds, at),
        scoped.length > 0 ? fetchRotationNames(client, scoped) : undefined,
    ]);
    const fallback = policies.some((p) => p.whenUnavailable?.kind === 'fallback');
    try {
        const [read, rotationNames] = await (fallback && ctx.deadline
            ? withinIncidentIoShare(ctx.deadline, fallbackReserveMs(ctx.deadline), work)
            : work);
        return { onCall: read.now, outlook: read.outlook, ...(rotationNames ? { rotationNames } : {}) };
    }
    catch (error) {
        const outage = fallback ? asOutage(error, ctx.redactor.redact) : undefined;
        if (!outage)
            throw error;
        return { onCall: new Map(), outage };
    }
}
/**
 * The reads for one policy: load and check it, select the policies, resolve the requester and
 * read who is on call. Pure reads, so they can start on the checkout's HEAD policy before the
 * default branch's tip is known, and be thrown away if the tip turns out to be another commit.
 */
async function factsOf(ctx, target, files, now, github) {
    const { inputs, run } = ctx;
    const login = run.triggeringActor;
    // The full YAML parser is loaded only if a policy file needs it.
    const { loadPolicySetLazily } = await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(121)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7121));
    const set = await loadPolicySetLazily(files);
    if (!set.valid) {
        const errors = set.diagnostics.filter((d) => d.severity === 'error');
        // Fail closed: an invalid trusted policy is an error, never "no policy".
        throw new src_errors/* OncallGateError */.lN({
            kind: 'policy',
            message: `The policy in ${inputs.policyPath}/ at the tip of the default branch is invalid (${errors.length} error${errors.length === 1 ? '' : 's'}), so no decision can be made`,
            fix: `Fix the problems listed (run \`oncall-gate validate ${inputs.policyPath}\` locally) and merge the fix to the default branch.`,
            diagnostics: errors,
        });
    }
    const selection = selectGatePolicies(set.policies, { environment: target.environment, policy: target.policy }, inputs.policyPath);
    if (selection.kind === 'unmatched')
        throw new src_errors/* OncallGateError */.lN({ kind: 'policy', message: selection.message, fix: selection.fix });
    const matched = selection.kind === 'matched' ? selection.policies : [];
    if (matched.length === 0)
        return { set, matched, requester: { login, emails: [] }, onCall: new Map() };
    // Identity and on-call are independent reads: do them concurrently.
    const [identity, read] = await Promise.all([
        (0,resolve_identity/* resolveIdentity */.XH)(login, set.identities, {
            org: run.repository.owner,
            policyPath: inputs.policyPath,
            github: {
                publicEmail: async (l) => (await github()).publicEmail(l),
                verifiedDomainEmails: async (l, org) => (await github()).verifiedDomainEmails(l, org),
            },
        }),
        readOnCall(ctx, matched, now),
    ]);
    const requester = {
        login,
        emails: identity.emails,
        ...(identity.source ? { emailSource: identity.source } : {}),
        ...(identity.problem ? { identityProblem: identity.problem } : {}),
    };
    return {
        set,
        matched,
        requester,
        onCall: read.onCall,
        ...(read.outlook ? { outlook: read.outlook } : {}),
        ...(read.rotationNames ? { rotationNames: read.rotationNames } : {}),
        ...(read.outage ? { outage: read.outage } : {}),
    };
}
/**
 * Reads the policy at the default branch's tip and, with it, the facts. The reads start on the
 * checkout's HEAD policy while GitHub says which commit is the tip, and are redone on the tip's
 * policy when HEAD is another commit. Resolves once the tip's policy is read; the facts may still
 * be on their way.
 */
async function readGateFacts(ctx, target, now) {
    const { inputs, run, log, event } = ctx;
    const github = gitHubOf(ctx);
    const branch = defaultBranchOf(event);
    const readers = gatePolicyReaders({
        workspace: run.workspace,
        policyPath: inputs.policyPath,
        token: inputs.githubToken,
        github: () => ctx.github(),
        api: async (commit) => {
            const read = await (await github()).readPolicyFilesAtRef(commit, inputs.policyPath);
            return read.folderMissing ? undefined : read.files;
        },
    });
    try {
        const policy = readGatePolicy(branch, readers);
        const factsFor = (p) => p.files ? factsOf(ctx, target, p.files, now, github) : undefined;
        const early = await policy.early;
        const earlyFacts = early ? factsFor(early) : undefined;
        earlyFacts?.catch(() => undefined); // thrown away unless HEAD is the tip; awaited by the caller if it is
        const source = await policy.trusted;
        if (early && early.commit !== source.commit) {
            log.info(`Policy: the checkout is at ${early.commit.slice(0, 12)}, not at the tip of ${branch} (${source.commit.slice(0, 12)}), whose policy decides.`);
        }
        log.info(`Policy: ${gate_policy_describePolicySource(inputs.policyPath, source)}.`);
        return { source, facts: early && early.commit === source.commit ? earlyFacts : factsFor(source) };
    }
    finally {
        // The policy files are read: the git object store is no longer needed.
        readers.close();
    }
}

;// CONCATENATED MODULE: ./src/record/schema.ts
// The JSON Schema of a decision record: the one JSON file `gate`, `request` and `review` write for
// every decision (docs/decision-record.md). This object is the source of truth: the record's
// TypeScript type is derived from it (json-schema-to-ts), `npm run generate` publishes it as
// docs/decision-record.schema.json and builds the standalone validator that `explain` checks a
// record with. test/scripts/generate.test.ts fails while either committed file is stale.
//
// `schemaVersion` is 1. A record may only gain a field with a new version: every object is closed
// (`additionalProperties: false`) so a reader of version 1 knows every field it can meet, and a
// record from a newer version is refused by its number before anything else is read. The one
// open object is `degraded`, the place for a decision made in a degraded mode (an outage fallback
// the policy chose), whose details belong to that mode.
/** The version of the record format this code writes and reads. */
const schema_DECISION_RECORD_SCHEMA_VERSION = 1;
const DECISION_RECORD_SCHEMA_ID = 'https://raw.githubusercontent.com/org/oncall-gate/v1/docs/decision-record.schema.json';
/** A lower-case hex SHA-256 digest. */
const SHA256_PATTERN = '^[0-9a-f]{64}$';
const schema_text = { type: 'string', maxLength: 4000 };
const shortText = { type: 'string', maxLength: 500 };
/** RFC 3339 with an offset (records are written in UTC, `Z`). */
const TIME_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$';
const time = { type: 'string', pattern: TIME_PATTERN, description: 'RFC 3339 time.' };
const sha256 = { type: 'string', pattern: SHA256_PATTERN, description: 'Lower-case hex SHA-256.' };
const ruleNumber = { type: 'integer', minimum: 1, description: "1-based position in the policy's `approval` list." };
const line = { type: 'integer', minimum: 1 };
const ruleOutcomeSchema = {
    type: 'object',
    additionalProperties: false,
    required: ['rule', 'type', 'line', 'status', 'holds', 'schedules'],
    properties: {
        rule: ruleNumber,
        type: { enum: ['auto', 'escalation', 'deny'] },
        line: { ...line, description: 'The line of the rule in its policy file.' },
        status: {
            type: 'string',
            description: 'How the rule fared: auto no-schedules | no-identity | not-on-call | reason-missing | on-call; escalation reason-missing | unread | waiting | approved | vetoed; deny denies.',
        },
        holds: { type: 'boolean', description: 'The rule approves.' },
        schedules: { type: 'array', items: shortText, description: 'The schedule IDs the rule consults.' },
        expiresAt: time,
        approvedBy: { type: 'array', items: shortText, description: 'escalation: the approving logins.' },
        reason: { enum: ['missing', 'too-short'], description: 'requireReason: what was wrong with the reason.' },
        text: { ...schema_text, description: 'deny: the reason the policy gives.' },
    },
};
const policyVerdictSchema = {
    type: 'object',
    additionalProperties: false,
    required: ['name', 'file', 'line', 'result', 'decidedBy', 'rules'],
    properties: {
        name: shortText,
        file: shortText,
        line,
        result: { enum: ['approved', 'denied', 'pending'] },
        decidedBy: {
            enum: ['deny-rule', 'no-rules', 'veto', 'rule', 'waiting', 'nothing-holds', 'draft', 'fallback'],
            description: 'What settled the policy.',
        },
        rule: { ...ruleNumber, description: 'The rule that settled it (deny-rule, veto, rule).' },
        expiresAt: time,
        approvedBy: shortText,
        rules: { type: 'array', items: ruleOutcomeSchema },
    },
};
const scheduleEvidenceSchema = {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'purpose', 'entries', 'sha256'],
    properties: {
        id: shortText,
        purpose: {
            enum: ['on-call', 'review-history'],
            description: "on-call: the final entries covering the decision time; review-history: the final entries around the reviews' submitted_at.",
        },
        entries: { type: 'integer', minimum: 0 },
        sha256: { ...sha256, description: 'Digest of the entries used (docs/decision-record.md, "Digests").' },
        onCall: {
            type: 'array',
            description: 'on-call: who was on call at the decision time.',
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['name', 'userId'],
                properties: { name: shortText, userId: shortText, login: shortText },
            },
        },
    },
};
const reviewEvidenceSchema = {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'pull', 'reviewer', 'state', 'submittedAt', 'counted'],
    properties: {
        id: { type: 'integer' },
        pull: { type: 'integer', minimum: 1 },
        reviewer: shortText,
        state: shortText,
        submittedAt: { anyOf: [time, { type: 'null' }] },
        commitId: { anyOf: [shortText, { type: 'null' }] },
        counted: {
            type: 'string',
            description: 'Why the review counts or not: approves, vetoes, not-on-call, own-change, stale-commit, outsider (<author_association>), ...',
        },
    },
};
const decisionRecordSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: DECISION_RECORD_SCHEMA_ID,
    title: 'oncall-gate decision record',
    description: 'One decision of `gate`, `request` or `review`: the verdict, the policy it came from and the evidence. See docs/decision-record.md.',
    type: 'object',
    additionalProperties: false,
    required: [
        'schemaVersion',
        'product',
        'command',
        'decidedAt',
        'verdict',
        'approved',
        'dryRun',
        'repository',
        'run',
        'subject',
        'requester',
        'policies',
        'evidence',
    ],
    properties: {
        schemaVersion: { const: schema_DECISION_RECORD_SCHEMA_VERSION },
        product: {
            type: 'object',
            additionalProperties: false,
            required: ['name', 'version'],
            properties: { name: { const: 'oncall-gate' }, version: shortText },
        },
        command: { enum: ['gate', 'request', 'review'] },
        decidedAt: { ...time, description: 'The decision time (the instant on-call was judged at).' },
        verdict: { enum: ['approved', 'denied', 'pending', 'not-required', 'error'] },
        approved: { type: 'boolean' },
        approvedBy: shortText,
        expiresAt: time,
        dryRun: { type: 'boolean', description: 'A dry run: nothing was written to GitHub or incident.io.' },
        reason: { ...schema_text, description: "The reason given: the `reason` input, or the pull request's `Reason:` line." },
        degraded: {
            type: 'object',
            description: 'Set only when a degraded mode decided (an outage fallback the policy chose); absent otherwise.',
            required: ['mode', 'reason'],
            properties: {
                mode: shortText,
                reason: schema_text,
                fallbacks: {
                    type: 'array',
                    description: "outage: how each matched policy's `whenUnavailable` fallback fared.",
                    items: {
                        type: 'object',
                        additionalProperties: false,
                        required: ['policy', 'line', 'status', 'requireReason'],
                        properties: {
                            policy: shortText,
                            line: { ...line, description: 'The line of `whenUnavailable` in the policy file.' },
                            status: { type: 'string', description: 'approved | waiting | vetoed | unread | reason-missing.' },
                            requireReason: { type: 'boolean', description: 'A rule of the policy requires a reason, so the fallback does too.' },
                            reason: { enum: ['missing', 'too-short'], description: 'reason-missing: what was wrong with the reason.' },
                            approvedBy: { type: 'array', items: shortText, description: 'approved: the approving logins.' },
                            expiresAt: time,
                        },
                    },
                },
            },
        },
        repository: shortText,
        run: {
            type: 'object',
            additionalProperties: false,
            required: ['id', 'attempt', 'event', 'actor', 'triggeringActor'],
            properties: {
                id: shortText,
                attempt: shortText,
                event: shortText,
                actor: shortText,
                triggeringActor: shortText,
                url: shortText,
            },
        },
        subject: {
            type: 'object',
            additionalProperties: false,
            required: ['kind'],
            properties: {
                kind: { enum: ['run', 'pull'] },
                sha: { ...shortText, description: 'run: the deployed commit (GITHUB_SHA).' },
                ref: shortText,
                environment: shortText,
                policy: { ...shortText, description: 'run: the `policy` input.' },
                number: { type: 'integer', minimum: 1 },
                headSha: shortText,
                baseRef: shortText,
                baseSha: shortText,
            },
        },
        requester: {
            type: 'object',
            additionalProperties: false,
            required: ['login', 'emailFound'],
            properties: {
                login: shortText,
                emailFound: { type: 'boolean', description: 'An incident.io email was found for the login (the email itself is not recorded).' },
                emailSource: shortText,
            },
        },
        policy: {
            type: 'object',
            additionalProperties: false,
            required: ['path', 'source', 'files'],
            description: 'The deciding policy folder; absent when the run stopped before reading it.',
            properties: {
                path: shortText,
                commit: { ...shortText, description: 'The trusted commit the policy was read at.' },
                branch: shortText,
                source: {
                    enum: ['checkout', 'api'],
                    description: "How the commit's files were read: git objects of the checkout, or the GitHub API.",
                },
                files: {
                    type: 'array',
                    items: {
                        type: 'object',
                        additionalProperties: false,
                        required: ['path'],
                        properties: {
                            path: shortText,
                            sha256: { ...sha256, description: "SHA-256 of the file's bytes at the commit." },
                            problem: { ...shortText, description: 'Why the entry could not be read as a policy (a link, over a size limit).' },
                        },
                    },
                },
            },
        },
        policies: { type: 'array', items: policyVerdictSchema, description: 'The matched policies and how each rule fared.' },
        evidence: {
            type: 'object',
            additionalProperties: false,
            required: ['schedules', 'reviews', 'incidents'],
            properties: {
                schedules: { type: 'array', items: scheduleEvidenceSchema },
                reviews: { type: 'array', items: reviewEvidenceSchema },
                incidents: {
                    type: 'array',
                    items: {
                        type: 'object',
                        additionalProperties: false,
                        required: ['policy'],
                        properties: { policy: shortText, id: shortText, reference: shortText, url: shortText },
                    },
                },
            },
        },
        error: {
            type: 'object',
            additionalProperties: false,
            required: ['message'],
            properties: { message: schema_text, fix: schema_text },
        },
    },
};

;// CONCATENATED MODULE: ./src/record/build-record.ts
// Builds the decision record of one `gate`, `request` or `review` decision (docs/decision-record.md).
// Pure: the decision, the policy files and the facts the rule engine judged go in, the record comes
// out; writing it is write-record.ts's. The record holds IDs, logins, names, times and digests,
// never an email, a token or a key: the facts it summarises are digested, not copied, and the
// writer passes the text through the run's redactor besides.


/** RFC 3339 in UTC to the second, exactly as the `expires-at` output gives it. */
const iso = (d) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
const sha256Hex = (text) => createHash('sha256').update(text, 'utf8').digest('hex');
/**
 * The digest of a set of shifts: SHA-256 of the JSON array of `[userId, email, startAt, endAt]`
 * (email lower-case, times RFC 3339 UTC with milliseconds), sorted by start, end, user ID, email.
 * Independent of the order the API listed the entries in; docs/decision-record.md says how to
 * recompute it from the schedule entries.
 */
function shiftsDigest(shifts) {
    const rows = shifts.map((s) => [s.userId, s.email.trim().toLowerCase(), s.startAt.toISOString(), s.endAt.toISOString()]);
    rows.sort((a, b) => a[2] < b[2]
        ? -1
        : a[2] > b[2]
            ? 1
            : a[3] < b[3]
                ? -1
                : a[3] > b[3]
                    ? 1
                    : a[0] < b[0]
                        ? -1
                        : a[0] > b[0]
                            ? 1
                            : a[1] < b[1]
                                ? -1
                                : a[1] > b[1]
                                    ? 1
                                    : 0);
    return sha256Hex(JSON.stringify(rows));
}
function ruleRecord(r) {
    return {
        rule: r.index + 1,
        type: r.type,
        line: r.at.line,
        status: r.status,
        holds: r.holds,
        schedules: [...r.schedules],
        ...(r.expiresAt ? { expiresAt: iso(r.expiresAt) } : {}),
        ...(r.type === 'escalation' && r.approvedBy ? { approvedBy: [...r.approvedBy] } : {}),
        ...(r.type !== 'deny' && r.reasonProblem ? { reason: r.reasonProblem.kind } : {}),
        ...(r.type === 'deny' ? { text: r.text } : {}),
    };
}
function policyRecord(v) {
    const by = v.decidedBy;
    return {
        name: v.policy,
        file: v.at.file,
        line: v.at.line,
        result: v.result,
        decidedBy: by.kind,
        ...(by.kind === 'deny-rule' || by.kind === 'veto' || by.kind === 'rule' ? { rule: by.rule + 1 } : {}),
        ...(v.expiresAt ? { expiresAt: iso(v.expiresAt) } : {}),
        ...(v.approvedBy ? { approvedBy: v.approvedBy } : {}),
        rules: v.rules.map(ruleRecord),
    };
}
/** The same shift read twice (for two instants, or on two pages) is one entry. */
function distinct(shifts) {
    const seen = new Set();
    return shifts.filter((s) => {
        const key = `${s.userId}\u0000${s.email.toLowerCase()}\u0000${s.startAt.getTime()}\u0000${s.endAt.getTime()}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
function scheduleEvidence(input) {
    const out = [];
    const people = new Map(input.decision.facts.schedules.map((s) => [s.scheduleId, s.people]));
    for (const [id, read] of input.onCall ?? new Map()) {
        const shifts = distinct(read);
        out.push({
            id,
            purpose: 'on-call',
            entries: shifts.length,
            sha256: shiftsDigest(shifts),
            onCall: (people.get(id) ?? []).map((p) => ({ name: p.name, userId: p.userId, ...(p.login ? { login: p.login } : {}) })),
        });
    }
    const history = new Map();
    for (const s of input.history ?? [])
        history.set(s.scheduleId, [...(history.get(s.scheduleId) ?? []), s]);
    for (const [id, read] of history) {
        const shifts = distinct(read);
        out.push({ id, purpose: 'review-history', entries: shifts.length, sha256: shiftsDigest(shifts) });
    }
    return out;
}
/** Every review an escalation rule (or, in outage mode, a fallback) judged, once each, with why it counted or not. */
function reviewEvidence(input) {
    const out = new Map();
    const pullNumber = input.subject.kind === 'pull' ? input.subject.number : 0;
    for (const v of input.decision.verdicts) {
        const evidence = [
            ...v.rules.flatMap((r) => (r.type === 'escalation' && r.evidence ? [r.evidence] : [])),
            ...(v.fallback?.evidence ? [v.fallback.evidence] : []),
        ];
        for (const e of evidence) {
            const judged = e.subject === 'pull'
                ? [{ pull: pullNumber, notes: e.review.notes }]
                : e.deploy.kind === 'pulls'
                    ? e.deploy.pulls.map((p) => ({ pull: p.number, notes: p.review.notes }))
                    : [];
            for (const { pull, notes } of judged) {
                for (const n of notes) {
                    if (out.has(n.review.id) || pull < 1)
                        continue;
                    out.set(n.review.id, {
                        id: n.review.id,
                        pull,
                        reviewer: n.review.login,
                        state: n.review.state,
                        submittedAt: n.review.submittedAt,
                        commitId: n.review.commitId,
                        // An outsider's author_association goes with it (the record's fields are fixed in version 1).
                        counted: n.status === 'outsider' ? `outsider (${n.association || 'none given'})` : n.status,
                    });
                }
            }
        }
    }
    return [...out.values()];
}
function fileRecord(f) {
    return f.problem ? { path: f.path, problem: f.problem.code } : { path: f.path, sha256: sha256Hex(f.text) };
}
/** Outage mode: how each policy's fallback fared (none outside it). */
function fallbackRecords(d) {
    const fallbacks = d.verdicts.flatMap((v) => {
        const f = v.fallback;
        if (!f)
            return [];
        return [
            {
                policy: v.policy,
                line: f.at.line,
                status: f.status,
                requireReason: f.requireReason,
                ...(f.reasonProblem ? { reason: f.reasonProblem.kind } : {}),
                ...(f.approvedBy ? { approvedBy: [...f.approvedBy] } : {}),
                ...(f.expiresAt ? { expiresAt: iso(f.expiresAt) } : {}),
            },
        ];
    });
    return fallbacks.length > 0 ? { fallbacks } : {};
}
/** The record of one decision. */
function build_record_buildDecisionRecord(input) {
    const { decision: d, run, repository } = input;
    const runUrl = run.id ? `${run.serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${run.id}/attempts/${run.attempt}` : '';
    const s = input.subject;
    return {
        schemaVersion: DECISION_RECORD_SCHEMA_VERSION,
        product: { name: 'oncall-gate', version: input.version },
        command: input.command,
        decidedAt: iso(d.facts.at),
        verdict: d.result,
        approved: d.approved,
        ...(d.approvedBy ? { approvedBy: d.approvedBy } : {}),
        ...(d.expiresAt ? { expiresAt: iso(d.expiresAt) } : {}),
        dryRun: input.dryRun,
        ...(d.facts.reason ? { reason: d.facts.reason } : {}),
        ...(input.degraded ? { degraded: { ...input.degraded, ...fallbackRecords(d) } } : {}),
        repository: `${repository.owner}/${repository.repo}`,
        run: {
            id: run.id,
            attempt: run.attempt,
            event: run.eventName,
            actor: run.actor,
            triggeringActor: run.triggeringActor,
            ...(runUrl ? { url: runUrl } : {}),
        },
        subject: s.kind === 'run'
            ? {
                kind: 'run',
                sha: s.sha,
                ref: s.ref,
                ...(s.environment ? { environment: s.environment } : {}),
                ...(s.policy ? { policy: s.policy } : {}),
            }
            : {
                kind: 'pull',
                // Unknown parts (a pull request that could not be read) are left out rather than made up.
                ...(s.number >= 1 ? { number: s.number } : {}),
                ...(s.headSha ? { headSha: s.headSha } : {}),
                ...(s.baseRef ? { baseRef: s.baseRef } : {}),
                ...(s.baseSha ? { baseSha: s.baseSha } : {}),
            },
        requester: {
            login: d.requester.login,
            emailFound: d.requester.emails.length > 0,
            ...(d.requester.emailSource ? { emailSource: d.requester.emailSource } : {}),
        },
        ...(input.policy
            ? {
                policy: {
                    path: input.policy.path,
                    ...(input.policy.commit ? { commit: input.policy.commit } : {}),
                    ...(input.policy.branch ? { branch: input.policy.branch } : {}),
                    source: input.policy.source,
                    files: input.policy.files.map(fileRecord),
                },
            }
            : {}),
        policies: d.verdicts.map(policyRecord),
        evidence: {
            schedules: scheduleEvidence(input),
            reviews: reviewEvidence(input),
            incidents: (input.incidents ?? []).map((i) => ({
                policy: i.policy,
                ...(i.id ? { id: i.id } : {}),
                ...(i.reference ? { reference: i.reference } : {}),
                ...(i.url ? { url: i.url } : {}),
            })),
        },
        ...(d.error ? { error: { message: d.error.message, ...(d.error.fix ? { fix: d.error.fix } : {}) } } : {}),
    };
}

;// CONCATENATED MODULE: ./src/record/run-record.ts



function subjectOf(ctx, command, facts) {
    if (command === 'gate') {
        const target = facts.target ?? { environment: ctx.inputs.environment, policy: ctx.inputs.policy };
        return { kind: 'run', sha: ctx.run.sha, ref: ctx.run.ref, ...target };
    }
    if (facts.pull)
        return { kind: 'pull', ...facts.pull };
    // The pull request could not be read: what the event says, which is all there is.
    const pr = ctx.event.kind === 'pull_request' || ctx.event.kind === 'pull_request_review' ? ctx.event.pullRequest : undefined;
    return { kind: 'pull', number: pr?.number ?? 0, headSha: pr?.headSha ?? '', baseRef: pr?.baseRef ?? '', baseSha: pr?.baseSha ?? '' };
}
/** Outage mode decided: the record says so, with the failure that started it (already redacted). */
function degradedOf(decision, facts) {
    if (facts.degraded)
        return { degraded: facts.degraded };
    const cause = decision.degraded?.cause;
    if (!cause)
        return {};
    return { degraded: { mode: 'outage', reason: `incident.io ${cause.kind}${cause.call ? ` (${cause.call})` : ''}: ${cause.message}` } };
}
/** The record of `decision`, from the run's context and what the command learned. */
function run_record_decisionRecord(ctx, command, decision, facts = {}) {
    const { run, inputs } = ctx;
    const input = {
        command,
        version: VERSION,
        decision,
        dryRun: inputs.dryRun,
        repository: run.repository,
        run: {
            id: run.runId,
            attempt: run.runAttempt,
            eventName: run.eventName,
            actor: run.actor,
            triggeringActor: run.triggeringActor,
            serverUrl: run.serverUrl,
        },
        subject: subjectOf(ctx, command, facts),
        ...(facts.policy ? { policy: { path: inputs.policyPath, ...facts.policy } } : {}),
        ...(facts.onCall ? { onCall: facts.onCall } : {}),
        ...(facts.history ? { history: facts.history } : {}),
        ...(facts.incidents ? { incidents: facts.incidents } : {}),
        ...degradedOf(decision, facts),
    };
    return buildDecisionRecord(input);
}
/**
 * The record of a deciding command that ended without one (it threw past its own handling, or
 * the run's API deadline passed): an `error` decision with the message the step reports.
 */
function errorRecord(ctx, command, message) {
    const requester = {
        login: command === 'gate'
            ? ctx.run.triggeringActor
            : ctx.event.kind === 'pull_request' || ctx.event.kind === 'pull_request_review'
                ? ctx.event.pullRequest.authorLogin
                : '',
        emails: [],
    };
    return run_record_decisionRecord(ctx, command, errorDecision({ requester, at: ctx.clock(), message, subject: command === 'gate' ? 'run' : 'pull' }));
}

;// CONCATENATED MODULE: ./src/commands/gate.ts










const notRequired = (requester, at) => (0,engine/* evaluate */._3)({
    requester,
    policies: [],
    onCall: new Map(),
    at,
    reason: '',
    identities: { lookup: ['map'], users: new Map() },
    subject: { kind: 'run' },
});
async function runGate(ctx) {
    const { target, outcome } = await decideGate(ctx);
    return finish(ctx, target, outcome);
}
/** The gate's decision and what it did, without the step's result: for the action (runGate) and App mode. */
async function decideGate(ctx, options = {}) {
    const { inputs, run, log, event } = ctx;
    const login = run.triggeringActor;
    // The requester is who started this run or re-run; log both actors, since a re-run keeps
    // GITHUB_ACTOR of the first run.
    log.info(`Requester: ${login || '(unknown)'} (GITHUB_TRIGGERING_ACTOR); run started by ${run.actor || '(unknown)'} (GITHUB_ACTOR).`);
    const now = ctx.clock();
    const target = gateTarget(inputs, event);
    if (target.environmentFrom === 'deployment') {
        log.info(`Environment: ${target.environment}, from the ${event.name} event's deployment (the \`environment\` input is empty).`);
    }
    if (event.kind === 'push' && event.deleted)
        return { target, outcome: deletionPush(ctx, target, now) };
    let requester = { login, emails: [] };
    let matched = [];
    let set;
    const outcome = {};
    try {
        if (!login) {
            throw new src_errors/* OncallGateError */.lN({
                kind: 'environment',
                message: 'Neither GITHUB_TRIGGERING_ACTOR nor GITHUB_ACTOR is set, so there is nobody to check',
                fix: 'Run oncall-gate inside a GitHub Actions job (the runner sets both).',
            });
        }
        preloadOnCall(ctx, target);
        // Gather.
        const reads = await readGateFacts(ctx, target, now);
        outcome.source = reads.source;
        if (!reads.facts) {
            // No policy folder: fine when the step names no policy, an error when it names one.
            if (!target.environment && !target.policy) {
                log.info('No policy folder and no `environment` or `policy` input: approval not required.');
                return { target, outcome: { ...outcome, decision: notRequired(requester, now) } };
            }
            throw missingFolderError(ctx, reads.source);
        }
        const facts = await reads.facts.catch((error) => {
            if ((0,src_errors/* isError */.bJ)(error, 'policy') && error.diagnostics)
                outcome.diagnostics = [...error.diagnostics];
            throw error;
        });
        ({ matched, requester, set } = facts);
        const { onCall } = facts;
        if (facts.outlook)
            outcome.outlook = { ...facts.outlook, logins: (0,resolve_identity/* loginsByEmail */.Ob)(set.identities) };
        outcome.onCall = onCall;
        log.info(`Policy: ${set.files.length} file(s).`);
        if (matched.length === 0) {
            log.info('No `environment` or `policy` input: no policy applies, approval not required.');
            return { target, outcome: { ...outcome, decision: notRequired(requester, now) } };
        }
        log.info(`Matched policies: ${matched.map((p) => p.name).join(', ')}.`);
        log.info(requester.emailSource
            ? `Identity: ${login} resolved by ${requester.emailSource}.`
            : `Identity: ${login} has no known incident.io email.`);
        if (facts.outage) {
            // Outage mode: the policies' fallbacks decide on GitHub evidence alone.
            outcome.decision = await inOutage(ctx, { set, policies: matched, requester, at: now, reason: inputs.reason, cause: facts.outage });
            return { target, outcome: { ...outcome, decision: outcome.decision } };
        }
        for (const id of (0,engine/* policySchedules */.VH)(matched))
            log.info(`On call now for ${id}: ${(onCall.get(id) ?? []).length} shift(s).`);
        // Decide.
        // Without auto, nobody is on call as far as the rules are concerned: only evidence approves.
        const judged = options.judgeAuto === false ? new Map() : onCall;
        const identities = set.identities;
        const decideWith = (evidence) => {
            if (evidence)
                outcome.history = evidence.history;
            return (0,engine/* evaluate */._3)({
                requester,
                policies: matched,
                onCall: judged,
                at: now,
                reason: inputs.reason,
                identities,
                subject: { kind: 'run', ...(evidence ? { evidence } : {}) },
                ...(facts.rotationNames ? { rotationNames: facts.rotationNames } : {}),
            });
        };
        outcome.decision = decideWith();
        // A denial that an escalation could still turn around: gather the deployed commit's review
        // evidence, decide again, and (still pending) plan and apply the run's incident writes.
        // Loaded only then, so an auto-approved gate does not pay for it.
        if ((0,engine/* openEscalations */.Lp)(outcome.decision, matched).length > 0) {
            const { applyGateEscalation } = await Promise.all(/* import() */[__nccwpck_require__.e(645), __nccwpck_require__.e(781)]).then(__nccwpck_require__.bind(__nccwpck_require__, 781));
            const escalated = await applyGateEscalation(ctx, {
                decision: outcome.decision,
                policies: matched,
                set,
                redecide: decideWith,
                environment: target.environment,
                ...(options.page === false ? { page: false } : {}),
                ...(options.incidentMayExist ? { incidentMayExist: true } : {}),
            });
            outcome.decision = escalated.decision;
            outcome.incidentOutputs = escalated.outputs;
            outcome.incidents = escalated.incidents;
        }
        return { target, outcome: { ...outcome, decision: outcome.decision } };
    }
    catch (error) {
        log.debug(ctx.redactor.redact(error instanceof Error && error.stack ? error.stack : String(error)));
        // incident.io failed later (the review evidence's history, the run's incident): outage mode
        // decides when a matched policy names a fallback, as it would have from the start.
        const cause = set && outcome.decision?.degraded === undefined ? asOutage(error, ctx.redactor.redact) : undefined;
        const failedOutcome = { ...outcome, incidentOutputs: {}, incidents: [] };
        if (cause && set && matched.some((p) => p.whenUnavailable?.kind === 'fallback')) {
            try {
                const decision = await inOutage(ctx, { set, policies: matched, requester, at: now, reason: inputs.reason, cause });
                return { target, outcome: { ...failedOutcome, decision } };
            }
            catch (fallbackError) {
                return { target, outcome: { ...failedOutcome, decision: failed(ctx, fallbackError, requester, matched, now) } };
            }
        }
        return { target, outcome: { ...failedOutcome, decision: failed(ctx, error, requester, matched, now) } };
    }
}
/** Outage mode (escalation/outage-fallback.ts), loaded only when incident.io is down. */
async function inOutage(ctx, request) {
    const { decideRunInOutage } = await __nccwpck_require__.e(/* import() */ 829).then(__nccwpck_require__.bind(__nccwpck_require__, 3829));
    return decideRunInOutage(ctx, request);
}
/** The error decision of a gate that could not decide. */
function failed(ctx, error, requester, policies, at) {
    const scrub = ctx.redactor.redact;
    // Our own errors keep their fix apart, for the summary's "what to do"; anything else is a bug.
    const known = (0,src_errors/* isError */.bJ)(error);
    return (0,engine/* errorDecision */.zo)({
        requester,
        at,
        message: scrub(known ? error.message : (0,describe_error/* describeError */.Uc)(error)),
        ...(known && error.fix ? { fix: scrub(error.fix) } : {}),
        policies,
    });
}
/**
 * A push that deletes a branch or tag deploys nothing: nothing to read, nobody to page. But
 * GitHub runs such a workflow at the default branch's commit, so a step that names an
 * environment or policy must not pass: the steps after it would deploy unchecked.
 */
function deletionPush(ctx, target, now) {
    const { event, log, run } = ctx;
    const login = run.triggeringActor;
    const what = (event.kind === 'push' ? event.ref : '').replace(/^refs\/(heads|tags)\//, '') || 'a ref';
    if (!target.environment && !target.policy) {
        const notice = `This push deletes ${what}; there is nothing to deploy, so oncall-gate does nothing (not-required).`;
        log.info(notice);
        return { decision: notRequired({ login, emails: [] }, now), notice: { title: 'oncall-gate: nothing to deploy', message: notice } };
    }
    const named = target.environment ? `the environment \`${target.environment}\`` : `the policy \`${target.policy}\``;
    return {
        decision: (0,engine/* errorDecision */.zo)({
            requester: { login, emails: [] },
            at: now,
            message: `This push deletes ${what}, so there is no commit to deploy, yet the step gates ${named}; GitHub runs this job at the default branch's commit, which nothing approved`,
            fix: 'Skip the deploy job for deletions: add `if: ${{ !github.event.deleted }}` to the job (or trigger it on `branches`/`tags` pushes only).',
        }),
    };
}
function finish(ctx, target, outcome) {
    const { inputs, run } = ctx;
    const { decision, source, diagnostics = [], incidentOutputs = {}, incidents = [], notice, outlook } = outcome;
    ctx.log.info(gateLogLine(decision, incidents));
    const record = decisionRecord(ctx, 'gate', decision, {
        target: { environment: target.environment, policy: target.policy },
        ...(source?.files ? { policy: { commit: source.commit, branch: source.branch, source: source.via, files: source.files } } : {}),
        ...(outcome.onCall ? { onCall: outcome.onCall } : {}),
        ...(outcome.history ? { history: outcome.history } : {}),
        incidents: incidents.flatMap((i) => i.kind === 'paged'
            ? [{ policy: i.policy, reference: i.reference, ...(i.id ? { id: i.id } : {}), ...(i.url ? { url: i.url } : {}) }]
            : []),
    });
    const result = gateResult(decision, {
        actor: run.actor,
        triggeringActor: run.triggeringActor,
        environment: target.environment,
        ...(target.environmentFrom === 'deployment'
            ? { environmentFrom: `the ${ctx.event.name} event's \`deployment.environment\`; the \`environment\` input is empty` }
            : {}),
        policyInput: target.policy,
        ...(source ? { policySource: describePolicySource(inputs.policyPath, source) } : {}),
        dryRun: inputs.dryRun,
        failOnDeny: inputs.failOnDeny,
        diagnostics,
        serverUrl: run.serverUrl,
        incidents,
        auto: inputs.command === 'auto',
        eventName: ctx.event.name,
        incidentOutputs,
        ...(notice ? { notice } : {}),
        ...(outlook ? { outlook } : {}),
        redact: ctx.redactor.redact,
    });
    return { ...result, record };
}

;// CONCATENATED MODULE: ./src/decide/run-event.ts
// Which workflow runs App mode may judge, pure. App mode judges a run by its head commit
// (`head_sha`): the policy's evidence is read for that commit. That is sound only when the job runs
// the workflow file and the code of that commit, which depends on the event that started the run
// (docs/app-mode.md, "Which runs the App judges"). A `pull_request` run, for one, executes the merge
// of the pull request into its base branch (`refs/pull/<n>/merge`) while its `head_sha` is the pull
// request's head: someone who opens a pull request whose head is an approved commit, into a base
// branch of their own whose workflow deploys, would otherwise have that workflow judged by the
// approved commit. So only an allow-list of events is judged; every other run is refused.
/**
 * Events whose runs execute the workflow and the code of the run's head commit: `push` (the pushed
 * commit), `workflow_dispatch` (the tip of the chosen branch or tag), `deployment` (the commit to be
 * deployed), `schedule` and `repository_dispatch` (the tip of the default branch), `release` (the
 * tagged commit).
 */
const JUDGEABLE_RUN_EVENTS = [
    'push',
    'workflow_dispatch',
    'deployment',
    'schedule',
    'release',
    'repository_dispatch',
];
const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
/**
 * Undefined when App mode may judge the run by its head commit; else why not. `requestedSha`: the
 * commit a protection-rule request names ('' when it names none), which must be the run's.
 */
function runRefusal(run, requestedSha = '') {
    if (!JUDGEABLE_RUN_EVENTS.includes(run.event))
        return { kind: 'event', event: run.event, headSha: run.headSha };
    if (!SHA.test(run.headSha))
        return { kind: 'no-head', event: run.event };
    if (requestedSha !== '' && requestedSha.toLowerCase() !== run.headSha.toLowerCase()) {
        return { kind: 'sha-mismatch', requested: requestedSha, headSha: run.headSha };
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __nccwpck_require__(4285);
;// CONCATENATED MODULE: ./src/report/render-app-answer.ts
// App mode's answer to a deployment protection rule (docs/app-mode.md): the state GitHub is told
// and the comment it shows on the run. On call: approved, naming the schedule and until when.
// Escalation still waiting: no state, a status comment saying who was paged. Anything else:
// rejected, with why and what to do. GitHub takes at most 1024 characters; the first line always
// fits and says the outcome. The words come from explain.ts, with App mode's advice. In outage
// mode (a `whenUnavailable` fallback decided) the answer says so before anything else.




/** GitHub's limit on a protection rule comment. */
const APP_COMMENT_MAX = 1024;
const O = { style: MARKDOWN, advice: 'app' };
/** Cut to GitHub's limit, counting characters as GitHub does (code points), with an ellipsis. */
function fitComment(text, max = APP_COMMENT_MAX) {
    const chars = [...text.trim()];
    return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}
function approvedLines(d) {
    const lines = d.verdicts.map((v) => {
        const rule = (0,engine/* decidingRule */.aY)(v);
        const why = rule ? explain_ruleReason(rule, d, O) : v.decidedBy.kind === 'fallback' ? policyReason(v, d, O) : 'approved';
        const shift = rule?.type === 'auto' && rule.shiftEnd ? ` (the shift ends ${explain_rfc3339(rule.shiftEnd)})` : '';
        return `Policy ${O.style.code(v.policy)}: ${why}${shift}.`;
    });
    return lines;
}
function render_app_answer_incidentLine(i) {
    if (i.kind !== 'paged')
        return `Policy ${O.style.code(i.policy)}: no incident was opened (dry run).`;
    const ref = (0,markdown/* escapeMarkdown */.FV)(i.reference);
    return `Paged ${i.url ? `[${ref}](${i.url})` : ref} for policy ${O.style.code(i.policy)}.`;
}
/** Outage mode: what happened, in one sentence after the outcome (the outcome's words stay first). */
function outageSentence(d) {
    if (!d.degraded)
        return '';
    const why = outageCause(d.degraded.cause);
    return d.result === 'error'
        ? ` OUTAGE MODE: ${why}, and not every matched policy names an outage fallback (${O.style.code('whenUnavailable')}).`
        : ` OUTAGE MODE (degraded): ${why}, so nobody's on-call state could be read and the policies' ${O.style.code('whenUnavailable')} fallback decided: an approving review by a person it names.`;
}
function renderAppAnswer(f) {
    const { decision: d } = f;
    const source = f.policySource ? ` Decided by ${(0,markdown/* escapeMarkdown */.FV)(f.policySource)}.` : '';
    const fixes = explain_decisionFixes(d, O);
    const todo = fixes.length > 0 ? ` What to do: ${fixes.join(' ')}` : '';
    const outage = outageSentence(d);
    let state;
    let text;
    switch (d.result) {
        case 'approved': {
            state = 'approved';
            const until = d.expiresAt ? ` until ${explain_rfc3339(d.expiresAt)}` : '';
            const by = d.approvedBy && d.approvedBy !== 'auto'
                ? `approved by ${O.style.code(d.approvedBy)}`
                : `${O.style.code(d.requester.login)} is on call`;
            text = `✅ oncall-gate approved this deployment${until}: ${by}.${outage} ${approvedLines(d).join(' ')}${source}`;
            break;
        }
        case 'pending': {
            const paged = (f.incidents ?? []).map(render_app_answer_incidentLine);
            const waiting = d.degraded ? 'waiting for an approval by a person the outage fallback names' : 'waiting for an on-call approval';
            text = `⏳ oncall-gate: ${waiting}.${outage} ${[...paged, ...explain_decisionReasons(d, O)].join(' ')}${todo}${source}`;
            break;
        }
        case 'error':
            state = 'rejected';
            text = `⛔ oncall-gate could not decide, so it rejected this deployment.${outage} ${explain_decisionReasons(d, O).join(' ')}${todo}`;
            break;
        case 'denied':
            state = 'rejected';
            text = `❌ oncall-gate rejected this deployment.${outage} ${explain_decisionReasons(d, O).join(' ')}${todo}${source}`;
            break;
        case 'not-required':
            // App mode always names an environment, so a decision without policies cannot approve.
            state = 'rejected';
            text = '❌ oncall-gate rejected this deployment: no policy applies to this environment.';
            break;
    }
    return { ...(state ? { state } : {}), comment: fitComment(f.redact(text)) };
}
/** Why App mode does not judge a run (decide/run-event.ts), and what to do instead: one sentence each. */
function runRefusalText(r, o = O) {
    const c = o.style.code;
    const events = JUDGEABLE_RUN_EVENTS.map(c).join(', ');
    switch (r.kind) {
        case 'event': {
            const started = r.event ? `this run was started by a ${c(r.event)} event` : 'GitHub does not say which event started this run';
            const head = r.headSha ? ` ${c(r.headSha.slice(0, 12))}` : '';
            return {
                reason: `${started}, and oncall-gate judges only runs that execute the workflow and the code of their own commit (${events}): ` +
                    `such a run may execute other code than its head commit${head} (a pull request run, the merge into its base branch), ` +
                    'so no approval of that commit vouches for what this job runs',
                fix: `Deploy from a run of a ${c('push')} to the default branch, or a ${c('workflow_dispatch')} of it.`,
            };
        }
        case 'no-head':
            return {
                reason: `GitHub names no commit for this ${c(r.event)} run, so there is nothing to judge`,
                fix: 'Re-run the job; if GitHub still names no commit, deploy from a new run.',
            };
        case 'sha-mismatch':
            return {
                reason: `the request names the commit ${c(r.requested.slice(0, 12))} but the run is of ${c(r.headSha.slice(0, 12))}; ` +
                    'oncall-gate judges a run only by its own commit',
                fix: 'Re-run the job; if the two still differ, deploy from a new run.',
            };
    }
}
/** App mode's answer to a run it does not judge: rejected, with why and what to do. */
function renderRunRefusal(r, redact) {
    const { reason, fix } = runRefusalText(r);
    return { state: 'rejected', comment: fitComment(redact(`⛔ oncall-gate rejected this deployment: ${reason}. What to do: ${fix}`)) };
}

;// CONCATENATED MODULE: ./src/app/deliveries.ts
// The two deliveries App mode acts on, decoded defensively. GitHub's schema makes every field of a
// `deployment_protection_rule` optional, and a payload is data: nothing in it is trusted further
// than its shape. Where to answer comes only from the callback URL, and only when that URL is on
// the configured GitHub API (the App never sends its token anywhere a payload says); everything
// else is checked against what GitHub's names and IDs can look like. Pure.

const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const at = (o, path) => path.split('.').reduce((cur, k) => (isObj(cur) ? cur[k] : undefined), o);
const str = (o, path) => {
    const v = at(o, path);
    return typeof v === 'string' ? v : '';
};
/** A repository owner or name as GitHub allows them (never `.` or `..`). */
const NAME_CHARS = /^[A-Za-z0-9_.-]{1,100}$/;
const deliveries_NAME = { test: (s) => NAME_CHARS.test(s) && s !== '.' && s !== '..' };
/** A user login, or an App's bot account (`name[bot]`). */
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;
/** Environment names: GitHub allows up to 255 characters; no control characters. */
const ENVIRONMENT = /^[^\p{Cc}]{1,255}$/u;
const positiveId = (v) => (typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : undefined);
/**
 * The run and repository of a callback URL, when it is `<apiUrl>/repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule`
 * on the configured API (origin and path prefix); undefined otherwise.
 */
function parseCallbackUrl(raw, apiUrl) {
    let url;
    let api;
    try {
        url = new URL(raw);
        api = new URL(apiUrl);
    }
    catch {
        return undefined;
    }
    if (url.origin !== api.origin || url.search || url.hash || url.username || url.password)
        return undefined;
    const prefix = api.pathname.replace(/\/+$/, '');
    if (!url.pathname.startsWith(`${prefix}/`))
        return undefined;
    const m = /^\/repos\/([^/]+)\/([^/]+)\/actions\/runs\/(\d{1,16})\/deployment_protection_rule$/.exec(url.pathname.slice(prefix.length));
    if (!m)
        return undefined;
    let owner;
    let repo;
    try {
        owner = decodeURIComponent(m[1] ?? '');
        repo = decodeURIComponent(m[2] ?? '');
    }
    catch {
        return undefined;
    }
    const runId = Number(m[3]);
    if (!deliveries_NAME.test(owner) || !deliveries_NAME.test(repo) || !Number.isSafeInteger(runId) || runId <= 0)
        return undefined;
    return { repository: { owner, repo }, runId };
}
function decodeProtectionRuleRequest(payload, apiUrl) {
    if (!isObj(payload))
        return { kind: 'ignore', problem: 'the payload is not a JSON object' };
    const installationId = positiveId(at(payload, 'installation.id'));
    if (installationId === undefined)
        return { kind: 'ignore', problem: 'the payload has no installation.id, so no token can answer it' };
    const callback = str(payload, 'deployment_callback_url');
    const where = parseCallbackUrl(callback, apiUrl);
    if (!where) {
        return {
            kind: 'ignore',
            problem: callback
                ? `deployment_callback_url is not a protection-rule callback on ${new URL(apiUrl).origin}; nothing is sent there`
                : 'the payload has no deployment_callback_url',
        };
    }
    const environment = str(payload, 'environment') || str(payload, 'deployment.environment');
    if (!ENVIRONMENT.test(environment)) {
        return { kind: 'ignore', problem: environment ? 'environment is not a valid environment name' : 'the payload names no environment' };
    }
    const target = { installationId, repository: where.repository, runId: where.runId, environment };
    const fullName = str(payload, 'repository.full_name');
    if (fullName && fullName.toLowerCase() !== `${where.repository.owner}/${where.repository.repo}`.toLowerCase()) {
        return { kind: 'reject', target, problem: 'The request names one repository in repository.full_name and another in its callback URL' };
    }
    const requester = str(payload, 'sender.login');
    if (!LOGIN.test(requester)) {
        return {
            kind: 'reject',
            target,
            problem: requester
                ? 'The request names a sender whose login is not a GitHub login'
                : 'The request names no sender, so there is nobody whose on-call state could be checked',
        };
    }
    const sha = [str(payload, 'sha'), str(payload, 'deployment.sha')].find(review/* isCommitSha */._$) ?? '';
    const defaultBranch = str(payload, 'repository.default_branch');
    return {
        kind: 'request',
        request: {
            ...target,
            defaultBranch: /^[^\p{Cc} ~^:?*[\\]{1,255}$/u.test(defaultBranch) ? defaultBranch : '',
            sha,
            ref: (str(payload, 'ref') || str(payload, 'deployment.ref')).slice(0, 255),
            event: str(payload, 'event').slice(0, 64),
            requester,
        },
    };
}
/**
 * A `pull_request_review` delivery as a trigger. Only a pull request merged into the default
 * branch can be evidence, so any other is ignored here; the evidence itself is read fresh from
 * GitHub by the gate, never taken from the payload.
 */
function decodeReviewTrigger(payload) {
    if (!isObj(payload))
        return { kind: 'ignore', why: 'the payload is not a JSON object' };
    const action = str(payload, 'action');
    if (!['submitted', 'dismissed', 'edited'].includes(action))
        return { kind: 'ignore', why: `review action "${action.slice(0, 40)}"` };
    const installationId = positiveId(at(payload, 'installation.id'));
    if (installationId === undefined)
        return { kind: 'ignore', why: 'no installation.id' };
    const [owner = '', repo = '', ...more] = str(payload, 'repository.full_name').split('/');
    if (!deliveries_NAME.test(owner) || !deliveries_NAME.test(repo) || more.length > 0)
        return { kind: 'ignore', why: 'no valid repository.full_name' };
    const defaultBranch = str(payload, 'repository.default_branch');
    const pullNumber = positiveId(at(payload, 'pull_request.number'));
    if (!defaultBranch || pullNumber === undefined)
        return { kind: 'ignore', why: 'no default branch or pull request number' };
    const mergeCommitSha = str(payload, 'pull_request.merge_commit_sha');
    if (!str(payload, 'pull_request.merged_at') || !(0,review/* isCommitSha */._$)(mergeCommitSha))
        return { kind: 'ignore', why: `pull request #${pullNumber} is not merged` };
    if (str(payload, 'pull_request.base.ref') !== defaultBranch) {
        return { kind: 'ignore', why: `pull request #${pullNumber} was merged into another branch than ${defaultBranch}` };
    }
    return { kind: 'trigger', trigger: { installationId, repository: { owner, repo }, defaultBranch, pullNumber, mergeCommitSha } };
}

;// CONCATENATED MODULE: ./src/app/protection-rule.ts
// `deployment_protection_rule` `requested`: a job of a workflow run waits on an environment this
// App gates. Decode the request, take a token for that one repository, decide exactly as the
// action's `gate` does (decideGate: the policy at the default branch's tip, the requester's
// on-call state, for an escalation the review evidence of pull requests merged into the default
// branch and the run's incident under the same request key), and answer: approved, rejected, or a
// status comment while the escalation waits. Idempotent: answering a gate GitHub no longer waits on
// (422) is "already answered", and a second request for the same run finds its incident.









const where = (t) => `${t.repository.owner}/${t.repository.repo} run ${t.runId} ${logSafe(JSON.stringify(t.environment), 120)}`;
const logDecision = (d) => `${d.result}${d.result === 'error' ? ` (${logSafe(d.error?.message ?? '', 300)})` : ''}`;
/** Sends the answer; a gate that no longer waits (422) is not an error. */
async function answer(scope, t, a) {
    const review = { environment: t.environment, comment: a.comment, ...(a.state ? { state: a.state } : {}) };
    const sent = await scope.port.reviewDeploymentGate(t.runId, review);
    const what = a.state ?? 'status comment';
    return sent === 'answered' ? what : `${what} not needed: GitHub no longer waits on this gate (already answered)`;
}
/** Handles one request; returns the log line. Throws only when no answer could be sent. */
async function handleProtectionRule(rt, payload) {
    const decoded = decodeProtectionRuleRequest(payload, rt.config.github.apiUrl);
    if (decoded.kind === 'ignore')
        return `deployment_protection_rule ignored: ${decoded.problem}`;
    const target = decoded.kind === 'request' ? decoded.request : decoded.target;
    const scope = await rt.repository(target.installationId, target.repository);
    try {
        if (decoded.kind === 'reject') {
            const comment = fitComment(scope.redactor.redact(`⛔ oncall-gate rejected this deployment: ${decoded.problem}.`));
            return `${where(target)}: malformed request (${decoded.problem}): ${await answer(scope, target, { state: 'rejected', comment })}`;
        }
        const request = decoded.request;
        const now = rt.clock();
        /** What was decided, for the log line. */
        let decided;
        let a;
        try {
            // The attempt scopes the incident create's idempotency key; the run's commit is what is judged.
            const run = await scope.port.getWorkflowRun(request.runId);
            // Only a run that executes its own commit's workflow and code is judged by that commit, and a
            // request that names a commit must name the run's (decide/run-event.ts).
            const refusal = runRefusal(run, request.sha);
            if (refusal) {
                a = renderRunRefusal(refusal, scope.redactor.redact);
                decided = `refused (${logSafe(runRefusalText(refusal).reason, 300)})`;
            }
            else {
                const ctx = scope.context({
                    defaultBranch: request.defaultBranch,
                    environment: request.environment,
                    requester: request.requester,
                    runId: request.runId,
                    runAttempt: run.runAttempt,
                    sha: run.headSha,
                    ref: request.ref,
                });
                const { outcome } = await scope.within(decideGate(ctx));
                a = renderAppAnswer({
                    decision: outcome.decision,
                    incidents: outcome.incidents ?? [],
                    ...(outcome.source ? { policySource: gate_policy_describePolicySource(rt.config.policyPath, outcome.source) } : {}),
                    redact: scope.redactor.redact,
                });
                decided = logDecision(outcome.decision);
            }
        }
        catch (error) {
            // Fail closed: what could not be decided is rejected, with the reason and the fix.
            const message = scope.redactor.redact((0,src_errors/* isError */.bJ)(error) ? error.message : (0,describe_error/* describeError */.Uc)(error));
            const decision = (0,engine/* errorDecision */.zo)({
                requester: { login: request.requester, emails: [] },
                at: now,
                message,
                ...((0,src_errors/* isError */.bJ)(error) && error.fix ? { fix: scope.redactor.redact(error.fix) } : {}),
            });
            a = renderAppAnswer({ decision, redact: scope.redactor.redact });
            decided = logDecision(decision);
        }
        const sent = await answer(scope, target, a);
        return `${where(target)} requested by ${request.requester}: ${decided}; answered ${sent}`;
    }
    finally {
        scope.dispose();
    }
}

;// CONCATENATED MODULE: ./src/app/recheck.ts
// Approval later, without a database: a deployment the request left waiting is checked again when
// a review of a pull request merged into the default branch arrives (the runs of its merge
// commit), and by the sweep (every waiting run of every repository the App is installed on, so a
// lost webhook never leaves a deploy waiting for GitHub's 30 days). A later check judges the
// escalation evidence only and only ever approves: `auto` was judged when the deployment was
// requested (a request made off call must not go out when a shift starts), a check that finds no
// approval pages nobody and answers nothing (the request already did), and a denial is left to the
// request, which saw the same tip. A run started by an event that executes other code than its head
// commit (a pull request's merge, say) is never judged at all. Only the environments whose protection rules name this App are
// touched; GitHub lets an App answer its own rule only.








/** Whether this App's protection rule gates an environment, asked once per environment and piece of work. */
function gatedByApp(rt, scope) {
    const known = new Map();
    return (environment) => {
        let answer = known.get(environment);
        if (!answer) {
            answer = scope.port.listProtectionRuleApps(environment).then((apps) => apps.includes(rt.appId));
            known.set(environment, answer);
        }
        return answer;
    };
}
/** Checks one waiting run again, environment by environment. */
async function recheckRun(rt, open, run, defaultBranch, gated, listing) {
    const out = [];
    const name = `${listing.repository.owner}/${listing.repository.repo} run ${run.id}`;
    let environments;
    try {
        environments = await listing.port.listPendingEnvironments(run.id);
    }
    catch (error) {
        out.push({
            runId: run.id,
            environment: '',
            outcome: 'error',
            line: `${name}: ${logSafe((0,describe_error/* describeError */.Uc)(error, listing.redactor.redact), 300)}`,
        });
        return { outcomes: out };
    }
    for (const environment of environments) {
        const label = `${name} ${logSafe(JSON.stringify(environment), 120)}`;
        let scope;
        try {
            if (!(await gated(environment)))
                continue;
            // A run whose event executes other code than its head commit is never approved on that
            // commit's evidence (decide/run-event.ts); its request was rejected, and nothing is read.
            const refusal = runRefusal(run);
            if (refusal) {
                out.push({
                    runId: run.id,
                    environment,
                    outcome: 'refused',
                    line: `${label}: not judged: ${logSafe(runRefusalText(refusal).reason, 300)}`,
                });
                continue;
            }
            // Each environment is its own piece of work, with its own deadline.
            scope = await open();
            const ctx = scope.context({
                defaultBranch,
                environment,
                requester: run.triggeringActor,
                runId: run.id,
                runAttempt: run.runAttempt,
                sha: run.headSha,
                ref: '',
            });
            const { outcome } = await scope.within(decideGate(ctx, { judgeAuto: false, page: false, incidentMayExist: true }));
            const d = outcome.decision;
            if (d.result !== 'approved') {
                const why = d.result === 'error' ? (d.error?.message ?? '') : (explain_decisionReasons(d, { style: PLAIN, advice: 'app' })[0] ?? d.result);
                out.push({
                    runId: run.id,
                    environment,
                    outcome: d.result === 'error' ? 'error' : 'waiting',
                    line: `${label}: still waiting (${logSafe(why, 300)})`,
                });
                continue;
            }
            const answer = renderAppAnswer({
                decision: d,
                ...(outcome.source ? { policySource: gate_policy_describePolicySource(rt.config.policyPath, outcome.source) } : {}),
                redact: scope.redactor.redact,
            });
            const sent = await scope.port.reviewDeploymentGate(run.id, { environment, comment: answer.comment, state: 'approved' });
            out.push({
                runId: run.id,
                environment,
                outcome: sent === 'answered' ? 'approved' : 'already-answered',
                line: `${label}: ${sent === 'answered' ? `approved (by ${d.approvedBy ?? '?'})` : 'already answered'}`,
            });
        }
        catch (error) {
            const redact = (scope ?? listing).redactor.redact;
            out.push({ runId: run.id, environment, outcome: 'error', line: `${label}: ${logSafe((0,describe_error/* describeError */.Uc)(error, redact), 300)}` });
        }
        finally {
            scope?.dispose();
        }
    }
    return { outcomes: out };
}
/** The waiting runs of one repository (of one commit, when given), each checked again. */
async function recheckRepository(rt, installationId, repository, defaultBranch, headSha) {
    const open = () => rt.repository(installationId, repository);
    const listing = await open();
    try {
        const runs = await listing.port.listWaitingRuns(headSha);
        const gated = gatedByApp(rt, listing);
        const outcomes = [];
        for (const run of runs)
            outcomes.push(...(await recheckRun(rt, open, run, defaultBranch, gated, listing)).outcomes);
        return { outcomes };
    }
    finally {
        listing.dispose();
    }
}
/** `pull_request_review`: the runs of the reviewed pull request's merge commit, checked again. Returns the log line. */
async function handleReview(rt, payload) {
    const decoded = decodeReviewTrigger(payload);
    if (decoded.kind === 'ignore')
        return `pull_request_review ignored: ${decoded.why}`;
    const t = decoded.trigger;
    const { outcomes } = await recheckRepository(rt, t.installationId, t.repository, t.defaultBranch, t.mergeCommitSha);
    const head = `${t.repository.owner}/${t.repository.repo}#${t.pullNumber} reviewed`;
    if (outcomes.length === 0)
        return `${head}: no run of ${t.mergeCommitSha.slice(0, 12)} waits on this App`;
    return `${head}: ${outcomes.map((o) => o.line).join('; ')}`;
}
/** Every waiting run of every repository the App is installed on, checked again. */
async function sweep(rt) {
    const report = { repositories: 0, outcomes: [], failures: [] };
    const installations = await rt.authority.installations();
    for (const installation of installations) {
        let repositories;
        try {
            repositories = await rt.authority.repositories(installation.id);
        }
        catch (error) {
            report.failures.push(`installation ${installation.id} (${installation.account}): ${(0,describe_error/* describeError */.Uc)(error, rt.redactor.redact)}`);
            continue;
        }
        for (const r of repositories) {
            report.repositories++;
            try {
                const { outcomes } = await recheckRepository(rt, installation.id, { owner: r.owner, repo: r.repo }, r.defaultBranch);
                report.outcomes.push(...outcomes);
            }
            catch (error) {
                report.failures.push(`${r.owner}/${r.repo}: ${(0,describe_error/* describeError */.Uc)(error, rt.redactor.redact)}`);
            }
        }
    }
    return report;
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
;// CONCATENATED MODULE: ./src/app/node-host.ts
// The embedded host of App mode: a node:http server that hands each request to the one Fetch API
// handler (webhook-handler.ts) and writes its Response back. Bodies are capped while they are read,
// and slow clients are cut off, so a stranger on the network cannot tie the server up.


function toRequest(req, origin, body) {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
        if (value === undefined)
            continue;
        for (const v of Array.isArray(value) ? value : [value])
            headers.append(name, v);
    }
    const method = req.method ?? 'GET';
    return new Request(new URL(req.url ?? '/', origin), {
        method,
        headers,
        ...(body && method !== 'GET' && method !== 'HEAD' ? { body } : {}),
    });
}
async function node_host_startNodeHost(handler, options) {
    const max = options.maxBodyBytes ?? MAX_BODY_BYTES;
    let origin = '';
    const server = createServer((req, res) => {
        const chunks = [];
        let size = 0;
        let tooLarge = false;
        req.on('data', (c) => {
            size += c.length;
            if (size > max) {
                tooLarge = true;
                chunks.length = 0;
            }
            else if (!tooLarge)
                chunks.push(c);
        });
        req.on('end', () => {
            if (tooLarge) {
                res.writeHead(413, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' }).end('payload too large\n');
                return;
            }
            handler(toRequest(req, origin, Buffer.concat(chunks)))
                .then(async (response) => {
                const body = Buffer.from(await response.arrayBuffer());
                const headers = {};
                response.headers.forEach((v, k) => (headers[k] = v));
                headers['content-length'] = String(body.length);
                res.writeHead(response.status, headers).end(body);
            })
                .catch(() => {
                if (!res.headersSent)
                    res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
                res.end('internal error\n');
            });
        });
        req.on('error', () => res.destroy());
    });
    server.requestTimeout = 30_000;
    server.headersTimeout = 10_000;
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port, options.host, () => resolve());
    });
    const address = server.address();
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    origin = `http://${host}:${address.port}`;
    return {
        url: origin,
        close: () => new Promise((resolve) => {
            server.close(() => resolve());
            server.closeIdleConnections();
        }),
    };
}

// EXTERNAL MODULE: ./node_modules/@octokit/webhooks/dist-bundle/index.js + 1 modules
var dist_bundle = __nccwpck_require__(5468);
;// CONCATENATED MODULE: ./src/app/webhook-handler.ts
// The one webhook handler of App mode, as a Fetch API function (Request -> Response), so the same
// code answers on the embedded Node server (node-host.ts) and on a serverless platform (lambda.ts).
// Order matters: the route, then the signature over the exact body bytes, and only then parsing.
// A missing or wrong signature is 401 and the log says nothing but the delivery ID (a header, so
// itself checked). A signed delivery is handed to @octokit/webhooks' createWebMiddleware, which
// verifies it again, dispatches it by event, and answers 202 "still processing" when the work takes
// longer than GitHub waits (10 s): the answer then still arrives, through the callback. A delivery
// ID seen before (GitHub's redelivery repeats it) changes nothing.

/** The largest body read: App deliveries of these events are a few tens of kilobytes. */
const webhook_handler_MAX_BODY_BYTES = 5 * 1024 * 1024;
/** GitHub stops waiting for an answer after 10 seconds. */
const RESPONSE_TIMEOUT_MS = 9_000;
/** Delivery IDs remembered for duplicates. */
const REMEMBERED = 10_000;
/** The delivery ID as logged: a UUID-like header value, or a placeholder for anything else. */
function deliveryLabel(id) {
    return id && /^[0-9A-Za-z-]{1,64}$/.test(id) ? id : '(no valid delivery ID)';
}
const webhook_handler_text = (status, body) => new Response(`${body}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
/** Reads at most `max` bytes of the body; undefined when it is longer. */
async function readBody(request, max) {
    const declared = Number(request.headers.get('content-length') ?? '');
    if (Number.isFinite(declared) && declared > max)
        return undefined;
    if (!request.body)
        return new Uint8Array();
    const chunks = [];
    let size = 0;
    for await (const chunk of request.body) {
        size += chunk.byteLength;
        if (size > max)
            return undefined;
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
function createWebhookHandler(o) {
    const max = o.maxBodyBytes ?? webhook_handler_MAX_BODY_BYTES;
    // Nothing of a delivery's content is ever logged by the library: its log is silent, ours says what happened.
    const silent = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
    const webhooks = new dist_bundle/* Webhooks */.zo({ secret: o.secret, log: silent });
    const seen = new Map();
    /** Runs a delivery's work once per delivery ID; a failed one may be delivered again. */
    const once = (id, event, work) => {
        const label = deliveryLabel(id);
        const known = seen.get(id);
        if (known) {
            o.log.info(`delivery ${label} ${event}: duplicate of a delivery already handled; nothing done`);
            return known;
        }
        const run = work().then((line) => o.log.info(`delivery ${label} ${event}: ${line}`), (error) => {
            seen.delete(id);
            o.log.warning(`delivery ${label} ${event}: failed, no answer was sent: ${error instanceof Error ? error.message : String(error)}`);
            // The library answers 500 with this message: nothing of the failure leaves the server.
            throw new Error('oncall-gate could not handle this delivery; see the App server log');
        });
        seen.set(id, run);
        run.catch(() => undefined);
        if (seen.size > REMEMBERED)
            seen.delete(seen.keys().next().value ?? '');
        return run;
    };
    webhooks.on('deployment_protection_rule.requested', ({ id, payload }) => once(id, 'deployment_protection_rule.requested', () => o.onProtectionRule(payload)));
    webhooks.on('pull_request_review', ({ id, payload }) => once(id, `pull_request_review.${String(payload.action)}`, () => o.onReview(payload)));
    const middleware = (0,dist_bundle/* createWebMiddleware */.$9)(webhooks, { path: o.path, log: silent, timeout: o.responseTimeoutMs ?? RESPONSE_TIMEOUT_MS });
    return async (request) => {
        const url = new URL(request.url);
        if (url.pathname === '/healthz' && (request.method === 'GET' || request.method === 'HEAD'))
            return webhook_handler_text(200, 'ok');
        if (url.pathname !== o.path)
            return webhook_handler_text(404, 'not found');
        if (request.method !== 'POST')
            return webhook_handler_text(405, 'POST webhook deliveries here');
        const label = deliveryLabel(request.headers.get('x-github-delivery'));
        const signature = request.headers.get('x-hub-signature-256');
        if (!signature) {
            o.log.warning(`delivery ${label}: refused (401): no X-Hub-Signature-256`);
            return webhook_handler_text(401, 'signature required');
        }
        const body = await readBody(request, max);
        if (!body) {
            o.log.warning(`delivery ${label}: refused (413): body over ${max} bytes`);
            return webhook_handler_text(413, 'payload too large');
        }
        const raw = new TextDecoder('utf-8').decode(body);
        // Before anything reads the body: the signature of its exact bytes.
        const valid = await webhooks.verify(raw, signature).catch(() => false);
        if (!valid) {
            o.log.warning(`delivery ${label}: refused (401): the signature does not match`);
            return webhook_handler_text(401, 'signature does not match');
        }
        let parsed;
        try {
            parsed = JSON.parse(raw);
        }
        catch {
            parsed = undefined;
        }
        if (typeof parsed !== 'object' ||
            parsed === null ||
            Array.isArray(parsed) ||
            !request.headers.get('x-github-event') ||
            label !== request.headers.get('x-github-delivery')) {
            o.log.warning(`delivery ${label}: refused (400): signed, but not a JSON object with GitHub's event headers`);
            return webhook_handler_text(400, 'not a webhook delivery');
        }
        const headers = new Headers(request.headers);
        headers.delete('content-length');
        return middleware(new Request(url, { method: 'POST', headers, body: raw }));
    };
}

;// CONCATENATED MODULE: ./src/app/server.ts
// App mode assembled: the webhook handler wired to the two handlers, and the embedded server with
// its sweep timer. The Fetch API handler is also what lambda.ts serves.




function createAppHandler(rt, options = {}) {
    return createWebhookHandler({
        secret: rt.config.webhookSecret,
        path: rt.config.webhookPath,
        log: rt.log,
        onProtectionRule: (payload) => handleProtectionRule(rt, payload),
        onReview: (payload) => handleReview(rt, payload),
        ...(options.responseTimeoutMs ? { responseTimeoutMs: options.responseTimeoutMs } : {}),
    });
}
/** One sweep, logged: a line per approval and error, then the totals. */
async function runSweep(rt) {
    const report = await sweep(rt);
    for (const o of report.outcomes)
        if (o.outcome !== 'waiting')
            rt.log.info(`sweep: ${o.line}`);
    for (const f of report.failures)
        rt.log.warning(`sweep: ${f}`);
    const count = (k) => report.outcomes.filter((o) => o.outcome === k).length;
    rt.log.info(`sweep: ${report.repositories} repositories, ${report.outcomes.length} waiting deployments gated by this App: ` +
        `${count('approved')} approved, ${count('already-answered')} already answered, ${count('waiting')} still waiting, ${count('refused')} refused, ${count('error') + report.failures.length} errors`);
    return report;
}
async function startAppServer(rt) {
    const host = await startNodeHost(createAppHandler(rt), { host: rt.config.host, port: rt.config.port });
    let sweeping;
    const tick = () => {
        if (sweeping)
            return;
        sweeping = runSweep(rt)
            .catch((error) => rt.log.warning(`sweep failed: ${error instanceof Error ? error.message : String(error)}`))
            .finally(() => (sweeping = undefined));
    };
    const timer = rt.config.sweepIntervalMs > 0 ? setInterval(tick, rt.config.sweepIntervalMs) : undefined;
    return {
        url: host.url,
        webhookUrl: `${host.url}${rt.config.webhookPath}`,
        close: async () => {
            if (timer)
                clearInterval(timer);
            await host.close();
            await sweeping;
        },
    };
}

;// CONCATENATED MODULE: ./src/app/lambda.ts
// App mode on AWS Lambda (docs/app-mode.md, "Serverless: AWS Lambda"): the same Fetch API webhook
// handler as the embedded server, behind a Lambda function URL, and the sweep on a schedule
// (EventBridge Scheduler invoking the function with {"oncallGate":"sweep"}). The function URL's
// event (payload format 2.0) becomes a Request and the Response becomes its result; the body's
// bytes are kept exactly, because the signature is over them. Settings come from the function's
// environment (secrets from its variables or files), read once per instance.





const isScheduled = (e) => ('oncallGate' in e && e.oncallGate === 'sweep') || ('detail-type' in e && e['detail-type'] === 'Scheduled Event');
function lambda_toRequest(e) {
    const method = e.requestContext?.http?.method ?? 'GET';
    const host = e.requestContext?.domainName ?? e.headers?.host ?? 'lambda.invalid';
    const url = `https://${host}${e.rawPath ?? e.requestContext?.http?.path ?? '/'}${e.rawQueryString ? `?${e.rawQueryString}` : ''}`;
    const headers = new Headers();
    for (const [k, v] of Object.entries(e.headers ?? {}))
        if (v !== undefined)
            headers.set(k, v);
    const body = e.body === undefined ? undefined : e.isBase64Encoded ? Buffer.from(e.body, 'base64') : Buffer.from(e.body, 'utf8');
    return new Request(url, { method, headers, ...(body && method !== 'GET' && method !== 'HEAD' ? { body } : {}) });
}
/** The function's handler; the runtime (clients, caches) is built on the first invocation and kept. */
function createLambdaHandler(o) {
    const write = o.write ?? ((line) => process.stdout.write(`${line}\n`));
    let built;
    const runtime = () => {
        if (!built) {
            const config = readAppConfig(o.env);
            const rt = createAppRuntime({
                config,
                clock: o.clock ?? systemClock,
                write,
                debug: /^(1|true)$/i.test(o.env.ONCALL_GATE_DEBUG ?? ''),
            });
            // A function is frozen once it has answered: answer when the work is done (GitHub may record
            // a slow delivery as timed out; its answer still arrives through the callback).
            built = { rt, fetch: createAppHandler(rt, { responseTimeoutMs: (config.apiTimeoutSeconds + 5) * 1000 }) };
        }
        return built;
    };
    return async (event) => {
        let parts;
        try {
            parts = runtime();
        }
        catch (error) {
            // Settings errors name the variable, never its value.
            write(`oncall-gate App settings: ${(0,describe_error/* describeCliError */.CK)(error)}`);
            if (isScheduled(event))
                throw new Error('oncall-gate App settings are invalid; see the log', { cause: error });
            return { statusCode: 500, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'misconfigured\n', isBase64Encoded: false };
        }
        if (isScheduled(event)) {
            const report = await runSweep(parts.rt);
            return {
                swept: report.outcomes.length,
                approved: report.outcomes.filter((x) => x.outcome === 'approved').length,
                errors: report.failures.length + report.outcomes.filter((x) => x.outcome === 'error').length,
            };
        }
        const response = await parts.fetch(lambda_toRequest(event));
        const headers = {};
        response.headers.forEach((v, k) => (headers[k] = v));
        return { statusCode: response.status, headers, body: await response.text(), isBase64Encoded: false };
    };
}

;// CONCATENATED MODULE: ./src/app-lambda.ts
// App mode's AWS Lambda entry (bundled to dist/app-lambda/index.js; handler `index.handler`):
// webhook deliveries through a function URL, the sweep on a schedule (docs/app-mode.md).

const handler = createLambdaHandler({ env: process.env });

var __webpack_exports__handler = __webpack_exports__.R;
export { __webpack_exports__handler as handler };
