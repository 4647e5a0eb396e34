// Shared pieces of the incident.io client tests: a client with fake time, realistic fixtures
// (the real response shapes), nock hygiene and ajv validators built from incident.io's OpenAPI
// subset (packages/incidentio-emulator/openapi/openapi-subset.json).
import { OncallGateError } from '../../src/errors.js';
import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import { Ajv, type ValidateFunction } from 'ajv';
import nock from 'nock';
import { afterEach, beforeEach, expect } from 'vitest';
import { SPEC_PATH } from '@oncall-gate/incidentio-emulator/openapi';
import { createIncidentIoClient, type IncidentIoClient, type IncidentIoClientOptions } from '../../src/incidentio/client.js';

export const BASE = 'https://api.incident.io';
/** A fake key with a recognisable shape, so a leak is easy to spot. */
export const KEY = 'inc_test_KEY_5f2b9c7e1d3a4b6c';

/** Fails a test that leaves a mock unused, and clears mocks between tests. */
export function useNock(): void {
  beforeEach(() => nock.cleanAll());
  afterEach(() => {
    const pending = nock.pendingMocks();
    nock.cleanAll();
    expect(pending, 'unused nock interceptors').toEqual([]);
  });
}

export interface FakeTime {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  sleeps: number[];
}

/** A clock that only moves when the client sleeps, so retries take no real time. */
export function fakeTime(start = Date.parse('2026-08-20T10:00:00Z')): FakeTime {
  let t = start;
  const sleeps: number[] = [];
  return {
    now: () => t,
    sleep: async (ms) => {
      sleeps.push(ms);
      t += ms;
    },
    sleeps,
  };
}

/**
 * Virtual time for concurrent requests: sleeps and request timeouts are timers on one clock that
 * jumps to the next timer whenever every promise in flight is waiting. Unlike fakeTime, requests
 * that overlap in time also overlap on this clock, so wall-clock bounds can be asserted.
 */
