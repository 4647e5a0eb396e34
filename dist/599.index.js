export const id = 599;
export const ids = [599,722,695,341];
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


/***/ }),

/***/ 149:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CS: () => (/* binding */ listCommitPulls),
/* harmony export */   fl: () => (/* binding */ COMPARE_FILES_MAX),
/* harmony export */   kC: () => (/* binding */ compareCommits)
/* harmony export */ });
/* harmony import */ var _paginate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1674);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3116);
/* harmony import */ var _pulls_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4487);



/**
 * GET /repos/{o}/{r}/commits/{sha}/pulls, every page: the PRs that contain this commit (merged
 * ones carry `mergedAt`; `headSha` is each PR's final head).
 */
async function listCommitPulls(gh, repo, sha) {
    return gh.call({
        action: `list the pull requests associated with commit ${sha}`,
        permission: 'pull-requests: read',
        write: false,
        notFound: `commit ${sha} in ${repo.owner}/${repo.repo}`,
    }, async (o) => {
        const pulls = [];
        for await (const page of (0,_paginate_js__WEBPACK_IMPORTED_MODULE_0__/* .cappedPages */ .y)(o.paginate.iterator('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', {
            ...repo,
            commit_sha: sha,
            per_page: 100,
        }), 'the pull requests of the commit')) {
            for (const p of page.data) {
                const { changedFiles: _files, commits: _commits, ...pull } = (0,_pulls_js__WEBPACK_IMPORTED_MODULE_2__/* .toPullRequest */ .c$)(p);
                pulls.push(pull);
            }
        }
        return pulls;
    });
}
/** GitHub's cap on the files of a comparison. */
const COMPARE_FILES_MAX = 300;
const ZERO_SHA = /^0+$/;
/** GET /repos/{o}/{r}/compare/{base}...{head}: the files a push changed. */
async function compareCommits(gh, repo, base, head) {
    if (!base || ZERO_SHA.test(base)) {
        // A push that creates a branch has `before` = 40 zeros: there is nothing to compare with.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubError */ .y_('validation', `Cannot compare commits: the base "${base}" is not a commit (a push that creates a branch has no "before").`, 'Treat a new branch as "everything changed", or compare with the default branch instead.');
    }
    return gh.call({
        action: `compare ${base}...${head}`,
        permission: 'contents: read',
        write: false,
        notFound: `commit ${base} or ${head} in ${repo.owner}/${repo.repo}`,
    }, async (o) => {
        // The file list is only on the first page of a comparison, so one request is enough.
        const res = await o.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
            ...repo,
            basehead: `${base}...${head}`,
        });
        const raw = res.data.files ?? [];
        const files = (0,_pulls_js__WEBPACK_IMPORTED_MODULE_2__/* .fileNames */ .jx)(raw.map((f) => ({ filename: f.filename, ...(f.previous_filename ? { previousFilename: f.previous_filename } : {}) })));
        return {
            files,
            status: res.data.status,
            totalCommits: res.data.total_commits,
            truncated: raw.length >= COMPARE_FILES_MAX,
        };
    });
}


/***/ }),

/***/ 3116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lg: () => (/* binding */ toGitHubError),
/* harmony export */   hg: () => (/* binding */ githubMessage),
/* harmony export */   un: () => (/* binding */ RequestBudgetExceeded),
/* harmony export */   y_: () => (/* binding */ GitHubError)
/* harmony export */ });
// GitHub failures turned into messages that say what failed, where, and how to fix it.
// Status meanings follow GitHub's REST docs ("Troubleshooting the REST API"): 401 is a bad or
// expired token, 403 "Resource not accessible by integration" is a GITHUB_TOKEN missing a
// `permissions:` scope (always the case for writes on fork pull requests), 404 is also what a
// token that cannot see a private resource gets, 422 carries GitHub's validation message.
class GitHubError extends Error {
    kind;
    fix;
    status;
    call;
    name = 'GitHubError';
    constructor(kind, 
    /** What went wrong and where (the call, the PR, the ref); never contains a token. */
    message, 
    /** What to do about it. */
    fix, 
    /** HTTP status when GitHub answered, else undefined. */
    status, 
    /** The request that failed, "METHOD /path" (no host, no query), when known. */
    call) {
        super(message);
        this.kind = kind;
        this.fix = fix;
        this.status = status;
        this.call = call;
    }
    /** Message and fix in one line, for logs and step summaries. */
    describe() {
        return `${this.message} ${this.fix}`;
    }
}
/**
 * Thrown by the client when a request has used up the time it may take (GitHubClientTuning
 * maxRequestMs) before another attempt; carries the failure of the last attempt, if any.
 */
