export const id = 544;
export const ids = [544];
export const modules = {

/***/ 7701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Am: () => (/* binding */ unique),
/* harmony export */   C9: () => (/* binding */ MIN_REASON_CHARS),
/* harmony export */   OD: () => (/* binding */ decisionHeader),
/* harmony export */   hQ: () => (/* binding */ reasonLength),
/* harmony export */   policySchedules: () => (/* binding */ policySchedules),
/* harmony export */   q7: () => (/* binding */ decideGate),
/* harmony export */   zo: () => (/* binding */ errorDecision)
/* harmony export */ });
/* unused harmony exports ESCALATION_DOCS, ruleSchedules, evaluatePolicy, onCallPeople */
/* harmony import */ var _identity_resolve_identity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8785);

/** `requireReason`: at least 10 non-space characters (DESIGN.md section 2). */
const MIN_REASON_CHARS = 10;
/**
 * Visible characters of a reason: white space and invisible format characters (Unicode Cf: zero-
 * width spaces and joiners, word joiner, BOM) do not count, so a reason cannot be padded with
 * characters nobody can read.
 */
function reasonLength(reason) {
    return reason.replace(/[\s\p{Cf}]/gu, '').length;
}
const REASON_FIX = 'Give a reason of at least 10 characters in the `reason` input of the oncall-gate step ' +
    '(for example `reason: ${{ inputs.reason }}` with a `workflow_dispatch` input), then re-run.';
