// The gate end to end: the committed dist/index.js run as the GitHub runner runs it (harness.ts),
// against the incident.io emulator and the fake GitHub API on 127.0.0.1. Schedules are built
// relative to the real clock, since the child process decides with the real time.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator, type EmulatorFixture } from '@oncall-gate/incidentio-emulator';
import { startFakeGitHub, type FakeGitHub } from '@oncall-gate/github-fake';
import { webhookExample } from '../fixtures/webhooks.js';
import { gitCheckout } from '../support/git-repo.js';
import { makeWorkspace, repoRoot, runAction, type RunActionOptions, type RunActionResult } from './harness.js';

const KEY = 'e2e-gate-key-7Qm4Zr9Xw2LpV8';
const GITHUB_TOKEN = 'ghs_e2eTestToken000000000000';
const PRIMARY = '01HE2EGATEPRIMARY000000000';
const SECONDARY = '01HE2EGATESECONDARY0000000';
const MIN = 60_000;
const HOUR = 60 * MIN;

const USERS = [
  { id: '01HE2EUSERALICE00000000000', name: 'Alice Archer', email: 'alice@example.com' },
  { id: '01HE2EUSERBOB0000000000000', name: 'Bob Baker', email: 'bob@example.com' },
  { id: '01HE2EUSERCAROL00000000000', name: 'Carol Chen', email: 'carol@example.com' },
];

interface RotationSpec {
  /** Emails (or null for a slot with nobody), in rotation order. */
  users: (string | null)[];
  /** First handover, ms since epoch. */
  start: number;
  /** Shift length in hours (hourly handovers). */
  hours: number;
}
interface ScheduleSpec {
  id: string;
  rotations: RotationSpec[];
  overrides?: { user: string | null; start: number; end: number }[];
}

const iso = (ms: number): string => new Date(ms).toISOString();
/** Whole seconds, so an expiry can be compared with the RFC 3339 output exactly. */
const sec = (ms: number): number => Math.floor(ms / 1000) * 1000;

function fixture(schedules: ScheduleSpec[], extra: Partial<EmulatorFixture> = {}): EmulatorFixture {
  return {
    keys: [{ key: KEY, name: 'oncall-gate e2e', roles: ['viewer', 'schedules_reader'] }],
    users: USERS,
    schedules: schedules.map((s) => ({
      id: s.id,
      name: `Schedule ${s.id.slice(-6)}`,
      timezone: 'UTC',
      rotations: s.rotations.map((r, i) => ({
        id: `${s.id.slice(0, 20)}ROT${String(i).padStart(3, '0')}`,
        name: `Rotation ${i}`,
        users: r.users,
        handover_start_at: iso(r.start),
        handovers: [{ interval: r.hours, interval_type: 'hourly' as const }],
      })),
      overrides: (s.overrides ?? []).map((o, i) => ({
        id: `${s.id.slice(0, 20)}OVR${String(i).padStart(3, '0')}`,
        user: o.user,
        start_at: iso(o.start),
        end_at: iso(o.end),
      })),
    })),
    rateLimit: false,
    ...extra,
  };
}

/** One person on call for the whole test: their shift started 10 minutes ago and lasts 8 hours. */
const onCallNow = (id: string, email: string | null, now = Date.now()): ScheduleSpec => ({
  id,
  rotations: [{ users: [email], start: now - 10 * MIN, hours: 8 }],
});

const POLICY = (
  opts: { name?: string; schedules?: string[] | null; duration?: string; requireReason?: boolean; extraRules?: string } = {},
): string =>
  [
    'version: 1',
    'kind: policy',
    `name: ${opts.name ?? 'production-deploy'}`,
    'match:',
    '  environments: [production]',
    'approval:',
    '  - type: auto',
    '    integration: incidentio',
    ...(opts.schedules === null ? [] : [`    schedules: [${(opts.schedules ?? [PRIMARY]).join(', ')}]`]),
    `    duration: ${opts.duration ?? '1h'}`,
    ...(opts.requireReason ? ['    options: { requireReason: true }'] : []),
    ...(opts.extraRules ? [opts.extraRules] : []),
    '',
  ].join('\n');

const IDENTITIES = (users: Record<string, string> = { alice: 'alice@example.com', bob: 'bob@example.com' }, lookup = '[map]'): string =>
  ['version: 1', 'kind: identities', `lookup: ${lookup}`, 'users:', ...Object.entries(users).map(([l, e]) => `  ${l}: ${e}`), ''].join(
    '\n',
  );

/**
 * The workspace of a job that checked out the default branch: a git checkout whose commit is the
 * tip of main in the fake GitHub (so its git objects decide). A later github.commitFiles('main',
 * ...) moves the tip past it, as a push after checkout does.
 */
