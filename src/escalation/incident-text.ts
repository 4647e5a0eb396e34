// The escalation incident's identity and text: the request key that names what an incident is
// for, the idempotency key of one create, the name, the summary, and the create payload. Pure.
//
// Finding "our" incident never relies on a repeated create returning the first incident:
// incident.io does not document what a reused idempotency_key does for incidents, nor how long
// keys are kept. Instead the summary ends with a line of its own that carries the request key,
// and a later run accepts an incident only when that last line names its request key exactly.
// The other lines hold user text (PR titles, reasons, branch names): that text is flattened to
// one line and escaped, so it can never form a line of its own, let alone the last one.
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
  /** The workflow run writing the incident (GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT): scopes the create's idempotency key. */
  run: { id: string; attempt: string };
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

/** `oncall-gate/<owner>/<repo>/pull/<n>/<policy>` or `.../run/<run_id>/<policy>`: what an incident is for. */
export function escalationRequestKey(s: Pick<EscalationSubject, 'owner' | 'repo' | 'policy' | 'target'>): string {
  const where = s.target.kind === 'pull' ? `pull/${s.target.number}` : `run/${s.target.runId}`;
  return `oncall-gate/${s.owner}/${s.repo}/${where}/${s.policy}`;
}

/**
 * The idempotency_key of one create: the request key plus the run attempt that creates. It only
 * makes the retries of that one request safe (a retry after a lost answer repeats it). Every
 * later run finds the incident by its request key instead, and a new attempt that must open a
 * new incident (the old one was deleted) never reuses a key with a different body.
 */
export function createIdempotencyKey(s: Pick<EscalationSubject, 'owner' | 'repo' | 'policy' | 'target' | 'run'>): string {
  return `${escalationRequestKey(s)}/attempt/${s.run.id}-${s.run.attempt}`;
}

/** The label of the summary's last line, which carries the request key. */
export const REQUEST_KEY_LABEL = 'oncall-gate request key: ';

