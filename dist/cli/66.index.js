export const id = 66;
export const ids = [66,681,113];
export const modules = {

/***/ 7681:
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

;// CONCATENATED MODULE: ./src/api-deadline.ts
// One deadline for all of a run's API work, incident.io and GitHub together (the `api-timeout`
// input, 60 s by default). Each client also bounds its own calls and retries; this bounds their
// sum, so a deploy job never waits minutes on a slow API: when the deadline passes, the run ends
// with `error`, naming the requests that were still waiting, and the requests in flight are
// aborted. Time here is elapsed time on the monotonic clock, never the wall clock.
class DeadlineExceededError extends Error {
    totalMs;
    waiting;
    name = 'DeadlineExceededError';
    constructor(totalMs, 
    /** The requests that were still waiting. */
    waiting) {
        super(`The API work of this run did not finish within ${formatSeconds(totalMs)} (the \`api-timeout\` input)` +
            (waiting.length > 0 ? `; still waiting for: ${waiting.join(', ')}` : ''));
        this.totalMs = totalMs;
        this.waiting = waiting;
    }
    fix = 'Check that the runner reaches incident.io and GitHub (https://status.incident.io, https://www.githubstatus.com, proxies and ' +
        'firewalls of self-hosted runners) and re-run the job; raise `api-timeout` only if the APIs are slow but working.';
}
function formatSeconds(ms) {
    const s = ms / 1000;
    return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}
function createApiDeadline(totalMs, elapsed = () => performance.now()) {
    const start = elapsed();
    const inFlight = new Map();
    let next = 0;
    const controller = new AbortController();
    let resolveExpired;
    const expired = new Promise((resolve) => (resolveExpired = resolve));
    const expire = () => {
        if (controller.signal.aborted)
            return;
        controller.abort(new DeadlineExceededError(totalMs, [...inFlight.values()]));
        resolveExpired();
    };
    // unref: the timer alone never keeps the process alive once the run is done.
    const timer = setTimeout(expire, totalMs);
    timer.unref?.();
    const remainingMs = () => Math.max(0, totalMs - (elapsed() - start));
    return {
        totalMs,
        signal: controller.signal,
        expired,
        remainingMs,
        begin(what) {
            if (controller.signal.aborted || remainingMs() <= 0) {
                expire();
                throw new DeadlineExceededError(totalMs, [...inFlight.values(), what]);
            }
            const id = next++;
            inFlight.set(id, what);
            return () => inFlight.delete(id);
        },
        pending: () => [...inFlight.values()],
        dispose: () => clearTimeout(timer),
    };
}

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
                if (error instanceof DeadlineExceededError)
                    throw error;
                throw (0,errors/* toGitHubError */.Lg)(error, info, apiUrl, redact);
            }
        },
    };
}


/***/ }),

/***/ 3113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readPolicyFilesAtRef: () => (/* binding */ readPolicyFilesAtRef)
/* harmony export */ });
/* harmony import */ var _policy_policy_tree_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4695);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3116);
// Policy files at a ref (the PR base SHA or the default branch: the policy that decides never
// comes from the PR head, DESIGN.md section 6).
//
// Why the Git trees API, walked to the folder, and not the contents API or one recursive tree of
// the whole repository:
// - the contents API lists one directory per call and caps directories at 1,000 entries, so a
//   nested policy folder costs a call per sub-folder;
// - `GET /git/trees/{ref}?recursive=1` on the repository root is capped at 100,000 entries / 7 MB
//   and comes back `truncated` in large monorepos, which would make the policy unreadable;
// - walking the path one tree at a time (non-recursive) and fetching only the policy folder's tree
//   recursively costs (depth + 1) small calls and is truncated only if the policy folder itself
//   holds 100,000 entries, which is an error here.
// Each file is then one `GET /git/blobs/{sha}` (base64; blobs up to 100 MB, unlike the 1 MB of
// the contents API). REST "Git trees" / "Git blobs"; both need `contents: read`.


/** What a tree entry is, by its git mode: 120000 a symbolic link (its blob is the link target), 160000 a submodule. */
function kindOf(entry) {
    if (entry.type === 'tree')
        return 'folder';
    if (entry.type === 'commit' || entry.mode === '160000')
        return 'submodule';
    if (entry.type !== 'blob')
        return 'special';
    return entry.mode === '120000' ? 'symlink' : 'file';
}
/**
 * Reads every policy file under `policyPath` (e.g. "policies") at `ref` (a commit SHA, or a
 * branch or tag name). A missing folder is `{ files: [], folderMissing: true }`; an unknown ref
 * is a GitHubError (not-found); a truncated tree is a GitHubError too, never a silently partial
 * policy. Links, submodules and files or a folder over the size limits come back as files with a
 * `problem` (policy/policy-tree.ts), exactly as from a checkout; a path that is not a folder is a
 * PolicyDirError.
 */
