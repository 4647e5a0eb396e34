// The real incident.io client (src/incidentio/client.ts) and on-call helpers (src/oncall/on-call.ts)
// against the emulator over HTTP on 127.0.0.1: on-call across handovers and overrides, multi-page
// schedule entries, retries after 429/5xx, errors, and the incident create/edit round trip. The
// client's request bodies are checked against the spec's payload schemas on the way.
import { isServiceError } from '../../src/errors.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clockStartingAt } from '../../src/clock.js';
import { createIncidentIoClient, type IncidentIoClient, type IncidentIoClientOptions } from '../../src/incidentio/client.js';
import { fetchOnCall, fetchShifts } from '../../src/oncall/on-call.js';
import type { EmulatorFixture, FixtureSchedule, Emulator } from '@oncall-gate/incidentio-emulator';
import {
  ALICE_ID,
  CAROL_ID,
  DEMO_API_KEY,
  DEMO_READONLY_API_KEY,
  OCTOCAT_ID,
  PAYMENTS,
  PRIMARY,
  SECONDARY,
  STAGING,
  demoFixture,
  startDemo,
} from '@oncall-gate/incidentio-emulator/testing';
import { loadSpecValidator } from '@oncall-gate/incidentio-emulator/openapi';

const started: Emulator[] = [];
let waits: number[];

async function emulator(patch: Partial<EmulatorFixture> = {}): Promise<Emulator> {
  const emu = await startDemo(patch);
  started.push(emu);
  return emu;
}

function clientFor(emu: Emulator, options: Partial<IncidentIoClientOptions> = {}): IncidentIoClient {
  return createIncidentIoClient({
    baseUrl: emu.url,
    apiKey: DEMO_API_KEY,
    // Retries wait through this, so the tests see the waits without spending them.
    sleep: async (ms) => {
      waits.push(ms);
    },
    random: () => 0.5,
    ...options,
  });
}

beforeEach(() => {
  waits = [];
});

afterEach(async () => {
  await Promise.all(started.splice(0).map((e) => e.close()));
});

const d = (s: string) => new Date(s);
const emails = (shifts: Array<{ email: string }> | undefined) => (shifts ?? []).map((s) => s.email);

/** A schedule with `n` concurrent single-user rotations (one per demo user), so a one-minute window holds n entries. */
function layered(n: number): FixtureSchedule {
  const users = ['octo.cat@example.com', 'alice@example.com', 'bob@example.com', 'carol@example.com', 'dave@example.com'];
  return {
    id: '01HXYZSCHEDULELAYERED00000',
    name: 'Layered',
    rotations: users.slice(0, n).map((u, i) => ({
      id: `R-LAYER-${i}`,
      name: `Layer ${i}`,
      users: [u],
      handover_start_at: '2026-01-05T09:00:00Z',
      handovers: [{ interval: 1, interval_type: 'daily' as const }],
    })),
  };
}

