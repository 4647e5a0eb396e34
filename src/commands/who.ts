// `oncall-gate who <schedule-id> [--policy-path DIR] [--api-url URL] [--at T]`: who is on call now
// (or at T) for a schedule, and who is next, with GitHub logins from the identities map. Read-only.
// Exit 0 success, 1 error, 2 usage.
import type { OnCallFact } from '../decide/types.js';
import type { RotationNames } from '../oncall/rotations.js';
import { loginsByEmail } from '../identity/resolve-identity.js';
import { SCHEDULE_ID_PATTERN } from '../policy/schema.js';
import type { CliOutcome } from '../report/cli-json.js';
import { describeCliError, describeCliErrorReport } from '../report/describe-error.js';
import { rfc3339 } from '../report/render-gate-summary.js';
import { parseFlags } from '../cli-args.js';
import type { CliContext } from '../context.js';
import { isServiceError } from '../errors.js';
import { onCallHeading } from '../report/render-check.js';
import { apiUrlFrom, loadLocalPolicy, momentFrom } from './check.js';

export const WHO_USAGE =
  'Usage: oncall-gate who <schedule-id> [--policy-path DIR] [--api-url URL] [--at T] [--json]\n' +
  '  Who is on call now for the incident.io schedule, and who is next (within 7 days), with\n' +
  '  GitHub logins from the identities file under DIR (default: policies) when there is one.\n' +
  '  --at asks about another moment, as an RFC 3339 time with an offset (2026-12-11T18:00:00Z).\n' +
  '  Key in INCIDENTIO_API_KEY; URL from --api-url, INCIDENTIO_API_URL or https://api.incident.io.\n' +
  '  --json prints one JSON document instead (docs/cli.md).\n' +
  '  Exit codes: 0 answered, 1 error, 2 usage error.';

const SCHEDULE_ID_HELP =
  "Copy the ID from the schedule's URL in incident.io (On-call -> Schedules -> open the schedule; the ID is the last part of the URL), " +
  'or take it from a policy file (`schedules:` / `services:`).';

/** How far ahead "next" looks. */
const LOOKAHEAD_MS = 7 * 24 * 60 * 60 * 1000;

export interface WhoAnswer {
  now: OnCallFact[];
  /** The shifts that start at the next changeover, if any within the look-ahead. */
  next: OnCallFact[];
  nextAt?: Date;
}

/** Pure: who covers `at` (an entry covers [start, end)) and who starts at the next changeover. */
export function whoIsOnCall(shifts: readonly OnCallFact[], at: Date): WhoAnswer {
  const t = at.getTime();
  const now = shifts.filter((s) => s.startAt.getTime() <= t && t < s.endAt.getTime());
  const later = shifts.filter((s) => s.startAt.getTime() > t);
  if (later.length === 0) return { now, next: [] };
  const nextAt = Math.min(...later.map((s) => s.startAt.getTime()));
  return { now, next: later.filter((s) => s.startAt.getTime() === nextAt), nextAt: new Date(nextAt) };
}

const usage = (message: string): CliOutcome => ({ exitCode: 2, verdict: 'error', error: { kind: 'usage', message } });

/**
 * "rotation Primary 01H..., layer Layer 1 01H...": where a shift sits, with the IDs a policy's
 * `scope` names (policies/README.md, "Rotations and layers").
 */
export function placementOf(s: Pick<OnCallFact, 'rotationId' | 'layerId'>, names: RotationNames): string {
  const one = (what: string, id: string | undefined, name: string | undefined): string[] =>
    id === undefined ? [] : [`${what} ${name ? `${name} ${id}` : id}`];
  const parts = [
    ...one('rotation', s.rotationId, s.rotationId !== undefined ? names.rotations.get(s.rotationId) : undefined),
    ...one('layer', s.layerId, s.layerId !== undefined ? names.layers.get(s.layerId) : undefined),
  ];
  return parts.length > 0 ? parts.join(', ') : 'no rotation or layer given: an override may have none';
}

