// `oncall-gate plan --base <git ref> [--policy-path P] [--tests-path T]`: the same plan
// the pull request gets, locally before pushing. The base policies come from git at the ref, the
// head from the working tree. With INCIDENTIO_API_KEY set it also runs the live checks and shows
// the effect on people; without it, the effect on people comes from the rota snapshots of the
// tests folder when it has some. Exit codes: 0 valid, 1 invalid (or incident.io failed, or a rota
// snapshot read has errors), 2 usage error.
import { realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunGit } from '../plan/git-policy-files.js';
import { isUsageError, parseFlags, usageError } from '../cli-args.js';
import type { CliContext } from '../context.js';
import { isError, isServiceError } from '../errors.js';
import type { CliOutcome } from '../report/cli-json.js';
import type { PlanSnapshots } from '../plan/compute-plan.js';
import type { Diagnostic } from '../policy/diagnostic.js';
import { apiUrlFrom, shownDiagnostics, shownFrom } from './check.js';

export interface PlanCliOptions {
  /** Where to find the repository (default: the current folder). */
  cwd?: string;
  git?: RunGit;
}

export const PLAN_USAGE = `Usage: oncall-gate plan --base <git ref> [--policy-path <folder>] [--tests-path <folder>] [--json]

Shows what a policy change does, Terraform-style: the policies and rules added, changed and
removed between <git ref> and the working tree, and (with INCIDENTIO_API_KEY set) who gains or
loses approval rights now and over the next 7 days, plus live checks of schedules and identities.
Without the key, who gains or loses approval rights comes from the rota snapshots of the tests
folder, over their window, when it has some (docs/policy-tests.md).

Options:
  --base <ref>           the git ref to compare with (branch, tag or commit), e.g. origin/main
  --policy-path <folder> the policy folder, relative to the repository root (default: policies)
  --tests-path <folder>  the policy tests folder, relative to the repository root, whose rota
                         snapshots are read without a key (default: policy-tests)
  --json                 print one JSON document instead (docs/cli.md)

Environment: INCIDENTIO_API_KEY, INCIDENTIO_API_URL (default https://api.incident.io).
Exit codes: 0 valid, 1 invalid, 2 usage error.`;

interface ParsedArgs {
  base?: string;
  policyPath: string;
  testsPath: string;
  /** --tests-path was given: the folder must then exist. */
  testsGiven: boolean;
  help: boolean;
}

/** A folder inside the repository, with forward slashes and no `./` or trailing slash; undefined when it is not one. */
function repoFolder(path: string): string | undefined {
  const folder = path.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
  if (folder === '' || folder.startsWith('/') || folder.split('/').includes('..')) return undefined;
  return folder;
}
const within = (a: string, b: string): boolean => a === b || a.startsWith(`${b}/`);

export function parsePlanArgs(args: readonly string[]): ParsedArgs | string {
  let parsed;
  try {
    parsed = parseFlags(args, ['base', 'policy-path', 'tests-path']);
  } catch (error) {
    if (isUsageError(error)) return error.message;
    throw error;
  }
  if (parsed.positionals.length > 0) return `Unexpected argument "${parsed.positionals[0]}" (the base ref goes after --base).`;
  const base = parsed.flags.get('base');
  const tests = parsed.flags.get('tests-path');
  const out: ParsedArgs = {
    policyPath: parsed.flags.get('policy-path') ?? 'policies',
    testsPath: tests ?? 'policy-tests',
    testsGiven: tests !== undefined,
    help: parsed.help,
    ...(base ? { base } : {}),
  };
  if (out.help) return out;
  if (!out.base) return '--base <git ref> is required';
  const folder = repoFolder(out.policyPath);
  if (folder === undefined) {
    return `--policy-path must be a folder inside the repository (like "policies"), got "${out.policyPath}"`;
  }
  out.policyPath = folder;
  const testsFolder = repoFolder(out.testsPath);
  if (testsFolder === undefined || testsFolder === '.')
    return `--tests-path must be a folder inside the repository (like "policy-tests"), got "${out.testsPath}"`;
  if (out.testsGiven && (within(testsFolder, folder) || within(folder, testsFolder))) {
    return `the tests folder ${testsFolder} and the policy folder ${folder} overlap: every YAML file under the policy folder is a policy. Keep the tests in their own folder beside it, like policy-tests.`;
  }
  out.testsPath = testsFolder;
  return out;
}

const isFolder = (path: string): Promise<boolean> =>
  stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );

const usage = (message: string): CliOutcome => ({ exitCode: 2, verdict: 'error', error: { kind: 'usage', message } });

