export const id = 9415;
export const ids = [9415];
export const modules = {

/***/ 9415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  INCIDENT_PAGE_SIZE: () => (/* binding */ INCIDENT_PAGE_SIZE),
  createIncidentIoClient: () => (/* binding */ createIncidentIoClient),
  readOnlyView: () => (/* binding */ readOnlyView)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/incidentio/errors.ts
// The incident.io client's failures as the one error model (src/errors.ts), and the pure
// functions that turn a failed request into a message that says what is wrong, where, and how to
// fix it. The failure modes covered are the ones incident.io integrations hit in practice: an
// invalid or revoked key, an inactive workspace, a missing role, a wrong schedule ID, an email
// that matches no user or several.
//
// Every string that came from the server or the network is passed through a scrubber before it
// reaches a message (see http.ts), so an API key echoed back by a server never leaks.

/** An incident.io failure: the one error model, with `service: 'incidentio'`. */
function incidentIoError(data) {
    return new errors/* OncallGateError */.lN({ ...data, service: 'incidentio' });
}
const KEY = (0,errors/* setting */.Pe)('incidentio-api-key');
const KEY_SECRET = { secret: 'incidentio-api-key' };
const apiUrl = (baseUrl) => (0,errors/* setting */.Pe)('incidentio-api-url', baseUrl);
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const optString = (v, scrub) => (typeof v === 'string' && v.length > 0 ? scrub(v) : undefined);
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
 * The role a key needs for an endpoint: the endpoint's RBAC scope in incident.io's API reference,
 * named as incident.io's dashboard names the role that grants it.
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
        return incidentIoError({
            ...common,
            kind: 'auth',
            setting: 'incidentio-api-key',
            message: `incident.io rejected the API key (401${typeSuffix(body)}) on ${where}${serverDetail(body)}.`,
            fix: (0,errors/* text */.Qq) `Check ${KEY_SECRET}: it must be a current incident.io API key (incident.io -> Settings -> API keys). The key may have been revoked or rotated, or the incident.io workspace may be inactive; create a new key and ${{ say: 'store-new-key' }}.`,
        });
    }
    if (status === 403) {
        const role = requiredRole(req.method, req.path);
        const need = role ? `${req.call} needs the ${role} role` : `the key lacks a permission ${req.call} needs`;
        return incidentIoError({
            ...common,
            kind: 'permission',
            setting: 'incidentio-api-key',
            message: `The incident.io API key is not allowed to call ${where} (403${typeSuffix(body)}): ${need}${serverDetail(body)}.`,
            fix: role
                ? (0,errors/* text */.Qq) `In incident.io -> Settings -> API keys, give the key the ${role} role (or create a key that has it) and update ${KEY_SECRET}.`
                : (0,errors/* text */.Qq) `In incident.io -> Settings -> API keys, check the roles of the key in ${KEY}.`,
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
        const list = fields.length > 0
            ? fields.join('; ')
            : body.snippet
                ? `no details given (the body starts with ${JSON.stringify(body.snippet)})`
                : 'no details given';
        const id = body.requestId ? ` (request_id ${body.requestId})` : '';
        return incidentIoError({
            ...common,
            kind: 'rejected',
            message: `incident.io rejected ${req.call} (${where}) with ${status}${typeSuffix(body)}: ${list}${id}.`,
            fix: req.validationFix ?? 'Correct the fields listed above; they come from your policy files (policies/incidentio.yaml).',
        });
    }
    if (status === 429) {
        const rl = body.rateLimit;
        const limit = rl?.limit !== undefined ? `; limit ${rl.name ? `"${rl.name}" ` : ''}${rl.limit} requests` : '';
        return incidentIoError({
            ...common,
            kind: 'rate-limit',
            message: `incident.io rate-limited ${where} (429) and still did after ${tries(summary.attempts)} over ${seconds(summary.elapsedMs)}` +
                `${limit}${body.requestId ? ` (request_id ${body.requestId})` : ''}.`,
            fix: (0,errors/* text */.Qq) `incident.io allows 1200 requests per minute per API key, shared by everything that uses the key. Wait a minute and ${errors/* RETRY */.p6}, or give oncall-gate its own API key.`,
        });
    }
    if (status >= 500 || status === 408) {
        return incidentIoError({
            ...common,
            kind: 'unavailable',
            call: where,
            message: `incident.io failed with ${status}${typeSuffix(body)} on ${where} after ${tries(summary.attempts)} over ${seconds(summary.elapsedMs)}${serverDetail(body)}.`,
            fix: (0,errors/* text */.Qq) `This is an error on incident.io's side (or a proxy's in front of it). Check https://status.incident.io and ${errors/* RETRY */.p6}; if it persists, quote the request_id to incident.io support.`,
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
    return incidentIoError({
        kind: 'rejected',
        status,
        ...(body.requestId !== undefined ? { requestId: body.requestId } : {}),
        message: `incident.io refused the idempotency key "${key}" of ${req.method} ${req.path} (${status}${typeSuffix(body)}): ` +
            `${said.length > 0 ? said.join('; ') : 'no message given'}${id}.`,
        fix: (0,errors/* text */.Qq) `oncall-gate sends a key with one create and its retries only, so this answered a retry after an answer was lost, and the first try may have opened the incident. ${errors/* RETRY_CAPITAL */.QI}: a new run attempt uses a new key (a gate re-run finds an incident its run already opened).`,
    });
}
function notFound(req, body, summary) {
    const where = `${req.method} ${req.path}`;
    const common = { kind: 'not-found', status: 404, ...(body.requestId !== undefined ? { requestId: body.requestId } : {}) };
    const r = req.resource;
    switch (r?.kind) {
        case 'schedule':
            return incidentIoError({
                ...common,
                message: `incident.io schedule ${r.id} does not exist (404 on ${where}), or the API key cannot see it.`,
                fix: "Copy the schedule ID from the schedule's URL in incident.io (On-call -> Schedules -> open the schedule; the ID is the " +
                    'last part of the URL) into the policy file, or remove the schedule if it was deleted.',
            });
        case 'user':
            return incidentIoError({
                ...common,
                message: `incident.io user ${r.id} does not exist (404 on ${where}).`,
                fix: 'Check the user ID in incident.io (Settings -> Users), or look the person up by their incident.io email.',
            });
        case 'incident':
            return incidentIoError({
                ...common,
                message: `incident.io incident ${r.id} does not exist (404 on ${where}), or it is private and the API key lacks the global_access role.`,
                fix: 'Check the incident ID or reference; for private incidents give the API key the global_access role.',
            });
        case 'custom field':
            return incidentIoError({
                ...common,
                message: `incident.io custom field ${r.id} does not exist (404 on ${where}).`,
                fix: 'Run the `apply` command to create the custom field named in policies/incidentio.yaml.',
            });
        default:
            return incidentIoError({
                ...common,
                message: `incident.io answered 404 Not Found for ${where}${serverDetail(body)}.`,
                setting: 'incidentio-api-url',
                fix: (0,errors/* text */.Qq) `Check ${apiUrl(summary.baseUrl)}: it must be the incident.io API (https://api.incident.io) or a proxy that forwards its /v1 and /v2 paths.`,
            });
    }
}
/** The API could not be reached (network error or timeout) after every allowed attempt. */
function unreachableError(req, cause, summary, causeError) {
    return incidentIoError({
        kind: 'unavailable',
        call: `${req.method} ${req.path}`,
        setting: 'incidentio-api-url',
        message: (0,errors/* text */.Qq) `Could not reach incident.io at ${summary.baseUrl} (${req.method} ${req.path}): ${cause}. Gave up after ${tries(summary.attempts)} over ${seconds(summary.elapsedMs)}, so a dead API is reported within a minute instead of ${{ say: 'hang' }}.`,
        fix: (0,errors/* text */.Qq) `Check ${apiUrl(summary.baseUrl)} and that ${{ say: 'reach' }}; check https://status.incident.io, then ${errors/* RETRY */.p6}.`,
        ...(causeError ? { cause: causeError } : {}),
    });
}
/** A 2xx answer whose body is not what the API documents. */
function badResponse(req, detail, baseUrl, status) {
    return incidentIoError({
        kind: 'bad-response',
        ...(status !== undefined ? { status } : {}),
        message: `incident.io returned an unexpected response to ${req.method} ${req.path}: ${detail}.`,
        fix: (0,errors/* text */.Qq) `The server at ${apiUrl(baseUrl)} did not answer like the incident.io API. Check the URL (a proxy, captive portal or another service may be answering); if it is api.incident.io, report the request to incident.io support.`,
    });
}
/** A write attempted by a read-only (dry-run) client. */
function readOnlyError(req) {
    return incidentIoError({
        kind: 'read-only',
        message: `Refusing ${req.call} (${req.method} ${req.path}): the incident.io client is read-only (dry-run), so nothing is written to incident.io.`,
        fix: 'This is expected with `dry-run: true`; set `dry-run: false` to let oncall-gate write to incident.io.',
    });
}
/** Rebuilds an error whose text contains the secret (belt and braces; server text is scrubbed on entry). */
function scrubError(error, scrub) {
    const clean = errors/* plainText */.wh;
    const cause = error.cause instanceof Error ? error.cause : undefined;
    if (scrub(clean(error.text.message)) === clean(error.text.message) &&
        scrub(clean(error.text.fix)) === clean(error.text.fix) &&
        (error.requestId === undefined || scrub(error.requestId) === error.requestId) &&
        !(cause && scrub(cause.message) !== cause.message)) {
        return error;
    }
    const scrubbed = error.mapText(scrub);
    return new errors/* OncallGateError */.lN({
        ...scrubbed.data(),
        ...(error.requestId !== undefined ? { requestId: scrub(error.requestId) } : {}),
        ...(cause ? { cause: new Error(scrub(cause.message)) } : {}),
    });
}

;// CONCATENATED MODULE: ./src/incidentio/decode.ts
// Checks response bodies for the fields oncall-gate uses and builds typed objects from them. A
// wrong shape becomes an incident.io error of kind `bad-response` naming the endpoint and the field
// (e.g. `schedule_entries.final[3].start_at`), never a TypeError deep in a caller. Only fields the
// code relies on are required; the API adds fields and enum values without notice
// (docs/incidentio.md, "Basics"), so unknown ones are ignored and enums are open strings. `null`
// counts as absent for optional fields.

function decodeContext(method, path, baseUrl, scrub) {
    return {
        fail(field, expected, got) {
            throw badResponse({ method, path }, `\`${field}\` should be ${expected} but is ${describe(got, scrub)}`, baseUrl);
        },
    };
}
function describe(value, scrub) {
    if (value === undefined)
        return 'missing';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'string') {
        // Redacted before it is shortened: a secret cut in half would no longer match whole.
        const clean = scrub(value);
        const shown = clean.length > 40 ? `${clean.slice(0, 40)}...` : clean;
        return `the string ${JSON.stringify(shown)}`;
    }
    return `a ${typeof value}`;
}
const isJson = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const at = (parent, key) => (parent === '' ? key : `${parent}.${key}`);
/** Drops undefined properties, so decoded objects only carry what the server sent. */
function defined(o) {
    return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
function obj(ctx, value, field) {
    if (!isJson(value))
        ctx.fail(field || 'body', 'a JSON object', value);
    return value;
}
function str(ctx, o, key, parent) {
    const v = o[key];
    if (typeof v !== 'string')
        ctx.fail(at(parent, key), 'a string', v);
    return v;
}
/** A string that identifies something: must not be empty. */
function id(ctx, o, key, parent) {
    const v = str(ctx, o, key, parent);
    if (v.length === 0)
        ctx.fail(at(parent, key), 'a non-empty ID', v);
    return v;
}
function optStr(ctx, o, key, parent) {
    return o[key] === undefined || o[key] === null ? undefined : str(ctx, o, key, parent);
}
function optBool(ctx, o, key, parent) {
    const v = o[key];
    if (v === undefined || v === null)
        return undefined;
    if (typeof v !== 'boolean')
        ctx.fail(at(parent, key), 'a boolean', v);
    return v;
}
function optNum(ctx, o, key, parent) {
    const v = o[key];
    if (v === undefined || v === null)
        return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v))
        ctx.fail(at(parent, key), 'a number', v);
    return v;
}
function arr(ctx, o, key, parent) {
    const v = o[key];
    if (!Array.isArray(v))
        ctx.fail(at(parent, key), 'an array', v);
    return v;
}
function optArr(ctx, o, key, parent, item) {
    if (o[key] === undefined || o[key] === null)
        return undefined;
    return arr(ctx, o, key, parent).map((v, i) => item(v, `${at(parent, key)}[${i}]`));
}
function list(ctx, o, key, parent, item) {
    return arr(ctx, o, key, parent).map((v, i) => item(v, `${at(parent, key)}[${i}]`));
}
// RFC 3339, the only form the API sends timestamps in; Date.parse alone would also accept "2021".
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
function timestamp(ctx, o, key, parent) {
    const v = str(ctx, o, key, parent);
    if (!RFC3339.test(v) || Number.isNaN(Date.parse(v)))
        ctx.fail(at(parent, key), 'an RFC 3339 timestamp', v);
    return v;
}
function optTimestamp(ctx, o, key, parent) {
    return o[key] === undefined || o[key] === null ? undefined : timestamp(ctx, o, key, parent);
}
function idName(ctx, v, field) {
    const o = obj(ctx, v, field);
    return { id: id(ctx, o, 'id', field), name: str(ctx, o, 'name', field) };
}
function optIdName(ctx, o, key, parent) {
    return o[key] === undefined || o[key] === null ? undefined : idName(ctx, o[key], at(parent, key));
}
// ---- API objects
function decodeIdentity(ctx, v, field) {
    const o = obj(ctx, v, field);
    const strings = (x, f) => (typeof x === 'string' ? x : ctx.fail(f, 'a string', x));
    return defined({
        name: str(ctx, o, 'name', field),
        roles: list(ctx, o, 'roles', field, strings),
        team_roles: optArr(ctx, o, 'team_roles', field, strings) ?? [],
        teams: optArr(ctx, o, 'teams', field, (t, f) => idName(ctx, t, f)) ?? [],
        dashboard_url: optStr(ctx, o, 'dashboard_url', field),
    });
}
function decodeEmbeddedUser(ctx, v, field) {
    const o = obj(ctx, v, field);
    return defined({
        id: id(ctx, o, 'id', field),
        name: str(ctx, o, 'name', field),
        email: optStr(ctx, o, 'email', field),
        role: optStr(ctx, o, 'role', field),
        slack_user_id: optStr(ctx, o, 'slack_user_id', field),
    });
}
function decodeScheduleEntry(ctx, v, field) {
    const o = obj(ctx, v, field);
    return defined({
        start_at: timestamp(ctx, o, 'start_at', field),
        end_at: timestamp(ctx, o, 'end_at', field),
        // `user` is optional in the schema: an entry may belong to no incident.io user (e.g. one of an
        // external provider), and such an entry is nobody on call.
        user: o.user === undefined || o.user === null ? undefined : decodeEmbeddedUser(ctx, o.user, at(field, 'user')),
        entry_id: optStr(ctx, o, 'entry_id', field),
        fingerprint: optStr(ctx, o, 'fingerprint', field),
        rotation_id: optStr(ctx, o, 'rotation_id', field),
        layer_id: optStr(ctx, o, 'layer_id', field),
    });
}
/** ScheduleRotationV2: its ID and layer IDs are what policies name, so they must be there. */
function decodeRotation(ctx, v, field) {
    const o = obj(ctx, v, field);
    return defined({
        id: id(ctx, o, 'id', field),
        name: str(ctx, o, 'name', field),
        layers: optArr(ctx, o, 'layers', field, (l, f) => {
            const lo = obj(ctx, l, f);
            return { id: id(ctx, lo, 'id', f), name: optStr(ctx, lo, 'name', f) ?? '' };
        }) ?? [],
        effective_from: optTimestamp(ctx, o, 'effective_from', field),
    });
}
function decodeSchedule(ctx, v, field) {
    const o = obj(ctx, v, field);
    const entry = (e, f) => decodeScheduleEntry(ctx, e, f);
    const configField = at(field, 'config');
    const config = o.config === undefined || o.config === null ? undefined : obj(ctx, o.config, configField);
    return defined({
        id: id(ctx, o, 'id', field),
        name: str(ctx, o, 'name', field),
        config: config && { rotations: list(ctx, config, 'rotations', configField, (r, f) => decodeRotation(ctx, r, f)) },
        timezone: optStr(ctx, o, 'timezone', field),
        permalink: optStr(ctx, o, 'permalink', field),
        team_ids: optArr(ctx, o, 'team_ids', field, (t, f) => (typeof t === 'string' ? t : ctx.fail(f, 'a string', t))),
        created_at: optTimestamp(ctx, o, 'created_at', field),
        updated_at: optTimestamp(ctx, o, 'updated_at', field),
        current_shifts: optArr(ctx, o, 'current_shifts', field, entry),
        next_shifts: optArr(ctx, o, 'next_shifts', field, entry),
    });
}
function decodeUser(ctx, v, field) {
    const o = obj(ctx, v, field);
    const isActive = optBool(ctx, o, 'is_active', field);
    // is_active decides who an email maps to (several accounts can share an email; only the active
    // one counts, docs/incidentio.md "Users"), so it must be there.
    if (isActive === undefined)
        ctx.fail(at(field, 'is_active'), 'a boolean', o.is_active);
    const role = (r, f) => {
        const ro = obj(ctx, r, f);
        return { id: id(ctx, ro, 'id', f), name: str(ctx, ro, 'name', f), slug: str(ctx, ro, 'slug', f) };
    };
    return defined({
        id: id(ctx, o, 'id', field),
        name: str(ctx, o, 'name', field),
        is_active: isActive,
        email: optStr(ctx, o, 'email', field),
        slack_user_id: optStr(ctx, o, 'slack_user_id', field),
        role: optStr(ctx, o, 'role', field),
        base_role: o.base_role === undefined || o.base_role === null ? undefined : role(o.base_role, at(field, 'base_role')),
        custom_roles: optArr(ctx, o, 'custom_roles', field, role),
    });
}
function decodeCustomFieldValue(ctx, v, field) {
    const o = obj(ctx, v, field);
    const option = o.value_option;
    return defined({
        value_text: optStr(ctx, o, 'value_text', field),
        value_link: optStr(ctx, o, 'value_link', field),
        value_numeric: optStr(ctx, o, 'value_numeric', field),
        value_option: option === undefined || option === null
            ? undefined
            : (() => {
                const oo = obj(ctx, option, at(field, 'value_option'));
                return { id: id(ctx, oo, 'id', at(field, 'value_option')), value: str(ctx, oo, 'value', at(field, 'value_option')) };
            })(),
        value_catalog_entry: optIdName(ctx, o, 'value_catalog_entry', field),
    });
}
function decodeIncidentCustomFieldEntry(ctx, v, field) {
    const o = obj(ctx, v, field);
    const cfField = at(field, 'custom_field');
    const cf = obj(ctx, o.custom_field, cfField);
    return {
        custom_field: defined({
            id: id(ctx, cf, 'id', cfField),
            name: str(ctx, cf, 'name', cfField),
            field_type: optStr(ctx, cf, 'field_type', cfField),
        }),
        values: list(ctx, o, 'values', field, (x, f) => decodeCustomFieldValue(ctx, x, f)),
    };
}
function decodeIncident(ctx, v, field) {
    const o = obj(ctx, v, field);
    const status = o.incident_status;
    return defined({
        id: id(ctx, o, 'id', field),
        reference: str(ctx, o, 'reference', field),
        name: str(ctx, o, 'name', field),
        summary: optStr(ctx, o, 'summary', field),
        permalink: optStr(ctx, o, 'permalink', field),
        visibility: optStr(ctx, o, 'visibility', field),
        mode: optStr(ctx, o, 'mode', field),
        incident_status: status === undefined || status === null
            ? undefined
            : (() => {
                const f = at(field, 'incident_status');
                const so = obj(ctx, status, f);
                return defined({ id: id(ctx, so, 'id', f), name: str(ctx, so, 'name', f), category: optStr(ctx, so, 'category', f) });
            })(),
        severity: optIdName(ctx, o, 'severity', field),
        incident_type: optIdName(ctx, o, 'incident_type', field),
        // Required by the schema; an absent list is read as "no values set" rather than rejected.
        custom_field_entries: optArr(ctx, o, 'custom_field_entries', field, (e, f) => decodeIncidentCustomFieldEntry(ctx, e, f)) ?? [],
        created_at: optTimestamp(ctx, o, 'created_at', field),
        updated_at: optTimestamp(ctx, o, 'updated_at', field),
    });
}
function decodeCustomField(ctx, v, field) {
    const o = obj(ctx, v, field);
    return defined({
        id: id(ctx, o, 'id', field),
        name: str(ctx, o, 'name', field),
        field_type: str(ctx, o, 'field_type', field),
        description: optStr(ctx, o, 'description', field),
        created_at: optTimestamp(ctx, o, 'created_at', field),
        updated_at: optTimestamp(ctx, o, 'updated_at', field),
    });
}
function decodeSeverity(ctx, v, field) {
    const o = obj(ctx, v, field);
    return defined({
        id: id(ctx, o, 'id', field),
        name: str(ctx, o, 'name', field),
        rank: optNum(ctx, o, 'rank', field),
        description: optStr(ctx, o, 'description', field),
    });
}
function decodeIncidentType(ctx, v, field) {
    const o = obj(ctx, v, field);
    return defined({
        id: id(ctx, o, 'id', field),
        name: str(ctx, o, 'name', field),
        is_default: optBool(ctx, o, 'is_default', field),
        private_incidents_only: optBool(ctx, o, 'private_incidents_only', field),
        create_in_triage: optStr(ctx, o, 'create_in_triage', field),
        description: optStr(ctx, o, 'description', field),
    });
}
function decodeIncidentStatus(ctx, v, field) {
    const o = obj(ctx, v, field);
    return defined({
        id: id(ctx, o, 'id', field),
        name: str(ctx, o, 'name', field),
        category: str(ctx, o, 'category', field),
        rank: optNum(ctx, o, 'rank', field),
        description: optStr(ctx, o, 'description', field),
    });
}

// EXTERNAL MODULE: ./src/incidentio/node-http-transport.ts
var node_http_transport = __webpack_require__(869);
;// CONCATENATED MODULE: ./src/incidentio/retry-policy.ts
// Pure retry arithmetic for the incident.io client, kept apart from the HTTP code so it can be
// tested without a server (options computed by a pure function, unit-tested apart from the
// client that uses them). The rules, from incident.io's rate-limit documentation and the product's
// promise to report a dead API within a minute (docs/incidentio.md, "Rate limits and retries"):
// retry 429, 5xx and network errors/timeouts; honour Retry-After (integer seconds or an HTTP date,
// then the body's rate_limit.retry_after) up to a cap; otherwise exponential backoff with full
// jitter; at most maxAttempts attempts and maxCallMs per call, so a dead API is reported within a
// minute.
const DEFAULT_RETRY_POLICY = {
    maxAttempts: 4,
    timeoutMs: 10_000,
    maxRetryAfterMs: 10_000,
    maxCallMs: 30_000,
    baseDelayMs: 1_000,
    maxDelayMs: 8_000,
};
/**
 * Fills defaults and rejects nonsense (a programming error, hence a plain Error): a zero
 * maxAttempts would make every call fail without a request.
 */
function resolveRetryPolicy(options) {
    const policy = { ...DEFAULT_RETRY_POLICY };
    for (const key of Object.keys(DEFAULT_RETRY_POLICY)) {
        const value = options[key];
        if (value === undefined)
            continue;
        const minimum = key === 'maxAttempts' ? 1 : 0;
        if (!Number.isFinite(value) || value < minimum) {
            throw new Error(`incident.io client option ${key} must be a number >= ${minimum} (got ${String(value)}).`);
        }
        policy[key] = key === 'maxAttempts' ? Math.floor(value) : value;
    }
    return policy;
}
/**
 * Whether the failure is worth another attempt. A non-idempotent request (one without an
 * idempotency key, e.g. creating a custom field) is retried only on 429, where the API says it
 * did not process the request; after a 5xx or a timeout it may already have been applied.
 */
function isRetryable(failure, idempotent) {
    if (failure.type !== 'status')
        return idempotent;
    if (failure.status === 429)
        return true;
    return idempotent && (failure.status >= 500 || failure.status === 408);
}
/**
 * The server's requested wait in ms, or undefined when it gave none that parses. `Retry-After` is
 * documented as integer seconds, but incident.io's own Go clients parse it as an HTTP date, so both
 * are accepted; the body's `rate_limit.retry_after` (RFC 3339, older docs an RFC 1123-like string)
 * is the fallback: the documented format has drifted, so every form is parsed defensively.
 * Dates in the past mean "now".
 */
function parseRetryAfter(header, bodyRetryAfter, nowMs) {
    const h = header?.trim() ?? '';
    if (/^\d+(\.\d+)?$/.test(h))
        return Math.round(Number(h) * 1000);
    // Require a letter so a bare number never goes through Date.parse (which reads "5" as a year).
    if (/[a-z]/i.test(h)) {
        const at = Date.parse(h);
        if (!Number.isNaN(at))
            return Math.max(0, at - nowMs);
    }
    if (bodyRetryAfter !== undefined) {
        const at = Date.parse(bodyRetryAfter);
        if (!Number.isNaN(at))
            return Math.max(0, at - nowMs);
    }
    return undefined;
}
/** Exponential backoff with full jitter: a uniform draw from [0, min(max, base * 2^(attempt-1))). */
function backoffMs(attempt, policy, random) {
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
    const r = Math.min(Math.max(random, 0), 1);
    return Math.floor(ceiling * r);
}
/** Whether and how long to wait before the next attempt. */
function decideRetry(input) {
    const { failure, policy } = input;
    if (!isRetryable(failure, input.idempotent))
        return { retry: false, why: 'not_retryable' };
    if (input.attempt >= policy.maxAttempts)
        return { retry: false, why: 'attempts' };
    let waitMs;
    let reason;
    const what = failure.type === 'status' ? `HTTP ${failure.status}` : failure.type === 'timeout' ? 'timeout' : 'network error';
    const asked = failure.type === 'status' ? parseRetryAfter(failure.retryAfterHeader, failure.bodyRetryAfter, input.nowMs) : undefined;
    if (asked !== undefined) {
        waitMs = Math.min(asked, policy.maxRetryAfterMs);
        reason = `${what}, server asked to wait ${asked} ms`;
    }
    else {
        waitMs = backoffMs(input.attempt, policy, input.random);
        reason = `${what}, backing off`;
    }
    // Give up now rather than sleep into a budget the next attempt could not use.
    if (input.elapsedMs + waitMs >= policy.maxCallMs)
        return { retry: false, why: 'budget' };
    return { retry: true, waitMs, reason };
}

;// CONCATENATED MODULE: ./src/incidentio/semaphore.ts
// A counting semaphore capping the client's requests in flight. No library (p-limit and the
// like): this is a dozen lines, and every dependency adds to the action's start-up time, which is
// most of a gate's latency ("Start-up cost" in docs/architecture.md).
function createSemaphore(limit) {
    if (!Number.isInteger(limit) || limit < 1) {
        throw new Error(`incident.io client option concurrency must be an integer >= 1 (got ${String(limit)}).`);
    }
    let active = 0;
    const waiting = [];
    const release = () => {
        const next = waiting.shift();
        // Hand the slot straight to the next waiter so a newcomer cannot overtake it.
        if (next)
            next();
        else
            active -= 1;
    };
    return {
        async run(task) {
            if (active < limit)
                active += 1;
            else
                await new Promise((resolve) => waiting.push(resolve));
            try {
                return await task();
            }
            finally {
                release();
            }
        },
    };
}

// EXTERNAL MODULE: ./src/redact.ts
var redact = __webpack_require__(6670);
;// CONCATENATED MODULE: ./src/incidentio/http.ts
// The HTTP layer of the incident.io client: one JSON request with auth, a per-request timeout,
// retries (decided by retry-policy.ts), a concurrency cap, read-only refusal and error mapping.
// Callers get the parsed JSON body of a 2xx answer or an incident.io error (src/errors.ts);
// nothing else escapes but the run's deadline.






/** Same-origin redirects followed for one call (a proxy moving a path); another origin is never followed. */
const MAX_REDIRECTS = 5;
const REDIRECT = new Set([301, 302, 303, 307, 308]);
// Header values may not hold control characters, and a key with spaces or a trailing newline
// (a common copy-paste slip) would be rejected by fetch with a message that could quote it.
const BAD_KEY_CHARS = /[\s\p{Cc}\u0080-\u{10FFFF}]/u;
function createHttp(settings) {
    const baseUrl = settings.baseUrl.replace(/\/+$/, '');
    const base = new URL(baseUrl);
    const redactor = settings.redactor ?? (0,redact/* createRedactor */.lY)([settings.apiKey]);
    const scrub = redactor.redact;
    const semaphore = createSemaphore(settings.concurrency);
    const { policy } = settings;
    let requestCount = 0;
    function targetFor(call) {
        const url = call.url ?? new URL(baseUrl + call.path);
        // The key travels in every request, so never to another origin (defence in depth: the
        // client also checks next-page links before following them).
        if (url.origin !== base.origin) {
            throw badResponse(call, `refusing to send the API key to ${url.origin}, which is not the configured ${base.origin}`, baseUrl);
        }
        for (const [k, v] of Object.entries(call.query ?? {}))
            if (v !== undefined)
                url.searchParams.set(k, v);
        return url;
    }
    async function attemptOnce(url, init, timeoutMs) {
        const afterMs = Math.max(1, Math.ceil(timeoutMs));
        const { deadline } = settings;
        // Throws when the run's deadline has passed: nothing starts after it.
        const done = deadline?.begin(`incident.io ${init.method ?? 'GET'} ${url.pathname}`);
        const perAttempt = settings.timeoutSignal(afterMs);
        const signal = deadline ? AbortSignal.any([perAttempt, deadline.signal]) : perAttempt;
        requestCount += 1;
        try {
            const res = await settings.fetch(url, { ...init, signal });
            // The body is read under the same signal, so a stalled body also times out.
            const text = await res.text();
            return {
                type: 'response',
                status: res.status,
                retryAfter: res.headers.get('retry-after'),
                location: res.headers.get('location'),
                text,
            };
        }
        catch (error) {
            if (deadline?.signal.aborted)
                throw deadline.signal.reason;
            if (signal.aborted)
                return { type: 'timeout', afterMs };
            // A body over the cap would be as large on the next attempt: not retried.
            if ((0,node_http_transport/* isResponseTooLarge */.zO)(error))
                return { type: 'too-large', cause: scrub(error.message) };
            return { type: 'network', cause: describeCause(error, scrub) };
        }
        finally {
            done?.();
        }
    }
    async function request(call) {
        if (settings.readOnly && call.method !== 'GET')
            throw readOnlyError(call);
        checkKey(settings.apiKey);
        let url = targetFor(call);
        let redirects = 0;
        const headers = {
            authorization: `Bearer ${settings.apiKey}`,
            accept: 'application/json',
            'user-agent': 'oncall-gate',
        };
        // Redirects are handled below, so that one to another host is an error rather than followed.
        const init = { method: call.method, headers, redirect: 'manual' };
        if (call.body !== undefined) {
            headers['content-type'] = 'application/json';
            // Incident text is built from PR titles, reasons and error messages: no secret goes out in it.
            init.body = JSON.stringify(redactor.redactDeep(call.body));
        }
        const start = settings.now();
        /** The error for the last failed attempt, with the time spent so far. */
        const failed = (result, body, attempts) => {
            const summary = { baseUrl, attempts, elapsedMs: settings.now() - start };
            if (result.type === 'response')
                return errorForStatus(call, result.status, body ?? { errors: [] }, summary);
            const cause = result.type === 'timeout' ? `no answer within ${result.afterMs} ms (timeout)` : result.cause;
            return unreachableError(call, cause, summary, new Error(cause));
        };
        let last;
        for (let attempt = 1;; attempt += 1) {
            // The time left is read once a connection slot is ours: waiting behind other requests (a
            // gate reads every schedule at once) counts against this call's budget too.
            const result = await semaphore.run(() => {
                const left = Math.min(policy.maxCallMs - (settings.now() - start), settings.deadline?.remainingMs() ?? Infinity);
                // Past the run's deadline, attemptOnce throws the deadline's own error.
                const runOver = settings.deadline !== undefined && settings.deadline.remainingMs() <= 0;
                return left > 0 || runOver ? attemptOnce(url, init, Math.min(policy.timeoutMs, Math.max(left, 1))) : Promise.resolve(undefined);
            });
            if (result === undefined)
                throw last ? failed(last.result, last.body, attempt - 1) : noSlot();
            if (result.type === 'response' && result.status >= 200 && result.status < 300) {
                return parseJson(call, result.text);
            }
            if (result.type === 'too-large') {
                throw badResponse(call, `${result.cause}; it is too large, so it was not read (and is not retried)`, baseUrl);
            }
            if (result.type === 'response' && REDIRECT.has(result.status)) {
                url = redirectTarget(call, url, result.status, result.location, ++redirects);
                attempt -= 1; // following a redirect is not a failed attempt
                continue;
            }
            const body = result.type === 'response' ? parseErrorBody(result.text, scrub) : undefined;
            const failure = result.type === 'response'
                ? { type: 'status', status: result.status, retryAfterHeader: result.retryAfter, bodyRetryAfter: body?.rateLimit?.retryAfter }
                : { type: result.type };
            const decision = decideRetry({
                failure,
                idempotent: call.idempotent ?? true,
                attempt,
                elapsedMs: settings.now() - start,
                nowMs: settings.now(),
                random: settings.random(),
                policy,
            });
            if (!decision.retry)
                throw failed(result, body, attempt);
            settings.onRetry?.({ method: call.method, path: call.path, attempt, waitMs: decision.waitMs, reason: decision.reason });
            last = { result, body };
            await settings.sleep(decision.waitMs);
        }
        function noSlot() {
            const slots = settings.concurrency === 1 ? 'the only connection slot was' : `all ${settings.concurrency} connection slots were`;
            const cause = `no request could be sent within the ${(policy.maxCallMs / 1000).toFixed(1)} s allowed for one call: ` +
                `${slots} held by other requests to incident.io that were not answered`;
            return unreachableError(call, cause, { baseUrl, attempts: 0, elapsedMs: settings.now() - start });
        }
    }
    /**
     * Where a redirect leads, when it may be followed: on the configured origin only (the key goes
     * with every request), for reads or for 307/308 (which keep the method and body), at most
     * MAX_REDIRECTS times. Anything else is an error that names where it pointed.
     */
    function redirectTarget(call, from, status, location, count) {
        let target;
        try {
            target = location ? new URL(location, from) : undefined;
        }
        catch {
            target = undefined;
        }
        const where = target ? target.host : `"${String(location ?? '').slice(0, 80)}"`;
        const fix = (0,errors/* text */.Qq) `Check ${(0,errors/* setting */.Pe)('incidentio-api-url', baseUrl)}: it must be the incident.io API itself (https://api.incident.io) or a proxy that forwards requests rather than redirecting them.`;
        if (!target || target.origin !== base.origin) {
            throw incidentIoError({
                kind: 'bad-response',
                status,
                message: `incident.io answered ${call.method} ${call.path} with a redirect (${status}) to ${where}; oncall-gate does not send the API key to another host, so it did not follow it.`,
                fix,
            });
        }
        if ((call.method !== 'GET' && status !== 307 && status !== 308) || count > MAX_REDIRECTS) {
            throw incidentIoError({
                kind: 'bad-response',
                status,
                message: count > MAX_REDIRECTS
                    ? `incident.io redirected ${call.method} ${call.path} more than ${MAX_REDIRECTS} times (last to ${target.pathname}).`
                    : `incident.io answered ${call.method} ${call.path} with a redirect (${status}) that would turn the write into a read; it was not followed.`,
                fix,
            });
        }
        return target;
    }
    function parseJson(call, text) {
        if (text.trim() === '')
            return undefined;
        try {
            return JSON.parse(text);
        }
        catch {
            // Redacted before it is shortened: a secret cut in half would no longer match whole.
            const start = scrub(text.trim()).slice(0, 60).replace(/\s+/g, ' ');
            throw badResponse(call, `the body is not JSON (it starts with ${JSON.stringify(start)})`, baseUrl);
        }
    }
    return {
        async request(call) {
            try {
                return await request(call);
            }
            catch (error) {
                if ((0,errors/* isServiceError */.gi)(error, 'incidentio'))
                    throw scrubError(error, scrub);
                throw error;
            }
        },
        get requestCount() {
            return requestCount;
        },
        baseUrl,
        origin: base.origin,
        scrub,
    };
}
function checkKey(apiKey) {
    if (apiKey === '') {
        throw incidentIoError({
            kind: 'input',
            setting: 'incidentio-api-key',
            message: 'No incident.io API key was given.',
            fix: (0,errors/* text */.Qq) `Set ${(0,errors/* setting */.Pe)('incidentio-api-key')} to an incident.io API key (incident.io -> Settings -> API keys; in a workflow, from a repository or organisation secret).`,
        });
    }
    if (BAD_KEY_CHARS.test(apiKey)) {
        throw incidentIoError({
            kind: 'input',
            setting: 'incidentio-api-key',
            message: 'The incident.io API key contains spaces, line breaks or other characters an API key cannot have.',
            fix: (0,errors/* text */.Qq) `Save ${{ secret: 'incidentio-api-key' }} again with only the key itself (no quotes, spaces or trailing newline).`,
        });
    }
}
/** "fetch failed: connect ECONNREFUSED 127.0.0.1:9" from an error and its causes, scrubbed. */
function describeCause(error, scrub) {
    const parts = [];
    let current = error;
    for (let depth = 0; depth < 5 && current !== undefined && current !== null; depth += 1) {
        if (current instanceof Error) {
            const code = current.code;
            const text = current.message || current.name;
            parts.push(typeof code === 'string' && !text.includes(code) ? `${text} (${code})` : text);
            current = current.cause;
        }
        else {
            parts.push(String(current));
            break;
        }
    }
    const unique = parts.filter((p, i) => p !== '' && parts.indexOf(p) === i);
    return scrub(unique.join(': ') || 'network error');
}

// EXTERNAL MODULE: ./src/incidentio/write-paths.ts
var write_paths = __webpack_require__(9388);
;// CONCATENATED MODULE: ./src/incidentio/client.ts







/** The largest page the incidents list documents ("The maximum page size that can be requested is 250"). */
const INCIDENT_PAGE_SIZE = 250;
const RECENT_INCIDENT_PAGES = 20;
const DAY_MS = 86_400_000;
/** Page size for scheme A lists: within the 250 incident.io's pagination allows. */
const PAGE_SIZE = 100;
/** No list oncall-gate reads comes near this; reaching it means the server keeps paging. */
const MAX_PAGES = 1000;
function createIncidentIoClient(options) {
    const policy = resolveRetryPolicy({
        maxAttempts: options.maxAttempts,
        timeoutMs: options.timeoutMs,
        maxRetryAfterMs: options.maxRetryAfterMs,
        maxCallMs: options.maxCallMs,
    });
    const readOnly = options.readOnly ?? false;
    const maxPages = options.maxPages ?? MAX_PAGES;
    const http = createHttp({
        baseUrl: options.baseUrl,
        apiKey: options.apiKey,
        ...(options.redactor ? { redactor: options.redactor } : {}),
        ...(options.deadline ? { deadline: options.deadline } : {}),
        // node:http rather than the global fetch, whose first call costs 40-50 ms of start-up.
        fetch: options.fetch ?? node_http_transport/* nodeHttpFetch */.Xq,
        readOnly,
        policy,
        concurrency: options.concurrency ?? 8,
        sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
        random: options.random ?? Math.random,
        now: options.now ?? Date.now,
        timeoutSignal: options.timeoutSignal ?? ((ms) => AbortSignal.timeout(ms)),
        onRetry: options.onRetry,
    });
    const ctxFor = (call) => decodeContext(call.method, call.path, http.baseUrl, http.scrub);
    /** One request whose body holds the object under `key`. */
    async function one(call, key, decode) {
        const body = await http.request(call);
        const ctx = ctxFor(call);
        return decode(ctx, obj(ctx, body, '')[key], key);
    }
    /** An unpaginated list (scheme C). */
    async function all(call, key, decode) {
        const body = await http.request(call);
        const ctx = ctxFor(call);
        return list(ctx, obj(ctx, body, ''), key, '', (v, f) => decode(ctx, v, f));
    }
    /**
     * Scheme A: `page_size` + `after`. Stops when `after` is absent, or the page is short or empty:
     * some endpoints hand back a cursor even on the last page.
     */
    async function pages(call, key, decode) {
        const out = [];
        const seen = new Set();
        let after;
        for (let page = 1;; page += 1) {
            if (page > maxPages)
                throw tooManyPages(call);
            const body = await http.request({ ...call, query: { ...call.query, page_size: String(PAGE_SIZE), after } });
            const ctx = ctxFor(call);
            const o = obj(ctx, body, '');
            const items = list(ctx, o, key, '', (v, f) => decode(ctx, v, f));
            out.push(...items);
            if (o.pagination_meta === undefined || o.pagination_meta === null)
                return out;
            const meta = obj(ctx, o.pagination_meta, 'pagination_meta');
            const next = meta.after;
            if (next === undefined || next === null || next === '')
                return out;
            if (typeof next !== 'string')
                ctx.fail('pagination_meta.after', 'a string', next);
            // The server may cap page_size below what was asked; its own figure is the one to compare.
            const size = typeof meta.page_size === 'number' && meta.page_size > 0 ? meta.page_size : PAGE_SIZE;
            if (items.length === 0 || items.length < size)
                return out;
            if (seen.has(next))
                throw repeatedCursor(call, page);
            seen.add(next);
            after = next;
        }
    }
    function tooManyPages(call) {
        return badResponse(call, `it kept answering with more pages: over ${maxPages} pages, so oncall-gate stopped reading rather than decide on part of the list`, http.baseUrl);
    }
    function repeatedCursor(call, page) {
        return badResponse(call, `page ${page} handed back a pagination cursor that was already followed; stopped to avoid paging forever`, http.baseUrl);
    }
    const client = {
        get requestCount() {
            return http.requestCount;
        },
        readOnly,
        async identity() {
            return one({ method: 'GET', path: '/v1/identity', call: 'identity' }, 'identity', decodeIdentity);
        },
        async listSchedules() {
            return pages({ method: 'GET', path: '/v2/schedules', call: 'listSchedules' }, 'schedules', decodeSchedule);
        },
        async getSchedule(id) {
            const sid = requireId(id, 'schedule');
            return one({
                method: 'GET',
                path: `/v2/schedules/${encodeURIComponent(sid)}`,
                call: 'getSchedule',
                resource: { kind: 'schedule', id: sid },
                validationFix: scheduleIdFix(sid),
            }, 'schedule', decodeSchedule);
        },
        async listScheduleEntries(scheduleId, windowStart, windowEnd) {
            const sid = requireId(scheduleId, 'schedule');
            checkWindow(windowStart, windowEnd);
            const path = '/v2/schedule_entries';
            const base = {
                method: 'GET',
                path,
                call: 'listScheduleEntries',
                resource: { kind: 'schedule', id: sid },
                validationFix: scheduleIdFix(sid),
            };
            const entryWindowEnd = windowEnd.toISOString();
            const out = { scheduled: [], overrides: [], final: [] };
            const seen = new Set();
            let next = { start: windowStart.toISOString() };
            for (let page = 1;; page += 1) {
                if (page > maxPages)
                    throw tooManyPages(base);
                const body = await http.request('url' in next
                    ? { ...base, url: next.url }
                    : { ...base, query: { schedule_id: sid, entry_window_start: next.start, entry_window_end: entryWindowEnd } });
                const ctx = ctxFor(base);
                const o = obj(ctx, body, '');
                const entries = obj(ctx, o.schedule_entries, 'schedule_entries');
                for (const kind of ['scheduled', 'overrides', 'final']) {
                    out[kind].push(...list(ctx, entries, kind, 'schedule_entries', (v, f) => decodeScheduleEntry(ctx, v, f)));
                }
                // Scheme B: `pagination_meta` is present only while more pages exist.
                if (o.pagination_meta === undefined || o.pagination_meta === null)
                    return out;
                const meta = obj(ctx, o.pagination_meta, 'pagination_meta');
                const after = typeof meta.after === 'string' && meta.after !== '' ? meta.after : undefined;
                const afterUrl = typeof meta.after_url === 'string' && meta.after_url !== '' ? meta.after_url : undefined;
                if (after === undefined && afterUrl === undefined)
                    ctx.fail('pagination_meta.after', 'a cursor string', meta.after);
                const cursor = after ?? afterUrl ?? '';
                if (seen.has(cursor))
                    throw repeatedCursor(base, page);
                seen.add(cursor);
                if (after !== undefined) {
                    // The opaque cursor goes back as entry_window_start with the original end,
                    // on the configured base URL. Preferred over after_url, which names the host the API
                    // thinks it is: behind a proxy (`incidentio-api-url`) that is api.incident.io, or the
                    // proxy's host without its path prefix.
                    next = { start: after };
                }
                else {
                    // Only a link: follow it, but it carries the API key with it, so only on our own origin.
                    let url;
                    try {
                        url = new URL(afterUrl ?? '', `${http.baseUrl}/`);
                    }
                    catch {
                        ctx.fail('pagination_meta.after_url', 'a URL', afterUrl);
                    }
                    if (url.origin !== http.origin)
                        throw offOriginLink(url, page);
                    next = { url };
                }
            }
        },
        async findUserByEmail(email) {
            const wanted = email.trim();
            if (wanted === '')
                return undefined;
            const lower = wanted.toLowerCase();
            const lookup = (address) => pages({
                method: 'GET',
                path: '/v2/users',
                call: 'findUserByEmail',
                query: { email: address },
                validationFix: `Check the email ${wanted} in policies/identities.yaml (\`users:\`), or the e-mail GitHub gave for the login.`,
            }, 'users', decodeUser);
            // The list hides inactive users by default, but an email can still match several accounts.
            // The email is re-checked here because emails are the join key between GitHub and
            // incident.io, and a server that ignored the filter must not match; the same account
            // listed twice (on two pages) is still one account.
            const activeIn = (users) => {
                const byId = new Map();
                for (const u of users)
                    if (u.is_active && u.email?.toLowerCase() === lower && !byId.has(u.id))
                        byId.set(u.id, u);
                return [...byId.values()];
            };
            let active = activeIn(await lookup(wanted));
            // Emails are compared case-insensitively, but whether the API's
            // `email` filter is not documented: ask again in lower case, the form
            // identity providers usually store, before saying nobody has it.
            if (active.length === 0 && lower !== wanted)
                active = activeIn(await lookup(lower));
            if (active.length > 1) {
                throw incidentIoError({
                    kind: 'conflict',
                    message: `The email ${wanted} is ambiguous: several active incident.io users have it (${active.map((u) => u.id).join(', ')}).`,
                    fix: 'Deactivate the duplicate incident.io account or change its email, so exactly one active user has this email.',
                });
            }
            return active[0];
        },
        async getUser(id) {
            const uid = requireId(id, 'user');
            return one({ method: 'GET', path: `/v2/users/${encodeURIComponent(uid)}`, call: 'getUser', resource: { kind: 'user', id: uid } }, 'user', decodeUser);
        },
        async createIncident(payload) {
            // Retried like a read: that is what the idempotency_key is for ("de-duplicate incident
            // create requests"). A refusal of the key is reported as such (errors.ts).
            return one({
                method: 'POST',
                path: write_paths/* CREATE_INCIDENT_PATH */.qp,
                call: 'createIncident',
                body: payload,
                idempotencyKey: payload.idempotency_key,
                validationFix: 'Check `escalation` in policies/incidentio.yaml: the workspace may require a severity (`severity`), and ' +
                    '`severity`, `incidentType` and `customField` must name ones that exist in incident.io.',
            }, 'incident', decodeIncident);
        },
        async getIncident(idOrRef) {
            // The show endpoint accepts the numeric part of a reference (`INC-123` -> `123`).
            const ref = requireId(idOrRef, 'incident');
            const key = /^INC-(\d+)$/i.exec(ref)?.[1] ?? ref;
            return one({ method: 'GET', path: `/v2/incidents/${encodeURIComponent(key)}`, call: 'getIncident', resource: { kind: 'incident', id: ref } }, 'incident', decodeIncident);
        },
        async findRecentIncident(query, match) {
            const since = query.since.getTime();
            if (Number.isNaN(since))
                throw new RangeError('findRecentIncident needs a valid `since` date.');
            const maxPages = query.maxPages ?? RECENT_INCIDENT_PAGES;
            // The list filters on dates (`created_at[gte]=2024-05-01` in the published examples); the
            // time zone such a date is read in is not documented, so the filter starts a day early and
            // the paging ends on the incidents' own created_at instead.
            const day = new Date(since - DAY_MS).toISOString().slice(0, 10);
            const filters = {
                'created_at[gte]': day,
                ...(query.mode ? { 'mode[one_of]': query.mode } : {}),
                ...(query.incidentTypeId ? { 'incident_type[one_of]': query.incidentTypeId } : {}),
            };
            const call = { method: 'GET', path: '/v2/incidents', call: 'findRecentIncident' };
            const seen = new Set();
            let after;
            for (let page = 1;; page += 1) {
                if (page > maxPages)
                    throw tooManyIncidents(maxPages, day, filters);
                const body = await http.request({
                    ...call,
                    query: { page_size: String(INCIDENT_PAGE_SIZE), sort_by: 'created_at_newest_first', ...filters, after },
                });
                const ctx = ctxFor(call);
                const o = obj(ctx, body, '');
                const items = list(ctx, o, 'incidents', '', (v, f) => decodeIncident(ctx, v, f));
                const found = items.find(match);
                if (found)
                    return found;
                // Newest first: once the last of a page was created before `since`, so was everything after it.
                const last = items[items.length - 1]?.created_at;
                if (last !== undefined && Date.parse(last) < since)
                    return undefined;
                if (o.pagination_meta === undefined || o.pagination_meta === null)
                    return undefined;
                const meta = obj(ctx, o.pagination_meta, 'pagination_meta');
                const next = meta.after;
                if (next === undefined || next === null || next === '')
                    return undefined;
                if (typeof next !== 'string')
                    ctx.fail('pagination_meta.after', 'a string', next);
                // Some lists hand back a cursor on their last page too: a short page ends it.
                const size = typeof meta.page_size === 'number' && meta.page_size > 0 ? meta.page_size : INCIDENT_PAGE_SIZE;
                if (items.length === 0 || items.length < size)
                    return undefined;
                if (seen.has(next))
                    throw repeatedCursor(call, page);
                seen.add(next);
                after = next;
            }
        },
        async editIncident(id, payload) {
            const iid = requireId(id, 'incident');
            return one({
                method: 'POST',
                path: (0,write_paths/* editIncidentPath */.IR)(iid),
                call: 'editIncident',
                resource: { kind: 'incident', id: iid },
                body: payload,
                validationFix: 'Check the fields listed above; a status change must follow the allowed transitions, and a notification ' +
                    'fails when the incident channel is archived (set `notifyIncidentChannel: false` in policies/incidentio.yaml).',
            }, 'incident', decodeIncident);
        },
        async listCustomFields() {
            return all({ method: 'GET', path: '/v2/custom_fields', call: 'listCustomFields' }, 'custom_fields', decodeCustomField);
        },
        async createCustomField(payload) {
            return one({
                method: 'POST',
                path: write_paths/* CREATE_CUSTOM_FIELD_PATH */.EJ,
                call: 'createCustomField',
                body: payload,
                // No idempotency key: a retry after a timeout could create a second field.
                idempotent: false,
                validationFix: 'A custom field with this name may already exist or the name may be longer than 50 characters; ' +
                    'change `escalation.customField` in policies/incidentio.yaml or rename the existing field in incident.io.',
            }, 'custom_field', decodeCustomField);
        },
        async listSeverities() {
            return all({ method: 'GET', path: '/v1/severities', call: 'listSeverities' }, 'severities', decodeSeverity);
        },
        async listIncidentTypes() {
            return all({ method: 'GET', path: '/v1/incident_types', call: 'listIncidentTypes' }, 'incident_types', decodeIncidentType);
        },
        async listIncidentStatuses() {
            return all({ method: 'GET', path: '/v1/incident_statuses', call: 'listIncidentStatuses' }, 'incident_statuses', decodeIncidentStatus);
        },
    };
    function tooManyIncidents(pages, day, filters) {
        const query = Object.entries(filters)
            .map(([k, v]) => `${k}=${v}`)
            .join('&');
        return incidentIoError({
            kind: 'too-large',
            message: `incident.io listed more than ${pages * INCIDENT_PAGE_SIZE} incidents (${pages} pages of GET /v2/incidents?${query}) ` +
                'without reaching the end of the time looked through; stopped reading, so it is unknown whether the incident looked for exists.',
            fix: 'Narrow the incidents oncall-gate has to look through, e.g. give its escalation incidents their own incident type.',
        });
    }
    function offOriginLink(url, page) {
        const configured = (0,errors/* setting */.Pe)('incidentio-api-url', new URL(http.origin).host);
        return incidentIoError({
            kind: 'bad-response',
            setting: 'incidentio-api-url',
            message: (0,errors/* text */.Qq) `incident.io returned a next-page link (pagination_meta.after_url, page ${page} of GET /v2/schedule_entries) on ${url.host}, not on the host of ${configured}; refusing to follow it, because it would send the API key to another host.`,
            fix: (0,errors/* text */.Qq) `If ${(0,errors/* setting */.Pe)('incidentio-api-url')} points at a proxy, make it pass \`pagination_meta.after\` through or rewrite \`pagination_meta.after_url\` to its own address; otherwise check that ${(0,errors/* setting */.Pe)('incidentio-api-url')} is the incident.io API.`,
        });
    }
    return client;
}
/**
 * The same client with every write refused, whatever it was created with: for the commands that
 * only ever read (plan, audit, validate's live checks), so that a slip in one of them can never
 * write to incident.io. Reads, the request count and the run's deadline are the client's own.
 */
function readOnlyView(client) {
    if (client.readOnly)
        return client;
    const refuse = (call, method, path) => () => Promise.reject(readOnlyError({ call, method, path }));
    return Object.create(client, {
        readOnly: { value: true },
        createIncident: { value: refuse('createIncident', 'POST', write_paths/* CREATE_INCIDENT_PATH */.qp) },
        editIncident: { value: (id) => refuse('editIncident', 'POST', (0,write_paths/* editIncidentPath */.IR)(id))() },
        createCustomField: { value: refuse('createCustomField', 'POST', write_paths/* CREATE_CUSTOM_FIELD_PATH */.EJ) },
    });
}
function requireId(id, kind) {
    const trimmed = id.trim();
    if (trimmed === '') {
        throw incidentIoError({
            kind: 'not-found',
            message: `An empty incident.io ${kind} ID was given.`,
            fix: `Give the ${kind}'s ID as shown in incident.io (policy files must not leave it empty).`,
        });
    }
    return trimmed;
}
const scheduleIdFix = (id) => `Check the schedule ID ${id} in the policy files (\`schedules\`, \`services\`, \`autoApproval.schedules\`): copy it from the ` +
    "schedule's URL in incident.io (On-call -> Schedules -> open the schedule; the ID is the last part of the URL).";
function checkWindow(start, end) {
    if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || end.getTime() < start.getTime()) {
        throw new RangeError(`listScheduleEntries needs a valid window with start <= end (got ${String(start)} .. ${String(end)}).`);
    }
}


/***/ }),

