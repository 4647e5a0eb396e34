export const id = 75;
export const ids = [75,5830];
export const modules = {

/***/ 5830:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BS: () => (/* binding */ runPolicyTestsFolder),
/* harmony export */   loadPolicyTestsFolder: () => (/* binding */ loadPolicyTestsFolder)
/* harmony export */ });
/* unused harmony exports testsFolderExists, workspaceTestsSection */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// Policy tests (docs/policy-tests.md) from a working tree: read the tests folder like a policy
// folder (no links, capped), load the cases and snapshots, run them against a policy set. Used by
// `oncall-gate test` and by the action's `validate` and `plan` when the folder exists.


/** Whether `root/folder` exists (as anything: a link is read, and refused, by readPolicyDir). */
async function testsFolderExists(root, folder) {
    return lstat(join(root, folder)).then(() => true, () => false);
}
/** The cases and snapshots under `testsPath` (relative to `root`), every problem a Diagnostic. */
async function loadPolicyTestsFolder(root, testsPath) {
    const [{ readPolicyDir }, { loadPolicyTests }] = await Promise.all([
        __webpack_require__.e(/* import() */ 8233).then(__webpack_require__.bind(__webpack_require__, 8233)),
        Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(1397)]).then(__webpack_require__.bind(__webpack_require__, 1397)),
    ]);
    return loadPolicyTests(await readPolicyDir(root, testsPath), testsPath);
}
/** Runs the tests under `testsPath` (relative to `root`) against `set`, which must be valid; `loaded` when already read. */
async function runPolicyTestsFolder(root, testsPath, set, policyPath, loaded) {
    const [{ runPolicyTests }, { globMatcher }] = await Promise.all([__webpack_require__.e(/* import() */ 7518).then(__webpack_require__.bind(__webpack_require__, 7518)), Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(4062)]).then(__webpack_require__.bind(__webpack_require__, 4062))]);
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
    const { renderTestsMarkdown, testAnnotations, testCounts, totalsText } = await __webpack_require__.e(/* import() */ 6219).then(__webpack_require__.bind(__webpack_require__, 6219));
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


/***/ }),

/***/ 75:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TEST_USAGE: () => (/* binding */ TEST_USAGE),
/* harmony export */   runTestCommand: () => (/* binding */ runTestCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cli_args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7391);
/* harmony import */ var _report_describe_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(262);
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9238);
/* harmony import */ var _policy_tests_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5830);
// `oncall-gate test [--policy-path DIR] [--tests-path DIR]`: runs the policy tests (docs/policy-tests.md)
// offline, with the same rule engine as the gate, and prints a per-case table. No API is called:
// the cases' rota snapshots stand in for incident.io. Exit 0 every case passed, 1 a case failed or
// a file has problems (or the policies are invalid), 2 usage.





const TEST_USAGE = 'Usage: oncall-gate test [--policy-path DIR] [--tests-path DIR]\n' +
    '  Runs the policy tests under the tests folder (default: policy-tests) against the policies\n' +
    '  (default: policies), offline: every case is decided by the rule engine the gate uses, on its\n' +
    '  rota snapshot, and compared with its `expect`. Prints one line per case, then what failed.\n' +
    '  The tests folder must not be inside the policy folder (every file there is a policy).\n' +
    '  Exit codes: 0 every case passed, 1 a case failed or a file has a problem, 2 usage error.';
const clean = (p) => p.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
const within = (a, b) => a === b || a.startsWith(`${b}/`);
async function runTestCommand(args, cli) {
    const { out } = cli;
    let policyArg;
    let testsArg;
    try {
        const parsed = (0,_cli_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFlags */ .bQ)(args, ['policy-path', 'tests-path']);
        if (parsed.help) {
            out.log(TEST_USAGE);
            return 0;
        }
        if (parsed.positionals.length > 0)
            throw (0,_cli_args_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`oncall-gate test takes no arguments besides its options (got ${parsed.positionals.join(' ')}).`);
        policyArg = clean(parsed.flags.get('policy-path') ?? 'policies');
        testsArg = clean(parsed.flags.get('tests-path') ?? 'policy-tests');
    }
    catch (error) {
        out.error(`${error.message}\n\n${TEST_USAGE}`);
        return 2;
    }
    try {
        const policyDir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(policyArg).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
        const testsDir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(testsArg).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
        if (within(testsDir, policyDir) || within(policyDir, testsDir)) {
            throw (0,_cli_args_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`The tests folder ${testsArg} and the policy folder ${policyArg} overlap: every YAML file under the policy folder is a policy. Keep the tests in their own folder beside it, like policy-tests.`);
        }
        const policies = await (0,_check_js__WEBPACK_IMPORTED_MODULE_3__.localPolicyFolder)(policyArg);
        const tests = await (0,_check_js__WEBPACK_IMPORTED_MODULE_3__.localPolicyFolder)(testsArg, process.cwd(), 'pass the folder that holds the policy tests with --tests-path');
        const [{ readPolicyDir }, { loadPolicySet }, { formatDiagnosticLine }, { renderTestsText }] = await Promise.all([
            __webpack_require__.e(/* import() */ 8233).then(__webpack_require__.bind(__webpack_require__, 8233)),
            Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4006), __webpack_require__.e(7718), __webpack_require__.e(6403)]).then(__webpack_require__.bind(__webpack_require__, 6403)),
            __webpack_require__.e(/* import() */ 2853).then(__webpack_require__.bind(__webpack_require__, 2853)),
            __webpack_require__.e(/* import() */ 6219).then(__webpack_require__.bind(__webpack_require__, 6219)),
        ]);
        const set = loadPolicySet(await readPolicyDir(policies.root, policies.folder));
        if (!set.valid) {
            for (const d of set.diagnostics.filter((x) => x.severity === 'error'))
                out.error(formatDiagnosticLine(d));
            out.error(`The policies in ${policies.folder}/ are invalid, so no test can run; fix them first (oncall-gate validate ${policies.folder}).`);
            return 1;
        }
        const outcome = await (0,_policy_tests_js__WEBPACK_IMPORTED_MODULE_4__/* .runPolicyTestsFolder */ .BS)(tests.root, tests.folder, set, policies.folder);
        if (outcome.suite.files.length === 0) {
            out.error(`There are no test files (*.yaml) in ${tests.folder}/; see docs/policy-tests.md.`);
            return 1;
        }
        for (const line of renderTestsText(outcome.run, outcome.problems))
            out.log(line);
        return outcome.ok ? 0 : 1;
    }
    catch (error) {
        if ((0,_cli_args_js__WEBPACK_IMPORTED_MODULE_1__/* .isUsageError */ .mD)(error)) {
            out.error(error.message);
            return 2;
        }
        out.error(`Result: ERROR: ${(0,_report_describe_error_js__WEBPACK_IMPORTED_MODULE_2__.describeCliError)(error, cli.redactor.redact)}`);
        return 1;
    }
}


/***/ })

};
