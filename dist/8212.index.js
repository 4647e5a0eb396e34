export const id = 8212;
export const ids = [8212];
export const modules = {

/***/ 8212:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubPort: () => (/* binding */ createGitHubPort)
/* harmony export */ });
function createGitHubPort(options) {
    const repo = options.repository;
    let client;
    const gh = () => (client ??= __webpack_require__.e(/* import() */ 6584).then(__webpack_require__.bind(__webpack_require__, 6584)).then(({ createGitHubClient }) => createGitHubClient({
        token: options.token,
        apiUrl: options.apiUrl,
        readOnly: options.readOnly,
        ...(options.graphqlUrl ? { graphqlUrl: options.graphqlUrl } : {}),
        ...(options.redactor ? { redactor: options.redactor } : {}),
        ...(options.deadline ? { deadline: options.deadline } : {}),
        ...(options.log ? { log: options.log } : {}),
        ...(options.tuning ? { tuning: options.tuning } : {}),
    })));
    return {
        repository: repo,
        readOnly: options.readOnly,
        branchTip: async (branch) => (await __webpack_require__.e(/* import() */ 5203).then(__webpack_require__.bind(__webpack_require__, 5203))).fetchBranchTip({
            apiUrl: options.apiUrl,
            token: options.token,
            owner: repo.owner,
            repo: repo.repo,
            branch,
            ...(options.redactor ? { redactor: options.redactor } : {}),
            ...(options.deadline ? { deadline: options.deadline } : {}),
        }),
        getPullRequest: async (n) => (await __webpack_require__.e(/* import() */ 4487).then(__webpack_require__.bind(__webpack_require__, 4487))).getPullRequest(await gh(), repo, n),
        listPullFiles: async (n) => (await __webpack_require__.e(/* import() */ 4487).then(__webpack_require__.bind(__webpack_require__, 4487))).listPullFiles(await gh(), repo, n),
        listReviews: async (n) => (await __webpack_require__.e(/* import() */ 5426).then(__webpack_require__.bind(__webpack_require__, 5426))).listReviews(await gh(), repo, n),
        readPullEvents: async (n) => (await __webpack_require__.e(/* import() */ 7628).then(__webpack_require__.bind(__webpack_require__, 7628))).readPullEvents(await gh(), repo, n),
        listCommitPulls: async (sha) => (await __webpack_require__.e(/* import() */ 149).then(__webpack_require__.bind(__webpack_require__, 149))).listCommitPulls(await gh(), repo, sha),
        compareCommits: async (base, head) => (await __webpack_require__.e(/* import() */ 149).then(__webpack_require__.bind(__webpack_require__, 149))).compareCommits(await gh(), repo, base, head),
        listPullCommits: async (n, expected) => (await __webpack_require__.e(/* import() */ 3599).then(__webpack_require__.bind(__webpack_require__, 3599))).listPullCommitLogins(await gh(), repo, n, expected),
        findHeadPushers: async (head) => {
            const parties = await __webpack_require__.e(/* import() */ 3599).then(__webpack_require__.bind(__webpack_require__, 3599));
            return parties.findHeadPushers(await gh(), parties.repoRefOf(head.repoFullName), head.ref, head.sha);
        },
        readPolicyFilesAtRef: async (ref, path) => (await __webpack_require__.e(/* import() */ 3113).then(__webpack_require__.bind(__webpack_require__, 3113))).readPolicyFilesAtRef(await gh(), repo, ref, path),
        requestReviewers: async (n, logins, author) => (await __webpack_require__.e(/* import() */ 4487).then(__webpack_require__.bind(__webpack_require__, 4487))).requestReviewers(await gh(), repo, n, logins, { author }),
        findStickyComment: async (n, marker) => (await __webpack_require__.e(/* import() */ 6645).then(__webpack_require__.bind(__webpack_require__, 6645))).findStickyComment(await gh(), repo, n, marker),
        upsertStickyComment: async (n, marker, body, o = {}) => (await __webpack_require__.e(/* import() */ 6645).then(__webpack_require__.bind(__webpack_require__, 6645))).upsertStickyComment(await gh(), repo, n, marker, body, {
            ...(o.existing !== undefined ? { existing: o.existing } : {}),
            ...(o.summaryUrl ? { summaryUrl: o.summaryUrl } : {}),
        }),
        findCheckRun: async (sha, name) => (await __webpack_require__.e(/* import() */ 6250).then(__webpack_require__.bind(__webpack_require__, 6250))).findCheckRun(await gh(), repo, sha, name),
        upsertCheckRun: async (sha, name, state, o = {}) => (await __webpack_require__.e(/* import() */ 6250).then(__webpack_require__.bind(__webpack_require__, 6250))).upsertCheckRun(await gh(), repo, sha, name, state, o),
        publicEmail: async (login) => (await __webpack_require__.e(/* import() */ 8267).then(__webpack_require__.bind(__webpack_require__, 648))).getUserPublicEmail(await gh(), login),
        verifiedDomainEmails: async (login, org) => (await __webpack_require__.e(/* import() */ 8267).then(__webpack_require__.bind(__webpack_require__, 648))).verifiedDomainEmailsOrForbidden(await gh(), login, org),
        getUser: async (login) => (await __webpack_require__.e(/* import() */ 8267).then(__webpack_require__.bind(__webpack_require__, 648))).getUser(await gh(), login),
        listAssignees: async () => (await __webpack_require__.e(/* import() */ 8267).then(__webpack_require__.bind(__webpack_require__, 648))).listAssignees(await gh(), repo),
        getWorkflowRun: async (id) => (await __webpack_require__.e(/* import() */ 3465).then(__webpack_require__.bind(__webpack_require__, 3465))).getWorkflowRun(await gh(), repo, id),
        listWaitingRuns: async (sha) => (await __webpack_require__.e(/* import() */ 3465).then(__webpack_require__.bind(__webpack_require__, 3465))).listWaitingRuns(await gh(), repo, sha),
        listPendingEnvironments: async (id) => (await __webpack_require__.e(/* import() */ 3465).then(__webpack_require__.bind(__webpack_require__, 3465))).listPendingEnvironments(await gh(), repo, id),
        listProtectionRuleApps: async (env) => (await __webpack_require__.e(/* import() */ 3465).then(__webpack_require__.bind(__webpack_require__, 3465))).listProtectionRuleApps(await gh(), repo, env),
        reviewDeploymentGate: async (id, review) => (await __webpack_require__.e(/* import() */ 3465).then(__webpack_require__.bind(__webpack_require__, 3465))).reviewDeploymentGate(await gh(), repo, id, review),
        activeTeamMembers: async (org, slug, logins) => (await __webpack_require__.e(/* import() */ 4769).then(__webpack_require__.bind(__webpack_require__, 4769))).activeTeamMembers(await gh(), org, slug, logins),
    };
}


/***/ })

};
