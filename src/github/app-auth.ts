// The GitHub App's own credentials (App mode, docs/app-mode.md): the App authenticates with a JWT
// signed by its private key (@octokit/app and @octokit/auth-app do the signing), lists where it is
// installed, and asks for installation tokens. Every token it asks for is limited to one
// repository and to the permissions a deployment decision needs, so a token used for one
// repository can touch no other. Tokens are cached by @octokit/auth-app until shortly before they
// expire (an hour), so a busy repository costs one token request an hour.
import type { ClientLog, RepoRef } from './client.js';
import { gitHubError, toGitHubError } from './errors.js';
import type { Redactor } from '../redact.js';

/** What an installation token of App mode may do: read what the gate reads, answer protection rules. */
export const TOKEN_PERMISSIONS = {
  actions: 'read',
  contents: 'read',
  deployments: 'write',
  metadata: 'read',
  pull_requests: 'read',
} as const;

export interface AppAuthOptions {
  /** The App's ID (a number; GitHub shows it on the App's settings page). */
  appId: string;
  /** The App's private key, PEM. Never logged. */
  privateKey: string;
  /** GITHUB_API_URL. */
  apiUrl: string;
  redactor: Redactor;
  log?: ClientLog;
  /** Retries of 5xx and network failures (default 3) and the base of their waits (default 1000 ms). */
  retries?: number;
  retryBaseMs?: number;
}

export interface Installation {
  id: number;
  /** The organisation (or user) the App is installed on. */
  account: string;
}

export interface InstalledRepository extends RepoRef {
  defaultBranch: string;
}

export interface AppAuth {
  /** An installation token limited to `repo` (of that installation) and TOKEN_PERMISSIONS. */
  installationToken(installationId: number, repo: string): Promise<string>;
  installations(): Promise<Installation[]>;
  repositories(installationId: number): Promise<InstalledRepository[]>;
}

/** No list of installations or repositories is read past this many entries. */
const MAX_LISTED = 10_000;
const tooMany = (what: string) =>
  gitHubError(
    'too-large',
    `GitHub listed more than ${MAX_LISTED} ${what}; oncall-gate stopped reading.`,
    'Run one App per organisation (docs/app-mode.md).',
  );

type AppModule = typeof import('@octokit/app');
type AppInstance = InstanceType<AppModule['App']>;

export function createAppAuth(options: AppAuthOptions): AppAuth {
  const apiUrl = options.apiUrl.replace(/\/+$/, '');
  const redact = options.redactor.redact;
  let app: Promise<AppInstance> | undefined;
  const load = (): Promise<AppInstance> =>
    (app ??= (async () => {
      const [{ App }, { Octokit }, { retry }] = await Promise.all([
        import('@octokit/app'),
        import('@octokit/core'),
        import('@octokit/plugin-retry'),
      ]);
      const log = options.log;
      const AppOctokit = Octokit.plugin(retry).defaults({
        baseUrl: apiUrl,
        userAgent: 'oncall-gate-app',
        retry: {
          retries: options.retries ?? 3,
          retryAfterBaseValue: options.retryBaseMs ?? 1000,
          doNotRetry: [400, 401, 403, 404, 422, 429],
        },
        log: {
          debug: (m: string) => log?.debug(redact(m)),
          info: (m: string) => log?.debug(redact(m)),
          warn: (m: string) => log?.warning(redact(m)),
          error: (m: string) => log?.warning(redact(m)),
        },
      });
      return new App({ appId: options.appId, privateKey: options.privateKey, Octokit: AppOctokit }) as unknown as AppInstance;
    })());

  const call = async <T>(action: string, permission: string, fn: (a: AppInstance) => Promise<T>): Promise<T> => {
    try {
      return await fn(await load());
    } catch (error) {
      throw toGitHubError(error, { action, permission, write: false }, apiUrl, redact);
    }
  };

  return {
    installationToken: (installationId, repo) =>
      call(`get an installation token of installation ${installationId} for ${repo}`, 'the App installed on that repository', async (a) => {
        const auth = (await a.octokit.auth({
          type: 'installation',
          installationId,
          repositoryNames: [repo],
          permissions: { ...TOKEN_PERMISSIONS },
        })) as { token: string };
        return auth.token;
      }),
    installations: () =>
      call('list the installations of the App', 'the App itself (its JWT)', async (a) => {
        const out: Installation[] = [];
        for await (const { installation } of a.eachInstallation.iterator()) {
          out.push({ id: installation.id, account: (installation.account as { login?: string } | null)?.login ?? '' });
          if (out.length > MAX_LISTED) throw tooMany('installations of the App');
        }
        return out;
      }),
    repositories: (installationId) =>
      call(`list the repositories of installation ${installationId}`, 'the App installed on them', async (a) => {
        const out: InstalledRepository[] = [];
        for await (const { repository } of a.eachRepository.iterator({ installationId })) {
          out.push({ owner: repository.owner.login, repo: repository.name, defaultBranch: repository.default_branch ?? '' });
          if (out.length > MAX_LISTED) throw tooMany(`repositories of installation ${installationId}`);
        }
        return out;
      }),
  };
}
