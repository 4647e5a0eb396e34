export const id = 4149;
export const ids = [4149,9238];
export const modules = {

/***/ 7391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wp: () => (/* binding */ usageError),
/* harmony export */   bQ: () => (/* binding */ parseFlags),
/* harmony export */   mD: () => (/* binding */ isUsageError)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
// Command-line arguments for every CLI subcommand: Node's own `util.parseArgs` (strict, long
// string options, `-h`/`--help`), with its errors reworded into one short line a user can act on.


/** A command line the command cannot run: an `input` error, exit code 2. */
function usageError(message) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OncallGateError */ .lN({ kind: 'input', message, fix: '' });
}
/**
 * Whether `error` is a usage error: a flag, argument or environment variable the command cannot
 * use. An input a service refused (a malformed key) is not: it is reported with its fix, exit 1.
 */
const isUsageError = (error) => (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isError */ .bJ)(error, 'input') && error.service === undefined;
/** Parses `args` allowing the long string options `known`; throws a usage error on any misuse. */
function parseFlags(args, known) {
    const options = { help: { type: 'boolean', short: 'h' } };
    for (const name of known)
        options[name] = { type: 'string' };
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: [...args], options, strict: true, allowPositionals: true, tokens: true });
    }
    catch (error) {
        throw usageError(usageMessage(error));
    }
    const flags = new Map();
    for (const token of parsed.tokens) {
        if (token.kind !== 'option' || token.name === 'help')
            continue;
        if (flags.has(token.name))
            throw usageError(`Option --${token.name} is given twice.`);
        if (!token.value)
            throw usageError(`Option --${token.name} needs a value.`);
        flags.set(token.name, token.value);
    }
    return { flags, positionals: parsed.positionals, help: parsed.values.help === true };
}
/** util.parseArgs explains its errors at length; name the option and what is wrong with it. */
function usageMessage(error) {
    const code = error.code;
    const message = error instanceof Error ? error.message : String(error);
    // Messages quote the option as '--name' or '-h, --help'; keep the long form.
    const option = /'(?:-[^-\s], )?(-{1,2}[^' ,]+)/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
        return `Unknown option ${option}.`;
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
        return /does not take an argument/.test(message) ? `Option ${option} takes no value.` : `Option ${option} needs a value.`;
    }
    return message;
}


/***/ }),

/***/ 9238:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CHECK_USAGE: () => (/* binding */ CHECK_USAGE),
/* harmony export */   apiUrlFrom: () => (/* binding */ apiUrlFrom),
/* harmony export */   loadLocalPolicy: () => (/* binding */ loadLocalPolicy),
/* harmony export */   localPolicyFolder: () => (/* binding */ localPolicyFolder),
/* harmony export */   momentFrom: () => (/* binding */ momentFrom),
/* harmony export */   runCheckCommand: () => (/* binding */ runCheckCommand),
/* harmony export */   shownDiagnostics: () => (/* binding */ shownDiagnostics),
/* harmony export */   shownFrom: () => (/* binding */ shownFrom)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _decide_engine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1780);
/* harmony import */ var _decide_select_gate_policies_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8267);
/* harmony import */ var _identity_resolve_identity_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8785);
/* harmony import */ var _cli_args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7391);
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9373);
/* harmony import */ var _decide_scope_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3056);
/* harmony import */ var _api_url_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5931);
/* harmony import */ var _report_describe_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(262);
/* harmony import */ var _report_render_check_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5721);
// `oncall-gate check <login|email> [--environment E | --policy P] [--policy-path DIR] [--api-url URL] [--reason TEXT] [--at T]`:
// would this person pass the gate now (or at T), and why. The same selection and decision as the action's
// `gate`, against the policies in the current folder; read-only. Exit 0 approved (or no policy
// applies), 1 not approved or an error, 2 usage.











