// What every command receives and returns. Commands compute and return data; main.ts (or the
// CLI) turns a CommandResult into annotations, the step summary, outputs and the exit code.
import type { Clock } from '../clock.js';
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
