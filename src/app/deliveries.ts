// The two deliveries App mode acts on, decoded defensively. GitHub's schema makes every field of a
// `deployment_protection_rule` optional, and a payload is data: nothing in it is trusted further
// than its shape. Where to answer comes only from the callback URL, and only when that URL is on
// the configured GitHub API (the App never sends its token anywhere a payload says); everything
// else is checked against what GitHub's names and IDs can look like. Pure.
import { isCommitSha } from '../decide/review.js';

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const at = (o: unknown, path: string): unknown => path.split('.').reduce<unknown>((cur, k) => (isObj(cur) ? cur[k] : undefined), o);
const str = (o: unknown, path: string): string => {
  const v = at(o, path);
  return typeof v === 'string' ? v : '';
};

/** A repository owner or name as GitHub allows them (never `.` or `..`). */
const NAME_CHARS = /^[A-Za-z0-9_.-]{1,100}$/;
const NAME = { test: (s: string): boolean => NAME_CHARS.test(s) && s !== '.' && s !== '..' };
/** A user login, or an App's bot account (`name[bot]`). */
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;
/** Environment names: GitHub allows up to 255 characters; no control characters. */
const ENVIRONMENT = /^[^\p{Cc}]{1,255}$/u;

const positiveId = (v: unknown): number | undefined => (typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : undefined);

export interface RepoName {
  owner: string;
  repo: string;
}

/** Where an answer goes: the run and the environment of a callback URL, under an installation. */
export interface GateTargetRef {
  installationId: number;
  repository: RepoName;
  runId: number;
  environment: string;
}

/** A `deployment_protection_rule` `requested` delivery the App can decide. */
export interface ProtectionRuleRequest extends GateTargetRef {
  /** repository.default_branch ('' when the payload has none). */
  defaultBranch: string;
  /** The commit being deployed ('' when the payload has no valid one). */
  sha: string;
  ref: string;
  /** The event that started the run. */
  event: string;
  /** `sender.login`: who triggered the deployment. */
  requester: string;
}

export type DecodedRequest =
  | { kind: 'request'; request: ProtectionRuleRequest }
  /** The gate can be answered, but not decided: it is rejected with `problem`. */
  | { kind: 'reject'; target: GateTargetRef; problem: string }
  /** Nothing can be answered: logged only. */
  | { kind: 'ignore'; problem: string };

/**
 * The run and repository of a callback URL, when it is `<apiUrl>/repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule`
 * on the configured API (origin and path prefix); undefined otherwise.
 */
export function parseCallbackUrl(raw: string, apiUrl: string): { repository: RepoName; runId: number } | undefined {
  let url: URL;
  let api: URL;
  try {
    url = new URL(raw);
    api = new URL(apiUrl);
  } catch {
    return undefined;
  }
  if (url.origin !== api.origin || url.search || url.hash || url.username || url.password) return undefined;
  const prefix = api.pathname.replace(/\/+$/, '');
  if (!url.pathname.startsWith(`${prefix}/`)) return undefined;
  const m = /^\/repos\/([^/]+)\/([^/]+)\/actions\/runs\/(\d{1,16})\/deployment_protection_rule$/.exec(url.pathname.slice(prefix.length));
  if (!m) return undefined;
  let owner: string;
  let repo: string;
  try {
    owner = decodeURIComponent(m[1] ?? '');
    repo = decodeURIComponent(m[2] ?? '');
  } catch {
    return undefined;
  }
  const runId = Number(m[3]);
  if (!NAME.test(owner) || !NAME.test(repo) || !Number.isSafeInteger(runId) || runId <= 0) return undefined;
  return { repository: { owner, repo }, runId };
}

