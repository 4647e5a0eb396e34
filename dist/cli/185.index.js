export const id = 185;
export const ids = [185,7];
export const modules = {

/***/ 9185:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyGateEscalation: () => (/* binding */ applyGateEscalation)
});

// UNUSED EXPORTS: RUN_INCIDENT_LOOKBACK_MS

// EXTERNAL MODULE: ./src/decide/engine.ts
var engine = __webpack_require__(1780);
// EXTERNAL MODULE: ./src/decide/escalation-evidence.ts
var escalation_evidence = __webpack_require__(1089);
// EXTERNAL MODULE: ./src/incidentio/errors.ts
var errors = __webpack_require__(1007);
;// CONCATENATED MODULE: ./src/escalation/incident-settings.ts

/** A problem with the escalation settings: what is wrong, where, and how to fix it. */
class EscalationError extends Error {
    fix;
    name = 'EscalationError';
    constructor(message, fix) {
        super(message);
        this.fix = fix;
    }
}
const CUSTOM_FIELD_DESCRIPTION = 'incident.io schedule IDs whose on-call may approve this oncall-gate escalation (written by oncall-gate).';
/** The field with exactly this name (case-sensitive, first match: API.md section 8.1). */
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
    return new EscalationError(`The incident.io ${what} "${wanted}" (\`escalation.${key}\` in ${where.file}) does not exist` +
        (known.length > 0 ? ` (known: ${names})` : ` (incident.io returned no ${what === 'severity' ? 'severities' : 'incident types'})`), `Set \`escalation.${key}\` in ${where.file} to the name or ID of an existing ${what}, or remove it to use incident.io's default.`);
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
            throw new EscalationError(`The incident.io custom field "${name}" (\`escalation.customField\` in ${where.file}) has type ${field.field_type}; oncall-gate writes schedule IDs into a text field`, `Point \`escalation.customField\` at a text custom field (a new name makes \`apply\` create one), or change the field in incident.io -> Settings -> Custom fields.`);
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
        if (error instanceof errors/* IncidentIoError */.z_ && error.kind === 'forbidden') {
            // Creating custom fields needs organisation settings rights (API.md section 8.2), which an
            // escalation key usually lacks on purpose; `apply` is where the field is meant to be made.
            throw new EscalationError(`The incident.io custom field "${name}" (\`escalation.customField\` in ${where.file}) does not exist, and this API key may not create it (that needs the manage_settings role)`, 'Let `oncall-gate apply` create it: run the workflow that applies policies on the default branch with a key that has manage_settings ' +
                `(or create a text custom field named "${name}" in incident.io -> Settings -> Custom fields), then re-run this job.`);
        }
        throw error;
    }
}

