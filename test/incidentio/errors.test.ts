// Every error the client can raise, with the message and fix a user acts on (the failure modes
// incident.io integrations meet in practice: an invalid key or a missing role, an inactive
// workspace, a wrong schedule ID, an email that matches no user), malformed bodies, read-only
// refusal, and the API key never appearing in anything thrown.
import { OncallGateError } from '../../src/errors.js';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { type IncidentIoClient } from '../../src/incidentio/client.js';
import { requiredRole } from '../../src/incidentio/errors.js';
import { BASE, caught, everythingIn, incident, KEY, makeClient, useNock } from '../support/incidentio-harness.js';

useNock();

const errorBody = (type: string, status: number, errors: unknown[] = [], extra: Record<string, unknown> = {}) => ({
  type,
  status,
  request_id: `req-${status}`,
  errors,
  ...extra,
});

describe('HTTP status mapping', () => {
  it('401: the key is invalid, revoked, or the workspace inactive', async () => {
    nock(BASE)
      .get('/v1/identity')
      .reply(401, errorBody('authentication_error', 401, [{ code: 'invalid_authorization_material', message: 'API key is invalid' }]));
    const { client } = makeClient();
    const error = await caught(client.identity());
    expect(error).toBeInstanceOf(OncallGateError);
    expect(error).toMatchObject({ kind: 'auth', status: 401, requestId: 'req-401' });
    expect(error.message).toBe(
      'incident.io rejected the API key (401 authentication_error) on GET /v1/identity: API key is invalid (request_id req-401).',
    );
    expect(error.fix).toContain('`incidentio-api-key`');
    expect(error.fix).toContain('revoked');
    expect(error.fix).toContain('workspace may be inactive');
  });

  it.each<[string, (c: IncidentIoClient) => Promise<unknown>, () => nock.Interceptor, string]>([
    [
      'createIncident',
      (c) => c.createIncident({ idempotency_key: 'k', visibility: 'public' }),
      () => nock(BASE).post('/v2/incidents'),
      'incident_creator',
    ],
    [
      'editIncident',
      (c) => c.editIncident('I1', { incident: {}, notify_incident_channel: false }),
      () => nock(BASE).post('/v2/incidents/I1/actions/edit'),
      'incident_editor',
    ],
    [
      'createCustomField',
      (c) => c.createCustomField({ name: 'n', description: 'd', field_type: 'text' }),
      () => nock(BASE).post('/v2/custom_fields'),
      'manage_settings',
    ],
    [
      'listScheduleEntries',
      (c) => c.listScheduleEntries('S1', new Date(0), new Date(60_000)),
      () => nock(BASE).get('/v2/schedule_entries').query(true),
      'schedules_reader (or viewer)',
    ],
    ['findUserByEmail', (c) => c.findUserByEmail('a@b.c'), () => nock(BASE).get('/v2/users').query(true), 'viewer'],
    ['listSeverities', (c) => c.listSeverities(), () => nock(BASE).get('/v1/severities'), 'viewer'],
  ])('403 on %s names the role the key needs', async (call, run, intercept, role) => {
    intercept().reply(403, errorBody('resource_forbidden', 403, [{ code: 'forbidden', message: 'Missing scope' }]));
    const { client } = makeClient();
    const error = await caught(run(client));
    expect(error).toMatchObject({ kind: 'permission', status: 403 });
    expect(error.message).toContain(`${call} needs the ${role} role`);
    expect(error.fix).toContain(`give the key the ${role} role`);
  });

  it.each<[string, (c: IncidentIoClient) => Promise<unknown>, () => nock.Interceptor, string]>([
    [
      'schedule',
      (c) => c.getSchedule('01HSCHEDULE'),
      () => nock(BASE).get('/v2/schedules/01HSCHEDULE'),
      'incident.io schedule 01HSCHEDULE does not exist',
    ],
    ['user', (c) => c.getUser('01HUSER'), () => nock(BASE).get('/v2/users/01HUSER'), 'incident.io user 01HUSER does not exist'],
    ['incident', (c) => c.getIncident('INC-42'), () => nock(BASE).get('/v2/incidents/42'), 'incident.io incident INC-42 does not exist'],
    [
      'edited incident',
      (c) => c.editIncident('01HINC', { incident: { summary: 's' }, notify_incident_channel: false }),
      () => nock(BASE).post('/v2/incidents/01HINC/actions/edit'),
      'incident.io incident 01HINC does not exist',
    ],
  ])('404 on a %s names the kind and the ID', async (_what, run, intercept, expected) => {
    intercept().reply(404, errorBody('not_found', 404, [{ code: 'not_found', message: 'Not found' }]));
    const { client } = makeClient();
    const error = await caught(run(client));
    expect(error).toMatchObject({ kind: 'not-found', status: 404, requestId: 'req-404' });
    expect(error.message).toContain(expected);
    expect(error.fix.length).toBeGreaterThan(20);
  });

  it('404 on a list endpoint points at incidentio-api-url', async () => {
    nock(BASE).get('/v1/severities').reply(404, '<html>Not Found</html>');
    const { client } = makeClient();
    const error = await caught(client.listSeverities());
    expect(error).toMatchObject({ kind: 'not-found', status: 404 });
    expect(error.message).toBe('incident.io answered 404 Not Found for GET /v1/severities: the body starts with "<html>Not Found</html>".');
    expect(error.fix).toContain(`\`incidentio-api-url\` (${BASE})`);
  });

  it('422 lists every field and message', async () => {
    nock(BASE)
      .post('/v2/incidents')
      .reply(
        422,
        errorBody('validation_error', 422, [
          { code: 'is_required', message: 'A severity is required to open an incident', source: { field: 'severity_id' } },
          { code: 'invalid', message: 'must be public or private', source: { field: 'visibility', pointer: '/visibility' } },
          { code: 'other', message: 'Something without a field' },
        ]),
      );
    const { client } = makeClient();
    const error = await caught(client.createIncident({ idempotency_key: 'k', visibility: 'public' }));
    expect(error).toMatchObject({ kind: 'rejected', status: 422, requestId: 'req-422' });
    expect(error.message).toBe(
      'incident.io rejected createIncident (POST /v2/incidents) with 422 validation_error: ' +
        'severity_id: A severity is required to open an incident; visibility: must be public or private; ' +
        'Something without a field (request_id req-422).',
    );
    expect(error.fix).toContain('`severity`');
  });

  it('422 on a custom field create suggests the name clash', async () => {
    nock(BASE)
      .post('/v2/custom_fields')
      .reply(422, errorBody('validation_error', 422, [{ code: 'not_unique', message: 'Name already taken', source: { field: 'name' } }]));
    const { client } = makeClient();
    const error = await caught(client.createCustomField({ name: 'On-call gate schedules', description: 'd', field_type: 'text' }));
    expect(error.message).toContain('name: Name already taken');
    expect(error.fix).toContain('may already exist');
  });

  it.each([
    ['no body', ''],
    ['not JSON', '<html><body>Bad gateway</body></html>'],
    ['JSON of another shape', '{"error":{"message":"nope","code":7}}'],
    ['errors not an array', '{"type":"validation_error","errors":"bad"}'],
    ['null', 'null'],
  ])('parses an error body defensively: %s', async (_name, body) => {
    nock(BASE).post('/v2/incidents').reply(400, body);
    const { client } = makeClient();
    const error = await caught(client.createIncident({ idempotency_key: 'k', visibility: 'public' }));
    expect(error).toMatchObject({ kind: 'rejected', status: 400 });
    expect(error.message).toContain('no details given');
  });

  it("quotes the start of a proxy's non-JSON error page", async () => {
    nock(BASE).get('/v1/identity').times(2).reply(502, '<html>\n  <h1>502 Bad Gateway</h1> nginx</html>');
    const { client } = makeClient({ maxAttempts: 2 });
    const error = await caught(client.identity());
    expect(error.message).toContain(
      'failed with 502 on GET /v1/identity after 2 attempts over 0.5 s: the body starts with "<html> <h1>502 Bad Gateway</h1> nginx</html>".',
    );
  });

  it('an unexpected status is a bad_response that says which', async () => {
    nock(BASE).get('/v1/identity').reply(405, '');
    const { client } = makeClient();
    const error = await caught(client.identity());
    expect(error).toMatchObject({ kind: 'bad-response', status: 405 });
    expect(error.message).toContain('unexpected HTTP status 405');
  });
});

