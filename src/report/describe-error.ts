// The one place a thrown value becomes the line a user reads, for the action and for the command
// line. Our own errors (src/errors.ts) carry what failed and the fix as data, spelled for the
// audience: the action names its inputs and says to re-run the job, the command line names its
// environment variables and flags and says to try again. Anything else is a bug in oncall-gate,
// reported as such with what to do (never a stack trace).
import { isError, spell, type Audience } from '../errors.js';
import type { CliErrorReport } from './cli-json.js';

/** Redacts secrets from a line (the run's redactor); the identity when there is none at hand. */
export type Redact = (text: string) => string;

const asIs: Redact = (text) => text;

const UNEXPECTED: Record<Audience, string> = {
  action: 'This is a bug in oncall-gate; re-run with debug logging (ACTIONS_STEP_DEBUG=true) and report it.',
  cli: 'This is a bug in oncall-gate; please report it with the command you ran.',
};

function describe(error: unknown, audience: Audience, redact: Redact): string {
  if (isError(error)) {
    const message = spell(error.text.message, audience);
    const fix = spell(error.text.fix, audience);
    return redact(fix && !message.includes(fix) ? `${message} ${fix}` : message);
  }
  if (error instanceof Error) return redact(`Unexpected error: ${error.message}. ${UNEXPECTED[audience]}`);
  return redact(`Unexpected error: ${String(error)}`);
}

/** The line the action shows for `error` (step summary, annotation, check run). */
export function describeError(error: unknown, redact: Redact = asIs): string {
  return describe(error, 'action', redact);
}

/** The line the command line prints for `error`. */
export function describeCliError(error: unknown, redact: Redact = asIs): string {
  return describe(error, 'cli', redact);
}

/**
 * `error` as the fields of a `--json` document: its kind (`usage` for a command line the command
 * cannot run, `internal` for a bug), the message and the fix as the command line words them.
 */
export function describeCliErrorReport(error: unknown, redact: Redact = asIs): CliErrorReport {
  if (isError(error)) {
    const message = redact(spell(error.text.message, 'cli'));
    const fix = redact(spell(error.text.fix, 'cli'));
    return {
      kind: error.kind === 'input' && error.service === undefined ? 'usage' : error.kind,
      message,
      ...(fix && !message.includes(fix) ? { fix } : {}),
      ...(error.service ? { service: error.service } : {}),
      ...(error.status !== undefined ? { status: error.status } : {}),
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'internal', message: redact(`Unexpected error: ${message}`), fix: UNEXPECTED.cli };
}
