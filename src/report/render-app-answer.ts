// App mode's answer to a deployment protection rule (docs/app-mode.md): the state GitHub is told
// and the comment it shows on the run. On call: approved, naming the schedule and until when.
// Escalation still waiting: no state, a status comment saying who was paged. Anything else:
// rejected, with why and what to do. GitHub takes at most 1024 characters; the first line always
// fits and says the outcome. The words come from explain.ts, with App mode's advice. In outage
// mode (a `whenUnavailable` fallback decided) the answer says so before anything else.
import { decidingRule } from '../decide/engine.js';
import type { Decision } from '../decide/types.js';
import { JUDGEABLE_RUN_EVENTS, type RunRefusal } from '../decide/run-event.js';
import {
  decisionFixes,
  decisionReasons,
  MARKDOWN,
  outageCause,
  policyReason,
  rfc3339,
  ruleReason,
  type ExplainOptions,
} from './explain.js';
import { escapeMarkdown } from './markdown.js';
import type { GateIncident } from './render-gate-summary.js';

/** GitHub's limit on a protection rule comment. */
export const APP_COMMENT_MAX = 1024;

export interface AppAnswer {
  /** Absent: a status comment, the deployment keeps waiting. */
  state?: 'approved' | 'rejected';
  comment: string;
}

export interface AppAnswerFacts {
  decision: Decision;
  /** The escalation incidents of a pending decision. */
  incidents?: readonly GateIncident[];
  /** Where the deciding policy was read (describePolicySource). */
  policySource?: string;
  /** The run's secrets. */
  redact: (text: string) => string;
}

const O: ExplainOptions = { style: MARKDOWN, advice: 'app' };

/** Cut to GitHub's limit, counting characters as GitHub does (code points), with an ellipsis. */
export function fitComment(text: string, max = APP_COMMENT_MAX): string {
  const chars = [...text.trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

function approvedLines(d: Decision): string[] {
  const lines = d.verdicts.map((v) => {
    const rule = decidingRule(v);
    const why = rule ? ruleReason(rule, d, O) : v.decidedBy.kind === 'fallback' ? policyReason(v, d, O) : 'approved';
    const shift = rule?.type === 'auto' && rule.shiftEnd ? ` (the shift ends ${rfc3339(rule.shiftEnd)})` : '';
    return `Policy ${O.style.code(v.policy)}: ${why}${shift}.`;
  });
  return lines;
}

function incidentLine(i: GateIncident): string {
  if (i.kind !== 'paged') return `Policy ${O.style.code(i.policy)}: no incident was opened (dry run).`;
  const ref = escapeMarkdown(i.reference);
  return `Paged ${i.url ? `[${ref}](${i.url})` : ref} for policy ${O.style.code(i.policy)}.`;
}

/** Outage mode: what happened, in one sentence after the outcome (the outcome's words stay first). */
function outageSentence(d: Decision): string {
  if (!d.degraded) return '';
  const why = outageCause(d.degraded.cause);
  return d.result === 'error'
    ? ` OUTAGE MODE: ${why}, and not every matched policy names an outage fallback (${O.style.code('whenUnavailable')}).`
    : ` OUTAGE MODE (degraded): ${why}, so nobody's on-call state could be read and the policies' ${O.style.code('whenUnavailable')} fallback decided: an approving review by a person it names.`;
}

export function renderAppAnswer(f: AppAnswerFacts): AppAnswer {
  const { decision: d } = f;
  const source = f.policySource ? ` Decided by ${escapeMarkdown(f.policySource)}.` : '';
  const fixes = decisionFixes(d, O);
  const todo = fixes.length > 0 ? ` What to do: ${fixes.join(' ')}` : '';
  const outage = outageSentence(d);
  let state: AppAnswer['state'];
  let text: string;
  switch (d.result) {
    case 'approved': {
      state = 'approved';
      const until = d.expiresAt ? ` until ${rfc3339(d.expiresAt)}` : '';
      const by =
        d.approvedBy && d.approvedBy !== 'auto'
          ? `approved by ${O.style.code(d.approvedBy)}`
          : `${O.style.code(d.requester.login)} is on call`;
      text = `✅ oncall-gate approved this deployment${until}: ${by}.${outage} ${approvedLines(d).join(' ')}${source}`;
      break;
    }
    case 'pending': {
      const paged = (f.incidents ?? []).map(incidentLine);
      const waiting = d.degraded ? 'waiting for an approval by a person the outage fallback names' : 'waiting for an on-call approval';
      text = `⏳ oncall-gate: ${waiting}.${outage} ${[...paged, ...decisionReasons(d, O)].join(' ')}${todo}${source}`;
      break;
    }
    case 'error':
      state = 'rejected';
      text = `⛔ oncall-gate could not decide, so it rejected this deployment.${outage} ${decisionReasons(d, O).join(' ')}${todo}`;
      break;
    case 'denied':
      state = 'rejected';
      text = `❌ oncall-gate rejected this deployment.${outage} ${decisionReasons(d, O).join(' ')}${todo}${source}`;
      break;
    case 'not-required':
      // App mode always names an environment, so a decision without policies cannot approve.
      state = 'rejected';
      text = '❌ oncall-gate rejected this deployment: no policy applies to this environment.';
      break;
  }
  return { ...(state ? { state } : {}), comment: fitComment(f.redact(text)) };
}

/** Why App mode does not judge a run (decide/run-event.ts), and what to do instead: one sentence each. */
export function runRefusalText(r: RunRefusal, o: ExplainOptions = O): { reason: string; fix: string } {
  const c = o.style.code;
  const events = JUDGEABLE_RUN_EVENTS.map(c).join(', ');
  switch (r.kind) {
    case 'event': {
      const started = r.event ? `this run was started by a ${c(r.event)} event` : 'GitHub does not say which event started this run';
      const head = r.headSha ? ` ${c(r.headSha.slice(0, 12))}` : '';
      return {
        reason:
          `${started}, and oncall-gate judges only runs that execute the workflow and the code of their own commit (${events}): ` +
          `such a run may execute other code than its head commit${head} (a pull request run, the merge into its base branch), ` +
          'so no approval of that commit vouches for what this job runs',
        fix: `Deploy from a run of a ${c('push')} to the default branch, or a ${c('workflow_dispatch')} of it.`,
      };
    }
    case 'no-head':
      return {
        reason: `GitHub names no commit for this ${c(r.event)} run, so there is nothing to judge`,
        fix: 'Re-run the job; if GitHub still names no commit, deploy from a new run.',
      };
    case 'sha-mismatch':
      return {
        reason:
          `the request names the commit ${c(r.requested.slice(0, 12))} but the run is of ${c(r.headSha.slice(0, 12))}; ` +
          'oncall-gate judges a run only by its own commit',
        fix: 'Re-run the job; if the two still differ, deploy from a new run.',
      };
  }
}

/** App mode's answer to a run it does not judge: rejected, with why and what to do. */
export function renderRunRefusal(r: RunRefusal, redact: (text: string) => string): AppAnswer {
  const { reason, fix } = runRefusalText(r);
  return { state: 'rejected', comment: fitComment(redact(`⛔ oncall-gate rejected this deployment: ${reason}. What to do: ${fix}`)) };
}
