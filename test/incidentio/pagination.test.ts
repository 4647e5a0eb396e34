// Pagination to the last page for both cursor schemes (docs/incidentio.md, "Pagination"), and
// the guards against a server that pages forever or links to another host.
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import {
  BASE,
  caught,
  embeddedUser,
  entry,
  everythingIn,
  KEY,
  makeClient,
  schedule,
  useNock,
  user,
} from '../support/incidentio-harness.js';

useNock();

const SCHED = '01G0J1EXE7AXZ2C93K61WBPYEH';
const START = new Date('2026-08-20T10:00:00Z');
const END = new Date('2026-08-27T10:00:00Z');
const first = { schedule_id: SCHED, entry_window_start: '2026-08-20T10:00:00.000Z', entry_window_end: '2026-08-27T10:00:00.000Z' };

const alice = embeddedUser('U1', 'alice@example.com');
const bob = embeddedUser('U2', 'bob@example.com');
const e = (day: number, who = alice) => entry(`2026-08-${day}T09:00:00Z`, `2026-08-${day + 1}T09:00:00Z`, who);
const page = (final: unknown[], extra: Record<string, unknown> = {}, more?: { after: string; after_url: string }) => ({
  schedule_entries: { scheduled: final, overrides: extra.overrides ?? [], final },
  ...(more ? { pagination_meta: more } : {}),
});

