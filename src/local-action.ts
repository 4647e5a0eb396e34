// The entry for local runs with GitHub's local-action tool:
//
//   npx @github/local-action run . src/local-action.ts .env.example
//
// That tool runs an action by replacing @actions/core with stubs that record outputs and print
// the summary, and then calling the entry's exported `run()`. The action itself (src/index.ts,
// dist/index.js) writes the runner's protocol by hand, since loading @actions/core costs start-up
// time on every gate ("Start-up cost" in docs/architecture.md). This entry runs the same core,
// src/main.ts, through an adapter over @actions/core instead: inputs through getInput, outputs
// through setOutput, the step summary through core.summary, and a failure through setFailed.
// test/local-action.test.ts holds the two adapters to the same outputs, summary and exit code.
import * as core from '@actions/core';
import { EOL } from 'node:os';
import { run as runAction, type RunOptions } from './main.js';
import { createRedactor } from './redact.js';
import type { InputReader } from './inputs.js';
import { logLines, type RunnerCommands } from './report/runner-commands.js';

/** What the adapter uses of @actions/core (the real module, or local-action's stubs of it). */
export type CoreToolkit = Pick<
  typeof core,
  'getInput' | 'info' | 'debug' | 'error' | 'warning' | 'notice' | 'setSecret' | 'startGroup' | 'endGroup' | 'setOutput' | 'setFailed'
> & { summary: Pick<typeof core.summary, 'addRaw' | 'write'> };

/**
 * Inputs through getInput. A value that is still a workflow expression is treated as unset: with
 * no workflow around it, local-action hands out action.yml's default as written, and the
 * `github-token` default `${{ github.token }}` is not a token.
 */
export function coreInputReader(toolkit: Pick<CoreToolkit, 'getInput'>): InputReader {
  return (name) => {
    const value = toolkit.getInput(name).trim();
    return /^\$\{\{.*\}\}$/s.test(value) ? '' : value;
  };
}

/**
 * The runner protocol through @actions/core. The summary is written once, by `flush()`, since
 * core writes it asynchronously; without GITHUB_STEP_SUMMARY there is none, as on the hand-written
 * path. `fail` sets the process's exit code too: local-action's setFailed stub does not.
 */
export function coreRunner(toolkit: CoreToolkit, env: NodeJS.ProcessEnv): RunnerCommands & { flush(): Promise<void> } {
  let summary = '';
  return {
    info: (message) => {
      for (const line of logLines(message)) toolkit.info(line);
    },
    debug: (message) => toolkit.debug(message),
    annotate: (level, message, props = {}) => {
      const properties = {
        ...(props.title !== undefined ? { title: props.title } : {}),
        ...(props.file !== undefined ? { file: props.file } : {}),
        ...(props.line !== undefined ? { startLine: props.line } : {}),
        ...(props.endLine !== undefined ? { endLine: props.endLine } : {}),
        ...(props.col !== undefined ? { startColumn: props.col } : {}),
        ...(props.endColumn !== undefined ? { endColumn: props.endColumn } : {}),
      };
      toolkit[level](message, properties);
    },
    setSecret: (value) => {
      if (value) toolkit.setSecret(value);
    },
    startGroup: (name) => toolkit.startGroup(name),
    endGroup: () => toolkit.endGroup(),
    setOutput: (name, value) => toolkit.setOutput(name, value),
    appendSummary: (markdown) => {
      summary += markdown.endsWith(EOL) ? markdown : markdown + EOL;
    },
    fail: (message) => {
      toolkit.setFailed(message);
      process.exitCode = 1;
    },
    flush: async () => {
      if (!summary || !env.GITHUB_STEP_SUMMARY) return;
      await toolkit.summary.addRaw(summary).write();
      summary = '';
    },
  };
}

/**
 * What local-action calls. Ends with `process.exitCode` 1 when the step would fail (invalid
 * policies, a denial, an error), as the runner would see it.
 */
export async function run(options: Pick<RunOptions, 'clock' | 'cwd'> & { toolkit?: CoreToolkit } = {}): Promise<void> {
  const toolkit = options.toolkit ?? core;
  const read = coreInputReader(toolkit);
  const runner = coreRunner(toolkit, process.env);
  try {
    const code = await runAction({
      ...(options.clock ? { clock: options.clock } : {}),
      ...(options.cwd ? { cwd: options.cwd } : {}),
      read,
      runner,
    });
    await runner.flush();
    if (code !== 0) process.exitCode = code;
  } catch (error) {
    // As src/index.ts: run() reports every failure itself; this is reached only when reporting
    // did not work. One redacted line, no stack.
    const { redact } = createRedactor([read('incidentio-api-key'), read('github-token')]);
    runner.fail(`oncall-gate could not report its result: ${redact(error instanceof Error ? error.message : String(error))}`);
  }
}
