export const id = 2565;
export const ids = [2565];
export const modules = {

/***/ 5931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sz: () => (/* binding */ checkApiUrl),
/* harmony export */   cW: () => (/* binding */ isLoopbackHost)
/* harmony export */ });
/* unused harmony export apiVersionSuffix */
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


/***/ }),

/***/ 1780:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C9: () => (/* binding */ MIN_REASON_CHARS),
/* harmony export */   Lp: () => (/* binding */ openEscalations),
/* harmony export */   VH: () => (/* binding */ policySchedules),
/* harmony export */   _3: () => (/* binding */ evaluate),
/* harmony export */   aY: () => (/* binding */ decidingRule),
/* harmony export */   hQ: () => (/* binding */ reasonLength),
/* harmony export */   uU: () => (/* binding */ fallbackReasonFails),
/* harmony export */   xN: () => (/* binding */ fallbackRequiresReason),
/* harmony export */   zo: () => (/* binding */ errorDecision)
/* harmony export */ });
/* unused harmony exports ruleSchedules, escalationServices, escalatingPolicies */
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

/***/ 1789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ asOutage)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
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
    if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isServiceError */ .gi)(error, 'incidentio', 'unavailable', 'deadline'))
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

/***/ 8267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iW: () => (/* binding */ selectGatePolicies),
/* harmony export */   vw: () => (/* binding */ gateTarget)
/* harmony export */ });
/* unused harmony export openGateWarning */
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
function openGateWarning(eventName) {
    return (`\`command: auto\` ran \`gate\` for this ${eventName || 'unknown'} event, and the gate is open (not-required) because nothing was named: ` +
        'the `environment` and `policy` inputs are empty' +
        (eventName === 'deployment' || eventName === 'deployment_status' ? ' and the deployment has no environment' : '') +
        '. To gate this job, add `environment: <name>` to the oncall-gate step (the policies whose `match.environments` list that name apply) ' +
        'or `policy: <policy name>` (that one policy applies).');
}


/***/ }),

/***/ 8785:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ob: () => (/* binding */ loginsByEmail),
/* harmony export */   XH: () => (/* binding */ resolveIdentity),
/* harmony export */   e0: () => (/* binding */ normalizeEmail),
/* harmony export */   ku: () => (/* binding */ identitiesFilePath)
/* harmony export */ });
/* unused harmony export normalizeLogin */
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

