export const id = 8485;
export const ids = [8485];
export const modules = {

/***/ 8485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runEmulatorCommand: () => (/* binding */ runEmulatorCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./packages/incidentio-emulator/src/clock.ts
// The emulator's own notion of time: the clock it is given (tests pin one, `--now` starts one at
// a fixed moment) and the RFC 3339 parser behind fixture times, `--now` and query parameters.
// Its own copy rather than the product's src/clock.ts: the emulator stands in for incident.io, so
// it must not share the client's parsing (a bug in one would hide in the other) and the product
// never depends on it.
const systemClock = () => new Date();
/**
 * A clock that reads `start` now and then moves forward with real elapsed time, measured on the
 * monotonic clock (so it does not depend on the wall clock, nor jump when it is set).
 */
function clockStartingAt(start, elapsedMs = () => performance.now()) {
    const startMs = start.getTime();
    const origin = elapsedMs();
    return () => new Date(startMs + (elapsedMs() - origin));
}
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
/**
 * An RFC 3339 timestamp with a date, a time and an offset (`2026-12-04T18:00:00Z`), or undefined.
 * `Date.parse` alone rolls 2026-02-30 over into March; a day the month does not have is refused.
 */
function parseRfc3339(value) {
    const m = RFC3339.exec(value);
    if (!m)
        return undefined;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const calendar = new Date(Date.UTC(year, month - 1, day));
    if (calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day)
        return undefined;
    const ms = Date.parse(value.toUpperCase());
    return Number.isNaN(ms) ? undefined : new Date(ms);
}

;// CONCATENATED MODULE: ./packages/incidentio-emulator/src/demo-fixture.ts
// The demo organisation (`oncall-gate emulator` with no --fixture). Kept as a YAML string so it is
// bundled into the CLI and read with the same parser as user fixtures. The example policies in
// policies/ name exactly these schedule IDs and emails; change both together.
const DEMO_API_KEY = 'demo-incidentio-key-0000000000';
const DEMO_READONLY_API_KEY = 'demo-readonly-key-000000000000';
const DEMO_FIXTURE_YAML = `# incident.io emulator: demo organisation
organisation:
  name: oncall-gate demo
  slug: oncall-gate-demo

keys:
  - key: ${DEMO_API_KEY}
    id: 01HXYZAPIKEYDEMO0000000000
    name: oncall-gate demo
    roles: [viewer, incident_creator, incident_editor, manage_settings, schedules_reader]
  - key: ${DEMO_READONLY_API_KEY}
    id: 01HXYZAPIKEYREADONLY000000
    name: oncall-gate demo (read-only)
    roles: [viewer]

users:
  - { id: 01HXYZUSEROCTOCAT000000000, name: Octo Cat, email: octo.cat@example.com, is_active: true, slack_user_id: U0OCTOCAT01, role: administrator }
  - { id: 01HXYZUSERALICE00000000000, name: Alice Archer, email: alice@example.com, is_active: true, slack_user_id: U0ALICE0001 }
  - { id: 01HXYZUSERBOB0000000000000, name: Bob Baker, email: bob@example.com, is_active: true, slack_user_id: U0BOB000001 }
  - { id: 01HXYZUSERCAROL00000000000, name: Carol Chen, email: carol@example.com, is_active: true, slack_user_id: U0CAROL0001 }
  - { id: 01HXYZUSERDAVE000000000000, name: Dave Dunn, email: dave@example.com, is_active: true, slack_user_id: U0DAVE00001 }

schedules:
  - id: 01HXYZSCHEDULEPRIMARY00000
    name: Platform primary
    timezone: UTC
    team_ids: [01HXYZTEAMPLATFORM00000000]
    rotations:
      # Daily handover at 09:00 UTC: octocat, alice, octocat, ... starting Monday 2026-01-05.
      - id: 01HXYZROTATIONPRIMARY00000
        name: Primary
        users: [octo.cat@example.com, alice@example.com]
        handover_start_at: 2026-01-05T09:00:00Z
        handovers: [{ interval: 1, interval_type: daily }]
        layers: [{ id: 01HXYZLAYERPRIMARY00000000, name: Layer 1 }]
    overrides:
      # Carol covers the Christmas handover.
      - id: 01HXYZOVERRIDECAROL0000000
        user: carol@example.com
        start_at: 2026-12-24T09:00:00Z
        end_at: 2026-12-26T09:00:00Z
        rotation_id: 01HXYZROTATIONPRIMARY00000
        layer_id: 01HXYZLAYERPRIMARY00000000

  - id: 01HXYZSCHEDULESECONDARY000
    name: Platform secondary
    timezone: UTC
    team_ids: [01HXYZTEAMPLATFORM00000000]
    rotations:
      # Weekly handover on Mondays at 09:00 UTC: bob, carol, bob, ...
      - id: 01HXYZROTATIONSECONDARY000
        name: Secondary
        users: [bob@example.com, carol@example.com]
        handover_start_at: 2026-01-05T09:00:00Z
        handovers: [{ interval: 1, interval_type: weekly }]
        layers: [{ id: 01HXYZLAYERSECONDARY000000, name: Layer 1 }]

  - id: 01HXYZSCHEDULESTAGING00000
    name: Staging
    timezone: UTC
    team_ids: []
    rotations:
      # One person, so dave is always on call.
      - id: 01HXYZROTATIONSTAGING00000
        name: Staging
        users: [dave@example.com]
        handover_start_at: 2026-01-05T09:00:00Z
        handovers: [{ interval: 1, interval_type: weekly }]
        layers: [{ id: 01HXYZLAYERSTAGING00000000, name: Layer 1 }]

  # Payments: a rotating primary, and the whole team as the last tier (two people at once).
  # policies/payments.yaml auto-approves the primary rotation only.
  - id: 01HXYZSCHEDULEPAYMENTS0000
    name: Payments
    timezone: UTC
    team_ids: [01HXYZTEAMPAYMENTS00000000]
    rotations:
      # Daily handover at 09:00 UTC: alice, bob, alice, ...
      - id: 01HXYZROTATIONPAYPRIMARY00
        name: Payments primary
        users: [alice@example.com, bob@example.com]
        handover_start_at: 2026-01-05T09:00:00Z
        handovers: [{ interval: 1, interval_type: daily }]
        layers: [{ id: 01HXYZLAYERPAYPRIMARY00000, name: Primary }]
      # Weekly on Mondays at 09:00 UTC, two layers: carol and dave, then octocat and carol, then dave and octocat, ...
      - id: 01HXYZROTATIONPAYTEAM00000
        name: Payments team
        users: [carol@example.com, dave@example.com, octo.cat@example.com]
        handover_start_at: 2026-01-05T09:00:00Z
        handovers: [{ interval: 1, interval_type: weekly }]
        layers:
          - { id: 01HXYZLAYERPAYTEAMFIRST000, name: First responder }
          - { id: 01HXYZLAYERPAYTEAMBACKUP00, name: Backup }

# None at start: the first \`oncall-gate apply\` creates the escalation custom field.
customFields: []

severities:
  - { id: 01HXYZSEVERITYMINOR0000000, name: Minor, description: Issues with **low impact**., rank: 1 }
  - { id: 01HXYZSEVERITYMAJOR0000000, name: Major, description: Issues causing **significant impact**., rank: 2 }
  - { id: 01HXYZSEVERITYCRITICAL0000, name: Critical, description: Issues causing **very high impact** to customers., rank: 3 }

incidentTypes:
  - { id: 01HXYZINCIDENTTYPEDEFAULT0, name: Default, description: The default incident type., is_default: true, private_incidents_only: false, create_in_triage: optional }

incidentStatuses:
  - { id: 01HXYZSTATUSTRIAGE00000000, name: Triage, description: Incidents being assessed., rank: 0, category: triage }
  - { id: 01HXYZSTATUSINVESTIGATING0, name: Investigating, description: We are looking into it., rank: 1, category: live }
  - { id: 01HXYZSTATUSCLOSED00000000, name: Closed, description: Impact is **fully mitigated**., rank: 3, category: closed }

entriesPageSize: 50
rateLimit: { capacity: 1200, refillPerSecond: 20 }
`;

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/incidentio-emulator/src/schedule-model.ts
// The emulator's on-call model: turns schedules written the way teams think of them (rotations
// with handovers, plus overrides) into the three lists GET /v2/schedule_entries returns
// (docs/incidentio.md, "Schedules and who is on call"): `scheduled` (rotation output before
// overrides), `overrides`, and `final`
// (overrides replacing the scheduled person for their span, splitting shifts). Pure: no clock,
// no I/O; any window, past or future, gives the same answer for the same input.
//
// Model decisions (incident.io does not document them):
// - A rotation's shifts repeat forever in both directions from `handover_start_at`, unless
//   `effective_from` is given; several versions of one rotation id (different `effective_from`)
//   each apply until the next version starts (ScheduleV2's rotations list such versions).
// - Shift k lasts handovers[k mod n] and goes to users[k mod users.length]. Hourly handovers are
//   absolute durations; daily and weekly ones keep the wall-clock time in the schedule's time zone
//   across daylight-saving changes (a 09:00 Europe/London handover stays at 09:00 local).
// - A rotation's layers are how many people are on call at once. Shift k of a rotation with L
//   layers gives layer j the user users[(k * L + j) mod users.length]: each shift takes the next L
//   people in order. A rotation without layers has one, whose ID is derived from the rotation's.
// - An override belongs to one rotation and one of its layers (ScheduleOverrideV2 requires
//   `rotation_id` and `layer_id`); without them it applies to the schedule's first rotation and
//   that rotation's first layer. Later overrides in the list win where they overlap on a layer.
// - A null user (rotation slot or override) yields an entry without `user`: on call is "nobody".
// - Entries are returned whole when they overlap the window, never clipped.

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Guard against a window that would enumerate an absurd number of shifts (e.g. hourly over decades). */
const MAX_SHIFTS_PER_ROTATION = 100_000;
/** The ID of the one layer of a rotation that declares none. */
function defaultLayerId(rotationId) {
    return stableId('layer', rotationId);
}
/** A rotation's layer IDs, in order. */
function layerIds(rotation) {
    return rotation.layers && rotation.layers.length > 0 ? rotation.layers : [defaultLayerId(rotation.id)];
}
/** Whether [start, end) overlaps the window; a zero-length window is the instant `windowStart`. */
function overlapsWindow(start, end, windowStart, windowEnd) {
    if (windowEnd <= windowStart)
        return start <= windowStart && windowStart < end;
    return start < windowEnd && end > windowStart;
}
/** The entries whose half-open span [start_at, end_at) contains `at` (how oncall-gate reads "on call at"). */
function entriesAt(entries, at) {
    const t = at.getTime();
    return entries.filter((e) => e.start_at.getTime() <= t && t < e.end_at.getTime());
}
/** A 26-character Crockford base32 digest, shaped like incident.io's ULID-looking IDs. */
function stableId(...parts) {
    const digest = (0,external_node_crypto_.createHash)('sha256').update(parts.join('\u0000')).digest();
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    let out = '';
    let bits = 0;
    let value = 0;
    for (const byte of digest) {
        value = (value << 8) | byte;
        bits += 8;
        while (bits >= 5 && out.length < 26) {
            out += alphabet[(value >>> (bits - 5)) & 31];
            bits -= 5;
        }
        value &= (1 << bits) - 1;
        if (out.length >= 26)
            break;
    }
    return out;
}
// ---- wall-clock arithmetic in a time zone (daily/weekly handovers) ----
const formatterCache = new Map();
function isUtcZone(timeZone) {
    return timeZone === 'UTC' || timeZone === 'Etc/UTC' || timeZone === 'Z';
}
/** The local wall-clock time of `utcMs` in `timeZone`, expressed as if it were UTC milliseconds. */
function wallClockAsUtc(utcMs, timeZone) {
    let fmt = formatterCache.get(timeZone);
    if (!fmt) {
        fmt = new Intl.DateTimeFormat('en-US', {
            timeZone,
            hourCycle: 'h23',
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
            hour: '2-digit',
            minute: '2-digit',
            second: '2-digit',
        });
        formatterCache.set(timeZone, fmt);
    }
    const all = fmt.formatToParts(new Date(utcMs));
    const part = (type) => Number(all.find((p) => p.type === type)?.value);
    const ms = ((utcMs % 1000) + 1000) % 1000;
    return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'), ms);
}
/** The UTC instant at which the wall clock in `timeZone` shows `wallMs` (first match in a DST gap). */
function utcFromWallClock(wallMs, timeZone) {
    let guess = wallMs - (wallClockAsUtc(wallMs, timeZone) - wallMs);
    guess = wallMs - (wallClockAsUtc(guess, timeZone) - guess);
    return guess;
}
/** `instant` moved by whole calendar days, keeping its wall-clock time in `timeZone`. */
function addCalendarDays(instantMs, days, timeZone) {
    if (days === 0)
        return instantMs;
    if (isUtcZone(timeZone))
        return instantMs + days * DAY_MS;
    const wall = wallClockAsUtc(instantMs, timeZone);
    return utcFromWallClock(wall + days * DAY_MS, timeZone);
}
/** Whether `timeZone` is an IANA zone name this runtime knows. */
function isKnownTimeZone(timeZone) {
    try {
        new Intl.DateTimeFormat('en-US', { timeZone });
        return true;
    }
    catch {
        return false;
    }
}
function cycleOf(rotation, timeZone) {
    const steps = rotation.handovers.map((h) => {
        if (h.interval_type === 'hourly')
            return { days: 0, hours: h.interval };
        return { days: h.interval_type === 'weekly' ? 7 * h.interval : h.interval, hours: 0 };
    });
    const cycleDays = steps.reduce((n, s) => n + s.days, 0);
    const cycleHours = steps.reduce((n, s) => n + s.hours, 0);
    return {
        anchor: rotation.handover_start_at.getTime(),
        timeZone,
        steps,
        cycleDays,
        cycleHours,
        nominalCycleMs: cycleDays * DAY_MS + cycleHours * HOUR_MS,
    };
}
/**
 * Start of shift k (k may be negative). A closed form, so every window agrees on the boundaries:
 * the calendar-day part moves in wall-clock time, the hourly part in absolute time.
 */
function boundary(c, k) {
    const n = c.steps.length;
    const q = Math.floor(k / n);
    const r = k - q * n;
    let days = q * c.cycleDays;
    let hours = q * c.cycleHours;
    for (const step of c.steps.slice(0, r)) {
        days += step.days;
        hours += step.hours;
    }
    return addCalendarDays(c.anchor, days, c.timeZone) + hours * HOUR_MS;
}
/** The index of the shift containing `t`. */
function shiftIndexAt(c, t) {
    const n = c.steps.length;
    let k = Math.floor((t - c.anchor) / c.nominalCycleMs) * n;
    while (boundary(c, k) > t)
        k--;
    while (boundary(c, k + 1) <= t)
        k++;
    return k;
}
function modulo(a, n) {
    return ((a % n) + n) % n;
}
/** Versions of each rotation id, each active from its effective_from until the next version's. */
function rotationVersions(rotations) {
    const byId = new Map();
    for (const r of rotations) {
        const list = byId.get(r.id) ?? [];
        list.push(r);
        byId.set(r.id, list);
    }
    const out = [];
    for (const list of byId.values()) {
        const sorted = [...list].sort((a, b) => (a.effective_from?.getTime() ?? -Infinity) - (b.effective_from?.getTime() ?? -Infinity));
        sorted.forEach((rotation, i) => {
            out.push({
                rotation,
                from: rotation.effective_from?.getTime() ?? -Infinity,
                until: sorted[i + 1]?.effective_from?.getTime() ?? Infinity,
                version: i,
            });
        });
    }
    return out;
}
function tooManyShifts(rotationId) {
    return new RangeError(`the window covers more than ${MAX_SHIFTS_PER_ROTATION} shifts of rotation ${rotationId}; ask for a shorter window`);
}
/** Scheduled shifts of every rotation overlapping [ws, we), whole (not clipped to the window). */
function scheduledShifts(schedule, ws, we) {
    const out = [];
    for (const { rotation, from, until, version } of rotationVersions(schedule.rotations)) {
        if (rotation.users.length === 0 || rotation.handovers.length === 0)
            continue;
        const instant = we <= ws;
        const lo = Math.max(ws, from);
        const hi = Math.min(we, until);
        if (instant ? !(from <= ws && ws < until) : lo >= hi)
            continue;
        const c = cycleOf(rotation, schedule.timezone);
        const layers = layerIds(rotation);
        if (!instant && ((hi - lo) / c.nominalCycleMs) * c.steps.length > MAX_SHIFTS_PER_ROTATION)
            throw tooManyShifts(rotation.id);
        let k = shiftIndexAt(c, lo);
        let count = 0;
        for (;;) {
            const start = boundary(c, k);
            if (instant ? start > ws : start >= hi)
                break;
            const end = boundary(c, k + 1);
            // A version change cuts the shift that spans it (the new rules start at effective_from).
            const s = Math.max(start, from);
            const e = Math.min(end, until);
            if (s < e && overlapsWindow(s, e, ws, we)) {
                layers.forEach((layerId, j) => {
                    const user = rotation.users[modulo(k * layers.length + j, rotation.users.length)] ?? null;
                    const id = ['scheduled', schedule.id, rotation.id, version, k, user ?? '-'];
                    out.push({
                        rotation_id: rotation.id,
                        layer_id: layerId,
                        user,
                        start_at: new Date(s),
                        end_at: new Date(e),
                        // A single layer keeps the fingerprint it had before layers were modelled.
                        fingerprint: layers.length === 1 ? stableId(...id) : stableId(...id, layerId),
                    });
                });
            }
            k++;
            if (++count > MAX_SHIFTS_PER_ROTATION)
                throw tooManyShifts(rotation.id);
        }
    }
    return out;
}
/** [start, end) minus every span in `cuts`, as ordered pieces. */
function subtract(start, end, cuts) {
    let pieces = [{ start, end }];
    for (const cut of cuts) {
        const next = [];
        for (const p of pieces) {
            if (cut.end <= p.start || cut.start >= p.end) {
                next.push(p);
                continue;
            }
            if (cut.start > p.start)
                next.push({ start: p.start, end: cut.start });
            if (cut.end < p.end)
                next.push({ start: cut.end, end: p.end });
        }
        pieces = next;
    }
    return pieces;
}
function byStart(a, b) {
    return a.start_at.getTime() - b.start_at.getTime() || a.end_at.getTime() - b.end_at.getTime();
}
/** The rotation an override applies to: its own, else the schedule's first rotation. */
function overrideRotationId(schedule, override) {
    return override.rotation_id ?? schedule.rotations[0]?.id ?? '';
}
/** The layer an override applies to: its own, else the first layer of its rotation. */
function overrideLayerId(schedule, override) {
    if (override.layer_id !== undefined)
        return override.layer_id;
    const rotationId = overrideRotationId(schedule, override);
    const rotation = schedule.rotations.find((r) => r.id === rotationId);
    return rotation ? (layerIds(rotation)[0] ?? '') : defaultLayerId(rotationId);
}
/**
 * `scheduled`, `overrides` and `final` entries of `schedule` that overlap [windowStart, windowEnd)
 * (a zero-length window asks about one instant), each list sorted by start.
 */
function computeScheduleEntries(schedule, windowStart, windowEnd) {
    const ws = windowStart.getTime();
    const we = windowEnd.getTime();
    const overrideEntries = schedule.overrides.map((o) => ({
        rotation_id: overrideRotationId(schedule, o),
        layer_id: overrideLayerId(schedule, o),
        user: o.user,
        start_at: o.start_at,
        end_at: o.end_at,
        fingerprint: stableId('override', schedule.id, o.id),
        entry_id: o.id,
    }));
    const spans = overrideEntries.map((o) => ({
        rotation: o.rotation_id,
        layer: o.layer_id,
        start: o.start_at.getTime(),
        end: o.end_at.getTime(),
    }));
    // Every final piece of a scheduled shift that overlaps the window comes from a shift that does.
    const scheduled = scheduledShifts(schedule, ws, we);
    const final = [];
    for (const shift of scheduled) {
        const cuts = spans.filter((s) => s.rotation === shift.rotation_id && s.layer === shift.layer_id);
        const pieces = subtract(shift.start_at.getTime(), shift.end_at.getTime(), cuts);
        for (const p of pieces) {
            if (!overlapsWindow(p.start, p.end, ws, we))
                continue;
            const whole = p.start === shift.start_at.getTime() && p.end === shift.end_at.getTime();
            final.push({
                ...shift,
                start_at: new Date(p.start),
                end_at: new Date(p.end),
                fingerprint: whole ? shift.fingerprint : stableId(shift.fingerprint, p.start, p.end),
            });
        }
    }
    overrideEntries.forEach((o, i) => {
        // A later override on the same rotation and layer takes precedence where the two overlap.
        const cuts = spans.slice(i + 1).filter((s) => s.rotation === o.rotation_id && s.layer === o.layer_id);
        const start = o.start_at.getTime();
        const end = o.end_at.getTime();
        for (const p of subtract(start, end, cuts)) {
            if (!overlapsWindow(p.start, p.end, ws, we))
                continue;
            const whole = p.start === start && p.end === end;
            final.push({
                ...o,
                start_at: new Date(p.start),
                end_at: new Date(p.end),
                fingerprint: whole ? o.fingerprint : stableId(o.fingerprint, p.start, p.end),
            });
        }
    });
    return {
        scheduled: scheduled.sort(byStart),
        overrides: overrideEntries.filter((o) => overlapsWindow(o.start_at.getTime(), o.end_at.getTime(), ws, we)).sort(byStart),
        final: final.sort(byStart),
    };
}

;// CONCATENATED MODULE: ./packages/incidentio-emulator/src/fixture.ts
// What an emulated incident.io organisation holds: API keys with roles, users, schedules (as
// rotations + overrides, see schedule-model.ts), custom fields and the incident lookups, plus the
// emulator knobs for behaviour incident.io does not document (docs/incidentio.md, "The emulator").
// Fixtures are written in YAML (entity fields use the API's snake_case names; emulator settings are
// camelCase) or built in code. `resolveFixture` checks one and reports every problem at once, with
// its path (and its line when it came from YAML).



const IDEMPOTENCY_REUSE = ['replay', 'new-incident', 'error'];
const DEFAULT_RATE_LIMIT = { capacity: 1200, refillPerSecond: 20 };
const DEFAULT_ENTRIES_PAGE_SIZE = 50;
const DEFAULT_SEVERITIES = [
    { id: '01HXYZSEVERITYMINOR0000000', name: 'Minor', description: 'Issues with **low impact**.', rank: 1 },
    { id: '01HXYZSEVERITYMAJOR0000000', name: 'Major', description: 'Issues causing **significant impact**.', rank: 2 },
    { id: '01HXYZSEVERITYCRITICAL0000', name: 'Critical', description: 'Issues causing **very high impact** to customers.', rank: 3 },
];
const DEFAULT_INCIDENT_TYPES = [
    { id: '01HXYZINCIDENTTYPEDEFAULT0', name: 'Default', description: 'The default incident type.', is_default: true },
];
const DEFAULT_INCIDENT_STATUSES = [
    { id: '01HXYZSTATUSTRIAGE00000000', name: 'Triage', description: 'Incidents being assessed.', rank: 0, category: 'triage' },
    { id: '01HXYZSTATUSINVESTIGATING0', name: 'Investigating', description: 'We are looking into it.', rank: 1, category: 'live' },
    { id: '01HXYZSTATUSCLOSED00000000', name: 'Closed', description: 'Impact is **fully mitigated**.', rank: 3, category: 'closed' },
];
const DEFAULT_INCIDENT_ROLES = [
    {
        id: '01HXYZROLELEAD000000000000',
        name: 'Incident Lead',
        shortform: 'lead',
        description: 'The person currently coordinating the incident',
        instructions: 'Take point on the incident; make sure people are clear on responsibilities',
        role_type: 'lead',
    },
];
class FixtureError extends Error {
    problems;
    constructor(problems, source = 'emulator fixture') {
        const lines = problems.map((p) => `  - ${p.line ? `line ${p.line}: ` : ''}${formatPath(p.path)}: ${p.message}`);
        super(`${source} is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}`);
        this.name = 'FixtureError';
        this.problems = problems;
    }
}
function formatPath(path) {
    if (path.length === 0)
        return '(top level)';
    return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
const INTERVAL_TYPES = ['hourly', 'daily', 'weekly'];
const FIELD_TYPES = ['single_select', 'multi_select', 'text', 'link', 'numeric'];
const STATUS_CATEGORIES = [
    'triage',
    'declined',
    'merged',
    'canceled',
    'live',
    'learning',
    'closed',
    'paused',
];
const USER_ROLES = ['viewer', 'responder', 'administrator', 'owner'];
class Checker {
    problems = [];
    add(path, message) {
        this.problems.push({ path, message });
    }
    object(value, path, allowed) {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
            this.add(path, `must be a mapping (got ${describe(value)})`);
            return undefined;
        }
        for (const key of Object.keys(value)) {
            if (!allowed.includes(key))
                this.add([...path, key], `unknown key; allowed keys: ${allowed.join(', ')}`);
        }
        return value;
    }
    list(value, path, required = false) {
        if (value === undefined && !required)
            return [];
        if (!Array.isArray(value)) {
            this.add(path, `must be a list (got ${describe(value)})`);
            return [];
        }
        return value;
    }
    string(obj, key, path, opts = {}) {
        const v = obj[key];
        if (v === undefined || v === null) {
            if (opts.required !== false)
                this.add([...path, key], 'is required');
            return undefined;
        }
        if (typeof v !== 'string' || v.trim() === '') {
            this.add([...path, key], `must be a non-empty string (got ${describe(v)})`);
            return undefined;
        }
        if (opts.maxLength !== undefined && v.length > opts.maxLength) {
            this.add([...path, key], `must be at most ${opts.maxLength} characters (got ${v.length})`);
        }
        return v;
    }
    optionalString(obj, key, path) {
        return this.string(obj, key, path, { required: false });
    }
    text(obj, key, path) {
        const v = obj[key];
        if (v === undefined)
            return undefined;
        if (typeof v !== 'string') {
            this.add([...path, key], `must be a string (got ${describe(v)})`);
            return undefined;
        }
        return v;
    }
    boolean(obj, key, path) {
        const v = obj[key];
        if (v === undefined)
            return undefined;
        if (typeof v !== 'boolean') {
            this.add([...path, key], `must be true or false (got ${describe(v)})`);
            return undefined;
        }
        return v;
    }
    integer(obj, key, path, opts = {}) {
        const v = obj[key];
        if (v === undefined) {
            if (opts.required)
                this.add([...path, key], 'is required');
            return undefined;
        }
        if (typeof v !== 'number' || !Number.isInteger(v) || (opts.min !== undefined && v < opts.min)) {
            this.add([...path, key], `must be an integer${opts.min !== undefined ? ` >= ${opts.min}` : ''} (got ${describe(v)})`);
            return undefined;
        }
        return v;
    }
    number(obj, key, path) {
        const v = obj[key];
        if (v === undefined) {
            this.add([...path, key], 'is required');
            return undefined;
        }
        if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
            this.add([...path, key], `must be a positive number (got ${describe(v)})`);
            return undefined;
        }
        return v;
    }
    oneOf(obj, key, path, allowed, required = true) {
        const v = obj[key];
        if (v === undefined) {
            if (required)
                this.add([...path, key], `is required (one of ${allowed.join(', ')})`);
            return undefined;
        }
        if (typeof v !== 'string' || !allowed.includes(v)) {
            this.add([...path, key], `must be one of ${allowed.join(', ')} (got ${describe(v)})`);
            return undefined;
        }
        return v;
    }
    timestamp(obj, key, path, required = true) {
        const v = obj[key];
        if (v === undefined) {
            if (required)
                this.add([...path, key], 'is required (an RFC 3339 timestamp such as 2026-01-05T09:00:00Z)');
            return undefined;
        }
        const at = typeof v === 'string' ? parseRfc3339(v) : undefined;
        if (!at)
            this.add([...path, key], `must be an RFC 3339 timestamp such as 2026-01-05T09:00:00Z (got ${describe(v)})`);
        return at;
    }
    stringList(obj, key, path) {
        const out = [];
        this.list(obj[key], [...path, key]).forEach((v, i) => {
            if (typeof v === 'string' && v !== '')
                out.push(v);
            else
                this.add([...path, key, i], `must be a non-empty string (got ${describe(v)})`);
        });
        return out;
    }
    unique(items, what, fold = false) {
        const seen = new Map();
        for (const { value, path } of items) {
            if (typeof value !== 'string')
                continue;
            const k = fold ? value.toLowerCase() : value;
            const first = seen.get(k);
            if (first)
                this.add(path, `duplicate ${what} "${value}" (first used at ${formatPath(first)})`);
            else
                seen.set(k, path);
        }
    }
}
function describe(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'a mapping';
    if (typeof v === 'string')
        return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}...` : v);
    return String(v);
}
function slugify(s) {
    return (s
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'org');
}
/** Derives an ID for a key without one (stable, so creator.api_key.id is too). */
function keyIdFor(name, index) {
    return `01HXYZAPIKEY${String(index).padStart(4, '0')}${slugify(name).replace(/-/g, '').toUpperCase()}`.padEnd(26, '0').slice(0, 26);
}
/**
 * Checks a fixture and fills in defaults. Throws FixtureError listing every problem (paths, no
 * lines; `parseFixtureYaml` adds lines).
 */
function resolveFixture(input, source) {
    const c = new Checker();
    const resolved = check(c, input);
    if (c.problems.length > 0 || !resolved)
        throw new FixtureError(c.problems, source);
    return resolved;
}
const TOP_KEYS = [
    'organisation',
    'keys',
    'users',
    'schedules',
    'customFields',
    'severities',
    'incidentTypes',
    'incidentStatuses',
    'incidentRoles',
    'entriesPageSize',
    'alwaysReturnAfter',
    'userEmailMatch',
    'severityRequired',
    'firstIncidentNumber',
    'idempotencyReuse',
    'rateLimit',
    'overrideEntryIds',
];
function check(c, input) {
    const top = c.object(input, [], TOP_KEYS);
    if (!top)
        return undefined;
    let organisation = { name: 'Emulated organisation', slug: 'emulated-org' };
    if (top.organisation !== undefined) {
        const o = c.object(top.organisation, ['organisation'], ['name', 'slug']);
        if (o) {
            const name = c.optionalString(o, 'name', ['organisation']) ?? organisation.name;
            const slug = c.optionalString(o, 'slug', ['organisation']);
            if (slug !== undefined && !/^[a-z0-9-]+$/.test(slug))
                c.add(['organisation', 'slug'], 'must use only a-z, 0-9 and -');
            organisation = { name, slug: slug ?? slugify(name) };
        }
    }
    // keys
    const keys = [];
    const keyList = c.list(top.keys, ['keys'], true);
    if (Array.isArray(top.keys) && keyList.length === 0)
        c.add(['keys'], 'must list at least one API key');
    keyList.forEach((raw, i) => {
        const p = ['keys', i];
        const k = c.object(raw, p, ['key', 'id', 'name', 'roles', 'team_roles', 'teams']);
        if (!k)
            return;
        const key = c.string(k, 'key', p);
        if (key !== undefined && /\s/.test(key))
            c.add([...p, 'key'], 'must not contain whitespace (it is sent as "Authorization: Bearer <key>")');
        const name = c.string(k, 'name', p);
        const id = c.optionalString(k, 'id', p);
        if (k.roles === undefined)
            c.add([...p, 'roles'], 'is required (e.g. [viewer]); a key without roles can only call GET /v1/identity');
        const roles = c.stringList(k, 'roles', p);
        const teamRoles = c.stringList(k, 'team_roles', p);
        const teams = [];
        c.list(k.teams, [...p, 'teams']).forEach((t, j) => {
            const to = c.object(t, [...p, 'teams', j], ['id', 'name']);
            if (!to)
                return;
            const tid = c.string(to, 'id', [...p, 'teams', j]);
            const tname = c.string(to, 'name', [...p, 'teams', j]);
            if (tid && tname)
                teams.push({ id: tid, name: tname });
        });
        if (key && name)
            keys.push({ key, id: id ?? keyIdFor(name, i), name, roles, team_roles: teamRoles, teams });
    });
    c.unique(keyList.map((k, i) => ({ value: k?.key, path: ['keys', i, 'key'] })), 'API key');
    // users
    const users = [];
    const userList = c.list(top.users, ['users']);
    userList.forEach((raw, i) => {
        const p = ['users', i];
        const u = c.object(raw, p, ['id', 'name', 'email', 'is_active', 'slack_user_id', 'role']);
        if (!u)
            return;
        const id = c.string(u, 'id', p);
        const name = c.string(u, 'name', p);
        const email = c.optionalString(u, 'email', p);
        if (email !== undefined && !/^[^@\s]+@[^@\s]+$/.test(email))
            c.add([...p, 'email'], `must be an email address (got ${describe(email)})`);
        const isActive = c.boolean(u, 'is_active', p) ?? true;
        const slack = c.optionalString(u, 'slack_user_id', p);
        const role = c.oneOf(u, 'role', p, USER_ROLES, false) ?? 'responder';
        if (id && name)
            users.push({ id, name, is_active: isActive, role, ...(email ? { email } : {}), ...(slack ? { slack_user_id: slack } : {}) });
    });
    c.unique(userList.map((u, i) => ({ value: u?.id, path: ['users', i, 'id'] })), 'user id');
    /** A rotation/override user reference: a user ID, or an email (the active user when several share it). */
    const resolveUser = (ref, path) => {
        if (ref === null)
            return null;
        if (typeof ref !== 'string' || ref === '') {
            c.add(path, `must be a user ID, an email, or null for "nobody" (got ${describe(ref)})`);
            return undefined;
        }
        const byId = users.find((u) => u.id === ref);
        if (byId)
            return byId.id;
        const byEmail = users.filter((u) => u.email?.toLowerCase() === ref.toLowerCase());
        const active = byEmail.filter((u) => u.is_active);
        const pick = byEmail.length === 1 ? byEmail : active;
        const [only, ...others] = pick;
        if (only && others.length === 0)
            return only.id;
        if (byEmail.length > 1) {
            c.add(path, `"${ref}" matches ${byEmail.length} users (${byEmail.map((u) => u.id).join(', ')}); use a user ID`);
            return undefined;
        }
        c.add(path, `"${ref}" is not the id or email of any user under users:`);
        return undefined;
    };
    // schedules
    const schedules = [];
    const scheduleList = c.list(top.schedules, ['schedules']);
    scheduleList.forEach((raw, i) => {
        const p = ['schedules', i];
        const s = c.object(raw, p, ['id', 'name', 'timezone', 'team_ids', 'annotations', 'rotations', 'overrides']);
        if (!s)
            return;
        const id = c.string(s, 'id', p);
        const name = c.string(s, 'name', p);
        const timezone = c.optionalString(s, 'timezone', p) ?? 'UTC';
        if (!isKnownTimeZone(timezone))
            c.add([...p, 'timezone'], `"${timezone}" is not an IANA time zone name (e.g. Europe/London, UTC)`);
        const teamIds = c.stringList(s, 'team_ids', p);
        const annotations = {};
        if (s.annotations !== undefined) {
            const a = c.object(s.annotations, [...p, 'annotations'], Object.keys(s.annotations ?? {}));
            for (const [k, v] of Object.entries(a ?? {})) {
                if (typeof v === 'string')
                    annotations[k] = v;
                else
                    c.add([...p, 'annotations', k], `must be a string (got ${describe(v)})`);
            }
        }
        const rotations = [];
        const rotList = c.list(s.rotations, [...p, 'rotations']);
        rotList.forEach((rr, j) => {
            const rp = [...p, 'rotations', j];
            const r = c.object(rr, rp, ['id', 'name', 'users', 'handover_start_at', 'handovers', 'effective_from', 'layers']);
            if (!r)
                return;
            const rid = c.string(r, 'id', rp);
            const rname = c.string(r, 'name', rp);
            const rUsers = [];
            let usersOk = true;
            c.list(r.users, [...rp, 'users'], true).forEach((ref, k) => {
                const resolvedRef = resolveUser(ref, [...rp, 'users', k]);
                if (resolvedRef === undefined)
                    usersOk = false;
                else
                    rUsers.push(resolvedRef);
            });
            const start = c.timestamp(r, 'handover_start_at', rp);
            const effective = c.timestamp(r, 'effective_from', rp, false);
            const handovers = [];
            const hList = c.list(r.handovers, [...rp, 'handovers'], true);
            if (Array.isArray(r.handovers) && hList.length === 0)
                c.add([...rp, 'handovers'], 'must list at least one handover, e.g. [{ interval: 1, interval_type: weekly }]');
            hList.forEach((hr, k) => {
                const hp = [...rp, 'handovers', k];
                const h = c.object(hr, hp, ['interval', 'interval_type']);
                if (!h)
                    return;
                const interval = c.integer(h, 'interval', hp, { required: true, min: 1 });
                const type = c.oneOf(h, 'interval_type', hp, INTERVAL_TYPES);
                if (interval !== undefined && type)
                    handovers.push({ interval, interval_type: type });
            });
            const layers = [];
            const lList = c.list(r.layers, [...rp, 'layers']);
            if (Array.isArray(r.layers) && lList.length === 0)
                c.add([...rp, 'layers'], 'must list at least one layer, or be left out (one layer)');
            lList.forEach((lr, k) => {
                const lp = [...rp, 'layers', k];
                const l = c.object(lr, lp, ['id', 'name']);
                if (!l)
                    return;
                const lid = c.string(l, 'id', lp);
                const lname = c.string(l, 'name', lp);
                if (lid && lname)
                    layers.push({ id: lid, name: lname });
            });
            c.unique(lList.map((l, k) => ({ value: l?.id, path: [...rp, 'layers', k, 'id'] })), 'layer id');
            if (rid && rname && start && usersOk && handovers.length === hList.length && layers.length === lList.length) {
                const resolvedLayers = layers.length > 0 ? layers : [{ id: defaultLayerId(rid), name: 'Layer 1' }];
                rotations.push({
                    id: rid,
                    name: rname,
                    users: rUsers,
                    handover_start_at: start,
                    handovers,
                    ...(effective ? { effective_from: effective } : {}),
                    layers: resolvedLayers.map((l) => l.id),
                    layerNames: Object.fromEntries(resolvedLayers.map((l) => [l.id, l.name])),
                });
            }
        });
        // Several versions of one rotation are told apart by effective_from, so those must differ.
        c.unique(rotList.map((rr, j) => {
            const r = rr;
            return {
                value: r?.id === undefined ? undefined : `${String(r.id)} effective_from ${String(r.effective_from ?? '(none)')}`,
                path: [...p, 'rotations', j],
            };
        }), 'rotation version');
        const overrides = [];
        c.list(s.overrides, [...p, 'overrides']).forEach((or, j) => {
            const op = [...p, 'overrides', j];
            const o = c.object(or, op, ['id', 'user', 'start_at', 'end_at', 'rotation_id', 'layer_id']);
            if (!o)
                return;
            const oid = c.string(o, 'id', op);
            if (!('user' in o))
                c.add([...op, 'user'], 'is required (a user ID, an email, or null for "nobody")');
            const user = 'user' in o ? resolveUser(o.user, [...op, 'user']) : undefined;
            const startAt = c.timestamp(o, 'start_at', op);
            const endAt = c.timestamp(o, 'end_at', op);
            if (startAt && endAt && endAt <= startAt)
                c.add([...op, 'end_at'], 'must be after start_at');
            const rotationId = c.optionalString(o, 'rotation_id', op);
            if (rotationId !== undefined && !rotList.some((rr) => rr?.id === rotationId)) {
                c.add([...op, 'rotation_id'], `"${rotationId}" is not a rotation of this schedule`);
            }
            if (rotationId === undefined && rotList.length === 0)
                c.add(op, 'an override needs a rotation to apply to; this schedule has none');
            const layerId = c.optionalString(o, 'layer_id', op);
            if (layerId !== undefined) {
                // Any version of the override's rotation may hold the layer.
                const owner = rotationId ?? rotList[0]?.id;
                const held = rotations.some((r) => r.id === owner && r.layers.includes(layerId));
                if (!held)
                    c.add([...op, 'layer_id'], `"${layerId}" is not a layer of the override's rotation ${String(owner ?? '(none)')}`);
            }
            if (oid && user !== undefined && startAt && endAt) {
                overrides.push({
                    id: oid,
                    user,
                    start_at: startAt,
                    end_at: endAt,
                    ...(rotationId ? { rotation_id: rotationId } : {}),
                    ...(layerId ? { layer_id: layerId } : {}),
                });
            }
        });
        if (id && name)
            schedules.push({ id, name, timezone, team_ids: teamIds, annotations, rotations, overrides });
    });
    c.unique(scheduleList.map((s, i) => ({ value: s?.id, path: ['schedules', i, 'id'] })), 'schedule id');
    // custom fields
    const customFields = [];
    const cfList = c.list(top.customFields, ['customFields']);
    cfList.forEach((raw, i) => {
        const p = ['customFields', i];
        const f = c.object(raw, p, ['id', 'name', 'description', 'field_type']);
        if (!f)
            return;
        const id = c.string(f, 'id', p);
        const name = c.string(f, 'name', p, { maxLength: 50 });
        const description = c.text(f, 'description', p) ?? '';
        const type = c.oneOf(f, 'field_type', p, FIELD_TYPES);
        if (id && name && type)
            customFields.push({ id, name, description, field_type: type });
    });
    c.unique(cfList.map((f, i) => ({ value: f?.name, path: ['customFields', i, 'name'] })), 'custom field name');
    const severities = top.severities === undefined ? DEFAULT_SEVERITIES : [];
    c.list(top.severities, ['severities']).forEach((raw, i) => {
        const p = ['severities', i];
        const o = c.object(raw, p, ['id', 'name', 'description', 'rank']);
        if (!o)
            return;
        const id = c.string(o, 'id', p);
        const name = c.string(o, 'name', p, { maxLength: 50 });
        const rank = c.integer(o, 'rank', p, { required: true, min: 0 });
        if (id && name && rank !== undefined)
            severities.push({ id, name, rank, description: c.text(o, 'description', p) ?? '' });
    });
    const incidentTypes = top.incidentTypes === undefined ? DEFAULT_INCIDENT_TYPES : [];
    c.list(top.incidentTypes, ['incidentTypes']).forEach((raw, i) => {
        const p = ['incidentTypes', i];
        const o = c.object(raw, p, ['id', 'name', 'description', 'is_default', 'private_incidents_only', 'create_in_triage']);
        if (!o)
            return;
        const id = c.string(o, 'id', p);
        const name = c.string(o, 'name', p);
        const t = { id: id ?? '', name: name ?? '', description: c.text(o, 'description', p) ?? '' };
        const isDefault = c.boolean(o, 'is_default', p);
        const privateOnly = c.boolean(o, 'private_incidents_only', p);
        const triage = c.oneOf(o, 'create_in_triage', p, ['always', 'optional'], false);
        if (isDefault !== undefined)
            t.is_default = isDefault;
        if (privateOnly !== undefined)
            t.private_incidents_only = privateOnly;
        if (triage)
            t.create_in_triage = triage;
        if (id && name)
            incidentTypes.push(t);
    });
    const incidentStatuses = top.incidentStatuses === undefined ? DEFAULT_INCIDENT_STATUSES : [];
    c.list(top.incidentStatuses, ['incidentStatuses']).forEach((raw, i) => {
        const p = ['incidentStatuses', i];
        const o = c.object(raw, p, ['id', 'name', 'description', 'rank', 'category']);
        if (!o)
            return;
        const id = c.string(o, 'id', p);
        const name = c.string(o, 'name', p);
        const rank = c.integer(o, 'rank', p, { required: true, min: 0 });
        const category = c.oneOf(o, 'category', p, STATUS_CATEGORIES);
        if (id && name && rank !== undefined && category)
            incidentStatuses.push({ id, name, rank, category, description: c.text(o, 'description', p) ?? '' });
    });
    if (incidentStatuses.length > 0 && !incidentStatuses.some((s) => s.category === 'live' || s.category === 'triage')) {
        c.add(['incidentStatuses'], 'needs a status with category live or triage, for new incidents to start in');
    }
    const incidentRoles = top.incidentRoles === undefined ? DEFAULT_INCIDENT_ROLES : [];
    c.list(top.incidentRoles, ['incidentRoles']).forEach((raw, i) => {
        const p = ['incidentRoles', i];
        const o = c.object(raw, p, ['id', 'name', 'shortform', 'description', 'instructions', 'role_type']);
        if (!o)
            return;
        const id = c.string(o, 'id', p);
        const name = c.string(o, 'name', p);
        const shortform = c.string(o, 'shortform', p);
        const description = c.string(o, 'description', p);
        const roleType = c.oneOf(o, 'role_type', p, ['lead', 'reporter', 'custom']);
        if (id && name && shortform && description && roleType) {
            incidentRoles.push({ id, name, shortform, description, role_type: roleType, instructions: c.text(o, 'instructions', p) ?? '' });
        }
    });
    for (const [key, list] of [
        ['severities', severities],
        ['incidentTypes', incidentTypes],
        ['incidentStatuses', incidentStatuses],
        ['incidentRoles', incidentRoles],
    ]) {
        c.unique(list.map((x, i) => ({ value: x.id, path: [key, i, 'id'] })), `${key} id`);
    }
    const entriesPageSize = c.integer(top, 'entriesPageSize', [], { min: 1 }) ?? DEFAULT_ENTRIES_PAGE_SIZE;
    const alwaysReturnAfter = c.boolean(top, 'alwaysReturnAfter', []) ?? false;
    const userEmailMatch = c.oneOf(top, 'userEmailMatch', [], ['case-insensitive', 'exact'], false) ?? 'case-insensitive';
    const severityRequired = c.boolean(top, 'severityRequired', []) ?? false;
    const firstIncidentNumber = c.integer(top, 'firstIncidentNumber', [], { min: 1 }) ?? 1;
    const idempotencyReuse = c.oneOf(top, 'idempotencyReuse', [], IDEMPOTENCY_REUSE, false) ?? 'replay';
    const overrideEntryIds = c.oneOf(top, 'overrideEntryIds', [], ['present', 'absent'], false) ?? 'present';
    let rateLimit = DEFAULT_RATE_LIMIT;
    if (top.rateLimit === false || top.rateLimit === null)
        rateLimit = false;
    else if (top.rateLimit !== undefined) {
        const r = c.object(top.rateLimit, ['rateLimit'], ['capacity', 'refillPerSecond']);
        if (r) {
            const capacity = c.integer(r, 'capacity', ['rateLimit'], { required: true, min: 1 });
            const refill = c.number(r, 'refillPerSecond', ['rateLimit']);
            if (capacity !== undefined && refill !== undefined)
                rateLimit = { capacity, refillPerSecond: refill };
        }
    }
    return {
        organisation,
        keys,
        users,
        schedules,
        customFields,
        severities: severities.map((s) => ({ description: '', ...s })),
        incidentTypes: incidentTypes.map((t) => ({
            description: '',
            is_default: false,
            private_incidents_only: false,
            create_in_triage: 'optional',
            ...t,
        })),
        incidentStatuses: incidentStatuses.map((s) => ({ description: '', ...s })),
        incidentRoles: incidentRoles.map((r) => ({ instructions: '', ...r })),
        entriesPageSize,
        alwaysReturnAfter,
        userEmailMatch,
        severityRequired,
        firstIncidentNumber,
        idempotencyReuse,
        rateLimit,
        overrideEntryIds,
    };
}
// ---- YAML ----
/** The 1-based line of the deepest node on `path` that exists in the document. */
function lineOf(doc, counter, path) {
    for (let n = path.length; n >= 0; n--) {
        const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
        if ((0,dist/* isNode */.Ll)(node) && node.range)
            return counter.linePos(node.range[0]).line;
    }
    return undefined;
}
/**
 * Parses and checks a fixture written in YAML. Throws FixtureError naming every problem with its
 * line, e.g. `line 12: schedules[0].rotations[0].handovers[0].interval_type: must be one of ...`.
 */