/***/ 869:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JP: () => (/* binding */ createNodeHttpFetch),
/* harmony export */   Xq: () => (/* binding */ nodeHttpFetch),
/* harmony export */   zO: () => (/* binding */ isResponseTooLarge)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_BODY_BYTES, RESPONSE_TOO_LARGE, responseTooLarge */
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_0__);

const DEFAULT_MAX_BODY_BYTES = 20 * 1024 * 1024;
const DEFAULT_MAX_REDIRECTS = 20;
// Below the 5 s keep-alive timeout of Node servers (the emulator) and common proxies, so a reused
// socket is rarely one the server is closing; Node also honours a shorter `Keep-Alive: timeout=`.
const DEFAULT_IDLE_SOCKET_MS = 4_000;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
// Fetch standard, "HTTP-redirect fetch": credentials are not sent to another origin.
const CROSS_ORIGIN_DROPPED = ['authorization', 'cookie', 'proxy-authorization'];
const BODY_HEADERS = ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location'];
// Fetch upper-cases only these method names (Fetch standard, "normalize a method").
const NORMALISED_METHODS = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);
/**
 * The `code` of the error a body over the cap raises, as Node's own errors carry theirs. This
 * module imports nothing of the product's (it runs on its own in tests), so the callers turn the
 * error into the product's error model (a `too-large` result in incidentio/http.ts).
 */
