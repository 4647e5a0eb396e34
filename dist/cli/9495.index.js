export const id = 9495;
export const ids = [9495];
export const modules = {

/***/ 9495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PLAN_MARKER: () => (/* binding */ PLAN_MARKER),
/* harmony export */   durationText: () => (/* binding */ durationText),
/* harmony export */   formatValue: () => (/* binding */ formatValue),
/* harmony export */   isValid: () => (/* binding */ isValid),
/* harmony export */   peopleLines: () => (/* binding */ peopleLines),
/* harmony export */   personLabel: () => (/* binding */ personLabel),
/* harmony export */   planBodyLines: () => (/* binding */ planBodyLines),
/* harmony export */   renderPlanMarkdown: () => (/* binding */ renderPlanMarkdown),
/* harmony export */   renderPlanText: () => (/* binding */ renderPlanText),
/* harmony export */   toDiffLine: () => (/* binding */ toDiffLine),
/* harmony export */   totalsLine: () => (/* binding */ totalsLine)
/* harmony export */ });
/* harmony import */ var _report_render_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2853);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4285);
/* harmony import */ var _report_public_name_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8789);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8256);
/* harmony import */ var _intervals_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(237);





const PLAN_MARKER = '<!-- oncall-gate:plan -->';
const isValid = (m) => (0,_report_render_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__.countBySeverity)(m.diagnostics).errors === 0;
function totalsLine(changes) {
    const t = (0,_diff_js__WEBPACK_IMPORTED_MODULE_1__.totals)(changes);
    return `Plan: ${t.add} to add, ${t.change} to change, ${t.destroy} to destroy.`;
}
// ---------------------------------------------------------------------------------------------
// Values
/** Control characters (and a newline) never reach the output raw: a name cannot break a line. */
const clean = (text) => text.replace(/[\p{Cc}]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
function scheduleText(id, names) {
    const name = names.get(id);
    return name ? `${JSON.stringify(id)} (${clean(name)})` : JSON.stringify(id);
}
function formatValue(value, format, names) {
    if (value === undefined)
        return 'null';
    if (Array.isArray(value)) {
        const items = value.map((v) => (format === 'schedules' ? scheduleText(v, names) : JSON.stringify(v)));
        return `[${items.join(', ')}]`;
    }
    if (format === 'duration' && typeof value === 'number')
        return JSON.stringify(durationText(value));
    if (typeof value === 'string')
        return JSON.stringify(value);
    return String(value);
}
/** As people write durations: `24h` stays `24h` (not `1d`); whole days from 2 days up. */
function durationText(ms) {
    const HOUR = 3_600_000;
    if (ms % (24 * HOUR) === 0 && ms >= 48 * HOUR)
        return `${ms / (24 * HOUR)}d`;
    if (ms % HOUR === 0)
        return `${ms / HOUR}h`;
    return `${Math.round(ms / 60_000)}m`;
}
const SYMBOL = { create: '+', update: '~', destroy: '-' };
const VERB = { create: 'created', update: 'updated in-place', destroy: 'destroyed' };
function attributeLines(attrs, indent, names) {
    const width = Math.max(0, ...attrs.map((a) => a.name.length));
    return attrs.map((a) => {
        const name = a.name.padEnd(width);
        const note = a.note ? ` # ${a.note}` : '';
        if (a.before === undefined)
            return `${indent}+ ${name} = ${formatValue(a.after, a.format, names)}${note}`;
        if (a.after === undefined)
            return `${indent}- ${name} = ${formatValue(a.before, a.format, names)} -> null${note}`;
        return `${indent}~ ${name} = ${formatValue(a.before, a.format, names)} -> ${formatValue(a.after, a.format, names)}${note}`;
    });
}
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
function ruleLines(rule, indent, names) {
    const moved = rule.baseIndex !== undefined ? ` # was approval[${rule.baseIndex}]` : '';
    const lines = [`${indent}${SYMBOL[rule.action]} approval[${rule.index}] ${rule.type} {${moved}`];
    lines.push(...attributeLines(rule.attributes, `${indent}    `, names));
    if (rule.unchanged > 0)
        lines.push(`${indent}      # (${plural(rule.unchanged, 'unchanged attribute')} hidden)`);
    lines.push(`${indent}  }`);
    return lines;
}
const where = (c) => (c.at ? ` (${clean(c.at.file)}:${c.at.line})` : '');
function resourceLines(c, names) {
    const address = `${c.kind} ${JSON.stringify(c.name)}`;
    const by = c.remote ? ' by apply, in incident.io' : '';
    const lines = [`  # ${address} will be ${VERB[c.action]}${by}${c.remote ? '' : where(c)}`];
    if (c.reason)
        lines.push(`  # (${c.reason})`);
    lines.push(`  ${SYMBOL[c.action]} ${address} {`);
    lines.push(...attributeLines(c.attributes, '      ', names));
    if (c.unchangedAttributes > 0)
        lines.push(`        # (${plural(c.unchangedAttributes, 'unchanged attribute')} hidden)`);
    for (const r of c.rules)
        lines.push(...ruleLines(r, '      ', names));
    if (c.unchangedRules > 0)
        lines.push(`        # (${plural(c.unchangedRules, 'unchanged rule')} hidden)`);
    lines.push('    }');
    return lines;
}
// ---------------------------------------------------------------------------------------------
// People
const KIND_TITLE = {
    'auto-approval': 'auto-approval (on call for an `auto` rule schedule)',
    approver: 'approver (on call for an `escalation` rule schedule)',
};
/** An hourly rota gives many intervals; the first few say enough in a comment. */
const MAX_INTERVALS = 6;
/**
 * A person as the plan shows them: by GitHub login and incident.io name, never by email, since the
 * plan is posted on the pull request (docs/security.md, "Privacy"). Someone without a login is
 * shown by name and incident.io user ID: two people of one name stay apart, and the ID finds them
 * in incident.io to add to the identities map. A name that is empty or holds an email address
 * gives way to the user ID.
 */
function personLabel(p) {
    const user = `incident.io user ${clean(p.userId)}`;
    const shown = (0,_report_public_name_js__WEBPACK_IMPORTED_MODULE_2__/* .publicName */ .p)(p.name);
    const name = shown === undefined ? undefined : clean(shown);
    if (p.login)
        return `${clean(p.login)} (${name ?? user})`;
    return `${name ?? user} (${name ? `${user}, ` : ''}no GitHub login in the identities map)`;
}
/** Live: `now` and `the end of the 7 days` at the window's edges; a snapshot's window: its instants. */
function whenText(intervals, window, live) {
    const shown = intervals.slice(0, MAX_INTERVALS).map((i) => {
        const from = live && i.start <= window.start ? 'now' : (0,_intervals_js__WEBPACK_IMPORTED_MODULE_3__/* .formatInstant */ .r4)(i.start);
        const to = live && i.end >= window.end ? 'the end of the 7 days' : (0,_intervals_js__WEBPACK_IMPORTED_MODULE_3__/* .formatInstant */ .r4)(i.end);
        return `${from} to ${to}`;
    });
    const more = intervals.length > MAX_INTERVALS ? `; and ${intervals.length - MAX_INTERVALS} more periods` : '';
    return shown.join('; ') + more;
}
/** Where the rights come from when they come from rota snapshots: each file, when recorded, which schedules. */
function snapshotHeadLines(people, source) {
    const lines = [
        `Approval rights from rota snapshots, not live incident.io, over their window (${(0,_intervals_js__WEBPACK_IMPORTED_MODULE_3__/* .formatInterval */ .vy)(people.window)}):`,
        `  # the snapshots are files in ${clean(source.folder)}/ as this change has them (recorded or written by hand), not incident.io's answer`,
    ];
    for (const u of source.used) {
        const when = u.recordedAt !== undefined ? `recorded ${(0,_intervals_js__WEBPACK_IMPORTED_MODULE_3__/* .formatInstant */ .r4)(u.recordedAt)}` : 'no recordedAt';
        const schedules = u.schedules.length > 0 ? u.schedules.map((id) => JSON.stringify(id)).join(', ') : 'no schedule the policies name';
        lines.push(`  # from ${clean(u.file)} (${when}): ${schedules}`);
    }
    for (const u of source.unused)
        lines.push(`  # not used: ${clean(u.file)} (${clean(u.reason)})`);
    return lines;
}
function peopleLines(people) {
    if ('skipped' in people)
        return [`Approval rights: not computed (${people.skipped}).`];
    const live = !people.snapshots;
    const head = people.snapshots
        ? snapshotHeadLines(people, people.snapshots)
        : [`Approval rights, now and over the next 7 days (${(0,_intervals_js__WEBPACK_IMPORTED_MODULE_3__/* .formatInstant */ .r4)(people.window.start)} to ${(0,_intervals_js__WEBPACK_IMPORTED_MODULE_3__/* .formatInstant */ .r4)(people.window.end)}):`];
    if (people.policies.length === 0)
        return [...head, '', '  No one gains or loses auto-approval or approver rights.'];
    const lines = [...head];
    for (const p of people.policies) {
        // A policy listed only for a schedule no snapshot holds changes nothing that can be shown.
        const symbol = p.changes.length === 0 ? '?' : p.inBase && p.inHead ? '~' : p.inHead ? '+' : '-';
        lines.push('', `  ${symbol} policy ${JSON.stringify(p.policy)}`);
        for (const kind of ['auto-approval', 'approver']) {
            const changes = p.changes.filter((c) => c.kind === kind);
            if (changes.length === 0)
                continue;
            lines.push(`      ${KIND_TITLE[kind]}:`);
            for (const c of changes) {
                const verb = c.change === 'gain' ? 'gains' : 'loses';
                const sign = c.change === 'gain' ? '+' : '-';
                lines.push(`        ${sign} ${personLabel(c)} ${verb} it ${whenText(c.intervals, people.window, live)}`);
            }
        }
        for (const id of p.unknownSchedules ?? []) {
            const other = people.snapshots?.otherWindow.find((o) => o.schedule === id);
            const where = other ? `is only in ${clean(other.file)}, a snapshot of another window` : 'is not in any snapshot';
            lines.push(`      ? schedule ${JSON.stringify(id)} ${where}: who is on call for it is unknown, so the rights it gives are not shown`);
        }
    }
    return lines;
}
// ---------------------------------------------------------------------------------------------
// The whole plan
const LEGEND = ['Resource actions are indicated with the following symbols:', '  + create', '  ~ update in-place', '  - destroy'];
/** The plan body: legend, actions, people (no totals line: renderers add it last). */
function planBodyLines(model) {
    const lines = [];
    if (model.baseErrors > 0) {
        lines.push(`Note: the base policies have ${plural(model.baseErrors, 'error')}; the diff compares what could be read of them.`, '');
    }
    if (model.changes.length === 0) {
        lines.push('No changes. The head policies match the base, and incident.io needs nothing from apply.');
    }
    else {
        lines.push(...LEGEND, '', 'oncall-gate will perform the following actions:');
        for (const c of model.changes)
            lines.push('', ...resourceLines(c, model.scheduleNames));
    }
    if (model.remoteNote)
        lines.push('', model.remoteNote);
    lines.push('', ...peopleLines(model.people));
    return lines;
}
function invalidLines(model) {
    const { errors } = (0,_report_render_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__.countBySeverity)(model.diagnostics);
    return [
        `Error: the head policies have ${plural(errors, 'error')}, so there is no plan.`,
        'Fix each problem at the file and line shown, then push again.',
    ];
}
/** Plain text, as the CLI prints it; the last line is the totals line when the head is valid. */
function renderPlanText(model) {
    const title = `oncall-gate plan: ${model.policyPath}/ at ${model.baseLabel} -> ${model.headLabel}`;
    if (!isValid(model))
        return [title, '', ...invalidLines(model)].join('\n') + '\n';
    return [title, '', ...planBodyLines(model), '', totalsLine(model.changes)].join('\n') + '\n';
}
// ---------------------------------------------------------------------------------------------
// Markdown (step summary and PR comment)
/** In a ```diff block GitHub colours lines by their first character, so the sign moves to column 0. */
function toDiffLine(line) {
    const m = /^(\s*)([+~-]) (.*)$/.exec(line);
    return m ? `${m[2]} ${m[1]}${m[3]}` : line.length > 0 ? `  ${line}` : line;
}
function fence(lines) {
    const longest = Math.max(2, ...lines.flatMap((l) => (l.match(/`+/g) ?? []).map((m) => m.length)));
    const f = '`'.repeat(longest + 1);
    return { open: `${f}diff`, close: f };
}
function statusLine(model) {
    const { errors, warnings } = (0,_report_render_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__.countBySeverity)(model.diagnostics);
    const files = plural(model.files, 'policy file');
    if (errors > 0)
        return `❌ The head policies are invalid: ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${files}.`;
    return `✅ The head policies are valid: ${files}, ${plural(warnings, 'warning')}.`;
}
/**
 * Sticky comments are found by the marker text they contain (`<!-- oncall-gate:plan -->`,
 * `<!-- oncall-gate:request -->`), so text from the policies or incident.io (a description, a
 * schedule name) must never carry one: a zero-width space after `<!` breaks any HTML comment
 * opener without changing what the reader sees.
 */
const withoutCommentOpeners = (text) => text.replace(/<!--/g, '<!\u200b--');
/** Markdown for the step summary and the sticky comment; the last line is the totals line. */
function renderPlanMarkdown(model, options = {}) {
    const marker = options.marker ? [PLAN_MARKER] : [];
    const head = [];
    head.push(`### oncall-gate plan for ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(`${model.policyPath}/`)}`, '');
    head.push(`Base ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(model.baseLabel)} → head ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(model.headLabel)}. ${statusLine(model)}`);
    const shown = model.diagnostics.slice(0, options.maxDiagnostics ?? Infinity);
    const table = (0,_report_render_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__.renderDiagnosticsTable)(shown);
    if (table)
        head.push('', table);
    if (model.diagnostics.length > shown.length) {
        head.push('', `…and ${model.diagnostics.length - shown.length} more problems: see the annotations of this run.`);
    }
    if (!isValid(model))
        return [...marker, ...[...head, '', ...invalidLines(model)].map(withoutCommentOpeners)].join('\n') + '\n';
    const body = planBodyLines(model).map(toDiffLine).map(withoutCommentOpeners);
    const { open, close } = fence(body);
    const top = [...marker, ...head.map(withoutCommentOpeners)];
    const tail = ['', totalsLine(model.changes)];
    const assemble = (lines) => [...top, '', open, ...lines, close, ...tail].join('\n') + '\n';
    const full = assemble(body);
    if (options.maxChars === undefined || full.length <= options.maxChars)
        return full;
    // Too long for a comment: keep the first lines that fit, say how many were left out and where
    // the whole plan is; the totals line stays last.
    const where = options.fullPlanUrl ? `the step summary of this run (${options.fullPlanUrl})` : "this run's step summary";
    const note = (n) => `… ${plural(n, 'more line')} not shown: GitHub limits a comment to 65,536 characters; the whole plan is in ${where}.`;
    const fixed = assemble([]).length + note(body.length).length + 1;
    let budget = options.maxChars - fixed;
    let keep = 0;
    for (const line of body) {
        if (budget - (line.length + 1) < 0)
            break;
        budget -= line.length + 1;
        keep++;
    }
    return assemble([...body.slice(0, keep), note(body.length - keep)]);
}


/***/ }),

/***/ 8789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ publicName)
/* harmony export */ });
/* unused harmony export markdownName */
// How a person from incident.io is named in what GitHub shows (PR comments, step summaries, check
// runs), which whoever can read the repository or the run can read: their incident.io name, never
// their email. A name that is empty or holds an email address (incident.io accounts without a
// display name can carry one) is not shown; the caller shows the incident.io user ID instead.

/** Anything that looks like an email address inside a text. */
const EMAIL_LIKE = /[^\s@]+@[^\s@]+\.[^\s@]+/;
/** The name to show, or undefined when the caller should show the user ID. */
function publicName(name) {
    return name.trim() === '' || EMAIL_LIKE.test(name) ? undefined : name;
}
/** The person in Markdown: their name, escaped, or their incident.io user ID as code. */
function markdownName(name, userId) {
    const shown = publicName(name);
    return shown === undefined ? code(userId) : escapeMarkdown(shown);
}


/***/ })

};
