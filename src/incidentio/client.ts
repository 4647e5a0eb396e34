// The typed incident.io calls oncall-gate makes. Pagination is done here: scheme A (`page_size` +
// `after`) for users and schedules, scheme B (an opaque cursor handed back as the next window
// start) for schedule entries.
import type { ApiDeadline } from '../api-deadline.js';
import type { Redactor } from '../redact.js';
import { setting, text, type OncallGateError } from '../errors.js';
import { badResponse, incidentIoError, readOnlyError } from './errors.js';
import {
  decodeContext,
  decodeCustomField,
  decodeIdentity,
  decodeIncident,
  decodeIncidentStatus,
  decodeIncidentType,
  decodeSchedule,
  decodeScheduleEntry,
  decodeSeverity,
  decodeUser,
  list,
  obj,
  type DecodeContext,
} from './decode.js';
import { createHttp, type HttpCall, type RetryInfo } from './http.js';
import { nodeHttpFetch, type FetchLike } from './node-http-transport.js';
import { resolveRetryPolicy } from './retry-policy.js';
import { CREATE_CUSTOM_FIELD_PATH, CREATE_INCIDENT_PATH, editIncidentPath } from './write-paths.js';
export type { RetryInfo } from './http.js';
export type * from './types.js';

import type {
  CustomField,
  CustomFieldsCreatePayload,
  Identity,
  Incident,
  IncidentsCreatePayload,
  IncidentsEditPayload,
  IncidentStatus,
  IncidentType,
  Schedule,
  ScheduleEntries,
  Severity,
  User,
} from './types.js';

export interface IncidentIoClientOptions {
  /** e.g. https://api.incident.io (the `incidentio-api-url` input); a path prefix is kept. */
  baseUrl: string;
  apiKey: string;
  /** The run's redactor (it must know the key): applied to what is sent and to errors. Default: the key alone. */
  redactor?: Redactor;
  /** The run's deadline for all API work (the action's `api-timeout`). */
  deadline?: ApiDeadline;
  /** Defaults to nodeHttpFetch (node:http), not the global fetch: see node-http-transport.ts. */
  fetch?: FetchLike;
  /** Refuse every non-GET request (dry-run). */
  readOnly?: boolean;
  /** Attempts per call, the first included (default 4). */
  maxAttempts?: number;
  /** Per-request timeout (default 10 s). */
  timeoutMs?: number;
  /** Longest Retry-After honoured (default 10 s). */
  maxRetryAfterMs?: number;
  /** Total time per call, retries included (default 30 s). */
  maxCallMs?: number;
  /** Requests in flight at once (default 8). */
  concurrency?: number;
  /** Pages read of one list before it is an error (default 1000: no list comes near it). */
  maxPages?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
  /** Makes the signal that ends one request after `ms` (default AbortSignal.timeout). */
  timeoutSignal?: (ms: number) => AbortSignal;
  onRetry?: (info: RetryInfo) => void;
}

export interface IncidentIoClient {
  /** GET /v1/identity: the key's name and roles. */
  identity(): Promise<Identity>;
  /** GET /v2/schedules, every page. */
  listSchedules(): Promise<Schedule[]>;
  getSchedule(id: string): Promise<Schedule>;
  /** GET /v2/schedule_entries for [windowStart, windowEnd], every page, the three lists concatenated. */
  listScheduleEntries(scheduleId: string, windowStart: Date, windowEnd: Date): Promise<ScheduleEntries>;
  /** The single active user with this email, undefined when none; a `conflict` error when several. */
  findUserByEmail(email: string): Promise<User | undefined>;
  getUser(id: string): Promise<User>;
  createIncident(payload: IncidentsCreatePayload): Promise<Incident>;
  /** By ID, by reference (`INC-123`) or by its number (`123`). */
  getIncident(idOrRef: string): Promise<Incident>;
  /**
   * GET /v2/incidents, newest first, from `query.since` on: the first incident `match` accepts,
   * undefined when none was created since then. Reads at most `query.maxPages` pages of 250; an
   * answer not found within them is a `too-large` error, never a silent "none".
   */
  findRecentIncident(query: RecentIncidentQuery, match: (incident: Incident) => boolean): Promise<Incident | undefined>;
  editIncident(id: string, payload: IncidentsEditPayload): Promise<Incident>;
  listCustomFields(): Promise<CustomField[]>;
  createCustomField(payload: CustomFieldsCreatePayload): Promise<CustomField>;
  listSeverities(): Promise<Severity[]>;
  listIncidentTypes(): Promise<IncidentType[]>;
  listIncidentStatuses(): Promise<IncidentStatus[]>;
  /** HTTP requests made so far, retries included. */
  readonly requestCount: number;
  readonly readOnly: boolean;
}

