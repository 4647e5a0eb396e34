export const id = 9346;
export const ids = [9346,8789];
export const modules = {

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

/***/ 2725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TH: () => (/* binding */ reasonFromBody),
/* harmony export */   UL: () => (/* binding */ needsFileList),
/* harmony export */   ug: () => (/* binding */ selectRequestPolicies)
/* harmony export */ });
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
        const why = { baseRef: pr.baseRef };
        if (paths && paths.length > 0) {
            const match = matcher(paths);
            const hit = pr.files.find((f) => match(f));
            if (hit === undefined && !pr.filesTruncated)
                continue;
            if (hit !== undefined)
                why.file = hit;
            else
                why.filesTruncated = true;
        }
        if (wanted && wanted.length > 0) {
            const hit = wanted.find((l) => labels.has(l.toLowerCase()));
            if (hit === undefined)
                continue;
            why.label = hit;
        }
        out.push({ policy, why });
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

/***/ 9346:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w: () => (/* binding */ runPullRequestFlow)
});

// EXTERNAL MODULE: ./src/decide/engine.ts
var engine = __webpack_require__(1780);
// EXTERNAL MODULE: ./src/record/run-record.ts + 3 modules
var run_record = __webpack_require__(6725);
// EXTERNAL MODULE: ./src/api-deadline.ts
var api_deadline = __webpack_require__(2136);
// EXTERNAL MODULE: ./src/decide/outage.ts
var outage = __webpack_require__(1789);
// EXTERNAL MODULE: ./src/decide/pull-request-match.ts
var pull_request_match = __webpack_require__(2725);
// EXTERNAL MODULE: ./src/escalation/outage-fallback.ts
var outage_fallback = __webpack_require__(3829);
// EXTERNAL MODULE: ./src/report/describe-error.ts
var describe_error = __webpack_require__(262);
// EXTERNAL MODULE: ./src/report/explain.ts
var explain = __webpack_require__(7389);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/report/public-name.ts
var public_name = __webpack_require__(8789);
;// CONCATENATED MODULE: ./src/report/render-request.ts
// What `request` and `review` show: the sticky PR comment (`<!-- oncall-gate:request -->`), the
// `oncall-gate` check run, and the step summary. Pure. The words for the decision come from
// explain.ts (logins and IDs as code spans); PR titles and incident.io names are escaped here.




