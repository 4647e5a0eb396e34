// What the gate reads before it decides: the policy at the default branch's tip (gate-policy.ts),
// the policies the step names, the requester's incident.io email, and who is on call for the
// schedules those policies name. Reads only: nothing here writes.
import type { Context } from '../context.js';
import type { GitHubPort } from '../github/port.js';
import type { Policy, PolicyFile, PolicySet } from '../policy/types.js';
import type { OnCallFacts, OutageCause, Requester } from '../decide/types.js';
import type { OnCallWithOutlook } from '../oncall/on-call.js';
import { asOutage } from '../decide/outage.js';
import { scopedSchedules } from '../decide/scope.js';
import type { RotationNames } from '../oncall/rotations.js';
import { fallbackReserveMs, withinIncidentIoShare } from '../api-deadline.js';
import { policySchedules } from '../decide/engine.js';
import { selectGatePolicies, type GateTarget } from '../decide/select-gate-policies.js';
import { resolveIdentity } from '../identity/resolve-identity.js';
import { defaultBranchOf, describePolicySource, gatePolicyReaders, readGatePolicy, type TrustedPolicy } from './gate-policy.js';
import { OncallGateError } from '../errors.js';

/** What the gate reads before it decides, from one policy: every read, no write. */
export interface GateFacts {
  set: PolicySet;
  matched: Policy[];
  requester: Requester;
  onCall: OnCallFacts;
  /** The shifts of the hours ahead, read in the same queries (for the step summary only). */
  outlook?: OnCallWithOutlook['outlook'];
  /** Rotation and layer names of the schedules a matched rule scopes (for the summary). */
  rotationNames?: RotationNames;
  /** incident.io was unavailable and a matched policy names an outage fallback: outage mode decides. */
  outage?: OutageCause;
}

export interface GateReads {
  /** The commit whose policy decides (the default branch's tip), and how it was read. */
  source: TrustedPolicy;
  /** The facts read with its policy; undefined when that commit has no policy folder. */
  facts: Promise<GateFacts> | undefined;
}

