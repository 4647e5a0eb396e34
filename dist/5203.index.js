export const id = 5203;
export const ids = [5203];
export const modules = {

/***/ 5203:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fetchBranchTip: () => (/* binding */ fetchBranchTip)
/* harmony export */ });
/* harmony import */ var _incidentio_node_http_transport_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(869);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6670);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3116);



const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** The answer is one SHA; anything much longer is not what was asked for. */
const MAX_BODY_BYTES = 64 * 1024;
const fetchTip = (0,_incidentio_node_http_transport_js__WEBPACK_IMPORTED_MODULE_0__/* .createNodeHttpFetch */ .JP)({ maxBodyBytes: MAX_BODY_BYTES });
/** Same-origin redirects followed (a renamed repository answers one). */
const MAX_REDIRECTS = 3;
const retryable = (status) => status === 429 || status >= 500;
async function fetchBranchTip(request) {
    const { apiUrl, token, owner, repo, branch } = request;
    const base = apiUrl.replace(/\/+$/, '');
    // `heads/<branch>`: the branch, never a tag of the same name (which anyone who can push a tag
    // could create). Slashes in the branch name stay path separators.
    const path = `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/commits/heads/${branch.split('/').map(encodeURIComponent).join('/')}`;
    const info = {
        action: `read the tip of the default branch ${branch}`,
        permission: 'contents: read',
        write: false,
        notFound: `the branch ${branch} of ${owner}/${repo}`,
    };
    const send = request.fetch ?? fetchTip;
    const attempts = Math.max(1, request.attempts ?? 3);
    const sleep = request.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    let url = `${base}${path}`;
    let redirects = 0;
    let failure;
    for (let attempt = 1; attempt <= attempts; attempt++) {
        if (attempt > 1)
            await sleep(500 * 2 ** (attempt - 2));
        let res;
        const { deadline } = request;
        const done = deadline?.begin(`GitHub GET ${path}`);
        const perAttempt = AbortSignal.timeout(request.timeoutMs ?? 10_000);
        try {
            res = await send(url, {
                method: 'GET',
                headers: {
                    accept: 'application/vnd.github.sha',
                    authorization: `Bearer ${token}`,
                    'user-agent': 'oncall-gate',
                    'x-github-api-version': '2022-11-28',
                },
                redirect: 'manual',
                signal: deadline ? AbortSignal.any([perAttempt, deadline.signal]) : perAttempt,
            });
        }
        catch (error) {
            done?.();
            if (deadline?.signal.aborted)
                throw deadline.signal.reason;
            // Octokit reports an unanswered request as status 500 without a response; so do we.
            failure = { status: 500, message: error.message, cause: error, request: { method: 'GET', url } };
            continue;
        }
        const text = await res.text().catch(() => '');
        done?.();
        if (res.status >= 300 && res.status < 400) {
            // A renamed repository answers 301 to its new address on the same host: follow that, a few times at most.
            // Another host never gets the token.
            const location = res.headers.get('location') ?? '';
            const target = safeUrl(location, url);
            if (target && target.origin === new URL(url).origin && url !== target.href && redirects < MAX_REDIRECTS) {
                url = target.href;
                redirects++;
                attempt--;
                continue;
            }
            const sameOrigin = target !== undefined && target.origin === new URL(url).origin;
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .gitHubError */ .Mj)('bad-response', sameOrigin
                ? `GitHub kept redirecting the request to ${info.action} (GET ${path}): more than ${MAX_REDIRECTS} redirects.`
                : `GitHub answered ${res.status} with a redirect to ${target ? target.host : `"${location.slice(0, 100)}"`} while trying to ${info.action} (GET ${path}); oncall-gate does not send the token to another host.`, 'Check GITHUB_API_URL: it must be the GitHub API itself (https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server).', res.status, `GET ${path}`);
        }
        if (res.ok) {
            const sha = text.trim().toLowerCase();
            if (SHA.test(sha))
                return sha;
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .gitHubError */ .Mj)('bad-response', `GitHub answered the request to ${info.action} (GET ${path}) with something that is not a commit SHA: "${text.slice(0, 80)}".`, 'Check GITHUB_API_URL: it must be the GitHub API itself, not a proxy that rewrites answers.', res.status, `GET ${path}`);
        }
        failure = {
            status: res.status,
            message: text,
            response: { status: res.status, headers: headersOf(res), data: parseJson(text) },
            request: { method: 'GET', url },
        };
        if (!retryable(res.status))
            break;
    }
    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .toGitHubError */ .Lg)(failure, info, base, (request.redactor ?? (0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .createRedactor */ .lY)([token])).redact);
}
function safeUrl(location, from) {
    try {
        return new URL(location, from);
    }
    catch {
        return undefined;
    }
}
function headersOf(res) {
    const out = {};
    for (const name of ['x-ratelimit-remaining', 'x-ratelimit-reset', 'x-accepted-github-permissions']) {
        const value = res.headers.get(name);
        if (value !== null)
            out[name] = value;
    }
    return out;
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return text;
    }
}


