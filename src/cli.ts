// `oncall-gate` command line: the same core as the action, for local use before pushing and for
// the demo. Subcommands load on demand. Exit codes: 0 ok, 1 failed/denied/invalid, 2 usage error.
import { systemClock, type Clock } from './clock.js';
import { VERSION } from './version.generated.js';
import { createCliContext } from './compose.js';
import type { CliContext, CliOutput } from './context.js';
import { JSON_COMMANDS, type CliOutcome, type JsonCommand } from './report/cli-json.js';

export type { CliOutput } from './context.js';

const USAGE = `Usage: oncall-gate <command> [options]

Commands:
  validate [folder] [--api-url URL]       check every policy file (default folder: policies);
                                          with INCIDENTIO_API_KEY also schedules, people and roles,
                                          with GITHUB_TOKEN also the GitHub logins
  plan --base <git ref> [--policy-path P] [--tests-path T]
                                          what a policy change does, against a base ref
  check <login|email> [--environment E | --policy P] [--reason TEXT] [--policy-path P] [--api-url URL] [--at T]
                                          would this person pass the gate now (or at T), and why;
                                          --assume-unavailable previews outage mode
  who <schedule-id> [--policy-path P] [--api-url URL] [--at T]
                                          who is on call now (or at T), and who is next
  emulator [--port N] [--fixture FILE] [--now T]
                                          run the local incident.io emulator (demo data)
  test [--policy-path P] [--tests-path T] run the policy tests offline (default folder: policy-tests)
  record --schedule <id> --from T --to T  record a rota snapshot for policy tests (schedule entries and users)
  explain <record.json>                   print a decision record (the decision-record output)
  app [--sweep] [--env-file FILE]         run as a GitHub App: a deployment protection rule
                                          (docs/app-mode.md)
  help <command>, <command> --help        the options of one command

--json (validate, plan, check, who) prints one JSON document on stdout instead of text.
Times (T) are RFC 3339 with an offset: 2026-12-11T18:00:00Z or 2026-12-11T18:00:00+01:00.

Environment: INCIDENTIO_API_KEY (the key), INCIDENTIO_API_URL (default https://api.incident.io),
GITHUB_TOKEN or GH_TOKEN, GITHUB_REPOSITORY (owner/repo).
Exit codes: 0 success, 1 invalid / not approved / failed, 2 usage error (docs/cli.md).`;

const consoleOutput: CliOutput = {
  log: (line) => process.stdout.write(line + '\n'),
  error: (line) => process.stderr.write(line + '\n'),
};

/**
 * `clock` is the CLI's "now" (the system clock; tests pin it). `--at` / `--now` override it per
 * command. `cwd` is the folder the command runs in.
 */
export async function runCli(
  argv: string[],
  env: NodeJS.ProcessEnv,
  rawOut: CliOutput = consoleOutput,
  clock: Clock = systemClock,
  cwd: string = process.cwd(),
): Promise<number> {
  const [command, ...args] = argv;
  if (isJsonCommand(command)) return runAnswering(command, args, env, rawOut, clock, cwd);
  // Every line the CLI prints goes through the one redactor, with the secrets it may hold.
  const cli = createCliContext(env, rawOut, clock, cwd);
  const { out } = cli;
  switch (command) {
    case 'test':
      return (await import('./commands/test-cli.js')).runTestCommand(args, cli);
    case 'record':
      return (await import('./commands/record.js')).runRecordCommand(args, cli);
    case 'explain':
      return (await import('./commands/explain.js')).runExplainCommand(args, cli);
    case 'emulator':
      if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) return help('emulator', out);
      return (await emulatorCli()).runEmulatorCommand(args, env, { clock });
    case 'app':
      // App mode (src/app/): loaded only for this command, so nothing of it reaches the action's path.
      return (await import('./app/command.js')).runAppCommand(args, env, { out, clock });
    case undefined:
      // No command is a usage error: the usage goes to stderr, as for any other usage error.
      out.error(USAGE);
      return 2;
    case 'help':
    case '--help':
    case '-h':
      return help(args[0], out);
    case 'version':
    case '--version':
    case '-V':
      out.log(`oncall-gate ${VERSION}`);
      return 0;
    default:
      out.error(`Unknown command "${command}".\n\n${USAGE}`);
      return 2;
  }
}