async function readPolicyFilesAtRef(gh, repo, ref, policyPath, options = {}) {
    const folder = policyPath.replace(/\\/g, '/').replace(/^\.?\/+/, '').replace(/\/+$/, '');
    const segments = folder.split('/').filter((s) => s !== '' && s !== '.');
    if (segments.length === 0 || segments.includes('..')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubError */ .y_('validation', `The policy path "${policyPath}" is not a folder inside the repository.`, 'Set `policy-path` to a repository-relative folder such as `policies`.');
    }
    const where = `${repo.owner}/${repo.repo}`;
    const info = {
        action: `read the policy folder ${folder}/ at ${ref}`,
        permission: 'contents: read',
        write: false,
        notFound: `ref ${ref} in ${where}`,
    };
    const located = await gh.call(info, async (o) => {
        const getTree = async (treeish, recursive) => {
            const res = await o.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
                ...repo,
                tree_sha: treeish,
                ...(recursive ? { recursive: '1' } : {}),
            });
            return res.data;
        };
        let tree = await getTree(ref, false);
        for (const [i, segment] of segments.entries()) {
            const entry = tree.tree.find((e) => e.path === segment);
            if (!entry) {
                if (tree.truncated) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubError */ .y_('too-large', `GitHub truncated the tree of ${segments.slice(0, i).join('/') || 'the repository root'} at ${ref}, so ${folder}/ cannot be found in it.`, 'Move the policy folder nearer the repository root (set `policy-path` accordingly).');
                }
                return undefined;
            }
            const kind = kindOf(entry);
            // Thrown outside gh.call, which would turn it into a GitHub error.
            if (kind !== 'folder')
                return { notFolder: { path: segments.slice(0, i + 1).join('/'), kind } };
            if (!entry.sha)
                throw malformedTree(ref);
            // Non-recursive on the way down; recursive only for the policy folder itself.
            tree = await getTree(entry.sha, i === segments.length - 1);
        }
        if (tree.truncated) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubError */ .y_('too-large', `GitHub truncated the tree of ${folder}/ at ${ref} (over 100,000 entries or 7 MB), so the policy cannot be read completely.`, 'Keep only policy files under `policy-path`.');
        }
        return { tree };
    });
    if (!located)
        return { files: [], folderMissing: true };
    if ('notFolder' in located)
        throw (0,_policy_policy_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .notAFolderError */ .R_)(located.notFolder.path, located.notFolder.kind);
    const listing = located.tree;
    const entries = [];
    const shas = new Map();
    for (const e of listing.tree) {
        if (typeof e.path !== 'string' || !e.path)
            throw malformedTree(ref);
        const kind = kindOf(e);
        if (kind === 'folder')
            continue; // the recursive listing also lists every file inside it
        const path = `${folder}/${e.path}`;
        entries.push({ path, kind, size: e.size ?? 0 });
        if (kind === 'file' && e.sha)
            shas.set(path, e.sha);
    }
    const plan = (0,_policy_policy_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .planPolicyRead */ .y4)(folder, entries);
    const blobs = plan.read.map((e) => {
        const sha = shas.get(e.path);
        if (!sha)
            throw malformedTree(ref);
        return { path: e.path, sha };
    });
    const files = new Array(blobs.length);
    let next = 0;
    const worker = async () => {
        while (next < blobs.length) {
            const i = next++;
            const b = blobs[i];
            const text = await gh.call({ ...info, action: `read ${b.path} at ${ref}`, notFound: `blob ${b.sha} (${b.path}) in ${where}` }, async (o) => {
                const res = await o.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', { ...repo, file_sha: b.sha });
                const data = res.data;
                const content = data.content ?? '';
                return data.encoding === 'base64' ? Buffer.from(content, 'base64').toString('utf8') : content;
            });
            files[i] = { path: b.path, text };
        }
    };
    const concurrency = Math.max(1, Math.min(options.concurrency ?? 4, blobs.length));
    await Promise.all(Array.from({ length: concurrency }, worker));
    return { files: (0,_policy_policy_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .policyFilesOf */ .fW)(files, plan), folderMissing: false };
}
function malformedTree(ref) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubError */ .y_('other', `GitHub answered a git tree at ${ref} with an entry that has no path or object ID.`, 'Re-run the job; if it happens again, check that GITHUB_API_URL points at the GitHub API.');
}