const MD = { style: explain/* MARKDOWN */.yQ };
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
        const [, rawPolicy, rawId] = INCIDENT_LINE.exec(line) ?? [];
        if (rawPolicy === undefined || rawId === undefined)
            break;
        let policy;
        let id;
        try {
            policy = decodeURIComponent(rawPolicy);
            id = decodeURIComponent(rawId);
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
/** The heading of a decision; a draft waits for ready for review, not for the on-call team; outage mode says so first. */
function heading(d) {
    if (d.facts.draft)
        return '⏳ oncall-gate: waiting for ready for review';
    if (!d.degraded)
        return HEADINGS[d.result];
    const result = d.result === 'pending' ? '⏳ oncall-gate: waiting for approval by a person the outage fallback names' : HEADINGS[d.result];
    return `⚠️ OUTAGE MODE (degraded): ${result}`;
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
    const placed = schedules.some((s) => s.people.some((p) => p.placements.length > 0));
    const rows = schedules.map((s) => {
        if (s.people.length === 0)
            return [(0,markdown/* code */.aY)(s.scheduleId), '_nobody_', '', '', ...(placed ? [''] : [])];
        return [
            (0,markdown/* code */.aY)(s.scheduleId),
            // A pull request comment is public: a name, or the incident.io user ID, never the email.
            s.people.map((p) => (0,public_name/* markdownName */.Z)(p.name, p.userId)).join('<br>'),
            s.people.map((p) => (p.login ? loginLink(p.login, serverUrl) : '_not in the identities map_')).join('<br>'),
            s.people.map((p) => iso(p.endAt)).join('<br>'),
            ...(placed ? [s.people.map((p) => p.placements.map((x) => (0,explain/* placementLabel */.Cf)(x, MD)).join('; ') || '_none given_').join('<br>')] : []),
        ];
    });
    return (0,markdown/* table */.tp)(['Schedule', 'On call now', 'GitHub', 'Shift ends', ...(placed ? ['Rotation, layer'] : [])], rows);
}
function policyRows(view) {
    return view.decision.verdicts.map((v) => {
        const match = view.matches.find((m) => m.policy.name === v.policy);
        const incident = view.incidents.find((i) => i.policy === v.policy);
        return [(0,markdown/* code */.aY)(v.policy), `**${v.result}**`, match ? (0,explain/* matchedBy */.i1)(match.why, MD) : '', incident ? incidentLink(incident) : ''];
    });
}
function reviewLines(view) {
    return (0,explain/* reviewNotes */.uX)(view.decision).map((n) => `- ${(0,explain/* reviewNote */.vb)(n, MD)}${n.status === 'approves' ? ' ✅' : n.status === 'vetoes' ? ' ❌' : ''}`);
}
function escalationSchedulesNow(view) {
    const wanted = new Set(view.escalationSchedules);
    return view.decision.facts.schedules.filter((s) => wanted.has(s.scheduleId));
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
    const banner = (0,explain/* outageBanner */.Ih)(d, MD);
    if (banner)
        out.push(`> **${banner}**`, '');
    if (d.approved) {
        const by = approvedByText(view);
        out.push(`${by.charAt(0).toUpperCase()}${by.slice(1)} (commit ${(0,markdown/* code */.aY)(render_request_short(view.pr.headSha))}).`, '');
    }
    const notices = (0,explain/* decisionNotices */.KM)(d, MD);
    if (notices.length > 0) {
        for (const n of notices)
            out.push(`- ${n}`);
        out.push('');
    }
    out.push((0,markdown/* table */.tp)(['Policy', 'Status', 'Matched by', 'Incident'], policyRows(view)), '');
    const reasons = (0,explain/* decisionReasons */.EP)(d, MD);
    if (reasons.length > 0 && !d.approved) {
        for (const r of reasons)
            out.push(`- ${r}`);
        out.push('');
    }
    const fixes = (0,explain/* decisionFixes */.Ox)(d, MD);
    if (fixes.length > 0 && !d.approved) {
        out.push('**What to do**', '');
        for (const f of fixes)
            out.push(`- ${f}`);
        out.push('');
    }
    const now = escalationSchedulesNow(view);
    if (now.length > 0 && (0,engine/* escalatingPolicies */._2)(d).length > 0) {
        out.push(`**On call now** (${iso(d.facts.at)})`, '', onCallTable(now, view.serverUrl), '');
        if (d.result === 'pending')
            out.push(howToApprove(view), '');
    }
    const notes = reviewLines(view);
    if (notes.length > 0)
        out.push('<details><summary>Reviews considered</summary>', '', ...notes, '', '</details>', '');
    out.push(`<sub>Policy read from ${(0,markdown/* escapeMarkdown */.FV)(view.policySource)}. The \`gate\` step on the default branch re-checks this approval before deploying.</sub>`);
    return out.join('\n');
}
/** The `oncall-gate` check run on the head SHA: in_progress while pending, else success/failure. */
function requestCheck(view) {
    const check = plainCheck(view);
    const banner = (0,explain/* outageBanner */.Ih)(view.decision, MD);
    // Outage mode says so in the title and first, loudly.
    return banner ? { ...check, title: `OUTAGE MODE: ${check.title}`, summary: `**${banner}**\n\n${check.summary}` } : check;
}
function plainCheck(view) {
    const d = view.decision;
    const lines = [];
    const incidents = view.incidents.filter((i) => !i.dryRun);
    if (incidents.length > 0)
        lines.push(`Escalation incident: ${incidents.map(incidentLink).join(', ')}`, '');
    for (const r of (0,explain/* decisionReasons */.EP)(d, MD))
        lines.push(`- ${r}`);
    for (const n of (0,explain/* decisionNotices */.KM)(d, MD))
        lines.push(`- ${n}`);
    const fixes = (0,explain/* decisionFixes */.Ox)(d, MD);
    if (fixes.length > 0)
        lines.push('', '**What to do**', '', ...fixes.map((f) => `- ${f}`));
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
            return { ...NOT_REQUIRED_CHECK };
        case 'pending':
            if (d.facts.draft) {
                return {
                    status: 'in_progress',
                    title: 'Waiting for ready for review',
                    summary: summary(`Policies ${d.policies.map(markdown/* code */.aY).join(', ')} apply, but a draft pull request pages nobody.`),
                };
            }
            return {
                status: 'in_progress',
                title: d.degraded ? 'Waiting for approval by a person the outage fallback names' : 'Waiting for approval by the on-call team',
                summary: summary(`Policies ${d.policies.map(markdown/* code */.aY).join(', ')} need an approving review of commit ${(0,markdown/* code */.aY)(render_request_short(view.pr.headSha))} by ${d.degraded ? 'a person their outage fallback names' : 'a person on call'}.`),
            };
        case 'denied':
            return { status: 'completed', conclusion: 'failure', title: 'Denied', summary: summary('The request is denied.') };
        default:
            return { status: 'completed', conclusion: 'failure', title: 'oncall-gate error', summary: summary('oncall-gate could not decide.') };
    }
}
/** The step summary: the comment's content plus the review facts; a dry run says nothing was written. */
function renderRequestSummary(view) {
    const out = [renderRequestText(view)];
    if (view.dryRun)
        out.push('', '_Dry run: nothing was written to GitHub or incident.io; the write plan below lists what a real run would write._');
    return out.join('\n') + '\n';
}
/** The check of a pull request no policy matches. */
const NOT_REQUIRED_CHECK = {
    status: 'completed',
    conclusion: 'success',
    title: 'No approval required',
    summary: 'No oncall-gate policy matches this pull request (base branch, changed paths and labels), so it needs no on-call approval.',
};
/** The step summary of a pull request no policy matches. */
const notRequiredSummary = () => `### ➖ oncall-gate: no approval required\n\n${NOT_REQUIRED_CHECK.summary}\n`;
/** The check that shows a run that could not decide, so the pull request does not look merely pending. */
const errorCheck = (summary) => ({
    status: 'completed',
    conclusion: 'failure',
    title: 'oncall-gate error',
    summary,
});
/** The step summary of `request` or `review` that could not decide. */
const errorSummary = (command, message, fix) => `### ⛔ oncall-gate ${command}: error\n\n${message}${fix ? `.\n\n**What to do:** ${fix}` : ''}\n`;
/** The fork message: a fork PR gets a clear message of what cannot happen and why, never a crash. */
function forkMessage(command, pr, policies) {
    const from = pr.headRepoFullName ? `the fork ${pr.headRepoFullName}` : 'a fork (its repository was deleted)';
    return {
        message: `Pull request #${pr.number} comes from ${from}, and it matches ${policies.map((p) => `\`${p}\``).join(', ')}. ` +
            'GitHub runs `pull_request` and `pull_request_review` workflows of forks with a read-only GITHUB_TOKEN and without secrets, ' +
            `so \`${command}\` cannot read who is on call, page the on-call team, or write the \`oncall-gate\` check here; nothing was recorded`,
        fix: 'Run `command: request` for fork pull requests from a maintainer-controlled workflow: one triggered by `pull_request_target` ' +
            "(types opened, synchronize, reopened, labeled, edited, ready_for_review) runs the default branch's workflow file with secrets and a writable token; " +
            "oncall-gate reads the pull request only through the API, so never check out or run the PR's code in that job. After an on-call " +
            'approval, a maintainer re-runs that workflow (or adds a label) to record it. See "Fork pull requests" in docs/escalation.md.',
    };
}
/** The step summary of a fork pull request that a policy matches. */
const forkSummary = (command, message, fix) => `### ⛔ oncall-gate ${command}: fork pull request\n\n${message}.\n\n**What to do:** ${fix}\n`;