export interface RecentIncidentQuery {
  /** Incidents created at or after this instant are looked through (older ones end the paging). */
  since: Date;
  /** `mode[one_of]`: test and tutorial incidents are listed only when asked for by mode. */
  mode?: string;
  /** `incident_type[one_of]`. */
  incidentTypeId?: string;
  /** Pages read at most (default 20, so 5,000 incidents). */
  maxPages?: number;
}

/** The largest page the incidents list documents ("The maximum page size that can be requested is 250"). */
export const INCIDENT_PAGE_SIZE = 250;
const RECENT_INCIDENT_PAGES = 20;
const DAY_MS = 86_400_000;

/** Page size for scheme A lists: within the 250 incident.io's pagination allows. */
const PAGE_SIZE = 100;
/** No list oncall-gate reads comes near this; reaching it means the server keeps paging. */
const MAX_PAGES = 1000;

export function createIncidentIoClient(options: IncidentIoClientOptions): IncidentIoClient {
  const policy = resolveRetryPolicy({
    maxAttempts: options.maxAttempts,
    timeoutMs: options.timeoutMs,
    maxRetryAfterMs: options.maxRetryAfterMs,
    maxCallMs: options.maxCallMs,
  });
  const readOnly = options.readOnly ?? false;
  const maxPages = options.maxPages ?? MAX_PAGES;
  const http = createHttp({
    baseUrl: options.baseUrl,
    apiKey: options.apiKey,
    ...(options.redactor ? { redactor: options.redactor } : {}),
    ...(options.deadline ? { deadline: options.deadline } : {}),
    // node:http rather than the global fetch, whose first call costs 40-50 ms of start-up.
    fetch: options.fetch ?? nodeHttpFetch,
    readOnly,
    policy,
    concurrency: options.concurrency ?? 8,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    random: options.random ?? Math.random,
    now: options.now ?? Date.now,
    timeoutSignal: options.timeoutSignal ?? ((ms) => AbortSignal.timeout(ms)),
    onRetry: options.onRetry,
  });

  const ctxFor = (call: Pick<HttpCall, 'method' | 'path'>): DecodeContext =>
    decodeContext(call.method, call.path, http.baseUrl, http.scrub);

  /** One request whose body holds the object under `key`. */
  async function one<T>(call: HttpCall, key: string, decode: (ctx: DecodeContext, v: unknown, field: string) => T): Promise<T> {
    const body = await http.request(call);
    const ctx: DecodeContext = ctxFor(call);
    return decode(ctx, obj(ctx, body, '')[key], key);
  }

  /** An unpaginated list (scheme C). */
  async function all<T>(call: HttpCall, key: string, decode: (ctx: DecodeContext, v: unknown, field: string) => T): Promise<T[]> {
    const body = await http.request(call);
    const ctx: DecodeContext = ctxFor(call);
    return list(ctx, obj(ctx, body, ''), key, '', (v, f) => decode(ctx, v, f));
  }

  /**
   * Scheme A: `page_size` + `after`. Stops when `after` is absent, or the page is short or empty:
   * some endpoints hand back a cursor even on the last page.
   */
  async function pages<T>(call: HttpCall, key: string, decode: (ctx: DecodeContext, v: unknown, field: string) => T): Promise<T[]> {
    const out: T[] = [];
    const seen = new Set<string>();
    let after: string | undefined;
    for (let page = 1; ; page += 1) {
      if (page > maxPages) throw tooManyPages(call);
      const body = await http.request({ ...call, query: { ...call.query, page_size: String(PAGE_SIZE), after } });
      const ctx: DecodeContext = ctxFor(call);
      const o = obj(ctx, body, '');
      const items = list(ctx, o, key, '', (v, f) => decode(ctx, v, f));
      out.push(...items);
      if (o.pagination_meta === undefined || o.pagination_meta === null) return out;
      const meta = obj(ctx, o.pagination_meta, 'pagination_meta');
      const next = meta.after;
      if (next === undefined || next === null || next === '') return out;
      if (typeof next !== 'string') ctx.fail('pagination_meta.after', 'a string', next);
      // The server may cap page_size below what was asked; its own figure is the one to compare.
      const size = typeof meta.page_size === 'number' && meta.page_size > 0 ? meta.page_size : PAGE_SIZE;
      if (items.length === 0 || items.length < size) return out;
      if (seen.has(next)) throw repeatedCursor(call, page);
      seen.add(next);
      after = next;
    }
  }

  function tooManyPages(call: HttpCall): OncallGateError {
    return badResponse(
      call,
      `it kept answering with more pages: over ${maxPages} pages, so oncall-gate stopped reading rather than decide on part of the list`,
      http.baseUrl,
    );
  }

  function repeatedCursor(call: HttpCall, page: number): OncallGateError {
    return badResponse(
      call,
      `page ${page} handed back a pagination cursor that was already followed; stopped to avoid paging forever`,
      http.baseUrl,
    );
  }

  const client: IncidentIoClient = {
    get requestCount() {
      return http.requestCount;
    },
    readOnly,

    async identity() {
      return one({ method: 'GET', path: '/v1/identity', call: 'identity' }, 'identity', decodeIdentity);
    },

    async listSchedules() {
      return pages({ method: 'GET', path: '/v2/schedules', call: 'listSchedules' }, 'schedules', decodeSchedule);
    },

    async getSchedule(id) {
      const sid = requireId(id, 'schedule');
      return one(
        {
          method: 'GET',
          path: `/v2/schedules/${encodeURIComponent(sid)}`,
          call: 'getSchedule',
          resource: { kind: 'schedule', id: sid },
          validationFix: scheduleIdFix(sid),
        },
        'schedule',
        decodeSchedule,
      );
    },

    async listScheduleEntries(scheduleId, windowStart, windowEnd) {
      const sid = requireId(scheduleId, 'schedule');
      checkWindow(windowStart, windowEnd);
      const path = '/v2/schedule_entries';
      const base: HttpCall = {
        method: 'GET',
        path,
        call: 'listScheduleEntries',
        resource: { kind: 'schedule', id: sid },
        validationFix: scheduleIdFix(sid),
      };
      const entryWindowEnd = windowEnd.toISOString();
      const out: ScheduleEntries = { scheduled: [], overrides: [], final: [] };
      const seen = new Set<string>();
      let next: { url: URL } | { start: string } = { start: windowStart.toISOString() };

      for (let page = 1; ; page += 1) {
        if (page > maxPages) throw tooManyPages(base);
        const body = await http.request(
          'url' in next
            ? { ...base, url: next.url }
            : { ...base, query: { schedule_id: sid, entry_window_start: next.start, entry_window_end: entryWindowEnd } },
        );
        const ctx: DecodeContext = ctxFor(base);
        const o = obj(ctx, body, '');
        const entries = obj(ctx, o.schedule_entries, 'schedule_entries');
        for (const kind of ['scheduled', 'overrides', 'final'] as const) {
          out[kind].push(...list(ctx, entries, kind, 'schedule_entries', (v, f) => decodeScheduleEntry(ctx, v, f)));
        }
        // Scheme B: `pagination_meta` is present only while more pages exist.
        if (o.pagination_meta === undefined || o.pagination_meta === null) return out;
        const meta = obj(ctx, o.pagination_meta, 'pagination_meta');
        const after = typeof meta.after === 'string' && meta.after !== '' ? meta.after : undefined;
        const afterUrl = typeof meta.after_url === 'string' && meta.after_url !== '' ? meta.after_url : undefined;
        if (after === undefined && afterUrl === undefined) ctx.fail('pagination_meta.after', 'a cursor string', meta.after);

        const cursor = after ?? afterUrl ?? '';
        if (seen.has(cursor)) throw repeatedCursor(base, page);
        seen.add(cursor);

        if (after !== undefined) {
          // The opaque cursor goes back as entry_window_start with the original end,
          // on the configured base URL. Preferred over after_url, which names the host the API
          // thinks it is: behind a proxy (`incidentio-api-url`) that is api.incident.io, or the
          // proxy's host without its path prefix.
          next = { start: after };
        } else {
          // Only a link: follow it, but it carries the API key with it, so only on our own origin.
          let url: URL;
          try {
            url = new URL(afterUrl ?? '', `${http.baseUrl}/`);
          } catch {
            ctx.fail('pagination_meta.after_url', 'a URL', afterUrl);
          }
          if (url.origin !== http.origin) throw offOriginLink(url, page);
          next = { url };
        }
      }
    },

    async findUserByEmail(email) {
      const wanted = email.trim();
      if (wanted === '') return undefined;
      const lower = wanted.toLowerCase();
      const lookup = (address: string): Promise<User[]> =>
        pages(
          {
            method: 'GET',
            path: '/v2/users',
            call: 'findUserByEmail',
            query: { email: address },
            validationFix: `Check the email ${wanted} in policies/identities.yaml (\`users:\`), or the e-mail GitHub gave for the login.`,
          },
          'users',
          decodeUser,
        );
      // The list hides inactive users by default, but an email can still match several accounts.
      // The email is re-checked here because emails are the join key between GitHub and
      // incident.io, and a server that ignored the filter must not match; the same account
      // listed twice (on two pages) is still one account.
      const activeIn = (users: User[]): User[] => {
        const byId = new Map<string, User>();
        for (const u of users) if (u.is_active && u.email?.toLowerCase() === lower && !byId.has(u.id)) byId.set(u.id, u);
        return [...byId.values()];
      };
      let active = activeIn(await lookup(wanted));
      // Emails are compared case-insensitively, but whether the API's
      // `email` filter is not documented: ask again in lower case, the form
      // identity providers usually store, before saying nobody has it.
      if (active.length === 0 && lower !== wanted) active = activeIn(await lookup(lower));
      if (active.length > 1) {
        throw incidentIoError({
          kind: 'conflict',
          message: `The email ${wanted} is ambiguous: several active incident.io users have it (${active.map((u) => u.id).join(', ')}).`,
          fix: 'Deactivate the duplicate incident.io account or change its email, so exactly one active user has this email.',
        });
      }
      return active[0];
    },

    async getUser(id) {
      const uid = requireId(id, 'user');
      return one(
        { method: 'GET', path: `/v2/users/${encodeURIComponent(uid)}`, call: 'getUser', resource: { kind: 'user', id: uid } },
        'user',
        decodeUser,
      );
    },

    async createIncident(payload) {
      // Retried like a read: that is what the idempotency_key is for ("de-duplicate incident
      // create requests"). A refusal of the key is reported as such (errors.ts).
      return one(
        {
          method: 'POST',
          path: CREATE_INCIDENT_PATH,
          call: 'createIncident',
          body: payload,
          idempotencyKey: payload.idempotency_key,
          validationFix:
            'Check `escalation` in policies/incidentio.yaml: the workspace may require a severity (`severity`), and ' +
            '`severity`, `incidentType` and `customField` must name ones that exist in incident.io.',
        },
        'incident',
        decodeIncident,
      );
    },

    async getIncident(idOrRef) {
      // The show endpoint accepts the numeric part of a reference (`INC-123` -> `123`).
      const ref = requireId(idOrRef, 'incident');
      const key = /^INC-(\d+)$/i.exec(ref)?.[1] ?? ref;
      return one(
        { method: 'GET', path: `/v2/incidents/${encodeURIComponent(key)}`, call: 'getIncident', resource: { kind: 'incident', id: ref } },
        'incident',
        decodeIncident,
      );
    },

    async findRecentIncident(query, match) {
      const since = query.since.getTime();
      if (Number.isNaN(since)) throw new RangeError('findRecentIncident needs a valid `since` date.');
      const maxPages = query.maxPages ?? RECENT_INCIDENT_PAGES;
      // The list filters on dates (`created_at[gte]=2024-05-01` in the published examples); the
      // time zone such a date is read in is not documented, so the filter starts a day early and
      // the paging ends on the incidents' own created_at instead.
      const day = new Date(since - DAY_MS).toISOString().slice(0, 10);
      const filters: Record<string, string> = {
        'created_at[gte]': day,
        ...(query.mode ? { 'mode[one_of]': query.mode } : {}),
        ...(query.incidentTypeId ? { 'incident_type[one_of]': query.incidentTypeId } : {}),
      };
      const call: HttpCall = { method: 'GET', path: '/v2/incidents', call: 'findRecentIncident' };
      const seen = new Set<string>();
      let after: string | undefined;
      for (let page = 1; ; page += 1) {
        if (page > maxPages) throw tooManyIncidents(maxPages, day, filters);
        const body = await http.request({
          ...call,
          query: { page_size: String(INCIDENT_PAGE_SIZE), sort_by: 'created_at_newest_first', ...filters, after },
        });
        const ctx: DecodeContext = ctxFor(call);
        const o = obj(ctx, body, '');
        const items = list(ctx, o, 'incidents', '', (v, f) => decodeIncident(ctx, v, f));
        const found = items.find(match);
        if (found) return found;
        // Newest first: once the last of a page was created before `since`, so was everything after it.
        const last = items[items.length - 1]?.created_at;
        if (last !== undefined && Date.parse(last) < since) return undefined;
        if (o.pagination_meta === undefined || o.pagination_meta === null) return undefined;
        const meta = obj(ctx, o.pagination_meta, 'pagination_meta');
        const next = meta.after;
        if (next === undefined || next === null || next === '') return undefined;
        if (typeof next !== 'string') ctx.fail('pagination_meta.after', 'a string', next);
        // Some lists hand back a cursor on their last page too: a short page ends it.
        const size = typeof meta.page_size === 'number' && meta.page_size > 0 ? meta.page_size : INCIDENT_PAGE_SIZE;
        if (items.length === 0 || items.length < size) return undefined;
        if (seen.has(next)) throw repeatedCursor(call, page);
        seen.add(next);
        after = next;
      }
    },

    async editIncident(id, payload) {
      const iid = requireId(id, 'incident');
      return one(
        {
          method: 'POST',
          path: editIncidentPath(iid),
          call: 'editIncident',
          resource: { kind: 'incident', id: iid },
          body: payload,
          validationFix:
            'Check the fields listed above; a status change must follow the allowed transitions, and a notification ' +
            'fails when the incident channel is archived (set `notifyIncidentChannel: false` in policies/incidentio.yaml).',
        },
        'incident',
        decodeIncident,
      );
    },

    async listCustomFields() {
      return all({ method: 'GET', path: '/v2/custom_fields', call: 'listCustomFields' }, 'custom_fields', decodeCustomField);
    },

    async createCustomField(payload) {
      return one(
        {
          method: 'POST',
          path: CREATE_CUSTOM_FIELD_PATH,
          call: 'createCustomField',
          body: payload,
          // No idempotency key: a retry after a timeout could create a second field.
          idempotent: false,
          validationFix:
            'A custom field with this name may already exist or the name may be longer than 50 characters; ' +
            'change `escalation.customField` in policies/incidentio.yaml or rename the existing field in incident.io.',
        },
        'custom_field',
        decodeCustomField,
      );
    },

    async listSeverities() {
      return all({ method: 'GET', path: '/v1/severities', call: 'listSeverities' }, 'severities', decodeSeverity);
    },

    async listIncidentTypes() {
      return all({ method: 'GET', path: '/v1/incident_types', call: 'listIncidentTypes' }, 'incident_types', decodeIncidentType);
    },

    async listIncidentStatuses() {
      return all({ method: 'GET', path: '/v1/incident_statuses', call: 'listIncidentStatuses' }, 'incident_statuses', decodeIncidentStatus);
    },
  };

  function tooManyIncidents(pages: number, day: string, filters: Record<string, string>): OncallGateError {
    const query = Object.entries(filters)
      .map(([k, v]) => `${k}=${v}`)
      .join('&');
    return incidentIoError({
      kind: 'too-large',
      message:
        `incident.io listed more than ${pages * INCIDENT_PAGE_SIZE} incidents (${pages} pages of GET /v2/incidents?${query}) ` +
        'without reaching the end of the time looked through; stopped reading, so it is unknown whether the incident looked for exists.',
      fix: 'Narrow the incidents oncall-gate has to look through, e.g. give its escalation incidents their own incident type.',
    });
  }

  function offOriginLink(url: URL, page: number): OncallGateError {
    const configured = setting('incidentio-api-url', new URL(http.origin).host);
    return incidentIoError({
      kind: 'bad-response',
      setting: 'incidentio-api-url',
      message: text`incident.io returned a next-page link (pagination_meta.after_url, page ${page} of GET /v2/schedule_entries) on ${url.host}, not on the host of ${configured}; refusing to follow it, because it would send the API key to another host.`,
      fix: text`If ${setting('incidentio-api-url')} points at a proxy, make it pass \`pagination_meta.after\` through or rewrite \`pagination_meta.after_url\` to its own address; otherwise check that ${setting('incidentio-api-url')} is the incident.io API.`,
    });
  }

  return client;
}

