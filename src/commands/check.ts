// `oncall-gate check <login|email> [--environment E | --policy P] [--policy-path DIR] [--api-url URL] [--reason TEXT] [--at T]`:
// would this person pass the gate now (or at T), and why. The same selection and decision as the action's
// `gate`, against the policies in the current folder; read-only. Exit 0 approved (or no policy
// applies), 1 not approved or an error, 2 usage.
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { stat } from 'node:fs/promises';
import type { Requester } from '../decide/types.js';
import { evaluate, policySchedules } from '../decide/engine.js';
import { selectGatePolicies } from '../decide/select-gate-policies.js';
import { normalizeEmail, resolveIdentity } from '../identity/resolve-identity.js';
import type { PolicySet } from '../policy/types.js';
import { isUsageError, parseFlags, usageError } from '../cli-args.js';
import { parseRfc3339, type Clock } from '../clock.js';
import type { CliContext } from '../context.js';
import { scopedSchedules } from '../decide/scope.js';
import type { RotationNames } from '../oncall/rotations.js';
import { checkApiUrl } from '../api-url.js';
import { describeCliError } from '../report/describe-error.js';
import { renderCheckText } from '../report/render-check.js';

export const CHECK_USAGE =
  'Usage: oncall-gate check <login|email> [--environment E | --policy P] [--policy-path DIR] [--api-url URL] [--reason TEXT] [--at T]\n' +
  '  Would this person pass the gate now, and why. Reads the policies under DIR (default: policies)\n' +
  '  and who is on call from incident.io (key in INCIDENTIO_API_KEY; URL from --api-url,\n' +
  '  INCIDENTIO_API_URL or https://api.incident.io). A login is resolved by the identities lookups;\n' +
  '  GitHub lookups use GITHUB_TOKEN (and GITHUB_REPOSITORY for the organization) when set.\n' +
  '  --reason is the `reason` input, for rules with requireReason.\n' +
  '  --at asks about another moment instead of now, as an RFC 3339 time with an offset\n' +
  '  (--at 2026-12-11T18:00:00+01:00: who can deploy on Friday at 18:00 in Paris).\n' +
  '  Exit codes: 0 approved or no policy applies, 1 not approved or error, 2 usage error.';

/**
 * Where a policy folder given on the command line is read from: paths are reported relative to
 * the current folder (as the action reports them relative to the repository root); a folder
 * outside it is reported relative to its parent. Throws a usage error when there is no folder.
 */
export async function localPolicyFolder(
  policyPath: string,
  cwd: string = process.cwd(),
  how = 'run from the repository root, or pass the folder that holds the policy files with --policy-path',
): Promise<{ root: string; folder: string }> {
  const dir = resolve(cwd, policyPath);
  const kind = await stat(dir).then(
    (s) => (s.isDirectory() ? 'folder' : 'file'),
    () => 'none',
  );
  if (kind === 'none') throw usageError(`There is no policy folder at ${dir}; ${how}.`);
  if (kind === 'file') throw usageError(`${dir} is a file, not a folder; ${how}.`);
  let root = cwd;
  let folder = relative(root, dir);
  if (folder === '' || folder.startsWith('..') || isAbsolute(folder)) {
    root = dirname(dir);
    folder = basename(dir);
  }
  return { root, folder: folder.split(sep).join('/') };
}

/** Reads and checks the policy folder; throws with the problems listed. */
export async function loadLocalPolicy(policyPath: string, cwd: string = process.cwd()): Promise<PolicySet> {
  const { root, folder } = await localPolicyFolder(policyPath, cwd);
  const [{ readPolicyDir }, { loadPolicySet }] = await Promise.all([
    import('../policy/read-policy-dir.js'),
    import('../policy/load-policy.js'),
  ]);
  return loadPolicySet(await readPolicyDir(root, folder));
}

export function apiUrlFrom(flags: Map<string, string>, env: NodeJS.ProcessEnv): string {
  const source = flags.has('api-url') ? '--api-url' : 'INCIDENTIO_API_URL';
  const checked = checkApiUrl(flags.get('api-url') ?? (env.INCIDENTIO_API_URL || 'https://api.incident.io'), source);
  if ('message' in checked) throw usageError(checked.message);
  return checked.url;
}

/**
 * `--at <RFC 3339>` when given (a usage error when malformed), else the clock's now. `asked` says
 * whether the moment came from the command line, so the output can say "at" rather than "now".
 */
