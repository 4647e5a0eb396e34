// Commits: the pull requests a deployed commit came from (GET /commits/{sha}/pulls associates
// squash, rebase and merge commits alike; the gate's evidence, docs/escalation.md "3. Gate") and
// the files a push changed (compare).
import type { GitHub, RepoRef } from './client.js';
import { cappedPages } from './paginate.js';
import { fileNames, toPullRequest, type PullRequest } from './pulls.js';
import { gitHubError } from './errors.js';

/** A pull request associated with a commit (GitHub's "pull request simple" shape, mapped). */
export type CommitPull = Omit<PullRequest, 'changedFiles' | 'commits'>;

/**
 * GET /repos/{o}/{r}/commits/{sha}/pulls, every page: the PRs that contain this commit (merged
 * ones carry `mergedAt`; `headSha` is each PR's final head).
 */
export async function listCommitPulls(gh: GitHub, repo: RepoRef, sha: string): Promise<CommitPull[]> {
  return gh.call(
    {
      action: `list the pull requests associated with commit ${sha}`,
      permission: 'pull-requests: read',
      write: false,
      notFound: `commit ${sha} in ${repo.owner}/${repo.repo}`,
    },
    async (o) => {
      const pulls: CommitPull[] = [];
      for await (const page of cappedPages(
        o.paginate.iterator('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', {
          ...repo,
          commit_sha: sha,
          per_page: 100,
        }),
        'the pull requests of the commit',
      )) {
        for (const p of page.data) {
          const { changedFiles: _files, commits: _commits, ...pull } = toPullRequest(p as Parameters<typeof toPullRequest>[0]);
          pulls.push(pull);
        }
      }
      return pulls;
    },
  );
}

export interface Comparison {
  /** Every changed path, renamed files under both names. */
  files: string[];
  /** ahead | behind | identical | diverged */
  status: string;
  totalCommits: number;
  /**
   * GitHub lists at most 300 files for a comparison (REST "Compare two commits"); true when that
   * many came back, so some may be missing. Callers that look for policy changes must then assume
   * there were some.
   */
  truncated: boolean;
}

/** GitHub's cap on the files of a comparison. */
export const COMPARE_FILES_MAX = 300;

const ZERO_SHA = /^0+$/;

/** GET /repos/{o}/{r}/compare/{base}...{head}: the files a push changed. */
export async function compareCommits(gh: GitHub, repo: RepoRef, base: string, head: string): Promise<Comparison> {
  if (!base || ZERO_SHA.test(base)) {
    // A push that creates a branch has `before` = 40 zeros: there is nothing to compare with.
    throw gitHubError(
      'rejected',
      `Cannot compare commits: the base "${base}" is not a commit (a push that creates a branch has no "before").`,
      'Treat a new branch as "everything changed", or compare with the default branch instead.',
    );
  }
  return gh.call(
    {
      action: `compare ${base}...${head}`,
      permission: 'contents: read',
      write: false,
      notFound: `commit ${base} or ${head} in ${repo.owner}/${repo.repo}`,
    },
    async (o) => {
      // The file list is only on the first page of a comparison, so one request is enough.
      const res = await o.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
        ...repo,
        basehead: `${base}...${head}`,
      });
      const raw = res.data.files ?? [];
      const files = fileNames(
        raw.map((f) => ({ filename: f.filename, ...(f.previous_filename ? { previousFilename: f.previous_filename } : {}) })),
      );
      return {
        files,
        status: res.data.status,
        totalCommits: res.data.total_commits,
        truncated: raw.length >= COMPARE_FILES_MAX,
      };
    },
  );
}