class RequestBudgetExceeded extends Error {
    budgetMs;
    lastFailure;
    name = 'RequestBudgetExceeded';
    constructor(budgetMs, lastFailure) {
        super(`the ${budgetMs / 1000} s allowed for one GitHub request ran out`);
        this.budgetMs = budgetMs;
        this.lastFailure = lastFailure;
    }
}
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
 * Turns whatever Octokit threw into a GitHubError. `redact` removes the token from any text that
 * came back from the server (defence in depth: GitHub does not echo tokens, but proxies might).
 */
function toGitHubError(error, info, apiUrl, redact) {
    if (error instanceof GitHubError) {
        return new GitHubError(error.kind, redact(error.message), redact(error.fix), error.status, error.call);
    }
    if (error instanceof RequestBudgetExceeded) {
        const stopped = `Stopped retrying: ${error.message}.`;
        if (error.lastFailure !== undefined) {
            const last = toGitHubError(error.lastFailure, info, apiUrl, redact);
            return new GitHubError(last.kind, `${last.message} ${stopped}`, last.fix, last.status, last.call);
        }
        return new GitHubError('network', `The request to ${info.action} could not be sent to GitHub at ${apiUrl} in time: it waited behind other requests ` +
            `(the action spaces writes 1-3 s apart, as GitHub asks, and waits out rate limits). ${stopped}`, 'Re-run the job; if it happens again, the job makes too many GitHub writes at once or the token is rate-limited.');
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
        const text = typeof err.message === 'string' ? err.message : '';
        const detail = redact(code && !text.includes(code) ? `${text} (${code})` : text);
        return new GitHubError('network', timedOut
            ? `GitHub at ${apiUrl} did not answer in time while trying to ${info.action}${where}.`
            : `Could not reach GitHub at ${apiUrl} while trying to ${info.action}${where}${detail ? `: ${detail}` : ''}.`, 'Check GITHUB_API_URL (GitHub Enterprise Server uses https://HOST/api/v3) and the runner network or proxy, then re-run the job.', undefined, call);
    }
    const rateLimited = (status === 403 || status === 429) &&
        (headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(ghText));
    if (rateLimited) {
        const reset = Number(headers['x-ratelimit-reset']);
        const when = Number.isFinite(reset) && reset > 0 ? ` (the limit resets at ${new Date(reset * 1000).toISOString()})` : '';
        return new GitHubError('rate-limit', `GitHub's API rate limit stopped the action while trying to ${info.action}${where}: ${ghText}`, `Wait for the limit to reset${when} and re-run the job; if this repeats, spread the workflows out or use a GitHub App token, which has a higher limit.`, status, call);
    }
    switch (status) {
        case 401:
            return new GitHubError('auth', `GitHub rejected the token (401 ${ghText || 'Bad credentials'}) while trying to ${info.action}${where}.`, 'Check the `github-token` input: it must be a valid, unexpired token (the default `${{ github.token }}` works; GitHub App installation tokens expire after 1 hour).', status, call);
        case 403: {
            const accepted = headers['x-accepted-github-permissions'];
            const acceptedNote = accepted ? ` GitHub says it accepts: ${accepted}.` : '';
            if (/not accessible by/i.test(ghText)) {
                const lines = info.altPermission
                    ? `\`${info.permission}\` (or \`${info.altPermission}\`)`
                    : `\`${info.permission}\``;
                return new GitHubError('permission', `GitHub refused to ${info.action} (403 ${ghText})${where}: the token in \`github-token\` lacks ${lines}.${acceptedNote}`, `Add ${lines} under \`permissions:\` for this job (naming any permission sets the others to none, so list every one the action needs).${info.write ? FORK_NOTE : ''}`, status, call);
            }
            return new GitHubError('permission', `GitHub refused to ${info.action} (403${ghText ? ` ${ghText}` : ''})${where}.${acceptedNote}`, `Give the token in \`github-token\` \`${info.permission}\` (under \`permissions:\` for the GITHUB_TOKEN).${info.write ? FORK_NOTE : ''}`, status, call);
        }
        case 404:
            return new GitHubError('not-found', `${info.notFound ? capitalise(info.notFound) : 'The requested resource'} was not found (404) while trying to ${info.action}${where}.`, 'Check the name, number or ref; for a private repository GitHub also answers 404 when the token cannot see it (check `github-token` and `permissions: contents: read`).', status, call);
        case 422:
            return new GitHubError('validation', `GitHub rejected the request to ${info.action} (422)${where}: ${ghText || 'Unprocessable Entity'}.`, 'GitHub says which value it rejected in the message above; correct that value (or the configuration it came from) and re-run.', status, call);
        default:
            break;
    }
    if (status !== undefined && status >= 500) {
        return new GitHubError('server', `GitHub answered ${status} while trying to ${info.action}${where}, after retrying${ghText ? `: ${ghText}` : ''}.`, 'GitHub may be having trouble (see https://www.githubstatus.com); re-run the job later.', status, call);
    }
    return new GitHubError('other', `GitHub call failed while trying to ${info.action}${where}${status ? ` (${status})` : ''}: ${ghText || 'unknown error'}.`, 'Re-run the job; if it fails again, report it with this message.', status, call);
}
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}


