// Rota snapshots (docs/policy-tests.md) as the source of schedule entries for the plan's people
// effect when there is no incident.io key. Which snapshots to read (one window: snapshots that
// share it, as `record` writes them with the same --from and --to), and a reader with the live
// client's shape (ScheduleEntriesReader), so their entries go through the same reading
// (fetchShifts, toShifts) and the same diffPeople as live ones. Pure: the snapshots are already
// loaded (commands/policy-tests.ts reads the folder).
import { OncallGateError } from '../errors.js';
import type { ScheduleEntry } from '../incidentio/types.js';
import type { ScheduleEntriesReader } from '../oncall/on-call.js';
import type { RotaSnapshot } from '../policy-test/load-tests.js';
import { formatInterval, type Interval } from './intervals.js';

export interface SnapshotChoice {
  /** The window of the snapshots read, which the people effect covers. */
  window: Interval;
  /** The snapshots read, each with the named schedules taken from it. */
  used: { snapshot: RotaSnapshot; schedules: string[] }[];
  /** The other snapshots, and why they were not read. */
  unused: { file: string; reason: string }[];
  /** Named schedules in none of the snapshots read: who is on call there is unknown. */
  unknown: string[];
  /** Of those, the ones a snapshot of another window holds: schedule ID -> that snapshot's file. */
  elsewhere: Map<string, string>;
  /** Schedule ID -> the snapshot its entries are read from. */
  sources: Map<string, RotaSnapshot>;
}

const recorded = (s: RotaSnapshot): number => s.recordedAt?.getTime() ?? Number.NEGATIVE_INFINITY;
/** Later recording first, then by path: which of two snapshots holding a schedule is read. */
const fresherFirst = (a: RotaSnapshot, b: RotaSnapshot): number =>
  recorded(b) - recorded(a) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
const windowOf = (s: RotaSnapshot): Interval => ({ start: s.window.from.getTime(), end: s.window.to.getTime() });

/**
 * The snapshots to read for the schedules `wanted`: of the groups of snapshots sharing a window,
 * the one holding the most of them, then the latest recorded, then the earliest window. A
 * schedule held by two snapshots of that window is read from the later recording. Undefined
 * when there is no snapshot.
 */
export function chooseSnapshots(snapshots: Iterable<RotaSnapshot>, wanted: readonly string[]): SnapshotChoice | undefined {
  // Freshest first, so within a group the first holder of a schedule is the one read.
  const groups = new Map<string, { window: Interval; members: RotaSnapshot[] }>();
  for (const s of [...snapshots].sort(fresherFirst)) {
    const window = windowOf(s);
    const key = `${window.start}/${window.end}`;
    const group = groups.get(key) ?? { window, members: [] };
    group.members.push(s);
    groups.set(key, group);
  }
  const ranked = [...groups.values()]
    .map((g) => ({
      ...g,
      covered: wanted.filter((id) => g.members.some((s) => s.schedules.has(id))).length,
      latest: Math.max(...g.members.map(recorded)),
    }))
    .sort((a, b) => b.covered - a.covered || b.latest - a.latest || a.window.start - b.window.start);
  const [chosen, ...others] = ranked;
  if (!chosen) return undefined;

  const sources = new Map<string, RotaSnapshot>();
  for (const id of wanted) {
    const holder = chosen.members.find((s) => s.schedules.has(id));
    if (holder) sources.set(id, holder);
  }
  const used: SnapshotChoice['used'] = [];
  const unused: SnapshotChoice['unused'] = [];
  for (const snapshot of chosen.members) {
    const schedules = wanted.filter((id) => sources.get(id) === snapshot);
    // Nothing named (or nothing held): the freshest snapshot of the window still stands for it.
    if (schedules.length > 0 || (sources.size === 0 && used.length === 0)) {
      used.push({ snapshot, schedules });
      continue;
    }
    const readFrom = wanted.flatMap((id) => (snapshot.schedules.has(id) ? [sources.get(id)?.file ?? ''] : []))[0];
    unused.push({
      file: snapshot.file,
      reason: readFrom ? `the schedules it holds are read from ${readFrom}` : 'it holds no schedule the policies name',
    });
  }
  for (const other of others) {
    for (const s of other.members) unused.push({ file: s.file, reason: `another window, ${formatInterval(other.window)}` });
  }
  unused.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const unknown = wanted.filter((id) => !sources.has(id));
  const elsewhere = new Map<string, string>();
  for (const id of unknown) {
    const holder = others.flatMap((g) => g.members).find((s) => s.schedules.has(id));
    if (holder) elsewhere.set(id, holder.file);
  }
  return { window: chosen.window, used, unused, unknown, elsewhere, sources };
}

const iso = (d: Date): string => d.toISOString();

/**
 * A ScheduleEntriesReader over snapshots: a schedule's `final` entries overlapping the window
 * asked for, shaped as incident.io's (user with ID, name and email; rotation and layer when the
 * snapshot gives them). Only the schedules in `sources` can be read.
 */
export function snapshotEntriesReader(sources: ReadonlyMap<string, RotaSnapshot>): ScheduleEntriesReader {
  return {
    listScheduleEntries(scheduleId: string, from: Date, to: Date) {
      const snapshot = sources.get(scheduleId);
      if (!snapshot) {
        return Promise.reject(
          new OncallGateError({
            kind: 'not-found',
            message: `The schedule ${scheduleId} is in none of the rota snapshots read.`,
            fix: `Record it with \`oncall-gate record --schedule ${scheduleId} --from <time> --to <time>\`; see docs/policy-tests.md.`,
          }),
        );
      }
      const final: ScheduleEntry[] = (snapshot.schedules.get(scheduleId) ?? [])
        .filter((s) => s.startAt < to && s.endAt > from)
        .map((s) => ({
          start_at: iso(s.startAt),
          end_at: iso(s.endAt),
          user: { id: s.userId, name: s.name, email: s.email },
          ...(s.rotationId ? { rotation_id: s.rotationId } : {}),
          ...(s.layerId ? { layer_id: s.layerId } : {}),
        }));
      return Promise.resolve({ scheduled: [], overrides: [], final });
    },
  };
}
