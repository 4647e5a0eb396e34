// `oncall-gate check` and outage mode: the `--assume-unavailable` preview (what the gate would do if
// incident.io were unavailable: who may approve, for how long, whether a reason is required), and a
// real outage (unreachable, 5xx after the retries), for which check says what outage mode would do
// instead of only failing. Attacker-style, a 429 or a rejected key never turns into outage mode.
// Against the in-process emulator with the demo organisation; the clock is pinned.
import { appendFileSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCli as runCliAt, type CliOutput } from '../src/cli.js';
import { fixedClock } from '../src/clock.js';
import { DEMO_API_KEY, DEMO_FIXTURE_YAML, parseFixtureYaml, startEmulator, type Emulator } from '@oncall-gate/incidentio-emulator';

const repoRoot = join(import.meta.dirname, '..');
const NOW = new Date('2026-01-06T10:00:00Z');
const clock = fixedClock(NOW);

function capture(): CliOutput & { stdout: string[]; stderr: string[]; all: () => string } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, log: (l) => stdout.push(l), error: (l) => stderr.push(l), all: () => [...stdout, ...stderr].join('\n') };
}

/**
 * A copy of the example policies (payments-deploy names a fallback: alice and carol, 4h); with
 * `production`, production-deploy (whose escalation rule requires a reason) gets one too.
 */
function examples(o: { production?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'cli-check-fallback-'));
  cpSync(join(repoRoot, 'policies'), join(dir, 'policies'), { recursive: true });
  if (o.production) {
    appendFileSync(
      join(dir, 'policies', 'production.yaml'),
      ['whenUnavailable:', '  approvers: [bob]', '  approverTeams: [platform-leads]', '  duration: 2h', ''].join('\n'),
    );
  }
  return join(dir, 'policies');
}

let emulator: Emulator;
let env: NodeJS.ProcessEnv;
beforeAll(async () => {
  emulator = await startEmulator({ fixture: parseFixtureYaml(DEMO_FIXTURE_YAML), port: 0, now: clock });
  env = { INCIDENTIO_API_KEY: DEMO_API_KEY, INCIDENTIO_API_URL: emulator.url };
});
afterEach(() => emulator.reset());
afterAll(() => emulator.close());

async function check(args: string[], e: NodeJS.ProcessEnv = env): Promise<{ code: number; out: ReturnType<typeof capture> }> {
  const out = capture();
  const code = await runCliAt(['check', ...args], e, out, clock);
  return { code, out };
}

async function checkJson(args: string[], e: NodeJS.ProcessEnv = env): Promise<{ code: number; doc: any }> {
  const { code, out } = await check([...args, '--json'], e);
  expect(out.stderr).toEqual([]);
  return { code, doc: JSON.parse(out.stdout.join('\n')) };
}

