export const id = 6219;
export const ids = [6219,2853];
export const modules = {

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zv: () => (/* binding */ messageMarkdown)
/* harmony export */ });
/* unused harmony exports escapeCellPipes, fenced */
// User text (PR titles, bodies, review bodies, file content) is data: escaped before it is put
// into a comment or summary so it cannot inject markup, mentions or links: whoever opens a pull
// request controls that text.
// Characters that start markup inline; `@` gets a zero-width joiner so it never pings anyone.
const SPECIALS = /[\\`*_[\]()#|<>~@&]/g;
/** CommonMark's line ends: LF, CR and CRLF (a lone CR ends a line too). */
const LINE_END = /\r\n|\r|\n/g;
function escapeMarkdown(text) {
    const flat = text.replace(LINE_END, ' ').replace(SPECIALS, (c) => (c === '@' ? '@\u200b' : `\\${c}`));
    // A leading list/heading/quote marker would change the block; escape it.
    return flat.replace(/^([-+=>])/, '\\$1');
}
/** A code span that survives backticks inside the text (CommonMark: longer fence). */
function code(text) {
    const clean = text.replace(LINE_END, ' ');
    const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((m) => m.length));
    const fence = '`'.repeat(longest + 1);
    const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${clean}${pad}${fence}`;
}
/**
 * A message as oncall-gate words them (diagnostics, errors and their fixes): prose with names in
 * code spans (`` `production` ``). The code spans stay code spans, their content literal; the
 * prose between them is escaped as user text, since a message may quote a file's content (a
 * policy name, a key). A backtick that closes nothing is prose. Escaping the whole message
 * instead would show the backticks themselves, and a code span cannot hold an escape.
 */
function messageMarkdown(message) {
    const flat = message.replace(LINE_END, ' ');
    const out = [];
    let prose = '';
    let i = 0;
    while (i < flat.length) {
        const open = /`+/y;
        open.lastIndex = i;
        const run = flat[i] === '`' ? open.exec(flat)?.[0] : undefined;
        if (!run) {
            prose += flat[i];
            i += 1;
            continue;
        }
        // CommonMark: a span closes at the next run of exactly as many backticks.
        const close = new RegExp(`(?<!\`)${run}(?!\`)`, 'g');
        close.lastIndex = i + run.length;
        const end = close.exec(flat);
        if (!end) {
            prose += run;
            i += run.length;
            continue;
        }
        if (prose)
            out.push(escapeMarkdown(prose));
        prose = '';
        out.push(code(flat.slice(i + run.length, end.index)));
        i = end.index + run.length;
    }
    if (prose)
        out.push(escapeMarkdown(prose));
    return out.join('');
}
/**
 * A pipe inside a table cell must be escaped, or it ends the cell (GFM tables split a row at
 * unescaped pipes before they read the cells' inlines, so even a code span cannot hold a bare
 * one). A pipe counts as escaped when an odd number of backslashes stands before it; an even
 * number (`\\|`, an escaped backslash in prose, or backslashes in a code span) gets one more.
 * Renderers differ on whether `\\` before a pipe is a pair, and an odd count is escaped either way.
 */
function escapeCellPipes(cell) {
    return cell.replace(/(\\*)\|/g, (_, slashes) => (slashes.length % 2 === 0 ? `${slashes}\\|` : `${slashes}|`));
}
/** A markdown table; cells are escaped for pipes and newlines (callers pass already-safe markdown). */
function table(header, rows) {
    const cell = (c) => escapeCellPipes(c.replace(LINE_END, '<br>'));
    const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
/** A fenced code block that survives backtick runs inside the text (CommonMark: a longer fence). */
function fenced(text, lang = '') {
    const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((m) => m.length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${lang}\n${text}\n${fence}`;
}


/***/ }),

/***/ 2853:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   countBySeverity: () => (/* binding */ countBySeverity),
/* harmony export */   diagnosticTitle: () => (/* binding */ diagnosticTitle),
/* harmony export */   diagnosticsToAnnotations: () => (/* binding */ diagnosticsToAnnotations),
/* harmony export */   formatDiagnosticLine: () => (/* binding */ formatDiagnosticLine),
/* harmony export */   renderDiagnosticsTable: () => (/* binding */ renderDiagnosticsTable),
/* harmony export */   totalsLine: () => (/* binding */ totalsLine)
/* harmony export */ });
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


/***/ }),

/***/ 6219:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderTestsMarkdown: () => (/* binding */ renderTestsMarkdown),
/* harmony export */   renderTestsText: () => (/* binding */ renderTestsText),
/* harmony export */   testAnnotations: () => (/* binding */ testAnnotations),
/* harmony export */   testCounts: () => (/* binding */ testCounts),
/* harmony export */   totalsText: () => (/* binding */ totalsText)
/* harmony export */ });
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
    const lines = problems.map(_render_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__.formatDiagnosticLine);
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
            lines.push(`${(0,_render_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__.formatDiagnosticLine)(r.problem)}`);
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
    const out = (0,_render_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__.diagnosticsToAnnotations)([...problems, ...run.diagnostics]).map((a) => ({
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