/***/ }),

/***/ 3066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ACTIVITY_PAGE: () => (/* reexport */ ACTIVITY_PAGE),
  CHECK_RUN_EXTERNAL_ID: () => (/* reexport */ CHECK_RUN_EXTERNAL_ID),
  CHECK_RUN_TEXT_MAX: () => (/* reexport */ CHECK_RUN_TEXT_MAX),
  COMMENT_BODY_MAX: () => (/* reexport */ COMMENT_BODY_MAX),
  COMPARE_FILES_MAX: () => (/* reexport */ COMPARE_FILES_MAX),
  DEFAULT_COMMENT_BOT: () => (/* reexport */ DEFAULT_COMMENT_BOT),
  GitHubError: () => (/* reexport */ errors/* GitHubError */.y_),
  PULL_COMMITS_MAX: () => (/* reexport */ PULL_COMMITS_MAX),
  PULL_FILES_MAX: () => (/* reexport */ PULL_FILES_MAX),
  capText: () => (/* reexport */ capText),
  compareCommits: () => (/* reexport */ compareCommits),
  createGitHubClient: () => (/* reexport */ client.createGitHubClient),
  fileNames: () => (/* reexport */ fileNames),
  findHeadPushers: () => (/* reexport */ findHeadPushers),
  findStickyComment: () => (/* reexport */ findStickyComment),
  getPullRequest: () => (/* reexport */ getPullRequest),
  getUserPublicEmail: () => (/* reexport */ users/* getUserPublicEmail */.p),
  getVerifiedDomainEmails: () => (/* reexport */ users/* getVerifiedDomainEmails */.S),
  githubMessage: () => (/* reexport */ errors/* githubMessage */.hg),
  isBotAuthor: () => (/* reexport */ isBotAuthor),
  isGraphqlMutation: () => (/* reexport */ client.isGraphqlMutation),
  listCommitPulls: () => (/* reexport */ listCommitPulls),
  listPullCommitLogins: () => (/* reexport */ listPullCommitLogins),
  listPullFiles: () => (/* reexport */ listPullFiles),
  listReviews: () => (/* reexport */ listReviews),
  rateLimitRetryDecision: () => (/* reexport */ client.rateLimitRetryDecision),
  readPolicyFilesAtRef: () => (/* reexport */ contents.readPolicyFilesAtRef),
  repoRefOf: () => (/* reexport */ repoRefOf),
  requestReviewers: () => (/* reexport */ requestReviewers),
  stickyCommentBody: () => (/* reexport */ stickyCommentBody),
  toGitHubError: () => (/* reexport */ errors/* toGitHubError */.Lg),
  toPullRequest: () => (/* reexport */ toPullRequest),
  upsertCheckRun: () => (/* reexport */ upsertCheckRun),
  upsertStickyComment: () => (/* reexport */ upsertStickyComment)
});

// EXTERNAL MODULE: ./src/github/client.ts + 2 modules
var client = __webpack_require__(7681);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(3116);
;// CONCATENATED MODULE: ./src/github/paginate.ts
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
            throw new errors/* GitHubError */.y_('too-large', `GitHub kept answering with more pages of ${what}: over ${maxPages} pages, so oncall-gate stopped reading rather than decide on part of the list.`, 'Check GITHUB_API_URL (a proxy may be repeating pages); if the list really is that long, report it with this message.');
        }
        yield page;
    }
}

