// What an emulated incident.io organisation holds: API keys with roles, users, schedules (as
// rotations + overrides, see schedule-model.ts), custom fields and the incident lookups, plus the
// emulator knobs for behaviour incident.io does not document (docs/incidentio.md, "The emulator").
// Fixtures are written in YAML (entity fields use the API's snake_case names; emulator settings are
// camelCase) or built in code. `resolveFixture` checks one and reports every problem at once, with
// its path (and its line when it came from YAML).
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { parseRfc3339 } from './clock.js';
import { defaultLayerId, isKnownTimeZone, type Handover, type HandoverIntervalType } from './schedule-model.js';

export type IdempotencyReuse = 'replay' | 'new-incident' | 'error';
export const IDEMPOTENCY_REUSE: readonly IdempotencyReuse[] = ['replay', 'new-incident', 'error'];

export interface FixtureApiKey {
  /** The bearer token clients send (emulator keys are fake by construction). */
  key: string;
  /** APIKeyActorV2.id in `creator.api_key`; derived from the name when absent. */
  id?: string;
  name: string;
  /** Account-level roles (as GET /v1/identity lists them); an open set. */
  roles: string[];
  team_roles?: string[];
  teams?: Array<{ id: string; name: string }>;
}

export interface FixtureUser {
  id: string;
  name: string;
  email?: string;
  /** Default true. Inactive users are hidden from GET /v2/users unless include_inactive=true. */
  is_active?: boolean;
  slack_user_id?: string;
  /** Deprecated UserV2.role, also used for base_role (default responder). */
  role?: 'viewer' | 'responder' | 'administrator' | 'owner';
}

export interface FixtureRotation {
  id: string;
  name: string;
  /** User IDs or emails, in rotation order; `null` is a slot with no incident.io user (its entries have no `user`). */
  users: Array<string | null>;
  /** RFC 3339; the first handover, and the anchor all later handovers count from. */
  handover_start_at: string;
  handovers: Handover[];
  /** RFC 3339; when this version of the rotation starts applying. */
  effective_from?: string;
  /**
   * How many people are on call at once, as ScheduleLayerV2 objects in order; each shift takes the
   * next one user per layer (schedule-model.ts). Default: one layer, `Layer 1`, with an ID derived
   * from the rotation's.
   */
  layers?: FixtureLayer[];
}

export interface FixtureLayer {
  id: string;
  name: string;
}

export interface FixtureOverride {
  id: string;
  /** User ID or email; `null` means nobody (the entry has no `user`). */
  user: string | null;
  start_at: string;
  end_at: string;
  /** Defaults to the schedule's first rotation. */
  rotation_id?: string;
  /** Defaults to the first layer of the override's rotation. */
  layer_id?: string;
}

export interface FixtureSchedule {
  id: string;
  name: string;
  /** IANA zone; default UTC. Daily/weekly handovers keep their wall-clock time in it. */
  timezone?: string;
  team_ids?: string[];
  annotations?: Record<string, string>;
  rotations: FixtureRotation[];
  overrides?: FixtureOverride[];
}

export type CustomFieldType = 'single_select' | 'multi_select' | 'text' | 'link' | 'numeric';

export interface FixtureCustomField {
  id: string;
  name: string;
  description: string;
  field_type: CustomFieldType;
}

export interface FixtureSeverity {
  id: string;
  name: string;
  description?: string;
  /** Higher = more severe. */
  rank: number;
}

export interface FixtureIncidentType {
  id: string;
  name: string;
  description?: string;
  is_default?: boolean;
  private_incidents_only?: boolean;
  create_in_triage?: 'always' | 'optional';
}

export type IncidentStatusCategory = 'triage' | 'declined' | 'merged' | 'canceled' | 'live' | 'learning' | 'closed' | 'paused';

export interface FixtureIncidentStatus {
  id: string;
  name: string;
  description?: string;
  rank: number;
  category: IncidentStatusCategory;
}

export interface FixtureIncidentRole {
  id: string;
  name: string;
  shortform: string;
  description: string;
  instructions?: string;
  role_type: 'lead' | 'reporter' | 'custom';
}

export interface FixtureRateLimit {
  /** Bucket size (incident.io documents 1200). */
  capacity: number;
  /** Tokens added per second (incident.io documents 20). */
  refillPerSecond: number;
}

