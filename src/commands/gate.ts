// `gate`: is this job allowed to run now? (DESIGN.md section 4). Reads the policy from the
// trusted ref, resolves the triggering actor's email, reads who is on call for the schedules
// the matched policies name, decides, and returns outputs and a step summary. Fails closed:
// every failure is `result=error` and a failed step.
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import type { CommandContext, CommandResult, Annotation } from './types.js';
import type { GitHubEvent } from '../event/event.js';
import type { RunContext } from '../event/run-context.js';
import type { Policy, PolicyFile, PolicySet } from '../policy/types.js';
import type { Diagnostic } from '../policy/diagnostic.js';
import type { Decision, EscalationEvidence, OnCallFacts, Requester } from '../decide/types.js';
import { decideGate, errorDecision, policySchedules } from '../decide/gate.js';
import { isCommitSha } from '../decide/review.js';
import { gateTarget, openGateWarning, selectGatePolicies, type GateTarget } from '../decide/select-gate-policies.js';
import { resolveIdentity, type GitHubIdentitySource } from '../identity/resolve-identity.js';
import { renderGateSummary, rfc3339, type GateSummaryContext } from '../report/render-gate-summary.js';
import { diagnosticsToAnnotations } from '../report/render-diagnostics.js';
import { describeError } from '../report/describe-error.js';
import type { ActionOutputs } from '../report/outputs.js';

/** Where the deciding policy comes from (DESIGN.md section 6). */
export type PolicySource =
  | { kind: 'workspace'; branch: string; label: string }
  | { kind: 'ref'; ref: string; label: string }
  | { kind: 'unknown'; message: string; fix: string };

/**
 * The trusted ref for a gate: the default branch (DESIGN.md section 6). On the default branch the
 * workspace checkout may be that ref (runGate still checks it is at GITHUB_SHA, see
 * checkoutCommit); on a pull request event the workflow file comes from the PR merge commit, so
 * the policy is read through the API at the base SHA when the PR targets the default branch
 * (NOTES.md section 4.1, 4.3), else at the default branch: the base of a PR into another branch
 * is whatever was pushed there, unreviewed; on any other ref (a feature branch, a tag) from the
 * default branch through the API, so a branch cannot carry its own looser policy.
 */
export function trustedPolicySource(event: GitHubEvent, run: RunContext): PolicySource {
  const branch = event.defaultBranch;
  if (!branch) {
    return {
      kind: 'unknown',
      message: `Cannot tell the repository's default branch: the ${event.name || 'event'} payload has no \`repository.default_branch\``,
      fix: 'Run the gate from a workflow triggered by a repository event (push, workflow_dispatch, deployment, ...).',
    };
  }
  if (event.kind === 'pull_request' || event.kind === 'pull_request_review') {
    const pr = event.pullRequest;
    if (pr.baseRef === branch) {
      return { kind: 'ref', ref: pr.baseSha, label: `the base commit ${pr.baseSha.slice(0, 12)} of pull request #${pr.number}` };
    }
    return {
      kind: 'ref',
      ref: branch,
      label: `the default branch ${branch} (pull request #${pr.number} targets ${pr.baseRef}, whose policy never decides a gate)`,
    };
  }
  if (run.ref === `refs/heads/${branch}`) return { kind: 'workspace', branch, label: `the workspace checkout of ${branch}` };
  return { kind: 'ref', ref: branch, label: `the default branch ${branch} (this run is on ${run.ref || 'an unknown ref'})` };
}

/** The git directory of a checkout rooted at `dir`: `.git`, or where a `.git` file points (worktrees, submodules). */
async function gitDirOf(dir: string): Promise<string | undefined> {
  const dotGit = join(dir, '.git');
  const s = await stat(dotGit).catch(() => undefined);
  if (!s) return undefined;
  if (s.isDirectory()) return dotGit;
  const m = /^gitdir:\s*(.+?)\s*$/m.exec(await readFile(dotGit, 'utf8').catch(() => ''));
  return m?.[1] ? resolve(dir, m[1]) : undefined;
}

