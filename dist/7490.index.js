export const id = 7490;
export const ids = [7490,3869];
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


/***/ }),

/***/ 7490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LOOKAHEAD_MS: () => (/* binding */ LOOKAHEAD_MS),
/* harmony export */   identityPosition: () => (/* binding */ identityPosition),
/* harmony export */   missingRoleDiagnostic: () => (/* binding */ missingRoleDiagnostic),
/* harmony export */   missingRoleNeeds: () => (/* binding */ missingRoleNeeds),
/* harmony export */   roleNeeds: () => (/* binding */ roleNeeds),
/* harmony export */   runLiveChecks: () => (/* binding */ runLiveChecks),
/* harmony export */   scheduleRefs: () => (/* binding */ scheduleRefs),
/* harmony export */   scopeRefs: () => (/* binding */ scopeRefs),
/* harmony export */   withLiveDiagnostics: () => (/* binding */ withLiveDiagnostics)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _oncall_on_call_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3869);
/* harmony import */ var _load_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6403);
/* harmony import */ var _parse_yaml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7297);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4139);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5016);
/* harmony import */ var _oncall_rotations_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8322);
/* harmony import */ var _report_public_name_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8789);








/** The 7-day look-ahead of plan and audit. */
const LOOKAHEAD_MS = 7 * 24 * 3_600_000;
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v) => Array.isArray(v) ? v.flatMap((s, i) => (typeof s === 'string' ? [[i, s]] : [])) : [];
/**
 * Every schedule ID as written (rule `schedules`, rule `services`, integration
 * `autoApproval.schedules`), with its file, line and column, in file order.
 */