;// CONCATENATED MODULE: ./src/github/pulls.ts


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
        for await (const page of cappedPages(o.paginate.iterator('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
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
        if (!(error instanceof errors/* GitHubError */.y_ && error.status === 422))
            throw error;
    }
    const requested = [];
    for (const login of wanted) {
        try {
            await post([login]);
            requested.push(login);
        }
        catch (error) {
            if (!(error instanceof errors/* GitHubError */.y_ && error.status === 422))
                throw error;
            skipped.push({ login, reason: 'rejected', message: error.message });
        }
    }
    return { requested, skipped };
}

;// CONCATENATED MODULE: ./src/github/reviews.ts

/** GET /repos/{o}/{r}/pulls/{n}/reviews, every page (oldest first). */
async function listReviews(gh, repo, number) {
    return gh.call({
        action: `list the reviews of pull request #${number}`,
        permission: 'pull-requests: read',
        write: false,
        notFound: `pull request #${number} in ${repo.owner}/${repo.repo}`,
    }, async (o) => {
        const reviews = [];
        for await (const page of cappedPages(o.paginate.iterator('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
            ...repo,
            pull_number: number,
            per_page: 100,
        }), 'the reviews of the pull request')) {
            for (const r of page.data) {
                reviews.push({
                    id: r.id,
                    login: r.user?.login ?? '',
                    userType: r.user?.type ?? '',
                    state: r.state,
                    commitId: r.commit_id ?? null,
                    submittedAt: r.submitted_at ?? null,
                    htmlUrl: r.html_url,
                });
            }
        }
        return reviews;
    });
}

;// CONCATENATED MODULE: ./src/github/parties.ts


/** GitHub lists at most this many commits of a pull request (REST "List commits on a pull request"). */
const PULL_COMMITS_MAX = 250;
/**
 * GET /repos/{o}/{r}/pulls/{n}/commits, every page up to GitHub's cap of 250. `expected` is the
 * pull request's own `commits` count when known, so a shorter list is reported as truncated too.
 * A commit whose email GitHub cannot link to an account has a null `author`/`committer`: it adds
 * nobody (and, since these logins only disqualify, leaving someone out never approves anything).
 */
async function listPullCommitLogins(gh, repo, number, expected = 0) {
    return gh.call({
        action: `list the commits of pull request #${number}`,
        permission: 'pull-requests: read',
        write: false,
        notFound: `pull request #${number} in ${repo.owner}/${repo.repo}`,
    }, async (o) => {
        const seen = new Map();
        let listed = 0;
        for await (const page of cappedPages(o.paginate.iterator('GET /repos/{owner}/{repo}/pulls/{pull_number}/commits', {
            ...repo,
            pull_number: number,
            per_page: 100,
        }), 'the commits of the pull request')) {
            for (const c of page.data) {
                listed++;
                for (const who of [c.author, c.committer]) {
                    const login = typeof who?.login === 'string' ? who.login.trim() : '';
                    if (login && !seen.has(login.toLowerCase()))
                        seen.set(login.toLowerCase(), login);
                }
            }
            if (listed >= PULL_COMMITS_MAX)
                break;
        }
        return { logins: [...seen.values()], listed, truncated: listed >= PULL_COMMITS_MAX || expected > listed };
    });
}
/** How many of a branch's latest activities are searched for the push of its head (one request). */
const ACTIVITY_PAGE = 100;
/**
 * The accounts that pushed `sha` to `branch` of `headRepo`, from GitHub's repository activity log
 * (GET /repos/{o}/{r}/activity?ref=refs/heads/<branch>, newest first): every push, force push or
 * branch creation whose `after` is the commit. Only the newest page is read, so the cost is one
 * request; the push of a pull request's head is normally the branch's latest activity (a merged
 * pull request's branch may also have been deleted since). Any failure (no `contents: read` on the
 * head repository, a fork the token cannot read, a server without the activity log) is
 * `known: false` with the reason, never an error: not knowing the pusher must not stop a
 * decision, and it can never approve anything either.
 */
async function findHeadPushers(gh, headRepo, branch, sha) {
    const short = sha.slice(0, 12);
    if (!headRepo)
        return { known: false, why: 'the head repository was deleted' };
    if (!branch)
        return { known: false, why: 'GitHub did not name the head branch' };
    const where = `${headRepo.owner}/${headRepo.repo}`;
    let data;
    try {
        data = await gh.call({
            action: `list the push activity of ${branch} in ${where}`,
            permission: 'contents: read',
            write: false,
            notFound: `the repository ${where}`,
        }, async (o) => (await o.request('GET /repos/{owner}/{repo}/activity', {
            ...headRepo,
            ref: `refs/heads/${branch}`,
            per_page: ACTIVITY_PAGE,
        })).data);
    }
    catch (error) {
        if (!(error instanceof errors/* GitHubError */.y_))
            throw error;
        const answer = error.status !== undefined ? `it answered ${error.status}` : `the request failed (${error.kind})`;
        return { known: false, why: `GitHub's activity log of ${where} could not be read: ${answer}` };
    }
    if (!Array.isArray(data))
        return { known: false, why: `GitHub's activity log of ${where} was not a list` };
    const pushes = data.filter((a) => typeof a === 'object' && a !== null && typeof a.after === 'string' && a.after.toLowerCase() === sha.toLowerCase() && a.activity_type !== 'branch_deletion');
    if (pushes.length === 0) {
        return { known: false, why: `GitHub's activity log of ${branch} in ${where} shows no push of ${short} among its ${ACTIVITY_PAGE} latest entries` };
    }
    const logins = pushes.map((p) => (typeof p.actor?.login === 'string' ? p.actor.login.trim() : ''));
    // A push by an account that no longer exists cannot be compared with anyone.
    if (logins.some((l) => l === ''))
        return { known: false, why: `the push of ${short} was made by an account GitHub no longer shows` };
    return { known: true, logins: [...new Map(logins.map((l) => [l.toLowerCase(), l])).values()] };
}
/** "owner/repo" -> RepoRef; undefined for '' (a deleted fork) or anything else malformed. */
function repoRefOf(fullName) {
    const [owner, repo, ...rest] = fullName.split('/');
    return owner && repo && rest.length === 0 ? { owner, repo } : undefined;
}