// The emulator is a test double (packages/incidentio-emulator); this is the one place the product
// imports it (test/boundaries.test.ts keeps it so). Loaded only for `oncall-gate emulator`.
const emulatorCli = () => import('@oncall-gate/incidentio-emulator/cli');

const isJsonCommand = (command: string | undefined): command is JsonCommand => (JSON_COMMANDS as readonly string[]).includes(command ?? '');

/** Runs one of the subcommands that answer with an outcome: as text, or with --json as one JSON document on stdout and nothing else. */
async function runAnswering(
  command: JsonCommand,
  args: string[],
  env: NodeJS.ProcessEnv,
  rawOut: CliOutput,
  clock: Clock,
  cwd: string,
): Promise<number> {
  // `--json` before a `--`; --help stays text (it is for people).
  const end = args.includes('--') ? args.indexOf('--') : args.length;
  const before = args.slice(0, end);
  const json = before.includes('--json') && !before.some((a) => a === '--help' || a === '-h');
  const rest = [...before.filter((a) => a !== '--json'), ...args.slice(end)];
  // In JSON mode the subcommand's own lines are not printed: the document says it all.
  const quiet: CliOutput = { log: () => undefined, error: () => undefined };
  const cli = createCliContext(env, json ? quiet : rawOut, clock, cwd);
  let outcome: CliOutcome;
  try {
    outcome = await answer(command, rest, cli);
  } catch (error) {
    if (!json) throw error;
    // A bug: still one document, with the error; the entry prints no second line.
    const { describeCliErrorReport } = await import('./report/describe-error.js');
    outcome = { exitCode: 1, verdict: 'error', error: describeCliErrorReport(error, cli.redactor.redact) };
  }
  if (json) {
    const { renderCliJson } = await import('./report/cli-json.js');
    // Printed through the redactor, like every other line.
    createCliContext(env, rawOut, clock, cwd).out.log(renderCliJson(command, outcome));
  }
  return outcome.exitCode;
}

async function answer(command: JsonCommand, args: string[], cli: CliContext): Promise<CliOutcome> {
  switch (command) {
    case 'validate':
      return (await import('./commands/validate-cli.js')).runValidateCli(args, cli);
    case 'check':
      return (await import('./commands/check.js')).runCheckCommand(args, cli);
    case 'who':
      return (await import('./commands/who.js')).runWhoCommand(args, cli);
    case 'plan':
      return (await import('./commands/plan-cli.js')).runPlanCli(args, cli);
  }
}

/** `oncall-gate help [command]`: the usage of one command, or of all. */
async function help(command: string | undefined, out: CliOutput): Promise<number> {
  const usages: Record<string, () => Promise<string>> = {
    validate: async () => (await import('./commands/validate-cli.js')).VALIDATE_USAGE,
    check: async () => (await import('./commands/check.js')).CHECK_USAGE,
    who: async () => (await import('./commands/who.js')).WHO_USAGE,
    plan: async () => (await import('./commands/plan-cli.js')).PLAN_USAGE,
    test: async () => (await import('./commands/test-cli.js')).TEST_USAGE,
    record: async () => (await import('./commands/record.js')).RECORD_USAGE,
    explain: async () => (await import('./commands/explain.js')).EXPLAIN_USAGE,
  };
  if (command === undefined) {
    out.log(USAGE);
    return 0;
  }
  if (command === 'emulator') return (await emulatorCli()).runEmulatorCommand(['--help'], {}, { stdout: out.log, stderr: out.error });
  const usage = usages[command];
  if (!usage) {
    out.error(`Unknown command "${command}".\n\n${USAGE}`);
    return 2;
  }
  out.log(await usage());
  return 0;
}
