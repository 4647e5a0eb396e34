// Pull request reviews, all pages, in GitHub's chronological order. Which review counts (latest
// per reviewer, APPROVED on the current head, no bots, a second party) is decided in
// src/decide/review.ts; this returns the facts.
import type { ReviewFact } from '../decide/review.js';
import type { GitHub, RepoRef } from './client.js';
import { cappedPages } from './paginate.js';

/**
 * One review: the facts the decision uses (ReviewFact: `login` '' for a deleted account,
 * `commitId` null when GitHub lost the commit, `submittedAt` null for a PENDING review) and its link.
 */
export interface Review extends ReviewFact {
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
      for await (const page of cappedPages(
        o.paginate.iterator('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
          ...repo,
          pull_number: number,
          per_page: 100,
        }),
        'the reviews of the pull request',
      )) {
        for (const r of page.data) {
          reviews.push({
            id: r.id,
            login: r.user?.login ?? '',
            userType: r.user?.type ?? '',
            // Who has access to the repository: only OWNER, MEMBER and COLLABORATOR reviews count.
            association: typeof r.author_association === 'string' ? r.author_association : '',
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
