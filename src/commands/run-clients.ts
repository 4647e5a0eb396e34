// What every API client of an action run shares, from the command context: the run's other
// secrets (so each client's redactor knows them all) and the run's one deadline.
import type { ApiDeadline } from '../api-deadline.js';
import type { CommandContext } from './types.js';

interface RunClientOptions {
  secrets: string[];
  deadline?: ApiDeadline;
}

/** For an incident.io client: the GitHub token is a secret too. */
export function incidentIoRunOptions(ctx: Pick<CommandContext, 'inputs' | 'deadline'>): RunClientOptions {
  return { secrets: [ctx.inputs.githubToken], ...(ctx.deadline ? { deadline: ctx.deadline } : {}) };
}

/** For a GitHub client: the incident.io key is a secret too. */
export function gitHubRunOptions(ctx: Pick<CommandContext, 'inputs' | 'deadline'>): RunClientOptions {
  return { secrets: [ctx.inputs.incidentioApiKey], ...(ctx.deadline ? { deadline: ctx.deadline } : {}) };
}
