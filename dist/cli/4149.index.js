export const id = 4149;
export const ids = [4149];
export const modules = {

/***/ 4149:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VALIDATE_USAGE: () => (/* binding */ VALIDATE_USAGE),
/* harmony export */   runValidateCli: () => (/* binding */ runValidateCli)
/* harmony export */ });
/* harmony import */ var _cli_args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7391);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _report_describe_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(262);
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9238);
// `oncall-gate validate [folder] [--api-url URL] [--json]`: every problem of the policy files at
// once, `file:line:col: message (fix)` with paths relative to the current folder, then the totals.
// With INCIDENTIO_API_KEY it also checks, read-only, the schedules, people and key roles the files
// name in incident.io; with GITHUB_TOKEN (or GH_TOKEN) that every login of the identities file is
// a GitHub account. Exit 0 valid, 1 invalid or a check could not run, 2 usage.




const VALIDATE_USAGE = 'Usage: oncall-gate validate [folder] [--api-url URL] [--json]\n' +
    '  Checks every *.yaml / *.yml policy file under the folder (default: policies) and prints one\n' +
    '  line per problem, file:line:col: message (fix), with paths relative to the current folder,\n' +
    '  then the totals.\n' +
    '  With INCIDENTIO_API_KEY set it also checks, read-only, that the schedules, people and key\n' +
    '  roles the files name exist in incident.io (URL from --api-url, INCIDENTIO_API_URL or\n' +
    '  https://api.incident.io). With GITHUB_TOKEN (or GH_TOKEN) set it checks that every login in\n' +
    '  the identities file is a GitHub account, with "did you mean" from the assignees of\n' +
    '  GITHUB_REPOSITORY (owner/repo) when it is set.\n' +
    '  --json prints one JSON document instead (docs/cli.md).\n' +
    '  Exit codes: 0 valid (warnings allowed), 1 invalid or a check could not run, 2 usage error.';