;// CONCATENATED MODULE: ./src/github/commits.ts



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
        for await (const page of cappedPages(o.paginate.iterator('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', {
            ...repo,
            commit_sha: sha,
            per_page: 100,
        }), 'the pull requests of the commit')) {
            for (const p of page.data) {
                const { changedFiles: _files, commits: _commits, ...pull } = toPullRequest(p);
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
        throw new errors/* GitHubError */.y_('validation', `Cannot compare commits: the base "${base}" is not a commit (a push that creates a branch has no "before").`, 'Treat a new branch as "everything changed", or compare with the default branch instead.');
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
        const files = fileNames(raw.map((f) => ({ filename: f.filename, ...(f.previous_filename ? { previousFilename: f.previous_filename } : {}) })));
        return {
            files,
            status: res.data.status,
            totalCommits: res.data.total_commits,
            truncated: raw.length >= COMPARE_FILES_MAX,
        };
    });
}

// EXTERNAL MODULE: ./src/github/users.ts
var users = __webpack_require__(8267);
;// CONCATENATED MODULE: ./src/github/text.ts
// Length caps GitHub enforces on text we write: issue comment bodies are limited to 65,536
// characters (GitHub answers 422 "Body is too long (maximum is 65536 characters)"), check run
// `output.summary` and `output.text` to 65,535 (REST "Create a check run").
const COMMENT_BODY_MAX = 65_536;
const CHECK_RUN_TEXT_MAX = 65_535;
/**
 * Returns `text` unchanged when it is shorter than `max` UTF-16 code units; otherwise cuts it at a
 * line boundary, closes an open ``` fence, and appends `note`, keeping the result under `max`.
 * Counting UTF-16 units is never less than GitHub's character count, so the result always fits.
 */
