// The writes of `request` and `review`, planned from the decision in two stages, because the
// second shows what the first answered:
//   1. incident.io: the missing custom field, then each escalating policy's incident (created,
//      or its summary edited), found first by the ID the sticky comment records;
//   2. GitHub: the sticky comment (with the incidents' IDs and links), the review requests, and
//      the `oncall-gate` check on the head commit, in that order.
// Each stage goes to the run's applier, which stops at the first failure (fail closed); a dry run
// plans both and makes neither, so stage 2 then shows no incident link.
import type { Context } from '../context.js';
import { decidingRule, escalatingPolicies, escalationServices } from '../decide/engine.js';
import type { PolicyMatch } from '../decide/pull-request-match.js';
import type { Decision } from '../decide/types.js';
import type { ExistingCheckRun } from '../github/checks.js';
import type { OwnComment } from '../github/comments.js';
import type { RepoRef } from '../github/client.js';
import type { PullRequest } from '../github/pulls.js';
import type { IncidentIoClient } from '../incidentio/client.js';
import type { PolicySet } from '../policy/types.js';
import {
  CHECK_NAME,
  REQUEST_MARKER,
  type CheckView,
  type IncidentView,
  type RecordedIncident,
  type RequestView,
} from '../report/render-request.js';
import { answerOf, type WriteOutcome } from '../write-plan/apply-writes.js';
import { checkRunWrite, commentWrite, reviewRequestWrite, type PlannedWrite } from '../write-plan/write-plan.js';
import { creatingRun, findIncident, writeIncidents, type IncidentRequest, type RejectedRecord } from './act.js';
import { resolveIncidentSettings } from './incident-settings.js';
import {
  escalationIncidentPayload,
  escalationRequestKey,
  escalationSummary,
  type EscalationOutcome,
  type EscalationSubject,
} from './incident-text.js';

/**
 * Stage 1: the incident of each escalating policy. Reads the settings and what the comment's
 * recorded IDs point to, plans and applies the writes, and says what was done.
 */
export async function writeRequestIncidents(
  ctx: Context,
  incidentio: IncidentIoClient,
  set: PolicySet,
  decision: Decision,
  matches: readonly PolicyMatch[],
  pr: PullRequest,
  recorded: readonly RecordedIncident[],
): Promise<IncidentView[]> {
  const owning = escalatingPolicies(decision);
  if (owning.length === 0) return [];
  const { log } = ctx;
  const settings = set.integration.escalation;
  const file = set.integration.at?.file ?? `${ctx.inputs.policyPath}/incidentio.yaml`;
  const resolved = await resolveIncidentSettings(incidentio, ctx.writes, settings, { file });
  if (resolved.customFieldCreated === 'created') log.info(`Created the incident.io text custom field "${settings.customField}".`);
  const run = creatingRun(ctx.run);

  const requests: (IncidentRequest & { policy: string })[] = [];
  const owningPolicies = owning.flatMap((name) => matches.filter((m) => m.policy.name === name).map((m) => m.policy));
  for (const policy of owningPolicies) {
    const { name } = policy;
    const rules = policy.rules.filter((r) => r.type === 'escalation');
    const subject: EscalationSubject = {
      owner: ctx.run.repository.owner,
      repo: ctx.run.repository.repo,
      run,
      requester: pr.authorLogin,
      policy: name,
      environment: (policy.match.environments ?? []).join(', '),
      services: escalationServices(policy),
      durationMs: Math.max(...rules.map((r) => r.durationMs)),
      reason: decision.facts.reason,
      target: { kind: 'pull', number: pr.number, title: pr.title, url: pr.htmlUrl, headSha: pr.headSha, baseRef: pr.baseRef },
    };
    const requestKey = escalationRequestKey(subject);
    const summary = escalationSummary(subject, outcomeFor(decision, name, pr.headSha));
    const found = await findIncident(incidentio, requestKey, { kind: 'recorded', id: recorded.find((r) => r.policy === name)?.id });
    requests.push({
      policy: name,
      requestKey,
      payload: escalationIncidentPayload(subject, settings, resolved, summary),
      found,
      notify: settings.notifyIncidentChannel,
    });
  }
  const results = await writeIncidents(ctx.writes, requests);

  return results.map(({ request: { policy, requestKey, found }, result: written }): IncidentView => {
    if (found.rejected) logRejected(ctx, found.rejected, policy, requestKey);
    if (written.kind === 'dry-run') return { policy, dryRun: true };
    const { incident } = written;
    log.info(
      `Incident ${incident.reference} (${incident.id}) for ${policy}: ` +
        `${written.created ? 'opened' : 'the one the comment records'}${written.edited ? ', summary updated' : ''}.`,
    );
    return { policy, id: incident.id, reference: incident.reference, url: incident.url };
  });
}

