// `oncall-gate record` against the in-process emulator (the demo organisation): it records the
// final entries and the users they name, nothing else; the snapshot it prints is one `oncall-gate
// test` accepts, and the example policy tests pass on a fresh recording.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEMO_API_KEY, DEMO_FIXTURE_YAML, parseFixtureYaml, startEmulator, type Emulator } from '@oncall-gate/incidentio-emulator';
import { runCli, type CliOutput } from '../../src/cli.js';
import { fixedClock } from '../../src/clock.js';
import { loadPolicyTests } from '../../src/policy-test/load-tests.js';

const repoRoot = join(import.meta.dirname, '..', '..');
const PRIMARY = '01HXYZSCHEDULEPRIMARY00000';
const SECONDARY = '01HXYZSCHEDULESECONDARY000';
const STAGING = '01HXYZSCHEDULESTAGING00000';
const clock = fixedClock(new Date('2026-01-05T00:00:00Z'));

function capture(): CliOutput & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, log: (l) => stdout.push(l), error: (l) => stderr.push(l) };
}

let emulator: Emulator;
let env: NodeJS.ProcessEnv;
beforeAll(async () => {
  emulator = await startEmulator({ fixture: parseFixtureYaml(DEMO_FIXTURE_YAML), port: 0, now: clock });
  env = { INCIDENTIO_API_KEY: DEMO_API_KEY, INCIDENTIO_API_URL: emulator.url };
});
afterAll(() => emulator.close());

const record = async (args: string[], e: NodeJS.ProcessEnv = env) => {
  const out = capture();
  const code = await runCli(['record', ...args], e, out, clock);
  return { code, out, yaml: out.stdout.join('\n') };
};

