// The write plan: every request a command means to make to GitHub or incident.io, as data. A
// command first gathers its facts and decides; then it turns the decision into planned writes
// with the builders below, and hands them to the one applier (apply-writes.ts), which makes them
// in order or, in a dry run, makes none and keeps them to be shown. So a dry run shows exactly the
// requests a real run would make, because both come from the same plan.
//
// Each planned write names its service, method and path as they are sent, a short description,
// the body, and an action: the adapter call that makes it. The adapters own the shape of their
// requests (checkRunRequest, stickyCommentRequest, ...), so the plan and the call cannot disagree.
//
// A write that needs the answer of an earlier one (the incident's ID in the sticky comment, the
// new custom field's ID in the incident) is planned in a later stage, from that answer; in a dry
// run the later stage is planned from what is known instead (no ID), as the summary then says.
import type { CheckRunFields, CheckRunState, ExistingCheckRun } from '../github/checks.js';
import type { OwnComment } from '../github/comments.js';
import type { RepoRef } from '../github/client.js';
import type { CustomFieldsCreatePayload, IncidentsCreatePayload, IncidentsEditPayload } from '../incidentio/types.js';
import { checkRunRequest } from '../github/checks.js';
import { stickyCommentRequest } from '../github/comments.js';
import { reviewersToRequest, reviewRequestPath } from '../github/pulls.js';
import { CREATE_CUSTOM_FIELD_PATH, CREATE_INCIDENT_PATH, editIncidentPath } from '../incidentio/write-paths.js';

export type WriteService = 'github' | 'incidentio';

/** The sticky comment with `marker`: edits `existing` (ours), or posts a new one when null. */
export interface CommentAction {
  kind: 'comment';
  number: number;
  marker: string;
  body: string;
  existing: OwnComment | null;
  summaryUrl?: string;
}

/** The check run `name` on `headSha`: updates `existing` (ours), or creates one. */
export interface CheckRunAction {
  kind: 'check-run';
  headSha: string;
  name: string;
  state: CheckRunState;
  existing: ExistingCheckRun | null;
}

export interface ReviewRequestAction {
  kind: 'review-request';
  number: number;
  logins: string[];
  author: string;
}

/** A new incident; its answer must carry `requestKey` on its summary's last line, or the run stops. */
export interface CreateIncidentAction {
  kind: 'create-incident';
  payload: IncidentsCreatePayload;
  requestKey: string;
}

export interface EditIncidentAction {
  kind: 'edit-incident';
  id: string;
  payload: IncidentsEditPayload;
}

export interface CreateCustomFieldAction {
  kind: 'create-custom-field';
  payload: CustomFieldsCreatePayload;
}

export type WriteAction =
  CommentAction | CheckRunAction | ReviewRequestAction | CreateIncidentAction | EditIncidentAction | CreateCustomFieldAction;

export interface PlannedWrite<A extends WriteAction = WriteAction> {
  service: WriteService;
  method: 'POST' | 'PATCH';
  /** The request path as sent, e.g. /repos/acme/api/check-runs/123 or /v2/incidents. */
  target: string;
  /** What the write does, in a few words after "would": "create the incident <request key>". */
  description: string;
  /** The JSON body as sent (before the clients redact it). */
  body: unknown;
  /** A comment's text as it will read on the pull request, shown instead of its JSON body. */
  markdown?: string;
  action: A;
  /**
   * A courtesy whose refusal by its service is reported as a warning while the later writes go
   * on (a review request: the comment and the incident already page). Every other failure of any
   * write stops the writes after it.
   */
  optional?: boolean;
  /** What to say when the service refuses the write for want of a permission or role. */
  whenRefused?: { message: string; fix: string };
}

const short = (sha: string): string => sha.slice(0, 12);

export interface CommentWriteOptions {
  repo: RepoRef;
  number: number;
  marker: string;
  body: string;
  /** Our comment carrying the marker, as read before (null when there is none). */
  existing: OwnComment | null;
  summaryUrl?: string;
  /** What the write does, e.g. "write the sticky comment on pull request #7". */
  description: string;
}