// EXTERNAL MODULE: ./src/policy/duration.ts
var policy_duration = __webpack_require__(5432);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/escalation/incident-text.ts


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
const userText = (text, max = 300) => (0,markdown/* escapeMarkdown */.FV)(flat(text, max));
const iso = (d) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
const incident_text_short = (sha) => sha.slice(0, 12);
function outcomeLine(o) {
    if (o.kind === 'run-approved') {
        const each = o.approvals.map((a) => a.via === 'one-party'
            ? `#${a.pull} by its author ${userText(a.login, 100)} (${userText(a.name, 100)}, on call for schedule ${a.scheduleId} at the merge, allowOneParty)`
            : `#${a.pull} by ${userText(a.login, 100)} (${userText(a.name, 100)}, on call for schedule ${a.scheduleId}, review at ${iso(a.reviewedAt)})`);
        return `APPROVED at ${iso(o.at)}: attempt ${o.attempt} of this run passed the gate on the approval of ${each.join('; ')}.`;
    }
    const who = `${userText(o.login, 100)} (${userText(o.name, 100)}, on call for schedule ${o.scheduleId})`;
    if (o.kind === 'denied') {
        return `DENIED: ${who} requested changes at ${iso(o.at)} on commit ${incident_text_short(o.sha)}.`;
    }
    return o.via === 'one-party'
        ? `APPROVED: the requester ${who} approved their own request at ${iso(o.at)} (allowOneParty), commit ${incident_text_short(o.sha)}.`
        : `APPROVED by ${who} at ${iso(o.at)} on commit ${incident_text_short(o.sha)}.`;
}
function howToApprove(s) {
    const schedules = s.services.join(', ');
    const duration = (0,policy_duration/* formatDuration */.a3)(s.durationMs);
    if (s.target.kind === 'pull') {
        return [
            `How to approve: a person on call for one of the schedules ${schedules} opens ${s.target.url}, ` +
                `reviews the latest commit (${incident_text_short(s.target.headSha)}) and submits an "Approve" review. ` +
                `"Request changes" denies. An approval counts for ${duration}; a new push needs a new approval.`,
        ];
    }
    if (s.target.pulls.length === 0) {
        return [
            `How to approve: commit ${incident_text_short(s.target.sha)} did not come from a merged pull request, so it cannot be approved by review. ` +
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

;// CONCATENATED MODULE: ./src/escalation/act.ts



/** The workflow run that writes the incident, checked: its ID is part of the request key. */
function creatingRun(run) {
    if (!/^\d+$/.test(run.runId) || !/^\d+$/.test(run.runAttempt)) {
        throw new EscalationError(`GITHUB_RUN_ID ("${run.runId.slice(0, 40)}") and GITHUB_RUN_ATTEMPT ("${run.runAttempt.slice(0, 40)}") must be numbers: they name the run an escalation incident belongs to`, 'Run oncall-gate as a step of a GitHub Actions job, where the runner sets both.');
    }
    return { id: run.runId, attempt: run.runAttempt };
}
const incidentRef = (i) => ({ id: i.id, reference: i.reference, url: i.permalink ?? '' });
/** The incident of `requestKey` by the run's lookup, or why a recorded one was not taken. */
async function findIncident(api, requestKey, lookup) {
    const carries = (i) => carriesRequestKey(i.summary, requestKey);
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
        if (error instanceof errors/* IncidentIoError */.z_ && error.kind === 'not_found')
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
        if (!carriesRequestKey(incident.summary, requestKey)) {
            throw new EscalationError(`incident.io answered the create of the incident for ${requestKey} (idempotency_key ${payload.idempotency_key}) with incident ${incident.reference} (${incident.id}), ` +
                'whose summary does not carry that request key, so oncall-gate will not use it', 'Re-run the job (a new run attempt uses a new idempotency key). If it happens again, check that `incidentio-api-url` is the incident.io API.');
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

// EXTERNAL MODULE: ./src/decide/review.ts
var review = __webpack_require__(226);
// EXTERNAL MODULE: ./src/identity/resolve-identity.ts
var resolve_identity = __webpack_require__(8785);
;// CONCATENATED MODULE: ./src/escalation/evidence-io.ts
// The reads behind review evidence: incident.io emails for the reviewers that could count (and
// for the change's own side, to recognise one person under two logins), the accounts of each pull
// request's commits and the pusher of its head, and schedule history at each review's
// `submitted_at` (a past one-minute window), for the rule engine to judge (decide/engine.ts).




/** What to do about an answer GitHub should never give (a proxy or a GitHub incident). */
const MALFORMED_FIX = 'Re-run the job. If it happens again, check that GITHUB_API_URL points at the GitHub API (a proxy may be rewriting answers) ' +
    'and see https://www.githubstatus.com; oncall-gate counts no approval it cannot verify.';
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
            throw new EscalationError(`GitHub returned a malformed review (id ${String(r.id)}) of pull request #${pull}: it has ${problem}`, MALFORMED_FIX);
        }
    }
    return [...reviews];
}
/** A pull request whose head is not a commit SHA cannot be judged: its reviews could match anything. */
function checkHeadSha(pull) {
    if (!(0,review/* isCommitSha */._$)(pull.headSha)) {
        throw new EscalationError(`GitHub returned pull request #${pull.number} without a valid head commit SHA (got "${String(pull.headSha).slice(0, 80)}"), so no review of it can be verified`, MALFORMED_FIX);
    }
}
/** The window read around an instant: one minute, as incident.io's own approval integration reads it. */
const HISTORY_WINDOW_MS = 60_000;
/** Lower-case login -> lower-case emails for each login (unresolvable logins map to []). */
async function resolveEmails(logins, options) {
    const unique = [...new Set(logins.map((l) => l.trim().toLowerCase()).filter(Boolean))];
    const resolved = await Promise.all(unique.map((login) => (0,resolve_identity/* resolveIdentity */.XH)(login, options.identities, {
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
    const { fetchShifts } = await __webpack_require__.e(/* import() */ 250).then(__webpack_require__.bind(__webpack_require__, 6250));
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
 * reviewers' emails, schedule history at each review) that the escalation rules need.
 */
async function collectDeployEvidence(github, reader, identity, request) {
    const identitiesFile = (0,resolve_identity/* identitiesFilePath */.ku)(identity.identities, identity.policyPath);
    const none = { commitSha: request.sha, defaultBranch: request.defaultBranch, pulls: [], reviews: new Map(), parties: new Map(), emails: new Map(), history: [], identitiesFile };
    if (request.rules.length === 0)
        return none;
    const pulls = request.sha ? await github.listCommitPulls(request.sha) : [];
    // Pull requests merged into another branch are never read: they are not evidence.
    const merged = (0,escalation_evidence/* mergedPulls */.$)(pulls, request.defaultBranch);
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
    const candidatesOf = (p) => (0,review/* reviewCandidates */.pL)(reviews.get(p.number) ?? [], p.headSha, p.authorLogin);
    const candidates = merged.flatMap(candidatesOf);
    const onePartyRules = request.rules.some((r) => r.allowOneParty);
    // The own side's emails matter only for a PR with a review that could count.
    const ownSide = merged.flatMap((p) => {
        const own = parties.get(p.number);
        return own && candidatesOf(p).length > 0 ? (0,review/* partyLogins */.fR)(p.authorLogin, own) : [];
    });
    const logins = [...candidates.map((r) => r.login), ...ownSide, ...(onePartyRules ? merged.map((p) => p.authorLogin) : [])];
    const emails = await resolveEmails(logins, identity);
    const services = [...new Set(request.rules.flatMap((r) => r.services))];
    const instants = (0,review/* reviewInstants */.rk)(candidates);
    if (onePartyRules)
        for (const p of merged)
            instants.push(new Date(Date.parse(p.mergedAt)));
    const history = await readHistory(reader, services, dedupe(instants));
    return { ...none, pulls, reviews, parties, emails, history };
}
function dedupe(instants) {
    return [...new Set(instants.map((d) => d.getTime()))].sort((a, b) => a - b).map((t) => new Date(t));
}

;// CONCATENATED MODULE: ./src/commands/run-clients.ts
/** For an incident.io client: the GitHub token is a secret too. */
function incidentIoRunOptions(ctx) {
    return { secrets: [ctx.inputs.githubToken], ...(ctx.deadline ? { deadline: ctx.deadline } : {}) };
}
/** For a GitHub client: the incident.io key is a secret too. */
function gitHubRunOptions(ctx) {
    return { secrets: [ctx.inputs.incidentioApiKey], ...(ctx.deadline ? { deadline: ctx.deadline } : {}) };
}

;// CONCATENATED MODULE: ./src/escalation/ports.ts
// The reads and writes the escalation flow makes, as two narrow interfaces bound to the real
// adapters here (src/github, src/incidentio). Commands take them as injectable dependencies, so
// the flow is tested with in-memory fakes as well as end to end. The adapters are imported
// lazily: `gate` loads this module and must stay cheap to start.

class MissingInputError extends Error {
    fix;
    name = 'MissingInputError';
    constructor(message, fix) {
        super(message);
        this.fix = fix;
    }
}
/** Binds the function-style GitHub adapter to one repository. */
async function bindGitHub(gh, repo) {
    const [a, { githubIdentitySource }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(681), __webpack_require__.e(66)]).then(__webpack_require__.bind(__webpack_require__, 3066)), __webpack_require__.e(/* import() */ 673).then(__webpack_require__.bind(__webpack_require__, 8673))]);
    return {
        getPullRequest: (n) => a.getPullRequest(gh, repo, n),
        listPullFiles: (n) => a.listPullFiles(gh, repo, n),
        listReviews: (n) => a.listReviews(gh, repo, n),
        listCommitPulls: (sha) => a.listCommitPulls(gh, repo, sha),
        listPullCommits: (n, expected) => a.listPullCommitLogins(gh, repo, n, expected),
        findHeadPushers: (head) => a.findHeadPushers(gh, a.repoRefOf(head.repoFullName), head.ref, head.sha),
        readPolicyFilesAtRef: (ref, path) => a.readPolicyFilesAtRef(gh, repo, ref, path),
        requestReviewers: (n, logins, author) => a.requestReviewers(gh, repo, n, logins, { author }),
        findStickyComment: (n, marker) => a.findStickyComment(gh, repo, n, marker),
        upsertStickyComment: (n, marker, body, existing) => a.upsertStickyComment(gh, repo, n, marker, body, existing === undefined ? {} : { existing }),
        upsertCheckRun: (sha, name, state) => a.upsertCheckRun(gh, repo, sha, name, state),
        identity: githubIdentitySource(gh),
    };
}
/**
 * The real adapters for a command run; each is created once, on first use. `githubTuning` lets
 * tests drop the production spacing of writes (1-3 s apart, GitHub's secondary-limit advice).
 */
function realDeps(ctx, options = {}) {
    let github;
    let incidentio;
    return {
        github: () => (github ??= (async () => {
            if (!ctx.inputs.githubToken) {
                throw new MissingInputError('The `github-token` input is empty, and the escalation flow needs the GitHub API', 'Leave `github-token` at its default (`${{ github.token }}`) and grant the job the permissions listed in docs/escalation.md.');
            }
            const { createGitHubClient } = await __webpack_require__.e(/* import() */ 681).then(__webpack_require__.bind(__webpack_require__, 7681));
            // graphqlUrl is left to Octokit, which derives it from apiUrl (also on GHES).
            const gh = createGitHubClient({
                token: ctx.inputs.githubToken,
                apiUrl: ctx.run.apiUrl,
                // dry-run: the client itself refuses every write (STYLE.md, the read-only mode).
                readOnly: ctx.inputs.dryRun,
                log: ctx.log,
                ...gitHubRunOptions(ctx),
                ...(options.githubTuning ? { tuning: options.githubTuning } : {}),
            });
            return bindGitHub(gh, ctx.run.repository);
        })()),
        incidentio: () => (incidentio ??= (async () => {
            if (!ctx.inputs.incidentioApiKey) {
                throw new MissingInputError('The `incidentio-api-key` input is empty, so oncall-gate cannot read who is on call or page them', 'Pass `incidentio-api-key: ${{ secrets.INCIDENTIO_API_KEY }}` to the oncall-gate step (a key with the viewer, incident_creator and incident_editor roles). ' +
                    'GitHub gives no repository secrets to workflows of Dependabot pull requests: add the key as a Dependabot secret too, or see "Fork pull requests" in docs/escalation.md.');
            }
            const { createIncidentIoClient } = await __webpack_require__.e(/* import() */ 566).then(__webpack_require__.bind(__webpack_require__, 1566));
            return createIncidentIoClient({
                baseUrl: ctx.inputs.incidentioApiUrl,
                apiKey: ctx.inputs.incidentioApiKey,
                ...incidentIoRunOptions(ctx),
                readOnly: ctx.inputs.dryRun,
            });
        })()),
    };
}

;// CONCATENATED MODULE: ./src/escalation/gate-escalation.ts








/**
 * How far back a gate run looks for the incident it may have opened. A run has nowhere to record
 * the incident's ID, and the action is not told when the run started (GITHUB_RUN_ATTEMPT counts
 * attempts but carries no time; the run's `created_at` is only in the Actions API, which needs an
 * `actions: read` permission deploy jobs do not otherwise need). GitHub lets a workflow run be
 * re-run for up to 30 days after it first ran, so every attempt that could have opened the
 * incident started within that time; one more day covers an attempt that ran long.
 */
const RUN_INCIDENT_LOOKBACK_MS = 31 * 86_400_000;
async function applyGateEscalation(ctx, input, deps = realDeps(ctx)) {
    const rules = (0,engine/* openEscalations */.Lp)(input.decision, input.policies).flatMap((e) => e.rules);
    if (rules.length === 0)
        return { decision: input.decision, outputs: {}, incidents: [] };
    const { run, inputs, log } = ctx;
    const [github, incidentio] = await Promise.all([deps.github(), deps.incidentio()]);
    const sha = run.sha;
    log.info(`Escalation: checking the reviews of the merged pull requests of ${sha ? sha.slice(0, 12) : '(no GITHUB_SHA)'}.`);
    const evidence = await collectDeployEvidence(github, incidentio, { identities: input.set.identities, org: run.repository.owner, policyPath: inputs.policyPath, github: github.identity }, { sha, rules, defaultBranch: ctx.event.defaultBranch });
    const decision = input.redecide(evidence);
    const settings = input.set.integration.escalation;
    const file = input.set.integration.at?.file ?? `${inputs.policyPath}/incidentio.yaml`;
    const pulls = mergedPullLinks(evidence);
    const runUrl = `${run.serverUrl}/${run.repository.owner}/${run.repository.repo}/actions/runs/${run.runId}`;
    const subjectOf = ({ policy, services }) => {
        const durations = policy.rules.flatMap((r) => (r.type === 'escalation' ? [r.durationMs] : []));
        return {
            owner: run.repository.owner,
            repo: run.repository.repo,
            run: creatingRun(run),
            requester: decision.requester.login,
            policy: policy.name,
            environment: input.environment || (policy.match.environments ?? []).join(', '),
            services,
            durationMs: Math.max(...durations),
            reason: inputs.reason,
            target: { kind: 'run', runId: run.runId, runUrl, sha, ref: run.ref, pulls },
        };
    };
    const lookup = (incidentTypeId) => ({ kind: 'recent', query: recentQuery(ctx, settings, incidentTypeId) });
    if (decision.result === 'approved') {
        log.info(`Escalation: approved by ${decision.approvedBy ?? '?'} through pull request review.`);
        // A first attempt opened no incident of its own to update; re-runs look for the one an
        // earlier attempt opened.
        if (Number(run.runAttempt) > 1) {
            await markRunApproved(ctx, incidentio, { decision, first: input.decision, policies: input.policies, subjectOf, lookup, settings, file });
        }
        return { decision, outputs: {}, incidents: [] };
    }
    // A veto (or nothing left to wait for) stands as a denial: nobody is paged for it.
    const pending = decision.result === 'pending' ? (0,engine/* openEscalations */.Lp)(decision, input.policies) : [];
    if (pending.length === 0)
        return { decision, outputs: {}, incidents: [] };
    const resolved = await resolveIncidentSettings(incidentio, settings, { file });
    const incidents = [];
    const outputs = {};
    for (const p of pending) {
        const subject = subjectOf(p);
        const requestKey = escalationRequestKey(subject);
        const payload = escalationIncidentPayload(subject, settings, resolved, escalationSummary(subject));
        const written = await withCapFix(file, () => ensureIncident(incidentio, payload, requestKey, lookup(resolved.incidentTypeId), { dryRun: inputs.dryRun, notify: settings.notifyIncidentChannel }));
        const policy = p.policy;
        if (written.kind === 'dry-run') {
            if (written.existing) {
                log.info(`Dry run: would set the summary of the incident ${written.existing.reference} (${written.existing.id}) of ${requestKey} to:\n${payload.summary ?? ''}`);
                incidents.push({ policy: policy.name, kind: 'dry-run', reference: written.existing.reference, requestKey });
            }
            else {
                log.info(`Dry run: would create the incident ${requestKey}:\n${JSON.stringify(payload, null, 2)}`);
                incidents.push({ policy: policy.name, kind: 'dry-run', requestKey });
            }
            continue;
        }
        const { incident } = written;
        log.info(`Escalation incident ${incident.reference} (${incident.id}) for ${policy.name}: ` +
            `${written.created ? `opened (no incident of ${requestKey} was found)` : 'found by its request key'}${written.edited ? ', summary updated' : ''}.`);
        if (!outputs.incidentId) {
            outputs.incidentId = incident.id;
            outputs.incidentReference = incident.reference;
            if (incident.url)
                outputs.incidentUrl = incident.url;
        }
        incidents.push({ policy: policy.name, kind: 'paged', reference: incident.reference, ...(incident.url ? { url: incident.url } : {}) });
    }
    // The evidence's fixes already say whom to ask and to re-run the job.
    return { decision, outputs, incidents };
}
/** The incidents a gate run may have opened: created since the lookback, in the mode (and type) it opens them with. */
function recentQuery(ctx, settings, incidentTypeId) {
    return {
        since: new Date(ctx.now().getTime() - RUN_INCIDENT_LOOKBACK_MS),
        // Test-mode incidents are listed only when asked for by mode.
        mode: settings.mode,
        ...(incidentTypeId ? { incidentTypeId } : {}),
    };
}
/** Turns the lookup's page cap into advice about the integration file. */
async function withCapFix(file, work) {
    try {
        return await work();
    }
    catch (error) {
        if (error instanceof errors/* IncidentIoError */.z_ && error.kind === 'too_many_results') {
            throw new EscalationError(`${error.message.replace(/\.$/, '')}. oncall-gate looks through the incidents of the last ${RUN_INCIDENT_LOOKBACK_MS / 86_400_000} days to find the one this workflow run opened (a run has nowhere to record it)`, `Give oncall-gate's escalation incidents an incident type of their own: create one in incident.io (Settings -> Incident types) and set \`escalation.incidentType\` in ${file} to it, so only those incidents are looked through.`);
        }
        throw error;
    }
}
/**
 * A re-run that the review evidence approved: the incident an earlier attempt opened for each
 * escalating policy gets a summary that says approved, by whom and when. Never resolved, never
 * created (no incident found: nothing to update).
 */
async function markRunApproved(ctx, api, input) {
    const { log, inputs } = ctx;
    const { settings } = input;
    // The type filter is an optimisation of the lookup only: a type that no longer exists just
    // widens it, rather than failing a gate that has already approved on its evidence.
    const incidentTypeId = settings.incidentType ? findByIdOrName(await api.listIncidentTypes(), settings.incidentType)?.id : undefined;
    for (const pending of (0,engine/* openEscalations */.Lp)(input.first, input.policies)) {
        const approval = runApproval(ctx, input, pending.policy);
        if (!approval)
            continue;
        const subject = input.subjectOf(pending);
        const requestKey = escalationRequestKey(subject);
        const revised = await withCapFix(input.file, () => reviseIncident(api, requestKey, input.lookup(incidentTypeId), escalationSummary(subject, approval), {
            dryRun: inputs.dryRun,
            notify: settings.notifyIncidentChannel,
        }));
        if (revised.kind === 'not-found')
            log.info(`No escalation incident of ${requestKey} was found: nothing to update.`);
        else if (revised.kind === 'dry-run')
            log.info(`Dry run: would mark the incident ${revised.incident.reference} (${revised.incident.id}) approved:\n${revised.edit.incident.summary ?? ''}`);
        else
            log.info(`Escalation incident ${revised.incident.reference} (${revised.incident.id}) for ${pending.policy.name}: ${revised.kind === 'edited' ? 'summary updated to approved' : 'already says approved'}.`);
    }
}
/** What approved `policy` in the evidence: each merged PR's approval under its deciding escalation rule. */
function runApproval(ctx, input, policy) {
    const verdict = input.decision.verdicts.find((v) => v.policy === policy.name);
    if (verdict?.result !== 'approved')
        return undefined;
    const decided = (0,engine/* decidingRule */.aY)(verdict);
    if (decided?.type !== 'escalation' || decided.evidence?.subject !== 'run' || decided.evidence.deploy.kind !== 'pulls')
        return undefined;
    const approvals = decided.evidence.deploy.pulls.flatMap((p) => {
        const a = p.review.approval;
        return a ? [{ pull: p.number, login: a.login, name: a.onCallName, scheduleId: a.scheduleId, reviewedAt: a.at, via: a.via }] : [];
    });
    return { kind: 'run-approved', at: input.decision.facts.at, attempt: ctx.run.runAttempt, approvals };
}
/** The merged pull requests the evidence is about, for the incident's links. */
function mergedPullLinks(facts) {
    return (0,escalation_evidence/* mergedPulls */.$)(facts.pulls, facts.defaultBranch).map((p) => ({ number: p.number, url: p.htmlUrl }));
}


/***/ }),

/***/ 1007:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DZ: () => (/* binding */ unreachableError),
/* harmony export */   Nv: () => (/* binding */ readOnlyError),
/* harmony export */   Sz: () => (/* binding */ scrubError),
/* harmony export */   U6: () => (/* binding */ errorForStatus),
/* harmony export */   V1: () => (/* binding */ isIncidentIoError),
/* harmony export */   kW: () => (/* binding */ parseErrorBody),
/* harmony export */   pb: () => (/* binding */ badResponse),
/* harmony export */   z_: () => (/* binding */ IncidentIoError)
/* harmony export */ });
/* unused harmony export requiredRole */
// The one error type of the incident.io client, and the pure functions that turn a failed
// request into a message that says what is wrong, where, and how to fix it. The failure modes
// covered are the ones incident.io integrations hit in practice (DESIGN.md section 8: invalid or
// revoked key, inactive workspace, missing role, wrong schedule ID, email mismatch).
//
// Every string that came from the server or the network is passed through a scrubber before it
// reaches a message (see http.ts), so an API key echoed back by a server never leaks (DESIGN.md
// section 6).
class IncidentIoError extends Error {
    kind;
    /** What the user should do about it (one or two sentences). */
    fix;
    status;
    /** incident.io's `request_id`, to quote to their support. */
    requestId;
    constructor(init) {
        super(init.message, init.cause ? { cause: init.cause } : undefined);
        this.name = 'IncidentIoError';
        this.kind = init.kind;
        this.fix = init.fix;
        if (init.status !== undefined)
            this.status = init.status;
        if (init.requestId !== undefined)
            this.requestId = init.requestId;
    }
}
const isIncidentIoError = (value) => value instanceof IncidentIoError;
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const optString = (v, scrub) => typeof v === 'string' && v.length > 0 ? scrub(v) : undefined;
/**
 * Parses an error body defensively: it may be missing, not JSON, or another shape (a proxy's HTML
 * page). Never throws; unknown parts are dropped.
 */