function scheduleRefs(files) {
    const refs = [];
    // Something that is not shaped like an ID (a schedule's name, say) is already a schema error.
    const shaped = new RegExp(_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .SCHEDULE_ID_PATTERN */ .v$);
    for (const file of files) {
        const parsed = (0,_parse_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYamlFile */ .BU)(file);
        const doc = parsed.value;
        if (!isObj(doc))
            continue;
        const add = (id, pointer, escalation) => {
            if (!shaped.test(id))
                return;
            const p = parsed.locate(pointer);
            refs.push({ id, escalation, at: { file: file.path, line: p.line, column: p.column } });
        };
        if (doc.kind === 'policy' && Array.isArray(doc.approval)) {
            doc.approval.forEach((rule, i) => {
                if (!isObj(rule))
                    return;
                for (const [j, id] of strings(rule.schedules))
                    add(id, `/approval/${i}/schedules/${j}`, false);
                for (const [j, id] of strings(rule.services))
                    add(id, `/approval/${i}/services/${j}`, rule.type === 'escalation');
            });
        }
        else if (doc.kind === 'integration' && isObj(doc.autoApproval)) {
            for (const [j, id] of strings(doc.autoApproval.schedules))
                add(id, `/autoApproval/schedules/${j}`, false);
        }
    }
    return refs;
}
/** Every rotation and layer an auto rule's `scope` names, with its file, line and column. */
function scopeRefs(files) {
    const refs = [];
    const shaped = new RegExp(_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .SCHEDULE_ID_PATTERN */ .v$);
    for (const file of files) {
        const parsed = (0,_parse_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYamlFile */ .BU)(file);
        const doc = parsed.value;
        if (!isObj(doc) || doc.kind !== 'policy' || !Array.isArray(doc.approval))
            continue;
        doc.approval.forEach((rule, i) => {
            if (!isObj(rule) || rule.type !== 'auto' || !isObj(rule.scope))
                return;
            for (const [scheduleId, entry] of Object.entries(rule.scope)) {
                if (!shaped.test(scheduleId) || !isObj(entry))
                    continue;
                const key = scheduleId.replace(/~/g, '~0').replace(/\//g, '~1');
                for (const kind of ['rotation', 'layer']) {
                    for (const [j, value] of strings(entry[`${kind}s`])) {
                        const p = parsed.locate(`/approval/${i}/scope/${key}/${kind}s/${j}`);
                        refs.push({ scheduleId, kind, value, at: { file: file.path, line: p.line, column: p.column } });
                    }
                }
            }
        });
    }
    return refs;
}
/** An unknown rotation or layer of a scope, with a "did you mean" from the schedule's names and IDs. */
function unknownScopeRef(ref, schedule, rotations, keyName) {
    const known = ref.kind === 'rotation'
        ? rotations.map((r) => ({ id: r.id, name: r.name, of: '' }))
        : rotations.flatMap((r) => r.layers.map((l) => ({ id: l.id, name: l.name, of: ` of rotation ${r.name}` })));
    if (known.some((k) => k.id === ref.value))
        return undefined;
    const shaped = new RegExp(_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .SCHEDULE_ID_PATTERN */ .v$).test(ref.value);
    // By name first (someone wrote the name, or a name with a typo), then an ID one or two characters off.
    const byName = known.find((k) => k.name !== '' && k.name.toLowerCase() === ref.value.trim().toLowerCase()) ??
        known.find((k) => k.name !== '' && k.name === (0,_suggest_js__WEBPACK_IMPORTED_MODULE_4__/* .closest */ .kp)(ref.value, known.map((x) => x.name).filter(Boolean)));
    const byId = shaped
        ? nearestId(ref.value, known.map((k) => k.id))
        : undefined;
    const near = byName ?? known.find((k) => k.id === byId);
    // A name is already a schema error; it is worth a second word only with the ID to write instead.
    if (!shaped && !near)
        return undefined;
    const label = (k) => `${k.name ? `${k.name} ` : ''}(${k.id})${k.of}`;
    const list = known.slice(0, 8).map(label).join(', ');
    const more = known.length > 8 ? `, and ${known.length - 8} more` : '';
    return {
        severity: 'error',
        code: `unknown-${ref.kind}`,
        file: ref.at.file,
        line: ref.at.line,
        column: ref.at.column,
        message: `\`${ref.value.slice(0, 60)}\` is not a ${ref.kind} ID of schedule ${scheduleLabel(schedule)} (as the API key "${keyName}" sees it), so nobody on it would be auto-approved`,
        fix: (near ? `Did you mean ${ref.kind} ${label(near)}? Write its ID: \`${near.id}\`. ` : '') +
            `Scopes name ${ref.kind}s by ID, so that a rename in incident.io changes nothing. ` +
            (known.length > 0 ? `The schedule's ${ref.kind}s: ${list}${more}.` : `The schedule has no ${ref.kind}s.`),
    };
}
/** Where `users.<login>` was written in the identities file (logins compare case-insensitively). */
function identityPosition(files, set, login) {
    return identityPositions(files, set)(login);
}
/** identityPosition for many logins: the identities file is read once. */
function identityPositions(files, set) {
    const at = set.identities.at;
    const fallback = at ?? { file: set.files[0] ?? 'policies', line: 1, column: 1 };
    const file = at ? files.find((f) => f.path === at.file) : undefined;
    if (!file)
        return () => fallback;
    const parsed = (0,_parse_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYamlFile */ .BU)(file);
    const users = isObj(parsed.value) ? parsed.value.users : undefined;
    // Lower-cased login -> as written; the first spelling wins, as in the resolved identities.
    const written = new Map();
    for (const key of isObj(users) ? Object.keys(users) : []) {
        if (!written.has(key.toLowerCase()))
            written.set(key.toLowerCase(), key);
    }
    return (login) => {
        const key = written.get(login.toLowerCase());
        if (key === undefined)
            return fallback;
        const p = parsed.locate(`/users/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
        return { file: file.path, line: p.line, column: p.column };
    };
}
const SCHEDULE_READERS = ['viewer', 'schedules_reader', 'on_call_viewer', 'schedules_editor', 'on_call_editor'];
/** The roles the policies need from the key. */
function roleNeeds(set) {
    const firstPolicy = set.policies[0]?.at;
    const escalations = set.policies.flatMap((p) => p.rules.filter((r) => r.type === 'escalation'));
    const needs = [];
    if (set.policies.length > 0) {
        needs.push({ anyOf: SCHEDULE_READERS, why: 'to read who is on call (GET /v2/schedule_entries)', at: firstPolicy });
    }
    const [firstEscalation] = escalations;
    if (firstEscalation) {
        const { at } = firstEscalation;
        needs.push({ anyOf: ['incident_creator'], why: 'escalation rules open incidents (POST /v2/incidents)', at });
        needs.push({
            anyOf: ['incident_editor'],
            why: 'escalation decisions update the incident summary (POST /v2/incidents/{id}/actions/edit)',
            at,
        });
    }
    return needs;
}
function missingRoleNeeds(identity, needs) {
    const have = new Set([...identity.roles, ...identity.team_roles]);
    return needs.filter((n) => !n.anyOf.some((r) => have.has(r)));
}
function missingRoleDiagnostic(need, keyName, fallback) {
    const at = need.at ?? fallback;
    const roles = need.anyOf.length === 1 ? `the \`${need.anyOf[0]}\` role` : `one of the roles ${need.anyOf.map((r) => `\`${r}\``).join(', ')}`;
    return {
        severity: 'warning',
        code: 'missing-role',
        file: at.file,
        line: at.line,
        column: at.column,
        message: `The incident.io API key "${keyName}" lacks ${roles}, needed because ${need.why}`,
        fix: `In incident.io (Settings > API keys), give the key ${roles}, or use a key that has it.`,
    };
}
// ---------------------------------------------------------------------------------------------
const scheduleLabel = (s) => `${s.name} (${s.id})`;
/** IDs are random (ULID-like), so only a slip of one or two characters is worth a "did you mean". */
function nearestId(id, known) {
    let best;
    let bestDistance = 3;
    for (const k of known) {
        const d = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_4__/* .editDistance */ .YC)(id, k);
        if (d < bestDistance) {
            best = k;
            bestDistance = d;
        }
    }
    return best;
}
function knownList(schedules) {
    const all = [...schedules.values()].slice(0, 5).map(scheduleLabel);
    const more = schedules.size > 5 ? `, and ${schedules.size - 5} more` : '';
    return all.length > 0 ? ` The key can see: ${all.join(', ')}${more}.` : ' The key can see no schedules at all.';
}
/** Runs every live check; throws an incident.io error only when incident.io cannot be asked at all. */
async function runLiveChecks(set, files, client, options) {
    const diagnostics = [];
    const fallback = set.integration.at ?? set.policies[0]?.at ?? { file: set.files[0] ?? 'policies', line: 1, column: 1 };
    // 1. The key itself: an invalid key fails here with the client's message and fix.
    const identity = await client.identity();
    const missing = missingRoleNeeds(identity, roleNeeds(set));
    for (const need of missing)
        diagnostics.push(missingRoleDiagnostic(need, identity.name, fallback));
    // 2. Schedules: one list, then a show only for IDs the list did not include.
    const refs = scheduleRefs(files);
    const named = new Set(refs.map((r) => r.id));
    const schedules = new Map();
    for (const s of await client.listSchedules())
        schedules.set(s.id, s);
    const unknown = [];
    for (const id of named) {
        if (schedules.has(id))
            continue;
        try {
            schedules.set(id, await client.getSchedule(id));
        }
        catch (error) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isServiceError */ .gi)(error, 'incidentio', 'not-found'))
                unknown.push(id);
            else
                throw error;
        }
    }
    const unknownSet = new Set(unknown);
    for (const ref of refs) {
        if (!unknownSet.has(ref.id))
            continue;
        const nearId = nearestId(ref.id, [...schedules.keys()]);
        const near = nearId === undefined ? undefined : schedules.get(nearId);
        diagnostics.push({
            severity: 'error',
            code: 'unknown-schedule',
            file: ref.at.file,
            line: ref.at.line,
            column: ref.at.column,
            message: `Schedule ${ref.id} does not exist in incident.io (or the API key "${identity.name}" cannot see it)`,
            fix: (near ? `Did you mean ${scheduleLabel(near)}? ` : '') +
                "Copy the ID from the schedule's address in incident.io (On-call > Schedules > open the schedule: the last part of the URL)." +
                knownList(schedules),
        });
    }
    // 2b. Scopes: each rotation and layer ID must be one of its schedule's (GET /v2/schedules/{id},
    // whose config lists every version of each rotation: merged by ID).
    const scopes = scopeRefs(files);
    const rotations = new Map();
    const scoped = [...new Set(scopes.map((r) => r.scheduleId))].filter((id) => !unknownSet.has(id));
    for (const s of await Promise.all(scoped.map((id) => client.getSchedule(id))))
        rotations.set(s.id, (0,_oncall_rotations_js__WEBPACK_IMPORTED_MODULE_5__/* .rotationsOf */ .n)(s));
    for (const ref of scopes) {
        const schedule = schedules.get(ref.scheduleId);
        const list = rotations.get(ref.scheduleId);
        if (!schedule || !list)
            continue;
        const d = unknownScopeRef(ref, schedule, list, identity.name);
        if (d)
            diagnostics.push(d);
    }
    // 3. Identities: each mapped email must be exactly one active incident.io user.
    const identities = [];
    let usersForbidden;
    const entries = [...set.identities.users.entries()];
    const results = await Promise.all(entries.map(async ([login, email]) => {
        try {
            const user = await client.findUserByEmail(email);
            return user ? { login, email, status: 'active', userId: user.id, name: user.name } : { login, email, status: 'missing' };
        }
        catch (error) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isServiceError */ .gi)(error, 'incidentio', 'conflict'))
                return { login, email, status: 'ambiguous' };
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isServiceError */ .gi)(error, 'incidentio', 'permission')) {
                usersForbidden = error;
                return { login, email, status: 'unchecked' };
            }
            throw error;
        }
    }));
    identities.push(...results);
    const identityFile = set.identities.at?.file ?? 'the identities file';
    const positionOf = identityPositions(files, set);
    for (const check of identities) {
        if (check.status === 'active' || check.status === 'unchecked')
            continue;
        const at = positionOf(check.login);
        diagnostics.push({
            severity: 'warning',
            code: 'unresolved-identity',
            file: at.file,
            line: at.line,
            column: at.column,
            message: check.status === 'missing'
                ? `\`${check.login}\` maps to ${check.email}, but no active incident.io user has that email, so ${check.login} is never on call`
                : `\`${check.login}\` maps to ${check.email}, which several active incident.io users share, so it cannot be resolved`,
            fix: check.status === 'missing'
                ? `Write the email ${check.login} signs in to incident.io with (a deactivated or invited-but-never-signed-in user counts as inactive) in ${identityFile}.`
                : 'Deactivate the duplicate incident.io account or change its email, so exactly one active user has it.',
        });
    }
    if (usersForbidden) {
        diagnostics.push(missingRoleDiagnostic({ anyOf: ['viewer'], why: 'the identities are checked against incident.io users (GET /v2/users)', at: set.identities.at }, identity.name, fallback));
    }
    // 4. Escalation schedules nobody mapped to a GitHub login is on call for: nobody can approve.
    const escalationIds = new Set(refs.filter((r) => r.escalation).map((r) => r.id));
    const wanted = [...named].filter((id) => !unknownSet.has(id) && (options.shiftsFor === 'all' || escalationIds.has(id)));
    const from = options.now;
    const to = new Date(from.getTime() + LOOKAHEAD_MS);
    const shifts = wanted.length > 0 ? await (0,_oncall_on_call_js__WEBPACK_IMPORTED_MODULE_6__.fetchShifts)(client, wanted, from, to) : new Map();
    const mapped = new Set([...set.identities.users.values()].map((e) => e.trim().toLowerCase()));
    for (const ref of refs) {
        if (!ref.escalation || unknownSet.has(ref.id))
            continue;
        const onCall = shifts.get(ref.id) ?? [];
        if (onCall.some((s) => mapped.has(s.email)))
            continue;
        const schedule = schedules.get(ref.id);
        const name = schedule ? scheduleLabel(schedule) : ref.id;
        const people = [...new Map(onCall.map((s) => [s.email, s])).values()].slice(0, 5);
        diagnostics.push({
            severity: 'warning',
            code: 'unmapped-escalation-schedule',
            file: ref.at.file,
            line: ref.at.line,
            column: ref.at.column,
            message: onCall.length === 0
                ? `Nobody is on call for schedule ${name} in the next 7 days, so nobody can approve through it`
                : `Nobody on call for schedule ${name} in the next 7 days maps to a GitHub login, so nobody can approve through it`,
            // The people by name and user ID, never by email: `plan` posts this on the pull request
            // (docs/security.md, "Privacy").
            fix: onCall.length === 0
                ? 'Check the schedule in incident.io, or name a schedule that has people on call.'
                : `Add the on-call people to \`users:\` in ${identityFile} (\`<github login>: <incident.io email>\`); on call: ${people
                    .map((p) => {
                    const name = (0,_report_public_name_js__WEBPACK_IMPORTED_MODULE_7__/* .publicName */ .p)(p.name);
                    return name ? `${name} (incident.io user ${p.userId})` : `incident.io user ${p.userId}`;
                })
                    .join(', ')}. \`oncall-gate who ${ref.id}\` lists their emails.`,
        });
    }
    return {
        diagnostics,
        facts: {
            identity,
            schedules,
            unknownSchedules: unknown,
            identities,
            shifts,
            missingRoles: missing.flatMap((n) => n.anyOf.slice(0, 1)),
            rotations,
        },
    };
}
/** Base diagnostics plus live ones, in the order loadPolicySet gives them; `valid` recomputed. */
function withLiveDiagnostics(set, live) {
    const diagnostics = [...set.diagnostics, ...live].sort(_load_policy_js__WEBPACK_IMPORTED_MODULE_1__.compareDiagnostics);
    return { ...set, diagnostics, valid: !diagnostics.some((d) => d.severity === 'error') };
}


/***/ })

};
