// Pure on-call arithmetic over schedule entries: who covers an instant, and until when. Instants
// are compared as numbers, never as strings (incident.io's timestamps carry microseconds, ours
// milliseconds). Coverage is half-open, start_at <= t < end_at: incident.io does not say whether
// an entry's end is inclusive, and half-open makes back-to-back shifts never overlap.
import type { ScheduleEntry } from '../incidentio/types.js';

/** One person's `final` on-call shift on one schedule. */
export interface OnCallShift {
  scheduleId: string;
  /** Lower-cased: emails, the join key with GitHub, are compared case-insensitively. */
  email: string;
  name: string;
  userId: string;
  startAt: Date;
  endAt: Date;
  /**
   * The rotation and layer the entry belongs to, when incident.io says ("if present": an
   * override's entry may carry neither, and newer API versions may drop `layer_id`).
   */
  rotationId?: string;
  layerId?: string;
}

/** Shifts per schedule ID. */
export type OnCallBySchedule = Map<string, OnCallShift[]>;

const ms = (timestamp: string): number => Date.parse(timestamp);

/** An entry that can be joined to a person: it has a user (optional in the API) with an email. */
function hasEmail(entry: ScheduleEntry): entry is ScheduleEntry & { user: { email: string } } {
  return entry.user !== undefined && typeof entry.user.email === 'string' && entry.user.email.trim() !== '';
}

/** Entries covering `at` that name a person with an email; entries without either are skipped. */
export function finalEntriesCovering(entries: ScheduleEntry[], at: Date): ScheduleEntry[] {
  const t = at.getTime();
  return entries.filter((e) => hasEmail(e) && ms(e.start_at) <= t && t < ms(e.end_at));
}

/**
 * Entries as shifts of `scheduleId`, skipping entries without a user email, dropping exact
 * duplicates (the same person, times, rotation and layer, e.g. repeated across pages), sorted by
 * start. The same person on two layers at once is two shifts: a rule may count only one of them.
 */
export function toShifts(scheduleId: string, entries: ScheduleEntry[]): OnCallShift[] {
  const seen = new Set<string>();
  const out: OnCallShift[] = [];
  for (const e of entries) {
    if (!hasEmail(e)) continue;
    const shift: OnCallShift = {
      scheduleId,
      email: e.user.email.trim().toLowerCase(),
      name: e.user.name,
      userId: e.user.id,
      startAt: new Date(ms(e.start_at)),
      endAt: new Date(ms(e.end_at)),
      ...(e.rotation_id ? { rotationId: e.rotation_id } : {}),
      ...(e.layer_id ? { layerId: e.layer_id } : {}),
    };
    const key = [shift.userId, shift.email, shift.startAt.getTime(), shift.endAt.getTime(), e.rotation_id ?? '', e.layer_id ?? ''].join(
      '\u0000',
    );
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(shift);
  }
  return out.sort((a, b) => a.startAt.getTime() - b.startAt.getTime() || a.endAt.getTime() - b.endAt.getTime());
}

/** Shifts covering `at`. */
export function onCallAt(shifts: readonly OnCallShift[], at: Date): OnCallShift[] {
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
export function shiftEndFor(email: string, shifts: readonly OnCallShift[], at: Date): Date | undefined {
  const who = email.trim().toLowerCase();
  const mine = shifts.filter((s) => s.email === who);
  const covering = onCallAt(mine, at);
  if (covering.length === 0) return undefined;
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
export function shiftsOverlapping(shifts: readonly OnCallShift[], from: Date, to: Date): OnCallShift[] {
  const f = from.getTime();
  const t = to.getTime();
  if (t <= f) return onCallAt(shifts, from);
  return shifts.filter((s) => s.startAt.getTime() < t && s.endAt.getTime() > f);
}
