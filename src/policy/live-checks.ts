// Live checks of a policy set against incident.io: unknown schedule IDs are errors; identities
// that do not resolve to an active incident.io user, escalation schedules with nobody mapped to a
// GitHub login, and a key without the roles the policies need are warnings. Used by validate (when a key is given), plan, apply and audit; the facts read on
// the way (schedules by ID, the key's roles, the 7-day shifts) are returned so callers make no
// second request for them.
//
// Requests: GET /v1/identity once, GET /v2/schedules (all pages) once, GET /v2/schedules/{id} only
// for an ID the list did not show (to confirm a 404), GET /v2/users?email= once per identity, and
// one windowed GET /v2/schedule_entries per schedule.
import type { IncidentIoClient } from '../incidentio/client.js';
import { isServiceError, type OncallGateError } from '../errors.js';
import type { Identity, Schedule } from '../incidentio/types.js';
import { fetchShifts, type OnCallShift } from '../oncall/on-call.js';
import type { Diagnostic } from './diagnostic.js';
import { compareDiagnostics } from './load-policy.js';
import { parseYamlFile } from './parse-yaml.js';
import { SCHEDULE_ID_PATTERN } from './schema.js';
import { closest, editDistance } from './suggest.js';
import { rotationsOf, type RotationInfo } from '../oncall/rotations.js';
import type { PolicyFile, PolicySet, Position } from './types.js';
import { publicName } from '../report/public-name.js';

export type LiveCheckClient = Pick<
  IncidentIoClient,
  'identity' | 'listSchedules' | 'getSchedule' | 'findUserByEmail' | 'listScheduleEntries'
>;

/** The 7-day look-ahead of plan and audit. */
export const LOOKAHEAD_MS = 7 * 24 * 3_600_000;

export interface IdentityCheck {
  login: string;
  email: string;
  status: 'active' | 'missing' | 'ambiguous' | 'unchecked';
  userId?: string;
  name?: string;
}

export interface LiveFacts {
  identity: Identity;
  /** Schedules that exist, by ID (every one the policies name, plus what the key lists). */
  schedules: Map<string, Schedule>;
  /** IDs the policies name that incident.io does not know. */
  unknownSchedules: string[];
  identities: IdentityCheck[];
  /** `final` shifts over [now, now + 7 days) for the schedules asked for (existing ones only). */
  shifts: Map<string, OnCallShift[]>;
  /** Roles the policies need that the key lacks. */
  missingRoles: string[];
  /** The rotations (with their layers) of each schedule an auto rule scopes, read by ID, versions merged. */
  rotations?: Map<string, RotationInfo[]>;
}

export interface LiveCheckResult {
  diagnostics: Diagnostic[];
  facts: LiveFacts;
}

export interface LiveCheckOptions {
  now: Date;
  /**
   * Whose shifts to read for the 7-day window: only escalation schedules (validate, audit), or
   * every schedule named (plan, for the people effect). Default `escalation`.
   */
  shiftsFor?: 'escalation' | 'all';
}

// ---------------------------------------------------------------------------------------------
// Where each schedule ID and identity was written

export interface ScheduleRef {
  id: string;
  at: Position;
  /** The reference is an escalation rule's `services` entry. */
  escalation: boolean;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): Array<[number, string]> =>
  Array.isArray(v) ? v.flatMap((s, i): Array<[number, string]> => (typeof s === 'string' ? [[i, s]] : [])) : [];

/**
 * Every schedule ID as written (rule `schedules`, rule `services`, integration
 * `autoApproval.schedules`), with its file, line and column, in file order.
 */