export function momentFrom(flags: Map<string, string>, clock: Clock): { at: Date; asked: boolean } {
  const text = flags.get('at');
  if (text === undefined) return { at: clock(), asked: false };
  const at = parseRfc3339(text);
  if (!at) {
    throw usageError(
      `--at must be an RFC 3339 date and time with an offset, like 2026-12-11T18:00:00Z or 2026-12-11T18:00:00+01:00 (got "${text}").`,
    );
  }
  return { at, asked: true };
}

export async function runCheckCommand(args: string[], cli: CliContext): Promise<number> {
  const { env, out } = cli;
  let parsed;
  let moment;
  try {
    parsed = parseFlags(args, ['environment', 'policy', 'policy-path', 'api-url', 'reason', 'at']);
    moment = momentFrom(parsed.flags, cli.clock);
  } catch (error) {
    out.error(`${(error as Error).message}\n\n${CHECK_USAGE}`);
    return 2;
  }
  if (parsed.help) {
    out.log(CHECK_USAGE);
    return 0;
  }
  if (parsed.positionals.length !== 1) {
    out.error(`oncall-gate check takes one login or email.\n\n${CHECK_USAGE}`);
    return 2;
  }
  const who = parsed.positionals[0]!;
  const { flags } = parsed;
  const policyPath = (flags.get('policy-path') ?? 'policies').replace(/\\/g, '/').replace(/\/+$/, '');
  const apiKey = env.INCIDENTIO_API_KEY ?? '';

  try {
    const set = await loadLocalPolicy(policyPath);
    if (!set.valid) {
      const { formatDiagnosticLine } = await import('../report/render-diagnostics.js');
      for (const d of set.diagnostics.filter((x) => x.severity === 'error')) out.error(formatDiagnosticLine(d));
      out.error(`Result: ERROR: the policy in ${policyPath}/ is invalid, so every gate decision is an error (fail closed).`);
      return 1;
    }
    const selection = selectGatePolicies(
      set.policies,
      { environment: flags.get('environment') ?? '', policy: flags.get('policy') ?? '' },
      policyPath,
    );
    if (selection.kind === 'unmatched') {
      out.error(`Result: ERROR: ${selection.message}.`);
      out.error(`Check --environment / --policy, or add a policy for it under ${policyPath}/.`);
      return 1;
    }
    const policies = selection.kind === 'matched' ? selection.policies : [];
    const schedules = policySchedules(policies);
    if (schedules.length > 0 && !apiKey) {
      out.error('Set INCIDENTIO_API_KEY to an incident.io API key (schedules_reader or viewer role) to read who is on call.');
      return 2;
    }

    let requester: Requester;
    if (who.includes('@') && !who.startsWith('@')) {
      requester = { login: who, emails: [normalizeEmail(who)] };
    } else {
      const owner = (env.GITHUB_REPOSITORY ?? '').split('/')[0] ?? '';
      // The GitHub lookups need a token; without one they are skipped with a note.
      const hasToken = Boolean(env.GITHUB_TOKEN || env.GH_TOKEN);
      const identity = await resolveIdentity(who.replace(/^@/, ''), set.identities, {
        org: owner,
        policyPath,
        ...(hasToken && owner ? { github: await cli.github() } : {}),
      });
      requester = {
        login: identity.login,
        emails: identity.emails,
        ...(identity.source ? { emailSource: identity.source } : {}),
        ...(identity.problem ? { identityProblem: identity.problem } : {}),
      };
    }

    const { at, asked } = moment;
    let onCall = new Map();
    let rotationNames: RotationNames | undefined;
    if (schedules.length > 0) {
      const { fetchOnCall, fetchRotationNames } = await import('../oncall/on-call.js');
      const client = await cli.incidentio(apiUrlFrom(flags, env));
      // Rotation and layer names explain a scoped rule; only its schedules are read for them.
      const scoped = scopedSchedules(policies);
      [onCall, rotationNames] = await Promise.all([
        fetchOnCall(client, schedules, at),
        scoped.length > 0 ? fetchRotationNames(client, scoped) : undefined,
      ]);
    }
    const decision = evaluate({
      requester,
      policies,
      onCall,
      at,
      reason: flags.get('reason') ?? '',
      identities: set.identities,
      // check cannot see the deployed commit's pull-request reviews: the run's evidence stays unread.
      subject: { kind: 'run' },
      ...(rotationNames ? { rotationNames } : {}),
    });
    for (const line of renderCheckText(decision, { asked })) out.log(line);
    return decision.approved ? 0 : 1;
  } catch (error) {
    if (isUsageError(error)) {
      out.error(error.message);
      return 2;
    }
    out.error(`Result: ERROR: ${describeCliError(error, cli.redactor.redact)}`);
    return 1;
  }
}
