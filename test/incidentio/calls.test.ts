// Each typed call against nock: the request it makes (request BODIES validated with ajv against
// the request schemas of packages/incidentio-emulator/openapi/openapi-subset.json) and the
// object it returns.
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import type { IncidentsCreatePayload } from '../../src/incidentio/client.js';
import {
  BASE,
  customField,
  embeddedUser,
  entry,
  expectValid,
  incident,
  makeClient,
  schedule,
  schemaValidator,
  useNock,
  user,
} from '../support/incidentio-harness.js';

useNock();

/** Records the JSON body a mock received. */
function capture(): { bodies: unknown[]; match: (body: unknown) => boolean } {
  const bodies: unknown[] = [];
  return {
    bodies,
    match: (body) => {
      bodies.push(body);
      return true;
    },
  };
}

const escalation: IncidentsCreatePayload = {
  idempotency_key: 'oncall-gate/acme/api/pull/7/production-deploy',
  visibility: 'public',
  mode: 'standard',
  name: 'Approval requested: octocat -> production-deploy (acme/api#7)',
  summary: 'octocat asks to deploy acme/api#7 to production.\n\nApprove the pull request to approve.',
  severity_id: '01FH5TZRWMNAFB0DZ23FD1TV96',
  incident_type_id: '01FH5TZRWMNAFB0DZ23FD1TV97',
  custom_field_entries: [{ custom_field_id: 'cf-1', values: [{ value_text: '01SCHEDA,01SCHEDB' }] }],
};

describe('request bodies match the published request schemas', () => {
  it('createIncident sends IncidentsCreatePayloadV2 and returns the incident', async () => {
    const c = capture();
    nock(BASE).post('/v2/incidents', c.match).reply(200, { incident: incident() });
    const { client } = makeClient();
    const created = await client.createIncident(escalation);
    expect(c.bodies).toEqual([escalation]);
    expectValid('IncidentsCreatePayloadV2', c.bodies[0]);
    expect(created).toMatchObject({
      id: '01FDAG4SAP5TYPT98WGR2N7W91',
      reference: 'INC-123',
      permalink: 'https://app.incident.io/acme/incidents/123',
      incident_status: { id: 'st-1', name: 'Investigating', category: 'live' },
      custom_field_entries: [
        { custom_field: { id: 'cf-1', name: 'On-call gate schedules', field_type: 'text' }, values: [{ value_text: '01SCHEDA,01SCHEDB' }] },
      ],
    });
  });

  it('a minimal create (only the required fields) is valid too', async () => {
    const c = capture();
    nock(BASE).post('/v2/incidents', c.match).reply(200, { incident: incident() });
    const { client } = makeClient();
    await client.createIncident({ idempotency_key: 'k', visibility: 'private' });
    expectValid('IncidentsCreatePayloadV2', c.bodies[0]);
  });

  it('editIncident sends IncidentsEditPayloadV2 to /actions/edit', async () => {
    const c = capture();
    nock(BASE)
      .post('/v2/incidents/01FDAG4SAP5TYPT98WGR2N7W91/actions/edit', c.match)
      .reply(200, { incident: incident(undefined, { summary: 'Approved' }) });
    const { client } = makeClient();
    const payload = {
      notify_incident_channel: false,
      incident: {
        summary: 'Approved by @hubot at 2026-08-20T10:05:00Z (on call for 01SCHEDA)',
        custom_field_entries: [{ custom_field_id: 'cf-1', values: [] }],
      },
    };
    const edited = await client.editIncident('01FDAG4SAP5TYPT98WGR2N7W91', payload);
    expect(c.bodies).toEqual([payload]);
    expectValid('IncidentsEditPayloadV2', c.bodies[0]);
    expect(edited.summary).toBe('Approved');
  });

  it('createCustomField sends CustomFieldsCreatePayloadV2 and accepts 201', async () => {
    const c = capture();
    nock(BASE).post('/v2/custom_fields', c.match).reply(201, { custom_field: customField() });
    const { client } = makeClient();
    const payload = { name: 'On-call gate schedules', description: 'Schedule IDs paged by oncall-gate', field_type: 'text' } as const;
    await expect(client.createCustomField(payload)).resolves.toEqual(customField());
    expectValid('CustomFieldsCreatePayloadV2', c.bodies[0]);
  });

  it('the validators do reject a wrong body (so the checks above mean something)', () => {
    const create = schemaValidator('IncidentsCreatePayloadV2');
    expect(create({ visibility: 'public' })).toBe(false); // idempotency_key missing
    expect(create({ idempotency_key: 'k', visibility: 'secret' })).toBe(false);
    expect(create({ idempotency_key: 'k', visibility: 'public', severity: 'Minor' })).toBe(false); // misspelt field
    expect(schemaValidator('IncidentsEditPayloadV2')({ incident: { summary: 's' } })).toBe(false); // notify_incident_channel missing
    expect(schemaValidator('CustomFieldsCreatePayloadV2')({ name: 'x'.repeat(51), description: 'd', field_type: 'text' })).toBe(false);
  });
});

