// Outage mode's reads (policies/README.md, "Outage mode"): when incident.io is unavailable
// (decide/outage.ts) and the matched policies name a `whenUnavailable` fallback, the decision is
// made on GitHub evidence alone, by the one rule engine (decide/engine.ts with `outage`): the
// reviews the fallbacks are judged on, read by the same code as escalation evidence
// (evidence-io.ts), with no schedule history (nobody's on-call state can be read), plus which of
// the reviewers that could count are active members of the teams the fallbacks name.
import type { Context } from '../context.js';
import { evaluate, fallbackReasonFails, type EvaluationInput } from '../decide/engine.js';
import { mergedPulls, type DeployFacts } from '../decide/escalation-evidence.js';
import { partyLogins, reviewCandidates, type ReviewFact } from '../decide/review.js';
import type { Decision, OutageCause, Requester } from '../decide/types.js';
import type { GitHubPort } from '../github/port.js';
import type { PullRequest } from '../github/pulls.js';
import { identitiesFilePath, resolveIdentity } from '../identity/resolve-identity.js';
import type { ScheduleEntriesReader } from '../oncall/on-call.js';
import type { EscalationRule, OutageFallback, Policy, PolicySet } from '../policy/types.js';
import { collectDeployEvidence, readParties, readPullReviews, resolveEmails } from './evidence-io.js';
import { escalationGitHub } from './ports.js';

/** The fallbacks of the policies when every one names one, else undefined (the outage stays an error). */
export function outageFallbacks(policies: readonly Policy[]): OutageFallback[] | undefined {
  const fallbacks = policies.flatMap((p) => (p.whenUnavailable?.kind === 'fallback' ? [p.whenUnavailable] : []));
  return policies.length > 0 && fallbacks.length === policies.length ? fallbacks : undefined;
}

/** Whether an outage could be decided by a fallback: some matched policy names one (the engine words the rest). */
export const anyFallback = (policies: readonly Policy[]): boolean => policies.some((p) => p.whenUnavailable?.kind === 'fallback');

/** Never called: a fallback reads no schedule history (incident.io is what is unavailable). */
const NO_HISTORY: ScheduleEntriesReader = {
  listScheduleEntries: () => Promise.reject(new Error('outage mode reads no schedule entries')),
};

/**
 * The escalation evidence reader's rule for the fallbacks: no schedules, every second-party
 * rule (allowOneParty off), the longest duration among them (each policy's own duration is
 * applied when the engine judges it). It only reads: the reason a policy's rules require is
 * required by the engine, per policy (fallbackRequiresReason), not here.
 */
function fallbackRule(first: OutageFallback, fallbacks: readonly OutageFallback[]): EscalationRule {
  return {
    type: 'escalation',
    services: [],
    durationMs: Math.max(...fallbacks.map((f) => f.durationMs)),
    allowOneParty: false,
    requireReason: false,
    at: first.at,
  };
}

/** Per team the fallbacks name, its active members among `logins` (read with the `github-teams-token`). */
async function readTeams(
  ctx: Pick<Context, 'githubTeams' | 'run' | 'log'>,
  fallbacks: readonly OutageFallback[],
  logins: readonly string[],
): Promise<{ team: string; members: string[] }[]> {
  const teams = [...new Set(fallbacks.flatMap((f) => f.approverTeams))];
  if (teams.length === 0) return [];
  // Logins the fallbacks name directly need no team lookup.
  const named = new Set(fallbacks.flatMap((f) => f.approvers));
  const ask = [...new Set(logins.map((l) => l.toLowerCase()))].filter((l) => !named.has(l));
  const github = await ctx.githubTeams();
  const org = ctx.run.repository.owner;
  const read = await Promise.all(teams.map(async (team) => ({ team, members: await github.activeTeamMembers(org, team, ask) })));
  for (const { team, members } of read)
    ctx.log.info(`Outage mode: of the reviewers that could count, ${members.length} are active members of ${org}/${team}.`);
  return read;
}

export interface OutageRequest {
  set: PolicySet;
  policies: readonly Policy[];
  requester: Requester;
  at: Date;
  reason: string;
  cause: OutageCause;
}

/**
 * Every policy's fallback requires a reason the request does not give: the engine denies each one
 * before any review counts (as an escalation does), so no review or team is read.
 */
