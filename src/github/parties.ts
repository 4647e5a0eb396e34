// The facts behind "nobody approves their own change": the GitHub accounts linked to a pull
// request's commits, and who pushed its head commit. Git's author and committer fields are free
// text anyone can set, so the logins GitHub links to them can only ever disqualify a reviewer;
// who pushed comes from GitHub itself (the repository activity log), never from the commits.
import type { GitHub, RepoRef } from './client.js';
import { cappedPages } from './paginate.js';
import { isServiceError } from '../errors.js';

/** GitHub lists at most this many commits of a pull request (REST "List commits on a pull request"). */
export const PULL_COMMITS_MAX = 250;

export interface PullCommitLogins {
  /** Logins GitHub linked as author or committer of some commit, once each (first spelling kept). */
  logins: string[];
  /** Commits listed. */
  listed: number;
  /** The list may be incomplete: GitHub's cap was reached, or the pull request says it has more. */
  truncated: boolean;
}

interface RawCommit {
  author?: { login?: unknown } | null;
  committer?: { login?: unknown } | null;
}

/**
 * GET /repos/{o}/{r}/pulls/{n}/commits, every page up to GitHub's cap of 250. `expected` is the
 * pull request's own `commits` count when known, so a shorter list is reported as truncated too.
 * A commit whose email GitHub cannot link to an account has a null `author`/`committer`: it adds
 * nobody (and, since these logins only disqualify, leaving someone out never approves anything).
 */
export async function listPullCommitLogins(gh: GitHub, repo: RepoRef, number: number, expected = 0): Promise<PullCommitLogins> {
  return gh.call(
    {
      action: `list the commits of pull request #${number}`,
      permission: 'pull-requests: read',
      write: false,
      notFound: `pull request #${number} in ${repo.owner}/${repo.repo}`,
    },
    async (o) => {
      const seen = new Map<string, string>();
      let listed = 0;
      for await (const page of cappedPages(
        o.paginate.iterator('GET /repos/{owner}/{repo}/pulls/{pull_number}/commits', {
          ...repo,
          pull_number: number,
          per_page: 100,
        }),
        'the commits of the pull request',
      )) {
        for (const c of page.data as RawCommit[]) {
          listed++;
          for (const who of [c.author, c.committer]) {
            const login = typeof who?.login === 'string' ? who.login.trim() : '';
            if (login && !seen.has(login.toLowerCase())) seen.set(login.toLowerCase(), login);
          }
        }
        if (listed >= PULL_COMMITS_MAX) break;
      }
      return { logins: [...seen.values()], listed, truncated: listed >= PULL_COMMITS_MAX || expected > listed };
    },
  );
}

/** Who pushed a commit to a branch, or why that could not be learned. */
export type HeadPushers = { known: true; logins: string[] } | { known: false; why: string };

interface RawActivity {
  after?: unknown;
  activity_type?: unknown;
  actor?: { login?: unknown } | null;
}

/** How many of a branch's latest activities are searched for the push of its head (one request). */
export const ACTIVITY_PAGE = 100;
/** Pages of the activity log read at most, newest first (five requests for a very busy branch). */
export const ACTIVITY_PAGES = 5;

/**
 * The accounts that pushed `sha` to `branch` of `headRepo`, from GitHub's repository activity log
 * (GET /repos/{o}/{r}/activity?ref=refs/heads/<branch>, newest first): every push, force push or
 * branch creation whose `after` is the commit, among the newest ACTIVITY_PAGES pages (one request
 * for most branches). Any failure (no `contents: read` on the head repository, a fork the token
 * cannot read, a server without the activity log) is `known: false` with the reason, never an
 * error. Unknown is said in the check and the summary; the other second-party rules still apply,
 * so an unknown pusher removes one disqualification (docs/security.md says what that leaves open).
 */
export async function findHeadPushers(gh: GitHub, headRepo: RepoRef | undefined, branch: string, sha: string): Promise<HeadPushers> {
  const short = sha.slice(0, 12);
  if (!headRepo) return { known: false, why: 'the head repository was deleted' };
  if (!branch) return { known: false, why: 'GitHub did not name the head branch' };
  const where = `${headRepo.owner}/${headRepo.repo}`;
  let data: unknown;
  try {
    data = await gh.call(
      {
        action: `list the push activity of ${branch} in ${where}`,
        permission: 'contents: read',
        write: false,
        notFound: `the repository ${where}`,
      },
      async (o) => {
        // Several pages, newest first: burying the head's push under later activity on the branch
        // takes more than a hundred pushes before the pusher becomes unknown.
        const entries: unknown[] = [];
        let pages = 0;
        for await (const page of o.paginate.iterator('GET /repos/{owner}/{repo}/activity', {
          ...headRepo,
          ref: `refs/heads/${branch}`,
          per_page: ACTIVITY_PAGE,
        })) {
          if (!Array.isArray(page.data)) return page.data as unknown;
          entries.push(...(page.data as unknown[]));
          // The page that shows the head's push ends the search: older pages are older pushes.
          if ((page.data as RawActivity[]).some((a) => isPushOf(a, sha))) break;
          if (++pages >= ACTIVITY_PAGES) break;
        }
        return entries;
      },
    );
  } catch (error) {
    if (!isServiceError(error, 'github')) throw error;
    const answer = error.status !== undefined ? `it answered ${error.status}` : `the request failed (${error.kind})`;
    return { known: false, why: `GitHub's activity log of ${where} could not be read: ${answer}` };
  }
  if (!Array.isArray(data)) return { known: false, why: `GitHub's activity log of ${where} was not a list` };
  const pushes = (data as RawActivity[]).filter((a) => isPushOf(a, sha));
  if (pushes.length === 0) {
    return {
      known: false,
      why: `GitHub's activity log of ${branch} in ${where} shows no push of ${short} among its ${ACTIVITY_PAGE * ACTIVITY_PAGES} latest entries`,
    };
  }
  const logins = pushes.map((p) => (typeof p.actor?.login === 'string' ? p.actor.login.trim() : ''));
  // A push by an account that no longer exists cannot be compared with anyone.
  if (logins.some((l) => l === '')) return { known: false, why: `the push of ${short} was made by an account GitHub no longer shows` };
  return { known: true, logins: [...new Map(logins.map((l) => [l.toLowerCase(), l])).values()] };
}

/** An activity that put `sha` at the tip of the branch (a push, a force push, the branch's creation). */
function isPushOf(a: RawActivity, sha: string): boolean {
  return (
    typeof a === 'object' &&
    a !== null &&
    typeof a.after === 'string' &&
    a.after.toLowerCase() === sha.toLowerCase() &&
    a.activity_type !== 'branch_deletion'
  );
}

/** "owner/repo" -> RepoRef; undefined for '' (a deleted fork) or anything else malformed. */
export function repoRefOf(fullName: string): RepoRef | undefined {
  const [owner, repo, ...rest] = fullName.split('/');
  return owner && repo && rest.length === 0 ? { owner, repo } : undefined;
}
