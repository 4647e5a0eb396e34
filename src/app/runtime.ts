// App mode's process-wide parts, built once from the settings: the App's own client (its JWT and
// installation tokens), the log, the redactor, the policy cache, and for each piece of work (one
// delivery, one repository of a sweep) a scope with a token limited to one repository, its own
// API deadline and its own redactor. Both hosts (node-host.ts, lambda.ts) and the sweep share it.
import { createApiDeadline, type ApiDeadline } from '../api-deadline.js';
import type { Clock } from '../clock.js';
import { createServices, type ServiceTuning } from '../compose.js';
import { createAppAuthority } from '../compose-app.js';
import type { Context, Services } from '../context.js';
import type { AppAuth } from '../github/app-auth.js';
import type { GitHubPort } from '../github/port.js';
import type { Logger } from '../log.js';
import { createRedactor, type Redactor } from '../redact.js';
import { OncallGateError } from '../errors.js';
import { configSecrets, type AppConfig } from './config.js';
import { deploymentContext, PolicyFileCache, withPolicyCache, type DeploymentFacts } from './deployment-context.js';
import type { RepoName } from './deliveries.js';

/** The server's log: one line per delivery and per sweep at `info`; the gate's own lines at `debug`. */
export interface AppLog {
  info(line: string): void;
  warning(line: string): void;
  debug(line: string): void;
}

export interface AppTuning {
  services?: ServiceTuning;
  /** Retries of the App's own requests (installation tokens, installations). */
  appAuth?: { retries?: number; retryBaseMs?: number };
}

export interface AppRuntimeOptions {
  config: AppConfig;
  clock: Clock;
  /** Where log lines go (already redacted). */
  write(line: string): void;
  /** Print the gate's own lines too. */
  debug?: boolean;
  tuning?: AppTuning;
}

/** One repository under a token limited to it, for one piece of work; dispose() when done. */
export interface RepositoryScope {
  readonly repository: RepoName;
  readonly port: GitHubPort;
  readonly redactor: Redactor;
  readonly deadline: ApiDeadline;
  /** The gate's context for one deployment of this repository. */
  context(d: Omit<DeploymentFacts, 'repository'>): Context;
  /** `work`, or the scope's deadline error when the deadline passes first. */
  within<T>(work: Promise<T>): Promise<T>;
  dispose(): void;
}

export interface AppRuntime {
  readonly config: AppConfig;
  readonly appId: number;
  readonly clock: Clock;
  readonly log: AppLog;
  readonly redactor: Redactor;
  readonly authority: AppAuth;
  /** A scope for `repo` under the installation; rejects when no token can be had for it. */
  repository(installationId: number, repo: RepoName): Promise<RepositoryScope>;
}

/** Log fields from payloads are data: one line, no control characters, bounded. */
export function logSafe(text: string, max = 200): string {
  const flat = text.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * App mode reads no GitHub team: its installation token is limited to one repository and cannot
 * see an organisation's members, so an outage fallback that names `approverTeams` is an error
 * here (docs/app-mode.md, "Outage mode"), and the deployment is rejected, never approved.
 */
const noTeams = (): Promise<GitHubPort> =>
  Promise.reject(
    new OncallGateError({
      kind: 'policy',
      message:
        'An outage fallback names `approverTeams`, and App mode cannot read team membership (its installation token is limited to the repository)',
      fix: "For the environments the App gates, name the outage fallback's approvers by login (`approvers`), or gate those deployments with the action and its `github-teams-token` input.",
    }),
  );

export function createAppRuntime(o: AppRuntimeOptions): AppRuntime {
  const { config, clock } = o;
  const redactor = createRedactor(configSecrets(config));
  const line =
    (level: string) =>
    (text: string): void =>
      o.write(redactor.redact(`${clock().toISOString()} ${level}${logSafe(text, 2000)}`));
  const log: AppLog = {
    info: line(''),
    warning: line('warning: '),
    debug: o.debug ? line('debug: ') : () => undefined,
  };
  const authority = createAppAuthority({
    appId: config.appId,
    privateKey: config.privateKey,
    apiUrl: config.github.apiUrl,
    redactor,
    log: { info: log.debug, warning: log.warning, debug: log.debug, group: (_n, fn) => fn() },
    ...o.tuning?.appAuth,
  });
  // One redactor per installation token (each token is a secret of its own), kept while it is in use.
  const redactors = new Map<string, Redactor>();
  const redactorFor = (token: string): Redactor => {
    let r = redactors.get(token);
    if (!r) {
      r = createRedactor([...configSecrets(config), token]);
      redactors.set(token, r);
      if (redactors.size > 100) redactors.delete(redactors.keys().next().value ?? '');
    }
    return r;
  };
  const cache = new PolicyFileCache();
  const gateLog = (r: Redactor): Logger => {
    const at = (f: (l: string) => void) => (m: string) => f(r.redact(m));
    return { info: at(log.debug), warning: at(log.warning), debug: at(log.debug), group: (_n, fn) => fn() };
  };

  return {
    config,
    appId: Number(config.appId),
    clock,
    log,
    redactor,
    authority,
    async repository(installationId, repository) {
      const deadline = createApiDeadline(config.apiTimeoutSeconds * 1000);
      const expired = deadline.expired.then(() => Promise.reject(deadline.signal.reason as Error));
      expired.catch(() => undefined);
      const within = <T>(work: Promise<T>): Promise<T> => Promise.race([work, expired]);
      try {
        const token = await within(authority.installationToken(installationId, repository.repo));
        const scoped = redactorFor(token);
        const logger = gateLog(scoped);
        const clients = createServices({
          incidentio: config.incidentio,
          github: { apiUrl: config.github.apiUrl, graphqlUrl: config.github.graphqlUrl, token, repository },
          readOnly: false,
          redactor: scoped,
          deadline,
          log: logger,
          ...(o.tuning?.services ? { tuning: o.tuning.services } : {}),
        });
        const github = clients.github().then((p) => withPolicyCache(p, cache));
        const services: Services = { github: () => github, githubTeams: noTeams, incidentio: clients.incidentio };
        const port = await github;
        return {
          repository,
          port,
          redactor: scoped,
          deadline,
          context: (d) =>
            deploymentContext({
              config,
              deployment: { ...d, repository },
              token,
              clock,
              log: logger,
              redactor: scoped,
              deadline,
              services,
            }),
          within,
          dispose: () => deadline.dispose(),
        };
      } catch (error) {
        deadline.dispose();
        throw error;
      }
    },
  };
}