/** HEAD of a git directory as a commit SHA: detached, or through its branch's loose or packed ref. */
async function headOf(gitDir: string): Promise<string | undefined> {
  const read = (path: string): Promise<string> => readFile(path, 'utf8').then((t) => t.trim(), () => '');
  const head = await read(join(gitDir, 'HEAD'));
  if (isCommitSha(head)) return head.toLowerCase();
  const ref = /^ref:\s*(refs\/\S+)$/.exec(head)?.[1];
  if (!ref) return undefined;
  // A linked worktree keeps its refs in the common directory (gitrepository-layout: `commondir`).
  const common = await read(join(gitDir, 'commondir'));
  for (const dir of common ? [gitDir, resolve(gitDir, common)] : [gitDir]) {
    const loose = await read(join(dir, ref));
    if (isCommitSha(loose)) return loose.toLowerCase();
    for (const line of (await read(join(dir, 'packed-refs'))).split('\n')) {
      const [sha, name] = line.trim().split(' ');
      if (name === ref && isCommitSha(sha)) return sha.toLowerCase();
    }
  }
  return undefined;
}

/**
 * The commit of the git checkout that holds the policy folder (the nearest `.git` from the
 * folder up to the workspace), read from the files git keeps (no git process, no network).
 * undefined when there is none or its HEAD cannot be resolved. The gate trusts the workspace
 * only when this is GITHUB_SHA: a job on the default branch (workflow_run, issue_comment,
 * workflow_dispatch) may have checked out a pull request head or another branch to deploy it,
 * and that checkout's policy must never decide (DESIGN.md section 6).
 */
export async function checkoutCommit(workspace: string, policyPath: string): Promise<string | undefined> {
  const root = resolve(workspace);
  for (let dir = resolve(root, policyPath); ; dir = dirname(dir)) {
    const inside = relative(root, dir);
    if (inside.startsWith('..')) return undefined;
    const gitDir = await gitDirOf(dir);
    if (gitDir) return headOf(gitDir);
    if (inside === '') return undefined;
  }
}

/**
 * The workspace source when its checkout is at this run's commit; otherwise the default branch
 * through the API, with a label that says why the checkout was not used.
 */
async function verifiedSource(ctx: CommandContext, source: PolicySource): Promise<PolicySource> {
  if (source.kind !== 'workspace') return source;
  const head = await checkoutCommit(ctx.run.workspace, ctx.inputs.policyPath);
  if (head && head === ctx.run.sha.toLowerCase()) return source;
  const why = head
    ? `the workspace checkout is at ${head.slice(0, 12)}, not this run's commit ${ctx.run.sha.slice(0, 12) || '(no GITHUB_SHA)'}`
    : 'the workspace is not a git checkout';
  ctx.log.info(`Policy: ${why}; reading the policy of ${source.branch} through the GitHub API instead.`);
  return { kind: 'ref', ref: source.branch, label: `the default branch ${source.branch} (${why})` };
}

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

/** The policy files at the trusted ref; undefined when that ref has no policy folder. */
async function readTrustedPolicy(
  ctx: CommandContext,
  source: PolicySource,
  github: () => Promise<GateGitHub>,
): Promise<PolicyFile[] | undefined> {
  const { policyPath } = ctx.inputs;
  if (source.kind === 'unknown') throw new GateError(source.message, source.fix);
  if (source.kind === 'ref') {
    const read = await (await github()).readPolicyFilesAtRef(source.ref, policyPath);
    return read.folderMissing ? undefined : read.files;
  }
  const found = await stat(join(ctx.run.workspace, policyPath)).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!found) return undefined;
  const { readPolicyDir } = await import('../policy/read-policy-dir.js');
  return readPolicyDir(ctx.run.workspace, policyPath);
}

function missingFolderError(ctx: CommandContext, source: PolicySource): GateError {
  const { policyPath } = ctx.inputs;
  const where = source.kind === 'unknown' ? 'the trusted ref' : source.label;
  return new GateError(
    `There is no policy folder \`${policyPath}\` at ${where}`,
    'Merge the policies to the default branch first (the deciding policy never comes from a pull request head or another branch), or set `policy-path` to the folder that holds them.',
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
  });
  return fetchOnCall(client, scheduleIds, at);
}

const notRequired = (requester: Requester, now: Date): Decision =>
  decideGate({
    requester,
    policies: [],
    onCall: new Map(),
    now,
    reason: '',
    escalation: { kind: 'none' },
    identities: { lookup: ['map'], users: new Map() },
  });

