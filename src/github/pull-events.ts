// What a pull request's issue events say about its reviews (GET /issues/{n}/events; only this
// endpoint lists these two, not the timeline):
// - `base_ref_changed`: when its base branch was last changed. An approval given before it
//   approved the diff against the former base, which may leave out commits the new base does not
//   have; the head, and so the review's commit, stays the same, so only this event tells.
// - `review_dismissed`: which dismissed reviews requested changes. GitHub lists a dismissed
//   review as DISMISSED whatever it was; a dismissed change request still denies
//   (src/decide/review.ts), since anyone with write access, the author too, can dismiss one.
import type { GitHub, RepoRef } from './client.js';
import { gitHubError } from './errors.js';
import { cappedPages } from './paginate.js';

export interface PullEvents {
  /** The latest `base_ref_changed` (RFC 3339), or null when the base branch was never changed. */
  baseChangedAt: string | null;
  /** The IDs of dismissed reviews that requested changes. */
  dismissedChangeRequests: number[];
}

interface RawIssueEvent {
  event?: unknown;
  created_at?: unknown;
  dismissed_review?: { state?: unknown; review_id?: unknown } | null;
}

const FIX = 'Re-run the job. If it happens again, check that GITHUB_API_URL points at the GitHub API (a proxy may be rewriting answers).';

/**
 * GET /repos/{o}/{r}/issues/{n}/events, every page. A base change without a valid time, or a
 * dismissal that does not say which review, is an error: either could hide a reason an approval
 * does not count.
 */
export async function readPullEvents(gh: GitHub, repo: RepoRef, number: number): Promise<PullEvents> {
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
      const dismissed = new Set<number>();
      for await (const page of cappedPages(
        o.paginate.iterator('GET /repos/{owner}/{repo}/issues/{issue_number}/events', { ...repo, issue_number: number, per_page: 100 }),
        'the events of the pull request',
      )) {
        for (const e of page.data as RawIssueEvent[]) {
          if (e.event === 'base_ref_changed') {
            const ms = typeof e.created_at === 'string' ? Date.parse(e.created_at) : NaN;
            if (!Number.isFinite(ms)) {
              throw gitHubError(
                'bad-response',
                `GitHub listed a change of the base branch of pull request #${number} without a valid time (created_at ${JSON.stringify(String(e.created_at)).slice(0, 60)}), so no approval of it can be shown to be of its current diff.`,
                FIX,
              );
            }
            if (!latest || ms > latest.ms) latest = { at: e.created_at as string, ms };
          } else if (e.event === 'review_dismissed') {
            const review = e.dismissed_review;
            const id = review?.review_id;
            const state = typeof review?.state === 'string' ? review.state.trim().toUpperCase() : '';
            if (typeof id !== 'number' || !Number.isSafeInteger(id) || state === '') {
              throw gitHubError(
                'bad-response',
                `GitHub listed a dismissed review of pull request #${number} without its review ID or state, so whether it requested changes is unknown.`,
                FIX,
              );
            }
            if (state === 'CHANGES_REQUESTED') dismissed.add(id);
          }
        }
      }
      return { baseChangedAt: latest?.at ?? null, dismissedChangeRequests: [...dismissed] };
    },
  );
}
