// The emulated endpoints (docs/incidentio.md lists them), each with the role it needs, its
// validation and its response shape. Handlers are synchronous functions of (request, state): the
// HTTP plumbing, authentication, rate limiting and faults live in server.ts.
import { ApiError, invalidValue, isRequired, notFound, validationError, type ApiErrorDetail } from './errors.js';
import { parseRfc3339 } from './clock.js';
import type { CustomFieldType, ResolvedFixture } from './fixture.js';
import { overrideLayerId, overrideRotationId } from './schedule-model.js';
import { apiTime, newId, type ApiCustomFieldValue, type IncidentMode, type IncidentRecord, type OrgState } from './org-state.js';

export type ResolvedKey = ResolvedFixture['keys'][number];

/** The `{id}` of a route's path ('' when the route has none: it then matches no record). */
const idOf = (req: ApiRequest): string => req.params.id ?? '';

export interface ApiRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  /** Parsed JSON body (undefined when empty). */
  body: unknown;
  /** Set when the body was not valid JSON. */
  bodyError?: string;
  key: ResolvedKey;
  /** The request's Host header, for URLs pointing back at the emulator. */
  host: string;
}

export interface ApiResponse {
  status: number;
  body?: unknown;
}

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** e.g. /v2/incidents/{id}/actions/edit */
  pattern: string;
  /** Any one of these roles is enough; null = any valid key (GET /v1/identity needs no scope). */
  roles: readonly string[] | null;
  handle(req: ApiRequest, state: OrgState): ApiResponse;
}

// Role requirements: incident.io names the scope each endpoint needs but not which role grants
// it, so these are the likely roles (docs/incidentio.md, "The key and its roles").
const VIEW = ['viewer'] as const;
const VIEW_SCHEDULES = ['viewer', 'schedules_reader', 'schedules_editor', 'on_call_viewer', 'on_call_editor'] as const;
const CREATE_INCIDENTS = ['incident_creator'] as const;
const EDIT_INCIDENTS = ['incident_editor'] as const;
const MANAGE_SETTINGS = ['manage_settings'] as const;

/** Meta page sizes are capped at 250 (the schema's maximum for PaginationMetaResultV2.page_size). */
const MAX_PAGE = 250;
const FIELD_TYPES: readonly CustomFieldType[] = ['single_select', 'multi_select', 'text', 'link', 'numeric'];
const MODES: readonly IncidentMode[] = ['standard', 'retrospective', 'test', 'tutorial'];
const CURSOR_PREFIX = 'sec1_';

// ---- helpers ----

function ok(body: unknown, status = 200): ApiResponse {
  return { status, body };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function jsonBody(req: ApiRequest): Record<string, unknown> {
  if (req.bodyError) {
    throw new ApiError(400, 'invalid_request_error', [
      { code: 'invalid_json', message: `The request body is not valid JSON: ${req.bodyError}` },
    ]);
  }
  if (req.body === undefined) return {};
  if (!isObject(req.body)) {
    throw new ApiError(400, 'invalid_request_error', [{ code: 'invalid_body', message: 'The request body must be a JSON object' }]);
  }
  return req.body;
}

function optionalString(body: Record<string, unknown>, field: string, errors: ApiErrorDetail[], prefix = ''): string | undefined {
  const v = body[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') {
    errors.push(invalidValue(prefix + field, `${prefix + field} must be a string`));
    return undefined;
  }
  return v;
}

/** Cursor by record ID: `page_size` + `after` = the last record's ID; `after` only on full pages. */
function pageOf<T extends { id: string }>(
  items: readonly T[],
  query: URLSearchParams,
  opts: { maxParam: number; alwaysReturnAfter: boolean },
): { page: T[]; meta: { page_size: number; after?: string } } {
  const raw = query.get('page_size');
  let requested = 25;
  if (raw !== null) {
    if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > opts.maxParam) {
      throw validationError([invalidValue('page_size', `page_size must be an integer from 1 to ${opts.maxParam} (got "${raw}")`)]);
    }
    requested = Number(raw);
  }
  const size = Math.min(requested, MAX_PAGE);
  const after = query.get('after');
  let from = 0;
  if (after !== null && after !== '') {
    const idx = items.findIndex((i) => i.id === after);
    if (idx < 0) throw validationError([invalidValue('after', `after must be the ID of a record from a previous page (got "${after}")`)]);
    from = idx + 1;
  }
  const page = items.slice(from, from + size);
  const last = page[page.length - 1];
  const giveAfter = last !== undefined && (page.length === size || opts.alwaysReturnAfter);
  return { page, meta: { page_size: size, ...(giveAfter ? { after: last.id } : {}) } };
}

function booleanQuery(query: URLSearchParams, name: string): boolean | undefined {
  const v = query.get(name);
  if (v === null) return undefined;
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw validationError([invalidValue(name, `${name} must be true or false (got "${v}")`)]);
}

