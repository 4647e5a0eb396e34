export const id = 397;
export const ids = [397,432];
export const modules = {

/***/ 1089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $A: () => (/* binding */ mergedPulls),
/* harmony export */   cW: () => (/* binding */ pendingEscalations),
/* harmony export */   sr: () => (/* binding */ evaluateDeployEvidence)
/* harmony export */ });
/* harmony import */ var _review_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(226);

const tick = (s) => `\`${s.replace(/`/g, '')}\``;
const list = (ids) => ids.map(tick).join(', ');
const isMerged = (p) => p.mergedAt !== null && Number.isFinite(Date.parse(p.mergedAt));
/**
 * The PRs among those associated with the commit that were merged into the default branch, in PR
 * number order. An empty default branch (unknown) matches nothing: no evidence, fail closed.
 */
function mergedPulls(pulls, defaultBranch) {
    return pulls.filter((p) => isMerged(p) && defaultBranch !== '' && p.baseRef === defaultBranch).sort((a, b) => a.number - b.number);
}
/** Merged PRs into another branch than the default: never evidence, named in the reason. */
function foreignPulls(pulls, defaultBranch) {
    return pulls.filter((p) => isMerged(p) && !(defaultBranch !== '' && p.baseRef === defaultBranch)).sort((a, b) => a.number - b.number);
}
function evaluateDeployEvidence(input) {
    const { rule } = input;
    const merged = mergedPulls(input.pulls, input.defaultBranch);
    const commit = tick(input.commitSha.slice(0, 12));
    if (merged.length === 0) {
        const foreign = foreignPulls(input.pulls, input.defaultBranch);
        const into = input.defaultBranch ? tick(input.defaultBranch) : 'the default branch';
        const elsewhere = foreign.length > 0
            ? ` (${foreign.map((p) => `#${p.number} was merged into ${tick(p.baseRef)}`).join(', ')}; approvals on pull requests into another branch never count)`
            : '';
        return {
            holds: false,
            reason: `the deployed commit ${commit} did not come from a pull request merged into ${into}${elsewhere}, so no review can approve it`,
            fix: `Deploy a commit that was merged into ${into} through a pull request approved by a person on call for ${list(rule.services)} ` +
                '(direct pushes, and pull requests into other branches, cannot be approved by review).',
            pulls: [],
        };
    }
    const pulls = merged.map((p) => ({
        number: p.number,
        htmlUrl: p.htmlUrl,
        review: (0,_review_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateEscalationReviews */ .cN)({
            services: rule.services,
            durationMs: rule.durationMs,
            allowOneParty: rule.allowOneParty,
            reviews: input.reviews.get(p.number) ?? [],
            // Each PR must be approved on its own final head (DESIGN.md section 4).
            headSha: p.headSha,
            author: p.authorLogin,
            // Not read means nobody can be shown to be a second party (fail closed).
            parties: input.parties.get(p.number) ?? _review_js__WEBPACK_IMPORTED_MODULE_0__/* .UNREAD_PARTIES */ .H9,
            emails: input.emails,
            ...(input.identitiesFile ? { identitiesFile: input.identitiesFile } : {}),
            history: input.history,
            now: input.now,
            onePartyAt: new Date(Date.parse(p.mergedAt)),
        }),
    }));
    const vetoed = pulls.find((p) => p.review.result === 'denied');
    if (vetoed) {
        return {
            holds: false,
            vetoed: true,
            reason: `pull request #${vetoed.number}: ${vetoed.review.reason}`,
            fix: `The change was rejected by an on-call reviewer; it needs a new pull request approved by a person on call for ${list(rule.services)}.`,
            pulls,
        };
    }
    const missing = pulls.filter((p) => p.review.result !== 'approved');
    if (missing.length > 0) {
        return {
            holds: false,
            reason: missing.map((p) => `pull request #${p.number}: ${p.review.reason}`).join('; '),
            fix: `A person on call for ${list(rule.services)} approves ${missing.map((p) => `#${p.number}`).join(', ')} ` +
                `on ${missing.length === 1 ? 'its' : 'their'} final commit (an approval older than the rule's duration no longer counts), then re-run this job.`,
            pulls,
        };
    }
    const approvals = pulls.map((p) => p.review.approval);
    const expiry = Math.min(...approvals.map((a) => a.expiresAt?.getTime() ?? Infinity));
    const logins = [...new Set(approvals.map((a) => a.login))];
    return {
        holds: true,
        reason: pulls.map((p) => `pull request #${p.number} ${p.review.reason}`).join('; '),
        approvedBy: logins.join(','),
        ...(Number.isFinite(expiry) ? { expiresAt: new Date(expiry) } : {}),
        pulls,
    };
}
/**
 * Whether a gate denial can still turn into an approval through the escalation flow: every
 * policy that did not approve has an open escalation rule (no deny rule, no missing reason, no
 * veto). Then the result is `pending` and an incident pages the on-call. Otherwise [] (the
 * denial stands).
 */
