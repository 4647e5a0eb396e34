export const id = 6397;
export const ids = [6397,9388,3491,3940];
export const modules = {

/***/ 9437:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dy: () => (/* binding */ creatingRun),
/* harmony export */   HS: () => (/* binding */ writeIncidents),
/* harmony export */   O6: () => (/* binding */ findIncident),
/* harmony export */   aZ: () => (/* binding */ summaryWrite)
/* harmony export */ });
/* unused harmony exports incidentRef, incidentWrite */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _incident_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3491);
/* harmony import */ var _write_plan_apply_writes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5146);
/* harmony import */ var _write_plan_write_plan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5800);




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
    const carries = (i) => (0,_incident_text_js__WEBPACK_IMPORTED_MODULE_1__.carriesRequestKey)(i.summary, requestKey);
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
const summaryEdit = (summary, notify) => ({
    incident: { summary },
    notify_incident_channel: notify,
});
/**
 * The write that makes the request's incident say what it should: a create when none was found,
 * else an edit of the summary when it differs; none when it already says that.
 */
function incidentWrite(request) {
    const { incident } = request.found;
    if (!incident)
        return (0,_write_plan_write_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .createIncidentWrite */ .Eu)(request.payload, request.requestKey);
    return summaryWrite(incident, request.payload.summary ?? '', request.notify, `set the summary of the incident ${incident.reference} (${incident.id}) of ${request.requestKey}`);
}
/** An edit that makes a found incident's summary `summary` (never a create), none when it already says that. */
function summaryWrite(incident, summary, notify, description) {
    if ((incident.summary ?? '') === summary)
        return undefined;
    return (0,_write_plan_write_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .editIncidentWrite */ .sC)(incident, summaryEdit(summary, notify), description);
}
/**
 * Makes each request's incident say what it should (incidentWrite), in order, through the run's
 * applier; the first failure stops the writes after it. A created incident whose summary
 * incident.io answered changed is edited back, in a stage planned from that answer. Each result
 * comes back beside its request.
 */
async function writeIncidents(writes, requests) {
    const planned = requests.map(incidentWrite);
    const made = answers(await writes.apply(planned), planned);
    const fixes = requests.map((request, i) => {
        const created = planned[i]?.action.kind === 'create-incident' ? made[i] : undefined;
        return (created &&
            summaryWrite(created, request.payload.summary ?? '', request.notify, `set the summary of the new incident ${created.reference} (${created.id}) of ${request.requestKey}`));
    });
    const fixed = answers(await writes.apply(fixes), fixes);
    return requests.map((request, i) => {
        const { incident: found, rejected } = request.found;
        const also = rejected ? { rejected } : {};
        const incident = fixed[i] ?? made[i] ?? found;
        // A dry run made nothing; a real run has an incident here: the one found, or the one created.
        if (writes.dryRun || !incident)
            return { request, result: { kind: 'dry-run', ...(found ? { existing: incidentRef(found) } : {}), ...also } };
        const result = {
            kind: 'written',
            incident: incidentRef(incident),
            created: !found,
            edited: planned[i]?.action.kind === 'edit-incident' || fixed[i] !== undefined,
            ...also,
        };
        return { request, result };
    });
}
/** The incident each planned write answered with, by position (undefined: no write there, or none made). */
function answers(outcomes, planned) {
    return planned.map((write) => {
        const outcome = write && outcomes.find((o) => o.write === write);
        return (0,_write_plan_apply_writes_js__WEBPACK_IMPORTED_MODULE_2__/* .answerOf */ .u)(outcome, 'create-incident') ?? (0,_write_plan_apply_writes_js__WEBPACK_IMPORTED_MODULE_2__/* .answerOf */ .u)(outcome, 'edit-incident');
    });
}


/***/ }),

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

/***/ 6229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _M: () => (/* binding */ findByIdOrName),
/* harmony export */   uy: () => (/* binding */ resolveIncidentSettings)
/* harmony export */ });
/* unused harmony exports findCustomField, missingFieldWrite */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _reconcile_remote_changes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3940);
/* harmony import */ var _write_plan_write_plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5800);