/***/ }),

/***/ 3116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E_: () => (/* binding */ requestBudgetExceeded),
/* harmony export */   Lg: () => (/* binding */ toGitHubError),
/* harmony export */   Mj: () => (/* binding */ gitHubError)
/* harmony export */ });
/* unused harmony export githubMessage */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
// GitHub failures as the one error model (src/errors.ts), with messages that say what failed,
// where, and how to fix it. Status meanings follow GitHub's REST docs ("Troubleshooting the REST
// API"): 401 is a bad or expired token, 403 "Resource not accessible by integration" is a
// GITHUB_TOKEN missing a `permissions:` scope (always the case for writes on fork pull requests),
// 404 is also what a token that cannot see a private resource gets, 422 carries GitHub's
// validation message.

/** A GitHub failure: the one error model, with `service: 'github'`. */
function gitHubError(kind, message, fix, status, call) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OncallGateError */ .lN({
        kind,
        message,
        fix,
        service: 'github',
        ...(status !== undefined ? { status } : {}),
        ...(call !== undefined ? { call } : {}),
        ...(kind === 'auth' ? { setting: 'github-token' } : {}),
    });
}
/**
 * The signal the client's request hook gives when a request has used up the time it may take
 * (GitHubClientTuning maxRequestMs) before another attempt, carrying the last attempt's failure.
 * A plain error with data under a private key: it never reaches a user as such, toGitHubError
 * turns it into the error of that last failure (or a timeout).
 */
const BUDGET = Symbol('oncall-gate request budget');
function requestBudgetExceeded(budgetMs, lastFailure) {
    return Object.assign(new Error(`the ${budgetMs / 1000} s allowed for one GitHub request ran out`), {
        [BUDGET]: { budgetMs, lastFailure },
    });
}
const budgetOf = (error) => typeof error === 'object' && error !== null ? (error[BUDGET] ?? undefined) : undefined;
const FORK_NOTE = ' On pull requests from forks the GITHUB_TOKEN is read-only whatever `permissions:` says, so this write cannot happen there (run it from a `workflow_run` or `pull_request_target` workflow that never executes the PR code).';
/** "METHOD /path" of the failed request, without host or query string. */
function callOf(err, apiUrl) {
    const method = err.request?.method;
    const url = err.request?.url;
    if (!method || !url)
        return undefined;
    let path = url;
    try {
        const base = new URL(apiUrl);
        const u = new URL(url, base);
        path = u.pathname;
        const basePath = base.pathname.replace(/\/+$/, '');
        if (basePath && path.startsWith(basePath + '/'))
            path = path.slice(basePath.length);
    }
    catch {
        path = url.split('?')[0] ?? url;
    }
    return `${method} ${path}`;
}
/** GitHub's own error text: `message` plus the `errors[].message`/`code` details of a 422. */
function githubMessage(data) {
    if (typeof data === 'string')
        return data.slice(0, 500);
    if (typeof data !== 'object' || data === null)
        return '';
    const d = data;
    const parts = [];
    if (typeof d.message === 'string')
        parts.push(d.message);
    if (Array.isArray(d.errors)) {
        for (const e of d.errors) {
            if (typeof e === 'string')
                parts.push(e);
            else if (e && typeof e === 'object') {
                const o = e;
                if (typeof o.message === 'string')
                    parts.push(o.message);
                else if (typeof o.code === 'string')
                    parts.push([o.resource, o.field, o.code].filter((x) => typeof x === 'string').join(' '));
            }
        }
    }
    return parts.join('; ');
}
/**
 * Turns whatever Octokit threw into a GitHub error. `redact` removes the token from any text that
 * came back from the server (defence in depth: GitHub does not echo tokens, but proxies might).
 */
