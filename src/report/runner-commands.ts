// The runner's text protocol: workflow commands on stdout (`::error file=..::msg`) and file
// commands (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY). Written by hand instead of importing
// @actions/core because core 3 loads undici for its OIDC client on import: measured +40 ms per
// start (about 3x bare Node), which is most of a gate's latency ("Start-up cost" in
// docs/architecture.md). The escaping
// rules follow GitHub's "Workflow commands" doc and are parity-tested against @actions/core in
// test/report/runner-commands.test.ts.
import { randomBytes, randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';
import { OncallGateError } from '../errors.js';

export interface AnnotationProperties {
  title?: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
}

const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatCommand(command: string, props: AnnotationProperties, message: string): string {
  const parts = Object.entries(props)
    .filter(([, v]) => v !== undefined && v !== '' && v !== 0)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
  return `::${command}${parts.length ? ' ' + parts.join(',') : ''}::${escapeData(message)}`;
}

/**
 * Log lines may carry user text (PR titles, file names, API answers). The runner treats any line
 * that starts with `::` as a workflow command, so such a line is prefixed with a zero-width space:
 * it reads the same and commands nothing (GitHub docs, "Workflow commands": stop-commands exists
 * for the same reason). Our own commands are written by `formatCommand`, never through `info`.
 */
export function neutraliseCommands(message: string): string {
  return message.replace(/^(\s*)::/gm, '$1\u200b::');
}

/**
 * Whether the runner could still read a workflow command in `text`. The runner also reads the
 * legacy form `##[command]` anywhere in a line, trims .NET's white space (NEL, U+0085, among it)
 * before `::`, and compares culture-sensitively, so characters that collate as nothing (a
 * zero-width space) may not stop it. Only printable ASCII spells a command: with everything else
 * dropped, a line that starts with `::` (after spaces) or holds `##[` could be one. Generous on
 * purpose: a false alarm costs two extra log lines.
 */
export function couldCommandRunner(text: string): boolean {
  return text.split(/\r\n|\r|\n/).some((line) => {
    const bare = line.replace(/[^\x20-\x7e]/g, '');
    return bare.trimStart().startsWith('::') || bare.includes('##[');
  });
}

/**
 * The lines that print `message` (user text) as text: when it could command the runner, between
 * `::stop-commands::<token>` and `::<token>::` with a fresh random token (GitHub docs, "Workflow
 * commands", "Stopping and starting workflow commands"), so the runner reads none of it.
 */
export function logLines(message: string, token: () => string = () => randomBytes(16).toString('hex')): string[] {
  const text = neutraliseCommands(message);
  if (!couldCommandRunner(text)) return [text];
  const t = token();
  return [`::stop-commands::${t}`, text, `::${t}::`];
}

export interface RunnerCommands {
  info(message: string): void;
  debug(message: string): void;
  annotate(level: 'error' | 'warning' | 'notice', message: string, props?: AnnotationProperties): void;
  setSecret(value: string): void;
  startGroup(name: string): void;
  endGroup(): void;
  setOutput(name: string, value: string): void;
  appendSummary(markdown: string): void;
  /** Fails the step with `message` (an error annotation; the exit code is the caller's). */
  fail(message: string): void;
}

/** A runner file command cannot be written: an `environment` error. */
export function runnerFileError(message: string): OncallGateError {
  return new OncallGateError({ kind: 'environment', message, fix: '' });
}

export function createRunnerCommands(
  env: NodeJS.ProcessEnv,
  write: (line: string) => void = (line) => process.stdout.write(line + EOL),
): RunnerCommands {
  const fileCommand = (variable: 'GITHUB_OUTPUT' | 'GITHUB_STEP_SUMMARY', text: string): boolean => {
    const path = env[variable];
    if (!path) return false;
    if (!existsSync(path)) throw runnerFileError(`${variable} points at ${path}, which does not exist.`);
    appendFileSync(path, text, 'utf8');
    return true;
  };
  return {
    info: (message) => {
      for (const line of logLines(message)) write(line);
    },
    debug: (message) => write(formatCommand('debug', {}, message)),
    annotate: (level, message, props = {}) => write(formatCommand(level, props, message)),
    setSecret: (value) => {
      if (value) write(formatCommand('add-mask', {}, value));
    },
    startGroup: (name) => write(formatCommand('group', {}, name)),
    endGroup: () => write(formatCommand('endgroup', {}, '')),
    setOutput: (name, value) => {
      // Heredoc form with a random delimiter, so multi-line values and `name=` lookalikes are safe.
      const delimiter = `ghadelimiter_${randomUUID()}`;
      if (value.includes(delimiter)) throw runnerFileError(`Output ${name} contains the delimiter.`);
      const record = `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
      // Without GITHUB_OUTPUT (local runs) outputs are printed instead of the deprecated
      // ::set-output command, which the runner would warn about.
      if (!fileCommand('GITHUB_OUTPUT', record)) for (const line of logLines(`output ${name}=${value}`)) write(line);
    },
    appendSummary: (markdown) => {
      fileCommand('GITHUB_STEP_SUMMARY', markdown.endsWith(EOL) ? markdown : markdown + EOL);
    },
    // What @actions/core's setFailed prints; the process's exit code comes from run()'s result.
    fail: (message) => write(formatCommand('error', {}, message)),
  };
}

/**
 * The runner protocol with every text the action writes (log lines, annotations and their
 * titles, outputs, the step summary, group names) passed through `redact` first. `setSecret`
 * alone passes the raw value: it is how the runner learns what to mask.
 */
export function redactingRunner(runner: RunnerCommands, redact: (text: string) => string): RunnerCommands {
  return {
    info: (message) => runner.info(redact(message)),
    debug: (message) => runner.debug(redact(message)),
    annotate: (level, message, props = {}) =>
      runner.annotate(level, redact(message), props.title === undefined ? props : { ...props, title: redact(props.title) }),
    setSecret: (value) => runner.setSecret(value),
    startGroup: (name) => runner.startGroup(redact(name)),
    endGroup: () => runner.endGroup(),
    setOutput: (name, value) => runner.setOutput(name, redact(value)),
    appendSummary: (markdown) => runner.appendSummary(redact(markdown)),
    fail: (message) => runner.fail(redact(message)),
  };
}