// One description for the field, whether `apply` or an escalation creates it.


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
 * Looks up the custom field, severity and incident type (reads), and when the field is missing
 * hands its create to the run's applier: made when the key may (its refusal for want of the
 * manage_settings role points to `apply`), and in a dry run only planned, with an empty ID.
 */
async function resolveIncidentSettings(api, writes, settings, where) {
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
    const [created] = await writes.apply([missingFieldWrite(name, where)]);
    return created?.status === 'made'
        ? { ...out, customFieldId: created.answer.id, customFieldCreated: 'created' }
        : { ...out, customFieldCreated: 'would-create' };
}
/**
 * The create of the missing escalation field. Creating custom fields needs the manage_settings
 * role, which an escalation key usually lacks on purpose; `apply` is where the field is meant to be
 * made, so its refusal says so.
 */
function missingFieldWrite(name, where) {
    return (0,_write_plan_write_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .createCustomFieldWrite */ .Xb)({ name, description: _reconcile_remote_changes_js__WEBPACK_IMPORTED_MODULE_2__.CUSTOM_FIELD_DESCRIPTION, field_type: 'text' }, {
        message: `The incident.io custom field "${name}" (\`escalation.customField\` in ${where.file}) does not exist, and this API key may not create it (that needs the manage_settings role)`,
        fix: 'Let `oncall-gate apply` create it: run the workflow that applies policies on the default branch with a key that has manage_settings ' +
            `(or create a text custom field named "${name}" in incident.io -> Settings -> Custom fields), then re-run this job.`,
    });
}


/***/ }),

/***/ 3491:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cu: () => (/* binding */ escalationIncidentPayload),
/* harmony export */   cT: () => (/* binding */ escalationRequestKey),
/* harmony export */   carriesRequestKey: () => (/* binding */ carriesRequestKey),
/* harmony export */   gV: () => (/* binding */ escalationSummary)
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
    const lines = (summary ?? '')
        .split(/\r\n|\r|\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '');
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
const BREAKS = /[\p{Cc}\u2028\u2029]+/gu;
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

/***/ 6250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CHECK_RUN_EXTERNAL_ID: () => (/* binding */ CHECK_RUN_EXTERNAL_ID),
/* harmony export */   checkRunRequest: () => (/* binding */ checkRunRequest),
/* harmony export */   findCheckRun: () => (/* binding */ findCheckRun),
/* harmony export */   upsertCheckRun: () => (/* binding */ upsertCheckRun)
/* harmony export */ });
/* harmony import */ var _paginate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1674);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3116);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2976);



/**
 * `external_id` of every check run this action creates. A workflow *job* named like our check
 * also produces a check run with that name on the same SHA, created by the same GitHub Actions
 * app; only runs carrying this id are ever updated, so the job's own run is never overwritten.
 */
const CHECK_RUN_EXTERNAL_ID = 'oncall-gate';
/**
 * The newest check run named `name` on `headSha` that carries our external_id (only those are ever
 * updated), or undefined when there is none. Needs `checks: read`.
 */
async function findCheckRun(gh, repo, headSha, name) {
    return gh.call({
        action: `find the "${name}" check run on ${headSha}`,
        permission: 'checks: write',
        write: false,
        notFound: `commit ${headSha} in ${repo.owner}/${repo.repo}`,
    }, async (o) => {
        let newest;
        for await (const page of (0,_paginate_js__WEBPACK_IMPORTED_MODULE_0__/* .cappedPages */ .y)(o.paginate.iterator('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
            ...repo,
            ref: headSha,
            check_name: name,
            filter: 'all',
            per_page: 100,
        }), 'the check runs of the commit')) {
            for (const run of page.data) {
                if (run.name !== name || run.external_id !== CHECK_RUN_EXTERNAL_ID)
                    continue;
                if (!newest || run.id > newest.id)
                    newest = { id: run.id, status: run.status };
            }
        }
        return newest;
    });
}
/**
 * The request that puts `state` on the commit, given the newest run of ours (`existing`, null when
 * none): that run is updated, unless it is completed and the new state is in_progress (GitHub
 * does not move a completed run back; the newest run of a name is the one GitHub and branch
 * protection show), in which case a new run is created. Throws for a state GitHub would refuse.
 */
