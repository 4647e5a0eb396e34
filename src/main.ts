// The orchestrator: inputs -> event -> command(s) -> report. The one place with a catch-all, so
// every failure becomes a clear message, `result=error` and a failed step (fail closed), never a
// stack trace and never an approval.
import type { Command, CommandContext, CommandResult } from './commands/types.js';
import { resolveCommands, primaryIndex, type RunnableCommand } from './commands/dispatch.js';
import { systemClock, type Clock } from './clock.js';
import { parseEvent, readEventPayload } from './event/event.js';
import { readRunContext } from './event/run-context.js';
import { envInputReader, readInputs, type Inputs } from './inputs.js';
import type { Logger } from './log.js';
import { outputRecord, type ActionOutputs } from './report/outputs.js';
import { createRunnerCommands, type RunnerCommands } from './report/runner-commands.js';
import { describeError, isKnownError } from './report/describe-error.js';

// Loaded on demand so each command pays only for what it uses at start-up.
const COMMANDS: Record<RunnableCommand, () => Promise<Command>> = {
  validate: () => import('./commands/validate.js').then((m) => m.runValidate),
  gate: () => import('./commands/gate.js').then((m) => m.runGate),
  plan: () => import('./commands/plan.js').then((m) => m.runPlan),
  apply: () => import('./commands/apply.js').then((m) => m.runApply),
  audit: () => import('./commands/audit.js').then((m) => m.runAudit),
  request: () => import('./commands/request.js').then((m) => m.runRequest),
  review: () => import('./commands/review.js').then((m) => m.runReview),
};

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** The run's "now": the system clock on a runner; in-process tests pin it. */
  now?: Clock;
  runner?: RunnerCommands;
}

function loggerFor(runner: RunnerCommands): Logger {
  return {
    info: (m) => runner.info(m),
    warning: (m) => runner.annotate('warning', m),
    debug: (m) => runner.debug(m),
    group: async (name, fn) => {
      runner.startGroup(name);
      try {
        return await fn();
      } finally {
        runner.endGroup();
      }
    },
  };
}

/** The commands whose every outcome sets `approved` (DESIGN.md section 5). */
const DECIDING: readonly string[] = ['gate', 'request', 'review'];

function errorResult(message: string, command: string): CommandResult {
  return {
    // An error is never an approval: a decision command says so in `approved` too.
    outputs: { result: 'error', ...(DECIDING.includes(command) ? { approved: false } : {}) },
    summary: `### oncall-gate: error\n\n${message}\n`,
    annotations: [],
    failure: message,
  };
}

export async function run(options: RunOptions = {}): Promise<number> {
  const env = options.env ?? process.env;
  const runner = options.runner ?? createRunnerCommands(env);
  const read = envInputReader(env);
  // Mask secrets before anything else can print (DESIGN.md section 6).
  runner.setSecret(read('incidentio-api-key'));
  runner.setSecret(read('github-token'));
  const secrets = [read('incidentio-api-key'), read('github-token')].filter((s) => s.length >= 4);
  const log = loggerFor(runner);

  const ran: { name: RunnableCommand | 'setup'; result: CommandResult }[] = [];
  let current: RunnableCommand | 'setup' = 'setup';
  try {
    const inputs: Inputs = readInputs(read);
    const run = readRunContext(env, options.cwd ?? process.cwd());
    const event = parseEvent(run.eventName, await readEventPayload(run.eventPath));
    log.info(
      `oncall-gate: event ${run.eventName || '(none)'} on ${run.repository.owner}/${run.repository.repo}` +
        ` by ${run.actor || '(unknown)'} (triggered by ${run.triggeringActor || '(unknown)'})` +
        (inputs.dryRun ? '; dry run: nothing will be written' : ''),
    );
    const ctx: CommandContext = { inputs, run, event, log, now: options.now ?? systemClock, env };
    const commands = await resolveCommands(inputs.command, event, async () => {
      const { policyFilesChanged } = await import('./commands/policy-changes.js');
      return policyFilesChanged(ctx);
    });
    for (const name of commands) {
      current = name;
      const command = await COMMANDS[name]();
      ran.push({ name, result: await log.group(`oncall-gate ${name}`, () => command(ctx)) });
    }
  } catch (error) {
    // Our own errors say what and where; a stack trace (debug log only) helps only with a bug.
    if (!isKnownError(error)) log.debug(error instanceof Error && error.stack ? redact(error.stack, secrets) : String(error));
    // Before the command is known (bad inputs or event), the `command` input says which it was.
    const command = current !== 'setup' ? current : read('command').toLowerCase();
    ran.push({ name: current, result: errorResult(describeError(error, secrets), command) });
  }

  const results = ran.map((r) => r.result);
  const errorAt = results.findIndex((r) => r.outputs.result === 'error');
  const primary =
    errorAt >= 0
      ? errorAt
      : primaryIndex(ran.map((r) => r.name as RunnableCommand));
  report(runner, results, primary, secrets);
  const failures = results.flatMap((r) => (r.failure ? [r.failure] : []));
  for (const f of failures) runner.annotate('error', redact(f, secrets));
  return failures.length > 0 ? 1 : 0;
}

function redact(text: string, secrets: string[]): string {
  return secrets.reduce((t, s) => t.split(s).join('***'), text);
}

function report(runner: RunnerCommands, results: CommandResult[], primary: number, secrets: string[]): void {
  for (const r of results) {
    for (const a of r.annotations) {
      runner.annotate(a.level, redact(a.message, secrets), {
        title: a.title,
        file: a.file,
        line: a.line,
        col: a.column,
      });
    }
  }
  const summary = results.map((r) => r.summary).filter(Boolean).join('\n\n');
  if (summary) runner.appendSummary(redact(summary, secrets));
  const outputs: ActionOutputs = { ...results.reduce<ActionOutputs>((acc, r) => ({ ...acc, ...r.outputs }), { result: 'error' }) };
  const chosen = results[primary]?.outputs;
  if (chosen) Object.assign(outputs, chosen);
  for (const [name, value] of Object.entries(outputRecord(outputs))) runner.setOutput(name, redact(value, secrets));
}
