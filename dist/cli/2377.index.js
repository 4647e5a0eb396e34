export const id = 2377;
export const ids = [2377,9238];
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

/***/ 2377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RECORD_USAGE: () => (/* binding */ RECORD_USAGE),
  runRecordCommand: () => (/* binding */ runRecordCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/cli-args.ts
var cli_args = __webpack_require__(7391);
// EXTERNAL MODULE: ./src/clock.ts
var clock = __webpack_require__(9373);
// EXTERNAL MODULE: ./src/policy/schema.ts
var schema = __webpack_require__(4139);
;// CONCATENATED MODULE: ./src/policy-test/snapshot.ts
const iso = (t) => new Date(typeof t === 'string' ? Date.parse(t) : t.getTime()).toISOString().replace(/\.\d{3}Z$/, 'Z');
/** The snapshot document, and how many entries were left out for lacking a user email. */
function snapshotFromEntries(input) {
    const users = new Map();
    let skipped = 0;
    const schedules = input.schedules.map((s) => {
        const seen = new Set();
        const entries = [];
        for (const e of s.entries) {
            const email = e.user?.email?.trim();
            if (!e.user || !email) {
                skipped++;
                continue;
            }
            if (!users.has(e.user.id))
                users.set(e.user.id, { id: e.user.id, name: e.user.name, email });
            const entry = {
                user: e.user.id,
                start: iso(e.start_at),
                end: iso(e.end_at),
                ...(e.rotation_id ? { rotation: e.rotation_id } : {}),
                ...(e.layer_id ? { layer: e.layer_id } : {}),
            };
            // The same shift listed twice (on two pages) is one shift.
            const key = JSON.stringify(entry);
            if (seen.has(key))
                continue;
            seen.add(key);
            entries.push(entry);
        }
        entries.sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || Date.parse(a.end) - Date.parse(b.end));
        return { id: s.id, ...(s.name ? { name: s.name } : {}), entries };
    });
    return {
        doc: {
            version: 1,
            kind: 'rota-snapshot',
            recordedAt: iso(input.recordedAt),
            window: { from: iso(input.from), to: iso(input.to) },
            users: [...users.values()],
            schedules,
        },
        skipped,
    };
}

// EXTERNAL MODULE: ./src/report/describe-error.ts
var describe_error = __webpack_require__(262);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/report/render-snapshot.ts
// A rota snapshot (src/policy-test/snapshot.ts) as the YAML file `oncall-gate record` prints,
// with a header that says what it is and how it was made.

function renderSnapshotYaml(doc, command) {
    const header = [
        '# A rota snapshot for `oncall-gate test` (docs/policy-tests.md): the final schedule entries',
        '# (overrides applied) in the window, and the users they name. Recorded with',
        `#   ${command}`,
    ].join('\n');
    return `${header}\n${(0,dist/* stringify */.As)(doc, { lineWidth: 0 })}`;
}

// EXTERNAL MODULE: ./src/commands/check.ts
var check = __webpack_require__(9238);
;// CONCATENATED MODULE: ./src/commands/record.ts
// `oncall-gate record --schedule <id>[,<id>...] --from <T> --to <T> [--api-url URL] [--out FILE]`:
// records a rota snapshot for policy tests (docs/policy-tests.md) from a live incident.io
// workspace: the `final` schedule entries of each schedule in the window and the users they name,
// with their emails, and nothing else. Read-only. Prints the YAML (or writes it to FILE, never over
// an existing file). Exit 0 recorded, 1 error, 2 usage.








const RECORD_USAGE = 'Usage: oncall-gate record --schedule <id>[,<id>...] --from <T> --to <T> [--api-url URL] [--out FILE]\n' +
    '  Records a rota snapshot for `oncall-gate test`: the final schedule entries (overrides applied)\n' +
    '  of each schedule between --from and --to, and the users they name (ID, name, email), nothing\n' +
    '  else. Prints YAML, or writes it to FILE (a new file). Times are RFC 3339 with an offset.\n' +
    '  Key in INCIDENTIO_API_KEY; URL from --api-url, INCIDENTIO_API_URL or https://api.incident.io.\n' +
    '  Exit codes: 0 recorded, 1 error, 2 usage error.';
