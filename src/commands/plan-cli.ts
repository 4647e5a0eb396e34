// `oncall-gate plan --base <git ref> [--policy-path P]`: the same plan
// the pull request gets, locally before pushing. The base policies come from git at the ref, the
// head from the working tree. With INCIDENTIO_API_KEY set it also runs the live checks and shows
// the effect on people. Exit codes: 0 valid, 1 invalid (or incident.io failed), 2 usage error.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunGit } from '../plan/git-policy-files.js';
import { isUsageError, parseFlags } from '../cli-args.js';
import type { CliContext } from '../context.js';
import { isError, isServiceError } from '../errors.js';
import { apiUrlFrom } from './check.js';

export interface PlanCliOptions {
  /** Where to find the repository (default: the current folder). */
  cwd?: string;
  git?: RunGit;
}

const USAGE = `Usage: oncall-gate plan --base <git ref> [--policy-path <folder>]

Shows what a policy change does, Terraform-style: the policies and rules added, changed and
removed between <git ref> and the working tree, and (with INCIDENTIO_API_KEY set) who gains or
loses approval rights now and over the next 7 days, plus live checks of schedules and identities.

Options:
  --base <ref>           the git ref to compare with (branch, tag or commit), e.g. origin/main
  --policy-path <folder> the policy folder, relative to the repository root (default: policies)

Environment: INCIDENTIO_API_KEY, INCIDENTIO_API_URL (default https://api.incident.io).
Exit codes: 0 valid, 1 invalid, 2 usage error.`;

interface ParsedArgs {
  base?: string;
  policyPath: string;
  help: boolean;
}

export function parsePlanArgs(args: readonly string[]): ParsedArgs | string {
  let parsed;
  try {
    parsed = parseFlags(args, ['base', 'policy-path']);
  } catch (error) {
    if (isUsageError(error)) return error.message;
    throw error;
  }
  if (parsed.positionals.length > 0) return `Unexpected argument "${parsed.positionals[0]}" (the base ref goes after --base).`;
  const base = parsed.flags.get('base');
  const out: ParsedArgs = { policyPath: parsed.flags.get('policy-path') ?? 'policies', help: parsed.help, ...(base ? { base } : {}) };
  if (out.help) return out;
  if (!out.base) return '--base <git ref> is required';
  const folder = out.policyPath.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
  if (folder === '' || folder.startsWith('/') || folder.split('/').includes('..')) {
    return `--policy-path must be a folder inside the repository (like "policies"), got "${out.policyPath}"`;
  }
  out.policyPath = folder;
  return out;
}

const isFolder = (path: string): Promise<boolean> =>
  stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );

export async function runPlanCli(args: string[], cli: CliContext, options: PlanCliOptions = {}): Promise<number> {
  const { env, out } = cli;
  const parsed = parsePlanArgs(args);
  if (typeof parsed === 'string') {
    out.error(`oncall-gate plan: ${parsed}\n\n${USAGE}`);
    return 2;
  }
  const { help, base, policyPath } = parsed;
  if (help || base === undefined) {
    out.log(USAGE);
    return 0;
  }

  const git = await import('../plan/git-policy-files.js');
  const run = options.git ?? git.runGit;
  let root: string;
  let baseFiles;
  let baseLabel: string;
  try {
    root = await git.gitTopLevel(options.cwd ?? process.cwd(), run);
    baseFiles = await git.readPolicyFilesAtGitRef(root, base, policyPath, run);
    baseLabel = await git.describeRef(root, base, run);
  } catch (error) {
    if (isError(error, 'input')) {
      const { describeCliError } = await import('../report/describe-error.js');
      out.error(`oncall-gate plan: ${describeCliError(error, cli.redactor.redact)}`);
      return 2;
    }
    if (isError(error, 'policy')) {
      out.error(`oncall-gate plan: at ${base}: ${error.message}`);
      return 2;
    }
    throw error;
  }

  const headExists = await isFolder(join(root, policyPath));
  if (!headExists && baseFiles.length === 0) {
    out.error(
      `oncall-gate plan: there is no policy folder ${policyPath}/ in the working tree (${root}) nor at ${base}. ` +
        'Pass --policy-path with the folder that holds your policy files.',
    );
    return 2;
  }
  const { readPolicyDir } = await import('../policy/read-policy-dir.js');
  let headFiles;
  try {
    headFiles = headExists ? await readPolicyDir(root, policyPath) : [];
  } catch (error) {
    if (isError(error, 'policy')) {
      out.error(`oncall-gate plan: ${error.message}`);
      return 2;
    }
    throw error;
  }

  const apiKey = env.INCIDENTIO_API_KEY?.trim() ?? '';
  let client;
  if (apiKey) {
    let url: string;
    try {
      // The same https-only rule as every other command: the key travels with each request.
      url = apiUrlFrom(new Map(), env);
    } catch (error) {
      out.error(`oncall-gate plan: ${(error as Error).message}`);
      return 2;
    }
    client = await cli.incidentio(url);
  }

  const [{ computePlan }, { renderPlanText }, { formatDiagnosticLine }] = await Promise.all([
    import('../plan/compute-plan.js'),
    import('../plan/render-plan.js'),
    import('../report/render-diagnostics.js'),
  ]);
  let outcome;
  try {
    outcome = await computePlan({
      policyPath,
      baseLabel,
      headLabel: 'the working tree',
      baseFiles,
      headFiles,
      ...(client ? { client } : {}),
      now: cli.clock(),
      keyHint: 'set INCIDENTIO_API_KEY (and INCIDENTIO_API_URL for the emulator)',
    });
  } catch (error) {
    if (isServiceError(error, 'incidentio')) {
      const { describeCliError } = await import('../report/describe-error.js');
      out.error(`oncall-gate plan: ${describeCliError(error, cli.redactor.redact)}`);
      return 1;
    }
    throw error;
  }
  const { model } = outcome;
  for (const d of model.diagnostics) {
    if (d.severity === 'error') out.error(formatDiagnosticLine(d));
    else out.log(formatDiagnosticLine(d));
  }
  if (model.diagnostics.length > 0) out.log('');
  out.log(renderPlanText(model).trimEnd());
  return model.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}
