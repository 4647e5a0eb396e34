// Every emulator response validated against incident.io's OpenAPI description
// (openapi/openapi-subset.json): the status must be the one the spec declares for the
// operation, and the body must match that response's schema. Objects are closed (no properties
// the spec does not name) to catch misspelt fields, and every date-time must be RFC 3339 UTC with
// microseconds, as incident.io sends them. Error bodies, which the subset does not describe, are
// checked against the ErrorResponse shape of incident.io's SDK specs (docs/incidentio.md, "Basics").
import { Ajv, type ValidateFunction } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../src/server.js';
import {
  ALICE_ID,
  DEFAULT_TYPE,
  DEMO_READONLY_API_KEY,
  ESCALATION_FIELD,
  PRIMARY,
  call,
  demoFixture,
  incidentPayload,
  startDemo,
  type CallResult,
} from '../testing/helpers.js';
import { loadSpecValidator, type OpenApiSpec, type SpecValidator } from '../testing/openapi.js';

type Json = Record<string, unknown>;

const ERROR_RESPONSE_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['type', 'status', 'request_id', 'errors'],
  properties: {
    type: {
      enum: [
        'invalid_request_error',
        'authentication_error',
        'resource_forbidden',
        'not_found',
        'not_acceptable',
        'method_not_allowed',
        'request_timeout',
        'conflict',
        'precondition_failed',
        'payload_too_large',
        'validation_error',
        'too_many_requests',
        'api_error',
        'rate_limit_reached',
        'client_timeout',
      ],
    },
    status: { type: 'integer', minimum: 400, maximum: 599 },
    request_id: { type: 'string', pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$' },
    errors: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['code', 'message'],
        properties: {
          code: { type: 'string', minLength: 1 },
          message: { type: 'string', minLength: 1 },
          source: {
            type: 'object',
            additionalProperties: false,
            required: ['field', 'pointer'],
            properties: { field: { type: 'string' }, pointer: { type: 'string' } },
          },
          metadata: { type: 'object', additionalProperties: { type: 'string' } },
        },
      },
    },
    rate_limit: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'limit', 'remaining', 'retry_after'],
      properties: {
        name: { type: 'string' },
        limit: { type: 'integer' },
        remaining: { type: 'integer' },
        retry_after: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$' },
      },
    },
  },
};

let spec: OpenApiSpec;
let ajv: Ajv;
let validator: SpecValidator;
let validateError: ValidateFunction;
const covered = new Set<string>();
let emu: Emulator;

beforeAll(async () => {
  validator = loadSpecValidator();
  spec = validator.spec;
  ajv = validator.ajv;
  validateError = ajv.compile(ERROR_RESPONSE_SCHEMA);
  emu = await startDemo({
    // Small pages so list endpoints and schedule entries really paginate; a nobody-slot and an
    // override so entries without users and override entries appear.
    entriesPageSize: 3,
    schedules: [
      ...demoFixture().schedules!,
      {
        id: '01HXYZSCHEDULEEXTERNAL0000',
        name: 'With an external user',
        timezone: 'Europe/London',
        team_ids: [],
        rotations: [
          {
            id: 'R-EXT',
            name: 'Ext',
            users: ['bob@example.com', null],
            handover_start_at: '2026-01-05T09:00:00Z',
            handovers: [{ interval: 12, interval_type: 'hourly' }],
          },
        ],
        overrides: [{ id: 'O-NOBODY', user: null, start_at: '2026-03-10T00:00:00Z', end_at: '2026-03-10T06:00:00Z' }],
      },
    ],
  });
});

afterAll(async () => {
  await emu.close();
});

/** Validates a response against the operation `METHOD /template` in the spec. */
function conforms(method: string, template: string, res: CallResult): void {
  const op = spec.paths[template]?.[method.toLowerCase()];
  expect(op, `${method} ${template} is in the spec`).toBeDefined();
  const declared = op!.responses[String(res.status)];
  expect(
    declared,
    `${method} ${template} answered ${res.status}, which the spec does not declare (${Object.keys(op!.responses).join(', ')}): ${res.text}`,
  ).toBeDefined();
  const ref = declared!.content?.['application/json']?.schema.$ref;
  if (ref) {
    const validate = validator.schema(ref);
    const valid = validate(res.json);
    expect(valid, `${method} ${template}: ${ajv.errorsText(validate.errors, { separator: '\n' })}`).toBe(true);
  } else {
    expect(res.text).toBe('');
  }
  covered.add(`${method.toUpperCase()} ${template}`);
}

function isError(res: CallResult, status: number): void {
  expect(res.status).toBe(status);
  const valid = validateError(res.json);
  expect(valid, ajv.errorsText(validateError.errors)).toBe(true);
  expect(res.json.status).toBe(status);
}

