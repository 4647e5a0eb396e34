// Which policies a pull request must satisfy, and the reason its description gives. Pure.
// - Policies are selected by the PR's base branch (a policy without `branches` never matches a
//   pull request), then `paths` and `labels` when given (AND across lists, OR within one).
// - `requireReason` reads a `Reason:` line of the PR body.
import type { Policy } from '../policy/types.js';

/** What request matching needs to know about the pull request. */
export interface PullRequestMatchFacts {
  /** The base branch name (`base.ref`). */
  baseRef: string;
  /** Every changed path (renames under both names). */
  files: readonly string[];
  /** GitHub lists at most 3000 files: when true, paths past the cap are unknown. */
  filesTruncated: boolean;
  labels: readonly string[];
}

/** A glob predicate factory: `src/policy/glob.ts` globMatcher, injected so this stays pure. */
export type GlobMatcher = (patterns: readonly string[]) => (value: string) => boolean;

/** Why a policy matched: its base branch, and the changed file and label that matched when it names paths or labels. */
export interface MatchedBy {
  baseRef: string;
  /** A changed file its `paths` match; `filesTruncated` instead when GitHub's cap hid the files that might. */
  file?: string;
  filesTruncated?: boolean;
  label?: string;
}

export interface PolicyMatch {
  policy: Policy;
  why: MatchedBy;
}

/** Whether any selected policy has `paths`: only then is the PR's file list needed. */
export function needsFileList(policies: readonly Policy[], baseRef: string, matcher: GlobMatcher): boolean {
  return policies.some((p) => p.match.branches && matcher(p.match.branches)(baseRef) && (p.match.paths?.length ?? 0) > 0);
}

/**
 * The policies a pull request must satisfy. `branches` is required for a PR match; `paths` match
 * when some changed file matches (and, fail closed, when GitHub's 3000-file cap hid some files);
 * `labels` compare case-insensitively, as GitHub treats label names.
 */
export function selectRequestPolicies(policies: readonly Policy[], pr: PullRequestMatchFacts, matcher: GlobMatcher): PolicyMatch[] {
  const labels = new Set(pr.labels.map((l) => l.toLowerCase()));
  const out: PolicyMatch[] = [];
  for (const policy of policies) {
    const { branches, paths, labels: wanted } = policy.match;
    if (!branches || branches.length === 0 || !matcher(branches)(pr.baseRef)) continue;
    const why: MatchedBy = { baseRef: pr.baseRef };
    if (paths && paths.length > 0) {
      const match = matcher(paths);
      const hit = pr.files.find((f) => match(f));
      if (hit === undefined && !pr.filesTruncated) continue;
      if (hit !== undefined) why.file = hit;
      else why.filesTruncated = true;
    }
    if (wanted && wanted.length > 0) {
      const hit = wanted.find((l) => labels.has(l.toLowerCase()));
      if (hit === undefined) continue;
      why.label = hit;
    }
    out.push({ policy, why });
  }
  return out;
}

/**
 * The reason given in a PR body: the text after `Reason:` on the first line that starts with it
 * (case-insensitive; leading spaces, `>` quotes, list markers and `**` emphasis allowed). '' when
 * there is no such line. Lines inside fenced code blocks and HTML comments are ignored: a PR
 * template's example or hidden placeholder is not a reason the author gave (a comment does not
 * even render; an unclosed one hides the rest of the body, as on GitHub).
 */
export function reasonFromBody(body: string): string {
  let fenced = false;
  for (const raw of body.replace(/<!--[\s\S]*?(?:-->|$)/g, '').split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(raw)) {
      fenced = !fenced;
      continue;
    }
    if (fenced) continue;
    const m = /^\s*(?:>\s*)*(?:[-*+]\s+)?(?:\*\*|__)?reason(?:\*\*|__)?\s*:\s*(?:\*\*|__)?(.*)$/i.exec(raw);
    if (m) return (m[1] ?? '').replace(/(\*\*|__)\s*$/, '').trim();
  }
  return '';
}
