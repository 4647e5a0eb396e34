// `gate`: is this job allowed to run now? Reads the policy at the default branch's tip
// (gate-policy.ts), resolves the triggering actor's email, reads who is on call for the schedules
// the matched policies name, decides, and returns outputs and a step summary. Fails closed:
// every failure is `result=error` and a failed step.
import type { Context } from '../context.js';
import type { GitHubPort } from '../github/port.js';
import type { Annotation, CommandResult } from '../report/command-result.js';
import type { Policy, PolicyFile, PolicySet } from '../policy/types.js';
import type { Diagnostic } from '../policy/diagnostic.js';
import type { Decision, OnCallFacts, Requester } from '../decide/types.js';
import type { DeployFacts } from '../decide/escalation-evidence.js';
import { errorDecision, evaluate, openEscalations, policySchedules } from '../decide/engine.js';
import { gateTarget, openGateWarning, selectGatePolicies, type GateTarget } from '../decide/select-gate-policies.js';
import { resolveIdentity } from '../identity/resolve-identity.js';
import { gateFailure, gateLogLine, gateReasons, renderGateSummary, type GateIncident, type GateSummaryContext } from '../report/render-gate-summary.js';
import { diagnosticsToAnnotations } from '../report/render-diagnostics.js';
import { defaultBranchOf, describePolicySource, gatePolicyReaders, readGatePolicy, type TrustedPolicy } from './gate-policy.js';
import { describeError } from '../report/describe-error.js';
import { isError, OncallGateError } from '../errors.js';
import type { ActionOutputs } from '../report/outputs.js';

function missingFolderError(ctx: Context, source: TrustedPolicy): OncallGateError {
  return new OncallGateError({
    kind: 'policy',
    message: `There is no policy folder \`${ctx.inputs.policyPath}\` at ${source.commit.slice(0, 12)}, the tip of the default branch ${source.branch}`,
    fix: 'Merge the policies to the default branch first (the deciding policy always comes from its tip), or set `policy-path` to the folder that holds them.',
  });
}

/**
 * The run's GitHub port, once the token is known to be there. Asked for only when a GitHub call
 * is due: a gate whose actor the identities map resolves makes no call beyond the tip.
 */
function gitHubOf(ctx: Context): () => Promise<GitHubPort> {
  return async () => {
    if (!ctx.inputs.githubToken) {
      throw new OncallGateError({
        kind: 'input',
        setting: 'github-token',
        message: 'The `github-token` input is empty, and this gate needs GitHub',
        fix: 'Leave `github-token` at its default (`${{ github.token }}`) or pass a token with `contents: read`.',
      });
    }
    return ctx.github();
  };
}

/** Loads the on-call reader once; started early so loading overlaps reading the policy. */
let onCallModule: Promise<typeof import('../oncall/on-call.js')> | undefined;
const loadOnCall = (): Promise<typeof import('../oncall/on-call.js')> => (onCallModule ??= import('../oncall/on-call.js'));

async function readOnCall(ctx: Context, scheduleIds: string[], at: Date): Promise<OnCallFacts> {
  if (scheduleIds.length === 0) return new Map();
  if (!ctx.inputs.incidentioApiKey) {
    throw new OncallGateError({
      kind: 'input',
      setting: 'incidentio-api-key',
      message: 'The `incidentio-api-key` input is empty, so oncall-gate cannot read who is on call',
      fix: 'Pass `incidentio-api-key: ${{ secrets.INCIDENTIO_API_KEY }}` to the oncall-gate step (an incident.io API key with the schedules_reader or viewer role).',
    });
  }
  // dry-run: the run's client is read-only (the gate only reads anyway).
  const [client, { fetchOnCall }] = await Promise.all([ctx.incidentio(), loadOnCall()]);
  return fetchOnCall(client, scheduleIds, at);
}

const notRequired = (requester: Requester, at: Date): Decision =>
  evaluate({ requester, policies: [], onCall: new Map(), at, reason: '', identities: { lookup: ['map'], users: new Map() }, subject: { kind: 'run' } });

