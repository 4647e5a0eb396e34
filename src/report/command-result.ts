// What every command returns: data that main.ts (or the CLI) turns into annotations, the step
// summary, outputs and the exit code. Commands compute it; they never print it themselves.
import type { ActionOutputs } from './outputs.js';
import type { DecisionRecord } from '../record/build-record.js';

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
  /** gate, request, review: the decision record main.ts writes (docs/decision-record.md). */
  record?: DecisionRecord;
}
