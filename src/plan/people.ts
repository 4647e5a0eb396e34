// The effect of a policy change on people (the people section of `plan`): who gains or loses
// auto-approval or approver (escalation) rights, now and over the next 7 days of the rota, per
// policy. Pure: it reads `final` on-call shifts fetched once for the whole window (one windowed
// schedule-entries query per schedule, with all its pages), never one query per hour. The shifts
// come from live incident.io, or without a key from rota snapshots over their own window
// (snapshot-entries.ts); this one computation serves both.
//
// A person's rights under a policy are the times they are on call for a schedule the policy's
// rules name: `auto` rules give auto-approval (only on the rotations and layers of their `scope`,
// decide/scope.ts), `escalation` rules make them an approver. A `deny` rule denies regardless (a
// deny in a matching policy always wins), so under it nobody holds any right.
import { countsFor } from '../decide/scope.js';
import { loginsByEmail } from '../identity/resolve-identity.js';
import { LOOKAHEAD_MS } from '../policy/live-checks.js';
import type { Policy, PolicySet } from '../policy/types.js';
import type { OnCallShift } from '../oncall/on-call.js';
import { clip, covers, normalize, subtract, type Interval } from './intervals.js';

/** One `final` on-call shift, as src/oncall/on-call.ts reads them. */
export type Shift = OnCallShift;
export type ShiftsBySchedule = ReadonlyMap<string, readonly Shift[]>;

export type RightKind = 'auto-approval' | 'approver';
export const RIGHT_KINDS: readonly RightKind[] = ['auto-approval', 'approver'];

export interface Holder {
  email: string;
  name: string;
  /** The incident.io user ID: what tells people apart in public text, where the email never goes. */
  userId: string;
  intervals: Interval[];
}

/** email -> when that person holds the right inside the window. */
export type Rights = Record<RightKind, Map<string, Holder>>;

/** Who holds which right under `policy`, and when, inside `window`. */
export function policyRights(policy: Policy | undefined, shifts: ShiftsBySchedule, window: Interval): Rights {
  const rights: Rights = { 'auto-approval': new Map(), approver: new Map() };
  if (!policy) return rights;
  if (policy.rules.some((r) => r.type === 'deny')) return rights;
  // Per right, the shifts that give it: an auto rule's own schedules through its scope, an
  // escalation rule's services whole.
  const giving: Record<RightKind, Shift[]> = { 'auto-approval': [], approver: [] };
  for (const rule of policy.rules) {
    if (rule.type === 'auto') {
      for (const id of new Set(rule.schedules)) giving['auto-approval'].push(...(shifts.get(id) ?? []).filter((s) => countsFor(rule, s)));
    } else if (rule.type === 'escalation') {
      for (const id of new Set(rule.services)) giving.approver.push(...(shifts.get(id) ?? []));
    }
  }
  for (const kind of RIGHT_KINDS) {
    const holders = rights[kind];
    for (const s of giving[kind]) {
      if (!s.email) continue;
      const h = holders.get(s.email) ?? { email: s.email, name: s.name, userId: s.userId, intervals: [] };
      h.intervals.push({ start: s.startAt.getTime(), end: s.endAt.getTime() });
      holders.set(s.email, h);
    }
    for (const h of holders.values()) h.intervals = clip(h.intervals, window);
    for (const [email, h] of holders) if (h.intervals.length === 0) holders.delete(email);
  }
  return rights;
}

export interface PersonChange {
  kind: RightKind;
  change: 'gain' | 'lose';
  /** For the CLI's local JSON only: the rendered plan (PR comment, step summary, log) never shows it. */
  email: string;
  name: string;
  /** The incident.io user ID, shown for a person without a login: unique where names are not. */
  userId: string;
  /** The GitHub login the identities map gives this email, when it knows one. */
  login?: string;
  /** When, inside the window (UTC instants). */
  intervals: Interval[];
  /** The change applies right now. */
  now: boolean;
}

export interface PolicyPeopleEffect {
  policy: string;
  /** Present in base / head. */
  inBase: boolean;
  inHead: boolean;
  changes: PersonChange[];
  /**
   * Schedules the policy (either side) takes rights from whose shifts are unknown (in no rota
   * snapshot): the changes shown leave out whatever those schedules would add or take away.
   */
  unknownSchedules?: string[];
}

/** Where the shifts came from when not from live incident.io: rota snapshots (docs/policy-tests.md). */
export interface SnapshotSource {
  /** The tests folder the snapshots were read from. */
  folder: string;
  /** The snapshot files used, each with when it was recorded and the schedules taken from it. */
  used: { file: string; recordedAt?: number; schedules: string[] }[];
  /** Snapshot files not used, and why (another window, errors). */
  unused: { file: string; reason: string }[];
  /** Schedules in no snapshot read that a snapshot of another window holds, with that file. */
  otherWindow: { schedule: string; file: string }[];
}