/**
 * The same client with every write refused, whatever it was created with: for the commands that
 * only ever read (plan, audit, validate's live checks), so that a slip in one of them can never
 * write to incident.io. Reads, the request count and the run's deadline are the client's own.
 */
export function readOnlyView(client: IncidentIoClient): IncidentIoClient {
  if (client.readOnly) return client;
  const refuse = (call: string, method: 'POST', path: string) => (): Promise<never> =>
    Promise.reject(readOnlyError({ call, method, path }));
  return Object.create(client, {
    readOnly: { value: true },
    createIncident: { value: refuse('createIncident', 'POST', CREATE_INCIDENT_PATH) },
    editIncident: { value: (id: string) => refuse('editIncident', 'POST', editIncidentPath(id))() },
    createCustomField: { value: refuse('createCustomField', 'POST', CREATE_CUSTOM_FIELD_PATH) },
  }) as IncidentIoClient;
}

function requireId(id: string, kind: 'schedule' | 'user' | 'incident'): string {
  const trimmed = id.trim();
  if (trimmed === '') {
    throw incidentIoError({
      kind: 'not-found',
      message: `An empty incident.io ${kind} ID was given.`,
      fix: `Give the ${kind}'s ID as shown in incident.io (policy files must not leave it empty).`,
    });
  }
  return trimmed;
}

const scheduleIdFix = (id: string): string =>
  `Check the schedule ID ${id} in the policy files (\`schedules\`, \`services\`, \`autoApproval.schedules\`): copy it from the ` +
  "schedule's URL in incident.io (On-call -> Schedules -> open the schedule; the ID is the last part of the URL).";

function checkWindow(start: Date, end: Date): void {
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || end.getTime() < start.getTime()) {
    throw new RangeError(`listScheduleEntries needs a valid window with start <= end (got ${String(start)} .. ${String(end)}).`);
  }
}
