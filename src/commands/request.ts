// `request`: on pull_request (opened, synchronize, reopened, labeled,
// edited, ready_for_review), decides whether the PR needs an on-call approval and, if so,
// auto-approves an on-call author or escalates (incident, sticky comment, review requests,
// `oncall-gate` check). A draft waits for ready for review and pages nobody.
import { runPullRequestFlow } from '../escalation/pull-request-flow.js';
import type { Context } from '../context.js';
import type { CommandResult } from '../report/command-result.js';

export function runRequest(ctx: Context): Promise<CommandResult> {
  return runPullRequestFlow(ctx, 'request');
}