describe('check --assume-unavailable: a preview of outage mode, incident.io not asked', () => {
  it('says it is a preview, who may approve, for how long and that no reason is needed; not approved (exit 1); no key needed', async () => {
    const { code, out } = await check(
      ['erin@example.com', '--environment', 'payments', '--policy-path', examples(), '--assume-unavailable'],
      {
        INCIDENTIO_API_URL: emulator.url,
      },
    );
    expect(code).toBe(1);
    expect(out.stderr).toEqual([]);
    const text = out.stdout.join('\n');
    expect(out.stdout[2]).toBe(
      'OUTAGE MODE PREVIEW (--assume-unavailable): what the gate would do if incident.io were unavailable now; incident.io was not asked.',
    );
    expect(text).toMatch(/^ {2}payments-deploy \(\S*payments\.yaml:\d+\): outage fallback at \S*payments\.yaml:\d+$/m);
    expect(text).toContain('    Who may approve: an approving pull request review by alice, carol\n');
    expect(text).toContain('    For how long: 4h after the review');
    expect(text).toContain('    Reason: not required');
    expect(text).toMatch(/^Result \(outage mode preview\): DENIED$/m);
    expect(text).toContain(
      'While incident.io is unavailable, deploy a commit merged into the default branch through a pull request that a person the outage fallback names (alice, carol) approved',
    );
    expect(text).toMatch(/^Note: check does not look at pull-request reviews, and outage mode approves only through one/m);
    // Nobody's on-call state was read, and nothing was asked of incident.io.
    expect(text).not.toMatch(/On call now/);
    expect(emulator.requests).toEqual([]);
  });

  it('on-call people are not approved in outage mode either (nobody’s on-call state is known)', async () => {
    // alice holds the payments primary now in the demo rota; the preview does not look.
    const { code, out } = await check([
      'alice@example.com',
      '--environment',
      'payments',
      '--policy-path',
      examples(),
      '--assume-unavailable',
    ]);
    expect(code).toBe(1);
    expect(out.all()).toMatch(/^Result \(outage mode preview\): DENIED$/m);
    expect(emulator.requests).toEqual([]);
  });

  it('a policy whose rules require a reason: the fallback does too; without --reason that is what to do, with one it is met', async () => {
    const folder = examples({ production: true });
    const without = await check(['erin@example.com', '--environment', 'production', '--policy-path', folder, '--assume-unavailable']);
    expect(without.code).toBe(1);
    const text = without.out.all();
    expect(text).toContain(
      '    Who may approve: an approving pull request review by bob, the team platform-leads (active team members, read with the github-teams-token input)',
    );
    expect(text).toContain('    For how long: 2h after the review');
    expect(text).toContain(
      '    Reason: required (a rule of the policy sets requireReason): give one of at least 10 non-space characters with --reason "..." (in a workflow: the reason input)',
    );
    expect(text).toMatch(
      /production-deploy \(\S+\): denied: outage fallback: a rule of this policy sets requireReason, so the fallback requires a reason too, and none was given$/m,
    );
    expect(text).toContain('Give a reason of at least 10 non-space characters with --reason "..."');

    const withReason = await check([
      'erin@example.com',
      '--environment',
      'production',
      '--policy-path',
      folder,
      '--assume-unavailable',
      '--reason',
      'INC-2231 stale prices in the cache',
    ]);
    expect(withReason.code).toBe(1);
    expect(withReason.out.all()).toContain('    Reason: required (a rule of the policy sets requireReason); the one given meets it');
    expect(withReason.out.all()).not.toMatch(/requires a reason and none was given/);
  });

  it('a policy without a fallback: outage mode would be an error (fail closed), and the preview says which policy and how to add one', async () => {
    const { code, out } = await check([
      'erin@example.com',
      '--environment',
      'production',
      '--policy-path',
      examples(),
      '--assume-unavailable',
    ]);
    expect(code).toBe(1);
    const text = out.all();
    expect(text).toMatch(
      /^ {2}production-deploy \(\S+\): no outage fallback \(whenUnavailable: deny, the default\): in an outage the gate's decision is an error \(fail closed\)$/m,
    );
    expect(text).toMatch(/^Result \(outage mode preview\): ERROR$/m);
    expect(text).toContain('The policy production-deploy has no outage fallback');
    expect(text).toContain('give each policy that applies a reviewed `whenUnavailable` fallback');
  });

  it('--at: the preview is for the moment asked', async () => {
    const { out } = await check([
      'erin@example.com',
      '--environment',
      'payments',
      '--policy-path',
      examples(),
      '--assume-unavailable',
      '--at',
      '2026-01-07T18:00:00+01:00',
    ]);
    expect(out.stdout[2]).toContain('if incident.io were unavailable at 2026-01-07T17:00:00Z;');
  });

  it('--json: the decision, marked as a preview, with each fallback as data; the error of a policy without one', async () => {
    const { code, doc } = await checkJson([
      'erin@example.com',
      '--environment',
      'payments',
      '--policy-path',
      examples(),
      '--assume-unavailable',
    ]);
    expect(code).toBe(1);
    expect(doc).toMatchObject({ command: 'check', verdict: 'denied', exitCode: 1 });
    expect(doc.error).toBeUndefined();
    expect(doc.facts).toMatchObject({
      result: 'denied',
      approved: false,
      onCall: false,
      schedules: [],
      outage: {
        preview: true,
        cause: { kind: 'assumed' },
        fallbacks: [
          {
            policy: 'payments-deploy',
            fallback: {
              approvers: ['alice', 'carol'],
              approverTeams: [],
              duration: '4h',
              durationMs: 4 * 3_600_000,
              requireReason: false,
              reasonMet: true,
            },
          },
        ],
      },
      verdicts: [{ policy: 'payments-deploy', decidedBy: { kind: 'fallback' }, fallback: { status: 'unread' } }],
    });

    const none = await checkJson(['erin@example.com', '--environment', 'production', '--policy-path', examples(), '--assume-unavailable']);
    expect(none.doc).toMatchObject({
      verdict: 'error',
      exitCode: 1,
      error: { kind: 'policy' },
      facts: { outage: { preview: true, fallbacks: [{ policy: 'production-deploy', fallback: null }] } },
    });
    expect(none.doc.error.message).toContain('The policy production-deploy has no outage fallback');
  });

  it('without --assume-unavailable nothing changes: the rules decide and nothing says outage', async () => {
    const { out } = await check(['erin@example.com', '--environment', 'payments', '--policy-path', examples()]);
    expect(out.all()).not.toMatch(/OUTAGE|outage/);
    expect(out.all()).toMatch(/^Result: DENIED$/m);
  });
});

