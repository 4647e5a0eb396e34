export const id = 6219;
export const ids = [6219];
export const modules = {

/***/ 6219:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderTestsMarkdown: () => (/* binding */ renderTestsMarkdown),
/* harmony export */   testAnnotations: () => (/* binding */ testAnnotations),
/* harmony export */   testCounts: () => (/* binding */ testCounts),
/* harmony export */   totalsText: () => (/* binding */ totalsText)
/* harmony export */ });
/* unused harmony export renderTestsText */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4285);
/* harmony import */ var _render_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2853);
/* harmony import */ var _explain_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7389);



/** Counts of a run; `problems` are the test files' own errors (load-tests.ts). */
function testCounts(run, problems) {
    const by = (s) => run.results.filter((r) => r.status === s).length;
    return { passed: by('pass'), failed: by('fail'), errors: by('error') + problems.filter((d) => d.severity === 'error').length };
}
function expected(c) {
    const e = c.expect;
    const rule = e.rule === undefined ? '' : typeof e.rule === 'number' ? ` rule ${e.rule}` : ` ${e.rule} rule`;
    const which = e.policy ? `${e.policy}${rule}` : rule.trim();
    const parts = [which ? `${e.result}, ${which}` : e.result];
    if (e.expiresAt)
        parts.push(`until ${(0,_explain_js__WEBPACK_IMPORTED_MODULE_1__/* .rfc3339 */ .ag)(e.expiresAt)}`);
    if (e.approvedBy)
        parts.push(`by ${e.approvedBy}`);
    return parts.join(', ');
}
function actual(o) {
    if (!o)
        return '';
    const parts = [o.result];
    if (o.policy)
        parts.push(`${o.policy}${o.rule ? ` rule ${o.rule.index + 1} (${o.rule.type})` : ''}`);
    if (o.expiresAt)
        parts.push(`until ${(0,_explain_js__WEBPACK_IMPORTED_MODULE_1__/* .rfc3339 */ .ag)(o.expiresAt)}`);
    if (o.approvedBy && o.approvedBy !== 'auto')
        parts.push(`by ${o.approvedBy}`);
    return parts.join(', ');
}
const where = (c) => `${c.file}:${c.at.line}`;
const STATUS = { pass: 'pass', fail: 'FAIL', error: 'ERROR' };
function totalsText(run, problems) {
    const n = testCounts(run, problems);
    const cases = run.results.length;
    return `${cases} case${cases === 1 ? '' : 's'}: ${n.passed} passed, ${n.failed} failed, ${n.errors} error${n.errors === 1 ? '' : 's'}.`;
}
/** The terminal table: one line per case, then what each failure and error was, then the totals. */
function renderTestsText(run, problems) {
    const lines = problems.map(formatDiagnosticLine);
    if (lines.length > 0)
        lines.push('');
    const rows = run.results.map((r) => [STATUS[r.status], where(r.case), r.case.name, r.status === 'error' ? '' : actual(r.actual)]);
    const widths = [0, 1, 2].map((i) => Math.min(60, Math.max(0, ...rows.map((row) => (row[i] ?? '').length))));
    for (const row of rows)
        lines.push(row
            .map((cell, i) => (i < row.length - 1 ? cell.padEnd(widths[i] ?? 0) : cell))
            .join('  ')
            .trimEnd());
    const details = run.results.filter((r) => r.status !== 'pass');
    if (details.length > 0 && rows.length > 0)
        lines.push('');
    for (const r of details) {
        if (r.problem) {
            lines.push(`${formatDiagnosticLine(r.problem)}`);
            continue;
        }
        for (const m of r.mismatches) {
            lines.push(`${m.at.file}:${m.at.line}:${m.at.column}: ${r.case.name}: expected ${m.key} ${m.expected}, got ${m.actual}`);
        }
    }
    lines.push('', totalsText(run, problems));
    return lines;
}
/** The step summary section. */
function renderTestsMarkdown(run, problems, folder) {
    const n = testCounts(run, problems);
    const ok = n.failed === 0 && n.errors === 0;
    const out = [`### ${ok ? '✅' : '❌'} Policy tests (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(`${folder}/`)})`, '', totalsText(run, problems)];
    if (run.results.length > 0) {
        out.push('', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['', 'Case', 'Where', 'Expected', 'Actual'], run.results.map((r) => [
            r.status === 'pass' ? '✅' : r.status === 'fail' ? '❌ failed' : '⛔ error',
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(r.case.name),
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(where(r.case)),
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(expected(r.case)),
            // A problem is worded like a diagnostic (names in code spans); the rest is plain text.
            r.status === 'error' && r.problem
                ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .messageMarkdown */ .zv)(`${r.problem.message}${/[.?!]$/.test(r.problem.message) ? '' : '.'} ${r.problem.fix}`)
                : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(r.status === 'fail' ? r.mismatches.map((m) => `${m.key}: ${m.actual}`).join('; ') : actual(r.actual)),
        ])));
    }
    return out.join('\n') + '\n';
}
/** Annotations: the test files' problems and each case that could not run on their lines; a failed case on each expectation it broke. */
function testAnnotations(run, problems) {
    const out = (0,_render_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnosticsToAnnotations */ .Af)([...problems, ...run.diagnostics]).map((a) => ({
        ...a,
        title: `policy test: ${a.title ?? ''}`.trim(),
    }));
    for (const r of run.results) {
        for (const m of r.mismatches) {
            out.push({
                level: 'error',
                title: 'policy test failed',
                file: m.at.file,
                line: m.at.line,
                column: m.at.column,
                message: `Policy test "${r.case.name}" failed: expected ${m.key} ${m.expected}, got ${m.actual}. Fix the policy, or the expectation if the policy is right.`,
            });
        }
    }
    return out;
}


/***/ })

};