function workspace(files: Record<string, string> = {}): string {
  const { dir, sha } = gitCheckout({ files: { 'policies/production.yaml': POLICY(), 'policies/identities.yaml': IDENTITIES(), ...files } });
  github.setBranchTip('main', sha);
  return dir;
}

/** The one GitHub request of the on-call path: the tip of the default branch. */
const TIP_REQUEST = 'GET /repos/acme/api/commits/heads/main';
const githubCalls = (): string[] => github.requests.map((q) => `${q.method} ${q.path}`);

let emulator: Emulator | undefined;
let github: FakeGitHub;

beforeEach(async () => {
  github = await startFakeGitHub({ default_repo: 'acme/api' });
});
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
  await github.close();
});

async function emulate(schedules: ScheduleSpec[], extra: Partial<EmulatorFixture> = {}): Promise<Emulator> {
  emulator = await startEmulator({ fixture: fixture(schedules, extra), port: 0 });
  return emulator;
}

function dispatchPayload(): Record<string, unknown> {
  const payload = webhookExample('workflow_dispatch');
  const repository = payload.repository as Record<string, unknown>;
  repository.full_name = 'acme/api';
  repository.default_branch = 'main';
  payload.ref = 'refs/heads/main';
  return payload;
}

interface GateRun {
  actor?: string;
  triggeringActor?: string;
  inputs?: Record<string, string>;
  workspace?: string;
  eventName?: string;
  payload?: unknown;
  env?: Record<string, string>;
}

/** Runs the gate; every run is also checked for the API key leaking anywhere. */
async function gate(run: GateRun = {}): Promise<RunActionResult> {
  const options: RunActionOptions = {
    eventName: run.eventName ?? 'workflow_dispatch',
    payload: run.payload ?? dispatchPayload(),
    workspace: run.workspace ?? workspace(),
    inputs: {
      command: 'gate',
      'incidentio-api-key': KEY,
      'incidentio-api-url': emulator?.url ?? 'http://127.0.0.1:9',
      'github-token': GITHUB_TOKEN,
      environment: 'production',
      ...run.inputs,
    },
    env: {
      GITHUB_ACTOR: run.actor ?? run.triggeringActor ?? 'alice',
      GITHUB_TRIGGERING_ACTOR: run.triggeringActor ?? run.actor ?? 'alice',
      GITHUB_API_URL: github.url,
      GITHUB_GRAPHQL_URL: github.graphqlUrl,
      ...run.env,
    },
  };
  const result = await runAction(options);
  expectNoSecrets(result, [KEY, GITHUB_TOKEN, run.inputs?.['incidentio-api-key'] ?? KEY]);
  return result;
}

function expectNoSecrets(r: RunActionResult, secrets: string[]): void {
  const everything = [r.stdout, r.stderr, r.summary, ...Object.values(r.outputs)].join('\n');
  for (const s of secrets.filter((x) => x !== '')) {
    // `::add-mask::` is how the runner learns the value; nothing else may contain it.
    const withoutMask = everything
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    expect(withoutMask, 'a secret leaked into the output').not.toContain(s);
  }
}

const entryRequests = (e: Emulator) => e.requests.filter((r) => r.method === 'GET' && r.path === '/v2/schedule_entries');
const failureText = (r: RunActionResult): string =>
  r.annotations
    .filter((a) => a.level === 'error')
    .map((a) => a.message)
    .join('\n');

