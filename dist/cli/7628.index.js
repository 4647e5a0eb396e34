export const id = 7628;
export const ids = [7628];
export const modules = {

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
    let path;
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
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .gitHubError */ .Mj)('too-large', `GitHub kept answering with more pages of ${what}: over ${maxPages} pages, so oncall-gate stopped reading rather than decide on part of the list.`, 'Check GITHUB_API_URL (a proxy may be repeating pages); if the list really is that long, report it with this message.');
        }
        yield page;
    }
}


/***/ }),

/***/ 7628:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readPullEvents: () => (/* binding */ readPullEvents)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3116);
/* harmony import */ var _paginate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1674);


const FIX = 'Re-run the job. If it happens again, check that GITHUB_API_URL points at the GitHub API (a proxy may be rewriting answers).';
/**
 * GET /repos/{o}/{r}/issues/{n}/events, every page. A base change without a valid time, or a
 * dismissal that does not say which review, is an error: either could hide a reason an approval
 * does not count.
 */
async function readPullEvents(gh, repo, number) {
    return gh.call({
        action: `list the events of pull request #${number}`,
        permission: 'pull-requests: read',
        altPermission: 'issues: read',
        write: false,
        notFound: `pull request #${number} in ${repo.owner}/${repo.repo}`,
    }, async (o) => {
        let latest = null;
        const dismissed = new Set();
        for await (const page of (0,_paginate_js__WEBPACK_IMPORTED_MODULE_1__/* .cappedPages */ .y)(o.paginate.iterator('GET /repos/{owner}/{repo}/issues/{issue_number}/events', { ...repo, issue_number: number, per_page: 100 }), 'the events of the pull request')) {
            for (const e of page.data) {
                if (e.event === 'base_ref_changed') {
                    const ms = typeof e.created_at === 'string' ? Date.parse(e.created_at) : NaN;
                    if (!Number.isFinite(ms)) {
                        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .gitHubError */ .Mj)('bad-response', `GitHub listed a change of the base branch of pull request #${number} without a valid time (created_at ${JSON.stringify(String(e.created_at)).slice(0, 60)}), so no approval of it can be shown to be of its current diff.`, FIX);
                    }
                    if (!latest || ms > latest.ms)
                        latest = { at: e.created_at, ms };
                }
                else if (e.event === 'review_dismissed') {
                    const review = e.dismissed_review;
                    const id = review?.review_id;
                    const state = typeof review?.state === 'string' ? review.state.trim().toUpperCase() : '';
                    if (typeof id !== 'number' || !Number.isSafeInteger(id) || state === '') {
                        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .gitHubError */ .Mj)('bad-response', `GitHub listed a dismissed review of pull request #${number} without its review ID or state, so whether it requested changes is unknown.`, FIX);
                    }
                    if (state === 'CHANGES_REQUESTED')
                        dismissed.add(id);
                }
            }
        }
        return { baseChangedAt: latest?.at ?? null, dismissedChangeRequests: [...dismissed] };
    });
}


/***/ })

};
