// The one place that builds the Octokit client (getOctokit + plugin-retry + plugin-throttling).
// @actions/github and the plugins are imported lazily on the first call: the gate path often
// needs no Octokit call at all and must not pay for loading them at start-up.
import type Bottleneck from 'bottleneck';
import type { RetryOptions } from '@octokit/plugin-retry';
import type { ThrottlingOptions } from '@octokit/plugin-throttling';
import type { ApiDeadline } from '../api-deadline.js';
import { isError, OncallGateError, setting, text } from '../errors.js';
import { createRedactor, type Redactor } from '../redact.js';
import { gitHubError, requestBudgetExceeded, toGitHubError, type CallInfo } from './errors.js';

/** The Octokit instance @actions/github builds (REST methods + paginate + graphql). */
export type Octokit = ReturnType<(typeof import('@actions/github'))['getOctokit']>;

/** The repository a call is about. */
export interface RepoRef {
  owner: string;
  repo: string;
}

/**
 * Retry and rate-limit knobs. The defaults suit a workflow step; tests shrink the delays.
 * Every retry is bounded, and so is each request as a whole. With the defaults a dead API (every
 * attempt times out) is reported after 4 x 10 s + 1 + 4 + 9 s = 54 s, and no request, rate-limit
 * waits included, takes longer than maxRequestMs (90 s): long enough to wait out one secondary
 * rate limit (GitHub asks for 60 s when it gives no Retry-After), short for a gate that must not
 * hang a deploy job.
 */
export interface GitHubClientTuning {
  /** Retries of 5xx and network failures (plugin-retry; default 3). */
  retries?: number;
  /** plugin-retry waits (retry n)^2 x this many ms (default 1000: 1 s, 4 s, 9 s). */
  retryBaseMs?: number;
  /** Total time one request may take: attempts, retry and rate-limit waits and queueing (default 90 s). */
  maxRequestMs?: number;
  /** Retries after a primary or secondary rate limit (default 2). */
  rateLimitRetries?: number;
  /** A rate-limit wait longer than this is not waited for: the call fails (default 60 s). */
  rateLimitMaxWaitSeconds?: number;
  /** Milliseconds per second of the wait GitHub asks for (default 1000). */
  rateLimitBaseMs?: number;
  /** Secondary limits without Retry-After: seconds to wait (default 60, GitHub's advice). */
  secondaryRateLimitFallbackSeconds?: number;
  /**
   * Per-attempt timeout in ms (default 10000). GitHub itself ends a REST request that takes more
   * than 10 s to process ("Troubleshooting the REST API": timeouts), so waiting longer gains nothing.
   */
  timeoutMs?: number;
  /**
   * plugin-throttling's limiter groups for writes. By default writes are spaced 1 s apart and
   * notification-triggering writes (comments, review requests) 3 s apart, as GitHub's "best
   * practices for using the REST API" ask to avoid secondary rate limits.
   */
  writeLimiter?: Bottleneck.Group;
  notificationLimiter?: Bottleneck.Group;
}

/**
 * Where the client reports retries and rate-limit waits. The run's logger fits; declared here so
 * the adapter does not depend on the layer that binds the logger to the runner or the console.
 */
export interface ClientLog {
  debug(message: string): void;
  warning(message: string): void;
}

const silentLog: ClientLog = { debug() {}, warning() {} };

export interface GitHubClientOptions {
  /** The `github-token` input. Never logged; redacted from every error message. */
  token: string;
  /**
   * The run's redactor (it knows the token and the incident.io key): applied to what is written
   * and to errors. Without one, the client redacts its own token.
   */
  redactor?: Redactor;
  /** The run's deadline for all API work (the action's `api-timeout`): no request starts after it. */
  deadline?: ApiDeadline;
  /** GITHUB_API_URL, e.g. https://api.github.com or https://HOST/api/v3. */
  apiUrl: string;
  /** GITHUB_GRAPHQL_URL; defaults to Octokit's derivation from apiUrl. */
  graphqlUrl?: string;
  /** Refuse every write (the `dry-run` safety net): only GET/HEAD and GraphQL queries pass. */
  readOnly?: boolean;
  log?: ClientLog;
  /** Replaces @actions/github's proxy-aware fetch (tests only: it drops proxy support). */
  fetch?: typeof fetch;
  tuning?: GitHubClientTuning;
}