function timeQuery(query: URLSearchParams, name: string): Date | undefined {
  const v = query.get(name);
  if (v === null || v === '') return undefined;
  const d = parseRfc3339(v);
  if (!d) throw validationError([invalidValue(name, `${name} must be an RFC 3339 timestamp such as 2026-08-20T10:00:00Z (got "${v}")`)]);
  return d;
}

// ---- schedule entries cursor: opaque, passed back via entry_window_start with the original end ----

interface EntriesCursor {
  scheduleId: string;
  start: number;
  end: number;
  offset: number;
}

function encodeCursor(c: EntriesCursor): string {
  return CURSOR_PREFIX + Buffer.from(JSON.stringify([c.scheduleId, c.start, c.end, c.offset])).toString('base64url');
}

function decodeCursor(token: string): EntriesCursor | undefined {
  try {
    const v: unknown = JSON.parse(Buffer.from(token.slice(CURSOR_PREFIX.length), 'base64url').toString('utf8'));
    if (!Array.isArray(v) || v.length !== 4) return undefined;
    const [scheduleId, start, end, offset] = v as unknown[];
    if (typeof scheduleId !== 'string' || typeof start !== 'number' || typeof end !== 'number' || typeof offset !== 'number')
      return undefined;
    return { scheduleId, start, end, offset };
  } catch {
    return undefined;
  }
}

// ---- incidents ----

function customFieldValues(
  state: OrgState,
  raw: unknown,
  field: string,
  errors: ApiErrorDetail[],
): Map<string, ApiCustomFieldValue[]> | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) {
    errors.push(invalidValue(field, `${field} must be a list of {custom_field_id, values}`));
    return undefined;
  }
  const out = new Map<string, ApiCustomFieldValue[]>();
  raw.forEach((entry, i) => {
    const at = `${field}[${i}]`;
    if (!isObject(entry)) {
      errors.push(invalidValue(at, `${at} must be an object with custom_field_id and values`));
      return;
    }
    const fieldId = entry.custom_field_id;
    if (typeof fieldId !== 'string' || fieldId === '') {
      errors.push(isRequired(`${at}.custom_field_id`));
      return;
    }
    const def = state.customFields.find((f) => f.id === fieldId);
    if (!def) {
      errors.push(invalidValue(`${at}.custom_field_id`, `No custom field found with ID "${fieldId}"`));
      return;
    }
    if (!Array.isArray(entry.values)) {
      errors.push(isRequired(`${at}.values`, `${at}.values is required (use [] to unset the field)`));
      return;
    }
    if (def.field_type !== 'multi_select' && entry.values.length > 1) {
      errors.push(invalidValue(`${at}.values`, `The ${def.field_type} field "${def.name}" takes at most one value`));
      return;
    }
    const values: ApiCustomFieldValue[] = [];
    entry.values.forEach((v: unknown, j: number) => {
      const vat = `${at}.values[${j}]`;
      const key = {
        text: 'value_text',
        link: 'value_link',
        numeric: 'value_numeric',
        single_select: 'value_option_id',
        multi_select: 'value_option_id',
      }[def.field_type];
      const value = isObject(v) ? v[key] : undefined;
      if (typeof value !== 'string') {
        errors.push(invalidValue(vat, `The ${def.field_type} field "${def.name}" needs ${key} (a string)`));
        return;
      }
      if (def.field_type === 'numeric' && !/^-?\d+(\.\d+)?$/.test(value)) {
        errors.push(
          invalidValue(`${vat}.value_numeric`, `value_numeric must be a number written as a string, e.g. "123.456" (got "${value}")`),
        );
        return;
      }
      if (key === 'value_option_id') {
        // Select options live under /v1/custom_field_options, which the emulator does not hold.
        errors.push(invalidValue(`${vat}.value_option_id`, `No option "${value}" exists for the field "${def.name}"`));
        return;
      }
      values.push({ [key]: value } as ApiCustomFieldValue);
    });
    out.set(def.id, values);
  });
  return out;
}

function roleAssignments(
  state: OrgState,
  raw: unknown,
  field: string,
  errors: ApiErrorDetail[],
): Map<string, string | undefined> | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) {
    errors.push(invalidValue(field, `${field} must be a list of {incident_role_id, assignee}`));
    return undefined;
  }
  const out = new Map<string, string | undefined>();
  raw.forEach((a, i) => {
    const at = `${field}[${i}]`;
    const roleId = isObject(a) ? a.incident_role_id : undefined;
    if (typeof roleId !== 'string') {
      errors.push(isRequired(`${at}.incident_role_id`));
      return;
    }
    if (!state.fixture.incidentRoles.some((r) => r.id === roleId)) {
      errors.push(invalidValue(`${at}.incident_role_id`, `No incident role found with ID "${roleId}"`));
      return;
    }
    const assignee = isObject(a) ? a.assignee : undefined;
    if (assignee === undefined || assignee === null) {
      out.set(roleId, undefined);
      return;
    }
    const ref = isObject(assignee) ? assignee : {};
    const user = state.fixture.users.find(
      (u) =>
        (typeof ref.id === 'string' && u.id === ref.id) ||
        (typeof ref.email === 'string' && u.email?.toLowerCase() === ref.email.toLowerCase()) ||
        (typeof ref.slack_user_id === 'string' && u.slack_user_id === ref.slack_user_id),
    );
    if (!user)
      errors.push(invalidValue(`${at}.assignee`, 'No user matches this assignee (give id, email or slack_user_id of an existing user)'));
    else out.set(roleId, user.id);
  });
  return out;
}

