// The CLI's entry (bundled to dist/cli/index.js, the package `bin`).
import { runCli } from './cli.js';
import { createRedactor } from './redact.js';

runCli(process.argv.slice(2), process.env).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // runCli reports its own errors; this is a bug. One line, redacted, no stack trace.
    const { redact } = createRedactor([process.env.INCIDENTIO_API_KEY ?? '', process.env.GITHUB_TOKEN ?? '', process.env.GH_TOKEN ?? '']);
    const message = redact(error instanceof Error ? error.message : String(error));
    process.stderr.write(`oncall-gate: unexpected error: ${message}. This is a bug in oncall-gate; please report it with the command you ran.\n`);
    process.exitCode = 1;
  },
);
