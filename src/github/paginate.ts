// Every list the action reads from GitHub is paged with a cap: a server (or a proxy) that keeps
// answering "next page" must not keep a deploy job reading for ever. No list oncall-gate reads
// comes near the cap (100 pages of 100: reviews, comments, check runs, the PRs of a commit).
import { gitHubError } from './errors.js';

export const MAX_PAGES = 100;

/** The pages of `pages`, failing with a clear error after `maxPages` of them. */
export async function* cappedPages<T>(pages: AsyncIterable<T>, what: string, maxPages = MAX_PAGES): AsyncGenerator<T> {
  let count = 0;
  for await (const page of pages) {
    count++;
    if (count > maxPages) {
      throw gitHubError(
        'too-large',
        `GitHub kept answering with more pages of ${what}: over ${maxPages} pages, so oncall-gate stopped reading rather than decide on part of the list.`,
        'Check GITHUB_API_URL (a proxy may be repeating pages); if the list really is that long, report it with this message.',
      );
    }
    yield page;
  }
}
