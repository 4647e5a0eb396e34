export const id = 333;
export const ids = [333,2853];
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

/***/ 333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ag: () => (/* reexport */ explain/* rfc3339 */.ag)
});

// UNUSED EXPORTS: gateFailure, gateLogLine, gateReasons, gateResult, renderGateSummary

// EXTERNAL MODULE: ./src/report/explain.ts
var explain = __webpack_require__(7389);
// EXTERNAL MODULE: ./src/report/render-diagnostics.ts
var render_diagnostics = __webpack_require__(2853);
;// CONCATENATED MODULE: ./src/report/render-on-call-timeline.ts



/** Rows shown before the rest is summed up in one line; a handful of handovers fit many times. */
const MAX_TIMELINE_ROWS = 24;
const HOUR_MS = (/* unused pure expression or super */ null && (60 * 60_000));
function hours(ms) {
    const h = Math.round((ms / HOUR_MS) * 10) / 10;
    return `${h} hour${h === 1 ? '' : 's'}`;
}
/** Who covers `t` on one schedule, one entry per person, in a stable order. */
function coverAt(shifts, t) {
    const byEmail = new Map();
    for (const s of shifts) {
        if (s.startAt.getTime() <= t && t < s.endAt.getTime() && !byEmail.has(s.email))
            byEmail.set(s.email, s);
    }
    return [...byEmail.values()].sort((a, b) => (a.email < b.email ? -1 : a.email > b.email ? 1 : 0));
}
function person(s, t) {
    const login = t.logins.get(s.email.toLowerCase());
    // Public like the rest of the summary: a name, or the incident.io user ID, never the email.
    const name = markdownName(s.name, s.userId);
    return login ? `${name} ([${code(login)}](${t.serverUrl}/${encodeURIComponent(login)}))` : name;
}
/**
 * The timeline as Markdown: a heading line and a table, or '' when there is nothing to show (no
 * schedules). A blank cell means no change on that schedule at that moment.
 */
