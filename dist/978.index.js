export const id = 978;
export const ids = [978];
export const modules = {

/***/ 2978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   policyFilesChanged: () => (/* binding */ policyFilesChanged)
/* harmony export */ });
/* unused harmony export touchesPolicyFolder */
/* harmony import */ var _run_clients_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6422);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6341);
/* harmony import */ var _github_commits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(149);
/* harmony import */ var _github_pulls_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4487);
/* harmony import */ var _policy_read_policy_dir_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8233);
// `command: auto` needs to know whether a PR or a push touched the policy folder (DESIGN.md
// section 5: from the PR's file list, or on a push the compared commits). When GitHub cannot
// list every file (its 3000/300-file caps) or the push created the branch, assume they changed:
// running plan/apply needlessly is harmless, skipping them is not.





/** Whether any of `paths` is a file the policy readers read (one rule: isPolicyFile). */
function touchesPolicyFolder(paths, policyPath) {
    return paths.some((p) => (0,_policy_read_policy_dir_js__WEBPACK_IMPORTED_MODULE_3__.isPolicyFile)(p, policyPath));
}
async function policyFilesChanged(ctx) {
    const gh = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.createGitHubClient)({
        token: ctx.inputs.githubToken,
        apiUrl: ctx.run.apiUrl,
        graphqlUrl: ctx.run.graphqlUrl,
        readOnly: true,
        log: ctx.log,
        ...(0,_run_clients_js__WEBPACK_IMPORTED_MODULE_4__/* .gitHubRunOptions */ .x)(ctx),
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


/***/ }),

/***/ 6422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ incidentIoRunOptions),
/* harmony export */   x: () => (/* binding */ gitHubRunOptions)
/* harmony export */ });
/** For an incident.io client: the GitHub token is a secret too. */
function incidentIoRunOptions(ctx) {
    return { secrets: [ctx.inputs.githubToken], ...(ctx.deadline ? { deadline: ctx.deadline } : {}) };
}
/** For a GitHub client: the incident.io key is a secret too. */
function gitHubRunOptions(ctx) {
    return { secrets: [ctx.inputs.incidentioApiKey], ...(ctx.deadline ? { deadline: ctx.deadline } : {}) };
}


/***/ }),

/***/ 8233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PolicyDirError: () => (/* reexport safe */ _policy_tree_js__WEBPACK_IMPORTED_MODULE_2__.S6),
/* harmony export */   isPolicyFile: () => (/* binding */ isPolicyFile),
/* harmony export */   normalizePolicyPath: () => (/* binding */ normalizePolicyPath),
/* harmony export */   readPolicyDir: () => (/* binding */ readPolicyDir)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _policy_tree_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4695);
// Reads every policy file under the `policy-path` folder of a working tree (every `*.yaml` /
// `*.yml`, recursively). Symbolic links and special files are never followed or read: they are
// reported as errors (policy-tree.ts), as the git-objects and GitHub API readers report them, so
// a link cannot make the action read runner files into annotations and comments.




/** `policies/`, `./policies` and `policies` all mean `policies`. */
function normalizePolicyPath(policyPath) {
    const cleaned = policyPath.trim().replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/\/+$/, '');
    return cleaned === '' ? '.' : cleaned;
}
/**
 * Whether a repo-relative path (forward slashes, as GitHub lists changed files) is a policy file
 * under `policyPath`; for deciding whether a pull request or push "changed policy files".
 */
function isPolicyFile(path, policyPath) {
    const folder = normalizePolicyPath(policyPath);
    const inside = folder === '.' || path.startsWith(`${folder}/`);
    return inside && (0,_policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .isPolicyFileName */ .yP)(path);
}
/**
 * Every `*.yaml`/`*.yml` file under `policyPath` (relative to `repoRoot`), recursively, sorted by
 * repo-relative path with forward slashes, plus the entries that cannot be policies (symbolic
 * links, special files, files or a folder over the size limits) as files with a `problem`, which
 * loading reports as errors (policy-tree.ts decides, as for the other sources). Throws
 * PolicyDirError when the folder is missing, is not a folder, is a symbolic link or lies outside
 * the repository.
 */
async function readPolicyDir(repoRoot, policyPath) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(repoRoot);
    const folder = normalizePolicyPath(policyPath);
    const start = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, folder);
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(folder) || !isInside(root, start)) {
        throw new _policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyDirError */ .S6(folder, `The \`policy-path\` input ("${policyPath}") points outside the repository; set it to a folder inside the repository, e.g. \`policies\`.`);
    }
    // Every folder on the way must be a real folder: a link would bring in files from elsewhere.
    const segments = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, start).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).filter(Boolean);
    for (let i = 1; i <= segments.length; i++) {
        const path = segments.slice(0, i).join('/');
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, ...segments.slice(0, i))).catch(() => undefined);
        if (!info) {
            throw new _policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyDirError */ .S6(folder, `Policy folder \`${folder}\` (the \`policy-path\` input) does not exist in ${root}. ` +
                'Check out the repository first (actions/checkout), or set `policy-path` to the folder that holds your policy files.');
        }
        if (info.isSymbolicLink())
            throw (0,_policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .notAFolderError */ .R_)(path, 'symlink');
        if (info.isFile())
            throw (0,_policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .notAFolderError */ .R_)(path, 'file');
        if (!info.isDirectory())
            throw (0,_policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .notAFolderError */ .R_)(path, 'special');
    }
    const entries = [];
    const walk = async (dir) => {
        for (const entry of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true })) {
            const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry.name);
            const path = toRepoPath(root, full);
            // Dirent types come from lstat: a link is reported as a link, never followed.
            if (entry.isDirectory())
                await walk(full);
            else if (entry.isSymbolicLink())
                entries.push({ path, kind: 'symlink', size: 0 });
            else if (!entry.isFile())
                entries.push({ path, kind: 'special', size: 0 });
            else
                entries.push({ path, kind: 'file', size: (0,_policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .isPolicyFileName */ .yP)(entry.name) ? (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(full)).size : 0 });
        }
    };
    await walk(start);
    const plan = (0,_policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .planPolicyRead */ .y4)(folder, entries);
    const read = [];
    for (const entry of plan.read)
        read.push({ path: entry.path, text: await readLimited((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, entry.path)) });
    return (0,_policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .policyFilesOf */ .fW)(read, plan);
}
/** Reads at most one byte over the per-file limit: a file that grew since it was listed still fails the size check. */
async function readLimited(path) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r');
    try {
        const buffer = Buffer.alloc(_policy_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_POLICY_FILE_BYTES */ .ph + 1);
        let filled = 0;
        while (filled < buffer.length) {
            const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
            if (bytesRead === 0)
                break;
            filled += bytesRead;
        }
        return buffer.subarray(0, filled).toString('utf8');
    }
    finally {
        await handle.close();
    }
}
function isInside(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
function toRepoPath(root, path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}


/***/ })

};
