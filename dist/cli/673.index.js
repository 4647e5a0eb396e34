export const id = 673;
export const ids = [673];
export const modules = {

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


/***/ }),

/***/ 8673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   githubIdentitySource: () => (/* binding */ githubIdentitySource)
/* harmony export */ });
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3116);
/* harmony import */ var _github_users_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8267);


function githubIdentitySource(gh) {
    return {
        publicEmail: (login) => (0,_github_users_js__WEBPACK_IMPORTED_MODULE_1__/* .getUserPublicEmail */ .p)(gh, login),
        verifiedDomainEmails: async (login, org) => {
            try {
                return await (0,_github_users_js__WEBPACK_IMPORTED_MODULE_1__/* .getVerifiedDomainEmails */ .S)(gh, login, org);
            }
            catch (error) {
                if (error instanceof _github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubError */ .y_ && error.kind === 'permission')
                    return { forbidden: true };
                throw error;
            }
        },
    };
}


/***/ })

};
