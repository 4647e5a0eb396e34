// The gate's step summary and failure message: who asked, which policies, which schedules (by
// ID), who is on call for them right now (with GitHub logins), and for a denial why and what to
// do. The words for the decision come from explain.ts (trusted parts only: policy text from the
// trusted ref, IDs, logins); names from incident.io are escaped here. No email is shown: a step
// summary is public to whoever can read the run.
import type { Decision, DecisionResult, ScheduleOnCall } from '../decide/types.js';
import type { Diagnostic } from '../policy/diagnostic.js';
import {
  decisionFixes,
  decisionReasons,
  fallbackReason,
  MARKDOWN,
  outageBanner,
  placementLabel,
  rfc3339,
  ruleReason,
  type ExplainOptions,
} from './explain.js';
import { code, escapeMarkdown, table } from './markdown.js';
import { markdownName } from './public-name.js';
import { diagnosticsToAnnotations, renderDiagnosticsTable } from './render-diagnostics.js';
import type { Annotation, CommandResult } from './command-result.js';
import { gateOutputs, type ActionOutputs } from './outputs.js';
import { openGateWarning } from '../decide/select-gate-policies.js';
import { renderOnCallTimeline, type OnCallTimeline } from './render-on-call-timeline.js';

export { rfc3339 } from './explain.js';

/** What the gate did about a policy's escalation: paged through an incident, or (dry run) would have. */
export type GateIncident =
  | { policy: string; kind: 'paged'; reference: string; url?: string; id?: string }
  /** `reference`: the run's existing incident; absent: a real run would open one for `requestKey`. */
  | { policy: string; kind: 'dry-run'; reference?: string; requestKey: string };

export interface GateSummaryContext {
  /** GITHUB_ACTOR: who started the first run. */
  actor: string;
  /** GITHUB_TRIGGERING_ACTOR: who started this run or re-run; the requester. */
  triggeringActor: string;
  environment: string;
  /** Where the environment came from when not from the `environment` input (a deployment event). */
  environmentFrom?: string;
  policyInput: string;
  /** Where the deciding policy was read, e.g. "the workspace checkout of main". */
  policySource?: string;
  dryRun: boolean;
  failOnDeny: boolean;
  /** Policy problems that made the decision `error`. */
  diagnostics?: Diagnostic[];
  /** https://github.com (profile links). */
  serverUrl: string;
  /** The escalation incidents of a pending run. */
  incidents?: GateIncident[];
  /** Who is on call for the matched schedules over the next hours (the gate's outlook). */
  outlook?: Pick<OnCallTimeline, 'from' | 'to' | 'shifts' | 'logins'>;
}

const HEADINGS: Record<DecisionResult, string> = {
  approved: '✅ oncall-gate: approved',
  denied: '❌ oncall-gate: denied',
  pending: '⏳ oncall-gate: pending approval',
  'not-required': '➖ oncall-gate: no approval required',
  error: '⛔ oncall-gate: error (the job is not allowed to run)',
};

const MD: ExplainOptions = { style: MARKDOWN, advice: 'action' };

function incidentLine(i: GateIncident): string {
  const policy = `Policy ${code(i.policy)}: `;
  if (i.kind === 'paged') {
    const link = i.url ? `[${escapeMarkdown(i.reference)}](${i.url})` : escapeMarkdown(i.reference);
    return `${policy}the on-call team was paged through the escalation incident ${link}.`;
  }
  return i.reference
    ? `${policy}a dry run writes nothing (the escalation incident of this run is ${escapeMarkdown(i.reference)}).`
    : `${policy}a dry run opens no escalation incident (it would open one for ${code(i.requestKey)}).`;
}

/** Why the gate did not approve (the decision's reasons, then what it did about escalations). */
export function gateReasons(decision: Decision, incidents: readonly GateIncident[] = []): string[] {
  return [...decisionReasons(decision, MD), ...incidents.map(incidentLine)];
}

/** Joins messages into sentences, each ending with a period. */
const sentences = (parts: readonly string[]): string => parts.map((p) => (/[.!?]$/.test(p.trim()) ? p.trim() : `${p.trim()}.`)).join(' ');

/** The step's failure message, or undefined when the step passes. */
export function gateFailure(decision: Decision, failOnDeny: boolean, incidents: readonly GateIncident[] = []): string | undefined {
  const reasons = gateReasons(decision, incidents);
  const fixes = decisionFixes(decision, MD);
  switch (decision.result) {
    case 'approved':
    case 'not-required':
      return undefined;
    case 'error':
      return `oncall-gate could not decide, so the job may not run: ${sentences(reasons)}${fixes.length ? ` Fix: ${sentences(fixes)}` : ''}`;
    default:
      if (!failOnDeny) return undefined;
      return `oncall-gate ${decision.result}: ${sentences(reasons)}${fixes.length ? ` What to do: ${sentences(fixes)}` : ''}`;
  }
}