describe('malformed success bodies become bad_response naming the endpoint and the field', () => {
  it.each<[string, () => nock.Scope, (c: IncidentIoClient) => Promise<unknown>, string]>([
    [
      'non-JSON body',
      () => nock(BASE).get('/v1/identity').reply(200, '<html>captive portal</html>'),
      (c) => c.identity(),
      'GET /v1/identity: the body is not JSON (it starts with "<html>captive portal</html>")',
    ],
    [
      'empty body',
      () => nock(BASE).get('/v1/identity').reply(200, ''),
      (c) => c.identity(),
      'GET /v1/identity: `body` should be a JSON object but is missing',
    ],
    [
      'array body',
      () => nock(BASE).get('/v1/severities').reply(200, []),
      (c) => c.listSeverities(),
      'GET /v1/severities: `body` should be a JSON object but is an array',
    ],
    [
      'missing list',
      () => nock(BASE).get('/v1/severities').reply(200, {}),
      (c) => c.listSeverities(),
      '`severities` should be an array but is missing',
    ],
    [
      'roles not an array',
      () =>
        nock(BASE)
          .get('/v1/identity')
          .reply(200, { identity: { name: 'k', roles: 'viewer' } }),
      (c) => c.identity(),
      '`identity.roles` should be an array but is the string "viewer"',
    ],
    [
      'id not a string',
      () =>
        nock(BASE)
          .get('/v2/schedules')
          .query(true)
          .reply(200, { schedules: [{ id: 7, name: 'x' }] }),
      (c) => c.listSchedules(),
      'GET /v2/schedules: `schedules[0].id` should be a string but is a number',
    ],
    [
      'timestamp that does not parse',
      () =>
        nock(BASE)
          .get('/v2/schedule_entries')
          .query(true)
          .reply(200, {
            schedule_entries: { scheduled: [], overrides: [], final: [{ start_at: 'yesterday', end_at: '2026-08-20T10:00:00Z' }] },
          }),
      (c) => c.listScheduleEntries('S1', new Date(0), new Date(60_000)),
      '`schedule_entries.final[0].start_at` should be an RFC 3339 timestamp but is the string "yesterday"',
    ],
    [
      'entries list missing',
      () =>
        nock(BASE)
          .get('/v2/schedule_entries')
          .query(true)
          .reply(200, { schedule_entries: { scheduled: [], final: [] } }),
      (c) => c.listScheduleEntries('S1', new Date(0), new Date(60_000)),
      '`schedule_entries.overrides` should be an array but is missing',
    ],
    [
      'user without id',
      () =>
        nock(BASE)
          .get('/v2/schedule_entries')
          .query(true)
          .reply(200, {
            schedule_entries: {
              scheduled: [],
              overrides: [],
              final: [{ start_at: '2026-08-20T10:00:00Z', end_at: '2026-08-20T11:00:00Z', user: { name: 'x' } }],
            },
          }),
      (c) => c.listScheduleEntries('S1', new Date(0), new Date(60_000)),
      '`schedule_entries.final[0].user.id` should be a string but is missing',
    ],
    [
      'user without is_active',
      () =>
        nock(BASE)
          .get('/v2/users/U1')
          .reply(200, { user: { id: 'U1', name: 'A' } }),
      (c) => c.getUser('U1'),
      '`user.is_active` should be a boolean but is missing',
    ],
    [
      'incident without reference',
      () =>
        nock(BASE)
          .get('/v2/incidents/I1')
          .reply(200, { incident: { id: 'I1', name: 'n' } }),
      (c) => c.getIncident('I1'),
      '`incident.reference` should be a string but is missing',
    ],
    [
      'custom field entry without values',
      () =>
        nock(BASE)
          .get('/v2/incidents/I1')
          .reply(200, { incident: incident('I1', { custom_field_entries: [{ custom_field: { id: 'c', name: 'n' } }] }) }),
      (c) => c.getIncident('I1'),
      '`incident.custom_field_entries[0].values` should be an array but is missing',
    ],
    [
      'empty id',
      () =>
        nock(BASE)
          .post('/v2/custom_fields')
          .reply(201, { custom_field: { id: '', name: 'n', field_type: 'text' } }),
      (c) => c.createCustomField({ name: 'n', description: 'd', field_type: 'text' }),
      '`custom_field.id` should be a non-empty ID but is the string ""',
    ],
    [
      'status without category',
      () =>
        nock(BASE)
          .get('/v1/incident_statuses')
          .reply(200, { incident_statuses: [{ id: 's', name: 'Live' }] }),
      (c) => c.listIncidentStatuses(),
      '`incident_statuses[0].category` should be a string but is missing',
    ],
    [
      'pagination_meta not an object',
      () => nock(BASE).get('/v2/schedules').query(true).reply(200, { schedules: [], pagination_meta: 'next' }),
      (c) => c.listSchedules(),
      '`pagination_meta` should be a JSON object but is the string "next"',
    ],
  ])('%s', async (_name, intercept, run, expected) => {
    intercept();
    const { client } = makeClient();
    const error = await caught(run(client));
    expect(error).toBeInstanceOf(OncallGateError);
    expect(error).not.toBeInstanceOf(TypeError);
    expect(error.kind).toBe('bad-response');
    expect(error.message).toContain(expected);
    expect(error.fix).toContain('did not answer like the incident.io API');
  });

  it('accepts null for optional fields and a missing user on entries', async () => {
    nock(BASE)
      .get('/v2/schedule_entries')
      .query(true)
      .reply(200, {
        schedule_entries: {
          scheduled: [],
          overrides: [],
          final: [
            { start_at: '2026-08-20T10:00:00.801578Z', end_at: '2026-08-20T11:00:00Z', user: null, entry_id: null },
            { start_at: '2026-08-20T10:00:00Z', end_at: '2026-08-20T11:00:00+01:00', user: { id: 'U1', name: 'A', role: 'future_role' } },
          ],
        },
      });
    const { client } = makeClient();
    const { final } = await client.listScheduleEntries('S1', new Date(0), new Date(60_000));
    expect(final[0]).toEqual({ start_at: '2026-08-20T10:00:00.801578Z', end_at: '2026-08-20T11:00:00Z' });
    expect(final[1]?.user).toEqual({ id: 'U1', name: 'A', role: 'future_role' });
  });
});

