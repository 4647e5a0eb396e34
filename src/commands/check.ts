// `oncall-gate check <login|email> [--environment E | --policy P] [--policy-path DIR] [--api-url URL] [--reason TEXT] [--at T]
// [--assume-unavailable]`: would this person pass the gate now (or at T), and why. The same
// selection and decision as the action's `gate`, against the policies in the current folder;
// read-only. `--assume-unavailable` previews outage mode (policies/README.md, "Outage mode")
// without asking incident.io; when incident.io really is unavailable (decide/outage.ts) and a
// policy names a fallback, check says what outage mode would do. Exit 0 approved (or no policy
// applies), 1 not approved or an error, 2 usage.
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { stat } from 'node:fs/promises';
import type { Decision, OutageCause, Requester } from '../decide/types.js';
import { asOutage } from '../decide/outage.js';
import { evaluate, policySchedules } from '../decide/engine.js';
import { selectGatePolicies } from '../decide/select-gate-policies.js';
import { normalizeEmail, resolveIdentity } from '../identity/resolve-identity.js';
import type { Diagnostic } from '../policy/diagnostic.js';
import type { Policy, PolicySet, Position } from '../policy/types.js';
import { isUsageError, parseFlags, usageError } from '../cli-args.js';
import { parseRfc3339, type Clock } from '../clock.js';
import type { CliContext } from '../context.js';
import { scopedSchedules } from '../decide/scope.js';
import type { RotationNames } from '../oncall/rotations.js';
import { checkApiUrl } from '../api-url.js';
import type { CliErrorReport, CliOutcome } from '../report/cli-json.js';
import { describeCliError, describeCliErrorReport } from '../report/describe-error.js';
import { checkFacts, renderCheckText } from '../report/render-check.js';

export const CHECK_USAGE =
  'Usage: oncall-gate check <login|email> [--environment E | --policy P] [--policy-path DIR] [--api-url URL] [--reason TEXT] [--at T]\n' +
  '                         [--assume-unavailable] [--json]\n' +
  '  Would this person pass the gate now, and why. Reads the policies under DIR (default: policies)\n' +
  '  and who is on call from incident.io (key in INCIDENTIO_API_KEY; URL from --api-url,\n' +
  '  INCIDENTIO_API_URL or https://api.incident.io). A login is resolved by the identities lookups;\n' +
  '  GitHub lookups use GITHUB_TOKEN (and GITHUB_REPOSITORY for the organization) when set.\n' +
  '  --reason is the `reason` input, for rules with requireReason.\n' +
  '  --at asks about another moment instead of now, as an RFC 3339 time with an offset\n' +
  '  (--at 2026-12-11T18:00:00+01:00: who can deploy on Friday at 18:00 in Paris).\n' +
  '  --assume-unavailable previews outage mode: what the gate would do if incident.io were unavailable,\n' +
  "  by the policies' whenUnavailable fallbacks (who may approve, for how long, whether a reason is\n" +
  '  required); incident.io is not asked, so no key is needed.\n' +
  '  --json prints one JSON document instead (docs/cli.md).\n' +
  '  Exit codes: 0 approved or no policy applies, 1 not approved or error, 2 usage error.';

export interface LocalPolicyFolder {
  /** The folder `folder` is relative to: the current folder, or for a folder outside it, its parent. */
  root: string;
  /** The policy folder, relative to `root`, with forward slashes. */
  folder: string;
  /** A path relative to `root` (as diagnostics carry them) as the user reads it: relative to the current folder. */
  shown(path: string): string;
}

/**
 * Where a policy folder given on the command line is read from. The reader takes a folder inside
 * a root (as the action reads one inside the repository), so a folder outside the current one is
 * read relative to its parent; `shown` turns the paths it reports back into paths relative to
 * the current folder. Throws a usage error when there is no folder.
 */
export async function localPolicyFolder(
  policyPath: string,
  cwd: string = process.cwd(),
  how = 'run from the repository root, or pass the folder that holds the policy files with --policy-path',
): Promise<LocalPolicyFolder> {
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
  return { root, folder: folder.split(sep).join('/'), shown: shownFrom(cwd, root) };
}

