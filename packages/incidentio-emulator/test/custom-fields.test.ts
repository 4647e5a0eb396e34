import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../src/server.js';
import { ESCALATION_FIELD, call, incidentPayload, startDemo } from '../testing/helpers.js';

let emu: Emulator;

beforeEach(async () => {
  emu = await startDemo();
});

afterEach(async () => {
  await emu.close();
});

describe('custom fields', () => {
  it('starts empty in the demo and creates with 201', async () => {
    expect((await call(emu, '/v2/custom_fields')).json).toEqual({ custom_fields: [] });
    const res = await call(emu, '/v2/custom_fields', { body: ESCALATION_FIELD });
    expect(res.status).toBe(201);
    expect(res.json.custom_field).toMatchObject({ ...ESCALATION_FIELD, created_at: '2026-03-10T12:00:00.000000Z' });
    expect((await call(emu, '/v2/custom_fields')).json.custom_fields).toHaveLength(1);
    expect(emu.state.customFields.map((f) => f.name)).toEqual([ESCALATION_FIELD.name]);
  });

  it('rejects a duplicate name (compared case-insensitively) with 422', async () => {
    await call(emu, '/v2/custom_fields', { body: ESCALATION_FIELD });
    const res = await call(emu, '/v2/custom_fields', { body: { ...ESCALATION_FIELD, name: ESCALATION_FIELD.name.toUpperCase() } });
    expect(res.status).toBe(422);
    expect(res.json.errors[0]).toMatchObject({ code: 'not_unique', source: { field: 'name' } });
    expect(emu.state.customFields).toHaveLength(1);
  });

  it('limits names to 50 characters', async () => {
    expect((await call(emu, '/v2/custom_fields', { body: { ...ESCALATION_FIELD, name: 'x'.repeat(50) } })).status).toBe(201);
    const res = await call(emu, '/v2/custom_fields', { body: { ...ESCALATION_FIELD, name: 'y'.repeat(51) } });
    expect(res.status).toBe(422);
    expect(res.json.errors[0].message).toContain('50');
  });

  it('requires name, description and a known field_type', async () => {
    const res = await call(emu, '/v2/custom_fields', { body: {} });
    expect(res.json.errors.map((e: { source: { field: string } }) => e.source.field)).toEqual(['name', 'description', 'field_type']);
    const badType = await call(emu, '/v2/custom_fields', { body: { ...ESCALATION_FIELD, field_type: 'date' } });
    expect(badType.status).toBe(422);
    expect(badType.json.errors[0].source.field).toBe('field_type');
  });

  it('updates (name unique, field_type fixed) and deletes with 204, dropping it from incidents', async () => {
    const id = (await call(emu, '/v2/custom_fields', { body: ESCALATION_FIELD })).json.custom_field.id;
    await call(emu, '/v2/custom_fields', { body: { ...ESCALATION_FIELD, name: 'Other' } });
    expect((await call(emu, `/v2/custom_fields/${id}`, { method: 'PUT', body: { name: 'Other', description: '' } })).status).toBe(422);
    expect(
      (await call(emu, `/v2/custom_fields/${id}`, { method: 'PUT', body: { name: 'Same', description: '', field_type: 'numeric' } }))
        .status,
    ).toBe(422);
    const renamed = await call(emu, `/v2/custom_fields/${id}`, { method: 'PUT', body: { name: 'Schedules', description: 'd' } });
    expect(renamed.json.custom_field).toMatchObject({ id, name: 'Schedules', field_type: 'text' });

    await call(emu, '/v2/incidents', {
      body: incidentPayload({ custom_field_entries: [{ custom_field_id: id, values: [{ value_text: 'S' }] }] }),
    });
    expect((await call(emu, '/v2/incidents/1')).json.incident.custom_field_entries[0].custom_field.name).toBe('Schedules');
    const del = await call(emu, `/v2/custom_fields/${id}`, { method: 'DELETE' });
    expect(del.status).toBe(204);
    expect(del.text).toBe('');
    expect((await call(emu, `/v2/custom_fields/${id}`)).status).toBe(404);
    expect((await call(emu, '/v2/incidents/1')).json.incident.custom_field_entries).toEqual([]);
  });
});