describe('read-only (dry-run)', () => {
  it.each<[string, (c: IncidentIoClient) => Promise<unknown>, string]>([
    ['createIncident', (c) => c.createIncident({ idempotency_key: 'k', visibility: 'public' }), 'POST /v2/incidents'],
    [
      'editIncident',
      (c) => c.editIncident('I1', { incident: { summary: 's' }, notify_incident_channel: false }),
      'POST /v2/incidents/I1/actions/edit',
    ],
    ['createCustomField', (c) => c.createCustomField({ name: 'n', description: 'd', field_type: 'text' }), 'POST /v2/custom_fields'],
  ])('refuses %s without a request', async (call, run, where) => {
    const { client } = makeClient({ readOnly: true });
    const error = await caught(run(client));
    expect(error).toMatchObject({ kind: 'read-only' });
    expect(error.message).toBe(
      `Refusing ${call} (${where}): the incident.io client is read-only (dry-run), so nothing is written to incident.io.`,
    );
    expect(error.fix).toContain('dry-run');
    expect(client.requestCount).toBe(0);
  });

  it('still reads', async () => {
    nock(BASE)
      .get('/v1/severities')
      .reply(200, { severities: [{ id: 'sev', name: 'Minor', rank: 1 }] });
    const { client } = makeClient({ readOnly: true });
    expect(client.readOnly).toBe(true);
    await expect(client.listSeverities()).resolves.toEqual([{ id: 'sev', name: 'Minor', rank: 1 }]);
  });
});