export interface GitHub {
  readonly apiUrl: string;
  readonly graphqlUrl: string | undefined;
  readonly readOnly: boolean;
  readonly log: ClientLog;
  /**
   * Runs one adapter call: loads Octokit on first use, and turns any failure into a GitHub error (src/errors.ts)
   * that names `info.action`, the request and the fix. Adapter functions use this; callers
   * normally use the typed functions instead.
   */
  call<T>(info: CallInfo, fn: (octokit: Octokit) => Promise<T>): Promise<T>;
}

/** What to do when GitHub says to wait `retryAfterSeconds` (pure, so it is tested on its own). */
export function rateLimitRetryDecision(
  kind: 'primary' | 'secondary',
  retryAfterSeconds: number,
  retryCount: number,
  limits: { retries: number; maxWaitSeconds: number; left?: { seconds: number; ofSeconds: number } },
  call: string,
): { retry: boolean; message: string } {
  const what = kind === 'primary' ? 'rate limit' : 'secondary rate limit';
  if (retryCount >= limits.retries) {
    return { retry: false, message: `GitHub ${what} hit on ${call}; giving up after ${retryCount} retries.` };
  }
  if (retryAfterSeconds > limits.maxWaitSeconds) {
    return {
      retry: false,
      message: `GitHub ${what} hit on ${call}; it asks to wait ${retryAfterSeconds} s, more than the ${limits.maxWaitSeconds} s this action waits, so the call fails.`,
    };
  }
  if (limits.left && retryAfterSeconds >= limits.left.seconds) {
    return {
      retry: false,
      message:
        `GitHub ${what} hit on ${call}; it asks to wait ${retryAfterSeconds} s, more than the ${Math.max(0, Math.floor(limits.left.seconds))} s ` +
        `left of the ${limits.left.ofSeconds} s this action allows for one request, so the call fails.`,
    };
  }
  return {
    retry: true,
    message: `GitHub ${what} hit on ${call}; retrying in ${retryAfterSeconds} s (retry ${retryCount + 1} of ${limits.retries}).`,
  };
}

/** true when a GraphQL document contains a mutation (or subscription) operation. */
export function isGraphqlMutation(query: string): boolean {
  const stripped = query
    .replace(/"""[\s\S]*?"""/g, '""')
    .replace(/"(?:[^"\\\n]|\\.)*"/g, '""')
    .replace(/#[^\n\r]*/g, '');
  return /(^|[^\w$])(mutation|subscription)\b/.test(stripped);
}

interface HookOptions extends Record<string, unknown> {
  method?: string;
  url?: string;
  query?: unknown;
  request?: Record<string, unknown>;
}
type RequestFn = (options: HookOptions) => Promise<unknown>;
interface Hookable {
  hook: { wrap(name: 'request', fn: (request: RequestFn, options: HookOptions) => Promise<unknown>): void };
}

/** Octokit's request options; every other key of a request is a route or body parameter. */
const OPTION_KEYS = new Set(['method', 'url', 'baseUrl', 'headers', 'mediaType', 'request']);
/** Same-origin redirects followed for one read. */
const MAX_REDIRECTS = 3;

const deadlineOf = (opts: HookOptions): number | undefined => {
  const deadline = opts.request?.deadline;
  return typeof deadline === 'number' ? deadline : undefined;
};
const lastFailureOf = (opts: HookOptions): unknown => opts.request?.lastFailure;

/**
 * Octokit hands hooks and limit handlers the route template ("/repos/{owner}/...") with the
 * parameters beside it; fill it in so messages name the real path.
 */
function expandedPath(opts: { url?: string } & Record<string, unknown>): string {
  return pathOf(
    (opts.url ?? '').replace(/\{\?[^}]*\}/g, '').replace(/\{(\w+)\}/g, (_m, k: string) => encodeURIComponent(String(opts[k] ?? ''))),
  );
}

