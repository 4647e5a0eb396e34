// Sticky PR comments (`<!-- oncall-gate:plan -->`, `<!-- oncall-gate:request -->`, DESIGN.md
// section 5). GitHub has no upsert: page through the issue comments, edit ours, else create one.
import type { GitHub, RepoRef } from './client.js';
import { GitHubError } from './errors.js';
import { capText, COMMENT_BODY_MAX } from './text.js';

export interface StickyCommentResult {
  id: number;
  url: string;
  /** true when a new comment was posted. */
  created: boolean;
  /** true when an existing comment was edited (false when its body was already identical). */
  updated: boolean;
}

export interface StickyCommentOptions {
  /** Link to the full text (the run's step summary), used in the truncation note. */
  summaryUrl?: string;
  /**
   * Only edit comments by exactly this bot login (e.g. "github-actions[bot]"). By default any bot
   * account qualifies (see isBotAuthor).
   */
  botLogin?: string;
}

/**
 * Whether a comment's author may be the action itself. A comment is ours only when GitHub marks
 * the author as a bot (`user.type === 'Bot'`) AND the login ends in `[bot]`: GitHub App accounts,
 * including `github-actions[bot]` behind the default GITHUB_TOKEN, always have both, and no human
 * account can (`[` is not allowed in user logins). Any `[bot]` login is accepted, not only
 * github-actions[bot], so an App token in `github-token` keeps editing its own comment. We cannot
 * ask GitHub who we are: `GET /user` is not available to installation tokens.
 */
export function isBotAuthor(user: { login?: string; type?: string } | null | undefined, botLogin?: string): boolean {
  if (!user?.login || user.type !== 'Bot' || !/\[bot\]$/i.test(user.login)) return false;
  return botLogin === undefined || user.login.toLowerCase() === botLogin.toLowerCase();
}

/** The body as it will be posted: marker first if missing, capped below 65,536 characters. */
export function stickyCommentBody(marker: string, body: string, summaryUrl?: string): string {
  const withMarker = body.includes(marker) ? body : `${marker}\n${body}`;
  const where = summaryUrl ? `[the step summary of this run](${summaryUrl})` : "the workflow run's step summary";
  const note = `> [!NOTE]\n> This comment was cut to fit GitHub's ${COMMENT_BODY_MAX.toLocaleString('en-US')}-character limit; the full text is in ${where}.`;
  let capped = capText(withMarker, COMMENT_BODY_MAX, note);
  // The marker must survive truncation, or the next run would post a second comment.
  if (!capped.includes(marker)) capped = `${marker}\n${capText(withMarker, COMMENT_BODY_MAX - marker.length - 1, note)}`;
  return capped;
}

/**
 * Creates or edits the PR comment carrying `marker`. Only a comment that contains the marker and
 * was written by a bot account is edited (the first one, oldest first); a human's comment that
 * quotes the marker is never touched. Needs `pull-requests: write` (or `issues: write`).
 */
export async function upsertStickyComment(
  gh: GitHub,
  repo: RepoRef,
  number: number,
  marker: string,
  body: string,
  options: StickyCommentOptions = {},
): Promise<StickyCommentResult> {
  if (marker.trim() === '') {
    throw new GitHubError(
      'validation',
      'A sticky comment needs a non-empty marker.',
      'Pass a marker such as `<!-- oncall-gate:plan -->`.',
    );
  }
  const text = stickyCommentBody(marker, body, options.summaryUrl);
  const onPr = `pull request #${number} in ${repo.owner}/${repo.repo}`;

  const existing = await gh.call(
    {
      action: `read the comments of pull request #${number}`,
      permission: 'pull-requests: read',
      altPermission: 'issues: read',
      write: false,
      notFound: onPr,
    },
    async (o) => {
      for await (const page of o.paginate.iterator('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        ...repo,
        issue_number: number,
        per_page: 100,
      })) {
        const mine = page.data.find((c) => (c.body ?? '').includes(marker) && isBotAuthor(c.user, options.botLogin));
        if (mine) return { id: mine.id, url: mine.html_url, body: mine.body ?? '' };
      }
      return undefined;
    },
  );

  if (existing) {
    if (existing.body === text) return { id: existing.id, url: existing.url, created: false, updated: false };
    return gh.call(
      {
        action: `update the oncall-gate comment on pull request #${number}`,
        permission: 'pull-requests: write',
        altPermission: 'issues: write',
        write: true,
        notFound: `comment ${existing.id} on ${onPr}`,
      },
      async (o) => {
        const res = await o.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
          ...repo,
          comment_id: existing.id,
          body: text,
        });
        return { id: Number(res.data.id), url: res.data.html_url, created: false, updated: true };
      },
    );
  }

  return gh.call(
    {
      action: `comment on pull request #${number}`,
      permission: 'pull-requests: write',
      altPermission: 'issues: write',
      write: true,
      notFound: onPr,
    },
    async (o) => {
      const res = await o.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        ...repo,
        issue_number: number,
        body: text,
      });
      return { id: Number(res.data.id), url: res.data.html_url, created: true, updated: false };
    },
  );
}