export async function runPlanCli(args: string[], cli: CliContext, options: PlanCliOptions = {}): Promise<CliOutcome> {
  const { env, out } = cli;
  const parsed = parsePlanArgs(args);
  if (typeof parsed === 'string') {
    out.error(`oncall-gate plan: ${parsed}\n\n${PLAN_USAGE}`);
    return usage(parsed);
  }
  const { base } = parsed;
  if (parsed.help || base === undefined) {
    out.log(PLAN_USAGE);
    return { exitCode: 0, verdict: 'help' };
  }
  const { policyPath } = parsed;
  const { describeCliError, describeCliErrorReport } = await import('../report/describe-error.js');
  /** A plan that cannot be made: the message on stderr, the outcome with the error. */
  const failed = (exitCode: 1 | 2, line: string, error: unknown): CliOutcome => {
    out.error(`oncall-gate plan: ${line}`);
    const report = describeCliErrorReport(error, cli.redactor.redact);
    return { exitCode, verdict: 'error', error: exitCode === 2 ? { ...report, kind: 'usage', message: line } : report };
  };

  const git = await import('../plan/git-policy-files.js');
  const run = options.git ?? git.runGit;
  const cwd = options.cwd ?? cli.cwd;
  let root: string;
  let baseFiles;
  let baseLabel: string;
  try {
    root = await git.gitTopLevel(cwd, run);
    baseFiles = await git.readPolicyFilesAtGitRef(root, base, policyPath, run);
    baseLabel = await git.describeRef(root, base, run);
  } catch (error) {
    if (isError(error, 'input')) return failed(2, describeCliError(error, cli.redactor.redact), error);
    if (isError(error, 'policy')) return failed(2, `at ${base}: ${error.message}`, error);
    throw error;
  }

  const headExists = await isFolder(join(root, policyPath));
  if (!headExists && baseFiles.length === 0) {
    const line =
      `there is no policy folder ${policyPath}/ in the working tree (${root}) nor at ${base}. ` +
      'Pass --policy-path with the folder that holds your policy files.';
    return failed(2, line, usageError(line));
  }
  const { readPolicyDir } = await import('../policy/read-policy-dir.js');
  let headFiles;
  try {
    headFiles = headExists ? await readPolicyDir(root, policyPath) : [];
  } catch (error) {
    if (isError(error, 'policy')) return failed(2, error.message, error);
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
      return failed(2, (error as Error).message, error);
    }
    client = await cli.incidentio(url);
  }

  // Without a key, the rota snapshots of the tests folder stand in for live schedule entries.
  let snapshots: PlanSnapshots | undefined;
  let snapshotProblems: Diagnostic[] = [];
  if (!client) {
    const { testsPath } = parsed;
    const overlaps = within(testsPath, policyPath) || within(policyPath, testsPath);
    if (parsed.testsGiven && !(await isFolder(join(root, testsPath)))) {
      const line =
        `there is no tests folder ${testsPath}/ in the working tree (${root}). ` +
        'Pass --tests-path with the folder that holds your policy tests and rota snapshots (docs/policy-tests.md).';
      return failed(2, line, usageError(line));
    }
    if (!overlaps && (await isFolder(join(root, testsPath)))) {
      const { loadPolicyTestsFolder } = await import('./policy-tests.js');
      let suite;
      try {
        suite = await loadPolicyTestsFolder(root, testsPath);
      } catch (error) {
        if (isError(error, 'policy')) return failed(2, error.message, error);
        throw error;
      }
      snapshots = { folder: testsPath, snapshots: suite.snapshots, broken: suite.brokenSnapshots };
      const broken = new Set(suite.brokenSnapshots);
      snapshotProblems = suite.diagnostics.filter((d) => broken.has(d.file));
    }
  }

  const [{ computePlan }, { renderPlanText }, { formatDiagnosticLine }, { totals }] = await Promise.all([
    import('../plan/compute-plan.js'),
    import('../plan/render-plan.js'),
    import('../report/render-diagnostics.js'),
    import('../plan/diff.js'),
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
      ...(snapshots ? { snapshots } : {}),
      now: cli.clock(),
      keyHint: 'set INCIDENTIO_API_KEY (and INCIDENTIO_API_URL for the emulator)',
    });
  } catch (error) {
    if (isServiceError(error, 'incidentio')) return failed(1, describeCliError(error, cli.redactor.redact), error);
    throw error;
  }
  const { model } = outcome;
  // Paths as the user reads them: relative to the folder the command ran in, not the repository root.
  // git names the top level by its real path; so must the current folder, for the two to compare.
  const shown = shownFrom(await realpath(cwd).catch(() => cwd), root);
  // The problems of the rota snapshots read, at their lines: `oncall-gate test` fails on them too.
  const diagnostics = shownDiagnostics([...model.diagnostics, ...snapshotProblems], shown);
  for (const d of diagnostics) {
    if (d.severity === 'error') out.error(formatDiagnosticLine(d));
    else out.log(formatDiagnosticLine(d));
  }
  if (diagnostics.length > 0) out.log('');
  out.log(renderPlanText(model).trimEnd());
  const invalid = diagnostics.some((d) => d.severity === 'error');
  return {
    exitCode: invalid ? 1 : 0,
    verdict: invalid ? 'invalid' : 'valid',
    diagnostics,
    facts: {
      base: baseLabel,
      head: model.headLabel,
      policyPath: shown(policyPath),
      files: model.files,
      baseErrors: model.baseErrors,
      totals: totals(model.changes),
      changes: model.changes,
      people: model.people,
      scheduleNames: model.scheduleNames,
      ...(model.remoteNote ? { remoteNote: model.remoteNote } : {}),
    },
  };
}
