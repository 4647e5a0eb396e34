import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { runEmulatorCommand, type EmulatorCliIo } from '../src/cli.js';
import { DEMO_API_KEY } from '../src/demo-fixture.js';

function harness(extra: Partial<EmulatorCliIo> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const signals = new EventEmitter();
  let listening: (info: { url: string; port: number; close: () => Promise<void> }) => void = () => {};
  const ready = new Promise<{ url: string; port: number; close: () => Promise<void> }>((resolve) => {
    listening = resolve;
  });
  const io: EmulatorCliIo = { stdout: (l) => out.push(l), stderr: (l) => err.push(l), signals, onListening: (i) => listening(i), ...extra };
  return { out, err, signals, ready, io };
}

describe('runEmulatorCommand', () => {
  it('serves the demo, prints the URL and a line ending with the key, logs requests, and stops on SIGINT', async () => {
    const h = harness();
    const done = runEmulatorCommand(['--port', '0'], {}, h.io);
    const { url } = await h.ready;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(h.out.some((l) => l.includes(url))).toBe(true);
    expect(h.out.filter((l) => l.endsWith(DEMO_API_KEY))).toEqual([`API key: ${DEMO_API_KEY}`]);

    const res = await fetch(`${url}/v2/users?email=alice%40example.com`, { headers: { authorization: `Bearer ${DEMO_API_KEY}` } });
    expect(res.status).toBe(200);
    expect(h.out.at(-1)).toMatch(/^GET \/v2\/users\?email=alice@example\.com -> 200 \(\d+(\.\d+)? ms\)$/);

    h.signals.emit('SIGINT');
    expect(await done).toBe(0);
    expect(h.out.at(-1)).toBe('Received SIGINT, stopping the emulator.');
    await expect(fetch(`${url}/v1/identity`)).rejects.toThrow();
    expect(h.signals.listenerCount('SIGINT') + h.signals.listenerCount('SIGTERM')).toBe(0);
  });

  it('stops on SIGTERM too, and takes the port from PORT', async () => {
    const h = harness();
    const done = runEmulatorCommand([], { PORT: '0' }, h.io);
    const { port } = await h.ready;
    expect(port).toBeGreaterThan(0);
    h.signals.emit('SIGTERM');
    expect(await done).toBe(0);
  });

  it('returns when the server is closed without a signal', async () => {
    const h = harness();
    const done = runEmulatorCommand(['--port=0'], {}, h.io);
    const { close } = await h.ready;
    await close();
    expect(await done).toBe(0);
    expect(h.signals.listenerCount('SIGINT')).toBe(0);
  });

  it('serves a --fixture file and prints its first key', async () => {
    const yaml = `keys:\n  - { key: team-key-1, name: team, roles: [viewer] }\n`;
    const h = harness({ readFile: async (p) => (p === 'team.yaml' ? yaml : Promise.reject(new Error('ENOENT'))) });
    const done = runEmulatorCommand(['--fixture', 'team.yaml', '--port', '0'], {}, h.io);
    const { url } = await h.ready;
    expect(h.out).toContain('API key: team-key-1');
    const res = await fetch(`${url}/v2/schedules`, { headers: { authorization: 'Bearer team-key-1' } });
    expect(((await res.json()) as { schedules: unknown[] }).schedules).toEqual([]);
    h.signals.emit('SIGINT');
    expect(await done).toBe(0);
  });

  it('exits 1 with the problems for an invalid or unreadable fixture', async () => {
    const bad = harness({ readFile: async () => 'keys: []\n' });
    expect(await runEmulatorCommand(['--fixture', 'bad.yaml'], {}, bad.io)).toBe(1);
    expect(bad.err.join('\n')).toContain('bad.yaml is invalid (1 problem):\n  - line 1: keys: must list at least one API key');
    const missing = harness({ readFile: async () => Promise.reject(new Error('ENOENT: no such file')) });
    expect(await runEmulatorCommand(['--fixture', 'nope.yaml'], {}, missing.io)).toBe(1);
    expect(missing.err[0]).toBe('oncall-gate emulator: cannot read the fixture nope.yaml: ENOENT: no such file');
  });

  it('exits 2 on bad arguments and prints usage for --help', async () => {
    const a = harness();
    expect(await runEmulatorCommand(['--verbose'], {}, a.io)).toBe(2);
    expect(a.err[0]).toContain('Unknown option --verbose.');
    const b = harness();
    expect(await runEmulatorCommand(['--port', 'eighty'], {}, b.io)).toBe(2);
    expect(b.err[0]).toContain('got "eighty" from --port');
    const c = harness();
    expect(await runEmulatorCommand([], { PORT: '70000' }, c.io)).toBe(2);
    expect(c.err[0]).toContain('from PORT');
    const d = harness();
    expect(await runEmulatorCommand(['--port'], {}, d.io)).toBe(2);
    const e = harness();
    expect(await runEmulatorCommand(['--help'], {}, e.io)).toBe(0);
    expect(e.out[0]).toContain('Usage: oncall-gate emulator');
  });

  it('exits 1 when the port is taken', async () => {
    const first = harness();
    const running = runEmulatorCommand(['--port', '0'], {}, first.io);
    const { port } = await first.ready;
    const second = harness();
    expect(await runEmulatorCommand(['--port', String(port)], {}, second.io)).toBe(1);
    expect(second.err[0]).toContain(`Port ${port} on 127.0.0.1 is already in use`);
    first.signals.emit('SIGINT');
    expect(await running).toBe(0);
  });

  it('--now starts the world at that moment: current shifts and incident times follow it, and it runs on', async () => {
    const h = harness();
    const done = runEmulatorCommand(['--port', '0', '--now', '2026-01-06T10:00:00Z'], {}, h.io);
    const { url } = await h.ready;
    expect(h.out).toContain('World time: starts at 2026-01-06T10:00:00.000Z and runs on from there (--now)');
    const get = async (path: string, init: RequestInit = {}) =>
      (
        await fetch(`${url}${path}`, { ...init, headers: { authorization: `Bearer ${DEMO_API_KEY}`, 'content-type': 'application/json' } })
      ).json() as Promise<any>;

    // The demo rota: alice holds the primary schedule from 09:00 on 2026-01-06, octocat is next.
    const { schedule } = await get('/v2/schedules/01HXYZSCHEDULEPRIMARY00000');
    expect(schedule.current_shifts.map((s: any) => s.user.email)).toEqual(['alice@example.com']);
    expect(schedule.next_shifts.map((s: any) => [s.user.email, s.start_at])).toEqual([
      ['octo.cat@example.com', '2026-01-07T09:00:00.000000Z'],
    ]);

    const { incident } = await get('/v2/incidents', {
      method: 'POST',
      body: JSON.stringify({ idempotency_key: 'emulator-now-test', visibility: 'public', name: 'x' }),
    });
    const created = Date.parse(incident.created_at);
    expect(created).toBeGreaterThanOrEqual(Date.parse('2026-01-06T10:00:00Z'));
    // It runs on from --now (by elapsed time), so a few seconds at most have passed.
    expect(created).toBeLessThan(Date.parse('2026-01-06T10:01:00Z'));
    h.signals.emit('SIGINT');
    expect(await done).toBe(0);
  });

  it.each([['tomorrow'], ['2026-01-06'], ['2026-01-06T10:00:00'], ['2026-13-01T00:00:00Z']])(
    'a malformed --now %j is a usage error',
    async (now) => {
      const h = harness();
      expect(await runEmulatorCommand(['--port', '0', '--now', now], {}, h.io)).toBe(2);
      expect(h.err[0]).toContain(`--now must be an RFC 3339 date and time with an offset, like 2026-01-06T10:00:00Z (got "${now}").`);
      expect(h.err[0]).toContain('Usage: oncall-gate emulator');
    },
  );
});