function pendingEscalations(decision, policies) {
    if (decision.result !== 'denied')
        return [];
    const open = decision.verdicts.filter((v) => v.result !== 'approved');
    if (open.length === 0)
        return [];
    const out = [];
    for (const v of open) {
        if (v.decidedBy?.type === 'deny' || v.rules.some((r) => r.type === 'deny'))
            return [];
        const openRules = v.rules.filter((r) => r.type === 'escalation' && r.escalationOpen === true);
        if (openRules.length === 0)
            return [];
        const policy = policies.find((p) => p.name === v.policy);
        if (!policy)
            return [];
        out.push({ policy, services: [...new Set(openRules.flatMap((r) => r.schedules))] });
    }
    return out;
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

/***/ 9437:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dy: () => (/* binding */ creatingRun),
/* harmony export */   rb: () => (/* binding */ ensureIncident),
/* harmony export */   rm: () => (/* binding */ reviseIncident)
/* harmony export */ });
/* unused harmony exports incidentRef, findIncident */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _incident_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3491);


/** The workflow run that writes the incident, checked: its ID is part of the request key. */
function creatingRun(run) {
    if (!/^\d+$/.test(run.runId) || !/^\d+$/.test(run.runAttempt)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OncallGateError */ .lN({
            kind: 'environment',
            message: `GITHUB_RUN_ID ("${run.runId.slice(0, 40)}") and GITHUB_RUN_ATTEMPT ("${run.runAttempt.slice(0, 40)}") must be numbers: they name the run an escalation incident belongs to`,
            fix: 'Run oncall-gate as a step of a GitHub Actions job, where the runner sets both.',
        });
    }
    return { id: run.runId, attempt: run.runAttempt };
}
const incidentRef = (i) => ({ id: i.id, reference: i.reference, url: i.permalink ?? '' });
/** The incident of `requestKey` by the run's lookup, or why a recorded one was not taken. */
async function findIncident(api, requestKey, lookup) {
    const carries = (i) => (0,_incident_text_js__WEBPACK_IMPORTED_MODULE_1__/* .carriesRequestKey */ .yU)(i.summary, requestKey);
    if (lookup.kind === 'recent') {
        const incident = await api.findRecentIncident(lookup.query, carries);
        return incident ? { incident } : {};
    }
    if (lookup.id === undefined)
        return {};
    let incident;
    try {
        incident = await api.getIncident(lookup.id);
    }
    catch (error) {
        // Deleted (or private and out of this key's sight): a new incident takes its place. Any
        // other failure stops the run, so an outage never opens a second incident.
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isServiceError */ .gi)(error, 'incidentio', 'not-found'))
            return { rejected: { id: lookup.id, why: 'missing' } };
        throw error;
    }
    return carries(incident) ? { incident } : { rejected: { id: lookup.id, why: 'foreign' } };
}
/**
 * Finds the incident of `requestKey` (see IncidentLookup) or creates it from `payload`, then makes
 * its summary `payload.summary` if it is not already. `notify` is `notifyIncidentChannel` from the
 * integration file (posts the summary update to the incident's Slack channel). A dry run reads
 * (the lookup) but writes nothing.
 */