describe('on call, computed by the client from the emulator', () => {
  it('follows a daily handover: the outgoing person until 09:00, the incoming one from 09:00', async () => {
    const client = clientFor(await emulator());
    // 2026-03-09T09:00Z is shift 63 of the primary rotation (alice); 2026-03-10T09:00Z is 64 (octocat).
    const before = await fetchOnCall(client, [PRIMARY], d('2026-03-10T08:59:30Z'));
    expect(before.get(PRIMARY)).toEqual([
      {
        scheduleId: PRIMARY,
        email: 'alice@example.com',
        name: 'Alice Archer',
        userId: ALICE_ID,
        startAt: d('2026-03-09T09:00:00Z'),
        endAt: d('2026-03-10T09:00:00Z'),
        // Each entry says which rotation and layer it is on.
        rotationId: '01HXYZROTATIONPRIMARY00000',
        layerId: '01HXYZLAYERPRIMARY00000000',
      },
    ]);
    const after = await fetchOnCall(client, [PRIMARY], d('2026-03-10T09:00:00Z'));
    expect(after.get(PRIMARY)).toEqual([
      expect.objectContaining({
        email: 'octo.cat@example.com',
        userId: OCTOCAT_ID,
        startAt: d('2026-03-10T09:00:00Z'),
        endAt: d('2026-03-11T09:00:00Z'),
      }),
    ]);
  });

  it('answers several schedules at once, with a key for each', async () => {
    const client = clientFor(await emulator());
    const onCall = await fetchOnCall(client, [PRIMARY, SECONDARY, STAGING, PRIMARY], d('2026-03-10T12:00:00Z'));
    expect([...onCall.keys()]).toEqual([PRIMARY, SECONDARY, STAGING]);
    expect(emails(onCall.get(PRIMARY))).toEqual(['octo.cat@example.com']);
    expect(emails(onCall.get(SECONDARY))).toEqual(['carol@example.com']); // week 9 of bob/carol
    expect(emails(onCall.get(STAGING))).toEqual(['dave@example.com']);
  });

  it('applies overrides, in the past and in the future', async () => {
    const client = clientFor(await emulator());
    const christmas = await fetchOnCall(client, [PRIMARY], d('2026-12-25T12:00:00Z'));
    expect(christmas.get(PRIMARY)).toEqual([
      expect.objectContaining({
        email: 'carol@example.com',
        userId: CAROL_ID,
        startAt: d('2026-12-24T09:00:00Z'),
        endAt: d('2026-12-26T09:00:00Z'),
      }),
    ]);
    const history = await clientFor(
      await emulator({
        schedules: [
          {
            ...demoFixture().schedules![0]!,
            overrides: [{ id: 'O-PAST', user: 'dave@example.com', start_at: '2026-02-01T10:00:00Z', end_at: '2026-02-01T11:00:00Z' }],
          },
        ],
      }),
    );
    expect(emails((await fetchOnCall(history, [PRIMARY], d('2026-02-01T10:30:00Z'))).get(PRIMARY))).toEqual(['dave@example.com']);
    expect(emails((await fetchOnCall(history, [PRIMARY], d('2026-02-01T11:00:00Z'))).get(PRIMARY))).not.toContain('dave@example.com');
  });

  it('reports nobody for a "nobody" override, and lower-cases emails', async () => {
    const fixture = demoFixture();
    fixture.users!.push({ id: '01HXYZUSEREVE0000000000000', name: 'Eve', email: 'Eve.Example@Example.COM' });
    const client = clientFor(
      await emulator({
        users: fixture.users!,
        schedules: [
          {
            id: 'S-NOBODY',
            name: 'Nobody sometimes',
            rotations: [
              {
                id: 'R',
                name: 'R',
                users: ['Eve.Example@Example.COM'],
                handover_start_at: '2026-01-05T09:00:00Z',
                handovers: [{ interval: 1, interval_type: 'weekly' }],
              },
            ],
            overrides: [{ id: 'O-NOBODY', user: null, start_at: '2026-03-10T00:00:00Z', end_at: '2026-03-11T00:00:00Z' }],
          },
        ],
      }),
    );
    expect((await fetchOnCall(client, ['S-NOBODY'], d('2026-03-10T12:00:00Z'))).get('S-NOBODY')).toEqual([]);
    expect(emails((await fetchOnCall(client, ['S-NOBODY'], d('2026-03-11T12:00:00Z'))).get('S-NOBODY'))).toEqual([
      'eve.example@example.com',
    ]);
  });

  it('follows several pages of schedule entries inside a one-minute window', async () => {
    const emu = await emulator({ entriesPageSize: 2, schedules: [layered(5)] });
    const client = clientFor(emu);
    const onCall = await fetchOnCall(client, ['01HXYZSCHEDULELAYERED00000'], d('2026-03-10T12:00:00Z'));
    expect(emails(onCall.get('01HXYZSCHEDULELAYERED00000')).sort()).toEqual([
      'alice@example.com',
      'bob@example.com',
      'carol@example.com',
      'dave@example.com',
      'octo.cat@example.com',
    ]);
    const entryRequests = emu.requests.filter((r) => r.path === '/v2/schedule_entries');
    expect(entryRequests).toHaveLength(3);
    // Later pages carry the opaque cursor in entry_window_start and keep the original end.
    expect(new Set(entryRequests.map((r) => r.query.entry_window_end)).size).toBe(1);
    expect(entryRequests.slice(1).every((r) => !/^\d{4}-/.test(String(r.query.entry_window_start)))).toBe(true);
  });

  it('lists the shifts of the next 7 days across pages, the same as in one page', async () => {
    const paged = clientFor(await emulator({ entriesPageSize: 3 }));
    const whole = clientFor(await emulator({ entriesPageSize: 500 }));
    const from = d('2026-11-23T12:00:00Z');
    const to = d('2026-11-30T12:00:00Z');
    const a = await fetchShifts(paged, [PRIMARY, SECONDARY], from, to);
    const b = await fetchShifts(whole, [PRIMARY, SECONDARY], from, to);
    expect(a).toEqual(b);
    expect(emails(a.get(PRIMARY))).toEqual([
      'octo.cat@example.com',
      'alice@example.com',
      'octo.cat@example.com',
      'alice@example.com',
      'octo.cat@example.com',
      'alice@example.com',
      'octo.cat@example.com',
      'alice@example.com',
    ]);
    expect(a.get(PRIMARY)![0]!.startAt).toEqual(d('2026-11-23T09:00:00Z'));
    // 2026-11-23 09:00Z is weekly handover 46 (bob); carol takes over on 11-30 at 09:00.
    expect(emails(a.get(SECONDARY))).toEqual(['bob@example.com', 'carol@example.com']);
  });
});

