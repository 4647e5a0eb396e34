// findRecentIncident (GET /v2/incidents, newest first, since an instant) and the message for a
// refused idempotency key, against nock. What the product builds on these is tested with the
// emulator (test/escalation) and end to end (test/e2e).
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { BASE, KEY, caught, everythingIn, incident, makeClient, useNock } from '../support/incidentio-harness.js';

useNock();

const SINCE = new Date('2026-08-01T12:00:00Z');
/** The query of every lookup page: the date filter starts a day before `since`. */
const FILTERS = { page_size: '250', sort_by: 'created_at_newest_first', 'created_at[gte]': '2026-07-31' };

const at = (id: string, created: string, summary = 'other') => incident(id, { created_at: created, updated_at: created, summary });
const full = (prefix: string, created: string, n = 250) =>
  Array.from({ length: n }, (_, i) => at(`${prefix}${String(i).padStart(4, '0')}`, created));
const ours = (i: { summary?: string }) => i.summary === 'ours';

describe('findRecentIncident', () => {
  it('asks newest first with the documented bracketed filters (date, mode, incident type) and returns the first match', async () => {
    nock(BASE)
      .get('/v2/incidents')
      .query({ ...FILTERS, 'mode[one_of]': 'test', 'incident_type[one_of]': 'TYPE1' })
      .reply(200, {
        incidents: [at('A', '2026-08-02T10:00:00.000000Z'), at('B', '2026-08-02T09:00:00.000000Z', 'ours')],
        pagination_meta: { page_size: 250 },
      });
    const { client } = makeClient();
    const found = await client.findRecentIncident({ since: SINCE, mode: 'test', incidentTypeId: 'TYPE1' }, ours);
    expect(found?.id).toBe('B');
  });

  it('follows `after` over full pages until it finds the incident', async () => {
    nock(BASE)
      .get('/v2/incidents')
      .query(FILTERS)
      .reply(200, { incidents: full('P1-', '2026-08-03T00:00:00Z'), pagination_meta: { page_size: 250, after: 'P1-0249' } })
      .get('/v2/incidents')
      .query({ ...FILTERS, after: 'P1-0249' })
      .reply(200, {
        incidents: [at('X', '2026-08-02T00:00:00Z'), at('Y', '2026-08-01T13:00:00Z', 'ours')],
        pagination_meta: { page_size: 250 },
      });
    const { client } = makeClient();
    expect((await client.findRecentIncident({ since: SINCE }, ours))?.id).toBe('Y');
  });

  it('stops once a page ends before `since` (newest first), even when the server offers another page', async () => {
    nock(BASE)
      .get('/v2/incidents')
      .query(FILTERS)
      .reply(200, {
        incidents: [...full('N-', '2026-08-02T00:00:00Z', 249), at('OLD', '2026-07-31T18:00:00Z')],
        pagination_meta: { page_size: 250, after: 'OLD' },
      });
    const { client } = makeClient();
    await expect(client.findRecentIncident({ since: SINCE }, ours)).resolves.toBeUndefined();
  });

  it('stops on a short page, an empty list, or a page without a cursor', async () => {
    nock(BASE)
      .get('/v2/incidents')
      .query(FILTERS)
      .reply(200, { incidents: [at('A', '2026-08-02T00:00:00Z')], pagination_meta: { page_size: 250, after: 'A' } })
      .get('/v2/incidents')
      .query(FILTERS)
      .reply(200, { incidents: [] })
      .get('/v2/incidents')
      .query(FILTERS)
      .reply(200, { incidents: full('F-', '2026-08-02T00:00:00Z'), pagination_meta: { page_size: 250 } });
    const { client } = makeClient();
    for (let i = 0; i < 3; i += 1) await expect(client.findRecentIncident({ since: SINCE }, ours)).resolves.toBeUndefined();
  });

  it('reaching the page cap is an error that says the answer is unknown, never a silent "none"', async () => {
    nock(BASE)
      .get('/v2/incidents')
      .query(FILTERS)
      .reply(200, { incidents: full('A-', '2026-08-03T00:00:00Z'), pagination_meta: { page_size: 250, after: 'A-0249' } })
      .get('/v2/incidents')
      .query({ ...FILTERS, after: 'A-0249' })
      .reply(200, { incidents: full('B-', '2026-08-02T00:00:00Z'), pagination_meta: { page_size: 250, after: 'B-0249' } });
    const { client } = makeClient();
    const error = await caught(client.findRecentIncident({ since: SINCE, maxPages: 2 }, ours));
    expect(error.kind).toBe('too-large');
    expect(error.message).toBe(
      'incident.io listed more than 500 incidents (2 pages of GET /v2/incidents?created_at[gte]=2026-07-31) without reaching the end of the time looked through; ' +
        'stopped reading, so it is unknown whether the incident looked for exists.',
    );
  });

  it('a repeated cursor is a bad response, not an endless loop', async () => {
    nock(BASE)
      .get('/v2/incidents')
      .query(FILTERS)
      .reply(200, { incidents: full('A-', '2026-08-03T00:00:00Z'), pagination_meta: { page_size: 250, after: 'A-0249' } })
      .get('/v2/incidents')
      .query({ ...FILTERS, after: 'A-0249' })
      .reply(200, { incidents: full('B-', '2026-08-02T00:00:00Z'), pagination_meta: { page_size: 250, after: 'A-0249' } });
    const { client } = makeClient();
    const error = await caught(client.findRecentIncident({ since: SINCE }, ours));
    expect(error.kind).toBe('bad-response');
    expect(error.message).toMatch(/page 2 handed back a pagination cursor that was already followed/);
  });

  it('a malformed incident in the list names the field', async () => {
    nock(BASE)
      .get('/v2/incidents')
      .query(FILTERS)
      .reply(200, { incidents: [{ ...at('A', '2026-08-02T00:00:00Z'), reference: 7 }] });
    const { client } = makeClient();
    const error = await caught(client.findRecentIncident({ since: SINCE }, ours));
    expect(error.message).toBe(
      'incident.io returned an unexpected response to GET /v2/incidents: `incidents[0].reference` should be a string but is a number.',
    );
  });
});