// EXTERNAL MODULE: ./src/report/render-diagnostics.ts
var render_diagnostics = __webpack_require__(2853);
// EXTERNAL MODULE: ./src/decide/review.ts
var review = __webpack_require__(226);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/identity/resolve-identity.ts
var resolve_identity = __webpack_require__(8785);
// EXTERNAL MODULE: ./src/escalation/evidence-io.ts
var evidence_io = __webpack_require__(2053);
;// CONCATENATED MODULE: ./src/escalation/pull-request-facts.ts






const pull_request_facts_short = (sha) => sha.slice(0, 12);
/**
 * The pull request of the event, fetched fresh: a re-run replays the event payload, whose head
 * may be stale. A head or base that is not a commit SHA (a malformed answer) is an error before
 * anything is written: it could match an equally malformed review, or name an unknown policy.
 */
async function readPullRequest(ctx, github, command) {
    const { event, log } = ctx;
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
        log.info(`Review ${r.id} by ${r.userLogin || '(deleted user)'}: ${r.state} on ${r.commitId ? pull_request_facts_short(r.commitId) : 'an unknown commit'} (${event.action}).`);
    }
    const number = event.pullRequest.number;
    const pr = await github.getPullRequest(number);
    (0,evidence_io/* checkHeadSha */.JI)(pr);
    if (!(0,review/* isCommitSha */._$)(pr.baseSha)) {
        throw new errors/* OncallGateError */.lN({
            kind: 'bad-response',
            service: 'github',
            message: `GitHub returned pull request #${number} without a valid base commit SHA (got "${String(pr.baseSha).slice(0, 80)}"), so its policy cannot be read`,
            fix: 'Re-run the job. If it happens again, check that GITHUB_API_URL points at the GitHub API (a proxy may be rewriting answers).',
        });
    }
    log.info(`Pull request #${number}: head ${pull_request_facts_short(pr.headSha)}, base ${pr.baseRef} at ${pull_request_facts_short(pr.baseSha)}, author ${pr.authorLogin}.`);
    return pr;
}
/** The policy that decides: the one at the PR's base commit, never at its head, which its author controls. */
async function readBasePolicy(ctx, github, pr) {
    const read = await github.readPolicyFilesAtRef(pr.baseSha, ctx.inputs.policyPath);
    const { loadPolicySet } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4006), __webpack_require__.e(2533), __webpack_require__.e(301), __webpack_require__.e(6403)]).then(__webpack_require__.bind(__webpack_require__, 6403));
    return {
        set: loadPolicySet(read.files),
        source: `the base commit ${pull_request_facts_short(pr.baseSha)} of pull request #${pr.number}`,
        commit: pr.baseSha,
        files: read.files,
    };
}
/** The policies that apply to the pull request (base branch, changed paths, labels). */
async function matchPullRequest(ctx, github, pr, policy) {
    const { set } = policy;
    const { globMatcher } = await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(4062)]).then(__webpack_require__.bind(__webpack_require__, 4062));
    const files = (0,pull_request_match/* needsFileList */.UL)(set.policies, pr.baseRef, globMatcher)
        ? await github.listPullFiles(pr.number)
        : { names: [], truncated: false };
    const matches = (0,pull_request_match/* selectRequestPolicies */.ug)(set.policies, { baseRef: pr.baseRef, files: files.names, filesTruncated: files.truncated, labels: pr.labels }, globMatcher);
    ctx.log.info(`Policy: ${set.files.length} file(s) from ${policy.source}; matched: ${matches.length > 0 ? matches.map((m) => m.policy.name).join(', ') : 'none'}.`);
    return matches;
}
/** What the engine judges a draft by: nothing read, since a draft pages nobody. */
function draftFacts(ctx, set, pr, policies) {
    return {
        requester: { login: pr.authorLogin, emails: [] },
        policies,
        onCall: new Map(),
        at: ctx.clock(),
        reason: (0,pull_request_match/* reasonFromBody */.TH)(pr.body),
        identities: set.identities,
        subject: { kind: 'pull', draft: true },
    };
}
/**
 * The facts of a ready pull request: the author's email, who is on call now, the reviews, the
 * change's own side (commit accounts and the head's pusher, only when a rule needs a second
 * party) all at once; then the emails and schedule history of the reviews that could count.
 */
