// The reads behind review evidence: incident.io emails for the reviewers that could count (and
// for the change's own side, to recognise one person under two logins), the accounts of each pull
// request's commits and the pusher of its head, and schedule history at each review's
// `submitted_at` (a past one-minute window), for the rule engine to judge (decide/engine.ts).
import { evidencePulls, type DeployFacts } from '../decide/escalation-evidence.js';
import { isCommitSha, partyLogins, reviewCandidates, reviewInstants, type PullParties, type ReviewFact } from '../decide/review.js';
import type { OnCallFact } from '../decide/types.js';
import { identitiesFilePath, resolveIdentity, type GitHubIdentitySource } from '../identity/resolve-identity.js';
import type { IdentitySettings, EscalationRule } from '../policy/types.js';
import type { ScheduleEntriesReader } from '../oncall/on-call.js';
import { OncallGateError } from '../errors.js';
import type { GitHubPort } from '../github/port.js';

/** What to do about an answer GitHub should never give (a proxy or a GitHub incident). */
const MALFORMED_FIX =
  'Re-run the job. If it happens again, check that GITHUB_API_URL points at the GitHub API (a proxy may be rewriting answers) ' +
  'and see https://www.githubstatus.com; oncall-gate counts no approval it cannot verify.';

const malformed = (message: string): OncallGateError =>
  new OncallGateError({ kind: 'bad-response', service: 'github', message, fix: MALFORMED_FIX });

/**
 * Reviews as evidence must have the fields the decision reads; one that does not is an error, not
 * a review that silently fails to count (a missing CHANGES_REQUESTED would hide a veto).
 */
export function checkReviews(reviews: readonly ReviewFact[], pull: number): ReviewFact[] {
  for (const r of reviews) {
    const problem = !Number.isSafeInteger(r.id)
      ? 'no numeric `id`'
      : typeof r.state !== 'string' || r.state.trim() === ''
        ? 'no `state`'
        : typeof r.login !== 'string'
          ? 'no `user.login`'
          : typeof r.userType !== 'string'
            ? 'no `user.type`'
            : r.commitId !== null && typeof r.commitId !== 'string'
              ? 'a `commit_id` that is not a string'
              : r.submittedAt !== null && typeof r.submittedAt !== 'string'
                ? 'a `submitted_at` that is not a string'
                : undefined;
    if (problem) {
      throw malformed(`GitHub returned a malformed review (id ${String(r.id)}) of pull request #${pull}: it has ${problem}`);
    }
  }
  return [...reviews];
}

/** A pull request whose head is not a commit SHA cannot be judged: its reviews could match anything. */
export function checkHeadSha(pull: { number: number; headSha: string }): void {
  if (!isCommitSha(pull.headSha)) {
    throw malformed(
      `GitHub returned pull request #${pull.number} without a valid head commit SHA (got "${String(pull.headSha).slice(0, 80)}"), so no review of it can be verified`,
    );
  }
}

/** The window read around an instant: one minute, as incident.io's own approval integration reads it. */
export const HISTORY_WINDOW_MS = 60_000;

export interface IdentityOptions {
  identities: IdentitySettings;
  org: string;
  policyPath: string;
  github?: GitHubIdentitySource;
}

/** Lower-case login -> lower-case emails for each login (unresolvable logins map to []). */
export async function resolveEmails(logins: readonly string[], options: IdentityOptions): Promise<Map<string, string[]>> {
  const unique = [...new Set(logins.map((l) => l.trim().toLowerCase()).filter(Boolean))];
  const resolved = await Promise.all(
    unique.map((login) =>
      resolveIdentity(login, options.identities, {
        org: options.org,
        policyPath: options.policyPath,
        ...(options.github ? { github: options.github } : {}),
      }),
    ),
  );
  return new Map(unique.map((login, i) => [login, resolved[i]?.emails ?? []]));
}

/**
 * `final` shifts of `services` in a one-minute window starting at each instant, flattened. One
 * request per schedule and instant; the client caps requests in flight.
 */
export async function readHistory(
  reader: ScheduleEntriesReader,
  services: readonly string[],
  instants: readonly Date[],
): Promise<OnCallFact[]> {
  if (services.length === 0 || instants.length === 0) return [];
  const { fetchShifts } = await import('../oncall/on-call.js');
  const maps = await Promise.all(instants.map((t) => fetchShifts(reader, [...services], t, new Date(t.getTime() + HISTORY_WINDOW_MS))));
  return maps.flatMap((m) => [...m.values()].flat());
}

/** A pull request's reviews, as the decision judges them, and when its base branch last changed. */
export interface PullReviews {
  /** Checked (checkReviews); a dismissed change request is given as CHANGES_REQUESTED with `dismissedVeto`. */
  reviews: ReviewFact[];
  /** When its base branch was last changed (null: never); an approval before it was of another diff. */
  baseChangedAt: Date | null;
}

/**
 * The reviews of a pull request and its issue events, read at once: GitHub lists a dismissed
 * review as DISMISSED, and only its `review_dismissed` event says it requested changes, which
 * still denies (decide/review.ts).
 */
