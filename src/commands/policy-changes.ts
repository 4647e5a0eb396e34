// `command: auto` needs to know whether a PR or a push touched the policy folder (DESIGN.md
// section 5: from the PR's file list, or on a push the compared commits). When GitHub cannot
// list every file (its 3000/300-file caps) or the push created the branch, assume they changed:
// running plan/apply needlessly is harmless, skipping them is not.
import { gitHubRunOptions } from './run-clients.js';
import { createGitHubClient } from '../github/client.js';
import { compareCommits } from '../github/commits.js';
import { listPullFiles } from '../github/pulls.js';
import { isPolicyFile } from '../policy/read-policy-dir.js';
import type { CommandContext } from './types.js';

/** Whether any of `paths` is a file the policy readers read (one rule: isPolicyFile). */
export function touchesPolicyFolder(paths: string[], policyPath: string): boolean {
  return paths.some((p) => isPolicyFile(p, policyPath));
}

export async function policyFilesChanged(ctx: CommandContext): Promise<boolean> {
  const gh = createGitHubClient({
    token: ctx.inputs.githubToken,
    apiUrl: ctx.run.apiUrl,
    graphqlUrl: ctx.run.graphqlUrl,
    readOnly: true,
    log: ctx.log,
    ...gitHubRunOptions(ctx),
  });
  const repo = ctx.run.repository;
  const { event } = ctx;
  if (event.kind === 'pull_request') {
    const files = await listPullFiles(gh, repo, event.pullRequest.number);
    return files.truncated || touchesPolicyFolder(files.names, ctx.inputs.policyPath);
  }
  if (event.kind === 'push') {
    if (/^0+$/.test(event.before) || event.before === '') return true;
    const comparison = await compareCommits(gh, repo, event.before, event.after);
    return comparison.truncated || touchesPolicyFolder(comparison.files, ctx.inputs.policyPath);
  }
  return false;
}
