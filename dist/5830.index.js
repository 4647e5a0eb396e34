export const id = 5830;
export const ids = [5830];
export const modules = {

/***/ 5830:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadPolicyTestsFolder: () => (/* binding */ loadPolicyTestsFolder),
/* harmony export */   testsFolderExists: () => (/* binding */ testsFolderExists),
/* harmony export */   workspaceTestsSection: () => (/* binding */ workspaceTestsSection)
/* harmony export */ });
/* unused harmony export runPolicyTestsFolder */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// Policy tests (docs/policy-tests.md) from a working tree: read the tests folder like a policy
// folder (no links, capped), load the cases and snapshots, run them against a policy set. Used by
// `oncall-gate test` and by the action's `validate` and `plan` when the folder exists.


/** Whether `root/folder` exists (as anything: a link is read, and refused, by readPolicyDir). */
async function testsFolderExists(root, folder) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, folder)).then(() => true, () => false);
}
/** The cases and snapshots under `testsPath` (relative to `root`), every problem a Diagnostic. */
async function loadPolicyTestsFolder(root, testsPath) {
    const [{ readPolicyDir }, { loadPolicyTests }] = await Promise.all([
        __webpack_require__.e(/* import() */ 8233).then(__webpack_require__.bind(__webpack_require__, 8233)),
        Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2533), __webpack_require__.e(1397)]).then(__webpack_require__.bind(__webpack_require__, 1397)),
    ]);
    return loadPolicyTests(await readPolicyDir(root, testsPath), testsPath);
}
/** Runs the tests under `testsPath` (relative to `root`) against `set`, which must be valid; `loaded` when already read. */
async function runPolicyTestsFolder(root, testsPath, set, policyPath, loaded) {
    const [{ runPolicyTests }, { globMatcher }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(1780), __webpack_require__.e(8452)]).then(__webpack_require__.bind(__webpack_require__, 8452)), Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(4062)]).then(__webpack_require__.bind(__webpack_require__, 4062))]);
    const suite = loaded ?? (await loadPolicyTestsFolder(root, testsPath));
    const run = runPolicyTests(set, suite, { policyPath, matcher: globMatcher });
    const problems = suite.diagnostics;
    const ok = problems.every((d) => d.severity !== 'error') && run.results.every((r) => r.status === 'pass');
    return { suite, run, problems, ok };
}
/**
 * The tests of the action's workspace, for `validate` and `plan`: nothing when there is no tests
 * folder (or `tests-path` is off); a note when the policies are invalid (tests need valid ones).
 * `loaded`: the folder, when the caller has already read it (plan, for its rota snapshots).
 */
async function workspaceTestsSection(workspace, testsPath, set, policyPath, loaded) {
    if (!testsPath || !(await testsFolderExists(workspace, testsPath)))
        return undefined;
    const { renderTestsMarkdown, testAnnotations, testCounts, totalsText } = await Promise.all(/* import() */[__webpack_require__.e(1780), __webpack_require__.e(7389), __webpack_require__.e(6219)]).then(__webpack_require__.bind(__webpack_require__, 6219));
    if (!set.valid) {
        const note = `Policy tests in \`${testsPath}/\` were not run: the policies are invalid.`;
        return { summary: `### Policy tests\n\n${note}\n`, annotations: [], errors: 0, log: note };
    }
    const outcome = await runPolicyTestsFolder(workspace, testsPath, set, policyPath, loaded);
    const counts = testCounts(outcome.run, outcome.problems);
    return {
        summary: renderTestsMarkdown(outcome.run, outcome.problems, testsPath),
        annotations: testAnnotations(outcome.run, outcome.problems),
        errors: counts.failed + counts.errors,
        log: `Policy tests in ${testsPath}/: ${totalsText(outcome.run, outcome.problems)}`,
    };
}


/***/ })

};