function toGitHubError(error, info, apiUrl, redact) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OncallGateError */ .lN && error.service === 'github')
        return error.mapText(redact);
    const budget = budgetOf(error);
    if (budget) {
        const stopped = `Stopped retrying: ${error.message}.`;
        if (budget.lastFailure !== undefined) {
            const last = toGitHubError(budget.lastFailure, info, apiUrl, redact);
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OncallGateError */ .lN({ ...last.data(), message: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .joinText */ ._V)([last.text.message, stopped]) });
        }
        return gitHubError('unavailable', `The request to ${info.action} could not be sent to GitHub at ${apiUrl} in time: it waited behind other requests ` +
            `(the action spaces writes 1-3 s apart, as GitHub asks, and waits out rate limits). ${stopped}`, (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq) `${_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RETRY_CAPITAL */ .QI}; if it happens again, the job makes too many GitHub writes at once or the token is rate-limited.`);
    }
    const err = (typeof error === 'object' && error !== null ? error : { message: String(error) });
    const call = callOf(err, apiUrl);
    const where = call ? ` (${call})` : '';
    const status = typeof err.status === 'number' ? err.status : undefined;
    const response = err.response;
    const headers = response?.headers ?? {};
    const ghText = redact(githubMessage(response?.data) || (typeof err.message === 'string' ? err.message : ''));
    // No HTTP answer at all: Octokit reports fetch failures (and timeouts) as status 500 without
    // a response. Anything else without a status is not a network problem.
    if (!response && status === 500) {
        // Octokit puts the innermost fetch failure text in `message` ("connect ECONNREFUSED ...");
        // the `cause` chain carries the error names and codes.
        const chain = [];
        for (let c = err, i = 0; c && typeof c === 'object' && i < 5; c = c.cause, i++) {
            chain.push(c);
        }
        const timedOut = chain.some((c) => c.name === 'TimeoutError' || c.name === 'AbortError');
        const code = chain.map((c) => c.code).find((c) => typeof c === 'string');
        const said = typeof err.message === 'string' ? err.message : '';
        const detail = redact(code && !said.includes(code) ? `${said} (${code})` : said);
        return gitHubError('unavailable', timedOut
            ? `GitHub at ${apiUrl} did not answer in time while trying to ${info.action}${where}.`
            : `Could not reach GitHub at ${apiUrl} while trying to ${info.action}${where}${detail ? `: ${detail}` : ''}.`, (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq) `Check GITHUB_API_URL (GitHub Enterprise Server uses https://HOST/api/v3) and that ${{ say: 'reach' }}, then ${_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RETRY */ .p6}.`, undefined, call);
    }
    const rateLimited = (status === 403 || status === 429) && (headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(ghText));
    if (rateLimited) {
        const reset = Number(headers['x-ratelimit-reset']);
        const when = Number.isFinite(reset) && reset > 0 ? ` (the limit resets at ${new Date(reset * 1000).toISOString()})` : '';
        return gitHubError('rate-limit', `GitHub's API rate limit stopped the action while trying to ${info.action}${where}: ${ghText}`, (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq) `Wait for the limit to reset${when} and ${_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RETRY */ .p6}; if this repeats, spread the workflows out or use a GitHub App token, which has a higher limit.`, status, call);
    }
    switch (status) {
        case 401:
            return gitHubError('auth', `GitHub rejected the token (401 ${ghText || 'Bad credentials'}) while trying to ${info.action}${where}.`, (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq) `Check ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .setting */ .Pe)('github-token')}: it must be a valid, unexpired token (the default \`\${{ github.token }}\` works; GitHub App installation tokens expire after 1 hour).`, status, call);
        case 403: {
            const accepted = headers['x-accepted-github-permissions'];
            const acceptedNote = accepted ? ` GitHub says it accepts: ${accepted}.` : '';
            if (/not accessible by/i.test(ghText)) {
                const lines = info.altPermission ? `\`${info.permission}\` (or \`${info.altPermission}\`)` : `\`${info.permission}\``;
                return gitHubError('permission', `GitHub refused to ${info.action} (403 ${ghText})${where}: the token in \`github-token\` lacks ${lines}.${acceptedNote}`, `Add ${lines} under \`permissions:\` for this job (naming any permission sets the others to none, so list every one the action needs).${info.write ? FORK_NOTE : ''}`, status, call);
            }
            return gitHubError('permission', `GitHub refused to ${info.action} (403${ghText ? ` ${ghText}` : ''})${where}.${acceptedNote}`, `Give the token in \`github-token\` \`${info.permission}\` (under \`permissions:\` for the GITHUB_TOKEN).${info.write ? FORK_NOTE : ''}`, status, call);
        }
        case 404:
            return gitHubError('not-found', `${info.notFound ? capitalise(info.notFound) : 'The requested resource'} was not found (404) while trying to ${info.action}${where}.`, 'Check the name, number or ref; for a private repository GitHub also answers 404 when the token cannot see it (check `github-token` and `permissions: contents: read`).', status, call);
        case 422:
            return gitHubError('rejected', `GitHub rejected the request to ${info.action} (422)${where}: ${ghText || 'Unprocessable Entity'}.`, 'GitHub says which value it rejected in the message above; correct that value (or the configuration it came from) and re-run.', status, call);
        default:
            break;
    }
    if (status !== undefined && status >= 500) {
        return gitHubError('unavailable', `GitHub answered ${status} while trying to ${info.action}${where}, after retrying${ghText ? `: ${ghText}` : ''}.`, (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq) `GitHub may be having trouble (see https://www.githubstatus.com); ${_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RETRY */ .p6} later.`, status, call);
    }
    return gitHubError('bad-response', `GitHub call failed while trying to ${info.action}${where}${status ? ` (${status})` : ''}: ${ghText || 'unknown error'}.`, (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq) `${_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RETRY_CAPITAL */ .QI}; if it fails again, report it with this message.`, status, call);
}
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
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
