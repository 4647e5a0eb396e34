// Pull requests: fresh PR data (decisions never trust the event payload's head SHA: a re-run
// replays the old payload), changed files, and review requests.
import type { GitHub, RepoRef } from './client.js';
import { cappedPages } from './paginate.js';
import { isServiceError } from '../errors.js';

export interface PullRequest {
  number: number;
  title: string;
  /** '' when the PR has no description. */
  body: string;
  state: 'open' | 'closed';
  merged: boolean;
  /** RFC 3339, or null when not merged. */
  mergedAt: string | null;
  /**
   * Merged: the commit the merge produced on the base branch (the merge commit, the squashed
   * commit, or the last rebased commit); the gate's only evidence for a deploy. null otherwise, and
   * when GitHub gives none.
   */
  mergeCommitSha: string | null;
  baseRef: string;
  baseSha: string;
  /** The head branch name (`head.ref`), in the head repository. */
  headRef: string;
  headSha: string;
  /** A draft pull request: it never pages anyone until it is marked ready for review. */
  draft: boolean;
  authorLogin: string;
  /** 'User' | 'Bot' | 'Organization' as GitHub reports it ('' for a deleted account). */
  authorType: string;
  labels: string[];
  htmlUrl: string;
  /** 'owner/repo' of the head; '' when the head repository was deleted. */
  headRepoFullName: string;
  baseRepoFullName: string;
  /** Head in another repository (or deleted): the token is read-only and secrets are withheld. */
  isFork: boolean;
  /** GitHub's count of changed files (listPullFiles can return at most 3000). */
  changedFiles: number;
  /** GitHub's count of commits (0 when the answer did not say; listPullCommits returns at most 250). */
  commits: number;
}

interface RawUser {
  login?: string;
  type?: string;
}
interface RawPull {
  number: number;
  title?: string;
  body?: string | null;
  state?: string;
  merged?: boolean;
  merged_at?: string | null;
  merge_commit_sha?: string | null;
  draft?: boolean;
  html_url?: string;
  user?: RawUser | null;
  labels?: Array<{ name?: string } | string>;
  base: { ref: string; sha: string; repo?: { full_name?: string } | null };
  head: { ref?: string; sha: string; repo?: { full_name?: string } | null };
  changed_files?: number;
  commits?: number;
}

export function toPullRequest(pr: RawPull): PullRequest {
  const headRepo = pr.head.repo?.full_name ?? '';
  const baseRepo = pr.base.repo?.full_name ?? '';
  return {
    number: pr.number,
    title: pr.title ?? '',
    body: pr.body ?? '',
    state: pr.state === 'closed' ? 'closed' : 'open',
    // `merged` is only on the full pull object; merged_at is on every shape.
    merged: pr.merged === true || (pr.merged === undefined && typeof pr.merged_at === 'string'),
    mergedAt: pr.merged_at ?? null,
    // GitHub also fills it for an open pull request (its test merge); only a merged one's counts.
    mergeCommitSha: typeof pr.merge_commit_sha === 'string' && pr.merge_commit_sha !== '' ? pr.merge_commit_sha : null,
    baseRef: pr.base.ref,
    baseSha: pr.base.sha,
    headRef: pr.head.ref ?? '',
    headSha: pr.head.sha,
    // GitHub sends `draft` on every pull request shape; a server without it has no drafts.
    draft: pr.draft === true,
    authorLogin: pr.user?.login ?? '',
    authorType: pr.user?.type ?? '',
    labels: (pr.labels ?? []).flatMap((l) => (typeof l === 'string' ? [l] : l.name ? [l.name] : [])),
    htmlUrl: pr.html_url ?? '',
    headRepoFullName: headRepo,
    baseRepoFullName: baseRepo,
    isFork: headRepo === '' || headRepo.toLowerCase() !== baseRepo.toLowerCase(),
    changedFiles: pr.changed_files ?? 0,
    commits: pr.commits ?? 0,
  };
}

const where = (r: RepoRef): string => `${r.owner}/${r.repo}`;

/** GET /repos/{o}/{r}/pulls/{n}, fresh. */
export async function getPullRequest(gh: GitHub, repo: RepoRef, number: number): Promise<PullRequest> {
  return gh.call(
    {
      action: `read pull request #${number}`,
      permission: 'pull-requests: read',
      write: false,
      notFound: `pull request #${number} in ${where(repo)}`,
    },
    async (o) => {
      const res = await o.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { ...repo, pull_number: number });
      return toPullRequest(res.data as RawPull);
    },
  );
}

export interface PullFile {
  /** Path after the change. */
  filename: string;
  /** Path before a rename or copy (GitHub's `previous_filename`). */
  previousFilename?: string;
  /** added | removed | modified | renamed | copied | changed | unchanged */
  status: string;
}

export interface PullFiles {
  files: PullFile[];
  /** Every path the PR touches: each filename plus each previous name of a rename, deduplicated. */
  names: string[];
  /**
   * GitHub lists at most 3000 files per pull request (REST "List pull requests files"); true when
   * that cap was reached, so paths past it are unknown. Callers that match paths must fail closed.
   */
  truncated: boolean;
}

