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
import { createHash } from 'node:crypto';

export type HandoverIntervalType = 'hourly' | 'daily' | 'weekly';

export interface Handover {
  interval: number;
  interval_type: HandoverIntervalType;
}

export interface RotationInput {
  id: string;
  /** Opaque user references (the emulator passes user IDs); null = a slot nobody can be resolved for. */
  users: ReadonlyArray<string | null>;
  handover_start_at: Date;
  handovers: readonly Handover[];
  effective_from?: Date;
  /** Layer IDs, in order (default: one layer, `defaultLayerId(id)`). */
  layers?: readonly string[];
}

export interface OverrideInput {
  id: string;
  /** null models "nobody" for the span. */
  user: string | null;
  start_at: Date;
  end_at: Date;
  rotation_id?: string;
  layer_id?: string;
}

export interface ScheduleInput {
  id: string;
  /** IANA zone name; daily/weekly handovers keep their wall-clock time in it. */
  timezone: string;
  rotations: readonly RotationInput[];
  overrides: readonly OverrideInput[];
}

export interface ComputedEntry {
  rotation_id: string;
  layer_id: string;
  user: string | null;
  start_at: Date;
  end_at: Date;
  /** Stable per shift; override-derived final entries share the override's. */
  fingerprint: string;
  /** Only for entries backed by a stored record, i.e. overrides; computed rotation shifts have none. */
  entry_id?: string;
}

export interface ComputedScheduleEntries {
  scheduled: ComputedEntry[];
  overrides: ComputedEntry[];
  final: ComputedEntry[];
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Guard against a window that would enumerate an absurd number of shifts (e.g. hourly over decades). */
export const MAX_SHIFTS_PER_ROTATION = 100_000;

/** The ID of the one layer of a rotation that declares none. */
export function defaultLayerId(rotationId: string): string {
  return stableId('layer', rotationId);
}

/** A rotation's layer IDs, in order. */
export function layerIds(rotation: Pick<RotationInput, 'id' | 'layers'>): readonly string[] {
  return rotation.layers && rotation.layers.length > 0 ? rotation.layers : [defaultLayerId(rotation.id)];
}

/** Whether [start, end) overlaps the window; a zero-length window is the instant `windowStart`. */
export function overlapsWindow(start: number, end: number, windowStart: number, windowEnd: number): boolean {
  if (windowEnd <= windowStart) return start <= windowStart && windowStart < end;
  return start < windowEnd && end > windowStart;
}

/** The entries whose half-open span [start_at, end_at) contains `at` (how oncall-gate reads "on call at"). */
export function entriesAt(entries: readonly ComputedEntry[], at: Date): ComputedEntry[] {
  const t = at.getTime();
  return entries.filter((e) => e.start_at.getTime() <= t && t < e.end_at.getTime());
}

/** A 26-character Crockford base32 digest, shaped like incident.io's ULID-looking IDs. */
export function stableId(...parts: Array<string | number>): string {
  const digest = createHash('sha256').update(parts.join('\u0000')).digest();
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
    if (out.length >= 26) break;
  }
  return out;
}

// ---- wall-clock arithmetic in a time zone (daily/weekly handovers) ----

const formatterCache = new Map<string, Intl.DateTimeFormat>();

function isUtcZone(timeZone: string): boolean {
  return timeZone === 'UTC' || timeZone === 'Etc/UTC' || timeZone === 'Z';
}

/** The local wall-clock time of `utcMs` in `timeZone`, expressed as if it were UTC milliseconds. */
function wallClockAsUtc(utcMs: number, timeZone: string): number {
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
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(all.find((p) => p.type === type)?.value);
  const ms = ((utcMs % 1000) + 1000) % 1000;
  return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'), ms);
}

/** The UTC instant at which the wall clock in `timeZone` shows `wallMs` (first match in a DST gap). */
function utcFromWallClock(wallMs: number, timeZone: string): number {
  let guess = wallMs - (wallClockAsUtc(wallMs, timeZone) - wallMs);
  guess = wallMs - (wallClockAsUtc(guess, timeZone) - guess);
  return guess;
}

/** `instant` moved by whole calendar days, keeping its wall-clock time in `timeZone`. */
export function addCalendarDays(instantMs: number, days: number, timeZone: string): number {
  if (days === 0) return instantMs;
  if (isUtcZone(timeZone)) return instantMs + days * DAY_MS;
  const wall = wallClockAsUtc(instantMs, timeZone);
  return utcFromWallClock(wall + days * DAY_MS, timeZone);
}

/** Whether `timeZone` is an IANA zone name this runtime knows. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

// ---- rotations ----

interface RotationCycle {
  anchor: number;
  timeZone: string;
  /** Per handover: calendar days and absolute hours it adds. */
  steps: Array<{ days: number; hours: number }>;
  cycleDays: number;
  cycleHours: number;
  nominalCycleMs: number;
}