function parseErrorBody(text, scrub) {
    let json;
    try {
        json = text.trim() === '' ? undefined : JSON.parse(text);
    }
    catch {
        json = undefined;
    }
    if (!isRecord(json)) {
        // Redacted before it is shortened: a secret cut in half would no longer match whole.
        const start = scrub(text.trim().replace(/\s+/g, ' ')).slice(0, 80);
        return start === '' || json === null ? { errors: [] } : { errors: [], snippet: start };
    }
    const errors = Array.isArray(json.errors)
        ? json.errors.filter(isRecord).map((e) => {
            const source = isRecord(e.source) ? e.source : {};
            return {
                code: optString(e.code, scrub),
                message: optString(e.message, scrub),
                field: optString(source.field, scrub) ?? optString(source.pointer, scrub),
            };
        })
        : [];
    const rl = isRecord(json.rate_limit) ? json.rate_limit : undefined;
    return {
        type: optString(json.type, scrub),
        requestId: optString(json.request_id, scrub),
        errors,
        rateLimit: rl && {
            name: optString(rl.name, scrub),
            limit: typeof rl.limit === 'number' ? rl.limit : undefined,
            retryAfter: optString(rl.retry_after, scrub),
        },
    };
}
/**
 * The role a key needs for an endpoint, from the x-rbac-scopes table in API.md section 2
 * (the scope-to-role mapping there is incident.io's dashboard naming).
 */
