// `oncall-gate validate [folder] [--api-url URL] [--json]`: every problem of the policy files at
// once, `file:line:col: message (fix)` with paths relative to the current folder, then the totals.
// With INCIDENTIO_API_KEY it also checks, read-only, the schedules, people and key roles the files
// name in incident.io; with GITHUB_TOKEN (or GH_TOKEN) that every login of the identities file is
// a GitHub account. Exit 0 valid, 1 invalid or a check could not run, 2 usage.
import { isUsageError, parseFlags } from '../cli-args.js';
import type { CliContext } from '../context.js';
import { isError } from '../errors.js';
import type { PolicyFile } from '../policy/types.js';
import type { CliErrorReport, CliOutcome } from '../report/cli-json.js';
import { describeCliError, describeCliErrorReport } from '../report/describe-error.js';
import { apiUrlFrom, localPolicyFolder, shownDiagnostics } from './check.js';

export const VALIDATE_USAGE =
  'Usage: oncall-gate validate [folder] [--api-url URL] [--json]\n' +
  '  Checks every *.yaml / *.yml policy file under the folder (default: policies) and prints one\n' +
  '  line per problem, file:line:col: message (fix), with paths relative to the current folder,\n' +
  '  then the totals.\n' +
  '  With INCIDENTIO_API_KEY set it also checks, read-only, that the schedules, people and key\n' +
  '  roles the files name exist in incident.io (URL from --api-url, INCIDENTIO_API_URL or\n' +
  '  https://api.incident.io). With GITHUB_TOKEN (or GH_TOKEN) set it checks that every login in\n' +
  '  the identities file is a GitHub account, with "did you mean" from the assignees of\n' +
  '  GITHUB_REPOSITORY (owner/repo) when it is set.\n' +
  '  --json prints one JSON document instead (docs/cli.md).\n' +
  '  Exit codes: 0 valid (warnings allowed), 1 invalid or a check could not run, 2 usage error.';

/** Which live checks ran: `skipped` without a credential, `failed` when the service could not be asked. */
export type LiveCheckState = 'checked' | 'skipped' | 'failed';

const usage = (message: string): CliOutcome => ({ exitCode: 2, verdict: 'error', error: { kind: 'usage', message } });

export async function runValidateCli(args: string[], cli: CliContext): Promise<CliOutcome> {
  const { env, out } = cli;
  let parsed;
  try {
    parsed = parseFlags(args, ['api-url']);
  } catch (error) {
    if (!isUsageError(error)) throw error;
    out.error(`${error.message}\n\n${VALIDATE_USAGE}`);
    return usage(error.message);
  }
  if (parsed.help) {
    out.log(VALIDATE_USAGE);
    return { exitCode: 0, verdict: 'help' };
  }
  if (parsed.positionals.length > 1) {
    const message = `oncall-gate validate takes one folder; got ${parsed.positionals.length}: ${parsed.positionals.join(' ')}`;
    out.error(`${message}\n\n${VALIDATE_USAGE}`);
    return usage(message);
  }

  const [{ readPolicyDir }, { loadPolicySet }] = await Promise.all([
    import('../policy/read-policy-dir.js'),
    import('../policy/load-policy.js'),
  ]);
  const key = (env.INCIDENTIO_API_KEY ?? '').trim();
  const given = parsed.positionals[0] ?? 'policies';
  let files: PolicyFile[];
  let url = '';
  let shown: (path: string) => string;
  let folder: string;
  try {
    if (key || parsed.flags.has('api-url')) url = apiUrlFrom(parsed.flags, env);
    const where = await localPolicyFolder(given, cli.cwd, 'pass the folder that holds the policy files: oncall-gate validate <folder>');
    shown = where.shown;
    folder = where.shown(where.folder);
    files = await readPolicyDir(where.root, where.folder);
  } catch (error) {
    // A folder that cannot be read, or a malformed API URL, is a usage error.
    out.error(describeCliError(error, cli.redactor.redact));
    const report = describeCliErrorReport(error, cli.redactor.redact);
    return isError(error, 'policy') || isUsageError(error)
      ? { exitCode: 2, verdict: 'error', error: { ...report, kind: 'usage' } }
      : { exitCode: 1, verdict: 'error', error: report };
  }

  let set = loadPolicySet(files);
  const checks: { incidentio: LiveCheckState; github: LiveCheckState } = { incidentio: 'skipped', github: 'skipped' };
  const failures: { service: string; error: unknown }[] = [];
  if (key) {
    try {
      const { withLiveChecks } = await import('./validate.js');
      set = await withLiveChecks(set, files, await cli.incidentio(url), cli.clock());
      checks.incidentio = 'checked';
    } catch (error) {
      // incident.io failing the live checks does not hide what the files themselves say.
      checks.incidentio = 'failed';
      failures.push({ service: 'incident.io', error });
    }
  }

  if (env.GITHUB_TOKEN || env.GH_TOKEN) {
    try {
      const [{ checkGitHubLogins }, { withLiveDiagnostics }, github] = await Promise.all([
        import('../policy/github-logins.js'),
        import('../policy/live-checks.js'),
        cli.github(),
      ]);
      // The repository's assignees give "did you mean"; without GITHUB_REPOSITORY there are none.
      const { owner, repo } = github.repository;
      const client = owner && repo ? github : { getUser: (login: string) => github.getUser(login) };
      set = withLiveDiagnostics(set, await checkGitHubLogins(set, files, client));
      checks.github = 'checked';
    } catch (error) {
      checks.github = 'failed';
      failures.push({ service: 'GitHub', error });
    }
  }

  const diagnostics = shownDiagnostics(set.diagnostics, shown);
  const { formatDiagnosticLine, countBySeverity, totalsLine } = await import('../report/render-diagnostics.js');
  for (const d of diagnostics) (d.severity === 'error' ? out.error : out.log)(formatDiagnosticLine(d));
  const notChecked = failures.map((f) => f.service).join(' and ');
  out.log(totalsLine(set.files.length, diagnostics) + (notChecked ? ` Not checked against ${notChecked}: see below.` : ''));
  for (const failure of failures) out.error(liveCheckFailure(failure.service, failure.error, cli));

  const { errors, warnings } = countBySeverity(diagnostics);
  const facts = {
    folder,
    files: set.files.map(shown),
    policies: set.policies.map((p) => p.name),
    errors,
    warnings,
    checks,
  };
  const [failure] = failures;
  if (failure) {
    const error: CliErrorReport = describeCliErrorReport(failure.error, cli.redactor.redact);
    return { exitCode: 1, verdict: 'error', diagnostics, facts, error };
  }
  return { exitCode: set.valid ? 0 : 1, verdict: set.valid ? 'valid' : 'invalid', diagnostics, facts };
}

/**
 * Why a service's checks did not run (a refused key says so, with the fix), and that the files
 * alone can be checked without the credential.
 */
function liveCheckFailure(service: string, error: unknown, cli: CliContext): string {
  const variable = service === 'incident.io' ? 'INCIDENTIO_API_KEY' : 'GITHUB_TOKEN and GH_TOKEN';
  const what = service === 'incident.io' ? 'the schedules, people and key roles the files name' : 'the logins of the identities file';
  return (
    `Error: ${describeCliError(error, cli.redactor.redact)} ` +
    `The files themselves were checked (above), but not ${what}; to check only the files, unset ${variable}.`
  );
}