export function scheduleRefs(files: readonly PolicyFile[]): ScheduleRef[] {
  const refs: ScheduleRef[] = [];
  // Something that is not shaped like an ID (a schedule's name, say) is already a schema error.
  const shaped = new RegExp(SCHEDULE_ID_PATTERN);
  for (const file of files) {
    const parsed = parseYamlFile(file);
    const doc = parsed.value;
    if (!isObj(doc)) continue;
    const add = (id: string, pointer: string, escalation: boolean): void => {
      if (!shaped.test(id)) return;
      const p = parsed.locate(pointer);
      refs.push({ id, escalation, at: { file: file.path, line: p.line, column: p.column } });
    };
    if (doc.kind === 'policy' && Array.isArray(doc.approval)) {
      doc.approval.forEach((rule, i) => {
        if (!isObj(rule)) return;
        for (const [j, id] of strings(rule.schedules)) add(id, `/approval/${i}/schedules/${j}`, false);
        for (const [j, id] of strings(rule.services)) add(id, `/approval/${i}/services/${j}`, rule.type === 'escalation');
      });
    } else if (doc.kind === 'integration' && isObj(doc.autoApproval)) {
      for (const [j, id] of strings(doc.autoApproval.schedules)) add(id, `/autoApproval/schedules/${j}`, false);
    }
  }
  return refs;
}

/** A rotation or layer ID written in an auto rule's `scope`, with where. */
export interface ScopeRef {
  scheduleId: string;
  kind: 'rotation' | 'layer';
  /** As written: an ID, or (a schema error already) a name. */
  value: string;
  at: Position;
}