export interface EmulatorFixture {
  organisation?: { name?: string; slug?: string };
  keys: FixtureApiKey[];
  users?: FixtureUser[];
  schedules?: FixtureSchedule[];
  customFields?: FixtureCustomField[];
  /** Omitted lists get the built-in defaults (Minor/Major/Critical, Default, Triage/Investigating/Closed). */
  severities?: FixtureSeverity[];
  incidentTypes?: FixtureIncidentType[];
  incidentStatuses?: FixtureIncidentStatus[];
  incidentRoles?: FixtureIncidentRole[];
  /** GET /v2/schedule_entries page size, chosen by the server (incident.io's is undocumented; default 50). */
  entriesPageSize?: number;
  /** By-ID cursor lists return `after` on every non-empty page, not only full ones (some incident.io lists do). */
  alwaysReturnAfter?: boolean;
  /** How GET /v2/users?email= compares (undocumented upstream): default case-insensitive. */
  userEmailMatch?: 'case-insensitive' | 'exact';
  /** The org setting behind the documented 422 "A severity is required to open an incident". */
  severityRequired?: boolean;
  /** The number the first created incident gets (INC-<n>); default 1. */
  firstIncidentNumber?: number;
  /**
   * What POST /v2/incidents does with an idempotency_key it has seen before. incident.io does not
   * document it for incidents (nor how long keys are kept), so the emulator can play each answer:
   * `replay` (default) returns the incident first created with the key, `new-incident` ignores the
   * key and creates another, `error` refuses the request with 409 conflict.
   */
  idempotencyReuse?: IdempotencyReuse;
  /** Token bucket per key; `false` turns rate limiting off. Default 1200 / 20 per s. */
  rateLimit?: FixtureRateLimit | false;
  /**
   * Whether the `final` and `overrides` entries an override produces carry `rotation_id` and
   * `layer_id` (default `present`). incident.io sends them "if present", so `absent` plays an
   * override entry without them; rotation entries always carry both.
   */
  overrideEntryIds?: 'present' | 'absent';
}

// ---- the checked, defaulted form the server runs on ----

export interface ResolvedRotation extends Omit<FixtureRotation, 'users' | 'handover_start_at' | 'effective_from' | 'layers'> {
  /** User IDs (emails resolved); null = no incident.io user. */
  users: Array<string | null>;
  handover_start_at: Date;
  effective_from?: Date;
  /** Layer IDs in order, as the schedule model takes them. */
  layers: string[];
  /** Each layer's name, by ID. */
  layerNames: Record<string, string>;
}

export interface ResolvedOverride extends Omit<FixtureOverride, 'user' | 'start_at' | 'end_at'> {
  user: string | null;
  start_at: Date;
  end_at: Date;
}

export interface ResolvedSchedule {
  id: string;
  name: string;
  timezone: string;
  team_ids: string[];
  annotations: Record<string, string>;
  rotations: ResolvedRotation[];
  overrides: ResolvedOverride[];
}

export interface ResolvedFixture {
  organisation: { name: string; slug: string };
  keys: Array<Required<Pick<FixtureApiKey, 'key' | 'id' | 'name' | 'roles' | 'team_roles' | 'teams'>>>;
  users: Array<Required<Pick<FixtureUser, 'id' | 'name' | 'is_active' | 'role'>> & Pick<FixtureUser, 'email' | 'slack_user_id'>>;
  schedules: ResolvedSchedule[];
  customFields: FixtureCustomField[];
  severities: Array<Required<FixtureSeverity>>;
  incidentTypes: Array<Required<FixtureIncidentType>>;
  incidentStatuses: Array<Required<FixtureIncidentStatus>>;
  incidentRoles: Array<Required<FixtureIncidentRole>>;
  entriesPageSize: number;
  alwaysReturnAfter: boolean;
  userEmailMatch: 'case-insensitive' | 'exact';
  severityRequired: boolean;
  firstIncidentNumber: number;
  idempotencyReuse: IdempotencyReuse;
  rateLimit: FixtureRateLimit | false;
  overrideEntryIds: 'present' | 'absent';
}

export const DEFAULT_RATE_LIMIT: FixtureRateLimit = { capacity: 1200, refillPerSecond: 20 };
export const DEFAULT_ENTRIES_PAGE_SIZE = 50;

export const DEFAULT_SEVERITIES: FixtureSeverity[] = [
  { id: '01HXYZSEVERITYMINOR0000000', name: 'Minor', description: 'Issues with **low impact**.', rank: 1 },
  { id: '01HXYZSEVERITYMAJOR0000000', name: 'Major', description: 'Issues causing **significant impact**.', rank: 2 },
  { id: '01HXYZSEVERITYCRITICAL0000', name: 'Critical', description: 'Issues causing **very high impact** to customers.', rank: 3 },
];
export const DEFAULT_INCIDENT_TYPES: FixtureIncidentType[] = [
  { id: '01HXYZINCIDENTTYPEDEFAULT0', name: 'Default', description: 'The default incident type.', is_default: true },
];
export const DEFAULT_INCIDENT_STATUSES: FixtureIncidentStatus[] = [
  { id: '01HXYZSTATUSTRIAGE00000000', name: 'Triage', description: 'Incidents being assessed.', rank: 0, category: 'triage' },
  { id: '01HXYZSTATUSINVESTIGATING0', name: 'Investigating', description: 'We are looking into it.', rank: 1, category: 'live' },
  { id: '01HXYZSTATUSCLOSED00000000', name: 'Closed', description: 'Impact is **fully mitigated**.', rank: 3, category: 'closed' },
];
export const DEFAULT_INCIDENT_ROLES: FixtureIncidentRole[] = [
  {
    id: '01HXYZROLELEAD000000000000',
    name: 'Incident Lead',
    shortform: 'lead',
    description: 'The person currently coordinating the incident',
    instructions: 'Take point on the incident; make sure people are clear on responsibilities',
    role_type: 'lead',
  },
];

