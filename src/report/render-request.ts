// What `request` and `review` show: the sticky PR comment (`<!-- oncall-gate:request -->`), the
// `oncall-gate` check run, and the step summary. Pure. The words for the decision come from
// explain.ts (logins and IDs as code spans); PR titles and incident.io names are escaped here.
import { escalatingPolicies } from '../decide/engine.js';
import type { PolicyMatch } from '../decide/pull-request-match.js';
import type { Decision, ScheduleOnCall } from '../decide/types.js';
import {
  decisionFixes,
  decisionNotices,
  decisionReasons,
  MARKDOWN,
  matchedBy,
  outageBanner,
  placementLabel,
  reviewNote,
  reviewNotes,
  type ExplainOptions,
} from './explain.js';
import { code, escapeMarkdown, table } from './markdown.js';
import { markdownName } from './public-name.js';

const MD: ExplainOptions = { style: MARKDOWN };

export const REQUEST_MARKER = '<!-- oncall-gate:request -->';
export const CHECK_NAME = 'oncall-gate';

/**
 * The incident IDs a pull request's escalation incidents have, one hidden line per policy right
 * below REQUEST_MARKER: `<!-- oncall-gate:incident policy=<policy> id=<id> -->`. REQUEST_MARKER
 * itself stays as it was, so comments written by older versions are still found and edited, and
 * older versions find (and rewrite) these comments, ignoring the extra lines.
 */
export interface RecordedIncident {
  policy: string;
  id: string;
}

/** Entries kept at most (a comment is ours, but its content is only as good as the last writer). */
export const MAX_RECORDED_INCIDENTS = 20;

