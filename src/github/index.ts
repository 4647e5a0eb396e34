// The GitHub adapter's public surface. Importing this loads no Octokit code: @actions/github and
// its plugins are imported by client.ts on the first API call.
export {
  createGitHubClient,
  rateLimitRetryDecision,
  isGraphqlMutation,
  type GitHub,
  type GitHubClientOptions,
  type GitHubClientTuning,
  type Octokit,
  type RepoRef,
} from './client.js';
export { gitHubError, toGitHubError, githubMessage, type CallInfo } from './errors.js';
export {
  getPullRequest,
  listPullFiles,
  requestReviewers,
  reviewersToRequest,
  reviewRequestPath,
  fileNames,
  toPullRequest,
  PULL_FILES_MAX,
  type PullRequest,
  type PullFile,
  type PullFiles,
  type ReviewRequestResult,
  type SkippedReviewer,
} from './pulls.js';
export { listReviews, type Review } from './reviews.js';
export {
  listPullCommitLogins,
  findHeadPushers,
  repoRefOf,
  PULL_COMMITS_MAX,
  ACTIVITY_PAGE,
  type PullCommitLogins,
  type HeadPushers,
} from './parties.js';
export { listCommitPulls, compareCommits, COMPARE_FILES_MAX, type CommitPull, type Comparison } from './commits.js';
export { getUserPublicEmail, getVerifiedDomainEmails } from './users.js';
export {
  findStickyComment,
  upsertStickyComment,
  stickyCommentBody,
  stickyCommentRequest,
  isBotAuthor,
  DEFAULT_COMMENT_BOT,
  type StickyCommentOptions,
  type StickyCommentResult,
  type StickyCommentRequest,
  type OwnComment,
} from './comments.js';
export {
  upsertCheckRun,
  findCheckRun,
  checkRunRequest,
  CHECK_RUN_EXTERNAL_ID,
  type CheckRunState,
  type CheckRunResult,
  type CheckRunRequest,
  type ExistingCheckRun,
} from './checks.js';
export { readPolicyFilesAtRef, type PolicyFilesAtRef, type ReadPolicyOptions } from './contents.js';
export { capText, COMMENT_BODY_MAX, CHECK_RUN_TEXT_MAX } from './text.js';
