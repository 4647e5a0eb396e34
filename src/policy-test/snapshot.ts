// A rota snapshot (docs/policy-tests.md) from incident.io's schedule entries, pure: the `final`
// entries (overrides applied) of each schedule in a window, and the users they name with their
// emails. Nothing else is kept: no Slack IDs, roles or other user fields, no `scheduled` or
// `overrides` lists. An entry without a user or an email is never anyone on call, so it is left
// out (and counted, so `record` can say so).
import type { FromSchema } from 'json-schema-to-ts';
import type { ScheduleEntry } from '../incidentio/types.js';
import type { snapshotFileSchema } from './schema.js';

export type SnapshotDoc = FromSchema<typeof snapshotFileSchema>;

export interface RecordedSchedule {
  id: string;
  name?: string;
  /** The `final` entries for the window. */
  entries: readonly ScheduleEntry[];
}

const iso = (t: string | Date): string =>
  new Date(typeof t === 'string' ? Date.parse(t) : t.getTime()).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The snapshot document, and how many entries were left out for lacking a user email. */
export function snapshotFromEntries(input: { from: Date; to: Date; recordedAt: Date; schedules: readonly RecordedSchedule[] }): {
  doc: SnapshotDoc;
  skipped: number;
} {
  const users = new Map<string, { id: string; name: string; email: string }>();
  let skipped = 0;
  const schedules = input.schedules.map((s) => {
    const seen = new Set<string>();
    const entries: SnapshotDoc['schedules'][number]['entries'] = [];
    for (const e of s.entries) {
      const email = e.user?.email?.trim();
      if (!e.user || !email) {
        skipped++;
        continue;
      }
      if (!users.has(e.user.id)) users.set(e.user.id, { id: e.user.id, name: e.user.name, email });
      const entry = {
        user: e.user.id,
        start: iso(e.start_at),
        end: iso(e.end_at),
        ...(e.rotation_id ? { rotation: e.rotation_id } : {}),
        ...(e.layer_id ? { layer: e.layer_id } : {}),
      };
      // The same shift listed twice (on two pages) is one shift.
      const key = JSON.stringify(entry);
      if (seen.has(key)) continue;
      seen.add(key);
      entries.push(entry);
    }
    entries.sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || Date.parse(a.end) - Date.parse(b.end));
    return { id: s.id, ...(s.name ? { name: s.name } : {}), entries };
  });
  return {
    doc: {
      version: 1,
      kind: 'rota-snapshot',
      recordedAt: iso(input.recordedAt),
      window: { from: iso(input.from), to: iso(input.to) },
      users: [...users.values()],
      schedules,
    },
    skipped,
  };
}