async function gatherReviewFacts(ctx, github, incidentio, set, pr, policies) {
    const { inputs, log, run } = ctx;
    const number = pr.number;
    const now = ctx.clock();
    const schedules = (0,engine/* policySchedules */.VH)(policies);
    const identityOptions = { identities: set.identities, org: run.repository.owner, policyPath: inputs.policyPath, github };
    const { fetchOnCall } = await __webpack_require__.e(/* import() */ 3869).then(__webpack_require__.bind(__webpack_require__, 3869));
    const escalationRules = policies.flatMap((p) => p.rules.flatMap((r) => (r.type === 'escalation' ? [r] : [])));
    const [authorIdentity, onCall, { reviews, baseChangedAt }, parties] = await Promise.all([
        (0,resolve_identity/* resolveIdentity */.XH)(pr.authorLogin, set.identities, identityOptions),
        fetchOnCall(incidentio, schedules, now),
        (0,evidence_io/* readPullReviews */.J3)(github, number),
        (0,evidence_io/* needsSecondParty */._B)(escalationRules) ? (0,evidence_io/* readParties */.LS)(github, pr) : Promise.resolve(review/* UNREAD_PARTIES */.H9),
    ]);
    const author = {
        login: pr.authorLogin,
        emails: authorIdentity.emails,
        ...(authorIdentity.source ? { emailSource: authorIdentity.source } : {}),
        ...(authorIdentity.problem ? { identityProblem: authorIdentity.problem } : {}),
    };
    if (!parties.pushers.known && (0,evidence_io/* needsSecondParty */._B)(escalationRules)) {
        log.info(`Could not learn who pushed ${pull_request_facts_short(pr.headSha)}: ${parties.pushers.why}; the other second-party rules apply.`);
    }
    // Only reviews that could count cost identity lookups and schedule history reads; the own
    // side's emails are looked up only when such a review exists (to recognise a second login).
    const candidates = (0,review/* reviewCandidates */.pL)(reviews, pr.headSha, pr.authorLogin);
    const ownSide = candidates.length > 0 && (0,evidence_io/* needsSecondParty */._B)(escalationRules) ? (0,review/* partyLogins */.fR)(pr.authorLogin, parties) : [];
    const authorKey = pr.authorLogin.toLowerCase();
    const emails = await (0,evidence_io/* resolveEmails */.Ms)([...candidates.map((r) => r.login), ...ownSide.filter((l) => l !== authorKey)], identityOptions);
    emails.set(authorKey, author.emails);
    const services = [...new Set(policies.flatMap(engine/* escalationServices */.op))];
    const past = await (0,evidence_io/* readHistory */.Lu)(incidentio, services, (0,review/* reviewInstants */.rk)(candidates));
    const nowShifts = services.flatMap((id) => onCall.get(id) ?? []);
    log.info(`Reviews: ${reviews.length} in total, ${candidates.length} on the current head that could count.`);
    return {
        requester: author,
        policies,
        onCall,
        at: now,
        reason: (0,pull_request_match/* reasonFromBody */.TH)(pr.body),
        identities: set.identities,
        subject: {
            kind: 'pull',
            reviews: {
                reviews,
                headSha: pr.headSha,
                baseChangedAt,
                parties,
                emails,
                history: [...past, ...nowShifts],
                identitiesFile: (0,resolve_identity/* identitiesFilePath */.ku)(set.identities, inputs.policyPath),
            },
        },
    };
}

// EXTERNAL MODULE: ./src/write-plan/apply-writes.ts
var apply_writes = __webpack_require__(5146);
// EXTERNAL MODULE: ./src/write-plan/write-plan.ts
var write_plan = __webpack_require__(5800);
// EXTERNAL MODULE: ./src/escalation/act.ts
var act = __webpack_require__(9437);
// EXTERNAL MODULE: ./src/escalation/incident-settings.ts
var incident_settings = __webpack_require__(6229);
// EXTERNAL MODULE: ./src/escalation/incident-text.ts
var incident_text = __webpack_require__(3491);
;// CONCATENATED MODULE: ./src/escalation/pull-request-writes.ts







