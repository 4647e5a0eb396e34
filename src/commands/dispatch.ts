// `command: auto` -> the commands to run for this event (DESIGN.md section 1). Pure; the one
// fact that needs the API ("did policy files change?") is passed in as a function.
import type { GitHubEvent } from '../event/event.js';
import type { CommandName } from '../inputs.js';

export type RunnableCommand = Exclude<CommandName, 'auto'>;

export async function resolveCommands(
  command: CommandName,
  event: GitHubEvent,
  policyFilesChanged: () => Promise<boolean>,
): Promise<RunnableCommand[]> {
  if (command !== 'auto') return [command];
  switch (event.kind) {
    case 'pull_request':
      // `request` runs for every PR and reports not-required when no policy matches.
      return (await policyFilesChanged()) ? ['plan', 'request'] : ['request'];
    case 'pull_request_review':
      return ['review'];
    case 'push': {
      const onDefault = event.defaultBranch !== '' && event.ref === `refs/heads/${event.defaultBranch}`;
      return onDefault && (await policyFilesChanged()) ? ['apply'] : ['gate'];
    }
    case 'schedule':
      return ['audit'];
    default:
      return ['gate'];
  }
}

/**
 * Which command's outputs win when `auto` ran several: the request's (DESIGN.md section 5),
 * unless no policy matched the PR (`not-required`) and a plan ran, which then says more.
 */
export function primaryIndex(commands: RunnableCommand[], results: { result: string }[]): number {
  const request = commands.indexOf('request');
  if (request < 0) return 0;
  const plan = commands.indexOf('plan');
  return results[request]?.result === 'not-required' && plan >= 0 ? plan : request;
}