describe('retries against injected faults', () => {
  it('waits out leading 429s (Retry-After in seconds) and then succeeds', async () => {
    const emu = await emulator();
    emu.faults.set({ path: '/v2/schedule_entries', leading429: 2, retryAfter: '1' });
    const onCall = await fetchOnCall(clientFor(emu), [STAGING], d('2026-03-10T12:00:00Z'));
    expect(emails(onCall.get(STAGING))).toEqual(['dave@example.com']);
    expect(emu.requests.map((r) => r.status)).toEqual([429, 429, 200]);
    expect(waits).toEqual([1000, 1000]);
  });

  it('honours Retry-After given as an HTTP date', async () => {
    const emu = await emulator();
    const clientNow = Date.parse('2026-03-10T12:00:00Z');
    emu.faults.set({ path: '/v1/identity', leading429: 1, retryAfter: new Date(clientNow + 3000) });
    const identity = await clientFor(emu, { now: () => clientNow }).identity();
    expect(identity.name).toBe('oncall-gate demo');
    expect(waits).toEqual([3000]);
  });

  it('retries a 5xx, and gives up on a persistent outage after its attempts', async () => {
    const emu = await emulator();
    emu.faults.set({ path: '/v2/users', serverErrors: 1, serverErrorStatus: 503 });
    expect((await clientFor(emu).findUserByEmail('alice@example.com'))?.id).toBe(ALICE_ID);
    emu.faults.set({ path: '/v2/schedules/{id}', serverErrors: 'always' });
    const error = await clientFor(emu)
      .getSchedule(PRIMARY)
      .catch((e: unknown) => e);
    expect(isServiceError(error, 'incidentio') && error.kind).toBe('unavailable');
    expect(emu.requests.filter((r) => r.path.startsWith('/v2/schedules/')).length).toBe(4);
  });

  it('reports a truncated body as a bad response', async () => {
    const emu = await emulator();
    emu.faults.set({ path: '/v1/severities', malformedBody: 1 });
    const error = await clientFor(emu)
      .listSeverities()
      .catch((e: unknown) => e);
    expect(isServiceError(error, 'incidentio') && error.kind).toBe('bad-response');
    expect((await clientFor(emu).listSeverities()).map((s) => s.name)).toEqual(['Minor', 'Major', 'Critical']);
  });

  it('gets through the emulator rate limiter by honouring its Retry-After', async () => {
    // A bucket of 2 refilling 4/s on a clock that moves with real elapsed time: four concurrent calls empty it, and the 429s ask for
    // 1 s; half of that already refills two tokens, so the sleeps are capped to keep the test short.
    const emu = await startDemo(
      { rateLimit: { capacity: 2, refillPerSecond: 4 } },
      { now: clockStartingAt(new Date('2026-03-10T12:00:00Z')) },
    );
    started.push(emu);
    const client = clientFor(emu, {
      sleep: async (ms) => {
        waits.push(ms);
        await new Promise((r) => setTimeout(r, Math.min(ms, 500)));
      },
    });
    const results = await Promise.all([
      client.identity(),
      client.listSeverities(),
      client.listIncidentTypes(),
      client.listIncidentStatuses(),
    ]);
    expect(results).toHaveLength(4);
    expect(emu.requests.filter((r) => r.status === 429).length).toBeGreaterThan(0);
    expect(waits.length).toBe(emu.requests.filter((r) => r.status === 429).length);
    expect(waits.every((ms) => ms === 1000)).toBe(true);
  });
});

