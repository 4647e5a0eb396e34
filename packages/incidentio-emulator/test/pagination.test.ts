import { afterEach, describe, expect, it } from 'vitest';
import type { EmulatorFixture } from '../src/fixture.js';
import type { Emulator } from '../src/server.js';
import { ALICE_ID, PAYMENTS, PRIMARY, SECONDARY, STAGING, call, demoFixture, startDemo } from '../testing/helpers.js';

const started: Emulator[] = [];
async function emulator(patch: Partial<EmulatorFixture> = {}) {
  const emu = await startDemo(patch);
  started.push(emu);
  return emu;
}

afterEach(async () => {
  await Promise.all(started.splice(0).map((e) => e.close()));
});

const ids = (list: Array<{ id: string }>) => list.map((x) => x.id);

describe('cursor by record ID: page_size + after (schedules, users)', () => {
  it('gives after only on full pages, and the last partial page has none', async () => {
    const emu = await emulator();
    const p1 = await call(emu, '/v2/schedules?page_size=3');
    expect(ids(p1.json.schedules)).toEqual([PRIMARY, SECONDARY, STAGING]);
    expect(p1.json.pagination_meta).toEqual({ page_size: 3, after: STAGING, total_record_count: 4 });
    const p2 = await call(emu, `/v2/schedules?page_size=3&after=${STAGING}`);
    expect(ids(p2.json.schedules)).toEqual([PAYMENTS]);
    expect(p2.json.pagination_meta).toEqual({ page_size: 3, total_record_count: 4 });
  });

  it('gives after on an exactly full last page, then an empty page without after', async () => {
    const emu = await emulator();
    const p1 = await call(emu, '/v2/schedules?page_size=4');
    expect(p1.json.pagination_meta.after).toBe(PAYMENTS);
    const p2 = await call(emu, `/v2/schedules?page_size=4&after=${PAYMENTS}`);
    expect(p2.json.schedules).toEqual([]);
    expect(p2.json.pagination_meta.after).toBeUndefined();
  });

  it('returns after on every non-empty page when alwaysReturnAfter is set', async () => {
    const emu = await emulator({ alwaysReturnAfter: true });
    const p = await call(emu, '/v2/schedules');
    expect(p.json.schedules).toHaveLength(4);
    expect(p.json.pagination_meta).toMatchObject({ page_size: 25, after: PAYMENTS });
    const users = await call(emu, '/v2/users?email=alice@example.com');
    expect(users.json.pagination_meta).toEqual({ page_size: 25, after: ALICE_ID });
  });

  it('defaults page_size to 25, caps it at 250, and rejects bad values and unknown cursors', async () => {
    const emu = await emulator();
    expect((await call(emu, '/v2/users')).json.pagination_meta).toEqual({ page_size: 25 });
    expect((await call(emu, '/v2/users?page_size=1000')).json.pagination_meta.page_size).toBe(250);
    for (const bad of ['0', '-1', 'ten', '10001']) {
      const res = await call(emu, `/v2/users?page_size=${bad}`);
      expect(res.status, bad).toBe(422);
      expect(res.json.errors[0].source.field).toBe('page_size');
    }
    expect((await call(emu, '/v2/schedules?after=NOPE')).status).toBe(422);
  });

  it('fills next_shifts only when page_size <= 25', async () => {
    const emu = await emulator();
    const small = await call(emu, '/v2/schedules?page_size=25');
    expect(small.json.schedules[0].next_shifts.length).toBeGreaterThan(0);
    const big = await call(emu, '/v2/schedules?page_size=26');
    expect(big.json.schedules[0].next_shifts).toEqual([]);
  });

  it('shows current_shifts and next_shifts from the final schedule', async () => {
    const emu = await emulator(); // clock: 2026-03-10T12:00Z, 64 days after the anchor -> octocat
    const s = (await call(emu, `/v2/schedules/${PRIMARY}`)).json.schedule;
    expect(s.current_shifts.map((e: { user: { email: string } }) => e.user.email)).toEqual(['octo.cat@example.com']);
    expect(s.next_shifts).toEqual([
      expect.objectContaining({ start_at: '2026-03-11T09:00:00.000000Z', user: expect.objectContaining({ email: 'alice@example.com' }) }),
    ]);
    expect(s.config.rotations[0]).toMatchObject({
      handovers: [{ interval: 1, interval_type: 'daily' }],
      handover_start_at: '2026-01-05T09:00:00.000000Z',
    });
  });
});

