// What `audit` reports (the README's "What it does"): coverage gaps in the next 7 days (times
// when nobody who maps to a GitHub login is on call for a policy's escalation schedules, so a
// request could not be approved), deleted schedules, identities that no longer resolve, and a
// missing or unusable custom field. Pure: built from the live-check facts and the remote plan.
import type { Diagnostic } from '../policy/diagnostic.js';
import type { LiveCheckResult } from '../policy/live-checks.js';
import type { PolicySet, Position } from '../policy/types.js';
import { clip, subtract, type Interval } from '../plan/intervals.js';
import type { ShiftsBySchedule } from '../plan/people.js';
import type { RemotePlan } from './remote-changes.js';

export type DriftKind = 'coverage-gap' | 'deleted-schedule' | 'unresolved-identity' | 'missing-custom-field' | 'custom-field-type';

export interface Drift {
  kind: DriftKind;
  message: string;
  fix: string;
  at?: Position;
  /** coverage-gap: the policy and the uncovered intervals (UTC instants). */
  policy?: string;
  gaps?: Interval[];
}

export interface CoverageGap {
  policy: string;
  /** The escalation schedules (`services`) of the policy. */
  schedules: string[];
  gaps: Interval[];
  at: Position;
}

/**
 * Per policy with escalation rules: the times in [now, now + window) when no one on call for any of
 * its `services` maps to a GitHub login in the identities map. A policy with a `deny` rule is
 * skipped (a deny in a matching policy wins, so it denies regardless).
 */
export function coverageGaps(set: PolicySet, shifts: ShiftsBySchedule, now: Date, windowMs: number): CoverageGap[] {
  const window: Interval = { start: now.getTime(), end: now.getTime() + windowMs };
  const mapped = new Set([...set.identities.users.values()].map((e) => e.trim().toLowerCase()));
  const out: CoverageGap[] = [];
  for (const policy of set.policies) {
    if (policy.rules.some((r) => r.type === 'deny')) continue;
    const escalations = policy.rules.filter((r) => r.type === 'escalation');
    const [first] = escalations;
    if (!first) continue;
    const schedules = [...new Set(escalations.flatMap((r) => r.services))];
    const covered = schedules.flatMap((id) =>
      (shifts.get(id) ?? []).filter((s) => mapped.has(s.email)).map((s) => ({ start: s.startAt.getTime(), end: s.endAt.getTime() })),
    );
    const gaps = subtract([window], clip(covered, window));
    if (gaps.length > 0) out.push({ policy: policy.name, schedules, gaps, at: first.at });
  }
  return out;
}

const fromDiagnostic = (kind: DriftKind, d: Diagnostic): Drift => ({
  kind,
  message: d.message,
  fix: d.fix,
  at: { file: d.file, line: d.line, column: d.column },
});

export interface DriftInput {
  set: PolicySet;
  live: LiveCheckResult;
  remote: RemotePlan;
  now: Date;
  windowMs: number;
}

/** Every drift finding, in a stable order: schedules, identities, custom field, coverage. */
export function findDrift(input: DriftInput): Drift[] {
  const { set, live, remote } = input;
  const drift: Drift[] = [];
  for (const d of live.diagnostics) {
    if (d.code === 'unknown-schedule') drift.push(fromDiagnostic('deleted-schedule', d));
  }
  for (const d of live.diagnostics) {
    if (d.code === 'unresolved-identity') drift.push(fromDiagnostic('unresolved-identity', d));
  }
  for (const d of remote.diagnostics) {
    if (d.code === 'custom-field-type' || d.code === 'custom-field-name') drift.push(fromDiagnostic('custom-field-type', d));
  }
  for (const a of remote.actions) {
    if (a.kind !== 'create-custom-field') continue;
    const at = remote.changes[0]?.at;
    drift.push({
      kind: 'missing-custom-field',
      message: `The incident.io custom field "${a.payload.name}" that escalation incidents record schedule IDs in does not exist`,
      fix: 'Run oncall-gate `apply` (command: apply, with a key that has the manage_settings role) to create it, or create a text custom field with that name in incident.io (Settings > Custom fields).',
      ...(at ? { at } : {}),
    });
  }
  const names = (ids: string[]): string =>
    ids
      .map((id) => {
        const schedule = live.facts.schedules.get(id);
        return schedule ? `${schedule.name} (${id})` : id;
      })
      .join(', ');
  for (const gap of coverageGaps(set, live.facts.shifts, input.now, input.windowMs)) {
    drift.push({
      kind: 'coverage-gap',
      policy: gap.policy,
      gaps: gap.gaps,
      at: gap.at,
      message: `Policy ${gap.policy}: for ${gap.gaps.length} period${gap.gaps.length === 1 ? '' : 's'} in the next 7 days nobody who maps to a GitHub login is on call for ${names(gap.schedules)}, so an escalation could not be approved`,
      fix: `Fill the gaps in the rota in incident.io, or add the people on call then to \`users:\` in ${set.identities.at?.file ?? 'the identities file'}.`,
    });
  }
  return drift;
}