export async function runWhoCommand(args: string[], cli: CliContext): Promise<CliOutcome> {
  const { env, out } = cli;
  let parsed;
  let moment;
  try {
    parsed = parseFlags(args, ['policy-path', 'api-url', 'at']);
    moment = momentFrom(parsed.flags, cli.clock);
  } catch (error) {
    out.error(`${(error as Error).message}\n\n${WHO_USAGE}`);
    return usage((error as Error).message);
  }
  if (parsed.help) {
    out.log(WHO_USAGE);
    return { exitCode: 0, verdict: 'help' };
  }
  const [scheduleId, ...extra] = parsed.positionals;
  if (scheduleId === undefined || extra.length > 0) {
    out.error(`oncall-gate who takes one schedule ID.\n\n${WHO_USAGE}`);
    return usage('oncall-gate who takes one schedule ID.');
  }
  if (!new RegExp(SCHEDULE_ID_PATTERN).test(scheduleId)) {
    const message = `"${scheduleId}" is not an incident.io schedule ID (20-40 letters and digits, like 01HXYZSCHEDULEPRIMARY00000).`;
    out.error(`${message} ${SCHEDULE_ID_HELP}\n\n${WHO_USAGE}`);
    return { exitCode: 2, verdict: 'error', error: { kind: 'usage', message, fix: SCHEDULE_ID_HELP } };
  }
  const apiKey = env.INCIDENTIO_API_KEY ?? '';
  if (!apiKey) {
    const message = 'Set INCIDENTIO_API_KEY to an incident.io API key (schedules_reader or viewer role) to read who is on call.';
    out.error(message);
    return usage(message);
  }
  let baseUrl: string;
  try {
    baseUrl = apiUrlFrom(parsed.flags, env);
  } catch (error) {
    out.error((error as Error).message);
    return usage((error as Error).message);
  }
  const policyPath = parsed.flags.get('policy-path') ?? 'policies';

  // Logins are a convenience: a missing or invalid policy folder only loses them.
  const notes: string[] = [];
  let logins = new Map<string, string>();
  try {
    const { set } = await loadLocalPolicy(policyPath, cli.cwd);
    if (set.valid) logins = loginsByEmail(set.identities);
    else notes.push(`Note: the policy in ${policyPath}/ is invalid; GitHub logins are not shown.`);
  } catch {
    if (parsed.flags.has('policy-path')) notes.push(`Note: no policy folder at ${policyPath}; GitHub logins are not shown.`);
  }
  for (const note of notes) out.error(note);

  try {
    const [client, { fetchShifts, fetchRotationNames }] = await Promise.all([cli.incidentio(baseUrl), import('../oncall/on-call.js')]);
    const { at, asked } = moment;
    // The rotation and layer names (GET /v2/schedules/{id}) come along; without them, IDs alone.
    const [byId, names] = await Promise.all([
      fetchShifts(client, [scheduleId], at, new Date(at.getTime() + LOOKAHEAD_MS)),
      fetchRotationNames(client, [scheduleId]),
    ]);
    const shifts = byId.get(scheduleId) ?? [];
    const answer = whoIsOnCall(shifts, at);
    const login = (s: OnCallFact): string | undefined => logins.get(s.email.toLowerCase());
    const person = (s: OnCallFact): string => {
      const l = login(s);
      return `${s.name} <${s.email}>${l ? ` @${l}` : ''}`;
    };
    const line = (s: OnCallFact): string => `  ${person(s)} until ${rfc3339(s.endAt)} (${placementOf(s, names)})`;
    out.log(`Schedule ${scheduleId}`);
    out.log(onCallHeading(at, asked));
    if (answer.now.length === 0) out.log('  nobody');
    for (const s of answer.now) out.log(line(s));
    if (answer.nextAt) {
      out.log(`Next (from ${rfc3339(answer.nextAt)}):`);
      for (const s of answer.next) out.log(line(s));
    } else {
      out.log('Next: no change in the next 7 days.');
    }
    const shift = (s: OnCallFact): Record<string, unknown> => {
      const l = login(s);
      return { name: s.name, email: s.email, userId: s.userId, ...(l ? { login: l } : {}), startAt: s.startAt, endAt: s.endAt };
    };
    const facts = {
      scheduleId,
      at,
      asked,
      onCall: answer.now.map(shift),
      next: answer.next.map(shift),
      ...(answer.nextAt ? { nextAt: answer.nextAt } : {}),
      notes,
    };
    return { exitCode: 0, verdict: 'ok', facts };
  } catch (error) {
    // A 404 for the schedule: the ID came from the command line, not from a policy file.
    const notFound = isServiceError(error, 'incidentio', 'not-found') && error.message.includes(scheduleId);
    out.error(notFound ? `Error: ${error.message} ${SCHEDULE_ID_HELP}` : `Error: ${describeCliError(error, cli.redactor.redact)}`);
    const report = describeCliErrorReport(error, cli.redactor.redact);
    return { exitCode: 1, verdict: 'error', error: notFound ? { ...report, fix: SCHEDULE_ID_HELP } : report, facts: { scheduleId, notes } };
  }
}
