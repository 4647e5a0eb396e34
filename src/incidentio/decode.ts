// Checks response bodies for the fields oncall-gate uses and builds typed objects from them. A
// wrong shape becomes an incident.io error of kind `bad-response` naming the endpoint and the field
// (e.g. `schedule_entries.final[3].start_at`), never a TypeError deep in a caller. Only fields the
// code relies on are required; the API adds fields and enum values without notice
// (docs/incidentio.md, "Basics"), so unknown ones are ignored and enums are open strings. `null`
// counts as absent for optional fields.
import { badResponse, type Scrub } from './errors.js';
import type {
  CustomField,
  CustomFieldValue,
  EmbeddedUser,
  Identity,
  Incident,
  IncidentCustomFieldEntry,
  IncidentStatus,
  IncidentType,
  Schedule,
  ScheduleEntry,
  ScheduleRotation,
  Severity,
  User,
} from './types.js';

type Json = Record<string, unknown>;

export interface DecodeContext {
  /** Throws `bad_response` for `field`, which should be `expected` but is `got`. */
  fail(field: string, expected: string, got: unknown): never;
}

export function decodeContext(method: string, path: string, baseUrl: string, scrub: Scrub): DecodeContext {
  return {
    fail(field, expected, got) {
      throw badResponse({ method, path }, `\`${field}\` should be ${expected} but is ${describe(got, scrub)}`, baseUrl);
    },
  };
}

function describe(value: unknown, scrub: Scrub): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') {
    // Redacted before it is shortened: a secret cut in half would no longer match whole.
    const clean = scrub(value);
    const shown = clean.length > 40 ? `${clean.slice(0, 40)}...` : clean;
    return `the string ${JSON.stringify(shown)}`;
  }
  return `a ${typeof value}`;
}

const isJson = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const at = (parent: string, key: string): string => (parent === '' ? key : `${parent}.${key}`);

/** Drops undefined properties, so decoded objects only carry what the server sent. */
function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

export function obj(ctx: DecodeContext, value: unknown, field: string): Json {
  if (!isJson(value)) ctx.fail(field || 'body', 'a JSON object', value);
  return value;
}

export function str(ctx: DecodeContext, o: Json, key: string, parent: string): string {
  const v = o[key];
  if (typeof v !== 'string') ctx.fail(at(parent, key), 'a string', v);
  return v;
}

/** A string that identifies something: must not be empty. */
export function id(ctx: DecodeContext, o: Json, key: string, parent: string): string {
  const v = str(ctx, o, key, parent);
  if (v.length === 0) ctx.fail(at(parent, key), 'a non-empty ID', v);
  return v;
}

function optStr(ctx: DecodeContext, o: Json, key: string, parent: string): string | undefined {
  return o[key] === undefined || o[key] === null ? undefined : str(ctx, o, key, parent);
}

function optBool(ctx: DecodeContext, o: Json, key: string, parent: string): boolean | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'boolean') ctx.fail(at(parent, key), 'a boolean', v);
  return v;
}

function optNum(ctx: DecodeContext, o: Json, key: string, parent: string): number | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v)) ctx.fail(at(parent, key), 'a number', v);
  return v;
}

export function arr(ctx: DecodeContext, o: Json, key: string, parent: string): unknown[] {
  const v = o[key];
  if (!Array.isArray(v)) ctx.fail(at(parent, key), 'an array', v);
  return v;
}

function optArr<T>(ctx: DecodeContext, o: Json, key: string, parent: string, item: (v: unknown, field: string) => T): T[] | undefined {
  if (o[key] === undefined || o[key] === null) return undefined;
  return arr(ctx, o, key, parent).map((v, i) => item(v, `${at(parent, key)}[${i}]`));
}

export function list<T>(ctx: DecodeContext, o: Json, key: string, parent: string, item: (v: unknown, field: string) => T): T[] {
  return arr(ctx, o, key, parent).map((v, i) => item(v, `${at(parent, key)}[${i}]`));
}

// RFC 3339, the only form the API sends timestamps in; Date.parse alone would also accept "2021".
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

export function timestamp(ctx: DecodeContext, o: Json, key: string, parent: string): string {
  const v = str(ctx, o, key, parent);
  if (!RFC3339.test(v) || Number.isNaN(Date.parse(v))) ctx.fail(at(parent, key), 'an RFC 3339 timestamp', v);
  return v;
}

function optTimestamp(ctx: DecodeContext, o: Json, key: string, parent: string): string | undefined {
  return o[key] === undefined || o[key] === null ? undefined : timestamp(ctx, o, key, parent);
}

function idName(ctx: DecodeContext, v: unknown, field: string): { id: string; name: string } {
  const o = obj(ctx, v, field);
  return { id: id(ctx, o, 'id', field), name: str(ctx, o, 'name', field) };
}