/** GitHub's cap on GET /pulls/{n}/files. */
export const PULL_FILES_MAX = 3000;

/** Every changed file of a PR (all pages, up to GitHub's 3000-file cap). */
export async function listPullFiles(gh: GitHub, repo: RepoRef, number: number): Promise<PullFiles> {
  return gh.call(
    {
      action: `list the files changed by pull request #${number}`,
      permission: 'pull-requests: read',
      write: false,
      notFound: `pull request #${number} in ${where(repo)}`,
    },
    async (o) => {
      const files: PullFile[] = [];
      for await (const page of cappedPages(
        o.paginate.iterator('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
          ...repo,
          pull_number: number,
          per_page: 100,
        }),
        'the files of the pull request',
      )) {
        for (const f of page.data) {
          files.push({
            filename: f.filename,
            status: f.status,
            ...(f.previous_filename ? { previousFilename: f.previous_filename } : {}),
          });
        }
        if (files.length >= PULL_FILES_MAX) break;
      }
      return { files, names: fileNames(files), truncated: files.length >= PULL_FILES_MAX };
    },
  );
}

/** Both names of renamed files, deduplicated, in first-seen order. */
export function fileNames(files: Array<{ filename: string; previousFilename?: string }>): string[] {
  const seen = new Set<string>();
  for (const f of files) {
    seen.add(f.filename);
    if (f.previousFilename) seen.add(f.previousFilename);
  }
  return [...seen];
}

export interface SkippedReviewer {
  login: string;
  /** author: GitHub forbids requesting the author; bot: cannot review; rejected: GitHub's 422. */
  reason: 'author' | 'bot' | 'rejected';
  /** GitHub's message for `rejected` (usually: not a collaborator of the repository). */
  message?: string;
}

export interface ReviewRequestResult {
  /** Logins GitHub accepted (already-requested ones included: the call is idempotent). */
  requested: string[];
  skipped: SkippedReviewer[];
}

const isBotLogin = (login: string): boolean => /\[bot\]$/i.test(login);

/**
 * The logins a review request asks for, each once (first spelling), and the ones it leaves out:
 * the pull request's author and bots, whom GitHub would refuse.
 */
export function reviewersToRequest(logins: readonly string[], author: string): { wanted: string[]; skipped: SkippedReviewer[] } {
  const skipped: SkippedReviewer[] = [];
  const unique = new Map<string, string>();
  for (const login of logins) {
    const l = login.trim();
    if (l && !unique.has(l.toLowerCase())) unique.set(l.toLowerCase(), l);
  }
  const wanted: string[] = [];
  for (const [lower, login] of unique) {
    if (lower === author.toLowerCase()) skipped.push({ login, reason: 'author' });
    else if (isBotLogin(login)) skipped.push({ login, reason: 'bot' });
    else wanted.push(login);
  }
  return { wanted, skipped };
}

/** The path review requests are POSTed to. */
export const reviewRequestPath = (repo: RepoRef, number: number): string =>
  `/repos/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.repo)}/pulls/${number}/requested_reviewers`;

/**
 * Requests reviews from `logins` (POST /pulls/{n}/requested_reviewers). Skips the PR author
 * (GitHub answers 422 "Review cannot be requested from pull request author") and bot logins.
 * GitHub rejects the whole request with 422 when any login is not a collaborator, so on a 422 each
 * login is retried alone and the ones GitHub refuses are reported in `skipped`, not thrown.
 * `author` avoids a GET of the pull request when the caller already knows it.
 */
export async function requestReviewers(
  gh: GitHub,
  repo: RepoRef,
  number: number,
  logins: string[],
  options: { author?: string } = {},
): Promise<ReviewRequestResult> {
  if (!logins.some((l) => l.trim())) return { requested: [], skipped: [] };
  const author = options.author ?? (await getPullRequest(gh, repo, number)).authorLogin;
  const { wanted, skipped } = reviewersToRequest(logins, author);
  if (wanted.length === 0) return { requested: [], skipped };

  const info = {
    action: `request reviews on pull request #${number}`,
    permission: 'pull-requests: write',
    write: true,
    notFound: `pull request #${number} in ${where(repo)}`,
  };
  const post = (reviewers: string[]): Promise<unknown> =>
    gh.call(info, (o) =>
      o.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', {
        ...repo,
        pull_number: number,
        reviewers,
      }),
    );

  try {
    await post(wanted);
    return { requested: wanted, skipped };
  } catch (error) {
    if (!(isServiceError(error, 'github') && error.status === 422)) throw error;
  }
  const requested: string[] = [];
  for (const login of wanted) {
    try {
      await post([login]);
      requested.push(login);
    } catch (error) {
      if (!(isServiceError(error, 'github') && error.status === 422)) throw error;
      skipped.push({ login, reason: 'rejected', message: error.message });
    }
  }
  return { requested, skipped };
}
