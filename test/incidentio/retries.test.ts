// Retries, timeouts, network errors, the per-call bounds and the concurrency cap, against nock
// (which intercepts node:http, the client's default transport, as well as fetch). Time is fake: the client sleeps through an injected sleep.
import { OncallGateError } from '../../src/errors.js';
import nock from 'nock';
import { describe, expect, it, vi } from 'vitest';
import { BASE, caught, fakeTime, KEY, makeClient, useNock } from '../support/incidentio-harness.js';

useNock();

const identityBody = {
  identity: { name: 'oncall-gate', dashboard_url: 'https://app.incident.io/acme', roles: ['viewer'], team_roles: [], teams: [] },
};
const rateLimitBody = (retryAfter: string) => ({
  type: 'too_many_requests',
  status: 429,
  request_id: 'req-429',
  rate_limit: { name: 'api_key_name', limit: 1200, remaining: 0, retry_after: retryAfter },
  errors: [{ code: 'too_many_requests', message: 'Too many requests hit the API too quickly.' }],
});

describe('retries', () => {
  it('waits the Retry-After seconds on 429, then succeeds', async () => {
    nock(BASE).get('/v1/identity').reply(429, rateLimitBody('2026-08-20T10:00:09Z'), { 'Retry-After': '3' });
    nock(BASE).get('/v1/identity').reply(200, identityBody);
    const retries: unknown[] = [];
    const { client, time } = makeClient({ onRetry: (info) => retries.push(info) });
    await expect(client.identity()).resolves.toMatchObject({ name: 'oncall-gate' });
    expect(time.sleeps).toEqual([3_000]);
    expect(client.requestCount).toBe(2);
    expect(retries).toEqual([
      { method: 'GET', path: '/v1/identity', attempt: 1, waitMs: 3_000, reason: 'HTTP 429, server asked to wait 3000 ms' },
    ]);
  });

  it('waits until a Retry-After HTTP date', async () => {
    nock(BASE).get('/v1/identity').reply(429, rateLimitBody('2026-08-20T10:00:09Z'), { 'Retry-After': 'Thu, 20 Aug 2026 10:00:05 GMT' });
    nock(BASE).get('/v1/identity').reply(200, identityBody);
    const { client, time } = makeClient();
    await client.identity();
    expect(time.sleeps).toEqual([5_000]);
  });

  it("falls back to the body's rate_limit.retry_after when there is no header", async () => {
    nock(BASE).get('/v1/identity').reply(429, rateLimitBody('2026-08-20T10:00:04Z'));
    nock(BASE).get('/v1/identity').reply(200, identityBody);
    const { client, time } = makeClient();
    await client.identity();
    expect(time.sleeps).toEqual([4_000]);
  });

  it('caps a long Retry-After at maxRetryAfterMs', async () => {
    nock(BASE).get('/v1/identity').reply(429, rateLimitBody('2026-08-20T10:05:00Z'), { 'Retry-After': '300' });
    nock(BASE).get('/v1/identity').reply(200, identityBody);
    const { client, time } = makeClient({ maxRetryAfterMs: 2_500 });
    await client.identity();
    expect(time.sleeps).toEqual([2_500]);
  });

  it('backs off exponentially with full jitter on 5xx (injected random)', async () => {
    nock(BASE).get('/v1/identity').times(3).reply(503, 'Service Unavailable');
    nock(BASE).get('/v1/identity').reply(200, identityBody);
    const { client, time } = makeClient({ random: () => 0.75 });
    await client.identity();
    // base 1 s doubling: ceilings 1 s, 2 s, 4 s; 0.75 of each.
    expect(time.sleeps).toEqual([750, 1_500, 3_000]);
  });

  it('keeps every backoff inside its jitter range, whatever random returns', async () => {
    for (const r of [0, 0.999999]) {
      nock(BASE).get('/v1/identity').times(3).reply(500);
      nock(BASE).get('/v1/identity').reply(200, identityBody);
      const { client, time } = makeClient({ random: () => r });
      await client.identity();
      time.sleeps.forEach((wait, i) => {
        expect(wait).toBeGreaterThanOrEqual(0);
        expect(wait).toBeLessThan(1_000 * 2 ** i);
      });
    }
  });

  it('gives up after maxAttempts with a server error that says so', async () => {
    nock(BASE)
      .get('/v1/identity')
      .times(4)
      .reply(502, { type: 'api_error', status: 502, request_id: 'req-502', errors: [{ code: 'api_error', message: 'upstream failed' }] });
    const { client } = makeClient();
    const error = await caught(client.identity());
    expect(error).toBeInstanceOf(OncallGateError);
    expect(error).toMatchObject({ kind: 'unavailable', status: 502, requestId: 'req-502' });
    expect(error.message).toContain('incident.io failed with 502 api_error on GET /v1/identity after 4 attempts');
    expect(error.message).toContain('upstream failed');
    expect(error.fix).toContain('https://status.incident.io');
    expect(client.requestCount).toBe(4);
  });

  it('gives up on a 429 that persists, as rate_limited', async () => {
    nock(BASE).get('/v1/identity').times(2).reply(429, rateLimitBody('2026-08-20T10:00:01Z'), { 'Retry-After': '1' });
    const { client } = makeClient({ maxAttempts: 2 });
    const error = await caught(client.identity());
    expect(error).toMatchObject({ kind: 'rate-limit', status: 429, requestId: 'req-429' });
    expect(error.message).toContain('rate-limited GET /v1/identity (429) and still did after 2 attempts');
    expect(error.message).toContain('limit "api_key_name" 1200 requests');
    expect(error.fix).toContain('1200 requests per minute');
  });

  it('gives up early when the next wait would pass the per-call time budget', async () => {
    // Waits of 10 s: after two of them 20 s are spent, and a third would reach the 30 s budget.
    nock(BASE).get('/v1/identity').times(3).reply(503, '', { 'Retry-After': '10' });
    const { client, time } = makeClient();
    const error = await caught(client.identity());
    expect(time.sleeps).toEqual([10_000, 10_000]);
    expect(client.requestCount).toBe(3);
    expect(error).toMatchObject({ kind: 'unavailable', status: 503 });
    expect(error.message).toContain('after 3 attempts over 20.0 s');
  });

  it('does not retry a 4xx other than 429', async () => {
    nock(BASE).get('/v1/identity').reply(401, { type: 'authentication_error', status: 401, request_id: 'r', errors: [] });
    const { client, time } = makeClient();
    await expect(client.identity()).rejects.toMatchObject({ kind: 'auth' });
    expect(time.sleeps).toEqual([]);
    expect(client.requestCount).toBe(1);
  });

  it('retries network errors, then reports the API unreachable with the base URL and the cause', async () => {
    nock(BASE)
      .get('/v1/identity')
      .times(4)
      .replyWithError(Object.assign(new Error('connect ECONNREFUSED 10.0.0.1:443'), { code: 'ECONNREFUSED' }));
    const { client, time } = makeClient();
    const error = await caught(client.identity());
    expect(error).toMatchObject({ kind: 'unavailable' });
    expect(error.status).toBeUndefined();
    expect(error.message).toContain(`Could not reach incident.io at ${BASE} (GET /v1/identity)`);
    expect(error.message).toContain('ECONNREFUSED');
    expect(error.message).toContain('a dead API is reported within a minute');
    expect(error.fix).toContain('incidentio-api-url');
    expect(error.cause).toBeInstanceOf(Error);
    expect(time.sleeps).toHaveLength(3);
    expect(client.requestCount).toBe(4);
  });

  it('recovers when a network error is followed by an answer', async () => {
    nock(BASE).get('/v1/identity').replyWithError('socket hang up');
    nock(BASE).get('/v1/identity').reply(200, identityBody);
    const { client } = makeClient();
    await expect(client.identity()).resolves.toMatchObject({ roles: ['viewer'] });
    expect(client.requestCount).toBe(2);
  });

  it('retries a create of a custom field only on 429 (no idempotency key)', async () => {
    nock(BASE).post('/v2/custom_fields').reply(503);
    const { client } = makeClient();
    await expect(client.createCustomField({ name: 'x', description: 'y', field_type: 'text' })).rejects.toMatchObject({
      kind: 'unavailable',
    });
    expect(client.requestCount).toBe(1);

    nock(BASE).post('/v2/custom_fields').reply(429, '', { 'Retry-After': '1' });
    nock(BASE)
      .post('/v2/custom_fields')
      .reply(201, {
        custom_field: {
          id: 'cf',
          name: 'x',
          description: 'y',
          field_type: 'text',
          created_at: '2026-08-20T10:00:00Z',
          updated_at: '2026-08-20T10:00:00Z',
        },
      });
    await expect(client.createCustomField({ name: 'x', description: 'y', field_type: 'text' })).resolves.toMatchObject({ id: 'cf' });
  });

  it('retries an incident create on 5xx: the idempotency key makes it safe', async () => {
    nock(BASE).post('/v2/incidents').reply(500);
    nock(BASE)
      .post('/v2/incidents')
      .reply(200, { incident: { id: 'i1', reference: 'INC-1', name: 'n', custom_field_entries: [] } });
    const { client } = makeClient();
    await expect(client.createIncident({ idempotency_key: 'k', visibility: 'public' })).resolves.toMatchObject({ id: 'i1' });
    expect(client.requestCount).toBe(2);
  });
});

