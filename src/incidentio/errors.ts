// The incident.io client's failures as the one error model (src/errors.ts), and the pure
// functions that turn a failed request into a message that says what is wrong, where, and how to
// fix it. The failure modes covered are the ones incident.io integrations hit in practice: an
// invalid or revoked key, an inactive workspace, a missing role, a wrong schedule ID, an email
// that matches no user or several.
//
// Every string that came from the server or the network is passed through a scrubber before it
// reaches a message (see http.ts), so an API key echoed back by a server never leaks.
import { OncallGateError, RETRY, RETRY_CAPITAL, plainText, setting, text, type ErrorData } from '../errors.js';

/** An incident.io failure: the one error model, with `service: 'incidentio'`. */
export function incidentIoError(data: Omit<ErrorData, 'service'>): OncallGateError {
  return new OncallGateError({ ...data, service: 'incidentio' });
}

const KEY = setting('incidentio-api-key');
const KEY_SECRET = { secret: 'incidentio-api-key' } as const;
const apiUrl = (baseUrl: string) => setting('incidentio-api-url', baseUrl);

/** What a failing request was, for messages. `path` never carries the query string. */
export interface RequestDescription {
  method: string;
  path: string;
  /** The client method, e.g. `createIncident`. */
  call: string;
  /** The object the request is about, so a 404 can name it. */
  resource?: { kind: 'schedule' | 'user' | 'incident' | 'custom field'; id: string };
  /** Extra advice for a 4xx validation failure of this call. */
  validationFix?: string;
  /** The idempotency_key the request carried (a create), so a refusal of it can be named. */
  idempotencyKey?: string;
}

/** How the retries went, for messages after giving up. */
export interface AttemptSummary {
  baseUrl: string;
  attempts: number;
  elapsedMs: number;
}

/** incident.io's documented error body, reduced to what messages use. */
export interface ApiErrorBody {
  type?: string;
  requestId?: string;
  errors: { code?: string; message?: string; field?: string }[];
  rateLimit?: { name?: string; limit?: number; retryAfter?: string };
  /** The start of a body that is not the documented JSON (a proxy's HTML page), for diagnosis. */
  snippet?: string;
}

/** The run's redactor (src/redact.ts), applied to every string that came from the server. */
export type Scrub = (text: string) => string;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const optString = (v: unknown, scrub: Scrub): string | undefined => (typeof v === 'string' && v.length > 0 ? scrub(v) : undefined);

/**
 * Parses an error body defensively: it may be missing, not JSON, or another shape (a proxy's HTML
 * page). Never throws; unknown parts are dropped.
 */