export function missingFolderError(ctx: Context, source: TrustedPolicy): OncallGateError {
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

/** A step that names a policy will almost surely ask incident.io: start loading the client now. */
export function preloadOnCall(ctx: Context, target: GateTarget): void {
  if ((target.environment || target.policy) && ctx.inputs.incidentioApiKey) {
    Promise.all([ctx.incidentio(), loadOnCall()]).catch(() => undefined);
  }
}

interface OnCallRead {
  onCall: OnCallFacts;
  /** The shifts of the hours ahead, from the same queries (for the step summary only). */
  outlook?: OnCallWithOutlook['outlook'];
  rotationNames?: RotationNames;
  outage?: OutageCause;
}

/**
 * Who is on call for the policies' schedules (and, for scoped rules, the rotation and layer
 * names). When a policy names an outage fallback, incident.io gets the run's API time less what
 * the fallback needs, and an outage (decide/outage.ts) is returned rather than thrown.
 */
async function readOnCall(ctx: Context, policies: readonly Policy[], at: Date): Promise<OnCallRead> {
  const scheduleIds = policySchedules(policies);
  if (scheduleIds.length === 0) return { onCall: new Map() };
  if (!ctx.inputs.incidentioApiKey) {
    throw new OncallGateError({
      kind: 'input',
      setting: 'incidentio-api-key',
      message: 'The `incidentio-api-key` input is empty, so oncall-gate cannot read who is on call',
      fix: 'Pass `incidentio-api-key: ${{ secrets.INCIDENTIO_API_KEY }}` to the oncall-gate step (an incident.io API key with the schedules_reader or viewer role).',
    });
  }
  // dry-run: the run's client is read-only (the gate only reads anyway).
  // One query per schedule reaches past now, so the summary can show the next hours' handovers
  // without another request; the decision still sees only the shifts covering `at`.
  const [client, { fetchOnCallWithOutlook, fetchRotationNames }] = await Promise.all([ctx.incidentio(), loadOnCall()]);
  const scoped = scopedSchedules(policies);
  const work = Promise.all([
    fetchOnCallWithOutlook(client, scheduleIds, at),
    scoped.length > 0 ? fetchRotationNames(client, scoped) : undefined,
  ]);
  const fallback = policies.some((p) => p.whenUnavailable?.kind === 'fallback');
  try {
    const [read, rotationNames] = await (fallback && ctx.deadline
      ? withinIncidentIoShare(ctx.deadline, fallbackReserveMs(ctx.deadline), work)
      : work);
    return { onCall: read.now, outlook: read.outlook, ...(rotationNames ? { rotationNames } : {}) };
  } catch (error) {
    const outage = fallback ? asOutage(error, ctx.redactor.redact) : undefined;
    if (!outage) throw error;
    return { onCall: new Map(), outage };
  }
}

/**
 * The reads for one policy: load and check it, select the policies, resolve the requester and
 * read who is on call. Pure reads, so they can start on the checkout's HEAD policy before the
 * default branch's tip is known, and be thrown away if the tip turns out to be another commit.
 */
async function factsOf(
  ctx: Context,
  target: GateTarget,
  files: PolicyFile[],
  now: Date,
  github: () => Promise<GitHubPort>,
): Promise<GateFacts> {
  const { inputs, run } = ctx;
  const login = run.triggeringActor;
  // The full YAML parser is loaded only if a policy file needs it.
  const { loadPolicySetLazily } = await import('../policy/load-policy-lazily.js');
  const set: PolicySet = await loadPolicySetLazily(files);
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
  const [identity, read] = await Promise.all([
    resolveIdentity(login, set.identities, {
      org: run.repository.owner,
      policyPath: inputs.policyPath,
      github: {
        publicEmail: async (l) => (await github()).publicEmail(l),
        verifiedDomainEmails: async (l, org) => (await github()).verifiedDomainEmails(l, org),
      },
    }),
    readOnCall(ctx, matched, now),
  ]);
  const requester: Requester = {
    login,
    emails: identity.emails,
    ...(identity.source ? { emailSource: identity.source } : {}),
    ...(identity.problem ? { identityProblem: identity.problem } : {}),
  };
  return {
    set,
    matched,
    requester,
    onCall: read.onCall,
    ...(read.outlook ? { outlook: read.outlook } : {}),
    ...(read.rotationNames ? { rotationNames: read.rotationNames } : {}),
    ...(read.outage ? { outage: read.outage } : {}),
  };
}

/**
 * Reads the policy at the default branch's tip and, with it, the facts. The reads start on the
 * checkout's HEAD policy while GitHub says which commit is the tip, and are redone on the tip's
 * policy when HEAD is another commit. Resolves once the tip's policy is read; the facts may still
 * be on their way.
 */
export async function readGateFacts(ctx: Context, target: GateTarget, now: Date): Promise<GateReads> {
  const { inputs, run, log, event } = ctx;
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
  try {
    const policy = readGatePolicy(branch, readers);
    const factsFor = (p: TrustedPolicy): Promise<GateFacts> | undefined =>
      p.files ? factsOf(ctx, target, p.files, now, github) : undefined;
    const early = await policy.early;
    const earlyFacts = early ? factsFor(early) : undefined;
    earlyFacts?.catch(() => undefined); // thrown away unless HEAD is the tip; awaited by the caller if it is
    const source = await policy.trusted;
    if (early && early.commit !== source.commit) {
      log.info(
        `Policy: the checkout is at ${early.commit.slice(0, 12)}, not at the tip of ${branch} (${source.commit.slice(0, 12)}), whose policy decides.`,
      );
    }
    log.info(`Policy: ${describePolicySource(inputs.policyPath, source)}.`);
    return { source, facts: early && early.commit === source.commit ? earlyFacts : factsFor(source) };
  } finally {
    // The policy files are read: the git object store is no longer needed.
    readers.close();
  }
}
