// The orchestrator: inputs -> event -> command(s) -> report. The one place with a catch-all, so
// every failure becomes a clear message, `result=error` and a failed step (fail closed), never a
// stack trace and never an approval.
import type { Command, Context } from './context.js';
import type { CommandResult } from './report/command-result.js';
import { resolveCommands, primaryIndex, type RunnableCommand } from './commands/dispatch.js';
import { createApiDeadline, type ApiDeadline } from './api-deadline.js';
import { systemClock, type Clock } from './clock.js';
import { createContext, createDecisionRecordWriter } from './compose.js';
import { parseEvent, readEventPayload } from './event/event.js';
import { readRunContext } from './event/run-context.js';
import { envInputReader, readInputs, type InputReader, type Inputs } from './inputs.js';
import type { Logger } from './log.js';
import { outputRecord, type ActionOutputs } from './report/outputs.js';
import { createRunnerCommands, redactingRunner, type RunnerCommands } from './report/runner-commands.js';
import { createRedactor } from './redact.js';
import { describeError } from './report/describe-error.js';
import { isError } from './errors.js';
import { renderWritePlan, writePlanLogLines } from './report/render-write-plan.js';

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
  clock?: Clock;
  /** Where the protocol is written: by hand to the runner (the default), or through @actions/core (src/local-action.ts). */
  runner?: RunnerCommands;
  /** Where inputs come from: the runner's INPUT_* variables (the default), or @actions/core's getInput. */
  read?: InputReader;
}

/**
 * The run's logger over the runner. `close()` silences it: once the run has reported (after the
 * API deadline, say), work still winding down in the background writes nothing more.
 */
function loggerFor(runner: RunnerCommands): Logger & { close(): void } {
  let open = true;
  return {
    info: (m) => open && runner.info(m),
    warning: (m) => open && runner.annotate('warning', m),
    debug: (m) => open && runner.debug(m),
    group: async (name, fn) => {
      runner.startGroup(name);
      try {
        return await fn();
      } finally {
        runner.endGroup();
      }
    },
    close: () => {
      open = false;
    },
  };
}

/** The commands whose every outcome sets `approved` (the outputs contract in action.yml). */
const DECIDING: readonly string[] = ['gate', 'request', 'review'];

function errorResult(message: string, command: string): CommandResult {
  return {
    // An error is never an approval: a decision command says so in `approved` too.
    outputs: { result: 'error', ...(DECIDING.includes(command) ? { approved: false, degraded: false } : {}) },
    summary: `### oncall-gate: error\n\n${message}\n`,
    annotations: [],
    failure: message,
  };
}

export async function run(options: RunOptions = {}): Promise<number> {
  const env = options.env ?? process.env;
  const read = options.read ?? envInputReader(env);
  const secrets = [read('incidentio-api-key'), read('github-token'), read('github-teams-token')];
  // One redactor for the run; every sink writes through it (the runner here, GitHub and
  // incident.io writes in their clients, which get this same redactor).
  const redactor = createRedactor(secrets);
  const raw = options.runner ?? createRunnerCommands(env);
  // Mask secrets before anything else can print.
  for (const s of secrets) raw.setSecret(s);
  const runner = redactingRunner(raw, redactor.redact);
  const log = loggerFor(runner);

  const ran: { name: RunnableCommand | 'setup'; result: CommandResult }[] = [];
  let current: RunnableCommand | 'setup' = 'setup';
  let deadline: ApiDeadline | undefined;
  let ctx: Context | undefined;
  // Where the current command's writes start in the run's write plan.
  let firstWrite = 0;
  try {
    const inputs: Inputs = readInputs(read);
    const run = readRunContext(env, options.cwd ?? process.cwd());
    const event = parseEvent(run.eventName, await readEventPayload(run.eventPath));
    log.info(
      `oncall-gate: event ${run.eventName || '(none)'} on ${run.repository.owner}/${run.repository.repo}` +
        ` by ${run.actor || '(unknown)'} (triggered by ${run.triggeringActor || '(unknown)'})` +
        (inputs.dryRun ? '; dry run: nothing will be written' : ''),
    );
    // One deadline for all of the run's API work: the clients stop starting requests and abort
    // those in flight when it passes, and the run reports `error` at once, naming what waited.
    const runDeadline = createApiDeadline(inputs.apiTimeoutSeconds * 1000);
    deadline = runDeadline;
    const expired = runDeadline.expired.then(() => Promise.reject(runDeadline.signal.reason as Error));
    expired.catch(() => undefined);
    const withinDeadline = <T>(work: Promise<T>): Promise<T> => Promise.race([work, expired]);
    const context: Context = (ctx = createContext({
      inputs,
      run,
      event,
      log,
      clock: options.clock ?? systemClock,
      redactor,
      deadline,
    }));
    const commands = await withinDeadline(
      resolveCommands(
        inputs.command,
        event,
        async () => {
          const { policyFilesChanged } = await import('./commands/policy-changes.js');
          return policyFilesChanged(context);
        },
        Boolean(inputs.environment || inputs.policy),
      ),
    );
    for (const name of commands) {
      current = name;
      firstWrite = context.writes.planned.length;
      const command = await COMMANDS[name]();
      const from = firstWrite;
      const result = await log.group(`oncall-gate ${name}`, async () =>
        withWritePlan(context, name, from, await withinDeadline(command(context)), log),
      );
      ran.push({ name, result });
    }
  } catch (error) {
    // Our own errors say what and where; a stack trace (debug log only) helps only with a bug.
    if (!isError(error)) log.debug(error instanceof Error && error.stack ? error.stack : String(error));
    // Before the command is known (bad inputs or event), the `command` input says which it was.
    const command = current !== 'setup' ? current : read('command').toLowerCase();
    const result = errorResult(describeError(error, redactor.redact), command);
    ran.push({ name: current, result: ctx && current !== 'setup' ? withWritePlan(ctx, current, firstWrite, result, log) : result });
  }

  if (ctx) await writeDecisionRecords(ctx, ran, log);
  const results = ran.map((r) => r.result);
  const errorAt = results.findIndex((r) => r.outputs.result === 'error');
  const primary = errorAt >= 0 ? errorAt : primaryIndex(ran.map((r) => r.name as RunnableCommand));
  report(runner, results, primary);
  const failures = results.flatMap((r) => (r.failure ? [r.failure] : []));
  for (const f of failures) runner.fail(f);
  log.close();
  deadline?.dispose();
  return failures.length > 0 ? 1 : 0;
}

