export const id = 3829;
export const ids = [3829];
export const modules = {

/***/ 2053:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J3: () => (/* binding */ readPullReviews),
/* harmony export */   JI: () => (/* binding */ checkHeadSha),
/* harmony export */   LS: () => (/* binding */ readParties),
/* harmony export */   Lu: () => (/* binding */ readHistory),
/* harmony export */   Ms: () => (/* binding */ resolveEmails),
/* harmony export */   Np: () => (/* binding */ collectDeployEvidence),
/* harmony export */   _B: () => (/* binding */ needsSecondParty)
/* harmony export */ });
/* unused harmony exports checkReviews, HISTORY_WINDOW_MS */
/* harmony import */ var _decide_escalation_evidence_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1089);
/* harmony import */ var _decide_review_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(226);
/* harmony import */ var _identity_resolve_identity_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8785);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
// The reads behind review evidence: incident.io emails for the reviewers that could count (and
// for the change's own side, to recognise one person under two logins), the accounts of each pull
// request's commits and the pusher of its head, and schedule history at each review's
// `submitted_at` (a past one-minute window), for the rule engine to judge (decide/engine.ts).




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
        const problem = !Number.isSafeInteger(r.id)
            ? 'no numeric `id`'
            : typeof r.state !== 'string' || r.state.trim() === ''
                ? 'no `state`'
                : typeof r.login !== 'string'
                    ? 'no `user.login`'
                    : typeof r.userType !== 'string'
                        ? 'no `user.type`'
                        : r.commitId !== null && typeof r.commitId !== 'string'
                            ? 'a `commit_id` that is not a string'
                            : r.submittedAt !== null && typeof r.submittedAt !== 'string'
                                ? 'a `submitted_at` that is not a string'
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
/** The window read around an instant: one minute, as incident.io's own approval integration reads it. */
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
    const { fetchShifts } = await __webpack_require__.e(/* import() */ 3869).then(__webpack_require__.bind(__webpack_require__, 3869));
    const maps = await Promise.all(instants.map((t) => fetchShifts(reader, [...services], t, new Date(t.getTime() + HISTORY_WINDOW_MS))));
    return maps.flatMap((m) => [...m.values()].flat());
}
/**
 * The reviews of a pull request and its issue events, read at once: GitHub lists a dismissed
 * review as DISMISSED, and only its `review_dismissed` event says it requested changes, which
 * still denies (decide/review.ts).
 */
async function readPullReviews(github, pull) {
    const [listed, events] = await Promise.all([github.listReviews(pull), github.readPullEvents(pull)]);
    const vetoes = new Set(events.dismissedChangeRequests);
    const reviews = checkReviews(listed, pull).map((r) => vetoes.has(r.id) && r.state.trim().toUpperCase() === 'DISMISSED' ? { ...r, state: 'CHANGES_REQUESTED', dismissedVeto: true } : r);
    return { reviews, baseChangedAt: events.baseChangedAt === null ? null : new Date(Date.parse(events.baseChangedAt)) };
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
 * Reads the primary evidence for the deployed commit (the merged PRs it is the merge commit of, their reviews, the
 * reviewers' emails, schedule history at each review) that the escalation rules need.
 */
async function collectDeployEvidence(github, reader, identity, request) {
    const identitiesFile = (0,_identity_resolve_identity_js__WEBPACK_IMPORTED_MODULE_3__/* .identitiesFilePath */ .ku)(identity.identities, identity.policyPath);
    const none = {
        commitSha: request.sha,
        defaultBranch: request.defaultBranch,
        pulls: [],
        reviews: new Map(),
        parties: new Map(),
        emails: new Map(),
        history: [],
        identitiesFile,
    };
    if (request.rules.length === 0)
        return none;
    const pulls = request.sha ? await github.listCommitPulls(request.sha) : [];
    // Pull requests merged into another branch, or whose merge commit is another than the deployed
    // one, are never read: they are not evidence.
    const merged = (0,_decide_escalation_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .evidencePulls */ .SA)(pulls, request.defaultBranch, request.sha);
    merged.forEach(checkHeadSha);
    const secondParty = needsSecondParty(request.rules);
    // Per merged PR, its reviews, when its base branch last changed and (when a rule needs a second
    // party) its own side, all at once.
    const read = await Promise.all(merged.map(async (p) => {
        const [{ reviews: rs, baseChangedAt }, parties] = await Promise.all([
            readPullReviews(github, p.number),
            secondParty ? readParties(github, p) : Promise.resolve(undefined),
        ]);
        return { pull: p, reviews: rs, baseChangedAt, parties };
    }));
    const reviews = new Map(read.map((r) => [r.pull.number, r.reviews]));
    const baseChanges = new Map(read.map((r) => [r.pull.number, r.baseChangedAt]));
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
            if (p.mergedAt !== null)
                instants.push(new Date(Date.parse(p.mergedAt)));
    const history = await readHistory(reader, services, dedupe(instants));
    return { ...none, pulls, reviews, baseChanges, parties, emails, history };
}
function dedupe(instants) {
    return [...new Set(instants.map((d) => d.getTime()))].sort((a, b) => a - b).map((t) => new Date(t));
}


/***/ }),