export function decodeProtectionRuleRequest(payload: unknown, apiUrl: string): DecodedRequest {
  if (!isObj(payload)) return { kind: 'ignore', problem: 'the payload is not a JSON object' };
  const installationId = positiveId(at(payload, 'installation.id'));
  if (installationId === undefined) return { kind: 'ignore', problem: 'the payload has no installation.id, so no token can answer it' };
  const callback = str(payload, 'deployment_callback_url');
  const where = parseCallbackUrl(callback, apiUrl);
  if (!where) {
    return {
      kind: 'ignore',
      problem: callback
        ? `deployment_callback_url is not a protection-rule callback on ${new URL(apiUrl).origin}; nothing is sent there`
        : 'the payload has no deployment_callback_url',
    };
  }
  const environment = str(payload, 'environment') || str(payload, 'deployment.environment');
  if (!ENVIRONMENT.test(environment)) {
    return { kind: 'ignore', problem: environment ? 'environment is not a valid environment name' : 'the payload names no environment' };
  }
  const target: GateTargetRef = { installationId, repository: where.repository, runId: where.runId, environment };
  const fullName = str(payload, 'repository.full_name');
  if (fullName && fullName.toLowerCase() !== `${where.repository.owner}/${where.repository.repo}`.toLowerCase()) {
    return { kind: 'reject', target, problem: 'The request names one repository in repository.full_name and another in its callback URL' };
  }
  const requester = str(payload, 'sender.login');
  if (!LOGIN.test(requester)) {
    return {
      kind: 'reject',
      target,
      problem: requester
        ? 'The request names a sender whose login is not a GitHub login'
        : 'The request names no sender, so there is nobody whose on-call state could be checked',
    };
  }
  const sha = [str(payload, 'sha'), str(payload, 'deployment.sha')].find(isCommitSha) ?? '';
  const defaultBranch = str(payload, 'repository.default_branch');
  return {
    kind: 'request',
    request: {
      ...target,
      defaultBranch: /^[^\p{Cc} ~^:?*[\\]{1,255}$/u.test(defaultBranch) ? defaultBranch : '',
      sha,
      ref: (str(payload, 'ref') || str(payload, 'deployment.ref')).slice(0, 255),
      event: str(payload, 'event').slice(0, 64),
      requester,
    },
  };
}

/** A review of a pull request merged into the default branch: which runs to check again. */
export interface ReviewTrigger {
  installationId: number;
  repository: RepoName;
  defaultBranch: string;
  pullNumber: number;
  /** The commit the pull request became on the default branch. */
  mergeCommitSha: string;
}

export type DecodedReview = { kind: 'trigger'; trigger: ReviewTrigger } | { kind: 'ignore'; why: string };

/**
 * A `pull_request_review` delivery as a trigger. Only a pull request merged into the default
 * branch can be evidence, so any other is ignored here; the evidence itself is read fresh from
 * GitHub by the gate, never taken from the payload.
 */
export function decodeReviewTrigger(payload: unknown): DecodedReview {
  if (!isObj(payload)) return { kind: 'ignore', why: 'the payload is not a JSON object' };
  const action = str(payload, 'action');
  if (!['submitted', 'dismissed', 'edited'].includes(action)) return { kind: 'ignore', why: `review action "${action.slice(0, 40)}"` };
  const installationId = positiveId(at(payload, 'installation.id'));
  if (installationId === undefined) return { kind: 'ignore', why: 'no installation.id' };
  const [owner = '', repo = '', ...more] = str(payload, 'repository.full_name').split('/');
  if (!NAME.test(owner) || !NAME.test(repo) || more.length > 0) return { kind: 'ignore', why: 'no valid repository.full_name' };
  const defaultBranch = str(payload, 'repository.default_branch');
  const pullNumber = positiveId(at(payload, 'pull_request.number'));
  if (!defaultBranch || pullNumber === undefined) return { kind: 'ignore', why: 'no default branch or pull request number' };
  const mergeCommitSha = str(payload, 'pull_request.merge_commit_sha');
  if (!str(payload, 'pull_request.merged_at') || !isCommitSha(mergeCommitSha))
    return { kind: 'ignore', why: `pull request #${pullNumber} is not merged` };
  if (str(payload, 'pull_request.base.ref') !== defaultBranch) {
    return { kind: 'ignore', why: `pull request #${pullNumber} was merged into another branch than ${defaultBranch}` };
  }
  return { kind: 'trigger', trigger: { installationId, repository: { owner, repo }, defaultBranch, pullNumber, mergeCommitSha } };
}