/** Where a user reads about the escalation flow (README, "Escalation"). */
const ESCALATION_DOCS = 'the "Escalation" section of the oncall-gate README';
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
/** Shifts of `scheduleId` covering `at` (half-open `start_at <= t < end_at`, API.md section 4). */
function shiftsAt(onCall, scheduleId, at) {
    const t = at.getTime();
    return (onCall.get(scheduleId) ?? []).filter((s) => s.startAt.getTime() <= t && t < s.endAt.getTime());
}
function requesterShifts(input, scheduleIds) {
    const emails = new Set(input.requester.emails.map((e) => e.toLowerCase()));
    if (emails.size === 0)
        return [];
    return scheduleIds.flatMap((id) => shiftsAt(input.onCall, id, input.now).filter((s) => emails.has(s.email.toLowerCase())));
}
/** A code span for an ID, login or email (these never legitimately contain backticks). */
const tick = (s) => `\`${s.replace(/`/g, '')}\``;
const list = (ids) => ids.map(tick).join(', ');
function reasonProblem(rule, input) {
    if (!rule.requireReason)
        return undefined;
    const n = reasonLength(input.reason);
    if (n >= MIN_REASON_CHARS)
        return undefined;
    return n === 0
        ? 'this rule requires a reason and none was given'
        : `this rule requires a reason of at least ${MIN_REASON_CHARS} non-space characters and the one given has ${n}`;
}
function evaluateAuto(rule, index, input) {
    const base = { index, type: rule.type, at: rule.at, schedules: rule.schedules };
    const { requester } = input;
    if (rule.schedules.length === 0) {
        // As incident.io's own auto-approval does: no schedule selected denies everything.
        return {
            ...base,
            holds: false,
            reason: 'this auto rule has no schedules: it names none and the integration settings have no `autoApproval.schedules`, so it approves nobody',
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
function evaluateEscalation(rule, index, input) {
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
        fix: `Deploy through a pull request approved by a person on call for ${list(rule.services)} ` +
            `(the escalation flow, see ${ESCALATION_DOCS}).`,
    };
}
function evaluateDeny(rule, index) {
    return { index, type: rule.type, at: rule.at, schedules: [], holds: false, reason: rule.reason };
}
function evaluatePolicy(policy, input) {
    const rules = policy.rules.map((rule, index) => {
        if (rule.type === 'auto')
            return evaluateAuto(rule, index, input);
        if (rule.type === 'escalation')
            return evaluateEscalation(rule, index, input);
        return evaluateDeny(rule, index);
    });
    const base = { policy: policy.name, at: policy.at, rules };
    const deny = rules.find((r) => r.type === 'deny');
    if (deny)
        return { ...base, result: 'denied', decidedBy: deny, reason: `denied by policy: ${deny.reason}` };
    if (rules.length === 0) {
        return { ...base, result: 'denied', reason: 'the policy has no approval rules, so it approves nobody' };
    }
    const holding = rules.filter((r) => r.holds);
    if (holding.length > 0) {
        // Within one policy the latest expiry among the rules that hold (DESIGN.md section 4).
        const decidedBy = holding.reduce((best, r) => (r.expiresAt?.getTime() ?? 0) > (best.expiresAt?.getTime() ?? 0) ? r : best);
        return { ...base, result: 'approved', decidedBy, reason: decidedBy.reason, ...(decidedBy.expiresAt ? { expiresAt: decidedBy.expiresAt } : {}) };
    }
    return { ...base, result: 'denied', reason: rules.map((r) => r.reason).join('; ') };
}
/** Who is on call now for each schedule, with GitHub logins from the identities map. */
function onCallPeople(input, scheduleIds) {
    const logins = (0,_identity_resolve_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .loginsByEmail */ .Ob)(input.identities);
    const mine = new Set(input.requester.emails.map((e) => e.toLowerCase()));
    return scheduleIds.map((scheduleId) => {
        const people = [];
        const seen = new Set();
        for (const s of shiftsAt(input.onCall, scheduleId, input.now)) {
            const email = s.email.toLowerCase();
            if (seen.has(email))
                continue;
            seen.add(email);
            const login = logins.get(email);
            people.push({ name: s.name, email, userId: s.userId, startAt: s.startAt, endAt: s.endAt, ...(login ? { login } : {}) });
        }
        return { scheduleId, people, requesterOnCall: people.some((p) => mine.has(p.email)) };
    });
}
const unique = (xs) => [...new Set(xs.filter((x) => !!x))];
/** What every decision (gate, request, review) starts with: who, which policies, who is on call now. */
function decisionHeader(input) {
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
function decideGate(input) {
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
function errorDecision(args) {
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


/***/ }),

/***/ 2544:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w: () => (/* binding */ runPullRequestFlow)
});

// UNUSED EXPORTS: forkMessage

// EXTERNAL MODULE: ./src/decide/gate.ts
var gate = __webpack_require__(7701);
// EXTERNAL MODULE: ./src/decide/review.ts
var decide_review = __webpack_require__(226);
;// CONCATENATED MODULE: ./src/decide/request.ts


/** Whether any selected policy has `paths`: only then is the PR's file list needed. */
function needsFileList(policies, baseRef, matcher) {
    return policies.some((p) => p.match.branches && matcher(p.match.branches)(baseRef) && (p.match.paths?.length ?? 0) > 0);
}
/**
 * The policies a pull request must satisfy. `branches` is required for a PR match; `paths` match
 * when some changed file matches (and, fail closed, when GitHub's 3000-file cap hid some files);
 * `labels` compare case-insensitively, as GitHub treats label names.
 */
function selectRequestPolicies(policies, pr, matcher) {
    const labels = new Set(pr.labels.map((l) => l.toLowerCase()));
    const out = [];
    for (const policy of policies) {
        const { branches, paths, labels: wanted } = policy.match;
        if (!branches || branches.length === 0 || !matcher(branches)(pr.baseRef))
            continue;
        const why = [`base branch \`${pr.baseRef.replace(/`/g, '')}\``];
        if (paths && paths.length > 0) {
            const match = matcher(paths);
            const hit = pr.files.find((f) => match(f));
            if (hit === undefined && !pr.filesTruncated)
                continue;
            why.push(hit !== undefined ? `changed file \`${hit.replace(/`/g, '')}\`` : 'more than 3000 changed files (paths past GitHub\'s cap are unknown, so the policy applies)');
        }
        if (wanted && wanted.length > 0) {
            const hit = wanted.find((l) => labels.has(l.toLowerCase()));
            if (hit === undefined)
                continue;
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
function reasonFromBody(body) {
    let fenced = false;
    for (const raw of body.replace(/<!--[\s\S]*?(?:-->|$)/g, '').split(/\r?\n/)) {
        if (/^\s*(```|~~~)/.test(raw)) {
            fenced = !fenced;
            continue;
        }
        if (fenced)
            continue;
        const m = /^\s*(?:>\s*)*(?:[-*+]\s+)?(?:\*\*|__)?reason(?:\*\*|__)?\s*:\s*(?:\*\*|__)?(.*)$/i.exec(raw);
        if (m)
            return (m[1] ?? '').replace(/(\*\*|__)\s*$/, '').trim();
    }
    return '';
}
/** How to give a reason on a pull request (the check and the comment say this). */
const PR_REASON_FIX = `Add a line \`Reason: <why this change is needed>\` (at least ${gate/* MIN_REASON_CHARS */.C9} non-space characters) ` +
    'to the pull request description; editing the description re-runs the request.';
const tick = (s) => `\`${s.replace(/`/g, '')}\``;
const list = (ids) => ids.map(tick).join(', ');
function reasonProblem(requireReason, reason) {
    if (!requireReason)
        return undefined;
    const n = (0,gate/* reasonLength */.hQ)(reason);
    if (n >= gate/* MIN_REASON_CHARS */.C9)
        return undefined;
    return n === 0
        ? 'this rule requires a reason and the pull request description has no `Reason:` line'
        : `this rule requires a reason of at least ${gate/* MIN_REASON_CHARS */.C9} non-space characters and the \`Reason:\` line has ${n}`;
}
function shiftsNow(onCall, ids, emails, now) {
    const mine = new Set(emails.map((e) => e.toLowerCase()));
    const t = now.getTime();
    return ids.flatMap((id) => (onCall.get(id) ?? []).filter((s) => mine.has(s.email.toLowerCase()) && s.startAt.getTime() <= t && t < s.endAt.getTime()));
}
function evaluateRule(policy, index, input, reason) {
    const rule = policy.rules[index];
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
    const state = { policy: policy.name, ruleIndex: index, rule };
    const missing = reasonProblem(rule.requireReason, reason);
    if (missing) {
        // No incident until a reason is given (DESIGN.md section 4): the rule is closed, not open.
        return { verdict: { ...base, holds: false, reason: `escalation: ${missing}`, fix: PR_REASON_FIX }, escalation: state };
    }
    const review = (0,decide_review/* evaluateEscalationReviews */.cN)({
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
function evaluatePolicy(policy, input, reason) {
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
function decidePullRequest(input) {
    const reason = reasonFromBody(input.body);
    const common = {
        ...(0,gate/* decisionHeader */.OD)({ onCall: input.onCall, now: input.now, identities: input.identities, requester: input.author, policies: input.policies }),
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
        fixes: byDeny.length > 0 ? [] : (0,gate/* unique */.Am)(shown.flatMap((v) => v.rules.filter((r) => !r.holds).map((r) => r.fix))),
        escalations,
        // A denial by a missing reason or a deny rule opens nothing; a veto keeps its incident (its
        // summary says who denied).
        incidentPolicies: denied.length > 0 ? incidentPolicies.filter((p) => verdicts.find((v) => v.policy === p)?.decidedBy?.type === 'escalation') : incidentPolicies,
    };
}
/** What the check and the comment say about a draft, and how to move on. */
const DRAFT_REASON = 'the pull request is a draft: waiting for ready for review (a draft never pages the on-call team)';
const DRAFT_FIX = 'Mark the pull request **Ready for review**; the request then runs again (the `ready_for_review` event) and pages the on-call team if needed.';
/**
 * The decision for a draft that policies match: `pending`, waiting for ready for review. Nothing
 * is evaluated (no on-call facts, no reviews) and no incident belongs to it, so a draft never
 * pages anyone, whatever its policies would decide once it is ready.
 */
function draftDecision(input) {
    const header = (0,gate/* decisionHeader */.OD)({ onCall: new Map(), now: input.now, identities: input.identities, requester: input.author, policies: input.policies });
    const verdicts = input.policies.map((p) => ({ policy: p.name, at: p.at, result: 'pending', rules: [], reason: DRAFT_REASON }));
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
function escalationServices(policy) {
    return [...new Set(policy.rules.flatMap((r) => (r.type === 'escalation' ? r.services : [])))];
}

// EXTERNAL MODULE: ./src/identity/resolve-identity.ts
var resolve_identity = __webpack_require__(8785);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/report/describe-error.ts
var describe_error = __webpack_require__(262);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/report/render-request.ts

const REQUEST_MARKER = '<!-- oncall-gate:request -->';
const CHECK_NAME = 'oncall-gate';
/** Entries kept at most (a comment is ours, but its content is only as good as the last writer). */
const MAX_RECORDED_INCIDENTS = 20;
// Percent-encoding keeps every value free of spaces and of `--` / `>`, which could end the comment.
const encodeValue = (v) => encodeURIComponent(v).replace(/[-!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const INCIDENT_LINE = /^<!-- oncall-gate:incident policy=([A-Za-z0-9%._]{1,300}) id=([A-Za-z0-9%._]{1,300}) -->$/;
function incidentMarker(r) {
    return `<!-- oncall-gate:incident policy=${encodeValue(r.policy)} id=${encodeValue(r.id)} -->`;
}
/**
 * The recorded incidents of a sticky comment body: only the marker lines directly below a
 * REQUEST_MARKER first line, the block oncall-gate writes. A marker-looking line further down
 * (in text quoted from a pull request) is not read. What is read is a claim to be checked, never
 * trusted: the flow uses an ID only when that incident carries the request key.
 */
function readRecordedIncidents(body) {
    const lines = body.split(/\r?\n/);
    if (lines[0] !== REQUEST_MARKER)
        return [];
    const out = [];
    for (const line of lines.slice(1)) {
        const m = INCIDENT_LINE.exec(line);
        if (!m)
            break;
        let policy;
        let id;
        try {
            policy = decodeURIComponent(m[1]);
            id = decodeURIComponent(m[2]);
        }
        catch {
            continue;
        }
        if (id.trim() === '' || out.some((r) => r.policy === policy))
            continue;
        out.push({ policy, id });
        if (out.length === MAX_RECORDED_INCIDENTS)
            break;
    }
    return out;
}
const iso = (d) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
const render_request_short = (sha) => sha.slice(0, 12);
const loginLink = (login, serverUrl) => `[${(0,markdown/* code */.aY)(login)}](${serverUrl}/${encodeURIComponent(login)})`;
const HEADINGS = {
    approved: '✅ oncall-gate: approved',
    denied: '❌ oncall-gate: denied',
    pending: '⏳ oncall-gate: waiting for approval by the on-call team',
    'not-required': '➖ oncall-gate: no approval required',
    error: '⛔ oncall-gate: error',
};
/** The heading of a decision; a draft waits for ready for review, not for the on-call team. */
const heading = (d) => (d.draft ? '⏳ oncall-gate: waiting for ready for review' : HEADINGS[d.result]);
/**
 * What the evaluation could not check (e.g. who pushed the head), once each, leaving out what a
 * reason already says.
 */
function noticesOf(d) {
    const all = [...new Set(d.escalations.flatMap((e) => e.review?.notices ?? []))];
    return all.filter((n) => !d.reasons.some((r) => r.includes(n))).map((n) => `${n.charAt(0).toUpperCase()}${n.slice(1)}.`);
}
function incidentLink(i) {
    if (i.dryRun)
        return '_dry run: not created_';
    const label = i.reference || i.id || 'incident';
    return i.url ? `[${(0,markdown/* escapeMarkdown */.FV)(label)}](${i.url})` : (0,markdown/* escapeMarkdown */.FV)(label);
}
function approvedByText(view) {
    const d = view.decision;
    if (!d.approved)
        return '';
    if (d.approvedBy === 'auto')
        return `the author ${loginLink(view.pr.author, view.serverUrl)} is on call`;
    return `approved by ${loginLink(d.approvedBy ?? '', view.serverUrl)}`;
}
function onCallTable(schedules, serverUrl) {
    const rows = schedules.map((s) => {
        if (s.people.length === 0)
            return [(0,markdown/* code */.aY)(s.scheduleId), '_nobody_', '', ''];
        return [
            (0,markdown/* code */.aY)(s.scheduleId),
            s.people.map((p) => (0,markdown/* escapeMarkdown */.FV)(p.name || p.email)).join('<br>'),
            s.people.map((p) => (p.login ? loginLink(p.login, serverUrl) : '_not in the identities map_')).join('<br>'),
            s.people.map((p) => iso(p.endAt)).join('<br>'),
        ];
    });
    return (0,markdown/* table */.tp)(['Schedule', 'On call now', 'GitHub', 'Shift ends'], rows);
}
function policyRows(view) {
    return view.decision.verdicts.map((v) => {
        const match = view.matches.find((m) => m.policy.name === v.policy);
        const incident = view.incidents.find((i) => i.policy === v.policy);
        return [(0,markdown/* code */.aY)(v.policy), `**${v.result}**`, match ? match.why : '', incident ? incidentLink(incident) : ''];
    });
}
function reviewNotes(view) {
    const seen = new Set();
    const notes = [];
    for (const e of view.decision.escalations) {
        for (const n of e.review?.notes ?? []) {
            const key = `${n.review.id}:${n.status}`;
            if (!seen.has(key)) {
                seen.add(key);
                notes.push(n);
            }
        }
    }
    return notes.map((n) => `- ${n.detail}${n.status === 'approves' ? ' ✅' : n.status === 'vetoes' ? ' ❌' : ''}`);
}
function escalationSchedulesNow(view) {
    const wanted = new Set(view.escalationSchedules);
    return view.decision.schedules.filter((s) => wanted.has(s.scheduleId));
}
/** How to approve, in two sentences. */
function howToApprove(view) {
    return (`**How to approve:** a person on call for ${view.escalationSchedules.map(markdown/* code */.aY).join(', ')} reviews the latest commit ` +
        `${(0,markdown/* code */.aY)(render_request_short(view.pr.headSha))} and submits **Approve** (Files changed -> Review changes). **Request changes** by an ` +
        'on-call person denies. Reviews by people not on call at the time, by bots, by the author, or of an older commit do not count; a new push needs a new approval.');
}
/** The sticky comment: markers, state, policies, who is on call now with their logins, how to approve. */
function renderRequestComment(view) {
    return [REQUEST_MARKER, ...view.recorded.slice(0, MAX_RECORDED_INCIDENTS).map(incidentMarker), renderRequestText(view)].join('\n');
}
/** The comment without its hidden markers. */
function renderRequestText(view) {
    const d = view.decision;
    const out = [`### ${heading(d)}`, ''];
    if (d.approved) {
        const by = approvedByText(view);
        out.push(`${by.charAt(0).toUpperCase()}${by.slice(1)} (commit ${(0,markdown/* code */.aY)(render_request_short(view.pr.headSha))}).`, '');
    }
    const notices = noticesOf(d);
    if (notices.length > 0) {
        for (const n of notices)
            out.push(`- ${n}`);
        out.push('');
    }
    out.push((0,markdown/* table */.tp)(['Policy', 'Status', 'Matched by', 'Incident'], policyRows(view)), '');
    if (d.reasons.length > 0 && !d.approved) {
        for (const r of d.reasons)
            out.push(`- ${r}`);
        out.push('');
    }
    if (d.fixes.length > 0 && !d.approved) {
        out.push('**What to do**', '');
        for (const f of d.fixes)
            out.push(`- ${f}`);
        out.push('');
    }
    const now = escalationSchedulesNow(view);
    if (now.length > 0 && d.incidentPolicies.length > 0) {
        out.push(`**On call now** (${iso(d.at)})`, '', onCallTable(now, view.serverUrl), '');
        if (d.result === 'pending')
            out.push(howToApprove(view), '');
    }
    const notes = reviewNotes(view);
    if (notes.length > 0)
        out.push('<details><summary>Reviews considered</summary>', '', ...notes, '', '</details>', '');
    out.push(`<sub>Policy read from ${(0,markdown/* escapeMarkdown */.FV)(view.policySource)}. The \`gate\` step on the default branch re-checks this approval before deploying.</sub>`);
    return out.join('\n');
}
/** The `oncall-gate` check run on the head SHA: in_progress while pending, else success/failure. */
function requestCheck(view) {
    const d = view.decision;
    const lines = [];
    const incidents = view.incidents.filter((i) => !i.dryRun);
    if (incidents.length > 0)
        lines.push(`Escalation incident: ${incidents.map(incidentLink).join(', ')}`, '');
    for (const r of d.reasons)
        lines.push(`- ${r}`);
    for (const n of noticesOf(d))
        lines.push(`- ${n}`);
    if (d.fixes.length > 0)
        lines.push('', '**What to do**', '', ...d.fixes.map((f) => `- ${f}`));
    const summary = (s) => [s, '', ...lines].join('\n').trim();
    switch (d.result) {
        case 'approved':
            return {
                status: 'completed',
                conclusion: 'success',
                title: d.approvedBy === 'auto' ? 'Approved: the author is on call' : `Approved by ${d.approvedBy}`,
                summary: summary(`${approvedByText(view)} for ${d.policies.map(markdown/* code */.aY).join(', ')}.`),
            };
        case 'not-required':
            return {
                status: 'completed',
                conclusion: 'success',
                title: 'No approval required',
                summary: 'No oncall-gate policy matches this pull request (base branch, changed paths and labels), so it needs no on-call approval.',
            };
        case 'pending':
            if (d.draft) {
                return {
                    status: 'in_progress',
                    title: 'Waiting for ready for review',
                    summary: summary(`Policies ${d.policies.map(markdown/* code */.aY).join(', ')} apply, but a draft pull request pages nobody.`),
                };
            }
            return {
                status: 'in_progress',
                title: 'Waiting for approval by the on-call team',
                summary: summary(`Policies ${d.policies.map(markdown/* code */.aY).join(', ')} need an approving review of commit ${(0,markdown/* code */.aY)(render_request_short(view.pr.headSha))} by a person on call.`),
            };
        case 'denied':
            return { status: 'completed', conclusion: 'failure', title: 'Denied', summary: summary('The request is denied.') };
        default:
            return { status: 'completed', conclusion: 'failure', title: 'oncall-gate error', summary: summary('oncall-gate could not decide.') };
    }
}
function fenced(text, lang = '') {
    const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((m) => m.length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${lang}\n${text}\n${fence}`;
}
/** The step summary: the comment's content plus the review facts and, in a dry run, the writes. */
function renderRequestSummary(view, writes) {
    const out = [renderRequestText(view)];
    if (view.dryRun) {
        out.push('', '_Dry run: nothing was written to GitHub or incident.io; this is what a real run would write._');
        if (writes) {
            if (writes.customField)
                out.push('', `Would create the incident.io text custom field ${(0,markdown/* code */.aY)(writes.customField)}.`);
            for (const w of writes.incidents) {
                out.push('', `<details><summary>Incident (POST /v2/incidents, then edit when the summary differs)</summary>`, '', fenced(JSON.stringify(w.payload, null, 2), 'json'), '', '</details>');
            }
            if (writes.check) {
                out.push('', `<details><summary>Check run ${(0,markdown/* code */.aY)(CHECK_NAME)}</summary>`, '', fenced(JSON.stringify(writes.check, null, 2), 'json'), '', '</details>');
            }
            if (writes.reviewers && writes.reviewers.length > 0)
                out.push('', `Would request reviews from ${writes.reviewers.map(markdown/* code */.aY).join(', ')}.`);
            if (writes.comment) {
                out.push('', '<details><summary>Sticky comment</summary>', '', fenced(writes.comment, 'markdown'), '', '</details>');
            }
        }
    }
    return out.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/report/render-diagnostics.ts
var render_diagnostics = __webpack_require__(2853);
// EXTERNAL MODULE: ./src/escalation/act.ts
var act = __webpack_require__(9437);
// EXTERNAL MODULE: ./src/escalation/evidence-io.ts
var evidence_io = __webpack_require__(2053);
// EXTERNAL MODULE: ./src/escalation/incident-settings.ts
var incident_settings = __webpack_require__(6229);
// EXTERNAL MODULE: ./src/escalation/incident-text.ts
var incident_text = __webpack_require__(3491);
// EXTERNAL MODULE: ./src/escalation/ports.ts
var ports = __webpack_require__(8137);
;// CONCATENATED MODULE: ./src/escalation/pull-request-flow.ts












const pull_request_flow_short = (sha) => sha.slice(0, 12);
/** The fork message: a fork PR gets a clear message of what cannot happen and why, never a crash. */
function forkMessage(command, pr, policies) {
    const from = pr.headRepoFullName ? `the fork ${pr.headRepoFullName}` : 'a fork (its repository was deleted)';
    return {
        message: `Pull request #${pr.number} comes from ${from}, and it matches ${policies.map((p) => `\`${p}\``).join(', ')}. ` +
            'GitHub runs `pull_request` and `pull_request_review` workflows of forks with a read-only GITHUB_TOKEN and without secrets, ' +
            `so \`${command}\` cannot read who is on call, page the on-call team, or write the \`oncall-gate\` check here; nothing was recorded`,
        fix: 'Run `command: request` for fork pull requests from a maintainer-controlled workflow: one triggered by `pull_request_target` ' +
            '(types opened, synchronize, reopened, labeled, edited, ready_for_review) runs the default branch\'s workflow file with secrets and a writable token; ' +
            'oncall-gate reads the pull request only through the API, so never check out or run the PR\'s code in that job. After an on-call ' +
            'approval, a maintainer re-runs that workflow (or adds a label) to record it. See "Fork pull requests" in docs/escalation.md.',
    };
}
async function runPullRequestFlow(ctx, command) {
    const scrub = ctx.redactor.redact;
    const state = { matched: [] };
    try {
        return await flow(ctx, command, state);
    }
    catch (error) {
        ctx.log.debug(scrub(error instanceof Error && error.stack ? error.stack : String(error)));
        const message = scrub((0,describe_error/* describeError */.U)(error));
        // Best effort: show the error on the check too, so the PR does not look merely pending.
        if (state.pr && !ctx.inputs.dryRun && !isForkEvent(ctx, state.pr)) {
            try {
                const gh = await (0,ports/* escalationGitHub */.Z)(ctx);
                await gh.upsertCheckRun(state.pr.headSha, CHECK_NAME, {
                    status: 'completed',
                    conclusion: 'failure',
                    title: 'oncall-gate error',
                    summary: `oncall-gate could not decide: ${message}`,
                });
            }
            catch (checkError) {
                ctx.log.warning(`Could not write the ${CHECK_NAME} check: ${(0,describe_error/* describeError */.U)(checkError)}`);
            }
        }
        const outputs = { result: 'error', approved: false };
        if (state.matched.length > 0)
            outputs.policies = state.matched.map((p) => p.name);
        return {
            outputs,
            summary: `### ⛔ oncall-gate ${command}: error\n\n${message}\n`,
            annotations: [],
            failure: `oncall-gate ${command} could not decide: ${message}`,
        };
    }
}
/** A fork PR under `pull_request`/`pull_request_review`: read-only token, no secrets. */
function isForkEvent(ctx, pr) {
    return pr.isFork && ctx.event.name !== 'pull_request_target';
}
async function flow(ctx, command, state) {
    const { event, inputs, log, run } = ctx;
    if (event.kind !== 'pull_request' && event.kind !== 'pull_request_review') {
        throw new errors/* OncallGateError */.lN({
            kind: 'input',
            setting: 'command',
            message: `\`${command}\` needs a pull_request or pull_request_review event, but this run was triggered by ${event.name || 'an unknown event'}`,
            fix: `Run \`command: ${command}\` from a workflow triggered by pull_request (opened, synchronize, reopened, labeled, edited, ready_for_review) or pull_request_review (submitted, dismissed); use \`command: gate\` in deploy jobs.`,
        });
    }
    if (event.kind === 'pull_request_review') {
        const r = event.review;
        log.info(`Review ${r.id} by ${r.userLogin || '(deleted user)'}: ${r.state} on ${r.commitId ? pull_request_flow_short(r.commitId) : 'an unknown commit'} (${event.action}).`);
    }
    const github = await (0,ports/* escalationGitHub */.Z)(ctx);
    const number = event.pullRequest.number;
    // "Current head" is fetched fresh: a re-run replays the event payload, whose head may be stale.
    const pr = await github.getPullRequest(number);
    // Before anything is written: a head or base that is not a commit SHA (a malformed answer)
    // could match an equally malformed review, or read the policy of an unknown commit.
    (0,evidence_io/* checkHeadSha */.JI)(pr);
    if (!(0,decide_review/* isCommitSha */._$)(pr.baseSha)) {
        throw new errors/* OncallGateError */.lN({
            kind: 'bad-response',
            service: 'github',
            message: `GitHub returned pull request #${number} without a valid base commit SHA (got "${String(pr.baseSha).slice(0, 80)}"), so its policy cannot be read`,
            fix: 'Re-run the job. If it happens again, check that GITHUB_API_URL points at the GitHub API (a proxy may be rewriting answers).',
        });
    }
    state.pr = pr;
    log.info(`Pull request #${number}: head ${pull_request_flow_short(pr.headSha)}, base ${pr.baseRef} at ${pull_request_flow_short(pr.baseSha)}, author ${pr.authorLogin}.`);
    // The policy that decides comes from the PR base SHA, never from the PR head, which its author controls.
    const source = `the base commit ${pull_request_flow_short(pr.baseSha)} of pull request #${number}`;
    const read = await github.readPolicyFilesAtRef(pr.baseSha, inputs.policyPath);
    const { loadPolicySet } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(815), __webpack_require__.e(524), __webpack_require__.e(695)]).then(__webpack_require__.bind(__webpack_require__, 7524));
    const set = loadPolicySet(read.files);
    if (!set.valid) {
        const errors = set.diagnostics.filter((d) => d.severity === 'error');
        const result = await errorWithCheck(ctx, github, pr, command, `The policy in ${inputs.policyPath}/ at ${source} is invalid (${errors.length} error${errors.length === 1 ? '' : 's'}), so no decision can be made`, `Fix the problems listed (run \`oncall-gate validate ${inputs.policyPath}\` locally) and merge the fix into ${pr.baseRef}.`);
        return { ...result, annotations: (0,render_diagnostics/* diagnosticsToAnnotations */.Af)(errors) };
    }
    const { globMatcher } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(62)]).then(__webpack_require__.bind(__webpack_require__, 4062));
    const files = needsFileList(set.policies, pr.baseRef, globMatcher) ? await github.listPullFiles(number) : { names: [], truncated: false };
    const matches = selectRequestPolicies(set.policies, { baseRef: pr.baseRef, files: files.names, filesTruncated: files.truncated, labels: pr.labels }, globMatcher);
    state.matched = matches.map((m) => m.policy);
    log.info(`Policy: ${read.files.length} file(s) from ${source}; matched: ${matches.length > 0 ? matches.map((m) => m.policy.name).join(', ') : 'none'}.`);
    if (matches.length === 0)
        return notRequired(ctx, github, pr);
    if (isForkEvent(ctx, pr)) {
        const { message, fix } = forkMessage(command, pr, state.matched.map((p) => p.name));
        return {
            outputs: { result: 'error', approved: false, policies: state.matched.map((p) => p.name) },
            summary: `### ⛔ oncall-gate ${command}: fork pull request\n\n${message}.\n\n**What to do:** ${fix}\n`,
            annotations: [],
            failure: `${message}. ${fix}`,
        };
    }
    const policies = state.matched;
    const writes = { incidents: [] };
    // A draft never pages: no incident, no review requests, and not even a read of who is on call.
    const paging = pr.state === 'open' && !pr.draft;
    // The sticky comment records the incident IDs (read once here, edited at the end). Only our
    // own bot's comment is read, and what it records is still checked before use (writeIncidents).
    const sticky = await github.findStickyComment(number, REQUEST_MARKER);
    const recordedBefore = sticky ? readRecordedIncidents(sticky.body) : [];
    let decision;
    let incidents = [];
    if (pr.draft) {
        log.info(`Pull request #${number} is a draft: waiting for ready for review; nobody is paged until it is marked ready.`);
        decision = draftDecision({ author: { login: pr.authorLogin, emails: [] }, policies, now: ctx.clock(), identities: set.identities, body: pr.body });
    }
    else {
        const incidentio = await (0,ports/* escalationIncidentIo */.K)(ctx);
        decision = await decideWithFacts(ctx, github, incidentio, set, pr, policies);
        if (!paging)
            log.info(`Pull request #${number} is ${pr.merged ? 'merged' : 'closed'}: no incident is opened or edited and no review is requested.`);
        incidents = paging ? await writeIncidents(ctx, incidentio, set, decision, matches, pr, writes, recordedBefore) : [];
    }
    // The IDs written this run, then the earlier ones of other policies (a policy that is approved
    // now may escalate again after a push, and should find its incident then).
    const recorded = [
        ...incidents.flatMap((i) => (i.id && !i.dryRun ? [{ policy: i.policy, id: i.id }] : [])),
        ...recordedBefore.filter((r) => !incidents.some((i) => i.policy === r.policy && i.id && !i.dryRun)),
    ];
    const escalating = policies.filter((p) => decision.incidentPolicies.includes(p.name));
    const view = {
        command,
        decision,
        pr: { number, title: pr.title, url: pr.htmlUrl, headSha: pr.headSha, author: pr.authorLogin, baseRef: pr.baseRef },
        serverUrl: run.serverUrl,
        matches,
        incidents,
        recorded,
        escalationSchedules: [...new Set(escalating.flatMap(escalationServices))],
        policySource: source,
        dryRun: inputs.dryRun,
    };
    // What is posted on the PR is public and permanent: never let a secret through, whatever the
    // text was built from.
    const scrub = ctx.redactor.redact;
    const comment = scrub(renderRequestComment(view));
    const rawCheck = requestCheck(view);
    const check = { ...rawCheck, title: scrub(rawCheck.title), summary: scrub(rawCheck.summary) };
    const reviewers = paging && decision.result === 'pending'
        ? [
            ...new Set(decision.schedules
                .filter((s) => view.escalationSchedules.includes(s.scheduleId))
                .flatMap((s) => s.people.flatMap((p) => (p.login ? [p.login] : [])))
                .filter((l) => l.toLowerCase() !== pr.authorLogin.toLowerCase())),
        ]
        : [];
    if (inputs.dryRun) {
        writes.comment = comment;
        writes.check = check;
        writes.reviewers = reviewers;
        log.info(`Dry run: would write the check ${CHECK_NAME} on ${pr.headSha}: ${JSON.stringify(check)}`);
        log.info(`Dry run: would write the sticky comment on #${number}:\n${comment}`);
        if (reviewers.length > 0)
            log.info(`Dry run: would request reviews from ${reviewers.join(', ')}.`);
    }
    else {
        const posted = await github.upsertStickyComment(number, REQUEST_MARKER, comment, { existing: sticky ?? null });
        log.info(`Comment ${posted.created ? 'posted' : posted.updated ? 'updated' : 'unchanged'}: ${posted.url}`);
        if (reviewers.length > 0) {
            try {
                const r = await github.requestReviewers(number, reviewers, pr.authorLogin);
                if (r.requested.length > 0)
                    log.info(`Requested reviews from ${r.requested.join(', ')}.`);
                for (const s of r.skipped)
                    log.info(`Did not request a review from ${s.login}: ${s.reason}${s.message ? ` (${s.message})` : ''}.`);
            }
            catch (error) {
                // A review request is a courtesy (the comment and incident already page): never fatal.
                log.warning(`Could not request reviews from ${reviewers.join(', ')}: ${(0,describe_error/* describeError */.U)(error, ctx.redactor.redact)}`);
            }
        }
        await writeCheck(github, pr.headSha, check);
    }
    const first = incidents.find((i) => i.id);
    const outputs = {
        result: decision.result,
        approved: decision.approved,
        // A draft reads nobody's on-call state: those outputs stay unknown (empty).
        ...(decision.draft ? {} : { onCall: decision.onCall, onCallSchedules: decision.onCallSchedules }),
        policies: decision.policies,
        ...(decision.approvedBy ? { approvedBy: decision.approvedBy } : {}),
        ...(decision.expiresAt ? { expiresAt: decision.expiresAt } : {}),
        ...(first?.id ? { incidentId: first.id } : {}),
        ...(first?.reference ? { incidentReference: first.reference } : {}),
        ...(first?.url ? { incidentUrl: first.url } : {}),
    };
    return { outputs, summary: scrub(renderRequestSummary(view, writes)), annotations: [] };
}
/**
 * The decision for a ready pull request from fresh facts: the author's email, who is on call now,
 * the reviews, the change's own side (commit accounts and the head's pusher, only when a rule
 * needs a second party) all at once; then the emails and schedule history of the reviews that
 * could count.
 */
async function decideWithFacts(ctx, github, incidentio, set, pr, policies) {
    const { inputs, log, run } = ctx;
    const number = pr.number;
    const now = ctx.clock();
    const { policySchedules } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 7701));
    const schedules = policySchedules(policies);
    const identityOptions = { identities: set.identities, org: run.repository.owner, policyPath: inputs.policyPath, github };
    const { fetchOnCall } = await __webpack_require__.e(/* import() */ 869).then(__webpack_require__.bind(__webpack_require__, 6250));
    const escalationRules = policies.flatMap((p) => p.rules.flatMap((r) => (r.type === 'escalation' ? [r] : [])));
    const [authorIdentity, onCall, reviews, parties] = await Promise.all([
        (0,resolve_identity/* resolveIdentity */.XH)(pr.authorLogin, set.identities, identityOptions),
        fetchOnCall(incidentio, schedules, now),
        github.listReviews(number).then((rs) => (0,evidence_io/* checkReviews */.e0)(rs, number)),
        (0,evidence_io/* needsSecondParty */._B)(escalationRules) ? (0,evidence_io/* readParties */.LS)(github, pr) : Promise.resolve(decide_review/* UNREAD_PARTIES */.H9),
    ]);
    const author = {
        login: pr.authorLogin,
        emails: authorIdentity.emails,
        ...(authorIdentity.source ? { emailSource: authorIdentity.source } : {}),
        ...(authorIdentity.problem ? { identityProblem: authorIdentity.problem } : {}),
    };
    if (!parties.pushers.known && (0,evidence_io/* needsSecondParty */._B)(escalationRules)) {
        log.info(`Could not learn who pushed ${pull_request_flow_short(pr.headSha)}: ${parties.pushers.why}; the other second-party rules apply.`);
    }
    // Only reviews that could count cost identity lookups and schedule history reads; the own
    // side's emails are looked up only when such a review exists (to recognise a second login).
    const candidates = (0,decide_review/* reviewCandidates */.pL)(reviews, pr.headSha, pr.authorLogin);
    const ownSide = candidates.length > 0 && (0,evidence_io/* needsSecondParty */._B)(escalationRules) ? (0,decide_review/* partyLogins */.fR)(pr.authorLogin, parties) : [];
    const authorKey = pr.authorLogin.toLowerCase();
    const emails = await (0,evidence_io/* resolveEmails */.Ms)([...candidates.map((r) => r.login), ...ownSide.filter((l) => l !== authorKey)], identityOptions);
    emails.set(authorKey, author.emails);
    const services = [...new Set(policies.flatMap(escalationServices))];
    const past = await (0,evidence_io/* readHistory */.Lu)(incidentio, services, (0,decide_review/* reviewInstants */.rk)(candidates));
    const nowShifts = services.flatMap((id) => onCall.get(id) ?? []);
    log.info(`Reviews: ${reviews.length} in total, ${candidates.length} on the current head that could count.`);
    const decision = decidePullRequest({
        author,
        policies,
        onCall,
        now,
        body: pr.body,
        reviews: {
            reviews,
            headSha: pr.headSha,
            parties,
            emails,
            history: [...past, ...nowShifts],
            identitiesFile: (0,resolve_identity/* identitiesFilePath */.ku)(set.identities, inputs.policyPath),
        },
        identities: set.identities,
    });
    log.info(`Decision: ${decision.result}${decision.approvedBy ? ` (approved by ${decision.approvedBy})` : ''}.`);
    return decision;
}
async function writeCheck(github, headSha, check) {
    await github.upsertCheckRun(headSha, CHECK_NAME, {
        status: check.status,
        ...(check.conclusion ? { conclusion: check.conclusion } : {}),
        title: check.title,
        summary: check.summary,
    });
}
async function notRequired(ctx, github, pr) {
    const check = {
        status: 'completed',
        conclusion: 'success',
        title: 'No approval required',
        summary: 'No oncall-gate policy matches this pull request (base branch, changed paths and labels), so it needs no on-call approval.',
    };
    const fork = isForkEvent(ctx, pr);
    if (ctx.inputs.dryRun)
        ctx.log.info(`Dry run: would write the check ${CHECK_NAME} on ${pr.headSha}: ${JSON.stringify(check)}`);
    // A fork's token cannot write the check; nothing needs recording for a PR no policy covers.
    else if (!fork)
        await writeCheck(github, pr.headSha, check);
    return {
        outputs: { result: 'not-required', approved: true, policies: [] },
        summary: `### ➖ oncall-gate: no approval required\n\n${check.summary}\n`,
        annotations: [],
    };
}
async function errorWithCheck(ctx, github, pr, command, message, fix) {
    if (!ctx.inputs.dryRun && !isForkEvent(ctx, pr)) {
        await writeCheck(github, pr.headSha, { status: 'completed', conclusion: 'failure', title: 'oncall-gate error', summary: `${message}.\n\n${fix}` });
    }
    return {
        outputs: { result: 'error', approved: false },
        summary: `### ⛔ oncall-gate ${command}: error\n\n${message}.\n\n**What to do:** ${fix}\n`,
        annotations: [],
        failure: `${message}. ${fix}`,
    };
}
/** The outcome to write into a policy's incident summary, if a review decided it. */
function outcomeFor(decision, policy, headSha) {
    const states = decision.escalations.filter((e) => e.policy === policy && e.review);
    const veto = states.find((e) => e.review?.result === 'denied')?.review?.veto;
    if (veto)
        return { kind: 'denied', login: veto.login, name: veto.onCallName, scheduleId: veto.scheduleId, at: veto.at, via: veto.via, sha: headSha };
    const verdict = decision.verdicts.find((v) => v.policy === policy);
    if (verdict?.result !== 'approved')
        return undefined;
    const approval = states.find((e) => e.ruleIndex === verdict.decidedBy?.index)?.review?.approval;
    if (!approval)
        return undefined;
    return { kind: 'approved', login: approval.login, name: approval.onCallName, scheduleId: approval.scheduleId, at: approval.at, via: approval.via, sha: headSha };
}
async function writeIncidents(ctx, incidentio, set, decision, matches, pr, writes, recorded) {
    if (decision.incidentPolicies.length === 0)
        return [];
    const { log } = ctx;
    const settings = set.integration.escalation;
    const file = set.integration.at?.file ?? `${ctx.inputs.policyPath}/incidentio.yaml`;
    const resolved = await (0,incident_settings/* resolveIncidentSettings */.uy)(incidentio, settings, { file });
    if (resolved.customFieldCreated === 'created')
        log.info(`Created the incident.io text custom field "${settings.customField}".`);
    if (resolved.customFieldCreated === 'would-create')
        writes.customField = settings.customField;
    const run = (0,act/* creatingRun */.Dy)(ctx.run);
    const views = [];
    for (const name of decision.incidentPolicies) {
        const policy = matches.find((m) => m.policy.name === name).policy;
        const rules = policy.rules.filter((r) => r.type === 'escalation');
        const subject = {
            owner: ctx.run.repository.owner,
            repo: ctx.run.repository.repo,
            run,
            requester: pr.authorLogin,
            policy: name,
            environment: (policy.match.environments ?? []).join(', '),
            services: escalationServices(policy),
            durationMs: Math.max(...rules.map((r) => r.durationMs)),
            reason: decision.reason,
            target: { kind: 'pull', number: pr.number, title: pr.title, url: pr.htmlUrl, headSha: pr.headSha, baseRef: pr.baseRef },
        };
        const requestKey = (0,incident_text/* escalationRequestKey */.cT)(subject);
        const summary = (0,incident_text/* escalationSummary */.gV)(subject, outcomeFor(decision, name, pr.headSha));
        const payload = (0,incident_text/* escalationIncidentPayload */.Cu)(subject, settings, resolved, summary);
        const id = recorded.find((r) => r.policy === name)?.id;
        const written = await (0,act/* ensureIncident */.rb)(incidentio, payload, requestKey, { kind: 'recorded', id }, { dryRun: ctx.inputs.dryRun, notify: settings.notifyIncidentChannel });
        if (written.rejected)
            logRejected(ctx, written.rejected, name, requestKey, ctx.inputs.dryRun);
        if (written.kind === 'dry-run') {
            writes.incidents.push({ payload: written.payload, edit: written.edit });
            if (written.existing) {
                log.info(`Dry run: would set the summary of the incident ${written.existing.reference} (${written.existing.id}) of ${requestKey} to:\n${summary}`);
            }
            else {
                log.info(`Dry run: would create the incident ${requestKey}:\n${JSON.stringify(payload, null, 2)}`);
            }
            views.push({ policy: name, dryRun: true });
        }
        else {
            log.info(`Incident ${written.incident.reference} (${written.incident.id}) for ${name}: ` +
                `${written.created ? 'opened' : 'the one the comment records'}${written.edited ? ', summary updated' : ''}.`);
            views.push({ policy: name, id: written.incident.id, reference: written.incident.reference, url: written.incident.url });
        }
    }
    return views;
}
/** Says why the incident ID the comment recorded was not used. */
function logRejected(ctx, rejected, policy, requestKey, dryRun) {
    const then = dryRun ? 'a real run would open a new incident and record it' : 'a new incident was opened and recorded instead';
    if (rejected.why === 'missing') {
        ctx.log.info(`The comment records incident ${rejected.id} for ${policy}, which no longer exists (or this API key cannot see it): ${then}.`);
    }
    else {
        // Every workflow of the repository comments as the same bot, so a recorded ID is a claim.
        ctx.log.warning(`The comment records incident ${rejected.id} for ${policy}, but that incident does not carry the request key ${requestKey}, ` +
            `so it is not this request's incident and was left untouched; ${then}. Any workflow of this repository can write that comment.`);
    }
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
/** A login as GitHub compares it: case-insensitively (NOTES.md section 4.6). */
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
                tried.push({ lookup, outcome: 'found', note: `found in ${file}` });
                return { login, emails: [normalizeEmail(email)], source: lookup, tried };
            }
            tried.push({
                lookup,
                outcome: 'none',
                note: fileExists
                    ? `no entry for \`${key}\` under \`users:\` in ${file}`
                    : `there is no identities file (${file})`,
            });
            continue;
        }
        if (!options.github) {
            tried.push({ lookup, outcome: 'unavailable', note: 'skipped: no GitHub token (input `github-token`)' });
            continue;
        }
        if (lookup === 'github-public-email') {
            const email = await options.github.publicEmail(login);
            if (email && email.includes('@')) {
                tried.push({ lookup, outcome: 'found', note: 'public email on the GitHub profile' });
                return { login, emails: [normalizeEmail(email)], source: lookup, tried };
            }
            tried.push({ lookup, outcome: 'none', note: 'the GitHub profile shows no public email' });
            continue;
        }
        // github-verified-domain-email: only an org owner's token or an org-installed App can read
        // these (NOTES.md section 3.5); the workflow GITHUB_TOKEN has no organization permissions.
        const answer = await options.github.verifiedDomainEmails(login, options.org);
        if (!Array.isArray(answer)) {
            tried.push({
                lookup,
                outcome: 'unavailable',
                note: `the token cannot read verified-domain emails of the \`${options.org}\` organization: ` +
                    `pass \`github-token\` a token that can (a GitHub App token with Organization "Members: read" ` +
                    `installed on \`${options.org}\`, or an organization owner's token with \`read:org\`); ` +
                    'the default GITHUB_TOKEN has no organization permissions',
            });
            continue;
        }
        const emails = [...new Set(answer.filter((e) => e.includes('@')).map(normalizeEmail))];
        if (emails.length > 0) {
            tried.push({ lookup, outcome: 'found', note: `verified-domain email of the \`${options.org}\` organization` });
            return { login, emails, source: lookup, tried };
        }
        tried.push({
            lookup,
            outcome: 'none',
            note: `no email on a verified domain of the \`${options.org}\` organization`,
        });
    }
    return { login, emails: [], tried, problem: unresolvedProblem(key, settings, file, fileExists, tried) };
}
function unresolvedProblem(key, settings, file, fileExists, tried) {
    const how = tried.length > 0 ? tried.map((t) => `${t.lookup}: ${t.note}`).join('; ') : 'no lookups are configured';
    const message = `GitHub user \`${key}\` has no known incident.io email, so they are never on call (${how})`;
    const entry = `\`${key}: <their incident.io email>\``;
    let fix;
    if (!fileExists) {
        fix =
            `Create ${file} on the default branch with \`version: 1\`, \`kind: identities\` ` +
                `and \`users:\` containing ${entry}.`;
    }
    else if (!settings.lookup.includes('map')) {
        fix = `Add \`map\` to \`lookup:\` in ${file} and add ${entry} under \`users:\`.`;
    }
    else {
        fix = `Add ${entry} under \`users:\` in ${file} (on the default branch).`;
    }
    return { message, fix };
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

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
// User text (PR titles, bodies, review bodies, file content) is data: escaped before it is put
// into a comment or summary so it cannot inject markup, mentions or links (DESIGN.md section 6).
// Characters that start markup inline; `@` gets a zero-width joiner so it never pings anyone.
const SPECIALS = /[\\`*_[\]()#|<>~@&]/g;
function escapeMarkdown(text) {
    const flat = text.replace(/\r?\n/g, ' ').replace(SPECIALS, (c) => (c === '@' ? '@\u200b' : `\\${c}`));
    // A leading list/heading/quote marker would change the block; escape it.
    return flat.replace(/^([-+=>])/, '\\$1');
}
/** A code span that survives backticks inside the text (CommonMark: longer fence). */
function code(text) {
    const clean = text.replace(/\r?\n/g, ' ');
    const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((m) => m.length));
    const fence = '`'.repeat(longest + 1);
    const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${clean}${pad}${fence}`;
}
/** A markdown table; cells are escaped for pipes and newlines (callers pass already-safe markdown). */
function table(header, rows) {
    const cell = (c) => c.replace(/\r?\n/g, '<br>').replace(/\|/g, '\\|');
    const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}


/***/ }),

/***/ 2853:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Af: () => (/* binding */ diagnosticsToAnnotations),
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   bZ: () => (/* binding */ renderDiagnosticsTable),
/* harmony export */   sX: () => (/* binding */ totalsLine)
/* harmony export */ });
/* unused harmony exports diagnosticTitle, formatDiagnosticLine */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4285);

const TITLES = {
    'yaml-syntax': 'policy YAML syntax',
    schema: 'policy schema',
};
function diagnosticTitle(d) {
    return TITLES[d.code] ?? `policy ${d.code.replace(/-/g, ' ')}`;
}
function diagnosticsToAnnotations(diagnostics) {
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
function renderDiagnosticsTable(diagnostics) {
    if (diagnostics.length === 0)
        return '';
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['', 'Where', 'Problem', 'Fix'], diagnostics.map((d) => [
        d.severity === 'error' ? '❌ error' : '⚠️ warning',
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(`${d.file}:${d.line}:${d.column}`),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(d.message),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(d.fix),
    ]));
}


/***/ })

};
