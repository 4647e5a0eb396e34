export const id = 1780;
export const ids = [1780];
export const modules = {

/***/ 1780:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C9: () => (/* binding */ MIN_REASON_CHARS),
/* harmony export */   Lp: () => (/* binding */ openEscalations),
/* harmony export */   VH: () => (/* binding */ policySchedules),
/* harmony export */   _2: () => (/* binding */ escalatingPolicies),
/* harmony export */   _3: () => (/* binding */ evaluate),
/* harmony export */   aY: () => (/* binding */ decidingRule),
/* harmony export */   op: () => (/* binding */ escalationServices),
/* harmony export */   uU: () => (/* binding */ fallbackReasonFails),
/* harmony export */   xN: () => (/* binding */ fallbackRequiresReason),
/* harmony export */   zo: () => (/* binding */ errorDecision)
/* harmony export */ });
/* unused harmony exports reasonLength, ruleSchedules */
/* harmony import */ var _identity_resolve_identity_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8785);
/* harmony import */ var _escalation_evidence_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1089);
/* harmony import */ var _scope_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3056);
/* harmony import */ var _review_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(226);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $A: () => (/* binding */ mergedPulls),
/* harmony export */   SA: () => (/* binding */ evidencePulls),
/* harmony export */   sr: () => (/* binding */ evaluateDeployEvidence)
/* harmony export */ });
/* harmony import */ var _review_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(226);

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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 8785:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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


/***/ })

};