const usage = (message) => ({ exitCode: 2, verdict: 'error', error: { kind: 'usage', message } });
async function runValidateCli(args, cli) {
    const { env, out } = cli;
    let parsed;
    try {
        parsed = (0,_cli_args_js__WEBPACK_IMPORTED_MODULE_0__/* .parseFlags */ .bQ)(args, ['api-url']);
    }
    catch (error) {
        if (!(0,_cli_args_js__WEBPACK_IMPORTED_MODULE_0__/* .isUsageError */ .mD)(error))
            throw error;
        out.error(`${error.message}\n\n${VALIDATE_USAGE}`);
        return usage(error.message);
    }
    if (parsed.help) {
        out.log(VALIDATE_USAGE);
        return { exitCode: 0, verdict: 'help' };
    }
    if (parsed.positionals.length > 1) {
        const message = `oncall-gate validate takes one folder; got ${parsed.positionals.length}: ${parsed.positionals.join(' ')}`;
        out.error(`${message}\n\n${VALIDATE_USAGE}`);
        return usage(message);
    }
    const [{ readPolicyDir }, { loadPolicySet }] = await Promise.all([
        __webpack_require__.e(/* import() */ 8233).then(__webpack_require__.bind(__webpack_require__, 8233)),
        Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4006), __webpack_require__.e(7718), __webpack_require__.e(6403)]).then(__webpack_require__.bind(__webpack_require__, 6403)),
    ]);
    const key = (env.INCIDENTIO_API_KEY ?? '').trim();
    const given = parsed.positionals[0] ?? 'policies';
    let files;
    let url = '';
    let shown;
    let folder;
    try {
        if (key || parsed.flags.has('api-url'))
            url = (0,_check_js__WEBPACK_IMPORTED_MODULE_3__.apiUrlFrom)(parsed.flags, env);
        const where = await (0,_check_js__WEBPACK_IMPORTED_MODULE_3__.localPolicyFolder)(given, cli.cwd, 'pass the folder that holds the policy files: oncall-gate validate <folder>');
        shown = where.shown;
        folder = where.shown(where.folder);
        files = await readPolicyDir(where.root, where.folder);
    }
    catch (error) {
        // A folder that cannot be read, or a malformed API URL, is a usage error.
        out.error((0,_report_describe_error_js__WEBPACK_IMPORTED_MODULE_2__.describeCliError)(error, cli.redactor.redact));
        const report = (0,_report_describe_error_js__WEBPACK_IMPORTED_MODULE_2__.describeCliErrorReport)(error, cli.redactor.redact);
        return (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isError */ .bJ)(error, 'policy') || (0,_cli_args_js__WEBPACK_IMPORTED_MODULE_0__/* .isUsageError */ .mD)(error)
            ? { exitCode: 2, verdict: 'error', error: { ...report, kind: 'usage' } }
            : { exitCode: 1, verdict: 'error', error: report };
    }
    let set = loadPolicySet(files);
    const checks = { incidentio: 'skipped', github: 'skipped' };
    const failures = [];
    if (key) {
        try {
            const { withLiveChecks } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4006), __webpack_require__.e(7718), __webpack_require__.e(10)]).then(__webpack_require__.bind(__webpack_require__, 10));
            set = await withLiveChecks(set, files, await cli.incidentio(url), cli.clock());
            checks.incidentio = 'checked';
        }
        catch (error) {
            // incident.io failing the live checks does not hide what the files themselves say.
            checks.incidentio = 'failed';
            failures.push({ service: 'incident.io', error });
        }
    }
    if (env.GITHUB_TOKEN || env.GH_TOKEN) {
        try {
            const [{ checkGitHubLogins }, { withLiveDiagnostics }, github] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4726)]).then(__webpack_require__.bind(__webpack_require__, 4726)),
                Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4006), __webpack_require__.e(7718), __webpack_require__.e(7490), __webpack_require__.e(8784)]).then(__webpack_require__.bind(__webpack_require__, 7490)),
                cli.github(),
            ]);
            // The repository's assignees give "did you mean"; without GITHUB_REPOSITORY there are none.
            const { owner, repo } = github.repository;
            const client = owner && repo ? github : { getUser: (login) => github.getUser(login) };
            set = withLiveDiagnostics(set, await checkGitHubLogins(set, files, client));
            checks.github = 'checked';
        }
        catch (error) {
            checks.github = 'failed';
            failures.push({ service: 'GitHub', error });
        }
    }
    const diagnostics = (0,_check_js__WEBPACK_IMPORTED_MODULE_3__.shownDiagnostics)(set.diagnostics, shown);
    const { formatDiagnosticLine, countBySeverity, totalsLine } = await __webpack_require__.e(/* import() */ 2853).then(__webpack_require__.bind(__webpack_require__, 2853));
    for (const d of diagnostics)
        (d.severity === 'error' ? out.error : out.log)(formatDiagnosticLine(d));
    const notChecked = failures.map((f) => f.service).join(' and ');
    out.log(totalsLine(set.files.length, diagnostics) + (notChecked ? ` Not checked against ${notChecked}: see below.` : ''));
    for (const failure of failures)
        out.error(liveCheckFailure(failure.service, failure.error, cli));
    const { errors, warnings } = countBySeverity(diagnostics);
    const facts = {
        folder,
        files: set.files.map(shown),
        policies: set.policies.map((p) => p.name),
        errors,
        warnings,
        checks,
    };
    const [failure] = failures;
    if (failure) {
        const error = (0,_report_describe_error_js__WEBPACK_IMPORTED_MODULE_2__.describeCliErrorReport)(failure.error, cli.redactor.redact);
        return { exitCode: 1, verdict: 'error', diagnostics, facts, error };
    }
    return { exitCode: set.valid ? 0 : 1, verdict: set.valid ? 'valid' : 'invalid', diagnostics, facts };
}
/**
 * Why a service's checks did not run (a refused key says so, with the fix), and that the files
 * alone can be checked without the credential.
 */
function liveCheckFailure(service, error, cli) {
    const variable = service === 'incident.io' ? 'INCIDENTIO_API_KEY' : 'GITHUB_TOKEN and GH_TOKEN';
    const what = service === 'incident.io' ? 'the schedules, people and key roles the files name' : 'the logins of the identities file';
    return (`Error: ${(0,_report_describe_error_js__WEBPACK_IMPORTED_MODULE_2__.describeCliError)(error, cli.redactor.redact)} ` +
        `The files themselves were checked (above), but not ${what}; to check only the files, unset ${variable}.`);
}


/***/ })

};
