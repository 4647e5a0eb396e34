// What a command-line subcommand concluded, as data, and its `--json` rendering: one JSON document
// for scripts and editor tooling (docs/cli.md documents every field). The terminal text is
// printed by the subcommands themselves; both come from the same outcome.
import type { ErrorKind } from '../errors.js';
import type { Diagnostic } from '../policy/diagnostic.js';
import { VERSION } from '../version.generated.js';

/** The subcommands that answer with `--json`. */
export const JSON_COMMANDS = ['validate', 'plan', 'check', 'who'] as const;
export type JsonCommand = (typeof JSON_COMMANDS)[number];

/** 0 success, 1 a negative answer or a failure, 2 a usage error (docs/cli.md, "Exit codes"). */
export type ExitCode = 0 | 1 | 2;

/** Why there is no answer: a usage error, one of the error model's kinds, or a bug (`internal`). */
export interface CliErrorReport {
  kind: 'usage' | 'internal' | ErrorKind;
  message: string;
  fix?: string;
  /** The service that failed, when one did. */
  service?: 'github' | 'incidentio';
  /** Its HTTP status, when it answered. */
  status?: number;
}

export interface CliOutcome {
  exitCode: ExitCode;
  /**
   * validate, plan: `valid`, `invalid`, `error`; check: `approved`, `denied`, `pending`,
   * `not-required`, `error`; who: `ok`, `error`. `help` for `--help` (printed as text only).
   */
  verdict: string;
  diagnostics?: readonly Diagnostic[];
  /** What the answer rests on, per command (docs/cli.md). */
  facts?: Record<string, unknown>;
  error?: CliErrorReport;
}

/** Bumped when a field changes meaning or goes away; new fields may appear without a bump. */
export const JSON_FORMAT_VERSION = 1;

/** Maps to objects, Dates to RFC 3339 (their own toJSON), undefined fields left out. */
function replacer(_key: string, value: unknown): unknown {
  if (value instanceof Map) return Object.fromEntries(value);
  if (value instanceof Set) return [...value];
  return value;
}

/** The one JSON document `--json` prints on stdout. */
export function renderCliJson(command: JsonCommand, outcome: CliOutcome): string {
  const document = {
    formatVersion: JSON_FORMAT_VERSION,
    oncallGateVersion: VERSION,
    command,
    verdict: outcome.verdict,
    exitCode: outcome.exitCode,
    diagnostics: (outcome.diagnostics ?? []).map((d) => ({
      severity: d.severity,
      code: d.code,
      file: d.file,
      line: d.line,
      column: d.column,
      message: d.message,
      fix: d.fix,
    })),
    facts: outcome.facts ?? {},
    ...(outcome.error ? { error: outcome.error } : {}),
  };
  return JSON.stringify(document, replacer, 2);
}