describe('errors the client turns into messages', () => {
  it('maps 401, 403 and 404, never quoting the key', async () => {
    const emu = await emulator();
    const badKey = await createIncidentIoClient({ baseUrl: emu.url, apiKey: 'wrong-key-123' })
      .identity()
      .catch((e: unknown) => e);
    expect(isServiceError(badKey, 'incidentio') && badKey.kind).toBe('auth');
    expect(String((badKey as Error).message)).not.toContain('wrong-key-123');
    const readonly = createIncidentIoClient({ baseUrl: emu.url, apiKey: DEMO_READONLY_API_KEY });
    const forbidden = await readonly.createIncident({ idempotency_key: 'k', visibility: 'public' }).catch((e: unknown) => e);
    expect(isServiceError(forbidden, 'incidentio') && forbidden.kind).toBe('permission');
    const missing = await clientFor(emu)
      .getSchedule('01HXYZNOSUCHSCHEDULE000000')
      .catch((e: unknown) => e);
    expect(isServiceError(missing, 'incidentio') && missing.kind).toBe('not-found');
    expect(String((missing as Error).message)).toContain('01HXYZNOSUCHSCHEDULE000000');
  });
});

describe('reads', () => {
  it('identity, schedules, users and lookups', async () => {
    const emu = await emulator({ alwaysReturnAfter: true });
    const client = clientFor(emu);
    expect((await client.identity()).roles).toContain('incident_creator');
    expect((await client.listSchedules()).map((s) => s.id)).toEqual([PRIMARY, SECONDARY, STAGING, PAYMENTS]);
    expect((await client.getSchedule(STAGING)).name).toBe('Staging');
    // config.rotations with their layers, as policies' scopes name them.
    expect((await client.getSchedule(PAYMENTS)).config?.rotations.map((r) => [r.id, r.name, r.layers.map((l) => l.name)])).toEqual([
      ['01HXYZROTATIONPAYPRIMARY00', 'Payments primary', ['Primary']],
      ['01HXYZROTATIONPAYTEAM00000', 'Payments team', ['First responder', 'Backup']],
    ]);
    expect((await client.findUserByEmail('ALICE@example.com'))?.id).toBe(ALICE_ID);
    expect(await client.findUserByEmail('nobody@example.com')).toBeUndefined();
    expect((await client.getUser(OCTOCAT_ID)).email).toBe('octo.cat@example.com');
    expect((await client.listIncidentTypes()).map((t) => t.name)).toEqual(['Default']);
    expect((await client.listIncidentStatuses()).map((s) => s.category)).toEqual(['triage', 'live', 'closed']);
  });
});

describe('what a user sees for a wrong schedule ID', () => {
  it('the gate read names the schedule and says where to copy the right ID from', async () => {
    const emu = await emulator();
    const error = await fetchOnCall(clientFor(emu), [PRIMARY, '01HXYZWRONGSCHEDULE0000000'], d('2026-08-20T10:00:00Z')).catch(
      (e: unknown) => e,
    );
    expect(isServiceError(error, 'incidentio') && error.kind).toBe('not-found');
    expect((error as Error).message).toContain('incident.io schedule 01HXYZWRONGSCHEDULE0000000 does not exist');
    expect((error as { fix: string }).fix).toContain("schedule's URL");
  });
});

