// What every command receives and returns. Commands compute and return data; main.ts (or the
// CLI) turns a CommandResult into annotations, the step summary, outputs and the exit code.
import type { Clock } from '../clock.js';
import type { ApiDeadline } from '../api-deadline.js';
import type { Redactor } from '../redact.js';
import type { GitHubEvent } from '../event/event.js';
import type { RunContext } from '../event/run-context.js';
import type { Inputs } from '../inputs.js';
import type { Logger } from '../log.js';
import type { ActionOutputs } from '../report/outputs.js';

export interface CommandContext {
  inputs: Inputs;
  run: RunContext;
  event: GitHubEvent;
  log: Logger;
  now: Clock;
  /** Environment for adapters (never logged). */
  env: NodeJS.ProcessEnv;
  /** The run's one redactor (its secrets: the incident.io key and the GitHub token). */
  redactor: Redactor;
  /** The run's deadline for all of its API work (`api-timeout`); every client gets it. */
  deadline?: ApiDeadline;
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  title?: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface CommandResult {
  outputs: ActionOutputs;
  /** Markdown for the step summary. */
  summary: string;
  annotations: Annotation[];
  /** When set, the step fails with this message (exit code 1). */
  failure?: string;
}

export type Command = (ctx: CommandContext) => Promise<CommandResult>;
