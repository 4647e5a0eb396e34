// A plan for a 50-policy repository with 20 schedules makes ONE windowed schedule-entries query
// per schedule (the 7-day window, plus the pages the server splits it into), never one per hour
// (issue 6, "Done when"). Counted on the emulator.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { computePlan } from '../../src/plan/compute-plan.js';
import { createIncidentIoClient } from '../../src/incidentio/client.js';
import { startEmulator, type EmulatorFixture, type Emulator } from '@oncall-gate/incidentio-emulator';
import type { PolicyFile } from '../../src/policy/types.js';
import { renderPlanText } from '../../src/plan/render-plan.js';
import { NOW } from '../support/command-context.js';

const KEY = 'bench-key-000000000000000000';
const scheduleId = (i: number): string => `01BENCHSCHEDULE00000000${String(i).padStart(3, '0')}`;
const users = Array.from({ length: 30 }, (_, i) => ({
  id: `01BENCHUSER000000000000${String(i).padStart(3, '0')}`,
  name: `User ${i}`,
  email: `user${i}@example.com`,
}));

const fixture: EmulatorFixture = {
  keys: [{ key: KEY, name: 'bench', roles: ['viewer', 'incident_creator', 'incident_editor', 'manage_settings'] }],
  users,
  schedules: Array.from({ length: 20 }, (_, i) => ({
    id: scheduleId(i),
    name: `Schedule ${i}`,
    timezone: 'UTC',
    rotations: [
      {
        id: `01BENCHROTATION00000000${String(i).padStart(3, '0')}`,
        name: 'Main',
        users: [users[i]!.email, users[(i + 7) % 30]!.email, users[(i + 13) % 30]!.email],
        handover_start_at: '2026-01-05T09:00:00Z',
        // Hourly rotas give 168 shifts in 7 days: several pages at the default page size of 50.
        handovers: [{ interval: 1, interval_type: i % 2 === 0 ? 'hourly' : 'daily' }],
      },
    ],
  })),
  customFields: [],
  rateLimit: false,
};

function repository(changed: boolean): PolicyFile[] {
  const files: PolicyFile[] = [
    {
      path: 'policies/identities.yaml',
      text: `version: 1\nkind: identities\nusers:\n${users.map((u, i) => `  user-${i}: ${u.email}`).join('\n')}\n`,
    },
    {
      path: 'policies/incidentio.yaml',
      text: `version: 1\nkind: integration\nintegration: incidentio\nautoApproval:\n  schedules: [${scheduleId(0)}]\n`,
    },
  ];
  for (let k = 0; k < 50; k++) {
    const auto = changed && k % 5 === 0 ? scheduleId((k + 3) % 20) : scheduleId(k % 20);
    files.push({
      path: `policies/policy-${String(k).padStart(2, '0')}.yaml`,
      text:
        `version: 1\nkind: policy\nname: policy-${k}\nmatch:\n  environments: [env-${k}]\n  branches: [main]\napproval:\n` +
        `  - type: auto\n    integration: incidentio\n    schedules: [${auto}]\n` +
        `  - type: escalation\n    integration: incidentio\n    services: [${scheduleId((k + 1) % 20)}, ${scheduleId((k + 2) % 20)}]\n`,
    });
  }
  return files;
}

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ fixture, port: 0 });
});
afterAll(async () => {
  await emulator?.close();
});

it('makes one 7-day windowed schedule-entries query per schedule, plus its pages', async () => {
  const client = createIncidentIoClient({ baseUrl: emulator.url, apiKey: KEY, readOnly: true });
  const { model } = await computePlan({
    policyPath: 'policies',
    baseLabel: 'main',
    headLabel: 'head',
    baseFiles: repository(false),
    headFiles: repository(true),
    client,
    now: NOW,
    keyHint: 'n/a',
  });
  expect(model.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(renderPlanText(model)).toMatch(/Plan: 1 to add, 10 to change, 0 to destroy\.\n$/);
  expect('policies' in model.people ? model.people.policies.length : -1).toBe(10);

  const entries = emulator.requests.filter((r) => r.path === '/v2/schedule_entries');
  const start = NOW.toISOString();
  const end = new Date(NOW.getTime() + 7 * 24 * 3_600_000).toISOString();
  const bySchedule = new Map<string, typeof entries>();
  for (const r of entries) bySchedule.set(String(r.query.schedule_id), [...(bySchedule.get(String(r.query.schedule_id)) ?? []), r]);
  expect([...bySchedule.keys()].sort()).toEqual(Array.from({ length: 20 }, (_, i) => scheduleId(i)).sort());
  for (const [id, requests] of bySchedule) {
    // Exactly one query opens the window; every other request for the schedule is a next page of it.
    const opening = requests.filter((r) => r.query.entry_window_start === start);
    expect(opening, id).toHaveLength(1);
    expect(
      requests.every((r) => r.query.entry_window_end === end),
      id,
    ).toBe(true);
    const hourly = Number(id.slice(-3)) % 2 === 0;
    // 168 hourly shifts at 50 per page: 4 pages; a daily rota fits in one.
    expect(requests.length, id).toBe(hourly ? 4 : 1);
  }
  expect(entries.length).toBe(10 * 4 + 10 * 1);
  // Everything else: identity, the schedule list, one user lookup per identity, the custom fields.
  expect(
    emulator.requests
      .filter((r) => r.path !== '/v2/schedule_entries')
      .map((r) => r.path)
      .sort(),
  ).toEqual(['/v1/identity', '/v2/custom_fields', '/v2/schedules', ...users.map(() => '/v2/users')].sort());
  expect(emulator.requests.every((r) => r.method === 'GET')).toBe(true);
});
