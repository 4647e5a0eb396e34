// `gate`: is this job allowed to run now? It reads as
//   gather (gate-facts.ts: the policy at the default branch's tip, the requester, who is on call)
//   -> decide (decide/engine.ts)
//   -> when an escalation could still approve: more evidence, decide again, and plan and apply the
//      run's incident writes (escalation/gate-escalation.ts)
//   -> outputs and a step summary (report/render-gate-summary.ts).
// Fails closed: every failure is `result=error` and a failed step.
import type { Context } from '../context.js';
import type { CommandResult } from '../report/command-result.js';
import type { Policy, PolicySet } from '../policy/types.js';
import type { OutageRequest } from '../escalation/outage-fallback.js';
import { asOutage } from '../decide/outage.js';
import type { Diagnostic } from '../policy/diagnostic.js';
import type { Decision, OnCallFact, OnCallFacts, Requester } from '../decide/types.js';
import type { DeployFacts } from '../decide/escalation-evidence.js';
import { errorDecision, evaluate, openEscalations, policySchedules } from '../decide/engine.js';
import { gateTarget, type GateTarget } from '../decide/select-gate-policies.js';
import { gateLogLine, gateResult, type GateIncident, type GateSummaryContext } from '../report/render-gate-summary.js';
import { loginsByEmail } from '../identity/resolve-identity.js';
import { describePolicySource, type TrustedPolicy } from './gate-policy.js';
import { missingFolderError, preloadOnCall, readGateFacts } from './gate-facts.js';
import { describeError } from '../report/describe-error.js';
import { isError, OncallGateError } from '../errors.js';
import type { ActionOutputs } from '../report/outputs.js';
import { decisionRecord } from '../record/run-record.js';

const notRequired = (requester: Requester, at: Date): Decision =>
  evaluate({
    requester,
    policies: [],
    onCall: new Map(),
    at,
    reason: '',
    identities: { lookup: ['map'], users: new Map() },
    subject: { kind: 'run' },
  });

/** What the gate learned and did, for its result. */
export interface GateOutcome {
  decision: Decision;
  /** Where the policy was read (unknown when the run ended before). */
  source?: TrustedPolicy;
  /** Problems of an invalid policy, annotated at their lines. */
  diagnostics?: Diagnostic[];
  /** incident-id / -reference / -url of the run's escalation incident. */
  incidentOutputs?: Partial<ActionOutputs>;
  /** What the gate did about each escalating policy. */
  incidents?: GateIncident[];
  /** Why nothing was checked (a deletion push), shown as a notice instead of the open-gate warning. */
  notice?: { title: string; message: string };
  /** The next hours on the matched schedules, for the summary's timeline. */
  outlook?: GateSummaryContext['outlook'];
  /** For the decision record: the shifts judged now, and around the reviews of the deployed commit. */
  onCall?: OnCallFacts;
  history?: readonly OnCallFact[];
}

export async function runGate(ctx: Context): Promise<CommandResult> {
  const { target, outcome } = await decideGate(ctx);
  return finish(ctx, target, outcome);
}

/**
 * How App mode (docs/app-mode.md) asks the gate. The action uses the defaults. A waiting
 * deployment that the App checks again later (a review arrived, or the sweep) is judged on its
 * escalation evidence only: `auto` is judged when the deployment is requested, never later (a
 * request made off call must not go out hours later when a shift starts), and the later check
 * pages nobody.
 */
export interface GateOptions {
  /** Judge `auto` rules (default true). */
  judgeAuto?: boolean;
  /** Open or find the run's escalation incident while pending (default true). */
  page?: boolean;
  /** The run's incident may already exist on its first attempt (App mode: the request opened it), so an approval rewrites its summary. */
  incidentMayExist?: boolean;
}