export async function readPullReviews(github: Pick<GitHubPort, 'listReviews' | 'readPullEvents'>, pull: number): Promise<PullReviews> {
  const [listed, events] = await Promise.all([github.listReviews(pull), github.readPullEvents(pull)]);
  const vetoes = new Set(events.dismissedChangeRequests);
  const reviews = checkReviews(listed, pull).map((r) =>
    vetoes.has(r.id) && r.state.trim().toUpperCase() === 'DISMISSED' ? { ...r, state: 'CHANGES_REQUESTED', dismissedVeto: true } : r,
  );
  return { reviews, baseChangedAt: events.baseChangedAt === null ? null : new Date(Date.parse(events.baseChangedAt)) };
}

/** Only a rule without `allowOneParty` needs a second party, so only then are the change's own side read. */
export const needsSecondParty = (rules: readonly Pick<EscalationRule, 'allowOneParty'>[]): boolean => rules.some((r) => !r.allowOneParty);

/**
 * The change's own side of a pull request: the accounts GitHub linked to its commits and who
 * pushed its head, read at the same time (two requests, three at most for a long commit list).
 * `commits`: the pull request's own commit count when the caller has the full pull request.
 */
export async function readParties(
  github: Pick<GitHubPort, 'listPullCommits' | 'findHeadPushers'>,
  pull: { number: number; headRepoFullName: string; headRef: string; headSha: string; commits?: number },
): Promise<PullParties> {
  const [commits, pushers] = await Promise.all([
    github.listPullCommits(pull.number, pull.commits ?? 0),
    github.findHeadPushers({ repoFullName: pull.headRepoFullName, ref: pull.headRef, sha: pull.headSha }),
  ]);
  return { commitLogins: commits.logins, commitsTruncated: commits.truncated, pushers };
}

/** What the gate needs to evaluate escalation rules for a deployed commit. */
export interface DeployEvidenceRequest {
  sha: string;
  rules: readonly EscalationRule[];
  /** The repository's default branch: only pull requests merged into it are evidence. */
  defaultBranch: string;
}

/**
 * Reads the primary evidence for the deployed commit (the merged PRs it is the merge commit of, their reviews, the
 * reviewers' emails, schedule history at each review) that the escalation rules need.
 */
export async function collectDeployEvidence(
  github: Pick<GitHubPort, 'listCommitPulls' | 'listReviews' | 'readPullEvents' | 'listPullCommits' | 'findHeadPushers'>,
  reader: ScheduleEntriesReader,
  identity: IdentityOptions,
  request: DeployEvidenceRequest,
): Promise<DeployFacts> {
  const identitiesFile = identitiesFilePath(identity.identities, identity.policyPath);
  const none: DeployFacts = {
    commitSha: request.sha,
    defaultBranch: request.defaultBranch,
    pulls: [],
    reviews: new Map(),
    parties: new Map(),
    emails: new Map(),
    history: [],
    identitiesFile,
  };
  if (request.rules.length === 0) return none;
  const pulls = request.sha ? await github.listCommitPulls(request.sha) : [];
  // Pull requests merged into another branch, or whose merge commit is another than the deployed
  // one, are never read: they are not evidence.
  const merged = evidencePulls(pulls, request.defaultBranch, request.sha);
  merged.forEach(checkHeadSha);
  const secondParty = needsSecondParty(request.rules);
  // Per merged PR, its reviews, when its base branch last changed and (when a rule needs a second
  // party) its own side, all at once.
  const read = await Promise.all(
    merged.map(async (p) => {
      const [{ reviews: rs, baseChangedAt }, parties] = await Promise.all([
        readPullReviews(github, p.number),
        secondParty ? readParties(github, p) : Promise.resolve(undefined),
      ]);
      return { pull: p, reviews: rs, baseChangedAt, parties };
    }),
  );
  const reviews = new Map<number, ReviewFact[]>(read.map((r) => [r.pull.number, r.reviews]));
  const baseChanges = new Map<number, Date | null>(read.map((r) => [r.pull.number, r.baseChangedAt]));
  const parties = new Map<number, PullParties>(
    read.flatMap((r) => (r.parties ? [[r.pull.number, r.parties] as [number, PullParties]] : [])),
  );

  const candidatesOf = (p: (typeof merged)[number]): ReviewFact[] =>
    reviewCandidates(reviews.get(p.number) ?? [], p.headSha, p.authorLogin);
  const candidates = merged.flatMap(candidatesOf);
  const onePartyRules = request.rules.some((r) => r.allowOneParty);
  // The own side's emails matter only for a PR with a review that could count.
  const ownSide = merged.flatMap((p) => {
    const own = parties.get(p.number);
    return own && candidatesOf(p).length > 0 ? partyLogins(p.authorLogin, own) : [];
  });
  const logins = [...candidates.map((r) => r.login), ...ownSide, ...(onePartyRules ? merged.map((p) => p.authorLogin) : [])];
  const emails = await resolveEmails(logins, identity);

  const services = [...new Set(request.rules.flatMap((r) => r.services))];
  const instants = reviewInstants(candidates);
  if (onePartyRules) for (const p of merged) if (p.mergedAt !== null) instants.push(new Date(Date.parse(p.mergedAt)));
  const history = await readHistory(reader, services, dedupe(instants));
  return { ...none, pulls, reviews, baseChanges, parties, emails, history };
}

function dedupe(instants: Date[]): Date[] {
  return [...new Set(instants.map((d) => d.getTime()))].sort((a, b) => a - b).map((t) => new Date(t));
}
