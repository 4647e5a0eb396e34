export const id = 3869;
export const ids = [3869];
export const modules = {

/***/ 3869:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ON_CALL_WINDOW_MS: () => (/* binding */ ON_CALL_WINDOW_MS),
  OUTLOOK_MS: () => (/* binding */ OUTLOOK_MS),
  fetchOnCall: () => (/* binding */ fetchOnCall),
  fetchOnCallWithOutlook: () => (/* binding */ fetchOnCallWithOutlook),
  fetchRotationNames: () => (/* binding */ fetchRotationNames),
  fetchShifts: () => (/* binding */ fetchShifts),
  finalEntriesCovering: () => (/* reexport */ finalEntriesCovering),
  onCallAt: () => (/* reexport */ onCallAt),
  shiftEndFor: () => (/* reexport */ shiftEndFor),
  shiftsOverlapping: () => (/* reexport */ shiftsOverlapping),
  toShifts: () => (/* reexport */ toShifts)
});

// EXTERNAL MODULE: ./src/oncall/rotations.ts
var rotations = __webpack_require__(8322);
;// CONCATENATED MODULE: ./src/oncall/shifts.ts
const ms = (timestamp) => Date.parse(timestamp);
/** An entry that can be joined to a person: it has a user (optional in the API) with an email. */
function hasEmail(entry) {
    return entry.user !== undefined && typeof entry.user.email === 'string' && entry.user.email.trim() !== '';
}
/** Entries covering `at` that name a person with an email; entries without either are skipped. */
function finalEntriesCovering(entries, at) {
    const t = at.getTime();
    return entries.filter((e) => hasEmail(e) && ms(e.start_at) <= t && t < ms(e.end_at));
}
/**
 * Entries as shifts of `scheduleId`, skipping entries without a user email, dropping exact
 * duplicates (the same person, times, rotation and layer, e.g. repeated across pages), sorted by
 * start. The same person on two layers at once is two shifts: a rule may count only one of them.
 */
function toShifts(scheduleId, entries) {
    const seen = new Set();
    const out = [];
    for (const e of entries) {
        if (!hasEmail(e))
            continue;
        const shift = {
            scheduleId,
            email: e.user.email.trim().toLowerCase(),
            name: e.user.name,
            userId: e.user.id,
            startAt: new Date(ms(e.start_at)),
            endAt: new Date(ms(e.end_at)),
            ...(e.rotation_id ? { rotationId: e.rotation_id } : {}),
            ...(e.layer_id ? { layerId: e.layer_id } : {}),
        };
        const key = [shift.userId, shift.email, shift.startAt.getTime(), shift.endAt.getTime(), e.rotation_id ?? '', e.layer_id ?? ''].join('\u0000');
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push(shift);
    }
    return out.sort((a, b) => a.startAt.getTime() - b.startAt.getTime() || a.endAt.getTime() - b.endAt.getTime());
}
/** Shifts covering `at`. */
function onCallAt(shifts, at) {
    const t = at.getTime();
    return shifts.filter((s) => s.startAt.getTime() <= t && t < s.endAt.getTime());
}
/**
 * When the duty of `email` that covers `at` ends, or undefined when they are not on call at `at`.
 * Back-to-back or overlapping shifts of the same person (on any of the given schedules) are
 * merged, so an approval lasts to the real end of duty rather than to a rotation handover that
 * hands the pager to the same person. Only the shifts passed in are known: to see beyond a
 * one-minute window, pass shifts from fetchShifts over the longer period.
 */
function shiftEndFor(email, shifts, at) {
    const who = email.trim().toLowerCase();
    const mine = shifts.filter((s) => s.email === who);
    const covering = onCallAt(mine, at);
    if (covering.length === 0)
        return undefined;
    let end = Math.max(...covering.map((s) => s.endAt.getTime()));
    const rest = [...mine].sort((a, b) => a.startAt.getTime() - b.startAt.getTime());
    // Extend while some shift starts at or before the current end and runs past it.
    for (let grew = true; grew;) {
        grew = false;
        for (const s of rest) {
            if (s.startAt.getTime() <= end && s.endAt.getTime() > end) {
                end = s.endAt.getTime();
                grew = true;
            }
        }
    }
    return new Date(end);
}
/** Shifts overlapping [from, to); for an empty window, those covering `from`. */
function shiftsOverlapping(shifts, from, to) {
    const f = from.getTime();
    const t = to.getTime();
    if (t <= f)
        return onCallAt(shifts, from);
    return shifts.filter((s) => s.startAt.getTime() < t && s.endAt.getTime() > f);
}

