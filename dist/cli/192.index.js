export const id = 192;
export const ids = [192];
export const modules = {

/***/ 192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parsePlanArgs: () => (/* binding */ parsePlanArgs),
/* harmony export */   runPlanCli: () => (/* binding */ runPlanCli)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _cli_args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7391);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9182);
// `oncall-gate plan --base <git ref> [--policy-path P]`: the same plan
// the pull request gets, locally before pushing. The base policies come from git at the ref, the
// head from the working tree. With INCIDENTIO_API_KEY set it also runs the live checks and shows
// the effect on people. Exit codes: 0 valid, 1 invalid (or incident.io failed), 2 usage error.





const USAGE = `Usage: oncall-gate plan --base <git ref> [--policy-path <folder>]

Shows what a policy change does, Terraform-style: the policies and rules added, changed and
removed between <git ref> and the working tree, and (with INCIDENTIO_API_KEY set) who gains or
loses approval rights now and over the next 7 days, plus live checks of schedules and identities.

Options:
  --base <ref>           the git ref to compare with (branch, tag or commit), e.g. origin/main
  --policy-path <folder> the policy folder, relative to the repository root (default: policies)

Environment: INCIDENTIO_API_KEY, INCIDENTIO_API_URL (default https://api.incident.io).
Exit codes: 0 valid, 1 invalid, 2 usage error.`;
function parsePlanArgs(args) {
    let parsed;
    try {
        parsed = (0,_cli_args_js__WEBPACK_IMPORTED_MODULE_2__.parseFlags)(args, ['base', 'policy-path']);
    }
    catch (error) {
        if ((0,_cli_args_js__WEBPACK_IMPORTED_MODULE_2__.isUsageError)(error))
            return error.message;
        throw error;
    }
    if (parsed.positionals.length > 0)
        return `Unexpected argument "${parsed.positionals[0]}" (the base ref goes after --base).`;
    const base = parsed.flags.get('base');
    const out = { policyPath: parsed.flags.get('policy-path') ?? 'policies', help: parsed.help, ...(base ? { base } : {}) };
    if (out.help)
        return out;
    if (!out.base)
        return '--base <git ref> is required';
    const folder = out.policyPath.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
    if (folder === '' || folder.startsWith('/') || folder.split('/').includes('..')) {
        return `--policy-path must be a folder inside the repository (like "policies"), got "${out.policyPath}"`;
    }
    out.policyPath = folder;
    return out;
}
const isFolder = (path) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).then((s) => s.isDirectory(), () => false);
async function runPlanCli(args, cli, options = {}) {
    const { env, out } = cli;
    const parsed = parsePlanArgs(args);
    if (typeof parsed === 'string') {
        out.error(`oncall-gate plan: ${parsed}\n\n${USAGE}`);
        return 2;
    }
    if (parsed.help) {
        out.log(USAGE);
        return 0;
    }
    const base = parsed.base;
    const { policyPath } = parsed;
    const git = await __webpack_require__.e(/* import() */ 760).then(__webpack_require__.bind(__webpack_require__, 2760));
    const run = options.git ?? git.runGit;
    let root;
    let baseFiles;
    let baseLabel;
    try {
        root = await git.gitTopLevel(options.cwd ?? process.cwd(), run);
        baseFiles = await git.readPolicyFilesAtGitRef(root, base, policyPath, run);
        baseLabel = await git.describeRef(root, base, run);
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isError */ .bJ)(error, 'input')) {
            const { describeCliError } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 262));
            out.error(`oncall-gate plan: ${describeCliError(error, cli.redactor.redact)}`);
            return 2;
        }
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isError */ .bJ)(error, 'policy')) {
            out.error(`oncall-gate plan: at ${base}: ${error.message}`);
            return 2;
        }
        throw error;
    }
    const headExists = await isFolder((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, policyPath));
    if (!headExists && baseFiles.length === 0) {
        out.error(`oncall-gate plan: there is no policy folder ${policyPath}/ in the working tree (${root}) nor at ${base}. ` +
            'Pass --policy-path with the folder that holds your policy files.');
        return 2;
    }
    const { readPolicyDir } = await __webpack_require__.e(/* import() */ 233).then(__webpack_require__.bind(__webpack_require__, 8233));
    let headFiles;
    try {
        headFiles = headExists ? await readPolicyDir(root, policyPath) : [];
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isError */ .bJ)(error, 'policy')) {
            out.error(`oncall-gate plan: ${error.message}`);
            return 2;
        }
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
            out.error(`oncall-gate plan: ${error.message}`);
            return 2;
        }
        client = await cli.incidentio(url);
    }
    const [{ computePlan }, { renderPlanText }, { formatDiagnosticLine }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(6), __webpack_require__.e(640), __webpack_require__.e(490), __webpack_require__.e(522)]).then(__webpack_require__.bind(__webpack_require__, 2522)),
        __webpack_require__.e(/* import() */ 495).then(__webpack_require__.bind(__webpack_require__, 9495)),
        __webpack_require__.e(/* import() */ 853).then(__webpack_require__.bind(__webpack_require__, 2853)),
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
            now: cli.clock(),
            keyHint: 'set INCIDENTIO_API_KEY (and INCIDENTIO_API_URL for the emulator)',
        });
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isServiceError */ .gi)(error, 'incidentio')) {
            const { describeCliError } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 262));
            out.error(`oncall-gate plan: ${describeCliError(error, cli.redactor.redact)}`);
            return 1;
        }
        throw error;
    }
    const { model } = outcome;
    for (const d of model.diagnostics) {
        if (d.severity === 'error')
            out.error(formatDiagnosticLine(d));
        else
            out.log(formatDiagnosticLine(d));
    }
    if (model.diagnostics.length > 0)
        out.log('');
    out.log(renderPlanText(model).trimEnd());
    return model.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}


/***/ })

};
