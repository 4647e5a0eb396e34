// The one GitHub port: every call the product makes, bound once to the run's repository. Commands,
// the escalation flow and identity resolution use this interface; tests hand them fakes of it.
//
// Loading is lazy, call by call: the gate's usual path asks GitHub one thing (the tip of the
// default branch, one plain node:http request in branch-tip.ts) and must not pay for Octokit, so
// the Octokit client is built on the first call that needs it and each adapter module is imported
// on its first use.
import type { ApiDeadline } from '../api-deadline.js';
import type { Redactor } from '../redact.js';
import type { PolicyFilesAtRef } from './contents.js';
import type { CheckRunResult, CheckRunState, ExistingCheckRun } from './checks.js';
import type { GitHub, GitHubClientTuning, ClientLog, RepoRef } from './client.js';
import type { CommitPull, Comparison } from './commits.js';
import type { OwnComment, StickyCommentResult } from './comments.js';
import type { HeadPushers, PullCommitLogins } from './parties.js';
import type { PullEvents } from './pull-events.js';
import type { PullFiles, PullRequest, ReviewRequestResult } from './pulls.js';
import type { Review } from './reviews.js';
import type { GitHubAccount } from './users.js';
import type { GateReview, WorkflowRun } from './deployment-gates.js';

export interface GitHubPort {
  /** The repository every call is about (GITHUB_REPOSITORY). */
  readonly repository: RepoRef;
  /** Writes are refused (dry-run): reads still happen. */
  readonly readOnly: boolean;
  /** The SHA at the tip of `branch`, in one small request without Octokit (needs `contents: read`). */
  branchTip(branch: string): Promise<string>;
  getPullRequest(number: number): Promise<PullRequest>;
  listPullFiles(number: number): Promise<PullFiles>;
  listReviews(number: number): Promise<Review[]>;
  /** What the pull request's issue events say about its reviews: its last base change, its dismissed change requests. */
  readPullEvents(number: number): Promise<PullEvents>;
  /** The pull requests GitHub associates with a commit. */
  listCommitPulls(sha: string): Promise<CommitPull[]>;
  /** The files changed between two commits (a push's `before` and `after`). */
  compareCommits(base: string, head: string): Promise<Comparison>;
  /** The logins linked to a pull request's commits; `expected`: its `commits` count when known. */
  listPullCommits(number: number, expected?: number): Promise<PullCommitLogins>;
  /** Who pushed `head.sha` to the head branch (the head repository's activity log); never throws for GitHub's answers. */
  findHeadPushers(head: { repoFullName: string; ref: string; sha: string }): Promise<HeadPushers>;
  /** The policy files under `policyPath` at a commit, branch or tag. */
  readPolicyFilesAtRef(ref: string, policyPath: string): Promise<PolicyFilesAtRef>;
  requestReviewers(number: number, logins: string[], author: string): Promise<ReviewRequestResult>;
  /** Our own bot's comment carrying `marker` (never another author's), undefined when none. */
  findStickyComment(number: number, marker: string): Promise<OwnComment | undefined>;
  /**
   * Creates or edits our comment carrying `marker`. `existing`: what findStickyComment returned
   * (null: none), so the comments are not read twice; `summaryUrl`: a link the comment ends with.
   */
  upsertStickyComment(
    number: number,
    marker: string,
    body: string,
    options?: { existing?: OwnComment | null; summaryUrl?: string },
  ): Promise<StickyCommentResult>;
  /** The newest `name` check run of ours on `headSha`, undefined when there is none. */
  findCheckRun(headSha: string, name: string): Promise<ExistingCheckRun | undefined>;
  /** Creates or updates our check run. `existing`: what findCheckRun returned (null: none), so the runs are not read twice. */
  upsertCheckRun(
    headSha: string,
    name: string,
    state: CheckRunState,
    options?: { existing?: ExistingCheckRun | null },
  ): Promise<CheckRunResult>;
  /** `GET /users/{login}` `email`: the public profile email, or null when the user shows none. */
  publicEmail(login: string): Promise<string | null>;
  /**
   * GraphQL `User.organizationVerifiedDomainEmails(login: org)`. `{ forbidden: true }` when the
   * token may not read them (GitHub answers FORBIDDEN): the identity resolver then goes on to its
   * next lookup, where any other failure stops it.
   */
  verifiedDomainEmails(login: string, org: string): Promise<string[] | { forbidden: true }>;
  /** `GET /users/{login}`: the account as GitHub spells it and its type, or null when there is none. */
  getUser(login: string): Promise<GitHubAccount | null>;
  /** `GET /repos/{o}/{r}/assignees`, every page: the logins that can be assigned in the repository. */
  listAssignees(): Promise<string[]>;
  // App mode (docs/app-mode.md): the calls of a deployment protection rule, with an installation token.
  getWorkflowRun(runId: number): Promise<WorkflowRun>;
  /** The runs waiting on a protection rule (of one commit, when `headSha` is given). */
  listWaitingRuns(headSha?: string): Promise<WorkflowRun[]>;
  /** The environments a run still waits on. */
  listPendingEnvironments(runId: number): Promise<string[]>;
  /** The IDs of the Apps whose custom protection rules gate an environment. */
  listProtectionRuleApps(environment: string): Promise<number[]>;
  /** Approves, rejects or comments on an environment's gate; 'already-answered' when nothing waits any more. */
  reviewDeploymentGate(runId: number, review: GateReview): Promise<'answered' | 'already-answered'>;
  /**
   * The logins among `logins` that are active members of the organisation's team `slug` (an
   * outage fallback's `approverTeams`); a team that does not exist is a `not-found` error, a token
   * that cannot read teams a `permission` error naming `github-teams-token`.
   */
  activeTeamMembers(org: string, slug: string, logins: readonly string[]): Promise<string[]>;
}

