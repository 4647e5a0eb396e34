export const id = 3071;
export const ids = [3071,237,2618];
export const modules = {

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

/***/ 3071:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   coverageGaps: () => (/* binding */ coverageGaps),
/* harmony export */   findDrift: () => (/* binding */ findDrift)
/* harmony export */ });
/* harmony import */ var _plan_intervals_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(237);

/**
 * Per policy with escalation rules: the times in [now, now + window) when no one on call for any of
 * its `services` maps to a GitHub login in the identities map. A policy with a `deny` rule is
 * skipped (a deny in a matching policy wins, so it denies regardless).
 */
function coverageGaps(set, shifts, now, windowMs) {
    const window = { start: now.getTime(), end: now.getTime() + windowMs };
    const mapped = new Set([...set.identities.users.values()].map((e) => e.trim().toLowerCase()));
    const out = [];
    for (const policy of set.policies) {
        if (policy.rules.some((r) => r.type === 'deny'))
            continue;
        const escalations = policy.rules.filter((r) => r.type === 'escalation');
        const [first] = escalations;
        if (!first)
            continue;
        const schedules = [...new Set(escalations.flatMap((r) => r.services))];
        const covered = schedules.flatMap((id) => (shifts.get(id) ?? []).filter((s) => mapped.has(s.email)).map((s) => ({ start: s.startAt.getTime(), end: s.endAt.getTime() })));
        const gaps = (0,_plan_intervals_js__WEBPACK_IMPORTED_MODULE_0__.subtract)([window], (0,_plan_intervals_js__WEBPACK_IMPORTED_MODULE_0__.clip)(covered, window));
        if (gaps.length > 0)
            out.push({ policy: policy.name, schedules, gaps, at: first.at });
    }
    return out;
}
const fromDiagnostic = (kind, d) => ({
    kind,
    message: d.message,
    fix: d.fix,
    at: { file: d.file, line: d.line, column: d.column },
});
/** Every drift finding, in a stable order: schedules, identities, custom field, coverage. */
function findDrift(input) {
    const { set, live, remote } = input;
    const drift = [];
    for (const d of live.diagnostics) {
        if (d.code === 'unknown-schedule')
            drift.push(fromDiagnostic('deleted-schedule', d));
    }
    for (const d of live.diagnostics) {
        if (d.code === 'unresolved-identity')
            drift.push(fromDiagnostic('unresolved-identity', d));
    }
    for (const d of remote.diagnostics) {
        if (d.code === 'custom-field-type' || d.code === 'custom-field-name')
            drift.push(fromDiagnostic('custom-field-type', d));
    }
    for (const a of remote.actions) {
        if (a.kind !== 'create-custom-field')
            continue;
        const at = remote.changes[0]?.at;
        drift.push({
            kind: 'missing-custom-field',
            message: `The incident.io custom field "${a.payload.name}" that escalation incidents record schedule IDs in does not exist`,
            fix: 'Run oncall-gate `apply` (command: apply, with a key that has the manage_settings role) to create it, or create a text custom field with that name in incident.io (Settings > Custom fields).',
            ...(at ? { at } : {}),
        });
    }
    const names = (ids) => ids
        .map((id) => {
        const schedule = live.facts.schedules.get(id);
        return schedule ? `${schedule.name} (${id})` : id;
    })
        .join(', ');
    for (const gap of coverageGaps(set, live.facts.shifts, input.now, input.windowMs)) {
        drift.push({
            kind: 'coverage-gap',
            policy: gap.policy,
            gaps: gap.gaps,
            at: gap.at,
            message: `Policy ${gap.policy}: for ${gap.gaps.length} period${gap.gaps.length === 1 ? '' : 's'} in the next 7 days nobody who maps to a GitHub login is on call for ${names(gap.schedules)}, so an escalation could not be approved`,
            fix: `Fill the gaps in the rota in incident.io, or add the people on call then to \`users:\` in ${set.identities.at?.file ?? 'the identities file'}.`,
        });
    }
    return drift;
}


/***/ })

};
