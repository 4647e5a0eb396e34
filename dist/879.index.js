export const id = 879;
export const ids = [879,7,869];
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

/***/ 869:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JP: () => (/* binding */ createNodeHttpFetch),
/* harmony export */   Xq: () => (/* binding */ nodeHttpFetch)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_BODY_BYTES, ResponseTooLargeError */
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
/** Raised when a body exceeds the cap; its message says which request and what the limit is. */
class ResponseTooLargeError extends Error {
    name = 'ResponseTooLargeError';
    /** "GET https://host/path" (no query). */
    where;
    limitBytes;
    constructor(where, limitBytes) {
        super(`the response to ${where} is larger than ${formatBytes(limitBytes)}, the most oncall-gate reads from one response`);
        this.where = where;
        this.limitBytes = limitBytes;
    }
}
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
        throw new ResponseTooLargeError(where, maxBodyBytes);
    }
    const decoder = decoderFor(res.headers['content-encoding']);
    const chunks = [];
    let size = 0;
    const collect = async (source) => {
        for await (const chunk of source) {
            size += chunk.length;
            // Counted after decoding, so a small compressed body cannot expand past the cap.
            if (size > maxBodyBytes)
                throw new ResponseTooLargeError(where, maxBodyBytes);
            chunks.push(chunk);
        }
    };
    try {
        await (decoder ? (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_0__.pipeline)(res, decoder, collect, { signal }) : (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_0__.pipeline)(res, collect, { signal }));
    }
    catch (error) {
        if (signal?.aborted)
            throw signal.reason;
        if (error instanceof ResponseTooLargeError)
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
        return zlib.createBrotliDecompress({ flush: zlib.constants.BROTLI_OPERATION_FLUSH, finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH });
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