function parseFixtureYaml(text, source = 'emulator fixture') {
    const counter = new dist/* LineCounter */.HN();
    // Duplicate keys are errors, and aliases are capped at 50 so a fixture cannot expand without
    // bound (policy files go further and reject aliases outright).
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: counter, uniqueKeys: true });
    if (doc.errors.length > 0) {
        throw new FixtureError(doc.errors.map((e) => ({
            path: [],
            message: `YAML: ${(e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`,
            line: e.linePos?.[0]?.line ?? counter.linePos(e.pos[0]).line,
        })), source);
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 50 });
    }
    catch (err) {
        throw new FixtureError([{ path: [], message: `YAML: ${err.message}` }], source);
    }
    const c = new Checker();
    check(c, data);
    if (c.problems.length > 0) {
        throw new FixtureError(c.problems.map((p) => ({ ...p, line: lineOf(doc, counter, p.path) })), source);
    }
    return data;
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
;// CONCATENATED MODULE: ./packages/incidentio-emulator/src/errors.ts
// The error envelope every incident.io API error uses (docs/incidentio.md, "Basics"):
// `{type, status, request_id, errors: [{code, message, source?: {field, pointer}}]}`; 429s add a
// `rate_limit` block. Handlers throw ApiError; the server renders it.

class ApiError extends Error {
    status;
    type;
    errors;
    headers;
    extra;
    constructor(status, type, errors, headers = {}, extra = {}) {
        super(errors.map((e) => e.message).join('; '));
        this.status = status;
        this.type = type;
        this.errors = errors;
        this.headers = headers;
        this.extra = extra;
        this.name = 'ApiError';
    }
    body() {
        return { type: this.type, status: this.status, request_id: (0,external_node_crypto_.randomUUID)(), errors: this.errors, ...this.extra };
    }
}
/** `source` for a body field given as a dotted path (`incident.summary` -> pointer `/incident/summary`). */
function sourceOf(field) {
    return {
        field,
        pointer: `/${field
            .replace(/\[(\d+)\]/g, '.$1')
            .split('.')
            .join('/')}`,
    };
}
/** 422 `is_required` for a missing field (the documented shape). */
function isRequired(field, message = `${field} is required`) {
    return { code: 'is_required', message, source: sourceOf(field) };
}
function invalidValue(field, message) {
    return { code: 'invalid_value', message, source: sourceOf(field) };
}
function validationError(errors) {
    return new ApiError(422, 'validation_error', errors);
}
function notFound(what, id) {
    return new ApiError(404, 'not_found', [{ code: 'not_found', message: `No ${what} found with ID "${id}"` }]);
}