/** The outcome to write into a policy's incident summary, if a review decided it. */
function outcomeFor(decision: Decision, policy: string, headSha: string): EscalationOutcome | undefined {
  const verdict = decision.verdicts.find((v) => v.policy === policy);
  if (!verdict) return undefined;
  const decided = decidingRule(verdict);
  if (decided?.type !== 'escalation' || decided.evidence?.subject !== 'pull') return undefined;
  const { review } = decided.evidence;
  const actor = verdict.result === 'denied' ? review.veto : verdict.result === 'approved' ? review.approval : undefined;
  // An escalation rule's actor is on call; a named (outage) approver never decides an escalation rule.
  if (!actor || actor.scheduleId === undefined) return undefined;
  return {
    kind: verdict.result === 'denied' ? 'denied' : 'approved',
    login: actor.login,
    name: actor.onCallName,
    scheduleId: actor.scheduleId,
    at: actor.at,
    via: actor.via,
    sha: headSha,
  };
}

/** Says why the incident ID the comment recorded was not used. */
function logRejected(ctx: Context, rejected: RejectedRecord, policy: string, requestKey: string): void {
  const then = ctx.writes.dryRun ? 'a real run would open a new incident and record it' : 'a new incident was opened and recorded instead';
  if (rejected.why === 'missing') {
    ctx.log.info(
      `The comment records incident ${rejected.id} for ${policy}, which no longer exists (or this API key cannot see it): ${then}.`,
    );
  } else {
    // Every workflow of the repository comments as the same bot, so a recorded ID is a claim.
    ctx.log.warning(
      `The comment records incident ${rejected.id} for ${policy}, but that incident does not carry the request key ${requestKey}, ` +
        `so it is not this request's incident and was left untouched; ${then}. Any workflow of this repository can write that comment.`,
    );
  }
}

/**
 * Whom a pending request asks for a review: the on-call people of the escalating schedules whom
 * the identities map gives a login, never the author. Nobody for a draft, a closed pull request,
 * or a decision that is not pending.
 */
export function reviewersToAsk(view: RequestView, pr: Pick<PullRequest, 'authorLogin'>, paging: boolean): string[] {
  if (!paging || view.decision.result !== 'pending') return [];
  // Outage mode: nobody's on-call state is known; the people the fallbacks name by login are asked.
  if (view.decision.degraded) {
    return [
      ...new Set(
        view.decision.verdicts
          .flatMap((v) => (v.result === 'pending' ? (v.fallback?.approvers ?? []) : []))
          .filter((l) => l.toLowerCase() !== pr.authorLogin.toLowerCase()),
      ),
    ];
  }
  return [
    ...new Set(
      view.decision.facts.schedules
        .filter((s) => view.escalationSchedules.includes(s.scheduleId))
        .flatMap((s) => s.people.flatMap((p) => (p.login ? [p.login] : [])))
        .filter((l) => l.toLowerCase() !== pr.authorLogin.toLowerCase()),
    ),
  ];
}

export interface RequestWritesInput {
  repo: RepoRef;
  pr: Pick<PullRequest, 'number' | 'headSha' | 'authorLogin'>;
  /** The comment and the check as they will read (already redacted). */
  comment: string;
  check: CheckView;
  reviewers: readonly string[];
  /** Our sticky comment and our newest check run, as read before (null: none). */
  sticky: OwnComment | null;
  existingCheck: ExistingCheckRun | null;
}

/** Stage 2: the comment (unless it already says this), the review requests, the check. */
export function planRequestWrites(o: RequestWritesInput): PlannedWrite[] {
  return [
    commentWrite({
      repo: o.repo,
      number: o.pr.number,
      marker: REQUEST_MARKER,
      body: o.comment,
      existing: o.sticky,
      description: `write the sticky comment on pull request #${o.pr.number}`,
    }),
    reviewRequestWrite({ repo: o.repo, number: o.pr.number, logins: o.reviewers, author: o.pr.authorLogin }),
    checkWrite(o.repo, o.pr.headSha, o.check, o.existingCheck),
  ].filter((w): w is PlannedWrite => w !== undefined);
}

/** The `oncall-gate` check on the head commit. */
export function checkWrite(repo: RepoRef, headSha: string, check: CheckView, existing: ExistingCheckRun | null): PlannedWrite {
  return checkRunWrite({
    repo,
    headSha,
    name: CHECK_NAME,
    state: {
      status: check.status,
      ...(check.conclusion ? { conclusion: check.conclusion } : {}),
      title: check.title,
      summary: check.summary,
    },
    existing,
  });
}

/** Logs what stage 2 did: the comment, and whom GitHub took a review request for. */
export function logRequestWrites(ctx: Context, outcomes: readonly WriteOutcome[]): void {
  if (ctx.writes.dryRun) return;
  const posted = outcomes.map((o) => answerOf(o, 'comment')).find(Boolean);
  ctx.log.info(posted ? `Comment ${posted.created ? 'posted' : 'updated'}: ${posted.url}` : 'Comment unchanged.');
  const reviews = outcomes.map((o) => answerOf(o, 'review-request')).find(Boolean);
  if (reviews && reviews.requested.length > 0) ctx.log.info(`Requested reviews from ${reviews.requested.join(', ')}.`);
  for (const s of reviews?.skipped ?? [])
    ctx.log.info(`Did not request a review from ${s.login}: ${s.reason}${s.message ? ` (${s.message})` : ''}.`);
}