describe('GET /v2/users filters', () => {
  const withInactive = () => {
    const f = demoFixture();
    f.users!.push({ id: '01HXYZUSERALICEOLD00000000', name: 'Alice (old)', email: 'Alice@Example.com', is_active: false });
    return f;
  };

  it('matches email case-insensitively by default and hides inactive users', async () => {
    const emu = await emulator(withInactive());
    const res = await call(emu, '/v2/users?email=ALICE%40example.com');
    expect(ids(res.json.users)).toEqual([ALICE_ID]);
    const all = await call(emu, '/v2/users?email=alice%40example.com&include_inactive=true');
    expect(ids(all.json.users)).toEqual([ALICE_ID, '01HXYZUSERALICEOLD00000000']);
    expect(all.json.users[1].is_active).toBe(false);
    expect((await call(emu, '/v2/users/01HXYZUSERALICEOLD00000000')).status).toBe(200);
    expect((await call(emu, '/v2/users?include_inactive=yes')).status).toBe(422);
  });

  it('matches email exactly when the fixture says so', async () => {
    const emu = await emulator({ ...withInactive(), userEmailMatch: 'exact' });
    expect((await call(emu, '/v2/users?email=ALICE%40example.com')).json.users).toEqual([]);
    expect(ids((await call(emu, '/v2/users?email=alice%40example.com')).json.users)).toEqual([ALICE_ID]);
  });

  it('filters by slack_user_id and returns an empty page for no match', async () => {
    const emu = await emulator();
    expect(ids((await call(emu, '/v2/users?slack_user_id=U0ALICE0001')).json.users)).toEqual([ALICE_ID]);
    expect((await call(emu, '/v2/users?email=nobody%40example.com')).json).toEqual({ users: [], pagination_meta: { page_size: 25 } });
  });
});

