// Carries out the incident writes of an escalation, or (dry run) says what would be written.
// One incident per request: per pull request and policy, or per workflow run and policy.
//
// A later run finds that incident without relying on a repeated create returning the first one
// (incident.io does not document what a reused idempotency_key does for incidents, nor how long
// keys are kept):
//   - a pull request records the incident's ID in its sticky comment; the recorded ID is used
//     only when GET /v2/incidents/{id} shows an incident whose summary carries this request key,
//     because any workflow of the repository comments as the same bot and could plant an ID
//     that points at somebody else's incident;
//   - a gate run has nowhere to record, so it lists the incidents created recently and takes the
//     one that carries its request key.
// Only when none is found is an incident created; its idempotency_key covers that one create
// and its retries. A summary that differs from the wanted one (a new push, an approval, a denial)
// is rewritten with POST /v2/incidents/{id}/actions/edit. Incidents are never resolved or closed.
import type { Incident, IncidentsCreatePayload, IncidentsEditPayload } from '../incidentio/types.js';
import { isServiceError, OncallGateError } from '../errors.js';
import type { RecentIncidentQuery } from '../incidentio/client.js';
import type { EscalationIncidentApi } from './incident-settings.js';
import { carriesRequestKey } from './incident-text.js';
import type { RunContext } from '../event/run-context.js';

/** The workflow run that writes the incident, checked: its ID is part of the request key. */
export function creatingRun(run: Pick<RunContext, 'runId' | 'runAttempt'>): { id: string; attempt: string } {
  if (!/^\d+$/.test(run.runId) || !/^\d+$/.test(run.runAttempt)) {
    throw new OncallGateError({
      kind: 'environment',
      message: `GITHUB_RUN_ID ("${run.runId.slice(0, 40)}") and GITHUB_RUN_ATTEMPT ("${run.runAttempt.slice(0, 40)}") must be numbers: they name the run an escalation incident belongs to`,
      fix: 'Run oncall-gate as a step of a GitHub Actions job, where the runner sets both.',
    });
  }
  return { id: run.runId, attempt: run.runAttempt };
}

export interface IncidentRef {
  id: string;
  reference: string;
  /** The incident's permalink ('' when incident.io gave none). */
  url: string;
}

export const incidentRef = (i: Incident): IncidentRef => ({ id: i.id, reference: i.reference, url: i.permalink ?? '' });

/** Where a run looks for the incident of its request before it creates one. */
export type IncidentLookup =
  /** A pull request: the ID its sticky comment recorded (unverified; undefined when none). */
  | { kind: 'recorded'; id: string | undefined }
  /** A gate run: the incidents created since `since`, in the mode (and type) it creates them with. */
  | { kind: 'recent'; query: RecentIncidentQuery };

/** A recorded ID that was not used, and why: the incident is gone, or it is not this request's. */
export interface RejectedRecord {
  id: string;
  why: 'missing' | 'foreign';
}

export type IncidentWrite =
  | {
      kind: 'written';
      incident: IncidentRef;
      /** A new incident was opened (none was found). */
      created: boolean;
      edited: boolean;
      payload: IncidentsCreatePayload;
      edit?: IncidentsEditPayload;
      rejected?: RejectedRecord;
    }
  | { kind: 'dry-run'; payload: IncidentsCreatePayload; edit: IncidentsEditPayload; existing?: IncidentRef; rejected?: RejectedRecord };

export type IncidentApi = Pick<EscalationIncidentApi, 'createIncident' | 'editIncident' | 'getIncident' | 'findRecentIncident'>;

export interface FoundIncident {
  incident?: Incident;
  rejected?: RejectedRecord;
}