function applyAssignments(record: IncidentRecord, assignments: Map<string, string | undefined> | undefined): void {
  for (const [roleId, userId] of assignments ?? []) {
    if (userId) record.roleAssignments.set(roleId, userId);
    else record.roleAssignments.delete(roleId);
  }
}

function createIncident(req: ApiRequest, state: OrgState): ApiResponse {
  const body = jsonBody(req);
  const errors: ApiErrorDetail[] = [];
  const key = body.idempotency_key;
  if (key === undefined || key === null || key === '')
    errors.push(isRequired('idempotency_key', 'An idempotency key is required to create an incident'));
  else if (typeof key !== 'string') errors.push(invalidValue('idempotency_key', 'idempotency_key must be a string'));
  const visibility = body.visibility;
  if (visibility === undefined || visibility === null) errors.push(isRequired('visibility', 'visibility is required (public or private)'));
  else if (visibility !== 'public' && visibility !== 'private')
    errors.push(invalidValue('visibility', `visibility must be public or private (got ${JSON.stringify(visibility)})`));
  if (errors.length > 0) throw validationError(errors);

  // What incident.io does with a reused key is not documented for incidents: the fixture picks
  // (replay the first incident, create another, or refuse), so clients can be tested on each.
  const existing = state.idempotency.get(key as string);
  if (existing && state.fixture.idempotencyReuse === 'replay') return ok({ incident: state.renderIncident(existing) });
  if (existing && state.fixture.idempotencyReuse === 'error') {
    throw new ApiError(409, 'conflict', [
      {
        code: 'idempotency_key_reused',
        message: `An incident was already created with this idempotency key (${existing.id})`,
        source: { field: 'idempotency_key', pointer: '/idempotency_key' },
      },
    ]);
  }

  const mode = body.mode ?? 'standard';
  if (!MODES.includes(mode as IncidentMode)) errors.push(invalidValue('mode', `mode must be one of ${MODES.join(', ')}`));
  const name = optionalString(body, 'name', errors);
  const summary = optionalString(body, 'summary', errors);
  const severityId = optionalString(body, 'severity_id', errors);
  const typeIdGiven = optionalString(body, 'incident_type_id', errors);
  const statusIdGiven = optionalString(body, 'incident_status_id', errors);
  const channelOverride = optionalString(body, 'slack_channel_name_override', errors);
  if (severityId !== undefined && !state.fixture.severities.some((s) => s.id === severityId)) {
    errors.push(invalidValue('severity_id', `No severity found with ID "${severityId}"`));
  }
  if (severityId === undefined && state.fixture.severityRequired) {
    errors.push(isRequired('severity_id', 'A severity is required to open an incident'));
  }
  const type =
    typeIdGiven !== undefined
      ? state.fixture.incidentTypes.find((t) => t.id === typeIdGiven)
      : state.fixture.incidentTypes.find((t) => t.is_default);
  if (typeIdGiven !== undefined && !type) errors.push(invalidValue('incident_type_id', `No incident type found with ID "${typeIdGiven}"`));
  if (type?.private_incidents_only && visibility !== 'private') {
    errors.push(invalidValue('visibility', `Incidents of type "${type.name}" must be private`));
  }
  let statusId: string | undefined;
  if (statusIdGiven !== undefined) {
    if (!state.fixture.incidentStatuses.some((s) => s.id === statusIdGiven)) {
      errors.push(invalidValue('incident_status_id', `No incident status found with ID "${statusIdGiven}"`));
    }
    statusId = statusIdGiven;
  } else {
    // Not documented: start in triage when the type always triages, else in the first live status.
    const wanted = type?.create_in_triage === 'always' ? ['triage', 'live'] : ['live', 'triage'];
    const sorted = [...state.fixture.incidentStatuses].sort((a, b) => a.rank - b.rank);
    statusId = wanted.map((cat) => sorted.find((s) => s.category === cat)).find((s) => s)?.id;
    if (!statusId) errors.push(invalidValue('incident_status_id', 'The organisation has no triage or live incident status to start in'));
  }
  const fields = customFieldValues(state, body.custom_field_entries, 'custom_field_entries', errors);
  const assignments = roleAssignments(state, body.incident_role_assignments, 'incident_role_assignments', errors);
  if (errors.length > 0 || statusId === undefined) throw validationError(errors);

  const now = state.now();
  const number = state.nextIncidentNumber++;
  const finalName = name ?? `Incident ${number}`;
  const record: IncidentRecord = {
    id: newId(now.getTime(), `incident-${number}`),
    number,
    idempotencyKey: key as string,
    name: finalName,
    ...(summary !== undefined ? { summary } : {}),
    visibility: visibility as 'public' | 'private',
    mode: mode as IncidentMode,
    statusId: statusId,
    ...(severityId !== undefined ? { severityId } : {}),
    ...(type ? { typeId: type.id } : {}),
    slackChannelName: state.channelNameFor(number, finalName, channelOverride),
    customFieldValues: new Map([...(fields ?? [])].filter(([, v]) => v.length > 0)),
    roleAssignments: new Map(),
    creator: { id: req.key.id, name: req.key.name },
    createdAt: now,
    updatedAt: now,
  };
  applyAssignments(record, assignments);
  state.incidents.push(record);
  // The first incident made with a key is the one a replay returns.
  if (!state.idempotency.has(record.idempotencyKey)) state.idempotency.set(record.idempotencyKey, record);
  // The spec's create response is 200, not 201.
  return ok({ incident: state.renderIncident(record) });
}