function pathOf(url: string | undefined): string {
  if (!url) return '';
  try {
    return new URL(url, 'http://github.invalid').pathname;
  } catch {
    return url;
  }
}

/**
 * A client for one token. Nothing is loaded or checked until the first call, so building it on
 * the gate path costs nothing when no GitHub call follows.
 */
export function createGitHubClient(options: GitHubClientOptions): GitHub {
  const log = options.log ?? silentLog;
  const apiUrl = options.apiUrl.replace(/\/+$/, '');
  const graphqlUrl = options.graphqlUrl ? options.graphqlUrl.replace(/\/+$/, '') : undefined;
  const readOnly = options.readOnly === true;
  const token = options.token;
  const t = options.tuning ?? {};
  const redactor = options.redactor ?? createRedactor([token]);
  const runDeadline = options.deadline;
  const redact = redactor.redact;
  const apiOrigin = new URL(apiUrl).origin;
  const allowedOrigins = new Set([apiOrigin, ...(graphqlUrl ? [new URL(graphqlUrl).origin] : [])]);

  let loading: Promise<Octokit> | undefined;
  const load = (): Promise<Octokit> => {
    loading ??= build();
    return loading;
  };

  async function build(): Promise<Octokit> {
    if (!token.trim()) {
      throw new OncallGateError({
        kind: 'input',
        service: 'github',
        setting: 'github-token',
        message: 'No GitHub token was given, so oncall-gate cannot call the GitHub API.',
        fix: text`Set ${setting('github-token')} (in a workflow its default is \`\${{ github.token }}\`; do not override it with an empty value).`,
      });
    }
    const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
      import('@actions/github'),
      import('@octokit/plugin-retry'),
      import('@octokit/plugin-throttling'),
    ]);
    const limits = { retries: t.rateLimitRetries ?? 2, maxWaitSeconds: t.rateLimitMaxWaitSeconds ?? 60 };
    const maxRequestMs = t.maxRequestMs ?? 90_000;
    const onLimit =
      (kind: 'primary' | 'secondary') =>
      (retryAfter: number, opts: { method?: string; url?: string } & Record<string, unknown>, _octokit: unknown, retryCount: number) => {
        const deadline = deadlineOf(opts as HookOptions);
        const left = deadline === undefined ? undefined : { seconds: (deadline - Date.now()) / 1000, ofSeconds: maxRequestMs / 1000 };
        const d = rateLimitRetryDecision(kind, retryAfter, retryCount, { ...limits, left }, `${opts.method} ${expandedPath(opts)}`);
        log.warning(d.message);
        return d.retry;
      };

    const retryBaseMs = t.retryBaseMs ?? 1000;
    const retryOptions: RetryOptions = {
      retries: t.retries ?? 3,
      retryAfterBaseValue: retryBaseMs,
      // 403/429 rate limits belong to plugin-throttling (it reads Retry-After); retrying them
      // here too would multiply the attempts.
      doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
    };
    const throttleOptions = {
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary'),
      retryAfterBaseValue: t.rateLimitBaseMs ?? 1000,
      fallbackSecondaryRateRetryAfter: t.secondaryRateLimitFallbackSeconds ?? 60,
      ...(t.writeLimiter ? { write: t.writeLimiter } : {}),
      ...(t.notificationLimiter ? { notifications: t.notificationLimiter } : {}),
    } as ThrottlingOptions;

    // Plugins wrap in registration order, first = innermost: the timeout applies per attempt
    // (inside the retries), the request's deadline is set outside the throttling queues (so
    // queueing and rate-limit waits count), and the read-only guard refuses before anything is
    // scheduled.
    const timeoutMs = t.timeoutMs ?? 10_000;
    const perAttemptTimeout = (octokit: Hookable): void => {
      octokit.hook.wrap('request', async (request, opts) => {
        // The run's deadline first: past it, this throws its own error (not a RequestError, so
        // neither plugin retries it), and nothing starts.
        const done = runDeadline?.begin(`GitHub ${(opts.method ?? 'GET').toUpperCase()} ${expandedPath(opts)}`);
        const deadline = deadlineOf(opts) ?? Date.now() + maxRequestMs;
        const left = deadline - Date.now();
        if (left <= 0) {
          done?.();
          throw requestBudgetExceeded(maxRequestMs, lastFailureOf(opts));
        }
        // setTimeout rather than AbortSignal.timeout, so the timer is cleared as soon as the
        // attempt ends (and fake timers can drive it in tests).
        const ms = Math.min(timeoutMs, left);
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(new DOMException(`no answer within ${ms} ms`, 'TimeoutError')), ms);
        // before-after-hook binds every hook to the same options object (arguments passed to
        // `request` are ignored), so the signal is set on it; `request` is replaced, not mutated,
        // because it can be the client's shared defaults object.
        opts.request = {
          ...opts.request,
          signal: runDeadline ? AbortSignal.any([controller.signal, runDeadline.signal]) : controller.signal,
        };
        try {
          return await request(opts);
        } catch (error) {
          // The run's deadline passed: not a RequestError, so neither plugin retries it.
          if (runDeadline?.signal.aborted) throw runDeadline.signal.reason as Error;
          // plugin-retry next waits (retryCount + 1)^2 x retryBaseMs; when that wait would reach the
          // deadline, it is told (through its per-request `retries` option) to stop now, so the
          // error of this attempt is the one reported, without a wait that cannot lead anywhere.
          const retryCount = Number(opts.request?.retryCount ?? 0) || 0;
          const nextWait = (retryCount + 1) ** 2 * retryBaseMs;
          const stop = Date.now() + nextWait >= deadline ? { retries: 0 } : {};
          // lastFailure: so that a request stopped by its deadline can say what kept failing.
          opts.request = { ...opts.request, ...stop, lastFailure: error };
          throw error;
        } finally {
          clearTimeout(timer);
          done?.();
        }
      });
    };
    const requestDeadline = (octokit: Hookable): void => {
      octokit.hook.wrap('request', (request, opts) => {
        opts.request = { ...opts.request, deadline: Date.now() + Math.min(maxRequestMs, runDeadline?.remainingMs() ?? Infinity) };
        return request(opts);
      });
    };
    const readOnlyGuard = (octokit: Hookable): void => {
      octokit.hook.wrap('request', async (request, opts) => {
        const method = (opts.method ?? 'GET').toUpperCase();
        if (readOnly && method !== 'GET' && method !== 'HEAD') {
          const path = expandedPath(opts);
          const graphqlQuery =
            method === 'POST' && /\/graphql$/.test(path) && typeof opts.query === 'string' && !isGraphqlMutation(opts.query);
          if (!graphqlQuery) {
            throw gitHubError(
              'read-only',
              `Refused ${method} ${path}: the GitHub client is read-only (dry-run), so it writes nothing to GitHub.`,
              'Nothing to fix for a dry run (what would be written is printed instead); set `dry-run: false` to let the action write.',
              undefined,
              `${method} ${path}`,
            );
          }
        }
        return request(opts);
      });
    };

    // Comments, check runs and review requests are built from PR text and error messages: every
    // string of what is written goes through the redactor first.
    const redactWrites = (octokit: Hookable): void => {
      octokit.hook.wrap('request', (request, opts) => {
        const method = (opts.method ?? 'GET').toUpperCase();
        if (method !== 'GET' && method !== 'HEAD') {
          for (const [k, v] of Object.entries(opts)) if (!OPTION_KEYS.has(k)) opts[k] = redactor.redactDeep(v);
        }
        return request(opts);
      });
    };
    // Redirects are answered here, not by fetch: one to another origin (or from https to http)
    // would carry the token there, so it is an error naming the host. A same-origin redirect of a
    // read (a renamed repository) is followed, at most MAX_REDIRECTS times.
    const redirectGuard = (octokit: Hookable): void => {
      octokit.hook.wrap('request', async (request, opts) => {
        opts.request = { ...opts.request, redirect: 'manual' };
        const method = (opts.method ?? 'GET').toUpperCase();
        const call = `${method} ${expandedPath(opts)}`;
        // An absolute URL (a pagination `Link` to follow) must be on GitHub's own origin: the
        // token goes with it.
        if (typeof opts.url === 'string' && /^[a-z][a-z0-9+.-]*:/i.test(opts.url)) {
          let origin: string;
          try {
            origin = new URL(opts.url).origin;
          } catch {
            origin = '';
          }
          if (!allowedOrigins.has(origin)) {
            throw gitHubError(
              'bad-response',
              `GitHub pointed the request ${call} at ${origin || `"${opts.url.slice(0, 80)}"`} (a next-page link); oncall-gate does not send the token to another host.`,
              'Check GITHUB_API_URL: it must be the GitHub API itself, not a proxy that rewrites links.',
              undefined,
              call,
            );
          }
        }
        for (let hops = 0; ; hops++) {
          const res = (await request(opts)) as { status: number; url: string; headers: Record<string, string | undefined> };
          if (res.status < 300 || res.status >= 400 || res.status === 304) return res;
          const location = res.headers.location ?? '';
          let target: URL | undefined;
          try {
            target = new URL(location, res.url || apiUrl);
          } catch {
            target = undefined;
          }
          const fix =
            'Check GITHUB_API_URL: it must be the GitHub API itself (https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server), not a proxy that redirects.';
          if (!target || target.origin !== apiOrigin) {
            throw gitHubError(
              'bad-response',
              `GitHub answered ${call} with a redirect (${res.status}) to ${target ? target.host : `"${location.slice(0, 80)}"`}; oncall-gate does not send the token to another host, so it did not follow it.`,
              fix,
              res.status,
              call,
            );
          }
          if ((method !== 'GET' && method !== 'HEAD') || hops >= MAX_REDIRECTS) {
            throw gitHubError(
              'bad-response',
              hops >= MAX_REDIRECTS
                ? `GitHub redirected ${call} more than ${MAX_REDIRECTS} times (last to ${target.pathname}).`
                : `GitHub answered ${call} with a redirect (${res.status}); oncall-gate does not repeat a write elsewhere.`,
              fix,
              res.status,
              call,
            );
          }
          // Every hook shares this options object; send the next request to the absolute target,
          // with no route parameters left to fill in.
          for (const k of Object.keys(opts)) if (!OPTION_KEYS.has(k)) Reflect.deleteProperty(opts, k);
          opts.url = target.href;
        }
      });
    };

    const octokitLog = {
      debug: (m: string) => log.debug(redact(m)),
      info: (m: string) => log.debug(redact(m)),
      warn: (m: string) => log.warning(redact(m)),
      error: (m: string) => log.warning(redact(m)),
    };
    type Plugin = Parameters<(typeof import('@actions/github'))['getOctokit']>[2];
    return getOctokit(
      token,
      {
        baseUrl: apiUrl,
        userAgent: 'oncall-gate',
        log: octokitLog,
        retry: retryOptions,
        throttle: throttleOptions,
        // Only when injected: overriding `request` drops @actions/github's proxy-aware fetch.
        ...(options.fetch ? { request: { fetch: options.fetch } } : {}),
      } as Parameters<(typeof import('@actions/github'))['getOctokit']>[1],
      redirectGuard as unknown as Plugin,
      perAttemptTimeout as unknown as Plugin,
      retry as unknown as Plugin,
      throttling as unknown as Plugin,
      requestDeadline as unknown as Plugin,
      redactWrites as unknown as Plugin,
      readOnlyGuard as unknown as Plugin,
    );
  }

  return {
    apiUrl,
    graphqlUrl,
    readOnly,
    log,
    async call<T>(info: CallInfo, fn: (octokit: Octokit) => Promise<T>): Promise<T> {
      try {
        return await fn(await load());
      } catch (error) {
        if (isError(error, 'deadline')) throw error;
        throw toGitHubError(error, info, apiUrl, redact);
      }
    },
  };
}