export interface PeopleEffect {
  /** The instant the window starts from when the shifts are live; absent for a snapshot's window. */
  now?: number;
  window: Interval;
  /** Only policies where someone gains or loses something (or whose schedules are unknown). */
  policies: PolicyPeopleEffect[];
  /** Present when the shifts came from rota snapshots instead of live incident.io. */
  snapshots?: SnapshotSource;
}

/** The time a people effect covers: `now` and the 7 days after it (live), or a snapshot's window. */
export type PeopleWindow = Date | { window: Interval };

/** The schedules a policy's rights come from: its auto rules' schedules and escalation services (none under a deny). */
export function rightsSchedulesOf(policy: Policy | undefined): string[] {
  if (!policy || policy.rules.some((r) => r.type === 'deny')) return [];
  const ids = new Set<string>();
  for (const rule of policy.rules) {
    if (rule.type === 'auto') rule.schedules.forEach((id) => ids.add(id));
    else if (rule.type === 'escalation') rule.services.forEach((id) => ids.add(id));
  }
  return [...ids];
}

/**
 * Who gains or loses rights from base to head, per policy, over [now, now + 7 days) or the given
 * window. Logins come from the head identities map, else the base's (`kind: identities`,
 * policies/README.md). `unknown` schedules have no shifts to read (never "nobody on call"): each
 * policy taking rights from one is listed with it.
 */
export function diffPeople(
  base: PolicySet | undefined,
  head: PolicySet,
  shifts: ShiftsBySchedule,
  when: PeopleWindow,
  unknown: ReadonlySet<string> = new Set(),
): PeopleEffect {
  const live = when instanceof Date;
  const window: Interval = live ? { start: when.getTime(), end: when.getTime() + LOOKAHEAD_MS } : when.window;
  const t = live ? when.getTime() : undefined;
  const headLogins = loginsByEmail(head.identities);
  const baseLogins = base ? loginsByEmail(base.identities) : new Map<string, string>();
  const loginOf = (email: string): string | undefined => headLogins.get(email) ?? baseLogins.get(email);

  const baseByName = new Map((base?.policies ?? []).map((p) => [p.name, p]));
  const headByName = new Map(head.policies.map((p) => [p.name, p]));
  const names = [...headByName.keys(), ...[...baseByName.keys()].filter((n) => !headByName.has(n))];

  const policies: PolicyPeopleEffect[] = [];
  for (const name of names) {
    const before = policyRights(baseByName.get(name), shifts, window);
    const after = policyRights(headByName.get(name), shifts, window);
    const changes: PersonChange[] = [];
    for (const kind of RIGHT_KINDS) {
      const emails = new Set([...before[kind].keys(), ...after[kind].keys()]);
      for (const email of emails) {
        const b = before[kind].get(email);
        const a = after[kind].get(email);
        const who = a ?? b;
        if (!who) continue;
        const login = loginOf(email);
        const gained = subtract(a?.intervals ?? [], b?.intervals ?? []);
        const lost = subtract(b?.intervals ?? [], a?.intervals ?? []);
        for (const [change, intervals] of [
          ['gain', gained],
          ['lose', lost],
        ] as const) {
          if (intervals.length === 0) continue;
          changes.push({
            kind,
            change,
            email,
            name: who.name,
            userId: who.userId,
            ...(login ? { login } : {}),
            intervals: normalize(intervals),
            now: t !== undefined && covers(intervals, t),
          });
        }
      }
    }
    const unknownSchedules = [...new Set([...rightsSchedulesOf(baseByName.get(name)), ...rightsSchedulesOf(headByName.get(name))])].filter(
      (id) => unknown.has(id),
    );
    if (changes.length === 0 && unknownSchedules.length === 0) continue;
    const label = (c: PersonChange): string => (c.login ?? c.name).toLowerCase();
    changes.sort(
      (x, y) =>
        RIGHT_KINDS.indexOf(x.kind) - RIGHT_KINDS.indexOf(y.kind) ||
        (x.change === y.change ? 0 : x.change === 'gain' ? -1 : 1) ||
        label(x).localeCompare(label(y)) ||
        (x.userId < y.userId ? -1 : x.userId > y.userId ? 1 : 0),
    );
    policies.push({
      policy: name,
      inBase: baseByName.has(name),
      inHead: headByName.has(name),
      changes,
      ...(unknownSchedules.length > 0 ? { unknownSchedules } : {}),
    });
  }
  return { ...(t !== undefined ? { now: t } : {}), window, policies };
}

/** Every schedule either side names: the ones whose shifts the people effect needs. */
export function scheduleIdsOf(...sets: ReadonlyArray<PolicySet | undefined>): string[] {
  const ids = new Set<string>();
  for (const set of sets) {
    if (!set) continue;
    for (const id of set.integration.autoApprovalSchedules) ids.add(id);
    for (const p of set.policies) {
      for (const r of p.rules) {
        if (r.type === 'auto') r.schedules.forEach((s) => ids.add(s));
        if (r.type === 'escalation') r.services.forEach((s) => ids.add(s));
      }
    }
  }
  return [...ids];
}