/***/ }),

/***/ 1674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ cappedPages)
/* harmony export */ });
/* unused harmony export MAX_PAGES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3116);
// Every list the action reads from GitHub is paged with a cap: a server (or a proxy) that keeps
// answering "next page" must not keep a deploy job reading for ever. No list oncall-gate reads
// comes near the cap (100 pages of 100: reviews, comments, check runs, the PRs of a commit).

const MAX_PAGES = 100;
/** The pages of `pages`, failing with a clear error after `maxPages` of them. */
async function* cappedPages(pages, what, maxPages = MAX_PAGES) {
    let count = 0;
    for await (const page of pages) {
        count++;
        if (count > maxPages) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubError */ .y_('too-large', `GitHub kept answering with more pages of ${what}: over ${maxPages} pages, so oncall-gate stopped reading rather than decide on part of the list.`, 'Check GITHUB_API_URL (a proxy may be repeating pages); if the list really is that long, report it with this message.');
        }
        yield page;
    }
}


/***/ }),

/***/ 4487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T9: () => (/* binding */ getPullRequest),
/* harmony export */   c$: () => (/* binding */ toPullRequest),
/* harmony export */   i5: () => (/* binding */ requestReviewers),
/* harmony export */   jx: () => (/* binding */ fileNames),
/* harmony export */   pG: () => (/* binding */ listPullFiles),
/* harmony export */   xL: () => (/* binding */ PULL_FILES_MAX)
/* harmony export */ });
/* harmony import */ var _paginate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1674);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3116);


function toPullRequest(pr) {
    const headRepo = pr.head.repo?.full_name ?? '';
    const baseRepo = pr.base.repo?.full_name ?? '';
    return {
        number: pr.number,
        title: pr.title ?? '',
        body: pr.body ?? '',
        state: pr.state === 'closed' ? 'closed' : 'open',
        // `merged` is only on the full pull object; merged_at is on every shape.
        merged: pr.merged === true || (pr.merged === undefined && typeof pr.merged_at === 'string'),
        mergedAt: pr.merged_at ?? null,
        baseRef: pr.base.ref,
        baseSha: pr.base.sha,
        headRef: pr.head.ref ?? '',
        headSha: pr.head.sha,
        // GitHub sends `draft` on every pull request shape; a server without it has no drafts.
        draft: pr.draft === true,
        authorLogin: pr.user?.login ?? '',
        authorType: pr.user?.type ?? '',
        labels: (pr.labels ?? []).flatMap((l) => (typeof l === 'string' ? [l] : l.name ? [l.name] : [])),
        htmlUrl: pr.html_url ?? '',
        headRepoFullName: headRepo,
        baseRepoFullName: baseRepo,
        isFork: headRepo === '' || headRepo.toLowerCase() !== baseRepo.toLowerCase(),
        changedFiles: pr.changed_files ?? 0,
        commits: pr.commits ?? 0,
    };
}
const where = (r) => `${r.owner}/${r.repo}`;
/** GET /repos/{o}/{r}/pulls/{n}, fresh. */
async function getPullRequest(gh, repo, number) {
    return gh.call({
        action: `read pull request #${number}`,
        permission: 'pull-requests: read',
        write: false,
        notFound: `pull request #${number} in ${where(repo)}`,
    }, async (o) => {
        const res = await o.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { ...repo, pull_number: number });
        return toPullRequest(res.data);
    });
}
/** GitHub's cap on GET /pulls/{n}/files. */
const PULL_FILES_MAX = 3000;
/** Every changed file of a PR (all pages, up to GitHub's 3000-file cap). */
async function listPullFiles(gh, repo, number) {
    return gh.call({
        action: `list the files changed by pull request #${number}`,
        permission: 'pull-requests: read',
        write: false,
        notFound: `pull request #${number} in ${where(repo)}`,
    }, async (o) => {
        const files = [];
        for await (const page of (0,_paginate_js__WEBPACK_IMPORTED_MODULE_0__/* .cappedPages */ .y)(o.paginate.iterator('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
            ...repo,
            pull_number: number,
            per_page: 100,
        }), 'the files of the pull request')) {
            for (const f of page.data) {
                files.push({
                    filename: f.filename,
                    status: f.status,
                    ...(f.previous_filename ? { previousFilename: f.previous_filename } : {}),
                });
            }
            if (files.length >= PULL_FILES_MAX)
                break;
        }
        return { files, names: fileNames(files), truncated: files.length >= PULL_FILES_MAX };
    });
}
/** Both names of renamed files, deduplicated, in first-seen order. */
function fileNames(files) {
    const seen = new Set();
    for (const f of files) {
        seen.add(f.filename);
        if (f.previousFilename)
            seen.add(f.previousFilename);
    }
    return [...seen];
}
const isBotLogin = (login) => /\[bot\]$/i.test(login);
/**
 * Requests reviews from `logins` (POST /pulls/{n}/requested_reviewers). Skips the PR author
 * (GitHub answers 422 "Review cannot be requested from pull request author") and bot logins.
 * GitHub rejects the whole request with 422 when any login is not a collaborator, so on a 422 each
 * login is retried alone and the ones GitHub refuses are reported in `skipped`, not thrown.
 * `author` avoids a GET of the pull request when the caller already knows it.
 */