;// CONCATENATED MODULE: ./packages/incidentio-emulator/src/faults.ts
// Fault injection for tests and demos: leading 429s (Retry-After as seconds or an HTTP date, the
// two forms clients meet: documented as seconds, parsed as a date by incident.io's own clients),
// 5xx errors (N or persistent), added latency, and truncated JSON bodies, each optionally limited
// to a method and path pattern.
//
//   emulator.faults.set({ path: '/v2/schedule_entries', leading429: 2, retryAfter: '1' });
//   emulator.faults.add({ method: 'POST', path: '/v2/incidents/*', serverErrors: 'always' });
//   emulator.faults.clear();
class Rule {
    spec;
    matched = 0;
    injected = 0;
    remaining429;
    remaining5xx;
    remainingMalformed;
    pathRe;
    constructor(spec) {
        this.spec = spec;
        this.remaining429 = spec.leading429 ?? 0;
        this.remaining5xx = spec.serverErrors === 'always' ? Infinity : (spec.serverErrors ?? 0);
        this.remainingMalformed = spec.malformedBody === 'always' ? Infinity : (spec.malformedBody ?? 0);
        this.pathRe = spec.path === undefined ? undefined : toPathRegExp(spec.path);
    }
    matches(method, path) {
        if (this.spec.method && this.spec.method.toUpperCase() !== method.toUpperCase())
            return false;
        return this.pathRe ? this.pathRe.test(path) : true;
    }
    take429() {
        if (this.remaining429 <= 0)
            return false;
        this.remaining429--;
        this.injected++;
        return true;
    }
    take5xx() {
        if (this.remaining5xx <= 0)
            return false;
        this.remaining5xx--;
        this.injected++;
        return true;
    }
    takeMalformed() {
        if (this.remainingMalformed <= 0)
            return false;
        this.remainingMalformed--;
        this.injected++;
        return true;
    }
}
function toPathRegExp(pattern) {
    if (pattern instanceof RegExp)
        return pattern;
    const source = pattern
        .split(/(\*|\{[^}/]+\}|:[A-Za-z_]\w*)/)
        .map((part) => {
        if (part === '*')
            return '.*';
        if (/^\{[^}/]+\}$/.test(part) || /^:[A-Za-z_]\w*$/.test(part))
            return '[^/]+';
        return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
        .join('');
    return new RegExp(`^${source}$`);
}
function checkSpec(spec) {
    const count = (name, v, allowAlways) => {
        if (v === undefined || (allowAlways && v === 'always'))
            return;
        if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
            throw new TypeError(`faults: ${name} must be a whole number >= 0${allowAlways ? " or 'always'" : ''} (got ${String(v)})`);
        }
    };
    count('leading429', spec.leading429, false);
    count('serverErrors', spec.serverErrors, true);
    count('malformedBody', spec.malformedBody, true);
    count('latencyMs', spec.latencyMs, false);
    if (spec.serverErrorStatus !== undefined && !(spec.serverErrorStatus >= 500 && spec.serverErrorStatus <= 599)) {
        throw new TypeError(`faults: serverErrorStatus must be 500-599 (got ${spec.serverErrorStatus})`);
    }
    if (!spec.leading429 && !spec.serverErrors && !spec.latencyMs && !spec.malformedBody) {
        throw new TypeError('faults: give at least one of leading429, serverErrors, latencyMs, malformedBody');
    }
}
function retryAfterValue(v) {
    if (v === undefined)
        return '1';
    if (v instanceof Date)
        return v.toUTCString(); // the HTTP-date form (RFC 9110 section 10.2.3)
    return String(v);
}
class FaultRegistry {
    list = [];
    get rules() {
        return this.list;
    }
    set(spec) {
        checkSpec(spec);
        const rule = new Rule({ ...spec });
        this.list = [rule];
        return rule;
    }
    add(spec) {
        checkSpec(spec);
        const rule = new Rule({ ...spec });
        this.list.push(rule);
        return rule;
    }
    clear() {
        this.list = [];
    }
    /** What to do to this request; counts it against every matching rule. */
    decide(method, path) {
        const matching = this.list.filter((r) => r.matches(method, path));
        for (const r of matching)
            r.matched++;
        const latencyMs = matching.reduce((max, r) => Math.max(max, r.spec.latencyMs ?? 0), 0);
        let action = { kind: 'none' };
        for (const r of matching) {
            if (r.take429()) {
                action = { kind: 'too-many-requests', retryAfter: retryAfterValue(r.spec.retryAfter) };
                break;
            }
            if (r.take5xx()) {
                action = {
                    kind: 'server-error',
                    status: r.spec.serverErrorStatus ?? 500,
                    ...(r.spec.retryAfter !== undefined ? { retryAfter: retryAfterValue(r.spec.retryAfter) } : {}),
                };
                break;
            }
        }
        const malformedBody = action.kind === 'none' && matching.some((r) => r.takeMalformed());
        return { latencyMs, action, malformedBody };
    }
}

