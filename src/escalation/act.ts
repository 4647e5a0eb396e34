// Carries out the incident writes of an escalation, or (dry run) returns what would be written.
// One incident per PR and policy (or per run and policy): `POST /v2/incidents` with the
// deterministic idempotency key creates it the first time and returns the same incident on every
// repeat (DESIGN.md section 3), so the create call is also how a later run finds it. When its
// summary differs from the wanted one (a new push, an approval, a denial), the summary is
// rewritten with `POST /v2/incidents/{id}/actions/edit` (API.md section 7.3). Incidents are never
// resolved or closed.
import type { Incident, IncidentsCreatePayload, IncidentsEditPayload } from '../incidentio/types.js';
import type { EscalationIncidentApi } from './incident-settings.js';

export interface IncidentRef {
  id: string;
  reference: string;
  /** The incident's permalink ('' when incident.io gave none). */
  url: string;
}

export type IncidentWrite =
  | { kind: 'written'; incident: IncidentRef; edited: boolean; payload: IncidentsCreatePayload; edit?: IncidentsEditPayload }
  | { kind: 'dry-run'; payload: IncidentsCreatePayload; edit: IncidentsEditPayload };

export const incidentRef = (i: Incident): IncidentRef => ({ id: i.id, reference: i.reference, url: i.permalink ?? '' });

/**
 * Finds or creates the incident for `payload.idempotency_key`, then makes its summary
 * `payload.summary` if it is not already. `notify` is `notifyIncidentChannel` from the
 * integration file (posts the summary update to the incident's Slack channel).
 */
export async function ensureIncident(
  api: Pick<EscalationIncidentApi, 'createIncident' | 'editIncident'>,
  payload: IncidentsCreatePayload,
  options: { dryRun: boolean; notify: boolean },
): Promise<IncidentWrite> {
  const edit: IncidentsEditPayload = { incident: { summary: payload.summary ?? '' }, notify_incident_channel: options.notify };
  if (options.dryRun) return { kind: 'dry-run', payload, edit };
  const incident = await api.createIncident(payload);
  if ((incident.summary ?? '') === (payload.summary ?? '')) {
    return { kind: 'written', incident: incidentRef(incident), edited: false, payload };
  }
  const edited = await api.editIncident(incident.id, edit);
  return { kind: 'written', incident: incidentRef({ ...incident, ...edited }), edited: true, payload, edit };
}
