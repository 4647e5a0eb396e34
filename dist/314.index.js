export const id = 314;
export const ids = [314];
export const modules = {

/***/ 8314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runApply: () => (/* binding */ runApply)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _plan_command_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8125);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4285);
/* harmony import */ var _report_render_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2853);




async function runApply(ctx) {
    const { inputs, log } = ctx;
    if (!inputs.incidentioApiKey)
        throw (0,_plan_command_error_js__WEBPACK_IMPORTED_MODULE_1__/* .missingKeyError */ .S)('apply', 'reconcile incident.io with the policies');
    const [{ loadPolicySet }, { readPolicyDir }, live, remoteMod, render, diff, people] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(815), __webpack_require__.e(524), __webpack_require__.e(904)]).then(__webpack_require__.bind(__webpack_require__, 7524)),
        __webpack_require__.e(/* import() */ 233).then(__webpack_require__.bind(__webpack_require__, 8233)),
        Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(815), __webpack_require__.e(524), __webpack_require__.e(591)]).then(__webpack_require__.bind(__webpack_require__, 7490)),
        __webpack_require__.e(/* import() */ 940).then(__webpack_require__.bind(__webpack_require__, 3940)),
        __webpack_require__.e(/* import() */ 495).then(__webpack_require__.bind(__webpack_require__, 9495)),
        __webpack_require__.e(/* import() */ 256).then(__webpack_require__.bind(__webpack_require__, 8256)),
        Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(815), __webpack_require__.e(524), __webpack_require__.e(864), __webpack_require__.e(237)]).then(__webpack_require__.bind(__webpack_require__, 8328)),
    ]);
    const files = await readPolicyDir(ctx.run.workspace, inputs.policyPath);
    const set = loadPolicySet(files);
    if (!set.valid) {
        const { errors } = (0,_report_render_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__/* .countBySeverity */ .Ot)(set.diagnostics);
        return errorResult(`The merged policies in ${inputs.policyPath}/ have ${errors} error(s), so apply changed nothing.`, set.diagnostics, 'Fix the problems at the files and lines shown (the pull request plan shows them too) and push the fix.');
    }
    // dry-run: the run's client is read-only and refuses every write.
    const client = await ctx.incidentio();
    log.info('Verifying the key, the schedules and the identities against incident.io.');
    const checked = await live.runLiveChecks(set, files, client, { now: ctx.clock() });
    const remote = remoteMod.planRemoteChanges(set, await client.listCustomFields());
    const diagnostics = live.withLiveDiagnostics(set, [...checked.diagnostics, ...remote.diagnostics]).diagnostics;
    const { errors } = (0,_report_render_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__/* .countBySeverity */ .Ot)(diagnostics);
    if (errors > 0) {
        return errorResult(`incident.io does not match the merged policies in ${inputs.policyPath}/ in a way apply cannot fix (${errors} error(s)).`, diagnostics, 'Fix each problem shown, then push again.');
    }
    const identity = checked.facts.identity;
    if (remote.actions.length > 0 && remoteMod.lacksManageSettings(identity)) {
        const { message, fix } = remoteMod.manageSettingsMessage(identity.name, set.integration.escalation.customField);
        return errorResult(`${message}.`, diagnostics, fix);
    }
    const planText = render.renderPlanText({
        policyPath: inputs.policyPath,
        baseLabel: 'incident.io now',
        headLabel: 'the merged policies',
        changes: remote.changes,
        people: { skipped: 'apply changes no one’s rights; the pull request plan showed them' },
        scheduleNames: new Map([...checked.facts.schedules].map(([id, s]) => [id, s.name])),
        diagnostics,
        files: set.files.length,
        baseErrors: 0,
    });
    const verified = verifiedLines(set.policies.length, people.scheduleIdsOf(set), checked.facts, remote.note);
    if (inputs.dryRun) {
        log.info(`Dry run: apply would make these changes in incident.io, and makes none:\n${planText}`);
    }
    const done = [];
    if (!inputs.dryRun) {
        for (const action of remote.actions) {
            try {
                const field = await client.createCustomField(action.payload);
                done.push(`Created the text custom field ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(field.name)} (${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(field.id)}).`);
                log.info(`Created custom field ${JSON.stringify(field.name)} (${field.id}).`);
            }
            catch (error) {
                if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isServiceError */ .gi)(error, 'incidentio', 'permission')) {
                    const { message, fix } = remoteMod.manageSettingsMessage(identity.name, action.payload.name);
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OncallGateError */ .lN({ ...error.data(), message: `${message}.`, fix });
                }
                // Two applies at once: the other one may have just created it. Re-read before failing.
                const meanwhile = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isServiceError */ .gi)(error, 'incidentio', 'rejected')
                    ? (await client.listCustomFields()).find((f) => f.name === action.payload.name && f.field_type === 'text')
                    : undefined;
                if (!meanwhile)
                    throw error;
                log.info(`Custom field ${JSON.stringify(meanwhile.name)} (${meanwhile.id}) already exists (created meanwhile); nothing to do.`);
            }
        }
    }
    const changed = inputs.dryRun ? remote.actions.length > 0 : done.length > 0;
    const t = diff.totals(remote.changes);
    const summary = [
        `### oncall-gate apply: ${changed ? (inputs.dryRun ? 'changes to make (dry run)' : 'applied') : 'no changes'}`,
        '',
        inputs.dryRun
            ? `Dry run: nothing was written. Apply would add ${t.add}, change ${t.change} and destroy ${t.destroy}.`
            : changed
                ? `Apply complete! Resources: ${t.add} added, ${t.change} changed, ${t.destroy} destroyed.`
                : 'No changes. incident.io already holds what the policies need.',
        ...(done.length > 0 ? ['', ...done.map((d) => `- ${d}`)] : []),
        '',
        '**Verified**',
        '',
        ...verified.map((v) => `- ${v}`),
        ...(diagnostics.length > 0 ? ['', (0,_report_render_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__/* .renderDiagnosticsTable */ .bZ)(diagnostics)] : []),
        ...(remote.changes.length > 0 ? ['', '```', planText.trimEnd(), '```'] : []),
    ].join('\n');
    return {
        outputs: { result: changed ? 'applied' : 'no-changes' },
        summary: summary + '\n',
        annotations: (0,_report_render_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__/* .diagnosticsToAnnotations */ .Af)(diagnostics),
    };
    function errorResult(message, found, fix) {
        const table = (0,_report_render_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__/* .renderDiagnosticsTable */ .bZ)(found);
        return {
            outputs: { result: 'error' },
            summary: ['### oncall-gate apply: error', '', (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(message), '', (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(fix), ...(table ? ['', table] : [])].join('\n') + '\n',
            annotations: (0,_report_render_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__/* .diagnosticsToAnnotations */ .Af)(found),
            failure: `${message} ${fix}`,
        };
    }
}
function verifiedLines(policies, scheduleIds, facts, fieldNote) {
    const named = scheduleIds.flatMap((id) => (facts.schedules.has(id) ? [facts.schedules.get(id)] : []));
    const active = facts.identities.filter((i) => i.status === 'active').length;
    return [
        `The API key ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(facts.identity.name)} works (roles: ${facts.identity.roles.map((r) => (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(r)).join(', ') || 'none'}).`,
        `${policies} polic${policies === 1 ? 'y' : 'ies'}; the schedules they name exist: ${named.length > 0 ? named.map((s) => `${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(s.name)} (${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(s.id)})`).join(', ') : 'none named'}.`,
        `${active} of ${facts.identities.length} identities resolve to one active incident.io user.`,
        (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(fieldNote),
    ];
}


/***/ }),