;// CONCATENATED MODULE: ./packages/incidentio-emulator/src/org-state.ts

/** RFC 3339 UTC with microseconds, the form incident.io sends (`2021-08-17T13:28:57.801578Z`). */
function apiTime(d) {
    return d.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}
/** When catalogue objects from the fixture claim to have been created. */
const FIXTURE_EPOCH = new Date('2025-12-01T00:00:00Z');
function slug(s) {
    return s
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 60);
}
/** A fresh ULID-shaped ID (26 Crockford base32 characters, time-ordered prefix). */
function newId(nowMs, salt) {
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    let t = Math.max(0, Math.floor(nowMs));
    let time = '';
    for (let i = 0; i < 10; i++) {
        time = alphabet[t % 32] + time;
        t = Math.floor(t / 32);
    }
    return time + stableId(salt, nowMs, Math.random()).slice(0, 16);
}
class OrgState {
    fixture;
    now;
    customFields = [];
    incidents = [];
    idempotency = new Map();
    notifications = [];
    nextIncidentNumber;
    constructor(fixture, now) {
        this.fixture = fixture;
        this.now = now;
        this.nextIncidentNumber = fixture.firstIncidentNumber;
        this.customFields = fixture.customFields.map((f) => ({ ...f, createdAt: FIXTURE_EPOCH, updatedAt: FIXTURE_EPOCH }));
    }
    get dashboardUrl() {
        return `https://app.incident.io/${this.fixture.organisation.slug}`;
    }
    // ---- users ----
    user(id) {
        return this.fixture.users.find((u) => u.id === id);
    }
    renderUser(id) {
        const u = this.user(id);
        if (!u)
            return undefined;
        return {
            id: u.id,
            name: u.name,
            ...(u.email ? { email: u.email } : {}),
            role: u.role,
            ...(u.slack_user_id ? { slack_user_id: u.slack_user_id } : {}),
        };
    }
    renderUserWithRoles(id) {
        const base = this.renderUser(id);
        const u = this.user(id);
        if (!base || !u)
            return undefined;
        const roleName = u.role.charAt(0).toUpperCase() + u.role.slice(1);
        return {
            ...base,
            base_role: { id: stableId('base-role', u.role), name: roleName, slug: u.role },
            custom_roles: [],
            seats: u.is_active ? { on_call: 'full_access', response: 'full_access' } : { on_call: 'none', response: 'none' },
            is_active: u.is_active,
        };
    }
    // ---- schedules ----
    schedule(id) {
        return this.fixture.schedules.find((s) => s.id === id);
    }
    entries(schedule, start, end) {
        return computeScheduleEntries(schedule, start, end);
    }
    renderEntry(e) {
        const user = e.user ? this.renderUser(e.user) : undefined;
        // Only overrides are stored records (with an entry_id); their IDs may be left out.
        const ids = e.entry_id !== undefined && this.fixture.overrideEntryIds === 'absent' ? {} : { rotation_id: e.rotation_id, layer_id: e.layer_id };
        return {
            ...(e.entry_id ? { entry_id: e.entry_id } : {}),
            fingerprint: e.fingerprint,
            ...ids,
            start_at: apiTime(e.start_at),
            end_at: apiTime(e.end_at),
            ...(user ? { user } : {}),
        };
    }
    /**
     * ScheduleV2. `current_shifts` are the final entries at now; `next_shifts` those right after the
     * next change, left empty when the caller asked for more than 25 per page, as incident.io does.
     */
    renderSchedule(s, withNextShifts) {
        const now = this.now();
        const current = this.entries(s, now, now).final;
        let next = [];
        if (withNextShifts) {
            const horizon = new Date(now.getTime() + 60 * 86_400_000);
            const upcoming = this.entries(s, now, horizon).final;
            const t = now.getTime();
            const changes = upcoming.flatMap((e) => [e.start_at.getTime(), e.end_at.getTime()]).filter((x) => x > t);
            if (changes.length > 0)
                next = entriesAt(upcoming, new Date(Math.min(...changes)));
        }
        return {
            id: s.id,
            name: s.name,
            timezone: s.timezone,
            team_ids: s.team_ids,
            annotations: s.annotations,
            permalink: `${this.dashboardUrl}/on-call/schedules/${s.id}`,
            config: {
                rotations: s.rotations.map((r) => ({
                    id: r.id,
                    name: r.name,
                    ...(r.effective_from ? { effective_from: apiTime(r.effective_from) } : {}),
                    handover_start_at: apiTime(r.handover_start_at),
                    handovers: r.handovers.map((h) => ({ interval: h.interval, interval_type: h.interval_type })),
                    layers: r.layers.map((id) => ({ id, name: r.layerNames[id] ?? id })),
                    users: r.users.flatMap((u) => {
                        const rendered = u ? this.renderUser(u) : undefined;
                        return rendered ? [rendered] : [];
                    }),
                    working_intervals: [],
                })),
            },
            current_shifts: current.map((e) => this.renderEntry(e)),
            next_shifts: next.map((e) => this.renderEntry(e)),
            created_at: apiTime(FIXTURE_EPOCH),
            updated_at: apiTime(FIXTURE_EPOCH),
        };
    }
    // ---- catalogue objects ----
    renderSeverity(id) {
        const s = this.fixture.severities.find((x) => x.id === id);
        if (!s)
            return undefined;
        return {
            id: s.id,
            name: s.name,
            description: s.description,
            rank: s.rank,
            created_at: apiTime(FIXTURE_EPOCH),
            updated_at: apiTime(FIXTURE_EPOCH),
        };
    }
    renderIncidentType(id) {
        const t = this.fixture.incidentTypes.find((x) => x.id === id);
        if (!t)
            return undefined;
        return {
            id: t.id,
            name: t.name,
            description: t.description,
            is_default: t.is_default,
            private_incidents_only: t.private_incidents_only,
            create_in_triage: t.create_in_triage,
            created_at: apiTime(FIXTURE_EPOCH),
            updated_at: apiTime(FIXTURE_EPOCH),
        };
    }
    renderIncidentStatus(id) {
        const s = this.fixture.incidentStatuses.find((x) => x.id === id);
        if (!s)
            return undefined;
        return {
            id: s.id,
            name: s.name,
            description: s.description,
            rank: s.rank,
            category: s.category,
            created_at: apiTime(FIXTURE_EPOCH),
            updated_at: apiTime(FIXTURE_EPOCH),
        };
    }
    renderCustomField(f) {
        return {
            id: f.id,
            name: f.name,
            description: f.description,
            field_type: f.field_type,
            created_at: apiTime(f.createdAt),
            updated_at: apiTime(f.updatedAt),
        };
    }
    // ---- incidents ----
    /** By ID, or by the numeric part of the reference (`/v2/incidents/123` for INC-123), as incident.io accepts. */
    findIncident(idOrNumber) {
        if (/^\d+$/.test(idOrNumber))
            return this.incidents.find((i) => i.number === Number(idOrNumber));
        return this.incidents.find((i) => i.id === idOrNumber);
    }
    renderIncident(i) {
        const status = this.renderIncidentStatus(i.statusId);
        const severity = i.severityId ? this.renderSeverity(i.severityId) : undefined;
        const type = i.typeId ? this.renderIncidentType(i.typeId) : undefined;
        const entries = [];
        for (const [fieldId, values] of i.customFieldValues) {
            const f = this.customFields.find((x) => x.id === fieldId);
            if (!f || values.length === 0)
                continue; // a deleted field drops out of its incidents
            entries.push({ custom_field: { id: f.id, name: f.name, description: f.description, field_type: f.field_type, options: [] }, values });
        }
        return {
            id: i.id,
            reference: `INC-${i.number}`,
            name: i.name,
            ...(i.summary !== undefined ? { summary: i.summary } : {}),
            permalink: `${this.dashboardUrl}/incidents/${i.number}`,
            visibility: i.visibility,
            mode: i.mode,
            incident_status: status,
            ...(severity ? { severity } : {}),
            ...(type ? { incident_type: type } : {}),
            creator: { api_key: { id: i.creator.id, name: i.creator.name } },
            incident_role_assignments: this.fixture.incidentRoles.map((r) => {
                const assignee = i.roleAssignments.get(r.id);
                const user = assignee ? this.renderUser(assignee) : undefined;
                return {
                    role: {
                        id: r.id,
                        name: r.name,
                        shortform: r.shortform,
                        description: r.description,
                        instructions: r.instructions,
                        role_type: r.role_type,
                        created_at: apiTime(FIXTURE_EPOCH),
                        updated_at: apiTime(FIXTURE_EPOCH),
                    },
                    ...(user ? { assignee: user } : {}),
                };
            }),
            custom_field_entries: entries,
            ...(i.callUrl ? { call_url: i.callUrl } : {}),
            slack_team_id: 'T0EMULATED1',
            // The channel is created asynchronously upstream, so it is empty right after create.
            slack_channel_id: '',
            slack_channel_name: i.slackChannelName,
            has_debrief: false,
            created_at: apiTime(i.createdAt),
            updated_at: apiTime(i.updatedAt),
        };
    }
    channelNameFor(number, name, override) {
        return override ? slug(override) : `inc-${number}-${slug(name)}`.replace(/-$/, '');
    }
}