function render_on_call_timeline_renderOnCallTimeline(t) {
    const ids = [...new Set(t.scheduleIds)];
    const from = t.from.getTime();
    const to = t.to.getTime();
    if (ids.length === 0 || to <= from)
        return '';
    const expires = t.expiresAt?.getTime();
    // Every moment in the view at which some schedule's cover may change, and the expiry.
    const moments = new Set([from]);
    for (const id of ids) {
        for (const s of t.shifts.get(id) ?? []) {
            for (const m of [s.startAt.getTime(), s.endAt.getTime()])
                if (m > from && m < to)
                    moments.add(m);
        }
    }
    if (expires !== undefined && expires > from && expires < to)
        moments.add(expires);
    const rows = [];
    let expiryRow;
    const previous = new Map();
    for (const m of [...moments].sort((a, b) => a - b)) {
        const cells = ids.map((id) => {
            const cover = coverAt(t.shifts.get(id) ?? [], m);
            const key = cover.map((s) => s.email).join('\n');
            const changed = m === from || previous.get(id) !== key;
            previous.set(id, key);
            if (!changed)
                return '';
            return cover.length === 0 ? '_nobody_' : cover.map((s) => person(s, t)).join('<br>');
        });
        const isExpiry = m === expires;
        if (m !== from && !isExpiry && cells.every((c) => c === ''))
            continue;
        const when = m === from ? `now, ${rfc3339(new Date(m))}` : rfc3339(new Date(m));
        if (isExpiry)
            expiryRow = rows.length;
        rows.push([isExpiry ? `${when}<br>⏱ **approval expires**` : when, ...cells]);
    }
    const shown = rows.slice(0, MAX_TIMELINE_ROWS);
    const out = [
        `**On call over the next ${hours(to - from)}** (until ${rfc3339(t.to)}; a blank cell: no change)`,
        '',
        table(['Time (UTC)', ...ids.map((id) => code(id))], shown),
    ];
    if (rows.length > shown.length)
        out.push('', `_…and ${rows.length - shown.length} more changes before ${rfc3339(t.to)}._`);
    if (expires !== undefined && (expiryRow === undefined || expiryRow >= shown.length)) {
        out.push('', `The approval expires at ${rfc3339(new Date(expires))}${expires >= to ? ', after this view' : ''}.`);
    }
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/report/render-gate-summary.ts








const HEADINGS = {
    approved: '✅ oncall-gate: approved',
    denied: '❌ oncall-gate: denied',
    pending: '⏳ oncall-gate: pending approval',
    'not-required': '➖ oncall-gate: no approval required',
    error: '⛔ oncall-gate: error (the job is not allowed to run)',
};
const MD = { style: explain/* MARKDOWN */.yQ, advice: 'action' };
function incidentLine(i) {
    const policy = `Policy ${code(i.policy)}: `;
    if (i.kind === 'paged') {
        const link = i.url ? `[${escapeMarkdown(i.reference)}](${i.url})` : escapeMarkdown(i.reference);
        return `${policy}the on-call team was paged through the escalation incident ${link}.`;
    }
    return i.reference
        ? `${policy}a dry run writes nothing (the escalation incident of this run is ${escapeMarkdown(i.reference)}).`
        : `${policy}a dry run opens no escalation incident (it would open one for ${code(i.requestKey)}).`;
}
/** Why the gate did not approve (the decision's reasons, then what it did about escalations). */
function gateReasons(decision, incidents = []) {
    return [...decisionReasons(decision, MD), ...incidents.map(incidentLine)];
}
/** Joins messages into sentences, each ending with a period. */
const sentences = (parts) => parts.map((p) => (/[.!?]$/.test(p.trim()) ? p.trim() : `${p.trim()}.`)).join(' ');
/** The step's failure message, or undefined when the step passes. */
function gateFailure(decision, failOnDeny, incidents = []) {
    const reasons = gateReasons(decision, incidents);
    const fixes = decisionFixes(decision, MD);
    switch (decision.result) {
        case 'approved':
        case 'not-required':
            return undefined;
        case 'error':
            return `oncall-gate could not decide, so the job may not run: ${sentences(reasons)}${fixes.length ? ` Fix: ${sentences(fixes)}` : ''}`;
        default:
            if (!failOnDeny)
                return undefined;
            return `oncall-gate ${decision.result}: ${sentences(reasons)}${fixes.length ? ` What to do: ${sentences(fixes)}` : ''}`;
    }
}
/** One log line: the result, its expiry and why. */
function gateLogLine(decision, incidents = []) {
    const reasons = gateReasons(decision, incidents);
    return `Decision: ${decision.result}${decision.expiresAt ? ` until ${rfc3339(decision.expiresAt)}` : ''}${reasons.length ? `: ${reasons.join(' ')}` : '.'}`;
}
function loginLink(login, serverUrl) {
    return `[${code(login)}](${serverUrl}/${encodeURIComponent(login)})`;
}
function renderOnCall(schedules, serverUrl) {
    // The rotation and layer of each person, when incident.io's entries say (names when they were read).
    const placed = schedules.some((s) => s.people.some((p) => p.placements.length > 0));
    const rows = schedules.map((s) => {
        if (s.people.length === 0)
            return [code(s.scheduleId), 'nobody', '', '', ...(placed ? [''] : [])];
        // A step summary is public to whoever can read the run: names and logins, never emails.
        const names = s.people.map((p) => markdownName(p.name, p.userId)).join('<br>');
        const logins = s.people.map((p) => (p.login ? loginLink(p.login, serverUrl) : '_not in the identities map_')).join('<br>');
        const until = s.people.map((p) => rfc3339(p.endAt)).join('<br>');
        const where = s.people.map((p) => p.placements.map((x) => placementLabel(x, MD)).join('; ') || '_none given_').join('<br>');
        return [code(s.scheduleId), names, logins, until, ...(placed ? [where] : [])];
    });
    return table(['Schedule', 'On call now', 'GitHub', 'Shift ends', ...(placed ? ['Rotation, layer'] : [])], rows);
}
/** The heading: in outage mode it says so before anything else. */
function heading(decision) {
    return decision.degraded ? `⚠️ OUTAGE MODE (degraded): ${HEADINGS[decision.result]}` : HEADINGS[decision.result];
}
function renderGateSummary(decision, ctx) {
    const out = [`### ${heading(decision)}`, ''];
    const banner = outageBanner(decision, MD);
    if (banner)
        out.push(`> **${banner}**`, '');
    if (ctx.dryRun)
        out.push('_Dry run: nothing was written anywhere; the decision is what a real run would make._', '');
    const who = decision.requester;
    // Whether the requester's email was found, and how; never the email itself (the summary is public).
    const email = who.emails.length > 0
        ? `incident.io email found${who.emailSource ? ` (from ${who.emailSource})` : ''}`
        : decision.result === 'error'
            ? '_email not looked up (the decision stopped earlier)_'
            : '_no known incident.io email_';
    const facts = [['Requester', `${loginLink(who.login, ctx.serverUrl)}: ${email}`]];
    if (ctx.actor && ctx.actor.toLowerCase() !== ctx.triggeringActor.toLowerCase()) {
        facts.push([
            'Run',
            `started by ${loginLink(ctx.actor, ctx.serverUrl)}, re-run by ${loginLink(ctx.triggeringActor, ctx.serverUrl)} (the re-runner must be on call)`,
        ]);
    }
    if (ctx.environment)
        facts.push(['Environment', `${code(ctx.environment)}${ctx.environmentFrom ? ` (from ${ctx.environmentFrom})` : ''}`]);
    if (ctx.policyInput)
        facts.push(['Policy input', code(ctx.policyInput)]);
    facts.push([
        'Policies',
        decision.verdicts.length > 0
            ? decision.verdicts.map((v) => `${code(v.policy)} (${code(`${v.at.file}:${v.at.line}`)}): **${v.result}**`).join('<br>')
            : decision.policies.length > 0
                ? decision.policies.map(code).join(', ')
                : 'none matched',
    ]);
    if (ctx.policySource)
        facts.push(['Policy read from', escapeMarkdown(ctx.policySource)]);
    if (decision.approved) {
        // Through the escalation evidence, one login per merged PR, comma-separated.
        const approvers = (decision.approvedBy ?? '').split(',').filter(Boolean);
        facts.push([
            'Approved by',
            decision.approvedBy === 'auto' ? 'auto (on call now)' : approvers.map((l) => loginLink(l, ctx.serverUrl)).join(', '),
        ]);
        if (decision.expiresAt)
            facts.push(['Approval expires', rfc3339(decision.expiresAt)]);
    }
    if (decision.degraded) {
        facts.push(['On call', '_unknown: incident.io was unavailable_']);
    }
    else if (decision.result !== 'error' && decision.result !== 'not-required') {
        facts.push([
            'On call',
            decision.onCall ? `yes, for ${decision.onCallSchedules.map(code).join(', ')}` : 'no, for none of the schedules below',
        ]);
    }
    out.push(table(['', ''], facts), '');
    if (decision.result === 'not-required') {
        out.push('Neither the `environment` nor the `policy` input names a policy, so this job needs no approval.', '');
    }
    const reasons = gateReasons(decision, ctx.incidents);
    if (reasons.length > 0) {
        out.push(decision.result === 'error' ? '**What went wrong**' : '**Why**', '');
        for (const r of reasons)
            out.push(`- ${r}`);
        out.push('');
    }
    const fixes = decisionFixes(decision, MD);
    if (fixes.length > 0) {
        out.push('**What to do**', '');
        for (const f of fixes)
            out.push(`- ${f}`);
        out.push('');
    }
    if ((decision.result === 'denied' || decision.result === 'pending') && !ctx.failOnDeny) {
        out.push('_`fail-on-deny: false`: the step passes, with the output `approved=false`._', '');
    }
    const ruleLines = decision.verdicts.flatMap((v) => v.rules.map((r) => `- ${code(v.policy)} rule ${r.index + 1} (${r.type}, ${code(`${r.at.file}:${r.at.line}`)}): ` +
        `${r.type === 'deny' ? 'denies' : r.holds ? 'holds' : 'does not hold'}: ${ruleReason(r, decision, MD)}` +
        (r.expiresAt ? ` (until ${rfc3339(r.expiresAt)})` : '')));
    const fallbackLines = decision.verdicts.flatMap((v) => v.fallback
        ? [
            `- ${code(v.policy)} outage fallback (${code('whenUnavailable')}, ${code(`${v.fallback.at.file}:${v.fallback.at.line}`)}): ` +
                `${v.fallback.status}: ${fallbackReason(v.fallback, MD, decision)}` +
                (v.fallback.expiresAt ? ` (until ${rfc3339(v.fallback.expiresAt)})` : ''),
        ]
        : []);
    if (ruleLines.length + fallbackLines.length > 0) {
        out.push('<details><summary>Rules checked</summary>', '', ...ruleLines, ...fallbackLines, '', '</details>', '');
    }
    if (decision.facts.schedules.length > 0) {
        out.push(`**On call now** (${rfc3339(decision.facts.at)})`, '', renderOnCall(decision.facts.schedules, ctx.serverUrl), '');
        const timeline = ctx.outlook
            ? renderOnCallTimeline({
                ...ctx.outlook,
                scheduleIds: decision.facts.schedules.map((s) => s.scheduleId),
                serverUrl: ctx.serverUrl,
                ...(decision.approved && decision.expiresAt ? { expiresAt: decision.expiresAt } : {}),
            })
            : '';
        if (timeline)
            out.push(timeline, '');
    }
    if (ctx.diagnostics && ctx.diagnostics.length > 0) {
        out.push('**Policy problems**', '', renderDiagnosticsTable(ctx.diagnostics), '');
    }
    return out.join('\n');
}
/** The gate's outputs, summary, annotations and (unless the step passes) failure. */
function gateResult(decision, c) {
    const annotations = diagnosticsToAnnotations(c.diagnostics ?? []);
    const incidents = c.incidents ?? [];
    if (c.notice) {
        annotations.push({ level: 'notice', ...c.notice });
    }
    else if (decision.result === 'not-required' && c.auto && !c.environment && !c.policyInput) {
        // `auto` picked the gate for this event; an open gate must not pass silently.
        annotations.push({ level: 'warning', title: 'oncall-gate: the gate is open', message: openGateWarning(c.eventName) });
    }
    const banner = outageBanner(decision, MD);
    if (banner)
        annotations.push({ level: 'warning', title: 'oncall-gate: OUTAGE MODE decided', message: c.redact(banner) });
    const failure = gateFailure(decision, c.failOnDeny, incidents);
    if (!failure && (decision.result === 'denied' || decision.result === 'pending')) {
        // fail-on-deny: false passes the step; the denial still shows in the run's annotations.
        annotations.push({
            level: 'warning',
            title: `oncall-gate ${decision.result}`,
            message: c.redact(gateReasons(decision, incidents).join(' ')),
        });
    }
    return {
        outputs: { ...gateOutputs(decision), ...c.incidentOutputs },
        summary: c.redact(renderGateSummary(decision, c)),
        annotations,
        ...(failure ? { failure: c.redact(failure) } : {}),
    };
}


/***/ })

};
