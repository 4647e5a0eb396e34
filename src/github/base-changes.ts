// When a pull request's base branch was last changed (GitHub's `base_ref_changed` issue event):
// an approval given before it approved the diff against the former base, which may leave out
// commits the new base does not have (src/decide/review.ts). The head, and so the review's
// commit, stays the same, so only this event tells.
import type { GitHub, RepoRef } from './client.js';
import { gitHubError } from './errors.js';
import { cappedPages } from './paginate.js';

interface RawIssueEvent {
  event?: unknown;
  created_at?: unknown;
}

/**
 * GET /repos/{o}/{r}/issues/{n}/events, every page: the time of the latest `base_ref_changed`
 * event (RFC 3339), or null when the base branch was never changed. An event without a valid time
 * is an error: a change whose time is unknown could postdate any approval.
 */
export async function lastBaseChange(gh: GitHub, repo: RepoRef, number: number): Promise<string | null> {
  return gh.call(
    {
      action: `list the events of pull request #${number}`,
      permission: 'pull-requests: read',
      altPermission: 'issues: read',
      write: false,
      notFound: `pull request #${number} in ${repo.owner}/${repo.repo}`,
    },
    async (o) => {
      let latest: { at: string; ms: number } | null = null;
      for await (const page of cappedPages(
        o.paginate.iterator('GET /repos/{owner}/{repo}/issues/{issue_number}/events', { ...repo, issue_number: number, per_page: 100 }),
        'the events of the pull request',
      )) {
        for (const e of page.data as RawIssueEvent[]) {
          if (e.event !== 'base_ref_changed') continue;
          const ms = typeof e.created_at === 'string' ? Date.parse(e.created_at) : NaN;
          if (!Number.isFinite(ms)) {
            throw gitHubError(
              'bad-response',
              `GitHub listed a change of the base branch of pull request #${number} without a valid time (created_at ${JSON.stringify(String(e.created_at)).slice(0, 60)}), so no approval of it can be shown to be of its current diff.`,
              'Re-run the job. If it happens again, check that GITHUB_API_URL points at the GitHub API (a proxy may be rewriting answers).',
            );
          }
          if (!latest || ms > latest.ms) latest = { at: e.created_at as string, ms };
        }
      }
      return latest?.at ?? null;
    },
  );
}