function editIncident(req: ApiRequest, state: OrgState): ApiResponse {
  const body = jsonBody(req);
  const record = state.findIncident(idOf(req));
  if (!record) throw notFound('incident', idOf(req));
  const errors: ApiErrorDetail[] = [];
  if (body.incident === undefined || body.incident === null)
    errors.push(isRequired('incident', 'incident is required (an object with the fields to change)'));
  else if (!isObject(body.incident)) errors.push(invalidValue('incident', 'incident must be an object'));
  if (body.notify_incident_channel === undefined || body.notify_incident_channel === null) {
    errors.push(isRequired('notify_incident_channel', 'notify_incident_channel is required (true or false)'));
  } else if (typeof body.notify_incident_channel !== 'boolean') {
    errors.push(invalidValue('notify_incident_channel', 'notify_incident_channel must be true or false'));
  }
  if (errors.length > 0) throw validationError(errors);
  const patch = body.incident as Record<string, unknown>;
  const name = optionalString(patch, 'name', errors, 'incident.');
  const summary = optionalString(patch, 'summary', errors, 'incident.');
  const severityId = optionalString(patch, 'severity_id', errors, 'incident.');
  const statusId = optionalString(patch, 'incident_status_id', errors, 'incident.');
  const callUrl = optionalString(patch, 'call_url', errors, 'incident.');
  const channelOverride = optionalString(patch, 'slack_channel_name_override', errors, 'incident.');
  if (severityId !== undefined && !state.fixture.severities.some((s) => s.id === severityId)) {
    errors.push(invalidValue('incident.severity_id', `No severity found with ID "${severityId}"`));
  }
  if (statusId !== undefined && !state.fixture.incidentStatuses.some((s) => s.id === statusId)) {
    errors.push(invalidValue('incident.incident_status_id', `No incident status found with ID "${statusId}"`));
  }
  const fields = customFieldValues(state, patch.custom_field_entries, 'incident.custom_field_entries', errors);
  const assignments = roleAssignments(state, patch.incident_role_assignments, 'incident.incident_role_assignments', errors);
  if (errors.length > 0) throw validationError(errors);

  // Only provided fields change (documented); listed custom fields are replaced, `values: []` unsets.
  if (name !== undefined) record.name = name;
  if (summary !== undefined) record.summary = summary;
  if (severityId !== undefined) record.severityId = severityId;
  if (statusId !== undefined) record.statusId = statusId;
  if (callUrl !== undefined) record.callUrl = callUrl;
  if (channelOverride !== undefined) record.slackChannelName = state.channelNameFor(record.number, record.name, channelOverride);
  for (const [fieldId, values] of fields ?? []) {
    if (values.length === 0) record.customFieldValues.delete(fieldId);
    else record.customFieldValues.set(fieldId, values);
  }
  applyAssignments(record, assignments);
  record.updatedAt = state.now();
  if (body.notify_incident_channel === true) {
    state.notifications.push({ incidentId: record.id, reference: `INC-${record.number}`, at: apiTime(record.updatedAt) });
  }
  return ok({ incident: state.renderIncident(record) });
}

const DAY_MS = 86_400_000;

/**
 * One bound of a `created_at[...]` / `updated_at[...]` filter. The documented examples use plain
 * dates (`2024-05-01`); an RFC 3339 timestamp is accepted too. A date means the whole UTC day:
 * `gte` from its start, `lte` to its end (the time zone a date is read in is not documented).
 */
