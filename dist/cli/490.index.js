export const id = 490;
export const ids = [490,250,7];
export const modules = {

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

/***/ 6250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ON_CALL_WINDOW_MS: () => (/* binding */ ON_CALL_WINDOW_MS),
  fetchOnCall: () => (/* binding */ fetchOnCall),
  fetchShifts: () => (/* binding */ fetchShifts),
  finalEntriesCovering: () => (/* reexport */ finalEntriesCovering),
  onCallAt: () => (/* reexport */ onCallAt),
  shiftEndFor: () => (/* reexport */ shiftEndFor),
  shiftsOverlapping: () => (/* reexport */ shiftsOverlapping),
  toShifts: () => (/* reexport */ toShifts)
});

;// CONCATENATED MODULE: ./src/oncall/shifts.ts
const ms = (timestamp) => Date.parse(timestamp);
/** An entry that can be joined to a person: it has a user with an email (API.md quirk 1). */
function hasEmail(entry) {
    return entry.user !== undefined && typeof entry.user.email === 'string' && entry.user.email.trim() !== '';
}
/** Entries covering `at` that name a person with an email; entries without either are skipped. */
function finalEntriesCovering(entries, at) {
    const t = at.getTime();
    return entries.filter((e) => hasEmail(e) && ms(e.start_at) <= t && t < ms(e.end_at));
}
/**
 * Entries as shifts of `scheduleId`, skipping entries without a user email, dropping exact
 * duplicates (the same person and times, e.g. repeated across pages), sorted by start.
 */
