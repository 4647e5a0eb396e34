// What `oncall-gate check` prints: the decision as plain text for a terminal, worded by
// explain.ts in its plain style with the command line's advice (`--reason`, GITHUB_TOKEN), and
// "at <time>" instead of "now" for a moment asked with --at. In outage mode (a preview with
// --assume-unavailable, or incident.io unavailable) it says so first, and what each policy's
// `whenUnavailable` fallback asks for.
import { fallbackRequiresReason, MIN_REASON_CHARS, reasonLength } from '../decide/engine.js';
import type { Decision } from '../decide/types.js';
import { formatDuration } from '../policy/duration.js';
import type { Policy, Position } from '../policy/types.js';
import {
  decisionFixes,
  decisionReasons,
  namedList,
  outageCause,
  placementLabel,
  PLAIN,
  policyReason,
  rfc3339,
  type ExplainOptions,
} from './explain.js';

/** "On call now (t)" or, for a moment asked with --at, "On call at t". */
export function onCallHeading(at: Date, asked: boolean): string {
  return asked ? `On call at ${rfc3339(at)}:` : `On call now (${rfc3339(at)}):`;
}

export interface CheckTextOptions {
  /** The moment came from --at. */
  asked: boolean;
  /** Outage mode decided (the decision is `degraded`): the matched policies, for their fallbacks. */
  outage?: { policies: readonly Policy[] };
}

/** What a policy's outage fallback asks for, as `check --json` gives it (null: the policy has none). */
export interface CheckFallback {
  policy: string;
  at: Position;
  fallback: {
    at: Position;
    approvers: string[];
    approverTeams: string[];
    durationMs: number;
    duration: string;
    /** A rule of the policy requires a reason, so the fallback does too. */
    requireReason: boolean;
    /** The reason given (--reason) meets it (true when none is required). */
    reasonMet: boolean;
  } | null;
}

/** Each matched policy's outage fallback, or its absence. */
export function checkFallbacks(policies: readonly Policy[], reason: string): CheckFallback[] {
  return policies.map((p) => {
    const w = p.whenUnavailable;
    if (w?.kind !== 'fallback') return { policy: p.name, at: p.at, fallback: null };
    const requireReason = fallbackRequiresReason(p);
    return {
      policy: p.name,
      at: p.at,
      fallback: {
        at: w.at,
        approvers: [...w.approvers],
        approverTeams: [...w.approverTeams],
        durationMs: w.durationMs,
        duration: formatDuration(w.durationMs),
        requireReason,
        reasonMet: !requireReason || reasonLength(reason) >= MIN_REASON_CHARS,
      },
    };
  });
}

/** The outage lines: what happened (or that it is a preview), then each policy's fallback. */
function outageLines(decision: Decision, policies: readonly Policy[], o: ExplainOptions): string[] {
  const cause = decision.degraded?.cause;
  if (!cause) return [];
  const lines =
    cause.kind === 'assumed'
      ? [
          `OUTAGE MODE PREVIEW (--assume-unavailable): what the gate would do if incident.io were unavailable ${o.asked ? `at ${rfc3339(decision.facts.at)}` : 'now'}; incident.io was not asked.`,
        ]
      : [
          `incident.io is unavailable: ${outageCause(cause)}. The gate would decide in OUTAGE MODE (degraded), by the policies' whenUnavailable fallbacks, not by who is on call:`,
        ];
  for (const f of checkFallbacks(policies, decision.facts.reason)) {
    const where = `${f.policy} (${f.at.file}:${f.at.line})`;
    if (!f.fallback) {
      lines.push(
        `  ${where}: no outage fallback (whenUnavailable: deny, the default): in an outage the gate's decision is an error (fail closed)`,
      );
      continue;
    }
    const w = f.fallback;
    const who = namedList({ logins: w.approvers, teams: w.approverTeams.map((team) => ({ team })) }, o);
    const reason = !w.requireReason
      ? 'not required'
      : w.reasonMet
        ? 'required (a rule of the policy sets requireReason); the one given meets it'
        : `required (a rule of the policy sets requireReason): give one of at least ${MIN_REASON_CHARS} non-space characters with --reason "..." (in a workflow: the reason input)`;
    lines.push(
      `  ${where}: outage fallback at ${w.at.file}:${w.at.line}`,
      `    Who may approve: an approving pull request review by ${who}` +
        (w.approverTeams.length > 0 ? ' (active team members, read with the github-teams-token input)' : ''),
      '    Never: the author, anyone who committed to or pushed the change, or a review of an earlier commit; allowOneParty does not apply',
      `    For how long: ${w.duration} after the review`,
      `    Reason: ${reason}`,
    );
  }
  return lines;
}