/** The incident of `requestKey` by the run's lookup, or why a recorded one was not taken. */
export async function findIncident(api: IncidentApi, requestKey: string, lookup: IncidentLookup): Promise<FoundIncident> {
  const carries = (i: Incident): boolean => carriesRequestKey(i.summary, requestKey);
  if (lookup.kind === 'recent') {
    const incident = await api.findRecentIncident(lookup.query, carries);
    return incident ? { incident } : {};
  }
  if (lookup.id === undefined) return {};
  let incident: Incident;
  try {
    incident = await api.getIncident(lookup.id);
  } catch (error) {
    // Deleted (or private and out of this key's sight): a new incident takes its place. Any
    // other failure stops the run, so an outage never opens a second incident.
    if (isServiceError(error, 'incidentio', 'not-found')) return { rejected: { id: lookup.id, why: 'missing' } };
    throw error;
  }
  return carries(incident) ? { incident } : { rejected: { id: lookup.id, why: 'foreign' } };
}

/**
 * Finds the incident of `requestKey` (see IncidentLookup) or creates it from `payload`, then makes
 * its summary `payload.summary` if it is not already. `notify` is `notifyIncidentChannel` from the
 * integration file (posts the summary update to the incident's Slack channel). A dry run reads
 * (the lookup) but writes nothing.
 */
export async function ensureIncident(
  api: IncidentApi,
  payload: IncidentsCreatePayload,
  requestKey: string,
  lookup: IncidentLookup,
  options: { dryRun: boolean; notify: boolean },
): Promise<IncidentWrite> {
  const edit: IncidentsEditPayload = { incident: { summary: payload.summary ?? '' }, notify_incident_channel: options.notify };
  const found = await findIncident(api, requestKey, lookup);
  const rejected = found.rejected ? { rejected: found.rejected } : {};
  if (options.dryRun) return { kind: 'dry-run', payload, edit, ...(found.incident ? { existing: incidentRef(found.incident) } : {}), ...rejected };

  let incident = found.incident;
  const created = incident === undefined;
  if (incident === undefined) {
    incident = await api.createIncident(payload);
    // The answer to our own create must be the incident we asked for. Were a key ever answered
    // with an unrelated incident, editing or recording it would touch somebody else's incident.
    if (!carriesRequestKey(incident.summary, requestKey)) {
      throw new OncallGateError({
        kind: 'bad-response',
        service: 'incidentio',
        message:
          `incident.io answered the create of the incident for ${requestKey} (idempotency_key ${payload.idempotency_key}) with incident ${incident.reference} (${incident.id}), ` +
          'whose summary does not carry that request key, so oncall-gate will not use it',
        fix: 'Re-run the job (a new run attempt uses a new idempotency key). If it happens again, check that `incidentio-api-url` is the incident.io API.',
      });
    }
  }
  if ((incident.summary ?? '') === (payload.summary ?? '')) {
    return { kind: 'written', incident: incidentRef(incident), created, edited: false, payload, ...rejected };
  }
  const edited = await api.editIncident(incident.id, edit);
  return { kind: 'written', incident: incidentRef({ ...incident, ...edited }), created, edited: true, payload, edit, ...rejected };
}

export type IncidentRevision =
  | { kind: 'not-found' }
  | { kind: 'unchanged' | 'edited' | 'dry-run'; incident: IncidentRef; edit: IncidentsEditPayload };

/**
 * Rewrites the summary of the incident of `requestKey`, if there is one; never creates. For a
 * gate re-run that passed: its run's incident then says approved, by whom and when.
 */
export async function reviseIncident(
  api: IncidentApi,
  requestKey: string,
  lookup: IncidentLookup,
  summary: string,
  options: { dryRun: boolean; notify: boolean },
): Promise<IncidentRevision> {
  const { incident } = await findIncident(api, requestKey, lookup);
  if (!incident) return { kind: 'not-found' };
  const edit: IncidentsEditPayload = { incident: { summary }, notify_incident_channel: options.notify };
  if ((incident.summary ?? '') === summary) return { kind: 'unchanged', incident: incidentRef(incident), edit };
  if (options.dryRun) return { kind: 'dry-run', incident: incidentRef(incident), edit };
  const edited = await api.editIncident(incident.id, edit);
  return { kind: 'edited', incident: incidentRef({ ...incident, ...edited }), edit };
}
