// `command: auto` needs to know whether a PR or a push touched the policy folder: from the PR's
// file list, or on a push the compared commits. When GitHub cannot list every file (its
// 3000/300-file caps) or the push created the branch, assume they changed: running plan/apply
// needlessly is harmless, skipping them is not.
import { isPolicyFile } from '../policy/read-policy-dir.js';
import type { Context } from '../context.js';

/** Whether any of `paths` is a file the policy readers read (one rule: isPolicyFile). */
export function touchesPolicyFolder(paths: string[], policyPath: string): boolean {
  return paths.some((p) => isPolicyFile(p, policyPath));
}

export async function policyFilesChanged(ctx: Context): Promise<boolean> {
  const { event } = ctx;
  if (event.kind !== 'pull_request' && event.kind !== 'push') return false;
  const github = await ctx.github();
  if (event.kind === 'pull_request') {
    const files = await github.listPullFiles(event.pullRequest.number);
    return files.truncated || touchesPolicyFolder(files.names, ctx.inputs.policyPath);
  }
  if (/^0+$/.test(event.before) || event.before === '') return true;
  const comparison = await github.compareCommits(event.before, event.after);
  return comparison.truncated || touchesPolicyFolder(comparison.files, ctx.inputs.policyPath);
}
