// Who is on call, read from incident.io schedule entries (docs/incidentio.md, "Schedules and who is
// on call"): for each schedule one windowed GET /v2/schedule_entries with all its pages, the
// `final` entries only (`scheduled` ignores overrides; `final` is what actually happens),
// schedules fetched concurrently (the client caps requests in flight).
// The pure parts live in shifts.ts and are re-exported here.
import type { IncidentIoClient } from '../incidentio/client.js';
import { rotationNames, type RotationNames } from './rotations.js';
import { finalEntriesCovering, shiftsOverlapping, toShifts, type OnCallBySchedule, type OnCallShift } from './shifts.js';

export { finalEntriesCovering, onCallAt, shiftEndFor, shiftsOverlapping, toShifts } from './shifts.js';
export type { OnCallBySchedule, OnCallShift } from './shifts.js';

/** The only client call this module needs, so tests and callers can pass a narrow fake. */
export type ScheduleEntriesReader = Pick<IncidentIoClient, 'listScheduleEntries'>;

/**
 * The rotation and layer names of these schedules (GET /v2/schedules/{id}, concurrently), for
 * showing who is on call where. Names never decide anything (a scope names IDs), so a schedule
 * that cannot be read only loses its names.
 */
export async function fetchRotationNames(
  client: Pick<IncidentIoClient, 'getSchedule'>,
  scheduleIds: readonly string[],
): Promise<RotationNames> {
  const read = await Promise.allSettled(unique([...scheduleIds]).map((id) => client.getSchedule(id)));
  return rotationNames(read.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : [])));
}

/** The window asked for "now": one minute, as incident.io's own approval integration asks. */
export const ON_CALL_WINDOW_MS = 60_000;

const unique = (ids: readonly string[]): string[] => [...new Set(ids)];

/** Shifts covering `at`, per schedule (every requested schedule has a key, possibly with []). */
export async function fetchOnCall(client: ScheduleEntriesReader, scheduleIds: string[], at: Date): Promise<OnCallBySchedule> {
  const end = new Date(at.getTime() + ON_CALL_WINDOW_MS);
  const ids = unique(scheduleIds);
  const lists = await Promise.all(
    ids.map(async (id) => {
      const entries = await client.listScheduleEntries(id, at, end);
      return toShifts(id, finalEntriesCovering(entries.final, at));
    }),
  );
  return new Map(ids.map((id, i) => [id, lists[i] ?? []]));
}

/** How far ahead the gate's one query per schedule reaches: the step summary's on-call outlook. */
export const OUTLOOK_MS = 12 * 60 * 60_000;

/** Who is on call now, and the shifts of the hours ahead, from the same query. */
export interface OnCallWithOutlook {
  /** Shifts covering `at`, per schedule: exactly what fetchOnCall returns, the decision's facts. */
  now: OnCallBySchedule;
  /** Final shifts overlapping [from, to), per schedule, sorted by start: for the summary only. */
  outlook: { from: Date; to: Date; shifts: OnCallBySchedule };
}

/**
 * fetchOnCall and the next `outlookMs` in one query per schedule: the window runs from `at` to
 * `at + outlookMs` instead of one minute. The API returns every entry overlapping the window, so
 * the entries covering `at` (the decision's facts) are the same as for a one-minute window.
 */
export async function fetchOnCallWithOutlook(
  client: ScheduleEntriesReader,
  scheduleIds: string[],
  at: Date,
  outlookMs = OUTLOOK_MS,
): Promise<OnCallWithOutlook> {
  const to = new Date(at.getTime() + Math.max(outlookMs, ON_CALL_WINDOW_MS));
  const ids = unique(scheduleIds);
  const lists = await Promise.all(
    ids.map(async (id) => {
      const entries = await client.listScheduleEntries(id, at, to);
      return { now: toShifts(id, finalEntriesCovering(entries.final, at)), ahead: shiftsOverlapping(toShifts(id, entries.final), at, to) };
    }),
  );
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
export async function fetchShifts(
  client: ScheduleEntriesReader,
  scheduleIds: string[],
  from: Date,
  to: Date,
): Promise<Map<string, OnCallShift[]>> {
  const ids = unique(scheduleIds);
  const lists = await Promise.all(
    ids.map(async (id) => {
      const entries = await client.listScheduleEntries(id, from, to);
      // The API returns entries overlapping the window; filter again in case a server clips differently.
      return shiftsOverlapping(toShifts(id, entries.final), from, to);
    }),
  );
  return new Map(ids.map((id, i) => [id, lists[i] ?? []]));
}
