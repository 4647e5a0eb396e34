// The runner's environment for this job (GitHub docs, "Variables": default environment
// variables), read once. The event payload itself is parsed in event.ts.
import { OncallGateError } from '../errors.js';
export interface RunContext {
  eventName: string;
  eventPath: string;
  repository: { owner: string; repo: string };
  sha: string;
  ref: string;
  /** Who started the first run (GITHUB_ACTOR). */
  actor: string;
  /** Who started this run or re-run (GITHUB_TRIGGERING_ACTOR, falls back to the actor). */
  triggeringActor: string;
  runId: string;
  runAttempt: string;
  serverUrl: string;
  apiUrl: string;
  graphqlUrl: string;
  workspace: string;
  /** RUNNER_TEMP: the job's temporary folder (decision records are written there); '' outside a runner. */
  runnerTemp?: string;
}

/** What the runner should have set is missing or malformed: an `environment` error. */
export function runContextError(message: string): OncallGateError {
  return new OncallGateError({ kind: 'environment', message, fix: '' });
}

export function readRunContext(env: NodeJS.ProcessEnv, cwd: string): RunContext {
  const repository = env.GITHUB_REPOSITORY ?? '';
  const [owner, repo, ...rest] = repository.split('/');
  if (!owner || !repo || rest.length > 0) {
    throw runContextError(
      `GITHUB_REPOSITORY is "${repository}"; it must be "owner/repo". The runner sets it; when running locally, set it yourself.`,
    );
  }
  const actor = env.GITHUB_ACTOR ?? '';
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    eventPath: env.GITHUB_EVENT_PATH ?? '',
    repository: { owner, repo },
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    actor,
    triggeringActor: env.GITHUB_TRIGGERING_ACTOR || actor,
    runId: env.GITHUB_RUN_ID ?? '',
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    graphqlUrl: (env.GITHUB_GRAPHQL_URL || 'https://api.github.com/graphql').replace(/\/+$/, ''),
    workspace: env.GITHUB_WORKSPACE || cwd,
    runnerTemp: env.RUNNER_TEMP ?? '',
  };
}