function capText(text, max, note) {
    if (text.length < max)
        return text;
    const tail = `\n\n${note}`;
    const fenceClose = '\n```';
    let budget = max - 1 - tail.length - fenceClose.length;
    if (budget <= 0)
        return note.slice(0, max - 1);
    // Never split a surrogate pair.
    const code = text.charCodeAt(budget - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        budget -= 1;
    let cut = text.slice(0, budget);
    const lastNewline = cut.lastIndexOf('\n');
    if (lastNewline > budget - 2000 && lastNewline > 0)
        cut = cut.slice(0, lastNewline);
    const fences = cut.match(/^\s*```/gm)?.length ?? 0;
    return `${cut}${fences % 2 === 1 ? fenceClose : ''}${tail}`;
}

;// CONCATENATED MODULE: ./src/github/comments.ts



/**
 * The account the default `github-token` (the workflow's GITHUB_TOKEN) writes as. Sticky comments
 * are only ever edited when this account wrote them, unless StickyCommentOptions.botLogin names
 * the bot of another token.
 */
const DEFAULT_COMMENT_BOT = 'github-actions[bot]';
/**
 * Whether a comment's author is a bot account, and `botLogin` when one is given. A bot is marked
 * by GitHub as such (`user.type === 'Bot'`) AND has a login ending in `[bot]`: GitHub App accounts,
 * including `github-actions[bot]` behind the default GITHUB_TOKEN, always have both, and no human
 * account can (`[` is not allowed in user logins).
 */
function isBotAuthor(user, botLogin) {
    if (!user?.login || user.type !== 'Bot' || !/\[bot\]$/i.test(user.login))
        return false;
    return botLogin === undefined || user.login.toLowerCase() === botLogin.toLowerCase();
}
/**
 * The login this token writes as, from GraphQL `viewer` (an App installation token answers with its
 * `<app-slug>[bot]`); undefined when GitHub will not say (`GET /user` is not open to such tokens).
 */
async function tokenBotLogin(gh) {
    try {
        return await gh.call({ action: 'ask GitHub which account this token writes as', permission: 'none', write: false, notFound: 'the token viewer' }, async (o) => (await o.graphql({ query: 'query { viewer { login } }' })).viewer?.login);
    }
    catch {
        return undefined;
    }
}
/** The body as it will be posted: marker first if missing, capped below 65,536 characters. */
function stickyCommentBody(marker, body, summaryUrl) {
    const withMarker = body.includes(marker) ? body : `${marker}\n${body}`;
    const where = summaryUrl ? `[the step summary of this run](${summaryUrl})` : "the workflow run's step summary";
    const note = `> [!NOTE]\n> This comment was cut to fit GitHub's ${COMMENT_BODY_MAX.toLocaleString('en-US')}-character limit; the full text is in ${where}.`;
    let capped = capText(withMarker, COMMENT_BODY_MAX, note);
    // The marker must survive truncation, or the next run would post a second comment.
    if (!capped.includes(marker))
        capped = `${marker}\n${capText(withMarker, COMMENT_BODY_MAX - marker.length - 1, note)}`;
    return capped;
}
/**
 * The PR comment carrying `marker` that our own bot account wrote (options.botLogin, default
 * github-actions[bot]; with a GitHub App token, the App's bot as GraphQL `viewer` names it, asked
 * only when such a comment exists), the first one, oldest first; undefined when there is none.
 * Any other author's comment that carries the marker is never ours: not a human's that quotes
 * it, and not another GitHub App's, which anyone able to make that app echo text (a chat-ops or
 * CI bot quoting a PR author) could plant ahead of ours; editing it would put our text under an
 * author who can rewrite it afterwards, and reading it would take their word for what we wrote.
 * Needs `pull-requests: read` (or `issues: read`).
 */
async function findStickyComment(gh, repo, number, marker, options = {}) {
    const ourBot = options.botLogin?.trim() || DEFAULT_COMMENT_BOT;
    const onPr = `pull request #${number} in ${repo.owner}/${repo.repo}`;
    const otherBots = [];
    const existing = await gh.call({
        action: `read the comments of pull request #${number}`,
        permission: 'pull-requests: read',
        altPermission: 'issues: read',
        write: false,
        notFound: onPr,
    }, async (o) => {
        for await (const page of cappedPages(o.paginate.iterator('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            ...repo,
            issue_number: number,
            per_page: 100,
        }), 'the comments of the pull request')) {
            const mine = page.data.find((c) => (c.body ?? '').includes(marker) && isBotAuthor(c.user, ourBot));
            if (mine)
                return { id: mine.id, url: mine.html_url, body: mine.body ?? '' };
            for (const c of page.data) {
                if ((c.body ?? '').includes(marker) && isBotAuthor(c.user))
                    otherBots.push({ id: c.id, url: c.html_url, body: c.body ?? '', login: c.user.login });
            }
        }
        return undefined;
    });
    if (existing)
        return existing;
    // A marked comment by another bot is ours only when that bot is who this token writes as (a
    // GitHub App token in `github-token`). Asked only in that case, so the default token pays nothing.
    if (!options.botLogin && otherBots.length > 0) {
        const self = await tokenBotLogin(gh);
        const ours = self ? otherBots.find((c) => c.login.toLowerCase() === self.toLowerCase()) : undefined;
        if (ours)
            return { id: ours.id, url: ours.url, body: ours.body };
    }
    return undefined;
}
/**
 * Creates or edits the PR comment carrying `marker`: the one findStickyComment returns (or
 * options.existing, when the caller already looked it up: `null` means it found none). Needs
 * `pull-requests: write` (or `issues: write`).
 */
async function upsertStickyComment(gh, repo, number, marker, body, options = {}) {
    if (marker.trim() === '') {
        throw new errors/* GitHubError */.y_('validation', 'A sticky comment needs a non-empty marker.', 'Pass a marker such as `<!-- oncall-gate:plan -->`.');
    }
    const text = stickyCommentBody(marker, body, options.summaryUrl);
    const onPr = `pull request #${number} in ${repo.owner}/${repo.repo}`;
    const existing = options.existing === undefined ? await findStickyComment(gh, repo, number, marker, options) : (options.existing ?? undefined);
    if (existing)
        return upsertExisting(existing);
    async function upsertExisting(existing) {
        if (existing.body === text)
            return { id: existing.id, url: existing.url, created: false, updated: false };
        return gh.call({
            action: `update the oncall-gate comment on pull request #${number}`,
            permission: 'pull-requests: write',
            altPermission: 'issues: write',
            write: true,
            notFound: `comment ${existing.id} on ${onPr}`,
        }, async (o) => {
            const res = await o.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
                ...repo,
                comment_id: existing.id,
                body: text,
            });
            return { id: Number(res.data.id), url: res.data.html_url, created: false, updated: true };
        });
    }
    return gh.call({
        action: `comment on pull request #${number}`,
        permission: 'pull-requests: write',
        altPermission: 'issues: write',
        write: true,
        notFound: onPr,
    }, async (o) => {
        const res = await o.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            ...repo,
            issue_number: number,
            body: text,
        });
        return { id: Number(res.data.id), url: res.data.html_url, created: true, updated: false };
    });
}

