// Shared by the emulator tests (and, as `@oncall-gate/incidentio-emulator/testing`, by the
// product's tests of its client against the emulator): the demo fixture with per-test changes,
// a pinned clock, and a small fetch wrapper that returns status, headers, raw text and parsed JSON.
import { DEMO_API_KEY, DEMO_FIXTURE_YAML, DEMO_READONLY_API_KEY } from '../src/demo-fixture.js';
import { parseFixtureYaml, type EmulatorFixture } from '../src/fixture.js';
import { startEmulator, type Emulator, type EmulatorOptions } from '../src/server.js';

export { DEMO_API_KEY, DEMO_READONLY_API_KEY };

export const PRIMARY = '01HXYZSCHEDULEPRIMARY00000';
export const SECONDARY = '01HXYZSCHEDULESECONDARY000';
export const STAGING = '01HXYZSCHEDULESTAGING00000';
export const PAYMENTS = '01HXYZSCHEDULEPAYMENTS0000';
export const OCTOCAT_ID = '01HXYZUSEROCTOCAT000000000';
export const ALICE_ID = '01HXYZUSERALICE00000000000';
export const CAROL_ID = '01HXYZUSERCAROL00000000000';
export const MINOR = '01HXYZSEVERITYMINOR0000000';
export const DEFAULT_TYPE = '01HXYZINCIDENTTYPEDEFAULT0';

/** The demo fixture as data, with top-level fields replaced by `patch`. */
export function demoFixture(patch: Partial<EmulatorFixture> = {}): EmulatorFixture {
  return { ...structuredClone(parseFixtureYaml(DEMO_FIXTURE_YAML)), ...patch };
}

/** A clock tests move by hand. */
export function manualClock(start: string) {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    advance(ms: number) {
      t += ms;
    },
  };
}

export async function startDemo(patch: Partial<EmulatorFixture> = {}, options: Partial<EmulatorOptions> = {}): Promise<Emulator> {
  return startEmulator({ fixture: demoFixture(patch), now: () => new Date('2026-03-10T12:00:00Z'), ...options });
}

export interface CallResult {
  status: number;
  headers: Headers;
  text: string;
  json: any;
}

export async function call(
  emu: Pick<Emulator, 'url'>,
  path: string,
  opts: { method?: string; key?: string | null; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<CallResult> {
  const headers: Record<string, string> = { ...opts.headers };
  const key = opts.key === undefined ? DEMO_API_KEY : opts.key;
  if (key !== null) headers.authorization = `Bearer ${key}`;
  let body: string | undefined = opts.rawBody;
  if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers['content-type'] = 'application/json';
  }
  const res = await fetch(`${emu.url}${path}`, {
    method: opts.method ?? (body !== undefined ? 'POST' : 'GET'),
    headers,
    ...(body !== undefined ? { body } : {}),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

export const ESCALATION_FIELD = {
  name: 'On-call gate schedules',
  description: 'incident.io schedule IDs paged by oncall-gate',
  field_type: 'text',
};

export function incidentPayload(extra: Record<string, unknown> = {}) {
  return {
    idempotency_key: 'oncall-gate/acme/api/pull/7/production-deploy',
    visibility: 'public',
    mode: 'standard',
    name: 'Approval requested: octocat -> production-deploy (acme/api#7)',
    summary: 'Requested by octocat',
    severity_id: MINOR,
    incident_type_id: DEFAULT_TYPE,
    ...extra,
  };
}
