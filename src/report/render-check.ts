// What `oncall-gate check` prints: the decision as plain text for a terminal, worded by
// explain.ts in its plain style with the command line's advice (`--reason`, GITHUB_TOKEN), and
// "at <time>" instead of "now" for a moment asked with --at.
import type { Decision } from '../decide/types.js';
import { decisionFixes, decisionReasons, placementLabel, PLAIN, policyReason, rfc3339, type ExplainOptions } from './explain.js';

/** "On call now (t)" or, for a moment asked with --at, "On call at t". */
export function onCallHeading(at: Date, asked: boolean): string {
  return asked ? `On call at ${rfc3339(at)}:` : `On call now (${rfc3339(at)}):`;
}

export interface CheckTextOptions {
  /** The moment came from --at. */
  asked: boolean;
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
  const until = decision.expiresAt ? ` until ${rfc3339(decision.expiresAt)}` : '';
  lines.push(`Result: ${decision.result.toUpperCase()}${until}${decision.approvedBy ? ` (approved by ${decision.approvedBy})` : ''}`);
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
  if (!decision.approved && decision.verdicts.some((v) => v.rules.some((r) => r.type === 'escalation' && !r.holds))) {
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
  };
}