/***/ 7389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cf: () => (/* binding */ placementLabel),
/* harmony export */   EP: () => (/* binding */ decisionReasons),
/* harmony export */   JJ: () => (/* binding */ ruleReason),
/* harmony export */   Ox: () => (/* binding */ decisionFixes),
/* harmony export */   PL: () => (/* binding */ outageCause),
/* harmony export */   ag: () => (/* binding */ rfc3339),
/* harmony export */   hN: () => (/* binding */ policyReason),
/* harmony export */   tZ: () => (/* binding */ PLAIN),
/* harmony export */   wO: () => (/* binding */ namedList),
/* harmony export */   yQ: () => (/* binding */ MARKDOWN)
/* harmony export */ });
/* unused harmony exports identityProblem, identityFix, reviewNote, reviewResult, deployEvidenceReason, deployEvidenceFix, placement, ruleFix, outageBanner, fallbackReason, fallbackFix, draftReason, decisionNotices, reviewNotes, matchedBy */
/* harmony import */ var _decide_engine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1780);
/* harmony import */ var _decide_review_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(226);
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
const rfc3339 = (d) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
const short = (sha) => sha.slice(0, 12);
const capitalize = (s) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
const unique = (xs) => [...new Set(xs.filter((x) => !!x))];
function list(o, ids) {
    return ids.map((id) => o.style.code(id)).join(', ');
}
/** "now", or "at <time>" for a moment asked for. */
function when(d, o) {
    return o.asked ? `at ${rfc3339(d.facts.at)}` : 'now';
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
    const head = (0,_decide_review_js__WEBPACK_IMPORTED_MODULE_1__/* .isCommitSha */ ._$)(n.headSha) ? o.style.code(short(n.headSha)) : 'the head commit';
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
            const of = n.review.commitId ? c(short(n.review.commitId)) : 'a commit GitHub no longer has';
            const head = (0,_decide_review_js__WEBPACK_IMPORTED_MODULE_1__/* .isCommitSha */ ._$)(n.headSha) ? `the current head ${c(short(n.headSha))}` : 'a known head commit (GitHub gave none)';
            return `${reviewer} reviewed ${of}, not ${head}; a review counts only on the latest commit`;
        }
        case 'stale-base':
            return (`the base branch of this pull request was changed at ${rfc3339(n.changedAt)} after ${reviewer} approved, ` +
                'so the approval was of another diff; an approval counts only when given after the last change of the base branch');
        case 'own-change':
            if (n.why === 'same-email') {
                const as = n.asAuthor ? `the author ${c(n.as)}` : c(n.as);
                return `${reviewer} has the same incident.io email as ${as}: one person under two logins is one party, and nobody approves their own change`;
            }
            return `${reviewer} ${n.why === 'pushed-head'
                ? `pushed the head commit${(0,_decide_review_js__WEBPACK_IMPORTED_MODULE_1__/* .isCommitSha */ ._$)(n.headSha) ? ` ${c(short(n.headSha))}` : ''}`
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
            return `${reviewer} was not on call for ${list(o, n.services)} at ${rfc3339(n.at)}, when the review was submitted`;
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
            return `${reviewer} approved at ${rfc3339(n.at)} ${qualified(n, o)}, but that is older than the ${n.approver ? "fallback's" : "rule's"} duration`;
        case 'approves':
            return `${reviewer} approved at ${rfc3339(n.at)} ${qualified(n, o)}`;
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
            ? `approved by ${c(a.login)} at ${rfc3339(a.at)} ${qualified(a, o)}`
            : a.via === 'one-party'
                ? `the author ${c(a.login)} was on call for ${c(a.scheduleId)} at ${rfc3339(a.at)} (allowOneParty)`
                : `approved by ${c(a.login)}, on call for ${c(a.scheduleId)} at ${rfc3339(a.at)}`;
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
                ? `is part of pull request #${p.number} but is not its merge commit ${c(short(p.mergeCommitSha))}`
                : `is part of pull request #${p.number}, for which GitHub names no merge commit`);
            const numbers = e.partOf.map((p) => `#${p.number}`).join(', ');
            return `the deployed commit ${c(short(e.commitSha))} ${parts.join(', and ')}, so no approval of ${numbers} covers it${elsewhere}`;
        }
        return `the deployed commit ${c(short(e.commitSha))} did not come from a pull request merged into ${into}${elsewhere}, so no review can approve it`;
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
                ? `${o.style.code(short(only.mergeCommitSha))} (what pull request #${only.number} produced on ${into}) or`
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
        return (`Add a line ${c('Reason: <why this change is needed>')} (at least ${_decide_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .MIN_REASON_CHARS */ .C9} non-space characters) ` +
            'to the pull request description; editing the description re-runs the request.');
    }
    if (o.advice === 'cli') {
        return `Give a reason of at least ${_decide_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .MIN_REASON_CHARS */ .C9} non-space characters with --reason "..." (in a workflow: the ${c('reason')} input of the oncall-gate step).`;
    }
    if (o.advice === 'app') {
        return (`A deployment request carries no reason, so the App cannot meet ${c('requireReason')}: remove it from the policies of the environments ` +
            `the App gates, or gate those deployments with the action and its ${c('reason')} input.`);
    }
    return (`Give a reason of at least ${_decide_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .MIN_REASON_CHARS */ .C9} characters in the ${c('reason')} input of the oncall-gate step ` +
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
function placementLabel(p, o) {
    const one = (id, name) => id === undefined ? undefined : name ? o.style.code(name) : o.style.code(id);
    return [one(p.rotationId, p.rotationName), one(p.layerId, p.layerName)].filter(Boolean).join(', ');
}
/** Why one rule holds or not. */
function ruleReason(rule, d, o) {
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
function outageBanner(d, o) {
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
function fallbackReason(f, o, d) {
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
    const decided = (0,_decide_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .decidingRule */ .aY)(v);
    switch (v.decidedBy.kind) {
        case 'deny-rule':
            return `denied by policy: ${decided?.type === 'deny' ? decided.text : ''}`;
        case 'no-rules':
            return 'the policy has no approval rules, so it approves nobody';
        case 'draft':
            return draftReason();
        case 'rule':
            if (decided)
                return ruleReason(decided, d, o);
            return unheldReasons(v, d, o);
        case 'fallback':
            return v.fallback ? fallbackReason(v.fallback, o, d) : 'the outage fallback decided';
        default:
            return unheldReasons(v, d, o);
    }
}
/** The rules that did not hold, each with its reason. */
function unheldReasons(v, d, o) {
    return v.rules
        .filter((r) => !r.holds)
        .map((r) => ruleReason(r, d, o))
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
function decisionReasons(d, o) {
    if (d.result === 'error')
        return d.error ? [d.error.message] : [];
    if (d.result === 'approved' || d.result === 'not-required')
        return [];
    if (d.facts.draft)
        return [`${capitalize(draftReason())}.`];
    return shownPolicies(d).shown.map((v) => `Policy ${o.style.code(v.policy)}: ${policyReason(v, d, o)}.`);
}
/** What to do, once each (none when a deny rule decided: nothing helps). */
function decisionFixes(d, o) {
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
    const reasons = decisionReasons(d, o);
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


/***/ })

};
