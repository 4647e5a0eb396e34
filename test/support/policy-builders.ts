// Builders for the resolved policy model and on-call facts used by the decision tables.
import type { AutoRule, DenyRule, EscalationRule, IdentitySettings, Policy, Position } from '../../src/policy/types.js';
import type { OnCallFact } from '../../src/decide/types.js';

export const NOW = new Date('2026-11-20T10:00:00Z');
export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const at = (offsetMs: number): Date => new Date(NOW.getTime() + offsetMs);

export const pos = (line: number, file = 'policies/production.yaml'): Position => ({ file, line, column: 5 });

export function auto(
  schedules: string[],
  opts: {
    durationMs?: number;
    requireReason?: boolean;
    from?: AutoRule['schedulesFrom'];
    /** Schedule ID -> the rotations and layers that count. */
    scope?: Record<string, { rotations?: string[]; layers?: string[] }>;
  } = {},
): AutoRule {
  return {
    type: 'auto',
    schedules,
    schedulesFrom: opts.from ?? (schedules.length > 0 ? 'rule' : 'none'),
    durationMs: opts.durationMs ?? HOUR,
    requireReason: opts.requireReason ?? false,
    ...(opts.scope
      ? {
          scope: new Map(
            Object.entries(opts.scope).map(([id, sc]) => [id, { rotations: sc.rotations ?? [], layers: sc.layers ?? [] }] as const),
          ),
        }
      : {}),
    at: pos(10),
  };
}

export function escalation(services: string[], opts: { requireReason?: boolean } = {}): EscalationRule {
  return {
    type: 'escalation',
    services,
    durationMs: 24 * HOUR,
    allowOneParty: false,
    requireReason: opts.requireReason ?? false,
    at: pos(16),
  };
}

export const deny = (reason: string): DenyRule => ({ type: 'deny', reason, at: pos(20) });

export function policy(name: string, rules: Policy['rules'], environments = ['production']): Policy {
  return { name, match: { environments }, rules, at: pos(1, `policies/${name}.yaml`) };
}

export function shift(scheduleId: string, email: string, fromMs: number, toMs: number, name = email.split('@')[0] ?? email): OnCallFact {
  return { scheduleId, email, name, userId: `U-${name}`, startAt: at(fromMs), endAt: at(toMs) };
}

/** The shift on a rotation and layer (either may be left out, as incident.io may leave them out). */
export function placed(s: OnCallFact, rotationId: string | undefined, layerId?: string): OnCallFact {
  return { ...s, ...(rotationId !== undefined ? { rotationId } : {}), ...(layerId !== undefined ? { layerId } : {}) };
}

export function facts(...shifts: OnCallFact[]): Map<string, OnCallFact[]> {
  const m = new Map<string, OnCallFact[]>();
  for (const s of shifts) m.set(s.scheduleId, [...(m.get(s.scheduleId) ?? []), s]);
  return m;
}

export function identities(users: Record<string, string> = {}, file?: string): IdentitySettings {
  return {
    lookup: ['map'],
    users: new Map(Object.entries(users).map(([k, v]) => [k.toLowerCase(), v])),
    ...(file ? { at: { file, line: 1, column: 1 } } : {}),
  };
}