// ---- validation ----

export interface FixtureProblem {
  /** Where, e.g. ['schedules', 0, 'rotations', 1, 'handovers']. */
  path: Array<string | number>;
  message: string;
  /** 1-based, when the fixture came from YAML. */
  line?: number;
}

export class FixtureError extends Error {
  readonly problems: FixtureProblem[];
  constructor(problems: FixtureProblem[], source = 'emulator fixture') {
    const lines = problems.map((p) => `  - ${p.line ? `line ${p.line}: ` : ''}${formatPath(p.path)}: ${p.message}`);
    super(`${source} is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}`);
    this.name = 'FixtureError';
    this.problems = problems;
  }
}

function formatPath(path: ReadonlyArray<string | number>): string {
  if (path.length === 0) return '(top level)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

const INTERVAL_TYPES: readonly HandoverIntervalType[] = ['hourly', 'daily', 'weekly'];
const FIELD_TYPES: readonly CustomFieldType[] = ['single_select', 'multi_select', 'text', 'link', 'numeric'];
const STATUS_CATEGORIES: readonly IncidentStatusCategory[] = [
  'triage',
  'declined',
  'merged',
  'canceled',
  'live',
  'learning',
  'closed',
  'paused',
];
const USER_ROLES = ['viewer', 'responder', 'administrator', 'owner'] as const;

type Path = Array<string | number>;
type Obj = Record<string, unknown>;

class Checker {
  readonly problems: FixtureProblem[] = [];
  add(path: Path, message: string): void {
    this.problems.push({ path, message });
  }
  object(value: unknown, path: Path, allowed: readonly string[]): Obj | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.add(path, `must be a mapping (got ${describe(value)})`);
      return undefined;
    }
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) this.add([...path, key], `unknown key; allowed keys: ${allowed.join(', ')}`);
    }
    return value as Obj;
  }
  list(value: unknown, path: Path, required = false): unknown[] {
    if (value === undefined && !required) return [];
    if (!Array.isArray(value)) {
      this.add(path, `must be a list (got ${describe(value)})`);
      return [];
    }
    return value;
  }
  string(obj: Obj, key: string, path: Path, opts: { required?: boolean; maxLength?: number } = {}): string | undefined {
    const v = obj[key];
    if (v === undefined || v === null) {
      if (opts.required !== false) this.add([...path, key], 'is required');
      return undefined;
    }
    if (typeof v !== 'string' || v.trim() === '') {
      this.add([...path, key], `must be a non-empty string (got ${describe(v)})`);
      return undefined;
    }
    if (opts.maxLength !== undefined && v.length > opts.maxLength) {
      this.add([...path, key], `must be at most ${opts.maxLength} characters (got ${v.length})`);
    }
    return v;
  }
  optionalString(obj: Obj, key: string, path: Path): string | undefined {
    return this.string(obj, key, path, { required: false });
  }
  text(obj: Obj, key: string, path: Path): string | undefined {
    const v = obj[key];
    if (v === undefined) return undefined;
    if (typeof v !== 'string') {
      this.add([...path, key], `must be a string (got ${describe(v)})`);
      return undefined;
    }
    return v;
  }
  boolean(obj: Obj, key: string, path: Path): boolean | undefined {
    const v = obj[key];
    if (v === undefined) return undefined;
    if (typeof v !== 'boolean') {
      this.add([...path, key], `must be true or false (got ${describe(v)})`);
      return undefined;
    }
    return v;
  }
  integer(obj: Obj, key: string, path: Path, opts: { required?: boolean; min?: number } = {}): number | undefined {
    const v = obj[key];
    if (v === undefined) {
      if (opts.required) this.add([...path, key], 'is required');
      return undefined;
    }
    if (typeof v !== 'number' || !Number.isInteger(v) || (opts.min !== undefined && v < opts.min)) {
      this.add([...path, key], `must be an integer${opts.min !== undefined ? ` >= ${opts.min}` : ''} (got ${describe(v)})`);
      return undefined;
    }
    return v;
  }
  number(obj: Obj, key: string, path: Path): number | undefined {
    const v = obj[key];
    if (v === undefined) {
      this.add([...path, key], 'is required');
      return undefined;
    }
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
      this.add([...path, key], `must be a positive number (got ${describe(v)})`);
      return undefined;
    }
    return v;
  }
  oneOf<T extends string>(obj: Obj, key: string, path: Path, allowed: readonly T[], required = true): T | undefined {
    const v = obj[key];
    if (v === undefined) {
      if (required) this.add([...path, key], `is required (one of ${allowed.join(', ')})`);
      return undefined;
    }
    if (typeof v !== 'string' || !allowed.includes(v as T)) {
      this.add([...path, key], `must be one of ${allowed.join(', ')} (got ${describe(v)})`);
      return undefined;
    }
    return v as T;
  }
  timestamp(obj: Obj, key: string, path: Path, required = true): Date | undefined {
    const v = obj[key];
    if (v === undefined) {
      if (required) this.add([...path, key], 'is required (an RFC 3339 timestamp such as 2026-01-05T09:00:00Z)');
      return undefined;
    }
    const at = typeof v === 'string' ? parseRfc3339(v) : undefined;
    if (!at) this.add([...path, key], `must be an RFC 3339 timestamp such as 2026-01-05T09:00:00Z (got ${describe(v)})`);
    return at;
  }
  stringList(obj: Obj, key: string, path: Path): string[] {
    const out: string[] = [];
    this.list(obj[key], [...path, key]).forEach((v, i) => {
      if (typeof v === 'string' && v !== '') out.push(v);
      else this.add([...path, key, i], `must be a non-empty string (got ${describe(v)})`);
    });
    return out;
  }
  unique(items: Array<{ value: string | undefined; path: Path }>, what: string, fold = false): void {
    const seen = new Map<string, Path>();
    for (const { value, path } of items) {
      if (typeof value !== 'string') continue;
      const k = fold ? value.toLowerCase() : value;
      const first = seen.get(k);
      if (first) this.add(path, `duplicate ${what} "${value}" (first used at ${formatPath(first)})`);
      else seen.set(k, path);
    }
  }
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}...` : v);
  return String(v);
}

function slugify(s: string): string {
  return (
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'org'
  );
}

/** Derives an ID for a key without one (stable, so creator.api_key.id is too). */
function keyIdFor(name: string, index: number): string {
  return `01HXYZAPIKEY${String(index).padStart(4, '0')}${slugify(name).replace(/-/g, '').toUpperCase()}`.padEnd(26, '0').slice(0, 26);
}

/**
 * Checks a fixture and fills in defaults. Throws FixtureError listing every problem (paths, no
 * lines; `parseFixtureYaml` adds lines).
 */
export function resolveFixture(input: unknown, source?: string): ResolvedFixture {
  const c = new Checker();
  const resolved = check(c, input);
  if (c.problems.length > 0 || !resolved) throw new FixtureError(c.problems, source);
  return resolved;
}

const TOP_KEYS = [
  'organisation',
  'keys',
  'users',
  'schedules',
  'customFields',
  'severities',
  'incidentTypes',
  'incidentStatuses',
  'incidentRoles',
  'entriesPageSize',
  'alwaysReturnAfter',
  'userEmailMatch',
  'severityRequired',
  'firstIncidentNumber',
  'idempotencyReuse',
  'rateLimit',
  'overrideEntryIds',
] as const;

function check(c: Checker, input: unknown): ResolvedFixture | undefined {
  const top = c.object(input, [], TOP_KEYS);
  if (!top) return undefined;

  let organisation = { name: 'Emulated organisation', slug: 'emulated-org' };
  if (top.organisation !== undefined) {
    const o = c.object(top.organisation, ['organisation'], ['name', 'slug']);
    if (o) {
      const name = c.optionalString(o, 'name', ['organisation']) ?? organisation.name;
      const slug = c.optionalString(o, 'slug', ['organisation']);
      if (slug !== undefined && !/^[a-z0-9-]+$/.test(slug)) c.add(['organisation', 'slug'], 'must use only a-z, 0-9 and -');
      organisation = { name, slug: slug ?? slugify(name) };
    }
  }

  // keys
  const keys: ResolvedFixture['keys'] = [];
  const keyList = c.list(top.keys, ['keys'], true);
  if (Array.isArray(top.keys) && keyList.length === 0) c.add(['keys'], 'must list at least one API key');
  keyList.forEach((raw, i) => {
    const p = ['keys', i];
    const k = c.object(raw, p, ['key', 'id', 'name', 'roles', 'team_roles', 'teams']);
    if (!k) return;
    const key = c.string(k, 'key', p);
    if (key !== undefined && /\s/.test(key))
      c.add([...p, 'key'], 'must not contain whitespace (it is sent as "Authorization: Bearer <key>")');
    const name = c.string(k, 'name', p);
    const id = c.optionalString(k, 'id', p);
    if (k.roles === undefined) c.add([...p, 'roles'], 'is required (e.g. [viewer]); a key without roles can only call GET /v1/identity');
    const roles = c.stringList(k, 'roles', p);
    const teamRoles = c.stringList(k, 'team_roles', p);
    const teams: Array<{ id: string; name: string }> = [];
    c.list(k.teams, [...p, 'teams']).forEach((t, j) => {
      const to = c.object(t, [...p, 'teams', j], ['id', 'name']);
      if (!to) return;
      const tid = c.string(to, 'id', [...p, 'teams', j]);
      const tname = c.string(to, 'name', [...p, 'teams', j]);
      if (tid && tname) teams.push({ id: tid, name: tname });
    });
    if (key && name) keys.push({ key, id: id ?? keyIdFor(name, i), name, roles, team_roles: teamRoles, teams });
  });
  c.unique(
    keyList.map((k, i) => ({ value: (k as Obj | null)?.key as string | undefined, path: ['keys', i, 'key'] })),
    'API key',
  );

  // users
  const users: ResolvedFixture['users'] = [];
  const userList = c.list(top.users, ['users']);
  userList.forEach((raw, i) => {
    const p = ['users', i];
    const u = c.object(raw, p, ['id', 'name', 'email', 'is_active', 'slack_user_id', 'role']);
    if (!u) return;
    const id = c.string(u, 'id', p);
    const name = c.string(u, 'name', p);
    const email = c.optionalString(u, 'email', p);
    if (email !== undefined && !/^[^@\s]+@[^@\s]+$/.test(email))
      c.add([...p, 'email'], `must be an email address (got ${describe(email)})`);
    const isActive = c.boolean(u, 'is_active', p) ?? true;
    const slack = c.optionalString(u, 'slack_user_id', p);
    const role = c.oneOf(u, 'role', p, USER_ROLES, false) ?? 'responder';
    if (id && name)
      users.push({ id, name, is_active: isActive, role, ...(email ? { email } : {}), ...(slack ? { slack_user_id: slack } : {}) });
  });
  c.unique(
    userList.map((u, i) => ({ value: (u as Obj | null)?.id as string | undefined, path: ['users', i, 'id'] })),
    'user id',
  );

  /** A rotation/override user reference: a user ID, or an email (the active user when several share it). */
  const resolveUser = (ref: unknown, path: Path): string | null | undefined => {
    if (ref === null) return null;
    if (typeof ref !== 'string' || ref === '') {
      c.add(path, `must be a user ID, an email, or null for "nobody" (got ${describe(ref)})`);
      return undefined;
    }
    const byId = users.find((u) => u.id === ref);
    if (byId) return byId.id;
    const byEmail = users.filter((u) => u.email?.toLowerCase() === ref.toLowerCase());
    const active = byEmail.filter((u) => u.is_active);
    const pick = byEmail.length === 1 ? byEmail : active;
    const [only, ...others] = pick;
    if (only && others.length === 0) return only.id;
    if (byEmail.length > 1) {
      c.add(path, `"${ref}" matches ${byEmail.length} users (${byEmail.map((u) => u.id).join(', ')}); use a user ID`);
      return undefined;
    }
    c.add(path, `"${ref}" is not the id or email of any user under users:`);
    return undefined;
  };

  // schedules
  const schedules: ResolvedSchedule[] = [];
  const scheduleList = c.list(top.schedules, ['schedules']);
  scheduleList.forEach((raw, i) => {
    const p = ['schedules', i];
    const s = c.object(raw, p, ['id', 'name', 'timezone', 'team_ids', 'annotations', 'rotations', 'overrides']);
    if (!s) return;
    const id = c.string(s, 'id', p);
    const name = c.string(s, 'name', p);
    const timezone = c.optionalString(s, 'timezone', p) ?? 'UTC';
    if (!isKnownTimeZone(timezone)) c.add([...p, 'timezone'], `"${timezone}" is not an IANA time zone name (e.g. Europe/London, UTC)`);
    const teamIds = c.stringList(s, 'team_ids', p);
    const annotations: Record<string, string> = {};
    if (s.annotations !== undefined) {
      const a = c.object(s.annotations, [...p, 'annotations'], Object.keys((s.annotations as Obj | null) ?? {}));
      for (const [k, v] of Object.entries(a ?? {})) {
        if (typeof v === 'string') annotations[k] = v;
        else c.add([...p, 'annotations', k], `must be a string (got ${describe(v)})`);
      }
    }
    const rotations: ResolvedRotation[] = [];
    const rotList = c.list(s.rotations, [...p, 'rotations']);
    rotList.forEach((rr, j) => {
      const rp = [...p, 'rotations', j];
      const r = c.object(rr, rp, ['id', 'name', 'users', 'handover_start_at', 'handovers', 'effective_from', 'layers']);
      if (!r) return;
      const rid = c.string(r, 'id', rp);
      const rname = c.string(r, 'name', rp);
      const rUsers: Array<string | null> = [];
      let usersOk = true;
      c.list(r.users, [...rp, 'users'], true).forEach((ref, k) => {
        const resolvedRef = resolveUser(ref, [...rp, 'users', k]);
        if (resolvedRef === undefined) usersOk = false;
        else rUsers.push(resolvedRef);
      });
      const start = c.timestamp(r, 'handover_start_at', rp);
      const effective = c.timestamp(r, 'effective_from', rp, false);
      const handovers: Handover[] = [];
      const hList = c.list(r.handovers, [...rp, 'handovers'], true);
      if (Array.isArray(r.handovers) && hList.length === 0)
        c.add([...rp, 'handovers'], 'must list at least one handover, e.g. [{ interval: 1, interval_type: weekly }]');
      hList.forEach((hr, k) => {
        const hp = [...rp, 'handovers', k];
        const h = c.object(hr, hp, ['interval', 'interval_type']);
        if (!h) return;
        const interval = c.integer(h, 'interval', hp, { required: true, min: 1 });
        const type = c.oneOf(h, 'interval_type', hp, INTERVAL_TYPES);
        if (interval !== undefined && type) handovers.push({ interval, interval_type: type });
      });
      const layers: FixtureLayer[] = [];
      const lList = c.list(r.layers, [...rp, 'layers']);
      if (Array.isArray(r.layers) && lList.length === 0)
        c.add([...rp, 'layers'], 'must list at least one layer, or be left out (one layer)');
      lList.forEach((lr, k) => {
        const lp = [...rp, 'layers', k];
        const l = c.object(lr, lp, ['id', 'name']);
        if (!l) return;
        const lid = c.string(l, 'id', lp);
        const lname = c.string(l, 'name', lp);
        if (lid && lname) layers.push({ id: lid, name: lname });
      });
      c.unique(
        lList.map((l, k) => ({ value: (l as Obj | null)?.id as string | undefined, path: [...rp, 'layers', k, 'id'] })),
        'layer id',
      );
      if (rid && rname && start && usersOk && handovers.length === hList.length && layers.length === lList.length) {
        const resolvedLayers = layers.length > 0 ? layers : [{ id: defaultLayerId(rid), name: 'Layer 1' }];
        rotations.push({
          id: rid,
          name: rname,
          users: rUsers,
          handover_start_at: start,
          handovers,
          ...(effective ? { effective_from: effective } : {}),
          layers: resolvedLayers.map((l) => l.id),
          layerNames: Object.fromEntries(resolvedLayers.map((l) => [l.id, l.name])),
        });
      }
    });
    // Several versions of one rotation are told apart by effective_from, so those must differ.
    c.unique(
      rotList.map((rr, j) => {
        const r = rr as Obj | null;
        return {
          value: r?.id === undefined ? undefined : `${String(r.id)} effective_from ${String(r.effective_from ?? '(none)')}`,
          path: [...p, 'rotations', j],
        };
      }),
      'rotation version',
    );
    const overrides: ResolvedOverride[] = [];
    c.list(s.overrides, [...p, 'overrides']).forEach((or, j) => {
      const op = [...p, 'overrides', j];
      const o = c.object(or, op, ['id', 'user', 'start_at', 'end_at', 'rotation_id', 'layer_id']);
      if (!o) return;
      const oid = c.string(o, 'id', op);
      if (!('user' in o)) c.add([...op, 'user'], 'is required (a user ID, an email, or null for "nobody")');
      const user = 'user' in o ? resolveUser(o.user, [...op, 'user']) : undefined;
      const startAt = c.timestamp(o, 'start_at', op);
      const endAt = c.timestamp(o, 'end_at', op);
      if (startAt && endAt && endAt <= startAt) c.add([...op, 'end_at'], 'must be after start_at');
      const rotationId = c.optionalString(o, 'rotation_id', op);
      if (rotationId !== undefined && !rotList.some((rr) => (rr as Obj | null)?.id === rotationId)) {
        c.add([...op, 'rotation_id'], `"${rotationId}" is not a rotation of this schedule`);
      }
      if (rotationId === undefined && rotList.length === 0) c.add(op, 'an override needs a rotation to apply to; this schedule has none');
      const layerId = c.optionalString(o, 'layer_id', op);
      if (layerId !== undefined) {
        // Any version of the override's rotation may hold the layer.
        const owner = rotationId ?? (rotList[0] as Obj | null)?.id;
        const held = rotations.some((r) => r.id === owner && r.layers.includes(layerId));
        if (!held) c.add([...op, 'layer_id'], `"${layerId}" is not a layer of the override's rotation ${String(owner ?? '(none)')}`);
      }
      if (oid && user !== undefined && startAt && endAt) {
        overrides.push({
          id: oid,
          user,
          start_at: startAt,
          end_at: endAt,
          ...(rotationId ? { rotation_id: rotationId } : {}),
          ...(layerId ? { layer_id: layerId } : {}),
        });
      }
    });
    if (id && name) schedules.push({ id, name, timezone, team_ids: teamIds, annotations, rotations, overrides });
  });
  c.unique(
    scheduleList.map((s, i) => ({ value: (s as Obj | null)?.id as string | undefined, path: ['schedules', i, 'id'] })),
    'schedule id',
  );

  // custom fields
  const customFields: FixtureCustomField[] = [];
  const cfList = c.list(top.customFields, ['customFields']);
  cfList.forEach((raw, i) => {
    const p = ['customFields', i];
    const f = c.object(raw, p, ['id', 'name', 'description', 'field_type']);
    if (!f) return;
    const id = c.string(f, 'id', p);
    const name = c.string(f, 'name', p, { maxLength: 50 });
    const description = c.text(f, 'description', p) ?? '';
    const type = c.oneOf(f, 'field_type', p, FIELD_TYPES);
    if (id && name && type) customFields.push({ id, name, description, field_type: type });
  });
  c.unique(
    cfList.map((f, i) => ({ value: (f as Obj | null)?.name as string | undefined, path: ['customFields', i, 'name'] })),
    'custom field name',
  );

  const severities = top.severities === undefined ? DEFAULT_SEVERITIES : [];
  c.list(top.severities, ['severities']).forEach((raw, i) => {
    const p = ['severities', i];
    const o = c.object(raw, p, ['id', 'name', 'description', 'rank']);
    if (!o) return;
    const id = c.string(o, 'id', p);
    const name = c.string(o, 'name', p, { maxLength: 50 });
    const rank = c.integer(o, 'rank', p, { required: true, min: 0 });
    if (id && name && rank !== undefined) severities.push({ id, name, rank, description: c.text(o, 'description', p) ?? '' });
  });

  const incidentTypes = top.incidentTypes === undefined ? DEFAULT_INCIDENT_TYPES : [];
  c.list(top.incidentTypes, ['incidentTypes']).forEach((raw, i) => {
    const p = ['incidentTypes', i];
    const o = c.object(raw, p, ['id', 'name', 'description', 'is_default', 'private_incidents_only', 'create_in_triage']);
    if (!o) return;
    const id = c.string(o, 'id', p);
    const name = c.string(o, 'name', p);
    const t: FixtureIncidentType = { id: id ?? '', name: name ?? '', description: c.text(o, 'description', p) ?? '' };
    const isDefault = c.boolean(o, 'is_default', p);
    const privateOnly = c.boolean(o, 'private_incidents_only', p);
    const triage = c.oneOf(o, 'create_in_triage', p, ['always', 'optional'] as const, false);
    if (isDefault !== undefined) t.is_default = isDefault;
    if (privateOnly !== undefined) t.private_incidents_only = privateOnly;
    if (triage) t.create_in_triage = triage;
    if (id && name) incidentTypes.push(t);
  });

  const incidentStatuses = top.incidentStatuses === undefined ? DEFAULT_INCIDENT_STATUSES : [];
  c.list(top.incidentStatuses, ['incidentStatuses']).forEach((raw, i) => {
    const p = ['incidentStatuses', i];
    const o = c.object(raw, p, ['id', 'name', 'description', 'rank', 'category']);
    if (!o) return;
    const id = c.string(o, 'id', p);
    const name = c.string(o, 'name', p);
    const rank = c.integer(o, 'rank', p, { required: true, min: 0 });
    const category = c.oneOf(o, 'category', p, STATUS_CATEGORIES);
    if (id && name && rank !== undefined && category)
      incidentStatuses.push({ id, name, rank, category, description: c.text(o, 'description', p) ?? '' });
  });
  if (incidentStatuses.length > 0 && !incidentStatuses.some((s) => s.category === 'live' || s.category === 'triage')) {
    c.add(['incidentStatuses'], 'needs a status with category live or triage, for new incidents to start in');
  }

  const incidentRoles = top.incidentRoles === undefined ? DEFAULT_INCIDENT_ROLES : [];
  c.list(top.incidentRoles, ['incidentRoles']).forEach((raw, i) => {
    const p = ['incidentRoles', i];
    const o = c.object(raw, p, ['id', 'name', 'shortform', 'description', 'instructions', 'role_type']);
    if (!o) return;
    const id = c.string(o, 'id', p);
    const name = c.string(o, 'name', p);
    const shortform = c.string(o, 'shortform', p);
    const description = c.string(o, 'description', p);
    const roleType = c.oneOf(o, 'role_type', p, ['lead', 'reporter', 'custom'] as const);
    if (id && name && shortform && description && roleType) {
      incidentRoles.push({ id, name, shortform, description, role_type: roleType, instructions: c.text(o, 'instructions', p) ?? '' });
    }
  });

  for (const [key, list] of [
    ['severities', severities],
    ['incidentTypes', incidentTypes],
    ['incidentStatuses', incidentStatuses],
    ['incidentRoles', incidentRoles],
  ] as const) {
    c.unique(
      list.map((x, i) => ({ value: x.id, path: [key, i, 'id'] })),
      `${key} id`,
    );
  }

  const entriesPageSize = c.integer(top, 'entriesPageSize', [], { min: 1 }) ?? DEFAULT_ENTRIES_PAGE_SIZE;
  const alwaysReturnAfter = c.boolean(top, 'alwaysReturnAfter', []) ?? false;
  const userEmailMatch = c.oneOf(top, 'userEmailMatch', [], ['case-insensitive', 'exact'] as const, false) ?? 'case-insensitive';
  const severityRequired = c.boolean(top, 'severityRequired', []) ?? false;
  const firstIncidentNumber = c.integer(top, 'firstIncidentNumber', [], { min: 1 }) ?? 1;
  const idempotencyReuse = c.oneOf(top, 'idempotencyReuse', [], IDEMPOTENCY_REUSE, false) ?? 'replay';
  const overrideEntryIds = c.oneOf(top, 'overrideEntryIds', [], ['present', 'absent'] as const, false) ?? 'present';
  let rateLimit: FixtureRateLimit | false = DEFAULT_RATE_LIMIT;
  if (top.rateLimit === false || top.rateLimit === null) rateLimit = false;
  else if (top.rateLimit !== undefined) {
    const r = c.object(top.rateLimit, ['rateLimit'], ['capacity', 'refillPerSecond']);
    if (r) {
      const capacity = c.integer(r, 'capacity', ['rateLimit'], { required: true, min: 1 });
      const refill = c.number(r, 'refillPerSecond', ['rateLimit']);
      if (capacity !== undefined && refill !== undefined) rateLimit = { capacity, refillPerSecond: refill };
    }
  }

  return {
    organisation,
    keys,
    users,
    schedules,
    customFields,
    severities: severities.map((s) => ({ description: '', ...s })),
    incidentTypes: incidentTypes.map((t) => ({
      description: '',
      is_default: false,
      private_incidents_only: false,
      create_in_triage: 'optional' as const,
      ...t,
    })),
    incidentStatuses: incidentStatuses.map((s) => ({ description: '', ...s })),
    incidentRoles: incidentRoles.map((r) => ({ instructions: '', ...r })),
    entriesPageSize,
    alwaysReturnAfter,
    userEmailMatch,
    severityRequired,
    firstIncidentNumber,
    idempotencyReuse,
    rateLimit,
    overrideEntryIds,
  };
}

// ---- YAML ----

/** The 1-based line of the deepest node on `path` that exists in the document. */
function lineOf(doc: Document, counter: LineCounter, path: Path): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return undefined;
}

/**
 * Parses and checks a fixture written in YAML. Throws FixtureError naming every problem with its
 * line, e.g. `line 12: schedules[0].rotations[0].handovers[0].interval_type: must be one of ...`.
 */
export function parseFixtureYaml(text: string, source = 'emulator fixture'): EmulatorFixture {
  const counter = new LineCounter();
  // Duplicate keys are errors, and aliases are capped at 50 so a fixture cannot expand without
  // bound (policy files go further and reject aliases outright).
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new FixtureError(
      doc.errors.map((e) => ({
        path: [],
        message: `YAML: ${(e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`,
        line: e.linePos?.[0]?.line ?? counter.linePos(e.pos[0]).line,
      })),
      source,
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (err) {
    throw new FixtureError([{ path: [], message: `YAML: ${(err as Error).message}` }], source);
  }
  const c = new Checker();
  check(c, data);
  if (c.problems.length > 0) {
    throw new FixtureError(
      c.problems.map((p) => ({ ...p, line: lineOf(doc, counter, p.path) })),
      source,
    );
  }
  return data as EmulatorFixture;
}
