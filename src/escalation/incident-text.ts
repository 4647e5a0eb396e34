// The escalation incident's identity and text (DESIGN.md section 3): the deterministic
// idempotency key (also how a later run finds the same incident: a repeated create returns it),
// the name, the summary, and the create payload. Pure. User text (PR titles, reasons) is data:
// escaped before it goes into the summary (DESIGN.md section 6).
import type { IncidentsCreatePayload } from '../incidentio/types.js';
import type { IntegrationSettings } from '../policy/types.js';
import { formatDuration } from '../policy/duration.js';
import { escapeMarkdown } from '../report/markdown.js';

export interface PullTarget {
  kind: 'pull';
  number: number;
  title: string;
  url: string;
  /** The current head SHA (fresh). */
  headSha: string;
  baseRef: string;
}

export interface RunTarget {
  kind: 'run';
  runId: string;
  runUrl: string;
  /** GITHUB_SHA: the commit being deployed. */
  sha: string;
  ref: string;
  /** The merged pull requests the commit came from (where an approval must be given). */
  pulls: { number: number; url: string }[];
}

export interface EscalationSubject {
  owner: string;
  repo: string;
  /** GitHub login of the requester (PR author, or the gate's triggering actor). */
  requester: string;
  policy: string;
  /** The environment asked for (gate input) or the policy's `match.environments`. */
  environment: string;
  /** Schedule IDs whose on-call may approve (the escalation rules' `services`). */
  services: string[];
  /** The longest `duration` of those rules: how long an approval counts. */
  durationMs: number;
  /** '' when none was given. */
  reason: string;
  target: PullTarget | RunTarget;
}

/** `oncall-gate/<owner>/<repo>/pull/<n>/<policy>` or `.../run/<run_id>/<policy>` (DESIGN.md section 3). */
export function escalationIdempotencyKey(s: Pick<EscalationSubject, 'owner' | 'repo' | 'policy' | 'target'>): string {
  const where = s.target.kind === 'pull' ? `pull/${s.target.number}` : `run/${s.target.runId}`;
  return `oncall-gate/${s.owner}/${s.repo}/${where}/${s.policy}`;
}

/** `Approval requested: <login> -> <policy> (<owner>/<repo>#<n>)`; a run says `run <id>`. */
export function escalationIncidentName(s: Pick<EscalationSubject, 'owner' | 'repo' | 'policy' | 'target' | 'requester'>): string {
  const where = s.target.kind === 'pull' ? `#${s.target.number}` : ` run ${s.target.runId}`;
  return `Approval requested: ${s.requester} -> ${s.policy} (${s.owner}/${s.repo}${where})`;
}

/** What decided the escalation, for the edited summary. */
export interface EscalationOutcome {
  kind: 'approved' | 'denied';
  login: string;
  /** The on-call person's incident.io name. */
  name: string;
  scheduleId: string;
  at: Date;
  /** `review` or the author under allowOneParty. */
  via: 'review' | 'one-party';
  /** The commit the review was on. */
  sha: string;
}

const iso = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
const short = (sha: string): string => sha.slice(0, 12);

function outcomeLine(o: EscalationOutcome): string {
  const who = `${o.login} (${escapeMarkdown(o.name)}, on call for schedule ${o.scheduleId})`;
  if (o.kind === 'denied') {
    return `DENIED: ${who} requested changes at ${iso(o.at)} on commit ${short(o.sha)}.`;
  }
  return o.via === 'one-party'
    ? `APPROVED: the requester ${who} approved their own request at ${iso(o.at)} (allowOneParty), commit ${short(o.sha)}.`
    : `APPROVED by ${who} at ${iso(o.at)} on commit ${short(o.sha)}.`;
}