async function ensureIncident(api, payload, requestKey, lookup, options) {
    const edit = { incident: { summary: payload.summary ?? '' }, notify_incident_channel: options.notify };
    const found = await findIncident(api, requestKey, lookup);
    const rejected = found.rejected ? { rejected: found.rejected } : {};
    if (options.dryRun)
        return { kind: 'dry-run', payload, edit, ...(found.incident ? { existing: incidentRef(found.incident) } : {}), ...rejected };
    let incident = found.incident;
    const created = incident === undefined;
    if (incident === undefined) {
        incident = await api.createIncident(payload);
        // The answer to our own create must be the incident we asked for. Were a key ever answered
        // with an unrelated incident, editing or recording it would touch somebody else's incident.
        if (!(0,_incident_text_js__WEBPACK_IMPORTED_MODULE_1__/* .carriesRequestKey */ .yU)(incident.summary, requestKey)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OncallGateError */ .lN({
                kind: 'bad-response',
                service: 'incidentio',
                message: `incident.io answered the create of the incident for ${requestKey} (idempotency_key ${payload.idempotency_key}) with incident ${incident.reference} (${incident.id}), ` +
                    'whose summary does not carry that request key, so oncall-gate will not use it',
                fix: 'Re-run the job (a new run attempt uses a new idempotency key). If it happens again, check that `incidentio-api-url` is the incident.io API.',
            });
        }
    }
    if ((incident.summary ?? '') === (payload.summary ?? '')) {
        return { kind: 'written', incident: incidentRef(incident), created, edited: false, payload, ...rejected };
    }
    const edited = await api.editIncident(incident.id, edit);
    return { kind: 'written', incident: incidentRef({ ...incident, ...edited }), created, edited: true, payload, edit, ...rejected };
}
/**
 * Rewrites the summary of the incident of `requestKey`, if there is one; never creates. For a
 * gate re-run that passed: its run's incident then says approved, by whom and when.
 */
async function reviseIncident(api, requestKey, lookup, summary, options) {
    const { incident } = await findIncident(api, requestKey, lookup);
    if (!incident)
        return { kind: 'not-found' };
    const edit = { incident: { summary }, notify_incident_channel: options.notify };
    if ((incident.summary ?? '') === summary)
        return { kind: 'unchanged', incident: incidentRef(incident), edit };
    if (options.dryRun)
        return { kind: 'dry-run', incident: incidentRef(incident), edit };
    const edited = await api.editIncident(incident.id, edit);
    return { kind: 'edited', incident: incidentRef({ ...incident, ...edited }), edit };
}


/***/ }),

/***/ 2053:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JI: () => (/* binding */ checkHeadSha),
/* harmony export */   LS: () => (/* binding */ readParties),
/* harmony export */   Lu: () => (/* binding */ readHistory),
/* harmony export */   Ms: () => (/* binding */ resolveEmails),
/* harmony export */   Np: () => (/* binding */ collectDeployEvidence),
/* harmony export */   _B: () => (/* binding */ needsSecondParty),
/* harmony export */   e0: () => (/* binding */ checkReviews)
/* harmony export */ });
/* unused harmony export HISTORY_WINDOW_MS */
/* harmony import */ var _decide_escalation_evidence_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1089);
/* harmony import */ var _decide_review_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(226);
/* harmony import */ var _identity_resolve_identity_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8785);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);




/** What to do about an answer GitHub should never give (a proxy or a GitHub incident). */
const MALFORMED_FIX = 'Re-run the job. If it happens again, check that GITHUB_API_URL points at the GitHub API (a proxy may be rewriting answers) ' +
    'and see https://www.githubstatus.com; oncall-gate counts no approval it cannot verify.';
const malformed = (message) => new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OncallGateError */ .lN({ kind: 'bad-response', service: 'github', message, fix: MALFORMED_FIX });
/**
 * Reviews as evidence must have the fields the decision reads; one that does not is an error, not
 * a review that silently fails to count (a missing CHANGES_REQUESTED would hide a veto).
 */
