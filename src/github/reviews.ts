// Pull request reviews, all pages, in GitHub's chronological order. Which review counts (latest
// per reviewer, APPROVED on the current head, no bots, not the author) is decided elsewhere
// (DESIGN.md section 4); this returns the facts.
import type { GitHub, RepoRef } from './client.js';

export interface Review {
  id: number;
  /** '' when the reviewer's account was deleted (GitHub returns `user: null`). */
  login: string;
  /** 'User' | 'Bot' | ... ('' for a deleted account). */
  userType: string;
  /** As the REST API gives it: APPROVED | CHANGES_REQUESTED | COMMENTED | DISMISSED | PENDING. */
  state: string;
  /** The commit reviewed; null when GitHub lost it (garbage-collected or force-pushed away). */
  commitId: string | null;
  /** RFC 3339; null for a PENDING review. */
  submittedAt: string | null;
  htmlUrl: string;
}

/** GET /repos/{o}/{r}/pulls/{n}/reviews, every page (oldest first). */
export async function listReviews(gh: GitHub, repo: RepoRef, number: number): Promise<Review[]> {
  return gh.call(
    {
      action: `list the reviews of pull request #${number}`,
      permission: 'pull-requests: read',
      write: false,
      notFound: `pull request #${number} in ${repo.owner}/${repo.repo}`,
    },
    async (o) => {
      const reviews: Review[] = [];
      for await (const page of o.paginate.iterator('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
        ...repo,
        pull_number: number,
        per_page: 100,
      })) {
        for (const r of page.data) {
          reviews.push({
            id: r.id,
            login: r.user?.login ?? '',
            userType: r.user?.type ?? '',
            state: r.state,
            commitId: r.commit_id ?? null,
            submittedAt: r.submitted_at ?? null,
            htmlUrl: r.html_url,
          });
        }
      }
      return reviews;
    },
  );
}