// Percent-encoding keeps every value free of spaces and of `--` / `>`, which could end the comment.
const encodeValue = (v: string): string =>
  encodeURIComponent(v).replace(/[-!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const INCIDENT_LINE = /^<!-- oncall-gate:incident policy=([A-Za-z0-9%._]{1,300}) id=([A-Za-z0-9%._]{1,300}) -->$/;

export function incidentMarker(r: RecordedIncident): string {
  return `<!-- oncall-gate:incident policy=${encodeValue(r.policy)} id=${encodeValue(r.id)} -->`;
}

/**
 * The recorded incidents of a sticky comment body: only the marker lines directly below a
 * REQUEST_MARKER first line, the block oncall-gate writes. A marker-looking line further down
 * (in text quoted from a pull request) is not read. What is read is a claim to be checked, never
 * trusted: the flow uses an ID only when that incident carries the request key.
 */
export function readRecordedIncidents(body: string): RecordedIncident[] {
  const lines = body.split(/\r?\n/);
  if (lines[0] !== REQUEST_MARKER) return [];
  const out: RecordedIncident[] = [];
  for (const line of lines.slice(1)) {
    const [, rawPolicy, rawId] = INCIDENT_LINE.exec(line) ?? [];
    if (rawPolicy === undefined || rawId === undefined) break;
    let policy: string;
    let id: string;
    try {
      policy = decodeURIComponent(rawPolicy);
      id = decodeURIComponent(rawId);
    } catch {
      continue;
    }
    if (id.trim() === '' || out.some((r) => r.policy === policy)) continue;
    out.push({ policy, id });
    if (out.length === MAX_RECORDED_INCIDENTS) break;
  }
  return out;
}

export interface IncidentView {
  policy: string;
  reference?: string;
  url?: string;
  id?: string;
  /** Dry run: the incident was not created or looked up. */
  dryRun?: boolean;
}

export interface RequestView {
  command: 'request' | 'review';
  decision: Decision;
  pr: { number: number; title: string; url: string; headSha: string; author: string; baseRef: string };
  serverUrl: string;
  matches: PolicyMatch[];
  incidents: IncidentView[];
  /** The incident IDs to record in the comment (policy order kept). */
  recorded: RecordedIncident[];
  /** Schedule IDs of the escalation rules of the policies that escalate. */
  escalationSchedules: string[];
  /** Where the deciding policy was read. */
  policySource: string;
  dryRun: boolean;
}

const iso = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
const short = (sha: string): string => sha.slice(0, 12);
const loginLink = (login: string, serverUrl: string): string => `[${code(login)}](${serverUrl}/${encodeURIComponent(login)})`;

const HEADINGS = {
  approved: '✅ oncall-gate: approved',
  denied: '❌ oncall-gate: denied',
  pending: '⏳ oncall-gate: waiting for approval by the on-call team',
  'not-required': '➖ oncall-gate: no approval required',
  error: '⛔ oncall-gate: error',
} as const;

/** The heading of a decision; a draft waits for ready for review, not for the on-call team; outage mode says so first. */
function heading(d: Decision): string {
  if (d.facts.draft) return '⏳ oncall-gate: waiting for ready for review';
  if (!d.degraded) return HEADINGS[d.result];
  const result = d.result === 'pending' ? '⏳ oncall-gate: waiting for approval by a person the outage fallback names' : HEADINGS[d.result];
  return `⚠️ OUTAGE MODE (degraded): ${result}`;
}

function incidentLink(i: IncidentView): string {
  if (i.dryRun) return '_dry run: not created_';
  const label = i.reference || i.id || 'incident';
  return i.url ? `[${escapeMarkdown(label)}](${i.url})` : escapeMarkdown(label);
}

function approvedByText(view: RequestView): string {
  const d = view.decision;
  if (!d.approved) return '';
  if (d.approvedBy === 'auto') return `the author ${loginLink(view.pr.author, view.serverUrl)} is on call`;
  return `approved by ${loginLink(d.approvedBy ?? '', view.serverUrl)}`;
}

function onCallTable(schedules: readonly ScheduleOnCall[], serverUrl: string): string {
  const placed = schedules.some((s) => s.people.some((p) => p.placements.length > 0));
  const rows = schedules.map((s) => {
    if (s.people.length === 0) return [code(s.scheduleId), '_nobody_', '', '', ...(placed ? [''] : [])];
    return [
      code(s.scheduleId),
      // A pull request comment is public: a name, or the incident.io user ID, never the email.
      s.people.map((p) => markdownName(p.name, p.userId)).join('<br>'),
      s.people.map((p) => (p.login ? loginLink(p.login, serverUrl) : '_not in the identities map_')).join('<br>'),
      s.people.map((p) => iso(p.endAt)).join('<br>'),
      ...(placed ? [s.people.map((p) => p.placements.map((x) => placementLabel(x, MD)).join('; ') || '_none given_').join('<br>')] : []),
    ];
  });
  return table(['Schedule', 'On call now', 'GitHub', 'Shift ends', ...(placed ? ['Rotation, layer'] : [])], rows);
}

function policyRows(view: RequestView): string[][] {
  return view.decision.verdicts.map((v) => {
    const match = view.matches.find((m) => m.policy.name === v.policy);
    const incident = view.incidents.find((i) => i.policy === v.policy);
    return [code(v.policy), `**${v.result}**`, match ? matchedBy(match.why, MD) : '', incident ? incidentLink(incident) : ''];
  });
}

function reviewLines(view: RequestView): string[] {
  return reviewNotes(view.decision).map(
    (n) => `- ${reviewNote(n, MD)}${n.status === 'approves' ? ' ✅' : n.status === 'vetoes' ? ' ❌' : ''}`,
  );
}

function escalationSchedulesNow(view: RequestView): ScheduleOnCall[] {
  const wanted = new Set(view.escalationSchedules);
  return view.decision.facts.schedules.filter((s) => wanted.has(s.scheduleId));
}

/** How to approve, in two sentences. */
function howToApprove(view: RequestView): string {
  return (
    `**How to approve:** a person on call for ${view.escalationSchedules.map(code).join(', ')} reviews the latest commit ` +
    `${code(short(view.pr.headSha))} and submits **Approve** (Files changed -> Review changes). **Request changes** by an ` +
    'on-call person denies. Reviews by people not on call at the time, by bots, by the author, or of an older commit do not count; a new push needs a new approval.'
  );
}

/** The sticky comment: markers, state, policies, who is on call now with their logins, how to approve. */
export function renderRequestComment(view: RequestView): string {
  return [REQUEST_MARKER, ...view.recorded.slice(0, MAX_RECORDED_INCIDENTS).map(incidentMarker), renderRequestText(view)].join('\n');
}

/** The comment without its hidden markers. */
function renderRequestText(view: RequestView): string {
  const d = view.decision;
  const out: string[] = [`### ${heading(d)}`, ''];
  const banner = outageBanner(d, MD);
  if (banner) out.push(`> **${banner}**`, '');
  if (d.approved) {
    const by = approvedByText(view);
    out.push(`${by.charAt(0).toUpperCase()}${by.slice(1)} (commit ${code(short(view.pr.headSha))}).`, '');
  }
  const notices = decisionNotices(d, MD);
  if (notices.length > 0) {
    for (const n of notices) out.push(`- ${n}`);
    out.push('');
  }
  out.push(table(['Policy', 'Status', 'Matched by', 'Incident'], policyRows(view)), '');
  const reasons = decisionReasons(d, MD);
  if (reasons.length > 0 && !d.approved) {
    for (const r of reasons) out.push(`- ${r}`);
    out.push('');
  }
  const fixes = decisionFixes(d, MD);
  if (fixes.length > 0 && !d.approved) {
    out.push('**What to do**', '');
    for (const f of fixes) out.push(`- ${f}`);
    out.push('');
  }
  const now = escalationSchedulesNow(view);
  if (now.length > 0 && escalatingPolicies(d).length > 0) {
    out.push(`**On call now** (${iso(d.facts.at)})`, '', onCallTable(now, view.serverUrl), '');
    if (d.result === 'pending') out.push(howToApprove(view), '');
  }
  const notes = reviewLines(view);
  if (notes.length > 0) out.push('<details><summary>Reviews considered</summary>', '', ...notes, '', '</details>', '');
  out.push(
    `<sub>Policy read from ${escapeMarkdown(view.policySource)}. The \`gate\` step on the default branch re-checks this approval before deploying.</sub>`,
  );
  return out.join('\n');
}

export interface CheckView {
  status: 'in_progress' | 'completed';
  conclusion?: 'success' | 'failure';
  title: string;
  summary: string;
}

/** The `oncall-gate` check run on the head SHA: in_progress while pending, else success/failure. */
export function requestCheck(view: RequestView): CheckView {
  const check = plainCheck(view);
  const banner = outageBanner(view.decision, MD);
  // Outage mode says so in the title and first, loudly.
  return banner ? { ...check, title: `OUTAGE MODE: ${check.title}`, summary: `**${banner}**\n\n${check.summary}` } : check;
}

function plainCheck(view: RequestView): CheckView {
  const d = view.decision;
  const lines: string[] = [];
  const incidents = view.incidents.filter((i) => !i.dryRun);
  if (incidents.length > 0) lines.push(`Escalation incident: ${incidents.map(incidentLink).join(', ')}`, '');
  for (const r of decisionReasons(d, MD)) lines.push(`- ${r}`);
  for (const n of decisionNotices(d, MD)) lines.push(`- ${n}`);
  const fixes = decisionFixes(d, MD);
  if (fixes.length > 0) lines.push('', '**What to do**', '', ...fixes.map((f) => `- ${f}`));
  const summary = (s: string): string => [s, '', ...lines].join('\n').trim();
  switch (d.result) {
    case 'approved':
      return {
        status: 'completed',
        conclusion: 'success',
        title: d.approvedBy === 'auto' ? 'Approved: the author is on call' : `Approved by ${d.approvedBy}`,
        summary: summary(`${approvedByText(view)} for ${d.policies.map(code).join(', ')}.`),
      };
    case 'not-required':
      return { ...NOT_REQUIRED_CHECK };
    case 'pending':
      if (d.facts.draft) {
        return {
          status: 'in_progress',
          title: 'Waiting for ready for review',
          summary: summary(`Policies ${d.policies.map(code).join(', ')} apply, but a draft pull request pages nobody.`),
        };
      }
      return {
        status: 'in_progress',
        title: d.degraded ? 'Waiting for approval by a person the outage fallback names' : 'Waiting for approval by the on-call team',
        summary: summary(
          `Policies ${d.policies.map(code).join(', ')} need an approving review of commit ${code(short(view.pr.headSha))} by ${d.degraded ? 'a person their outage fallback names' : 'a person on call'}.`,
        ),
      };
    case 'denied':
      return { status: 'completed', conclusion: 'failure', title: 'Denied', summary: summary('The request is denied.') };
    default:
      return { status: 'completed', conclusion: 'failure', title: 'oncall-gate error', summary: summary('oncall-gate could not decide.') };
  }
}

/** The step summary: the comment's content plus the review facts; a dry run says nothing was written. */
export function renderRequestSummary(view: RequestView): string {
  const out: string[] = [renderRequestText(view)];
  if (view.dryRun)
    out.push('', '_Dry run: nothing was written to GitHub or incident.io; the write plan below lists what a real run would write._');
  return out.join('\n') + '\n';
}

/** The check of a pull request no policy matches. */
export const NOT_REQUIRED_CHECK: CheckView = {
  status: 'completed',
  conclusion: 'success',
  title: 'No approval required',
  summary: 'No oncall-gate policy matches this pull request (base branch, changed paths and labels), so it needs no on-call approval.',
};

/** The step summary of a pull request no policy matches. */
export const notRequiredSummary = (): string => `### ➖ oncall-gate: no approval required\n\n${NOT_REQUIRED_CHECK.summary}\n`;

/** The check that shows a run that could not decide, so the pull request does not look merely pending. */
export const errorCheck = (summary: string): CheckView => ({
  status: 'completed',
  conclusion: 'failure',
  title: 'oncall-gate error',
  summary,
});

/** The step summary of `request` or `review` that could not decide. */
export const errorSummary = (command: 'request' | 'review', message: string, fix?: string): string =>
  `### ⛔ oncall-gate ${command}: error\n\n${message}${fix ? `.\n\n**What to do:** ${fix}` : ''}\n`;

/** The fork message: a fork PR gets a clear message of what cannot happen and why, never a crash. */
export function forkMessage(
  command: 'request' | 'review',
  pr: { number: number; headRepoFullName: string },
  policies: readonly string[],
): { message: string; fix: string } {
  const from = pr.headRepoFullName ? `the fork ${pr.headRepoFullName}` : 'a fork (its repository was deleted)';
  return {
    message:
      `Pull request #${pr.number} comes from ${from}, and it matches ${policies.map((p) => `\`${p}\``).join(', ')}. ` +
      'GitHub runs `pull_request` and `pull_request_review` workflows of forks with a read-only GITHUB_TOKEN and without secrets, ' +
      `so \`${command}\` cannot read who is on call, page the on-call team, or write the \`oncall-gate\` check here; nothing was recorded`,
    fix:
      'Run `command: request` for fork pull requests from a maintainer-controlled workflow: one triggered by `pull_request_target` ' +
      "(types opened, synchronize, reopened, labeled, edited, ready_for_review) runs the default branch's workflow file with secrets and a writable token; " +
      "oncall-gate reads the pull request only through the API, so never check out or run the PR's code in that job. After an on-call " +
      'approval, a maintainer re-runs that workflow (or adds a label) to record it. See "Fork pull requests" in docs/escalation.md.',
  };
}

/** The step summary of a fork pull request that a policy matches. */
export const forkSummary = (command: 'request' | 'review', message: string, fix: string): string =>
  `### ⛔ oncall-gate ${command}: fork pull request\n\n${message}.\n\n**What to do:** ${fix}\n`;
