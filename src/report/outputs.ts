// The action's outputs (declared in action.yml, described in the README's "Outputs"), collected
// during a run and set once at the end.
// `result` is set in every outcome; the others when known, else empty.
import type { Decision } from '../decide/types.js';

export interface ActionOutputs {
  result: string;
  approved?: boolean;
  onCall?: boolean;
  onCallSchedules?: string[];
  approvedBy?: string;
  expiresAt?: Date;
  policies?: string[];
  incidentId?: string;
  incidentReference?: string;
  incidentUrl?: string;
  errors?: number;
  /** Path of the decision record file (gate, request, review). */
  decisionRecord?: string;
  /** gate/request/review: outage mode decided (incident.io was unavailable). */
  degraded?: boolean;
}

/** The output names and values exactly as the action publishes them. */
export function outputRecord(o: ActionOutputs): Record<string, string> {
  const s = (v: unknown): string => (v === undefined ? '' : String(v));
  return {
    result: o.result,
    approved: s(o.approved),
    'on-call': s(o.onCall),
    'on-call-schedules': o.onCallSchedules ? JSON.stringify(o.onCallSchedules) : '',
    'approved-by': s(o.approvedBy),
    'expires-at': o.expiresAt ? o.expiresAt.toISOString().replace(/\.\d{3}Z$/, 'Z') : '',
    policies: o.policies ? JSON.stringify(o.policies) : '',
    'incident-id': s(o.incidentId),
    'incident-reference': s(o.incidentReference),
    'incident-url': s(o.incidentUrl),
    errors: s(o.errors),
    'decision-record': s(o.decisionRecord),
    degraded: s(o.degraded),
  };
}

/** The gate's outputs for a decision: `result` and `approved` always, the rest when known. */
export function gateOutputs(decision: Decision): ActionOutputs {
  const out: ActionOutputs = { result: decision.result, approved: decision.approved, degraded: decision.degraded !== undefined };
  if (decision.result === 'error') {
    if (decision.policies.length > 0) out.policies = decision.policies;
    return out;
  }
  out.policies = decision.policies;
  // In outage mode nobody's on-call state was read: those outputs stay unknown (empty).
  if (!decision.degraded) {
    out.onCall = decision.onCall;
    out.onCallSchedules = decision.onCallSchedules;
  }
  if (decision.approvedBy) out.approvedBy = decision.approvedBy;
  if (decision.expiresAt) out.expiresAt = decision.expiresAt;
  return out;
}
