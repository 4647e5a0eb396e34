// The reads and writes the escalation flow makes, as two narrow interfaces bound to the real
// adapters here (src/github, src/incidentio). Commands take them as injectable dependencies, so
// the flow is tested with in-memory fakes as well as end to end. The adapters are imported
// lazily: `gate` loads this module and must stay cheap to start.
import { gitHubRunOptions, incidentIoRunOptions } from '../commands/run-clients.js';
import type { CommandContext } from '../commands/types.js';
import type {
  GitHubClientTuning,
  CheckRunResult,
  CheckRunState,
  CommitPull,
  GitHub,
  HeadPushers,
  OwnComment,
  PolicyFilesAtRef,
  PullCommitLogins,
  PullFiles,
  PullRequest,
  Review,
  ReviewRequestResult,
  StickyCommentResult,
} from '../github/index.js';
import type { GitHubIdentitySource } from '../identity/resolve-identity.js';
import type { IncidentIoClient } from '../incidentio/client.js';
import type { EscalationIncidentApi } from './incident-settings.js';

export interface EscalationGitHub {
  getPullRequest(number: number): Promise<PullRequest>;
  listPullFiles(number: number): Promise<PullFiles>;
  listReviews(number: number): Promise<Review[]>;
  listCommitPulls(sha: string): Promise<CommitPull[]>;
  /** The logins linked to a pull request's commits; `expected`: its `commits` count when known. */
  listPullCommits(number: number, expected?: number): Promise<PullCommitLogins>;
  /** Who pushed `head.sha` to the head branch (the head repository's activity log); never throws for GitHub's answers. */
  findHeadPushers(head: { repoFullName: string; ref: string; sha: string }): Promise<HeadPushers>;
  readPolicyFilesAtRef(ref: string, policyPath: string): Promise<PolicyFilesAtRef>;
  requestReviewers(number: number, logins: string[], author: string): Promise<ReviewRequestResult>;
  /** Our own bot's comment carrying `marker` (never another author's), undefined when none. */
  findStickyComment(number: number, marker: string): Promise<OwnComment | undefined>;
  /** `existing`: what findStickyComment returned (null: none), so the comments are not read twice. */
  upsertStickyComment(number: number, marker: string, body: string, existing?: OwnComment | null): Promise<StickyCommentResult>;
  upsertCheckRun(headSha: string, name: string, state: CheckRunState): Promise<CheckRunResult>;
  identity: GitHubIdentitySource;
}

/** The incident.io calls: schedule entries for on-call, plus the incident and settings calls. */
export type EscalationIncidentIo = EscalationIncidentApi & Pick<IncidentIoClient, 'listScheduleEntries'>;

export interface EscalationDeps {
  github: () => Promise<EscalationGitHub>;
  incidentio: () => Promise<EscalationIncidentIo>;
}

export class MissingInputError extends Error {
  override name = 'MissingInputError';
  constructor(
    message: string,
    readonly fix: string,
  ) {
    super(message);
  }
}

/** Binds the function-style GitHub adapter to one repository. */
export async function bindGitHub(gh: GitHub, repo: { owner: string; repo: string }): Promise<EscalationGitHub> {
  const [a, { githubIdentitySource }] = await Promise.all([import('../github/index.js'), import('../identity/github-lookups.js')]);
  return {
    getPullRequest: (n) => a.getPullRequest(gh, repo, n),
    listPullFiles: (n) => a.listPullFiles(gh, repo, n),
    listReviews: (n) => a.listReviews(gh, repo, n),
    listCommitPulls: (sha) => a.listCommitPulls(gh, repo, sha),
    listPullCommits: (n, expected) => a.listPullCommitLogins(gh, repo, n, expected),
    findHeadPushers: (head) => a.findHeadPushers(gh, a.repoRefOf(head.repoFullName), head.ref, head.sha),
    readPolicyFilesAtRef: (ref, path) => a.readPolicyFilesAtRef(gh, repo, ref, path),
    requestReviewers: (n, logins, author) => a.requestReviewers(gh, repo, n, logins, { author }),
    findStickyComment: (n, marker) => a.findStickyComment(gh, repo, n, marker),
    upsertStickyComment: (n, marker, body, existing) =>
      a.upsertStickyComment(gh, repo, n, marker, body, existing === undefined ? {} : { existing }),
    upsertCheckRun: (sha, name, state) => a.upsertCheckRun(gh, repo, sha, name, state),
    identity: githubIdentitySource(gh),
  };
}

/**
 * The real adapters for a command run; each is created once, on first use. `githubTuning` lets
 * tests drop the production spacing of writes (1-3 s apart, GitHub's secondary-limit advice).
 */
export function realDeps(ctx: CommandContext, options: { githubTuning?: GitHubClientTuning } = {}): EscalationDeps {
  let github: Promise<EscalationGitHub> | undefined;
  let incidentio: Promise<EscalationIncidentIo> | undefined;
  return {
    github: () =>
      (github ??= (async () => {
        if (!ctx.inputs.githubToken) {
          throw new MissingInputError(
            'The `github-token` input is empty, and the escalation flow needs the GitHub API',
            'Leave `github-token` at its default (`${{ github.token }}`) and grant the job the permissions listed in docs/escalation.md.',
          );
        }
        const { createGitHubClient } = await import('../github/client.js');
        // graphqlUrl is left to Octokit, which derives it from apiUrl (also on GHES).
        const gh = createGitHubClient({
          token: ctx.inputs.githubToken,
          apiUrl: ctx.run.apiUrl,
          // dry-run: the client itself refuses every write (STYLE.md, the read-only mode).
          readOnly: ctx.inputs.dryRun,
          log: ctx.log,
          ...gitHubRunOptions(ctx),
          ...(options.githubTuning ? { tuning: options.githubTuning } : {}),
        });
        return bindGitHub(gh, ctx.run.repository);
      })()),
    incidentio: () =>
      (incidentio ??= (async () => {
        if (!ctx.inputs.incidentioApiKey) {
          throw new MissingInputError(
            'The `incidentio-api-key` input is empty, so oncall-gate cannot read who is on call or page them',
            'Pass `incidentio-api-key: ${{ secrets.INCIDENTIO_API_KEY }}` to the oncall-gate step (a key with the viewer, incident_creator and incident_editor roles). ' +
              'GitHub gives no repository secrets to workflows of Dependabot pull requests: add the key as a Dependabot secret too, or see "Fork pull requests" in docs/escalation.md.',
          );
        }
        const { createIncidentIoClient } = await import('../incidentio/client.js');
        return createIncidentIoClient({
          baseUrl: ctx.inputs.incidentioApiUrl,
          apiKey: ctx.inputs.incidentioApiKey,
          ...incidentIoRunOptions(ctx),
          readOnly: ctx.inputs.dryRun,
        });
      })()),
  };
}
