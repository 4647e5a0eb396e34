// What every command and the escalation flow receive: the run's facts and its services, built
// once by the entry layer (src/compose.ts) and handed down. Nothing below the entry layer builds
// an API client, a clock, a logger or a redactor of its own.
import type { ApiDeadline } from './api-deadline.js';
import type { Clock } from './clock.js';
import type { GitHubEvent } from './event/event.js';
import type { RunContext } from './event/run-context.js';
import type { GitHubPort } from './github/port.js';
import type { IncidentIoClient } from './incidentio/client.js';
import type { Inputs } from './inputs.js';
import type { Logger } from './log.js';
import type { Redactor } from './redact.js';
import type { CommandResult } from './report/command-result.js';
import type { WriteApplier } from './write-plan/apply-writes.js';

/**
 * The run's API clients, each created once, on first use (so a command pays only for what it
 * calls, and the gate's on-call path never loads Octokit). In a dry run both refuse every write.
 * Each rejects with an `input` error naming the credential when it is empty.
 */
export interface Services {
  /** The one GitHub port, bound to the run's repository. */
  github(): Promise<GitHubPort>;
  incidentio(): Promise<IncidentIoClient>;
  /**
   * A GitHub port with the `github-teams-token` (a token that can read organisation teams, which
   * the workflow token cannot), for an outage fallback's `approverTeams` only.
   */
  githubTeams(): Promise<GitHubPort>;
}

export interface Context extends Services {
  inputs: Inputs;
  run: RunContext;
  event: GitHubEvent;
  log: Logger;
  /** The run's "now": the system clock on a runner; tests pin it. */
  clock: Clock;
  /** The run's one redactor (its secrets: the incident.io key and the GitHub token). */
  redactor: Redactor;
  /** The run's deadline for all of its API work (`api-timeout`); every client gets it. */
  deadline?: ApiDeadline;
  /**
   * The one way a command writes: it hands its planned writes (src/write-plan/) to this applier,
   * which makes them through the clients above, or in a dry run keeps them to be shown.
   */
  writes: WriteApplier;
}

export type Command = (ctx: Context) => Promise<CommandResult>;

/** Where a command-line subcommand prints (through the run's redactor). */
export interface CliOutput {
  log(line: string): void;
  error(line: string): void;
}

/**
 * What a command-line subcommand receives from cli.ts. The clients are read-only: the command
 * line only ever reads. The incident.io client is asked for at the API URL the subcommand settled
 * on (its --api-url, else INCIDENTIO_API_URL), one client per URL.
 */
export interface CliContext {
  /** INCIDENTIO_API_KEY, INCIDENTIO_API_URL, GITHUB_TOKEN / GH_TOKEN, GITHUB_REPOSITORY, ... (never printed). */
  env: NodeJS.ProcessEnv;
  out: CliOutput;
  /** "Now", unless a subcommand's --at asks about another moment. */
  clock: Clock;
  /** The folder the command runs in: relative paths on the command line, and in what it prints, are relative to it. */
  cwd: string;
  redactor: Redactor;
  /** The GitHub port from GITHUB_TOKEN (or GH_TOKEN), GITHUB_API_URL and GITHUB_REPOSITORY. */
  github(): Promise<GitHubPort>;
  incidentio(apiUrl: string): Promise<IncidentIoClient>;
}
