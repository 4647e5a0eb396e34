// The CLI's entry (bundled to dist/cli/index.js, the package `bin`).
import { runCli } from './cli.js';

runCli(process.argv.slice(2), process.env).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`oncall-gate: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