const CHECK_USAGE = 'Usage: oncall-gate check <login|email> [--environment E | --policy P] [--policy-path DIR] [--api-url URL] [--reason TEXT] [--at T] [--json]\n' +
    '  Would this person pass the gate now, and why. Reads the policies under DIR (default: policies)\n' +
    '  and who is on call from incident.io (key in INCIDENTIO_API_KEY; URL from --api-url,\n' +
    '  INCIDENTIO_API_URL or https://api.incident.io). A login is resolved by the identities lookups;\n' +
    '  GitHub lookups use GITHUB_TOKEN (and GITHUB_REPOSITORY for the organization) when set.\n' +
    '  --reason is the `reason` input, for rules with requireReason.\n' +
    '  --at asks about another moment instead of now, as an RFC 3339 time with an offset\n' +
    '  (--at 2026-12-11T18:00:00+01:00: who can deploy on Friday at 18:00 in Paris).\n' +
    '  --json prints one JSON document instead (docs/cli.md).\n' +
    '  Exit codes: 0 approved or no policy applies, 1 not approved or error, 2 usage error.';
/**
 * Where a policy folder given on the command line is read from. The reader takes a folder inside
 * a root (as the action reads one inside the repository), so a folder outside the current one is
 * read relative to its parent; `shown` turns the paths it reports back into paths relative to
 * the current folder. Throws a usage error when there is no folder.
 */
async function localPolicyFolder(policyPath, cwd = process.cwd(), how = 'run from the repository root, or pass the folder that holds the policy files with --policy-path') {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, policyPath);
    const kind = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(dir).then((s) => (s.isDirectory() ? 'folder' : 'file'), () => 'none');
    if (kind === 'none')
        throw (0,_cli_args_js__WEBPACK_IMPORTED_MODULE_3__/* .usageError */ .Wp)(`There is no policy folder at ${dir}; ${how}.`);
    if (kind === 'file')
        throw (0,_cli_args_js__WEBPACK_IMPORTED_MODULE_3__/* .usageError */ .Wp)(`${dir} is a file, not a folder; ${how}.`);
    let root = cwd;
    let folder = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(root, dir);
    if (folder === '' || folder.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(folder)) {
        root = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(dir);
        folder = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(dir);
    }
    return { root, folder: folder.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/'), shown: shownFrom(cwd, root) };
}
/** Paths relative to `root`, rewritten relative to `cwd` (forward slashes). */
function shownFrom(cwd, root) {
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(cwd, root) === '')
        return (path) => path;
    return (path) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(cwd, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(root, path)).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
}
/** The diagnostics with their paths relative to the current folder. */
function shownDiagnostics(diagnostics, shown) {
    return diagnostics.map((d) => ({ ...d, file: shown(d.file) }));
}
/** Reads and checks the policy folder; throws with the problems listed. */
async function loadLocalPolicy(policyPath, cwd = process.cwd()) {
    const { root, folder, shown } = await localPolicyFolder(policyPath, cwd);
    const [{ readPolicyDir }, { loadPolicySet }] = await Promise.all([
        __webpack_require__.e(/* import() */ 8233).then(__webpack_require__.bind(__webpack_require__, 8233)),
        Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4006), __webpack_require__.e(7718), __webpack_require__.e(6403)]).then(__webpack_require__.bind(__webpack_require__, 6403)),
    ]);
    return { set: loadPolicySet(await readPolicyDir(root, folder)), shown };
}
function apiUrlFrom(flags, env) {
    const source = flags.has('api-url') ? '--api-url' : 'INCIDENTIO_API_URL';
    const checked = (0,_api_url_js__WEBPACK_IMPORTED_MODULE_6__/* .checkApiUrl */ .Sz)(flags.get('api-url') ?? (env.INCIDENTIO_API_URL || 'https://api.incident.io'), source);
    if ('message' in checked)
        throw (0,_cli_args_js__WEBPACK_IMPORTED_MODULE_3__/* .usageError */ .Wp)(checked.message);
    return checked.url;
}
/**
 * `--at <RFC 3339>` when given (a usage error when malformed), else the clock's now. `asked` says
 * whether the moment came from the command line, so the output can say "at" rather than "now".
 */