/***/ 3829:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   decideRunInOutage: () => (/* binding */ decideRunInOutage),
/* harmony export */   h7: () => (/* binding */ anyFallback),
/* harmony export */   mL: () => (/* binding */ decidePullInOutage)
/* harmony export */ });
/* unused harmony export outageFallbacks */
/* harmony import */ var _decide_engine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1780);
/* harmony import */ var _decide_escalation_evidence_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1089);
/* harmony import */ var _decide_review_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(226);
/* harmony import */ var _identity_resolve_identity_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8785);
/* harmony import */ var _evidence_io_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2053);
/* harmony import */ var _ports_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8137);






/** The fallbacks of the policies when every one names one, else undefined (the outage stays an error). */
function outageFallbacks(policies) {
    const fallbacks = policies.flatMap((p) => (p.whenUnavailable?.kind === 'fallback' ? [p.whenUnavailable] : []));
    return policies.length > 0 && fallbacks.length === policies.length ? fallbacks : undefined;
}
/** Whether an outage could be decided by a fallback: some matched policy names one (the engine words the rest). */
const anyFallback = (policies) => policies.some((p) => p.whenUnavailable?.kind === 'fallback');
/** Never called: a fallback reads no schedule history (incident.io is what is unavailable). */
const NO_HISTORY = {
    listScheduleEntries: () => Promise.reject(new Error('outage mode reads no schedule entries')),
};
/**
 * The escalation evidence reader's rule for the fallbacks: no schedules, every second-party
 * rule (allowOneParty off), the longest duration among them (each policy's own duration is
 * applied when the engine judges it). It only reads: the reason a policy's rules require is
 * required by the engine, per policy (fallbackRequiresReason), not here.
 */
function fallbackRule(first, fallbacks) {
    return {
        type: 'escalation',
        services: [],
        durationMs: Math.max(...fallbacks.map((f) => f.durationMs)),
        allowOneParty: false,
        requireReason: false,
        at: first.at,
    };
}
/** Per team the fallbacks name, its active members among `logins` (read with the `github-teams-token`). */
async function readTeams(ctx, fallbacks, logins) {
    const teams = [...new Set(fallbacks.flatMap((f) => f.approverTeams))];
    if (teams.length === 0)
        return [];
    // Logins the fallbacks name directly need no team lookup.
    const named = new Set(fallbacks.flatMap((f) => f.approvers));
    const ask = [...new Set(logins.map((l) => l.toLowerCase()))].filter((l) => !named.has(l));
    const github = await ctx.githubTeams();
    const org = ctx.run.repository.owner;
    const read = await Promise.all(teams.map(async (team) => ({ team, members: await github.activeTeamMembers(org, team, ask) })));
    for (const { team, members } of read)
        ctx.log.info(`Outage mode: of the reviewers that could count, ${members.length} are active members of ${org}/${team}.`);
    return read;
}
/**
 * Every policy's fallback requires a reason the request does not give: the engine denies each one
 * before any review counts (as an escalation does), so no review or team is read.
 */
const noReviewCanApprove = ({ policies, reason }) => policies.length > 0 && policies.every((p) => (0,_decide_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .fallbackReasonFails */ .uU)(p, reason));
/** What both outage decisions hand the engine besides the subject: nobody counts as on call. */
function outageInput({ set, policies, requester, at, reason }) {
    return { requester, policies, onCall: new Map(), at, reason, identities: set.identities };
}
/**
 * A gate run in outage mode: the deployed commit's merged pull requests and their reviews (as for
 * escalation), judged by each policy's fallback. A policy without a fallback makes it an error.
 */
