export const id = 6594;
export const ids = [6594,2853,8256];
export const modules = {

/***/ 8256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   diffPolicySets: () => (/* binding */ diffPolicySets),
/* harmony export */   diffRules: () => (/* binding */ diffRules),
/* harmony export */   ruleAttributes: () => (/* binding */ ruleAttributes),
/* harmony export */   sameValue: () => (/* binding */ sameValue),
/* harmony export */   totals: () => (/* binding */ totals)
/* harmony export */ });
/* harmony import */ var _decide_engine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1780);

function totals(changes) {
    return {
        add: changes.filter((c) => c.action === 'create').length,
        change: changes.filter((c) => c.action === 'update').length,
        destroy: changes.filter((c) => c.action === 'destroy').length,
    };
}
const sortedList = (v) => [...new Set(v)].sort();
function sameValue(a, b) {
    if (Array.isArray(a) || Array.isArray(b)) {
        if (!Array.isArray(a) || !Array.isArray(b))
            return false;
        const x = sortedList(a);
        const y = sortedList(b);
        return x.length === y.length && x.every((v, i) => v === y[i]);
    }
    return a === b;
}
function compareAttrs(before, after) {
    const names = [...new Set([...before.map((a) => a.name), ...after.map((a) => a.name)])];
    const changes = [];
    let unchanged = 0;
    for (const name of names) {
        const b = before.find((a) => a.name === name);
        const a = after.find((x) => x.name === name);
        const either = a ?? b;
        if (!either || sameValue(b?.value, a?.value)) {
            if (b?.value !== undefined)
                unchanged++;
            continue;
        }
        const note = a?.note ?? b?.note;
        changes.push({
            name,
            before: b?.value,
            after: a?.value,
            format: either.format,
            ...(note ? { note } : {}),
        });
    }
    return { changes, unchanged };
}
/** Every set attribute of something created (shown `+ name = value`) or destroyed (`- name = value -> null`). */
function wholeAttributes(attrs, action) {
    return attrs
        .filter((a) => a.value !== undefined)
        .map((a) => ({
        name: a.name,
        before: action === 'destroy' ? a.value : undefined,
        after: action === 'create' ? a.value : undefined,
        format: a.format,
        ...(a.note ? { note: a.note } : {}),
    }));
}
// ---------------------------------------------------------------------------------------------
// Attributes of each kind of thing
function ruleAttributes(rule) {
    switch (rule.type) {
        case 'auto':
            return [
                {
                    name: 'schedules',
                    value: rule.schedules,
                    format: 'schedules',
                    ...(rule.schedulesFrom === 'integration'
                        ? { note: "inherited from the integration's autoApproval.schedules" }
                        : rule.schedulesFrom === 'none'
                            ? { note: 'no schedules anywhere: this rule approves nobody' }
                            : {}),
                },
                ...scopeAttributes(rule),
                { name: 'duration', value: rule.durationMs, format: 'duration' },
                { name: 'options.requireReason', value: rule.requireReason, format: 'plain' },
            ];
        case 'escalation':
            return [
                { name: 'services', value: rule.services, format: 'schedules' },
                { name: 'duration', value: rule.durationMs, format: 'duration' },
                { name: 'options.allowOneParty', value: rule.allowOneParty, format: 'plain' },
                { name: 'options.requireReason', value: rule.requireReason, format: 'plain' },
            ];
        case 'deny':
            return [{ name: 'reason', value: rule.reason, format: 'plain' }];
    }
}
/** An auto rule's scope, one list per schedule and kind; rotation and layer IDs are shown with their names like schedules. */
function scopeAttributes(rule) {
    const note = 'only on-call people on these count for auto-approval on this schedule';
    return [...(rule.scope ?? new Map())].flatMap(([id, scope]) => [
        ...(scope.rotations.length > 0 ? [{ name: `scope.${id}.rotations`, value: scope.rotations, format: 'schedules', note }] : []),
        ...(scope.layers.length > 0 ? [{ name: `scope.${id}.layers`, value: scope.layers, format: 'schedules', note }] : []),
    ]);
}
/** `whenUnavailable`, when written (absent is the default, deny, and shows nothing). */
function outageAttributes(p) {
    const w = p.whenUnavailable;
    if (!w)
        return [];
    if (w.kind === 'deny')
        return [{ name: 'whenUnavailable', value: 'deny', format: 'plain', note: 'an incident.io outage is an error (fail closed)' }];
    const note = 'while incident.io is unavailable, an approving review by these people approves (degraded)';
    return [
        { name: 'whenUnavailable.approvers', value: w.approvers.length > 0 ? w.approvers : undefined, format: 'plain', note },
        { name: 'whenUnavailable.approverTeams', value: w.approverTeams.length > 0 ? w.approverTeams : undefined, format: 'plain', note },
        { name: 'whenUnavailable.duration', value: w.durationMs, format: 'duration' },
        {
            name: 'whenUnavailable.requireReason',
            // Not written: a rule of the policy that requires a reason makes the fallback require one too.
            value: (0,_decide_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .fallbackRequiresReason */ .xN)(p) ? true : undefined,
            format: 'plain',
            note: 'from the rules: a rule of the policy sets requireReason, so the fallback requires a reason too',
        },
    ];
}
function policyAttributes(p) {
    return [
        { name: 'description', value: p.description, format: 'plain' },
        { name: 'match.environments', value: p.match.environments, format: 'plain' },
        { name: 'match.branches', value: p.match.branches, format: 'plain' },
        { name: 'match.paths', value: p.match.paths, format: 'plain' },
        { name: 'match.labels', value: p.match.labels, format: 'plain' },
        ...outageAttributes(p),
    ];
}
function integrationAttributes(s) {
    const e = s.escalation;
    return [
        { name: 'autoApproval.schedules', value: s.autoApprovalSchedules, format: 'schedules' },
        { name: 'escalation.customField', value: e.customField, format: 'plain' },
        { name: 'escalation.visibility', value: e.visibility, format: 'plain' },
        { name: 'escalation.mode', value: e.mode, format: 'plain' },
        { name: 'escalation.severity', value: e.severity, format: 'plain' },
        { name: 'escalation.incidentType', value: e.incidentType, format: 'plain' },
        { name: 'escalation.notifyIncidentChannel', value: e.notifyIncidentChannel, format: 'plain' },
    ];
}
function identitiesAttributes(s) {
    const users = [...s.users.entries()].sort(([a], [b]) => a.localeCompare(b));
    return [
        { name: 'lookup', value: s.lookup, format: 'plain' },
        // Emails compare case-insensitively everywhere, so a case-only edit is no change.
        ...users.map(([login, email]) => ({ name: `users.${login}`, value: email.trim().toLowerCase(), format: 'plain' })),
    ];
}
// ---------------------------------------------------------------------------------------------
// Rules: pair by content (order has no meaning), then by type and likeness.
const ruleKey = (rule) => JSON.stringify(ruleAttributes(rule).map((a) => [a.name, Array.isArray(a.value) ? sortedList(a.value) : a.value]));
function likeness(a, b) {
    const x = ruleAttributes(a);
    const y = ruleAttributes(b);
    return x.filter((attr) => sameValue(attr.value, y.find((o) => o.name === attr.name)?.value)).length;
}
function diffRules(base, head) {
    // The rules not matched yet, by index.
    const baseFree = new Map(base.map((rule, i) => [i, rule]));
    const headFree = new Map(head.map((rule, i) => [i, rule]));
    let unchanged = 0;
    // 1. Identical rules, wherever they moved.
    for (const [h, rule] of [...headFree]) {
        const key = ruleKey(rule);
        const match = [...baseFree].find(([, r]) => ruleKey(r) === key);
        if (match !== undefined) {
            baseFree.delete(match[0]);
            headFree.delete(h);
            unchanged++;
        }
    }
    // 2. Same type: the most alike base rule, ties to the nearest index, is the one that changed.
    const changes = [];
    for (const [h, rule] of [...headFree]) {
        const candidates = [...baseFree].filter(([, r]) => r.type === rule.type);
        candidates.sort(([x, rx], [y, ry]) => likeness(ry, rule) - likeness(rx, rule) || Math.abs(x - h) - Math.abs(y - h));
        const [best] = candidates;
        if (!best)
            continue;
        const [b, baseRule] = best;
        baseFree.delete(b);
        headFree.delete(h);
        const { changes: attrs, unchanged: same } = compareAttrs(ruleAttributes(baseRule), ruleAttributes(rule));
        changes.push({
            action: 'update',
            type: rule.type,
            index: h,
            ...(b !== h ? { baseIndex: b } : {}),
            attributes: attrs,
            unchanged: same,
            at: rule.at,
        });
    }
    // 3. What is left was added or removed.
    for (const [h, rule] of headFree)
        changes.push(wholeRule(rule, h, 'create'));
    for (const [b, rule] of baseFree)
        changes.push(wholeRule(rule, b, 'destroy'));
    const order = { update: 0, create: 0, destroy: 1 };
    changes.sort((x, y) => order[x.action] - order[y.action] || x.index - y.index);
    return { changes, unchanged };
}
// ---------------------------------------------------------------------------------------------
// Policy sets
function wholeRule(rule, index, action) {
    return { action, type: rule.type, index, attributes: wholeAttributes(ruleAttributes(rule), action), unchanged: 0, at: rule.at };
}
/** A policy that only one side has: every attribute and rule created or destroyed. */
function wholePolicy(policy, action) {
    return {
        kind: 'policy',
        name: policy.name,
        action,
        attributes: wholeAttributes(policyAttributes(policy), action),
        rules: policy.rules.map((r, i) => wholeRule(r, i, action)),
        unchangedAttributes: 0,
        unchangedRules: 0,
        at: policy.at,
    };
}
function diffPolicy(base, head) {
    if (!base && head)
        return wholePolicy(head, 'create');
    if (base && !head)
        return wholePolicy(base, 'destroy');
    if (!base || !head)
        return undefined;
    const attrs = compareAttrs(policyAttributes(base), policyAttributes(head));
    const rules = diffRules(base.rules, head.rules);
    if (attrs.changes.length === 0 && rules.changes.length === 0)
        return undefined;
    return {
        kind: 'policy',
        name: head.name,
        action: 'update',
        attributes: attrs.changes,
        rules: rules.changes,
        unchangedAttributes: attrs.unchanged,
        unchangedRules: rules.unchanged,
        at: head.at,
    };
}
function diffSettings(kind, name, base, head) {
    const common = { kind, name, rules: [], unchangedRules: 0 };
    if (!base && head)
        return { ...common, action: 'create', attributes: wholeAttributes(head.attrs, 'create'), unchangedAttributes: 0, at: head.at };
    if (base && !head)
        return { ...common, action: 'destroy', attributes: wholeAttributes(base.attrs, 'destroy'), unchangedAttributes: 0, at: base.at };
    if (!base || !head)
        return undefined;
    const { changes, unchanged } = compareAttrs(base.attrs, head.attrs);
    if (changes.length === 0)
        return undefined;
    return { ...common, action: 'update', attributes: changes, unchangedAttributes: unchanged, at: head.at };
}
/** The settings files exist only when `at` is set; otherwise the defaults apply and there is nothing to show. */
const integrationSide = (set) => set?.integration.at ? { attrs: integrationAttributes(set.integration), at: set.integration.at } : undefined;
const identitiesSide = (set) => set?.identities.at ? { attrs: identitiesAttributes(set.identities), at: set.identities.at } : undefined;
/**
 * What changes from `base` to `head`: policies in head order, then removed policies, then the
 * integration and identities settings. `base` undefined = no policies at the base (a new folder).
 */
