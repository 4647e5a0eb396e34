export const id = 6584;
export const ids = [6584];
export const modules = {

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient),
/* harmony export */   isGraphqlMutation: () => (/* binding */ isGraphqlMutation),
/* harmony export */   rateLimitRetryDecision: () => (/* binding */ rateLimitRetryDecision)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6670);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3116);



const silentLog = { debug() { }, warning() { } };
/** What to do when GitHub says to wait `retryAfterSeconds` (pure, so it is tested on its own). */
function rateLimitRetryDecision(kind, retryAfterSeconds, retryCount, limits, call) {
    const what = kind === 'primary' ? 'rate limit' : 'secondary rate limit';
    if (retryCount >= limits.retries) {
        return { retry: false, message: `GitHub ${what} hit on ${call}; giving up after ${retryCount} retries.` };
    }
    if (retryAfterSeconds > limits.maxWaitSeconds) {
        return {
            retry: false,
            message: `GitHub ${what} hit on ${call}; it asks to wait ${retryAfterSeconds} s, more than the ${limits.maxWaitSeconds} s this action waits, so the call fails.`,
        };
    }
    if (limits.left && retryAfterSeconds >= limits.left.seconds) {
        return {
            retry: false,
            message: `GitHub ${what} hit on ${call}; it asks to wait ${retryAfterSeconds} s, more than the ${Math.max(0, Math.floor(limits.left.seconds))} s ` +
                `left of the ${limits.left.ofSeconds} s this action allows for one request, so the call fails.`,
        };
    }
    return {
        retry: true,
        message: `GitHub ${what} hit on ${call}; retrying in ${retryAfterSeconds} s (retry ${retryCount + 1} of ${limits.retries}).`,
    };
}
/** true when a GraphQL document contains a mutation (or subscription) operation. */
function isGraphqlMutation(query) {
    const stripped = query
        .replace(/"""[\s\S]*?"""/g, '""')
        .replace(/"(?:[^"\\\n]|\\.)*"/g, '""')
        .replace(/#[^\n\r]*/g, '');
    return /(^|[^\w$])(mutation|subscription)\b/.test(stripped);
}
/** Octokit's request options; every other key of a request is a route or body parameter. */
const OPTION_KEYS = new Set(['method', 'url', 'baseUrl', 'headers', 'mediaType', 'request']);
/** Same-origin redirects followed for one read. */
const MAX_REDIRECTS = 3;
const deadlineOf = (opts) => {
    const deadline = opts.request?.deadline;
    return typeof deadline === 'number' ? deadline : undefined;
};
const lastFailureOf = (opts) => opts.request?.lastFailure;
/**
 * Octokit hands hooks and limit handlers the route template ("/repos/{owner}/...") with the
 * parameters beside it; fill it in so messages name the real path.
 */
function expandedPath(opts) {
    return pathOf((opts.url ?? '').replace(/\{\?[^}]*\}/g, '').replace(/\{(\w+)\}/g, (_m, k) => encodeURIComponent(String(opts[k] ?? ''))));
}
function pathOf(url) {
    if (!url)
        return '';
    try {
        return new URL(url, 'http://github.invalid').pathname;
    }
    catch {
        return url;
    }
}
/**
 * A client for one token. Nothing is loaded or checked until the first call, so building it on
 * the gate path costs nothing when no GitHub call follows.
 */
