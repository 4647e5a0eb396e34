// App mode's part of the composition root (src/compose.ts builds every other client): the App's
// own client, which signs the App's JWT and asks for installation tokens limited to one repository
// (src/github/app-auth.ts). Each deployment is then decided through compose.ts's createContext,
// with such a token as the GitHub token. A module of its own, imported only by src/app/, so that
// neither the App's client nor its libraries are bundled into the action (dist/index.js).
import type { AppAuth, AppAuthOptions } from './github/app-auth.js';
import type { Logger } from './log.js';

/** The App's own client, loaded on first use. */
export function createAppAuthority(settings: Omit<AppAuthOptions, 'log'> & { log?: Logger }): AppAuth {
  let auth: Promise<AppAuth> | undefined;
  const load = (): Promise<AppAuth> =>
    (auth ??= import('./github/app-auth.js').then(({ createAppAuth }) =>
      createAppAuth({ ...settings, ...(settings.log ? { log: settings.log } : {}) }),
    ));
  return {
    installationToken: async (id, repo) => (await load()).installationToken(id, repo),
    installations: async () => (await load()).installations(),
    repositories: async (id) => (await load()).repositories(id),
  };
}