;// CONCATENATED MODULE: ./src/github/checks.ts



/**
 * `external_id` of every check run this action creates. A workflow *job* named like our check
 * also produces a check run with that name on the same SHA, created by the same GitHub Actions
 * app; only runs carrying this id are ever updated, so the job's own run is never overwritten.
 */
const CHECK_RUN_EXTERNAL_ID = 'oncall-gate';
/**
 * Creates or updates the check run `name` on `headSha`. The newest run with that name and our
 * external_id is updated; a new run is created when there is none, or when the newest is already
 * completed and the new state is in_progress (GitHub does not move a completed run back to
 * in_progress; the newest run of a name is the one GitHub and branch protection show).
 */
async function upsertCheckRun(gh, repo, headSha, name, state) {
    if (state.status === 'completed' && !state.conclusion) {
        throw new errors/* GitHubError */.y_('validation', `Check run "${name}": a completed check run needs a conclusion.`, 'Pass conclusion success, failure or neutral.');
    }
    if (state.status === 'in_progress' && state.conclusion) {
        throw new errors/* GitHubError */.y_('validation', `Check run "${name}": an in_progress check run cannot have a conclusion (GitHub would mark it completed).`, 'Drop the conclusion or use status completed.');
    }
    const note = '**Truncated** to fit GitHub\'s 65,535-character limit; the full text is in the step summary of this run.';
    const output = {
        title: state.title,
        summary: capText(state.summary, CHECK_RUN_TEXT_MAX, note),
        ...(state.text !== undefined ? { text: capText(state.text, CHECK_RUN_TEXT_MAX, note) } : {}),
    };
    const onSha = `commit ${headSha} in ${repo.owner}/${repo.repo}`;
    const existing = await gh.call({
        action: `find the "${name}" check run on ${headSha}`,
        permission: 'checks: write',
        write: false,
        notFound: onSha,
    }, async (o) => {
        let newest;
        for await (const page of cappedPages(o.paginate.iterator('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
            ...repo,
            ref: headSha,
            check_name: name,
            filter: 'all',
            per_page: 100,
        }), 'the check runs of the commit')) {
            for (const run of page.data) {
                if (run.name !== name || run.external_id !== CHECK_RUN_EXTERNAL_ID)
                    continue;
                if (!newest || run.id > newest.id)
                    newest = { id: run.id, status: run.status };
            }
        }
        return newest;
    });
    const fields = {
        name,
        status: state.status,
        ...(state.conclusion ? { conclusion: state.conclusion } : {}),
        ...(state.detailsUrl ? { details_url: state.detailsUrl } : {}),
        external_id: CHECK_RUN_EXTERNAL_ID,
        output,
    };
    if (existing && !(existing.status === 'completed' && state.status !== 'completed')) {
        return gh.call({
            action: `update the "${name}" check run`,
            permission: 'checks: write',
            write: true,
            notFound: `check run ${existing.id} in ${repo.owner}/${repo.repo}`,
        }, async (o) => {
            const res = await o.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
                ...repo,
                check_run_id: existing.id,
                ...fields,
            });
            return { id: Number(res.data.id), url: res.data.html_url ?? '', created: false };
        });
    }
    return gh.call({
        action: `create the "${name}" check run on ${headSha}`,
        permission: 'checks: write',
        write: true,
        notFound: onSha,
    }, async (o) => {
        const res = await o.request('POST /repos/{owner}/{repo}/check-runs', { ...repo, head_sha: headSha, ...fields });
        return { id: Number(res.data.id), url: res.data.html_url ?? '', created: true };
    });
}