function toShifts(scheduleId, entries) {
    const seen = new Set();
    const out = [];
    for (const e of entries) {
        if (!hasEmail(e))
            continue;
        const shift = {
            scheduleId,
            email: e.user.email.trim().toLowerCase(),
            name: e.user.name,
            userId: e.user.id,
            startAt: new Date(ms(e.start_at)),
            endAt: new Date(ms(e.end_at)),
        };
        const key = `${shift.userId}\u0000${shift.email}\u0000${shift.startAt.getTime()}\u0000${shift.endAt.getTime()}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push(shift);
    }
    return out.sort((a, b) => a.startAt.getTime() - b.startAt.getTime() || a.endAt.getTime() - b.endAt.getTime());
}
/** Shifts covering `at`. */
function onCallAt(shifts, at) {
    const t = at.getTime();
    return shifts.filter((s) => s.startAt.getTime() <= t && t < s.endAt.getTime());
}
/**
 * When the duty of `email` that covers `at` ends, or undefined when they are not on call at `at`.
 * Back-to-back or overlapping shifts of the same person (on any of the given schedules) are
 * merged, so an approval lasts to the real end of duty rather than to a rotation handover that
 * hands the pager to the same person. Only the shifts passed in are known: to see beyond a
 * one-minute window, pass shifts from fetchShifts over the longer period.
 */
function shiftEndFor(email, shifts, at) {
    const who = email.trim().toLowerCase();
    const mine = shifts.filter((s) => s.email === who);
    const covering = onCallAt(mine, at);
    if (covering.length === 0)
        return undefined;
    let end = Math.max(...covering.map((s) => s.endAt.getTime()));
    const rest = [...mine].sort((a, b) => a.startAt.getTime() - b.startAt.getTime());
    // Extend while some shift starts at or before the current end and runs past it.
    for (let grew = true; grew;) {
        grew = false;
        for (const s of rest) {
            if (s.startAt.getTime() <= end && s.endAt.getTime() > end) {
                end = s.endAt.getTime();
                grew = true;
            }
        }
    }
    return new Date(end);
}
/** Shifts overlapping [from, to); for an empty window, those covering `from`. */
function shiftsOverlapping(shifts, from, to) {
    const f = from.getTime();
    const t = to.getTime();
    if (t <= f)
        return onCallAt(shifts, from);
    return shifts.filter((s) => s.startAt.getTime() < t && s.endAt.getTime() > f);
}

;// CONCATENATED MODULE: ./src/oncall/on-call.ts


/** The window asked for "now": one minute, as incident.io's own approval integration does (DESIGN.md section 8). */
const ON_CALL_WINDOW_MS = 60_000;
const unique = (ids) => [...new Set(ids)];
/** Shifts covering `at`, per schedule (every requested schedule has a key, possibly with []). */
async function fetchOnCall(client, scheduleIds, at) {
    const end = new Date(at.getTime() + ON_CALL_WINDOW_MS);
    const ids = unique(scheduleIds);
    const lists = await Promise.all(ids.map(async (id) => {
        const entries = await client.listScheduleEntries(id, at, end);
        return toShifts(id, finalEntriesCovering(entries.final, at));
    }));
    return new Map(ids.map((id, i) => [id, lists[i] ?? []]));
}
/**
 * Final shifts overlapping [from, to), per schedule, sorted by start: one windowed query per
 * schedule plus its pages. Used for "was X on call at t" (a one-minute window at t) and for the
 * 7-day views of plan and audit.
 */
async function fetchShifts(client, scheduleIds, from, to) {
    const ids = unique(scheduleIds);
    const lists = await Promise.all(ids.map(async (id) => {
        const entries = await client.listScheduleEntries(id, from, to);
        // The API returns entries overlapping the window; filter again in case a server clips differently.
        return shiftsOverlapping(toShifts(id, entries.final), from, to);
    }));
    return new Map(ids.map((id, i) => [id, lists[i] ?? []]));
}


/***/ }),

/***/ 7490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K2: () => (/* binding */ LOOKAHEAD_MS),
/* harmony export */   runLiveChecks: () => (/* binding */ runLiveChecks),
/* harmony export */   withLiveDiagnostics: () => (/* binding */ withLiveDiagnostics)
/* harmony export */ });
/* unused harmony exports scheduleRefs, identityPosition, roleNeeds, missingRoleNeeds, missingRoleDiagnostic */
/* harmony import */ var _incidentio_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1007);
/* harmony import */ var _oncall_on_call_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6250);
/* harmony import */ var _load_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5640);
/* harmony import */ var _parse_yaml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7297);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4139);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5016);






/** The 7-day look-ahead of plan and audit (DESIGN.md section 1). */
const LOOKAHEAD_MS = 7 * 24 * 3_600_000;
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v) => Array.isArray(v) ? v.flatMap((s, i) => (typeof s === 'string' ? [[i, s]] : [])) : [];
/**
 * Every schedule ID as written (rule `schedules`, rule `services`, integration
 * `autoApproval.schedules`), with its file, line and column, in file order.
 */
function scheduleRefs(files) {
    const refs = [];
    // Something that is not shaped like an ID (a schedule's name, say) is already a schema error.
    const shaped = new RegExp(_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .SCHEDULE_ID_PATTERN */ .v$);
    for (const file of files) {
        const parsed = (0,_parse_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYamlFile */ .BU)(file);
        const doc = parsed.value;
        if (!isObj(doc))
            continue;
        const add = (id, pointer, escalation) => {
            if (!shaped.test(id))
                return;
            const p = parsed.locate(pointer);
            refs.push({ id, escalation, at: { file: file.path, line: p.line, column: p.column } });
        };
        if (doc.kind === 'policy' && Array.isArray(doc.approval)) {
            doc.approval.forEach((rule, i) => {
                if (!isObj(rule))
                    return;
                for (const [j, id] of strings(rule.schedules))
                    add(id, `/approval/${i}/schedules/${j}`, false);
                for (const [j, id] of strings(rule.services))
                    add(id, `/approval/${i}/services/${j}`, rule.type === 'escalation');
            });
        }
        else if (doc.kind === 'integration' && isObj(doc.autoApproval)) {
            for (const [j, id] of strings(doc.autoApproval.schedules))
                add(id, `/autoApproval/schedules/${j}`, false);
        }
    }
    return refs;
}
/** Where `users.<login>` was written in the identities file (logins compare case-insensitively). */
function identityPosition(files, set, login) {
    return identityPositions(files, set)(login);
}
/** identityPosition for many logins: the identities file is read once. */
function identityPositions(files, set) {
    const at = set.identities.at;
    const fallback = at ?? { file: set.files[0] ?? 'policies', line: 1, column: 1 };
    const file = at ? files.find((f) => f.path === at.file) : undefined;
    if (!file)
        return () => fallback;
    const parsed = (0,_parse_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYamlFile */ .BU)(file);
    const users = isObj(parsed.value) ? parsed.value.users : undefined;
    // Lower-cased login -> as written; the first spelling wins, as in the resolved identities.
    const written = new Map();
    for (const key of isObj(users) ? Object.keys(users) : []) {
        if (!written.has(key.toLowerCase()))
            written.set(key.toLowerCase(), key);
    }
    return (login) => {
        const key = written.get(login.toLowerCase());
        if (key === undefined)
            return fallback;
        const p = parsed.locate(`/users/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
        return { file: file.path, line: p.line, column: p.column };
    };
}
const SCHEDULE_READERS = ['viewer', 'schedules_reader', 'on_call_viewer', 'schedules_editor', 'on_call_editor'];
/** The roles the policies need from the key. */
function roleNeeds(set) {
    const firstPolicy = set.policies[0]?.at;
    const escalations = set.policies.flatMap((p) => p.rules.filter((r) => r.type === 'escalation'));
    const needs = [];
    if (set.policies.length > 0) {
        needs.push({ anyOf: SCHEDULE_READERS, why: 'to read who is on call (GET /v2/schedule_entries)', at: firstPolicy });
    }
    if (escalations.length > 0) {
        const at = escalations[0].at;
        needs.push({ anyOf: ['incident_creator'], why: 'escalation rules open incidents (POST /v2/incidents)', at });
        needs.push({ anyOf: ['incident_editor'], why: 'escalation decisions update the incident summary (POST /v2/incidents/{id}/actions/edit)', at });
    }
    return needs;
}
function missingRoleNeeds(identity, needs) {
    const have = new Set([...identity.roles, ...identity.team_roles]);
    return needs.filter((n) => !n.anyOf.some((r) => have.has(r)));
}
function missingRoleDiagnostic(need, keyName, fallback) {
    const at = need.at ?? fallback;
    const roles = need.anyOf.length === 1 ? `the \`${need.anyOf[0]}\` role` : `one of the roles ${need.anyOf.map((r) => `\`${r}\``).join(', ')}`;
    return {
        severity: 'warning',
        code: 'missing-role',
        file: at.file,
        line: at.line,
        column: at.column,
        message: `The incident.io API key "${keyName}" lacks ${roles}, needed because ${need.why}`,
        fix: `In incident.io (Settings > API keys), give the key ${roles}, or use a key that has it.`,
    };
}
// ---------------------------------------------------------------------------------------------
const scheduleLabel = (s) => `${s.name} (${s.id})`;
/** IDs are random (ULID-like), so only a slip of one or two characters is worth a "did you mean". */
function nearestId(id, known) {
    let best;
    let bestDistance = 3;
    for (const k of known) {
        const d = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_4__/* .editDistance */ .Y)(id, k);
        if (d < bestDistance) {
            best = k;
            bestDistance = d;
        }
    }
    return best;
}
function knownList(schedules) {
    const all = [...schedules.values()].slice(0, 5).map(scheduleLabel);
    const more = schedules.size > 5 ? `, and ${schedules.size - 5} more` : '';
    return all.length > 0 ? ` The key can see: ${all.join(', ')}${more}.` : ' The key can see no schedules at all.';
}
/** Runs every live check; throws IncidentIoError only when incident.io cannot be asked at all. */
async function runLiveChecks(set, files, client, options) {
    const diagnostics = [];
    const fallback = set.integration.at ?? set.policies[0]?.at ?? { file: set.files[0] ?? 'policies', line: 1, column: 1 };
    // 1. The key itself: an invalid key fails here with the client's message and fix.
    const identity = await client.identity();
    const missing = missingRoleNeeds(identity, roleNeeds(set));
    for (const need of missing)
        diagnostics.push(missingRoleDiagnostic(need, identity.name, fallback));
    // 2. Schedules: one list, then a show only for IDs the list did not include.
    const refs = scheduleRefs(files);
    const named = new Set(refs.map((r) => r.id));
    const schedules = new Map();
    for (const s of await client.listSchedules())
        schedules.set(s.id, s);
    const unknown = [];
    for (const id of named) {
        if (schedules.has(id))
            continue;
        try {
            schedules.set(id, await client.getSchedule(id));
        }
        catch (error) {
            if (error instanceof _incidentio_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IncidentIoError */ .z_ && error.kind === 'not_found')
                unknown.push(id);
            else
                throw error;
        }
    }
    const unknownSet = new Set(unknown);
    for (const ref of refs) {
        if (!unknownSet.has(ref.id))
            continue;
        const near = nearestId(ref.id, [...schedules.keys()]);
        diagnostics.push({
            severity: 'error',
            code: 'unknown-schedule',
            file: ref.at.file,
            line: ref.at.line,
            column: ref.at.column,
            message: `Schedule ${ref.id} does not exist in incident.io (or the API key "${identity.name}" cannot see it)`,
            fix: (near ? `Did you mean ${scheduleLabel(schedules.get(near))}? ` : '') +
                "Copy the ID from the schedule's address in incident.io (On-call > Schedules > open the schedule: the last part of the URL)." +
                knownList(schedules),
        });
    }
    // 3. Identities: each mapped email must be exactly one active incident.io user (API.md 6.1).
    const identities = [];
    let usersForbidden;
    const entries = [...set.identities.users.entries()];
    const results = await Promise.all(entries.map(async ([login, email]) => {
        try {
            const user = await client.findUserByEmail(email);
            return user
                ? { login, email, status: 'active', userId: user.id, name: user.name }
                : { login, email, status: 'missing' };
        }
        catch (error) {
            if (error instanceof _incidentio_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IncidentIoError */ .z_ && error.kind === 'ambiguous')
                return { login, email, status: 'ambiguous' };
            if (error instanceof _incidentio_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IncidentIoError */ .z_ && error.kind === 'forbidden') {
                usersForbidden = error;
                return { login, email, status: 'unchecked' };
            }
            throw error;
        }
    }));
    identities.push(...results);
    const identityFile = set.identities.at?.file ?? 'the identities file';
    const positionOf = identityPositions(files, set);
    for (const check of identities) {
        if (check.status === 'active' || check.status === 'unchecked')
            continue;
        const at = positionOf(check.login);
        diagnostics.push({
            severity: 'warning',
            code: 'unresolved-identity',
            file: at.file,
            line: at.line,
            column: at.column,
            message: check.status === 'missing'
                ? `\`${check.login}\` maps to ${check.email}, but no active incident.io user has that email, so ${check.login} is never on call`
                : `\`${check.login}\` maps to ${check.email}, which several active incident.io users share, so it cannot be resolved`,
            fix: check.status === 'missing'
                ? `Write the email ${check.login} signs in to incident.io with (a deactivated or invited-but-never-signed-in user counts as inactive) in ${identityFile}.`
                : 'Deactivate the duplicate incident.io account or change its email, so exactly one active user has it.',
        });
    }
    if (usersForbidden) {
        diagnostics.push(missingRoleDiagnostic({ anyOf: ['viewer'], why: 'the identities are checked against incident.io users (GET /v2/users)', at: set.identities.at }, identity.name, fallback));
    }
    // 4. Escalation schedules nobody mapped to a GitHub login is on call for: nobody can approve.
    const escalationIds = new Set(refs.filter((r) => r.escalation).map((r) => r.id));
    const wanted = [...named].filter((id) => !unknownSet.has(id) && (options.shiftsFor === 'all' || escalationIds.has(id)));
    const from = options.now;
    const to = new Date(from.getTime() + LOOKAHEAD_MS);
    const shifts = wanted.length > 0 ? await (0,_oncall_on_call_js__WEBPACK_IMPORTED_MODULE_5__.fetchShifts)(client, wanted, from, to) : new Map();
    const mapped = new Set([...set.identities.users.values()].map((e) => e.trim().toLowerCase()));
    for (const ref of refs) {
        if (!ref.escalation || unknownSet.has(ref.id))
            continue;
        const onCall = shifts.get(ref.id) ?? [];
        if (onCall.some((s) => mapped.has(s.email)))
            continue;
        const schedule = schedules.get(ref.id);
        const name = schedule ? scheduleLabel(schedule) : ref.id;
        const people = [...new Map(onCall.map((s) => [s.email, s])).values()].slice(0, 5);
        diagnostics.push({
            severity: 'warning',
            code: 'unmapped-escalation-schedule',
            file: ref.at.file,
            line: ref.at.line,
            column: ref.at.column,
            message: onCall.length === 0
                ? `Nobody is on call for schedule ${name} in the next 7 days, so nobody can approve through it`
                : `Nobody on call for schedule ${name} in the next 7 days maps to a GitHub login, so nobody can approve through it`,
            fix: onCall.length === 0
                ? 'Check the schedule in incident.io, or name a schedule that has people on call.'
                : `Add the on-call people to \`users:\` in ${identityFile} (\`<github login>: <incident.io email>\`); on call: ${people
                    .map((p) => `${p.name} <${p.email}>`)
                    .join(', ')}.`,
        });
    }
    return {
        diagnostics,
        facts: { identity, schedules, unknownSchedules: unknown, identities, shifts, missingRoles: missing.flatMap((n) => n.anyOf.slice(0, 1)) },
    };
}
/** Base diagnostics plus live ones, in the order loadPolicySet gives them; `valid` recomputed. */
function withLiveDiagnostics(set, live) {
    const diagnostics = [...set.diagnostics, ...live].sort(_load_policy_js__WEBPACK_IMPORTED_MODULE_1__.compareDiagnostics);
    return { ...set, diagnostics, valid: !diagnostics.some((d) => d.severity === 'error') };
}


/***/ })

};
