// `gate`: is this job allowed to run now? Reads the policy at the default branch's tip
// (gate-policy.ts), resolves the triggering actor's email, reads who is on call for the schedules
// the matched policies name, decides, and returns outputs and a step summary. Fails closed:
// every failure is `result=error` and a failed step.
import type { CommandContext, CommandResult, Annotation } from './types.js';
import type { Policy, PolicyFile, PolicySet } from '../policy/types.js';
import type { Diagnostic } from '../policy/diagnostic.js';
import type { Decision, OnCallFacts, Requester } from '../decide/types.js';
import type { DeployFacts } from '../decide/escalation-evidence.js';
import { errorDecision, evaluate, openEscalations, policySchedules } from '../decide/engine.js';
import { gateTarget, openGateWarning, selectGatePolicies, type GateTarget } from '../decide/select-gate-policies.js';
import { resolveIdentity, type GitHubIdentitySource } from '../identity/resolve-identity.js';
import { gateFailure, gateLogLine, gateReasons, renderGateSummary, type GateIncident, type GateSummaryContext } from '../report/render-gate-summary.js';
import { diagnosticsToAnnotations } from '../report/render-diagnostics.js';
import { gitHubRunOptions, incidentIoRunOptions } from './run-clients.js';
import { defaultBranchOf, describePolicySource, gatePolicyReaders, readGatePolicy, type TrustedPolicy } from './gate-policy.js';
import { describeError } from '../report/describe-error.js';
import type { ActionOutputs } from '../report/outputs.js';
import type { ApiDeadline } from '../api-deadline.js';

/** What the gate needs from GitHub. */
export interface GateGitHub {
  identity: GitHubIdentitySource;
  /** `folderMissing`: the ref has no policy folder (files is then []). */
  readPolicyFilesAtRef(ref: string, policyPath: string): Promise<{ files: PolicyFile[]; folderMissing: boolean }>;
}

export interface GateGitHubOptions {
  token: string;
  apiUrl: string;
  readOnly: boolean;
  owner: string;
  repo: string;
  /** The run's other secrets (the incident.io key), redacted too. */
  secrets?: readonly string[];
  deadline?: ApiDeadline;
}

/** The GitHub adapter calls the gate uses; @actions/github loads only on the first call. */
export async function createGateGitHub(options: GateGitHubOptions): Promise<GateGitHub> {
  const [{ createGitHubClient }, contents, { githubIdentitySource }] = await Promise.all([
    import('../github/client.js'),
    import('../github/contents.js'),
    import('../identity/github-lookups.js'),
  ]);
  // graphqlUrl is left to Octokit, which derives it from apiUrl (api.github.com/graphql, or
  // HOST/api/graphql on GitHub Enterprise Server).
  const gh = createGitHubClient({
    token: options.token,
    apiUrl: options.apiUrl,
    readOnly: options.readOnly,
    ...(options.secrets ? { secrets: options.secrets } : {}),
    ...(options.deadline ? { deadline: options.deadline } : {}),
  });
  const repo = { owner: options.owner, repo: options.repo };
  return {
    readPolicyFilesAtRef: (ref, policyPath) => contents.readPolicyFilesAtRef(gh, repo, ref, policyPath),
    identity: githubIdentitySource(gh),
  };
}

class GateError extends Error {
  override name = 'GateError';
  constructor(
    message: string,
    readonly fix: string,
  ) {
    super(message);
  }
}

function missingFolderError(ctx: CommandContext, source: TrustedPolicy): GateError {
  return new GateError(
    `There is no policy folder \`${ctx.inputs.policyPath}\` at ${source.commit.slice(0, 12)}, the tip of the default branch ${source.branch}`,
    'Merge the policies to the default branch first (the deciding policy always comes from its tip), or set `policy-path` to the folder that holds them.',
  );
}

/** Creates the GitHub adapter once, on first use: a gate whose actor the map resolves makes no GitHub call. */
function lazyGitHub(ctx: CommandContext): () => Promise<GateGitHub> {
  let client: Promise<GateGitHub> | undefined;
  return () =>
    (client ??= (async () => {
      if (!ctx.inputs.githubToken) {
        throw new GateError(
          'The `github-token` input is empty, and this gate needs GitHub',
          'Leave `github-token` at its default (`${{ github.token }}`) or pass a token with `contents: read`.',
        );
      }
      return createGateGitHub({
        token: ctx.inputs.githubToken,
        apiUrl: ctx.run.apiUrl,
        readOnly: ctx.inputs.dryRun,
        owner: ctx.run.repository.owner,
        repo: ctx.run.repository.repo,
        ...gitHubRunOptions(ctx),
      });
    })());
}

type OnCallModules = [typeof import('../incidentio/client.js'), typeof import('../oncall/on-call.js')];
let onCallModules: Promise<OnCallModules> | undefined;
/** Loads the incident.io client once; started early so loading overlaps reading the policy. */
const loadOnCallModules = (): Promise<OnCallModules> =>
  (onCallModules ??= Promise.all([import('../incidentio/client.js'), import('../oncall/on-call.js')]));