describe('a refused idempotency key', () => {
  const payload = { idempotency_key: 'oncall-gate/acme/api/run/9/prod/attempt/9-2', visibility: 'public' as const };

  it("409 names the key and quotes incident.io's message, without the API key", async () => {
    nock(BASE)
      .post('/v2/incidents')
      .reply(409, {
        type: 'conflict',
        status: 409,
        request_id: 'req-409',
        errors: [{ code: 'conflict', message: 'This idempotency key was already used with a different request' }],
      });
    const { client } = makeClient();
    const error = await caught(client.createIncident(payload));
    expect(error).toMatchObject({ kind: 'rejected', status: 409 });
    expect(error.message).toBe(
      'incident.io refused the idempotency key "oncall-gate/acme/api/run/9/prod/attempt/9-2" of POST /v2/incidents (409 conflict): ' +
        'This idempotency key was already used with a different request (request_id req-409).',
    );
    expect(error.fix).toMatch(/Re-run the job: a new run attempt uses a new key/);
    expect(everythingIn(error)).not.toContain(KEY);
  });

  it('a 422 about the idempotency_key field is a refusal of the key too; other 422s are not', async () => {
    nock(BASE)
      .post('/v2/incidents')
      .reply(422, {
        type: 'validation_error',
        status: 422,
        request_id: 'r',
        errors: [{ code: 'invalid_value', message: 'is too long', source: { field: 'idempotency_key' } }],
      })
      .post('/v2/incidents')
      .reply(422, {
        type: 'validation_error',
        status: 422,
        request_id: 'r',
        errors: [{ code: 'is_required', message: 'A severity is required to open an incident', source: { field: 'severity_id' } }],
      });
    const { client } = makeClient();
    expect((await caught(client.createIncident(payload))).message).toMatch(
      /^incident.io refused the idempotency key "oncall-gate\/acme\/api\/run\/9\/prod\/attempt\/9-2" .*: is too long/,
    );
    expect((await caught(client.createIncident(payload))).message).toMatch(
      /^incident.io rejected createIncident .*severity_id: A severity is required/,
    );
  });
});
