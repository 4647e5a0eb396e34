// `request` and `review`: both re-evaluate a pull request from fresh facts with the one rule
// engine (decide/engine.ts), so a re-run, a push, a label change or a review all converge on one
// answer, and the gate judges its deploys by the same rules. Each run reads as
//   gather (pull-request-facts.ts) -> decide (evaluate) -> plan and apply the writes
//   (pull-request-writes.ts: the incidents, then the comment, the review requests and the check)
// They are advisory: the `gate` step on the default branch enforces. They exit 0 whenever the
// decision was recorded (pending, approved and denied show in the check) and fail only on error.
import type { Context } from '../context.js';
import type { PullRequest } from '../github/pulls.js';
import type { GitHubPort } from '../github/port.js';
import type { CommandResult } from '../report/command-result.js';
import { errorDecision, escalatingPolicies, escalationServices, evaluate } from '../decide/engine.js';
import type { Decision } from '../decide/types.js';
import { decisionRecord, type RecordFacts } from '../record/run-record.js';
import type { Policy } from '../policy/types.js';
import { fallbackReserveMs, withinIncidentIoShare } from '../api-deadline.js';
import { asOutage } from '../decide/outage.js';
import { reasonFromBody } from '../decide/pull-request-match.js';
import { anyFallback, decidePullInOutage } from './outage-fallback.js';
import { describeError } from '../report/describe-error.js';
import type { ActionOutputs } from '../report/outputs.js';
import {
  errorCheck,
  errorSummary,
  forkMessage,
  forkSummary,
  NOT_REQUIRED_CHECK,
  notRequiredSummary,
  readRecordedIncidents,
  renderRequestComment,
  renderRequestSummary,
  requestCheck,
  CHECK_NAME,
  REQUEST_MARKER,
  type CheckView,
  type IncidentView,
  type RecordedIncident,
  type RequestView,
} from '../report/render-request.js';
import { diagnosticsToAnnotations } from '../report/render-diagnostics.js';
import {
  draftFacts,
  gatherReviewFacts,
  matchPullRequest,
  readBasePolicy,
  readPullRequest,
  type PullRequestCommand,
} from './pull-request-facts.js';
import { checkWrite, logRequestWrites, planRequestWrites, reviewersToAsk, writeRequestIncidents } from './pull-request-writes.js';
import { escalationGitHub, escalationIncidentIo } from './ports.js';

interface FlowState {
  pr?: PullRequest;
  matched: Policy[];
  /** What the decision record holds besides the decision, as the run learns it. */
  record: RecordFacts;
  decision?: Decision;
}

/**
 * The result with its decision record: the decision when one was made; otherwise (no policy
 * matched, an invalid policy, a fork, an error) the one the result stands for.
 */
function withRecord(ctx: Context, command: PullRequestCommand, state: FlowState, result: CommandResult): CommandResult {
  const requester = { login: state.pr?.authorLogin ?? '', emails: [] };
  const at = ctx.clock();
  // A decision that an error overtook (a write that failed after it) is not what the step reports.
  const made = state.decision?.result === result.outputs.result ? state.decision : undefined;
  const decision =
    made ??
    (result.outputs.result === 'not-required'
      ? evaluate({
          requester,
          policies: [],
          onCall: new Map(),
          at,
          reason: '',
          identities: { lookup: ['map'], users: new Map() },
          subject: { kind: 'pull', draft: true },
        })
      : errorDecision({ requester, at, message: result.failure ?? result.outputs.result, policies: state.matched, subject: 'pull' }));
  return { ...result, record: decisionRecord(ctx, command, decision, state.record) };
}

export async function runPullRequestFlow(ctx: Context, command: PullRequestCommand): Promise<CommandResult> {
  const state: FlowState = { matched: [], record: {} };
  const result = await guarded(ctx, command, state);
  return withRecord(ctx, command, state, result);
}

async function guarded(ctx: Context, command: PullRequestCommand, state: FlowState): Promise<CommandResult> {
  const scrub = ctx.redactor.redact;
  try {
    return await flow(ctx, command, state);
  } catch (error) {
    ctx.log.debug(scrub(error instanceof Error && error.stack ? error.stack : String(error)));
    const message = scrub(describeError(error));
    // Best effort: show the error on the check too, so the PR does not look merely pending.
    if (state.pr && !isForkEvent(ctx, state.pr)) {
      try {
        await writeCheck(ctx, await escalationGitHub(ctx), state.pr, errorCheck(`oncall-gate could not decide: ${message}`));
      } catch (checkError) {
        ctx.log.warning(`Could not write the ${CHECK_NAME} check: ${describeError(checkError)}`);
      }
    }
    const outputs: ActionOutputs = { result: 'error', approved: false, degraded: false };
    if (state.matched.length > 0) outputs.policies = state.matched.map((p) => p.name);
    return {
      outputs,
      summary: errorSummary(command, message),
      annotations: [],
      failure: `oncall-gate ${command} could not decide: ${message}`,
    };
  }
}