describe('gate: on call or not', () => {
  it('on call now => approved until min(duration, end of shift); one incident.io request, one GitHub request (the tip)', async () => {
    const now = Date.now();
    const e = await emulate([onCallNow(PRIMARY, 'alice@example.com', now)]);
    const before = Date.now();
    const r = await gate({ actor: 'alice' });
    const after = Date.now();
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs).toMatchObject({
      result: 'approved',
      approved: 'true',
      'on-call': 'true',
      'on-call-schedules': JSON.stringify([PRIMARY]),
      'approved-by': 'auto',
      policies: '["production-deploy"]',
      'incident-id': '',
    });
    // duration 1h ends before the 8h shift does.
    const expires = Date.parse(r.outputs['expires-at']!);
    expect(expires).toBeGreaterThanOrEqual(sec(before) + HOUR);
    expect(expires).toBeLessThanOrEqual(after + HOUR);
    expect(r.summary).toContain('✅ oncall-gate: approved');
    expect(r.summary).toContain('| Alice Archer |');
    expect(r.summary).toContain(PRIMARY);
    const reqs = entryRequests(e);
    expect(reqs).toHaveLength(1);
    expect(reqs[0]!.query.schedule_id).toBe(PRIMARY);
    // The one query per schedule reaches 12 hours ahead: who is on call now decides, the rest is
    // the summary's timeline (the same rotation hands over to the same person: no change shown).
    const q = reqs[0]!.query as Record<string, string>;
    expect(Date.parse(q.entry_window_end!) - Date.parse(q.entry_window_start!)).toBe(12 * HOUR);
    expect(r.summary).toContain('**On call over the next 12 hours**');
    expect(r.summary).toMatch(/\| now, [0-9T:-]+Z \| Alice Archer \(\[`alice`\]\(https:\/\/github\.com\/alice\)\) \|/);
    expect(r.summary).toMatch(/\| [0-9T:-]+Z<br>⏱ \*\*approval expires\*\* \| {2}\|/);
    expect(e.requests).toHaveLength(1);
    expect(githubCalls()).toEqual([TIP_REQUEST]);
    expect(r.stdout).toContain('Requester: alice (GITHUB_TRIGGERING_ACTOR); run started by alice (GITHUB_ACTOR).');
    expect(r.summary).toMatch(/policies\/ at [0-9a-f]{12}, the tip of main, read from the checkout's git objects/);
  });

  it('the on-call path loads only the Node built-ins it needs (no fetch/undici, perf_hooks, TLS, zlib or fs/promises)', async () => {
    // Start-up is most of a gate decision's time (docs/architecture.md, "Start-up cost"); each of
    // these costs milliseconds to load and none is needed to approve a requester on call.
    const now = Date.now();
    await emulate([onCallNow(PRIMARY, 'alice@example.com', now)]);
    const recordTo = join(mkdtempSync(join(tmpdir(), 'oncall-gate-builtins-')), 'builtins.txt');
    const preload = join(repoRoot, 'test', 'support', 'record-builtins.mjs');
    const r = await gate({
      actor: 'alice',
      env: { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${preload}`.trim(), RECORD_BUILTINS_TO: recordTo },
    });
    expect(r.outputs.result, r.stdout).toBe('approved');
    const loaded = readFileSync(recordTo, 'utf8').split('\n');
    // The preload itself proves the list is real: the gate's own needs are in it.
    expect(loaded).toEqual(expect.arrayContaining(['NativeModule child_process', 'NativeModule http']));
    const avoidable = loaded.filter((m) =>
      /^NativeModule (perf_hooks|https|tls|zlib|fs\/promises|worker_threads|internal\/deps\/undici\b)/.test(m),
    );
    expect(avoidable).toEqual([]);
  });

  it('not on call => denied, exit 1, with who is on call (and their login) and what to do', async () => {
    await emulate([onCallNow(PRIMARY, 'bob@example.com')]);
    const r = await gate({ actor: 'alice' });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({
      result: 'denied',
      approved: 'false',
      'on-call': 'false',
      'on-call-schedules': '[]',
      'approved-by': '',
      'expires-at': '',
      policies: '["production-deploy"]',
    });
    expect(r.summary).toContain('❌ oncall-gate: denied');
    expect(r.summary).toContain('`alice` is not on call now for `01HE2EGATEPRIMARY000000000`');
    expect(r.summary).toContain('| Bob Baker |');
    // The step summary is public to whoever can read the run: logins and names, never an email.
    expect(r.summary).not.toContain('@example.com');
    expect(r.summary).toContain('[`bob`](https://github.com/bob)');
    expect(r.summary).toContain('**What to do**');
    expect(failureText(r)).toMatch(/oncall-gate denied: Policy `production-deploy`: `alice`/);
  });

  it('a shift that ended seconds ago no longer counts', async () => {
    const now = Date.now();
    // alice until 3 s ago, then bob: one-hour shifts.
    await emulate([{ id: PRIMARY, rotations: [{ users: ['alice@example.com', 'bob@example.com'], start: now - HOUR - 3000, hours: 1 }] }]);
    const r = await gate({ actor: 'alice' });
    expect(r.outputs.result).toBe('denied');
    // Who is on call now; alice shows again only in the timeline, when the rota hands back to her.
    const onCallNowTable = r.summary.slice(0, r.summary.indexOf('**On call over the next'));
    expect(onCallNowTable).toContain('Bob Baker');
    expect(onCallNowTable).not.toContain('Alice Archer (');
  });

  it('an override replaces the scheduled person: the override holder passes until it ends, the scheduled one does not', async () => {
    const now = Date.now();
    const overrideEnd = sec(now + 20 * MIN);
    const schedule: ScheduleSpec = {
      id: PRIMARY,
      rotations: [{ users: ['bob@example.com'], start: now - HOUR, hours: 8 }],
      overrides: [{ user: 'alice@example.com', start: now - 5 * MIN, end: overrideEnd }],
    };
    await emulate([schedule]);
    const alice = await gate({ actor: 'alice' });
    expect(alice.outputs.result).toBe('approved');
    // min(1h, end of the override shift)
    expect(alice.outputs['expires-at']).toBe(iso(overrideEnd).replace('.000Z', 'Z'));
    const bob = await gate({ actor: 'bob' });
    expect(bob.outputs.result).toBe('denied');
    expect(bob.summary).toContain('Alice Archer');
  });

  it('logins and emails compare case-insensitively', async () => {
    await emulate([onCallNow(PRIMARY, 'alice@example.com')], {
      users: [{ ...USERS[0]!, email: 'Alice@EXAMPLE.com' }, USERS[1]!],
    });
    const ws = workspace({ 'policies/identities.yaml': IDENTITIES({ ALICE: 'aLiCe@Example.Com' }) });
    const r = await gate({ actor: 'aLIce', workspace: ws });
    expect(r.outputs.result).toBe('approved');
  });

  it('a re-run is decided by the person who re-ran it (GITHUB_TRIGGERING_ACTOR); both actors are logged', async () => {
    await emulate([onCallNow(PRIMARY, 'alice@example.com')]);
    const byBob = await gate({ actor: 'alice', triggeringActor: 'bob' });
    expect(byBob.outputs.result).toBe('denied');
    expect(byBob.stdout).toContain('Requester: bob (GITHUB_TRIGGERING_ACTOR); run started by alice (GITHUB_ACTOR).');
    expect(byBob.summary).toContain('re-run by [`bob`](https://github.com/bob) (the re-runner must be on call)');
    const byAlice = await gate({ actor: 'bob', triggeringActor: 'alice' });
    expect(byAlice.outputs.result).toBe('approved');
  });

  it('the on-call entry on the second page is found (all pages are read)', async () => {
    const now = Date.now();
    // Two layers; entries are sorted by start, one per page: bob's (older) first, alice's second.
    await emulate(
      [
        {
          id: PRIMARY,
          rotations: [
            { users: ['bob@example.com'], start: now - 3 * HOUR, hours: 8 },
            { users: ['alice@example.com'], start: now - 10 * MIN, hours: 8 },
          ],
        },
      ],
      { entriesPageSize: 1 },
    );
    const r = await gate({ actor: 'alice' });
    expect(r.outputs.result).toBe('approved');
    const reqs = entryRequests(emulator!);
    // One entry a page: the 12-hour window holds two shifts of each layer.
    expect(reqs).toHaveLength(4);
    expect(String(reqs[1]!.query.entry_window_start)).not.toBe(String(reqs[0]!.query.entry_window_start));
  });

  it('one request per schedule per page across policies, and a GitHub lookup only when the map does not resolve', async () => {
    await emulate([onCallNow(PRIMARY, 'bob@example.com'), onCallNow(SECONDARY, 'carol@example.com')]);
    github.addUser({ login: 'carol', email: 'carol@example.com' });
    const ws = workspace({
      'policies/production.yaml': POLICY({ schedules: [PRIMARY, SECONDARY] }),
      'policies/production-db.yaml': POLICY({ name: 'production-db', schedules: [SECONDARY, PRIMARY] }),
      'policies/identities.yaml': IDENTITIES({ alice: 'alice@example.com' }, '[map, github-public-email]'),
    });
    const r = await gate({ actor: 'carol', workspace: ws });
    expect(r.outputs).toMatchObject({
      result: 'approved',
      policies: '["production-db","production-deploy"]',
      'on-call-schedules': JSON.stringify([SECONDARY]),
    });
    const scheduleIds = entryRequests(emulator!)
      .map((q) => q.query.schedule_id)
      .sort();
    expect(scheduleIds).toEqual([PRIMARY, SECONDARY].sort());
    expect(emulator!.requests).toHaveLength(2);
    expect(githubCalls().sort()).toEqual([TIP_REQUEST, 'GET /users/carol']);
    expect(r.summary).toContain('(from github-public-email)');
  });
});

describe('gate: incident.io failures fail closed', () => {
  it('a 429 with Retry-After is waited for, then the decision is made', async () => {
    const e = await emulate([onCallNow(PRIMARY, 'alice@example.com')]);
    e.faults.set({ path: '/v2/schedule_entries', leading429: 1, retryAfter: 1 });
    const r = await gate({ actor: 'alice' });
    expect(r.outputs.result).toBe('approved');
    expect(entryRequests(e).map((q) => q.status)).toEqual([429, 200]);
  });

  it('an API that keeps failing is an error, exit non-zero, never an approval', async () => {
    const e = await emulate([onCallNow(PRIMARY, 'alice@example.com')]);
    e.faults.set({ path: '/v2/schedule_entries', serverErrors: 'always', serverErrorStatus: 503, retryAfter: 0 });
    const r = await gate({ actor: 'alice' });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ result: 'error', approved: 'false', 'on-call': '', 'approved-by': '' });
    expect(r.summary).toContain('⛔ oncall-gate: error');
    expect(failureText(r)).toMatch(/503/);
    expect(entryRequests(e).length).toBeGreaterThan(1);
  }, 90_000);

  it('an incident.io API that cannot be reached is an error with the URL to check', async () => {
    await emulate([onCallNow(PRIMARY, 'alice@example.com')]);
    const r = await gate({ actor: 'alice', inputs: { 'incidentio-api-url': 'http://127.0.0.1:9' } });
    expect(r.code).toBe(1);
    expect(r.outputs.result).toBe('error');
    expect(r.summary).toMatch(/Could not reach incident\.io at http:\/\/127\.0\.0\.1:9/);
  }, 90_000);

  it('an invalid key gives a clear message and is never printed', async () => {
    await emulate([onCallNow(PRIMARY, 'alice@example.com')]);
    const wrong = 'wrong-key-Zq81Lw0cVbT5';
    const r = await gate({ actor: 'alice', inputs: { 'incidentio-api-key': wrong } });
    expect(r.code).toBe(1);
    expect(r.outputs.result).toBe('error');
    expect(r.summary).toContain('incident.io rejected the API key');
    expect(r.summary).toContain('`incidentio-api-key`');
    expect(failureText(r)).toContain('incident.io rejected the API key');
  });

  it('no API key at all says which input to set', async () => {
    await emulate([onCallNow(PRIMARY, 'alice@example.com')]);
    const r = await gate({ actor: 'alice', inputs: { 'incidentio-api-key': '' } });
    expect(r.outputs.result).toBe('error');
    expect(r.summary).toContain('incidentio-api-key: ${{ secrets.INCIDENTIO_API_KEY }}');
    expect(emulator!.requests).toEqual([]);
  });
});

describe('gate: policy selection and rules', () => {
  it('an environment no policy lists is an error, not "not required"', async () => {
    const e = await emulate([onCallNow(PRIMARY, 'alice@example.com')]);
    const r = await gate({ actor: 'alice', inputs: { environment: 'prod' } });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ result: 'error', approved: 'false' });
    expect(r.summary).toContain('No policy in policies/ lists the environment "prod"');
    expect(e.requests).toEqual([]);
  });

  it('no environment and no policy input: not-required, the step passes without any request', async () => {
    const e = await emulate([onCallNow(PRIMARY, 'bob@example.com')]);
    const r = await gate({ actor: 'alice', inputs: { environment: '' } });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ result: 'not-required', approved: 'true', policies: '[]' });
    expect(e.requests).toEqual([]);
  });

  it('an auto rule with no schedules anywhere denies, saying why', async () => {
    const e = await emulate([onCallNow(PRIMARY, 'alice@example.com')]);
    const ws = workspace({ 'policies/production.yaml': POLICY({ schedules: null }) });
    const r = await gate({ actor: 'alice', workspace: ws });
    expect(r.outputs.result).toBe('denied');
    expect(r.summary).toMatch(/this auto rule has no schedules/);
    expect(e.requests).toEqual([]);
  });

  it.each([
    ['missing', '', 'denied'],
    ['one character', '.', 'denied'],
    ['long enough', 'Hotfix for INC-1234', 'approved'],
  ])('requireReason with a %s reason => %s', async (_name, reason, result) => {
    await emulate([onCallNow(PRIMARY, 'alice@example.com')]);
    const ws = workspace({ 'policies/production.yaml': POLICY({ requireReason: true }) });
    const r = await gate({ actor: 'alice', workspace: ws, inputs: { reason } });
    expect(r.outputs.result).toBe(result);
    if (result === 'denied') {
      expect(r.summary).toMatch(/requires a reason/);
      expect(r.summary).toContain('`reason` input');
    }
  });

  it('a person with no email is denied with the login and the file to add it to', async () => {
    await emulate([onCallNow(PRIMARY, 'carol@example.com')]);
    const r = await gate({ actor: 'carol' });
    expect(r.outputs.result).toBe('denied');
    expect(r.summary).toContain('GitHub user `carol` has no known incident.io email');
    expect(r.summary).toContain('Add `carol: <their incident.io email>` under `users:` in policies/identities.yaml');
    expect(githubCalls()).toEqual([TIP_REQUEST]);
  });

  it('an invalid trusted policy is an error with the file and line annotated', async () => {
    await emulate([onCallNow(PRIMARY, 'alice@example.com')]);
    const ws = workspace({ 'policies/broken.yaml': 'version: 1\nkind: policy\nname: Broken Name\nmatch: {}\napproval: []\n' });
    const r = await gate({ actor: 'alice', workspace: ws });
    expect(r.code).toBe(1);
    expect(r.outputs.result).toBe('error');
    expect(r.annotations.some((a) => a.level === 'error' && a.props.file === 'policies/broken.yaml')).toBe(true);
    expect(emulator!.requests).toEqual([]);
  });

  it('no policy folder on the default branch: an error saying where it was looked for and what to do', async () => {
    await emulate([onCallNow(PRIMARY, 'alice@example.com')]);
    const { dir, sha } = gitCheckout({ files: { 'README.md': 'x' } });
    github.setBranchTip('main', sha);
    const r = await gate({ actor: 'alice', workspace: dir });
    expect(r.outputs.result).toBe('error');
    expect(r.summary).toContain(`There is no policy folder \`policies\` at ${sha.slice(0, 12)}, the tip of the default branch main`);
    expect(r.summary).toContain('Merge the policies to the default branch first');
  });

  it('without a checkout the policy at the default branch tip is read through the API', async () => {
    await emulate([onCallNow(PRIMARY, 'alice@example.com')]);
    const tip = github.commitFiles('main', { 'policies/production.yaml': POLICY(), 'policies/identities.yaml': IDENTITIES() });
    const r = await gate({ actor: 'alice', workspace: makeWorkspace({ 'README.md': 'x' }) });
    expect(r.outputs.result, r.summary).toBe('approved');
    expect(r.summary).toContain(`policies/ at ${tip.slice(0, 12)}, the tip of main, read through the GitHub API`);
    expect(github.requests.some((q) => q.path.includes(`/git/trees/${tip}`))).toBe(true);
  });

  it('a deny rule wins even for the on-call person', async () => {
    await emulate([onCallNow(PRIMARY, 'alice@example.com')]);
    const ws = workspace({ 'policies/production.yaml': POLICY({ extraRules: '  - type: deny\n    reason: Change freeze until Monday' }) });
    const r = await gate({ actor: 'alice', workspace: ws });
    expect(r.outputs.result).toBe('denied');
    expect(r.summary).toContain('Change freeze until Monday');
  });
});

describe('gate: outcomes and the trusted ref', () => {
  it('fail-on-deny: false passes the step with approved=false', async () => {
    await emulate([onCallNow(PRIMARY, 'bob@example.com')]);
    const r = await gate({ actor: 'alice', inputs: { 'fail-on-deny': 'false' } });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ result: 'denied', approved: 'false' });
    expect(r.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(r.annotations.some((a) => a.level === 'warning' && /not on call/.test(a.message))).toBe(true);
  });

  it('fail-on-deny: false never passes an error', async () => {
    await emulate([onCallNow(PRIMARY, 'alice@example.com')]);
    const r = await gate({ actor: 'alice', inputs: { 'fail-on-deny': 'false', environment: 'nope' } });
    expect(r.code).toBe(1);
    expect(r.outputs.result).toBe('error');
  });

  it('dry-run makes the same decision and writes nothing', async () => {
    await emulate([onCallNow(PRIMARY, 'alice@example.com')]);
    const r = await gate({ actor: 'alice', inputs: { 'dry-run': 'true' } });
    expect(r.outputs.result).toBe('approved');
    expect(r.summary).toContain('Dry run');
    expect(emulator!.requests.every((q) => q.method === 'GET')).toBe(true);
    expect(github.writes()).toEqual([]);
  });

  it('a run on another branch or a tag (its checkout is not the tip): the policy at the default branch tip decides, through the API', async () => {
    await emulate([onCallNow(PRIMARY, 'alice@example.com')]);
    for (const ref of ['refs/heads/feature', 'refs/tags/v1.2.0']) {
      const ws = workspace(); // the branch's or tag's own checkout: the auto rule alice passes
      const tip = github.commitFiles('main', {
        'policies/production.yaml': POLICY({ extraRules: '  - type: deny\n    reason: Deploys only from main' }),
        'policies/identities.yaml': IDENTITIES(),
      });
      const r = await gate({ actor: 'alice', workspace: ws, env: { GITHUB_REF: ref } });
      expect(r.outputs.result).toBe('denied');
      expect(r.summary).toContain('Deploys only from main');
      expect(r.summary).toContain(`policies/ at ${tip.slice(0, 12)}, the tip of main, read through the GitHub API`);
      expect(r.stdout).toContain(`not at the tip of main (${tip.slice(0, 12)}), whose policy decides`);
    }
  });

  it('a job that checked out a PR head (workflow_run, issue_comment) or an old commit (a re-run): a freeze merged since decides', async () => {
    await emulate([onCallNow(PRIMARY, 'alice@example.com')]);
    // The checkout dropped the freeze (a PR head), or predates it (a re-run of an old run).
    const ws = workspace();
    github.commitFiles('main', {
      'policies/production.yaml': POLICY({ extraRules: '  - type: deny\n    reason: Change freeze' }),
      'policies/identities.yaml': IDENTITIES(),
    });
    for (const eventName of ['workflow_run', 'workflow_dispatch']) {
      const r = await gate({ actor: 'alice', eventName, workspace: ws });
      expect(r.code).toBe(1);
      expect(r.outputs.result).toBe('denied');
      expect(r.summary).toContain('Change freeze');
    }
  });

  it('a policy edited in the working tree after checkout (by an earlier step) never decides', async () => {
    await emulate([onCallNow(PRIMARY, 'alice@example.com')]);
    const ws = workspace({ 'policies/production.yaml': POLICY({ extraRules: '  - type: deny\n    reason: Change freeze' }) });
    writeFileSync(join(ws, 'policies', 'production.yaml'), POLICY());
    const r = await gate({ actor: 'alice', workspace: ws });
    expect(r.outputs.result).toBe('denied');
    expect(r.summary).toContain('Change freeze');
    expect(githubCalls()).toEqual([TIP_REQUEST]);
  });

  it('on a pull request event the default branch tip decides, not the base SHA nor the PR checkout', async () => {
    await emulate([onCallNow(PRIMARY, 'alice@example.com'), onCallNow(SECONDARY, 'bob@example.com')]);
    const payload = webhookExample('pull_request', 'opened');
    const pr = payload.pull_request as { base: { sha: string; repo: { full_name: string } }; head: { repo: { full_name: string } } };
    pr.base.repo.full_name = 'acme/api';
    pr.head.repo.full_name = 'acme/api';
    (payload.repository as Record<string, unknown>).default_branch = 'main';
    // The checkout (the PR's merge commit) would approve alice through PRIMARY; the tip says SECONDARY.
    const ws = workspace();
    github.commitFiles('main', {
      'policies/production.yaml': POLICY({ schedules: [SECONDARY] }),
      'policies/identities.yaml': IDENTITIES(),
    });
    const r = await gate({ actor: 'alice', eventName: 'pull_request', payload, workspace: ws, env: { GITHUB_REF: 'refs/pull/1/merge' } });
    expect(r.outputs.result, r.summary).toBe('denied');
    // The reads begun on the checkout's policy (PRIMARY) were redone with the tip's.
    expect(entryRequests(emulator!).at(-1)!.query.schedule_id).toBe(SECONDARY);
    expect(r.summary).toContain(`is not on call now for \`${SECONDARY}\``);
  });

  it("the tip of the default branch cannot be learned: an error naming the permission, never the checkout's approval", async () => {
    await emulate([onCallNow(PRIMARY, 'alice@example.com')]);
    github.forbid('GET /repos/{owner}/{repo}/commits/heads/{branch+}');
    const r = await gate({ actor: 'alice' });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ result: 'error', approved: 'false' });
    expect(failureText(r)).toMatch(/read the tip of the default branch main .*lacks `contents: read`/);
  });

  it('a push that deletes a branch or tag, with nothing named: not-required with a notice, no request anywhere', async () => {
    await emulate([onCallNow(PRIMARY, 'bob@example.com')]);
    const payload = webhookExample('push');
    Object.assign(payload, { ref: 'refs/heads/old-feature', after: '0'.repeat(40), deleted: true });
    (payload.repository as Record<string, unknown>).default_branch = 'main';
    const r = await gate({
      actor: 'alice',
      eventName: 'push',
      payload,
      inputs: { environment: '' },
      env: { GITHUB_REF: 'refs/heads/old-feature' },
    });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ result: 'not-required', approved: 'true' });
    expect(r.annotations).toContainEqual(
      expect.objectContaining({ level: 'notice', message: expect.stringContaining('This push deletes old-feature') }),
    );
    expect(emulator!.requests).toEqual([]);
    expect(github.requests).toEqual([]);
  });

  it('a deletion push in a job that gates an environment fails closed: GitHub runs it at the default branch, which nothing approved', async () => {
    await emulate([onCallNow(PRIMARY, 'alice@example.com')]);
    const payload = webhookExample('push');
    Object.assign(payload, { ref: 'refs/tags/v1.0.0', after: '0'.repeat(40), deleted: true });
    (payload.repository as Record<string, unknown>).default_branch = 'main';
    const r = await gate({ actor: 'alice', eventName: 'push', payload, env: { GITHUB_REF: 'refs/tags/v1.0.0' } });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ result: 'error', approved: 'false', 'incident-id': '' });
    expect(failureText(r)).toContain(
      'This push deletes v1.0.0, so there is no commit to deploy, yet the step gates the environment `production`',
    );
    expect(failureText(r)).toContain('if: ${{ !github.event.deleted }}');
    expect(emulator!.requests).toEqual([]);
    expect(github.requests).toEqual([]);
  });

  it('a tag push that no policy covers (nothing named) is not-required: no incident, no incident.io request', async () => {
    await emulate([onCallNow(PRIMARY, 'bob@example.com')]);
    const payload = webhookExample('push');
    Object.assign(payload, { ref: 'refs/tags/v2.0.0' });
    (payload.repository as Record<string, unknown>).default_branch = 'main';
    const r = await gate({
      actor: 'alice',
      eventName: 'push',
      payload,
      inputs: { environment: '' },
      env: { GITHUB_REF: 'refs/tags/v2.0.0' },
    });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ result: 'not-required', approved: 'true', 'incident-id': '' });
    expect(emulator!.requests).toEqual([]);
  });

  it('verified-domain lookup without an org-capable token: denied, naming the token that is needed', async () => {
    await emulate([onCallNow(PRIMARY, 'carol@example.com')]);
    github.state.graphql_forbidden = true;
    github.addUser({ login: 'carol' });
    const ws = workspace({ 'policies/identities.yaml': IDENTITIES({ alice: 'alice@example.com' }, '[map, github-verified-domain-email]') });
    const r = await gate({ actor: 'carol', workspace: ws });
    expect(r.outputs.result, r.summary).toBe('denied');
    expect(r.summary).toContain('Members: read');
    expect(githubCalls().sort()).toEqual([TIP_REQUEST, 'POST /graphql']);
  });
});