/**
 * Stage 1: the incident of each escalating policy. Reads the settings and what the comment's
 * recorded IDs point to, plans and applies the writes, and says what was done.
 */
async function writeRequestIncidents(ctx, incidentio, set, decision, matches, pr, recorded) {
    const owning = (0,engine/* escalatingPolicies */._2)(decision);
    if (owning.length === 0)
        return [];
    const { log } = ctx;
    const settings = set.integration.escalation;
    const file = set.integration.at?.file ?? `${ctx.inputs.policyPath}/incidentio.yaml`;
    const resolved = await (0,incident_settings/* resolveIncidentSettings */.uy)(incidentio, ctx.writes, settings, { file });
    if (resolved.customFieldCreated === 'created')
        log.info(`Created the incident.io text custom field "${settings.customField}".`);
    const run = (0,act/* creatingRun */.Dy)(ctx.run);
    const requests = [];
    const owningPolicies = owning.flatMap((name) => matches.filter((m) => m.policy.name === name).map((m) => m.policy));
    for (const policy of owningPolicies) {
        const { name } = policy;
        const rules = policy.rules.filter((r) => r.type === 'escalation');
        const subject = {
            owner: ctx.run.repository.owner,
            repo: ctx.run.repository.repo,
            run,
            requester: pr.authorLogin,
            policy: name,
            environment: (policy.match.environments ?? []).join(', '),
            services: (0,engine/* escalationServices */.op)(policy),
            durationMs: Math.max(...rules.map((r) => r.durationMs)),
            reason: decision.facts.reason,
            target: { kind: 'pull', number: pr.number, title: pr.title, url: pr.htmlUrl, headSha: pr.headSha, baseRef: pr.baseRef },
        };
        const requestKey = (0,incident_text/* escalationRequestKey */.cT)(subject);
        const summary = (0,incident_text/* escalationSummary */.gV)(subject, outcomeFor(decision, name, pr.headSha));
        const found = await (0,act/* findIncident */.O6)(incidentio, requestKey, { kind: 'recorded', id: recorded.find((r) => r.policy === name)?.id });
        requests.push({
            policy: name,
            requestKey,
            payload: (0,incident_text/* escalationIncidentPayload */.Cu)(subject, settings, resolved, summary),
            found,
            notify: settings.notifyIncidentChannel,
        });
    }
    const results = await (0,act/* writeIncidents */.HS)(ctx.writes, requests);
    return results.map(({ request: { policy, requestKey, found }, result: written }) => {
        if (found.rejected)
            logRejected(ctx, found.rejected, policy, requestKey);
        if (written.kind === 'dry-run')
            return { policy, dryRun: true };
        const { incident } = written;
        log.info(`Incident ${incident.reference} (${incident.id}) for ${policy}: ` +
            `${written.created ? 'opened' : 'the one the comment records'}${written.edited ? ', summary updated' : ''}.`);
        return { policy, id: incident.id, reference: incident.reference, url: incident.url };
    });
}
/** The outcome to write into a policy's incident summary, if a review decided it. */
function outcomeFor(decision, policy, headSha) {
    const verdict = decision.verdicts.find((v) => v.policy === policy);
    if (!verdict)
        return undefined;
    const decided = (0,engine/* decidingRule */.aY)(verdict);
    if (decided?.type !== 'escalation' || decided.evidence?.subject !== 'pull')
        return undefined;
    const { review } = decided.evidence;
    const actor = verdict.result === 'denied' ? review.veto : verdict.result === 'approved' ? review.approval : undefined;
    // An escalation rule's actor is on call; a named (outage) approver never decides an escalation rule.
    if (!actor || actor.scheduleId === undefined)
        return undefined;
    return {
        kind: verdict.result === 'denied' ? 'denied' : 'approved',
        login: actor.login,
        name: actor.onCallName,
        scheduleId: actor.scheduleId,
        at: actor.at,
        via: actor.via,
        sha: headSha,
    };
}
/** Says why the incident ID the comment recorded was not used. */
function logRejected(ctx, rejected, policy, requestKey) {
    const then = ctx.writes.dryRun ? 'a real run would open a new incident and record it' : 'a new incident was opened and recorded instead';
    if (rejected.why === 'missing') {
        ctx.log.info(`The comment records incident ${rejected.id} for ${policy}, which no longer exists (or this API key cannot see it): ${then}.`);
    }
    else {
        // Every workflow of the repository comments as the same bot, so a recorded ID is a claim.
        ctx.log.warning(`The comment records incident ${rejected.id} for ${policy}, but that incident does not carry the request key ${requestKey}, ` +
            `so it is not this request's incident and was left untouched; ${then}. Any workflow of this repository can write that comment.`);
    }
}
/**
 * Whom a pending request asks for a review: the on-call people of the escalating schedules whom
 * the identities map gives a login, never the author. Nobody for a draft, a closed pull request,
 * or a decision that is not pending.
 */