function checkReviews(reviews, pull) {
    for (const r of reviews) {
        const problem = !Number.isSafeInteger(r.id) ? 'no numeric `id`'
            : typeof r.state !== 'string' || r.state.trim() === '' ? 'no `state`'
                : typeof r.login !== 'string' ? 'no `user.login`'
                    : typeof r.userType !== 'string' ? 'no `user.type`'
                        : r.commitId !== null && typeof r.commitId !== 'string' ? 'a `commit_id` that is not a string'
                            : r.submittedAt !== null && typeof r.submittedAt !== 'string' ? 'a `submitted_at` that is not a string'
                                : undefined;
        if (problem) {
            throw malformed(`GitHub returned a malformed review (id ${String(r.id)}) of pull request #${pull}: it has ${problem}`);
        }
    }
    return [...reviews];
}
/** A pull request whose head is not a commit SHA cannot be judged: its reviews could match anything. */
function checkHeadSha(pull) {
    if (!(0,_decide_review_js__WEBPACK_IMPORTED_MODULE_1__/* .isCommitSha */ ._$)(pull.headSha)) {
        throw malformed(`GitHub returned pull request #${pull.number} without a valid head commit SHA (got "${String(pull.headSha).slice(0, 80)}"), so no review of it can be verified`);
    }
}
/** The window read around an instant: one minute, as incident.io's own approval integration reads on-call. */
const HISTORY_WINDOW_MS = 60_000;
/** Lower-case login -> lower-case emails for each login (unresolvable logins map to []). */
async function resolveEmails(logins, options) {
    const unique = [...new Set(logins.map((l) => l.trim().toLowerCase()).filter(Boolean))];
    const resolved = await Promise.all(unique.map((login) => (0,_identity_resolve_identity_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveIdentity */ .XH)(login, options.identities, {
        org: options.org,
        policyPath: options.policyPath,
        ...(options.github ? { github: options.github } : {}),
    })));
    return new Map(unique.map((login, i) => [login, resolved[i]?.emails ?? []]));
}
/**
 * `final` shifts of `services` in a one-minute window starting at each instant, flattened. One
 * request per schedule and instant; the client caps requests in flight.
 */
async function readHistory(reader, services, instants) {
    if (services.length === 0 || instants.length === 0)
        return [];
    const { fetchShifts } = await __webpack_require__.e(/* import() */ 869).then(__webpack_require__.bind(__webpack_require__, 6250));
    const maps = await Promise.all(instants.map((t) => fetchShifts(reader, [...services], t, new Date(t.getTime() + HISTORY_WINDOW_MS))));
    return maps.flatMap((m) => [...m.values()].flat());
}
/** Only a rule without `allowOneParty` needs a second party, so only then are the change's own side read. */
const needsSecondParty = (rules) => rules.some((r) => !r.allowOneParty);
/**
 * The change's own side of a pull request: the accounts GitHub linked to its commits and who
 * pushed its head, read at the same time (two requests, three at most for a long commit list).
 * `commits`: the pull request's own commit count when the caller has the full pull request.
 */
async function readParties(github, pull) {
    const [commits, pushers] = await Promise.all([
        github.listPullCommits(pull.number, pull.commits ?? 0),
        github.findHeadPushers({ repoFullName: pull.headRepoFullName, ref: pull.headRef, sha: pull.headSha }),
    ]);
    return { commitLogins: commits.logins, commitsTruncated: commits.truncated, pushers };
}
/**
 * Reads the primary evidence for the deployed commit (its merged PRs, their reviews, the
 * reviewers' emails, schedule history at each review) and evaluates each escalation rule. The
 * map is keyed by the rule objects of the policy set.
 */
