// `oncall-gate check` and `oncall-gate who` end to end: the committed CLI bundle
// (dist/cli/index.js) against the incident.io emulator, from a folder holding policies/. Time is
// pinned: the emulator runs on a fixed clock and every command asks with `--at` for that moment,
// so neither process's wall clock matters.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import { startEmulator, type Emulator } from '@oncall-gate/incidentio-emulator';
import { inheritedNodeEnv, makeWorkspace, repoRoot } from './harness.js';

const KEY = 'e2e-cli-key-Hk3Vd9Qp2Lm8';
const PRIMARY = '01HE2ECLIPRIMARY0000000000';
const MIN = 60_000;
const HOUR = 60 * MIN;
const iso = (ms: number): string => new Date(ms).toISOString();

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

/** The moment every command asks about. */
const NOW = Date.parse('2026-03-02T09:10:00Z');
const AT = ['--at', iso(NOW)];

/** alice now (shift started 10 min ago, 1 h shifts), then bob, then alice... */
async function emulate(): Promise<{ emulator: Emulator; shiftEnd: number }> {
  const start = NOW - 10 * MIN;
  emulator = await startEmulator({
    port: 0,
    now: fixedClock(new Date(NOW)),
    fixture: {
      keys: [{ key: KEY, name: 'cli e2e', roles: ['viewer'] }],
      users: [
        { id: '01HE2ECLIUSERALICE00000000', name: 'Alice Archer', email: 'alice@example.com' },
        { id: '01HE2ECLIUSERBOB000000000X', name: 'Bob Baker', email: 'bob@example.com' },
      ],
      schedules: [
        {
          id: PRIMARY,
          name: 'Primary',
          timezone: 'UTC',
          rotations: [
            {
              id: '01HE2ECLIROTATION000000000',
              name: 'Primary',
              users: ['alice@example.com', 'bob@example.com'],
              handover_start_at: iso(start),
              handovers: [{ interval: 1, interval_type: 'hourly' }],
            },
          ],
        },
      ],
      rateLimit: false,
    },
  });
  return { emulator, shiftEnd: start + HOUR };
}

const POLICIES = {
  'policies/production.yaml': [
    'version: 1',
    'kind: policy',
    'name: production-deploy',
    'match: { environments: [production] }',
    'approval:',
    '  - type: auto',
    '    integration: incidentio',
    `    schedules: [${PRIMARY}]`,
    '',
  ].join('\n'),
  'policies/identities.yaml': 'version: 1\nkind: identities\nusers:\n  alice: alice@example.com\n  bob: bob@example.com\n',
};

function cli(
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [join(repoRoot, 'dist', 'cli', 'index.js'), ...args, ...(args.length > 1 ? AT : [])], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...inheritedNodeEnv(), INCIDENTIO_API_KEY: KEY, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('oncall-gate check', () => {
  it('on call: exit 0 with the decision and who is on call', async () => {
    const { emulator: e } = await emulate();
    const r = await cli(['check', 'Alice', '--environment', 'production', '--api-url', e.url], makeWorkspace(POLICIES));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Requester: Alice (alice@example.com, from map)');
    expect(r.stdout).toContain(`Result: APPROVED until ${iso(NOW - 10 * MIN + HOUR).replace(/\.\d{3}Z$/, 'Z')} (approved by auto)`);
    expect(r.stdout).toContain(`${PRIMARY}: Alice Archer <alice@example.com> @alice`);
    expect(e.requests.every((q) => q.method === 'GET')).toBe(true);
  });

  it('not on call (by email): exit 1 with why', async () => {
    const { emulator: e } = await emulate();
    const r = await cli(['check', 'bob@example.com', '--policy', 'production-deploy', '--api-url', e.url], makeWorkspace(POLICIES));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Result: DENIED');
    // Every command here asks with --at, so the reasons name that moment, never "now".
    expect(r.stdout).toContain(`bob@example.com is not on call at 2026-03-02T09:10:00Z for ${PRIMARY}`);
    expect(r.stdout + r.stderr).not.toContain(KEY);
  });

  it('an unknown environment is an error (exit 1); a usage mistake exits 2', async () => {
    const { emulator: e } = await emulate();
    const ws = makeWorkspace(POLICIES);
    const unknown = await cli(['check', 'alice', '--environment', 'prod', '--api-url', e.url], ws);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No policy in policies/ lists the environment "prod"');
    expect((await cli(['check'], ws)).code).toBe(2);
    expect((await cli(['check', 'alice', '--bogus', 'x'], ws)).code).toBe(2);
    expect((await cli(['check', 'alice', '--environment', 'production'], ws, { INCIDENTIO_API_KEY: '' })).code).toBe(2);
  });

  it('a bad key is reported with the fix, without the key', async () => {
    const { emulator: e } = await emulate();
    const wrong = 'wrong-cli-key-0123456789';
    const r = await cli(['check', 'alice', '--environment', 'production', '--api-url', e.url], makeWorkspace(POLICIES), {
      INCIDENTIO_API_KEY: wrong,
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('incident.io rejected the API key');
    expect(r.stdout + r.stderr).not.toContain(wrong);
  });
});

describe('oncall-gate who', () => {
  it('who is on call now and who is next, with logins from the identities map', async () => {
    const { emulator: e, shiftEnd } = await emulate();
    const r = await cli(['who', PRIMARY, '--api-url', e.url], makeWorkspace(POLICIES));
    expect(r.code, r.stderr).toBe(0);
    const end = iso(shiftEnd).replace(/\.\d{3}Z$/, 'Z');
    expect(r.stdout).toContain(`On call at 2026-03-02T09:10:00Z:`);
    expect(r.stdout).toContain(`  Alice Archer <alice@example.com> @alice until ${end}`);
    expect(r.stdout).toContain(`Next (from ${end}):\n  Bob Baker <bob@example.com> @bob until`);
  });

  it('an unknown schedule says how to find the ID', async () => {
    const { emulator: e } = await emulate();
    const r = await cli(['who', '01HE2ECLIUNKNOWN0000000000', '--api-url', e.url], makeWorkspace(POLICIES));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/schedule 01HE2ECLIUNKNOWN0000000000 does not exist/);
  });
});
