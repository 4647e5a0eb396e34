export const id = 722;
export const ids = [722];
export const modules = {

/***/ 6341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubClient: () => (/* binding */ createGitHubClient),
  isGraphqlMutation: () => (/* binding */ isGraphqlMutation),
  rateLimitRetryDecision: () => (/* binding */ rateLimitRetryDecision)
});

;// CONCATENATED MODULE: ./src/log.ts
const silentLogger = {
    info() { },
    warning() { },
    debug() { },
    group: (_name, fn) => fn(),
};

// EXTERNAL MODULE: ./src/api-deadline.ts
var api_deadline = __webpack_require__(2136);
// EXTERNAL MODULE: ./src/redact.ts
var src_redact = __webpack_require__(6670);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(3116);
;// CONCATENATED MODULE: ./src/github/client.ts




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
    return pathOf((opts.url ?? '')
        .replace(/\{\?[^}]*\}/g, '')
        .replace(/\{(\w+)\}/g, (_m, k) => encodeURIComponent(String(opts[k] ?? ''))));
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
    const log = options.log ?? silentLogger;
    const apiUrl = options.apiUrl.replace(/\/+$/, '');
    const graphqlUrl = options.graphqlUrl ? options.graphqlUrl.replace(/\/+$/, '') : undefined;
    const readOnly = options.readOnly === true;
    const token = options.token;
    const t = options.tuning ?? {};
    const redactor = (0,src_redact/* createRedactor */.lY)([token, ...(options.secrets ?? [])]);
    const runDeadline = options.deadline;
    const redact = redactor.redact;
    const apiOrigin = new URL(apiUrl).origin;
    let loading;
    const load = () => {
        loading ??= build();
        return loading;
    };
    async function build() {
        if (!token.trim()) {
            throw new errors/* GitHubError */.y_('auth', 'No GitHub token was given, so the action cannot call the GitHub API.', 'Set the `github-token` input (its default is `${{ github.token }}`; do not override it with an empty value).');
        }
        const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
            __webpack_require__.e(/* import() */ 758).then(__webpack_require__.bind(__webpack_require__, 1758)),
            Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(735)]).then(__webpack_require__.bind(__webpack_require__, 9735)),
            Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(856)]).then(__webpack_require__.bind(__webpack_require__, 6856)),
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
                    throw new errors/* RequestBudgetExceeded */.un(maxRequestMs, lastFailureOf(opts));
                }
                // setTimeout rather than AbortSignal.timeout, so the timer is cleared as soon as the
                // attempt ends (and fake timers can drive it in tests).
                const ms = Math.min(timeoutMs, left);
                const controller = new AbortController();
                const timer = setTimeout(() => controller.abort(new DOMException(`no answer within ${ms} ms`, 'TimeoutError')), ms);
                // before-after-hook binds every hook to the same options object (arguments passed to
                // `request` are ignored), so the signal is set on it; `request` is replaced, not mutated,
                // because it can be the client's shared defaults object.
                opts.request = { ...opts.request, signal: runDeadline ? AbortSignal.any([controller.signal, runDeadline.signal]) : controller.signal };
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
                        throw new errors/* GitHubError */.y_('read-only', `Refused ${method} ${path}: the GitHub client is read-only (dry-run), so it writes nothing to GitHub.`, 'Nothing to fix for a dry run (what would be written is printed instead); set `dry-run: false` to let the action write.', undefined, `${method} ${path}`);
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
                        throw new errors/* GitHubError */.y_('other', `GitHub answered ${call} with a redirect (${res.status}) to ${target ? target.host : `"${location.slice(0, 80)}"`}; oncall-gate does not send the token to another host, so it did not follow it.`, fix, res.status, call);
                    }
                    if ((method !== 'GET' && method !== 'HEAD') || hops >= MAX_REDIRECTS) {
                        throw new errors/* GitHubError */.y_('other', hops >= MAX_REDIRECTS
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
                if (error instanceof api_deadline/* DeadlineExceededError */.K)
                    throw error;
                throw (0,errors/* toGitHubError */.Lg)(error, info, apiUrl, redact);
            }
        },
    };
}


/***/ })

};
