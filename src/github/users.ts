// E-mail lookups for mapping GitHub logins to incident.io users (the identities file's `lookup`).
// Neither is a strong identity: a public e-mail is whatever the user chose to show; verified-domain
// e-mails need an org-capable token (the workflow GITHUB_TOKEN cannot read organization members).
import type { GitHub, RepoRef } from './client.js';
import { gitHubError } from './errors.js';
import { isServiceError } from '../errors.js';
import { LOGIN_PATTERN } from '../policy/schema.js';
import { cappedPages } from './paginate.js';

/**
 * GET /users/{login} `email`: the user's public profile e-mail, or null when they show none or
 * the login does not exist.
 */
export async function getUserPublicEmail(gh: GitHub, login: string): Promise<string | null> {
  try {
    return await gh.call(
      {
        action: `read the public profile of ${login}`,
        permission: 'contents: read',
        write: false,
        notFound: `GitHub user ${login}`,
      },
      async (o) => {
        const res = await o.request('GET /users/{username}', { username: login });
        const email = (res.data as { email?: string | null }).email;
        return typeof email === 'string' && email.trim() !== '' ? email.trim() : null;
      },
    );
  } catch (error) {
    if (isServiceError(error, 'github', 'not-found')) return null;
    throw error;
  }
}

const VERIFIED_EMAILS_QUERY = `query oncallGateVerifiedEmails($login: String!, $org: String!) {
  user(login: $login) {
    organizationVerifiedDomainEmails(login: $org)
  }
}`;

interface GraphqlErrorLike {
  type?: string;
  message?: string;
  path?: Array<string | number>;
}

const orgTokenFix = (login: string): string =>
  `The workflow GITHUB_TOKEN cannot read organization member e-mails. Put an org-capable token in \`github-token\`: a GitHub App installation token with Organization "Members: read", or an organization owner's token with \`read:org\`. Or map ${login} in the identities file (\`users:\`) and drop \`github-verified-domain-email\` from \`lookup\`.`;

/**
 * GraphQL `user(login){ organizationVerifiedDomainEmails(login: org) }`: the user's verified
 * e-mails on the organization's verified domains. [] when the user does not exist or has none.
 * FORBIDDEN / insufficient scopes become a `permission` error that explains the
 * org-capable token this needs.
 */
export async function getVerifiedDomainEmails(gh: GitHub, login: string, org: string): Promise<string[]> {
  const info = {
    action: `read the verified-domain e-mails of ${login} in organization ${org}`,
    permission: 'an org-capable token (GitHub App with Members: read, or read:org)',
    write: false,
    notFound: `GitHub user ${login}`,
  };
  let result: { emails: string[] } | { errors: GraphqlErrorLike[] };
  try {
    result = await gh.call(info, async (o) => {
      try {
        // The object form, because `url` cannot be passed next to a query string.
        const data = await o.graphql<{ user: { organizationVerifiedDomainEmails?: string[] | null } | null }>({
          query: VERIFIED_EMAILS_QUERY,
          login,
          org,
          ...(gh.graphqlUrl ? { url: gh.graphqlUrl } : {}),
        });
        return { emails: data.user?.organizationVerifiedDomainEmails ?? [] };
      } catch (error) {
        // GraphQL reports field errors in `errors[]` with HTTP 200; Octokit throws them as a
        // GraphqlResponseError carrying that array.
        const errors = (error as { name?: unknown; errors?: unknown }).errors;
        if ((error as { name?: unknown }).name === 'GraphqlResponseError' && Array.isArray(errors)) {
          return { errors: errors as GraphqlErrorLike[] };
        }
        throw error;
      }
    });
  } catch (error) {
    if (isServiceError(error, 'github') && error.status === 403) {
      throw gitHubError(
        'permission',
        `GitHub refused to ${info.action} (403)${error.call ? ` (${error.call})` : ''}.`,
        orgTokenFix(login),
        error.status,
        error.call,
      );
    }
    throw error;
  }
  if ('emails' in result) return result.emails;

  const errors = result.errors;
  // An unknown login is NOT_FOUND on `user`: no e-mails, like a user without any.
  if (errors.every((e) => e.type === 'NOT_FOUND')) return [];
  const denied = errors.find((e) => e.type === 'FORBIDDEN' || e.type === 'INSUFFICIENT_SCOPES');
  if (denied) {
    throw gitHubError(
      'permission',
      `GitHub refused to ${info.action} (${denied.type}: ${denied.message ?? 'forbidden'}).`,
      orgTokenFix(login),
    );
  }
  throw gitHubError(
    'bad-response',
    `GitHub's GraphQL API failed to ${info.action}: ${errors.map((e) => e.message ?? e.type ?? '?').join('; ')}.`,
    'Re-run the job; if it fails again, map the login in the identities file (`users:`) instead.',
  );
}

/**
 * getVerifiedDomainEmails for the identity resolver: a refusal (the token may not read them)
 * means "this lookup is unavailable to this token", so the resolver goes on to the next one;
 * any other failure still fails.
 */
export async function verifiedDomainEmailsOrForbidden(gh: GitHub, login: string, org: string): Promise<string[] | { forbidden: true }> {
  try {
    return await getVerifiedDomainEmails(gh, login, org);
  } catch (error) {
    if (isServiceError(error, 'github', 'permission')) return { forbidden: true };
    throw error;
  }
}

/** A GitHub account: its login as GitHub spells it, and whether it is a user, a bot or an organization. */
export interface GitHubAccount {
  login: string;
  type: string;
}

const LOGIN = new RegExp(LOGIN_PATTERN);

/**
 * GET /users/{login}: the account, or null when there is none. GitHub compares logins without
 * regard to case and answers with its own spelling. Something that is not shaped like a login is
 * never sent (it could reach another endpoint): it names no account.
 */
export async function getUser(gh: GitHub, login: string): Promise<GitHubAccount | null> {
  if (!LOGIN.test(login)) return null;
  try {
    return await gh.call(
      {
        action: `read the GitHub account ${login}`,
        permission: 'no permission (public data)',
        write: false,
        notFound: `GitHub user ${login}`,
      },
      async (o) => {
        const res = await o.request('GET /users/{username}', { username: login });
        const data = res.data as { login?: unknown; type?: unknown };
        return { login: typeof data.login === 'string' ? data.login : login, type: typeof data.type === 'string' ? data.type : 'User' };
      },
    );
  } catch (error) {
    if (isServiceError(error, 'github', 'not-found')) return null;
    throw error;
  }
}

/** GET /repos/{o}/{r}/assignees, every page: the logins that can be assigned in the repository (its people). */
export async function listAssignees(gh: GitHub, repo: RepoRef): Promise<string[]> {
  return gh.call(
    {
      action: `list the assignees of ${repo.owner}/${repo.repo}`,
      permission: 'issues: read',
      write: false,
      notFound: `repository ${repo.owner}/${repo.repo}`,
    },
    async (o) => {
      const logins: string[] = [];
      for await (const page of cappedPages(
        o.paginate.iterator('GET /repos/{owner}/{repo}/assignees', { ...repo, per_page: 100 }),
        'the assignees of the repository',
        10,
      )) {
        for (const user of page.data) logins.push(user.login);
      }
      return logins;
    },
  );
}