/** One log line: the result, its expiry and why. */
export function gateLogLine(decision: Decision, incidents: readonly GateIncident[] = []): string {
  const reasons = gateReasons(decision, incidents);
  return `Decision: ${decision.result}${decision.expiresAt ? ` until ${rfc3339(decision.expiresAt)}` : ''}${reasons.length ? `: ${reasons.join(' ')}` : '.'}`;
}

function loginLink(login: string, serverUrl: string): string {
  return `[${code(login)}](${serverUrl}/${encodeURIComponent(login)})`;
}

function renderOnCall(schedules: ScheduleOnCall[], serverUrl: string): string {
  // The rotation and layer of each person, when incident.io's entries say (names when they were read).
  const placed = schedules.some((s) => s.people.some((p) => p.placements.length > 0));
  const rows = schedules.map((s) => {
    if (s.people.length === 0) return [code(s.scheduleId), 'nobody', '', '', ...(placed ? [''] : [])];
    // A step summary is public to whoever can read the run: names and logins, never emails.
    const names = s.people.map((p) => markdownName(p.name, p.userId)).join('<br>');
    const logins = s.people.map((p) => (p.login ? loginLink(p.login, serverUrl) : '_not in the identities map_')).join('<br>');
    const until = s.people.map((p) => rfc3339(p.endAt)).join('<br>');
    const where = s.people.map((p) => p.placements.map((x) => placementLabel(x, MD)).join('; ') || '_none given_').join('<br>');
    return [code(s.scheduleId), names, logins, until, ...(placed ? [where] : [])];
  });
  return table(['Schedule', 'On call now', 'GitHub', 'Shift ends', ...(placed ? ['Rotation, layer'] : [])], rows);
}

/** The heading: in outage mode it says so before anything else. */
function heading(decision: Decision): string {
  return decision.degraded ? `⚠️ OUTAGE MODE (degraded): ${HEADINGS[decision.result]}` : HEADINGS[decision.result];
}

export function renderGateSummary(decision: Decision, ctx: GateSummaryContext): string {
  const out: string[] = [`### ${heading(decision)}`, ''];
  const banner = outageBanner(decision, MD);
  if (banner) out.push(`> **${banner}**`, '');
  if (ctx.dryRun) out.push('_Dry run: nothing was written anywhere; the decision is what a real run would make._', '');

  const who = decision.requester;
  // Whether the requester's email was found, and how; never the email itself (the summary is public).
  const email =
    who.emails.length > 0
      ? `incident.io email found${who.emailSource ? ` (from ${who.emailSource})` : ''}`
      : decision.result === 'error'
        ? '_email not looked up (the decision stopped earlier)_'
        : '_no known incident.io email_';
  const facts: string[][] = [['Requester', `${loginLink(who.login, ctx.serverUrl)}: ${email}`]];
  if (ctx.actor && ctx.actor.toLowerCase() !== ctx.triggeringActor.toLowerCase()) {
    facts.push([
      'Run',
      `started by ${loginLink(ctx.actor, ctx.serverUrl)}, re-run by ${loginLink(ctx.triggeringActor, ctx.serverUrl)} (the re-runner must be on call)`,
    ]);
  }
  if (ctx.environment)
    facts.push(['Environment', `${code(ctx.environment)}${ctx.environmentFrom ? ` (from ${ctx.environmentFrom})` : ''}`]);
  if (ctx.policyInput) facts.push(['Policy input', code(ctx.policyInput)]);
  facts.push([
    'Policies',
    decision.verdicts.length > 0
      ? decision.verdicts.map((v) => `${code(v.policy)} (${code(`${v.at.file}:${v.at.line}`)}): **${v.result}**`).join('<br>')
      : decision.policies.length > 0
        ? decision.policies.map(code).join(', ')
        : 'none matched',
  ]);
  if (ctx.policySource) facts.push(['Policy read from', escapeMarkdown(ctx.policySource)]);
  if (decision.approved) {
    // Through the escalation evidence, one login per merged PR, comma-separated.
    const approvers = (decision.approvedBy ?? '').split(',').filter(Boolean);
    facts.push([
      'Approved by',
      decision.approvedBy === 'auto' ? 'auto (on call now)' : approvers.map((l) => loginLink(l, ctx.serverUrl)).join(', '),
    ]);
    if (decision.expiresAt) facts.push(['Approval expires', rfc3339(decision.expiresAt)]);
  }
  if (decision.degraded) {
    facts.push(['On call', '_unknown: incident.io was unavailable_']);
  } else if (decision.result !== 'error' && decision.result !== 'not-required') {
    facts.push([
      'On call',
      decision.onCall ? `yes, for ${decision.onCallSchedules.map(code).join(', ')}` : 'no, for none of the schedules below',
    ]);
  }
  out.push(table(['', ''], facts), '');

  if (decision.result === 'not-required') {
    out.push('Neither the `environment` nor the `policy` input names a policy, so this job needs no approval.', '');
  }

  const reasons = gateReasons(decision, ctx.incidents);
  if (reasons.length > 0) {
    out.push(decision.result === 'error' ? '**What went wrong**' : '**Why**', '');
    for (const r of reasons) out.push(`- ${r}`);
    out.push('');
  }
  const fixes = decisionFixes(decision, MD);
  if (fixes.length > 0) {
    out.push('**What to do**', '');
    for (const f of fixes) out.push(`- ${f}`);
    out.push('');
  }
  if ((decision.result === 'denied' || decision.result === 'pending') && !ctx.failOnDeny) {
    out.push('_`fail-on-deny: false`: the step passes, with the output `approved=false`._', '');
  }

  const ruleLines = decision.verdicts.flatMap((v) =>
    v.rules.map(
      (r) =>
        `- ${code(v.policy)} rule ${r.index + 1} (${r.type}, ${code(`${r.at.file}:${r.at.line}`)}): ` +
        `${r.type === 'deny' ? 'denies' : r.holds ? 'holds' : 'does not hold'}: ${ruleReason(r, decision, MD)}` +
        (r.expiresAt ? ` (until ${rfc3339(r.expiresAt)})` : ''),
    ),
  );
  const fallbackLines = decision.verdicts.flatMap((v) =>
    v.fallback
      ? [
          `- ${code(v.policy)} outage fallback (${code('whenUnavailable')}, ${code(`${v.fallback.at.file}:${v.fallback.at.line}`)}): ` +
            `${v.fallback.status}: ${fallbackReason(v.fallback, MD, decision)}` +
            (v.fallback.expiresAt ? ` (until ${rfc3339(v.fallback.expiresAt)})` : ''),
        ]
      : [],
  );
  if (ruleLines.length + fallbackLines.length > 0) {
    out.push('<details><summary>Rules checked</summary>', '', ...ruleLines, ...fallbackLines, '', '</details>', '');
  }

  if (decision.facts.schedules.length > 0) {
    out.push(`**On call now** (${rfc3339(decision.facts.at)})`, '', renderOnCall(decision.facts.schedules, ctx.serverUrl), '');
    const timeline = ctx.outlook
      ? renderOnCallTimeline({
          ...ctx.outlook,
          scheduleIds: decision.facts.schedules.map((s) => s.scheduleId),
          serverUrl: ctx.serverUrl,
          ...(decision.approved && decision.expiresAt ? { expiresAt: decision.expiresAt } : {}),
        })
      : '';
    if (timeline) out.push(timeline, '');
  }

  if (ctx.diagnostics && ctx.diagnostics.length > 0) {
    out.push('**Policy problems**', '', renderDiagnosticsTable(ctx.diagnostics), '');
  }
  return out.join('\n');
}