;// CONCATENATED MODULE: ./packages/incidentio-emulator/src/rate-limiter.ts
class TokenBuckets {
    config;
    nowMs;
    buckets = new Map();
    constructor(config, nowMs) {
        this.config = config;
        this.nowMs = nowMs;
    }
    /** The window the docs print next to each limit: how long a full refill takes. */
    get windowSeconds() {
        return Math.round(this.config.capacity / this.config.refillPerSecond);
    }
    refill(keyId) {
        const now = this.nowMs();
        const bucket = this.buckets.get(keyId) ?? { tokens: this.config.capacity, updatedAt: now };
        const elapsed = Math.max(0, now - bucket.updatedAt) / 1000;
        bucket.tokens = Math.min(this.config.capacity, bucket.tokens + elapsed * this.config.refillPerSecond);
        bucket.updatedAt = now;
        this.buckets.set(keyId, bucket);
        return bucket;
    }
    /** Takes one token for `keyId` if there is one. */
    take(keyId) {
        const bucket = this.refill(keyId);
        const allowed = bucket.tokens >= 1;
        if (allowed)
            bucket.tokens -= 1;
        const { capacity, refillPerSecond } = this.config;
        const remaining = Math.floor(bucket.tokens);
        const secondsToFull = (capacity - bucket.tokens) / refillPerSecond;
        const headers = {
            // Binding quota first, then each limit with its window, as incident.io sends it.
            'X-RateLimit-Limit': `${capacity}, ${capacity};window=${this.windowSeconds}`,
            'X-RateLimit-Remaining': String(remaining),
            'X-RateLimit-Used': String(capacity - remaining),
            'X-RateLimit-Reset': String(Math.ceil((this.nowMs() + secondsToFull * 1000) / 1000)),
        };
        if (allowed)
            return { allowed, headers, remaining, limit: capacity };
        const retryAfterSeconds = Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerSecond));
        return { allowed, headers, remaining, limit: capacity, retryAfterSeconds };
    }
}

;// CONCATENATED MODULE: ./packages/incidentio-emulator/src/routes.ts
// The emulated endpoints (docs/incidentio.md lists them), each with the role it needs, its
// validation and its response shape. Handlers are synchronous functions of (request, state): the
// HTTP plumbing, authentication, rate limiting and faults live in server.ts.