function dateBound(field: string, raw: string, end: boolean): number {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  if (date) {
    const start = Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]));
    if (!Number.isNaN(start) && new Date(start).toISOString().startsWith(raw)) return end ? start + DAY_MS - 1 : start;
  } else {
    const t = parseRfc3339(raw);
    if (t) return t.getTime();
  }
  throw validationError([invalidValue(field, `${field} must be a date such as 2024-05-01 or an RFC 3339 timestamp (got "${raw}")`)]);
}

/** The instants a `created_at` or `updated_at` filter allows, [from, to] in ms (both inclusive). */
function timeFilter(query: URLSearchParams, name: 'created_at' | 'updated_at'): { from: number; to: number } | undefined {
  let from = -Infinity;
  let to = Infinity;
  let any = false;
  for (const [key, value] of query) {
    if (!key.startsWith(`${name}[`)) continue;
    const op = /^[a-z_]+\[([a-z_]+)\]$/.exec(key)?.[1];
    any = true;
    if (op === 'gte') from = Math.max(from, dateBound(key, value, false));
    else if (op === 'lte') to = Math.min(to, dateBound(key, value, true));
    else if (op === 'date_range') {
      const [a, b, ...rest] = value.split('~');
      if (a === undefined || b === undefined || rest.length > 0) {
        throw validationError([invalidValue(key, `${key} must be two dates joined by ~, e.g. 2024-12-02~2024-12-08 (got "${value}")`)]);
      }
      from = Math.max(from, dateBound(key, a, false));
      to = Math.min(to, dateBound(key, b, true));
    } else {
      throw validationError([invalidValue(key, `${name} accepts the operators gte, lte and date_range (got "${key}")`)]);
    }
  }
  return any ? { from, to } : undefined;
}

/** `<name>[one_of]` / `<name>[not_in]` on an ID-valued attribute (status, incident_type). */
function idFilter(query: URLSearchParams, name: string): ((id: string | undefined) => boolean) | undefined {
  const oneOf = query.getAll(`${name}[one_of]`);
  const notIn = query.getAll(`${name}[not_in]`);
  for (const key of new Set([...query.keys()].filter((k) => k.startsWith(`${name}[`)))) {
    if (key !== `${name}[one_of]` && key !== `${name}[not_in]`) {
      throw validationError([invalidValue(key, `${name} accepts the operators one_of and not_in (got "${key}")`)]);
    }
  }
  if (oneOf.length === 0 && notIn.length === 0) return undefined;
  return (id) => (oneOf.length === 0 || (id !== undefined && oneOf.includes(id))) && (id === undefined || !notIn.includes(id));
}

function listIncidents(req: ApiRequest, state: OrgState): ApiResponse {
  const sortBy = req.query.get('sort_by') ?? 'created_at_newest_first';
  if (sortBy !== 'created_at_newest_first' && sortBy !== 'created_at_oldest_first') {
    throw validationError([invalidValue('sort_by', 'sort_by must be created_at_newest_first or created_at_oldest_first')]);
  }
  // Filters use bracketed keys, combined with AND (filter_mode `all`, the default);
  // test and tutorial incidents are hidden unless `mode[one_of]` asks for them.
  const modes = req.query.getAll('mode[one_of]');
  const categories = req.query.getAll('status_category[one_of]');
  const status = idFilter(req.query, 'status');
  const type = idFilter(req.query, 'incident_type');
  const created = timeFilter(req.query, 'created_at');
  const updated = timeFilter(req.query, 'updated_at');
  const within = (d: Date, range: { from: number; to: number } | undefined): boolean =>
    range === undefined || (d.getTime() >= range.from && d.getTime() <= range.to);
  let list = state.incidents.filter((i) =>
    modes.length > 0 ? modes.includes(i.mode) : i.mode === 'standard' || i.mode === 'retrospective',
  );
  if (categories.length > 0) {
    list = list.filter((i) => categories.includes(state.fixture.incidentStatuses.find((s) => s.id === i.statusId)?.category ?? ''));
  }
  list = list.filter(
    (i) => (status?.(i.statusId) ?? true) && (type?.(i.typeId) ?? true) && within(i.createdAt, created) && within(i.updatedAt, updated),
  );
  list = [...list].sort((a, b) => (sortBy === 'created_at_oldest_first' ? a.number - b.number : b.number - a.number));
  const { page, meta } = pageOf(list, req.query, { maxParam: 500, alwaysReturnAfter: state.fixture.alwaysReturnAfter });
  return ok({ incidents: page.map((i) => state.renderIncident(i)), pagination_meta: { ...meta, total_record_count: list.length } });
}

// ---- custom fields ----