/** The action's outputs: `result` and `approved` always, the rest when known. */
export function gateOutputs(decision: Decision): ActionOutputs {
  const out: ActionOutputs = { result: decision.result, approved: decision.approved };
  if (decision.result === 'error') {
    if (decision.policies.length > 0) out.policies = decision.policies;
    return out;
  }
  out.policies = decision.policies;
  out.onCall = decision.onCall;
  out.onCallSchedules = decision.onCallSchedules;
  if (decision.approvedBy) out.approvedBy = decision.approvedBy;
  if (decision.expiresAt) out.expiresAt = decision.expiresAt;
  return out;
}

/** What the gate reads before it decides, from one policy: every read, no write. */
interface GateFacts {
  set: PolicySet;
  matched: Policy[];
  requester: Requester;
  onCall: OnCallFacts;
}

/**
 * The reads for one policy: load and check it, select the policies, resolve the requester and
 * read who is on call. Pure reads, so they can start on the checkout's HEAD policy before the
 * default branch's tip is known, and be thrown away if the tip turns out to be another commit.
 */
async function gatherFacts(
  ctx: Context,
  target: GateTarget,
  files: PolicyFile[],
  now: Date,
  github: () => Promise<GitHubPort>,
): Promise<GateFacts> {
  const { inputs, run } = ctx;
  const login = run.triggeringActor;
  const { loadPolicySet } = await import('../policy/load-policy.js');
  const set: PolicySet = loadPolicySet(files);
  if (!set.valid) {
    const errors = set.diagnostics.filter((d) => d.severity === 'error');
    // Fail closed: an invalid trusted policy is an error, never "no policy".
    throw new OncallGateError({
      kind: 'policy',
      message: `The policy in ${inputs.policyPath}/ at the tip of the default branch is invalid (${errors.length} error${errors.length === 1 ? '' : 's'}), so no decision can be made`,
      fix: `Fix the problems listed (run \`oncall-gate validate ${inputs.policyPath}\` locally) and merge the fix to the default branch.`,
      diagnostics: errors,
    });
  }
  const selection = selectGatePolicies(set.policies, { environment: target.environment, policy: target.policy }, inputs.policyPath);
  if (selection.kind === 'unmatched') throw new OncallGateError({ kind: 'policy', message: selection.message, fix: selection.fix });
  const matched = selection.kind === 'matched' ? selection.policies : [];
  if (matched.length === 0) return { set, matched, requester: { login, emails: [] }, onCall: new Map() };
  // Identity and on-call are independent reads: do them concurrently.
  const [identity, onCall] = await Promise.all([
    resolveIdentity(login, set.identities, {
      org: run.repository.owner,
      policyPath: inputs.policyPath,
      github: {
        publicEmail: async (l) => (await github()).publicEmail(l),
        verifiedDomainEmails: async (l, org) => (await github()).verifiedDomainEmails(l, org),
      },
    }),
    readOnCall(ctx, policySchedules(matched), now),
  ]);
  const requester: Requester = {
    login,
    emails: identity.emails,
    ...(identity.source ? { emailSource: identity.source } : {}),
    ...(identity.problem ? { identityProblem: identity.problem } : {}),
  };
  return { set, matched, requester, onCall };
}