async function collectDeployEvidence(github, reader, identity, request) {
    const out = new Map();
    if (request.rules.length === 0)
        return out;
    const pulls = request.sha ? await github.listCommitPulls(request.sha) : [];
    // Pull requests merged into another branch are never read: they are not evidence.
    const merged = (0,_decide_escalation_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .mergedPulls */ .$A)(pulls, request.defaultBranch);
    merged.forEach(checkHeadSha);
    const secondParty = needsSecondParty(request.rules);
    // Per merged PR, its reviews and (when a rule needs a second party) its own side, all at once.
    const read = await Promise.all(merged.map(async (p) => {
        const [rs, parties] = await Promise.all([
            github.listReviews(p.number).then((r) => checkReviews(r, p.number)),
            secondParty ? readParties(github, p) : Promise.resolve(undefined),
        ]);
        return { pull: p, reviews: rs, parties };
    }));
    const reviews = new Map(read.map((r) => [r.pull.number, r.reviews]));
    const parties = new Map(read.flatMap((r) => (r.parties ? [[r.pull.number, r.parties]] : [])));
    const candidatesOf = (p) => (0,_decide_review_js__WEBPACK_IMPORTED_MODULE_1__/* .reviewCandidates */ .pL)(reviews.get(p.number) ?? [], p.headSha, p.authorLogin);
    const candidates = merged.flatMap(candidatesOf);
    const onePartyRules = request.rules.some((r) => r.allowOneParty);
    // The own side's emails matter only for a PR with a review that could count.
    const ownSide = merged.flatMap((p) => {
        const own = parties.get(p.number);
        return own && candidatesOf(p).length > 0 ? (0,_decide_review_js__WEBPACK_IMPORTED_MODULE_1__/* .partyLogins */ .fR)(p.authorLogin, own) : [];
    });
    const logins = [...candidates.map((r) => r.login), ...ownSide, ...(onePartyRules ? merged.map((p) => p.authorLogin) : [])];
    const emails = await resolveEmails(logins, identity);
    const services = [...new Set(request.rules.flatMap((r) => r.services))];
    const instants = (0,_decide_review_js__WEBPACK_IMPORTED_MODULE_1__/* .reviewInstants */ .rk)(candidates);
    if (onePartyRules)
        for (const p of merged)
            instants.push(new Date(Date.parse(p.mergedAt)));
    const history = await readHistory(reader, services, dedupe(instants));
    const identitiesFile = (0,_identity_resolve_identity_js__WEBPACK_IMPORTED_MODULE_3__/* .identitiesFilePath */ .ku)(identity.identities, identity.policyPath);
    for (const rule of request.rules) {
        out.set(rule, (0,_decide_escalation_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateDeployEvidence */ .sr)({ rule, commitSha: request.sha, pulls, defaultBranch: request.defaultBranch, reviews, parties, emails, history, now: request.now, identitiesFile }));
    }
    return out;
}
function dedupe(instants) {
    return [...new Set(instants.map((d) => d.getTime()))].sort((a, b) => a - b).map((t) => new Date(t));
}


/***/ }),

/***/ 6229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _M: () => (/* binding */ findByIdOrName),
/* harmony export */   uy: () => (/* binding */ resolveIncidentSettings)
/* harmony export */ });
/* unused harmony export findCustomField */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

const CUSTOM_FIELD_DESCRIPTION = 'incident.io schedule IDs whose on-call may approve this oncall-gate escalation (written by oncall-gate).';
/** The field with exactly this name (case-sensitive, the first that has it). */
function findCustomField(fields, name) {
    return fields.find((f) => f.name === name);
}
/** A severity or incident type by ID, else by name (case-insensitive). */
function findByIdOrName(items, wanted) {
    const w = wanted.trim();
    return items.find((i) => i.id === w) ?? items.find((i) => i.name.toLowerCase() === w.toLowerCase());
}
function notFound(what, key, wanted, known, where) {
    const names = known.map((k) => `"${k.name}"`).join(', ');
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OncallGateError */ .lN({
        kind: 'policy',
        message: `The incident.io ${what} "${wanted}" (\`escalation.${key}\` in ${where.file}) does not exist` +
            (known.length > 0 ? ` (known: ${names})` : ` (incident.io returned no ${what === 'severity' ? 'severities' : 'incident types'})`),
        fix: `Set \`escalation.${key}\` in ${where.file} to the name or ID of an existing ${what}, or remove it to use incident.io's default.`,
    });
}
/**
 * Looks up (and, when missing and the key may, creates) the custom field, and resolves severity
 * and incident type. A dry run never creates: it reports `would-create` with an empty ID.
 */