export interface GitHubPortOptions {
  /** The `github-token` input (GITHUB_TOKEN or GH_TOKEN on the command line). */
  token: string;
  /** GITHUB_API_URL, e.g. https://api.github.com or https://HOST/api/v3. */
  apiUrl: string;
  /** GITHUB_GRAPHQL_URL; Octokit derives it from apiUrl when absent. */
  graphqlUrl?: string;
  repository: RepoRef;
  /** dry-run: the client refuses every write. */
  readOnly: boolean;
  /** The run's redactor; it must know the token. */
  redactor?: Redactor;
  deadline?: ApiDeadline;
  log?: ClientLog;
  /** Tests drop the production spacing of writes. */
  tuning?: GitHubClientTuning;
}

export function createGitHubPort(options: GitHubPortOptions): GitHubPort {
  const repo = options.repository;
  let client: Promise<GitHub> | undefined;
  const gh = (): Promise<GitHub> =>
    (client ??= import('./client.js').then(({ createGitHubClient }) =>
      createGitHubClient({
        token: options.token,
        apiUrl: options.apiUrl,
        readOnly: options.readOnly,
        ...(options.graphqlUrl ? { graphqlUrl: options.graphqlUrl } : {}),
        ...(options.redactor ? { redactor: options.redactor } : {}),
        ...(options.deadline ? { deadline: options.deadline } : {}),
        ...(options.log ? { log: options.log } : {}),
        ...(options.tuning ? { tuning: options.tuning } : {}),
      }),
    ));

  return {
    repository: repo,
    readOnly: options.readOnly,
    branchTip: async (branch) =>
      (await import('./branch-tip.js')).fetchBranchTip({
        apiUrl: options.apiUrl,
        token: options.token,
        owner: repo.owner,
        repo: repo.repo,
        branch,
        ...(options.redactor ? { redactor: options.redactor } : {}),
        ...(options.deadline ? { deadline: options.deadline } : {}),
      }),
    getPullRequest: async (n) => (await import('./pulls.js')).getPullRequest(await gh(), repo, n),
    listPullFiles: async (n) => (await import('./pulls.js')).listPullFiles(await gh(), repo, n),
    listReviews: async (n) => (await import('./reviews.js')).listReviews(await gh(), repo, n),
    readPullEvents: async (n) => (await import('./pull-events.js')).readPullEvents(await gh(), repo, n),
    listCommitPulls: async (sha) => (await import('./commits.js')).listCommitPulls(await gh(), repo, sha),
    compareCommits: async (base, head) => (await import('./commits.js')).compareCommits(await gh(), repo, base, head),
    listPullCommits: async (n, expected) => (await import('./parties.js')).listPullCommitLogins(await gh(), repo, n, expected),
    findHeadPushers: async (head) => {
      const parties = await import('./parties.js');
      return parties.findHeadPushers(await gh(), parties.repoRefOf(head.repoFullName), head.ref, head.sha);
    },
    readPolicyFilesAtRef: async (ref, path) => (await import('./contents.js')).readPolicyFilesAtRef(await gh(), repo, ref, path),
    requestReviewers: async (n, logins, author) => (await import('./pulls.js')).requestReviewers(await gh(), repo, n, logins, { author }),
    findStickyComment: async (n, marker) => (await import('./comments.js')).findStickyComment(await gh(), repo, n, marker),
    upsertStickyComment: async (n, marker, body, o = {}) =>
      (await import('./comments.js')).upsertStickyComment(await gh(), repo, n, marker, body, {
        ...(o.existing !== undefined ? { existing: o.existing } : {}),
        ...(o.summaryUrl ? { summaryUrl: o.summaryUrl } : {}),
      }),
    findCheckRun: async (sha, name) => (await import('./checks.js')).findCheckRun(await gh(), repo, sha, name),
    upsertCheckRun: async (sha, name, state, o = {}) => (await import('./checks.js')).upsertCheckRun(await gh(), repo, sha, name, state, o),
    publicEmail: async (login) => (await import('./users.js')).getUserPublicEmail(await gh(), login),
    verifiedDomainEmails: async (login, org) => (await import('./users.js')).verifiedDomainEmailsOrForbidden(await gh(), login, org),
    getUser: async (login) => (await import('./users.js')).getUser(await gh(), login),
    listAssignees: async () => (await import('./users.js')).listAssignees(await gh(), repo),
    getWorkflowRun: async (id) => (await import('./deployment-gates.js')).getWorkflowRun(await gh(), repo, id),
    listWaitingRuns: async (sha) => (await import('./deployment-gates.js')).listWaitingRuns(await gh(), repo, sha),
    listPendingEnvironments: async (id) => (await import('./deployment-gates.js')).listPendingEnvironments(await gh(), repo, id),
    listProtectionRuleApps: async (env) => (await import('./deployment-gates.js')).listProtectionRuleApps(await gh(), repo, env),
    reviewDeploymentGate: async (id, review) => (await import('./deployment-gates.js')).reviewDeploymentGate(await gh(), repo, id, review),
    activeTeamMembers: async (org, slug, logins) => (await import('./teams.js')).activeTeamMembers(await gh(), org, slug, logins),
  };
}