/** Backslash escapes of ASCII punctuation, which a markdown editor may add to or drop from the line. */
const unescapePunctuation = (line: string): string => line.replace(/\\([!-/:-@[-`{-~])/g, '$1');

/**
 * Whether an incident summary carries `requestKey` where oncall-gate writes it: its last
 * non-empty line, exactly `oncall-gate request key: <key>` (markdown escapes of punctuation and
 * surrounding spaces aside). Anywhere else it does not count: a PR title that quotes another
 * request's key sits inside one of the lines above, which all start with oncall-gate's own text.
 */
export function carriesRequestKey(summary: string | undefined, requestKey: string): boolean {
  const lines = (summary ?? '')
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const last = lines[lines.length - 1];
  return last !== undefined && unescapePunctuation(last) === `${REQUEST_KEY_LABEL}${requestKey}`;
}

/** `Approval requested: <login> -> <policy> (<owner>/<repo>#<n>)`; a run says `run <id>`. */
export function escalationIncidentName(s: Pick<EscalationSubject, 'owner' | 'repo' | 'policy' | 'target' | 'requester'>): string {
  const where = s.target.kind === 'pull' ? `#${s.target.number}` : ` run ${s.target.runId}`;
  return `Approval requested: ${flat(s.requester, 100)} -> ${s.policy} (${s.owner}/${s.repo}${where})`;
}

// Line breaks of every kind (CR, LF, NEL, LS, PS) and other control characters: user text must
// stay on the line it was put on.
const BREAKS = /[\p{Cc}\u2028\u2029]+/gu;

/** User text flattened to one line and cut to `max` characters (before escaping). */
function flat(text: string, max: number): string {
  const one = text.replace(BREAKS, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** User text as it goes into the summary: one line, capped, markdown escaped. */
const userText = (text: string, max = 300): string => escapeMarkdown(flat(text, max));

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

/** A gate re-run that passed on review evidence: when, which attempt, and the approval of each merged PR. */
export interface RunApproval {
  kind: 'run-approved';
  /** When the gate approved (the decision time). */
  at: Date;
  attempt: string;
  approvals: { pull: number; login: string; name: string; scheduleId: string; reviewedAt: Date; via: 'review' | 'one-party' }[];
}

const iso = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
const short = (sha: string): string => sha.slice(0, 12);

function outcomeLine(o: EscalationOutcome | RunApproval): string {
  if (o.kind === 'run-approved') {
    const each = o.approvals.map((a) =>
      a.via === 'one-party'
        ? `#${a.pull} by its author ${userText(a.login, 100)} (${userText(a.name, 100)}, on call for schedule ${a.scheduleId} at the merge, allowOneParty)`
        : `#${a.pull} by ${userText(a.login, 100)} (${userText(a.name, 100)}, on call for schedule ${a.scheduleId}, review at ${iso(a.reviewedAt)})`,
    );
    return `APPROVED at ${iso(o.at)}: attempt ${o.attempt} of this run passed the gate on the approval of ${each.join('; ')}.`;
  }
  const who = `${userText(o.login, 100)} (${userText(o.name, 100)}, on call for schedule ${o.scheduleId})`;
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
 * first line says approved/denied, by whom, when, on which schedule. The
 * last line carries the request key (see carriesRequestKey), as a paragraph of its own so that
 * an editor that re-flows paragraphs keeps it apart. Stable for the same inputs, so an unchanged
 * request never re-edits the incident.
 */
export function escalationSummary(s: EscalationSubject, outcome?: EscalationOutcome | RunApproval): string {
  const lines: string[] = [];
  lines.push(outcome ? outcomeLine(outcome) : 'PENDING: waiting for an approval from the on-call team.');
  lines.push('');
  lines.push(`Requester: ${userText(s.requester, 100)} (GitHub)`);
  lines.push(`Requested: policy ${s.policy}${s.environment ? `, environment ${userText(s.environment)}` : ''}`);
  lines.push(`Repository: ${s.owner}/${s.repo}`);
  if (s.target.kind === 'pull') {
    lines.push(`Pull request: #${s.target.number} "${userText(s.target.title)}" into ${userText(s.target.baseRef)}`);
    lines.push(`Head commit: ${s.target.headSha}`);
    lines.push(`Approval conversation: ${s.target.url}`);
  } else {
    lines.push(`Workflow run: ${s.target.runUrl} (${userText(s.target.ref)})`);
    lines.push(`Deployed commit: ${s.target.sha}`);
    if (s.target.pulls.length > 0) {
      lines.push(`Approval conversation: ${s.target.pulls.map((p) => p.url).join(', ')}`);
    }
  }
  lines.push(`Reason: ${s.reason ? userText(s.reason, 500) : '(none given)'}`);
  lines.push(`Schedules that may approve: ${s.services.join(', ')}`);
  lines.push('');
  lines.push(...howToApprove(s));
  lines.push('');
  lines.push('Opened by oncall-gate; it never resolves or closes this incident.');
  lines.push('');
  lines.push(`${REQUEST_KEY_LABEL}${escalationRequestKey(s)}`);
  return lines.join('\n');
}

/** incident.io IDs the payload needs, looked up by name (see incident-settings.ts). */
export interface ResolvedIncidentSettings {
  /** '' in a dry run when the field does not exist yet (it would be created). */
  customFieldId: string;
  severityId?: string;
  incidentTypeId?: string;
}

/** The POST /v2/incidents body: the custom field holds the schedule IDs joined by commas. */
export function escalationIncidentPayload(
  s: EscalationSubject,
  settings: IntegrationSettings['escalation'],
  resolved: ResolvedIncidentSettings,
  summary: string,
): IncidentsCreatePayload {
  return {
    idempotency_key: createIdempotencyKey(s),
    visibility: settings.visibility,
    mode: settings.mode,
    name: escalationIncidentName(s),
    summary,
    ...(resolved.severityId ? { severity_id: resolved.severityId } : {}),
    ...(resolved.incidentTypeId ? { incident_type_id: resolved.incidentTypeId } : {}),
    custom_field_entries: [{ custom_field_id: resolved.customFieldId, values: [{ value_text: s.services.join(',') }] }],
  };
}