async function requestReviewers(gh, repo, number, logins, options = {}) {
    const skipped = [];
    const unique = new Map();
    for (const login of logins) {
        const l = login.trim();
        if (l && !unique.has(l.toLowerCase()))
            unique.set(l.toLowerCase(), l);
    }
    if (unique.size === 0)
        return { requested: [], skipped };
    const author = (options.author ?? (await getPullRequest(gh, repo, number)).authorLogin).toLowerCase();
    const wanted = [];
    for (const [lower, login] of unique) {
        if (lower === author)
            skipped.push({ login, reason: 'author' });
        else if (isBotLogin(login))
            skipped.push({ login, reason: 'bot' });
        else
            wanted.push(login);
    }
    if (wanted.length === 0)
        return { requested: [], skipped };
    const info = {
        action: `request reviews on pull request #${number}`,
        permission: 'pull-requests: write',
        write: true,
        notFound: `pull request #${number} in ${where(repo)}`,
    };
    const post = (reviewers) => gh.call(info, (o) => o.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', {
        ...repo,
        pull_number: number,
        reviewers,
    }));
    try {
        await post(wanted);
        return { requested: wanted, skipped };
    }
    catch (error) {
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubError */ .y_ && error.status === 422))
            throw error;
    }
    const requested = [];
    for (const login of wanted) {
        try {
            await post([login]);
            requested.push(login);
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubError */ .y_ && error.status === 422))
                throw error;
            skipped.push({ login, reason: 'rejected', message: error.message });
        }
    }
    return { requested, skipped };
}


/***/ }),