/** Paths relative to `root`, rewritten relative to `cwd` (forward slashes). */
export function shownFrom(cwd: string, root: string): (path: string) => string {
  if (relative(cwd, root) === '') return (path) => path;
  return (path) => relative(cwd, resolve(root, path)).split(sep).join('/');
}

/** The diagnostics with their paths relative to the current folder. */
export function shownDiagnostics(diagnostics: readonly Diagnostic[], shown: (path: string) => string): Diagnostic[] {
  return diagnostics.map((d) => ({ ...d, file: shown(d.file) }));
}

/** Reads and checks the policy folder; throws with the problems listed. */
export async function loadLocalPolicy(
  policyPath: string,
  cwd: string = process.cwd(),
): Promise<{ set: PolicySet; shown: (path: string) => string }> {
  const { root, folder, shown } = await localPolicyFolder(policyPath, cwd);
  const [{ readPolicyDir }, { loadPolicySet }] = await Promise.all([
    import('../policy/read-policy-dir.js'),
    import('../policy/load-policy.js'),
  ]);
  return { set: loadPolicySet(await readPolicyDir(root, folder)), shown };
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

const usage = (message: string): CliOutcome => ({ exitCode: 2, verdict: 'error', error: { kind: 'usage', message } });

export async function runCheckCommand(args: string[], cli: CliContext): Promise<CliOutcome> {
  const { env, out } = cli;
  let parsed;
  let moment;
  try {
    parsed = parseFlags(args, ['environment', 'policy', 'policy-path', 'api-url', 'reason', 'at'], ['assume-unavailable']);
    moment = momentFrom(parsed.flags, cli.clock);
  } catch (error) {
    out.error(`${(error as Error).message}\n\n${CHECK_USAGE}`);
    return usage((error as Error).message);
  }
  if (parsed.help) {
    out.log(CHECK_USAGE);
    return { exitCode: 0, verdict: 'help' };
  }
  const [who, ...extra] = parsed.positionals;
  if (who === undefined || extra.length > 0) {
    out.error(`oncall-gate check takes one login or email.\n\n${CHECK_USAGE}`);
    return usage('oncall-gate check takes one login or email.');
  }
  const { flags } = parsed;
  const policyPath = (flags.get('policy-path') ?? 'policies').replace(/\\/g, '/').replace(/\/+$/, '');
  const apiKey = env.INCIDENTIO_API_KEY ?? '';
  const assumeUnavailable = flags.has('assume-unavailable');

  try {
    const { set, shown } = await loadLocalPolicy(policyPath, cli.cwd);
    if (!set.valid) {
      const { formatDiagnosticLine } = await import('../report/render-diagnostics.js');
      const errors = shownDiagnostics(
        set.diagnostics.filter((x) => x.severity === 'error'),
        shown,
      );
      for (const d of errors) out.error(formatDiagnosticLine(d));
      const message = `the policy in ${policyPath}/ is invalid, so every gate decision is an error (fail closed)`;
      out.error(`Result: ERROR: ${message}.`);
      return {
        exitCode: 1,
        verdict: 'error',
        diagnostics: errors,
        error: {
          kind: 'policy',
          message: `The policy in ${policyPath}/ is invalid, so every gate decision is an error (fail closed).`,
          fix: 'Fix the problems the diagnostics name (oncall-gate validate).',
        },
      };
    }
    const selection = selectGatePolicies(
      set.policies,
      { environment: flags.get('environment') ?? '', policy: flags.get('policy') ?? '' },
      policyPath,
    );
    if (selection.kind === 'unmatched') {
      const fix = `Check --environment / --policy, or add a policy for it under ${policyPath}/.`;
      out.error(`Result: ERROR: ${selection.message}.`);
      out.error(fix);
      return { exitCode: 1, verdict: 'error', error: { kind: 'policy', message: `${selection.message}.`, fix } };
    }
    const policies = selection.kind === 'matched' ? selection.policies : [];
    const schedules = policySchedules(policies);
    if (schedules.length > 0 && !apiKey && !assumeUnavailable) {
      const message = 'Set INCIDENTIO_API_KEY to an incident.io API key (schedules_reader or viewer role) to read who is on call.';
      out.error(message);
      return usage(message);
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
    // Outage mode: assumed (a preview), or incident.io really is unavailable and a policy names a fallback.
    let cause: OutageCause | undefined = assumeUnavailable && policies.length > 0 ? ASSUMED : undefined;
    if (schedules.length > 0 && !cause) {
      const { fetchOnCall, fetchRotationNames } = await import('../oncall/on-call.js');
      const client = await cli.incidentio(apiUrlFrom(flags, env));
      // Rotation and layer names explain a scoped rule; only its schedules are read for them.
      const scoped = scopedSchedules(policies);
      try {
        [onCall, rotationNames] = await Promise.all([
          fetchOnCall(client, schedules, at),
          scoped.length > 0 ? fetchRotationNames(client, scoped) : undefined,
        ]);
      } catch (error) {
        // Only what outage.ts counts (never a 429, a rejected key, a missing role, an unknown schedule).
        cause = policies.some((p) => p.whenUnavailable?.kind === 'fallback') ? asOutage(error, cli.redactor.redact) : undefined;
        if (!cause) throw error;
      }
    }
    const evaluated = evaluate({
      requester,
      policies,
      onCall,
      at,
      reason: flags.get('reason') ?? '',
      identities: set.identities,
      // check cannot see the deployed commit's pull-request reviews: the run's evidence stays unread.
      subject: { kind: 'run' },
      ...(rotationNames ? { rotationNames } : {}),
      ...(cause ? { outage: { cause, teams: [] } } : {}),
    });
    const decision = withShownPaths(evaluated, shown);
    const outage = cause ? { policies: policies.map((p) => withShownPolicyPaths(p, shown)) } : undefined;
    for (const line of renderCheckText(decision, { asked, ...(outage ? { outage } : {}) })) out.log(line);
    return {
      exitCode: decision.approved ? 0 : 1,
      verdict: decision.result,
      facts: checkFacts(decision, { asked, ...(outage ? { outage } : {}) }),
      ...(cause && decision.result === 'error' ? { error: outageError(cause, decision) } : {}),
    };
  } catch (error) {
    if (isUsageError(error)) {
      out.error(error.message);
      return usage(error.message);
    }
    out.error(`Result: ERROR: ${describeCliError(error, cli.redactor.redact)}`);
    return { exitCode: 1, verdict: 'error', error: describeCliErrorReport(error, cli.redactor.redact) };
  }
}

/** `--assume-unavailable`: the outage check previews (incident.io is not asked). */
const ASSUMED: OutageCause = {
  kind: 'assumed',
  message: 'incident.io is assumed unavailable (--assume-unavailable): a preview of outage mode; incident.io was not asked.',
  fix: 'To have outage mode decide instead of an error, give each policy that applies a reviewed `whenUnavailable` fallback (policies/README.md, "Outage mode").',
};

/**
 * Outage mode could not decide (a matched policy has no fallback): the JSON `error`, as the
 * failure it stands for (the preview's: the policy).
 */
function outageError(cause: OutageCause, decision: Decision): CliErrorReport {
  const message = decision.error?.message ?? cause.message;
  const fix = decision.error?.fix ? { fix: decision.error.fix } : {};
  if (cause.kind === 'assumed') return { kind: 'policy', message, ...fix };
  return {
    kind: cause.kind === 'deadline' ? 'deadline' : 'unavailable',
    service: 'incidentio',
    ...(cause.status ? { status: cause.status } : {}),
    message,
    ...fix,
  };
}

/** A policy with its own and its fallback's file paths relative to the current folder. */
function withShownPolicyPaths(policy: Policy, shown: (path: string) => string): Policy {
  const w = policy.whenUnavailable;
  return {
    ...policy,
    at: { ...policy.at, file: shown(policy.at.file) },
    ...(w?.kind === 'fallback' ? { whenUnavailable: { ...w, at: { ...w.at, file: shown(w.at.file) } } } : {}),
  };
}

/** The decision with the policies' and rules' file paths relative to the current folder. */
function withShownPaths(decision: Decision, shown: (path: string) => string): Decision {
  const at = (p: Position): Position => ({ ...p, file: shown(p.file) });
  return {
    ...decision,
    verdicts: decision.verdicts.map((v) => ({
      ...v,
      at: at(v.at),
      rules: v.rules.map((r) => ({ ...r, at: at(r.at) })),
      ...(v.fallback ? { fallback: { ...v.fallback, at: at(v.fallback.at) } } : {}),
    })),
  };
}
