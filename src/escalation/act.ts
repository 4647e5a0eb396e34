// An escalation's incident: found by what it is for, then the writes that make it say what it
// should are planned and handed to the run's applier (in a dry run: shown, not made).
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
import { answerOf, type WriteApplier, type WriteOutcome } from '../write-plan/apply-writes.js';
import {
  createIncidentWrite,
  editIncidentWrite,
  type CreateIncidentAction,
  type EditIncidentAction,
  type PlannedWrite,
} from '../write-plan/write-plan.js';

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

export type IncidentApi = Pick<EscalationIncidentApi, 'getIncident' | 'findRecentIncident'>;

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

/** One escalating policy's incident: what it should say, and what the lookup found. */
export interface IncidentRequest {
  requestKey: string;
  /** The create body; its summary is what the incident should say. */
  payload: IncidentsCreatePayload;
  found: FoundIncident;
  /** `notifyIncidentChannel` of the integration file: post summary updates to the incident's channel. */
  notify: boolean;
}

const summaryEdit = (summary: string, notify: boolean): IncidentsEditPayload => ({
  incident: { summary },
  notify_incident_channel: notify,
});

/**
 * The write that makes the request's incident say what it should: a create when none was found,
 * else an edit of the summary when it differs; none when it already says that.
 */
export function incidentWrite(request: IncidentRequest): PlannedWrite<CreateIncidentAction | EditIncidentAction> | undefined {
  const { incident } = request.found;
  if (!incident) return createIncidentWrite(request.payload, request.requestKey);
  return summaryWrite(
    incident,
    request.payload.summary ?? '',
    request.notify,
    `set the summary of the incident ${incident.reference} (${incident.id}) of ${request.requestKey}`,
  );
}

/** An edit that makes a found incident's summary `summary` (never a create), none when it already says that. */
export function summaryWrite(
  incident: Incident,
  summary: string,
  notify: boolean,
  description: string,
): PlannedWrite<EditIncidentAction> | undefined {
  if ((incident.summary ?? '') === summary) return undefined;
  return editIncidentWrite(incident, summaryEdit(summary, notify), description);
}

/** What the writes did for one request. */
export type IncidentResult =
  | {
      kind: 'written';
      incident: IncidentRef;
      /** A new incident was opened (none was found). */
      created: boolean;
      edited: boolean;
      rejected?: RejectedRecord;
    }
  /** A dry run: nothing was written; `existing`, the incident found. */
  | { kind: 'dry-run'; existing?: IncidentRef; rejected?: RejectedRecord };

/**
 * Makes each request's incident say what it should (incidentWrite), in order, through the run's
 * applier; the first failure stops the writes after it. A created incident whose summary
 * incident.io answered changed is edited back, in a stage planned from that answer. Each result
 * comes back beside its request.
 */
export async function writeIncidents<R extends IncidentRequest>(
  writes: WriteApplier,
  requests: readonly R[],
): Promise<{ request: R; result: IncidentResult }[]> {
  const planned = requests.map(incidentWrite);
  const made = answers(await writes.apply(planned), planned);
  const fixes = requests.map((request, i) => {
    const created = planned[i]?.action.kind === 'create-incident' ? made[i] : undefined;
    return (
      created &&
      summaryWrite(
        created,
        request.payload.summary ?? '',
        request.notify,
        `set the summary of the new incident ${created.reference} (${created.id}) of ${request.requestKey}`,
      )
    );
  });
  const fixed = answers(await writes.apply(fixes), fixes);
  return requests.map((request, i) => {
    const { incident: found, rejected } = request.found;
    const also = rejected ? { rejected } : {};
    const incident = fixed[i] ?? made[i] ?? found;
    // A dry run made nothing; a real run has an incident here: the one found, or the one created.
    if (writes.dryRun || !incident)
      return { request, result: { kind: 'dry-run', ...(found ? { existing: incidentRef(found) } : {}), ...also } };
    const result: IncidentResult = {
      kind: 'written',
      incident: incidentRef(incident),
      created: !found,
      edited: planned[i]?.action.kind === 'edit-incident' || fixed[i] !== undefined,
      ...also,
    };
    return { request, result };
  });
}

/** The incident each planned write answered with, by position (undefined: no write there, or none made). */
function answers(outcomes: readonly WriteOutcome[], planned: readonly (PlannedWrite | undefined)[]): (Incident | undefined)[] {
  return planned.map((write) => {
    const outcome = write && outcomes.find((o) => o.write === write);
    return answerOf(outcome, 'create-incident') ?? answerOf(outcome, 'edit-incident');
  });
}