describe('schedule entries cursor: GET /v2/schedule_entries', () => {
  const window = (start: string, end: string, id = PRIMARY) =>
    `/v2/schedule_entries?schedule_id=${id}&entry_window_start=${start}&entry_window_end=${end}`;

  async function allPages(emu: Emulator, path: string) {
    const pages = [];
    let next: string | undefined = path;
    while (next) {
      const res = await call(emu, next);
      expect(res.status).toBe(200);
      pages.push(res.json);
      next = res.json.pagination_meta
        ? `${new URL(res.json.pagination_meta.after_url).pathname}${new URL(res.json.pagination_meta.after_url).search}`
        : undefined;
    }
    return pages;
  }

  it('pages with a server-chosen size and an opaque cursor, omitting pagination_meta on the last page', async () => {
    const emu = await emulator({ entriesPageSize: 2 });
    const pages = await allPages(emu, window('2026-03-09T00:00:00Z', '2026-03-14T00:00:00Z'));
    expect(pages.length).toBe(3); // 6 daily shifts overlap the window
    expect(pages.slice(0, -1).every((p) => p.pagination_meta && p.schedule_entries.final.length === 2)).toBe(true);
    expect(pages.at(-1).pagination_meta).toBeUndefined();
    expect(pages[0].pagination_meta.after).not.toMatch(/^\d{4}-/);

    const single = await emulator({ entriesPageSize: 500 });
    const [whole] = await allPages(single, window('2026-03-09T00:00:00Z', '2026-03-14T00:00:00Z'));
    const concatenated = pages.flatMap((p) => p.schedule_entries.final);
    expect(concatenated).toEqual(whole.schedule_entries.final);
    expect(concatenated).toHaveLength(6);
  });

  it('accepts the cursor back in entry_window_start with the original end, and rejects a changed end', async () => {
    const emu = await emulator({ entriesPageSize: 1 });
    const first = await call(emu, window('2026-03-09T00:00:00Z', '2026-03-12T00:00:00Z'));
    const after = first.json.pagination_meta.after;
    const ok = await call(emu, window(encodeURIComponent(after), '2026-03-12T00:00:00Z'));
    expect(ok.status).toBe(200);
    expect(ok.json.schedule_entries.final[0].start_at).not.toBe(first.json.schedule_entries.final[0].start_at);
    const moved = await call(emu, window(encodeURIComponent(after), '2026-03-20T00:00:00Z'));
    expect(moved.status).toBe(422);
    expect(moved.json.errors[0].source.field).toBe('entry_window_end');
    const otherSchedule = await call(emu, window(encodeURIComponent(after), '2026-03-12T00:00:00Z', SECONDARY));
    expect(otherSchedule.status).toBe(422);
  });

  it('builds after_url from the request Host header', async () => {
    const emu = await emulator({ entriesPageSize: 1 });
    const res = await call(emu, window('2026-03-09T00:00:00Z', '2026-03-12T00:00:00Z'));
    const url = new URL(res.json.pagination_meta.after_url);
    expect(url.host).toBe(new URL(emu.url).host);
    expect(url.searchParams.get('entry_window_end')).toBe('2026-03-12T00:00:00Z');
    expect(url.searchParams.get('entry_window_start')).toBe(res.json.pagination_meta.after);
    expect(url.searchParams.get('schedule_id')).toBe(PRIMARY);
  });

  it('returns overlapping entries whole, scheduled without entry_id, overrides with it', async () => {
    const emu = await emulator();
    const res = await call(emu, window('2026-12-24T10:00:00Z', '2026-12-24T10:01:00Z'));
    const { scheduled, overrides, final } = res.json.schedule_entries;
    expect(scheduled).toEqual([
      expect.objectContaining({
        start_at: '2026-12-24T09:00:00.000000Z',
        end_at: '2026-12-25T09:00:00.000000Z',
        rotation_id: '01HXYZROTATIONPRIMARY00000',
      }),
    ]);
    expect(scheduled[0].entry_id).toBeUndefined();
    expect(scheduled[0].fingerprint).toMatch(/^[0-9A-Z]{26}$/);
    expect(overrides).toEqual([
      expect.objectContaining({ entry_id: '01HXYZOVERRIDECAROL0000000', user: expect.objectContaining({ email: 'carol@example.com' }) }),
    ]);
    expect(final).toEqual([
      expect.objectContaining({
        start_at: '2026-12-24T09:00:00.000000Z',
        end_at: '2026-12-26T09:00:00.000000Z',
        fingerprint: overrides[0].fingerprint,
      }),
    ]);
  });

  it('validates its parameters', async () => {
    const emu = await emulator();
    const noId = await call(emu, '/v2/schedule_entries?entry_window_start=2026-03-09T00:00:00Z');
    expect(noId.status).toBe(422);
    expect(noId.json.errors[0]).toMatchObject({ code: 'is_required', source: { field: 'schedule_id' } });
    expect((await call(emu, window('yesterday', '2026-03-12T00:00:00Z'))).status).toBe(422);
    expect((await call(emu, window('2026-03-12T00:00:00Z', '2026-03-09T00:00:00Z'))).status).toBe(422);
    expect((await call(emu, window('2026-03-09', '2026-03-12T00:00:00Z'))).status).toBe(422);
  });

  it('defaults a missing window to 24 hours from now', async () => {
    const emu = await emulator();
    const res = await call(emu, `/v2/schedule_entries?schedule_id=${PRIMARY}`);
    // now = 2026-03-10T12:00Z: the 09:00 shifts on the 10th and the 11th.
    expect(res.json.schedule_entries.final.map((e: { start_at: string }) => e.start_at)).toEqual([
      '2026-03-10T09:00:00.000000Z',
      '2026-03-11T09:00:00.000000Z',
    ]);
  });
});

