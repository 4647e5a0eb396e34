export const id = 7;
export const ids = [7];
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


/***/ })

};
