// fetchOnCall through the real client and nock: the exact "on call now" query (a one-minute
// window from now, docs/incidentio.md "Schedules and who is on call"), all pages, several schedules.
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { fetchOnCall, shiftEndFor, fetchShifts } from '../../src/oncall/on-call.js';
import { BASE, embeddedUser, entry, makeClient, useNock } from '../support/incidentio-harness.js';

useNock();

const AT = new Date('2026-08-20T10:00:00Z');
const window = { entry_window_start: '2026-08-20T10:00:00.000Z', entry_window_end: '2026-08-20T10:01:00.000Z' };
const alice = embeddedUser('U1', 'alice@example.com', 'Alice');
const bob = embeddedUser('U2', 'Bob@Example.com', 'Bob');
const lists = (final: unknown[]) => ({ scheduled: [], overrides: [], final });

describe('fetchOnCall over HTTP', () => {
  it('reads each schedule in [at, at+60s], follows pages and keeps final entries covering `at`', async () => {
    nock(BASE)
      .get('/v2/schedule_entries')
      .query({ schedule_id: 'SA', ...window })
      .reply(200, {
        schedule_entries: lists([entry('2026-08-20T09:00:00Z', '2026-08-20T17:00:00Z', alice)]),
        pagination_meta: {
          after: 'p2',
          after_url: `${BASE}/v2/schedule_entries?schedule_id=SA&entry_window_start=p2&entry_window_end=${encodeURIComponent(window.entry_window_end)}`,
        },
      });
    nock(BASE)
      .get('/v2/schedule_entries')
      .query({ schedule_id: 'SA', entry_window_start: 'p2', entry_window_end: window.entry_window_end })
      .reply(200, { schedule_entries: lists([entry('2026-08-20T08:00:00Z', '2026-08-20T12:00:00Z', bob)]) });
    nock(BASE)
      .get('/v2/schedule_entries')
      .query({ schedule_id: 'SB', ...window })
      .reply(200, {
        schedule_entries: lists([
          entry('2026-08-20T09:00:00Z', '2026-08-20T10:00:00Z', alice),
          entry('2026-08-20T09:00:00Z', '2026-08-20T11:00:00Z'),
        ]),
      });
    const { client } = makeClient();
    const onCall = await fetchOnCall(client, ['SA', 'SB'], AT);
    expect(onCall.get('SA')?.map((s) => [s.email, s.name, s.endAt.toISOString()])).toEqual([
      ['bob@example.com', 'Bob', '2026-08-20T12:00:00.000Z'],
      ['alice@example.com', 'Alice', '2026-08-20T17:00:00.000Z'],
    ]);
    expect(onCall.get('SB')).toEqual([]);
    expect(client.requestCount).toBe(3);
  });

  it('finds the real end of duty over a longer window (back-to-back shifts of one person)', async () => {
    nock(BASE)
      .get('/v2/schedule_entries')
      .query({ schedule_id: 'SA', entry_window_start: AT.toISOString(), entry_window_end: '2026-08-20T11:00:00.000Z' })
      .reply(200, {
        schedule_entries: lists([
          entry('2026-08-20T09:00:00Z', '2026-08-20T10:30:00Z', alice),
          entry('2026-08-20T10:30:00Z', '2026-08-20T14:00:00Z', alice),
        ]),
      });
    const { client } = makeClient();
    const shifts = await fetchShifts(client, ['SA'], AT, new Date('2026-08-20T11:00:00Z'));
    expect(shiftEndFor('alice@example.com', shifts.get('SA') ?? [], AT)).toEqual(new Date('2026-08-20T14:00:00Z'));
  });
});