;// CONCATENATED MODULE: ./src/oncall/on-call.ts



/**
 * The rotation and layer names of these schedules (GET /v2/schedules/{id}, concurrently), for
 * showing who is on call where. Names never decide anything (a scope names IDs), so a schedule
 * that cannot be read only loses its names.
 */
async function fetchRotationNames(client, scheduleIds) {
    const read = await Promise.allSettled(unique([...scheduleIds]).map((id) => client.getSchedule(id)));
    return (0,rotations/* rotationNames */.l)(read.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : [])));
}
/** The window asked for "now": one minute, as incident.io's own approval integration asks. */
const ON_CALL_WINDOW_MS = 60_000;
const unique = (ids) => [...new Set(ids)];
/** Shifts covering `at`, per schedule (every requested schedule has a key, possibly with []). */
async function fetchOnCall(client, scheduleIds, at) {
    const end = new Date(at.getTime() + ON_CALL_WINDOW_MS);
    const ids = unique(scheduleIds);
    const lists = await Promise.all(ids.map(async (id) => {
        const entries = await client.listScheduleEntries(id, at, end);
        return toShifts(id, finalEntriesCovering(entries.final, at));
    }));
    return new Map(ids.map((id, i) => [id, lists[i] ?? []]));
}
/** How far ahead the gate's one query per schedule reaches: the step summary's on-call outlook. */
const OUTLOOK_MS = 12 * 60 * 60_000;
/**
 * fetchOnCall and the next `outlookMs` in one query per schedule: the window runs from `at` to
 * `at + outlookMs` instead of one minute. The API returns every entry overlapping the window, so
 * the entries covering `at` (the decision's facts) are the same as for a one-minute window.
 */
async function fetchOnCallWithOutlook(client, scheduleIds, at, outlookMs = OUTLOOK_MS) {
    const to = new Date(at.getTime() + Math.max(outlookMs, ON_CALL_WINDOW_MS));
    const ids = unique(scheduleIds);
    const lists = await Promise.all(ids.map(async (id) => {
        const entries = await client.listScheduleEntries(id, at, to);
        return { now: toShifts(id, finalEntriesCovering(entries.final, at)), ahead: shiftsOverlapping(toShifts(id, entries.final), at, to) };
    }));
    return {
        now: new Map(ids.map((id, i) => [id, lists[i]?.now ?? []])),
        outlook: { from: at, to, shifts: new Map(ids.map((id, i) => [id, lists[i]?.ahead ?? []])) },
    };
}
/**
 * Final shifts overlapping [from, to), per schedule, sorted by start: one windowed query per
 * schedule plus its pages. Used for "was X on call at t" (a one-minute window at t) and for the
 * 7-day views of plan and audit.
 */
async function fetchShifts(client, scheduleIds, from, to) {
    const ids = unique(scheduleIds);
    const lists = await Promise.all(ids.map(async (id) => {
        const entries = await client.listScheduleEntries(id, from, to);
        // The API returns entries overlapping the window; filter again in case a server clips differently.
        return shiftsOverlapping(toShifts(id, entries.final), from, to);
    }));
    return new Map(ids.map((id, i) => [id, lists[i] ?? []]));
}


/***/ }),

/***/ 8322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ rotationNames),
/* harmony export */   n: () => (/* binding */ rotationsOf)
/* harmony export */ });
/** A schedule's rotations, once each, in the order they first appear. */
function rotationsOf(schedule) {
    const versions = new Map();
    for (const r of schedule.config?.rotations ?? [])
        versions.set(r.id, [...(versions.get(r.id) ?? []), r]);
    const from = (r) => (r.effective_from ? Date.parse(r.effective_from) : -Infinity);
    return [...versions].map(([id, list]) => {
        // Oldest first, so a newer version's names win.
        const ordered = [...list].sort((a, b) => from(a) - from(b));
        const layers = new Map();
        for (const r of ordered)
            for (const l of r.layers)
                layers.set(l.id, l.name);
        return { id, name: ordered[ordered.length - 1]?.name ?? '', layers: [...layers].map(([lid, name]) => ({ id: lid, name })) };
    });
}
function rotationNames(schedules) {
    const rotations = new Map();
    const layers = new Map();
    for (const s of schedules) {
        for (const r of rotationsOf(s)) {
            rotations.set(r.id, r.name);
            for (const l of r.layers)
                layers.set(l.id, l.name);
        }
    }
    return { rotations, layers };
}


/***/ })

};