const RESPONSE_TOO_LARGE = 'ERR_ONCALL_GATE_RESPONSE_TOO_LARGE';
/** The error for a body over the cap; its message says which request ("GET https://host/path", no query) and what the limit is. */
function responseTooLarge(where, limitBytes) {
    return Object.assign(new Error(`the response to ${where} is larger than ${formatBytes(limitBytes)}, the most oncall-gate reads from one response`), {
        code: RESPONSE_TOO_LARGE,
    });
}
const isResponseTooLarge = (error) => typeof error === 'object' && error !== null && error.code === RESPONSE_TOO_LARGE;
let shared;
/** fetch over node:http(s) with shared keep-alive agents and the default limits. */
function nodeHttpFetch(input, init) {
    shared ??= createNodeHttpFetch();
    return shared(input, init);
}
/** A transport with its own keep-alive agents (one per protocol, made on first use). */
function createNodeHttpFetch(options = {}) {
    const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
    const idleSocketMs = options.idleSocketMs ?? DEFAULT_IDLE_SOCKET_MS;
    const agents = new Map();
    // node:https loads tls and crypto (~6 ms), so each module is loaded only when a URL needs it.
    // process.getBuiltinModule, not import(): an ES import of node:http builds its namespace by
    // reading every export, and the lazy `WebSocket`/`MessageEvent` getters load undici.
    function transportFor(url) {
        if (url.protocol !== 'http:' && url.protocol !== 'https:') {
            throw fetchFailed(new Error(`the URL scheme ${url.protocol} is not supported (only http: and https:)`));
        }
        const mod = url.protocol === 'https:' ? process.getBuiltinModule('node:https') : process.getBuiltinModule('node:http');
        let agent = agents.get(url.protocol);
        if (!agent) {
            // The agent unrefs a socket while it sits idle in the pool (Agent#keepSocketAlive), so a
            // pooled socket never keeps the process alive after the last request. proxyEnv is whatever
            // Node chose for its own global agent (NODE_USE_ENV_PROXY), which fetch also follows.
            const proxyEnv = mod.globalAgent.options?.proxyEnv;
            agent = new mod.Agent({ keepAlive: true, scheduling: 'lifo', timeout: idleSocketMs, ...(proxyEnv ? { proxyEnv } : {}) });
            agents.set(url.protocol, agent);
        }
        return { mod, agent };
    }
    /** Sends one request; resolves when the response headers arrive. */
    async function exchange(url, method, headers, body, signal) {
        const { mod, agent } = transportFor(url);
        if (signal?.aborted)
            throw signal.reason;
        return new Promise((resolve, reject) => {
            const sent = { ...headers };
            if (body !== undefined)
                sent['content-length'] = String(Buffer.byteLength(body));
            const requestOptions = { method, headers: sent, agent };
            let req;
            try {
                req = mod.request(url, requestOptions);
            }
            catch (error) {
                // Node validates headers synchronously (ERR_INVALID_CHAR names the header, not its value).
                reject(fetchFailed(error));
                return;
            }
            const onAbort = () => {
                req.destroy();
                reject(signal?.reason);
            };
            const done = () => signal?.removeEventListener('abort', onAbort);
            signal?.addEventListener('abort', onAbort, { once: true });
            req.on('response', (res) => {
                done();
                resolve(res);
            });
            req.on('error', (error) => {
                done();
                reject(signal?.aborted ? signal.reason : fetchFailed(error));
            });
            req.end(body);
        });
    }
    return async function fetchOverNodeHttp(input, init = {}) {
        const signal = init.signal;
        if (signal?.aborted)
            throw signal.reason;
        let url = new URL(String(input));
        const upper = (init.method ?? 'GET').toUpperCase();
        let method = NORMALISED_METHODS.has(upper) ? upper : (init.method ?? 'GET');
        let headers = headerRecord(init.headers);
        // The same codings fetch asks for; decoded below.
        headers['accept-encoding'] ??= 'gzip, deflate, br';
        let body = init.body;
        const mode = init.redirect ?? 'follow';
        for (let redirects = 0;; redirects += 1) {
            const res = await exchange(url, method, headers, body, signal);
            const status = res.statusCode ?? 0;
            const location = res.headers.location;
            if (mode === 'manual' || !REDIRECT_STATUSES.has(status) || location === undefined) {
                return responseFor(res, url, redirects > 0, signal, maxBodyBytes, `${method} ${url.origin}${url.pathname}`);
            }
            // A redirect's own body is never read: discard it so the socket goes back to the pool.
            res.resume();
            if (mode === 'error')
                throw fetchFailed(new Error(`unexpected redirect (${status}) from ${url.origin}${url.pathname}`));
            if (redirects >= maxRedirects)
                throw fetchFailed(new Error(`more than ${maxRedirects} redirects, the last from ${url.origin}${url.pathname}`));
            let next;
            try {
                next = new URL(location, url);
            }
            catch (error) {
                throw fetchFailed(error);
            }
            // RFC 9110 sections 15.4.2-15.4.4 (and fetch): 303, and 301/302 after a POST, become a GET
            // without a body; 307/308 repeat the request as it was.
            if ((status === 303 && method !== 'GET' && method !== 'HEAD') || ((status === 301 || status === 302) && method === 'POST')) {
                method = 'GET';
                body = undefined;
                headers = withoutHeaders(headers, BODY_HEADERS);
            }
            if (next.origin !== url.origin)
                headers = withoutHeaders(headers, CROSS_ORIGIN_DROPPED);
            url = next;
        }
    };
}
function responseFor(res, url, redirected, signal, maxBodyBytes, where) {
    const status = res.statusCode ?? 0;
    let used = false;
    const consume = async () => {
        if (used)
            throw new TypeError('Body is unusable: Body has already been read');
        used = true;
        // TextDecoder drops a leading BOM, as Response#text() does.
        return new TextDecoder().decode(await readBody(res, signal, maxBodyBytes, where));
    };
    const headerValue = (name) => {
        const values = res.headersDistinct[name.toLowerCase()];
        return values === undefined ? null : values.join(', ');
    };
    return {
        status,
        statusText: res.statusMessage ?? '',
        ok: status >= 200 && status < 300,
        url: url.href,
        redirected,
        headers: { get: headerValue, has: (name) => headerValue(name) !== null },
        get bodyUsed() {
            return used;
        },
        text: consume,
        json: async () => JSON.parse(await consume()),
    };
}
/** The whole body, decoded and capped; read under the request's signal so a stalled body times out. */
async function readBody(res, signal, maxBodyBytes, where) {
    if (signal?.aborted) {
        res.destroy();
        throw signal.reason;
    }
    // A declared length over the cap fails before any byte is read (for a coded body this is the
    // coded size, which the decoded one only exceeds).
    const declared = Number(res.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBodyBytes) {
        res.destroy();
        throw responseTooLarge(where, maxBodyBytes);
    }
    const decoder = decoderFor(res.headers['content-encoding']);
    const chunks = [];
    let size = 0;
    const collect = async (source) => {
        for await (const chunk of source) {
            size += chunk.length;
            // Counted after decoding, so a small compressed body cannot expand past the cap.
            if (size > maxBodyBytes)
                throw responseTooLarge(where, maxBodyBytes);
            chunks.push(chunk);
        }
    };
    try {
        await (decoder ? (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_0__.pipeline)(res, decoder, collect, { signal }) : (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_0__.pipeline)(res, collect, { signal }));
    }
    catch (error) {
        if (signal?.aborted)
            throw signal.reason;
        if (isResponseTooLarge(error))
            throw error;
        // fetch's error for a body cut short (connection reset, premature close, corrupt coding).
        throw new TypeError('terminated', { cause: error });
    }
    return Buffer.concat(chunks, size);
}
/** A decoder for a single known content coding; none for identity or anything else (fetch also passes unknown codings through). */
function decoderFor(contentEncoding) {
    const coding = contentEncoding?.trim().toLowerCase();
    if (coding !== 'gzip' && coding !== 'x-gzip' && coding !== 'deflate' && coding !== 'br')
        return undefined;
    // Loaded only for a coded body (~2 ms).
    const zlib = process.getBuiltinModule('node:zlib');
    // Like fetch, accept a stream that ends without its final block (some servers cut it).
    const lenient = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
    if (coding === 'br') {
        return zlib.createBrotliDecompress({
            flush: zlib.constants.BROTLI_OPERATION_FLUSH,
            finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH,
        });
    }
    // "deflate" is the zlib format (RFC 9110 section 8.4.1.2).
    return coding === 'deflate' ? zlib.createInflate(lenient) : zlib.createGunzip(lenient);
}
/** Lower-cased header names; duplicates differing only in case are joined as Headers would. */
function headerRecord(headers) {
    const out = {};
    const add = (value, name) => {
        const key = name.toLowerCase();
        out[key] = out[key] === undefined ? value : `${out[key]}, ${value}`;
    };
    if (headers === undefined)
        return out;
    // Duck-typed: `instanceof Headers` would read the global and load undici.
    if (typeof headers.forEach === 'function' && typeof headers.get === 'function') {
        headers.forEach(add);
    }
    else {
        for (const [name, value] of Object.entries(headers))
            add(value, name);
    }
    return out;
}
function withoutHeaders(headers, names) {
    return Object.fromEntries(Object.entries(headers).filter(([name]) => !names.includes(name)));
}
function fetchFailed(cause) {
    return new TypeError('fetch failed', { cause });
}
function formatBytes(bytes) {
    return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`;
}


/***/ })

};
