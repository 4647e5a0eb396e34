// Sticky PR comments (`<!-- oncall-gate:plan -->`, `<!-- oncall-gate:request -->`: one comment per
// kind that later runs edit in place, only ever our own bot's). GitHub has no upsert: page through
// the issue comments, edit ours, else create one.
import type { GitHub, RepoRef } from './client.js';
import { cappedPages } from './paginate.js';
import { capText, COMMENT_BODY_MAX } from './text.js';
import { gitHubError } from './errors.js';

export interface StickyCommentResult {
  id: number;
  url: string;
  /** true when a new comment was posted. */
  created: boolean;
  /** true when an existing comment was edited (false when its body was already identical). */
  updated: boolean;
}

/**
 * The account the default `github-token` (the workflow's GITHUB_TOKEN) writes as. Sticky comments
 * are only ever edited when this account wrote them, unless StickyCommentOptions.botLogin names
 * the bot of another token.
 */
export const DEFAULT_COMMENT_BOT = 'github-actions[bot]';

export interface StickyCommentOptions {
  /** Link to the full text (the run's step summary), used in the truncation note. */
  summaryUrl?: string;
  /**
   * The bot account whose marked comment may be edited (default github-actions[bot], the
   * GITHUB_TOKEN). Set it to the App's bot login (`<app-slug>[bot]`) when `github-token` holds a
   * GitHub App token; with another token the action would otherwise post a new comment each run.
   */
  botLogin?: string;
}

/**
 * Whether a comment's author is a bot account, and `botLogin` when one is given. A bot is marked
 * by GitHub as such (`user.type === 'Bot'`) AND has a login ending in `[bot]`: GitHub App accounts,
 * including `github-actions[bot]` behind the default GITHUB_TOKEN, always have both, and no human
 * account can (`[` is not allowed in user logins).
 */
export function isBotAuthor(user: { login?: string; type?: string } | null | undefined, botLogin?: string): boolean {
  if (!user?.login || user.type !== 'Bot' || !/\[bot\]$/i.test(user.login)) return false;
  return botLogin === undefined || user.login.toLowerCase() === botLogin.toLowerCase();
}

/**
 * The login this token writes as, from GraphQL `viewer` (an App installation token answers with its
 * `<app-slug>[bot]`); undefined when GitHub will not say (`GET /user` is not open to such tokens).
 */
export async function tokenBotLogin(gh: GitHub): Promise<string | undefined> {
  try {
    return await gh.call(
      { action: 'ask GitHub which account this token writes as', permission: 'none', write: false, notFound: 'the token viewer' },
      async (o) => (await o.graphql<{ viewer?: { login?: string } }>({ query: 'query { viewer { login } }' })).viewer?.login,
    );
  } catch {
    return undefined;
  }
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

/** An existing comment of ours. */
export interface OwnComment {
  id: number;
  url: string;
  body: string;
}

/**
 * The PR comment carrying `marker` that our own bot account wrote (options.botLogin, default
 * github-actions[bot]; with a GitHub App token, the App's bot as GraphQL `viewer` names it, asked
 * only when such a comment exists), the first one, oldest first; undefined when there is none.
 * Any other author's comment that carries the marker is never ours: not a human's that quotes
 * it, and not another GitHub App's, which anyone able to make that app echo text (a chat-ops or
 * CI bot quoting a PR author) could plant ahead of ours; editing it would put our text under an
 * author who can rewrite it afterwards, and reading it would take their word for what we wrote.
 * Needs `pull-requests: read` (or `issues: read`).
 */
export async function findStickyComment(
  gh: GitHub,
  repo: RepoRef,
  number: number,
  marker: string,
  options: Pick<StickyCommentOptions, 'botLogin'> = {},
): Promise<OwnComment | undefined> {
  const ourBot = options.botLogin?.trim() || DEFAULT_COMMENT_BOT;
  const onPr = `pull request #${number} in ${repo.owner}/${repo.repo}`;
  const otherBots: (OwnComment & { login: string })[] = [];
  const existing = await gh.call(
    {
      action: `read the comments of pull request #${number}`,
      permission: 'pull-requests: read',
      altPermission: 'issues: read',
      write: false,
      notFound: onPr,
    },
    async (o) => {
      for await (const page of cappedPages(
        o.paginate.iterator('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
          ...repo,
          issue_number: number,
          per_page: 100,
        }),
        'the comments of the pull request',
      )) {
        const mine = page.data.find((c) => (c.body ?? '').includes(marker) && isBotAuthor(c.user, ourBot));
        if (mine) return { id: mine.id, url: mine.html_url, body: mine.body ?? '' };
        for (const c of page.data) {
          if (c.user && (c.body ?? '').includes(marker) && isBotAuthor(c.user))
            otherBots.push({ id: c.id, url: c.html_url, body: c.body ?? '', login: c.user.login });
        }
      }
      return undefined;
    },
  );
  if (existing) return existing;
  // A marked comment by another bot is ours only when that bot is who this token writes as (a
  // GitHub App token in `github-token`). Asked only in that case, so the default token pays nothing.
  if (!options.botLogin && otherBots.length > 0) {
    const self = await tokenBotLogin(gh);
    const ours = self ? otherBots.find((c) => c.login.toLowerCase() === self.toLowerCase()) : undefined;
    if (ours) return { id: ours.id, url: ours.url, body: ours.body };
  }
  return undefined;
}