async function resolveIncidentSettings(api, settings, where) {
    const [fields, severities, types] = await Promise.all([
        api.listCustomFields(),
        settings.severity ? api.listSeverities() : Promise.resolve([]),
        settings.incidentType ? api.listIncidentTypes() : Promise.resolve([]),
    ]);
    const out = { customFieldId: '' };
    if (settings.severity) {
        const s = findByIdOrName(severities, settings.severity);
        if (!s)
            throw notFound('severity', 'severity', settings.severity, severities, where);
        out.severityId = s.id;
    }
    if (settings.incidentType) {
        const t = findByIdOrName(types, settings.incidentType);
        if (!t)
            throw notFound('incident type', 'incidentType', settings.incidentType, types, where);
        out.incidentTypeId = t.id;
    }
    const name = settings.customField;
    const field = findCustomField(fields, name);
    if (field) {
        if (field.field_type !== 'text') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OncallGateError */ .lN({
                kind: 'policy',
                message: `The incident.io custom field "${name}" (\`escalation.customField\` in ${where.file}) has type ${field.field_type}; oncall-gate writes schedule IDs into a text field`,
                fix: `Point \`escalation.customField\` at a text custom field (a new name makes \`apply\` create one), or change the field in incident.io -> Settings -> Custom fields.`,
            });
        }
        out.customFieldId = field.id;
        return out;
    }
    if (api.readOnly)
        return { ...out, customFieldCreated: 'would-create' };
    try {
        const created = await api.createCustomField({ name, description: CUSTOM_FIELD_DESCRIPTION, field_type: 'text' });
        return { ...out, customFieldId: created.id, customFieldCreated: 'created' };
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isServiceError */ .gi)(error, 'incidentio', 'permission')) {
            // Creating custom fields needs the manage_settings role, which an escalation key usually
            // lacks on purpose; `apply` is where the field is meant to be made.
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OncallGateError */ .lN({
                ...error.data(),
                message: `The incident.io custom field "${name}" (\`escalation.customField\` in ${where.file}) does not exist, and this API key may not create it (that needs the manage_settings role)`,
                fix: 'Let `oncall-gate apply` create it: run the workflow that applies policies on the default branch with a key that has manage_settings ' +
                    `(or create a text custom field named "${name}" in incident.io -> Settings -> Custom fields), then re-run this job.`,
            });
        }
        throw error;
    }
}


/***/ }),

/***/ 3491:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cu: () => (/* binding */ escalationIncidentPayload),
/* harmony export */   cT: () => (/* binding */ escalationRequestKey),
/* harmony export */   gV: () => (/* binding */ escalationSummary),
/* harmony export */   yU: () => (/* binding */ carriesRequestKey)
/* harmony export */ });
/* unused harmony exports createIdempotencyKey, REQUEST_KEY_LABEL, escalationIncidentName */
/* harmony import */ var _policy_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5432);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4285);


/** `oncall-gate/<owner>/<repo>/pull/<n>/<policy>` or `.../run/<run_id>/<policy>`: what an incident is for. */
function escalationRequestKey(s) {
    const where = s.target.kind === 'pull' ? `pull/${s.target.number}` : `run/${s.target.runId}`;
    return `oncall-gate/${s.owner}/${s.repo}/${where}/${s.policy}`;
}
/**
 * The idempotency_key of one create: the request key plus the run attempt that creates. It only
 * makes the retries of that one request safe (a retry after a lost answer repeats it). Every
 * later run finds the incident by its request key instead, and a new attempt that must open a
 * new incident (the old one was deleted) never reuses a key with a different body.
 */
