// When incident.io counts as unavailable, so that an outage fallback may decide: only no answer,
// a 5xx or its share of the run's API time passing, each after the client's retries. Everything an
// attacker holding the key (or a misconfiguration) can cause stays an error: a 429, a rejected key,
// a missing role, an unknown schedule, a 408, a malformed answer, a failure of GitHub.
import { describe, expect, it } from 'vitest';
import { asOutage } from '../../src/decide/outage.js';
import { OncallGateError } from '../../src/errors.js';
import { badResponse, errorForStatus, unreachableError, type RequestDescription } from '../../src/incidentio/errors.js';
import { createApiDeadline, withinIncidentIoShare } from '../../src/api-deadline.js';

const REQ: RequestDescription = {
  method: 'GET',
  path: '/v2/schedule_entries',
  call: 'listScheduleEntries',
  resource: { kind: 'schedule', id: '01HXYZSCHEDULEPRIMARY00000' },
};
const SUMMARY = { baseUrl: 'https://api.incident.io', attempts: 4, elapsedMs: 7000 };
const status = (code: number, type?: string) => errorForStatus(REQ, code, { errors: [], ...(type ? { type } : {}) }, SUMMARY);

describe('asOutage', () => {
  it.each([
    ['500', status(500), { kind: 'server-error', status: 500 }],
    ['502', status(502), { kind: 'server-error', status: 502 }],
    ['503', status(503), { kind: 'server-error', status: 503 }],
    ['504', status(504), { kind: 'server-error', status: 504 }],
    ['no answer (connection refused)', unreachableError(REQ, 'connect ECONNREFUSED 127.0.0.1:9', SUMMARY), { kind: 'unreachable' }],
    ['no answer (timeout)', unreachableError(REQ, 'no answer within 10000 ms (timeout)', SUMMARY), { kind: 'unreachable' }],
  ])('%s is an outage', (_, error, expected) => {
    expect(asOutage(error)).toMatchObject({ ...expected, call: 'GET /v2/schedule_entries' });
    expect(asOutage(error)?.message).toBe(error.message);
  });

  it.each([
    ['429 after the retries (anyone holding the key can cause one)', status(429, 'too_many_requests')],
    ['401 (a rejected or revoked key)', status(401, 'authentication_error')],
    ['403 (a missing role)', status(403, 'resource_forbidden')],
    ['404 (an unknown schedule)', status(404, 'not_found')],
    ['408 (a request timeout the server chose)', status(408, 'request_timeout')],
    ['422 (a rejected value)', status(422, 'validation_error')],
    ['a malformed answer', badResponse(REQ, '`schedule_entries` should be a JSON object but is missing', SUMMARY.baseUrl)],
    [
      'the run’s own deadline (not incident.io’s share)',
      new OncallGateError({ kind: 'deadline', message: 'The API work of this run did not finish', fix: '' }),
    ],
    ['GitHub being down', new OncallGateError({ kind: 'unavailable', service: 'github', status: 503, message: 'GitHub failed', fix: '' })],
    ['a bug', new TypeError('x is undefined')],
  ])('%s is not an outage: it stays an error', (_, error) => {
    expect(asOutage(error)).toBeUndefined();
  });

  it('redacts the message it keeps', () => {
    const error = unreachableError(REQ, 'proxy said secret-token-123', SUMMARY);
    expect(asOutage(error, (t) => t.replace('secret-token-123', '***'))?.message).toContain('proxy said ***');
  });
});

describe('withinIncidentIoShare', () => {
  it('ends incident.io work that outlives the run’s time less the reserve with an incident.io deadline (an outage)', async () => {
    const deadline = createApiDeadline(2000);
    try {
      const done = deadline.begin('incident.io GET /v2/schedule_entries');
      const never = new Promise<never>(() => undefined);
      const error = await withinIncidentIoShare(deadline, 1500, never).catch((e: unknown) => e);
      done();
      expect(error).toBeInstanceOf(OncallGateError);
      expect(asOutage(error)).toMatchObject({ kind: 'deadline', call: 'GET /v2/schedule_entries' });
      expect((error as Error).message).toBe(
        "incident.io did not answer within 0.5 s, the part of the run's 2 s (`api-timeout`) left after keeping 1.5 s for the outage fallback; still waiting for: incident.io GET /v2/schedule_entries",
      );
      expect(deadline.remainingMs()).toBeGreaterThan(0);
    } finally {
      deadline.dispose();
    }
  });

  it('passes work that finishes in time through, and works without a deadline', async () => {
    const deadline = createApiDeadline(10_000);
    try {
      await expect(withinIncidentIoShare(deadline, 1000, Promise.resolve(7))).resolves.toBe(7);
      await expect(withinIncidentIoShare(undefined, 1000, Promise.resolve(8))).resolves.toBe(8);
    } finally {
      deadline.dispose();
    }
  });
});
