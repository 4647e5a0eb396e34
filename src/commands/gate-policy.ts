// Where the gate's policy comes from: the default branch's current tip, as committed. Never the
// working tree (an earlier step could have edited it), never the deployed commit (a re-run of an
// old run, a tag or another branch would bring its own, older or looser policy).
//
// Cost: one extra GitHub request, overlapped with the rest. The tip's SHA is asked with one plain
// request (the GitHub port's branchTip, without Octokit); meanwhile the policy is read from the checkout's git objects at
// HEAD, so the gate can start its incident.io reads. When the tip is HEAD, that is the answer;
// otherwise the tip's policy is read from the checkout's objects if it has them, else through the
// GitHub API, and the caller redoes its reads with it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { OncallGateError } from '../errors.js';
import { openObjectStore } from '../git/object-store.js';
import { readPolicyAtCommit } from '../git/policy-at-commit.js';
import { normalizePolicyPath } from '../policy/read-policy-dir.js';
import type { GitHubEvent } from '../event/event.js';
import type { GitHubPort } from '../github/port.js';
import type { PolicyFile } from '../policy/types.js';

export interface TrustedPolicy {
  /** The default branch. */
  branch: string;
  /** The commit the policy was read at: the branch's tip. */
  commit: string;
  /** How it was read. */
  via: 'checkout' | 'api';
  /** undefined: the commit has no policy folder. */
  files: PolicyFile[] | undefined;
}

/** Reads the gate needs, as ports so the logic can be tested without git or GitHub. */
export interface GatePolicyReaders {
  /** The SHA at the tip of `branch` (GitHub). */
  tip(branch: string): Promise<string>;
  /**
   * The policy folder at a commit from the checkout's git objects; undefined when there is no
   * usable checkout or it does not hold that commit. `name` is a SHA or `HEAD`.
   */
  checkout(name: string): Promise<{ commit: string; files: PolicyFile[] | undefined } | undefined>;
  /** The policy folder at a commit through the GitHub API. */
  api(commit: string): Promise<PolicyFile[] | undefined>;
}

export interface GatePolicyRead {
  /** The checkout's HEAD policy, to start work on early; undefined without a usable checkout. */
  early: Promise<TrustedPolicy | undefined>;
  /** The policy at the default branch's tip: the only one that may decide. */
  trusted: Promise<TrustedPolicy>;
}

/** The default branch from the event; without it nothing can be trusted. */
export function defaultBranchOf(event: GitHubEvent): string {
  if (event.defaultBranch) return event.defaultBranch;
  throw new OncallGateError({
    kind: 'environment',
    message: `Cannot tell the repository's default branch: the ${event.name || 'event'} payload has no \`repository.default_branch\``,
    fix: 'Run the gate from a workflow triggered by a repository event (push, workflow_dispatch, deployment, ...).',
  });
}

/**
 * Starts both reads at once. `early` never rejects (a checkout that cannot be read is simply not
 * used); `trusted` rejects when the tip cannot be learned or read, and the gate then fails closed.
 */
export function readGatePolicy(branch: string, readers: GatePolicyReaders): GatePolicyRead {
  const tip = readers.tip(branch);
  const head = readers.checkout('HEAD').catch(() => undefined);
  const early = head.then((h) => (h ? { branch, commit: h.commit, via: 'checkout' as const, files: h.files } : undefined));
  const trusted = (async (): Promise<TrustedPolicy> => {
    const commit = await tip;
    const fromHead = await early;
    if (fromHead?.commit === commit) return fromHead;
    // The checkout is at another commit (an older run, a tag, another branch, or a push since);
    // it may still hold the tip's objects (fetch-depth: 0).
    const local = fromHead ? await readers.checkout(commit).catch(() => undefined) : undefined;
    if (local) return { branch, commit, via: 'checkout', files: local.files };
    return { branch, commit, via: 'api', files: await readers.api(commit) };
  })();
  // Only `trusted` is awaited when the checkout is unusable; keep an early failure from going unhandled.
  trusted.catch(() => undefined);
  return { early, trusted };
}

/** "policies/ at 1a2b3c4d5e6f, the tip of main, read from the checkout's git objects" (plain text). */
export function describePolicySource(policyPath: string, p: TrustedPolicy): string {
  const how = p.via === 'checkout' ? "read from the checkout's git objects" : 'read through the GitHub API';
  return `${policyPath}/ at ${p.commit.slice(0, 12)}, the tip of ${p.branch}, ${how}`;
}

/**
 * The real readers: git objects of the workspace checkout, GitHub's tip request (the port's one
 * plain request), the git trees API. Synchronous on purpose: the git process starts now, so its
 * start-up overlaps the rest of the gate's loading instead of waiting for it.
 */
export function gatePolicyReaders(options: {
  workspace: string;
  policyPath: string;
  /** The `github-token` input: without it the tip cannot be asked. */
  token: string;
  github: () => Promise<Pick<GitHubPort, 'branchTip'>>;
  api: (commit: string) => Promise<PolicyFile[] | undefined>;
}): GatePolicyReaders & { close(): void } {
  const folder = normalizePolicyPath(options.policyPath);
  // No workspace (App mode has no checkout): the API alone.
  const store = options.workspace && existsSync(join(options.workspace, '.git')) ? openObjectStore(options.workspace) : undefined;
  return {
    tip: async (branch) => {
      if (!options.token) {
        throw new OncallGateError({
          kind: 'input',
          setting: 'github-token',
          message: 'The `github-token` input is empty, so the gate cannot learn the tip of the default branch, whose policy decides',
          fix: 'Leave `github-token` at its default (`${{ github.token }}`), or pass a token with `contents: read`.',
        });
      }
      return (await options.github()).branchTip(branch);
    },
    checkout: async (name) => {
      if (!store) return undefined;
      const read = await readPolicyAtCommit(store, name, folder);
      if (!read) return undefined;
      return { commit: read.commit, files: read.folderMissing ? undefined : read.files };
    },
    api: options.api,
    close: () => store?.close(),
  };
}