function reviewersToAsk(view, pr, paging) {
    if (!paging || view.decision.result !== 'pending')
        return [];
    // Outage mode: nobody's on-call state is known; the people the fallbacks name by login are asked.
    if (view.decision.degraded) {
        return [
            ...new Set(view.decision.verdicts
                .flatMap((v) => (v.result === 'pending' ? (v.fallback?.approvers ?? []) : []))
                .filter((l) => l.toLowerCase() !== pr.authorLogin.toLowerCase())),
        ];
    }
    return [
        ...new Set(view.decision.facts.schedules
            .filter((s) => view.escalationSchedules.includes(s.scheduleId))
            .flatMap((s) => s.people.flatMap((p) => (p.login ? [p.login] : [])))
            .filter((l) => l.toLowerCase() !== pr.authorLogin.toLowerCase())),
    ];
}
/** Stage 2: the comment (unless it already says this), the review requests, the check. */
function planRequestWrites(o) {
    return [
        (0,write_plan/* commentWrite */.JS)({
            repo: o.repo,
            number: o.pr.number,
            marker: REQUEST_MARKER,
            body: o.comment,
            existing: o.sticky,
            description: `write the sticky comment on pull request #${o.pr.number}`,
        }),
        (0,write_plan/* reviewRequestWrite */.zN)({ repo: o.repo, number: o.pr.number, logins: o.reviewers, author: o.pr.authorLogin }),
        checkWrite(o.repo, o.pr.headSha, o.check, o.existingCheck),
    ].filter((w) => w !== undefined);
}
/** The `oncall-gate` check on the head commit. */
function checkWrite(repo, headSha, check, existing) {
    return (0,write_plan/* checkRunWrite */.xX)({
        repo,
        headSha,
        name: CHECK_NAME,
        state: {
            status: check.status,
            ...(check.conclusion ? { conclusion: check.conclusion } : {}),
            title: check.title,
            summary: check.summary,
        },
        existing,
    });
}
/** Logs what stage 2 did: the comment, and whom GitHub took a review request for. */
function logRequestWrites(ctx, outcomes) {
    if (ctx.writes.dryRun)
        return;
    const posted = outcomes.map((o) => (0,apply_writes/* answerOf */.u)(o, 'comment')).find(Boolean);
    ctx.log.info(posted ? `Comment ${posted.created ? 'posted' : 'updated'}: ${posted.url}` : 'Comment unchanged.');
    const reviews = outcomes.map((o) => (0,apply_writes/* answerOf */.u)(o, 'review-request')).find(Boolean);
    if (reviews && reviews.requested.length > 0)
        ctx.log.info(`Requested reviews from ${reviews.requested.join(', ')}.`);
    for (const s of reviews?.skipped ?? [])
        ctx.log.info(`Did not request a review from ${s.login}: ${s.reason}${s.message ? ` (${s.message})` : ''}.`);
}

// EXTERNAL MODULE: ./src/escalation/ports.ts
var ports = __webpack_require__(8137);
;// CONCATENATED MODULE: ./src/escalation/pull-request-flow.ts












/**
 * The result with its decision record: the decision when one was made; otherwise (no policy
 * matched, an invalid policy, a fork, an error) the one the result stands for.
 */