/** What the gate's result says besides the decision. */
export interface GateResultContext extends GateSummaryContext {
  /** The step ran `command: auto`, which picked the gate for its event. */
  auto: boolean;
  eventName: string;
  /** incident-id / -reference / -url of the run's escalation incident. */
  incidentOutputs?: Partial<ActionOutputs>;
  /** Why nothing was checked (a deletion push), shown as a notice instead of the open-gate warning. */
  notice?: { title: string; message: string };
  /** The run's redactor: the summary and messages quote what services answered. */
  redact: (text: string) => string;
}

/** The gate's outputs, summary, annotations and (unless the step passes) failure. */
export function gateResult(decision: Decision, c: GateResultContext): CommandResult {
  const annotations: Annotation[] = diagnosticsToAnnotations(c.diagnostics ?? []);
  const incidents = c.incidents ?? [];
  if (c.notice) {
    annotations.push({ level: 'notice', ...c.notice });
  } else if (decision.result === 'not-required' && c.auto && !c.environment && !c.policyInput) {
    // `auto` picked the gate for this event; an open gate must not pass silently.
    annotations.push({ level: 'warning', title: 'oncall-gate: the gate is open', message: openGateWarning(c.eventName) });
  }
  const banner = outageBanner(decision, MD);
  if (banner) annotations.push({ level: 'warning', title: 'oncall-gate: OUTAGE MODE decided', message: c.redact(banner) });
  const failure = gateFailure(decision, c.failOnDeny, incidents);
  if (!failure && (decision.result === 'denied' || decision.result === 'pending')) {
    // fail-on-deny: false passes the step; the denial still shows in the run's annotations.
    annotations.push({
      level: 'warning',
      title: `oncall-gate ${decision.result}`,
      message: c.redact(gateReasons(decision, incidents).join(' ')),
    });
  }
  return {
    outputs: { ...gateOutputs(decision), ...c.incidentOutputs },
    summary: c.redact(renderGateSummary(decision, c)),
    annotations,
    ...(failure ? { failure: c.redact(failure) } : {}),
  };
}
