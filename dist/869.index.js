export const id = 869;
export const ids = [869];
export const modules = {

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