function optIdName(ctx: DecodeContext, o: Json, key: string, parent: string): { id: string; name: string } | undefined {
  return o[key] === undefined || o[key] === null ? undefined : idName(ctx, o[key], at(parent, key));
}

// ---- API objects

export function decodeIdentity(ctx: DecodeContext, v: unknown, field: string): Identity {
  const o = obj(ctx, v, field);
  const strings = (x: unknown, f: string): string => (typeof x === 'string' ? x : ctx.fail(f, 'a string', x));
  return defined({
    name: str(ctx, o, 'name', field),
    roles: list(ctx, o, 'roles', field, strings),
    team_roles: optArr(ctx, o, 'team_roles', field, strings) ?? [],
    teams: optArr(ctx, o, 'teams', field, (t, f) => idName(ctx, t, f)) ?? [],
    dashboard_url: optStr(ctx, o, 'dashboard_url', field),
  });
}

export function decodeEmbeddedUser(ctx: DecodeContext, v: unknown, field: string): EmbeddedUser {
  const o = obj(ctx, v, field);
  return defined({
    id: id(ctx, o, 'id', field),
    name: str(ctx, o, 'name', field),
    email: optStr(ctx, o, 'email', field),
    role: optStr(ctx, o, 'role', field),
    slack_user_id: optStr(ctx, o, 'slack_user_id', field),
  });
}

export function decodeScheduleEntry(ctx: DecodeContext, v: unknown, field: string): ScheduleEntry {
  const o = obj(ctx, v, field);
  return defined({
    start_at: timestamp(ctx, o, 'start_at', field),
    end_at: timestamp(ctx, o, 'end_at', field),
    // `user` is optional in the schema: an entry may belong to no incident.io user (e.g. one of an
    // external provider), and such an entry is nobody on call.
    user: o.user === undefined || o.user === null ? undefined : decodeEmbeddedUser(ctx, o.user, at(field, 'user')),
    entry_id: optStr(ctx, o, 'entry_id', field),
    fingerprint: optStr(ctx, o, 'fingerprint', field),
    rotation_id: optStr(ctx, o, 'rotation_id', field),
    layer_id: optStr(ctx, o, 'layer_id', field),
  });
}

/** ScheduleRotationV2: its ID and layer IDs are what policies name, so they must be there. */
function decodeRotation(ctx: DecodeContext, v: unknown, field: string): ScheduleRotation {
  const o = obj(ctx, v, field);
  return defined({
    id: id(ctx, o, 'id', field),
    name: str(ctx, o, 'name', field),
    layers:
      optArr(ctx, o, 'layers', field, (l, f) => {
        const lo = obj(ctx, l, f);
        return { id: id(ctx, lo, 'id', f), name: optStr(ctx, lo, 'name', f) ?? '' };
      }) ?? [],
    effective_from: optTimestamp(ctx, o, 'effective_from', field),
  });
}

export function decodeSchedule(ctx: DecodeContext, v: unknown, field: string): Schedule {
  const o = obj(ctx, v, field);
  const entry = (e: unknown, f: string): ScheduleEntry => decodeScheduleEntry(ctx, e, f);
  const configField = at(field, 'config');
  const config = o.config === undefined || o.config === null ? undefined : obj(ctx, o.config, configField);
  return defined({
    id: id(ctx, o, 'id', field),
    name: str(ctx, o, 'name', field),
    config: config && { rotations: list(ctx, config, 'rotations', configField, (r, f) => decodeRotation(ctx, r, f)) },
    timezone: optStr(ctx, o, 'timezone', field),
    permalink: optStr(ctx, o, 'permalink', field),
    team_ids: optArr(ctx, o, 'team_ids', field, (t, f) => (typeof t === 'string' ? t : ctx.fail(f, 'a string', t))),
    created_at: optTimestamp(ctx, o, 'created_at', field),
    updated_at: optTimestamp(ctx, o, 'updated_at', field),
    current_shifts: optArr(ctx, o, 'current_shifts', field, entry),
    next_shifts: optArr(ctx, o, 'next_shifts', field, entry),
  });
}

export function decodeUser(ctx: DecodeContext, v: unknown, field: string): User {
  const o = obj(ctx, v, field);
  const isActive = optBool(ctx, o, 'is_active', field);
  // is_active decides who an email maps to (several accounts can share an email; only the active
  // one counts, docs/incidentio.md "Users"), so it must be there.
  if (isActive === undefined) ctx.fail(at(field, 'is_active'), 'a boolean', o.is_active);
  const role = (r: unknown, f: string): { id: string; name: string; slug: string } => {
    const ro = obj(ctx, r, f);
    return { id: id(ctx, ro, 'id', f), name: str(ctx, ro, 'name', f), slug: str(ctx, ro, 'slug', f) };
  };
  return defined({
    id: id(ctx, o, 'id', field),
    name: str(ctx, o, 'name', field),
    is_active: isActive,
    email: optStr(ctx, o, 'email', field),
    slack_user_id: optStr(ctx, o, 'slack_user_id', field),
    role: optStr(ctx, o, 'role', field),
    base_role: o.base_role === undefined || o.base_role === null ? undefined : role(o.base_role, at(field, 'base_role')),
    custom_roles: optArr(ctx, o, 'custom_roles', field, role),
  });
}