function howToApprove(s: EscalationSubject): string[] {
  const schedules = s.services.join(', ');
  const duration = formatDuration(s.durationMs);
  if (s.target.kind === 'pull') {
    return [
      `How to approve: a person on call for one of the schedules ${schedules} opens ${s.target.url}, ` +
        `reviews the latest commit (${short(s.target.headSha)}) and submits an "Approve" review. ` +
        `"Request changes" denies. An approval counts for ${duration}; a new push needs a new approval.`,
    ];
  }
  if (s.target.pulls.length === 0) {
    return [
      `How to approve: commit ${short(s.target.sha)} did not come from a merged pull request, so it cannot be approved by review. ` +
        `Deploy a commit merged through a pull request approved by a person on call for ${schedules}.`,
    ];
  }
  return [
    `How to approve: a person on call for one of the schedules ${schedules} submits an "Approve" review on ` +
      `${s.target.pulls.map((p) => `#${p.number} (${p.url})`).join(', ')} (on its final commit), then re-runs ${s.target.runUrl}. ` +
      `An approval counts for ${duration}.`,
  ];
}

/**
 * The incident summary: who asks for what, why, where to approve and how. With an outcome, the
 * first line says approved/denied, by whom, when, on which schedule (DESIGN.md section 3).
 * Stable for the same inputs, so an unchanged request never re-edits the incident.
 */
export function escalationSummary(s: EscalationSubject, outcome?: EscalationOutcome): string {
  const lines: string[] = [];
  lines.push(outcome ? outcomeLine(outcome) : 'PENDING: waiting for an approval from the on-call team.');
  lines.push('');
  lines.push(`Requester: ${s.requester} (GitHub)`);
  lines.push(`Requested: policy ${s.policy}${s.environment ? `, environment ${escapeMarkdown(s.environment)}` : ''}`);
  lines.push(`Repository: ${s.owner}/${s.repo}`);
  if (s.target.kind === 'pull') {
    lines.push(`Pull request: #${s.target.number} "${escapeMarkdown(s.target.title)}" into ${escapeMarkdown(s.target.baseRef)}`);
    lines.push(`Head commit: ${s.target.headSha}`);
    lines.push(`Approval conversation: ${s.target.url}`);
  } else {
    lines.push(`Workflow run: ${s.target.runUrl} (${escapeMarkdown(s.target.ref)})`);
    lines.push(`Deployed commit: ${s.target.sha}`);
    if (s.target.pulls.length > 0) {
      lines.push(`Approval conversation: ${s.target.pulls.map((p) => p.url).join(', ')}`);
    }
  }
  lines.push(`Reason: ${s.reason ? escapeMarkdown(s.reason) : '(none given)'}`);
  lines.push(`Schedules that may approve: ${s.services.join(', ')}`);
  lines.push('');
  lines.push(...howToApprove(s));
  lines.push('');
  lines.push('Opened by oncall-gate; it never resolves or closes this incident.');
  return lines.join('\n');
}

/** incident.io IDs the payload needs, looked up by name (see incident-settings.ts). */
export interface ResolvedIncidentSettings {
  /** '' in a dry run when the field does not exist yet (it would be created). */
  customFieldId: string;
  severityId?: string;
  incidentTypeId?: string;
}

/** POST /v2/incidents body (API.md section 7.1): the custom field holds the schedule IDs joined by commas. */
export function escalationIncidentPayload(
  s: EscalationSubject,
  settings: IntegrationSettings['escalation'],
  resolved: ResolvedIncidentSettings,
  summary: string,
): IncidentsCreatePayload {
  return {
    idempotency_key: escalationIdempotencyKey(s),
    visibility: settings.visibility,
    mode: settings.mode,
    name: escalationIncidentName(s),
    summary,
    ...(resolved.severityId ? { severity_id: resolved.severityId } : {}),
    ...(resolved.incidentTypeId ? { incident_type_id: resolved.incidentTypeId } : {}),
    custom_field_entries: [{ custom_field_id: resolved.customFieldId, values: [{ value_text: s.services.join(',') }] }],
  };
}