export interface VirtualClock {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** A per-request timeout signal on this clock (the client's `timeoutSignal`). */
  timeoutSignal: (ms: number) => AbortSignal;
  /** A fetch to a dead API: it never answers, so only the request's timeout ends it. */
  deadFetch: (input: string | URL, init?: { signal?: AbortSignal }) => Promise<never>;
  /** Requests deadFetch received, each with the virtual time it was sent. */
  sent: { url: string; at: number }[];
  /** Runs the clock until `work` settles; resolves or rejects like it. */
  run<T>(work: Promise<T>): Promise<T>;
}

export function virtualClock(start = Date.parse('2026-08-20T10:00:00Z')): VirtualClock {
  let t = start;
  let timers: { at: number; seq: number; fire: () => void }[] = [];
  let seq = 0;
  const after = (ms: number, fire: () => void): void => {
    timers.push({ at: t + Math.max(0, ms), seq: seq++, fire });
  };
  const sent: { url: string; at: number }[] = [];
  return {
    now: () => t,
    sleep: (ms) => new Promise((resolve) => after(ms, resolve)),
    timeoutSignal: (ms) => {
      const controller = new AbortController();
      after(ms, () => controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError')));
      return controller.signal;
    },
    deadFetch: (input, init) =>
      new Promise<never>((_resolve, reject) => {
        sent.push({ url: String(input), at: t });
        const signal = init?.signal;
        if (signal?.aborted) reject(signal.reason as Error);
        signal?.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
      }),
    sent,
    async run<T>(work: Promise<T>): Promise<T> {
      let settled = false;
      const watched = work.finally(() => {
        settled = true;
      });
      watched.catch(() => undefined);
      for (let steps = 0; steps < 100_000; steps += 1) {
        // Let every ready promise run before moving time.
        await new Promise((resolve) => setImmediate(resolve));
        if (settled) return watched;
        if (timers.length === 0) throw new Error('virtual clock: the work is waiting on nothing');
        timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
        const next = timers[0]!;
        timers = timers.slice(1);
        t = Math.max(t, next.at);
        next.fire();
      }
      throw new Error('virtual clock: too many steps');
    },
  };
}

export function makeClient(
  overrides: Partial<IncidentIoClientOptions> = {},
  time: FakeTime = fakeTime(),
): { client: IncidentIoClient; time: FakeTime } {
  const client = createIncidentIoClient({
    baseUrl: BASE,
    apiKey: KEY,
    sleep: time.sleep,
    now: time.now,
    random: () => 0.5,
    ...overrides,
  });
  return { client, time };
}

/** Awaits a rejection, checks it is an OncallGateError and returns it (fails when the promise resolves). */
export async function caught(promise: Promise<unknown>): Promise<OncallGateError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(OncallGateError);
    return error as OncallGateError;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

/** Everything a thrown error exposes: message, fix, enumerable props, cause chain, stack. */
export function everythingIn(error: unknown): string {
  return [
    inspect(error, { depth: 10, showHidden: true }),
    JSON.stringify(error),
    error instanceof Error ? String(error.stack) : '',
    error instanceof Error ? String(error.cause) : '',
  ].join('\n');
}

// ---- fixtures (incident.io's real response shapes, so they also pass the response schemas)

const STAMP = '2026-08-20T09:00:00.123456Z';

export function embeddedUser(id: string, email?: string, name = `User ${id}`) {
  return { id, name, role: 'viewer', ...(email === undefined ? {} : { email }) };
}

export function entry(start: string, end: string, user?: ReturnType<typeof embeddedUser>) {
  return { start_at: start, end_at: end, fingerprint: `fp-${start}-${user?.id ?? 'none'}`, ...(user ? { user } : {}) };
}

export function schedule(id: string, name = `Schedule ${id}`) {
  return {
    id,
    name,
    timezone: 'Europe/London',
    team_ids: [],
    permalink: `https://app.incident.io/acme/on-call/schedules/${id}`,
    annotations: {},
    created_at: STAMP,
    updated_at: STAMP,
  };
}

export function user(id: string, email: string, isActive = true) {
  return {
    id,
    name: `User ${id}`,
    email,
    role: 'viewer',
    base_role: { id: 'role-responder', name: 'Responder', slug: 'responder' },
    custom_roles: [],
    seats: { on_call: 'full_access', response: 'viewer_only' },
    is_active: isActive,
  };
}

export function incident(id = '01FDAG4SAP5TYPT98WGR2N7W91', extra: Record<string, unknown> = {}) {
  return {
    id,
    reference: 'INC-123',
    name: 'Approval requested: octocat -> production-deploy (acme/api#7)',
    summary: 'Requested by octocat',
    permalink: 'https://app.incident.io/acme/incidents/123',
    visibility: 'public',
    mode: 'standard',
    incident_status: {
      id: 'st-1',
      name: 'Investigating',
      description: 'Looking into it',
      category: 'live',
      rank: 1,
      created_at: STAMP,
      updated_at: STAMP,
    },
    creator: { api_key: { id: 'key-1', name: 'oncall-gate' } },
    incident_role_assignments: [],
    custom_field_entries: [
      {
        custom_field: { id: 'cf-1', name: 'On-call gate schedules', description: 'IDs', field_type: 'text', options: [] },
        values: [{ value_text: '01SCHEDA,01SCHEDB' }],
      },
    ],
    slack_team_id: 'T02A1FSLE8J',
    slack_channel_id: '',
    created_at: STAMP,
    updated_at: STAMP,
    ...extra,
  };
}

export function customField(id = 'cf-1', name = 'On-call gate schedules') {
  return { id, name, description: 'Schedule IDs paged by oncall-gate', field_type: 'text', created_at: STAMP, updated_at: STAMP };
}

// ---- OpenAPI validation

// incident.io's OpenAPI subset lives with the emulator, which is held to it too.
export const OPENAPI_PATH = SPEC_PATH;

type Schema = Record<string, unknown>;

/**
 * The spec sets no `additionalProperties`, so a misspelt field would pass; the validators close
 * every object schema that lists properties, which catches typos in the client's bodies.
 */
function closeObjects(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closeObjects);
  if (typeof node !== 'object' || node === null) return node;
  const out: Schema = {};
  for (const [k, v] of Object.entries(node))
    out[k] = k === 'properties' ? Object.fromEntries(Object.entries(v as Schema).map(([p, s]) => [p, closeObjects(s)])) : closeObjects(v);
  if (out.type === 'object' && typeof out.properties === 'object' && out.additionalProperties === undefined)
    out.additionalProperties = false;
  return out;
}

let ajvCache: { strict: Ajv; loose: Ajv } | undefined;

function ajvs(): { strict: Ajv; loose: Ajv } {
  if (ajvCache) return ajvCache;
  const doc = JSON.parse(readFileSync(OPENAPI_PATH, 'utf8')) as { components: { schemas: Schema } };
  // OpenAPI's `example` and `x-*` keywords are not JSON Schema: strict mode off. Formats are
  // checked by the client itself (timestamps), so ajv does not need ajv-formats.
  const make = (schemas: unknown): Ajv => {
    const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
    ajv.addSchema({ components: { schemas } }, 'openapi');
    return ajv;
  };
  ajvCache = { strict: make(closeObjects(doc.components.schemas)), loose: make(doc.components.schemas) };
  return ajvCache;
}

/** A validator for `#/components/schemas/<name>`; `closed` forbids properties the spec does not list. */
export function schemaValidator(name: string, closed = true): ValidateFunction {
  const ajv = closed ? ajvs().strict : ajvs().loose;
  const validate = ajv.getSchema(`openapi#/components/schemas/${name}`);
  if (!validate) throw new Error(`no schema ${name} in ${OPENAPI_PATH}`);
  return validate;
}

export function expectValid(name: string, value: unknown, closed = true): void {
  const validate = schemaValidator(name, closed);
  const ok = validate(value);
  expect(ok ? [] : validate.errors, `${name} validation errors`).toEqual([]);
}
