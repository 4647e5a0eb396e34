// What `request` and `review` read before they decide: the pull request (fresh, never from the
// event), the policy at its base commit, the policies that match it, and for a ready pull request
// the facts the rule engine judges (the author's email, who is on call now, the reviews, the
// change's own side, and the emails and schedule history of the reviews that could count).
// Reads only: nothing here writes.
import type { Context } from '../context.js';
import type { EvaluationInput } from '../decide/engine.js';
import { escalationServices, policySchedules } from '../decide/engine.js';
import { needsFileList, reasonFromBody, selectRequestPolicies, type PolicyMatch } from '../decide/pull-request-match.js';
import { isCommitSha, partyLogins, reviewCandidates, reviewInstants, UNREAD_PARTIES } from '../decide/review.js';
import type { OnCallFact, Requester } from '../decide/types.js';
import { OncallGateError } from '../errors.js';
import type { GitHubPort } from '../github/port.js';
import type { PullRequest } from '../github/pulls.js';
import { identitiesFilePath, resolveIdentity } from '../identity/resolve-identity.js';
import type { IncidentIoClient } from '../incidentio/client.js';
import type { Policy, PolicyFile, PolicySet } from '../policy/types.js';
import { checkHeadSha, needsSecondParty, readHistory, readParties, readPullReviews, resolveEmails } from './evidence-io.js';

export type PullRequestCommand = 'request' | 'review';

const short = (sha: string): string => sha.slice(0, 12);

/**
 * The pull request of the event, fetched fresh: a re-run replays the event payload, whose head
 * may be stale. A head or base that is not a commit SHA (a malformed answer) is an error before
 * anything is written: it could match an equally malformed review, or name an unknown policy.
 */
export async function readPullRequest(ctx: Context, github: GitHubPort, command: PullRequestCommand): Promise<PullRequest> {
  const { event, log } = ctx;
  if (event.kind !== 'pull_request' && event.kind !== 'pull_request_review') {
    throw new OncallGateError({
      kind: 'input',
      setting: 'command',
      message: `\`${command}\` needs a pull_request or pull_request_review event, but this run was triggered by ${event.name || 'an unknown event'}`,
      fix: `Run \`command: ${command}\` from a workflow triggered by pull_request (opened, synchronize, reopened, labeled, edited, ready_for_review) or pull_request_review (submitted, dismissed); use \`command: gate\` in deploy jobs.`,
    });
  }
  if (event.kind === 'pull_request_review') {
    const r = event.review;
    log.info(
      `Review ${r.id} by ${r.userLogin || '(deleted user)'}: ${r.state} on ${r.commitId ? short(r.commitId) : 'an unknown commit'} (${event.action}).`,
    );
  }
  const number = event.pullRequest.number;
  const pr = await github.getPullRequest(number);
  checkHeadSha(pr);
  if (!isCommitSha(pr.baseSha)) {
    throw new OncallGateError({
      kind: 'bad-response',
      service: 'github',
      message: `GitHub returned pull request #${number} without a valid base commit SHA (got "${String(pr.baseSha).slice(0, 80)}"), so its policy cannot be read`,
      fix: 'Re-run the job. If it happens again, check that GITHUB_API_URL points at the GitHub API (a proxy may be rewriting answers).',
    });
  }
  log.info(`Pull request #${number}: head ${short(pr.headSha)}, base ${pr.baseRef} at ${short(pr.baseSha)}, author ${pr.authorLogin}.`);
  return pr;
}

export interface BasePolicy {
  set: PolicySet;
  /** Where it was read, for messages: "the base commit <sha> of pull request #<n>". */
  source: string;
  /** The base commit and the files read there (for the decision record). */
  commit: string;
  files: PolicyFile[];
}

/** The policy that decides: the one at the PR's base commit, never at its head, which its author controls. */
export async function readBasePolicy(ctx: Context, github: GitHubPort, pr: PullRequest): Promise<BasePolicy> {
  const read = await github.readPolicyFilesAtRef(pr.baseSha, ctx.inputs.policyPath);
  const { loadPolicySet } = await import('../policy/load-policy.js');
  return {
    set: loadPolicySet(read.files),
    source: `the base commit ${short(pr.baseSha)} of pull request #${pr.number}`,
    commit: pr.baseSha,
    files: read.files,
  };
}

