// `oncall-gate record --schedule <id>[,<id>...] --from <T> --to <T> [--api-url URL] [--out FILE]`:
// records a rota snapshot for policy tests (docs/policy-tests.md) from a live incident.io
// workspace: the `final` schedule entries of each schedule in the window and the users they name,
// with their emails, and nothing else. Read-only. Prints the YAML (or writes it to FILE, never over
// an existing file). Exit 0 recorded, 1 error, 2 usage.
import { writeFile } from 'node:fs/promises';
import { isUsageError, parseFlags, usageError } from '../cli-args.js';
import { parseRfc3339 } from '../clock.js';
import type { CliContext } from '../context.js';
import { SCHEDULE_ID_PATTERN } from '../policy/schema.js';
import { snapshotFromEntries } from '../policy-test/snapshot.js';
import { describeCliError } from '../report/describe-error.js';
import { renderSnapshotYaml } from '../report/render-snapshot.js';
import { apiUrlFrom } from './check.js';

export const RECORD_USAGE =
  'Usage: oncall-gate record --schedule <id>[,<id>...] --from <T> --to <T> [--api-url URL] [--out FILE]\n' +
  '  Records a rota snapshot for `oncall-gate test`: the final schedule entries (overrides applied)\n' +
  '  of each schedule between --from and --to, and the users they name (ID, name, email), nothing\n' +
  '  else. Prints YAML, or writes it to FILE (a new file). Times are RFC 3339 with an offset.\n' +
  '  Key in INCIDENTIO_API_KEY; URL from --api-url, INCIDENTIO_API_URL or https://api.incident.io.\n' +
  '  Exit codes: 0 recorded, 1 error, 2 usage error.';

/** A snapshot is for test cases, not an archive: at most this long a window. */
const MAX_WINDOW_MS = 92 * 24 * 60 * 60 * 1000;

function time(flags: Map<string, string>, name: 'from' | 'to'): Date {
  const text = flags.get(name);
  if (text === undefined) throw usageError(`--${name} is required (an RFC 3339 time with an offset, like 2026-01-05T00:00:00Z).`);
  const at = parseRfc3339(text);
  if (!at) throw usageError(`--${name} must be an RFC 3339 date and time with an offset, like 2026-01-05T00:00:00Z (got "${text}").`);
  return at;
}

export async function runRecordCommand(args: string[], cli: CliContext): Promise<number> {
  const { env, out } = cli;
  let ids: string[];
  let from: Date;
  let to: Date;
  let flags: Map<string, string>;
  try {
    const parsed = parseFlags(args, ['schedule', 'from', 'to', 'api-url', 'out']);
    if (parsed.help) {
      out.log(RECORD_USAGE);
      return 0;
    }
    flags = parsed.flags;
    if (parsed.positionals.length > 0)
      throw usageError(`oncall-gate record takes no arguments besides its options (got ${parsed.positionals.join(' ')}).`);
    ids = [
      ...new Set(
        (flags.get('schedule') ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ];
    if (ids.length === 0) throw usageError('--schedule is required: the incident.io schedule ID(s) to record, comma-separated.');
    const bad = ids.find((id) => !new RegExp(SCHEDULE_ID_PATTERN).test(id));
    if (bad) {
      throw usageError(
        `--schedule "${bad}" is not an incident.io schedule ID (20-40 letters and digits, the last part of the schedule's URL).`,
      );
    }
    from = time(flags, 'from');
    to = time(flags, 'to');
    if (to.getTime() <= from.getTime()) throw usageError('--to must be later than --from.');
    if (to.getTime() - from.getTime() > MAX_WINDOW_MS)
      throw usageError('The window is longer than 92 days; record the weeks the test cases need.');
  } catch (error) {
    out.error(`${(error as Error).message}\n\n${RECORD_USAGE}`);
    return 2;
  }
  if (!env.INCIDENTIO_API_KEY) {
    out.error('Set INCIDENTIO_API_KEY to an incident.io API key (schedules_reader or viewer role) to read the schedules.');
    return 2;
  }
  try {
    const client = await cli.incidentio(apiUrlFrom(flags, env));
    const schedules = await Promise.all(
      ids.map(async (id) => {
        const [schedule, entries] = await Promise.all([client.getSchedule(id), client.listScheduleEntries(id, from, to)]);
        return { id, name: schedule.name, entries: entries.final };
      }),
    );
    const { doc, skipped } = snapshotFromEntries({ from, to, recordedAt: cli.clock(), schedules });
    const command = `oncall-gate record --schedule ${ids.join(',')} --from ${doc.window.from} --to ${doc.window.to}`;
    const yaml = renderSnapshotYaml(doc, command);
    if (skipped > 0) out.error(`Left out ${skipped} entr${skipped === 1 ? 'y' : 'ies'} without a user email (never anyone on call).`);
    const file = flags.get('out');
    if (file) {
      await writeFile(file, yaml, { flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
        throw usageError(
          error.code === 'EEXIST' ? `${file} exists already; record into a new file.` : `Cannot write ${file}: ${error.message}`,
        );
      });
      out.error(`Recorded ${doc.schedules.reduce((n, s) => n + s.entries.length, 0)} entries of ${ids.length} schedule(s) into ${file}.`);
    } else {
      for (const line of yaml.trimEnd().split('\n')) out.log(line);
    }
    return 0;
  } catch (error) {
    if (isUsageError(error)) {
      out.error(error.message);
      return 2;
    }
    out.error(`Result: ERROR: ${describeCliError(error, cli.redactor.redact)}`);
    return 1;
  }
}
