// A schedule's rotations and their layers, by ID, from GET /v2/schedules/{id} (`config.rotations`,
// docs/incidentio.md "Rotations and layers"). incident.io lists a rotation once per version (each
// with its own `effective_from`), so the versions are merged by ID: the name is the newest
// version's, and the layers are every version's (an entry of an older version still names its
// layer). Pure.
import type { Schedule, ScheduleRotation } from '../incidentio/types.js';

export interface RotationInfo {
  id: string;
  name: string;
  layers: { id: string; name: string }[];
}

/** A schedule's rotations, once each, in the order they first appear. */
export function rotationsOf(schedule: Pick<Schedule, 'config'>): RotationInfo[] {
  const versions = new Map<string, ScheduleRotation[]>();
  for (const r of schedule.config?.rotations ?? []) versions.set(r.id, [...(versions.get(r.id) ?? []), r]);
  const from = (r: ScheduleRotation): number => (r.effective_from ? Date.parse(r.effective_from) : -Infinity);
  return [...versions].map(([id, list]) => {
    // Oldest first, so a newer version's names win.
    const ordered = [...list].sort((a, b) => from(a) - from(b));
    const layers = new Map<string, string>();
    for (const r of ordered) for (const l of r.layers) layers.set(l.id, l.name);
    return { id, name: ordered[ordered.length - 1]?.name ?? '', layers: [...layers].map(([lid, name]) => ({ id: lid, name })) };
  });
}

/** Rotation and layer names by ID, for showing who is on call on which rotation and layer. */
export interface RotationNames {
  rotations: ReadonlyMap<string, string>;
  layers: ReadonlyMap<string, string>;
}

export function rotationNames(schedules: Iterable<Pick<Schedule, 'config'>>): RotationNames {
  const rotations = new Map<string, string>();
  const layers = new Map<string, string>();
  for (const s of schedules) {
    for (const r of rotationsOf(s)) {
      rotations.set(r.id, r.name);
      for (const l of r.layers) layers.set(l.id, l.name);
    }
  }
  return { rotations, layers };
}
