export const id = 9238;
export const ids = [9238];
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
/**
 * Parses `args` allowing the long string options `known` and the long options without a value
 * `switches` (in `flags` as "true" when given); throws a usage error on any misuse.
 */
function parseFlags(args, known, switches = []) {
    const options = { help: { type: 'boolean', short: 'h' } };
    for (const name of known)
        options[name] = { type: 'string' };
    for (const name of switches)
        options[name] = { type: 'boolean' };
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
        if (switches.includes(token.name)) {
            flags.set(token.name, 'true');
            continue;
        }
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
/* harmony import */ var _decide_outage_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1789);
/* harmony import */ var _decide_engine_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1780);
/* harmony import */ var _decide_select_gate_policies_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8267);
/* harmony import */ var _identity_resolve_identity_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8785);
/* harmony import */ var _cli_args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7391);
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9373);
/* harmony import */ var _decide_scope_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(3056);
/* harmony import */ var _api_url_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5931);
/* harmony import */ var _report_describe_error_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(262);
/* harmony import */ var _report_render_check_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5721);
// `oncall-gate check <login|email> [--environment E | --policy P] [--policy-path DIR] [--api-url URL] [--reason TEXT] [--at T]
// [--assume-unavailable]`: would this person pass the gate now (or at T), and why. The same
// selection and decision as the action's `gate`, against the policies in the current folder;
// read-only. `--assume-unavailable` previews outage mode (policies/README.md, "Outage mode")
// without asking incident.io; when incident.io really is unavailable (decide/outage.ts) and a
// policy names a fallback, check says what outage mode would do. Exit 0 approved (or no policy
// applies), 1 not approved or an error, 2 usage.