describe('emails are compared case-insensitively', () => {
  it('finds a user on a server whose email filter is exact, when the policy spells the email in capitals', async () => {
    const emu = await emulator({ userEmailMatch: 'exact' });
    expect((await clientFor(emu).findUserByEmail('Alice@Example.com'))?.id).toBe(ALICE_ID);
  });
});

describe('the incident round trip', () => {
  it('creates the custom field, creates (idempotently), reads and edits the escalation incident', async () => {
    const emu = await emulator();
    const client = clientFor(emu);
    expect(await client.listCustomFields()).toEqual([]);
    const field = await client.createCustomField({
      name: 'On-call gate schedules',
      description: 'Schedules paged by oncall-gate',
      field_type: 'text',
    });
    expect((await client.listCustomFields()).map((f) => f.id)).toEqual([field.id]);

    const severity = (await client.listSeverities()).find((s) => s.name === 'Minor')!;
    const payload = {
      idempotency_key: 'oncall-gate/acme/api/pull/7/production-deploy',
      visibility: 'public' as const,
      mode: 'standard' as const,
      name: 'Approval requested: octocat -> production-deploy (acme/api#7)',
      summary: 'octocat asks to deploy acme/api#7',
      severity_id: severity.id,
      custom_field_entries: [{ custom_field_id: field.id, values: [{ value_text: `${PRIMARY},${SECONDARY}` }] }],
    };
    const created = await client.createIncident(payload);
    expect(created).toMatchObject({ reference: 'INC-1', name: payload.name, summary: payload.summary });
    expect(created.custom_field_entries).toEqual([
      expect.objectContaining({
        custom_field: expect.objectContaining({ id: field.id }),
        values: [{ value_text: `${PRIMARY},${SECONDARY}` }],
      }),
    ]);
    const again = await client.createIncident(payload);
    expect(again.id).toBe(created.id);
    expect(emu.state.incidents).toHaveLength(1);

    expect((await client.getIncident(created.id)).reference).toBe('INC-1');
    expect((await client.getIncident('INC-1')).id).toBe(created.id);

    const edited = await client.editIncident(created.id, {
      notify_incident_channel: false,
      incident: { summary: 'Approved by @alice (on call for Platform primary)' },
    });
    expect(edited.summary).toBe('Approved by @alice (on call for Platform primary)');
    expect(edited.name).toBe(payload.name);
    expect(edited.custom_field_entries[0]!.values).toEqual([{ value_text: `${PRIMARY},${SECONDARY}` }]);
    expect(emu.state.incidents[0]!.summary).toBe('Approved by @alice (on call for Platform primary)');

    // What the client sent matches the spec's request schemas.
    const spec = loadSpecValidator({ requestDates: true });
    const bodies = (path: RegExp) => emu.requests.filter((r) => r.method === 'POST' && path.test(r.path)).map((r) => r.body);
    for (const body of bodies(/^\/v2\/custom_fields$/)) expect(spec.problems('CustomFieldsCreatePayloadV2', body)).toBe('');
    for (const body of bodies(/^\/v2\/incidents$/)) expect(spec.problems('IncidentsCreatePayloadV2', body)).toBe('');
    for (const body of bodies(/\/actions\/edit$/)) expect(spec.problems('IncidentsEditPayloadV2', body)).toBe('');
    expect(emu.requests.every((r) => r.headers.authorization === undefined && r.keyName === 'oncall-gate demo')).toBe(true);
  });

  it('surfaces a validation error for a duplicate custom field name', async () => {
    const emu = await emulator();
    const client = clientFor(emu);
    await client.createCustomField({ name: 'Dup', description: '', field_type: 'text' });
    const error = await client.createCustomField({ name: 'Dup', description: '', field_type: 'text' }).catch((e: unknown) => e);
    expect(isServiceError(error, 'incidentio') && error.kind).toBe('rejected');
    expect(emu.state.customFields).toHaveLength(1);
  });
});