/***/ 8125:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ missingKeyError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
// The message every command that reconciles incident.io gives when the incident.io key is needed
// but absent: an `input` error naming the input, which main.ts reports with `result=error`.

function missingKeyError(command, why) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OncallGateError */ .lN({
        kind: 'input',
        setting: 'incidentio-api-key',
        message: `The \`incidentio-api-key\` input is empty, so ${command} cannot ${why}.`,
        fix: 'Pass `incidentio-api-key: ${{ secrets.INCIDENTIO_API_KEY }}` to the oncall-gate step.',
    });
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
// User text (PR titles, bodies, review bodies, file content) is data: escaped before it is put
// into a comment or summary so it cannot inject markup, mentions or links: whoever opens a pull
// request controls that text.
// Characters that start markup inline; `@` gets a zero-width joiner so it never pings anyone.
const SPECIALS = /[\\`*_[\]()#|<>~@&]/g;
function escapeMarkdown(text) {
    const flat = text.replace(/\r?\n/g, ' ').replace(SPECIALS, (c) => (c === '@' ? '@\u200b' : `\\${c}`));
    // A leading list/heading/quote marker would change the block; escape it.
    return flat.replace(/^([-+=>])/, '\\$1');
}
/** A code span that survives backticks inside the text (CommonMark: longer fence). */
function code(text) {
    const clean = text.replace(/\r?\n/g, ' ');
    const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((m) => m.length));
    const fence = '`'.repeat(longest + 1);
    const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${clean}${pad}${fence}`;
}
/** A markdown table; cells are escaped for pipes and newlines (callers pass already-safe markdown). */
function table(header, rows) {
    const cell = (c) => c.replace(/\r?\n/g, '<br>').replace(/\|/g, '\\|');
    const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}


/***/ }),

/***/ 2853:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Af: () => (/* binding */ diagnosticsToAnnotations),
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   bZ: () => (/* binding */ renderDiagnosticsTable),
/* harmony export */   sX: () => (/* binding */ totalsLine)
/* harmony export */ });
/* unused harmony exports diagnosticTitle, formatDiagnosticLine */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4285);

const TITLES = {
    'yaml-syntax': 'policy YAML syntax',
    schema: 'policy schema',
};
function diagnosticTitle(d) {
    return TITLES[d.code] ?? `policy ${d.code.replace(/-/g, ' ')}`;
}
function diagnosticsToAnnotations(diagnostics) {
    return diagnostics.map((d) => ({
        level: d.severity,
        title: diagnosticTitle(d),
        file: d.file,
        line: d.line,
        column: d.column,
        message: `${d.message}. Fix: ${d.fix}`,
    }));
}
function formatDiagnosticLine(d) {
    const tag = d.severity === 'warning' ? 'warning: ' : '';
    return `${d.file}:${d.line}:${d.column}: ${tag}${d.message} (${d.fix})`;
}
function countBySeverity(diagnostics) {
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    return { errors, warnings: diagnostics.length - errors };
}
function totalsLine(files, diagnostics) {
    const { errors, warnings } = countBySeverity(diagnostics);
    const plural = (n, w) => `${n} ${w}${n === 1 ? '' : 's'}`;
    return `${plural(files, 'file')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.`;
}
function renderDiagnosticsTable(diagnostics) {
    if (diagnostics.length === 0)
        return '';
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['', 'Where', 'Problem', 'Fix'], diagnostics.map((d) => [
        d.severity === 'error' ? '❌ error' : '⚠️ warning',
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(`${d.file}:${d.line}:${d.column}`),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(d.message),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(d.fix),
    ]));
}


/***/ })

};