describe('the test fixtures are valid API responses (so the client is tested on real shapes)', () => {
  it.each([
    ['IncidentsCreateResultV2', { incident: incident() }],
    ['CustomFieldsCreateResultV2', { custom_field: customField() }],
    ['SchedulesShowResultV2', { schedule: schedule('S1') }],
    ['UsersShowResultV2', { user: user('U1', 'a@example.com') }],
    [
      'SchedulesListScheduleEntriesResultV2',
      {
        schedule_entries: {
          scheduled: [],
          overrides: [],
          final: [entry('2026-08-20T09:00:00Z', '2026-08-21T09:00:00Z', embeddedUser('U1', 'a@example.com'))],
        },
      },
    ],
  ])('%s', (name, body) => {
    expectValid(name, body, false);
  });
});

describe('reads', () => {
  it('identity', async () => {
    nock(BASE)
      .get('/v1/identity')
      .reply(200, {
        identity: {
          name: 'GitHub escalation action',
          dashboard_url: 'https://app.incident.io/my-org',
          roles: ['viewer', 'incident_creator', 'some_future_role'],
          team_roles: ['catalog_editor'],
          teams: [{ id: 'T1', name: 'Platform' }],
        },
      });
    const { client } = makeClient();
    await expect(client.identity()).resolves.toEqual({
      name: 'GitHub escalation action',
      dashboard_url: 'https://app.incident.io/my-org',
      roles: ['viewer', 'incident_creator', 'some_future_role'],
      team_roles: ['catalog_editor'],
      teams: [{ id: 'T1', name: 'Platform' }],
    });
  });

  it('getSchedule, with the ID URL-encoded', async () => {
    nock(BASE)
      .get('/v2/schedules/01G0J1EXE7AXZ2C93K61WBPYEH')
      .reply(200, { schedule: schedule('01G0J1EXE7AXZ2C93K61WBPYEH', 'Primary') });
    nock(BASE)
      .get('/v2/schedules/a%2Fb')
      .reply(200, { schedule: schedule('a/b') });
    const { client } = makeClient();
    await expect(client.getSchedule('01G0J1EXE7AXZ2C93K61WBPYEH')).resolves.toMatchObject({
      id: '01G0J1EXE7AXZ2C93K61WBPYEH',
      name: 'Primary',
    });
    await expect(client.getSchedule('a/b')).resolves.toMatchObject({ id: 'a/b' });
  });

  it('getUser', async () => {
    nock(BASE)
      .get('/v2/users/U1')
      .reply(200, { user: user('U1', 'a@example.com', false) });
    const { client } = makeClient();
    await expect(client.getUser('U1')).resolves.toMatchObject({
      id: 'U1',
      email: 'a@example.com',
      is_active: false,
      base_role: { slug: 'responder' },
    });
  });

  it.each([
    ['01FDAG4SAP5TYPT98WGR2N7W91', '/v2/incidents/01FDAG4SAP5TYPT98WGR2N7W91'],
    ['INC-123', '/v2/incidents/123'],
    ['inc-9', '/v2/incidents/9'],
    ['123', '/v2/incidents/123'],
  ])('getIncident(%s) asks %s', async (ref, path) => {
    nock(BASE).get(path).reply(200, { incident: incident() });
    const { client } = makeClient();
    await expect(client.getIncident(ref)).resolves.toMatchObject({ reference: 'INC-123' });
  });

  it('an empty ID is refused before any request', async () => {
    const { client } = makeClient();
    await expect(client.getSchedule('  ')).rejects.toMatchObject({
      kind: 'not-found',
      message: 'An empty incident.io schedule ID was given.',
    });
    expect(client.requestCount).toBe(0);
  });

  it('listCustomFields, listSeverities, listIncidentTypes, listIncidentStatuses (unpaginated)', async () => {
    nock(BASE)
      .get('/v2/custom_fields')
      .reply(200, { custom_fields: [customField('cf-1'), customField('cf-2', 'Other')] });
    nock(BASE)
      .get('/v1/severities')
      .reply(200, {
        severities: [
          { id: 'sev-1', name: 'Minor', description: 'd', rank: 1, created_at: '2026-08-20T10:00:00Z', updated_at: '2026-08-20T10:00:00Z' },
        ],
      });
    nock(BASE)
      .get('/v1/incident_types')
      .reply(200, {
        incident_types: [
          {
            id: 't-1',
            name: 'Default',
            description: 'd',
            is_default: true,
            private_incidents_only: false,
            create_in_triage: 'optional',
            created_at: '2026-08-20T10:00:00Z',
            updated_at: '2026-08-20T10:00:00Z',
          },
        ],
      });
    nock(BASE)
      .get('/v1/incident_statuses')
      .reply(200, {
        incident_statuses: [
          {
            id: 'st-1',
            name: 'Triage',
            description: 'd',
            rank: 0,
            category: 'triage',
            created_at: '2026-08-20T10:00:00Z',
            updated_at: '2026-08-20T10:00:00Z',
          },
        ],
      });
    const { client } = makeClient();
    expect((await client.listCustomFields()).map((f) => f.name)).toEqual(['On-call gate schedules', 'Other']);
    expect(await client.listSeverities()).toEqual([{ id: 'sev-1', name: 'Minor', description: 'd', rank: 1 }]);
    expect(await client.listIncidentTypes()).toEqual([
      { id: 't-1', name: 'Default', description: 'd', is_default: true, private_incidents_only: false, create_in_triage: 'optional' },
    ]);
    expect(await client.listIncidentStatuses()).toEqual([{ id: 'st-1', name: 'Triage', description: 'd', rank: 0, category: 'triage' }]);
    expect(client.requestCount).toBe(4);
  });
});