function checkRunRequest(repo, headSha, name, state, existing) {
    if (state.status === 'completed' && !state.conclusion) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .gitHubError */ .Mj)('rejected', `Check run "${name}": a completed check run needs a conclusion.`, 'Pass conclusion success, failure or neutral.');
    }
    if (state.status === 'in_progress' && state.conclusion) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .gitHubError */ .Mj)('rejected', `Check run "${name}": an in_progress check run cannot have a conclusion (GitHub would mark it completed).`, 'Drop the conclusion or use status completed.');
    }
    const note = "**Truncated** to fit GitHub's 65,535-character limit; the full text is in the step summary of this run.";
    const output = {
        title: state.title,
        summary: (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .capText */ .yA)(state.summary, _text_js__WEBPACK_IMPORTED_MODULE_2__/* .CHECK_RUN_TEXT_MAX */ .CE, note),
        ...(state.text !== undefined ? { text: (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .capText */ .yA)(state.text, _text_js__WEBPACK_IMPORTED_MODULE_2__/* .CHECK_RUN_TEXT_MAX */ .CE, note) } : {}),
    };
    const fields = {
        name,
        status: state.status,
        ...(state.conclusion ? { conclusion: state.conclusion } : {}),
        ...(state.detailsUrl ? { details_url: state.detailsUrl } : {}),
        external_id: CHECK_RUN_EXTERNAL_ID,
        output,
    };
    const base = `/repos/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.repo)}/check-runs`;
    if (existing && !(existing.status === 'completed' && state.status !== 'completed')) {
        return { method: 'PATCH', path: `${base}/${existing.id}`, body: fields };
    }
    return { method: 'POST', path: base, body: { head_sha: headSha, ...fields } };
}
/**
 * Creates or updates the check run `name` on `headSha` (see checkRunRequest). `existing`: what
 * findCheckRun returned (null: none), so the runs are not read twice; undefined reads them.
 */
async function upsertCheckRun(gh, repo, headSha, name, state, options = {}) {
    // Refuse a state GitHub would refuse before anything is read.
    checkRunRequest(repo, headSha, name, state, null);
    const existing = options.existing !== undefined ? options.existing : ((await findCheckRun(gh, repo, headSha, name)) ?? null);
    const request = checkRunRequest(repo, headSha, name, state, existing);
    if (request.method === 'PATCH' && existing) {
        return gh.call({
            action: `update the "${name}" check run`,
            permission: 'checks: write',
            write: true,
            notFound: `check run ${existing.id} in ${repo.owner}/${repo.repo}`,
        }, async (o) => {
            const res = await o.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
                ...repo,
                check_run_id: existing.id,
                ...request.body,
            });
            return { id: Number(res.data.id), url: res.data.html_url ?? '', created: false };
        });
    }
    return gh.call({
        action: `create the "${name}" check run on ${headSha}`,
        permission: 'checks: write',
        write: true,
        notFound: `commit ${headSha} in ${repo.owner}/${repo.repo}`,
    }, async (o) => {
        const res = await o.request('POST /repos/{owner}/{repo}/check-runs', { ...repo, head_sha: headSha, ...request.body });
        return { id: Number(res.data.id), url: res.data.html_url ?? '', created: true };
    });
}


/***/ }),

/***/ 4487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PULL_FILES_MAX: () => (/* binding */ PULL_FILES_MAX),
/* harmony export */   fileNames: () => (/* binding */ fileNames),
/* harmony export */   getPullRequest: () => (/* binding */ getPullRequest),
/* harmony export */   listPullFiles: () => (/* binding */ listPullFiles),
/* harmony export */   requestReviewers: () => (/* binding */ requestReviewers),
/* harmony export */   reviewRequestPath: () => (/* binding */ reviewRequestPath),
/* harmony export */   reviewersToRequest: () => (/* binding */ reviewersToRequest),
/* harmony export */   toPullRequest: () => (/* binding */ toPullRequest)
/* harmony export */ });
/* harmony import */ var _paginate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1674);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);