/** Every rotation and layer an auto rule's `scope` names, with its file, line and column. */
export function scopeRefs(files: readonly PolicyFile[]): ScopeRef[] {
  const refs: ScopeRef[] = [];
  const shaped = new RegExp(SCHEDULE_ID_PATTERN);
  for (const file of files) {
    const parsed = parseYamlFile(file);
    const doc = parsed.value;
    if (!isObj(doc) || doc.kind !== 'policy' || !Array.isArray(doc.approval)) continue;
    doc.approval.forEach((rule, i) => {
      if (!isObj(rule) || rule.type !== 'auto' || !isObj(rule.scope)) return;
      for (const [scheduleId, entry] of Object.entries(rule.scope)) {
        if (!shaped.test(scheduleId) || !isObj(entry)) continue;
        const key = scheduleId.replace(/~/g, '~0').replace(/\//g, '~1');
        for (const kind of ['rotation', 'layer'] as const) {
          for (const [j, value] of strings(entry[`${kind}s`])) {
            const p = parsed.locate(`/approval/${i}/scope/${key}/${kind}s/${j}`);
            refs.push({ scheduleId, kind, value, at: { file: file.path, line: p.line, column: p.column } });
          }
        }
      }
    });
  }
  return refs;
}

/** An unknown rotation or layer of a scope, with a "did you mean" from the schedule's names and IDs. */
function unknownScopeRef(ref: ScopeRef, schedule: Schedule, rotations: readonly RotationInfo[], keyName: string): Diagnostic | undefined {
  const known =
    ref.kind === 'rotation'
      ? rotations.map((r) => ({ id: r.id, name: r.name, of: '' }))
      : rotations.flatMap((r) => r.layers.map((l) => ({ id: l.id, name: l.name, of: ` of rotation ${r.name}` })));
  if (known.some((k) => k.id === ref.value)) return undefined;
  const shaped = new RegExp(SCHEDULE_ID_PATTERN).test(ref.value);
  // By name first (someone wrote the name, or a name with a typo), then an ID one or two characters off.
  const byName =
    known.find((k) => k.name !== '' && k.name.toLowerCase() === ref.value.trim().toLowerCase()) ??
    known.find((k) => k.name !== '' && k.name === closest(ref.value, known.map((x) => x.name).filter(Boolean)));
  const byId = shaped
    ? nearestId(
        ref.value,
        known.map((k) => k.id),
      )
    : undefined;
  const near = byName ?? known.find((k) => k.id === byId);
  // A name is already a schema error; it is worth a second word only with the ID to write instead.
  if (!shaped && !near) return undefined;
  const label = (k: { id: string; name: string; of: string }): string => `${k.name ? `${k.name} ` : ''}(${k.id})${k.of}`;
  const list = known.slice(0, 8).map(label).join(', ');
  const more = known.length > 8 ? `, and ${known.length - 8} more` : '';
  return {
    severity: 'error',
    code: `unknown-${ref.kind}`,
    file: ref.at.file,
    line: ref.at.line,
    column: ref.at.column,
    message: `\`${ref.value.slice(0, 60)}\` is not a ${ref.kind} ID of schedule ${scheduleLabel(schedule)} (as the API key "${keyName}" sees it), so nobody on it would be auto-approved`,
    fix:
      (near ? `Did you mean ${ref.kind} ${label(near)}? Write its ID: \`${near.id}\`. ` : '') +
      `Scopes name ${ref.kind}s by ID, so that a rename in incident.io changes nothing. ` +
      (known.length > 0 ? `The schedule's ${ref.kind}s: ${list}${more}.` : `The schedule has no ${ref.kind}s.`),
  };
}

/** Where `users.<login>` was written in the identities file (logins compare case-insensitively). */
export function identityPosition(files: readonly PolicyFile[], set: PolicySet, login: string): Position {
  return identityPositions(files, set)(login);
}

/** identityPosition for many logins: the identities file is read once. */
function identityPositions(files: readonly PolicyFile[], set: PolicySet): (login: string) => Position {
  const at = set.identities.at;
  const fallback: Position = at ?? { file: set.files[0] ?? 'policies', line: 1, column: 1 };
  const file = at ? files.find((f) => f.path === at.file) : undefined;
  if (!file) return () => fallback;
  const parsed = parseYamlFile(file);
  const users = isObj(parsed.value) ? parsed.value.users : undefined;
  // Lower-cased login -> as written; the first spelling wins, as in the resolved identities.
  const written = new Map<string, string>();
  for (const key of isObj(users) ? Object.keys(users) : []) {
    if (!written.has(key.toLowerCase())) written.set(key.toLowerCase(), key);
  }
  return (login) => {
    const key = written.get(login.toLowerCase());
    if (key === undefined) return fallback;
    const p = parsed.locate(`/users/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    return { file: file.path, line: p.line, column: p.column };
  };
}

// ---------------------------------------------------------------------------------------------
// Roles: incident.io's API reference names the scope each endpoint needs, but not which dashboard
// role grants which scope, so a missing role is a warning, never an error.

export interface RoleNeed {
  /** Any one of these roles satisfies the need. */
  anyOf: string[];
  why: string;
  at?: Position;
}

const SCHEDULE_READERS = ['viewer', 'schedules_reader', 'on_call_viewer', 'schedules_editor', 'on_call_editor'];

/** The roles the policies need from the key. */
export function roleNeeds(set: PolicySet): RoleNeed[] {
  const firstPolicy = set.policies[0]?.at;
  const escalations = set.policies.flatMap((p) => p.rules.filter((r) => r.type === 'escalation'));
  const needs: RoleNeed[] = [];
  if (set.policies.length > 0) {
    needs.push({ anyOf: SCHEDULE_READERS, why: 'to read who is on call (GET /v2/schedule_entries)', at: firstPolicy });
  }
  const [firstEscalation] = escalations;
  if (firstEscalation) {
    const { at } = firstEscalation;
    needs.push({ anyOf: ['incident_creator'], why: 'escalation rules open incidents (POST /v2/incidents)', at });
    needs.push({
      anyOf: ['incident_editor'],
      why: 'escalation decisions update the incident summary (POST /v2/incidents/{id}/actions/edit)',
      at,
    });
  }
  return needs;
}

export function missingRoleNeeds(identity: Pick<Identity, 'roles' | 'team_roles'>, needs: readonly RoleNeed[]): RoleNeed[] {
  const have = new Set([...identity.roles, ...identity.team_roles]);
  return needs.filter((n) => !n.anyOf.some((r) => have.has(r)));
}

export function missingRoleDiagnostic(need: RoleNeed, keyName: string, fallback: Position): Diagnostic {
  const at = need.at ?? fallback;
  const roles =
    need.anyOf.length === 1 ? `the \`${need.anyOf[0]}\` role` : `one of the roles ${need.anyOf.map((r) => `\`${r}\``).join(', ')}`;
  return {
    severity: 'warning',
    code: 'missing-role',
    file: at.file,
    line: at.line,
    column: at.column,
    message: `The incident.io API key "${keyName}" lacks ${roles}, needed because ${need.why}`,
    fix: `In incident.io (Settings > API keys), give the key ${roles}, or use a key that has it.`,
  };
}

// ---------------------------------------------------------------------------------------------

const scheduleLabel = (s: Schedule): string => `${s.name} (${s.id})`;

/** IDs are random (ULID-like), so only a slip of one or two characters is worth a "did you mean". */
function nearestId(id: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const k of known) {
    const d = editDistance(id, k);
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}

function knownList(schedules: Map<string, Schedule>): string {
  const all = [...schedules.values()].slice(0, 5).map(scheduleLabel);
  const more = schedules.size > 5 ? `, and ${schedules.size - 5} more` : '';
  return all.length > 0 ? ` The key can see: ${all.join(', ')}${more}.` : ' The key can see no schedules at all.';
}

/** Runs every live check; throws an incident.io error only when incident.io cannot be asked at all. */
export async function runLiveChecks(
  set: PolicySet,
  files: readonly PolicyFile[],
  client: LiveCheckClient,
  options: LiveCheckOptions,
): Promise<LiveCheckResult> {
  const diagnostics: Diagnostic[] = [];
  const fallback: Position = set.integration.at ?? set.policies[0]?.at ?? { file: set.files[0] ?? 'policies', line: 1, column: 1 };

  // 1. The key itself: an invalid key fails here with the client's message and fix.
  const identity = await client.identity();
  const missing = missingRoleNeeds(identity, roleNeeds(set));
  for (const need of missing) diagnostics.push(missingRoleDiagnostic(need, identity.name, fallback));

  // 2. Schedules: one list, then a show only for IDs the list did not include.
  const refs = scheduleRefs(files);
  const named = new Set(refs.map((r) => r.id));
  const schedules = new Map<string, Schedule>();
  for (const s of await client.listSchedules()) schedules.set(s.id, s);
  const unknown: string[] = [];
  for (const id of named) {
    if (schedules.has(id)) continue;
    try {
      schedules.set(id, await client.getSchedule(id));
    } catch (error) {
      if (isServiceError(error, 'incidentio', 'not-found')) unknown.push(id);
      else throw error;
    }
  }
  const unknownSet = new Set(unknown);
  for (const ref of refs) {
    if (!unknownSet.has(ref.id)) continue;
    const nearId = nearestId(ref.id, [...schedules.keys()]);
    const near = nearId === undefined ? undefined : schedules.get(nearId);
    diagnostics.push({
      severity: 'error',
      code: 'unknown-schedule',
      file: ref.at.file,
      line: ref.at.line,
      column: ref.at.column,
      message: `Schedule ${ref.id} does not exist in incident.io (or the API key "${identity.name}" cannot see it)`,
      fix:
        (near ? `Did you mean ${scheduleLabel(near)}? ` : '') +
        "Copy the ID from the schedule's address in incident.io (On-call > Schedules > open the schedule: the last part of the URL)." +
        knownList(schedules),
    });
  }

  // 2b. Scopes: each rotation and layer ID must be one of its schedule's (GET /v2/schedules/{id},
  // whose config lists every version of each rotation: merged by ID).
  const scopes = scopeRefs(files);
  const rotations = new Map<string, RotationInfo[]>();
  const scoped = [...new Set(scopes.map((r) => r.scheduleId))].filter((id) => !unknownSet.has(id));
  for (const s of await Promise.all(scoped.map((id) => client.getSchedule(id)))) rotations.set(s.id, rotationsOf(s));
  for (const ref of scopes) {
    const schedule = schedules.get(ref.scheduleId);
    const list = rotations.get(ref.scheduleId);
    if (!schedule || !list) continue;
    const d = unknownScopeRef(ref, schedule, list, identity.name);
    if (d) diagnostics.push(d);
  }

  // 3. Identities: each mapped email must be exactly one active incident.io user.
  const identities: IdentityCheck[] = [];
  let usersForbidden: OncallGateError | undefined;
  const entries = [...set.identities.users.entries()];
  const results = await Promise.all(
    entries.map(async ([login, email]): Promise<IdentityCheck> => {
      try {
        const user = await client.findUserByEmail(email);
        return user ? { login, email, status: 'active', userId: user.id, name: user.name } : { login, email, status: 'missing' };
      } catch (error) {
        if (isServiceError(error, 'incidentio', 'conflict')) return { login, email, status: 'ambiguous' };
        if (isServiceError(error, 'incidentio', 'permission')) {
          usersForbidden = error;
          return { login, email, status: 'unchecked' };
        }
        throw error;
      }
    }),
  );
  identities.push(...results);
  const identityFile = set.identities.at?.file ?? 'the identities file';
  const positionOf = identityPositions(files, set);
  for (const check of identities) {
    if (check.status === 'active' || check.status === 'unchecked') continue;
    const at = positionOf(check.login);
    diagnostics.push({
      severity: 'warning',
      code: 'unresolved-identity',
      file: at.file,
      line: at.line,
      column: at.column,
      message:
        check.status === 'missing'
          ? `\`${check.login}\` maps to ${check.email}, but no active incident.io user has that email, so ${check.login} is never on call`
          : `\`${check.login}\` maps to ${check.email}, which several active incident.io users share, so it cannot be resolved`,
      fix:
        check.status === 'missing'
          ? `Write the email ${check.login} signs in to incident.io with (a deactivated or invited-but-never-signed-in user counts as inactive) in ${identityFile}.`
          : 'Deactivate the duplicate incident.io account or change its email, so exactly one active user has it.',
    });
  }
  if (usersForbidden) {
    diagnostics.push(
      missingRoleDiagnostic(
        { anyOf: ['viewer'], why: 'the identities are checked against incident.io users (GET /v2/users)', at: set.identities.at },
        identity.name,
        fallback,
      ),
    );
  }

  // 4. Escalation schedules nobody mapped to a GitHub login is on call for: nobody can approve.
  const escalationIds = new Set(refs.filter((r) => r.escalation).map((r) => r.id));
  const wanted = [...named].filter((id) => !unknownSet.has(id) && (options.shiftsFor === 'all' || escalationIds.has(id)));
  const from = options.now;
  const to = new Date(from.getTime() + LOOKAHEAD_MS);
  const shifts = wanted.length > 0 ? await fetchShifts(client, wanted, from, to) : new Map<string, OnCallShift[]>();
  const mapped = new Set([...set.identities.users.values()].map((e) => e.trim().toLowerCase()));
  for (const ref of refs) {
    if (!ref.escalation || unknownSet.has(ref.id)) continue;
    const onCall = shifts.get(ref.id) ?? [];
    if (onCall.some((s) => mapped.has(s.email))) continue;
    const schedule = schedules.get(ref.id);
    const name = schedule ? scheduleLabel(schedule) : ref.id;
    const people = [...new Map(onCall.map((s) => [s.email, s])).values()].slice(0, 5);
    diagnostics.push({
      severity: 'warning',
      code: 'unmapped-escalation-schedule',
      file: ref.at.file,
      line: ref.at.line,
      column: ref.at.column,
      message:
        onCall.length === 0
          ? `Nobody is on call for schedule ${name} in the next 7 days, so nobody can approve through it`
          : `Nobody on call for schedule ${name} in the next 7 days maps to a GitHub login, so nobody can approve through it`,
      // The people by name and user ID, never by email: `plan` posts this on the pull request
      // (docs/security.md, "Privacy").
      fix:
        onCall.length === 0
          ? 'Check the schedule in incident.io, or name a schedule that has people on call.'
          : `Add the on-call people to \`users:\` in ${identityFile} (\`<github login>: <incident.io email>\`); on call: ${people
              .map((p) => {
                const name = publicName(p.name);
                return name ? `${name} (incident.io user ${p.userId})` : `incident.io user ${p.userId}`;
              })
              .join(', ')}. \`oncall-gate who ${ref.id}\` lists their emails.`,
    });
  }

  return {
    diagnostics,
    facts: {
      identity,
      schedules,
      unknownSchedules: unknown,
      identities,
      shifts,
      missingRoles: missing.flatMap((n) => n.anyOf.slice(0, 1)),
      rotations,
    },
  };
}

/** Base diagnostics plus live ones, in the order loadPolicySet gives them; `valid` recomputed. */
export function withLiveDiagnostics(set: PolicySet, live: readonly Diagnostic[]): PolicySet {
  const diagnostics = [...set.diagnostics, ...live].sort(compareDiagnostics);
  return { ...set, diagnostics, valid: !diagnostics.some((d) => d.severity === 'error') };
}