function momentFrom(flags, clock) {
    const text = flags.get('at');
    if (text === undefined)
        return { at: clock(), asked: false };
    const at = (0,_clock_js__WEBPACK_IMPORTED_MODULE_7__/* .parseRfc3339 */ .TM)(text);
    if (!at) {
        throw (0,_cli_args_js__WEBPACK_IMPORTED_MODULE_3__/* .usageError */ .Wp)(`--at must be an RFC 3339 date and time with an offset, like 2026-12-11T18:00:00Z or 2026-12-11T18:00:00+01:00 (got "${text}").`);
    }
    return { at, asked: true };
}
const usage = (message) => ({ exitCode: 2, verdict: 'error', error: { kind: 'usage', message } });
async function runCheckCommand(args, cli) {
    const { env, out } = cli;
    let parsed;
    let moment;
    try {
        parsed = (0,_cli_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parseFlags */ .bQ)(args, ['environment', 'policy', 'policy-path', 'api-url', 'reason', 'at']);
        moment = momentFrom(parsed.flags, cli.clock);
    }
    catch (error) {
        out.error(`${error.message}\n\n${CHECK_USAGE}`);
        return usage(error.message);
    }
    if (parsed.help) {
        out.log(CHECK_USAGE);
        return { exitCode: 0, verdict: 'help' };
    }
    const [who, ...extra] = parsed.positionals;
    if (who === undefined || extra.length > 0) {
        out.error(`oncall-gate check takes one login or email.\n\n${CHECK_USAGE}`);
        return usage('oncall-gate check takes one login or email.');
    }
    const { flags } = parsed;
    const policyPath = (flags.get('policy-path') ?? 'policies').replace(/\\/g, '/').replace(/\/+$/, '');
    const apiKey = env.INCIDENTIO_API_KEY ?? '';
    try {
        const { set, shown } = await loadLocalPolicy(policyPath, cli.cwd);
        if (!set.valid) {
            const { formatDiagnosticLine } = await __webpack_require__.e(/* import() */ 2853).then(__webpack_require__.bind(__webpack_require__, 2853));
            const errors = shownDiagnostics(set.diagnostics.filter((x) => x.severity === 'error'), shown);
            for (const d of errors)
                out.error(formatDiagnosticLine(d));
            const message = `the policy in ${policyPath}/ is invalid, so every gate decision is an error (fail closed)`;
            out.error(`Result: ERROR: ${message}.`);
            return {
                exitCode: 1,
                verdict: 'error',
                diagnostics: errors,
                error: {
                    kind: 'policy',
                    message: `The policy in ${policyPath}/ is invalid, so every gate decision is an error (fail closed).`,
                    fix: 'Fix the problems the diagnostics name (oncall-gate validate).',
                },
            };
        }
        const selection = (0,_decide_select_gate_policies_js__WEBPACK_IMPORTED_MODULE_8__/* .selectGatePolicies */ .iW)(set.policies, { environment: flags.get('environment') ?? '', policy: flags.get('policy') ?? '' }, policyPath);
        if (selection.kind === 'unmatched') {
            const fix = `Check --environment / --policy, or add a policy for it under ${policyPath}/.`;
            out.error(`Result: ERROR: ${selection.message}.`);
            out.error(fix);
            return { exitCode: 1, verdict: 'error', error: { kind: 'policy', message: `${selection.message}.`, fix } };
        }
        const policies = selection.kind === 'matched' ? selection.policies : [];
        const schedules = (0,_decide_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .policySchedules */ .VH)(policies);
        if (schedules.length > 0 && !apiKey) {
            const message = 'Set INCIDENTIO_API_KEY to an incident.io API key (schedules_reader or viewer role) to read who is on call.';
            out.error(message);
            return usage(message);
        }
        let requester;
        if (who.includes('@') && !who.startsWith('@')) {
            requester = { login: who, emails: [(0,_identity_resolve_identity_js__WEBPACK_IMPORTED_MODULE_9__/* .normalizeEmail */ .e0)(who)] };
        }
        else {
            const owner = (env.GITHUB_REPOSITORY ?? '').split('/')[0] ?? '';
            // The GitHub lookups need a token; without one they are skipped with a note.
            const hasToken = Boolean(env.GITHUB_TOKEN || env.GH_TOKEN);
            const identity = await (0,_identity_resolve_identity_js__WEBPACK_IMPORTED_MODULE_9__/* .resolveIdentity */ .XH)(who.replace(/^@/, ''), set.identities, {
                org: owner,
                policyPath,
                ...(hasToken && owner ? { github: await cli.github() } : {}),
            });
            requester = {
                login: identity.login,
                emails: identity.emails,
                ...(identity.source ? { emailSource: identity.source } : {}),
                ...(identity.problem ? { identityProblem: identity.problem } : {}),
            };
        }
        const { at, asked } = moment;
        let onCall = new Map();
        let rotationNames;
        if (schedules.length > 0) {
            const { fetchOnCall, fetchRotationNames } = await __webpack_require__.e(/* import() */ 3869).then(__webpack_require__.bind(__webpack_require__, 6250));
            const client = await cli.incidentio(apiUrlFrom(flags, env));
            // Rotation and layer names explain a scoped rule; only its schedules are read for them.
            const scoped = (0,_decide_scope_js__WEBPACK_IMPORTED_MODULE_10__/* .scopedSchedules */ .DJ)(policies);
            [onCall, rotationNames] = await Promise.all([
                fetchOnCall(client, schedules, at),
                scoped.length > 0 ? fetchRotationNames(client, scoped) : undefined,
            ]);
        }
        const evaluated = (0,_decide_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluate */ ._3)({
            requester,
            policies,
            onCall,
            at,
            reason: flags.get('reason') ?? '',
            identities: set.identities,
            // check cannot see the deployed commit's pull-request reviews: the run's evidence stays unread.
            subject: { kind: 'run' },
            ...(rotationNames ? { rotationNames } : {}),
        });
        const decision = withShownPaths(evaluated, shown);
        for (const line of (0,_report_render_check_js__WEBPACK_IMPORTED_MODULE_5__/* .renderCheckText */ .OW)(decision, { asked }))
            out.log(line);
        return { exitCode: decision.approved ? 0 : 1, verdict: decision.result, facts: (0,_report_render_check_js__WEBPACK_IMPORTED_MODULE_5__/* .checkFacts */ .un)(decision, { asked }) };
    }
    catch (error) {
        if ((0,_cli_args_js__WEBPACK_IMPORTED_MODULE_3__/* .isUsageError */ .mD)(error)) {
            out.error(error.message);
            return usage(error.message);
        }
        out.error(`Result: ERROR: ${(0,_report_describe_error_js__WEBPACK_IMPORTED_MODULE_4__.describeCliError)(error, cli.redactor.redact)}`);
        return { exitCode: 1, verdict: 'error', error: (0,_report_describe_error_js__WEBPACK_IMPORTED_MODULE_4__.describeCliErrorReport)(error, cli.redactor.redact) };
    }
}
/** The decision with the policies' and rules' file paths relative to the current folder. */
function withShownPaths(decision, shown) {
    const at = (p) => ({ ...p, file: shown(p.file) });
    return {
        ...decision,
        verdicts: decision.verdicts.map((v) => ({ ...v, at: at(v.at), rules: v.rules.map((r) => ({ ...r, at: at(r.at) })) })),
    };
}