describe('rotations and layers on the wire', () => {
  const window = (t: string) => `entry_window_start=${t}&entry_window_end=${t}`;

  it('lists each rotation with its layers (ID and name) in config, and tags entries with rotation_id and layer_id', async () => {
    const emu = await emulator();
    const s = (await call(emu, `/v2/schedules/${PAYMENTS}`)).json.schedule;
    expect(s.config.rotations.map((r: { id: string; name: string; layers: unknown }) => [r.id, r.name, r.layers])).toEqual([
      ['01HXYZROTATIONPAYPRIMARY00', 'Payments primary', [{ id: '01HXYZLAYERPAYPRIMARY00000', name: 'Primary' }]],
      [
        '01HXYZROTATIONPAYTEAM00000',
        'Payments team',
        [
          { id: '01HXYZLAYERPAYTEAMFIRST000', name: 'First responder' },
          { id: '01HXYZLAYERPAYTEAMBACKUP00', name: 'Backup' },
        ],
      ],
    ]);
    const entries = (await call(emu, `/v2/schedule_entries?schedule_id=${PAYMENTS}&${window('2026-01-06T10:00:00Z')}`)).json
      .schedule_entries.final;
    expect(
      entries
        .map((e: { user: { email: string }; rotation_id: string; layer_id: string }) => [e.user.email, e.rotation_id, e.layer_id])
        .sort(),
    ).toEqual([
      ['bob@example.com', '01HXYZROTATIONPAYPRIMARY00', '01HXYZLAYERPAYPRIMARY00000'],
      ['carol@example.com', '01HXYZROTATIONPAYTEAM00000', '01HXYZLAYERPAYTEAMFIRST000'],
      ['dave@example.com', '01HXYZROTATIONPAYTEAM00000', '01HXYZLAYERPAYTEAMBACKUP00'],
    ]);
  });

  it("leaves rotation_id and layer_id off an override's entries when the fixture says overrides lack them", async () => {
    const t = window('2026-12-25T12:00:00Z');
    const present = (await call(await emulator(), `/v2/schedule_entries?schedule_id=${PRIMARY}&${t}`)).json.schedule_entries;
    expect(present.final[0]).toMatchObject({ rotation_id: '01HXYZROTATIONPRIMARY00000', layer_id: '01HXYZLAYERPRIMARY00000000' });
    const absent = (await call(await emulator({ overrideEntryIds: 'absent' }), `/v2/schedule_entries?schedule_id=${PRIMARY}&${t}`)).json
      .schedule_entries;
    for (const e of [absent.final[0], absent.overrides[0]]) {
      expect(e).toMatchObject({ entry_id: '01HXYZOVERRIDECAROL0000000', user: expect.objectContaining({ email: 'carol@example.com' }) });
      expect(e).not.toHaveProperty('rotation_id');
      expect(e).not.toHaveProperty('layer_id');
    }
    // Rotation entries keep them.
    expect(absent.scheduled[0]).toMatchObject({ rotation_id: '01HXYZROTATIONPRIMARY00000', layer_id: '01HXYZLAYERPRIMARY00000000' });
  });

  it('filters overrides by layer_id, and reports each one with its layer', async () => {
    const emu = await emulator();
    const all = (await call(emu, `/v2/schedule_overrides?schedule_id=${PRIMARY}`)).json.overrides;
    expect(all.map((o: { layer_id: string }) => o.layer_id)).toEqual(['01HXYZLAYERPRIMARY00000000']);
    const none = (await call(emu, `/v2/schedule_overrides?schedule_id=${PRIMARY}&layer_id=01HXYZLAYERSECONDARY000000`)).json.overrides;
    expect(none).toEqual([]);
  });
});