const CHECK_USAGE = 'Usage: oncall-gate check <login|email> [--environment E | --policy P] [--policy-path DIR] [--api-url URL] [--reason TEXT] [--at T]\n' +
    '                         [--assume-unavailable] [--json]\n' +
    '  Would this person pass the gate now, and why. Reads the policies under DIR (default: policies)\n' +
    '  and who is on call from incident.io (key in INCIDENTIO_API_KEY; URL from --api-url,\n' +
    '  INCIDENTIO_API_URL or https://api.incident.io). A login is resolved by the identities lookups;\n' +
    '  GitHub lookups use GITHUB_TOKEN (and GITHUB_REPOSITORY for the organization) when set.\n' +
    '  --reason is the `reason` input, for rules with requireReason.\n' +
    '  --at asks about another moment instead of now, as an RFC 3339 time with an offset\n' +
    '  (--at 2026-12-11T18:00:00+01:00: who can deploy on Friday at 18:00 in Paris).\n' +
    '  --assume-unavailable previews outage mode: what the gate would do if incident.io were unavailable,\n' +
    "  by the policies' whenUnavailable fallbacks (who may approve, for how long, whether a reason is\n" +
    '  required); incident.io is not asked, so no key is needed.\n' +
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
        throw (0,_cli_args_js__WEBPACK_IMPORTED_MODULE_4__/* .usageError */ .Wp)(`There is no policy folder at ${dir}; ${how}.`);
    if (kind === 'file')
        throw (0,_cli_args_js__WEBPACK_IMPORTED_MODULE_4__/* .usageError */ .Wp)(`${dir} is a file, not a folder; ${how}.`);
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
    const checked = (0,_api_url_js__WEBPACK_IMPORTED_MODULE_7__/* .checkApiUrl */ .Sz)(flags.get('api-url') ?? (env.INCIDENTIO_API_URL || 'https://api.incident.io'), source);
    if ('message' in checked)
        throw (0,_cli_args_js__WEBPACK_IMPORTED_MODULE_4__/* .usageError */ .Wp)(checked.message);
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
    const at = (0,_clock_js__WEBPACK_IMPORTED_MODULE_8__/* .parseRfc3339 */ .TM)(text);
    if (!at) {
        throw (0,_cli_args_js__WEBPACK_IMPORTED_MODULE_4__/* .usageError */ .Wp)(`--at must be an RFC 3339 date and time with an offset, like 2026-12-11T18:00:00Z or 2026-12-11T18:00:00+01:00 (got "${text}").`);
    }
    return { at, asked: true };
}
const usage = (message) => ({ exitCode: 2, verdict: 'error', error: { kind: 'usage', message } });
async function runCheckCommand(args, cli) {
    const { env, out } = cli;
    let parsed;
    let moment;
    try {
        parsed = (0,_cli_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parseFlags */ .bQ)(args, ['environment', 'policy', 'policy-path', 'api-url', 'reason', 'at'], ['assume-unavailable']);
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
    const assumeUnavailable = flags.has('assume-unavailable');
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
        const selection = (0,_decide_select_gate_policies_js__WEBPACK_IMPORTED_MODULE_9__/* .selectGatePolicies */ .iW)(set.policies, { environment: flags.get('environment') ?? '', policy: flags.get('policy') ?? '' }, policyPath);
        if (selection.kind === 'unmatched') {
            const fix = `Check --environment / --policy, or add a policy for it under ${policyPath}/.`;
            out.error(`Result: ERROR: ${selection.message}.`);
            out.error(fix);
            return { exitCode: 1, verdict: 'error', error: { kind: 'policy', message: `${selection.message}.`, fix } };
        }
        const policies = selection.kind === 'matched' ? selection.policies : [];
        const schedules = (0,_decide_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .policySchedules */ .VH)(policies);
        if (schedules.length > 0 && !apiKey && !assumeUnavailable) {
            const message = 'Set INCIDENTIO_API_KEY to an incident.io API key (schedules_reader or viewer role) to read who is on call.';
            out.error(message);
            return usage(message);
        }
        let requester;
        if (who.includes('@') && !who.startsWith('@')) {
            requester = { login: who, emails: [(0,_identity_resolve_identity_js__WEBPACK_IMPORTED_MODULE_10__/* .normalizeEmail */ .e0)(who)] };
        }
        else {
            const owner = (env.GITHUB_REPOSITORY ?? '').split('/')[0] ?? '';
            // The GitHub lookups need a token; without one they are skipped with a note.
            const hasToken = Boolean(env.GITHUB_TOKEN || env.GH_TOKEN);
            const identity = await (0,_identity_resolve_identity_js__WEBPACK_IMPORTED_MODULE_10__/* .resolveIdentity */ .XH)(who.replace(/^@/, ''), set.identities, {
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
        // Outage mode: assumed (a preview), or incident.io really is unavailable and a policy names a fallback.
        let cause = assumeUnavailable && policies.length > 0 ? ASSUMED : undefined;
        if (schedules.length > 0 && !cause) {
            const { fetchOnCall, fetchRotationNames } = await __webpack_require__.e(/* import() */ 3869).then(__webpack_require__.bind(__webpack_require__, 6250));
            const client = await cli.incidentio(apiUrlFrom(flags, env));
            // Rotation and layer names explain a scoped rule; only its schedules are read for them.
            const scoped = (0,_decide_scope_js__WEBPACK_IMPORTED_MODULE_11__/* .scopedSchedules */ .DJ)(policies);
            try {
                [onCall, rotationNames] = await Promise.all([
                    fetchOnCall(client, schedules, at),
                    scoped.length > 0 ? fetchRotationNames(client, scoped) : undefined,
                ]);
            }
            catch (error) {
                // Only what outage.ts counts (never a 429, a rejected key, a missing role, an unknown schedule).
                cause = policies.some((p) => p.whenUnavailable?.kind === 'fallback') ? (0,_decide_outage_js__WEBPACK_IMPORTED_MODULE_2__/* .asOutage */ .s)(error, cli.redactor.redact) : undefined;
                if (!cause)
                    throw error;
            }
        }
        const evaluated = (0,_decide_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .evaluate */ ._3)({
            requester,
            policies,
            onCall,
            at,
            reason: flags.get('reason') ?? '',
            identities: set.identities,
            // check cannot see the deployed commit's pull-request reviews: the run's evidence stays unread.
            subject: { kind: 'run' },
            ...(rotationNames ? { rotationNames } : {}),
            ...(cause ? { outage: { cause, teams: [] } } : {}),
        });
        const decision = withShownPaths(evaluated, shown);
        const outage = cause ? { policies: policies.map((p) => withShownPolicyPaths(p, shown)) } : undefined;
        for (const line of (0,_report_render_check_js__WEBPACK_IMPORTED_MODULE_6__/* .renderCheckText */ .OW)(decision, { asked, ...(outage ? { outage } : {}) }))
            out.log(line);
        return {
            exitCode: decision.approved ? 0 : 1,
            verdict: decision.result,
            facts: (0,_report_render_check_js__WEBPACK_IMPORTED_MODULE_6__/* .checkFacts */ .un)(decision, { asked, ...(outage ? { outage } : {}) }),
            ...(cause && decision.result === 'error' ? { error: outageError(cause, decision) } : {}),
        };
    }
    catch (error) {
        if ((0,_cli_args_js__WEBPACK_IMPORTED_MODULE_4__/* .isUsageError */ .mD)(error)) {
            out.error(error.message);
            return usage(error.message);
        }
        out.error(`Result: ERROR: ${(0,_report_describe_error_js__WEBPACK_IMPORTED_MODULE_5__.describeCliError)(error, cli.redactor.redact)}`);
        return { exitCode: 1, verdict: 'error', error: (0,_report_describe_error_js__WEBPACK_IMPORTED_MODULE_5__.describeCliErrorReport)(error, cli.redactor.redact) };
    }
}
/** `--assume-unavailable`: the outage check previews (incident.io is not asked). */
const ASSUMED = {
    kind: 'assumed',
    message: 'incident.io is assumed unavailable (--assume-unavailable): a preview of outage mode; incident.io was not asked.',
    fix: 'To have outage mode decide instead of an error, give each policy that applies a reviewed `whenUnavailable` fallback (policies/README.md, "Outage mode").',
};
/**
 * Outage mode could not decide (a matched policy has no fallback): the JSON `error`, as the
 * failure it stands for (the preview's: the policy).
 */
function outageError(cause, decision) {
    const message = decision.error?.message ?? cause.message;
    const fix = decision.error?.fix ? { fix: decision.error.fix } : {};
    if (cause.kind === 'assumed')
        return { kind: 'policy', message, ...fix };
    return {
        kind: cause.kind === 'deadline' ? 'deadline' : 'unavailable',
        service: 'incidentio',
        ...(cause.status ? { status: cause.status } : {}),
        message,
        ...fix,
    };
}
/** A policy with its own and its fallback's file paths relative to the current folder. */
function withShownPolicyPaths(policy, shown) {
    const w = policy.whenUnavailable;
    return {
        ...policy,
        at: { ...policy.at, file: shown(policy.at.file) },
        ...(w?.kind === 'fallback' ? { whenUnavailable: { ...w, at: { ...w.at, file: shown(w.at.file) } } } : {}),
    };
}
/** The decision with the policies' and rules' file paths relative to the current folder. */
function withShownPaths(decision, shown) {
    const at = (p) => ({ ...p, file: shown(p.file) });
    return {
        ...decision,
        verdicts: decision.verdicts.map((v) => ({
            ...v,
            at: at(v.at),
            rules: v.rules.map((r) => ({ ...r, at: at(r.at) })),
            ...(v.fallback ? { fallback: { ...v.fallback, at: at(v.fallback.at) } } : {}),
        })),
    };
}


/***/ }),

/***/ 5432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BC: () => (/* binding */ MIN_DURATION_MS),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   Q0: () => (/* binding */ DEFAULT_AUTO_DURATION_MS),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   eG: () => (/* binding */ DEFAULT_ESCALATION_DURATION_MS),
/* harmony export */   rG: () => (/* binding */ MAX_DURATION_MS)
/* harmony export */ });
// Durations in policy files (`duration: 1h`): a whole number of minutes, hours or days
// (policies/README.md, "Values"; the shape is DURATION_PATTERN in schema.ts).
const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 };
/** Shortest duration a rule may set: 1 minute. */
const MIN_DURATION_MS = UNIT_MS.m;
/** Longest duration a rule may set: 30 days (an approval that outlives a month is a mistake). */
const MAX_DURATION_MS = 30 * UNIT_MS.d;
const DEFAULT_AUTO_DURATION_MS = UNIT_MS.h;
const DEFAULT_ESCALATION_DURATION_MS = 24 * UNIT_MS.h;
const DURATION = /^([1-9][0-9]*)(m|h|d)$/;
/**
 * Milliseconds in a duration such as `30m`, `1h`, `24h` or `7d`. Throws a RangeError for any
 * other text or a value too large to represent; the 1m..30d policy bounds are checked by the
 * policy loader (MIN_DURATION_MS / MAX_DURATION_MS), not here.
 */
