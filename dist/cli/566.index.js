export const id = 566;
export const ids = [566];
export const modules = {

/***/ 1566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  INCIDENT_PAGE_SIZE: () => (/* binding */ INCIDENT_PAGE_SIZE),
  IncidentIoError: () => (/* reexport */ errors/* IncidentIoError */.z_),
  createIncidentIoClient: () => (/* binding */ createIncidentIoClient),
  isIncidentIoError: () => (/* reexport */ errors/* isIncidentIoError */.V1)
});

// EXTERNAL MODULE: ./src/incidentio/errors.ts
var errors = __webpack_require__(1007);
;// CONCATENATED MODULE: ./src/incidentio/decode.ts
// Checks response bodies for the fields oncall-gate uses and builds typed objects from them. A
// wrong shape becomes an IncidentIoError of kind `bad_response` naming the endpoint and the field
// (e.g. `schedule_entries.final[3].start_at`), never a TypeError deep in a caller. Only fields the
// code relies on are required; the API adds fields and enum values freely (API.md section 1.1),
// so unknown ones are ignored and enums are open strings. `null` counts as absent for optional
// fields.

function decodeContext(method, path, baseUrl, scrub) {
    return {
        fail(field, expected, got) {
            throw (0,errors/* badResponse */.pb)({ method, path }, `\`${field}\` should be ${expected} but is ${describe(got, scrub)}`, baseUrl);
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
    for (const k of Object.keys(o))
        if (o[k] === undefined)
            delete o[k];
    return o;
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
// RFC 3339 as the API sends it (API.md section 1.5); Date.parse alone would also accept "2021".
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
        // `user` is optional: entries may belong to no incident.io user (API.md quirk 1).
        user: o.user === undefined || o.user === null ? undefined : decodeEmbeddedUser(ctx, o.user, at(field, 'user')),
        entry_id: optStr(ctx, o, 'entry_id', field),
        fingerprint: optStr(ctx, o, 'fingerprint', field),
        rotation_id: optStr(ctx, o, 'rotation_id', field),
        layer_id: optStr(ctx, o, 'layer_id', field),
    });
}
function decodeSchedule(ctx, v, field) {
    const o = obj(ctx, v, field);
    const entry = (e, f) => decodeScheduleEntry(ctx, e, f);
    return defined({
        id: id(ctx, o, 'id', field),
        name: str(ctx, o, 'name', field),
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
    // is_active decides who an email maps to (API.md section 6.1), so it must be there.
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

;// CONCATENATED MODULE: ./src/incidentio/retry-policy.ts
// Pure retry arithmetic for the incident.io client, kept apart from the HTTP code so it can be
// tested without a server (STYLE.md: options computed by a pure function, as in octokit's
// request.js / plugin-throttling). Rules from DESIGN.md section 3 and API.md section 1.2:
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
 * is the fallback (API.md section 1.2 and quirk 9). Dates in the past mean "now".
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
// most of a gate's latency (TOOLCHAIN.md; HELPERS.md "keep start-up cheap").
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
// Callers get the parsed JSON body of a 2xx answer or an IncidentIoError; nothing else escapes.




/** Same-origin redirects followed for one call (a proxy moving a path); another origin is never followed. */
const MAX_REDIRECTS = 5;
const REDIRECT = new Set([301, 302, 303, 307, 308]);
// Header values may not hold control characters, and a key with spaces or a trailing newline
// (a common copy-paste slip) would be rejected by fetch with a message that could quote it.
const BAD_KEY_CHARS = /[\s\x00-\x1f\x7f-\uffff]/;
function createHttp(settings) {
    const baseUrl = settings.baseUrl.replace(/\/+$/, '');
    const base = new URL(baseUrl);
    const redactor = (0,redact/* createRedactor */.lY)([settings.apiKey, ...(settings.secrets ?? [])]);
    const scrub = redactor.redact;
    const semaphore = createSemaphore(settings.concurrency);
    const { policy } = settings;
    let requestCount = 0;
    function targetFor(call) {
        const url = call.url ?? new URL(baseUrl + call.path);
        // The key travels in every request, so never to another origin (defence in depth: the
        // client also checks next-page links before following them).
        if (url.origin !== base.origin) {
            throw (0,errors/* badResponse */.pb)(call, `refusing to send the API key to ${url.origin}, which is not the configured ${base.origin}`, baseUrl);
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
            return { type: 'response', status: res.status, retryAfter: res.headers.get('retry-after'), location: res.headers.get('location'), text };
        }
        catch (error) {
            if (deadline?.signal.aborted)
                throw deadline.signal.reason;
            if (signal.aborted)
                return { type: 'timeout', afterMs };
            // A body over the cap would be as large on the next attempt: not retried.
            if (error instanceof Error && error.name === 'ResponseTooLargeError')
                return { type: 'too-large', cause: scrub(error.message) };
            return { type: 'network', cause: describeCause(error, scrub) };
        }
        finally {
            done?.();
        }
    }
    async function request(call) {
        if (settings.readOnly && call.method !== 'GET')
            throw (0,errors/* readOnlyError */.Nv)(call);
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
                return (0,errors/* errorForStatus */.U6)(call, result.status, body ?? { errors: [] }, summary);
            const cause = result.type === 'timeout' ? `no answer within ${result.afterMs} ms (timeout)` : result.cause;
            return (0,errors/* unreachableError */.DZ)(call, cause, summary, new Error(cause));
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
                throw (0,errors/* badResponse */.pb)(call, `${result.cause}; it is too large, so it was not read (and is not retried)`, baseUrl);
            }
            if (result.type === 'response' && REDIRECT.has(result.status)) {
                url = redirectTarget(call, url, result.status, result.location, ++redirects);
                attempt -= 1; // following a redirect is not a failed attempt
                continue;
            }
            const body = result.type === 'response' ? (0,errors/* parseErrorBody */.kW)(result.text, scrub) : undefined;
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
            return (0,errors/* unreachableError */.DZ)(call, cause, { baseUrl, attempts: 0, elapsedMs: settings.now() - start });
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
        const fix = `Check \`incidentio-api-url\` (${baseUrl}): it must be the incident.io API itself (https://api.incident.io) or a proxy ` +
            'that forwards requests rather than redirecting them.';
        if (!target || target.origin !== base.origin) {
            throw new errors/* IncidentIoError */.z_({
                kind: 'bad_response',
                status,
                message: `incident.io answered ${call.method} ${call.path} with a redirect (${status}) to ${where}; oncall-gate does not send the API key to another host, so it did not follow it.`,
                fix,
            });
        }
        if ((call.method !== 'GET' && status !== 307 && status !== 308) || count > MAX_REDIRECTS) {
            throw new errors/* IncidentIoError */.z_({
                kind: 'bad_response',
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
            throw (0,errors/* badResponse */.pb)(call, `the body is not JSON (it starts with ${JSON.stringify(start)})`, baseUrl);
        }
    }
    return {
        async request(call) {
            try {
                return await request(call);
            }
            catch (error) {
                if (error instanceof errors/* IncidentIoError */.z_)
                    throw (0,errors/* scrubError */.Sz)(error, scrub);
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
        throw new errors/* IncidentIoError */.z_({
            kind: 'unauthorized',
            message: 'No incident.io API key was given.',
            fix: 'Set the `incidentio-api-key` input from a repository or organisation secret (incident.io -> Settings -> API keys).',
        });
    }
    if (BAD_KEY_CHARS.test(apiKey)) {
        throw new errors/* IncidentIoError */.z_({
            kind: 'unauthorized',
            message: 'The incident.io API key contains spaces, line breaks or other characters an API key cannot have.',
            fix: 'Re-save the `incidentio-api-key` secret with only the key itself (no quotes, spaces or trailing newline).',
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

// EXTERNAL MODULE: ./src/incidentio/node-http-transport.ts
var node_http_transport = __webpack_require__(869);
;// CONCATENATED MODULE: ./src/incidentio/client.ts






/** The largest page the incidents list documents ("The maximum page size that can be requested is 250"). */
const INCIDENT_PAGE_SIZE = 250;
const RECENT_INCIDENT_PAGES = 20;
const DAY_MS = 86_400_000;
/** Page size for scheme A lists: within the 250 the pagination meta schema allows (API.md 1.4). */
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
        ...(options.secrets ? { secrets: options.secrets } : {}),
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
     * some endpoints hand back a cursor even on the last page (API.md quirk 6).
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
        return (0,errors/* badResponse */.pb)(call, `it kept answering with more pages: over ${maxPages} pages, so oncall-gate stopped reading rather than decide on part of the list`, http.baseUrl);
    }
    function repeatedCursor(call, page) {
        return (0,errors/* badResponse */.pb)(call, `page ${page} handed back a pagination cursor that was already followed; stopped to avoid paging forever`, http.baseUrl);
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
                // Scheme B: `pagination_meta` is present only while more pages exist (API.md section 4).
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
                    // The opaque cursor goes back as entry_window_start with the original end (API.md quirk 4),
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
            // The list hides inactive users by default but an email can still match several accounts
            // (API.md section 6.1, quirk 8). The email is re-checked here because emails are the join
            // key between GitHub and incident.io, and a server that ignored the filter must not match;
            // the same account listed twice (on two pages) is still one account.
            const activeIn = (users) => {
                const byId = new Map();
                for (const u of users)
                    if (u.is_active && u.email?.toLowerCase() === lower && !byId.has(u.id))
                        byId.set(u.id, u);
                return [...byId.values()];
            };
            let active = activeIn(await lookup(wanted));
            // Emails are compared case-insensitively (DESIGN.md section 6), but whether the API's
            // `email` filter is is unconfirmed (API.md section 6.1): ask again in lower case, the form
            // identity providers usually store, before saying nobody has it.
            if (active.length === 0 && lower !== wanted)
                active = activeIn(await lookup(lower));
            if (active.length > 1) {
                throw new errors/* IncidentIoError */.z_({
                    kind: 'ambiguous',
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
                path: '/v2/incidents',
                call: 'createIncident',
                body: payload,
                idempotencyKey: payload.idempotency_key,
                validationFix: 'Check `escalation` in policies/incidentio.yaml: the workspace may require a severity (`severity`), and ' +
                    '`severity`, `incidentType` and `customField` must name ones that exist in incident.io.',
            }, 'incident', decodeIncident);
        },
        async getIncident(idOrRef) {
            // The show endpoint accepts the numeric part of a reference (API.md section 7.2).
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
                path: `/v2/incidents/${encodeURIComponent(iid)}/actions/edit`,
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
                path: '/v2/custom_fields',
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
        const query = Object.entries(filters).map(([k, v]) => `${k}=${v}`).join('&');
        return new errors/* IncidentIoError */.z_({
            kind: 'too_many_results',
            message: `incident.io listed more than ${pages * INCIDENT_PAGE_SIZE} incidents (${pages} pages of GET /v2/incidents?${query}) ` +
                'without reaching the end of the time looked through; stopped reading, so it is unknown whether the incident looked for exists.',
            fix: 'Narrow the incidents oncall-gate has to look through, e.g. give its escalation incidents their own incident type.',
        });
    }
    function offOriginLink(url, page) {
        return new errors/* IncidentIoError */.z_({
            kind: 'bad_response',
            message: `incident.io returned a next-page link (pagination_meta.after_url, page ${page} of GET /v2/schedule_entries) on ${url.host}, ` +
                `not on the configured incidentio-api-url host ${new URL(http.origin).host}; refusing to follow it, because it would send the API key to another host.`,
            fix: 'If `incidentio-api-url` points at a proxy, make it pass `pagination_meta.after` through or rewrite `pagination_meta.after_url` to its own address; ' +
                'otherwise check that `incidentio-api-url` is the incident.io API.',
        });
    }
    return client;
}
function requireId(id, kind) {
    const trimmed = id.trim();
    if (trimmed === '') {
        throw new errors/* IncidentIoError */.z_({
            kind: 'not_found',
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


/***/ })

};
