import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../src/server.js';
import {
  DEMO_API_KEY,
  DEMO_READONLY_API_KEY,
  ESCALATION_FIELD,
  PRIMARY,
  call,
  demoFixture,
  incidentPayload,
  startDemo,
} from '../testing/helpers.js';

let emu: Emulator;

beforeAll(async () => {
  emu = await startDemo({
    keys: [
      ...demoFixture().keys,
      { key: 'schedules-only-key-0000000000', name: 'schedules reader', roles: ['schedules_reader'] },
      { key: 'no-roles-key-00000000000000000', name: 'no roles', roles: [] },
      { key: 'creator-only-key-000000000000', name: 'creator', roles: ['incident_creator'] },
    ],
  });
});

afterAll(async () => {
  await emu.close();
});

describe('authentication (Bearer key)', () => {
  it('answers 401 missing_authorization_material without an Authorization header', async () => {
    const res = await call(emu, '/v1/identity', { key: null });
    expect(res.status).toBe(401);
    expect(res.json).toMatchObject({ type: 'authentication_error', status: 401, errors: [{ code: 'missing_authorization_material' }] });
    expect(res.json.request_id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers 401 when the header is not a bearer token', async () => {
    const res = await call(emu, '/v1/identity', { key: null, headers: { authorization: `Basic ${DEMO_API_KEY}` } });
    expect(res.status).toBe(401);
    expect(res.json.errors[0].code).toBe('missing_authorization_material');
    expect(res.text).not.toContain(DEMO_API_KEY);
  });

  it('answers 401 authentication_error for an unknown key, without echoing it', async () => {
    const res = await call(emu, '/v1/identity', { key: 'sk-live-guess-123' });
    expect(res.status).toBe(401);
    expect(res.json.type).toBe('authentication_error');
    expect(res.json.errors[0].code).toBe('invalid_authorization_material');
    expect(res.text).not.toContain('sk-live-guess-123');
  });

  it('accepts any valid key for GET /v1/identity and reports its name and roles', async () => {
    const res = await call(emu, '/v1/identity', { key: 'no-roles-key-00000000000000000' });
    expect(res.status).toBe(200);
    expect(res.json.identity).toMatchObject({ name: 'no roles', roles: [], team_roles: [], teams: [] });
    const demo = await call(emu, '/v1/identity');
    expect(demo.json.identity.roles).toEqual(['viewer', 'incident_creator', 'incident_editor', 'manage_settings', 'schedules_reader']);
    expect(demo.json.identity.dashboard_url).toBe('https://app.incident.io/oncall-gate-demo');
  });
});

describe('roles per endpoint', () => {
  const readonly = DEMO_READONLY_API_KEY;

  it.each([
    ['GET', '/v2/schedules', undefined],
    ['GET', `/v2/schedules/${PRIMARY}`, undefined],
    [
      'GET',
      `/v2/schedule_entries?schedule_id=${PRIMARY}&entry_window_start=2026-03-10T12:00:00Z&entry_window_end=2026-03-10T12:01:00Z`,
      undefined,
    ],
    ['GET', '/v2/users', undefined],
    ['GET', '/v2/custom_fields', undefined],
    ['GET', '/v1/severities', undefined],
    ['GET', '/v1/incident_types', undefined],
    ['GET', '/v1/incident_statuses', undefined],
    ['GET', '/v2/incidents', undefined],
  ])('a viewer key may call %s %s', async (method, path, body) => {
    expect((await call(emu, path, { method, key: readonly, body })).status).toBe(200);
  });

  it.each([
    ['POST', '/v2/incidents', incidentPayload(), 'incident_creator'],
    ['POST', '/v2/incidents/1/actions/edit', { notify_incident_channel: false, incident: {} }, 'incident_editor'],
    ['POST', '/v2/custom_fields', ESCALATION_FIELD, 'manage_settings'],
    ['PUT', '/v2/custom_fields/X', { name: 'a', description: 'b' }, 'manage_settings'],
    ['DELETE', '/v2/custom_fields/X', undefined, 'manage_settings'],
  ])('a viewer key gets 403 resource_forbidden for %s %s, naming the role', async (method, path, body, role) => {
    const res = await call(emu, path, { method, key: readonly, body });
    expect(res.status).toBe(403);
    expect(res.json.type).toBe('resource_forbidden');
    expect(res.json.errors[0].message).toContain(`"${role}"`);
    expect(res.json.errors[0].message).toContain('oncall-gate demo (read-only)');
    expect(res.text).not.toContain(readonly);
  });

  it('lets a schedules_reader key read schedules but not users', async () => {
    const key = 'schedules-only-key-0000000000';
    expect((await call(emu, `/v2/schedules/${PRIMARY}`, { key })).status).toBe(200);
    const users = await call(emu, '/v2/users', { key });
    expect(users.status).toBe(403);
    expect(users.json.errors[0].message).toContain('"viewer"');
  });

  it('lets a creator-only key create but not read incidents', async () => {
    const key = 'creator-only-key-000000000000';
    const created = await call(emu, '/v2/incidents', { key, body: incidentPayload({ idempotency_key: 'roles-creator' }) });
    expect(created.status).toBe(200);
    expect((await call(emu, `/v2/incidents/${created.json.incident.id}`, { key })).status).toBe(403);
    expect(created.json.incident.creator.api_key.name).toBe('creator');
  });

  it('checks authentication before roles, and a role-less key is refused reads', async () => {
    expect((await call(emu, '/v2/schedules', { key: 'no-roles-key-00000000000000000' })).status).toBe(403);
    expect((await call(emu, '/v2/custom_fields', { key: null, body: ESCALATION_FIELD })).status).toBe(401);
  });
});

describe('404 and 405', () => {
  it.each([
    ['/v2/schedules/01HXYZNOSUCHSCHEDULE000000', 'schedule'],
    ['/v2/users/01HXYZNOSUCHUSER0000000000', 'user'],
    ['/v2/incidents/01HXYZNOSUCHINCIDENT000000', 'incident'],
    ['/v2/incidents/999', 'incident'],
    ['/v2/custom_fields/01HXYZNOSUCHFIELD000000000', 'custom field'],
    ['/v1/severities/NOPE', 'severity'],
    ['/v1/incident_types/NOPE', 'incident type'],
    ['/v1/incident_statuses/NOPE', 'incident status'],
    ['/v2/schedule_entries?schedule_id=NOPE&entry_window_start=2026-03-10T12:00:00Z&entry_window_end=2026-03-10T12:01:00Z', 'schedule'],
  ])('GET %s -> 404 not_found naming the %s', async (path, what) => {
    const res = await call(emu, path);
    expect(res.status).toBe(404);
    expect(res.json.type).toBe('not_found');
    expect(res.json.errors[0].message).toContain(what);
  });

  it('answers 404 for unknown routes, even without a key', async () => {
    for (const path of ['/v3/schedules', '/v2/schedules/X/extra', '/']) {
      const res = await call(emu, path, { key: null });
      expect(res.status).toBe(404);
      expect(res.json.type).toBe('not_found');
    }
  });

  it('answers 405 with Allow for a known path and the wrong method', async () => {
    const res = await call(emu, '/v2/schedules', { method: 'POST', body: {} });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET');
    expect(res.json.type).toBe('method_not_allowed');
  });
});

describe('recording', () => {
  it('records requests without the Authorization header', async () => {
    emu.requests.length = 0;
    await call(emu, '/v2/users?email=alice%40example.com&page_size=5');
    const [r] = emu.requests;
    expect(r).toMatchObject({
      method: 'GET',
      path: '/v2/users',
      query: { email: 'alice@example.com', page_size: '5' },
      status: 200,
      keyName: 'oncall-gate demo',
    });
    expect(r!.headers.authorization).toBeUndefined();
    expect(JSON.stringify(emu.requests)).not.toContain(DEMO_API_KEY);
  });
});
