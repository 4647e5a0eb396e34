// An `auto` rule's scope (policies/README.md, "Rotations and layers"): which on-call entries of a
// schedule count. Pure. A schedule the scope does not list counts whole; on a listed one, an
// entry counts when its rotation is one of the listed rotations or its layer one of the listed
// layers. An entry that says neither (incident.io gives them "if present": an override may lack
// them) never counts for a scoped schedule: a scope is a narrowing, so what cannot be shown to be
// inside it is outside.
import type { OnCallShift } from '../oncall/shifts.js';
import type { AutoRule, Rule, ScheduleScope } from '../policy/types.js';

/** Whether `shift` counts under `scope` (its schedule's entry in a rule's scope; undefined: unscoped). */
export function inScope(scope: ScheduleScope | undefined, shift: Pick<OnCallShift, 'rotationId' | 'layerId'>): boolean {
  if (!scope) return true;
  return (
    (shift.rotationId !== undefined && scope.rotations.includes(shift.rotationId)) ||
    (shift.layerId !== undefined && scope.layers.includes(shift.layerId))
  );
}

/** Whether `shift` (of one of the rule's schedules) counts for the rule. */
export function countsFor(rule: Pick<AutoRule, 'scope'>, shift: Pick<OnCallShift, 'scheduleId' | 'rotationId' | 'layerId'>): boolean {
  return inScope(rule.scope?.get(shift.scheduleId), shift);
}

/** The schedules some `auto` rule of the policies scopes: where rotation and layer names explain a decision. */
export function scopedSchedules(policies: readonly { rules: readonly Rule[] }[]): string[] {
  return [...new Set(policies.flatMap((p) => p.rules.flatMap((r) => (r.type === 'auto' && r.scope ? [...r.scope.keys()] : []))))];
}