/** The `{id}` of a route's path ('' when the route has none: it then matches no record). */
const idOf = (req) => req.params.id ?? '';
// Role requirements: incident.io names the scope each endpoint needs but not which role grants
// it, so these are the likely roles (docs/incidentio.md, "The key and its roles").
const VIEW = ['viewer'];
const VIEW_SCHEDULES = ['viewer', 'schedules_reader', 'schedules_editor', 'on_call_viewer', 'on_call_editor'];
const CREATE_INCIDENTS = ['incident_creator'];
const EDIT_INCIDENTS = ['incident_editor'];
const MANAGE_SETTINGS = ['manage_settings'];
/** Meta page sizes are capped at 250 (the schema's maximum for PaginationMetaResultV2.page_size). */
const MAX_PAGE = 250;
const routes_FIELD_TYPES = ['single_select', 'multi_select', 'text', 'link', 'numeric'];
const MODES = ['standard', 'retrospective', 'test', 'tutorial'];
const CURSOR_PREFIX = 'sec1_';
// ---- helpers ----
function ok(body, status = 200) {
    return { status, body };
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function jsonBody(req) {
    if (req.bodyError) {
        throw new ApiError(400, 'invalid_request_error', [
            { code: 'invalid_json', message: `The request body is not valid JSON: ${req.bodyError}` },
        ]);
    }
    if (req.body === undefined)
        return {};
    if (!isObject(req.body)) {
        throw new ApiError(400, 'invalid_request_error', [{ code: 'invalid_body', message: 'The request body must be a JSON object' }]);
    }
    return req.body;
}
function optionalString(body, field, errors, prefix = '') {
    const v = body[field];
    if (v === undefined || v === null)
        return undefined;
    if (typeof v !== 'string') {
        errors.push(invalidValue(prefix + field, `${prefix + field} must be a string`));
        return undefined;
    }
    return v;
}
/** Cursor by record ID: `page_size` + `after` = the last record's ID; `after` only on full pages. */
function pageOf(items, query, opts) {
    const raw = query.get('page_size');
    let requested = 25;
    if (raw !== null) {
        if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > opts.maxParam) {
            throw validationError([invalidValue('page_size', `page_size must be an integer from 1 to ${opts.maxParam} (got "${raw}")`)]);
        }
        requested = Number(raw);
    }
    const size = Math.min(requested, MAX_PAGE);
    const after = query.get('after');
    let from = 0;
    if (after !== null && after !== '') {
        const idx = items.findIndex((i) => i.id === after);
        if (idx < 0)
            throw validationError([invalidValue('after', `after must be the ID of a record from a previous page (got "${after}")`)]);
        from = idx + 1;
    }
    const page = items.slice(from, from + size);
    const last = page[page.length - 1];
    const giveAfter = last !== undefined && (page.length === size || opts.alwaysReturnAfter);
    return { page, meta: { page_size: size, ...(giveAfter ? { after: last.id } : {}) } };
}
function booleanQuery(query, name) {
    const v = query.get(name);
    if (v === null)
        return undefined;
    if (v === 'true')
        return true;
    if (v === 'false')
        return false;
    throw validationError([invalidValue(name, `${name} must be true or false (got "${v}")`)]);
}
function timeQuery(query, name) {
    const v = query.get(name);
    if (v === null || v === '')
        return undefined;
    const d = parseRfc3339(v);
    if (!d)
        throw validationError([invalidValue(name, `${name} must be an RFC 3339 timestamp such as 2026-08-20T10:00:00Z (got "${v}")`)]);
    return d;
}
function encodeCursor(c) {
    return CURSOR_PREFIX + Buffer.from(JSON.stringify([c.scheduleId, c.start, c.end, c.offset])).toString('base64url');
}
function decodeCursor(token) {
    try {
        const v = JSON.parse(Buffer.from(token.slice(CURSOR_PREFIX.length), 'base64url').toString('utf8'));
        if (!Array.isArray(v) || v.length !== 4)
            return undefined;
        const [scheduleId, start, end, offset] = v;
        if (typeof scheduleId !== 'string' || typeof start !== 'number' || typeof end !== 'number' || typeof offset !== 'number')
            return undefined;
        return { scheduleId, start, end, offset };
    }
    catch {
        return undefined;
    }
}
// ---- incidents ----
function customFieldValues(state, raw, field, errors) {
    if (raw === undefined)
        return undefined;
    if (!Array.isArray(raw)) {
        errors.push(invalidValue(field, `${field} must be a list of {custom_field_id, values}`));
        return undefined;
    }
    const out = new Map();
    raw.forEach((entry, i) => {
        const at = `${field}[${i}]`;
        if (!isObject(entry)) {
            errors.push(invalidValue(at, `${at} must be an object with custom_field_id and values`));
            return;
        }
        const fieldId = entry.custom_field_id;
        if (typeof fieldId !== 'string' || fieldId === '') {
            errors.push(isRequired(`${at}.custom_field_id`));
            return;
        }
        const def = state.customFields.find((f) => f.id === fieldId);
        if (!def) {
            errors.push(invalidValue(`${at}.custom_field_id`, `No custom field found with ID "${fieldId}"`));
            return;
        }
        if (!Array.isArray(entry.values)) {
            errors.push(isRequired(`${at}.values`, `${at}.values is required (use [] to unset the field)`));
            return;
        }
        if (def.field_type !== 'multi_select' && entry.values.length > 1) {
            errors.push(invalidValue(`${at}.values`, `The ${def.field_type} field "${def.name}" takes at most one value`));
            return;
        }
        const values = [];
        entry.values.forEach((v, j) => {
            const vat = `${at}.values[${j}]`;
            const key = {
                text: 'value_text',
                link: 'value_link',
                numeric: 'value_numeric',
                single_select: 'value_option_id',
                multi_select: 'value_option_id',
            }[def.field_type];
            const value = isObject(v) ? v[key] : undefined;
            if (typeof value !== 'string') {
                errors.push(invalidValue(vat, `The ${def.field_type} field "${def.name}" needs ${key} (a string)`));
                return;
            }
            if (def.field_type === 'numeric' && !/^-?\d+(\.\d+)?$/.test(value)) {
                errors.push(invalidValue(`${vat}.value_numeric`, `value_numeric must be a number written as a string, e.g. "123.456" (got "${value}")`));
                return;
            }
            if (key === 'value_option_id') {
                // Select options live under /v1/custom_field_options, which the emulator does not hold.
                errors.push(invalidValue(`${vat}.value_option_id`, `No option "${value}" exists for the field "${def.name}"`));
                return;
            }
            values.push({ [key]: value });
        });
        out.set(def.id, values);
    });
    return out;
}
function roleAssignments(state, raw, field, errors) {
    if (raw === undefined)
        return undefined;
    if (!Array.isArray(raw)) {
        errors.push(invalidValue(field, `${field} must be a list of {incident_role_id, assignee}`));
        return undefined;
    }
    const out = new Map();
    raw.forEach((a, i) => {
        const at = `${field}[${i}]`;
        const roleId = isObject(a) ? a.incident_role_id : undefined;
        if (typeof roleId !== 'string') {
            errors.push(isRequired(`${at}.incident_role_id`));
            return;
        }
        if (!state.fixture.incidentRoles.some((r) => r.id === roleId)) {
            errors.push(invalidValue(`${at}.incident_role_id`, `No incident role found with ID "${roleId}"`));
            return;
        }
        const assignee = isObject(a) ? a.assignee : undefined;
        if (assignee === undefined || assignee === null) {
            out.set(roleId, undefined);
            return;
        }
        const ref = isObject(assignee) ? assignee : {};
        const user = state.fixture.users.find((u) => (typeof ref.id === 'string' && u.id === ref.id) ||
            (typeof ref.email === 'string' && u.email?.toLowerCase() === ref.email.toLowerCase()) ||
            (typeof ref.slack_user_id === 'string' && u.slack_user_id === ref.slack_user_id));
        if (!user)
            errors.push(invalidValue(`${at}.assignee`, 'No user matches this assignee (give id, email or slack_user_id of an existing user)'));
        else
            out.set(roleId, user.id);
    });
    return out;
}
function applyAssignments(record, assignments) {
    for (const [roleId, userId] of assignments ?? []) {
        if (userId)
            record.roleAssignments.set(roleId, userId);
        else
            record.roleAssignments.delete(roleId);
    }
}
function createIncident(req, state) {
    const body = jsonBody(req);
    const errors = [];
    const key = body.idempotency_key;
    if (key === undefined || key === null || key === '')
        errors.push(isRequired('idempotency_key', 'An idempotency key is required to create an incident'));
    else if (typeof key !== 'string')
        errors.push(invalidValue('idempotency_key', 'idempotency_key must be a string'));
    const visibility = body.visibility;
    if (visibility === undefined || visibility === null)
        errors.push(isRequired('visibility', 'visibility is required (public or private)'));
    else if (visibility !== 'public' && visibility !== 'private')
        errors.push(invalidValue('visibility', `visibility must be public or private (got ${JSON.stringify(visibility)})`));
    if (errors.length > 0)
        throw validationError(errors);
    // What incident.io does with a reused key is not documented for incidents: the fixture picks
    // (replay the first incident, create another, or refuse), so clients can be tested on each.
    const existing = state.idempotency.get(key);
    if (existing && state.fixture.idempotencyReuse === 'replay')
        return ok({ incident: state.renderIncident(existing) });
    if (existing && state.fixture.idempotencyReuse === 'error') {
        throw new ApiError(409, 'conflict', [
            {
                code: 'idempotency_key_reused',
                message: `An incident was already created with this idempotency key (${existing.id})`,
                source: { field: 'idempotency_key', pointer: '/idempotency_key' },
            },
        ]);
    }
    const mode = body.mode ?? 'standard';
    if (!MODES.includes(mode))
        errors.push(invalidValue('mode', `mode must be one of ${MODES.join(', ')}`));
    const name = optionalString(body, 'name', errors);
    const summary = optionalString(body, 'summary', errors);
    const severityId = optionalString(body, 'severity_id', errors);
    const typeIdGiven = optionalString(body, 'incident_type_id', errors);
    const statusIdGiven = optionalString(body, 'incident_status_id', errors);
    const channelOverride = optionalString(body, 'slack_channel_name_override', errors);
    if (severityId !== undefined && !state.fixture.severities.some((s) => s.id === severityId)) {
        errors.push(invalidValue('severity_id', `No severity found with ID "${severityId}"`));
    }
    if (severityId === undefined && state.fixture.severityRequired) {
        errors.push(isRequired('severity_id', 'A severity is required to open an incident'));
    }
    const type = typeIdGiven !== undefined
        ? state.fixture.incidentTypes.find((t) => t.id === typeIdGiven)
        : state.fixture.incidentTypes.find((t) => t.is_default);
    if (typeIdGiven !== undefined && !type)
        errors.push(invalidValue('incident_type_id', `No incident type found with ID "${typeIdGiven}"`));
    if (type?.private_incidents_only && visibility !== 'private') {
        errors.push(invalidValue('visibility', `Incidents of type "${type.name}" must be private`));
    }
    let statusId;
    if (statusIdGiven !== undefined) {
        if (!state.fixture.incidentStatuses.some((s) => s.id === statusIdGiven)) {
            errors.push(invalidValue('incident_status_id', `No incident status found with ID "${statusIdGiven}"`));
        }
        statusId = statusIdGiven;
    }
    else {
        // Not documented: start in triage when the type always triages, else in the first live status.
        const wanted = type?.create_in_triage === 'always' ? ['triage', 'live'] : ['live', 'triage'];
        const sorted = [...state.fixture.incidentStatuses].sort((a, b) => a.rank - b.rank);
        statusId = wanted.map((cat) => sorted.find((s) => s.category === cat)).find((s) => s)?.id;
        if (!statusId)
            errors.push(invalidValue('incident_status_id', 'The organisation has no triage or live incident status to start in'));
    }
    const fields = customFieldValues(state, body.custom_field_entries, 'custom_field_entries', errors);
    const assignments = roleAssignments(state, body.incident_role_assignments, 'incident_role_assignments', errors);
    if (errors.length > 0 || statusId === undefined)
        throw validationError(errors);
    const now = state.now();
    const number = state.nextIncidentNumber++;
    const finalName = name ?? `Incident ${number}`;
    const record = {
        id: newId(now.getTime(), `incident-${number}`),
        number,
        idempotencyKey: key,
        name: finalName,
        ...(summary !== undefined ? { summary } : {}),
        visibility: visibility,
        mode: mode,
        statusId: statusId,
        ...(severityId !== undefined ? { severityId } : {}),
        ...(type ? { typeId: type.id } : {}),
        slackChannelName: state.channelNameFor(number, finalName, channelOverride),
        customFieldValues: new Map([...(fields ?? [])].filter(([, v]) => v.length > 0)),
        roleAssignments: new Map(),
        creator: { id: req.key.id, name: req.key.name },
        createdAt: now,
        updatedAt: now,
    };
    applyAssignments(record, assignments);
    state.incidents.push(record);
    // The first incident made with a key is the one a replay returns.
    if (!state.idempotency.has(record.idempotencyKey))
        state.idempotency.set(record.idempotencyKey, record);
    // The spec's create response is 200, not 201.
    return ok({ incident: state.renderIncident(record) });
}
function editIncident(req, state) {
    const body = jsonBody(req);
    const record = state.findIncident(idOf(req));
    if (!record)
        throw notFound('incident', idOf(req));
    const errors = [];
    if (body.incident === undefined || body.incident === null)
        errors.push(isRequired('incident', 'incident is required (an object with the fields to change)'));
    else if (!isObject(body.incident))
        errors.push(invalidValue('incident', 'incident must be an object'));
    if (body.notify_incident_channel === undefined || body.notify_incident_channel === null) {
        errors.push(isRequired('notify_incident_channel', 'notify_incident_channel is required (true or false)'));
    }
    else if (typeof body.notify_incident_channel !== 'boolean') {
        errors.push(invalidValue('notify_incident_channel', 'notify_incident_channel must be true or false'));
    }
    if (errors.length > 0)
        throw validationError(errors);
    const patch = body.incident;
    const name = optionalString(patch, 'name', errors, 'incident.');
    const summary = optionalString(patch, 'summary', errors, 'incident.');
    const severityId = optionalString(patch, 'severity_id', errors, 'incident.');
    const statusId = optionalString(patch, 'incident_status_id', errors, 'incident.');
    const callUrl = optionalString(patch, 'call_url', errors, 'incident.');
    const channelOverride = optionalString(patch, 'slack_channel_name_override', errors, 'incident.');
    if (severityId !== undefined && !state.fixture.severities.some((s) => s.id === severityId)) {
        errors.push(invalidValue('incident.severity_id', `No severity found with ID "${severityId}"`));
    }
    if (statusId !== undefined && !state.fixture.incidentStatuses.some((s) => s.id === statusId)) {
        errors.push(invalidValue('incident.incident_status_id', `No incident status found with ID "${statusId}"`));
    }
    const fields = customFieldValues(state, patch.custom_field_entries, 'incident.custom_field_entries', errors);
    const assignments = roleAssignments(state, patch.incident_role_assignments, 'incident.incident_role_assignments', errors);
    if (errors.length > 0)
        throw validationError(errors);
    // Only provided fields change (documented); listed custom fields are replaced, `values: []` unsets.
    if (name !== undefined)
        record.name = name;
    if (summary !== undefined)
        record.summary = summary;
    if (severityId !== undefined)
        record.severityId = severityId;
    if (statusId !== undefined)
        record.statusId = statusId;
    if (callUrl !== undefined)
        record.callUrl = callUrl;
    if (channelOverride !== undefined)
        record.slackChannelName = state.channelNameFor(record.number, record.name, channelOverride);
    for (const [fieldId, values] of fields ?? []) {
        if (values.length === 0)
            record.customFieldValues.delete(fieldId);
        else
            record.customFieldValues.set(fieldId, values);
    }
    applyAssignments(record, assignments);
    record.updatedAt = state.now();
    if (body.notify_incident_channel === true) {
        state.notifications.push({ incidentId: record.id, reference: `INC-${record.number}`, at: apiTime(record.updatedAt) });
    }
    return ok({ incident: state.renderIncident(record) });
}
const routes_DAY_MS = 86_400_000;
/**
 * One bound of a `created_at[...]` / `updated_at[...]` filter. The documented examples use plain
 * dates (`2024-05-01`); an RFC 3339 timestamp is accepted too. A date means the whole UTC day:
 * `gte` from its start, `lte` to its end (the time zone a date is read in is not documented).
 */
function dateBound(field, raw, end) {
    const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
    if (date) {
        const start = Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]));
        if (!Number.isNaN(start) && new Date(start).toISOString().startsWith(raw))
            return end ? start + routes_DAY_MS - 1 : start;
    }
    else {
        const t = parseRfc3339(raw);
        if (t)
            return t.getTime();
    }
    throw validationError([invalidValue(field, `${field} must be a date such as 2024-05-01 or an RFC 3339 timestamp (got "${raw}")`)]);
}
/** The instants a `created_at` or `updated_at` filter allows, [from, to] in ms (both inclusive). */
function timeFilter(query, name) {
    let from = -Infinity;
    let to = Infinity;
    let any = false;
    for (const [key, value] of query) {
        if (!key.startsWith(`${name}[`))
            continue;
        const op = /^[a-z_]+\[([a-z_]+)\]$/.exec(key)?.[1];
        any = true;
        if (op === 'gte')
            from = Math.max(from, dateBound(key, value, false));
        else if (op === 'lte')
            to = Math.min(to, dateBound(key, value, true));
        else if (op === 'date_range') {
            const [a, b, ...rest] = value.split('~');
            if (a === undefined || b === undefined || rest.length > 0) {
                throw validationError([invalidValue(key, `${key} must be two dates joined by ~, e.g. 2024-12-02~2024-12-08 (got "${value}")`)]);
            }
            from = Math.max(from, dateBound(key, a, false));
            to = Math.min(to, dateBound(key, b, true));
        }
        else {
            throw validationError([invalidValue(key, `${name} accepts the operators gte, lte and date_range (got "${key}")`)]);
        }
    }
    return any ? { from, to } : undefined;
}
/** `<name>[one_of]` / `<name>[not_in]` on an ID-valued attribute (status, incident_type). */
function idFilter(query, name) {
    const oneOf = query.getAll(`${name}[one_of]`);
    const notIn = query.getAll(`${name}[not_in]`);
    for (const key of new Set([...query.keys()].filter((k) => k.startsWith(`${name}[`)))) {
        if (key !== `${name}[one_of]` && key !== `${name}[not_in]`) {
            throw validationError([invalidValue(key, `${name} accepts the operators one_of and not_in (got "${key}")`)]);
        }
    }
    if (oneOf.length === 0 && notIn.length === 0)
        return undefined;
    return (id) => (oneOf.length === 0 || (id !== undefined && oneOf.includes(id))) && (id === undefined || !notIn.includes(id));
}
function listIncidents(req, state) {
    const sortBy = req.query.get('sort_by') ?? 'created_at_newest_first';
    if (sortBy !== 'created_at_newest_first' && sortBy !== 'created_at_oldest_first') {
        throw validationError([invalidValue('sort_by', 'sort_by must be created_at_newest_first or created_at_oldest_first')]);
    }
    // Filters use bracketed keys, combined with AND (filter_mode `all`, the default);
    // test and tutorial incidents are hidden unless `mode[one_of]` asks for them.
    const modes = req.query.getAll('mode[one_of]');
    const categories = req.query.getAll('status_category[one_of]');
    const status = idFilter(req.query, 'status');
    const type = idFilter(req.query, 'incident_type');
    const created = timeFilter(req.query, 'created_at');
    const updated = timeFilter(req.query, 'updated_at');
    const within = (d, range) => range === undefined || (d.getTime() >= range.from && d.getTime() <= range.to);
    let list = state.incidents.filter((i) => modes.length > 0 ? modes.includes(i.mode) : i.mode === 'standard' || i.mode === 'retrospective');
    if (categories.length > 0) {
        list = list.filter((i) => categories.includes(state.fixture.incidentStatuses.find((s) => s.id === i.statusId)?.category ?? ''));
    }
    list = list.filter((i) => (status?.(i.statusId) ?? true) && (type?.(i.typeId) ?? true) && within(i.createdAt, created) && within(i.updatedAt, updated));
    list = [...list].sort((a, b) => (sortBy === 'created_at_oldest_first' ? a.number - b.number : b.number - a.number));
    const { page, meta } = pageOf(list, req.query, { maxParam: 500, alwaysReturnAfter: state.fixture.alwaysReturnAfter });
    return ok({ incidents: page.map((i) => state.renderIncident(i)), pagination_meta: { ...meta, total_record_count: list.length } });
}
// ---- custom fields ----
function checkCustomFieldName(state, name, errors, exceptId) {
    if (name === undefined || name === null || name === '') {
        errors.push(isRequired('name', 'name is required'));
        return undefined;
    }
    if (typeof name !== 'string') {
        errors.push(invalidValue('name', 'name must be a string'));
        return undefined;
    }
    if (name.length > 50) {
        errors.push(invalidValue('name', `name must be at most 50 characters (got ${name.length})`));
        return undefined;
    }
    // Names are unique (a duplicate is most likely refused upstream); compared case-insensitively
    // here, which is the stricter guess.
    const clash = state.customFields.find((f) => f.id !== exceptId && f.name.toLowerCase() === name.toLowerCase());
    if (clash) {
        errors.push({
            code: 'not_unique',
            message: `A custom field named "${clash.name}" already exists (ID ${clash.id})`,
            source: { field: 'name', pointer: '/name' },
        });
    }
    return name;
}
function createCustomField(req, state) {
    const body = jsonBody(req);
    const errors = [];
    const name = checkCustomFieldName(state, body.name, errors);
    if (body.description === undefined || body.description === null)
        errors.push(isRequired('description'));
    else if (typeof body.description !== 'string')
        errors.push(invalidValue('description', 'description must be a string'));
    if (body.field_type === undefined || body.field_type === null)
        errors.push(isRequired('field_type', `field_type is required (one of ${routes_FIELD_TYPES.join(', ')})`));
    else if (!routes_FIELD_TYPES.includes(body.field_type)) {
        errors.push(invalidValue('field_type', `field_type must be one of ${routes_FIELD_TYPES.join(', ')} (got ${JSON.stringify(body.field_type)})`));
    }
    if (errors.length > 0 || name === undefined)
        throw validationError(errors);
    const now = state.now();
    const record = {
        id: newId(now.getTime(), `custom-field-${name}`),
        name,
        description: body.description,
        field_type: body.field_type,
        createdAt: now,
        updatedAt: now,
    };
    state.customFields.push(record);
    return ok({ custom_field: state.renderCustomField(record) }, 201);
}
function updateCustomField(req, state) {
    const body = jsonBody(req);
    const record = state.customFields.find((f) => f.id === req.params.id);
    if (!record)
        throw notFound('custom field', idOf(req));
    const errors = [];
    const name = checkCustomFieldName(state, body.name, errors, record.id);
    if (body.description === undefined || body.description === null)
        errors.push(isRequired('description'));
    else if (typeof body.description !== 'string')
        errors.push(invalidValue('description', 'description must be a string'));
    if (body.field_type !== undefined && body.field_type !== record.field_type) {
        errors.push(invalidValue('field_type', 'field_type cannot be changed; create a new field instead'));
    }
    if (errors.length > 0 || name === undefined)
        throw validationError(errors);
    record.name = name;
    record.description = body.description;
    record.updatedAt = state.now();
    return ok({ custom_field: state.renderCustomField(record) });
}
/**
 * A v1 lookup (severities, incident types, statuses): the unpaginated list `{<listKey>: [...]}` and the show route
 * `{<oneKey>: {...}}`, 404 for an unknown ID. Both need the viewer role.
 */
