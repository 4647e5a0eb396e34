import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../src/server.js';
import { DEFAULT_TYPE, ESCALATION_FIELD, MINOR, PRIMARY, call, incidentPayload, manualClock, startDemo } from '../testing/helpers.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let emu: Emulator;

beforeEach(async () => {
  emu = await startDemo();
});

afterEach(async () => {
  await emu.close();
});

async function createField(name = ESCALATION_FIELD.name): Promise<string> {
  const res = await call(emu, '/v2/custom_fields', { body: { ...ESCALATION_FIELD, name } });
  expect(res.status).toBe(201);
  return res.json.custom_field.id;
}

describe('POST /v2/incidents', () => {
  it('requires idempotency_key and visibility (422 is_required with source)', async () => {
    const res = await call(emu, '/v2/incidents', { body: { name: 'x' } });
    expect(res.status).toBe(422);
    expect(res.json.type).toBe('validation_error');
    expect(res.json.errors).toEqual([
      expect.objectContaining({ code: 'is_required', source: { field: 'idempotency_key', pointer: '/idempotency_key' } }),
      expect.objectContaining({ code: 'is_required', source: { field: 'visibility', pointer: '/visibility' } }),
    ]);
    expect(emu.state.incidents).toEqual([]);
  });

  it('rejects a bad visibility, unknown severity/type/status and non-object bodies', async () => {
    const bad = await call(emu, '/v2/incidents', {
      body: incidentPayload({ visibility: 'secret' }),
    });
    expect(bad.json.errors[0]).toMatchObject({ code: 'invalid_value', source: { field: 'visibility' } });
    const refs = await call(emu, '/v2/incidents', {
      body: incidentPayload({ severity_id: 'NOPE', incident_type_id: 'NOPE', incident_status_id: 'NOPE' }),
    });
    expect(refs.status).toBe(422);
    expect(refs.json.errors.map((e: { source: { field: string } }) => e.source.field)).toEqual([
      'severity_id',
      'incident_type_id',
      'incident_status_id',
    ]);
    expect((await call(emu, '/v2/incidents', { body: ['a'] })).status).toBe(400);
  });

  it('creates with 200, INC-<n>, permalink, creator.api_key and embedded objects', async () => {
    const res = await call(emu, '/v2/incidents', { body: incidentPayload() });
    expect(res.status).toBe(200);
    const inc = res.json.incident;
    expect(inc).toMatchObject({
      reference: 'INC-1',
      name: 'Approval requested: octocat -> production-deploy (acme/api#7)',
      summary: 'Requested by octocat',
      permalink: 'https://app.incident.io/oncall-gate-demo/incidents/1',
      visibility: 'public',
      mode: 'standard',
      incident_status: { name: 'Investigating', category: 'live' },
      severity: { id: MINOR, name: 'Minor', rank: 1 },
      incident_type: { id: DEFAULT_TYPE, name: 'Default', is_default: true },
      creator: { api_key: { id: '01HXYZAPIKEYDEMO0000000000', name: 'oncall-gate demo' } },
      custom_field_entries: [],
      created_at: '2026-03-10T12:00:00.000000Z',
    });
    expect(inc.id).toMatch(/^[0-9A-Z]{26}$/);
    expect(inc.incident_role_assignments[0].role.role_type).toBe('lead');
  });

  it('numbers incidents in order and starts from firstIncidentNumber', async () => {
    const a = await call(emu, '/v2/incidents', { body: incidentPayload({ idempotency_key: 'a' }) });
    const b = await call(emu, '/v2/incidents', { body: incidentPayload({ idempotency_key: 'b' }) });
    expect([a.json.incident.reference, b.json.incident.reference]).toEqual(['INC-1', 'INC-2']);
    const other = await startDemo({ firstIncidentNumber: 120 });
    try {
      const c = await call(other, '/v2/incidents', { body: incidentPayload() });
      expect(c.json.incident.reference).toBe('INC-120');
    } finally {
      await other.close();
    }
  });

  it('returns the same incident for a repeated idempotency key, even with another payload', async () => {
    const first = await call(emu, '/v2/incidents', { body: incidentPayload() });
    const again = await call(emu, '/v2/incidents', { body: incidentPayload({ name: 'Different' }) });
    expect(again.status).toBe(200);
    expect(again.json.incident.id).toBe(first.json.incident.id);
    expect(again.json.incident.name).toBe(first.json.incident.name);
    expect(emu.state.incidents).toHaveLength(1);
    expect(emu.state.idempotencyKeys).toEqual(['oncall-gate/acme/api/pull/7/production-deploy']);
  });

  it('idempotencyReuse new-incident: a reused key creates another incident (incident.io does not document reuse)', async () => {
    const loose = await startDemo({ idempotencyReuse: 'new-incident' });
    try {
      const a = await call(loose, '/v2/incidents', { body: incidentPayload() });
      const b = await call(loose, '/v2/incidents', { body: incidentPayload({ name: 'Different' }) });
      expect(b.status).toBe(200);
      expect(b.json.incident.id).not.toBe(a.json.incident.id);
      expect(b.json.incident.reference).toBe('INC-2');
      expect(loose.state.incidents).toHaveLength(2);
    } finally {
      await loose.close();
    }
  });

  it('idempotencyReuse error: a reused key is refused with 409 conflict naming the field', async () => {
    const strict = await startDemo({ idempotencyReuse: 'error' });
    try {
      const first = await call(strict, '/v2/incidents', { body: incidentPayload() });
      const again = await call(strict, '/v2/incidents', { body: incidentPayload() });
      expect(again.status).toBe(409);
      expect(again.json).toMatchObject({
        type: 'conflict',
        status: 409,
        errors: [
          {
            code: 'idempotency_key_reused',
            source: { field: 'idempotency_key' },
            message: expect.stringContaining(first.json.incident.id),
          },
        ],
      });
      expect(strict.state.incidents).toHaveLength(1);
    } finally {
      await strict.close();
    }
  });

  it('still validates required fields on a replay', async () => {
    await call(emu, '/v2/incidents', { body: incidentPayload() });
    const res = await call(emu, '/v2/incidents', { body: { idempotency_key: incidentPayload().idempotency_key } });
    expect(res.status).toBe(422);
  });

  it('expands custom field entries and rejects unknown fields or wrong value kinds', async () => {
    const fieldId = await createField();
    const res = await call(emu, '/v2/incidents', {
      body: incidentPayload({ custom_field_entries: [{ custom_field_id: fieldId, values: [{ value_text: `${PRIMARY}` }] }] }),
    });
    expect(res.json.incident.custom_field_entries).toEqual([
      {
        custom_field: {
          id: fieldId,
          name: ESCALATION_FIELD.name,
          description: ESCALATION_FIELD.description,
          field_type: 'text',
          options: [],
        },
        values: [{ value_text: PRIMARY }],
      },
    ]);
    const unknown = await call(emu, '/v2/incidents', {
      body: incidentPayload({ idempotency_key: 'k2', custom_field_entries: [{ custom_field_id: 'NOPE', values: [{ value_text: 'x' }] }] }),
    });
    expect(unknown.status).toBe(422);
    expect(unknown.json.errors[0].source.field).toBe('custom_field_entries[0].custom_field_id');
    const wrongKind = await call(emu, '/v2/incidents', {
      body: incidentPayload({
        idempotency_key: 'k3',
        custom_field_entries: [{ custom_field_id: fieldId, values: [{ value_link: 'https://x' }] }],
      }),
    });
    expect(wrongKind.status).toBe(422);
    expect(wrongKind.json.errors[0].message).toContain('value_text');
  });

  it('requires a severity when the organisation does', async () => {
    const strict = await startDemo({ severityRequired: true });
    try {
      const { severity_id: _s, ...noSeverity } = incidentPayload();
      const res = await call(strict, '/v2/incidents', { body: noSeverity });
      expect(res.status).toBe(422);
      expect(res.json.errors[0]).toMatchObject({
        code: 'is_required',
        message: 'A severity is required to open an incident',
        source: { field: 'severity_id' },
      });
    } finally {
      await strict.close();
    }
  });
});

