export const id = 978;
export const ids = [978];
export const modules = {

/***/ 2978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   policyFilesChanged: () => (/* binding */ policyFilesChanged)
/* harmony export */ });
/* unused harmony export touchesPolicyFolder */
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6341);
/* harmony import */ var _github_commits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(149);
/* harmony import */ var _github_pulls_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4487);
// `command: auto` needs to know whether a PR or a push touched the policy folder (DESIGN.md
// section 5: from the PR's file list, or on a push the compared commits). When GitHub cannot
// list every file (its 3000/300-file caps) or the push created the branch, assume they changed:
// running plan/apply needlessly is harmless, skipping them is not.



function touchesPolicyFolder(paths, policyPath) {
    const prefix = `${policyPath}/`;
    return paths.some((p) => p.startsWith(prefix) && /\.ya?ml$/i.test(p));
}
async function policyFilesChanged(ctx) {
    const gh = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.createGitHubClient)({
        token: ctx.inputs.githubToken,
        apiUrl: ctx.run.apiUrl,
        graphqlUrl: ctx.run.graphqlUrl,
        readOnly: true,
        log: ctx.log,
    });
    const repo = ctx.run.repository;
    const { event } = ctx;
    if (event.kind === 'pull_request') {
        const files = await (0,_github_pulls_js__WEBPACK_IMPORTED_MODULE_2__/* .listPullFiles */ .pG)(gh, repo, event.pullRequest.number);
        return files.truncated || touchesPolicyFolder(files.names, ctx.inputs.policyPath);
    }
    if (event.kind === 'push') {
        if (/^0+$/.test(event.before) || event.before === '')
            return true;
        const comparison = await (0,_github_commits_js__WEBPACK_IMPORTED_MODULE_1__/* .compareCommits */ .kC)(gh, repo, event.before, event.after);
        return comparison.truncated || touchesPolicyFolder(comparison.files, ctx.inputs.policyPath);
    }
    return false;
}


/***/ })

};
