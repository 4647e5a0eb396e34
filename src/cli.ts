// `oncall-gate` command line: the same core as the action, for local use before pushing and for
// the demo. Subcommands load on demand. Exit codes: 0 ok, 1 failed/denied/invalid, 2 usage error.
import { systemClock, type Clock } from './clock.js';
import { VERSION } from './version.generated.js';
import { createCliContext } from './compose.js';
import type { CliContext, CliOutput } from './context.js';
import { isError } from './errors.js';

export type { CliOutput } from './context.js';

const USAGE = `Usage: oncall-gate <command> [options]

Commands:
  validate [folder]                       check every policy file (default folder: policies);
                                          with INCIDENTIO_API_KEY also schedules, people and roles
  plan --base <git ref> [--policy-path P] what a policy change does, against a base ref
  check <login|email> [--environment E | --policy P] [--reason TEXT] [--policy-path P] [--api-url URL] [--at T]
                                          would this person pass the gate now (or at T), and why
  who <schedule-id> [--policy-path P] [--api-url URL] [--at T]
                                          who is on call now (or at T), and who is next
  emulator [--port N] [--fixture FILE] [--now T]
                                          run the local incident.io emulator (demo data)
  app [--sweep] [--env-file FILE]         run as a GitHub App: a deployment protection rule
                                          (docs/app-mode.md)

Times (T) are RFC 3339 with an offset: 2026-12-11T18:00:00Z or 2026-12-11T18:00:00+01:00.

Environment: INCIDENTIO_API_KEY (the key), INCIDENTIO_API_URL (default https://api.incident.io).
Exit codes: 0 success, 1 invalid / not approved / failed, 2 usage error.`;

const consoleOutput: CliOutput = {
  log: (line) => process.stdout.write(line + '\n'),
  error: (line) => process.stderr.write(line + '\n'),
};

const VALIDATE_USAGE =
  'Usage: oncall-gate validate [folder]\n' +
  '  Checks every *.yaml / *.yml policy file under the folder (default: policies) and prints one\n' +
  '  line per problem, file:line:col: message (fix), then the totals. With INCIDENTIO_API_KEY set it\n' +
  '  also checks, read-only, that the schedules, people and key roles the files name exist in\n' +
  '  incident.io (URL from INCIDENTIO_API_URL, default https://api.incident.io).\n' +
  '  Exit codes: 0 valid (warnings allowed), 1 invalid or the live checks failed, 2 usage error.';

async function validateCommand(args: string[], cli: CliContext): Promise<number> {
  const { env, out } = cli;
  const { isUsageError, parseFlags } = await import('./cli-args.js');
  let positional: string[];
  try {
    const parsed = parseFlags(args, []);
    if (parsed.help) {
      out.log(VALIDATE_USAGE);
      return 0;
    }
    positional = parsed.positionals;
  } catch (error) {
    if (!isUsageError(error)) throw error;
    out.error(`${error.message}\n\n${VALIDATE_USAGE}`);
    return 2;
  }
  if (positional.length > 1) {
    out.error(`oncall-gate validate takes one folder; got ${positional.length}: ${positional.join(' ')}\n\n${VALIDATE_USAGE}`);
    return 2;
  }
  const [
    { apiUrlFrom, localPolicyFolder },
    { readPolicyDir },
    { loadPolicySet },
    { formatDiagnosticLine, totalsLine },
    { describeCliError },
  ] = await Promise.all([
    import('./commands/check.js'),
    import('./policy/read-policy-dir.js'),
    import('./policy/load-policy.js'),
    import('./report/render-diagnostics.js'),
    import('./report/describe-error.js'),
  ]);
  const key = env.INCIDENTIO_API_KEY ?? '';
  let files;
  let url = '';
  try {
    if (key) url = apiUrlFrom(new Map(), env);
    const { root, folder } = await localPolicyFolder(
      positional[0] ?? 'policies',
      process.cwd(),
      'pass the folder that holds the policy files: oncall-gate validate <folder>',
    );
    files = await readPolicyDir(root, folder);
  } catch (error) {
    // A folder that cannot be read, or a malformed API URL, is a usage error.
    out.error(describeCliError(error, cli.redactor.redact));
    return isError(error, 'policy') || isUsageError(error) ? 2 : 1;
  }
  let set = loadPolicySet(files);
  let liveError: string | undefined;
  if (key) {
    try {
      const { withLiveChecks } = await import('./commands/validate.js');
      set = await withLiveChecks(set, files, await cli.incidentio(url), cli.clock());
    } catch (error) {
      // incident.io failing the live checks does not hide what the files themselves say.
      liveError = describeCliError(error, cli.redactor.redact);
    }
  }
  for (const d of set.diagnostics) (d.severity === 'error' ? out.error : out.log)(formatDiagnosticLine(d));
  out.log(totalsLine(set.files.length, set.diagnostics));
  if (liveError) {
    out.error(`The live checks against incident.io failed, so schedules, people and key roles were not checked: ${liveError}`);
    return 1;
  }
  return set.valid ? 0 : 1;
}

/** `clock` is the CLI's "now" (the system clock; tests pin it). `--at` / `--now` override it per command. */
export async function runCli(
  argv: string[],
  env: NodeJS.ProcessEnv,
  rawOut: CliOutput = consoleOutput,
  clock: Clock = systemClock,
): Promise<number> {
  const [command, ...args] = argv;
  // Every line the CLI prints goes through the one redactor, with the secrets it may hold.
  const cli = createCliContext(env, rawOut, clock);
  const { out } = cli;
  switch (command) {
    case 'validate':
      return validateCommand(args, cli);
    case 'check':
      return (await import('./commands/check.js')).runCheckCommand(args, cli);
    case 'who':
      return (await import('./commands/who.js')).runWhoCommand(args, cli);
    case 'plan':
      return (await import('./commands/plan-cli.js')).runPlanCli(args, cli);
    case 'emulator':
      // The emulator is a test double (packages/incidentio-emulator); this is the one place the
      // product imports it (test/boundaries.test.ts keeps it so). Loaded only for this command.
      return (await import('@oncall-gate/incidentio-emulator/cli')).runEmulatorCommand(args, env, { clock });
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
      out.log(USAGE);
      return 0;
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
