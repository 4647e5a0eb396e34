export const id = 4292;
export const ids = [4292,8789,237];
export const modules = {

/***/ 3056:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DJ: () => (/* binding */ scopedSchedules),
/* harmony export */   iu: () => (/* binding */ countsFor)
/* harmony export */ });
/* unused harmony export inScope */
/** Whether `shift` counts under `scope` (its schedule's entry in a rule's scope; undefined: unscoped). */
function inScope(scope, shift) {
    if (!scope)
        return true;
    return ((shift.rotationId !== undefined && scope.rotations.includes(shift.rotationId)) ||
        (shift.layerId !== undefined && scope.layers.includes(shift.layerId)));
}
/** Whether `shift` (of one of the rule's schedules) counts for the rule. */
function countsFor(rule, shift) {
    return inScope(rule.scope?.get(shift.scheduleId), shift);
}
/** The schedules some `auto` rule of the policies scopes: where rotation and layer names explain a decision. */
function scopedSchedules(policies) {
    return [...new Set(policies.flatMap((p) => p.rules.flatMap((r) => (r.type === 'auto' && r.scope ? [...r.scope.keys()] : []))))];
}


/***/ }),

/***/ 8785:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ob: () => (/* binding */ loginsByEmail),
/* harmony export */   XH: () => (/* binding */ resolveIdentity),
/* harmony export */   ku: () => (/* binding */ identitiesFilePath)
/* harmony export */ });
/* unused harmony exports normalizeEmail, normalizeLogin */
const normalizeEmail = (email) => email.trim().toLowerCase();
/** A login as GitHub compares it: case-insensitively. */
const normalizeLogin = (login) => login.trim().replace(/^@/, '').toLowerCase();
/** The identities file path a message should name. */
function identitiesFilePath(settings, policyPath) {
    return settings.at?.file ?? `${policyPath.replace(/\/+$/, '')}/identities.yaml`;
}
/** Tries each configured lookup in order; the first that yields an email wins. */
async function resolveIdentity(login, settings, options) {
    const tried = [];
    const key = normalizeLogin(login);
    const file = identitiesFilePath(settings, options.policyPath);
    const fileExists = settings.at !== undefined;
    for (const lookup of settings.lookup) {
        if (lookup === 'map') {
            const email = settings.users.get(key);
            if (email) {
                tried.push({ lookup, outcome: 'found', note: { kind: 'map-found', file } });
                return { login, emails: [normalizeEmail(email)], source: lookup, tried };
            }
            tried.push({
                lookup,
                outcome: 'none',
                note: fileExists ? { kind: 'map-no-entry', login: key, file } : { kind: 'map-no-file', file },
            });
            continue;
        }
        if (!options.github) {
            tried.push({ lookup, outcome: 'unavailable', note: { kind: 'no-token' } });
            continue;
        }
        if (lookup === 'github-public-email') {
            const email = await options.github.publicEmail(login);
            if (email && email.includes('@')) {
                tried.push({ lookup, outcome: 'found', note: { kind: 'public-found' } });
                return { login, emails: [normalizeEmail(email)], source: lookup, tried };
            }
            tried.push({ lookup, outcome: 'none', note: { kind: 'public-none' } });
            continue;
        }
        // github-verified-domain-email: only an org owner's token or an org-installed App can read
        // these; the workflow GITHUB_TOKEN has no organization permissions.
        const answer = await options.github.verifiedDomainEmails(login, options.org);
        if (!Array.isArray(answer)) {
            tried.push({ lookup, outcome: 'unavailable', note: { kind: 'domain-forbidden', org: options.org } });
            continue;
        }
        const emails = [...new Set(answer.filter((e) => e.includes('@')).map(normalizeEmail))];
        if (emails.length > 0) {
            tried.push({ lookup, outcome: 'found', note: { kind: 'domain-found', org: options.org } });
            return { login, emails, source: lookup, tried };
        }
        tried.push({ lookup, outcome: 'none', note: { kind: 'domain-none', org: options.org } });
    }
    return { login, emails: [], tried, problem: { login: key, tried, file, fileExists, mapLookup: settings.lookup.includes('map') } };
}
/** email (lower-case) -> GitHub login, from the identities map: for showing who is on call. */
function loginsByEmail(settings) {
    const out = new Map();
    for (const [login, email] of settings.users) {
        const key = normalizeEmail(email);
        if (!out.has(key))
            out.set(key, login);
    }
    return out;
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