function decodeCustomFieldValue(ctx: DecodeContext, v: unknown, field: string): CustomFieldValue {
  const o = obj(ctx, v, field);
  const option = o.value_option;
  return defined({
    value_text: optStr(ctx, o, 'value_text', field),
    value_link: optStr(ctx, o, 'value_link', field),
    value_numeric: optStr(ctx, o, 'value_numeric', field),
    value_option:
      option === undefined || option === null
        ? undefined
        : (() => {
            const oo = obj(ctx, option, at(field, 'value_option'));
            return { id: id(ctx, oo, 'id', at(field, 'value_option')), value: str(ctx, oo, 'value', at(field, 'value_option')) };
          })(),
    value_catalog_entry: optIdName(ctx, o, 'value_catalog_entry', field),
  });
}

function decodeIncidentCustomFieldEntry(ctx: DecodeContext, v: unknown, field: string): IncidentCustomFieldEntry {
  const o = obj(ctx, v, field);
  const cfField = at(field, 'custom_field');
  const cf = obj(ctx, o.custom_field, cfField);
  return {
    custom_field: defined({
      id: id(ctx, cf, 'id', cfField),
      name: str(ctx, cf, 'name', cfField),
      field_type: optStr(ctx, cf, 'field_type', cfField),
    }),
    values: list(ctx, o, 'values', field, (x, f) => decodeCustomFieldValue(ctx, x, f)),
  };
}

export function decodeIncident(ctx: DecodeContext, v: unknown, field: string): Incident {
  const o = obj(ctx, v, field);
  const status = o.incident_status;
  return defined({
    id: id(ctx, o, 'id', field),
    reference: str(ctx, o, 'reference', field),
    name: str(ctx, o, 'name', field),
    summary: optStr(ctx, o, 'summary', field),
    permalink: optStr(ctx, o, 'permalink', field),
    visibility: optStr(ctx, o, 'visibility', field),
    mode: optStr(ctx, o, 'mode', field),
    incident_status:
      status === undefined || status === null
        ? undefined
        : (() => {
            const f = at(field, 'incident_status');
            const so = obj(ctx, status, f);
            return defined({ id: id(ctx, so, 'id', f), name: str(ctx, so, 'name', f), category: optStr(ctx, so, 'category', f) });
          })(),
    severity: optIdName(ctx, o, 'severity', field),
    incident_type: optIdName(ctx, o, 'incident_type', field),
    // Required by the schema; an absent list is read as "no values set" rather than rejected.
    custom_field_entries: optArr(ctx, o, 'custom_field_entries', field, (e, f) => decodeIncidentCustomFieldEntry(ctx, e, f)) ?? [],
    created_at: optTimestamp(ctx, o, 'created_at', field),
    updated_at: optTimestamp(ctx, o, 'updated_at', field),
  });
}

export function decodeCustomField(ctx: DecodeContext, v: unknown, field: string): CustomField {
  const o = obj(ctx, v, field);
  return defined({
    id: id(ctx, o, 'id', field),
    name: str(ctx, o, 'name', field),
    field_type: str(ctx, o, 'field_type', field),
    description: optStr(ctx, o, 'description', field),
    created_at: optTimestamp(ctx, o, 'created_at', field),
    updated_at: optTimestamp(ctx, o, 'updated_at', field),
  });
}

export function decodeSeverity(ctx: DecodeContext, v: unknown, field: string): Severity {
  const o = obj(ctx, v, field);
  return defined({
    id: id(ctx, o, 'id', field),
    name: str(ctx, o, 'name', field),
    rank: optNum(ctx, o, 'rank', field),
    description: optStr(ctx, o, 'description', field),
  });
}

export function decodeIncidentType(ctx: DecodeContext, v: unknown, field: string): IncidentType {
  const o = obj(ctx, v, field);
  return defined({
    id: id(ctx, o, 'id', field),
    name: str(ctx, o, 'name', field),
    is_default: optBool(ctx, o, 'is_default', field),
    private_incidents_only: optBool(ctx, o, 'private_incidents_only', field),
    create_in_triage: optStr(ctx, o, 'create_in_triage', field),
    description: optStr(ctx, o, 'description', field),
  });
}

export function decodeIncidentStatus(ctx: DecodeContext, v: unknown, field: string): IncidentStatus {
  const o = obj(ctx, v, field);
  return defined({
    id: id(ctx, o, 'id', field),
    name: str(ctx, o, 'name', field),
    category: str(ctx, o, 'category', field),
    rank: optNum(ctx, o, 'rank', field),
    description: optStr(ctx, o, 'description', field),
  });
}