describe('the validator itself', () => {
  it('rejects unknown properties, missing required ones and timestamps without microseconds', () => {
    const validate = validator.schema('CustomFieldV2');
    const good = {
      id: 'X',
      name: 'n',
      description: 'd',
      field_type: 'text',
      created_at: '2026-01-01T00:00:00.000000Z',
      updated_at: '2026-01-01T00:00:00.000000Z',
    };
    expect(validate(good)).toBe(true);
    expect(validate({ ...good, colour: 'red' })).toBe(false);
    expect(validate({ ...good, created_at: '2026-01-01T00:00:00Z' })).toBe(false);
    const { description: _dropped, ...missing } = good;
    expect(validate(missing)).toBe(false);
  });
});

describe('success responses match the spec', () => {
  it('GET /v1/identity', async () => {
    conforms('GET', '/v1/identity', await call(emu, '/v1/identity'));
  });

  it('GET /v2/schedules (two pages) and /v2/schedules/{id}', async () => {
    const first = await call(emu, '/v2/schedules?page_size=2');
    conforms('GET', '/v2/schedules', first);
    expect(first.json.pagination_meta.after).toBeDefined();
    const second = await call(emu, `/v2/schedules?page_size=2&after=${first.json.pagination_meta.after}`);
    conforms('GET', '/v2/schedules', second);
    conforms('GET', '/v2/schedules/{id}', await call(emu, `/v2/schedules/${PRIMARY}`));
    // Two rotations, one of them with two layers.
    conforms('GET', '/v2/schedules/{id}', await call(emu, '/v2/schedules/01HXYZSCHEDULEPAYMENTS0000'));
    conforms('GET', '/v2/schedules/{id}', await call(emu, '/v2/schedules/01HXYZSCHEDULEEXTERNAL0000'));
  });

  it('GET /v2/schedule_entries over several pages, with overrides and entries without a user', async () => {
    let path: string | undefined =
      '/v2/schedule_entries?schedule_id=01HXYZSCHEDULEEXTERNAL0000&entry_window_start=2026-03-09T00:00:00Z&entry_window_end=2026-03-12T00:00:00Z';
    let pages = 0;
    let sawNoUser = false;
    let sawOverride = false;
    while (path) {
      const res = await call(emu, path);
      conforms('GET', '/v2/schedule_entries', res);
      pages++;
      const entries = res.json.schedule_entries;
      sawNoUser ||= entries.final.some((e: Json) => e.user === undefined);
      sawOverride ||= entries.overrides.length > 0;
      path = res.json.pagination_meta
        ? new URL(res.json.pagination_meta.after_url).pathname + new URL(res.json.pagination_meta.after_url).search
        : undefined;
    }
    expect(pages).toBeGreaterThan(1);
    expect(sawNoUser).toBe(true);
    expect(sawOverride).toBe(true);
  });

  it('GET /v2/schedule_entries with layers, and with override entries that carry no rotation or layer', async () => {
    const window = 'entry_window_start=2026-12-24T10:00:00Z&entry_window_end=2026-12-24T12:00:00Z';
    conforms('GET', '/v2/schedule_entries', await call(emu, `/v2/schedule_entries?schedule_id=01HXYZSCHEDULEPAYMENTS0000&${window}`));
    const bare = await startDemo({ overrideEntryIds: 'absent' });
    try {
      const res = await call(bare, `/v2/schedule_entries?schedule_id=${PRIMARY}&${window}`);
      conforms('GET', '/v2/schedule_entries', res);
      expect(res.json.schedule_entries.final[0]).not.toHaveProperty('rotation_id');
    } finally {
      await bare.close();
    }
  });

  it('GET /v2/schedule_overrides', async () => {
    conforms('GET', '/v2/schedule_overrides', await call(emu, `/v2/schedule_overrides?schedule_id=${PRIMARY}`));
    conforms('GET', '/v2/schedule_overrides', await call(emu, '/v2/schedule_overrides?schedule_id=01HXYZSCHEDULEEXTERNAL0000'));
  });

  it('GET /v2/users (filtered and paged) and /v2/users/{id}', async () => {
    conforms('GET', '/v2/users', await call(emu, '/v2/users?email=alice%40example.com'));
    conforms('GET', '/v2/users', await call(emu, '/v2/users?page_size=2&include_inactive=true'));
    conforms('GET', '/v2/users/{id}', await call(emu, `/v2/users/${ALICE_ID}`));
  });

  it('custom fields: create (201), list, show, update, delete (204)', async () => {
    const created = await call(emu, '/v2/custom_fields', { body: ESCALATION_FIELD });
    conforms('POST', '/v2/custom_fields', created);
    const id = created.json.custom_field.id;
    conforms('GET', '/v2/custom_fields', await call(emu, '/v2/custom_fields'));
    conforms('GET', '/v2/custom_fields/{id}', await call(emu, `/v2/custom_fields/${id}`));
    conforms(
      'PUT',
      '/v2/custom_fields/{id}',
      await call(emu, `/v2/custom_fields/${id}`, { method: 'PUT', body: { name: 'Renamed', description: 'x' } }),
    );
    const other = await call(emu, '/v2/custom_fields', { body: { name: 'Scratch', description: '', field_type: 'numeric' } });
    conforms('DELETE', '/v2/custom_fields/{id}', await call(emu, `/v2/custom_fields/${other.json.custom_field.id}`, { method: 'DELETE' }));
  });

  it('incidents: create, show (by ID and by number), edit, list', async () => {
    const field = await call(emu, '/v2/custom_fields', { body: { ...ESCALATION_FIELD, name: 'Conformance field' } });
    const created = await call(emu, '/v2/incidents', {
      body: incidentPayload({
        idempotency_key: 'conformance-1',
        custom_field_entries: [
          { custom_field_id: field.json.custom_field.id, values: [{ value_text: `${PRIMARY},01HXYZSCHEDULESECONDARY000` }] },
        ],
        incident_role_assignments: [{ incident_role_id: '01HXYZROLELEAD000000000000', assignee: { email: 'alice@example.com' } }],
      }),
    });
    conforms('POST', '/v2/incidents', created);
    const incident = created.json.incident;
    conforms('GET', '/v2/incidents/{id}', await call(emu, `/v2/incidents/${incident.id}`));
    conforms('GET', '/v2/incidents/{id}', await call(emu, `/v2/incidents/${incident.reference.replace('INC-', '')}`));
    conforms(
      'POST',
      '/v2/incidents/{id}/actions/edit',
      await call(emu, `/v2/incidents/${incident.id}/actions/edit`, {
        body: { notify_incident_channel: false, incident: { summary: 'Approved by @alice' } },
      }),
    );
    conforms('GET', '/v2/incidents', await call(emu, '/v2/incidents?page_size=1'));
    // The lookup oncall-gate makes for a gate run: newest first, created since a date, one mode and type.
    const filtered = await call(
      emu,
      `/v2/incidents?page_size=250&sort_by=created_at_newest_first&${encodeURIComponent('created_at[gte]')}=2026-03-01&${encodeURIComponent('mode[one_of]')}=standard&${encodeURIComponent('incident_type[one_of]')}=${DEFAULT_TYPE}`,
    );
    expect(filtered.json.incidents).toHaveLength(1);
    conforms('GET', '/v2/incidents', filtered);
  });

  it('lookups: severities, incident types, incident statuses (list and show)', async () => {
    for (const [list, key] of [
      ['severities', 'severities'],
      ['incident_types', 'incident_types'],
      ['incident_statuses', 'incident_statuses'],
    ] as const) {
      const res = await call(emu, `/v1/${list}`);
      conforms('GET', `/v1/${list}`, res);
      conforms('GET', `/v1/${list}/{id}`, await call(emu, `/v1/${list}/${res.json[key][0].id}`));
    }
  });

  it('covers every operation in the spec', () => {
    const all = Object.entries(spec.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`));
    expect([...covered].sort()).toEqual(all.sort());
  });
});

describe('error responses match ErrorResponse', () => {
  it('401 without and with a wrong key', async () => {
    const missing = await call(emu, '/v2/schedules', { key: null });
    isError(missing, 401);
    expect(missing.json.errors[0].code).toBe('missing_authorization_material');
    isError(await call(emu, '/v2/schedules', { key: 'not-a-key' }), 401);
  });

  it('403, 404, 405, 422, 400', async () => {
    isError(await call(emu, '/v2/custom_fields', { key: DEMO_READONLY_API_KEY, body: ESCALATION_FIELD }), 403);
    isError(await call(emu, '/v2/schedules/NOPE'), 404);
    isError(await call(emu, '/v2/nothing-here'), 404);
    isError(await call(emu, '/v2/schedules', { method: 'DELETE' }), 405);
    const invalid = await call(emu, '/v2/incidents', { body: {} });
    isError(invalid, 422);
    expect(invalid.json.errors.every((e: Json) => e.source)).toBe(true);
    isError(await call(emu, '/v2/incidents', { rawBody: '{"idempotency_key":', headers: { 'content-type': 'application/json' } }), 400);
  });

  it('429 with the rate_limit block', async () => {
    const limited = await startDemo({ rateLimit: { capacity: 1, refillPerSecond: 0.001 } });
    try {
      await call(limited, '/v1/identity');
      const res = await call(limited, '/v1/identity');
      isError(res, 429);
      expect(res.json.rate_limit).toBeDefined();
    } finally {
      await limited.close();
    }
  });
});
