export const id = 6689;
export const ids = [6689];
export const modules = {

/***/ 6689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runAudit: () => (/* binding */ runAudit)
/* harmony export */ });
/* harmony import */ var _plan_command_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8125);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4285);
/* harmony import */ var _report_render_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2853);



const KIND_TITLE = {
    'coverage-gap': 'coverage gap',
    'deleted-schedule': 'deleted schedule',
    'unresolved-identity': 'identity does not resolve',
    'missing-custom-field': 'missing custom field',
    'custom-field-type': 'unusable custom field',
};
/** Gaps listed per policy in the summary; the count is always given. */
const MAX_GAPS_LISTED = 20;
async function runAudit(ctx) {
    const { inputs, log } = ctx;
    if (!inputs.incidentioApiKey)
        throw (0,_plan_command_error_js__WEBPACK_IMPORTED_MODULE_0__/* .missingKeyError */ .S)('audit', 'compare incident.io with the policies');
    const [{ readPolicyDir }, { loadPolicySet }, { readOnlyView }, live, { planRemoteChanges }, { findDrift }, { formatInterval }] = await Promise.all([
        __webpack_require__.e(/* import() */ 8233).then(__webpack_require__.bind(__webpack_require__, 8233)),
        Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4006), __webpack_require__.e(2533), __webpack_require__.e(301), __webpack_require__.e(6944)]).then(__webpack_require__.bind(__webpack_require__, 6403)),
        Promise.all(/* import() */[__webpack_require__.e(9415), __webpack_require__.e(9388)]).then(__webpack_require__.bind(__webpack_require__, 9415)),
        Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4006), __webpack_require__.e(2533), __webpack_require__.e(301), __webpack_require__.e(7490), __webpack_require__.e(8238)]).then(__webpack_require__.bind(__webpack_require__, 7490)),
        __webpack_require__.e(/* import() */ 3940).then(__webpack_require__.bind(__webpack_require__, 3940)),
        __webpack_require__.e(/* import() */ 3071).then(__webpack_require__.bind(__webpack_require__, 3071)),
        __webpack_require__.e(/* import() */ 237).then(__webpack_require__.bind(__webpack_require__, 237)),
    ]);
    const files = await readPolicyDir(ctx.run.workspace, inputs.policyPath);
    const set = loadPolicySet(files);
    if (!set.valid) {
        const { errors } = (0,_report_render_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .countBySeverity */ .Ot)(set.diagnostics);
        const message = `The policies in ${inputs.policyPath}/ have ${errors} error(s), so they cannot be audited. Fix the problems at the files and lines shown.`;
        return {
            outputs: { result: 'error' },
            summary: `### oncall-gate audit: error\n\n${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .messageMarkdown */ .zv)(message)}\n\n${(0,_report_render_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .renderDiagnosticsTable */ .bZ)(set.diagnostics)}\n`,
            annotations: (0,_report_render_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .diagnosticsToAnnotations */ .Af)(set.diagnostics),
            failure: message,
        };
    }
    // Audit only reads, so the client refuses writes whatever `dry-run` says.
    const client = readOnlyView(await ctx.incidentio());
    const now = ctx.clock();
    log.info('Checking schedules, identities and coverage against incident.io.');
    const checked = await live.runLiveChecks(set, files, client, { now });
    const remote = planRemoteChanges(set, await client.listCustomFields());
    const drift = findDrift({ set, live: checked, remote, now, windowMs: live.LOOKAHEAD_MS });
    log.info(drift.length === 0 ? 'No drift.' : `Drift: ${drift.length} finding(s).`);
    // Warnings that are not drift (roles; "nobody mapped" is covered by the gap findings).
    const reported = new Set(['unknown-schedule', 'unresolved-identity', 'unmapped-escalation-schedule']);
    const otherWarnings = checked.diagnostics.filter((d) => !reported.has(d.code));
    const annotations = [
        ...drift.map((d) => ({
            level: 'error',
            title: `oncall-gate audit: ${KIND_TITLE[d.kind]}`,
            message: `${d.message}. Fix: ${d.fix}`,
            ...(d.at ? { file: d.at.file, line: d.at.line, column: d.at.column } : {}),
        })),
        ...(0,_report_render_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .diagnosticsToAnnotations */ .Af)(otherWarnings),
    ];
    const lines = [
        `### oncall-gate audit: ${drift.length === 0 ? '✅ clean' : `❌ drift (${drift.length} finding${drift.length === 1 ? '' : 's'})`}`,
        '',
        `Checked ${set.policies.length} polic${set.policies.length === 1 ? 'y' : 'ies'} in ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(`${inputs.policyPath}/`)} against incident.io ` +
            `(key ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(checked.facts.identity.name)}), over the next 7 days from ${now.toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
    ];
    if (drift.length > 0) {
        lines.push('', (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['Finding', 'Where', 'Problem', 'Fix'], drift.map((d) => [
            KIND_TITLE[d.kind],
            d.at ? (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(`${d.at.file}:${d.at.line}`) : '',
            (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .messageMarkdown */ .zv)(d.message),
            (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .messageMarkdown */ .zv)(d.fix),
        ])));
        for (const d of drift.filter((x) => x.kind === 'coverage-gap' && !!x.gaps)) {
            lines.push('', `**Coverage gaps of ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(d.policy ?? '')}** (UTC; nobody who can approve is on call):`, '');
            for (const g of d.gaps.slice(0, MAX_GAPS_LISTED))
                lines.push(`- ${formatInterval(g)}`);
            if (d.gaps.length > MAX_GAPS_LISTED)
                lines.push(`- …and ${d.gaps.length - MAX_GAPS_LISTED} more`);
        }
    }
    if (otherWarnings.length > 0)
        lines.push('', (0,_report_render_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .renderDiagnosticsTable */ .bZ)(otherWarnings));
    lines.push('', `Custom field: ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(remote.note)}`);
    return {
        outputs: { result: drift.length === 0 ? 'clean' : 'drift' },
        summary: lines.join('\n') + '\n',
        annotations,
        ...(drift.length > 0
            ? {
                failure: `oncall-gate audit found drift: ${drift
                    .map((d) => KIND_TITLE[d.kind])
                    .filter((k, i, all) => all.indexOf(k) === i)
                    .join(', ')}; see the step summary for what to fix.`,
            }
            : {}),
    };
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
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .messageMarkdown */ .zv)(d.message),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .messageMarkdown */ .zv)(d.fix),
    ]));
}


/***/ })

};