function lookupRoutes(path, listKey, oneKey, what, all, render) {
    return [
        { method: 'GET', pattern: path, roles: VIEW, handle: (_req, state) => ok({ [listKey]: all(state).map((x) => render(state, x.id)) }) },
        {
            method: 'GET',
            pattern: `${path}/{id}`,
            roles: VIEW,
            handle: (req, state) => {
                const found = render(state, idOf(req));
                if (!found)
                    throw notFound(what, idOf(req));
                return ok({ [oneKey]: found });
            },
        },
    ];
}
// ---- the route table ----
const ROUTES = [
    {
        method: 'GET',
        pattern: '/v1/identity',
        roles: null,
        handle: (req, state) => ok({
            identity: {
                name: req.key.name,
                dashboard_url: state.dashboardUrl,
                roles: req.key.roles,
                team_roles: req.key.team_roles,
                teams: req.key.teams,
            },
        }),
    },
    {
        method: 'GET',
        pattern: '/v2/schedules',
        roles: VIEW_SCHEDULES,
        handle: (req, state) => {
            const schedules = state.fixture.schedules;
            const { page, meta } = pageOf(schedules, req.query, { maxParam: 10000, alwaysReturnAfter: state.fixture.alwaysReturnAfter });
            // next_shifts is only filled in for page sizes up to 25, as incident.io does.
            const withNext = Number(req.query.get('page_size') ?? 25) <= 25;
            return ok({
                schedules: page.map((s) => state.renderSchedule(s, withNext)),
                pagination_meta: { ...meta, total_record_count: schedules.length },
            });
        },
    },
    {
        method: 'GET',
        pattern: '/v2/schedules/{id}',
        roles: VIEW_SCHEDULES,
        handle: (req, state) => {
            const s = state.schedule(idOf(req));
            if (!s)
                throw notFound('schedule', idOf(req));
            return ok({ schedule: state.renderSchedule(s, true) });
        },
    },
    {
        method: 'GET',
        pattern: '/v2/schedule_entries',
        roles: VIEW_SCHEDULES,
        handle: (req, state) => {
            const scheduleId = req.query.get('schedule_id');
            if (!scheduleId)
                throw validationError([isRequired('schedule_id', 'schedule_id is required')]);
            const schedule = state.schedule(scheduleId);
            if (!schedule)
                throw notFound('schedule', scheduleId);
            const rawStart = req.query.get('entry_window_start') ?? '';
            const rawEnd = req.query.get('entry_window_end');
            let start;
            let end;
            let offset = 0;
            if (rawStart.startsWith(CURSOR_PREFIX)) {
                const cursor = decodeCursor(rawStart);
                if (!cursor || cursor.scheduleId !== scheduleId) {
                    throw validationError([
                        invalidValue('entry_window_start', 'entry_window_start holds a pagination cursor that is not valid for this schedule; pass back pagination_meta.after unchanged'),
                    ]);
                }
                const endGiven = timeQuery(req.query, 'entry_window_end');
                if (endGiven && endGiven.getTime() !== cursor.end) {
                    // The cursor belongs to the original window: entry_window_end must stay as it was.
                    throw validationError([invalidValue('entry_window_end', 'entry_window_end must stay unchanged while paginating with a cursor')]);
                }
                start = new Date(cursor.start);
                end = new Date(cursor.end);
                offset = cursor.offset;
            }
            else {
                // Both are optional upstream, defaulting to "a sensible range starting from now": here 24 hours.
                start = timeQuery(req.query, 'entry_window_start') ?? state.now();
                end = timeQuery(req.query, 'entry_window_end') ?? new Date(start.getTime() + 86_400_000);
                if (end < start)
                    throw validationError([invalidValue('entry_window_end', 'entry_window_end must not be before entry_window_start')]);
            }
            let all;
            try {
                all = state.entries(schedule, start, end);
            }
            catch (err) {
                if (err instanceof RangeError)
                    throw validationError([invalidValue('entry_window_end', err.message)]);
                throw err;
            }
            // Each page carries the next slice of all three lists (a guess; clients concatenate).
            const size = state.fixture.entriesPageSize;
            const slice = (list) => list.slice(offset, offset + size);
            const more = Math.max(all.scheduled.length, all.overrides.length, all.final.length) > offset + size;
            const body = {
                schedule_entries: {
                    scheduled: slice(all.scheduled).map((e) => state.renderEntry(e)),
                    overrides: slice(all.overrides).map((e) => state.renderEntry(e)),
                    final: slice(all.final).map((e) => state.renderEntry(e)),
                },
            };
            if (more) {
                const after = encodeCursor({ scheduleId, start: start.getTime(), end: end.getTime(), offset: offset + size });
                const next = new URLSearchParams({ schedule_id: scheduleId, entry_window_start: after, entry_window_end: rawEnd ?? apiTime(end) });
                // pagination_meta is present only when there is another page, as incident.io documents.
                body.pagination_meta = { after, after_url: `http://${req.host}/v2/schedule_entries?${next.toString()}` };
            }
            return ok(body);
        },
    },
    {
        method: 'GET',
        pattern: '/v2/schedule_overrides',
        roles: VIEW_SCHEDULES,
        handle: (req, state) => {
            const scheduleId = req.query.get('schedule_id');
            if (!scheduleId)
                throw validationError([isRequired('schedule_id', 'schedule_id is required')]);
            const schedule = state.schedule(scheduleId);
            if (!schedule)
                throw notFound('schedule', scheduleId);
            const rotationId = req.query.get('rotation_id');
            const layerId = req.query.get('layer_id');
            const list = schedule.overrides
                .map((o) => ({ ...o, rotation: overrideRotationId(schedule, o), layer: overrideLayerId(schedule, o) }))
                .filter((o) => (rotationId ? o.rotation === rotationId : true) && (layerId ? o.layer === layerId : true));
            const { page, meta } = pageOf(list, req.query, { maxParam: 250, alwaysReturnAfter: state.fixture.alwaysReturnAfter });
            return ok({
                overrides: page.map((o) => {
                    const user = o.user ? state.renderUser(o.user) : undefined;
                    return {
                        id: o.id,
                        schedule_id: schedule.id,
                        rotation_id: o.rotation,
                        layer_id: o.layer,
                        start_at: apiTime(o.start_at),
                        end_at: apiTime(o.end_at),
                        created_at: apiTime(new Date('2025-12-01T00:00:00Z')),
                        updated_at: apiTime(new Date('2025-12-01T00:00:00Z')),
                        ...(user ? { user } : {}),
                    };
                }),
                pagination_meta: meta,
            });
        },
    },
    {
        method: 'GET',
        pattern: '/v2/users',
        roles: VIEW,
        handle: (req, state) => {
            const email = req.query.get('email');
            const slack = req.query.get('slack_user_id');
            // Inactive users are hidden unless asked for, as incident.io does.
            const includeInactive = booleanQuery(req.query, 'include_inactive') ?? false;
            const exact = state.fixture.userEmailMatch === 'exact';
            const users = state.fixture.users.filter((u) => (includeInactive || u.is_active) &&
                (email === null || (exact ? u.email === email : u.email?.toLowerCase() === email.toLowerCase())) &&
                (slack === null || u.slack_user_id === slack));
            const { page, meta } = pageOf(users, req.query, { maxParam: 10000, alwaysReturnAfter: state.fixture.alwaysReturnAfter });
            // pagination_meta is required in this response (UsersListResultV2).
            return ok({ users: page.map((u) => state.renderUserWithRoles(u.id)), pagination_meta: meta });
        },
    },
    {
        method: 'GET',
        pattern: '/v2/users/{id}',
        roles: VIEW,
        handle: (req, state) => {
            // Show works for inactive users too.
            const user = state.renderUserWithRoles(idOf(req));
            if (!user)
                throw notFound('user', idOf(req));
            return ok({ user });
        },
    },
    { method: 'POST', pattern: '/v2/incidents', roles: CREATE_INCIDENTS, handle: createIncident },
    { method: 'GET', pattern: '/v2/incidents', roles: VIEW, handle: listIncidents },
    {
        method: 'GET',
        pattern: '/v2/incidents/{id}',
        roles: VIEW,
        handle: (req, state) => {
            const record = state.findIncident(idOf(req));
            if (!record)
                throw notFound('incident', idOf(req));
            return ok({ incident: state.renderIncident(record) });
        },
    },
    { method: 'POST', pattern: '/v2/incidents/{id}/actions/edit', roles: EDIT_INCIDENTS, handle: editIncident },
    {
        method: 'GET',
        pattern: '/v2/custom_fields',
        roles: VIEW,
        handle: (_req, state) => ok({ custom_fields: state.customFields.map((f) => state.renderCustomField(f)) }),
    },
    { method: 'POST', pattern: '/v2/custom_fields', roles: MANAGE_SETTINGS, handle: createCustomField },
    {
        method: 'GET',
        pattern: '/v2/custom_fields/{id}',
        roles: VIEW,
        handle: (req, state) => {
            const f = state.customFields.find((x) => x.id === req.params.id);
            if (!f)
                throw notFound('custom field', idOf(req));
            return ok({ custom_field: state.renderCustomField(f) });
        },
    },
    { method: 'PUT', pattern: '/v2/custom_fields/{id}', roles: MANAGE_SETTINGS, handle: updateCustomField },
    {
        method: 'DELETE',
        pattern: '/v2/custom_fields/{id}',
        roles: MANAGE_SETTINGS,
        handle: (req, state) => {
            const idx = state.customFields.findIndex((x) => x.id === req.params.id);
            if (idx < 0)
                throw notFound('custom field', idOf(req));
            state.customFields.splice(idx, 1);
            return { status: 204 };
        },
    },
    ...lookupRoutes('/v1/severities', 'severities', 'severity', 'severity', (state) => state.fixture.severities, (state, id) => state.renderSeverity(id)),
    ...lookupRoutes('/v1/incident_types', 'incident_types', 'incident_type', 'incident type', (state) => state.fixture.incidentTypes, (state, id) => state.renderIncidentType(id)),
    ...lookupRoutes('/v1/incident_statuses', 'incident_statuses', 'incident_status', 'incident status', (state) => state.fixture.incidentStatuses, (state, id) => state.renderIncidentStatus(id)),
];
let compiled;
function compiledRoutes() {
    compiled ??= ROUTES.map((route) => {
        const names = [];
        const source = route.pattern.replace(/\{(\w+)\}/g, (_m, name) => {
            names.push(name);
            return '([^/]+)';
        });
        return { route, re: new RegExp(`^${source}$`), names };
    });
    return compiled;
}
/** The route for a method and path, or which methods the path allows (for 405). */
function matchRoute(method, path) {
    const allowed = [];
    for (const { route, re, names } of compiledRoutes()) {
        const m = re.exec(path);
        if (!m)
            continue;
        if (route.method !== method) {
            allowed.push(route.method);
            continue;
        }
        const params = {};
        names.forEach((n, i) => {
            const raw = m[i + 1] ?? '';
            try {
                params[n] = decodeURIComponent(raw);
            }
            catch {
                params[n] = raw; // a malformed escape just fails to match any record (404)
            }
        });
        return { route, params };
    }
    return allowed.length > 0 ? { allowed } : undefined;
}

;// CONCATENATED MODULE: ./packages/incidentio-emulator/src/server.ts
// A local incident.io API for tests, the demo and `oncall-gate emulator`: the endpoints
// oncall-gate calls with their real shapes, pagination, errors, per-key roles and rate limits
// (docs/incidentio.md), plus fault injection. It binds 127.0.0.1 only and uses
// nothing but node:http, because it ships inside the CLI bundle.