function checkCustomFieldName(state: OrgState, name: unknown, errors: ApiErrorDetail[], exceptId?: string): string | undefined {
  if (name === undefined || name === null || name === '') {
    errors.push(isRequired('name', 'name is required'));
    return undefined;
  }
  if (typeof name !== 'string') {
    errors.push(invalidValue('name', 'name must be a string'));
    return undefined;
  }
  if (name.length > 50) {
    errors.push(invalidValue('name', `name must be at most 50 characters (got ${name.length})`));
    return undefined;
  }
  // Names are unique (a duplicate is most likely refused upstream); compared case-insensitively
  // here, which is the stricter guess.
  const clash = state.customFields.find((f) => f.id !== exceptId && f.name.toLowerCase() === name.toLowerCase());
  if (clash) {
    errors.push({
      code: 'not_unique',
      message: `A custom field named "${clash.name}" already exists (ID ${clash.id})`,
      source: { field: 'name', pointer: '/name' },
    });
  }
  return name;
}

function createCustomField(req: ApiRequest, state: OrgState): ApiResponse {
  const body = jsonBody(req);
  const errors: ApiErrorDetail[] = [];
  const name = checkCustomFieldName(state, body.name, errors);
  if (body.description === undefined || body.description === null) errors.push(isRequired('description'));
  else if (typeof body.description !== 'string') errors.push(invalidValue('description', 'description must be a string'));
  if (body.field_type === undefined || body.field_type === null)
    errors.push(isRequired('field_type', `field_type is required (one of ${FIELD_TYPES.join(', ')})`));
  else if (!FIELD_TYPES.includes(body.field_type as CustomFieldType)) {
    errors.push(invalidValue('field_type', `field_type must be one of ${FIELD_TYPES.join(', ')} (got ${JSON.stringify(body.field_type)})`));
  }
  if (errors.length > 0 || name === undefined) throw validationError(errors);
  const now = state.now();
  const record = {
    id: newId(now.getTime(), `custom-field-${name}`),
    name,
    description: body.description as string,
    field_type: body.field_type as CustomFieldType,
    createdAt: now,
    updatedAt: now,
  };
  state.customFields.push(record);
  return ok({ custom_field: state.renderCustomField(record) }, 201);
}

function updateCustomField(req: ApiRequest, state: OrgState): ApiResponse {
  const body = jsonBody(req);
  const record = state.customFields.find((f) => f.id === req.params.id);
  if (!record) throw notFound('custom field', idOf(req));
  const errors: ApiErrorDetail[] = [];
  const name = checkCustomFieldName(state, body.name, errors, record.id);
  if (body.description === undefined || body.description === null) errors.push(isRequired('description'));
  else if (typeof body.description !== 'string') errors.push(invalidValue('description', 'description must be a string'));
  if (body.field_type !== undefined && body.field_type !== record.field_type) {
    errors.push(invalidValue('field_type', 'field_type cannot be changed; create a new field instead'));
  }
  if (errors.length > 0 || name === undefined) throw validationError(errors);
  record.name = name;
  record.description = body.description as string;
  record.updatedAt = state.now();
  return ok({ custom_field: state.renderCustomField(record) });
}

/**
 * A v1 lookup (severities, incident types, statuses): the unpaginated list `{<listKey>: [...]}` and the show route
 * `{<oneKey>: {...}}`, 404 for an unknown ID. Both need the viewer role.
 */
function lookupRoutes(
  path: string,
  listKey: string,
  oneKey: string,
  what: string,
  all: (state: OrgState) => readonly { id: string }[],
  render: (state: OrgState, id: string) => Record<string, unknown> | undefined,
): Route[] {
  return [
    { method: 'GET', pattern: path, roles: VIEW, handle: (_req, state) => ok({ [listKey]: all(state).map((x) => render(state, x.id)) }) },
    {
      method: 'GET',
      pattern: `${path}/{id}`,
      roles: VIEW,
      handle: (req, state) => {
        const found = render(state, idOf(req));
        if (!found) throw notFound(what, idOf(req));
        return ok({ [oneKey]: found });
      },
    },
  ];
}

// ---- the route table ----