/** A snapshot is for test cases, not an archive: at most this long a window. */
const MAX_WINDOW_MS = 92 * 24 * 60 * 60 * 1000;
function time(flags, name) {
    const text = flags.get(name);
    if (text === undefined)
        throw (0,cli_args/* usageError */.Wp)(`--${name} is required (an RFC 3339 time with an offset, like 2026-01-05T00:00:00Z).`);
    const at = (0,clock/* parseRfc3339 */.TM)(text);
    if (!at)
        throw (0,cli_args/* usageError */.Wp)(`--${name} must be an RFC 3339 date and time with an offset, like 2026-01-05T00:00:00Z (got "${text}").`);
    return at;
}
async function runRecordCommand(args, cli) {
    const { env, out } = cli;
    let ids;
    let from;
    let to;
    let flags;
    try {
        const parsed = (0,cli_args/* parseFlags */.bQ)(args, ['schedule', 'from', 'to', 'api-url', 'out']);
        if (parsed.help) {
            out.log(RECORD_USAGE);
            return 0;
        }
        flags = parsed.flags;
        if (parsed.positionals.length > 0)
            throw (0,cli_args/* usageError */.Wp)(`oncall-gate record takes no arguments besides its options (got ${parsed.positionals.join(' ')}).`);
        ids = [
            ...new Set((flags.get('schedule') ?? '')
                .split(',')
                .map((s) => s.trim())
                .filter(Boolean)),
        ];
        if (ids.length === 0)
            throw (0,cli_args/* usageError */.Wp)('--schedule is required: the incident.io schedule ID(s) to record, comma-separated.');
        const bad = ids.find((id) => !new RegExp(schema/* SCHEDULE_ID_PATTERN */.v$).test(id));
        if (bad) {
            throw (0,cli_args/* usageError */.Wp)(`--schedule "${bad}" is not an incident.io schedule ID (20-40 letters and digits, the last part of the schedule's URL).`);
        }
        from = time(flags, 'from');
        to = time(flags, 'to');
        if (to.getTime() <= from.getTime())
            throw (0,cli_args/* usageError */.Wp)('--to must be later than --from.');
        if (to.getTime() - from.getTime() > MAX_WINDOW_MS)
            throw (0,cli_args/* usageError */.Wp)('The window is longer than 92 days; record the weeks the test cases need.');
    }
    catch (error) {
        out.error(`${error.message}\n\n${RECORD_USAGE}`);
        return 2;
    }
    if (!env.INCIDENTIO_API_KEY) {
        out.error('Set INCIDENTIO_API_KEY to an incident.io API key (schedules_reader or viewer role) to read the schedules.');
        return 2;
    }
    try {
        const client = await cli.incidentio((0,check.apiUrlFrom)(flags, env));
        const schedules = await Promise.all(ids.map(async (id) => {
            const [schedule, entries] = await Promise.all([client.getSchedule(id), client.listScheduleEntries(id, from, to)]);
            return { id, name: schedule.name, entries: entries.final };
        }));
        const { doc, skipped } = snapshotFromEntries({ from, to, recordedAt: cli.clock(), schedules });
        const command = `oncall-gate record --schedule ${ids.join(',')} --from ${doc.window.from} --to ${doc.window.to}`;
        const yaml = renderSnapshotYaml(doc, command);
        if (skipped > 0)
            out.error(`Left out ${skipped} entr${skipped === 1 ? 'y' : 'ies'} without a user email (never anyone on call).`);
        const file = flags.get('out');
        if (file) {
            await (0,promises_.writeFile)(file, yaml, { flag: 'wx' }).catch((error) => {
                throw (0,cli_args/* usageError */.Wp)(error.code === 'EEXIST' ? `${file} exists already; record into a new file.` : `Cannot write ${file}: ${error.message}`);
            });
            out.error(`Recorded ${doc.schedules.reduce((n, s) => n + s.entries.length, 0)} entries of ${ids.length} schedule(s) into ${file}.`);
        }
        else {
            for (const line of yaml.trimEnd().split('\n'))
                out.log(line);
        }
        return 0;
    }
    catch (error) {
        if ((0,cli_args/* isUsageError */.mD)(error)) {
            out.error(error.message);
            return 2;
        }
        out.error(`Result: ERROR: ${(0,describe_error.describeCliError)(error, cli.redactor.redact)}`);
        return 1;
    }
}


/***/ }),