async function decideRunInOutage(ctx, request) {
    const { set, policies, cause } = request;
    ctx.log.warning(`OUTAGE MODE: ${cause.message}`);
    const base = outageInput(request);
    const fallbacks = outageFallbacks(policies);
    // The engine words the error of a policy without a fallback; nothing else needs reading.
    const [first] = fallbacks ?? [];
    if (!fallbacks || !first || noReviewCanApprove(request))
        return (0,_decide_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluate */ ._3)({ ...base, subject: { kind: 'run' }, outage: { cause, teams: [] } });
    const github = await (0,_ports_js__WEBPACK_IMPORTED_MODULE_4__/* .escalationGitHub */ .Z)(ctx);
    const { run, inputs } = ctx;
    const evidence = await (0,_evidence_io_js__WEBPACK_IMPORTED_MODULE_3__/* .collectDeployEvidence */ .Np)(github, NO_HISTORY, { identities: set.identities, org: run.repository.owner, policyPath: inputs.policyPath, github }, { sha: run.sha, rules: [fallbackRule(first, fallbacks)], defaultBranch: ctx.event.defaultBranch });
    const candidates = (0,_decide_escalation_evidence_js__WEBPACK_IMPORTED_MODULE_1__/* .mergedPulls */ .$A)(evidence.pulls, evidence.defaultBranch).flatMap((p) => (0,_decide_review_js__WEBPACK_IMPORTED_MODULE_2__/* .reviewCandidates */ .pL)(evidence.reviews.get(p.number) ?? [], p.headSha, p.authorLogin).map((r) => r.login));
    const teams = await readTeams(ctx, fallbacks, candidates);
    return (0,_decide_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluate */ ._3)({ ...base, subject: { kind: 'run', evidence }, outage: { cause, teams } });
}
/**
 * A pull request in outage mode (`request`, `review`): its own reviews on the current head,
 * judged by each policy's fallback, with every second-party rule (its commits' accounts and its
 * head's pusher are read).
 */
async function decidePullInOutage(ctx, github, pr, request) {
    const { set, policies, cause } = request;
    ctx.log.warning(`OUTAGE MODE: ${cause.message}`);
    const base = outageInput(request);
    const fallbacks = outageFallbacks(policies);
    const headSha = pr.headSha;
    const none = {
        reviews: [],
        headSha,
        parties: { commitLogins: [], commitsTruncated: true, pushers: { known: false, why: 'not read' } },
        emails: new Map(),
        history: [],
    };
    if (!fallbacks || noReviewCanApprove(request))
        return (0,_decide_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluate */ ._3)({ ...base, subject: { kind: 'pull', reviews: none }, outage: { cause, teams: [] } });
    const { inputs, run } = ctx;
    const identityOptions = { identities: set.identities, org: run.repository.owner, policyPath: inputs.policyPath, github };
    const [{ reviews, baseChangedAt }, parties, author] = await Promise.all([
        (0,_evidence_io_js__WEBPACK_IMPORTED_MODULE_3__/* .readPullReviews */ .J3)(github, pr.number),
        (0,_evidence_io_js__WEBPACK_IMPORTED_MODULE_3__/* .readParties */ .LS)(github, pr),
        (0,_identity_resolve_identity_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveIdentity */ .XH)(pr.authorLogin, set.identities, identityOptions),
    ]);
    const candidates = (0,_decide_review_js__WEBPACK_IMPORTED_MODULE_2__/* .reviewCandidates */ .pL)(reviews, headSha, pr.authorLogin);
    // Emails recognise the change's own side under another login; no email is needed to approve.
    const emails = await (0,_evidence_io_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveEmails */ .Ms)(candidates.length > 0 ? [...candidates.map((r) => r.login), ...(0,_decide_review_js__WEBPACK_IMPORTED_MODULE_2__/* .partyLogins */ .fR)(pr.authorLogin, parties)] : [], identityOptions);
    emails.set(pr.authorLogin.toLowerCase(), author.emails);
    const teams = await readTeams(ctx, fallbacks, candidates.map((r) => r.login));
    return (0,_decide_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluate */ ._3)({
        ...base,
        requester: { ...request.requester, emails: author.emails, ...(author.source ? { emailSource: author.source } : {}) },
        subject: {
            kind: 'pull',
            reviews: {
                reviews,
                headSha,
                baseChangedAt,
                parties,
                emails,
                history: [],
                identitiesFile: (0,_identity_resolve_identity_js__WEBPACK_IMPORTED_MODULE_5__/* .identitiesFilePath */ .ku)(set.identities, inputs.policyPath),
            },
        },
        outage: { cause, teams },
    });
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


/***/ })

};