export const ROUTES: readonly Route[] = [
  {
    method: 'GET',
    pattern: '/v1/identity',
    roles: null,
    handle: (req, state) =>
      ok({
        identity: {
          name: req.key.name,
          dashboard_url: state.dashboardUrl,
          roles: req.key.roles,
          team_roles: req.key.team_roles,
          teams: req.key.teams,
        },
      }),
  },
  {
    method: 'GET',
    pattern: '/v2/schedules',
    roles: VIEW_SCHEDULES,
    handle: (req, state) => {
      const schedules = state.fixture.schedules;
      const { page, meta } = pageOf(schedules, req.query, { maxParam: 10000, alwaysReturnAfter: state.fixture.alwaysReturnAfter });
      // next_shifts is only filled in for page sizes up to 25, as incident.io does.
      const withNext = Number(req.query.get('page_size') ?? 25) <= 25;
      return ok({
        schedules: page.map((s) => state.renderSchedule(s, withNext)),
        pagination_meta: { ...meta, total_record_count: schedules.length },
      });
    },
  },
  {
    method: 'GET',
    pattern: '/v2/schedules/{id}',
    roles: VIEW_SCHEDULES,
    handle: (req, state) => {
      const s = state.schedule(idOf(req));
      if (!s) throw notFound('schedule', idOf(req));
      return ok({ schedule: state.renderSchedule(s, true) });
    },
  },
  {
    method: 'GET',
    pattern: '/v2/schedule_entries',
    roles: VIEW_SCHEDULES,
    handle: (req, state) => {
      const scheduleId = req.query.get('schedule_id');
      if (!scheduleId) throw validationError([isRequired('schedule_id', 'schedule_id is required')]);
      const schedule = state.schedule(scheduleId);
      if (!schedule) throw notFound('schedule', scheduleId);
      const rawStart = req.query.get('entry_window_start') ?? '';
      const rawEnd = req.query.get('entry_window_end');
      let start: Date;
      let end: Date;
      let offset = 0;
      if (rawStart.startsWith(CURSOR_PREFIX)) {
        const cursor = decodeCursor(rawStart);
        if (!cursor || cursor.scheduleId !== scheduleId) {
          throw validationError([
            invalidValue(
              'entry_window_start',
              'entry_window_start holds a pagination cursor that is not valid for this schedule; pass back pagination_meta.after unchanged',
            ),
          ]);
        }
        const endGiven = timeQuery(req.query, 'entry_window_end');
        if (endGiven && endGiven.getTime() !== cursor.end) {
          // The cursor belongs to the original window: entry_window_end must stay as it was.
          throw validationError([invalidValue('entry_window_end', 'entry_window_end must stay unchanged while paginating with a cursor')]);
        }
        start = new Date(cursor.start);
        end = new Date(cursor.end);
        offset = cursor.offset;
      } else {
        // Both are optional upstream, defaulting to "a sensible range starting from now": here 24 hours.
        start = timeQuery(req.query, 'entry_window_start') ?? state.now();
        end = timeQuery(req.query, 'entry_window_end') ?? new Date(start.getTime() + 86_400_000);
        if (end < start)
          throw validationError([invalidValue('entry_window_end', 'entry_window_end must not be before entry_window_start')]);
      }
      let all;
      try {
        all = state.entries(schedule, start, end);
      } catch (err) {
        if (err instanceof RangeError) throw validationError([invalidValue('entry_window_end', err.message)]);
        throw err;
      }
      // Each page carries the next slice of all three lists (a guess; clients concatenate).
      const size = state.fixture.entriesPageSize;
      const slice = <T>(list: T[]) => list.slice(offset, offset + size);
      const more = Math.max(all.scheduled.length, all.overrides.length, all.final.length) > offset + size;
      const body: Record<string, unknown> = {
        schedule_entries: {
          scheduled: slice(all.scheduled).map((e) => state.renderEntry(e)),
          overrides: slice(all.overrides).map((e) => state.renderEntry(e)),
          final: slice(all.final).map((e) => state.renderEntry(e)),
        },
      };
      if (more) {
        const after = encodeCursor({ scheduleId, start: start.getTime(), end: end.getTime(), offset: offset + size });
        const next = new URLSearchParams({ schedule_id: scheduleId, entry_window_start: after, entry_window_end: rawEnd ?? apiTime(end) });
        // pagination_meta is present only when there is another page, as incident.io documents.
        body.pagination_meta = { after, after_url: `http://${req.host}/v2/schedule_entries?${next.toString()}` };
      }
      return ok(body);
    },
  },
  {
    method: 'GET',
    pattern: '/v2/schedule_overrides',
    roles: VIEW_SCHEDULES,
    handle: (req, state) => {
      const scheduleId = req.query.get('schedule_id');
      if (!scheduleId) throw validationError([isRequired('schedule_id', 'schedule_id is required')]);
      const schedule = state.schedule(scheduleId);
      if (!schedule) throw notFound('schedule', scheduleId);
      const rotationId = req.query.get('rotation_id');
      const layerId = req.query.get('layer_id');
      const list = schedule.overrides
        .map((o) => ({ ...o, rotation: overrideRotationId(schedule, o), layer: overrideLayerId(schedule, o) }))
        .filter((o) => (rotationId ? o.rotation === rotationId : true) && (layerId ? o.layer === layerId : true));
      const { page, meta } = pageOf(list, req.query, { maxParam: 250, alwaysReturnAfter: state.fixture.alwaysReturnAfter });
      return ok({
        overrides: page.map((o) => {
          const user = o.user ? state.renderUser(o.user) : undefined;
          return {
            id: o.id,
            schedule_id: schedule.id,
            rotation_id: o.rotation,
            layer_id: o.layer,
            start_at: apiTime(o.start_at),
            end_at: apiTime(o.end_at),
            created_at: apiTime(new Date('2025-12-01T00:00:00Z')),
            updated_at: apiTime(new Date('2025-12-01T00:00:00Z')),
            ...(user ? { user } : {}),
          };
        }),
        pagination_meta: meta,
      });
    },
  },
  {
    method: 'GET',
    pattern: '/v2/users',
    roles: VIEW,
    handle: (req, state) => {
      const email = req.query.get('email');
      const slack = req.query.get('slack_user_id');
      // Inactive users are hidden unless asked for, as incident.io does.
      const includeInactive = booleanQuery(req.query, 'include_inactive') ?? false;
      const exact = state.fixture.userEmailMatch === 'exact';
      const users = state.fixture.users.filter(
        (u) =>
          (includeInactive || u.is_active) &&
          (email === null || (exact ? u.email === email : u.email?.toLowerCase() === email.toLowerCase())) &&
          (slack === null || u.slack_user_id === slack),
      );
      const { page, meta } = pageOf(users, req.query, { maxParam: 10000, alwaysReturnAfter: state.fixture.alwaysReturnAfter });
      // pagination_meta is required in this response (UsersListResultV2).
      return ok({ users: page.map((u) => state.renderUserWithRoles(u.id)), pagination_meta: meta });
    },
  },
  {
    method: 'GET',
    pattern: '/v2/users/{id}',
    roles: VIEW,
    handle: (req, state) => {
      // Show works for inactive users too.
      const user = state.renderUserWithRoles(idOf(req));
      if (!user) throw notFound('user', idOf(req));
      return ok({ user });
    },
  },
  { method: 'POST', pattern: '/v2/incidents', roles: CREATE_INCIDENTS, handle: createIncident },
  { method: 'GET', pattern: '/v2/incidents', roles: VIEW, handle: listIncidents },
  {
    method: 'GET',
    pattern: '/v2/incidents/{id}',
    roles: VIEW,
    handle: (req, state) => {
      const record = state.findIncident(idOf(req));
      if (!record) throw notFound('incident', idOf(req));
      return ok({ incident: state.renderIncident(record) });
    },
  },
  { method: 'POST', pattern: '/v2/incidents/{id}/actions/edit', roles: EDIT_INCIDENTS, handle: editIncident },
  {
    method: 'GET',
    pattern: '/v2/custom_fields',
    roles: VIEW,
    handle: (_req, state) => ok({ custom_fields: state.customFields.map((f) => state.renderCustomField(f)) }),
  },
  { method: 'POST', pattern: '/v2/custom_fields', roles: MANAGE_SETTINGS, handle: createCustomField },
  {
    method: 'GET',
    pattern: '/v2/custom_fields/{id}',
    roles: VIEW,
    handle: (req, state) => {
      const f = state.customFields.find((x) => x.id === req.params.id);
      if (!f) throw notFound('custom field', idOf(req));
      return ok({ custom_field: state.renderCustomField(f) });
    },
  },
  { method: 'PUT', pattern: '/v2/custom_fields/{id}', roles: MANAGE_SETTINGS, handle: updateCustomField },
  {
    method: 'DELETE',
    pattern: '/v2/custom_fields/{id}',
    roles: MANAGE_SETTINGS,
    handle: (req, state) => {
      const idx = state.customFields.findIndex((x) => x.id === req.params.id);
      if (idx < 0) throw notFound('custom field', idOf(req));
      state.customFields.splice(idx, 1);
      return { status: 204 };
    },
  },
  ...lookupRoutes(
    '/v1/severities',
    'severities',
    'severity',
    'severity',
    (state) => state.fixture.severities,
    (state, id) => state.renderSeverity(id),
  ),
  ...lookupRoutes(
    '/v1/incident_types',
    'incident_types',
    'incident_type',
    'incident type',
    (state) => state.fixture.incidentTypes,
    (state, id) => state.renderIncidentType(id),
  ),
  ...lookupRoutes(
    '/v1/incident_statuses',
    'incident_statuses',
    'incident_status',
    'incident status',
    (state) => state.fixture.incidentStatuses,
    (state, id) => state.renderIncidentStatus(id),
  ),
];

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

let compiled: Array<{ route: Route; re: RegExp; names: string[] }> | undefined;

function compiledRoutes() {
  compiled ??= ROUTES.map((route) => {
    const names: string[] = [];
    const source = route.pattern.replace(/\{(\w+)\}/g, (_m, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
    return { route, re: new RegExp(`^${source}$`), names };
  });
  return compiled;
}

/** The route for a method and path, or which methods the path allows (for 405). */
export function matchRoute(method: string, path: string): RouteMatch | { allowed: string[] } | undefined {
  const allowed: string[] = [];
  for (const { route, re, names } of compiledRoutes()) {
    const m = re.exec(path);
    if (!m) continue;
    if (route.method !== method) {
      allowed.push(route.method);
      continue;
    }
    const params: Record<string, string> = {};
    names.forEach((n, i) => {
      const raw = m[i + 1] ?? '';
      try {
        params[n] = decodeURIComponent(raw);
      } catch {
        params[n] = raw; // a malformed escape just fails to match any record (404)
      }
    });
    return { route, params };
  }
  return allowed.length > 0 ? { allowed } : undefined;
}