function toPullRequest(pr) {
    const headRepo = pr.head.repo?.full_name ?? '';
    const baseRepo = pr.base.repo?.full_name ?? '';
    return {
        number: pr.number,
        title: pr.title ?? '',
        body: pr.body ?? '',
        state: pr.state === 'closed' ? 'closed' : 'open',
        // `merged` is only on the full pull object; merged_at is on every shape.
        merged: pr.merged === true || (pr.merged === undefined && typeof pr.merged_at === 'string'),
        mergedAt: pr.merged_at ?? null,
        // GitHub also fills it for an open pull request (its test merge); only a merged one's counts.
        mergeCommitSha: typeof pr.merge_commit_sha === 'string' && pr.merge_commit_sha !== '' ? pr.merge_commit_sha : null,
        baseRef: pr.base.ref,
        baseSha: pr.base.sha,
        headRef: pr.head.ref ?? '',
        headSha: pr.head.sha,
        // GitHub sends `draft` on every pull request shape; a server without it has no drafts.
        draft: pr.draft === true,
        authorLogin: pr.user?.login ?? '',
        authorType: pr.user?.type ?? '',
        labels: (pr.labels ?? []).flatMap((l) => (typeof l === 'string' ? [l] : l.name ? [l.name] : [])),
        htmlUrl: pr.html_url ?? '',
        headRepoFullName: headRepo,
        baseRepoFullName: baseRepo,
        isFork: headRepo === '' || headRepo.toLowerCase() !== baseRepo.toLowerCase(),
        changedFiles: pr.changed_files ?? 0,
        commits: pr.commits ?? 0,
    };
}
const where = (r) => `${r.owner}/${r.repo}`;
/** GET /repos/{o}/{r}/pulls/{n}, fresh. */
async function getPullRequest(gh, repo, number) {
    return gh.call({
        action: `read pull request #${number}`,
        permission: 'pull-requests: read',
        write: false,
        notFound: `pull request #${number} in ${where(repo)}`,
    }, async (o) => {
        const res = await o.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { ...repo, pull_number: number });
        return toPullRequest(res.data);
    });
}
/** GitHub's cap on GET /pulls/{n}/files. */
const PULL_FILES_MAX = 3000;
/** Every changed file of a PR (all pages, up to GitHub's 3000-file cap). */
async function listPullFiles(gh, repo, number) {
    return gh.call({
        action: `list the files changed by pull request #${number}`,
        permission: 'pull-requests: read',
        write: false,
        notFound: `pull request #${number} in ${where(repo)}`,
    }, async (o) => {
        const files = [];
        for await (const page of (0,_paginate_js__WEBPACK_IMPORTED_MODULE_0__/* .cappedPages */ .y)(o.paginate.iterator('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
            ...repo,
            pull_number: number,
            per_page: 100,
        }), 'the files of the pull request')) {
            for (const f of page.data) {
                files.push({
                    filename: f.filename,
                    status: f.status,
                    ...(f.previous_filename ? { previousFilename: f.previous_filename } : {}),
                });
            }
            if (files.length >= PULL_FILES_MAX)
                break;
        }
        return { files, names: fileNames(files), truncated: files.length >= PULL_FILES_MAX };
    });
}
/** Both names of renamed files, deduplicated, in first-seen order. */
function fileNames(files) {
    const seen = new Set();
    for (const f of files) {
        seen.add(f.filename);
        if (f.previousFilename)
            seen.add(f.previousFilename);
    }
    return [...seen];
}
const isBotLogin = (login) => /\[bot\]$/i.test(login);
/**
 * The logins a review request asks for, each once (first spelling), and the ones it leaves out:
 * the pull request's author and bots, whom GitHub would refuse.
 */