describe('the API key never appears in anything thrown', () => {
  const leaks = (extra: Record<string, unknown> = {}) =>
    errorBody('authentication_error', 401, [{ code: KEY, message: `Key ${KEY} is not valid`, source: { field: KEY } }], {
      request_id: `rid-${KEY}`,
      debug: { message: KEY },
      ...extra,
    });

  it.each<[string, () => void, (c: IncidentIoClient) => Promise<unknown>]>([
    ['401 body echoing the key everywhere', () => nock(BASE).get('/v1/identity').reply(401, leaks()), (c) => c.identity()],
    [
      '403 body',
      () =>
        nock(BASE)
          .get('/v1/identity')
          .reply(403, leaks({ type: KEY })),
      (c) => c.identity(),
    ],
    [
      '422 body',
      () => nock(BASE).post('/v2/incidents').reply(422, leaks()),
      (c) => c.createIncident({ idempotency_key: 'k', visibility: 'public' }),
    ],
    [
      '429 body after retries',
      () =>
        nock(BASE)
          .get('/v1/identity')
          .times(2)
          .reply(429, leaks({ rate_limit: { name: KEY, limit: 1, retry_after: KEY } })),
      (c) => c.identity(),
    ],
    ['5xx non-JSON body', () => nock(BASE).get('/v1/identity').times(2).reply(500, `upstream said ${KEY}`), (c) => c.identity()],
    ['200 non-JSON body', () => nock(BASE).get('/v1/identity').reply(200, `<p>${KEY}</p>`), (c) => c.identity()],
    [
      '200 with the key in a checked field',
      () =>
        nock(BASE)
          .get('/v1/identity')
          .reply(200, { identity: { name: 'x', roles: KEY } }),
      (c) => c.identity(),
    ],
    [
      'timestamp field holding the key',
      () =>
        nock(BASE)
          .get('/v2/schedule_entries')
          .query(true)
          .reply(200, { schedule_entries: { scheduled: [], overrides: [], final: [{ start_at: KEY, end_at: KEY }] } }),
      (c) => c.listScheduleEntries('S1', new Date(0), new Date(1)),
    ],
    [
      'network error quoting the key',
      () => nock(BASE).get('/v1/identity').times(2).replyWithError(`proxy refused Bearer ${KEY}`),
      (c) => c.identity(),
    ],
  ])('%s', async (_name, intercept, run) => {
    intercept();
    const { client } = makeClient({ maxAttempts: 2 });
    const error = await caught(run(client));
    expect(error).toBeInstanceOf(OncallGateError);
    const text = everythingIn(error);
    expect(text).not.toContain(KEY);
    expect(text).toContain('***');
  });

  it('a fetch that throws an error carrying the key', async () => {
    const leaky: typeof fetch = async () => {
      throw new Error('bad header', { cause: new Error(`Authorization: Bearer ${KEY}`) });
    };
    const { client } = makeClient({ fetch: leaky, maxAttempts: 1 });
    const error = await caught(client.identity());
    expect(error).toMatchObject({ kind: 'unavailable' });
    expect(everythingIn(error)).not.toContain(KEY);
    expect(error.message).toContain('Authorization: Bearer ***');
  });

  it('a key with a newline is refused before any request, without quoting it', async () => {
    const key = `${KEY}\n`;
    const { client } = makeClient({ apiKey: key });
    const error = await caught(client.identity());
    expect(error).toMatchObject({ kind: 'input', setting: 'incidentio-api-key' });
    expect(error.message).toContain('line breaks');
    expect(everythingIn(error)).not.toContain(KEY);
    expect(client.requestCount).toBe(0);
  });

  it('an empty key is refused before any request', async () => {
    const { client } = makeClient({ apiKey: '' });
    const error = await caught(client.identity());
    expect(error).toMatchObject({ kind: 'input', setting: 'incidentio-api-key' });
    expect(error.fix).toContain('incidentio-api-key');
    expect(client.requestCount).toBe(0);
  });

  it('the client object itself does not expose the key', () => {
    const { client } = makeClient();
    expect(JSON.stringify(client)).not.toContain(KEY);
    expect(Object.values(client).map(String).join(' ')).not.toContain(KEY);
  });
});

describe('requiredRole (the likely role per call, docs/incidentio.md)', () => {
  it.each([
    ['GET', '/v1/identity', undefined],
    ['GET', '/v2/schedules', 'schedules_reader (or viewer)'],
    ['GET', '/v2/schedules/S1', 'schedules_reader (or viewer)'],
    ['GET', '/v2/schedule_entries', 'schedules_reader (or viewer)'],
    ['GET', '/v2/users', 'viewer'],
    ['POST', '/v2/incidents', 'incident_creator'],
    ['GET', '/v2/incidents/I1', 'viewer (global_access for private incidents)'],
    ['POST', '/v2/incidents/I1/actions/edit', 'incident_editor'],
    ['GET', '/v2/custom_fields', 'viewer'],
    ['POST', '/v2/custom_fields', 'manage_settings'],
    ['GET', '/v1/incident_types', 'viewer'],
    ['GET', '/v9/unknown', undefined],
  ])('%s %s -> %s', (method, path, role) => {
    expect(requiredRole(method, path)).toBe(role);
  });
});
