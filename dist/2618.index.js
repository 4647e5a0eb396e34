export const id = 2618;
export const ids = [2618,237];
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


/***/ })

};