/** The gate's decision and what it did, without the step's result: for the action (runGate) and App mode. */
export async function decideGate(ctx: Context, options: GateOptions = {}): Promise<{ target: GateTarget; outcome: GateOutcome }> {
  const { inputs, run, log, event } = ctx;
  const login = run.triggeringActor;
  // The requester is who started this run or re-run; log both actors, since a re-run keeps
  // GITHUB_ACTOR of the first run.
  log.info(`Requester: ${login || '(unknown)'} (GITHUB_TRIGGERING_ACTOR); run started by ${run.actor || '(unknown)'} (GITHUB_ACTOR).`);
  const now = ctx.clock();
  const target = gateTarget(inputs, event);
  if (target.environmentFrom === 'deployment') {
    log.info(`Environment: ${target.environment}, from the ${event.name} event's deployment (the \`environment\` input is empty).`);
  }
  if (event.kind === 'push' && event.deleted) return { target, outcome: deletionPush(ctx, target, now) };

  let requester: Requester = { login, emails: [] };
  let matched: Policy[] = [];
  let set: PolicySet | undefined;
  const outcome: Partial<GateOutcome> = {};
  try {
    if (!login) {
      throw new OncallGateError({
        kind: 'environment',
        message: 'Neither GITHUB_TRIGGERING_ACTOR nor GITHUB_ACTOR is set, so there is nobody to check',
        fix: 'Run oncall-gate inside a GitHub Actions job (the runner sets both).',
      });
    }
    preloadOnCall(ctx, target);
    // Gather.
    const reads = await readGateFacts(ctx, target, now);
    outcome.source = reads.source;
    if (!reads.facts) {
      // No policy folder: fine when the step names no policy, an error when it names one.
      if (!target.environment && !target.policy) {
        log.info('No policy folder and no `environment` or `policy` input: approval not required.');
        return { target, outcome: { ...outcome, decision: notRequired(requester, now) } };
      }
      throw missingFolderError(ctx, reads.source);
    }
    const facts = await reads.facts.catch((error: unknown) => {
      if (isError(error, 'policy') && error.diagnostics) outcome.diagnostics = [...error.diagnostics];
      throw error;
    });
    ({ matched, requester, set } = facts);
    const { onCall } = facts;
    if (facts.outlook) outcome.outlook = { ...facts.outlook, logins: loginsByEmail(set.identities) };
    outcome.onCall = onCall;
    log.info(`Policy: ${set.files.length} file(s).`);
    if (matched.length === 0) {
      log.info('No `environment` or `policy` input: no policy applies, approval not required.');
      return { target, outcome: { ...outcome, decision: notRequired(requester, now) } };
    }
    log.info(`Matched policies: ${matched.map((p) => p.name).join(', ')}.`);
    log.info(
      requester.emailSource
        ? `Identity: ${login} resolved by ${requester.emailSource}.`
        : `Identity: ${login} has no known incident.io email.`,
    );
    if (facts.outage) {
      // Outage mode: the policies' fallbacks decide on GitHub evidence alone.
      outcome.decision = await inOutage(ctx, { set, policies: matched, requester, at: now, reason: inputs.reason, cause: facts.outage });
      return { target, outcome: { ...outcome, decision: outcome.decision } };
    }
    for (const id of policySchedules(matched)) log.info(`On call now for ${id}: ${(onCall.get(id) ?? []).length} shift(s).`);

    // Decide.
    // Without auto, nobody is on call as far as the rules are concerned: only evidence approves.
    const judged: OnCallFacts = options.judgeAuto === false ? new Map() : onCall;
    const identities = set.identities;
    const decideWith = (evidence?: DeployFacts): Decision => {
      if (evidence) outcome.history = evidence.history;
      return evaluate({
        requester,
        policies: matched,
        onCall: judged,
        at: now,
        reason: inputs.reason,
        identities,
        subject: { kind: 'run', ...(evidence ? { evidence } : {}) },
        ...(facts.rotationNames ? { rotationNames: facts.rotationNames } : {}),
      });
    };
    outcome.decision = decideWith();

    // A denial that an escalation could still turn around: gather the deployed commit's review
    // evidence, decide again, and (still pending) plan and apply the run's incident writes.
    // Loaded only then, so an auto-approved gate does not pay for it.
    if (openEscalations(outcome.decision, matched).length > 0) {
      const { applyGateEscalation } = await import('../escalation/gate-escalation.js');
      const escalated = await applyGateEscalation(ctx, {
        decision: outcome.decision,
        policies: matched,
        set,
        redecide: decideWith,
        environment: target.environment,
        ...(options.page === false ? { page: false } : {}),
        ...(options.incidentMayExist ? { incidentMayExist: true } : {}),
      });
      outcome.decision = escalated.decision;
      outcome.incidentOutputs = escalated.outputs;
      outcome.incidents = escalated.incidents;
    }
    return { target, outcome: { ...outcome, decision: outcome.decision } };
  } catch (error) {
    log.debug(ctx.redactor.redact(error instanceof Error && error.stack ? error.stack : String(error)));
    // incident.io failed later (the review evidence's history, the run's incident): outage mode
    // decides when a matched policy names a fallback, as it would have from the start.
    const cause = set && outcome.decision?.degraded === undefined ? asOutage(error, ctx.redactor.redact) : undefined;
    const failedOutcome = { ...outcome, incidentOutputs: {}, incidents: [] };
    if (cause && set && matched.some((p) => p.whenUnavailable?.kind === 'fallback')) {
      try {
        const decision = await inOutage(ctx, { set, policies: matched, requester, at: now, reason: inputs.reason, cause });
        return { target, outcome: { ...failedOutcome, decision } };
      } catch (fallbackError) {
        return { target, outcome: { ...failedOutcome, decision: failed(ctx, fallbackError, requester, matched, now) } };
      }
    }
    return { target, outcome: { ...failedOutcome, decision: failed(ctx, error, requester, matched, now) } };
  }
}

