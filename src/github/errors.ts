// GitHub failures as the one error model (src/errors.ts), with messages that say what failed,
// where, and how to fix it. Status meanings follow GitHub's REST docs ("Troubleshooting the REST
// API"): 401 is a bad or expired token, 403 "Resource not accessible by integration" is a
// GITHUB_TOKEN missing a `permissions:` scope (always the case for writes on fork pull requests),
// 404 is also what a token that cannot see a private resource gets, 422 carries GitHub's
// validation message.
import { OncallGateError, RETRY, RETRY_CAPITAL, joinText, setting, text, type ErrorKind, type Text } from '../errors.js';

/** A GitHub failure: the one error model, with `service: 'github'`. */
export function gitHubError(kind: ErrorKind, message: Text, fix: Text, status?: number, call?: string): OncallGateError {
  return new OncallGateError({
    kind,
    message,
    fix,
    service: 'github',
    ...(status !== undefined ? { status } : {}),
    ...(call !== undefined ? { call } : {}),
    ...(kind === 'auth' ? { setting: 'github-token' as const } : {}),
  });
}

/**
 * The signal the client's request hook gives when a request has used up the time it may take
 * (GitHubClientTuning maxRequestMs) before another attempt, carrying the last attempt's failure.
 * A plain error with data under a private key: it never reaches a user as such, toGitHubError
 * turns it into the error of that last failure (or a timeout).
 */
const BUDGET = Symbol('oncall-gate request budget');
interface BudgetSpent {
  budgetMs: number;
  lastFailure: unknown;
}

export function requestBudgetExceeded(budgetMs: number, lastFailure: unknown): Error {
  return Object.assign(new Error(`the ${budgetMs / 1000} s allowed for one GitHub request ran out`), {
    [BUDGET]: { budgetMs, lastFailure },
  });
}

const budgetOf = (error: unknown): BudgetSpent | undefined =>
  typeof error === 'object' && error !== null ? ((error as { [BUDGET]?: BudgetSpent })[BUDGET] ?? undefined) : undefined;

/** What an adapter function was doing, so an error can name it and the permission it needs. */
export interface CallInfo {
  /** Human description, completing "while trying to ...": "read pull request #12". */
  action: string;
  /** The `permissions:` entry this call needs, e.g. "pull-requests: write". */
  permission: string;
  /** Another entry that also grants it (issue comments: "issues: write"). */
  altPermission?: string;
  /** true for calls that change something (fork pull requests can never make them). */
  write: boolean;
  /** What a 404 means here: "pull request #12 in octo/repo". */
  notFound?: string;
}

interface HttpLikeError {
  status?: unknown;
  message?: unknown;
  response?: { status?: number; headers?: Record<string, string | undefined>; data?: unknown };
  request?: { method?: string; url?: string };
  cause?: unknown;
  name?: unknown;
}

const FORK_NOTE =
  ' On pull requests from forks the GITHUB_TOKEN is read-only whatever `permissions:` says, so this write cannot happen there (run it from a `workflow_run` or `pull_request_target` workflow that never executes the PR code).';

/** "METHOD /path" of the failed request, without host or query string. */
function callOf(err: HttpLikeError, apiUrl: string): string | undefined {
  const method = err.request?.method;
  const url = err.request?.url;
  if (!method || !url) return undefined;
  let path: string;
  try {
    const base = new URL(apiUrl);
    const u = new URL(url, base);
    path = u.pathname;
    const basePath = base.pathname.replace(/\/+$/, '');
    if (basePath && path.startsWith(basePath + '/')) path = path.slice(basePath.length);
  } catch {
    path = url.split('?')[0] ?? url;
  }
  return `${method} ${path}`;
}

/** GitHub's own error text: `message` plus the `errors[].message`/`code` details of a 422. */
export function githubMessage(data: unknown): string {
  if (typeof data === 'string') return data.slice(0, 500);
  if (typeof data !== 'object' || data === null) return '';
  const d = data as { message?: unknown; errors?: unknown };
  const parts: string[] = [];
  if (typeof d.message === 'string') parts.push(d.message);
  if (Array.isArray(d.errors)) {
    for (const e of d.errors) {
      if (typeof e === 'string') parts.push(e);
      else if (e && typeof e === 'object') {
        const o = e as { message?: unknown; code?: unknown; field?: unknown; resource?: unknown };
        if (typeof o.message === 'string') parts.push(o.message);
        else if (typeof o.code === 'string') parts.push([o.resource, o.field, o.code].filter((x) => typeof x === 'string').join(' '));
      }
    }
  }
  return parts.join('; ');
}

/**
 * Turns whatever Octokit threw into a GitHub error. `redact` removes the token from any text that
 * came back from the server (defence in depth: GitHub does not echo tokens, but proxies might).
 */
