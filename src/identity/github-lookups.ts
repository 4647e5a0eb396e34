// The GitHub side of identity resolution (NOTES.md section 3.5), bound to one client: the public
// profile email, and the organization's verified-domain emails, where a FORBIDDEN answer means
// "this token cannot use that lookup" (the resolver goes on to the next), not a failure.
import type { GitHub } from '../github/client.js';
import { GitHubError } from '../github/errors.js';
import { getUserPublicEmail, getVerifiedDomainEmails } from '../github/users.js';
import type { GitHubIdentitySource } from './resolve-identity.js';

export function githubIdentitySource(gh: GitHub): GitHubIdentitySource {
  return {
    publicEmail: (login) => getUserPublicEmail(gh, login),
    verifiedDomainEmails: async (login, org) => {
      try {
        return await getVerifiedDomainEmails(gh, login, org);
      } catch (error) {
        if (error instanceof GitHubError && error.kind === 'permission') return { forbidden: true };
        throw error;
      }
    },
  };
}
