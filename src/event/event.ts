// The GitHub event as one typed union. Payload fields are checked here, once, so a malformed or
// unexpected payload becomes a clear error naming the field instead of a crash deeper down.
import { readFileSync } from 'node:fs';
import { OncallGateError } from '../errors.js';

export interface PullRequestInfo {
  number: number;
  title: string;
  body: string;
  baseRef: string;
  baseSha: string;
  /** Head SHA as the payload had it. Decisions re-fetch it (a re-run replays an old payload). */
  headSha: string;
  headRepoFullName: string;
  baseRepoFullName: string;
  /** The head lives in another repository: the token is read-only and secrets are withheld. */
  isFork: boolean;
  authorLogin: string;
  authorType: string;
  labels: string[];
  merged: boolean;
  htmlUrl: string;
}

export interface ReviewInfo {
  id: number;
  state: string; // approved | changes_requested | commented | dismissed (payload is lower-case)
  commitId: string | null;
  submittedAt: string | null;
  userLogin: string;
  userType: string;
}

export type GitHubEvent =
  | { kind: 'pull_request'; name: string; action: string; pullRequest: PullRequestInfo; defaultBranch: string }
  | {
      kind: 'pull_request_review';
      name: string;
      action: string;
      pullRequest: PullRequestInfo;
      review: ReviewInfo;
      defaultBranch: string;
    }
  | {
      kind: 'push';
      name: string;
      ref: string;
      before: string;
      after: string;
      /** The push deletes `ref` (`after` is all zeros): there is no commit to deploy. */
      deleted: boolean;
      defaultBranch: string;
    }
  /** `deployment` / `deployment_status`: `environment` is the deployment's (`deployment.environment`), '' when absent. */
  | { kind: 'deployment'; name: string; environment: string; defaultBranch: string }
  | { kind: 'schedule'; name: string; defaultBranch: string }
  | { kind: 'other'; name: string; defaultBranch: string };

/** The event payload cannot be read or lacks what the command needs: an `environment` error. */
export function eventError(message: string): OncallGateError {
  return new OncallGateError({ kind: 'environment', message, fix: '' });
}

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function field<T>(obj: Json, path: string, check: (v: unknown) => v is T, what: string): T {
  let cur: unknown = obj;
  for (const part of path.split('.')) cur = isObj(cur) ? cur[part] : undefined;
  if (!check(cur)) {
    throw eventError(
      `The event payload has no valid \`${path}\` (expected ${what}). Is this workflow triggered by the event the command expects?`,
    );
  }
  return cur;
}
const isStr = (v: unknown): v is string => typeof v === 'string';
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v > 0;
const optStr = (obj: Json, path: string): string => {
  let cur: unknown = obj;
  for (const part of path.split('.')) cur = isObj(cur) ? cur[part] : undefined;
  return typeof cur === 'string' ? cur : '';
};

function parsePullRequest(pr: Json): PullRequestInfo {
  const labels = Array.isArray(pr.labels) ? pr.labels.flatMap((l) => (isObj(l) && typeof l.name === 'string' ? [l.name] : [])) : [];
  const headRepo = optStr(pr, 'head.repo.full_name');
  const baseRepo = field(pr, 'base.repo.full_name', isStr, 'a string');
  return {
    number: field(pr, 'number', isNum, 'a pull request number'),
    title: optStr(pr, 'title'),
    body: optStr(pr, 'body'),
    baseRef: field(pr, 'base.ref', isStr, 'a branch name'),
    baseSha: field(pr, 'base.sha', isStr, 'a commit SHA'),
    headSha: field(pr, 'head.sha', isStr, 'a commit SHA'),
    headRepoFullName: headRepo,
    baseRepoFullName: baseRepo,
    // A deleted head repository (null) is treated as a fork: never trust it with writes.
    isFork: headRepo.toLowerCase() !== baseRepo.toLowerCase(),
    authorLogin: field(pr, 'user.login', isStr, 'a login'),
    authorType: optStr(pr, 'user.type'),
    labels,
    merged: pr.merged === true,
    htmlUrl: optStr(pr, 'html_url'),
  };
}

export function parseEvent(eventName: string, payload: unknown): GitHubEvent {
  const p: Json = isObj(payload) ? payload : {};
  const defaultBranch = optStr(p, 'repository.default_branch');
  const action = optStr(p, 'action');
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target': {
      const pr = field(p, 'pull_request', isObj, 'an object');
      return { kind: 'pull_request', name: eventName, action, pullRequest: parsePullRequest(pr), defaultBranch };
    }
    case 'pull_request_review': {
      const pr = field(p, 'pull_request', isObj, 'an object');
      const r = field(p, 'review', isObj, 'an object');
      return {
        kind: 'pull_request_review',
        name: eventName,
        action,
        pullRequest: parsePullRequest(pr),
        review: {
          id: field(r, 'id', isNum, 'a review id'),
          state: optStr(r, 'state').toLowerCase(),
          commitId: optStr(r, 'commit_id') || null,
          submittedAt: optStr(r, 'submitted_at') || null,
          userLogin: optStr(r, 'user.login'),
          userType: optStr(r, 'user.type'),
        },
        defaultBranch,
      };
    }
    case 'push': {
      const after = optStr(p, 'after');
      return {
        kind: 'push',
        name: eventName,
        ref: optStr(p, 'ref'),
        before: optStr(p, 'before'),
        after,
        deleted: p.deleted === true || /^0+$/.test(after),
        defaultBranch,
      };
    }
    case 'deployment':
    case 'deployment_status':
      return { kind: 'deployment', name: eventName, environment: optStr(p, 'deployment.environment').trim(), defaultBranch };
    case 'schedule':
      return { kind: 'schedule', name: eventName, defaultBranch };
    default:
      return { kind: 'other', name: eventName, defaultBranch };
  }
}

/** Reads GITHUB_EVENT_PATH. A missing path is an empty payload (local runs); bad JSON is an error. */
export async function readEventPayload(path: string): Promise<unknown> {
  if (!path) return {};
  let text: string;
  try {
    // Synchronous: nothing else runs yet, and the gate then needs no fs/promises at all.
    text = readFileSync(path, 'utf8');
  } catch {
    throw eventError(`Cannot read the event payload at GITHUB_EVENT_PATH (${path}).`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw eventError(`The event payload at GITHUB_EVENT_PATH (${path}) is not valid JSON.`);
  }
}