function parseDuration(text) {
    const found = DURATION.exec(text);
    if (!found) {
        throw new RangeError(`"${text}" is not a duration; write a whole number followed by m, h or d (e.g. 30m, 1h, 7d)`);
    }
    const ms = Number(found[1]) * UNIT_MS[found[2]];
    if (!Number.isSafeInteger(ms))
        throw new RangeError(`"${text}" is too long a duration`);
    return ms;
}
/** Milliseconds as the largest whole unit for messages: 86400000 -> `1d`, 5400000 -> `90m`. */
function formatDuration(ms) {
    if (ms % UNIT_MS.d === 0)
        return `${ms / UNIT_MS.d}d`;
    if (ms % UNIT_MS.h === 0)
        return `${ms / UNIT_MS.h}h`;
    return `${Math.round(ms / UNIT_MS.m)}m`;
}


/***/ }),

/***/ 5721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MU: () => (/* binding */ onCallHeading),
/* harmony export */   OW: () => (/* binding */ renderCheckText),
/* harmony export */   un: () => (/* binding */ checkFacts)
/* harmony export */ });
/* unused harmony export checkFallbacks */
/* harmony import */ var _decide_engine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1780);
/* harmony import */ var _policy_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5432);
/* harmony import */ var _explain_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7389);
// What `oncall-gate check` prints: the decision as plain text for a terminal, worded by
// explain.ts in its plain style with the command line's advice (`--reason`, GITHUB_TOKEN), and
// "at <time>" instead of "now" for a moment asked with --at. In outage mode (a preview with
// --assume-unavailable, or incident.io unavailable) it says so first, and what each policy's
// `whenUnavailable` fallback asks for.