/***/ }),

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


/***/ }),

/***/ 5721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MU: () => (/* binding */ onCallHeading),
/* harmony export */   OW: () => (/* binding */ renderCheckText),
/* harmony export */   un: () => (/* binding */ checkFacts)
/* harmony export */ });
/* harmony import */ var _explain_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7389);

/** "On call now (t)" or, for a moment asked with --at, "On call at t". */
function onCallHeading(at, asked) {
    return asked ? `On call at ${(0,_explain_js__WEBPACK_IMPORTED_MODULE_0__/* .rfc3339 */ .ag)(at)}:` : `On call now (${(0,_explain_js__WEBPACK_IMPORTED_MODULE_0__/* .rfc3339 */ .ag)(at)}):`;
}
/** The decision as lines of plain text. */
function renderCheckText(decision, options) {
    const o = { style: _explain_js__WEBPACK_IMPORTED_MODULE_0__/* .PLAIN */ .tZ, advice: 'cli', asked: options.asked };
    const who = decision.requester;
    if (decision.result === 'not-required') {
        return [`Requester: ${who.login}`, 'Result: NOT-REQUIRED: no --environment or --policy given, so no policy applies.'];
    }
    const lines = [];
    // An email given on the command line is its own login: print it once.
    const emails = who.emails.filter((e) => e !== who.login.toLowerCase());
    lines.push(`Requester: ${who.login}` +
        (emails.length > 0
            ? ` (${emails.join(', ')}${who.emailSource ? `, from ${who.emailSource}` : ''})`
            : who.emails.length > 0
                ? ''
                : ' (no known incident.io email)'));
    lines.push(`Policies: ${decision.policies.length > 0 ? decision.policies.join(', ') : 'none'}`);
    const until = decision.expiresAt ? ` until ${(0,_explain_js__WEBPACK_IMPORTED_MODULE_0__/* .rfc3339 */ .ag)(decision.expiresAt)}` : '';
    lines.push(`Result: ${decision.result.toUpperCase()}${until}${decision.approvedBy ? ` (approved by ${decision.approvedBy})` : ''}`);
    for (const v of decision.verdicts)
        lines.push(`  ${v.policy} (${v.at.file}:${v.at.line}): ${v.result}: ${(0,_explain_js__WEBPACK_IMPORTED_MODULE_0__/* .policyReason */ .hN)(v, decision, o)}`);
    if (decision.verdicts.length === 0)
        for (const r of (0,_explain_js__WEBPACK_IMPORTED_MODULE_0__/* .decisionReasons */ .EP)(decision, o))
            lines.push(`  ${r}`);
    const fixes = (0,_explain_js__WEBPACK_IMPORTED_MODULE_0__/* .decisionFixes */ .Ox)(decision, o);
    if (fixes.length > 0) {
        lines.push('What to do:');
        for (const f of fixes)
            lines.push(`  - ${f}`);
    }
    if (decision.facts.schedules.length > 0) {
        lines.push(onCallHeading(decision.facts.at, options.asked));
        for (const s of decision.facts.schedules) {
            if (s.people.length === 0)
                lines.push(`  ${s.scheduleId}: nobody`);
            for (const p of s.people) {
                const where = p.placements.map((x) => (0,_explain_js__WEBPACK_IMPORTED_MODULE_0__/* .placementLabel */ .Cf)(x, o)).join('; ');
                lines.push(`  ${s.scheduleId}: ${p.name} <${p.email}>${p.login ? ` @${p.login}` : ''} until ${(0,_explain_js__WEBPACK_IMPORTED_MODULE_0__/* .rfc3339 */ .ag)(p.endAt)}${where ? ` (${where})` : ''}`);
            }
        }
    }
    // The gate also counts an approving review of the deployed commit's pull request; that evidence
    // lives in GitHub and depends on the commit, so `check` cannot see it.
    if (!decision.approved && decision.verdicts.some((v) => v.rules.some((r) => r.type === 'escalation' && !r.holds))) {
        lines.push('Note: check does not look at pull-request reviews. In a workflow, the gate also approves a commit merged through a pull ' +
            'request that a person on call for the escalation schedules approved (docs/escalation.md).');
    }
    return lines;
}
/**
 * The decision as the `facts` of `oncall-gate check --json` (docs/cli.md): the decision's data,
 * each policy's verdict with the sentence that explains it, and what to do.
 */