export function parseErrorBody(text: string, scrub: Scrub): ApiErrorBody {
  let json: unknown;
  try {
    json = text.trim() === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  if (!isRecord(json)) {
    // Redacted before it is shortened: a secret cut in half would no longer match whole.
    const start = scrub(text.trim().replace(/\s+/g, ' ')).slice(0, 80);
    return start === '' || json === null ? { errors: [] } : { errors: [], snippet: start };
  }
  const errors = Array.isArray(json.errors)
    ? json.errors.filter(isRecord).map((e) => {
        const source = isRecord(e.source) ? e.source : {};
        return {
          code: optString(e.code, scrub),
          message: optString(e.message, scrub),
          field: optString(source.field, scrub) ?? optString(source.pointer, scrub),
        };
      })
    : [];
  const rl = isRecord(json.rate_limit) ? json.rate_limit : undefined;
  return {
    type: optString(json.type, scrub),
    requestId: optString(json.request_id, scrub),
    errors,
    rateLimit: rl && {
      name: optString(rl.name, scrub),
      limit: typeof rl.limit === 'number' ? rl.limit : undefined,
      retryAfter: optString(rl.retry_after, scrub),
    },
  };
}

/**
 * The role a key needs for an endpoint: the endpoint's RBAC scope in incident.io's API reference,
 * named as incident.io's dashboard names the role that grants it.
 */
export function requiredRole(method: string, path: string): string | undefined {
  const m = method.toUpperCase();
  if (path === '/v1/identity') return undefined; // any valid key may call it
  if (/^\/v2\/schedule(s|_entries|_overrides)(\/|$)/.test(path)) return m === 'GET' ? 'schedules_reader (or viewer)' : 'schedules_editor';
  if (/^\/v2\/users(\/|$)/.test(path)) return 'viewer';
  if (/^\/v2\/incidents\/[^/]+\/actions\/edit$/.test(path)) return 'incident_editor';
  if (/^\/v2\/incidents(\/|$)/.test(path)) return m === 'GET' ? 'viewer (global_access for private incidents)' : 'incident_creator';
  if (/^\/v2\/custom_fields(\/|$)/.test(path)) return m === 'GET' ? 'viewer' : 'manage_settings';
  if (/^\/v1\/(severities|incident_types|incident_statuses)(\/|$)/.test(path)) return 'viewer';
  return undefined;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const tries = (n: number): string => `${n} attempt${n === 1 ? '' : 's'}`;

function serverDetail(body: ApiErrorBody): string {
  const parts = body.errors.map((e) => e.message ?? e.code).filter((s): s is string => s !== undefined);
  const id = body.requestId ? ` (request_id ${body.requestId})` : '';
  if (parts.length === 0 && body.snippet) return `: the body starts with ${JSON.stringify(body.snippet)}${id}`;
  return (parts.length > 0 ? `: ${parts.join('; ')}` : '') + id;
}

const typeSuffix = (body: ApiErrorBody): string => (body.type ? ` ${body.type}` : '');

/** Maps a non-2xx answer (after retries, when it was retryable) to an error. */
export function errorForStatus(req: RequestDescription, status: number, body: ApiErrorBody, summary: AttemptSummary): OncallGateError {
  const where = `${req.method} ${req.path}`;
  const common = { status, requestId: body.requestId };

  if (status === 401) {
    return incidentIoError({
      ...common,
      kind: 'auth',
      setting: 'incidentio-api-key',
      message: `incident.io rejected the API key (401${typeSuffix(body)}) on ${where}${serverDetail(body)}.`,
      fix: text`Check ${KEY_SECRET}: it must be a current incident.io API key (incident.io -> Settings -> API keys). The key may have been revoked or rotated, or the incident.io workspace may be inactive; create a new key and ${{ say: 'store-new-key' }}.`,
    });
  }

  if (status === 403) {
    const role = requiredRole(req.method, req.path);
    const need = role ? `${req.call} needs the ${role} role` : `the key lacks a permission ${req.call} needs`;
    return incidentIoError({
      ...common,
      kind: 'permission',
      setting: 'incidentio-api-key',
      message: `The incident.io API key is not allowed to call ${where} (403${typeSuffix(body)}): ${need}${serverDetail(body)}.`,
      fix: role
        ? text`In incident.io -> Settings -> API keys, give the key the ${role} role (or create a key that has it) and update ${KEY_SECRET}.`
        : text`In incident.io -> Settings -> API keys, check the roles of the key in ${KEY}.`,
    });
  }

  if (status === 404) return notFound(req, body, summary);

  if (status === 400 || status === 409 || status === 412 || status === 413 || status === 422) {
    if (req.idempotencyKey !== undefined && refusesIdempotencyKey(status, body))
      return idempotencyRefused(req, req.idempotencyKey, status, body);
    const fields = body.errors.map((e) => {
      const text = e.message ?? e.code ?? 'invalid';
      return e.field ? `${e.field}: ${text}` : text;
    });
    const list =
      fields.length > 0
        ? fields.join('; ')
        : body.snippet
          ? `no details given (the body starts with ${JSON.stringify(body.snippet)})`
          : 'no details given';
    const id = body.requestId ? ` (request_id ${body.requestId})` : '';
    return incidentIoError({
      ...common,
      kind: 'rejected',
      message: `incident.io rejected ${req.call} (${where}) with ${status}${typeSuffix(body)}: ${list}${id}.`,
      fix: req.validationFix ?? 'Correct the fields listed above; they come from your policy files (policies/incidentio.yaml).',
    });
  }

  if (status === 429) {
    const rl = body.rateLimit;
    const limit = rl?.limit !== undefined ? `; limit ${rl.name ? `"${rl.name}" ` : ''}${rl.limit} requests` : '';
    return incidentIoError({
      ...common,
      kind: 'rate-limit',
      message:
        `incident.io rate-limited ${where} (429) and still did after ${tries(summary.attempts)} over ${seconds(summary.elapsedMs)}` +
        `${limit}${body.requestId ? ` (request_id ${body.requestId})` : ''}.`,
      fix: text`incident.io allows 1200 requests per minute per API key, shared by everything that uses the key. Wait a minute and ${RETRY}, or give oncall-gate its own API key.`,
    });
  }

  if (status >= 500 || status === 408) {
    return incidentIoError({
      ...common,
      kind: 'unavailable',
      call: where,
      message: `incident.io failed with ${status}${typeSuffix(body)} on ${where} after ${tries(summary.attempts)} over ${seconds(summary.elapsedMs)}${serverDetail(body)}.`,
      fix: text`This is an error on incident.io's side (or a proxy's in front of it). Check https://status.incident.io and ${RETRY}; if it persists, quote the request_id to incident.io support.`,
    });
  }

  return badResponse(req, `unexpected HTTP status ${status}${serverDetail(body)}`, summary.baseUrl, status);
}

/**
 * Whether a 4xx answer to a create is about its idempotency key. What incident.io answers to a
 * reused key is not documented for incidents; a 409 conflict, or an error that names the field
 * or the word, is read as a refusal of the key.
 */
function refusesIdempotencyKey(status: number, body: ApiErrorBody): boolean {
  if (status === 409) return true;
  return body.errors.some((e) => /idempoten/i.test(`${e.field ?? ''} ${e.code ?? ''} ${e.message ?? ''}`));
}

function idempotencyRefused(req: RequestDescription, key: string, status: number, body: ApiErrorBody): OncallGateError {
  const said = body.errors.map((e) => e.message ?? e.code).filter((m): m is string => m !== undefined);
  const id = body.requestId ? ` (request_id ${body.requestId})` : '';
  return incidentIoError({
    kind: 'rejected',
    status,
    ...(body.requestId !== undefined ? { requestId: body.requestId } : {}),
    message:
      `incident.io refused the idempotency key "${key}" of ${req.method} ${req.path} (${status}${typeSuffix(body)}): ` +
      `${said.length > 0 ? said.join('; ') : 'no message given'}${id}.`,
    fix: text`oncall-gate sends a key with one create and its retries only, so this answered a retry after an answer was lost, and the first try may have opened the incident. ${RETRY_CAPITAL}: a new run attempt uses a new key (a gate re-run finds an incident its run already opened).`,
  });
}

function notFound(req: RequestDescription, body: ApiErrorBody, summary: AttemptSummary): OncallGateError {
  const where = `${req.method} ${req.path}`;
  const common = { kind: 'not-found' as const, status: 404, ...(body.requestId !== undefined ? { requestId: body.requestId } : {}) };
  const r = req.resource;
  switch (r?.kind) {
    case 'schedule':
      return incidentIoError({
        ...common,
        message: `incident.io schedule ${r.id} does not exist (404 on ${where}), or the API key cannot see it.`,
        fix:
          "Copy the schedule ID from the schedule's URL in incident.io (On-call -> Schedules -> open the schedule; the ID is the " +
          'last part of the URL) into the policy file, or remove the schedule if it was deleted.',
      });
    case 'user':
      return incidentIoError({
        ...common,
        message: `incident.io user ${r.id} does not exist (404 on ${where}).`,
        fix: 'Check the user ID in incident.io (Settings -> Users), or look the person up by their incident.io email.',
      });
    case 'incident':
      return incidentIoError({
        ...common,
        message: `incident.io incident ${r.id} does not exist (404 on ${where}), or it is private and the API key lacks the global_access role.`,
        fix: 'Check the incident ID or reference; for private incidents give the API key the global_access role.',
      });
    case 'custom field':
      return incidentIoError({
        ...common,
        message: `incident.io custom field ${r.id} does not exist (404 on ${where}).`,
        fix: 'Run the `apply` command to create the custom field named in policies/incidentio.yaml.',
      });
    default:
      return incidentIoError({
        ...common,
        message: `incident.io answered 404 Not Found for ${where}${serverDetail(body)}.`,
        setting: 'incidentio-api-url',
        fix: text`Check ${apiUrl(summary.baseUrl)}: it must be the incident.io API (https://api.incident.io) or a proxy that forwards its /v1 and /v2 paths.`,
      });
  }
}

/** The API could not be reached (network error or timeout) after every allowed attempt. */
export function unreachableError(req: RequestDescription, cause: string, summary: AttemptSummary, causeError?: Error): OncallGateError {
  return incidentIoError({
    kind: 'unavailable',
    call: `${req.method} ${req.path}`,
    setting: 'incidentio-api-url',
    message: text`Could not reach incident.io at ${summary.baseUrl} (${req.method} ${req.path}): ${cause}. Gave up after ${tries(summary.attempts)} over ${seconds(summary.elapsedMs)}, so a dead API is reported within a minute instead of ${{ say: 'hang' }}.`,
    fix: text`Check ${apiUrl(summary.baseUrl)} and that ${{ say: 'reach' }}; check https://status.incident.io, then ${RETRY}.`,
    ...(causeError ? { cause: causeError } : {}),
  });
}

/** A 2xx answer whose body is not what the API documents. */
export function badResponse(
  req: Pick<RequestDescription, 'method' | 'path'>,
  detail: string,
  baseUrl: string,
  status?: number,
): OncallGateError {
  return incidentIoError({
    kind: 'bad-response',
    ...(status !== undefined ? { status } : {}),
    message: `incident.io returned an unexpected response to ${req.method} ${req.path}: ${detail}.`,
    fix: text`The server at ${apiUrl(baseUrl)} did not answer like the incident.io API. Check the URL (a proxy, captive portal or another service may be answering); if it is api.incident.io, report the request to incident.io support.`,
  });
}

/** A write attempted by a read-only (dry-run) client. */
export function readOnlyError(req: RequestDescription): OncallGateError {
  return incidentIoError({
    kind: 'read-only',
    message: `Refusing ${req.call} (${req.method} ${req.path}): the incident.io client is read-only (dry-run), so nothing is written to incident.io.`,
    fix: 'This is expected with `dry-run: true`; set `dry-run: false` to let oncall-gate write to incident.io.',
  });
}

/** Rebuilds an error whose text contains the secret (belt and braces; server text is scrubbed on entry). */
export function scrubError(error: OncallGateError, scrub: Scrub): OncallGateError {
  const clean = plainText;
  const cause = error.cause instanceof Error ? error.cause : undefined;
  if (
    scrub(clean(error.text.message)) === clean(error.text.message) &&
    scrub(clean(error.text.fix)) === clean(error.text.fix) &&
    (error.requestId === undefined || scrub(error.requestId) === error.requestId) &&
    !(cause && scrub(cause.message) !== cause.message)
  ) {
    return error;
  }
  const scrubbed = error.mapText(scrub);
  return new OncallGateError({
    ...scrubbed.data(),
    ...(error.requestId !== undefined ? { requestId: scrub(error.requestId) } : {}),
    ...(cause ? { cause: new Error(scrub(cause.message)) } : {}),
  });
}
