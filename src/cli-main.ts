// The CLI's entry (bundled to dist/cli/index.js, the package `bin`).
import { runCli } from './cli.js';
import { createRedactor } from './redact.js';

// Output piped into a program that stops reading early (`oncall-gate who ... | head -1`): stop
// quietly, as command-line tools do, instead of crashing on the closed pipe.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

runCli(process.argv.slice(2), process.env).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // runCli reports its own errors; this is a bug. One line, redacted, no stack trace.
    const { redact } = createRedactor([process.env.INCIDENTIO_API_KEY ?? '', process.env.GITHUB_TOKEN ?? '', process.env.GH_TOKEN ?? '']);
    const message = redact(error instanceof Error ? error.message : String(error));
    process.stderr.write(
      `oncall-gate: unexpected error: ${message}. This is a bug in oncall-gate; please report it with the command you ran.\n`,
    );
    process.exitCode = 1;
  },
);