export function toGitHubError(error: unknown, info: CallInfo, apiUrl: string, redact: (text: string) => string): OncallGateError {
  if (error instanceof OncallGateError && error.service === 'github') return error.mapText(redact);
  const budget = budgetOf(error);
  if (budget) {
    const stopped = `Stopped retrying: ${(error as Error).message}.`;
    if (budget.lastFailure !== undefined) {
      const last = toGitHubError(budget.lastFailure, info, apiUrl, redact);
      return new OncallGateError({ ...last.data(), message: joinText([last.text.message, stopped]) });
    }
    return gitHubError(
      'unavailable',
      `The request to ${info.action} could not be sent to GitHub at ${apiUrl} in time: it waited behind other requests ` +
        `(the action spaces writes 1-3 s apart, as GitHub asks, and waits out rate limits). ${stopped}`,
      text`${RETRY_CAPITAL}; if it happens again, the job makes too many GitHub writes at once or the token is rate-limited.`,
    );
  }
  const err = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as HttpLikeError;
  const call = callOf(err, apiUrl);
  const where = call ? ` (${call})` : '';
  const status = typeof err.status === 'number' ? err.status : undefined;
  const response = err.response;
  const headers = response?.headers ?? {};
  const ghText = redact(githubMessage(response?.data) || (typeof err.message === 'string' ? err.message : ''));

  // No HTTP answer at all: Octokit reports fetch failures (and timeouts) as status 500 without
  // a response. Anything else without a status is not a network problem.
  if (!response && status === 500) {
    // Octokit puts the innermost fetch failure text in `message` ("connect ECONNREFUSED ...");
    // the `cause` chain carries the error names and codes.
    const chain: Array<{ name?: unknown; message?: unknown; code?: unknown }> = [];
    for (let c: unknown = err, i = 0; c && typeof c === 'object' && i < 5; c = (c as { cause?: unknown }).cause, i++) {
      chain.push(c as { name?: unknown; message?: unknown; code?: unknown });
    }
    const timedOut = chain.some((c) => c.name === 'TimeoutError' || c.name === 'AbortError');
    const code = chain.map((c) => c.code).find((c): c is string => typeof c === 'string');
    const said = typeof err.message === 'string' ? err.message : '';
    const detail = redact(code && !said.includes(code) ? `${said} (${code})` : said);
    return gitHubError(
      'unavailable',
      timedOut
        ? `GitHub at ${apiUrl} did not answer in time while trying to ${info.action}${where}.`
        : `Could not reach GitHub at ${apiUrl} while trying to ${info.action}${where}${detail ? `: ${detail}` : ''}.`,
      text`Check GITHUB_API_URL (GitHub Enterprise Server uses https://HOST/api/v3) and that ${{ say: 'reach' }}, then ${RETRY}.`,
      undefined,
      call,
    );
  }

  const rateLimited = (status === 403 || status === 429) && (headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(ghText));
  if (rateLimited) {
    const reset = Number(headers['x-ratelimit-reset']);
    const when = Number.isFinite(reset) && reset > 0 ? ` (the limit resets at ${new Date(reset * 1000).toISOString()})` : '';
    return gitHubError(
      'rate-limit',
      `GitHub's API rate limit stopped the action while trying to ${info.action}${where}: ${ghText}`,
      text`Wait for the limit to reset${when} and ${RETRY}; if this repeats, spread the workflows out or use a GitHub App token, which has a higher limit.`,
      status,
      call,
    );
  }

  switch (status) {
    case 401:
      return gitHubError(
        'auth',
        `GitHub rejected the token (401 ${ghText || 'Bad credentials'}) while trying to ${info.action}${where}.`,
        text`Check ${setting('github-token')}: it must be a valid, unexpired token (the default \`\${{ github.token }}\` works; GitHub App installation tokens expire after 1 hour).`,
        status,
        call,
      );
    case 403: {
      const accepted = headers['x-accepted-github-permissions'];
      const acceptedNote = accepted ? ` GitHub says it accepts: ${accepted}.` : '';
      if (/not accessible by/i.test(ghText)) {
        const lines = info.altPermission ? `\`${info.permission}\` (or \`${info.altPermission}\`)` : `\`${info.permission}\``;
        return gitHubError(
          'permission',
          `GitHub refused to ${info.action} (403 ${ghText})${where}: the token in \`github-token\` lacks ${lines}.${acceptedNote}`,
          `Add ${lines} under \`permissions:\` for this job (naming any permission sets the others to none, so list every one the action needs).${info.write ? FORK_NOTE : ''}`,
          status,
          call,
        );
      }
      return gitHubError(
        'permission',
        `GitHub refused to ${info.action} (403${ghText ? ` ${ghText}` : ''})${where}.${acceptedNote}`,
        `Give the token in \`github-token\` \`${info.permission}\` (under \`permissions:\` for the GITHUB_TOKEN).${info.write ? FORK_NOTE : ''}`,
        status,
        call,
      );
    }
    case 404:
      return gitHubError(
        'not-found',
        `${info.notFound ? capitalise(info.notFound) : 'The requested resource'} was not found (404) while trying to ${info.action}${where}.`,
        'Check the name, number or ref; for a private repository GitHub also answers 404 when the token cannot see it (check `github-token` and `permissions: contents: read`).',
        status,
        call,
      );
    case 422:
      return gitHubError(
        'rejected',
        `GitHub rejected the request to ${info.action} (422)${where}: ${ghText || 'Unprocessable Entity'}.`,
        'GitHub says which value it rejected in the message above; correct that value (or the configuration it came from) and re-run.',
        status,
        call,
      );
    default:
      break;
  }
  if (status !== undefined && status >= 500) {
    return gitHubError(
      'unavailable',
      `GitHub answered ${status} while trying to ${info.action}${where}, after retrying${ghText ? `: ${ghText}` : ''}.`,
      text`GitHub may be having trouble (see https://www.githubstatus.com); ${RETRY} later.`,
      status,
      call,
    );
  }
  return gitHubError(
    'bad-response',
    `GitHub call failed while trying to ${info.action}${where}${status ? ` (${status})` : ''}: ${ghText || 'unknown error'}.`,
    text`${RETRY_CAPITAL}; if it fails again, report it with this message.`,
    status,
    call,
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
