// `oncall-gate` command line: the same core as the action, for local use before pushing and for
// the demo. Subcommands load on demand. Exit codes: 0 ok, 1 failed/denied/invalid, 2 usage error.
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path';

const USAGE = `Usage: oncall-gate <command> [options]

Commands:
  validate [folder]                       check every policy file (default folder: policies);
                                          with INCIDENTIO_API_KEY also schedules, people and roles
  plan --base <git ref> [--policy-path P] what a policy change does, against a base ref
  check <login|email> [--environment E | --policy P] [--reason TEXT] [--policy-path P] [--api-url URL]
                                          would this person pass the gate now, and why
  who <schedule-id> [--policy-path P] [--api-url URL]
                                          who is on call now, and who is next
  emulator [--port N] [--fixture FILE]    run the local incident.io emulator (demo data)

Environment: INCIDENTIO_API_KEY (the key), INCIDENTIO_API_URL (default https://api.incident.io).
Exit codes: 0 success, 1 invalid / not approved / failed, 2 usage error.`;

export interface CliOutput {
  log(line: string): void;
  error(line: string): void;
}

const fixOf = (error: Error): string => {
  const fix = (error as { fix?: unknown }).fix;
  return typeof fix === 'string' && fix && !error.message.includes(fix) ? ` ${fix}` : '';
};

const consoleOutput: CliOutput = {
  log: (line) => process.stdout.write(line + '\n'),
  error: (line) => process.stderr.write(line + '\n'),
};

async function validateCommand(args: string[], env: NodeJS.ProcessEnv, out: CliOutput): Promise<number> {
  const positional = args.filter((a) => !a.startsWith('-'));
  const unknown = args.filter((a) => a.startsWith('-') && a !== '--help');
  if (args.includes('--help')) {
    out.log('Usage: oncall-gate validate [folder]   (default folder: policies)');
    return 0;
  }
  if (positional.length > 1 || unknown.length > 0) {
    out.error(`oncall-gate validate takes one folder; got: ${args.join(' ')}`);
    return 2;
  }
  const target = resolve(positional[0] ?? 'policies');
  // Paths are reported relative to the current folder, as the action reports them relative to
  // the repository root; a folder outside the current one is reported relative to its parent.
  let root = process.cwd();
  let folder = relative(root, target);
  if (folder === '' || folder.startsWith('..') || isAbsolute(folder)) {
    root = dirname(target);
    folder = basename(target);
  }
  const { readPolicyDir } = await import('./policy/read-policy-dir.js');
  const { loadPolicySet } = await import('./policy/load-policy.js');
  const { formatDiagnosticLine, totalsLine } = await import('./report/render-diagnostics.js');
  let set;
  try {
    const files = await readPolicyDir(root, folder.split('\\').join('/'));
    set = loadPolicySet(files);
    const key = env.INCIDENTIO_API_KEY ?? '';
    if (key) {
      const { withLiveChecks } = await import('./commands/validate.js');
      const url = (env.INCIDENTIO_API_URL || 'https://api.incident.io').replace(/\/+$/, '');
      set = await withLiveChecks(set, files, url, key, new Date());
    }
  } catch (error) {
    // A folder that cannot be read is a usage error; incident.io failing the live checks is not.
    out.error(error instanceof Error ? `${error.message}${fixOf(error)}` : String(error));
    return error instanceof Error && error.name === 'PolicyDirError' ? 2 : 1;
  }
  for (const d of set.diagnostics) (d.severity === 'error' ? out.error : out.log)(formatDiagnosticLine(d));
  out.log(totalsLine(set.files.length, set.diagnostics));
  return set.valid ? 0 : 1;
}

export async function runCli(argv: string[], env: NodeJS.ProcessEnv, out: CliOutput = consoleOutput): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'validate':
      return validateCommand(args, env, out);
    case 'check':
      return (await import('./commands/check.js')).runCheckCommand(args, env, out);
    case 'who':
      return (await import('./commands/who.js')).runWhoCommand(args, env, out);
    case 'plan':
      return (await import('./commands/plan-cli.js')).runPlanCli(args, env, out);
    case 'emulator':
      return (await import('./emulator/cli.js')).runEmulatorCommand(args, env);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      out.log(USAGE);
      return command === undefined ? 2 : 0;
    default:
      out.error(`Unknown command "${command}".\n\n${USAGE}`);
      return 2;
  }
}