function reviewersToRequest(logins, author) {
    const skipped = [];
    const unique = new Map();
    for (const login of logins) {
        const l = login.trim();
        if (l && !unique.has(l.toLowerCase()))
            unique.set(l.toLowerCase(), l);
    }
    const wanted = [];
    for (const [lower, login] of unique) {
        if (lower === author.toLowerCase())
            skipped.push({ login, reason: 'author' });
        else if (isBotLogin(login))
            skipped.push({ login, reason: 'bot' });
        else
            wanted.push(login);
    }
    return { wanted, skipped };
}
/** The path review requests are POSTed to. */
const reviewRequestPath = (repo, number) => `/repos/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.repo)}/pulls/${number}/requested_reviewers`;
/**
 * Requests reviews from `logins` (POST /pulls/{n}/requested_reviewers). Skips the PR author
 * (GitHub answers 422 "Review cannot be requested from pull request author") and bot logins.
 * GitHub rejects the whole request with 422 when any login is not a collaborator, so on a 422 each
 * login is retried alone and the ones GitHub refuses are reported in `skipped`, not thrown.
 * `author` avoids a GET of the pull request when the caller already knows it.
 */
async function requestReviewers(gh, repo, number, logins, options = {}) {
    if (!logins.some((l) => l.trim()))
        return { requested: [], skipped: [] };
    const author = options.author ?? (await getPullRequest(gh, repo, number)).authorLogin;
    const { wanted, skipped } = reviewersToRequest(logins, author);
    if (wanted.length === 0)
        return { requested: [], skipped };
    const info = {
        action: `request reviews on pull request #${number}`,
        permission: 'pull-requests: write',
        write: true,
        notFound: `pull request #${number} in ${where(repo)}`,
    };
    const post = (reviewers) => gh.call(info, (o) => o.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', {
        ...repo,
        pull_number: number,
        reviewers,
    }));
    try {
        await post(wanted);
        return { requested: wanted, skipped };
    }
    catch (error) {
        if (!((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isServiceError */ .gi)(error, 'github') && error.status === 422))
            throw error;
    }
    const requested = [];
    for (const login of wanted) {
        try {
            await post([login]);
            requested.push(login);
        }
        catch (error) {
            if (!((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isServiceError */ .gi)(error, 'github') && error.status === 422))
                throw error;
            skipped.push({ login, reason: 'rejected', message: error.message });
        }
    }
    return { requested, skipped };
}


/***/ }),

/***/ 9388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EJ: () => (/* binding */ CREATE_CUSTOM_FIELD_PATH),
/* harmony export */   IR: () => (/* binding */ editIncidentPath),
/* harmony export */   qp: () => (/* binding */ CREATE_INCIDENT_PATH)
/* harmony export */ });
// The paths of the writes oncall-gate makes to incident.io, in one place: the client sends its
// requests to them, and the write plan shows them as the requests a run makes.
const CREATE_INCIDENT_PATH = '/v2/incidents';
const CREATE_CUSTOM_FIELD_PATH = '/v2/custom_fields';
const editIncidentPath = (id) => `/v2/incidents/${encodeURIComponent(id)}/actions/edit`;


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
// (policies/README.md, "Values"; the shape is DURATION_PATTERN in schema.ts).
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


/***/ }),

/***/ 3940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CUSTOM_FIELD_DESCRIPTION: () => (/* binding */ CUSTOM_FIELD_DESCRIPTION),
/* harmony export */   CUSTOM_FIELD_NAME_MAX: () => (/* binding */ CUSTOM_FIELD_NAME_MAX),
/* harmony export */   MANAGE_SETTINGS_ROLE: () => (/* binding */ MANAGE_SETTINGS_ROLE),
/* harmony export */   lacksManageSettings: () => (/* binding */ lacksManageSettings),
/* harmony export */   manageSettingsMessage: () => (/* binding */ manageSettingsMessage),
/* harmony export */   needsCustomField: () => (/* binding */ needsCustomField),
/* harmony export */   planRemoteChanges: () => (/* binding */ planRemoteChanges)
/* harmony export */ });
/** CustomFieldsCreatePayloadV2 caps `name` at 50 characters. */
const CUSTOM_FIELD_NAME_MAX = 50;
const CUSTOM_FIELD_DESCRIPTION = 'incident.io schedule IDs (comma-separated) of the on-call schedules an oncall-gate escalation pages. Managed by oncall-gate.';
/** POST /v2/custom_fields needs the scope `organisation_settings.update`: most likely the manage_settings role. */
const MANAGE_SETTINGS_ROLE = 'manage_settings';
/** The custom field is needed only by escalation rules: they put the schedule IDs on the incident. */
function needsCustomField(set) {
    return set.policies.some((p) => p.rules.some((r) => r.type === 'escalation'));
}
function fieldPosition(set) {
    return (set.integration.at ??
        set.policies.flatMap((p) => p.rules).find((r) => r.type === 'escalation')?.at ?? {
        file: set.files[0] ?? 'policies',
        line: 1,
        column: 1,
    });
}
/**
 * Compares what the policies need with the custom fields incident.io has. The field is matched by
 * exact name, as incident.io's own Terraform data source does: the list has no filter by name.
 */
