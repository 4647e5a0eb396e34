// `command: auto` -> the commands to run for this event: pull_request -> request (plus plan when
// policy files changed), pull_request_review -> review, push to the default branch that changes
// policies -> apply (and gate when the step names something), schedule -> audit, anything else ->
// gate. Pure; the one
// fact that needs the API ("did policy files change?") is passed in as a function.
import type { GitHubEvent } from '../event/event.js';
import type { CommandName } from '../inputs.js';

export type RunnableCommand = Exclude<CommandName, 'auto'>;

export async function resolveCommands(
  command: CommandName,
  event: GitHubEvent,
  policyFilesChanged: () => Promise<boolean>,
  /** The step names an environment or a policy: it gates a job, whatever else runs. */
  gatesSomething = false,
): Promise<RunnableCommand[]> {
  if (command !== 'auto') return [command];
  switch (event.kind) {
    case 'pull_request':
      // `request` runs for every PR action (ready_for_review included: a draft that becomes ready
      // escalates then) and reports not-required when no policy matches.
      return (await policyFilesChanged()) ? ['plan', 'request'] : ['request'];
    case 'pull_request_review':
      return ['review'];
    case 'push': {
      const onDefault = event.defaultBranch !== '' && event.ref === `refs/heads/${event.defaultBranch}`;
      if (!onDefault || !(await policyFilesChanged())) return ['gate'];
      // A deploy job that also changes policies still needs its gate: apply alone would let it
      // through unchecked. The gate's result decides the step (primaryIndex).
      return gatesSomething ? ['apply', 'gate'] : ['apply'];
    }
    case 'schedule':
      return ['audit'];
    case 'deployment':
      // The gate takes the environment from the deployment when the `environment` input is empty.
      return ['gate'];
    default:
      return ['gate'];
  }
}

/**
 * Which command's outputs win when `auto` ran several: the request's (or the gate's), always (the
 * README's "Results and exit codes": when plan and request both run, `result` is the request's),
 * so `result` keeps the request's values (`not-required` included) and a workflow can test it the
 * same way on every PR. The plan's `errors` count is still set, and an invalid plan fails the
 * step on its own.
 */
export function primaryIndex(commands: RunnableCommand[]): number {
  for (const decisive of ['request', 'gate'] as const) {
    const at = commands.indexOf(decisive);
    if (at >= 0) return at;
  }
  return 0;
}