function createGitHubClient(options) {
    const log = options.log ?? silentLog;
    const apiUrl = options.apiUrl.replace(/\/+$/, '');
    const graphqlUrl = options.graphqlUrl ? options.graphqlUrl.replace(/\/+$/, '') : undefined;
    const readOnly = options.readOnly === true;
    const token = options.token;
    const t = options.tuning ?? {};
    const redactor = options.redactor ?? (0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .createRedactor */ .lY)([token]);
    const runDeadline = options.deadline;
    const redact = redactor.redact;
    const apiOrigin = new URL(apiUrl).origin;
    const allowedOrigins = new Set([apiOrigin, ...(graphqlUrl ? [new URL(graphqlUrl).origin] : [])]);
    let loading;
    const load = () => {
        loading ??= build();
        return loading;
    };
    async function build() {
        if (!token.trim()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OncallGateError */ .lN({
                kind: 'input',
                service: 'github',
                setting: 'github-token',
                message: 'No GitHub token was given, so oncall-gate cannot call the GitHub API.',
                fix: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq) `Set ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .setting */ .Pe)('github-token')} (in a workflow its default is \`\${{ github.token }}\`; do not override it with an empty value).`,
            });
        }
        const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
            __webpack_require__.e(/* import() */ 1758).then(__webpack_require__.bind(__webpack_require__, 1758)),
            Promise.all(/* import() */[__webpack_require__.e(3251), __webpack_require__.e(9735)]).then(__webpack_require__.bind(__webpack_require__, 9735)),
            Promise.all(/* import() */[__webpack_require__.e(3251), __webpack_require__.e(6856)]).then(__webpack_require__.bind(__webpack_require__, 6856)),
        ]);
        const limits = { retries: t.rateLimitRetries ?? 2, maxWaitSeconds: t.rateLimitMaxWaitSeconds ?? 60 };
        const maxRequestMs = t.maxRequestMs ?? 90_000;
        const onLimit = (kind) => (retryAfter, opts, _octokit, retryCount) => {
            const deadline = deadlineOf(opts);
            const left = deadline === undefined ? undefined : { seconds: (deadline - Date.now()) / 1000, ofSeconds: maxRequestMs / 1000 };
            const d = rateLimitRetryDecision(kind, retryAfter, retryCount, { ...limits, left }, `${opts.method} ${expandedPath(opts)}`);
            log.warning(d.message);
            return d.retry;
        };
        const retryBaseMs = t.retryBaseMs ?? 1000;
        const retryOptions = {
            retries: t.retries ?? 3,
            retryAfterBaseValue: retryBaseMs,
            // 403/429 rate limits belong to plugin-throttling (it reads Retry-After); retrying them
            // here too would multiply the attempts.
            doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
        };
        const throttleOptions = {
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
            retryAfterBaseValue: t.rateLimitBaseMs ?? 1000,
            fallbackSecondaryRateRetryAfter: t.secondaryRateLimitFallbackSeconds ?? 60,
            ...(t.writeLimiter ? { write: t.writeLimiter } : {}),
            ...(t.notificationLimiter ? { notifications: t.notificationLimiter } : {}),
        };
        // Plugins wrap in registration order, first = innermost: the timeout applies per attempt
        // (inside the retries), the request's deadline is set outside the throttling queues (so
        // queueing and rate-limit waits count), and the read-only guard refuses before anything is
        // scheduled.
        const timeoutMs = t.timeoutMs ?? 10_000;
        const perAttemptTimeout = (octokit) => {
            octokit.hook.wrap('request', async (request, opts) => {
                // The run's deadline first: past it, this throws its own error (not a RequestError, so
                // neither plugin retries it), and nothing starts.
                const done = runDeadline?.begin(`GitHub ${(opts.method ?? 'GET').toUpperCase()} ${expandedPath(opts)}`);
                const deadline = deadlineOf(opts) ?? Date.now() + maxRequestMs;
                const left = deadline - Date.now();
                if (left <= 0) {
                    done?.();
                    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .requestBudgetExceeded */ .E_)(maxRequestMs, lastFailureOf(opts));
                }
                // setTimeout rather than AbortSignal.timeout, so the timer is cleared as soon as the
                // attempt ends (and fake timers can drive it in tests).
                const ms = Math.min(timeoutMs, left);
                const controller = new AbortController();
                const timer = setTimeout(() => controller.abort(new DOMException(`no answer within ${ms} ms`, 'TimeoutError')), ms);
                // before-after-hook binds every hook to the same options object (arguments passed to
                // `request` are ignored), so the signal is set on it; `request` is replaced, not mutated,
                // because it can be the client's shared defaults object.
                opts.request = {
                    ...opts.request,
                    signal: runDeadline ? AbortSignal.any([controller.signal, runDeadline.signal]) : controller.signal,
                };
                try {
                    return await request(opts);
                }
                catch (error) {
                    // The run's deadline passed: not a RequestError, so neither plugin retries it.
                    if (runDeadline?.signal.aborted)
                        throw runDeadline.signal.reason;
                    // plugin-retry next waits (retryCount + 1)^2 x retryBaseMs; when that wait would reach the
                    // deadline, it is told (through its per-request `retries` option) to stop now, so the
                    // error of this attempt is the one reported, without a wait that cannot lead anywhere.
                    const retryCount = Number(opts.request?.retryCount ?? 0) || 0;
                    const nextWait = (retryCount + 1) ** 2 * retryBaseMs;
                    const stop = Date.now() + nextWait >= deadline ? { retries: 0 } : {};
                    // lastFailure: so that a request stopped by its deadline can say what kept failing.
                    opts.request = { ...opts.request, ...stop, lastFailure: error };
                    throw error;
                }
                finally {
                    clearTimeout(timer);
                    done?.();
                }
            });
        };
        const requestDeadline = (octokit) => {
            octokit.hook.wrap('request', (request, opts) => {
                opts.request = { ...opts.request, deadline: Date.now() + Math.min(maxRequestMs, runDeadline?.remainingMs() ?? Infinity) };
                return request(opts);
            });
        };
        const readOnlyGuard = (octokit) => {
            octokit.hook.wrap('request', async (request, opts) => {
                const method = (opts.method ?? 'GET').toUpperCase();
                if (readOnly && method !== 'GET' && method !== 'HEAD') {
                    const path = expandedPath(opts);
                    const graphqlQuery = method === 'POST' && /\/graphql$/.test(path) && typeof opts.query === 'string' && !isGraphqlMutation(opts.query);
                    if (!graphqlQuery) {
                        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .gitHubError */ .Mj)('read-only', `Refused ${method} ${path}: the GitHub client is read-only (dry-run), so it writes nothing to GitHub.`, 'Nothing to fix for a dry run (what would be written is printed instead); set `dry-run: false` to let the action write.', undefined, `${method} ${path}`);
                    }
                }
                return request(opts);
            });
        };
        // Comments, check runs and review requests are built from PR text and error messages: every
        // string of what is written goes through the redactor first.
        const redactWrites = (octokit) => {
            octokit.hook.wrap('request', (request, opts) => {
                const method = (opts.method ?? 'GET').toUpperCase();
                if (method !== 'GET' && method !== 'HEAD') {
                    for (const [k, v] of Object.entries(opts))
                        if (!OPTION_KEYS.has(k))
                            opts[k] = redactor.redactDeep(v);
                }
                return request(opts);
            });
        };
        // Redirects are answered here, not by fetch: one to another origin (or from https to http)
        // would carry the token there, so it is an error naming the host. A same-origin redirect of a
        // read (a renamed repository) is followed, at most MAX_REDIRECTS times.
        const redirectGuard = (octokit) => {
            octokit.hook.wrap('request', async (request, opts) => {
                opts.request = { ...opts.request, redirect: 'manual' };
                const method = (opts.method ?? 'GET').toUpperCase();
                const call = `${method} ${expandedPath(opts)}`;
                // An absolute URL (a pagination `Link` to follow) must be on GitHub's own origin: the
                // token goes with it.
                if (typeof opts.url === 'string' && /^[a-z][a-z0-9+.-]*:/i.test(opts.url)) {
                    let origin = '';
                    try {
                        origin = new URL(opts.url).origin;
                    }
                    catch {
                        origin = '';
                    }
                    if (!allowedOrigins.has(origin)) {
                        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .gitHubError */ .Mj)('bad-response', `GitHub pointed the request ${call} at ${origin || `"${opts.url.slice(0, 80)}"`} (a next-page link); oncall-gate does not send the token to another host.`, 'Check GITHUB_API_URL: it must be the GitHub API itself, not a proxy that rewrites links.', undefined, call);
                    }
                }
                for (let hops = 0;; hops++) {
                    const res = (await request(opts));
                    if (res.status < 300 || res.status >= 400 || res.status === 304)
                        return res;
                    const location = res.headers.location ?? '';
                    let target;
                    try {
                        target = new URL(location, res.url || apiUrl);
                    }
                    catch {
                        target = undefined;
                    }
                    const fix = 'Check GITHUB_API_URL: it must be the GitHub API itself (https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server), not a proxy that redirects.';
                    if (!target || target.origin !== apiOrigin) {
                        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .gitHubError */ .Mj)('bad-response', `GitHub answered ${call} with a redirect (${res.status}) to ${target ? target.host : `"${location.slice(0, 80)}"`}; oncall-gate does not send the token to another host, so it did not follow it.`, fix, res.status, call);
                    }
                    if ((method !== 'GET' && method !== 'HEAD') || hops >= MAX_REDIRECTS) {
                        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .gitHubError */ .Mj)('bad-response', hops >= MAX_REDIRECTS
                            ? `GitHub redirected ${call} more than ${MAX_REDIRECTS} times (last to ${target.pathname}).`
                            : `GitHub answered ${call} with a redirect (${res.status}); oncall-gate does not repeat a write elsewhere.`, fix, res.status, call);
                    }
                    // Every hook shares this options object; send the next request to the absolute target,
                    // with no route parameters left to fill in.
                    for (const k of Object.keys(opts))
                        if (!OPTION_KEYS.has(k))
                            delete opts[k];
                    opts.url = target.href;
                }
            });
        };
        const octokitLog = {
            debug: (m) => log.debug(redact(m)),
            info: (m) => log.debug(redact(m)),
            warn: (m) => log.warning(redact(m)),
            error: (m) => log.warning(redact(m)),
        };
        return getOctokit(token, {
            baseUrl: apiUrl,
            userAgent: 'oncall-gate',
            log: octokitLog,
            retry: retryOptions,
            throttle: throttleOptions,
            // Only when injected: overriding `request` drops @actions/github's proxy-aware fetch.
            ...(options.fetch ? { request: { fetch: options.fetch } } : {}),
        }, redirectGuard, perAttemptTimeout, retry, throttling, requestDeadline, redactWrites, readOnlyGuard);
    }
    return {
        apiUrl,
        graphqlUrl,
        readOnly,
        log,
        async call(info, fn) {
            try {
                return await fn(await load());
            }
            catch (error) {
                if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isError */ .bJ)(error, 'deadline'))
                    throw error;
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .toGitHubError */ .Lg)(error, info, apiUrl, redact);
            }
        },
    };
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


/***/ })

};