/***/ 4695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R_: () => (/* binding */ notAFolderError),
/* harmony export */   S6: () => (/* binding */ PolicyDirError),
/* harmony export */   fW: () => (/* binding */ policyFilesOf),
/* harmony export */   ph: () => (/* binding */ MAX_POLICY_FILE_BYTES),
/* harmony export */   y4: () => (/* binding */ planPolicyRead),
/* harmony export */   yP: () => (/* binding */ isPolicyFileName),
/* harmony export */   zc: () => (/* binding */ tooLargeProblem)
/* harmony export */ });
/* unused harmony exports MAX_POLICY_FILES, MAX_POLICY_TOTAL_BYTES, entryProblem */
/** The largest policy file read. */
const MAX_POLICY_FILE_BYTES = 256 * 1024;
/** At most this many policy files in the folder. */
const MAX_POLICY_FILES = 1000;
/** At most this many bytes of policy files in all. */
const MAX_POLICY_TOTAL_BYTES = 5 * 1024 * 1024;
const POLICY_FILE = /\.ya?ml$/;
function isPolicyFileName(path) {
    return POLICY_FILE.test(path);
}
const REGULAR_FILES_ONLY = 'oncall-gate reads only regular files from the policy folder, so that what decides is exactly what was reviewed';
/** Why an entry that is not a regular file cannot be under the policy folder. */
function entryProblem(entry) {
    switch (entry.kind) {
        case 'symlink':
            return {
                code: 'symlink',
                message: `\`${entry.path}\` is a symbolic link; ${REGULAR_FILES_ONLY}`,
                fix: 'Replace the link with the file itself (git rm the link, copy the file in its place), or move it out of the policy folder.',
            };
        case 'submodule':
            return {
                code: 'special-file',
                message: `\`${entry.path}\` is a git submodule; ${REGULAR_FILES_ONLY}`,
                fix: 'Copy the policy files into the policy folder, or move the submodule out of it.',
            };
        case 'special':
            return {
                code: 'special-file',
                message: `\`${entry.path}\` is a special file (a pipe, socket or device); ${REGULAR_FILES_ONLY}`,
                fix: 'Remove it from the policy folder.',
            };
        case 'file':
            return undefined;
    }
}
/** The folder cannot be read as a policy folder; the message names the path and the fix. */
class PolicyDirError extends Error {
    path;
    constructor(
    /** Repo-relative path the problem is about. */
    path, message) {
        super(message);
        this.path = path;
        this.name = 'PolicyDirError';
    }
}
/** `policy-path`, or a folder on the way to it, is not a real folder at the source read. */
function notAFolderError(path, kind) {
    if (kind === 'file') {
        return new PolicyDirError(path, `\`${path}\` (on the \`policy-path\` input) is a file, not a folder; set \`policy-path\` to the folder that holds your policy files.`);
    }
    return new PolicyDirError(path, `${entryProblem({ path, kind }).message}. Make \`${path}\` a real folder.`);
}
const formatCount = (n) => n.toLocaleString('en-US');
/**
 * Decides what to read from a listing of the folder `folder` (every entry under it, any depth).
 * Non-YAML regular files are ignored; anything that is not a regular file is a problem whatever
 * its name; a YAML file over the per-file limit is a problem (it is not read); over the count or
 * total-size cap, nothing is read and the folder itself is the problem.
 */
function planPolicyRead(folder, entries) {
    const problems = [];
    const yaml = [];
    for (const entry of entries) {
        const problem = entryProblem(entry);
        if (problem)
            problems.push({ path: entry.path, text: '', problem });
        else if (isPolicyFileName(entry.path))
            yaml.push(entry);
    }
    const total = yaml.reduce((sum, e) => sum + e.size, 0);
    if (yaml.length > MAX_POLICY_FILES || total > MAX_POLICY_TOTAL_BYTES) {
        const what = yaml.length > MAX_POLICY_FILES
            ? `holds ${formatCount(yaml.length)} policy files; the limit is ${formatCount(MAX_POLICY_FILES)}`
            : `holds ${formatCount(total)} bytes of policy files; the limit is ${formatCount(MAX_POLICY_TOTAL_BYTES)} (5 MiB)`;
        const folderProblem = {
            path: folder,
            text: '',
            problem: {
                code: 'policy-folder-too-large',
                message: `The policy folder \`${folder}/\` ${what}, so none of it is read`,
                fix: 'Keep only policy files under `policy-path`, and merge small policies into fewer files.',
            },
        };
        return { read: [], problems: sortByPath([folderProblem, ...problems]) };
    }
    const read = [];
    for (const entry of yaml) {
        if (entry.size > MAX_POLICY_FILE_BYTES)
            problems.push({ path: entry.path, text: '', problem: tooLargeProblem() });
        else
            read.push(entry);
    }
    return { read: sortByPath(read), problems: sortByPath(problems) };
}
/** The per-file limit, in the words parse-yaml.ts uses when a file that was read is too large. */
function tooLargeProblem() {
    return {
        code: 'file-too-large',
        message: `The file is larger than ${MAX_POLICY_FILE_BYTES / 1024} KiB, the limit for a policy file`,
        fix: 'Split it into several files (one policy per file) or remove what is not a policy.',
    };
}
/** Files read plus problems, in one list sorted by path, as every reader returns them. */
function policyFilesOf(read, plan) {
    return sortByPath([...read, ...plan.problems]);
}
function sortByPath(items) {
    return items.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}


/***/ })

};