/** Outage mode (escalation/outage-fallback.ts), loaded only when incident.io is down. */
async function inOutage(ctx: Context, request: OutageRequest): Promise<Decision> {
  const { decideRunInOutage } = await import('../escalation/outage-fallback.js');
  return decideRunInOutage(ctx, request);
}

/** The error decision of a gate that could not decide. */
function failed(ctx: Context, error: unknown, requester: Requester, policies: Policy[], at: Date): Decision {
  const scrub = ctx.redactor.redact;
  // Our own errors keep their fix apart, for the summary's "what to do"; anything else is a bug.
  const known = isError(error);
  return errorDecision({
    requester,
    at,
    message: scrub(known ? error.message : describeError(error)),
    ...(known && error.fix ? { fix: scrub(error.fix) } : {}),
    policies,
  });
}

/**
 * A push that deletes a branch or tag deploys nothing: nothing to read, nobody to page. But
 * GitHub runs such a workflow at the default branch's commit, so a step that names an
 * environment or policy must not pass: the steps after it would deploy unchecked.
 */
function deletionPush(ctx: Context, target: GateTarget, now: Date): GateOutcome {
  const { event, log, run } = ctx;
  const login = run.triggeringActor;
  const what = (event.kind === 'push' ? event.ref : '').replace(/^refs\/(heads|tags)\//, '') || 'a ref';
  if (!target.environment && !target.policy) {
    const notice = `This push deletes ${what}; there is nothing to deploy, so oncall-gate does nothing (not-required).`;
    log.info(notice);
    return { decision: notRequired({ login, emails: [] }, now), notice: { title: 'oncall-gate: nothing to deploy', message: notice } };
  }
  const named = target.environment ? `the environment \`${target.environment}\`` : `the policy \`${target.policy}\``;
  return {
    decision: errorDecision({
      requester: { login, emails: [] },
      at: now,
      message: `This push deletes ${what}, so there is no commit to deploy, yet the step gates ${named}; GitHub runs this job at the default branch's commit, which nothing approved`,
      fix: 'Skip the deploy job for deletions: add `if: ${{ !github.event.deleted }}` to the job (or trigger it on `branches`/`tags` pushes only).',
    }),
  };
}

function finish(ctx: Context, target: GateTarget, outcome: GateOutcome): CommandResult {
  const { inputs, run } = ctx;
  const { decision, source, diagnostics = [], incidentOutputs = {}, incidents = [], notice, outlook } = outcome;
  ctx.log.info(gateLogLine(decision, incidents));
  const record = decisionRecord(ctx, 'gate', decision, {
    target: { environment: target.environment, policy: target.policy },
    ...(source?.files ? { policy: { commit: source.commit, branch: source.branch, source: source.via, files: source.files } } : {}),
    ...(outcome.onCall ? { onCall: outcome.onCall } : {}),
    ...(outcome.history ? { history: outcome.history } : {}),
    incidents: incidents.flatMap((i) =>
      i.kind === 'paged'
        ? [{ policy: i.policy, reference: i.reference, ...(i.id ? { id: i.id } : {}), ...(i.url ? { url: i.url } : {}) }]
        : [],
    ),
  });
  const result = gateResult(decision, {
    actor: run.actor,
    triggeringActor: run.triggeringActor,
    environment: target.environment,
    ...(target.environmentFrom === 'deployment'
      ? { environmentFrom: `the ${ctx.event.name} event's \`deployment.environment\`; the \`environment\` input is empty` }
      : {}),
    policyInput: target.policy,
    ...(source ? { policySource: describePolicySource(inputs.policyPath, source) } : {}),
    dryRun: inputs.dryRun,
    failOnDeny: inputs.failOnDeny,
    diagnostics,
    serverUrl: run.serverUrl,
    incidents,
    auto: inputs.command === 'auto',
    eventName: ctx.event.name,
    incidentOutputs,
    ...(notice ? { notice } : {}),
    ...(outlook ? { outlook } : {}),
    redact: ctx.redactor.redact,
  });
  return { ...result, record };
}