describe('oncall-gate record', () => {
  it('prints the final entries of the window and the users they name (ID, name, email), nothing else', async () => {
    const { code, out, yaml } = await record(['--schedule', PRIMARY, '--from', '2026-01-06T00:00:00Z', '--to', '2026-01-08T00:00:00Z']);
    expect(out.stderr).toEqual([]);
    expect(code).toBe(0);
    expect(yaml).toMatch(/^# A rota snapshot for `oncall-gate test`/);
    expect(yaml).toContain(`#   oncall-gate record --schedule ${PRIMARY} --from 2026-01-06T00:00:00Z --to 2026-01-08T00:00:00Z`);
    expect(parse(yaml)).toEqual({
      version: 1,
      kind: 'rota-snapshot',
      recordedAt: '2026-01-05T00:00:00Z',
      window: { from: '2026-01-06T00:00:00Z', to: '2026-01-08T00:00:00Z' },
      users: [
        { id: '01HXYZUSEROCTOCAT000000000', name: 'Octo Cat', email: 'octo.cat@example.com' },
        { id: '01HXYZUSERALICE00000000000', name: 'Alice Archer', email: 'alice@example.com' },
      ],
      schedules: [
        {
          id: PRIMARY,
          name: 'Platform primary',
          entries: [
            {
              user: '01HXYZUSEROCTOCAT000000000',
              start: '2026-01-05T09:00:00Z',
              end: '2026-01-06T09:00:00Z',
              rotation: '01HXYZROTATIONPRIMARY00000',
              layer: '01HXYZLAYERPRIMARY00000000',
            },
            {
              user: '01HXYZUSERALICE00000000000',
              start: '2026-01-06T09:00:00Z',
              end: '2026-01-07T09:00:00Z',
              rotation: '01HXYZROTATIONPRIMARY00000',
              layer: '01HXYZLAYERPRIMARY00000000',
            },
            {
              user: '01HXYZUSEROCTOCAT000000000',
              start: '2026-01-07T09:00:00Z',
              end: '2026-01-08T09:00:00Z',
              rotation: '01HXYZROTATIONPRIMARY00000',
              layer: '01HXYZLAYERPRIMARY00000000',
            },
          ],
        },
      ],
    });
    // Nothing else about people: no Slack IDs, no roles.
    expect(yaml).not.toMatch(/slack|role|U0ALICE/i);
    const suite = loadPolicyTests([{ path: 'policy-tests/snapshots/s.yaml', text: yaml }], 'policy-tests');
    expect(suite.diagnostics).toEqual([]);
  });

  it('a fresh recording of the demo rota passes the example policy tests', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'record-examples-'));
    cpSync(join(repoRoot, 'policies'), join(dir, 'policies'), { recursive: true });
    cpSync(join(repoRoot, 'policy-tests'), join(dir, 'policy-tests'), { recursive: true });
    const snapshot = join(dir, 'policy-tests', 'snapshots', 'demo-rota.yaml');
    rmSync(snapshot);
    const recorded = await record([
      '--schedule',
      `${PRIMARY},${SECONDARY},${STAGING}`,
      '--from',
      '2026-01-05T00:00:00Z',
      '--to',
      '2026-01-12T00:00:00Z',
      '--out',
      snapshot,
    ]);
    expect(recorded.code).toBe(0);
    expect(recorded.out.stderr).toEqual([`Recorded 12 entries of 3 schedule(s) into ${snapshot}.`]);
    // Folders given as absolute paths (outside the current folder) are read from their parent.
    const out = capture();
    expect(await runCli(['test', '--policy-path', join(dir, 'policies'), '--tests-path', join(dir, 'policy-tests')], {}, out, clock)).toBe(
      0,
    );
    expect(out.stdout.at(-1)).toMatch(/^\d+ cases: (\d+) passed, 0 failed, 0 errors\.$/);
  });

  it('--out never writes over an existing file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'record-out-')), 'rota.yaml');
    writeFileSync(file, 'keep me');
    const { code, out } = await record([
      '--schedule',
      PRIMARY,
      '--from',
      '2026-01-06T00:00:00Z',
      '--to',
      '2026-01-07T00:00:00Z',
      '--out',
      file,
    ]);
    expect(code).toBe(2);
    expect(out.stderr).toEqual([`${file} exists already; record into a new file.`]);
    expect(readFileSync(file, 'utf8')).toBe('keep me');
  });

  it('an unknown schedule is an error naming it, with the key never printed', async () => {
    const { code, out } = await record([
      '--schedule',
      '01HXYZSCHEDULEDOESNOTEXIST',
      '--from',
      '2026-01-06T00:00:00Z',
      '--to',
      '2026-01-07T00:00:00Z',
    ]);
    expect(code).toBe(1);
    expect(out.stderr.join('\n')).toMatch(/01HXYZSCHEDULEDOESNOTEXIST/);
    expect(out.stderr.join('\n')).not.toContain(DEMO_API_KEY);
  });

  it.each([
    [[], /--schedule is required/],
    [
      ['--schedule', 'Platform primary', '--from', '2026-01-06T00:00:00Z', '--to', '2026-01-07T00:00:00Z'],
      /"Platform primary" is not an incident\.io schedule ID/,
    ],
    [['--schedule', PRIMARY, '--to', '2026-01-07T00:00:00Z'], /--from is required/],
    [
      ['--schedule', PRIMARY, '--from', '2026-01-06', '--to', '2026-01-07T00:00:00Z'],
      /--from must be an RFC 3339 date and time with an offset/,
    ],
    [['--schedule', PRIMARY, '--from', '2026-01-07T00:00:00Z', '--to', '2026-01-06T00:00:00Z'], /--to must be later than --from/],
    [['--schedule', PRIMARY, '--from', '2026-01-01T00:00:00Z', '--to', '2026-06-01T00:00:00Z'], /longer than 92 days/],
    [['--schedule', PRIMARY, 'extra'], /takes no arguments/],
  ])('usage error %j', async (args, message) => {
    const { code, out } = await record(args);
    expect(code).toBe(2);
    expect(out.stderr.join('\n')).toMatch(message);
  });

  it('without a key: exit 2, saying which variable to set', async () => {
    const { code, out } = await record(['--schedule', PRIMARY, '--from', '2026-01-06T00:00:00Z', '--to', '2026-01-07T00:00:00Z'], {});
    expect(code).toBe(2);
    expect(out.stderr).toEqual([
      'Set INCIDENTIO_API_KEY to an incident.io API key (schedules_reader or viewer role) to read the schedules.',
    ]);
    expect(existsSync('rota.yaml')).toBe(false);
  });
});
