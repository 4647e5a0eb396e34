// `review`: on pull_request_review (submitted, dismissed), re-evaluates the
// PR's approvals: an APPROVED review on the current head by someone on call for the escalation
// schedules approves; a CHANGES_REQUESTED by such a person denies. Same flow as `request`, so
// both always agree.
import { runPullRequestFlow } from '../escalation/pull-request-flow.js';
import type { Context } from '../context.js';
import type { CommandResult } from '../report/command-result.js';

export function runReview(ctx: Context): Promise<CommandResult> {
  return runPullRequestFlow(ctx, 'review');
}