function diffPolicySets(base, head) {
    const baseByName = new Map((base?.policies ?? []).map((p) => [p.name, p]));
    const headByName = new Map(head.policies.map((p) => [p.name, p]));
    const changes = [];
    for (const p of head.policies) {
        const c = diffPolicy(baseByName.get(p.name), p);
        if (c)
            changes.push(c);
    }
    for (const p of base?.policies ?? []) {
        if (!headByName.has(p.name))
            changes.push(wholePolicy(p, 'destroy'));
    }
    const integration = diffSettings('integration', 'incidentio', integrationSide(base), integrationSide(head));
    if (integration)
        changes.push(integration);
    const identities = diffSettings('identities', 'identities', identitiesSide(base), identitiesSide(head));
    if (identities)
        changes.push(identities);
    return changes;
}


/***/ }),

/***/ 237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   Re: () => (/* binding */ subtract),
/* harmony export */   S8: () => (/* binding */ normalize),
/* harmony export */   hU: () => (/* binding */ covers),
/* harmony export */   r4: () => (/* binding */ formatInstant),
/* harmony export */   vy: () => (/* binding */ formatInterval)
/* harmony export */ });
// Half-open time intervals [start, end) in epoch milliseconds, the way oncall-gate reads schedule
// entries (an entry covers `start_at <= t < end_at`; incident.io leaves the end unstated,
// docs/incidentio.md "Schedules and who is on call"). Pure set arithmetic used by the
// plan's people effect and the audit's coverage gaps.
/** Sorted, non-overlapping, adjacent intervals merged; empty ones dropped. */
function normalize(intervals) {
    const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start || a.end - b.end);
    const out = [];
    for (const i of sorted) {
        const last = out[out.length - 1];
        if (last && i.start <= last.end)
            last.end = Math.max(last.end, i.end);
        else
            out.push({ start: i.start, end: i.end });
    }
    return out;
}
/** The parts of `intervals` inside `window`. */
function clip(intervals, window) {
    return normalize(intervals.map((i) => ({ start: Math.max(i.start, window.start), end: Math.min(i.end, window.end) })));
}
/** a minus b: the times in `a` not covered by `b`. */
function subtract(a, b) {
    const cut = normalize(b);
    const out = [];
    for (const piece of normalize(a)) {
        let start = piece.start;
        for (const c of cut) {
            if (c.end <= start || c.start >= piece.end)
                continue;
            if (c.start > start)
                out.push({ start, end: c.start });
            start = Math.max(start, c.end);
            if (start >= piece.end)
                break;
        }
        if (start < piece.end)
            out.push({ start, end: piece.end });
    }
    return out;
}
/** Whether instant `t` is inside one of the intervals (half-open). */
function covers(intervals, t) {
    return intervals.some((i) => i.start <= t && t < i.end);
}
/** `2026-11-20 09:00 UTC`: minutes are the finest unit rotas hand over at. */
function formatInstant(ms) {
    const iso = new Date(ms).toISOString();
    return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
/** `2026-11-20 09:00 UTC to 2026-11-21 09:00 UTC`; the year-month-day of the end is kept for clarity. */
function formatInterval(i) {
    return `${formatInstant(i.start)} to ${formatInstant(i.end)}`;
}


/***/ }),

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


/***/ })

};