async function readOnCall(ctx: CommandContext, scheduleIds: string[], at: Date): Promise<OnCallFacts> {
  if (scheduleIds.length === 0) return new Map();
  if (!ctx.inputs.incidentioApiKey) {
    throw new GateError(
      'The `incidentio-api-key` input is empty, so oncall-gate cannot read who is on call',
      'Pass `incidentio-api-key: ${{ secrets.INCIDENTIO_API_KEY }}` to the oncall-gate step (an incident.io API key with the schedules_reader or viewer role).',
    );
  }
  const [{ createIncidentIoClient }, { fetchOnCall }] = await loadOnCallModules();
  // dry-run: a read-only client refuses any write (the gate only reads anyway).
  const client = createIncidentIoClient({
    baseUrl: ctx.inputs.incidentioApiUrl,
    apiKey: ctx.inputs.incidentioApiKey,
    readOnly: ctx.inputs.dryRun,
    ...incidentIoRunOptions(ctx),
  });
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
  ctx: CommandContext,
  target: GateTarget,
  files: PolicyFile[],
  now: Date,
  github: () => Promise<GateGitHub>,
): Promise<GateFacts> {
  const { inputs, run } = ctx;
  const login = run.triggeringActor;
  const { loadPolicySet } = await import('../policy/load-policy.js');
  const set: PolicySet = loadPolicySet(files);
  if (!set.valid) {
    const errors = set.diagnostics.filter((d) => d.severity === 'error');
    // Fail closed: an invalid trusted policy is an error, never "no policy".
    throw new InvalidPolicyError(
      `The policy in ${inputs.policyPath}/ at the tip of the default branch is invalid (${errors.length} error${errors.length === 1 ? '' : 's'}), so no decision can be made`,
      `Fix the problems listed (run \`oncall-gate validate ${inputs.policyPath}\` locally) and merge the fix to the default branch.`,
      errors,
    );
  }
  const selection = selectGatePolicies(set.policies, { environment: target.environment, policy: target.policy }, inputs.policyPath);
  if (selection.kind === 'unmatched') throw new GateError(selection.message, selection.fix);
  const matched = selection.kind === 'matched' ? selection.policies : [];
  if (matched.length === 0) return { set, matched, requester: { login, emails: [] }, onCall: new Map() };
  // Identity and on-call are independent reads: do them concurrently.
  const [identity, onCall] = await Promise.all([
    resolveIdentity(login, set.identities, {
      org: run.repository.owner,
      policyPath: inputs.policyPath,
      github: {
        publicEmail: async (l) => (await github()).identity.publicEmail(l),
        verifiedDomainEmails: async (l, org) => (await github()).identity.verifiedDomainEmails(l, org),
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

/** An invalid policy at the tip: an error that carries the file problems for annotations. */
class InvalidPolicyError extends GateError {
  override name = 'InvalidPolicyError';
  constructor(
    message: string,
    fix: string,
    readonly diagnostics: Diagnostic[],
  ) {
    super(message, fix);
  }
}

export async function runGate(ctx: CommandContext): Promise<CommandResult> {
  const { inputs, run, log, event } = ctx;
  const login = run.triggeringActor;
  // The requester is who started this run or re-run; log both actors, since a re-run keeps
  // GITHUB_ACTOR of the first run.
  log.info(`Requester: ${login || '(unknown)'} (GITHUB_TRIGGERING_ACTOR); run started by ${run.actor || '(unknown)'} (GITHUB_ACTOR).`);
  const scrub = ctx.redactor.redact;
  const now = ctx.now();

  const target = gateTarget(inputs, event);
  if (target.environmentFrom === 'deployment') {
    log.info(`Environment: ${target.environment}, from the ${event.name} event's deployment (the \`environment\` input is empty).`);
  }

  if (event.kind === 'push' && event.deleted) {
    // A push that deletes a branch or tag deploys nothing: nothing to approve, nobody to page.
    const what = event.ref.replace(/^refs\/(heads|tags)\//, '') || 'a ref';
    const notice = `This push deletes ${what}; there is nothing to deploy, so oncall-gate does nothing (not-required).`;
    log.info(notice);
    return finish(ctx, notRequired({ login, emails: [] }, now), { target, notice: { title: 'oncall-gate: nothing to deploy', message: notice } });
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
      throw new GateError(
        'Neither GITHUB_TRIGGERING_ACTOR nor GITHUB_ACTOR is set, so there is nobody to check',
        'Run oncall-gate inside a GitHub Actions job (the runner sets both).',
      );
    }
    // A step that names a policy will almost surely ask incident.io: start loading the client.
    if (target.environment || target.policy) loadOnCallModules().catch(() => undefined);
    const github = lazyGitHub(ctx);
    const branch = defaultBranchOf(event);
    const readers = await gatePolicyReaders({
      workspace: run.workspace,
      policyPath: inputs.policyPath,
      apiUrl: run.apiUrl,
      token: inputs.githubToken,
      owner: run.repository.owner,
      repo: run.repository.repo,
      ...(ctx.deadline ? { deadline: ctx.deadline } : {}),
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
      if (error instanceof InvalidPolicyError) diagnostics = error.diagnostics;
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
    const withFix = error as { message?: unknown; fix?: unknown; name?: unknown };
    const known = error instanceof Error && typeof withFix.fix === 'string' && /Error$/.test(error.name) && error.name !== 'Error';
    decision = errorDecision({
      requester,
      at: now,
      message: scrub(known ? error.message : describeError(error)),
      ...(known ? { fix: scrub(withFix.fix as string) } : {}),
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

function finish(ctx: CommandContext, decision: Decision, options: FinishOptions): CommandResult {
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