/***/ 4139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bs: () => (/* binding */ RULE_TYPES),
/* harmony export */   Cq: () => (/* binding */ DURATION_PATTERN),
/* harmony export */   Fo: () => (/* binding */ escalationRuleSchema),
/* harmony export */   GW: () => (/* binding */ KINDS),
/* harmony export */   GX: () => (/* binding */ EMAIL_PATTERN),
/* harmony export */   NT: () => (/* binding */ LOGIN_PATTERN),
/* harmony export */   Vh: () => (/* binding */ NAME_PATTERN),
/* harmony export */   Yo: () => (/* binding */ policyFileSchema),
/* harmony export */   Zx: () => (/* binding */ TEAM_SLUG_PATTERN),
/* harmony export */   g0: () => (/* binding */ denyRuleSchema),
/* harmony export */   pB: () => (/* binding */ autoRuleSchema),
/* harmony export */   rC: () => (/* binding */ MATCH_KEYS),
/* harmony export */   v$: () => (/* binding */ SCHEDULE_ID_PATTERN)
/* harmony export */ });
/* unused harmony exports ROTATION_ID_PATTERN, SCHEMA_ID, approvalRuleSchema, fallbackSchema, whenUnavailableSchema, policyDocSchema, integrationDocSchema, IDENTITY_LOOKUPS, identitiesDocSchema */
// The JSON Schema for every policy file kind (documented in policies/README.md). This object is the
// source of truth: the *Doc types in types.ts are derived from it with json-schema-to-ts, and the
// published policies/schema.json (for editors, via `# yaml-language-server: $schema=./schema.json`)
// is this object serialised. `npm run generate` rewrites it and the standalone validator from this
// file; test/scripts/generate.test.ts fails while either committed file is stale.
//
// Draft-07, because it is the draft editors (yaml-language-server) and ajv's default class
// share. `discriminator` is an OpenAPI keyword that ajv understands (option `discriminator`) and
// editors ignore: it makes ajv validate only the branch named by `kind` / `type`, so errors point
// at the right rule instead of listing every branch of the `oneOf`.
/** Policy names: lower-case letters, digits and inner hyphens (a DNS label, like GitHub environments in URLs). */
const NAME_PATTERN = '^[a-z0-9]([a-z0-9-]*[a-z0-9])?$';
/**
 * incident.io schedule IDs are opaque ULID-like strings (e.g. `01G0J1EXE7AXZ2C93K61WBPYEH`, the last
 * part of a schedule's permalink, `https://app.incident.io/<org>/on-call/schedules/<ID>`). Names such as
 * "Platform primary" contain spaces and are rejected here with a fix.
 */
const SCHEDULE_ID_PATTERN = '^[0-9A-Za-z]{20,40}$';
/**
 * Rotation and layer IDs have the same shape as schedule IDs (incident.io's ULID-like IDs); a
 * rotation's or layer's name is rejected here, and `validate` with a key suggests its ID.
 */