// EXTERNAL MODULE: ./src/github/contents.ts
var contents = __webpack_require__(3113);
;// CONCATENATED MODULE: ./src/github/index.ts
// The GitHub adapter's public surface. Importing this loads no Octokit code: @actions/github and
// its plugins are imported by client.ts on the first API call.













/***/ }),

/***/ 8267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ getVerifiedDomainEmails),
/* harmony export */   p: () => (/* binding */ getUserPublicEmail)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3116);

/**
 * GET /users/{login} `email`: the user's public profile e-mail, or null when they show none or
 * the login does not exist.
 */
async function getUserPublicEmail(gh, login) {
    try {
        return await gh.call({
            action: `read the public profile of ${login}`,
            permission: 'contents: read',
            write: false,
            notFound: `GitHub user ${login}`,
        }, async (o) => {
            const res = await o.request('GET /users/{username}', { username: login });
            const email = res.data.email;
            return typeof email === 'string' && email.trim() !== '' ? email.trim() : null;
        });
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubError */ .y_ && error.kind === 'not-found')
            return null;
        throw error;
    }
}
const VERIFIED_EMAILS_QUERY = `query oncallGateVerifiedEmails($login: String!, $org: String!) {
  user(login: $login) {
    organizationVerifiedDomainEmails(login: $org)
  }
}`;
const orgTokenFix = (login) => `The workflow GITHUB_TOKEN cannot read organization member e-mails. Put an org-capable token in \`github-token\`: a GitHub App installation token with Organization "Members: read", or an organization owner's token with \`read:org\`. Or map ${login} in the identities file (\`users:\`) and drop \`github-verified-domain-email\` from \`lookup\`.`;
/**
 * GraphQL `user(login){ organizationVerifiedDomainEmails(login: org) }`: the user's verified
 * e-mails on the organization's verified domains. [] when the user does not exist or has none.
 * FORBIDDEN / insufficient scopes become a GitHubError (kind `permission`) that explains the
 * org-capable token this needs.
 */
async function getVerifiedDomainEmails(gh, login, org) {
    const info = {
        action: `read the verified-domain e-mails of ${login} in organization ${org}`,
        permission: 'an org-capable token (GitHub App with Members: read, or read:org)',
        write: false,
        notFound: `GitHub user ${login}`,
    };
    let result;
    try {
        result = await gh.call(info, async (o) => {
            try {
                // The object form, because `url` cannot be passed next to a query string.
                const data = await o.graphql({
                    query: VERIFIED_EMAILS_QUERY,
                    login,
                    org,
                    ...(gh.graphqlUrl ? { url: gh.graphqlUrl } : {}),
                });
                return { emails: data.user?.organizationVerifiedDomainEmails ?? [] };
            }
            catch (error) {
                // GraphQL reports field errors in `errors[]` with HTTP 200; Octokit throws them as a
                // GraphqlResponseError carrying that array.
                const errors = error.errors;
                if (error.name === 'GraphqlResponseError' && Array.isArray(errors)) {
                    return { errors: errors };
                }
                throw error;
            }
        });
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubError */ .y_ && error.status === 403) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubError */ .y_('permission', `GitHub refused to ${info.action} (403)${error.call ? ` (${error.call})` : ''}.`, orgTokenFix(login), error.status, error.call);
        }
        throw error;
    }
    if ('emails' in result)
        return result.emails;
    const errors = result.errors;
    // An unknown login is NOT_FOUND on `user`: no e-mails, like a user without any.
    if (errors.every((e) => e.type === 'NOT_FOUND'))
        return [];
    const denied = errors.find((e) => e.type === 'FORBIDDEN' || e.type === 'INSUFFICIENT_SCOPES');
    if (denied) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubError */ .y_('permission', `GitHub refused to ${info.action} (${denied.type}: ${denied.message ?? 'forbidden'}).`, orgTokenFix(login));
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubError */ .y_('other', `GitHub's GraphQL API failed to ${info.action}: ${errors.map((e) => e.message ?? e.type ?? '?').join('; ')}.`, 'Re-run the job; if it fails again, map the login in the identities file (`users:`) instead.');
}


/***/ })

};
