// The commit at the tip of a branch, in one small request: `GET /repos/{o}/{r}/commits/heads/{branch}`
// with the `application/vnd.github.sha` media type answers with the 40 hex digits alone (REST
// "Commits: get a commit"; needs `contents: read`). The gate asks this on every decision, so it
// goes over node:http (no octokit, no fetch: see incidentio/node-http-transport.ts for why that
// matters at start-up) with a short timeout and a few retries on failures that may pass.
import type { ApiDeadline } from '../api-deadline.js';
import { createNodeHttpFetch, type FetchLike } from '../incidentio/node-http-transport.js';
import { createRedactor, type Redactor } from '../redact.js';
import { gitHubError, toGitHubError, type CallInfo } from './errors.js';

export interface BranchTipRequest {
  /** e.g. https://api.github.com or https://HOST/api/v3 (GITHUB_API_URL). */
  apiUrl: string;
  token: string;
  owner: string;
  repo: string;
  branch: string;
  fetch?: FetchLike;
  /** Per attempt (default 10 s). */
  timeoutMs?: number;
  /** Attempts in all (default 3). */
  attempts?: number;
  sleep?: (ms: number) => Promise<void>;
  /** The run's deadline for all API work. */
  deadline?: ApiDeadline;
  /** The run's redactor (it must know the token); without one, the token alone is redacted. */
  redactor?: Redactor;
}

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** The answer is one SHA; anything much longer is not what was asked for. */
const MAX_BODY_BYTES = 64 * 1024;
const fetchTip = createNodeHttpFetch({ maxBodyBytes: MAX_BODY_BYTES });

/** Same-origin redirects followed (a renamed repository answers one). */
const MAX_REDIRECTS = 3;

const retryable = (status: number): boolean => status === 429 || status >= 500;

export async function fetchBranchTip(request: BranchTipRequest): Promise<string> {
  const { apiUrl, token, owner, repo, branch } = request;
  const base = apiUrl.replace(/\/+$/, '');
  // `heads/<branch>`: the branch, never a tag of the same name (which anyone who can push a tag
  // could create). Slashes in the branch name stay path separators.
  const path = `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/commits/heads/${branch.split('/').map(encodeURIComponent).join('/')}`;
  const info: CallInfo = {
    action: `read the tip of the default branch ${branch}`,
    permission: 'contents: read',
    write: false,
    notFound: `the branch ${branch} of ${owner}/${repo}`,
  };
  const send = request.fetch ?? fetchTip;
  const attempts = Math.max(1, request.attempts ?? 3);
  const sleep = request.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let url = `${base}${path}`;
  let redirects = 0;
  let failure: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) await sleep(500 * 2 ** (attempt - 2));
    let res;
    const { deadline } = request;
    const done = deadline?.begin(`GitHub GET ${path}`);
    const perAttempt = AbortSignal.timeout(request.timeoutMs ?? 10_000);
    try {
      res = await send(url, {
        method: 'GET',
        headers: {
          accept: 'application/vnd.github.sha',
          authorization: `Bearer ${token}`,
          'user-agent': 'oncall-gate',
          'x-github-api-version': '2022-11-28',
        },
        redirect: 'manual',
        signal: deadline ? AbortSignal.any([perAttempt, deadline.signal]) : perAttempt,
      });
    } catch (error) {
      done?.();
      if (deadline?.signal.aborted) throw deadline.signal.reason as Error;
      // Octokit reports an unanswered request as status 500 without a response; so do we.
      failure = { status: 500, message: (error as Error).message, cause: error, request: { method: 'GET', url } };
      continue;
    }
    const text = await res.text().catch(() => '');
    done?.();
    if (res.status >= 300 && res.status < 400) {
      // A renamed repository answers 301 to its new address on the same host: follow that, a few times at most.
      // Another host never gets the token.
      const location = res.headers.get('location') ?? '';
      const target = safeUrl(location, url);
      if (target && target.origin === new URL(url).origin && url !== target.href && redirects < MAX_REDIRECTS) {
        url = target.href;
        redirects++;
        attempt--;
        continue;
      }
      const sameOrigin = target !== undefined && target.origin === new URL(url).origin;
      throw gitHubError(
        'bad-response',
        sameOrigin
          ? `GitHub kept redirecting the request to ${info.action} (GET ${path}): more than ${MAX_REDIRECTS} redirects.`
          : `GitHub answered ${res.status} with a redirect to ${target ? target.host : `"${location.slice(0, 100)}"`} while trying to ${info.action} (GET ${path}); oncall-gate does not send the token to another host.`,
        'Check GITHUB_API_URL: it must be the GitHub API itself (https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server).',
        res.status,
        `GET ${path}`,
      );
    }
    if (res.ok) {
      const sha = text.trim().toLowerCase();
      if (SHA.test(sha)) return sha;
      throw gitHubError(
        'bad-response',
        `GitHub answered the request to ${info.action} (GET ${path}) with something that is not a commit SHA: "${text.slice(0, 80)}".`,
        'Check GITHUB_API_URL: it must be the GitHub API itself, not a proxy that rewrites answers.',
        res.status,
        `GET ${path}`,
      );
    }
    failure = {
      status: res.status,
      message: text,
      response: { status: res.status, headers: headersOf(res), data: parseJson(text) },
      request: { method: 'GET', url },
    };
    if (!retryable(res.status)) break;
  }
  throw toGitHubError(failure, info, base, (request.redactor ?? createRedactor([token])).redact);
}

function safeUrl(location: string, from: string): URL | undefined {
  try {
    return new URL(location, from);
  } catch {
    return undefined;
  }
}

function headersOf(res: { headers: { get(name: string): string | null } }): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const name of ['x-ratelimit-remaining', 'x-ratelimit-reset', 'x-accepted-github-permissions']) {
    const value = res.headers.get(name);
    if (value !== null) out[name] = value;
  }
  return out;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