describe('timeouts', () => {
  /** A fetch that never answers, so only the client's AbortSignal ends it. */
  const hanging: typeof fetch = (_input, init) =>
    new Promise((_resolve, reject) => {
      const signal = init?.signal;
      signal?.addEventListener('abort', () => reject(signal.reason as Error));
    });

  it('times out each request and reports the API unreachable', async () => {
    const { client } = makeClient({ fetch: hanging, timeoutMs: 20, maxAttempts: 2 });
    const started = performance.now();
    const error = await caught(client.identity());
    expect(error).toMatchObject({ kind: 'unavailable' });
    expect(error.message).toContain('no answer within 20 ms (timeout)');
    expect(error.message).toContain('after 2 attempts');
    expect(client.requestCount).toBe(2);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('retries after a timeout and uses the next answer', async () => {
    let calls = 0;
    const flaky: typeof fetch = (input, init) => {
      calls += 1;
      return calls === 1 ? hanging(input, init) : Promise.resolve(Response.json(identityBody));
    };
    const { client } = makeClient({ fetch: flaky, timeoutMs: 20 });
    await expect(client.identity()).resolves.toMatchObject({ name: 'oncall-gate' });
    expect(calls).toBe(2);
  });

  it('never gives an attempt more time than is left of the per-call budget', async () => {
    const { client } = makeClient({ fetch: hanging, timeoutMs: 10_000, maxCallMs: 50 });
    const started = performance.now();
    const error = await caught(client.identity());
    expect(error.message).toContain('no answer within 50 ms (timeout)');
    expect(error.message).toContain('after 1 attempt ');
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('spaces attempts by the waits and stops within the per-call budget', async () => {
    const seen: number[] = [];
    const time = fakeTime();
    const recording: typeof fetch = async () => {
      seen.push(time.now());
      return new Response('', { status: 503, headers: { 'Retry-After': '4' } });
    };
    const { client } = makeClient({ fetch: recording, maxCallMs: 10_000 }, time);
    await expect(client.identity()).rejects.toMatchObject({ kind: 'unavailable' });
    // attempts at 0 s, 4 s, 8 s; a third wait would reach 12 s > 10 s.
    expect(seen.map((t) => t - seen[0]!)).toEqual([0, 4_000, 8_000]);
  });
});

describe('concurrency', () => {
  it('keeps at most `concurrency` requests in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    const slow: typeof fetch = async () => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight -= 1;
      return Response.json(identityBody);
    };
    const { client } = makeClient({ fetch: slow, concurrency: 2 });
    await Promise.all(Array.from({ length: 7 }, () => client.identity()));
    expect(peak).toBe(2);
    expect(client.requestCount).toBe(7);
  });

  it('rejects a concurrency below 1', () => {
    expect(() => makeClient({ concurrency: 0 })).toThrow(/concurrency must be an integer >= 1/);
  });
});

describe('requests', () => {
  it('sends the bearer key and JSON headers, and counts requests', async () => {
    nock(BASE, { reqheaders: { authorization: `Bearer ${KEY}`, accept: 'application/json' } })
      .get('/v1/identity')
      .reply(200, identityBody);
    nock(BASE, { reqheaders: { 'content-type': 'application/json' } })
      .post('/v2/incidents/i1/actions/edit')
      .reply(200, { incident: { id: 'i1', reference: 'INC-1', name: 'n', custom_field_entries: [] } });
    const { client } = makeClient();
    await client.identity();
    await client.editIncident('i1', { notify_incident_channel: false, incident: { summary: 's' } });
    expect(client.requestCount).toBe(2);
  });

  it('keeps a path prefix of the base URL (a proxy)', async () => {
    nock('https://proxy.example').get('/incidentio/v1/identity').reply(200, identityBody);
    const { client } = makeClient({ baseUrl: 'https://proxy.example/incidentio/' });
    await expect(client.identity()).resolves.toMatchObject({ name: 'oncall-gate' });
  });

  it('sends through node:http, not the global fetch, when no fetch is injected', async () => {
    nock(BASE).get('/v1/identity').reply(200, identityBody);
    const spy = vi.spyOn(globalThis, 'fetch');
    try {
      const { client } = makeClient({ fetch: undefined });
      await expect(client.identity()).resolves.toMatchObject({ name: 'oncall-gate' });
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });
});

describe('nock sanity', () => {
  it('the offline setup blocks hosts without interceptors (so the tests above really hit nock)', async () => {
    const { client } = makeClient({ baseUrl: 'https://unmocked.example', maxAttempts: 1 });
    const error = await caught(client.identity());
    expect(error).toMatchObject({ kind: 'unavailable' });
    expect(error.message).toMatch(/Disallowed net connect/);
    expect(nock.pendingMocks()).toEqual([]);
  });
});
