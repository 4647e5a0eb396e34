export const id = 2760;
export const ids = [2760];
export const modules = {

/***/ 2760:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeRef: () => (/* binding */ describeRef),
/* harmony export */   gitRefError: () => (/* binding */ gitRefError),
/* harmony export */   gitTopLevel: () => (/* binding */ gitTopLevel),
/* harmony export */   readPolicyFilesAtGitRef: () => (/* binding */ readPolicyFilesAtGitRef),
/* harmony export */   runGit: () => (/* binding */ runGit)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
// Policy files at a git ref of the local repository, for `oncall-gate plan --base <ref>`, read
// from the git objects (git/policy-at-commit.ts). git runs with an argument list (no shell), so
// a ref or path cannot inject a command.


/** Largest output read from git: far above any policy folder (files are capped at 256 KiB each). */
const MAX_BUFFER = 64 * 1024 * 1024;
const runGit = (args, cwd) => new Promise((resolve, reject) => {
    (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', args, { cwd, maxBuffer: MAX_BUFFER, encoding: 'utf8', windowsHide: true }, (error, stdout, stderr) => {
        if (error)
            reject(Object.assign(error, { stderr: String(stderr) }));
        else
            resolve(stdout);
    });
});
/** A ref or repository git cannot read: an `input` error (the command line names the ref). */
function gitRefError(message, fix) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OncallGateError */ .lN({ kind: 'input', message, fix });
}
const stderrOf = (error) => {
    const s = error.stderr;
    return typeof s === 'string' ? (s.trim().split('\n')[0] ?? '') : '';
};
/** The top of the working tree that contains `cwd`. */
async function gitTopLevel(cwd, git = runGit) {
    try {
        return (await git(['rev-parse', '--show-toplevel'], cwd)).trim();
    }
    catch (error) {
        throw gitRefError(`${cwd} is not inside a git repository (${stderrOf(error) || 'git rev-parse failed'}).`, 'Run `oncall-gate plan` from inside the repository that holds the policies (and make sure `git` is installed).');
    }
}
/**
 * Every `*.yaml`/`*.yml` under `policyPath` at `ref`, repo-relative, sorted, read from the git
 * objects with the same rules as every other source (links and special files are problems);
 * [] when the folder is absent there.
 */
async function readPolicyFilesAtGitRef(repoRoot, ref, policyPath, git = runGit) {
    if (ref.startsWith('-')) {
        throw gitRefError(`"${ref}" is not a git ref.`, 'Pass a branch, tag or commit, e.g. `--base origin/main`.');
    }
    try {
        // `^{commit}` makes an unknown ref fail here with git's own words, rather than look like an empty folder.
        await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], repoRoot);
    }
    catch {
        throw gitRefError(`The base ref "${ref}" is not a commit in this repository.`, 'Pass a branch, tag or commit that exists locally (e.g. `--base origin/main`; run `git fetch` first if it is a remote branch).');
    }
    const [{ openObjectStore }, { readPolicyAtCommit }, { normalizePolicyPath }] = await Promise.all([
        __webpack_require__.e(/* import() */ 5285).then(__webpack_require__.bind(__webpack_require__, 5285)),
        __webpack_require__.e(/* import() */ 8336).then(__webpack_require__.bind(__webpack_require__, 8336)),
        __webpack_require__.e(/* import() */ 8233).then(__webpack_require__.bind(__webpack_require__, 8233)),
    ]);
    const store = openObjectStore(repoRoot);
    try {
        const read = await readPolicyAtCommit(store, ref, normalizePolicyPath(policyPath));
        return read && !read.folderMissing ? read.files : [];
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isError */ .bJ)(error, 'environment')) {
            throw gitRefError(`Cannot read ${policyPath}/ at "${ref}" from git: ${error.message}.`, 'Check that git works in this repository (`git status`).');
        }
        throw error;
    }
    finally {
        store.close();
    }
}
/** A short name for the ref in the plan title: `origin/main (1a2b3c4)`. */
async function describeRef(repoRoot, ref, git = runGit) {
    try {
        const sha = (await git(['rev-parse', '--short', `${ref}^{commit}`], repoRoot)).trim();
        return sha && sha !== ref ? `${ref} (${sha})` : ref;
    }
    catch {
        return ref;
    }
}


/***/ })

};
