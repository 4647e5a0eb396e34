// `deployment_protection_rule` `requested`: a job of a workflow run waits on an environment this
// App gates. Decode the request, take a token for that one repository, decide exactly as the
// action's `gate` does (decideGate: the policy at the default branch's tip, the requester's
// on-call state, for an escalation the review evidence of pull requests merged into the default
// branch and the run's incident under the same request key), and answer: approved, rejected, or a
// status comment while the escalation waits. Idempotent: answering a gate GitHub no longer waits on
// (422) is "already answered", and a second request for the same run finds its incident.
import { decideGate } from '../commands/gate.js';
import { describePolicySource } from '../commands/gate-policy.js';
import { errorDecision } from '../decide/engine.js';
import type { Decision } from '../decide/types.js';
import { isError } from '../errors.js';
import type { GateReview, WorkflowRun } from '../github/deployment-gates.js';
import { describeError } from '../report/describe-error.js';
import { fitComment, renderAppAnswer, renderRunRefusal, runRefusalText, type AppAnswer } from '../report/render-app-answer.js';
import { runRefusal } from '../decide/run-event.js';
import { decodeProtectionRuleRequest, type GateTargetRef } from './deliveries.js';
import { logSafe, type AppRuntime, type RepositoryScope } from './runtime.js';

const where = (t: GateTargetRef): string =>
  `${t.repository.owner}/${t.repository.repo} run ${t.runId} ${logSafe(JSON.stringify(t.environment), 120)}`;

const logDecision = (d: Decision): string => `${d.result}${d.result === 'error' ? ` (${logSafe(d.error?.message ?? '', 300)})` : ''}`;

/** Sends the answer; a gate that no longer waits (422) is not an error. */
async function answer(scope: RepositoryScope, t: GateTargetRef, a: AppAnswer): Promise<string> {
  const review: GateReview = { environment: t.environment, comment: a.comment, ...(a.state ? { state: a.state } : {}) };
  const sent = await scope.port.reviewDeploymentGate(t.runId, review);
  const what = a.state ?? 'status comment';
  return sent === 'answered' ? what : `${what} not needed: GitHub no longer waits on this gate (already answered)`;
}

/** Handles one request; returns the log line. Throws only when no answer could be sent. */
export async function handleProtectionRule(rt: AppRuntime, payload: unknown): Promise<string> {
  const decoded = decodeProtectionRuleRequest(payload, rt.config.github.apiUrl);
  if (decoded.kind === 'ignore') return `deployment_protection_rule ignored: ${decoded.problem}`;
  const target = decoded.kind === 'request' ? decoded.request : decoded.target;
  const scope = await rt.repository(target.installationId, target.repository);
  try {
    if (decoded.kind === 'reject') {
      const comment = fitComment(scope.redactor.redact(`⛔ oncall-gate rejected this deployment: ${decoded.problem}.`));
      return `${where(target)}: malformed request (${decoded.problem}): ${await answer(scope, target, { state: 'rejected', comment })}`;
    }
    const request = decoded.request;
    const now = rt.clock();
    /** What was decided, for the log line. */
    let decided: string;
    let a: AppAnswer;
    try {
      // The attempt scopes the incident create's idempotency key; the run's commit is what is judged.
      const run: WorkflowRun = await scope.port.getWorkflowRun(request.runId);
      // Only a run that executes its own commit's workflow and code is judged by that commit, and a
      // request that names a commit must name the run's (decide/run-event.ts).
      const refusal = runRefusal(run, request.sha);
      if (refusal) {
        a = renderRunRefusal(refusal, scope.redactor.redact);
        decided = `refused (${logSafe(runRefusalText(refusal).reason, 300)})`;
      } else {
        const ctx = scope.context({
          defaultBranch: request.defaultBranch,
          environment: request.environment,
          requester: request.requester,
          runId: request.runId,
          runAttempt: run.runAttempt,
          sha: run.headSha,
          ref: request.ref,
        });
        const { outcome } = await scope.within(decideGate(ctx));
        a = renderAppAnswer({
          decision: outcome.decision,
          incidents: outcome.incidents ?? [],
          ...(outcome.source ? { policySource: describePolicySource(rt.config.policyPath, outcome.source) } : {}),
          redact: scope.redactor.redact,
        });
        decided = logDecision(outcome.decision);
      }
    } catch (error) {
      // Fail closed: what could not be decided is rejected, with the reason and the fix.
      const message = scope.redactor.redact(isError(error) ? error.message : describeError(error));
      const decision = errorDecision({
        requester: { login: request.requester, emails: [] },
        at: now,
        message,
        ...(isError(error) && error.fix ? { fix: scope.redactor.redact(error.fix) } : {}),
      });
      a = renderAppAnswer({ decision, redact: scope.redactor.redact });
      decided = logDecision(decision);
    }
    const sent = await answer(scope, target, a);
    return `${where(target)} requested by ${request.requester}: ${decided}; answered ${sent}`;
  } finally {
    scope.dispose();
  }
}
