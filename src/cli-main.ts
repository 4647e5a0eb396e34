// The CLI's entry (bundled to dist/cli/index.js, the package `bin`).
import { runCli } from './cli.js';

try {
  process.exitCode = await runCli(process.argv.slice(2), process.env);
} catch (error) {
  process.stderr.write(`oncall-gate: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