function cycleOf(rotation: RotationInput, timeZone: string): RotationCycle {
  const steps = rotation.handovers.map((h) => {
    if (h.interval_type === 'hourly') return { days: 0, hours: h.interval };
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
function boundary(c: RotationCycle, k: number): number {
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
function shiftIndexAt(c: RotationCycle, t: number): number {
  const n = c.steps.length;
  let k = Math.floor((t - c.anchor) / c.nominalCycleMs) * n;
  while (boundary(c, k) > t) k--;
  while (boundary(c, k + 1) <= t) k++;
  return k;
}

function modulo(a: number, n: number): number {
  return ((a % n) + n) % n;
}

/** Versions of each rotation id, each active from its effective_from until the next version's. */
function rotationVersions(rotations: readonly RotationInput[]) {
  const byId = new Map<string, RotationInput[]>();
  for (const r of rotations) {
    const list = byId.get(r.id) ?? [];
    list.push(r);
    byId.set(r.id, list);
  }
  const out: Array<{ rotation: RotationInput; from: number; until: number; version: number }> = [];
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

function tooManyShifts(rotationId: string): RangeError {
  return new RangeError(
    `the window covers more than ${MAX_SHIFTS_PER_ROTATION} shifts of rotation ${rotationId}; ask for a shorter window`,
  );
}

/** Scheduled shifts of every rotation overlapping [ws, we), whole (not clipped to the window). */
function scheduledShifts(schedule: ScheduleInput, ws: number, we: number): ComputedEntry[] {
  const out: ComputedEntry[] = [];
  for (const { rotation, from, until, version } of rotationVersions(schedule.rotations)) {
    if (rotation.users.length === 0 || rotation.handovers.length === 0) continue;
    const instant = we <= ws;
    const lo = Math.max(ws, from);
    const hi = Math.min(we, until);
    if (instant ? !(from <= ws && ws < until) : lo >= hi) continue;
    const c = cycleOf(rotation, schedule.timezone);
    const layers = layerIds(rotation);
    if (!instant && ((hi - lo) / c.nominalCycleMs) * c.steps.length > MAX_SHIFTS_PER_ROTATION) throw tooManyShifts(rotation.id);
    let k = shiftIndexAt(c, lo);
    let count = 0;
    for (;;) {
      const start = boundary(c, k);
      if (instant ? start > ws : start >= hi) break;
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
      if (++count > MAX_SHIFTS_PER_ROTATION) throw tooManyShifts(rotation.id);
    }
  }
  return out;
}

/** [start, end) minus every span in `cuts`, as ordered pieces. */
function subtract(start: number, end: number, cuts: ReadonlyArray<{ start: number; end: number }>) {
  let pieces = [{ start, end }];
  for (const cut of cuts) {
    const next: Array<{ start: number; end: number }> = [];
    for (const p of pieces) {
      if (cut.end <= p.start || cut.start >= p.end) {
        next.push(p);
        continue;
      }
      if (cut.start > p.start) next.push({ start: p.start, end: cut.start });
      if (cut.end < p.end) next.push({ start: cut.end, end: p.end });
    }
    pieces = next;
  }
  return pieces;
}

function byStart(a: ComputedEntry, b: ComputedEntry): number {
  return a.start_at.getTime() - b.start_at.getTime() || a.end_at.getTime() - b.end_at.getTime();
}

/** The rotation an override applies to: its own, else the schedule's first rotation. */
export function overrideRotationId(schedule: ScheduleInput, override: OverrideInput): string {
  return override.rotation_id ?? schedule.rotations[0]?.id ?? '';
}

/** The layer an override applies to: its own, else the first layer of its rotation. */
export function overrideLayerId(schedule: ScheduleInput, override: OverrideInput): string {
  if (override.layer_id !== undefined) return override.layer_id;
  const rotationId = overrideRotationId(schedule, override);
  const rotation = schedule.rotations.find((r) => r.id === rotationId);
  return rotation ? (layerIds(rotation)[0] ?? '') : defaultLayerId(rotationId);
}

/**
 * `scheduled`, `overrides` and `final` entries of `schedule` that overlap [windowStart, windowEnd)
 * (a zero-length window asks about one instant), each list sorted by start.
 */
export function computeScheduleEntries(schedule: ScheduleInput, windowStart: Date, windowEnd: Date): ComputedScheduleEntries {
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

  const final: ComputedEntry[] = [];
  for (const shift of scheduled) {
    const cuts = spans.filter((s) => s.rotation === shift.rotation_id && s.layer === shift.layer_id);
    const pieces = subtract(shift.start_at.getTime(), shift.end_at.getTime(), cuts);
    for (const p of pieces) {
      if (!overlapsWindow(p.start, p.end, ws, we)) continue;
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
      if (!overlapsWindow(p.start, p.end, ws, we)) continue;
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