describe('listScheduleEntries (scheme B)', () => {
  it('follows after_url to the last page and concatenates the three lists', async () => {
    const url2 = `${BASE}/v2/schedule_entries?schedule_id=${SCHED}&entry_window_start=tok2&entry_window_end=2026-08-27T10%3A00%3A00.000Z`;
    const url3 = `${BASE}/v2/schedule_entries?schedule_id=${SCHED}&entry_window_start=tok3&entry_window_end=2026-08-27T10%3A00%3A00.000Z`;
    nock(BASE)
      .get('/v2/schedule_entries')
      .query(first)
      .reply(200, page([e(20)], { overrides: [e(20, bob)] }, { after: 'tok2', after_url: url2 }));
    nock(BASE)
      .get('/v2/schedule_entries')
      .query({ ...first, entry_window_start: 'tok2' })
      .reply(200, page([e(21), e(22, bob)], {}, { after: 'tok3', after_url: url3 }));
    nock(BASE)
      .get('/v2/schedule_entries')
      .query({ ...first, entry_window_start: 'tok3' })
      .reply(200, page([e(23)]));
    const { client } = makeClient();
    const entries = await client.listScheduleEntries(SCHED, START, END);
    expect(entries.final.map((x) => [x.start_at, x.user?.id])).toEqual([
      ['2026-08-20T09:00:00Z', 'U1'],
      ['2026-08-21T09:00:00Z', 'U1'],
      ['2026-08-22T09:00:00Z', 'U2'],
      ['2026-08-23T09:00:00Z', 'U1'],
    ]);
    expect(entries.scheduled).toHaveLength(4);
    expect(entries.overrides.map((x) => x.user?.id)).toEqual(['U2']);
    expect(client.requestCount).toBe(3);
  });

  it('prefers the `after` cursor on the configured base URL over after_url', async () => {
    // The link carries a marker parameter that the query built from `after` does not.
    const link = `${BASE}/v2/schedule_entries?schedule_id=${SCHED}&entry_window_start=c2&entry_window_end=x&via=link`;
    nock(BASE)
      .get('/v2/schedule_entries')
      .query(first)
      .reply(200, page([e(20)], {}, { after: 'c2', after_url: link }));
    nock(BASE)
      .get('/v2/schedule_entries')
      .query({ ...first, entry_window_start: 'c2' })
      .reply(200, page([e(21)]));
    const { client } = makeClient();
    await expect(client.listScheduleEntries(SCHED, START, END)).resolves.toMatchObject({ final: [{}, {}] });
  });

  it('behind a proxy, pages through the proxy although after_url names api.incident.io', async () => {
    // A proxy that forwards bodies untouched: the API's link points at itself, not at the proxy.
    const PROXY = 'https://proxy.example';
    const link = `${BASE}/v2/schedule_entries?schedule_id=${SCHED}&entry_window_start=p2&entry_window_end=2026-08-27T10%3A00%3A00.000Z`;
    nock(PROXY)
      .get('/incidentio/v2/schedule_entries')
      .query(first)
      .reply(200, page([e(20)], {}, { after: 'p2', after_url: link }));
    nock(PROXY)
      .get('/incidentio/v2/schedule_entries')
      .query({ ...first, entry_window_start: 'p2' })
      .reply(200, page([e(21)]));
    const { client } = makeClient({ baseUrl: `${PROXY}/incidentio` });
    await expect(client.listScheduleEntries(SCHED, START, END)).resolves.toMatchObject({ final: [{}, {}] });
    expect(client.requestCount).toBe(2);
  });

  it('passes `after` back as entry_window_start with the original end when there is no after_url', async () => {
    nock(BASE)
      .get('/v2/schedule_entries')
      .query(first)
      .reply(200, { ...page([e(20)]), pagination_meta: { after: 'opaque==' } });
    nock(BASE)
      .get('/v2/schedule_entries')
      .query({ ...first, entry_window_start: 'opaque==' })
      .reply(200, page([e(21)]));
    const { client } = makeClient();
    const entries = await client.listScheduleEntries(SCHED, START, END);
    expect(entries.final).toHaveLength(2);
  });

  it('resolves a relative after_url against the base URL', async () => {
    nock(BASE)
      .get('/v2/schedule_entries')
      .query(first)
      .reply(200, {
        ...page([e(20)]),
        pagination_meta: { after_url: `/v2/schedule_entries?schedule_id=${SCHED}&entry_window_start=r2&entry_window_end=e` },
      });
    nock(BASE)
      .get('/v2/schedule_entries')
      .query({ schedule_id: SCHED, entry_window_start: 'r2', entry_window_end: 'e' })
      .reply(200, page([]));
    const { client } = makeClient();
    await expect(client.listScheduleEntries(SCHED, START, END)).resolves.toMatchObject({ final: [{}] });
  });

  it('stops at a repeated cursor instead of looping forever', async () => {
    const link = `${BASE}/v2/schedule_entries?schedule_id=${SCHED}&entry_window_start=same&entry_window_end=e`;
    nock(BASE)
      .get('/v2/schedule_entries')
      .query(first)
      .reply(200, page([e(20)], {}, { after: 'same', after_url: link }));
    nock(BASE)
      .get('/v2/schedule_entries')
      .query({ ...first, entry_window_start: 'same' })
      .reply(200, page([e(20)], {}, { after: 'same', after_url: link }));
    const { client } = makeClient();
    const error = await caught(client.listScheduleEntries(SCHED, START, END));
    expect(error).toMatchObject({ kind: 'bad-response' });
    expect(error.message).toContain('GET /v2/schedule_entries');
    expect(error.message).toContain('pagination cursor that was already followed');
    expect(client.requestCount).toBe(2);
  });

  it('refuses a bare after_url on another host, without sending the key there', async () => {
    nock(BASE)
      .get('/v2/schedule_entries')
      .query(first)
      .reply(200, { ...page([e(20)]), pagination_meta: { after_url: 'https://evil.example/v2/schedule_entries?entry_window_start=x' } });
    const { client } = makeClient();
    const error = await caught(client.listScheduleEntries(SCHED, START, END));
    expect(error).toMatchObject({ kind: 'bad-response' });
    expect(error.message).toContain('evil.example');
    expect(error.message).toContain('not on the host of `incidentio-api-url` (api.incident.io)');
    expect(error.message).toContain('would send the API key to another host');
    expect(error.fix).toContain('after_url');
    expect(client.requestCount).toBe(1);
  });

  it('treats another scheme or port on the same host name as another host', async () => {
    nock(BASE)
      .get('/v2/schedule_entries')
      .query(first)
      .reply(200, { ...page([]), pagination_meta: { after_url: 'http://api.incident.io/v2/schedule_entries?entry_window_start=x' } });
    const { client } = makeClient();
    await expect(client.listScheduleEntries(SCHED, START, END)).rejects.toMatchObject({ kind: 'bad-response' });
  });

  it('rejects pagination_meta without a cursor', async () => {
    nock(BASE)
      .get('/v2/schedule_entries')
      .query(first)
      .reply(200, { ...page([]), pagination_meta: { page_size: 25 } });
    const { client } = makeClient();
    const error = await caught(client.listScheduleEntries(SCHED, START, END));
    expect(error.message).toContain('`pagination_meta.after` should be a cursor string but is missing');
  });

  it('names the schedule when it does not exist', async () => {
    nock(BASE)
      .get('/v2/schedule_entries')
      .query(first)
      .reply(404, { type: 'not_found', status: 404, request_id: 'r404', errors: [{ code: 'not_found', message: 'Not found' }] });
    const { client } = makeClient();
    const error = await caught(client.listScheduleEntries(SCHED, START, END));
    expect(error).toMatchObject({ kind: 'not-found', status: 404, requestId: 'r404' });
    expect(error.message).toContain(`schedule ${SCHED} does not exist`);
    expect(error.fix).toContain("schedule's URL");
  });

  it('a 422 about the schedule points at the schedule ID in the policy files, not at incidentio.yaml', async () => {
    nock(BASE)
      .get('/v2/schedule_entries')
      .query(first)
      .reply(422, {
        type: 'validation_error',
        status: 422,
        request_id: 'r422',
        errors: [{ code: 'invalid_value', message: 'schedule_id is not a valid ID', source: { field: 'schedule_id' } }],
      });
    const { client } = makeClient();
    const error = await caught(client.listScheduleEntries(SCHED, START, END));
    expect(error).toMatchObject({ kind: 'rejected', status: 422 });
    expect(error.message).toContain('schedule_id: schedule_id is not a valid ID');
    expect(error.fix).toContain(`Check the schedule ID ${SCHED} in the policy files`);
    expect(error.fix).not.toContain('incidentio.yaml');
  });

  it('rejects an inverted window before any request', async () => {
    const { client } = makeClient();
    await expect(client.listScheduleEntries(SCHED, END, START)).rejects.toThrow(RangeError);
    expect(client.requestCount).toBe(0);
  });
});