function withRecord(ctx, command, state, result) {
    const requester = { login: state.pr?.authorLogin ?? '', emails: [] };
    const at = ctx.clock();
    // A decision that an error overtook (a write that failed after it) is not what the step reports.
    const made = state.decision?.result === result.outputs.result ? state.decision : undefined;
    const decision = made ??
        (result.outputs.result === 'not-required'
            ? (0,engine/* evaluate */._3)({
                requester,
                policies: [],
                onCall: new Map(),
                at,
                reason: '',
                identities: { lookup: ['map'], users: new Map() },
                subject: { kind: 'pull', draft: true },
            })
            : (0,engine/* errorDecision */.zo)({ requester, at, message: result.failure ?? result.outputs.result, policies: state.matched, subject: 'pull' }));
    return { ...result, record: (0,run_record.decisionRecord)(ctx, command, decision, state.record) };
}
async function runPullRequestFlow(ctx, command) {
    const state = { matched: [], record: {} };
    const result = await guarded(ctx, command, state);
    return withRecord(ctx, command, state, result);
}
async function guarded(ctx, command, state) {
    const scrub = ctx.redactor.redact;
    try {
        return await flow(ctx, command, state);
    }
    catch (error) {
        ctx.log.debug(scrub(error instanceof Error && error.stack ? error.stack : String(error)));
        const message = scrub((0,describe_error/* describeError */.Uc)(error));
        // Best effort: show the error on the check too, so the PR does not look merely pending.
        if (state.pr && !isForkEvent(ctx, state.pr)) {
            try {
                await writeCheck(ctx, await (0,ports/* escalationGitHub */.Z)(ctx), state.pr, errorCheck(`oncall-gate could not decide: ${message}`));
            }
            catch (checkError) {
                ctx.log.warning(`Could not write the ${CHECK_NAME} check: ${(0,describe_error/* describeError */.Uc)(checkError)}`);
            }
        }
        const outputs = { result: 'error', approved: false, degraded: false };
        if (state.matched.length > 0)
            outputs.policies = state.matched.map((p) => p.name);
        return {
            outputs,
            summary: errorSummary(command, message),
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
    const { inputs, log, run } = ctx;
    // Gather: the pull request, the policy at its base, the policies that match.
    const github = await (0,ports/* escalationGitHub */.Z)(ctx);
    const pr = (state.pr = await readPullRequest(ctx, github, command));
    state.record.pull = { number: pr.number, headSha: pr.headSha, baseRef: pr.baseRef, baseSha: pr.baseSha };
    const policy = await readBasePolicy(ctx, github, pr);
    state.record.policy = { commit: policy.commit, source: 'api', files: policy.files };
    const { set } = policy;
    if (!set.valid) {
        const errors = set.diagnostics.filter((d) => d.severity === 'error');
        const message = `The policy in ${inputs.policyPath}/ at ${policy.source} is invalid (${errors.length} error${errors.length === 1 ? '' : 's'}), so no decision can be made`;
        const fix = `Fix the problems listed (run \`oncall-gate validate ${inputs.policyPath}\` locally) and merge the fix into ${pr.baseRef}.`;
        if (!isForkEvent(ctx, pr))
            await writeCheck(ctx, github, pr, errorCheck(`${message}.\n\n${fix}`));
        return {
            outputs: { result: 'error', approved: false, degraded: false },
            summary: errorSummary(command, message, fix),
            annotations: (0,render_diagnostics/* diagnosticsToAnnotations */.Af)(errors),
            failure: `${message}. ${fix}`,
        };
    }
    const matches = await matchPullRequest(ctx, github, pr, policy);
    const policies = (state.matched = matches.map((m) => m.policy));
    if (matches.length === 0) {
        // A fork's token cannot write the check; nothing needs recording for a PR no policy covers.
        if (!isForkEvent(ctx, pr))
            await writeCheck(ctx, github, pr, NOT_REQUIRED_CHECK);
        return {
            outputs: { result: 'not-required', approved: true, degraded: false, policies: [] },
            summary: notRequiredSummary(),
            annotations: [],
        };
    }
    if (isForkEvent(ctx, pr)) {
        const { message, fix } = forkMessage(command, pr, policies.map((p) => p.name));
        return {
            outputs: { result: 'error', approved: false, degraded: false, policies: policies.map((p) => p.name) },
            summary: forkSummary(command, message, fix),
            annotations: [],
            failure: `${message}. ${fix}`,
        };
    }
    // Our sticky comment records the incident IDs; only our own bot's comment is read, and what it
    // records is still checked before use. Our check run is read too, to know whether it is updated.
    const [sticky, existingCheck] = await Promise.all([
        github.findStickyComment(pr.number, REQUEST_MARKER),
        github.findCheckRun(pr.headSha, CHECK_NAME),
    ]);
    const recordedBefore = sticky ? readRecordedIncidents(sticky.body) : [];
    // Decide. A draft never pages: no incident, no review requests, not even a read of who is on call.
    const paging = pr.state === 'open' && !pr.draft;
    let decision;
    let incidents = [];
    if (pr.draft) {
        log.info(`Pull request #${pr.number} is a draft: waiting for ready for review; nobody is paged until it is marked ready.`);
        decision = state.decision = (0,engine/* evaluate */._3)(draftFacts(ctx, set, pr, policies));
    }
    else {
        const incidentio = await (0,ports/* escalationIncidentIo */.K)(ctx);
        const fallback = (0,outage_fallback/* anyFallback */.h7)(policies);
        try {
            const gathering = gatherReviewFacts(ctx, github, incidentio, set, pr, policies);
            // With an outage fallback, incident.io gets the run's API time less what the fallback needs.
            const facts = await (fallback && ctx.deadline
                ? (0,api_deadline/* withinIncidentIoShare */.hV)(ctx.deadline, (0,api_deadline/* fallbackReserveMs */.$r)(ctx.deadline), gathering)
                : gathering);
            state.record.onCall = facts.onCall;
            if (facts.subject.kind === 'pull' && !facts.subject.draft)
                state.record.history = facts.subject.reviews.history;
            decision = state.decision = (0,engine/* evaluate */._3)(facts);
            log.info(`Decision: ${decision.result}${decision.approvedBy ? ` (approved by ${decision.approvedBy})` : ''}.`);
            if (!paging)
                log.info(`Pull request #${pr.number} is ${pr.merged ? 'merged' : 'closed'}: no incident is opened or edited and no review is requested.`);
            // Plan and apply, stage 1: the incidents, whose IDs and links the comment and the check show.
            if (paging)
                incidents = await writeRequestIncidents(ctx, incidentio, set, decision, matches, pr, recordedBefore);
        }
        catch (error) {
            // incident.io unavailable (decide/outage.ts) and a policy names a fallback: outage mode decides.
            const cause = fallback ? (0,outage/* asOutage */.s)(error, ctx.redactor.redact) : undefined;
            if (!cause)
                throw error;
            decision = state.decision = await (0,outage_fallback/* decidePullInOutage */.mL)(ctx, github, pr, {
                set,
                policies,
                requester: { login: pr.authorLogin, emails: [] },
                at: ctx.clock(),
                reason: (0,pull_request_match/* reasonFromBody */.TH)(pr.body),
                cause,
            });
            incidents = [];
            log.info(`Decision (outage mode): ${decision.result}${decision.approvedBy ? ` (approved by ${decision.approvedBy})` : ''}.`);
        }
        state.record.incidents = incidents.flatMap((i) => i.id || i.reference
            ? [
                {
                    policy: i.policy,
                    ...(i.id ? { id: i.id } : {}),
                    ...(i.reference ? { reference: i.reference } : {}),
                    ...(i.url ? { url: i.url } : {}),
                },
            ]
            : []);
    }
    // The IDs written this run, then the earlier ones of other policies (a policy that is approved
    // now may escalate again after a push, and should find its incident then).
    const recorded = [
        ...incidents.flatMap((i) => (i.id && !i.dryRun ? [{ policy: i.policy, id: i.id }] : [])),
        ...recordedBefore.filter((r) => !incidents.some((i) => i.policy === r.policy && i.id && !i.dryRun)),
    ];
    const owning = (0,engine/* escalatingPolicies */._2)(decision);
    const view = {
        command,
        decision,
        pr: { number: pr.number, title: pr.title, url: pr.htmlUrl, headSha: pr.headSha, author: pr.authorLogin, baseRef: pr.baseRef },
        serverUrl: run.serverUrl,
        matches,
        incidents,
        recorded,
        escalationSchedules: [...new Set(policies.filter((p) => owning.includes(p.name)).flatMap(engine/* escalationServices */.op))],
        policySource: policy.source,
        dryRun: inputs.dryRun,
    };
    // Stage 2: the comment, the review requests and the check. What is posted on the PR is public
    // and permanent: never let a secret through, whatever the text was built from.
    const scrub = ctx.redactor.redact;
    const check = requestCheck(view);
    const outcomes = await ctx.writes.apply(planRequestWrites({
        repo: run.repository,
        pr,
        comment: scrub(renderRequestComment(view)),
        check: { ...check, title: scrub(check.title), summary: scrub(check.summary) },
        reviewers: reviewersToAsk(view, pr, paging),
        sticky: sticky ?? null,
        existingCheck: existingCheck ?? null,
    }));
    logRequestWrites(ctx, outcomes);
    const first = incidents.find((i) => i.id);
    const outputs = {
        result: decision.result,
        approved: decision.approved,
        // A draft reads nobody's on-call state: those outputs stay unknown (empty).
        // In outage mode nobody's on-call state was read either.
        ...(decision.facts.draft || decision.degraded ? {} : { onCall: decision.onCall, onCallSchedules: decision.onCallSchedules }),
        policies: decision.policies,
        degraded: decision.degraded !== undefined,
        ...(decision.approvedBy ? { approvedBy: decision.approvedBy } : {}),
        ...(decision.expiresAt ? { expiresAt: decision.expiresAt } : {}),
        ...(first?.id ? { incidentId: first.id } : {}),
        ...(first?.reference ? { incidentReference: first.reference } : {}),
        ...(first?.url ? { incidentUrl: first.url } : {}),
    };
    return { outputs, summary: scrub(renderRequestSummary(view)), annotations: [] };
}
/** Puts `check` on the head commit: reads our newest run of the check, plans its write, applies it. */
async function writeCheck(ctx, github, pr, check) {
    const existing = await github.findCheckRun(pr.headSha, CHECK_NAME);
    await ctx.writes.apply([checkWrite(ctx.run.repository, pr.headSha, check, existing ?? null)]);
}


/***/ }),

/***/ 8789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ markdownName),
/* harmony export */   p: () => (/* binding */ publicName)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4285);
// How a person from incident.io is named in what GitHub shows (PR comments, step summaries, check
// runs), which whoever can read the repository or the run can read: their incident.io name, never
// their email. A name that is empty or holds an email address (incident.io accounts without a
// display name can carry one) is not shown; the caller shows the incident.io user ID instead.

/** Anything that looks like an email address inside a text. */
const EMAIL_LIKE = /[^\s@]+@[^\s@]+\.[^\s@]+/;
/** The name to show, or undefined when the caller should show the user ID. */
function publicName(name) {
    return name.trim() === '' || EMAIL_LIKE.test(name) ? undefined : name;
}
/** The person in Markdown: their name, escaped, or their incident.io user ID as code. */
function markdownName(name, userId) {
    const shown = publicName(name);
    return shown === undefined ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(userId) : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(shown);
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
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .messageMarkdown */ .zv)(d.message),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .messageMarkdown */ .zv)(d.fix),
    ]));
}


/***/ })

};