/** A fork PR under `pull_request`/`pull_request_review`: read-only token, no secrets. */
function isForkEvent(ctx: Context, pr: PullRequest): boolean {
  return pr.isFork && ctx.event.name !== 'pull_request_target';
}

async function flow(ctx: Context, command: PullRequestCommand, state: FlowState): Promise<CommandResult> {
  const { inputs, log, run } = ctx;
  // Gather: the pull request, the policy at its base, the policies that match.
  const github = await escalationGitHub(ctx);
  const pr = (state.pr = await readPullRequest(ctx, github, command));
  state.record.pull = { number: pr.number, headSha: pr.headSha, baseRef: pr.baseRef, baseSha: pr.baseSha };
  const policy = await readBasePolicy(ctx, github, pr);
  state.record.policy = { commit: policy.commit, source: 'api', files: policy.files };
  const { set } = policy;
  if (!set.valid) {
    const errors = set.diagnostics.filter((d) => d.severity === 'error');
    const message = `The policy in ${inputs.policyPath}/ at ${policy.source} is invalid (${errors.length} error${errors.length === 1 ? '' : 's'}), so no decision can be made`;
    const fix = `Fix the problems listed (run \`oncall-gate validate ${inputs.policyPath}\` locally) and merge the fix into ${pr.baseRef}.`;
    if (!isForkEvent(ctx, pr)) await writeCheck(ctx, github, pr, errorCheck(`${message}.\n\n${fix}`));
    return {
      outputs: { result: 'error', approved: false, degraded: false },
      summary: errorSummary(command, message, fix),
      annotations: diagnosticsToAnnotations(errors),
      failure: `${message}. ${fix}`,
    };
  }
  const matches = await matchPullRequest(ctx, github, pr, policy);
  const policies = (state.matched = matches.map((m) => m.policy));
  if (matches.length === 0) {
    // A fork's token cannot write the check; nothing needs recording for a PR no policy covers.
    if (!isForkEvent(ctx, pr)) await writeCheck(ctx, github, pr, NOT_REQUIRED_CHECK);
    return {
      outputs: { result: 'not-required', approved: true, degraded: false, policies: [] },
      summary: notRequiredSummary(),
      annotations: [],
    };
  }
  if (isForkEvent(ctx, pr)) {
    const { message, fix } = forkMessage(
      command,
      pr,
      policies.map((p) => p.name),
    );
    return {
      outputs: { result: 'error', approved: false, degraded: false, policies: policies.map((p) => p.name) },
      summary: forkSummary(command, message, fix),
      annotations: [],
      failure: `${message}. ${fix}`,
    };
  }
  // Our sticky comment records the incident IDs; only our own bot's comment is read, and what it
  // records is still checked before use. Our check run is read too, to know whether it is updated.
  const [sticky, existingCheck] = await Promise.all([
    github.findStickyComment(pr.number, REQUEST_MARKER),
    github.findCheckRun(pr.headSha, CHECK_NAME),
  ]);
  const recordedBefore = sticky ? readRecordedIncidents(sticky.body) : [];

  // Decide. A draft never pages: no incident, no review requests, not even a read of who is on call.
  const paging = pr.state === 'open' && !pr.draft;
  let decision: Decision;
  let incidents: IncidentView[] = [];
  if (pr.draft) {
    log.info(`Pull request #${pr.number} is a draft: waiting for ready for review; nobody is paged until it is marked ready.`);
    decision = state.decision = evaluate(draftFacts(ctx, set, pr, policies));
  } else {
    const incidentio = await escalationIncidentIo(ctx);
    const fallback = anyFallback(policies);
    try {
      const gathering = gatherReviewFacts(ctx, github, incidentio, set, pr, policies);
      // With an outage fallback, incident.io gets the run's API time less what the fallback needs.
      const facts = await (fallback && ctx.deadline
        ? withinIncidentIoShare(ctx.deadline, fallbackReserveMs(ctx.deadline), gathering)
        : gathering);
      state.record.onCall = facts.onCall;
      if (facts.subject.kind === 'pull' && !facts.subject.draft) state.record.history = facts.subject.reviews.history;
      decision = state.decision = evaluate(facts);
      log.info(`Decision: ${decision.result}${decision.approvedBy ? ` (approved by ${decision.approvedBy})` : ''}.`);
      if (!paging)
        log.info(
          `Pull request #${pr.number} is ${pr.merged ? 'merged' : 'closed'}: no incident is opened or edited and no review is requested.`,
        );
      // Plan and apply, stage 1: the incidents, whose IDs and links the comment and the check show.
      if (paging) incidents = await writeRequestIncidents(ctx, incidentio, set, decision, matches, pr, recordedBefore);
    } catch (error) {
      // incident.io unavailable (decide/outage.ts) and a policy names a fallback: outage mode decides.
      const cause = fallback ? asOutage(error, ctx.redactor.redact) : undefined;
      if (!cause) throw error;
      decision = state.decision = await decidePullInOutage(ctx, github, pr, {
        set,
        policies,
        requester: { login: pr.authorLogin, emails: [] },
        at: ctx.clock(),
        reason: reasonFromBody(pr.body),
        cause,
      });
      incidents = [];
      log.info(`Decision (outage mode): ${decision.result}${decision.approvedBy ? ` (approved by ${decision.approvedBy})` : ''}.`);
    }
    state.record.incidents = incidents.flatMap((i) =>
      i.id || i.reference
        ? [
            {
              policy: i.policy,
              ...(i.id ? { id: i.id } : {}),
              ...(i.reference ? { reference: i.reference } : {}),
              ...(i.url ? { url: i.url } : {}),
            },
          ]
        : [],
    );
  }

  // The IDs written this run, then the earlier ones of other policies (a policy that is approved
  // now may escalate again after a push, and should find its incident then).
  const recorded: RecordedIncident[] = [
    ...incidents.flatMap((i) => (i.id && !i.dryRun ? [{ policy: i.policy, id: i.id }] : [])),
    ...recordedBefore.filter((r) => !incidents.some((i) => i.policy === r.policy && i.id && !i.dryRun)),
  ];
  const owning = escalatingPolicies(decision);
  const view: RequestView = {
    command,
    decision,
    pr: { number: pr.number, title: pr.title, url: pr.htmlUrl, headSha: pr.headSha, author: pr.authorLogin, baseRef: pr.baseRef },
    serverUrl: run.serverUrl,
    matches,
    incidents,
    recorded,
    escalationSchedules: [...new Set(policies.filter((p) => owning.includes(p.name)).flatMap(escalationServices))],
    policySource: policy.source,
    dryRun: inputs.dryRun,
  };

  // Stage 2: the comment, the review requests and the check. What is posted on the PR is public
  // and permanent: never let a secret through, whatever the text was built from.
  const scrub = ctx.redactor.redact;
  const check = requestCheck(view);
  const outcomes = await ctx.writes.apply(
    planRequestWrites({
      repo: run.repository,
      pr,
      comment: scrub(renderRequestComment(view)),
      check: { ...check, title: scrub(check.title), summary: scrub(check.summary) },
      reviewers: reviewersToAsk(view, pr, paging),
      sticky: sticky ?? null,
      existingCheck: existingCheck ?? null,
    }),
  );
  logRequestWrites(ctx, outcomes);

  const first = incidents.find((i) => i.id);
  const outputs: ActionOutputs = {
    result: decision.result,
    approved: decision.approved,
    // A draft reads nobody's on-call state: those outputs stay unknown (empty).
    // In outage mode nobody's on-call state was read either.
    ...(decision.facts.draft || decision.degraded ? {} : { onCall: decision.onCall, onCallSchedules: decision.onCallSchedules }),
    policies: decision.policies,
    degraded: decision.degraded !== undefined,
    ...(decision.approvedBy ? { approvedBy: decision.approvedBy } : {}),
    ...(decision.expiresAt ? { expiresAt: decision.expiresAt } : {}),
    ...(first?.id ? { incidentId: first.id } : {}),
    ...(first?.reference ? { incidentReference: first.reference } : {}),
    ...(first?.url ? { incidentUrl: first.url } : {}),
  };
  return { outputs, summary: scrub(renderRequestSummary(view)), annotations: [] };
}

/** Puts `check` on the head commit: reads our newest run of the check, plans its write, applies it. */
async function writeCheck(ctx: Context, github: GitHubPort, pr: PullRequest, check: CheckView): Promise<void> {
  const existing = await github.findCheckRun(pr.headSha, CHECK_NAME);
  await ctx.writes.apply([checkWrite(ctx.run.repository, pr.headSha, check, existing ?? null)]);
}