const MAX_BODY_BYTES = 1024 * 1024;
function errorReply(err, headers = {}) {
    const body = err.body();
    return { status: err.status, headers: { ...headers, ...err.headers }, body };
}
function readBody(req) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        let tooLarge = false;
        req.on('data', (chunk) => {
            size += chunk.length;
            if (size > MAX_BODY_BYTES)
                tooLarge = true;
            else
                chunks.push(chunk);
        });
        req.on('end', () => resolve({ text: Buffer.concat(chunks).toString('utf8'), tooLarge }));
        req.on('error', reject);
    });
}
/** RFC 3339 UTC to the second, the current documented `rate_limit.retry_after` form. */
function rfc3339Seconds(ms) {
    return new Date(Math.ceil(ms / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
function tooManyRequests(keyName, limit, retryAfterHeader, retryAtMs, headers) {
    const err = new ApiError(429, 'too_many_requests', [
        {
            code: 'too_many_requests',
            message: 'Too many requests hit the API too quickly. We recommend an exponential backoff of your requests.',
        },
    ], { ...headers, 'Retry-After': retryAfterHeader }, { rate_limit: { name: keyName, limit, remaining: 0, retry_after: rfc3339Seconds(retryAtMs) } });
    return errorReply(err);
}
async function startEmulator(options) {
    const host = options.host ?? '127.0.0.1';
    if (host !== '127.0.0.1')
        throw new Error(`The emulator only binds 127.0.0.1 (got host "${String(host)}")`);
    const now = options.now ?? systemClock;
    let fixture = resolveFixture(options.fixture);
    let state = new OrgState(fixture, now);
    const limitFor = (f) => (f.rateLimit ? new TokenBuckets(f.rateLimit, () => now().getTime()) : undefined);
    let buckets = limitFor(fixture);
    const faults = new FaultRegistry();
    const requests = [];
    const pendingDelays = new Set();
    let closed = false;
    const delay = (ms) => new Promise((resolve) => {
        const done = () => {
            clearTimeout(timer);
            pendingDelays.delete(done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        pendingDelays.add(done);
    });
    function authenticate(req) {
        const header = req.headers.authorization;
        if (!header || header.trim() === '') {
            throw new ApiError(401, 'authentication_error', [
                { code: 'missing_authorization_material', message: 'No authorization material provided in request' },
            ]);
        }
        const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
        if (!m) {
            throw new ApiError(401, 'authentication_error', [
                { code: 'missing_authorization_material', message: 'The Authorization header must be "Bearer <API key>"' },
            ]);
        }
        const key = fixture.keys.find((k) => k.key === m[1]);
        // incident.io does not document the code for a wrong but present key; never echo the key.
        if (!key) {
            throw new ApiError(401, 'authentication_error', [
                {
                    code: 'invalid_authorization_material',
                    message: 'The API key provided is not valid: check it was copied whole and has not been deleted',
                },
            ]);
        }
        return key;
    }
    function dispatch(req, method, url, rawBody, record) {
        const match = matchRoute(method, url.pathname);
        if (!match) {
            return errorReply(new ApiError(404, 'not_found', [{ code: 'not_found', message: `No endpoint ${method} ${url.pathname} in this API` }]));
        }
        if ('allowed' in match) {
            return errorReply(new ApiError(405, 'method_not_allowed', [
                { code: 'method_not_allowed', message: `${url.pathname} does not accept ${method} (allowed: ${match.allowed.join(', ')})` },
            ]), { Allow: match.allowed.join(', ') });
        }
        let headers = {};
        try {
            const key = authenticate(req);
            record.keyName = key.name;
            if (buckets) {
                const decision = buckets.take(key.id);
                headers = decision.headers;
                if (!decision.allowed) {
                    const seconds = decision.retryAfterSeconds ?? 1;
                    return tooManyRequests(key.name, decision.limit, String(seconds), now().getTime() + seconds * 1000, headers);
                }
            }
            const { route, params } = match;
            if (route.roles && !route.roles.some((r) => key.roles.includes(r))) {
                const need = route.roles.length === 1 ? `the "${route.roles[0]}" role` : `one of the roles ${route.roles.map((r) => `"${r}"`).join(', ')}`;
                throw new ApiError(403, 'resource_forbidden', [
                    {
                        code: 'resource_forbidden',
                        message: `The API key "${key.name}" needs ${need} to call ${method} ${route.pattern}; add it to the key in Settings > API keys`,
                        metadata: { missing_role: route.roles.join(',') },
                    },
                ]);
            }
            let body;
            let bodyError;
            if (rawBody.trim() !== '') {
                try {
                    body = JSON.parse(rawBody);
                }
                catch (err) {
                    bodyError = err.message;
                }
            }
            const result = route.handle({
                method,
                path: url.pathname,
                params,
                query: url.searchParams,
                body,
                ...(bodyError ? { bodyError } : {}),
                key,
                host: req.headers.host ?? `${host}:${port}`,
            }, state);
            return { status: result.status, headers, ...(result.body !== undefined ? { body: result.body } : {}) };
        }
        catch (err) {
            if (err instanceof ApiError)
                return errorReply(err, headers);
            return errorReply(new ApiError(500, 'api_error', [{ code: 'internal_error', message: `The emulator failed: ${err.message}` }]), headers);
        }
    }
    function faultReply(req, decision) {
        const action = decision.action;
        if (action.kind === 'too-many-requests') {
            const token = /^Bearer\s+(\S+)/i.exec(req.headers.authorization ?? '')?.[1];
            const key = fixture.keys.find((k) => k.key === token);
            const limit = fixture.rateLimit ? fixture.rateLimit.capacity : 1200;
            const asSeconds = Number(action.retryAfter);
            const retryAt = Number.isFinite(asSeconds) ? now().getTime() + asSeconds * 1000 : Date.parse(action.retryAfter) || now().getTime();
            return tooManyRequests(key?.name ?? 'api_key', limit, action.retryAfter, retryAt, {
                'X-RateLimit-Limit': `${limit}`,
                'X-RateLimit-Remaining': '0',
            });
        }
        if (action.kind === 'server-error') {
            return errorReply(new ApiError(action.status, 'api_error', [{ code: 'internal_error', message: 'Injected server error (emulator fault)' }]), action.retryAfter !== undefined ? { 'Retry-After': action.retryAfter } : {});
        }
        return undefined;
    }
    async function handle(req, res) {
        const started = performance.now();
        const method = (req.method ?? 'GET').toUpperCase();
        const url = new URL(req.url ?? '/', 'http://emulator.invalid');
        const { text, tooLarge } = await readBody(req);
        const query = {};
        for (const k of new Set(url.searchParams.keys())) {
            const all = url.searchParams.getAll(k);
            const [one, ...more] = all;
            query[k] = one !== undefined && more.length === 0 ? one : all;
        }
        const headers = {};
        for (const [k, v] of Object.entries(req.headers)) {
            if (k === 'authorization' || v === undefined)
                continue;
            headers[k] = Array.isArray(v) ? v.join(', ') : v;
        }
        let recordedBody;
        if (text !== '') {
            try {
                recordedBody = JSON.parse(text);
            }
            catch {
                recordedBody = text;
            }
        }
        const record = { method, path: url.pathname, query, headers, body: recordedBody, status: 0, durationMs: 0 };
        const decision = faults.decide(method, url.pathname);
        if (decision.latencyMs > 0)
            await delay(decision.latencyMs);
        if (closed || res.destroyed)
            return;
        let reply = faultReply(req, decision);
        if (reply)
            record.fault = decision.action.kind === 'none' ? undefined : decision.action.kind;
        else if (tooLarge) {
            reply = errorReply(new ApiError(413, 'payload_too_large', [
                { code: 'payload_too_large', message: `Request bodies are limited to ${MAX_BODY_BYTES} bytes` },
            ]));
        }
        else
            reply = dispatch(req, method, url, text, record);
        let out = reply.body === undefined ? '' : JSON.stringify(reply.body);
        if (decision.malformedBody && out.length > 1) {
            // Cut mid-document so the body is well-framed but not parseable JSON.
            out = out.slice(0, Math.max(1, Math.floor(out.length / 2)));
            record.fault = 'malformed-body';
        }
        const responseHeaders = { ...reply.headers };
        if (reply.status !== 204) {
            responseHeaders['Content-Type'] = 'application/json; charset=utf-8';
            responseHeaders['Content-Length'] = String(Buffer.byteLength(out));
        }
        res.writeHead(reply.status, responseHeaders);
        res.end(reply.status === 204 ? undefined : out);
        record.status = reply.status;
        record.durationMs = Math.round((performance.now() - started) * 10) / 10;
        requests.push(record);
        options.onRequest?.(record);
    }
    const server = (0,external_node_http_.createServer)((req, res) => {
        handle(req, res).catch((err) => {
            if (!res.headersSent && !res.destroyed) {
                res.writeHead(500, { 'Content-Type': 'application/json; charset=utf-8' });
                res.end(JSON.stringify(new ApiError(500, 'api_error', [{ code: 'internal_error', message: String(err) }]).body()));
            }
        });
    });
    const requestedPort = options.port ?? 0;
    await new Promise((resolve, reject) => {
        const onError = (err) => {
            reject(err.code === 'EADDRINUSE'
                ? new Error(`Port ${requestedPort} on ${host} is already in use: choose another (--port or PORT; 0 picks a free one)`)
                : err);
        };
        server.once('error', onError);
        server.listen(requestedPort, host, () => {
            server.off('error', onError);
            resolve();
        });
    });
    const port = server.address().port;
    const stateView = {
        get fixture() {
            return fixture;
        },
        get incidents() {
            return state.incidents.map((i) => state.renderIncident(i));
        },
        get customFields() {
            return state.customFields.map((f) => state.renderCustomField(f));
        },
        get users() {
            return fixture.users.flatMap((u) => state.renderUserWithRoles(u.id) ?? []);
        },
        get schedules() {
            return fixture.schedules;
        },
        get idempotencyKeys() {
            return [...state.idempotency.keys()];
        },
        get notifications() {
            return [...state.notifications];
        },
    };
    const reset = () => {
        state = new OrgState(fixture, now);
        buckets = limitFor(fixture);
        faults.clear();
        requests.length = 0;
    };
    let closing;
    return {
        url: `http://${host}:${port}`,
        port,
        requests,
        faults,
        state: stateView,
        reset,
        setFixture(next) {
            fixture = resolveFixture(next);
            reset();
        },
        close() {
            closing ??= new Promise((resolve, reject) => {
                closed = true;
                for (const release of [...pendingDelays])
                    release();
                server.close((err) => (err ? reject(err) : resolve()));
                // Keep-alive sockets (fetch pools them) would otherwise hold close() open.
                server.closeAllConnections();
            });
            return closing;
        },
    };
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./packages/incidentio-emulator/src/args.ts
// Command-line arguments of `oncall-gate emulator`: Node's own `util.parseArgs` (strict, long
// string options, `-h`/`--help`), with its errors reworded into one short line a user can act on,
// in the same words as the product's other subcommands (src/cli-args.ts), which this package
// does not import.

class UsageError extends Error {
    name = 'UsageError';
}
/** Parses `args` allowing the long string options `known`; throws UsageError on any misuse. */
function parseFlags(args, known) {
    const options = { help: { type: 'boolean', short: 'h' } };
    for (const name of known)
        options[name] = { type: 'string' };
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args: [...args], options, strict: true, allowPositionals: true, tokens: true });
    }
    catch (error) {
        throw new UsageError(usageMessage(error));
    }
    const flags = new Map();
    for (const token of parsed.tokens) {
        if (token.kind !== 'option' || token.name === 'help')
            continue;
        if (flags.has(token.name))
            throw new UsageError(`Option --${token.name} is given twice.`);
        if (!token.value)
            throw new UsageError(`Option --${token.name} needs a value.`);
        flags.set(token.name, token.value);
    }
    return { flags, positionals: parsed.positionals, help: parsed.values.help === true };
}
/** util.parseArgs explains its errors at length; name the option and what is wrong with it. */
function usageMessage(error) {
    const code = error.code;
    const message = error instanceof Error ? error.message : String(error);
    // Messages quote the option as '--name' or '-h, --help'; keep the long form.
    const option = /'(?:-[^-\s], )?(-{1,2}[^' ,]+)/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
        return `Unknown option ${option}.`;
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
        return /does not take an argument/.test(message) ? `Option ${option} takes no value.` : `Option ${option} needs a value.`;
    }
    return message;
}

;// CONCATENATED MODULE: ./packages/incidentio-emulator/src/cli.ts
// `oncall-gate emulator [--fixture file.yaml] [--port n] [--now <RFC 3339>]`: runs the local
// incident.io emulator on 127.0.0.1 until SIGINT/SIGTERM, printing its URL, the API key to use, and
// one line per request.






const DEFAULT_PORT = 8787;
const USAGE = `Usage: oncall-gate emulator [--fixture <file.yaml>] [--port <n>] [--now <RFC 3339>]

Runs a local incident.io API on http://127.0.0.1:<port> (default ${DEFAULT_PORT}, or $PORT).
Without --fixture it serves the demo organisation the example policies use.
--now starts the emulator's world at that moment (e.g. 2026-01-06T10:00:00Z) and lets it run on
from there: incident timestamps and a schedule's current and next shifts follow it. Schedule
entries are answered for the window a client asks for, so ask with the same moment
(oncall-gate check ... --at <same time>, oncall-gate who ... --at <same time>).
Stop it with Ctrl-C.`;
function parseArgs(args) {
    let parsed;
    try {
        parsed = parseFlags(args, ['fixture', 'port', 'now']);
    }
    catch (error) {
        if (error instanceof UsageError)
            return error.message;
        throw error;
    }
    if (parsed.positionals.length > 0)
        return `Unexpected argument "${parsed.positionals[0]}".`;
    const fixture = parsed.flags.get('fixture');
    const port = parsed.flags.get('port');
    const nowText = parsed.flags.get('now');
    const now = nowText === undefined ? undefined : parseRfc3339(nowText);
    if (nowText !== undefined && !now) {
        return `--now must be an RFC 3339 date and time with an offset, like 2026-01-06T10:00:00Z (got "${nowText}").`;
    }
    return { help: parsed.help, ...(fixture ? { fixture } : {}), ...(port ? { port } : {}), ...(now ? { now } : {}) };
}
function formatRequest(r) {
    const query = Object.entries(r.query)
        .flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((x) => `${k}=${x}`))
        .join('&');
    const fault = r.fault ? ` [fault: ${r.fault}]` : '';
    return `${r.method} ${r.path}${query ? `?${query}` : ''} -> ${r.status} (${r.durationMs} ms)${fault}`;
}
/** Runs until SIGINT/SIGTERM closes the server; resolves with the exit code. */
async function runEmulatorCommand(args, env, io = {}) {
    const out = io.stdout ?? ((line) => process.stdout.write(`${line}\n`));
    const err = io.stderr ?? ((line) => process.stderr.write(`${line}\n`));
    const signals = io.signals ?? process;
    const read = io.readFile ?? ((path) => (0,promises_.readFile)(path, 'utf8'));
    const parsed = parseArgs(args);
    if (typeof parsed === 'string') {
        err(`oncall-gate emulator: ${parsed}\n\n${USAGE}`);
        return 2;
    }
    if (parsed.help) {
        out(USAGE);
        return 0;
    }
    const portText = parsed.port ?? env.PORT ?? String(DEFAULT_PORT);
    if (!/^\d+$/.test(portText) || Number(portText) > 65535) {
        err(`oncall-gate emulator: the port must be a number from 0 to 65535 (got "${portText}" from ${parsed.port ? '--port' : 'PORT'})`);
        return 2;
    }
    let fixture;
    try {
        if (parsed.fixture) {
            let text;
            try {
                text = await read(parsed.fixture);
            }
            catch (e) {
                err(`oncall-gate emulator: cannot read the fixture ${parsed.fixture}: ${e.message}`);
                return 1;
            }
            fixture = parseFixtureYaml(text, parsed.fixture);
        }
        else {
            fixture = parseFixtureYaml(DEMO_FIXTURE_YAML, 'demo fixture');
        }
    }
    catch (e) {
        err(`oncall-gate emulator: ${e instanceof FixtureError ? e.message : String(e)}`);
        return 1;
    }
    let emulator;
    try {
        const clock = parsed.now ? clockStartingAt(parsed.now) : (io.clock ?? systemClock);
        emulator = await startEmulator({ fixture, port: Number(portText), now: clock, onRequest: (r) => out(formatRequest(r)) });
    }
    catch (e) {
        err(`oncall-gate emulator: ${e.message}`);
        return 1;
    }
    const [firstKey] = fixture.keys;
    out(`incident.io emulator listening on ${emulator.url} (${parsed.fixture ? `fixture ${parsed.fixture}` : 'demo organisation'})`);
    out(`Base URL: ${emulator.url} (give it as incidentio-api-url)`);
    if (parsed.now)
        out(`World time: starts at ${parsed.now.toISOString()} and runs on from there (--now)`);
    // Emulator keys are fake by construction, so printing one is safe; the line ends with the key
    // so scripts can take the last field.
    if (firstKey) {
        out(`Key name: ${firstKey.name} (roles: ${firstKey.roles.join(', ') || 'none'})`);
        out(`API key: ${firstKey.key}`);
    }
    out('Press Ctrl-C to stop.');
    await new Promise((resolve) => {
        const stop = (signal) => {
            signals.off('SIGINT', onInt);
            signals.off('SIGTERM', onTerm);
            out(`Received ${signal}, stopping the emulator.`);
            emulator.close().then(resolve, resolve);
        };
        const onInt = () => stop('SIGINT');
        const onTerm = () => stop('SIGTERM');
        signals.once('SIGINT', onInt);
        signals.once('SIGTERM', onTerm);
        io.onListening?.({
            url: emulator.url,
            port: emulator.port,
            close: () => {
                signals.off('SIGINT', onInt);
                signals.off('SIGTERM', onTerm);
                return emulator.close().then(resolve);
            },
        });
    });
    return 0;
}


/***/ })

};