function checkFacts(decision, options) {
    const o = { style: _explain_js__WEBPACK_IMPORTED_MODULE_0__/* .PLAIN */ .tZ, advice: 'cli', asked: options.asked };
    return {
        requester: decision.requester,
        at: decision.facts.at,
        asked: options.asked,
        reason: decision.facts.reason,
        result: decision.result,
        approved: decision.approved,
        ...(decision.approvedBy ? { approvedBy: decision.approvedBy } : {}),
        ...(decision.expiresAt ? { expiresAt: decision.expiresAt } : {}),
        policies: decision.policies,
        onCall: decision.onCall,
        onCallSchedules: decision.onCallSchedules,
        verdicts: decision.verdicts.map((v) => ({ ...v, explanation: (0,_explain_js__WEBPACK_IMPORTED_MODULE_0__/* .policyReason */ .hN)(v, decision, o) })),
        reasons: decision.verdicts.length === 0 ? (0,_explain_js__WEBPACK_IMPORTED_MODULE_0__/* .decisionReasons */ .EP)(decision, o) : [],
        fixes: (0,_explain_js__WEBPACK_IMPORTED_MODULE_0__/* .decisionFixes */ .Ox)(decision, o),
        schedules: decision.facts.schedules,
        // check cannot see pull-request reviews; the gate in a workflow can (docs/escalation.md).
        reviewsRead: false,
    };
}


/***/ })

};
