export const id = 9495;
export const ids = [9495,8789,8256,237];
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

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   clip: () => (/* binding */ clip),
/* harmony export */   covers: () => (/* binding */ covers),
/* harmony export */   formatInstant: () => (/* binding */ formatInstant),
/* harmony export */   formatInterval: () => (/* binding */ formatInterval),
/* harmony export */   normalize: () => (/* binding */ normalize),
/* harmony export */   subtract: () => (/* binding */ subtract)
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
const isValid = (m) => (0,_report_render_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .countBySeverity */ .Ot)(m.diagnostics).errors === 0;
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
        const from = live && i.start <= window.start ? 'now' : (0,_intervals_js__WEBPACK_IMPORTED_MODULE_3__.formatInstant)(i.start);
        const to = live && i.end >= window.end ? 'the end of the 7 days' : (0,_intervals_js__WEBPACK_IMPORTED_MODULE_3__.formatInstant)(i.end);
        return `${from} to ${to}`;
    });
    const more = intervals.length > MAX_INTERVALS ? `; and ${intervals.length - MAX_INTERVALS} more periods` : '';
    return shown.join('; ') + more;
}
/** Where the rights come from when they come from rota snapshots: each file, when recorded, which schedules. */
function snapshotHeadLines(people, source) {
    const lines = [
        `Approval rights from rota snapshots, not live incident.io, over their window (${(0,_intervals_js__WEBPACK_IMPORTED_MODULE_3__.formatInterval)(people.window)}):`,
        `  # the snapshots are files in ${clean(source.folder)}/ as this change has them (recorded or written by hand), not incident.io's answer`,
    ];
    for (const u of source.used) {
        const when = u.recordedAt !== undefined ? `recorded ${(0,_intervals_js__WEBPACK_IMPORTED_MODULE_3__.formatInstant)(u.recordedAt)}` : 'no recordedAt';
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
        : [`Approval rights, now and over the next 7 days (${(0,_intervals_js__WEBPACK_IMPORTED_MODULE_3__.formatInstant)(people.window.start)} to ${(0,_intervals_js__WEBPACK_IMPORTED_MODULE_3__.formatInstant)(people.window.end)}):`];
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
    const { errors } = (0,_report_render_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .countBySeverity */ .Ot)(model.diagnostics);
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
    const { errors, warnings } = (0,_report_render_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .countBySeverity */ .Ot)(model.diagnostics);
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
    const table = (0,_report_render_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .renderDiagnosticsTable */ .bZ)(shown);
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
/* harmony export */   Z: () => (/* binding */ markdownName),
/* harmony export */   p: () => (/* binding */ publicName)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4285);
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
    return shown === undefined ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(userId) : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(shown);
}


/***/ })

};