/** The policies that apply to the pull request (base branch, changed paths, labels). */
export async function matchPullRequest(ctx: Context, github: GitHubPort, pr: PullRequest, policy: BasePolicy): Promise<PolicyMatch[]> {
  const { set } = policy;
  const { globMatcher } = await import('../policy/glob.js');
  const files = needsFileList(set.policies, pr.baseRef, globMatcher)
    ? await github.listPullFiles(pr.number)
    : { names: [], truncated: false };
  const matches = selectRequestPolicies(
    set.policies,
    { baseRef: pr.baseRef, files: files.names, filesTruncated: files.truncated, labels: pr.labels },
    globMatcher,
  );
  ctx.log.info(
    `Policy: ${set.files.length} file(s) from ${policy.source}; matched: ${matches.length > 0 ? matches.map((m) => m.policy.name).join(', ') : 'none'}.`,
  );
  return matches;
}

/** What the engine judges a draft by: nothing read, since a draft pages nobody. */
export function draftFacts(ctx: Context, set: PolicySet, pr: PullRequest, policies: Policy[]): EvaluationInput {
  return {
    requester: { login: pr.authorLogin, emails: [] },
    policies,
    onCall: new Map(),
    at: ctx.clock(),
    reason: reasonFromBody(pr.body),
    identities: set.identities,
    subject: { kind: 'pull', draft: true },
  };
}

/**
 * The facts of a ready pull request: the author's email, who is on call now, the reviews, the
 * change's own side (commit accounts and the head's pusher, only when a rule needs a second
 * party) all at once; then the emails and schedule history of the reviews that could count.
 */
export async function gatherReviewFacts(
  ctx: Context,
  github: GitHubPort,
  incidentio: IncidentIoClient,
  set: PolicySet,
  pr: PullRequest,
  policies: Policy[],
): Promise<EvaluationInput> {
  const { inputs, log, run } = ctx;
  const number = pr.number;
  const now = ctx.clock();
  const schedules = policySchedules(policies);
  const identityOptions = { identities: set.identities, org: run.repository.owner, policyPath: inputs.policyPath, github };
  const { fetchOnCall } = await import('../oncall/on-call.js');
  const escalationRules = policies.flatMap((p) => p.rules.flatMap((r) => (r.type === 'escalation' ? [r] : [])));
  const [authorIdentity, onCall, { reviews, baseChangedAt }, parties] = await Promise.all([
    resolveIdentity(pr.authorLogin, set.identities, identityOptions),
    fetchOnCall(incidentio, schedules, now),
    readPullReviews(github, number),
    needsSecondParty(escalationRules) ? readParties(github, pr) : Promise.resolve(UNREAD_PARTIES),
  ]);
  const author: Requester = {
    login: pr.authorLogin,
    emails: authorIdentity.emails,
    ...(authorIdentity.source ? { emailSource: authorIdentity.source } : {}),
    ...(authorIdentity.problem ? { identityProblem: authorIdentity.problem } : {}),
  };
  if (!parties.pushers.known && needsSecondParty(escalationRules)) {
    log.info(`Could not learn who pushed ${short(pr.headSha)}: ${parties.pushers.why}; the other second-party rules apply.`);
  }

  // Only reviews that could count cost identity lookups and schedule history reads; the own
  // side's emails are looked up only when such a review exists (to recognise a second login).
  const candidates = reviewCandidates(reviews, pr.headSha, pr.authorLogin);
  const ownSide = candidates.length > 0 && needsSecondParty(escalationRules) ? partyLogins(pr.authorLogin, parties) : [];
  const authorKey = pr.authorLogin.toLowerCase();
  const emails = await resolveEmails([...candidates.map((r) => r.login), ...ownSide.filter((l) => l !== authorKey)], identityOptions);
  emails.set(authorKey, author.emails);
  const services = [...new Set(policies.flatMap(escalationServices))];
  const past = await readHistory(incidentio, services, reviewInstants(candidates));
  const nowShifts: OnCallFact[] = services.flatMap((id) => onCall.get(id) ?? []);
  log.info(`Reviews: ${reviews.length} in total, ${candidates.length} on the current head that could count.`);

  return {
    requester: author,
    policies,
    onCall,
    at: now,
    reason: reasonFromBody(pr.body),
    identities: set.identities,
    subject: {
      kind: 'pull',
      reviews: {
        reviews,
        headSha: pr.headSha,
        baseChangedAt,
        parties,
        emails,
        history: [...past, ...nowShifts],
        identitiesFile: identitiesFilePath(set.identities, inputs.policyPath),
      },
    },
  };
}