/**
 * Writes the decision record of every deciding command (one that ended without a record gets an
 * `error` record with the step's message) and sets `decision-record` to its path. A record that
 * cannot be written is a warning: the decision stands (docs/decision-record.md).
 */
async function writeDecisionRecords(ctx: Context, ran: { name: string; result: CommandResult }[], log: Logger): Promise<void> {
  const deciding = ran.filter((r) => DECIDING.includes(r.name));
  if (deciding.length === 0) return;
  const [{ errorRecord }] = await Promise.all([import('./record/run-record.js')]);
  const writer = createDecisionRecordWriter(ctx.run, ctx.redactor);
  for (const r of deciding) {
    const name = r.name as 'gate' | 'request' | 'review';
    const record = r.result.record ?? errorRecord(ctx, name, r.result.failure ?? r.result.outputs.result);
    try {
      const path = await writer.write(record);
      if (!path) {
        log.info('Decision record: not written (RUNNER_TEMP is not set: not on a GitHub runner).');
        continue;
      }
      log.info(`Decision record: ${path}`);
      r.result = { ...r.result, outputs: { ...r.result.outputs, decisionRecord: path } };
    } catch (error) {
      log.warning(`oncall-gate ${name}: ${describeError(error, ctx.redactor.redact)}`);
    }
  }
}

/**
 * A dry run shows the command's write plan: every request a real run would have made, in the log
 * and in the step summary (an empty plan says so). A real run has made them already.
 */
function withWritePlan(ctx: Context, command: RunnableCommand, from: number, result: CommandResult, log: Logger): CommandResult {
  if (!ctx.inputs.dryRun) return result;
  const writes = ctx.writes.planned.slice(from);
  for (const line of writePlanLogLines(command, writes)) log.info(line);
  return { ...result, summary: [result.summary.trimEnd(), renderWritePlan(command, writes)].filter(Boolean).join('\n\n') };
}

function report(runner: RunnerCommands, results: CommandResult[], primary: number): void {
  for (const r of results) {
    for (const a of r.annotations) {
      runner.annotate(a.level, a.message, {
        title: a.title,
        file: a.file,
        line: a.line,
        col: a.column,
      });
    }
  }
  const summary = results
    .map((r) => r.summary)
    .filter(Boolean)
    .join('\n\n');
  if (summary) runner.appendSummary(summary);
  const outputs: ActionOutputs = { ...results.reduce<ActionOutputs>((acc, r) => ({ ...acc, ...r.outputs }), { result: 'error' }) };
  const chosen = results[primary]?.outputs;
  if (chosen) Object.assign(outputs, chosen);
  for (const [name, value] of Object.entries(outputRecord(outputs))) runner.setOutput(name, value);
}