describe('listSchedules and findUserByEmail (scheme A)', () => {
  const ids = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `S${String(from + i).padStart(3, '0')}`);

  it('pages with page_size + after until `after` is absent', async () => {
    nock(BASE)
      .get('/v2/schedules')
      .query({ page_size: '100' })
      .reply(200, {
        schedules: ids(100).map((id) => schedule(id)),
        pagination_meta: { after: 'S099', page_size: 100, total_record_count: 150 },
      });
    nock(BASE)
      .get('/v2/schedules')
      .query({ page_size: '100', after: 'S099' })
      .reply(200, {
        schedules: ids(50, 100).map((id) => schedule(id)),
        pagination_meta: { page_size: 100, total_record_count: 150 },
      });
    const { client } = makeClient();
    const all = await client.listSchedules();
    expect(all.map((s) => s.id)).toEqual(ids(150));
    expect(all[0]).toMatchObject({ name: 'Schedule S000', timezone: 'Europe/London' });
  });

  it('a server that keeps handing out new cursors is stopped at the page cap with a clear error', async () => {
    let served = 0;
    nock(BASE)
      .persist()
      .get('/v2/schedules')
      .query(true)
      .reply(() => {
        served++;
        return [
          200,
          { schedules: ids(100, served * 100).map((id) => schedule(id)), pagination_meta: { after: `C${served}`, page_size: 100 } },
        ];
      });
    const { client } = makeClient({ maxPages: 5 });
    const error = await caught(client.listSchedules());
    expect(error).toMatchObject({ kind: 'bad-response' });
    expect(error.message).toContain('GET /v2/schedules: it kept answering with more pages: over 5 pages, so oncall-gate stopped reading');
    expect(served).toBe(5);
    nock.cleanAll();
  });

  it('stops on a short page even when the server still sends `after` (some lists do on their last page)', async () => {
    nock(BASE)
      .get('/v2/schedules')
      .query({ page_size: '100' })
      .reply(200, {
        schedules: ids(3).map((id) => schedule(id)),
        pagination_meta: { after: 'S002', page_size: 100 },
      });
    const { client } = makeClient();
    await expect(client.listSchedules()).resolves.toHaveLength(3);
    expect(client.requestCount).toBe(1);
  });

  it("goes on while pages are full by the server's own page_size, even below the one asked for", async () => {
    nock(BASE)
      .get('/v2/schedules')
      .query({ page_size: '100' })
      .reply(200, {
        schedules: ids(25).map((id) => schedule(id)),
        pagination_meta: { after: 'S024', page_size: 25 },
      });
    nock(BASE)
      .get('/v2/schedules')
      .query({ page_size: '100', after: 'S024' })
      .reply(200, {
        schedules: ids(2, 25).map((id) => schedule(id)),
        pagination_meta: { after: 'S026', page_size: 25 },
      });
    const { client } = makeClient();
    await expect(client.listSchedules()).resolves.toHaveLength(27);
  });

  it('stops when pagination_meta is absent (optional for schedules)', async () => {
    nock(BASE)
      .get('/v2/schedules')
      .query(true)
      .reply(200, { schedules: [schedule('S1')] });
    const { client } = makeClient();
    await expect(client.listSchedules()).resolves.toHaveLength(1);
  });

  it('stops at a repeated cursor', async () => {
    const full = { schedules: ids(100).map((id) => schedule(id)), pagination_meta: { after: 'S099', page_size: 100 } };
    nock(BASE).get('/v2/schedules').query({ page_size: '100' }).reply(200, full);
    nock(BASE).get('/v2/schedules').query({ page_size: '100', after: 'S099' }).reply(200, full);
    const { client } = makeClient();
    const error = await caught(client.listSchedules());
    expect(error).toMatchObject({ kind: 'bad-response' });
    expect(error.message).toContain('GET /v2/schedules');
    expect(error.message).toContain('already followed');
  });

  it('finds the single active user by email across pages', async () => {
    const filler = Array.from({ length: 100 }, (_, i) => user(`X${i}`, 'alice@example.com', false));
    nock(BASE)
      .get('/v2/users')
      .query({ email: 'alice@example.com', page_size: '100' })
      .reply(200, {
        users: filler,
        pagination_meta: { after: 'X99', page_size: 100 },
      });
    nock(BASE)
      .get('/v2/users')
      .query({ email: 'alice@example.com', page_size: '100', after: 'X99' })
      .reply(200, {
        users: [user('U1', 'Alice@Example.com')],
        pagination_meta: { page_size: 100 },
      });
    const { client } = makeClient();
    await expect(client.findUserByEmail('alice@example.com')).resolves.toMatchObject({ id: 'U1', is_active: true });
  });

  it('returns undefined when no active user has the email', async () => {
    nock(BASE)
      .get('/v2/users')
      .query(true)
      .reply(200, { users: [user('U9', 'alice@example.com', false)], pagination_meta: { page_size: 100 } });
    const { client } = makeClient();
    await expect(client.findUserByEmail('alice@example.com')).resolves.toBeUndefined();
  });

  it('ignores users whose email differs (a server that ignored the filter)', async () => {
    nock(BASE)
      .get('/v2/users')
      .query(true)
      .reply(200, { users: [user('U2', 'bob@example.com')], pagination_meta: { page_size: 100 } });
    const { client } = makeClient();
    await expect(client.findUserByEmail('alice@example.com')).resolves.toBeUndefined();
  });

  it('asks again in lower case when a server matching emails exactly finds nobody', async () => {
    nock(BASE)
      .get('/v2/users')
      .query({ email: 'Alice@Example.com', page_size: '100' })
      .reply(200, { users: [], pagination_meta: { page_size: 100 } });
    nock(BASE)
      .get('/v2/users')
      .query({ email: 'alice@example.com', page_size: '100' })
      .reply(200, { users: [user('U1', 'alice@example.com')], pagination_meta: { page_size: 100 } });
    const { client } = makeClient();
    await expect(client.findUserByEmail('Alice@Example.com')).resolves.toMatchObject({ id: 'U1' });
    expect(client.requestCount).toBe(2);
  });

  it('does not ask twice for an email that is already lower case', async () => {
    nock(BASE)
      .get('/v2/users')
      .query(true)
      .once()
      .reply(200, { users: [], pagination_meta: { page_size: 100 } });
    const { client } = makeClient();
    await expect(client.findUserByEmail('alice@example.com')).resolves.toBeUndefined();
    expect(client.requestCount).toBe(1);
  });

  it('one account listed twice is not ambiguous', async () => {
    nock(BASE)
      .get('/v2/users')
      .query(true)
      .reply(200, { users: [user('U1', 'alice@example.com'), user('U1', 'alice@example.com')], pagination_meta: { page_size: 100 } });
    const { client } = makeClient();
    await expect(client.findUserByEmail('alice@example.com')).resolves.toMatchObject({ id: 'U1' });
  });

  it('reports several active users with the email as ambiguous, listing their IDs', async () => {
    nock(BASE)
      .get('/v2/users')
      .query(true)
      .reply(200, {
        users: [user('U1', 'alice@example.com'), user('U7', 'alice@example.com'), user('U0', 'alice@example.com', false)],
        pagination_meta: { page_size: 100 },
      });
    const { client } = makeClient();
    const error = await caught(client.findUserByEmail('alice@example.com'));
    expect(error).toMatchObject({ kind: 'conflict' });
    expect(error.message).toContain('alice@example.com is ambiguous');
    expect(error.message).toContain('U1, U7');
    expect(error.message).not.toContain('U0');
    expect(error.fix).toContain('exactly one active user');
    expect(everythingIn(error)).not.toContain(KEY);
  });
});
