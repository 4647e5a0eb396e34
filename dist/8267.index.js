export const id = 8267;
export const ids = [8267];
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

/***/ 8267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   getUserPublicEmail: () => (/* binding */ getUserPublicEmail),
/* harmony export */   getVerifiedDomainEmails: () => (/* binding */ getVerifiedDomainEmails),
/* harmony export */   verifiedDomainEmailsOrForbidden: () => (/* binding */ verifiedDomainEmailsOrForbidden)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3116);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);


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
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isServiceError */ .gi)(error, 'github', 'not-found'))
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
 * FORBIDDEN / insufficient scopes become a `permission` error that explains the
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
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isServiceError */ .gi)(error, 'github') && error.status === 403) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .gitHubError */ .Mj)('permission', `GitHub refused to ${info.action} (403)${error.call ? ` (${error.call})` : ''}.`, orgTokenFix(login), error.status, error.call);
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
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .gitHubError */ .Mj)('permission', `GitHub refused to ${info.action} (${denied.type}: ${denied.message ?? 'forbidden'}).`, orgTokenFix(login));
    }
    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .gitHubError */ .Mj)('bad-response', `GitHub's GraphQL API failed to ${info.action}: ${errors.map((e) => e.message ?? e.type ?? '?').join('; ')}.`, 'Re-run the job; if it fails again, map the login in the identities file (`users:`) instead.');
}
/**
 * getVerifiedDomainEmails for the identity resolver: a refusal (the token may not read them)
 * means "this lookup is unavailable to this token", so the resolver goes on to the next one;
 * any other failure still fails.
 */
async function verifiedDomainEmailsOrForbidden(gh, login, org) {
    try {
        return await getVerifiedDomainEmails(gh, login, org);
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isServiceError */ .gi)(error, 'github', 'permission'))
            return { forbidden: true };
        throw error;
    }
}


/***/ })

};
