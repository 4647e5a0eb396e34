import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { startEmulator } from '../src/server.js';
import type { RecordedRequest } from '../src/server.js';
import { ESCALATION_FIELD, call, demoFixture, incidentPayload, startDemo } from '../testing/helpers.js';

describe('starting and stopping', () => {
  it('binds 127.0.0.1 on an ephemeral port and refuses other hosts', async () => {
    const emu = await startDemo();
    try {
      expect(emu.url).toBe(`http://127.0.0.1:${emu.port}`);
      expect(emu.port).toBeGreaterThan(0);
    } finally {
      await emu.close();
    }
    await expect(startEmulator({ fixture: demoFixture(), host: '0.0.0.0' as '127.0.0.1' })).rejects.toThrow(/only binds 127\.0\.0\.1/);
  });

  it('reports a port in use clearly', async () => {
    const emu = await startDemo();
    try {
      await expect(startDemo({}, { port: emu.port })).rejects.toThrow(`Port ${emu.port} on 127.0.0.1 is already in use`);
    } finally {
      await emu.close();
    }
  });

  it('closes promptly with a keep-alive connection open, and then refuses connections', async () => {
    const emu = await startDemo();
    const res = await call(emu, '/v1/identity'); // fetch keeps the socket alive
    expect(res.status).toBe(200);
    const t0 = performance.now();
    await emu.close();
    expect(performance.now() - t0).toBeLessThan(1000);
    await expect(fetch(`${emu.url}/v1/identity`)).rejects.toThrow();
    await emu.close(); // idempotent
  });

  it('closes while a request is held by injected latency', async () => {
    const emu = await startDemo();
    emu.faults.set({ latencyMs: 10_000 });
    const pending = new Promise<string>((resolve) => {
      const req = request(`${emu.url}/v1/identity`, (res) => resolve(`status ${res.statusCode}`));
      req.on('error', () => resolve('connection closed'));
      req.end();
    });
    await new Promise((r) => setTimeout(r, 50));
    const t0 = performance.now();
    await emu.close();
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(await pending).toBe('connection closed');
  });

  it('rejects an invalid fixture before listening', async () => {
    await expect(startEmulator({ fixture: { keys: [] } })).rejects.toThrow(/keys: must list at least one API key/);
  });
});

describe('reset, setFixture and onRequest', () => {
  it('reset() forgets incidents, custom fields, requests and faults', async () => {
    const emu = await startDemo();
    try {
      await call(emu, '/v2/custom_fields', { body: ESCALATION_FIELD });
      await call(emu, '/v2/incidents', { body: incidentPayload() });
      emu.faults.set({ latencyMs: 1 });
      const requests = emu.requests;
      emu.reset();
      expect(emu.state.incidents).toEqual([]);
      expect(emu.state.customFields).toEqual([]);
      expect(emu.faults.rules).toEqual([]);
      expect(requests).toHaveLength(0); // emptied in place
      const again = await call(emu, '/v2/incidents', { body: incidentPayload() });
      expect(again.json.incident.reference).toBe('INC-1');
    } finally {
      await emu.close();
    }
  });

  it('setFixture() swaps the organisation', async () => {
    const emu = await startDemo();
    try {
      emu.setFixture(demoFixture({ customFields: [{ id: 'F1', name: 'Existing', description: '', field_type: 'text' }] }));
      expect((await call(emu, '/v2/custom_fields')).json.custom_fields.map((f: { name: string }) => f.name)).toEqual(['Existing']);
      expect(() => emu.setFixture({ keys: [] })).toThrow();
    } finally {
      await emu.close();
    }
  });

  it('calls onRequest once per answered request with the recorded request', async () => {
    const seen: RecordedRequest[] = [];
    const emu = await startDemo({}, { onRequest: (r) => seen.push(r) });
    try {
      await call(emu, '/v2/incidents', { body: incidentPayload() });
      await call(emu, '/v2/users?email=a&email=b');
      expect(seen).toHaveLength(2);
      expect(seen[0]).toMatchObject({ method: 'POST', path: '/v2/incidents', status: 200, body: incidentPayload() });
      expect(seen[0]!.headers['content-type']).toBe('application/json');
      expect(seen[1]!.query).toEqual({ email: ['a', 'b'] });
      expect(seen).toEqual(emu.requests);
    } finally {
      await emu.close();
    }
  });
});
