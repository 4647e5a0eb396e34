export const id = 254;
export const ids = [254];
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
/* unused harmony exports isBot, latestReviews, onCallAt */
/** Bots never count (DESIGN.md section 6): `user.type == "Bot"` or a login ending in `[bot]`. */
function isBot(login, userType) {
    return userType.toLowerCase() === 'bot' || /\[bot\]$/i.test(login.trim());
}
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
const UNREAD_PARTIES = { commitLogins: [], commitsTruncated: true, pushers: { known: false, why: 'it was not looked up' } };
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
const tick = (s) => `\`${s.replace(/`/g, '')}\``;
const list = (ids) => ids.map(tick).join(', ');
const iso = (d) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
/** The shift covering `at` (half-open `start_at <= t < end_at`, API.md section 4) for one of the emails. */
function onCallAt(history, services, emails, at) {
    const wanted = new Set(emails.map((e) => e.toLowerCase()));
    const ids = new Set(services);
    const t = at.getTime();
    // Keep the order of `services` so the reported schedule is stable.
    const covering = history.filter((s) => ids.has(s.scheduleId) && wanted.has(s.email.toLowerCase()) && s.startAt.getTime() <= t && t < s.endAt.getTime());
    return covering.sort((a, b) => services.indexOf(a.scheduleId) - services.indexOf(b.scheduleId))[0];
}
/**
 * The latest reviews that could count (human, not the author, on the current head, approving or
 * requesting changes): the caller resolves these reviewers' emails and reads schedule history at
 * their `submitted_at`, so no other review costs an API call.
 */