/** The decision as lines of plain text. */
export function renderCheckText(decision: Decision, options: CheckTextOptions): string[] {
  const o: ExplainOptions = { style: PLAIN, advice: 'cli', asked: options.asked };
  const who = decision.requester;
  if (decision.result === 'not-required') {
    return [`Requester: ${who.login}`, 'Result: NOT-REQUIRED: no --environment or --policy given, so no policy applies.'];
  }
  const lines: string[] = [];
  // An email given on the command line is its own login: print it once.
  const emails = who.emails.filter((e) => e !== who.login.toLowerCase());
  lines.push(
    `Requester: ${who.login}` +
      (emails.length > 0
        ? ` (${emails.join(', ')}${who.emailSource ? `, from ${who.emailSource}` : ''})`
        : who.emails.length > 0
          ? ''
          : ' (no known incident.io email)'),
  );
  lines.push(`Policies: ${decision.policies.length > 0 ? decision.policies.join(', ') : 'none'}`);
  if (options.outage) lines.push(...outageLines(decision, options.outage.policies, o));
  const until = decision.expiresAt ? ` until ${rfc3339(decision.expiresAt)}` : '';
  const mode = decision.degraded ? (decision.degraded.cause.kind === 'assumed' ? ' (outage mode preview)' : ' (outage mode)') : '';
  lines.push(
    `Result${mode}: ${decision.result.toUpperCase()}${until}${decision.approvedBy ? ` (approved by ${decision.approvedBy})` : ''}`,
  );
  for (const v of decision.verdicts) lines.push(`  ${v.policy} (${v.at.file}:${v.at.line}): ${v.result}: ${policyReason(v, decision, o)}`);
  if (decision.verdicts.length === 0) for (const r of decisionReasons(decision, o)) lines.push(`  ${r}`);
  const fixes = decisionFixes(decision, o);
  if (fixes.length > 0) {
    lines.push('What to do:');
    for (const f of fixes) lines.push(`  - ${f}`);
  }
  if (decision.facts.schedules.length > 0) {
    lines.push(onCallHeading(decision.facts.at, options.asked));
    for (const s of decision.facts.schedules) {
      if (s.people.length === 0) lines.push(`  ${s.scheduleId}: nobody`);
      for (const p of s.people) {
        const where = p.placements.map((x) => placementLabel(x, o)).join('; ');
        lines.push(
          `  ${s.scheduleId}: ${p.name} <${p.email}>${p.login ? ` @${p.login}` : ''} until ${rfc3339(p.endAt)}${where ? ` (${where})` : ''}`,
        );
      }
    }
  }
  // The gate also counts an approving review of the deployed commit's pull request; that evidence
  // lives in GitHub and depends on the commit, so `check` cannot see it.
  if (decision.degraded) {
    if (decision.verdicts.some((v) => v.fallback?.status === 'unread')) {
      lines.push(
        'Note: check does not look at pull-request reviews, and outage mode approves only through one: in a workflow, the gate ' +
          'approves a commit merged through a pull request that a person the outage fallback names approved (policies/README.md, "Outage mode").',
      );
    }
  } else if (!decision.approved && decision.verdicts.some((v) => v.rules.some((r) => r.type === 'escalation' && !r.holds))) {
    lines.push(
      'Note: check does not look at pull-request reviews. In a workflow, the gate also approves a commit merged through a pull ' +
        'request that a person on call for the escalation schedules approved (docs/escalation.md).',
    );
  }
  return lines;
}

/**
 * The decision as the `facts` of `oncall-gate check --json` (docs/cli.md): the decision's data,
 * each policy's verdict with the sentence that explains it, and what to do.
 */
export function checkFacts(decision: Decision, options: CheckTextOptions): Record<string, unknown> {
  const o: ExplainOptions = { style: PLAIN, advice: 'cli', asked: options.asked };
  return {
    requester: decision.requester,
    at: decision.facts.at,
    asked: options.asked,
    reason: decision.facts.reason,
    result: decision.result,
    approved: decision.approved,
    ...(decision.approvedBy ? { approvedBy: decision.approvedBy } : {}),
    ...(decision.expiresAt ? { expiresAt: decision.expiresAt } : {}),
    policies: decision.policies,
    onCall: decision.onCall,
    onCallSchedules: decision.onCallSchedules,
    verdicts: decision.verdicts.map((v) => ({ ...v, explanation: policyReason(v, decision, o) })),
    reasons: decision.verdicts.length === 0 ? decisionReasons(decision, o) : [],
    fixes: decisionFixes(decision, o),
    schedules: decision.facts.schedules,
    // check cannot see pull-request reviews; the gate in a workflow can (docs/escalation.md).
    reviewsRead: false,
    ...(decision.degraded && options.outage
      ? {
          outage: {
            preview: decision.degraded.cause.kind === 'assumed',
            cause: decision.degraded.cause,
            fallbacks: checkFallbacks(options.outage.policies, decision.facts.reason),
          },
        }
      : {}),
  };
}