function createIdempotencyKey(s) {
    return `${escalationRequestKey(s)}/attempt/${s.run.id}-${s.run.attempt}`;
}
/** The label of the summary's last line, which carries the request key. */
const REQUEST_KEY_LABEL = 'oncall-gate request key: ';
/** Backslash escapes of ASCII punctuation, which a markdown editor may add to or drop from the line. */
const unescapePunctuation = (line) => line.replace(/\\([!-/:-@[-`{-~])/g, '$1');
/**
 * Whether an incident summary carries `requestKey` where oncall-gate writes it: its last
 * non-empty line, exactly `oncall-gate request key: <key>` (markdown escapes of punctuation and
 * surrounding spaces aside). Anywhere else it does not count: a PR title that quotes another
 * request's key sits inside one of the lines above, which all start with oncall-gate's own text.
 */
function carriesRequestKey(summary, requestKey) {
    const lines = (summary ?? '').split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => l !== '');
    const last = lines[lines.length - 1];
    return last !== undefined && unescapePunctuation(last) === `${REQUEST_KEY_LABEL}${requestKey}`;
}
/** `Approval requested: <login> -> <policy> (<owner>/<repo>#<n>)`; a run says `run <id>`. */
function escalationIncidentName(s) {
    const where = s.target.kind === 'pull' ? `#${s.target.number}` : ` run ${s.target.runId}`;
    return `Approval requested: ${flat(s.requester, 100)} -> ${s.policy} (${s.owner}/${s.repo}${where})`;
}
// Line breaks of every kind (CR, LF, NEL, LS, PS) and other control characters: user text must
// stay on the line it was put on.
const BREAKS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
/** User text flattened to one line and cut to `max` characters (before escaping). */
function flat(text, max) {
    const one = text.replace(BREAKS, ' ').trim();
    return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
/** User text as it goes into the summary: one line, capped, markdown escaped. */
const userText = (text, max = 300) => (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(flat(text, max));
const iso = (d) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
const short = (sha) => sha.slice(0, 12);
function outcomeLine(o) {
    if (o.kind === 'run-approved') {
        const each = o.approvals.map((a) => a.via === 'one-party'
            ? `#${a.pull} by its author ${userText(a.login, 100)} (${userText(a.name, 100)}, on call for schedule ${a.scheduleId} at the merge, allowOneParty)`
            : `#${a.pull} by ${userText(a.login, 100)} (${userText(a.name, 100)}, on call for schedule ${a.scheduleId}, review at ${iso(a.reviewedAt)})`);
        return `APPROVED at ${iso(o.at)}: attempt ${o.attempt} of this run passed the gate on the approval of ${each.join('; ')}.`;
    }
    const who = `${userText(o.login, 100)} (${userText(o.name, 100)}, on call for schedule ${o.scheduleId})`;
    if (o.kind === 'denied') {
        return `DENIED: ${who} requested changes at ${iso(o.at)} on commit ${short(o.sha)}.`;
    }
    return o.via === 'one-party'
        ? `APPROVED: the requester ${who} approved their own request at ${iso(o.at)} (allowOneParty), commit ${short(o.sha)}.`
        : `APPROVED by ${who} at ${iso(o.at)} on commit ${short(o.sha)}.`;
}
function howToApprove(s) {
    const schedules = s.services.join(', ');
    const duration = (0,_policy_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(s.durationMs);
    if (s.target.kind === 'pull') {
        return [
            `How to approve: a person on call for one of the schedules ${schedules} opens ${s.target.url}, ` +
                `reviews the latest commit (${short(s.target.headSha)}) and submits an "Approve" review. ` +
                `"Request changes" denies. An approval counts for ${duration}; a new push needs a new approval.`,
        ];
    }
    if (s.target.pulls.length === 0) {
        return [
            `How to approve: commit ${short(s.target.sha)} did not come from a merged pull request, so it cannot be approved by review. ` +
                `Deploy a commit merged through a pull request approved by a person on call for ${schedules}.`,
        ];
    }
    return [
        `How to approve: a person on call for one of the schedules ${schedules} submits an "Approve" review on ` +
            `${s.target.pulls.map((p) => `#${p.number} (${p.url})`).join(', ')} (on its final commit), then re-runs ${s.target.runUrl}. ` +
            `An approval counts for ${duration}.`,
    ];
}
/**
 * The incident summary: who asks for what, why, where to approve and how. With an outcome, the
 * first line says approved/denied, by whom, when, on which schedule. The
 * last line carries the request key (see carriesRequestKey), as a paragraph of its own so that
 * an editor that re-flows paragraphs keeps it apart. Stable for the same inputs, so an unchanged
 * request never re-edits the incident.
 */
function escalationSummary(s, outcome) {
    const lines = [];
    lines.push(outcome ? outcomeLine(outcome) : 'PENDING: waiting for an approval from the on-call team.');
    lines.push('');
    lines.push(`Requester: ${userText(s.requester, 100)} (GitHub)`);
    lines.push(`Requested: policy ${s.policy}${s.environment ? `, environment ${userText(s.environment)}` : ''}`);
    lines.push(`Repository: ${s.owner}/${s.repo}`);
    if (s.target.kind === 'pull') {
        lines.push(`Pull request: #${s.target.number} "${userText(s.target.title)}" into ${userText(s.target.baseRef)}`);
        lines.push(`Head commit: ${s.target.headSha}`);
        lines.push(`Approval conversation: ${s.target.url}`);
    }
    else {
        lines.push(`Workflow run: ${s.target.runUrl} (${userText(s.target.ref)})`);
        lines.push(`Deployed commit: ${s.target.sha}`);
        if (s.target.pulls.length > 0) {
            lines.push(`Approval conversation: ${s.target.pulls.map((p) => p.url).join(', ')}`);
        }
    }
    lines.push(`Reason: ${s.reason ? userText(s.reason, 500) : '(none given)'}`);
    lines.push(`Schedules that may approve: ${s.services.join(', ')}`);
    lines.push('');
    lines.push(...howToApprove(s));
    lines.push('');
    lines.push('Opened by oncall-gate; it never resolves or closes this incident.');
    lines.push('');
    lines.push(`${REQUEST_KEY_LABEL}${escalationRequestKey(s)}`);
    return lines.join('\n');
}
/** The POST /v2/incidents body: the custom field holds the schedule IDs joined by commas. */
function escalationIncidentPayload(s, settings, resolved, summary) {
    return {
        idempotency_key: createIdempotencyKey(s),
        visibility: settings.visibility,
        mode: settings.mode,
        name: escalationIncidentName(s),
        summary,
        ...(resolved.severityId ? { severity_id: resolved.severityId } : {}),
        ...(resolved.incidentTypeId ? { incident_type_id: resolved.incidentTypeId } : {}),
        custom_field_entries: [{ custom_field_id: resolved.customFieldId, values: [{ value_text: s.services.join(',') }] }],
    };
}


/***/ }),

/***/ 8137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ escalationIncidentIo),
/* harmony export */   Z: () => (/* binding */ escalationGitHub)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

async function escalationGitHub(ctx) {
    if (!ctx.inputs.githubToken) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OncallGateError */ .lN({
            kind: 'input',
            setting: 'github-token',
            message: 'The `github-token` input is empty, and the escalation flow needs the GitHub API',
            fix: 'Leave `github-token` at its default (`${{ github.token }}`) and grant the job the permissions listed in docs/escalation.md.',
        });
    }
    return ctx.github();
}
async function escalationIncidentIo(ctx) {
    if (!ctx.inputs.incidentioApiKey) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OncallGateError */ .lN({
            kind: 'input',
            setting: 'incidentio-api-key',
            message: 'The `incidentio-api-key` input is empty, so oncall-gate cannot read who is on call or page them',
            fix: 'Pass `incidentio-api-key: ${{ secrets.INCIDENTIO_API_KEY }}` to the oncall-gate step (a key with the viewer, incident_creator and incident_editor roles). ' +
                'GitHub gives no repository secrets to workflows of Dependabot pull requests: add the key as a Dependabot secret too, or see "Fork pull requests" in docs/escalation.md.',
        });
    }
    return ctx.incidentio();
}


/***/ }),

/***/ 5432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BC: () => (/* binding */ MIN_DURATION_MS),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   Q0: () => (/* binding */ DEFAULT_AUTO_DURATION_MS),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   eG: () => (/* binding */ DEFAULT_ESCALATION_DURATION_MS),
/* harmony export */   rG: () => (/* binding */ MAX_DURATION_MS)
/* harmony export */ });
// Durations in policy files (`duration: 1h`): a whole number of minutes, hours or days
// (DESIGN.md section 2; the shape is DURATION_PATTERN in schema.ts).
const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 };
/** Shortest duration a rule may set: 1 minute. */
const MIN_DURATION_MS = UNIT_MS.m;
/** Longest duration a rule may set: 30 days (an approval that outlives a month is a mistake). */
const MAX_DURATION_MS = 30 * UNIT_MS.d;
const DEFAULT_AUTO_DURATION_MS = UNIT_MS.h;
const DEFAULT_ESCALATION_DURATION_MS = 24 * UNIT_MS.h;
const DURATION = /^([1-9][0-9]*)(m|h|d)$/;
/**
 * Milliseconds in a duration such as `30m`, `1h`, `24h` or `7d`. Throws a RangeError for any
 * other text or a value too large to represent; the 1m..30d policy bounds are checked by the
 * policy loader (MIN_DURATION_MS / MAX_DURATION_MS), not here.
 */
function parseDuration(text) {
    const found = DURATION.exec(text);
    if (!found) {
        throw new RangeError(`"${text}" is not a duration; write a whole number followed by m, h or d (e.g. 30m, 1h, 7d)`);
    }
    const ms = Number(found[1]) * UNIT_MS[found[2]];
    if (!Number.isSafeInteger(ms))
        throw new RangeError(`"${text}" is too long a duration`);
    return ms;
}
/** Milliseconds as the largest whole unit for messages: 86400000 -> `1d`, 5400000 -> `90m`. */
function formatDuration(ms) {
    if (ms % UNIT_MS.d === 0)
        return `${ms / UNIT_MS.d}d`;
    if (ms % UNIT_MS.h === 0)
        return `${ms / UNIT_MS.h}h`;
    return `${Math.round(ms / UNIT_MS.m)}m`;
}


/***/ })

};