function planRemoteChanges(set, customFields) {
    const name = set.integration.escalation.customField;
    const at = fieldPosition(set);
    const diagnostic = (severity, code, message, fix) => ({
        severity,
        code,
        file: at.file,
        line: at.line,
        column: at.column,
        message,
        fix,
    });
    if (!needsCustomField(set)) {
        return { changes: [], actions: [], diagnostics: [], note: 'No escalation rules: the escalation custom field is not needed.' };
    }
    const existing = customFields.find((f) => f.name === name);
    if (existing) {
        if (existing.field_type !== 'text') {
            // field_type cannot be changed once the field exists (PUT /v2/custom_fields/{id} does not take it).
            return {
                changes: [],
                actions: [],
                existingField: existing,
                note: `The custom field "${name}" exists but has type ${existing.field_type}.`,
                diagnostics: [
                    diagnostic('error', 'custom-field-type', `The incident.io custom field "${name}" (${existing.id}) has type ${existing.field_type}, but escalations write schedule IDs into a text field`, 'Set `escalation.customField` in the integration file to a new name (apply creates it as a text field), or delete or rename the existing field in incident.io (Settings > Custom fields); its type cannot be changed.'),
                ],
            };
        }
        return {
            changes: [],
            actions: [],
            diagnostics: [],
            existingField: existing,
            note: `The custom field "${name}" exists (${existing.id}).`,
        };
    }
    if (name.length > CUSTOM_FIELD_NAME_MAX) {
        return {
            changes: [],
            actions: [],
            note: `The custom field name "${name}" is too long.`,
            diagnostics: [
                diagnostic('error', 'custom-field-name', `The custom field name "${name}" has ${name.length} characters; incident.io allows at most ${CUSTOM_FIELD_NAME_MAX}`, 'Shorten `escalation.customField` in the integration file.'),
            ],
        };
    }
    const payload = { name, description: CUSTOM_FIELD_DESCRIPTION, field_type: 'text' };
    return {
        changes: [
            {
                kind: 'incidentio_custom_field',
                name,
                action: 'create',
                remote: true,
                reason: 'escalation incidents record the paged schedule IDs in it; incident.io does not have it yet',
                attributes: [
                    { name: 'field_type', before: undefined, after: 'text', format: 'plain' },
                    { name: 'description', before: undefined, after: CUSTOM_FIELD_DESCRIPTION, format: 'plain' },
                ],
                rules: [],
                unchangedAttributes: 0,
                unchangedRules: 0,
                at,
            },
        ],
        actions: [{ kind: 'create-custom-field', payload }],
        diagnostics: [],
        note: `The custom field "${name}" does not exist yet.`,
    };
}
/** A key that cannot create the field: the error apply reports before trying (named role). */
function lacksManageSettings(identity) {
    return !identity.roles.includes(MANAGE_SETTINGS_ROLE);
}
function manageSettingsMessage(keyName, fieldName) {
    return {
        message: `The incident.io API key "${keyName}" lacks the \`${MANAGE_SETTINGS_ROLE}\` role, which apply needs to create the custom field "${fieldName}" (POST /v2/custom_fields)`,
        fix: `In incident.io (Settings > API keys), give the key the \`${MANAGE_SETTINGS_ROLE}\` role, or create a text custom field named "${fieldName}" by hand (Settings > Custom fields) and re-run.`,
    };
}


/***/ }),