/** Joins messages into sentences, each ending with a period. */
const sentences = (parts: readonly string[]): string => parts.map((p) => (/[.!?]$/.test(p.trim()) ? p.trim() : `${p.trim()}.`)).join(' ');

function failureFor(decision: Decision, failOnDeny: boolean): string | undefined {
  switch (decision.result) {
    case 'approved':
    case 'not-required':
      return undefined;
    case 'error':
      return `oncall-gate could not decide, so the job may not run: ${sentences(decision.reasons)}${decision.fixes.length ? ` Fix: ${sentences(decision.fixes)}` : ''}`;
    default:
      if (!failOnDeny) return undefined;
      return `oncall-gate ${decision.result}: ${sentences(decision.reasons)}${decision.fixes.length ? ` What to do: ${sentences(decision.fixes)}` : ''}`;
  }
}

/** The outputs of DESIGN.md section 5: `result` and `approved` always, the rest when known. */
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

export async function runGate(ctx: CommandContext): Promise<CommandResult> {
  const { inputs, run, log } = ctx;
  const login = run.triggeringActor;
  // The requester is who started this run or re-run (DESIGN.md section 6); log both actors,
  // since a re-run keeps GITHUB_ACTOR of the first run (NOTES.md section 4.7).
  log.info(`Requester: ${login || '(unknown)'} (GITHUB_TRIGGERING_ACTOR); run started by ${run.actor || '(unknown)'} (GITHUB_ACTOR).`);
  const secrets = [inputs.incidentioApiKey, inputs.githubToken].filter((s) => s.length >= 4);
  const scrub = (text: string): string => secrets.reduce((t, s) => t.split(s).join('***'), text);
  const target = gateTarget(inputs, ctx.event);
  if (target.environmentFrom === 'deployment') {
    log.info(`Environment: ${target.environment}, from the ${ctx.event.name} event's deployment (the \`environment\` input is empty).`);
  }

  let requester: Requester = { login, emails: [] };
  let matched: Policy[] = [];
  let source: PolicySource | undefined;
  let diagnostics: Diagnostic[] = [];
  let decision: Decision;
  // [escalation flow] incident-id / -reference / -url of the run's escalation incident.
  let incidentOutputs: Partial<ActionOutputs> = {};
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
    source = await verifiedSource(ctx, trustedPolicySource(ctx.event, run));
    const files = await readTrustedPolicy(ctx, source, github);
    if (!files) {
      // No policy folder: fine when the step names no policy, an error when it names one.
      if (!target.environment && !target.policy) {
        log.info('No policy folder and no `environment` or `policy` input: approval not required.');
        return finish(ctx, notRequired(requester, ctx.now()), source, [], {}, target);
      }
      throw missingFolderError(ctx, source);
    }
    const { loadPolicySet } = await import('../policy/load-policy.js');
    const set: PolicySet = loadPolicySet(files);
    log.info(`Policy: ${files.length} file(s) from ${source.kind === 'unknown' ? '?' : source.label}.`);
    if (!set.valid) {
      diagnostics = set.diagnostics.filter((d) => d.severity === 'error');
      // Fail closed: an invalid trusted policy is an error, never "no policy" (DESIGN.md section 2).
      throw new GateError(
        `The policy in ${inputs.policyPath}/ on the trusted ref is invalid (${diagnostics.length} error${diagnostics.length === 1 ? '' : 's'}), so no decision can be made`,
        `Fix the problems listed (run \`oncall-gate validate ${inputs.policyPath}\` locally) and merge the fix to the default branch.`,
      );
    }

    const selection = selectGatePolicies(set.policies, { environment: target.environment, policy: target.policy }, inputs.policyPath);
    if (selection.kind === 'unmatched') throw new GateError(selection.message, selection.fix);
    matched = selection.kind === 'matched' ? selection.policies : [];
    const now = ctx.now();
    if (matched.length === 0) {
      log.info('No `environment` or `policy` input: no policy applies, approval not required.');
      decision = notRequired(requester, now);
    } else {
      log.info(`Matched policies: ${matched.map((p) => p.name).join(', ')}.`);
      const schedules = policySchedules(matched);
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
        readOnCall(ctx, schedules, now),
      ]);
      requester = {
        login,
        emails: identity.emails,
        ...(identity.source ? { emailSource: identity.source } : {}),
        ...(identity.problem ? { identityProblem: identity.problem } : {}),
      };
      log.info(
        identity.source ? `Identity: ${login} resolved by ${identity.source}.` : `Identity: ${login} has no known incident.io email.`,
      );
      for (const id of schedules) log.info(`On call now for ${id}: ${(onCall.get(id) ?? []).length} shift(s).`);
      const decideWith = (escalation: EscalationEvidence): Decision =>
        decideGate({ requester, policies: matched, onCall, now, reason: inputs.reason, escalation, identities: set.identities });
      decision = decideWith({ kind: 'none' });
      // [escalation flow] (DESIGN.md section 4, gate step 3): a denial that an open escalation rule
      // could still turn around is re-decided with the deployed commit's PR-review evidence, or
      // becomes `pending` with the run's escalation incident (src/escalation/gate-escalation.ts).
      // Loaded only then, so an auto-approved gate does not pay for it.
      if (decision.result === 'denied' && decision.verdicts.some((v) => v.rules.some((r) => r.escalationOpen))) {
        const { applyGateEscalation } = await import('../escalation/gate-escalation.js');
        const escalated = await applyGateEscalation(ctx, { decision, policies: matched, set, redecide: decideWith, environment: target.environment });
        decision = escalated.decision;
        incidentOutputs = escalated.outputs;
      }
    }
  } catch (error) {
    log.debug(scrub(error instanceof Error && error.stack ? error.stack : String(error)));
    const withFix = error as { message?: unknown; fix?: unknown; name?: unknown };
    const known = error instanceof Error && typeof withFix.fix === 'string' && /Error$/.test(error.name) && error.name !== 'Error';
    decision = errorDecision({
      requester,
      now: ctx.now(),
      message: scrub(known ? error.message : describeError(error, secrets)),
      ...(known ? { fix: scrub(withFix.fix as string) } : {}),
      policies: matched,
    });
  }

  return finish(ctx, decision, source, diagnostics, incidentOutputs, target);
}