function requiredRole(method, path) {
    const m = method.toUpperCase();
    if (path === '/v1/identity')
        return undefined; // any valid key may call it
    if (/^\/v2\/schedule(s|_entries|_overrides)(\/|$)/.test(path))
        return m === 'GET' ? 'schedules_reader (or viewer)' : 'schedules_editor';
    if (/^\/v2\/users(\/|$)/.test(path))
        return 'viewer';
    if (/^\/v2\/incidents\/[^/]+\/actions\/edit$/.test(path))
        return 'incident_editor';
    if (/^\/v2\/incidents(\/|$)/.test(path))
        return m === 'GET' ? 'viewer (global_access for private incidents)' : 'incident_creator';
    if (/^\/v2\/custom_fields(\/|$)/.test(path))
        return m === 'GET' ? 'viewer' : 'manage_settings';
    if (/^\/v1\/(severities|incident_types|incident_statuses)(\/|$)/.test(path))
        return 'viewer';
    return undefined;
}
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const tries = (n) => `${n} attempt${n === 1 ? '' : 's'}`;
function serverDetail(body) {
    const parts = body.errors.map((e) => e.message ?? e.code).filter((s) => s !== undefined);
    const id = body.requestId ? ` (request_id ${body.requestId})` : '';
    if (parts.length === 0 && body.snippet)
        return `: the body starts with ${JSON.stringify(body.snippet)}${id}`;
    return (parts.length > 0 ? `: ${parts.join('; ')}` : '') + id;
}
const typeSuffix = (body) => (body.type ? ` ${body.type}` : '');
/** Maps a non-2xx answer (after retries, when it was retryable) to an error. */
function errorForStatus(req, status, body, summary) {
    const where = `${req.method} ${req.path}`;
    const common = { status, requestId: body.requestId };
    if (status === 401) {
        return new IncidentIoError({
            ...common,
            kind: 'unauthorized',
            message: `incident.io rejected the API key (401${typeSuffix(body)}) on ${where}${serverDetail(body)}.`,
            fix: 'Check the `incidentio-api-key` secret: it must be a current incident.io API key (incident.io -> Settings -> API keys). ' +
                'The key may have been revoked or rotated, or the incident.io workspace may be inactive; create a new key and update the secret.',
        });
    }
    if (status === 403) {
        const role = requiredRole(req.method, req.path);
        const need = role ? `${req.call} needs the ${role} role` : `the key lacks a permission ${req.call} needs`;
        return new IncidentIoError({
            ...common,
            kind: 'forbidden',
            message: `The incident.io API key is not allowed to call ${where} (403${typeSuffix(body)}): ${need}${serverDetail(body)}.`,
            fix: role
                ? `In incident.io -> Settings -> API keys, give the key the ${role} role (or create a key that has it) and update the \`incidentio-api-key\` secret.`
                : 'In incident.io -> Settings -> API keys, check the roles of the key used in `incidentio-api-key`.',
        });
    }
    if (status === 404)
        return notFound(req, body, summary);
    if (status === 400 || status === 409 || status === 412 || status === 413 || status === 422) {
        if (req.idempotencyKey !== undefined && refusesIdempotencyKey(status, body))
            return idempotencyRefused(req, req.idempotencyKey, status, body);
        const fields = body.errors.map((e) => {
            const text = e.message ?? e.code ?? 'invalid';
            return e.field ? `${e.field}: ${text}` : text;
        });
        const list = fields.length > 0 ? fields.join('; ') : body.snippet ? `no details given (the body starts with ${JSON.stringify(body.snippet)})` : 'no details given';
        const id = body.requestId ? ` (request_id ${body.requestId})` : '';
        return new IncidentIoError({
            ...common,
            kind: 'validation',
            message: `incident.io rejected ${req.call} (${where}) with ${status}${typeSuffix(body)}: ${list}${id}.`,
            fix: req.validationFix ?? 'Correct the fields listed above; they come from your policy files (policies/incidentio.yaml).',
        });
    }
    if (status === 429) {
        const rl = body.rateLimit;
        const limit = rl?.limit !== undefined ? `; limit ${rl.name ? `"${rl.name}" ` : ''}${rl.limit} requests` : '';
        return new IncidentIoError({
            ...common,
            kind: 'rate_limited',
            message: `incident.io rate-limited ${where} (429) and still did after ${tries(summary.attempts)} over ${seconds(summary.elapsedMs)}` +
                `${limit}${body.requestId ? ` (request_id ${body.requestId})` : ''}.`,
            fix: 'incident.io allows 1200 requests per minute per API key, shared by everything that uses the key. ' +
                'Wait a minute and re-run the job, or give oncall-gate its own API key.',
        });
    }
    if (status >= 500 || status === 408) {
        return new IncidentIoError({
            ...common,
            kind: 'server',
            message: `incident.io failed with ${status}${typeSuffix(body)} on ${where} after ${tries(summary.attempts)} over ${seconds(summary.elapsedMs)}${serverDetail(body)}.`,
            fix: "This is an error on incident.io's side (or a proxy's in front of it). Check https://status.incident.io and re-run the job; " +
                'if it persists, quote the request_id to incident.io support.',
        });
    }
    return badResponse(req, `unexpected HTTP status ${status}${serverDetail(body)}`, summary.baseUrl, status);
}
/**
 * Whether a 4xx answer to a create is about its idempotency key. What incident.io answers to a
 * reused key is not documented for incidents; a 409 conflict, or an error that names the field
 * or the word, is read as a refusal of the key.
 */