const noReviewCanApprove = ({ policies, reason }: OutageRequest): boolean =>
  policies.length > 0 && policies.every((p) => fallbackReasonFails(p, reason));

/** What both outage decisions hand the engine besides the subject: nobody counts as on call. */
function outageInput({ set, policies, requester, at, reason }: OutageRequest): Omit<EvaluationInput, 'subject' | 'outage'> {
  return { requester, policies, onCall: new Map(), at, reason, identities: set.identities };
}

/**
 * A gate run in outage mode: the deployed commit's merged pull requests and their reviews (as for
 * escalation), judged by each policy's fallback. A policy without a fallback makes it an error.
 */
export async function decideRunInOutage(ctx: Context, request: OutageRequest): Promise<Decision> {
  const { set, policies, cause } = request;
  ctx.log.warning(`OUTAGE MODE: ${cause.message}`);
  const base = outageInput(request);
  const fallbacks = outageFallbacks(policies);
  // The engine words the error of a policy without a fallback; nothing else needs reading.
  const [first] = fallbacks ?? [];
  if (!fallbacks || !first || noReviewCanApprove(request))
    return evaluate({ ...base, subject: { kind: 'run' }, outage: { cause, teams: [] } });
  const github = await escalationGitHub(ctx);
  const { run, inputs } = ctx;
  const evidence: DeployFacts = await collectDeployEvidence(
    github,
    NO_HISTORY,
    { identities: set.identities, org: run.repository.owner, policyPath: inputs.policyPath, github },
    { sha: run.sha, rules: [fallbackRule(first, fallbacks)], defaultBranch: ctx.event.defaultBranch },
  );
  const candidates = mergedPulls(evidence.pulls, evidence.defaultBranch).flatMap((p) =>
    reviewCandidates(evidence.reviews.get(p.number) ?? [], p.headSha, p.authorLogin).map((r) => r.login),
  );
  const teams = await readTeams(ctx, fallbacks, candidates);
  return evaluate({ ...base, subject: { kind: 'run', evidence }, outage: { cause, teams } });
}

/**
 * A pull request in outage mode (`request`, `review`): its own reviews on the current head,
 * judged by each policy's fallback, with every second-party rule (its commits' accounts and its
 * head's pusher are read).
 */
export async function decidePullInOutage(ctx: Context, github: GitHubPort, pr: PullRequest, request: OutageRequest): Promise<Decision> {
  const { set, policies, cause } = request;
  ctx.log.warning(`OUTAGE MODE: ${cause.message}`);
  const base = outageInput(request);
  const fallbacks = outageFallbacks(policies);
  const headSha = pr.headSha;
  const none = {
    reviews: [] as ReviewFact[],
    headSha,
    parties: { commitLogins: [], commitsTruncated: true, pushers: { known: false as const, why: 'not read' } },
    emails: new Map(),
    history: [],
  };
  if (!fallbacks || noReviewCanApprove(request))
    return evaluate({ ...base, subject: { kind: 'pull', reviews: none }, outage: { cause, teams: [] } });
  const { inputs, run } = ctx;
  const identityOptions = { identities: set.identities, org: run.repository.owner, policyPath: inputs.policyPath, github };
  const [{ reviews, baseChangedAt }, parties, author] = await Promise.all([
    readPullReviews(github, pr.number),
    readParties(github, pr),
    resolveIdentity(pr.authorLogin, set.identities, identityOptions),
  ]);
  const candidates = reviewCandidates(reviews, headSha, pr.authorLogin);
  // Emails recognise the change's own side under another login; no email is needed to approve.
  const emails = await resolveEmails(
    candidates.length > 0 ? [...candidates.map((r) => r.login), ...partyLogins(pr.authorLogin, parties)] : [],
    identityOptions,
  );
  emails.set(pr.authorLogin.toLowerCase(), author.emails);
  const teams = await readTeams(
    ctx,
    fallbacks,
    candidates.map((r) => r.login),
  );
  return evaluate({
    ...base,
    requester: { ...request.requester, emails: author.emails, ...(author.source ? { emailSource: author.source } : {}) },
    subject: {
      kind: 'pull',
      reviews: {
        reviews,
        headSha,
        baseChangedAt,
        parties,
        emails,
        history: [],
        identitiesFile: identitiesFilePath(set.identities, inputs.policyPath),
      },
    },
    outage: { cause, teams },
  });
}
