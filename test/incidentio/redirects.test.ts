// Redirects from incident.io (or whatever answers at incidentio-api-url): the API key goes with
// every request, so a redirect to another origin is an error naming the host, never followed.
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { BASE, caught, KEY, makeClient, useNock } from '../support/incidentio-harness.js';

useNock();

const identity = { identity: { name: 'oncall-gate', roles: ['viewer'], dashboard_url: 'https://app.incident.io/acme' } };

describe('redirects', () => {
  it.each([301, 302, 307, 308])('a %i to another host is an error that names the host; the key is never sent there', async (status) => {
    // Nothing answers at collector.evil.example: the network is closed in tests, so following
    // the redirect would fail with a connection error, not the message below.
    nock(BASE).get('/v1/identity').reply(status, '', { location: 'https://collector.evil.example/v1/identity' });
    const { client } = makeClient({ maxAttempts: 4 });
    const error = await caught(client.identity());
    expect(error).toMatchObject({ kind: 'bad-response', status });
    expect(error.message).toBe(
      `incident.io answered GET /v1/identity with a redirect (${status}) to collector.evil.example; oncall-gate does not send the API key to another host, so it did not follow it.`,
    );
    expect(error.fix).toContain('`incidentio-api-url`');
    expect(client.requestCount).toBe(1);
    expect(`${error.message} ${error.fix}`).not.toContain(KEY);
  });

  it('a redirect to the same host over plain http (a downgrade) is another origin too', async () => {
    nock(BASE)
      .get('/v1/identity')
      .reply(301, '', { location: BASE.replace('https:', 'http:') + '/v1/identity' });
    const error = await caught(makeClient().client.identity());
    expect(error.message).toMatch(/with a redirect \(301\) to .*oncall-gate does not send the API key to another host/);
  });

  it('a same-origin redirect of a read is followed, with the key', async () => {
    nock(BASE).get('/v1/identity').reply(301, '', { location: '/api/v1/identity' });
    nock(BASE, { reqheaders: { authorization: `Bearer ${KEY}` } })
      .get('/api/v1/identity')
      .reply(200, identity);
    const { client } = makeClient();
    await expect(client.identity()).resolves.toMatchObject({ name: 'oncall-gate' });
    expect(client.requestCount).toBe(2);
  });

  it('a same-origin 302 of a write is refused (it would turn the write into a read); 307 keeps the write', async () => {
    const body = { idempotency_key: 'k', visibility: 'public' };
    nock(BASE).post('/v2/incidents').reply(302, '', { location: '/v2/incidents-moved' });
    const { client } = makeClient();
    const error = await caught(client.createIncident(body as never));
    expect(error.message).toContain('with a redirect (302) that would turn the write into a read; it was not followed');
  });

  it('a redirect loop stops with a clear error', async () => {
    nock(BASE).persist().get('/v1/identity').reply(302, '', { location: '/v1/identity' });
    const error = await caught(makeClient().client.identity());
    expect(error.message).toContain('incident.io redirected GET /v1/identity more than 5 times');
    nock.cleanAll();
  });

  it('a redirect without a usable Location is an error', async () => {
    nock(BASE).get('/v1/identity').reply(302, '');
    const error = await caught(makeClient().client.identity());
    expect(error.message).toContain('with a redirect (302) to ""');
  });
});