/**
 * Creates or edits the PR comment carrying `marker`: the one findStickyComment returns (or
 * options.existing, when the caller already looked it up: `null` means it found none). Needs
 * `pull-requests: write` (or `issues: write`).
 */
export async function upsertStickyComment(
  gh: GitHub,
  repo: RepoRef,
  number: number,
  marker: string,
  body: string,
  options: StickyCommentOptions & { existing?: OwnComment | null } = {},
): Promise<StickyCommentResult> {
  if (marker.trim() === '') {
    throw gitHubError('rejected', 'A sticky comment needs a non-empty marker.', 'Pass a marker such as `<!-- oncall-gate:plan -->`.');
  }
  const onPr = `pull request #${number} in ${repo.owner}/${repo.repo}`;
  const existing =
    options.existing === undefined ? await findStickyComment(gh, repo, number, marker, options) : (options.existing ?? undefined);
  const request = stickyCommentRequest(repo, number, marker, body, existing ?? null, options.summaryUrl);

  if (existing) {
    if (!request) return { id: existing.id, url: existing.url, created: false, updated: false };
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
          body: request.body.body,
        });
        return { id: Number(res.data.id), url: res.data.html_url, created: false, updated: true };
      },
    );
  }
  const text = stickyCommentBody(marker, body, options.summaryUrl);

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

/** The one request that writes a sticky comment: a PATCH of ours, or a POST of a new one. */
export interface StickyCommentRequest {
  method: 'PATCH' | 'POST';
  /** e.g. /repos/acme/api/issues/comments/123. */
  path: string;
  body: { body: string };
}

/**
 * The request that makes our comment say `body` (with the marker, capped as it will be posted),
 * given our existing comment (null when none); undefined when that comment already says exactly
 * that, so nothing needs writing.
 */
export function stickyCommentRequest(
  repo: RepoRef,
  number: number,
  marker: string,
  body: string,
  existing: OwnComment | null,
  summaryUrl?: string,
): StickyCommentRequest | undefined {
  const text = stickyCommentBody(marker, body, summaryUrl);
  const base = `/repos/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.repo)}/issues`;
  if (!existing) return { method: 'POST', path: `${base}/${number}/comments`, body: { body: text } };
  if (existing.body === text) return undefined;
  return { method: 'PATCH', path: `${base}/comments/${existing.id}`, body: { body: text } };
}
