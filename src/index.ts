// The action's entry: the runner executes `node dist/index.js` (runs.using: node24).
import { run } from './main.js';
import { createRedactor } from './redact.js';
import { formatCommand } from './report/runner-commands.js';

run().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // run() reports every failure itself; this is only reached when reporting did not work (the
    // runner's output files cannot be written). Fail the step with one redacted line, no stack.
    const { redact } = createRedactor([
      process.env['INPUT_INCIDENTIO-API-KEY'] ?? '',
      process.env['INPUT_GITHUB-TOKEN'] ?? '',
      process.env['INPUT_GITHUB-TEAMS-TOKEN'] ?? '',
    ]);
    // formatCommand escapes line breaks, so the message stays inside the one command.
    process.stdout.write(
      `${formatCommand('error', {}, `oncall-gate could not report its result: ${redact(error instanceof Error ? error.message : String(error))}`)}\n`,
    );
    process.exitCode = 1;
  },
);