function finish(
  ctx: CommandContext,
  decision: Decision,
  source: PolicySource | undefined,
  diagnostics: Diagnostic[],
  incidentOutputs: Partial<ActionOutputs> = {}, // [escalation flow]
  target: GateTarget = gateTarget(ctx.inputs, ctx.event),
): CommandResult {
  const { inputs, run, log } = ctx;
  const secrets = [inputs.incidentioApiKey, inputs.githubToken].filter((s) => s.length >= 4);
  const scrub = (text: string): string => secrets.reduce((t, s) => t.split(s).join('***'), text);
  log.info(
    `Decision: ${decision.result}` +
      (decision.expiresAt ? ` until ${rfc3339(decision.expiresAt)}` : '') +
      (decision.reasons.length ? `: ${decision.reasons.join(' ')}` : '.'),
  );

  const summaryContext: GateSummaryContext = {
    actor: run.actor,
    triggeringActor: run.triggeringActor,
    environment: target.environment,
    ...(target.environmentFrom === 'deployment' ? { environmentFrom: `the ${ctx.event.name} event's \`deployment.environment\`; the \`environment\` input is empty` } : {}),
    policyInput: target.policy,
    ...(source && source.kind !== 'unknown' ? { policySource: source.label } : {}),
    dryRun: inputs.dryRun,
    failOnDeny: inputs.failOnDeny,
    diagnostics,
    serverUrl: run.serverUrl,
  };
  const annotations: Annotation[] = diagnosticsToAnnotations(diagnostics);
  if (decision.result === 'not-required' && inputs.command === 'auto' && !target.environment && !target.policy) {
    // `auto` picked the gate for this event; an open gate must not pass silently.
    annotations.push({ level: 'warning', title: 'oncall-gate: the gate is open', message: openGateWarning(ctx.event.name) });
  }
  const failure = failureFor(decision, inputs.failOnDeny);
  if (!failure && (decision.result === 'denied' || decision.result === 'pending')) {
    // fail-on-deny: false passes the step; the denial still shows in the run's annotations.
    annotations.push({ level: 'warning', title: `oncall-gate ${decision.result}`, message: scrub(decision.reasons.join(' ')) });
  }
  return {
    outputs: { ...gateOutputs(decision), ...incidentOutputs }, // [escalation flow] incident outputs
    summary: scrub(renderGateSummary(decision, summaryContext)),
    annotations,
    ...(failure ? { failure: scrub(failure) } : {}),
  };
}