function reviewCandidates(reviews, headSha, author) {
    return latestReviews(reviews).filter((r) => !isBot(r.login, r.userType) &&
        !sameLogin(r.login, author) &&
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
    const who = tick(r.login);
    const state = upper(r.state);
    if (isBot(r.login, r.userType))
        return { review: r, status: 'bot', detail: `${who} is a bot; bots never count` };
    if (sameLogin(r.login, input.author)) {
        return { review: r, status: 'author', detail: `${who} is the author; authors never count as their own reviewer` };
    }
    if (state === 'DISMISSED')
        return { review: r, status: 'dismissed', detail: `${who}'s latest review was dismissed` };
    if (!onHead(r, input.headSha)) {
        const of = r.commitId ? tick(r.commitId.slice(0, 12)) : 'a commit GitHub no longer has';
        const head = isCommitSha(input.headSha) ? `the current head ${tick(input.headSha.slice(0, 12))}` : 'a known head commit (GitHub gave none)';
        return {
            review: r,
            status: 'stale-commit',
            detail: `${who} reviewed ${of}, not ${head}; a review counts only on the latest commit`,
        };
    }
    const approving = state === 'APPROVED';
    // The second-party rule decides who may approve; a change request from the change's own side
    // still denies (it can only hold a change back).
    const own = approving && !input.allowOneParty ? ownSide(r.login, input) : undefined;
    if (own)
        return { review: r, status: 'own-change', detail: `${who} ${own}; nobody approves their own change (allowOneParty is off)` };
    if (approving && !input.allowOneParty && input.parties.commitsTruncated) {
        return {
            review: r,
            status: 'unverified',
            detail: `${who}'s approval cannot count: GitHub lists at most ${PULL_COMMITS_LISTED} commits of a pull request and this one may have more, ` +
                'so whether they wrote or committed one of the others is unknown (split the change into smaller pull requests)',
        };
    }
    const emails = input.emails.get(r.login.trim().toLowerCase()) ?? [];
    const sameAs = approving && !input.allowOneParty ? samePersonAs(emails, r.login, input) : undefined;
    if (sameAs) {
        return {
            review: r,
            status: 'own-change',
            detail: `${who} has the same incident.io email as ${sameAs}: one person under two logins is one party, and nobody approves their own change`,
        };
    }
    if (emails.length === 0) {
        // DESIGN.md section 2: the message names the login and the file to add it to.
        const add = input.identitiesFile ? ` (add ${tick(`${r.login.trim().toLowerCase()}: <their incident.io email>`)} under \`users:\` in ${input.identitiesFile})` : '';
        return { review: r, status: 'no-identity', detail: `${who} has no known incident.io email, so they are never on call${add}` };
    }
    const at = new Date(submittedMs(r));
    const shift = onCallAt(input.history, input.services, emails, at);
    if (!shift) {
        return {
            review: r,
            status: 'not-on-call',
            detail: `${who} was not on call for ${list(input.services)} at ${iso(at)}, when the review was submitted`,
        };
    }
    const base = { review: r, scheduleId: shift.scheduleId, onCallName: shift.name };
    if (state === 'CHANGES_REQUESTED') {
        return { ...base, status: 'vetoes', detail: `${who} requested changes while on call for ${tick(shift.scheduleId)}` };
    }
    if (input.now.getTime() - at.getTime() >= input.durationMs) {
        return {
            ...base,
            status: 'expired',
            detail: `${who} approved at ${iso(at)} while on call for ${tick(shift.scheduleId)}, but that is older than the rule's duration`,
        };
    }
    return { ...base, status: 'approves', detail: `${who} approved at ${iso(at)} while on call for ${tick(shift.scheduleId)}` };
}
/** GitHub lists at most this many commits of a pull request. */
const PULL_COMMITS_LISTED = 250;
const lowerSet = (logins) => new Set(logins.map((l) => l.trim().toLowerCase()));
/** Why `login` is on the change's own side by its login (commit author/committer, pusher), or undefined. */
function ownSide(login, input) {
    const key = login.trim().toLowerCase();
    const { parties } = input;
    if (parties.pushers.known && lowerSet(parties.pushers.logins).has(key)) {
        return `pushed the head commit ${isCommitSha(input.headSha) ? tick(input.headSha.slice(0, 12)) : ''}`.trimEnd();
    }
    if (lowerSet(parties.commitLogins).has(key))
        return 'authored or committed a commit of this pull request';
    return undefined;
}
/**
 * The person on the change's own side (the author, a commit author or committer, a pusher) who
 * has one of `emails` under another login, as a code span, or undefined.
 */
function samePersonAs(emails, login, input) {
    if (emails.length === 0)
        return undefined;
    const mine = new Set(emails.map((e) => e.toLowerCase()));
    const key = login.trim().toLowerCase();
    for (const other of partyLogins(input.author, input.parties)) {
        if (other === key)
            continue;
        if ((input.emails.get(other) ?? []).some((e) => mine.has(e.toLowerCase()))) {
            return other === input.author.trim().toLowerCase() ? `the author ${tick(input.author)}` : tick(other);
        }
    }
    return undefined;
}
/** What could not be checked, one sentence each (empty when everything was known or allowOneParty holds). */
function partyNotices(input) {
    if (input.allowOneParty || input.parties.pushers.known)
        return [];
    const head = isCommitSha(input.headSha) ? tick(input.headSha.slice(0, 12)) : 'the head commit';
    return [`could not learn who pushed ${head} (${input.parties.pushers.why}); the other second-party rules applied`];
}
function actorOf(note, durationMs) {
    const at = new Date(submittedMs(note.review));
    return {
        login: note.review.login,
        via: 'review',
        at,
        scheduleId: note.scheduleId ?? '',
        onCallName: note.onCallName ?? '',
        reviewId: note.review.id,
        ...(note.status === 'approves' ? { expiresAt: new Date(at.getTime() + durationMs) } : {}),
    };
}
/** Whether an escalation rule is satisfied by the PR's reviews (or its on-call author). */
function evaluateEscalationReviews(input) {
    const notes = latestReviews(input.reviews).map((r) => classify(r, input));
    const notices = partyNotices(input);
    const withNotices = (reason) => (notices.length > 0 ? `${reason} (${notices.join('; ')})` : reason);
    const vetoes = notes.filter((n) => n.status === 'vetoes');
    if (vetoes.length > 0) {
        const veto = actorOf(vetoes[0], input.durationMs);
        return {
            result: 'denied',
            veto,
            notes,
            notices,
            reason: withNotices(`${tick(veto.login)} requested changes on the current head while on call for ${tick(veto.scheduleId)}; a change request by an on-call person denies (deny wins)`),
        };
    }
    const approvals = notes.filter((n) => n.status === 'approves').map((n) => actorOf(n, input.durationMs));
    // allowOneParty: the author counts when on call for `services` (DESIGN.md section 2); GitHub
    // forbids approving one's own PR, so this is the only one-party path.
    if (input.allowOneParty && input.onePartyAt) {
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
        const how = approval.via === 'one-party'
            ? `the author ${tick(approval.login)} was on call for ${tick(approval.scheduleId)} at ${iso(approval.at)} (allowOneParty)`
            : `approved by ${tick(approval.login)}, on call for ${tick(approval.scheduleId)} at ${iso(approval.at)}`;
        return { result: 'approved', approval, notes, notices, reason: withNotices(how) };
    }
    const counted = notes.filter((n) => n.status !== 'bot');
    const why = counted.length > 0 ? ` (${counted.map((n) => n.detail).join('; ')})` : '';
    return {
        result: 'pending',
        notes,
        notices,
        reason: withNotices(`no approval on the current head yet from someone on call for ${list(input.services)}${why}`),
    };
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
