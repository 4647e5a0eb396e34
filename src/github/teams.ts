// Organisation team membership, for an outage fallback's `approverTeams` (policies/README.md,
// "Outage mode"; docs/github.md): does the team exist (GET /orgs/{org}/teams/{team_slug}), and
// which of some logins are its active members (GET /orgs/{org}/teams/{team_slug}/memberships/
// {username}: `state: active`; `pending` is an invitation, a 404 is no member). The workflow's
// GITHUB_TOKEN cannot read either; the `github-teams-token` input carries a token that can.
import type { GitHub } from './client.js';
import { gitHubError } from './errors.js';
import { isServiceError, OncallGateError } from '../errors.js';

const TEAMS_TOKEN_FIX =
  'Pass a token that can read the organisation\'s teams as the `github-teams-token` input: a GitHub App installation token with the organisation permission "Members: read", or a fine-grained token with the same. The workflow\'s GITHUB_TOKEN cannot read team membership.';

/** The logins among `logins` that are active members of `org`'s team `slug`; a team that does not exist is an error. */
export async function activeTeamMembers(gh: GitHub, org: string, slug: string, logins: readonly string[]): Promise<string[]> {
  const info = (action: string) => ({ action, permission: 'organisation Members: read (the `github-teams-token` input)', write: false });
  try {
    await gh.call({ ...info(`read the team ${org}/${slug}`), notFound: `team ${slug} of ${org}` }, (o) =>
      o.request('GET /orgs/{org}/teams/{team_slug}', { org, team_slug: slug }),
    );
    const active: string[] = [];
    for (const login of logins) {
      const state = await gh.call(info(`read whether ${login} is a member of the team ${org}/${slug}`), async (o) => {
        try {
          const res = await o.request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', {
            org,
            team_slug: slug,
            username: login,
          });
          return (res.data as { state?: unknown }).state;
        } catch (error) {
          // A 404 here is "not a member": the team was found above.
          if ((error as { status?: unknown }).status === 404) return undefined;
          throw error;
        }
      });
      if (state === 'active') active.push(login);
    }
    return active;
  } catch (error) {
    if (isServiceError(error, 'github', 'permission', 'auth')) {
      throw new OncallGateError({ ...error.data(), setting: 'github-teams-token', message: error.message, fix: TEAMS_TOKEN_FIX });
    }
    if (isServiceError(error, 'github', 'not-found')) {
      throw gitHubError(
        'not-found',
        `The GitHub team ${slug} of the organisation ${org} does not exist, or the \`github-teams-token\` cannot see it.`,
        'Check the team slug under `whenUnavailable.approverTeams` (the last part of github.com/orgs/<org>/teams/<slug>), and that the token belongs to an app or user of that organisation.',
        404,
      );
    }
    throw error;
  }
}
