export const id = 192;
export const ids = [192];
export const modules = {

/***/ 192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PLAN_USAGE: () => (/* binding */ PLAN_USAGE),
/* harmony export */   parsePlanArgs: () => (/* binding */ parsePlanArgs),
/* harmony export */   runPlanCli: () => (/* binding */ runPlanCli)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _cli_args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7391);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9238);
// `oncall-gate plan --base <git ref> [--policy-path P] [--tests-path T]`: the same plan
// the pull request gets, locally before pushing. The base policies come from git at the ref, the
// head from the working tree. With INCIDENTIO_API_KEY set it also runs the live checks and shows
// the effect on people; without it, the effect on people comes from the rota snapshots of the
// tests folder when it has some. Exit codes: 0 valid, 1 invalid (or incident.io failed, or a rota
// snapshot read has errors), 2 usage error.





const PLAN_USAGE = `Usage: oncall-gate plan --base <git ref> [--policy-path <folder>] [--tests-path <folder>] [--json]

Shows what a policy change does, Terraform-style: the policies and rules added, changed and
removed between <git ref> and the working tree, and (with INCIDENTIO_API_KEY set) who gains or
loses approval rights now and over the next 7 days, plus live checks of schedules and identities.
Without the key, who gains or loses approval rights comes from the rota snapshots of the tests
folder, over their window, when it has some (docs/policy-tests.md).

Options:
  --base <ref>           the git ref to compare with (branch, tag or commit), e.g. origin/main
  --policy-path <folder> the policy folder, relative to the repository root (default: policies)
  --tests-path <folder>  the policy tests folder, relative to the repository root, whose rota
                         snapshots are read without a key (default: policy-tests)
  --json                 print one JSON document instead (docs/cli.md)

Environment: INCIDENTIO_API_KEY, INCIDENTIO_API_URL (default https://api.incident.io).
Exit codes: 0 valid, 1 invalid, 2 usage error.`;
/** A folder inside the repository, with forward slashes and no `./` or trailing slash; undefined when it is not one. */
function repoFolder(path) {
    const folder = path.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
    if (folder === '' || folder.startsWith('/') || folder.split('/').includes('..'))
        return undefined;
    return folder;
}
const within = (a, b) => a === b || a.startsWith(`${b}/`);
function parsePlanArgs(args) {
    let parsed;
    try {
        parsed = (0,_cli_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parseFlags */ .bQ)(args, ['base', 'policy-path', 'tests-path']);
    }
    catch (error) {
        if ((0,_cli_args_js__WEBPACK_IMPORTED_MODULE_2__/* .isUsageError */ .mD)(error))
            return error.message;
        throw error;
    }
    if (parsed.positionals.length > 0)
        return `Unexpected argument "${parsed.positionals[0]}" (the base ref goes after --base).`;
    const base = parsed.flags.get('base');
    const tests = parsed.flags.get('tests-path');
    const out = {
        policyPath: parsed.flags.get('policy-path') ?? 'policies',
        testsPath: tests ?? 'policy-tests',
        testsGiven: tests !== undefined,
        help: parsed.help,
        ...(base ? { base } : {}),
    };
    if (out.help)
        return out;
    if (!out.base)
        return '--base <git ref> is required';
    const folder = repoFolder(out.policyPath);
    if (folder === undefined) {
        return `--policy-path must be a folder inside the repository (like "policies"), got "${out.policyPath}"`;
    }
    out.policyPath = folder;
    const testsFolder = repoFolder(out.testsPath);
    if (testsFolder === undefined || testsFolder === '.')
        return `--tests-path must be a folder inside the repository (like "policy-tests"), got "${out.testsPath}"`;
    if (out.testsGiven && (within(testsFolder, folder) || within(folder, testsFolder))) {
        return `the tests folder ${testsFolder} and the policy folder ${folder} overlap: every YAML file under the policy folder is a policy. Keep the tests in their own folder beside it, like policy-tests.`;
    }
    out.testsPath = testsFolder;
    return out;
}
const isFolder = (path) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).then((s) => s.isDirectory(), () => false);
const usage = (message) => ({ exitCode: 2, verdict: 'error', error: { kind: 'usage', message } });
async function runPlanCli(args, cli, options = {}) {
    const { env, out } = cli;
    const parsed = parsePlanArgs(args);
    if (typeof parsed === 'string') {
        out.error(`oncall-gate plan: ${parsed}\n\n${PLAN_USAGE}`);
        return usage(parsed);
    }
    const { base } = parsed;
    if (parsed.help || base === undefined) {
        out.log(PLAN_USAGE);
        return { exitCode: 0, verdict: 'help' };
    }
    const { policyPath } = parsed;
    const { describeCliError, describeCliErrorReport } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 262));
    /** A plan that cannot be made: the message on stderr, the outcome with the error. */
    const failed = (exitCode, line, error) => {
        out.error(`oncall-gate plan: ${line}`);
        const report = describeCliErrorReport(error, cli.redactor.redact);
        return { exitCode, verdict: 'error', error: exitCode === 2 ? { ...report, kind: 'usage', message: line } : report };
    };
    const git = await __webpack_require__.e(/* import() */ 2760).then(__webpack_require__.bind(__webpack_require__, 2760));
    const run = options.git ?? git.runGit;
    const cwd = options.cwd ?? cli.cwd;
    let root;
    let baseFiles;
    let baseLabel;
    try {
        root = await git.gitTopLevel(cwd, run);
        baseFiles = await git.readPolicyFilesAtGitRef(root, base, policyPath, run);
        baseLabel = await git.describeRef(root, base, run);
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isError */ .bJ)(error, 'input'))
            return failed(2, describeCliError(error, cli.redactor.redact), error);
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isError */ .bJ)(error, 'policy'))
            return failed(2, `at ${base}: ${error.message}`, error);
        throw error;
    }
    const headExists = await isFolder((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, policyPath));
    if (!headExists && baseFiles.length === 0) {
        const line = `there is no policy folder ${policyPath}/ in the working tree (${root}) nor at ${base}. ` +
            'Pass --policy-path with the folder that holds your policy files.';
        return failed(2, line, (0,_cli_args_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(line));
    }
    const { readPolicyDir } = await __webpack_require__.e(/* import() */ 8233).then(__webpack_require__.bind(__webpack_require__, 8233));
    let headFiles;
    try {
        headFiles = headExists ? await readPolicyDir(root, policyPath) : [];
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isError */ .bJ)(error, 'policy'))
            return failed(2, error.message, error);
        throw error;
    }
    const apiKey = env.INCIDENTIO_API_KEY?.trim() ?? '';
    let client;
    if (apiKey) {
        let url;
        try {
            // The same https-only rule as every other command: the key travels with each request.
            url = (0,_check_js__WEBPACK_IMPORTED_MODULE_4__.apiUrlFrom)(new Map(), env);
        }
        catch (error) {
            return failed(2, error.message, error);
        }
        client = await cli.incidentio(url);
    }
    // Without a key, the rota snapshots of the tests folder stand in for live schedule entries.
    let snapshots;
    let snapshotProblems = [];
    if (!client) {
        const { testsPath } = parsed;
        const overlaps = within(testsPath, policyPath) || within(policyPath, testsPath);
        if (parsed.testsGiven && !(await isFolder((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, testsPath)))) {
            const line = `there is no tests folder ${testsPath}/ in the working tree (${root}). ` +
                'Pass --tests-path with the folder that holds your policy tests and rota snapshots (docs/policy-tests.md).';
            return failed(2, line, (0,_cli_args_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(line));
        }
        if (!overlaps && (await isFolder((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, testsPath)))) {
            const { loadPolicyTestsFolder } = await __webpack_require__.e(/* import() */ 5830).then(__webpack_require__.bind(__webpack_require__, 5830));
            let suite;
            try {
                suite = await loadPolicyTestsFolder(root, testsPath);
            }
            catch (error) {
                if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isError */ .bJ)(error, 'policy'))
                    return failed(2, error.message, error);
                throw error;
            }
            snapshots = { folder: testsPath, snapshots: suite.snapshots, broken: suite.brokenSnapshots };
            const broken = new Set(suite.brokenSnapshots);
            snapshotProblems = suite.diagnostics.filter((d) => broken.has(d.file));
        }
    }
    const [{ computePlan }, { renderPlanText }, { formatDiagnosticLine }, { totals }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4006), __webpack_require__.e(7718), __webpack_require__.e(7490), __webpack_require__.e(6594), __webpack_require__.e(4348)]).then(__webpack_require__.bind(__webpack_require__, 4348)),
        Promise.all(/* import() */[__webpack_require__.e(6594), __webpack_require__.e(9495)]).then(__webpack_require__.bind(__webpack_require__, 9495)),
        __webpack_require__.e(/* import() */ 2853).then(__webpack_require__.bind(__webpack_require__, 2853)),
        __webpack_require__.e(/* import() */ 8256).then(__webpack_require__.bind(__webpack_require__, 8256)),
    ]);
    let outcome;
    try {
        outcome = await computePlan({
            policyPath,
            baseLabel,
            headLabel: 'the working tree',
            baseFiles,
            headFiles,
            ...(client ? { client } : {}),
            ...(snapshots ? { snapshots } : {}),
            now: cli.clock(),
            keyHint: 'set INCIDENTIO_API_KEY (and INCIDENTIO_API_URL for the emulator)',
        });
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isServiceError */ .gi)(error, 'incidentio'))
            return failed(1, describeCliError(error, cli.redactor.redact), error);
        throw error;
    }
    const { model } = outcome;
    // Paths as the user reads them: relative to the folder the command ran in, not the repository root.
    // git names the top level by its real path; so must the current folder, for the two to compare.
    const shown = (0,_check_js__WEBPACK_IMPORTED_MODULE_4__.shownFrom)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(cwd).catch(() => cwd), root);
    // The problems of the rota snapshots read, at their lines: `oncall-gate test` fails on them too.
    const diagnostics = (0,_check_js__WEBPACK_IMPORTED_MODULE_4__.shownDiagnostics)([...model.diagnostics, ...snapshotProblems], shown);
    for (const d of diagnostics) {
        if (d.severity === 'error')
            out.error(formatDiagnosticLine(d));
        else
            out.log(formatDiagnosticLine(d));
    }
    if (diagnostics.length > 0)
        out.log('');
    out.log(renderPlanText(model).trimEnd());
    const invalid = diagnostics.some((d) => d.severity === 'error');
    return {
        exitCode: invalid ? 1 : 0,
        verdict: invalid ? 'invalid' : 'valid',
        diagnostics,
        facts: {
            base: baseLabel,
            head: model.headLabel,
            policyPath: shown(policyPath),
            files: model.files,
            baseErrors: model.baseErrors,
            totals: totals(model.changes),
            changes: model.changes,
            people: model.people,
            scheduleNames: model.scheduleNames,
            ...(model.remoteNote ? { remoteNote: model.remoteNote } : {}),
        },
    };
}


/***/ })

};