/** The comment write, or undefined when our comment already says exactly this. */
export function commentWrite(o: CommentWriteOptions): PlannedWrite<CommentAction> | undefined {
  const request = stickyCommentRequest(o.repo, o.number, o.marker, o.body, o.existing, o.summaryUrl);
  if (!request) return undefined;
  return {
    service: 'github',
    method: request.method,
    target: request.path,
    description: o.description,
    body: request.body,
    markdown: request.body.body,
    action: {
      kind: 'comment',
      number: o.number,
      marker: o.marker,
      body: o.body,
      existing: o.existing,
      ...(o.summaryUrl ? { summaryUrl: o.summaryUrl } : {}),
    },
  };
}

export interface CheckRunWriteOptions {
  repo: RepoRef;
  headSha: string;
  name: string;
  state: CheckRunState;
  /** Our newest run of that name on the commit, as read before (null when there is none). */
  existing: ExistingCheckRun | null;
}

/** The check run write: an update of ours, or a new run (see checkRunRequest). */
export function checkRunWrite(o: CheckRunWriteOptions): PlannedWrite<CheckRunAction> {
  const request = checkRunRequest(o.repo, o.headSha, o.name, o.state, o.existing);
  const body: CheckRunFields = request.body;
  return {
    service: 'github',
    method: request.method,
    target: request.path,
    description: `set the ${o.name} check on ${short(o.headSha)} to ${o.state.conclusion ?? o.state.status} (${JSON.stringify(o.state.title)})`,
    body,
    action: { kind: 'check-run', headSha: o.headSha, name: o.name, state: o.state, existing: o.existing },
  };
}

/** The review request, or undefined when nobody is left to ask (only the author, or bots). */
export function reviewRequestWrite(o: {
  repo: RepoRef;
  number: number;
  logins: readonly string[];
  author: string;
}): PlannedWrite<ReviewRequestAction> | undefined {
  const { wanted } = reviewersToRequest(o.logins, o.author);
  if (wanted.length === 0) return undefined;
  return {
    service: 'github',
    method: 'POST',
    target: reviewRequestPath(o.repo, o.number),
    description: `request reviews from ${wanted.join(', ')} on pull request #${o.number}`,
    body: { reviewers: wanted },
    action: { kind: 'review-request', number: o.number, logins: [...o.logins], author: o.author },
    optional: true,
  };
}

/** A new incident for `requestKey`. */
export function createIncidentWrite(payload: IncidentsCreatePayload, requestKey: string): PlannedWrite<CreateIncidentAction> {
  return {
    service: 'incidentio',
    method: 'POST',
    target: CREATE_INCIDENT_PATH,
    description: `create the incident ${requestKey}`,
    body: payload,
    action: { kind: 'create-incident', payload, requestKey },
  };
}

/** An edit of an existing incident; `description` says what the edit is for. */
export function editIncidentWrite(
  incident: { id: string },
  payload: IncidentsEditPayload,
  description: string,
): PlannedWrite<EditIncidentAction> {
  return {
    service: 'incidentio',
    method: 'POST',
    target: editIncidentPath(incident.id),
    description,
    body: payload,
    action: { kind: 'edit-incident', id: incident.id, payload },
  };
}

/** A new custom field; `whenRefused`: what to say when the key may not create it. */
export function createCustomFieldWrite(
  payload: CustomFieldsCreatePayload,
  whenRefused?: { message: string; fix: string },
): PlannedWrite<CreateCustomFieldAction> {
  return {
    service: 'incidentio',
    method: 'POST',
    target: CREATE_CUSTOM_FIELD_PATH,
    description: `create the incident.io ${payload.field_type} custom field ${JSON.stringify(payload.name)}`,
    body: payload,
    action: { kind: 'create-custom-field', payload },
    ...(whenRefused ? { whenRefused } : {}),
  };
}