function refusesIdempotencyKey(status, body) {
    if (status === 409)
        return true;
    return body.errors.some((e) => /idempoten/i.test(`${e.field ?? ''} ${e.code ?? ''} ${e.message ?? ''}`));
}
function idempotencyRefused(req, key, status, body) {
    const said = body.errors.map((e) => e.message ?? e.code).filter((m) => m !== undefined);
    const id = body.requestId ? ` (request_id ${body.requestId})` : '';
    return new IncidentIoError({
        kind: 'validation',
        status,
        requestId: body.requestId,
        message: `incident.io refused the idempotency key "${key}" of ${req.method} ${req.path} (${status}${typeSuffix(body)}): ` +
            `${said.length > 0 ? said.join('; ') : 'no message given'}${id}.`,
        fix: 'oncall-gate sends a key with one create and its retries only, so this answered a retry after an answer was lost, and the ' +
            'first try may have opened the incident. Re-run the job: a new run attempt uses a new key (a gate re-run finds an incident its run already opened).',
    });
}
function notFound(req, body, summary) {
    const where = `${req.method} ${req.path}`;
    const common = { kind: 'not_found', status: 404, requestId: body.requestId };
    const r = req.resource;
    switch (r?.kind) {
        case 'schedule':
            return new IncidentIoError({
                ...common,
                message: `incident.io schedule ${r.id} does not exist (404 on ${where}), or the API key cannot see it.`,
                fix: "Copy the schedule ID from the schedule's URL in incident.io (On-call -> Schedules -> open the schedule; the ID is the " +
                    'last part of the URL) into the policy file, or remove the schedule if it was deleted.',
            });
        case 'user':
            return new IncidentIoError({
                ...common,
                message: `incident.io user ${r.id} does not exist (404 on ${where}).`,
                fix: 'Check the user ID in incident.io (Settings -> Users), or look the person up by their incident.io email.',
            });
        case 'incident':
            return new IncidentIoError({
                ...common,
                message: `incident.io incident ${r.id} does not exist (404 on ${where}), or it is private and the API key lacks the global_access role.`,
                fix: 'Check the incident ID or reference; for private incidents give the API key the global_access role.',
            });
        case 'custom field':
            return new IncidentIoError({
                ...common,
                message: `incident.io custom field ${r.id} does not exist (404 on ${where}).`,
                fix: 'Run the `apply` command to create the custom field named in policies/incidentio.yaml.',
            });
        default:
            return new IncidentIoError({
                ...common,
                message: `incident.io answered 404 Not Found for ${where}${serverDetail(body)}.`,
                fix: `Check \`incidentio-api-url\` (${summary.baseUrl}): it must be the incident.io API (https://api.incident.io) ` +
                    'or a proxy that forwards its /v1 and /v2 paths.',
            });
    }
}
/** The API could not be reached (network error or timeout) after every allowed attempt. */
function unreachableError(req, cause, summary, causeError) {
    return new IncidentIoError({
        kind: 'unreachable',
        message: `Could not reach incident.io at ${summary.baseUrl} (${req.method} ${req.path}): ${cause}. ` +
            `Gave up after ${tries(summary.attempts)} over ${seconds(summary.elapsedMs)}, so a dead API is reported within a minute instead of hanging the job.`,
        fix: `Check \`incidentio-api-url\` (${summary.baseUrl}) and that the runner can reach it (DNS, proxy, firewall, egress rules of ` +
            'self-hosted runners); check https://status.incident.io, then re-run the job.',
        cause: causeError,
    });
}
/** A 2xx answer whose body is not what the API documents. */
function badResponse(req, detail, baseUrl, status) {
    return new IncidentIoError({
        kind: 'bad_response',
        status,
        message: `incident.io returned an unexpected response to ${req.method} ${req.path}: ${detail}.`,
        fix: `The server at \`incidentio-api-url\` (${baseUrl}) did not answer like the incident.io API. Check the URL (a proxy, ` +
            'captive portal or another service may be answering); if it is api.incident.io, report the request to incident.io support.',
    });
}
/** A write attempted by a read-only (dry-run) client. */
function readOnlyError(req) {
    return new IncidentIoError({
        kind: 'read_only',
        message: `Refusing ${req.call} (${req.method} ${req.path}): the incident.io client is read-only (dry-run), so nothing is written to incident.io.`,
        fix: 'This is expected with `dry-run: true`; set `dry-run: false` to let oncall-gate write to incident.io.',
    });
}
/** Rebuilds an error whose text contains the secret (belt and braces; server text is scrubbed on entry). */
function scrubError(error, scrub) {
    const clean = (s) => (s === undefined ? undefined : scrub(s));
    if (clean(error.message) === error.message &&
        clean(error.fix) === error.fix &&
        clean(error.requestId) === error.requestId &&
        !(error.cause instanceof Error && clean(error.cause.message) !== error.cause.message)) {
        return error;
    }
    return new IncidentIoError({
        kind: error.kind,
        message: scrub(error.message),
        fix: scrub(error.fix),
        status: error.status,
        requestId: clean(error.requestId),
        cause: error.cause instanceof Error ? new Error(scrub(error.cause.message)) : undefined,
    });
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