/***/ 5800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eu: () => (/* binding */ createIncidentWrite),
/* harmony export */   JS: () => (/* binding */ commentWrite),
/* harmony export */   Xb: () => (/* binding */ createCustomFieldWrite),
/* harmony export */   sC: () => (/* binding */ editIncidentWrite),
/* harmony export */   xX: () => (/* binding */ checkRunWrite),
/* harmony export */   zN: () => (/* binding */ reviewRequestWrite)
/* harmony export */ });
/* harmony import */ var _github_checks_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6250);
/* harmony import */ var _github_comments_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6645);
/* harmony import */ var _github_pulls_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4487);
/* harmony import */ var _incidentio_write_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9388);




const short = (sha) => sha.slice(0, 12);
/** The comment write, or undefined when our comment already says exactly this. */
function commentWrite(o) {
    const request = (0,_github_comments_js__WEBPACK_IMPORTED_MODULE_1__.stickyCommentRequest)(o.repo, o.number, o.marker, o.body, o.existing, o.summaryUrl);
    if (!request)
        return undefined;
    return {
        service: 'github',
        method: request.method,
        target: request.path,
        description: o.description,
        body: request.body,
        markdown: request.body.body,
        action: {
            kind: 'comment',
            number: o.number,
            marker: o.marker,
            body: o.body,
            existing: o.existing,
            ...(o.summaryUrl ? { summaryUrl: o.summaryUrl } : {}),
        },
    };
}
/** The check run write: an update of ours, or a new run (see checkRunRequest). */
function checkRunWrite(o) {
    const request = (0,_github_checks_js__WEBPACK_IMPORTED_MODULE_0__.checkRunRequest)(o.repo, o.headSha, o.name, o.state, o.existing);
    const body = request.body;
    return {
        service: 'github',
        method: request.method,
        target: request.path,
        description: `set the ${o.name} check on ${short(o.headSha)} to ${o.state.conclusion ?? o.state.status} (${JSON.stringify(o.state.title)})`,
        body,
        action: { kind: 'check-run', headSha: o.headSha, name: o.name, state: o.state, existing: o.existing },
    };
}
/** The review request, or undefined when nobody is left to ask (only the author, or bots). */
function reviewRequestWrite(o) {
    const { wanted } = (0,_github_pulls_js__WEBPACK_IMPORTED_MODULE_2__.reviewersToRequest)(o.logins, o.author);
    if (wanted.length === 0)
        return undefined;
    return {
        service: 'github',
        method: 'POST',
        target: (0,_github_pulls_js__WEBPACK_IMPORTED_MODULE_2__.reviewRequestPath)(o.repo, o.number),
        description: `request reviews from ${wanted.join(', ')} on pull request #${o.number}`,
        body: { reviewers: wanted },
        action: { kind: 'review-request', number: o.number, logins: [...o.logins], author: o.author },
        optional: true,
    };
}
/** A new incident for `requestKey`. */
function createIncidentWrite(payload, requestKey) {
    return {
        service: 'incidentio',
        method: 'POST',
        target: _incidentio_write_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .CREATE_INCIDENT_PATH */ .qp,
        description: `create the incident ${requestKey}`,
        body: payload,
        action: { kind: 'create-incident', payload, requestKey },
    };
}
/** An edit of an existing incident; `description` says what the edit is for. */
function editIncidentWrite(incident, payload, description) {
    return {
        service: 'incidentio',
        method: 'POST',
        target: (0,_incidentio_write_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .editIncidentPath */ .IR)(incident.id),
        description,
        body: payload,
        action: { kind: 'edit-incident', id: incident.id, payload },
    };
}
/** A new custom field; `whenRefused`: what to say when the key may not create it. */
function createCustomFieldWrite(payload, whenRefused) {
    return {
        service: 'incidentio',
        method: 'POST',
        target: _incidentio_write_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .CREATE_CUSTOM_FIELD_PATH */ .EJ,
        description: `create the incident.io ${payload.field_type} custom field ${JSON.stringify(payload.name)}`,
        body: payload,
        action: { kind: 'create-custom-field', payload },
        ...(whenRefused ? { whenRefused } : {}),
    };
}


/***/ })

};
