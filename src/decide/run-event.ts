// Which workflow runs App mode may judge, pure. App mode judges a run by its head commit
// (`head_sha`): the policy's evidence is read for that commit. That is sound only when the job runs
// the workflow file and the code of that commit, which depends on the event that started the run
// (docs/app-mode.md, "Which runs the App judges"). A `pull_request` run, for one, executes the merge
// of the pull request into its base branch (`refs/pull/<n>/merge`) while its `head_sha` is the pull
// request's head: someone who opens a pull request whose head is an approved commit, into a base
// branch of their own whose workflow deploys, would otherwise have that workflow judged by the
// approved commit. So only an allow-list of events is judged; every other run is refused.

/**
 * Events whose runs execute the workflow and the code of the run's head commit: `push` (the pushed
 * commit), `workflow_dispatch` (the tip of the chosen branch or tag), `deployment` (the commit to be
 * deployed), `schedule` and `repository_dispatch` (the tip of the default branch), `release` (the
 * tagged commit).
 */
export const JUDGEABLE_RUN_EVENTS: readonly string[] = [
  'push',
  'workflow_dispatch',
  'deployment',
  'schedule',
  'release',
  'repository_dispatch',
];

/** Why a run is not judged. */
export type RunRefusal =
  /** The event that started the run is not one of JUDGEABLE_RUN_EVENTS. */
  | { kind: 'event'; event: string; headSha: string }
  /** The run has no head commit SHA. */
  | { kind: 'no-head'; event: string }
  /** The request names another commit than the run's head. */
  | { kind: 'sha-mismatch'; requested: string; headSha: string };

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;

/**
 * Undefined when App mode may judge the run by its head commit; else why not. `requestedSha`: the
 * commit a protection-rule request names ('' when it names none), which must be the run's.
 */
export function runRefusal(run: { event: string; headSha: string }, requestedSha = ''): RunRefusal | undefined {
  if (!JUDGEABLE_RUN_EVENTS.includes(run.event)) return { kind: 'event', event: run.event, headSha: run.headSha };
  if (!SHA.test(run.headSha)) return { kind: 'no-head', event: run.event };
  if (requestedSha !== '' && requestedSha.toLowerCase() !== run.headSha.toLowerCase()) {
    return { kind: 'sha-mismatch', requested: requestedSha, headSha: run.headSha };
  }
  return undefined;
}