describe('GET /v2/incidents/{id} and the list', () => {
  it('finds an incident by ID and by the numeric part of its reference', async () => {
    const created = (await call(emu, '/v2/incidents', { body: incidentPayload() })).json.incident;
    expect((await call(emu, `/v2/incidents/${created.id}`)).json.incident.id).toBe(created.id);
    expect((await call(emu, '/v2/incidents/1')).json.incident.id).toBe(created.id);
    expect((await call(emu, '/v2/incidents/INC-1')).status).toBe(404);
  });

  it('filters the list by created_at (dates and timestamps, gte, lte, date_range), incident type and mode', async () => {
    const clock = manualClock('2026-03-01T23:30:00Z');
    const other = await startDemo({}, { now: clock.now });
    try {
      const make = async (key: string, extra: Record<string, unknown> = {}) =>
        (await call(other, '/v2/incidents', { body: incidentPayload({ idempotency_key: key, ...extra }) })).json.incident.reference;
      await make('a'); // INC-1 at 2026-03-01T23:30Z
      clock.advance(HOUR); // 2026-03-02T00:30Z
      await make('b');
      clock.advance(2 * DAY);
      await make('c', { mode: 'test' });
      const refs = async (query: string) =>
        (await call(other, `/v2/incidents?${query}`)).json.incidents.map((i: { reference: string }) => i.reference);
      const q = (key: string, value: string) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`;
      expect(await refs(q('created_at[gte]', '2026-03-02'))).toEqual(['INC-2']);
      expect(await refs(`${q('created_at[gte]', '2026-03-02')}&${q('mode[one_of]', 'test')}`)).toEqual(['INC-3']);
      expect(await refs(q('created_at[gte]', '2026-03-01T23:45:00Z'))).toEqual(['INC-2']);
      expect(await refs(q('created_at[lte]', '2026-03-01'))).toEqual(['INC-1']);
      expect(await refs(q('created_at[date_range]', '2026-03-01~2026-03-02'))).toEqual(['INC-2', 'INC-1']);
      expect(await refs(`${q('created_at[gte]', '2026-03-01')}&sort_by=created_at_oldest_first`)).toEqual(['INC-1', 'INC-2']);
      expect(await refs(q('incident_type[one_of]', DEFAULT_TYPE))).toEqual(['INC-2', 'INC-1']);
      expect(await refs(q('incident_type[not_in]', DEFAULT_TYPE))).toEqual([]);
      const bad = await call(other, `/v2/incidents?${q('created_at[gte]', 'yesterday')}`);
      expect(bad.status).toBe(422);
      expect(bad.json.errors[0]).toMatchObject({ code: 'invalid_value', source: { field: 'created_at[gte]' } });
      expect((await call(other, `/v2/incidents?${q('created_at[after]', '2026-03-01')}`)).status).toBe(422);
      expect((await call(other, `/v2/incidents?${q('created_at[date_range]', '2026-03-01')}`)).status).toBe(422);
    } finally {
      await other.close();
    }
  });

  it('hides test incidents from the list unless asked for', async () => {
    await call(emu, '/v2/incidents', { body: incidentPayload({ idempotency_key: 's' }) });
    await call(emu, '/v2/incidents', { body: incidentPayload({ idempotency_key: 't', mode: 'test' }) });
    expect((await call(emu, '/v2/incidents')).json.incidents.map((i: { mode: string }) => i.mode)).toEqual(['standard']);
    expect((await call(emu, '/v2/incidents?mode[one_of]=test')).json.incidents).toHaveLength(1);
  });
});

describe('POST /v2/incidents/{id}/actions/edit', () => {
  async function created(fieldId?: string) {
    const body = incidentPayload(fieldId ? { custom_field_entries: [{ custom_field_id: fieldId, values: [{ value_text: 'A,B' }] }] } : {});
    return (await call(emu, '/v2/incidents', { body })).json.incident;
  }

  it('requires incident and notify_incident_channel', async () => {
    const inc = await created();
    const res = await call(emu, `/v2/incidents/${inc.id}/actions/edit`, { body: {} });
    expect(res.status).toBe(422);
    expect(res.json.errors.map((e: { code: string; source: { field: string } }) => [e.code, e.source.field])).toEqual([
      ['is_required', 'incident'],
      ['is_required', 'notify_incident_channel'],
    ]);
  });

  it('changes only the fields given and bumps updated_at', async () => {
    const inc = await created();
    const res = await call(emu, `/v2/incidents/${inc.id}/actions/edit`, {
      body: { notify_incident_channel: false, incident: { summary: 'Approved by @alice' } },
    });
    expect(res.status).toBe(200);
    expect(res.json.incident).toMatchObject({ summary: 'Approved by @alice', name: inc.name, severity: { id: MINOR }, reference: 'INC-1' });
    expect(emu.state.incidents[0]!.summary).toBe('Approved by @alice');
    expect(emu.state.notifications).toEqual([]);
  });

  it('replaces listed custom field values and clears them with values: []', async () => {
    const fieldId = await createField();
    const inc = await created(fieldId);
    const replaced = await call(emu, `/v2/incidents/${inc.id}/actions/edit`, {
      body: {
        notify_incident_channel: false,
        incident: { custom_field_entries: [{ custom_field_id: fieldId, values: [{ value_text: 'C' }] }] },
      },
    });
    expect(replaced.json.incident.custom_field_entries[0].values).toEqual([{ value_text: 'C' }]);
    const cleared = await call(emu, `/v2/incidents/${inc.id}/actions/edit`, {
      body: { notify_incident_channel: true, incident: { custom_field_entries: [{ custom_field_id: fieldId, values: [] }] } },
    });
    expect(cleared.json.incident.custom_field_entries).toEqual([]);
    expect(emu.state.notifications).toEqual([expect.objectContaining({ incidentId: inc.id, reference: 'INC-1' })]);
  });

  it('edits by numeric reference, 404s unknown incidents and 422s unknown severities', async () => {
    await created();
    expect(
      (await call(emu, '/v2/incidents/1/actions/edit', { body: { notify_incident_channel: false, incident: { name: 'Renamed' } } })).json
        .incident.name,
    ).toBe('Renamed');
    expect((await call(emu, '/v2/incidents/77/actions/edit', { body: { notify_incident_channel: false, incident: {} } })).status).toBe(404);
    const bad = await call(emu, '/v2/incidents/1/actions/edit', {
      body: { notify_incident_channel: false, incident: { severity_id: 'NOPE' } },
    });
    expect(bad.status).toBe(422);
    expect(bad.json.errors[0].source).toEqual({ field: 'incident.severity_id', pointer: '/incident/severity_id' });
  });
});