const ROTATION_ID_PATTERN = SCHEDULE_ID_PATTERN;
/** A GitHub team slug (the last part of github.com/orgs/<org>/teams/<slug>), in the repository's organisation. */
const TEAM_SLUG_PATTERN = '^[a-z0-9][a-z0-9_-]{0,99}$';
/** A whole number of minutes, hours or days; the semantic pass bounds the value. */
const DURATION_PATTERN = '^[1-9][0-9]*(m|h|d)$';
/** Deliberately loose (one `@`, a dot in the domain, no spaces): incident.io is the real judge. */
const EMAIL_PATTERN = '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$';
/** GitHub logins: letters, digits and hyphens, starting with a letter or digit, at most 39 characters. */
const LOGIN_PATTERN = '^[A-Za-z0-9][A-Za-z0-9-]{0,38}$';
const SCHEMA_ID = 'https://raw.githubusercontent.com/org/oncall-gate/v1/policies/schema.json';
const scheduleIdList = {
    type: 'array',
    minItems: 1,
    items: {
        type: 'string',
        pattern: SCHEDULE_ID_PATTERN,
        title: 'incident.io schedule ID',
        description: "The ID from the schedule's URL in incident.io (On-call > Schedules > open the schedule: the last part of the address), not its name.",
        examples: ['01HXYZSCHEDULEPRIMARY00000'],
    },
};
const duration = {
    type: 'string',
    pattern: DURATION_PATTERN,
    description: 'A whole number followed by m (minutes), h (hours) or d (days), between 1m and 30d.',
};
const stringList = (title, description, maxLength, example) => ({
    type: 'array',
    title,
    description,
    minItems: 1,
    items: { type: 'string', minLength: 1, maxLength },
    examples: [[example]],
});
const incidentIoIdList = (what, example) => ({
    type: 'array',
    minItems: 1,
    uniqueItems: true,
    title: `${what}s`,
    items: {
        type: 'string',
        pattern: ROTATION_ID_PATTERN,
        title: `incident.io ${what} ID`,
        description: `The ${what}'s ID (not its name): \`oncall-gate who <schedule-id>\` lists each on-call person's rotation and layer with their IDs.`,
        examples: [example],
    },
    examples: [[example]],
});
/** Per schedule, the rotations and layers whose on-call people count (by ID, so a rename changes nothing). */
const scopeSchema = {
    type: 'object',
    title: 'scope',
    description: "Per schedule ID (one of the rule's schedules): only on-call people on these rotations or layers count. Entries without a rotation or layer (some overrides) never count for a scoped schedule. Schedules not listed count whole.",
    minProperties: 1,
    propertyNames: { pattern: SCHEDULE_ID_PATTERN },
    additionalProperties: {
        type: 'object',
        title: 'schedule scope',
        description: 'An entry counts when its rotation is one of `rotations` or its layer is one of `layers`.',
        additionalProperties: false,
        minProperties: 1,
        properties: {
            rotations: {
                ...incidentIoIdList('rotation', '01HXYZROTATIONPAYPRIMARY00'),
                description: 'Rotation IDs whose on-call people count (every layer of each).',
            },
            layers: {
                ...incidentIoIdList('layer', '01HXYZLAYERPAYPRIMARY00000'),
                description: 'Layer IDs whose on-call people count.',
            },
        },
    },
    examples: [{ '01HXYZSCHEDULEPAYMENTS0000': { rotations: ['01HXYZROTATIONPAYPRIMARY00'] } }],
};
const autoRuleSchema = {
    type: 'object',
    title: 'auto rule',
    description: 'Approves when the requester is on call right now for one of the schedules. Any one satisfied rule approves.',
    additionalProperties: false,
    required: ['type', 'integration'],
    properties: {
        type: { const: 'auto' },
        integration: { const: 'incidentio', description: 'The only integration: incident.io.' },
        schedules: {
            ...scheduleIdList,
            title: 'schedules',
            description: "incident.io schedule IDs whose on-call person is auto-approved. Optional: defaults to the integration's autoApproval.schedules.",
            examples: [['01HXYZSCHEDULEPRIMARY00000']],
        },
        scope: scopeSchema,
        duration: {
            ...duration,
            title: 'duration',
            description: `How long an auto-approval lasts, capped by the end of the on-call shift (default 1h). ${duration.description}`,
            examples: ['1h'],
        },
        options: {
            type: 'object',
            title: 'options',
            additionalProperties: false,
            properties: {
                requireReason: {
                    type: 'boolean',
                    description: 'Require a reason (the `reason` input or a `Reason:` line in the PR body) of at least 10 characters. Default false.',
                },
            },
        },
    },
};
const escalationRuleSchema = {
    type: 'object',
    title: 'escalation rule',
    description: 'Pages the on-call people of `services` through an incident.io incident; one of them approves by approving the pull request.',
    additionalProperties: false,
    required: ['type', 'integration', 'services'],
    properties: {
        type: { const: 'escalation' },
        integration: { const: 'incidentio', description: 'The only integration: incident.io.' },
        services: {
            ...scheduleIdList,
            title: 'services',
            description: 'incident.io schedule IDs whose on-call people may approve (required, at least one).',
            examples: [['01HXYZSCHEDULEPRIMARY00000']],
        },
        duration: {
            ...duration,
            title: 'duration',
            description: `An approval older than this no longer counts (default 24h). ${duration.description}`,
            examples: ['24h'],
        },
        options: {
            type: 'object',
            title: 'options',
            additionalProperties: false,
            properties: {
                allowOneParty: {
                    type: 'boolean',
                    description: 'Let a requester who is on call for `services` approve their own request (GitHub forbids approving your own PR). Default false.',
                },
                requireReason: {
                    type: 'boolean',
                    description: 'Require a reason (the `reason` input or a `Reason:` line in the PR body) of at least 10 characters. Default false.',
                },
            },
        },
    },
};
const denyRuleSchema = {
    type: 'object',
    title: 'deny rule',
    description: 'Denies every request the policy matches, whatever the other rules say (e.g. a change freeze).',
    additionalProperties: false,
    required: ['type'],
    properties: {
        type: { const: 'deny' },
        reason: {
            type: 'string',
            minLength: 1,
            maxLength: 500,
            title: 'reason',
            description: 'Shown with the denial. Default "Denied by policy <name>".',
            examples: ['Change freeze until 2026-12-01'],
        },
    },
};
const RULE_TYPES = ['auto', 'escalation', 'deny'];
const approvalRuleSchema = {
    type: 'object',
    title: 'approval rule',
    description: 'One way to approve (`auto`, `escalation`) or a `deny`.',
    required: ['type'],
    properties: { type: { type: 'string', enum: RULE_TYPES } },
    discriminator: { propertyName: 'type' },
    oneOf: [autoRuleSchema, escalationRuleSchema, denyRuleSchema],
};
const MATCH_KEYS = ['environments', 'branches', 'paths', 'labels'];
/** The outage fallback: approval by a pull request review from people the policy names. */
const fallbackSchema = {
    type: 'object',
    title: 'outage fallback',
    description: 'When incident.io is unreachable or failing (5xx after retries, or the API deadline passed; never a 429, a bad key, a missing role or an unknown schedule): an APPROVED review of the pull request by one of these people approves, under every second-party rule of escalation. Name `approvers`, `approverTeams` or both.',
    additionalProperties: false,
    properties: {
        approvers: {
            type: 'array',
            title: 'approvers',
            description: 'GitHub logins whose approving review counts while incident.io is unavailable.',
            minItems: 1,
            uniqueItems: true,
            items: { type: 'string', pattern: LOGIN_PATTERN },
            examples: [['alice', 'bob']],
        },
        approverTeams: {
            type: 'array',
            title: 'approverTeams',
            description: "GitHub team slugs of the repository's organisation whose members' approving review counts; needs the `github-teams-token` input (the workflow token cannot read team membership).",
            minItems: 1,
            uniqueItems: true,
            items: { type: 'string', pattern: TEAM_SLUG_PATTERN },
            examples: [['platform-leads']],
        },
        duration: {
            ...duration,
            title: 'duration',
            description: `An approval older than this no longer counts (default 24h). ${duration.description}`,
            examples: ['24h'],
        },
    },
};
const whenUnavailableSchema = {
    title: 'whenUnavailable',
    description: 'What happens when incident.io is unavailable: `deny` (the default: every decision is an error, fail closed) or an outage fallback reviewed as code.',
    oneOf: [{ const: 'deny' }, fallbackSchema],
    examples: ['deny', { approvers: ['alice', 'bob'], duration: '4h' }],
};
const policyDocSchema = {
    type: 'object',
    title: 'policy',
    description: 'Who may approve what: which jobs and pull requests it matches, and the rules that approve them.',
    additionalProperties: false,
    required: ['version', 'kind', 'name', 'match', 'approval'],
    properties: {
        version: { const: 1, title: 'version', description: 'Format version; always 1.' },
        kind: { const: 'policy' },
        name: {
            type: 'string',
            pattern: NAME_PATTERN,
            maxLength: 63,
            title: 'name',
            description: 'Unique across all policy files: lower-case letters, digits and hyphens.',
            examples: ['production-deploy'],
        },
        description: { type: 'string', maxLength: 2000, title: 'description' },
        match: {
            type: 'object',
            title: 'match',
            description: 'What the policy applies to. `gate` matches by `environments`; `request`/`review` by `branches`, then `paths` and `labels` when given (AND across lists, OR within one).',
            additionalProperties: false,
            properties: {
                environments: stringList('environments', 'gate: matches when the `environment` input is one of these.', 255, 'production'),
                branches: stringList('branches', 'request/review: the pull request base branch (globs allowed). Without it the policy never matches a pull request.', 255, 'main'),
                paths: stringList('paths', 'request/review, optional: some changed file matches one of these globs.', 1024, 'services/api/**'),
                labels: stringList('labels', 'request/review, optional: the pull request has one of these labels.', 100, 'deploy'),
            },
        },
        approval: {
            type: 'array',
            title: 'approval',
            description: 'Any one satisfied rule approves (OR); a `deny` rule denies regardless; an empty list always denies.',
            items: approvalRuleSchema,
        },
        whenUnavailable: whenUnavailableSchema,
    },
};
const integrationDocSchema = {
    type: 'object',
    title: 'integration',
    description: 'incident.io settings for auto-approval and escalation incidents (at most one file).',
    additionalProperties: false,
    required: ['version', 'kind', 'integration'],
    properties: {
        version: { const: 1, title: 'version', description: 'Format version; always 1.' },
        kind: { const: 'integration' },
        integration: { const: 'incidentio', title: 'integration', description: 'The only integration: incident.io.' },
        autoApproval: {
            type: 'object',
            title: 'autoApproval',
            additionalProperties: false,
            properties: {
                schedules: {
                    type: 'array',
                    title: 'schedules',
                    description: '`auto` rules without their own `schedules` use these. None selected: auto-approval denies everything.',
                    items: scheduleIdList.items,
                    examples: [['01HXYZSCHEDULEPRIMARY00000']],
                },
            },
        },
        escalation: {
            type: 'object',
            title: 'escalation',
            additionalProperties: false,
            properties: {
                customField: {
                    type: 'string',
                    minLength: 1,
                    maxLength: 255,
                    title: 'customField',
                    description: 'Text custom field holding the schedule IDs on escalation incidents; `apply` creates it. Default "On-call gate schedules".',
                    examples: ['On-call gate schedules'],
                },
                visibility: {
                    type: 'string',
                    enum: ['public', 'private'],
                    title: 'visibility',
                    description: 'Incident visibility. Default public.',
                },
                mode: {
                    type: 'string',
                    enum: ['standard', 'test'],
                    title: 'mode',
                    description: 'standard, or test (test incidents do not page; use for trials). Default standard.',
                },
                severity: {
                    type: 'string',
                    minLength: 1,
                    maxLength: 255,
                    title: 'severity',
                    description: 'Optional severity name or ID.',
                    examples: ['Minor'],
                },
                incidentType: {
                    type: 'string',
                    minLength: 1,
                    maxLength: 255,
                    title: 'incidentType',
                    description: 'Optional incident type name or ID.',
                    examples: ['Default'],
                },
                notifyIncidentChannel: {
                    type: 'boolean',
                    title: 'notifyIncidentChannel',
                    description: 'Post summary updates to the incident channel. Default false.',
                },
            },
        },
    },
};
const IDENTITY_LOOKUPS = ['map', 'github-public-email', 'github-verified-domain-email'];
const identitiesDocSchema = {
    type: 'object',
    title: 'identities',
    description: 'How GitHub logins map to incident.io emails (at most one file).',
    additionalProperties: false,
    required: ['version', 'kind'],
    properties: {
        version: { const: 1, title: 'version', description: 'Format version; always 1.' },
        kind: { const: 'identities' },
        lookup: {
            type: 'array',
            title: 'lookup',
            description: "Ways to find a login's email, in order (default [map]). github-verified-domain-email needs an org-capable token.",
            minItems: 1,
            uniqueItems: true,
            items: { type: 'string', enum: IDENTITY_LOOKUPS },
            examples: [['map', 'github-public-email']],
        },
        users: {
            type: 'object',
            title: 'users',
            description: 'GitHub login: incident.io email. Logins and emails are compared case-insensitively.',
            propertyNames: { pattern: LOGIN_PATTERN },
            additionalProperties: { type: 'string', pattern: EMAIL_PATTERN, maxLength: 254 },
            examples: [{ octocat: 'octo.cat@example.com' }],
        },
    },
};
const KINDS = ['policy', 'integration', 'identities'];
const policyFileSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_ID,
    title: 'oncall-gate policy file',
    description: 'One document per file under policies/: a `policy`, the `integration` settings, or the `identities` map. See policies/README.md.',
    type: 'object',
    required: ['version', 'kind'],
    properties: {
        version: { const: 1 },
        kind: { type: 'string', enum: KINDS },
    },
    discriminator: { propertyName: 'kind' },
    oneOf: [policyDocSchema, integrationDocSchema, identitiesDocSchema],
};


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