describe('check when incident.io really is unavailable', () => {
  it('5xx after the retries, and a policy with a fallback: says what outage mode would do; still not approved (exit 1)', async () => {
    emulator.faults.set({ path: '/v2/schedule_entries', serverErrors: 'always', serverErrorStatus: 503, retryAfter: 0 });
    const { code, out } = await check(['alice@example.com', '--environment', 'payments', '--policy-path', examples()]);
    expect(code).toBe(1);
    const text = out.all();
    expect(out.stdout[2]).toBe(
      "incident.io is unavailable: incident.io failed with 503 on GET /v2/schedule_entries, after the retries. The gate would decide in OUTAGE MODE (degraded), by the policies' whenUnavailable fallbacks, not by who is on call:",
    );
    expect(text).toContain('    Who may approve: an approving pull request review by alice, carol');
    expect(text).toMatch(/^Result \(outage mode\): DENIED$/m);
    expect(text).not.toMatch(/PREVIEW/);
    // Read-only: only GETs were sent.
    expect(emulator.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  }, 60_000);

  it('--json: verdict denied, the outage and its cause as data', async () => {
    emulator.faults.set({ path: '/v2/schedule_entries', serverErrors: 'always', serverErrorStatus: 502, retryAfter: 0 });
    const { code, doc } = await checkJson(['erin@example.com', '--environment', 'payments', '--policy-path', examples()]);
    expect(code).toBe(1);
    expect(doc).toMatchObject({
      verdict: 'denied',
      exitCode: 1,
      facts: {
        outage: { preview: false, cause: { kind: 'server-error', status: 502, call: 'GET /v2/schedule_entries' } },
        verdicts: [{ decidedBy: { kind: 'fallback' } }],
      },
    });
    expect(doc.error).toBeUndefined();
  }, 60_000);

  it('unreachable (nothing answers at --api-url): the same, with the cause as data', async () => {
    const folder = examples();
    const { code, doc } = await checkJson([
      'erin@example.com',
      '--policy',
      'payments-deploy',
      '--policy-path',
      folder,
      '--api-url',
      'http://127.0.0.1:9',
    ]);
    expect(code).toBe(1);
    expect(doc).toMatchObject({ verdict: 'denied', facts: { outage: { preview: false, cause: { kind: 'unreachable' } } } });
  }, 60_000);

  it('a policy without a fallback: the outage stays the error it always was, with no word of outage mode', async () => {
    emulator.faults.set({ path: '/v2/schedule_entries', serverErrors: 'always', serverErrorStatus: 503, retryAfter: 0 });
    const { code, out } = await check(['erin@example.com', '--environment', 'production', '--policy-path', examples()]);
    expect(code).toBe(1);
    expect(out.stderr.join('\n')).toMatch(/^Result: ERROR: incident\.io failed with 503/);
    expect(out.all()).not.toMatch(/OUTAGE|outage/);
  }, 60_000);

  it('attacker-style: a 429 that outlasts the retries, or a rejected key, never becomes outage mode', async () => {
    emulator.faults.set({ path: '/v2/schedule_entries', leading429: 1000, retryAfter: 0 });
    const limited = await check(['erin@example.com', '--environment', 'payments', '--policy-path', examples()]);
    expect(limited.code).toBe(1);
    expect(limited.out.stderr.join('\n')).toMatch(/^Result: ERROR: .*429/);
    expect(limited.out.all()).not.toMatch(/OUTAGE|outage/);

    emulator.faults.clear();
    const wrongKey = await check(['erin@example.com', '--environment', 'payments', '--policy-path', examples()], {
      ...env,
      INCIDENTIO_API_KEY: 'wrong-key-0123456789',
    });
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.out.stderr.join('\n')).toMatch(/^Result: ERROR: incident\.io rejected the API key \(401/);
    expect(wrongKey.out.all()).not.toMatch(/OUTAGE|outage/);
  }, 60_000);
});