describe('gate: hardening against real-service mistakes and hostile answers', () => {
  /** A stand-in for incident.io on 127.0.0.1 that answers every request with `reply`. */
  async function standIn(reply: (res: ServerResponse) => void): Promise<{ url: string; hits: () => number; close: () => Promise<void> }> {
    let hits = 0;
    const server = createServer((_req, res) => {
      hits++;
      reply(res);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    return {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      hits: () => hits,
      close: () => new Promise<void>((r) => server.close(() => r())),
    };
  }
  const fragmentsOf = (secret: string, size = 12): string[] =>
    Array.from({ length: secret.length - size + 1 }, (_, i) => secret.slice(i, i + size));
  // `::add-mask::<key>` is how the runner learns what to mask; nothing else may hold any of it.
  const everything = (r: RunActionResult): string =>
    [r.stdout, r.stderr, r.summary, ...Object.values(r.outputs)]
      .join('\n')
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');

  it('plain http to anything but this machine is an input error before any request', async () => {
    const e = await emulate([onCallNow(PRIMARY, 'alice@example.com')]);
    const r = await gate({ actor: 'alice', inputs: { 'incidentio-api-url': 'http://incident-proxy.internal:8080' } });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ result: 'error', approved: 'false' });
    expect(failureText(r)).toContain(
      'Input `incidentio-api-url` must use https:// (got "http://incident-proxy.internal:8080"): the API key travels in every request.',
    );
    expect(e.requests).toEqual([]);
    expect(github.requests).toEqual([]);
  });

  it('a redirect to another host is an error naming the host; the key is never sent there', async () => {
    const s = await standIn((res) => res.writeHead(302, { location: 'https://collector.evil.example/v2/schedule_entries' }).end());
    try {
      const r = await gate({ actor: 'alice', inputs: { 'incidentio-api-url': s.url } });
      expect(r.outputs).toMatchObject({ result: 'error', approved: 'false' });
      expect(failureText(r)).toContain(
        'with a redirect (302) to collector.evil.example; oncall-gate does not send the API key to another host',
      );
    } finally {
      await s.close();
    }
  });

  it('a key echoed in a long error answer, and cut there, leaks no piece of itself anywhere', async () => {
    // The product shows the first 80 characters of an error body that is not JSON; the key sits
    // across that cut.
    const s = await standIn((res) =>
      res
        .writeHead(400, { 'content-type': 'text/plain' })
        .end(`upstream refused the request with ${'x'.repeat(22)} Bearer ${KEY} (logged)`),
    );
    try {
      const r = await gate({ actor: 'alice', inputs: { 'incidentio-api-url': s.url } });
      expect(r.outputs.result).toBe('error');
      expect(failureText(r)).toContain('the body starts with');
      for (const piece of fragmentsOf(KEY)) expect(everything(r)).not.toContain(piece);
    } finally {
      await s.close();
    }
  });

  it('the whole run has one deadline for its API work (`api-timeout`): then error, naming what was still waiting', async () => {
    const e = await emulate([onCallNow(PRIMARY, 'alice@example.com')]);
    // 5 s, not 1: on a loaded machine the gate's start-up and its git read can take a second or
    // more, and the deadline must pass while incident.io (never answering in time) is awaited.
    e.faults.set({ path: '/v2/schedule_entries', latencyMs: 25_000 });
    const r = await gate({ actor: 'alice', inputs: { 'api-timeout': '5' } });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ result: 'error', approved: 'false' });
    expect(failureText(r)).toContain(
      'The API work of this run did not finish within 5 s (the `api-timeout` input); still waiting for: incident.io GET /v2/schedule_entries',
    );
    expect(r.summary).toContain('raise `api-timeout` only if the APIs are slow but working');
  });
});