export async function runGate(ctx: Context): Promise<CommandResult> {
  const { inputs, run, log, event } = ctx;
  const login = run.triggeringActor;
  // The requester is who started this run or re-run; log both actors, since a re-run keeps
  // GITHUB_ACTOR of the first run.
  log.info(`Requester: ${login || '(unknown)'} (GITHUB_TRIGGERING_ACTOR); run started by ${run.actor || '(unknown)'} (GITHUB_ACTOR).`);
  const scrub = ctx.redactor.redact;
  const now = ctx.clock();

  const target = gateTarget(inputs, event);
  if (target.environmentFrom === 'deployment') {
    log.info(`Environment: ${target.environment}, from the ${event.name} event's deployment (the \`environment\` input is empty).`);
  }

  if (event.kind === 'push' && event.deleted) {
    // A push that deletes a branch or tag deploys nothing: nothing to read, nobody to page. But
    // GitHub runs such a workflow at the default branch's commit, so a step that names an
    // environment or policy must not pass: the steps after it would deploy unchecked.
    const what = event.ref.replace(/^refs\/(heads|tags)\//, '') || 'a ref';
    if (!target.environment && !target.policy) {
      const notice = `This push deletes ${what}; there is nothing to deploy, so oncall-gate does nothing (not-required).`;
      log.info(notice);
      return finish(ctx, notRequired({ login, emails: [] }, now), { target, notice: { title: 'oncall-gate: nothing to deploy', message: notice } });
    }
    const named = target.environment ? `the environment \`${target.environment}\`` : `the policy \`${target.policy}\``;
    return finish(
      ctx,
      errorDecision({
        requester: { login, emails: [] },
        at: now,
        message: `This push deletes ${what}, so there is no commit to deploy, yet the step gates ${named}; GitHub runs this job at the default branch's commit, which nothing approved`,
        fix: 'Skip the deploy job for deletions: add `if: ${{ !github.event.deleted }}` to the job (or trigger it on `branches`/`tags` pushes only).',
      }),
      { target },
    );
  }

  let requester: Requester = { login, emails: [] };
  let matched: Policy[] = [];
  let source: TrustedPolicy | undefined;
  let diagnostics: Diagnostic[] = [];
  let decision: Decision;
  // incident-id / -reference / -url of the run's escalation incident, and what the gate did about it.
  let incidentOutputs: Partial<ActionOutputs> = {};
  let incidents: GateIncident[] = [];
  let closeReaders = (): void => undefined;
  try {
    if (!login) {
      throw new OncallGateError({
        kind: 'environment',
        message: 'Neither GITHUB_TRIGGERING_ACTOR nor GITHUB_ACTOR is set, so there is nobody to check',
        fix: 'Run oncall-gate inside a GitHub Actions job (the runner sets both).',
      });
    }
    // A step that names a policy will almost surely ask incident.io: start loading the client.
    if ((target.environment || target.policy) && inputs.incidentioApiKey) {
      Promise.all([ctx.incidentio(), loadOnCall()]).catch(() => undefined);
    }
    const github = gitHubOf(ctx);
    const branch = defaultBranchOf(event);
    const readers = gatePolicyReaders({
      workspace: run.workspace,
      policyPath: inputs.policyPath,
      token: inputs.githubToken,
      github: () => ctx.github(),
      api: async (commit) => {
        const read = await (await github()).readPolicyFilesAtRef(commit, inputs.policyPath);
        return read.folderMissing ? undefined : read.files;
      },
    });
    closeReaders = readers.close;
    const policy = readGatePolicy(branch, readers);
    const factsFor = (p: TrustedPolicy): Promise<GateFacts> | undefined => (p.files ? gatherFacts(ctx, target, p.files, now, github) : undefined);
    // Start the reads on the checkout's HEAD policy while GitHub says which commit is the tip.
    const early = await policy.early;
    const earlyFacts = early ? factsFor(early) : undefined;
    earlyFacts?.catch(() => undefined); // thrown away unless HEAD is the tip; awaited below if it is
    source = await policy.trusted;
    const facts = early && early.commit === source.commit ? earlyFacts : factsFor(source);
    if (early && early.commit !== source.commit) {
      log.info(`Policy: the checkout is at ${early.commit.slice(0, 12)}, not at the tip of ${branch} (${source.commit.slice(0, 12)}), whose policy decides.`);
    }
    log.info(`Policy: ${describePolicySource(inputs.policyPath, source)}.`);
    if (!facts) {
      // No policy folder: fine when the step names no policy, an error when it names one.
      if (!target.environment && !target.policy) {
        log.info('No policy folder and no `environment` or `policy` input: approval not required.');
        return finish(ctx, notRequired(requester, now), { source, target });
      }
      throw missingFolderError(ctx, source);
    }
    let set: PolicySet;
    try {
      ({ set, matched, requester } = await facts);
    } catch (error) {
      if (isError(error, 'policy') && error.diagnostics) diagnostics = [...error.diagnostics];
      throw error;
    }
    const { onCall } = await facts;
    log.info(`Policy: ${set.files.length} file(s).`);
    if (matched.length === 0) {
      log.info('No `environment` or `policy` input: no policy applies, approval not required.');
      decision = notRequired(requester, now);
    } else {
      log.info(`Matched policies: ${matched.map((p) => p.name).join(', ')}.`);
      log.info(
        requester.emailSource ? `Identity: ${login} resolved by ${requester.emailSource}.` : `Identity: ${login} has no known incident.io email.`,
      );
      for (const id of policySchedules(matched)) log.info(`On call now for ${id}: ${(onCall.get(id) ?? []).length} shift(s).`);
      const decideWith = (evidence?: DeployFacts): Decision =>
        evaluate({
          requester,
          policies: matched,
          onCall,
          at: now,
          reason: inputs.reason,
          identities: set.identities,
          subject: { kind: 'run', ...(evidence ? { evidence } : {}) },
        });
      decision = decideWith();
      // A denial that an escalation could still turn around is decided again with the deployed
      // commit's PR-review evidence, or becomes `pending` with the run's escalation incident
      // (src/escalation/gate-escalation.ts). Loaded only then, so an auto-approved gate does not
      // pay for it.
      if (openEscalations(decision, matched).length > 0) {
        const { applyGateEscalation } = await import('../escalation/gate-escalation.js');
        const escalated = await applyGateEscalation(ctx, { decision, policies: matched, set, redecide: decideWith, environment: target.environment });
        decision = escalated.decision;
        incidentOutputs = escalated.outputs;
        incidents = escalated.incidents;
      }
    }
  } catch (error) {
    log.debug(scrub(error instanceof Error && error.stack ? error.stack : String(error)));
    // Our own errors keep their fix apart, for the summary's "what to do"; anything else is a bug.
    const known = isError(error);
    decision = errorDecision({
      requester,
      at: now,
      message: scrub(known ? error.message : describeError(error)),
      ...(known && error.fix ? { fix: scrub(error.fix) } : {}),
      policies: matched,
    });
  } finally {
    closeReaders();
  }

  return finish(ctx, decision, { source, diagnostics, incidentOutputs, incidents, target });
}

interface FinishOptions {
  target: GateTarget;
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
}

function finish(ctx: Context, decision: Decision, options: FinishOptions): CommandResult {
  const { target, source, diagnostics = [], incidentOutputs = {}, incidents = [], notice } = options;
  const { inputs, run, log } = ctx;
  const scrub = ctx.redactor.redact;
  log.info(gateLogLine(decision, incidents));

  const summaryContext: GateSummaryContext = {
    actor: run.actor,
    triggeringActor: run.triggeringActor,
    environment: target.environment,
    ...(target.environmentFrom === 'deployment' ? { environmentFrom: `the ${ctx.event.name} event's \`deployment.environment\`; the \`environment\` input is empty` } : {}),
    policyInput: target.policy,
    ...(source ? { policySource: describePolicySource(inputs.policyPath, source) } : {}),
    dryRun: inputs.dryRun,
    failOnDeny: inputs.failOnDeny,
    diagnostics,
    serverUrl: run.serverUrl,
    incidents,
  };
  const annotations: Annotation[] = diagnosticsToAnnotations(diagnostics);
  if (notice) {
    annotations.push({ level: 'notice', ...notice });
  } else if (decision.result === 'not-required' && inputs.command === 'auto' && !target.environment && !target.policy) {
    // `auto` picked the gate for this event; an open gate must not pass silently.
    annotations.push({ level: 'warning', title: 'oncall-gate: the gate is open', message: openGateWarning(ctx.event.name) });
  }
  const failure = gateFailure(decision, inputs.failOnDeny, incidents);
  if (!failure && (decision.result === 'denied' || decision.result === 'pending')) {
    // fail-on-deny: false passes the step; the denial still shows in the run's annotations.
    annotations.push({ level: 'warning', title: `oncall-gate ${decision.result}`, message: scrub(gateReasons(decision, incidents).join(' ')) });
  }
  return {
    outputs: { ...gateOutputs(decision), ...incidentOutputs },
    summary: scrub(renderGateSummary(decision, summaryContext)),
    annotations,
    ...(failure ? { failure: scrub(failure) } : {}),
  };
}