/** "On call now (t)" or, for a moment asked with --at, "On call at t". */
function onCallHeading(at, asked) {
    return asked ? `On call at ${(0,_explain_js__WEBPACK_IMPORTED_MODULE_2__/* .rfc3339 */ .ag)(at)}:` : `On call now (${(0,_explain_js__WEBPACK_IMPORTED_MODULE_2__/* .rfc3339 */ .ag)(at)}):`;
}
/** Each matched policy's outage fallback, or its absence. */
function checkFallbacks(policies, reason) {
    return policies.map((p) => {
        const w = p.whenUnavailable;
        if (w?.kind !== 'fallback')
            return { policy: p.name, at: p.at, fallback: null };
        const requireReason = (0,_decide_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .fallbackRequiresReason */ .xN)(p);
        return {
            policy: p.name,
            at: p.at,
            fallback: {
                at: w.at,
                approvers: [...w.approvers],
                approverTeams: [...w.approverTeams],
                durationMs: w.durationMs,
                duration: (0,_policy_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(w.durationMs),
                requireReason,
                reasonMet: !requireReason || (0,_decide_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .reasonLength */ .hQ)(reason) >= _decide_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .MIN_REASON_CHARS */ .C9,
            },
        };
    });
}
/** The outage lines: what happened (or that it is a preview), then each policy's fallback. */
function outageLines(decision, policies, o) {
    const cause = decision.degraded?.cause;
    if (!cause)
        return [];
    const lines = cause.kind === 'assumed'
        ? [
            `OUTAGE MODE PREVIEW (--assume-unavailable): what the gate would do if incident.io were unavailable ${o.asked ? `at ${(0,_explain_js__WEBPACK_IMPORTED_MODULE_2__/* .rfc3339 */ .ag)(decision.facts.at)}` : 'now'}; incident.io was not asked.`,
        ]
        : [
            `incident.io is unavailable: ${(0,_explain_js__WEBPACK_IMPORTED_MODULE_2__/* .outageCause */ .PL)(cause)}. The gate would decide in OUTAGE MODE (degraded), by the policies' whenUnavailable fallbacks, not by who is on call:`,
        ];
    for (const f of checkFallbacks(policies, decision.facts.reason)) {
        const where = `${f.policy} (${f.at.file}:${f.at.line})`;
        if (!f.fallback) {
            lines.push(`  ${where}: no outage fallback (whenUnavailable: deny, the default): in an outage the gate's decision is an error (fail closed)`);
            continue;
        }
        const w = f.fallback;
        const who = (0,_explain_js__WEBPACK_IMPORTED_MODULE_2__/* .namedList */ .wO)({ logins: w.approvers, teams: w.approverTeams.map((team) => ({ team })) }, o);
        const reason = !w.requireReason
            ? 'not required'
            : w.reasonMet
                ? 'required (a rule of the policy sets requireReason); the one given meets it'
                : `required (a rule of the policy sets requireReason): give one of at least ${_decide_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .MIN_REASON_CHARS */ .C9} non-space characters with --reason "..." (in a workflow: the reason input)`;
        lines.push(`  ${where}: outage fallback at ${w.at.file}:${w.at.line}`, `    Who may approve: an approving pull request review by ${who}` +
            (w.approverTeams.length > 0 ? ' (active team members, read with the github-teams-token input)' : ''), '    Never: the author, anyone who committed to or pushed the change, or a review of an earlier commit; allowOneParty does not apply', `    For how long: ${w.duration} after the review`, `    Reason: ${reason}`);
    }
    return lines;
}
/** The decision as lines of plain text. */
function renderCheckText(decision, options) {
    const o = { style: _explain_js__WEBPACK_IMPORTED_MODULE_2__/* .PLAIN */ .tZ, advice: 'cli', asked: options.asked };
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
    if (options.outage)
        lines.push(...outageLines(decision, options.outage.policies, o));
    const until = decision.expiresAt ? ` until ${(0,_explain_js__WEBPACK_IMPORTED_MODULE_2__/* .rfc3339 */ .ag)(decision.expiresAt)}` : '';
    const mode = decision.degraded ? (decision.degraded.cause.kind === 'assumed' ? ' (outage mode preview)' : ' (outage mode)') : '';
    lines.push(`Result${mode}: ${decision.result.toUpperCase()}${until}${decision.approvedBy ? ` (approved by ${decision.approvedBy})` : ''}`);
    for (const v of decision.verdicts)
        lines.push(`  ${v.policy} (${v.at.file}:${v.at.line}): ${v.result}: ${(0,_explain_js__WEBPACK_IMPORTED_MODULE_2__/* .policyReason */ .hN)(v, decision, o)}`);
    if (decision.verdicts.length === 0)
        for (const r of (0,_explain_js__WEBPACK_IMPORTED_MODULE_2__/* .decisionReasons */ .EP)(decision, o))
            lines.push(`  ${r}`);
    const fixes = (0,_explain_js__WEBPACK_IMPORTED_MODULE_2__/* .decisionFixes */ .Ox)(decision, o);
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
                const where = p.placements.map((x) => (0,_explain_js__WEBPACK_IMPORTED_MODULE_2__/* .placementLabel */ .Cf)(x, o)).join('; ');
                lines.push(`  ${s.scheduleId}: ${p.name} <${p.email}>${p.login ? ` @${p.login}` : ''} until ${(0,_explain_js__WEBPACK_IMPORTED_MODULE_2__/* .rfc3339 */ .ag)(p.endAt)}${where ? ` (${where})` : ''}`);
            }
        }
    }
    // The gate also counts an approving review of the deployed commit's pull request; that evidence
    // lives in GitHub and depends on the commit, so `check` cannot see it.
    if (decision.degraded) {
        if (decision.verdicts.some((v) => v.fallback?.status === 'unread')) {
            lines.push('Note: check does not look at pull-request reviews, and outage mode approves only through one: in a workflow, the gate ' +
                'approves a commit merged through a pull request that a person the outage fallback names approved (policies/README.md, "Outage mode").');
        }
    }
    else if (!decision.approved && decision.verdicts.some((v) => v.rules.some((r) => r.type === 'escalation' && !r.holds))) {
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
    const o = { style: _explain_js__WEBPACK_IMPORTED_MODULE_2__/* .PLAIN */ .tZ, advice: 'cli', asked: options.asked };
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
        verdicts: decision.verdicts.map((v) => ({ ...v, explanation: (0,_explain_js__WEBPACK_IMPORTED_MODULE_2__/* .policyReason */ .hN)(v, decision, o) })),
        reasons: decision.verdicts.length === 0 ? (0,_explain_js__WEBPACK_IMPORTED_MODULE_2__/* .decisionReasons */ .EP)(decision, o) : [],
        fixes: (0,_explain_js__WEBPACK_IMPORTED_MODULE_2__/* .decisionFixes */ .Ox)(decision, o),
        schedules: decision.facts.schedules,
        // check cannot see pull-request reviews; the gate in a workflow can (docs/escalation.md).
        reviewsRead: false,
        ...(decision.degraded && options.outage
            ? {
                outage: {
                    preview: decision.degraded.cause.kind === 'assumed',
                    cause: decision.degraded.cause,
                    fallbacks: checkFallbacks(options.outage.policies, decision.facts.reason),
                },
            }
            : {}),
    };
}


/***/ })

};
