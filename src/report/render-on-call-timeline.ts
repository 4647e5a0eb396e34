// The gate summary's outlook: who is on call for the matched schedules over the next hours, one
// row per moment something changes (a handover, a gap, the end of a shift), one column per
// schedule, and the row where the approval stops counting. Pure: the shifts come from the gate's
// one query per schedule (src/oncall/on-call.ts, fetchOnCallWithOutlook), the clock from the
// decision. Names come from incident.io and are escaped; logins come from the identities file.
import type { OnCallShift } from '../oncall/shifts.js';
import { rfc3339 } from './explain.js';
import { code, table } from './markdown.js';
import { markdownName } from './public-name.js';

export interface OnCallTimeline {
  /** The decision time: the first row. */
  from: Date;
  /** The end of the view. */
  to: Date;
  /** The matched schedules, in the order the summary lists them. */
  scheduleIds: readonly string[];
  /** Final shifts overlapping [from, to), per schedule. */
  shifts: ReadonlyMap<string, readonly OnCallShift[]>;
  /** Lower-case email -> GitHub login (the identities file). */
  logins: ReadonlyMap<string, string>;
  /** When the approval stops counting (an approved run only). */
  expiresAt?: Date;
  /** https://github.com, for profile links. */
  serverUrl: string;
}

/** Rows shown before the rest is summed up in one line; a handful of handovers fit many times. */
export const MAX_TIMELINE_ROWS = 24;

const HOUR_MS = 60 * 60_000;

function hours(ms: number): string {
  const h = Math.round((ms / HOUR_MS) * 10) / 10;
  return `${h} hour${h === 1 ? '' : 's'}`;
}

/** Who covers `t` on one schedule, one entry per person, in a stable order. */
function coverAt(shifts: readonly OnCallShift[], t: number): OnCallShift[] {
  const byEmail = new Map<string, OnCallShift>();
  for (const s of shifts) {
    if (s.startAt.getTime() <= t && t < s.endAt.getTime() && !byEmail.has(s.email)) byEmail.set(s.email, s);
  }
  return [...byEmail.values()].sort((a, b) => (a.email < b.email ? -1 : a.email > b.email ? 1 : 0));
}

function person(s: OnCallShift, t: OnCallTimeline): string {
  const login = t.logins.get(s.email.toLowerCase());
  // Public like the rest of the summary: a name, or the incident.io user ID, never the email.
  const name = markdownName(s.name, s.userId);
  return login ? `${name} ([${code(login)}](${t.serverUrl}/${encodeURIComponent(login)}))` : name;
}

/**
 * The timeline as Markdown: a heading line and a table, or '' when there is nothing to show (no
 * schedules). A blank cell means no change on that schedule at that moment.
 */
export function renderOnCallTimeline(t: OnCallTimeline): string {
  const ids = [...new Set(t.scheduleIds)];
  const from = t.from.getTime();
  const to = t.to.getTime();
  if (ids.length === 0 || to <= from) return '';
  const expires = t.expiresAt?.getTime();

  // Every moment in the view at which some schedule's cover may change, and the expiry.
  const moments = new Set<number>([from]);
  for (const id of ids) {
    for (const s of t.shifts.get(id) ?? []) {
      for (const m of [s.startAt.getTime(), s.endAt.getTime()]) if (m > from && m < to) moments.add(m);
    }
  }
  if (expires !== undefined && expires > from && expires < to) moments.add(expires);

  const rows: string[][] = [];
  let expiryRow: number | undefined;
  const previous = new Map<string, string>();
  for (const m of [...moments].sort((a, b) => a - b)) {
    const cells = ids.map((id) => {
      const cover = coverAt(t.shifts.get(id) ?? [], m);
      const key = cover.map((s) => s.email).join('\n');
      const changed = m === from || previous.get(id) !== key;
      previous.set(id, key);
      if (!changed) return '';
      return cover.length === 0 ? '_nobody_' : cover.map((s) => person(s, t)).join('<br>');
    });
    const isExpiry = m === expires;
    if (m !== from && !isExpiry && cells.every((c) => c === '')) continue;
    const when = m === from ? `now, ${rfc3339(new Date(m))}` : rfc3339(new Date(m));
    if (isExpiry) expiryRow = rows.length;
    rows.push([isExpiry ? `${when}<br>⏱ **approval expires**` : when, ...cells]);
  }

  const shown = rows.slice(0, MAX_TIMELINE_ROWS);
  const out = [
    `**On call over the next ${hours(to - from)}** (until ${rfc3339(t.to)}; a blank cell: no change)`,
    '',
    table(['Time (UTC)', ...ids.map((id) => code(id))], shown),
  ];
  if (rows.length > shown.length) out.push('', `_…and ${rows.length - shown.length} more changes before ${rfc3339(t.to)}._`);
  if (expires !== undefined && (expiryRow === undefined || expiryRow >= shown.length)) {
    out.push('', `The approval expires at ${rfc3339(new Date(expires))}${expires >= to ? ', after this view' : ''}.`);
  }
  return out.join('\n');
}
