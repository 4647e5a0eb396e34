// The pure parts of the gate command and the CLI commands: which commit's policy decides,
// which outputs are set per outcome, the step summary text, `who` arithmetic, flag parsing.
import { describe, expect, it } from 'vitest';
import { defaultBranchOf, readGatePolicy, type GatePolicyReaders } from '../../src/commands/gate-policy.js';
import { OncallGateError } from '../../src/errors.js';
import type { PolicyFile } from '../../src/policy/types.js';
import { whoIsOnCall } from '../../src/commands/who.js';
import { errorDecision, evaluate, type EvaluationInput } from '../../src/decide/engine.js';
import { renderCheckText } from '../../src/report/render-check.js';
import { gateOutputs, outputRecord } from '../../src/report/outputs.js';
import { renderGateSummary, type GateSummaryContext } from '../../src/report/render-gate-summary.js';
import { HOUR, MIN, NOW, at, auto, deny, facts, identities, policy, shift } from '../support/policy-builders.js';

const PRIMARY = '01HXYZSCHEDULEPRIMARY00000';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const filesAt = (commit: string): PolicyFile[] => [{ path: 'policies/p.yaml', text: `# at ${commit}` }];

/** Readers whose answers a test sets, recording what was asked. */
function readers(
  over: { tip?: string | Error; head?: string | Error | null; checkoutHas?: string[]; api?: PolicyFile[] | undefined | Error } = {},
) {
  const asked: string[] = [];
  const answer = <T>(v: T | Error): Promise<T> => (v instanceof Error ? Promise.reject(v) : Promise.resolve(v));
  const r: GatePolicyReaders = {
    tip: (branch) => (asked.push(`tip ${branch}`), answer(over.tip ?? A)),
    checkout: (name) => {
      asked.push(`checkout ${name}`);
      if (name === 'HEAD') {
        const head = over.head === undefined ? A : over.head;
        if (head === null) return Promise.resolve(undefined);
        return head instanceof Error ? Promise.reject(head) : Promise.resolve({ commit: head, files: filesAt(head) });
      }
      return Promise.resolve((over.checkoutHas ?? []).includes(name) ? { commit: name, files: filesAt(name) } : undefined);
    },
    api: (commit) => (asked.push(`api ${commit}`), answer(over.api === undefined && !('api' in over) ? filesAt(commit) : over.api)),
  };
  return { r, asked };
}

describe('readGatePolicy: the policy at the default branch tip, as committed', () => {
  it('checkout at the tip: its objects decide, one GitHub request (the tip), no API read', async () => {
    const { r, asked } = readers();
    const read = readGatePolicy('main', r);
    expect(await read.early).toMatchObject({ commit: A, via: 'checkout' });
    expect(await read.trusted).toEqual({ branch: 'main', commit: A, via: 'checkout', files: filesAt(A) });
    expect(asked.sort()).toEqual(['checkout HEAD', 'tip main']);
  });

  it('checkout behind the tip (an old re-run, a tag, another branch): the tip decides, through the API', async () => {
    const { r, asked } = readers({ tip: B, head: A });
    const read = readGatePolicy('main', r);
    expect(await read.trusted).toEqual({ branch: 'main', commit: B, via: 'api', files: filesAt(B) });
    expect(asked).toContain(`api ${B}`);
  });

  it("checkout behind the tip but holding the tip's objects (fetch-depth: 0): no API read", async () => {
    const { r, asked } = readers({ tip: B, head: A, checkoutHas: [B] });
    expect(await readGatePolicy('main', r).trusted).toEqual({ branch: 'main', commit: B, via: 'checkout', files: filesAt(B) });
    expect(asked.some((a) => a.startsWith('api'))).toBe(false);
  });

  it('no checkout, or one that cannot be read: the tip through the API', async () => {
    for (const head of [null, new Error('not a git repository')]) {
      const { r } = readers({ tip: B, head });
      const read = readGatePolicy('main', r);
      expect(await read.early).toBeUndefined();
      expect(await read.trusted).toMatchObject({ commit: B, via: 'api' });
    }
  });

  it('no policy folder at the tip: files undefined', async () => {
    const { r } = readers({ tip: B, head: null, api: undefined });
    expect(await readGatePolicy('main', r).trusted).toEqual({ branch: 'main', commit: B, via: 'api', files: undefined });
  });

  it('the tip cannot be learned: trusted fails (the gate fails closed) even though the checkout reads fine', async () => {
    const { r } = readers({ tip: new Error('GitHub rejected the token') });
    const read = readGatePolicy('main', r);
    expect(await read.early).toMatchObject({ commit: A });
    await expect(read.trusted).rejects.toThrow('GitHub rejected the token');
  });
});

describe('defaultBranchOf', () => {
  it('comes from the payload; without it nothing is trusted', () => {
    expect(defaultBranchOf({ kind: 'other', name: 'workflow_dispatch', defaultBranch: 'trunk' })).toBe('trunk');
    expect(() => defaultBranchOf({ kind: 'other', name: 'workflow_dispatch', defaultBranch: '' })).toThrow(OncallGateError);
  });
});

const alice = { login: 'alice', emails: ['alice@example.com'], emailSource: 'map' as const };
const base = {
  requester: alice,
  at: NOW,
  reason: '',
  subject: { kind: 'run' as const },
  identities: identities({ alice: 'alice@example.com', bob: 'bob@example.com' }),
};
/** The gate's decision (a run whose review evidence is not read). */
const decideGate = (input: Omit<EvaluationInput, 'subject'> & Partial<Pick<EvaluationInput, 'subject'>>) =>
  evaluate({ subject: { kind: 'run' }, ...input });

describe('gateOutputs', () => {
  it('approved: every output known', () => {
    const d = decideGate({
      ...base,
      policies: [policy('production-deploy', [auto([PRIMARY])])],
      onCall: facts(shift(PRIMARY, 'alice@example.com', -HOUR, 30 * MIN)),
    });
    expect(outputRecord(gateOutputs(d))).toEqual({
      result: 'approved',
      approved: 'true',
      degraded: 'false',
      'on-call': 'true',
      'on-call-schedules': '["01HXYZSCHEDULEPRIMARY00000"]',
      'approved-by': 'auto',
      'expires-at': '2026-11-20T10:30:00Z',
      policies: '["production-deploy"]',
      'incident-id': '',
      'incident-reference': '',
      'incident-url': '',
      errors: '',
      'decision-record': '',
    });
  });

  it('denied: approved=false, on-call facts, no approver or expiry', () => {
    const d = decideGate({
      ...base,
      policies: [policy('p', [auto([PRIMARY])])],
      onCall: facts(shift(PRIMARY, 'bob@example.com', -HOUR, HOUR)),
    });
    expect(outputRecord(gateOutputs(d))).toMatchObject({
      result: 'denied',
      approved: 'false',
      'on-call': 'false',
      'on-call-schedules': '[]',
      'approved-by': '',
      'expires-at': '',
      policies: '["p"]',
    });
  });

  it('not-required: approved=true (the job may proceed) and empty lists', () => {
    const d = decideGate({ ...base, policies: [], onCall: facts() });
    expect(outputRecord(gateOutputs(d))).toMatchObject({
      result: 'not-required',
      approved: 'true',
      'on-call': 'false',
      'on-call-schedules': '[]',
      policies: '[]',
    });
  });

  it('error: result and approved only (on-call is unknown)', () => {
    const d = errorDecision({ requester: alice, at: NOW, message: 'x' });
    expect(outputRecord(gateOutputs(d))).toMatchObject({
      result: 'error',
      approved: 'false',
      'on-call': '',
      'on-call-schedules': '',
      policies: '',
    });
  });
});

const summaryCtx: GateSummaryContext = {
  actor: 'alice',
  triggeringActor: 'alice',
  environment: 'production',
  policyInput: '',
  policySource: 'the workspace checkout of main',
  dryRun: false,
  failOnDeny: true,
  serverUrl: 'https://github.com',
};

describe('renderGateSummary', () => {
  it('denied: who, policy with file and line, why, what to do, and who is on call with logins', () => {
    const d = decideGate({
      ...base,
      policies: [policy('production-deploy', [auto([PRIMARY])])],
      onCall: facts(
        shift(PRIMARY, 'bob@example.com', -HOUR, 2 * HOUR, 'Bob *Builder*'),
        shift(PRIMARY, 'zed@example.com', -HOUR, HOUR, 'Zed'),
      ),
    });
    const md = renderGateSummary(d, summaryCtx);
    expect(md).toMatch(/^### ❌ oncall-gate: denied/);
    expect(md).toContain('| Requester | [`alice`](https://github.com/alice): incident.io email found (from map) |');
    expect(md).toContain('`production-deploy` (`policies/production-deploy.yaml:1`): **denied**');
    expect(md).toContain('- Policy `production-deploy`: `alice` is not on call now for `01HXYZSCHEDULEPRIMARY00000`.');
    expect(md).toContain('**What to do**');
    expect(md).toContain('**On call now** (2026-11-20T10:00:00Z)');
    expect(md).toContain('| `01HXYZSCHEDULEPRIMARY00000` | Bob \\*Builder\\*<br>Zed |');
    // A step summary is public to whoever can read the run: logins and names, never an email.
    expect(md).not.toContain('@example.com');
    expect(md).toContain('[`bob`](https://github.com/bob)<br>_not in the identities map_');
    expect(md).toContain('2026-11-20T12:00:00Z<br>2026-11-20T11:00:00Z');
  });

  it('approved: the next hours on the matched schedules, with the row where the approval expires', () => {
    const onCall = facts(shift(PRIMARY, 'alice@example.com', -HOUR, 2 * HOUR, 'Alice'));
    const d = decideGate({ ...base, policies: [policy('p', [auto([PRIMARY])])], onCall });
    const outlook = {
      from: NOW,
      to: new Date(NOW.getTime() + 12 * HOUR),
      shifts: facts(
        shift(PRIMARY, 'alice@example.com', -HOUR, 2 * HOUR, 'Alice'),
        shift(PRIMARY, 'bob@example.com', 2 * HOUR, 14 * HOUR, 'Bob'),
      ),
      logins: new Map([['alice@example.com', 'alice']]),
    };
    const md = renderGateSummary(d, { ...summaryCtx, outlook });
    const at = md.indexOf('**On call over the next 12 hours**');
    expect(at).toBeGreaterThan(md.indexOf('**On call now**'));
    expect(md.slice(at)).toContain(
      [
        '| Time (UTC) | `01HXYZSCHEDULEPRIMARY00000` |',
        '| --- | --- |',
        '| now, 2026-11-20T10:00:00Z | Alice ([`alice`](https://github.com/alice)) |',
        '| 2026-11-20T11:00:00Z<br>⏱ **approval expires** |  |',
        '| 2026-11-20T12:00:00Z | Bob |',
      ].join('\n'),
    );
    // Not approved: no expiry in the timeline.
    const denied = decideGate({
      ...base,
      requester: { login: 'carol', emails: ['carol@example.com'] },
      policies: [policy('p', [auto([PRIMARY])])],
      onCall,
    });
    expect(renderGateSummary(denied, { ...summaryCtx, outlook })).not.toContain('approval expires');
    // No outlook (a run that read nobody): no timeline.
    expect(renderGateSummary(d, summaryCtx)).not.toContain('On call over the next');
  });

  it('a person incident.io gives no name is shown by user ID in the table and the timeline, never by email', () => {
    const nameless = { ...shift(PRIMARY, 'zed@example.com', -HOUR, 2 * HOUR), name: '', userId: '01HUSERZED' };
    const onCall = facts(nameless);
    const d = decideGate({ ...base, policies: [policy('p', [auto([PRIMARY])])], onCall });
    const outlook = { from: NOW, to: new Date(NOW.getTime() + 12 * HOUR), shifts: onCall, logins: new Map<string, string>() };
    const md = renderGateSummary(d, { ...summaryCtx, outlook });
    expect(md).toContain('| `01HXYZSCHEDULEPRIMARY00000` | `01HUSERZED` |');
    expect(md).toContain('| now, 2026-11-20T10:00:00Z | `01HUSERZED` |');
    expect(md).not.toContain('@example.com');
  });

  it('a re-run by someone else says who must be on call', () => {
    const d = decideGate({ ...base, policies: [policy('p', [auto([PRIMARY])])], onCall: facts() });
    const md = renderGateSummary(d, { ...summaryCtx, actor: 'carol', triggeringActor: 'alice' });
    expect(md).toContain(
      'started by [`carol`](https://github.com/carol), re-run by [`alice`](https://github.com/alice) (the re-runner must be on call)',
    );
  });

  it('approved: approver and expiry', () => {
    const d = decideGate({
      ...base,
      policies: [policy('p', [auto([PRIMARY])])],
      onCall: facts(shift(PRIMARY, 'alice@example.com', -HOUR, 30 * MIN)),
    });
    const md = renderGateSummary(d, summaryCtx);
    expect(md).toMatch(/^### ✅ oncall-gate: approved/);
    expect(md).toContain('| Approved by | auto (on call now) |');
    expect(md).toContain('| Approval expires | 2026-11-20T10:30:00Z |');
    expect(md).not.toContain('**Why**');
  });

  it('approved through several merged PRs: one profile link per approving login', () => {
    const d = {
      ...decideGate({
        ...base,
        policies: [policy('p', [auto([PRIMARY])])],
        onCall: facts(shift(PRIMARY, 'alice@example.com', -HOUR, 30 * MIN)),
      }),
      approvedBy: 'carol,dave',
    };
    const md = renderGateSummary(d, summaryCtx);
    expect(md).toContain('| Approved by | [`carol`](https://github.com/carol), [`dave`](https://github.com/dave) |');
  });

  it('deny rule and fail-on-deny: false', () => {
    const d = decideGate({ ...base, policies: [policy('p', [deny('Change freeze')])], onCall: facts() });
    const md = renderGateSummary(d, { ...summaryCtx, failOnDeny: false, dryRun: true });
    expect(md).toContain('_Dry run: nothing was written anywhere');
    expect(md).toContain('- Policy `p`: denied by policy: Change freeze.');
    expect(md).toContain('`fail-on-deny: false`: the step passes');
  });

  it('error: what went wrong and the fix', () => {
    const d = errorDecision({ requester: alice, at: NOW, message: 'incident.io rejected the API key', fix: 'Rotate the key.' });
    const md = renderGateSummary(d, summaryCtx);
    expect(md).toMatch(/^### ⛔ oncall-gate: error/);
    expect(md).toContain('**What went wrong**\n\n- incident.io rejected the API key');
    expect(md).toContain('**What to do**\n\n- Rotate the key.');
  });
});

describe('renderCheckText (CLI check)', () => {
  it('plain text without markdown code spans', () => {
    const d = decideGate({
      ...base,
      policies: [policy('p', [auto([PRIMARY])])],
      onCall: facts(shift(PRIMARY, 'bob@example.com', -HOUR, HOUR, 'Bob')),
    });
    expect(renderCheckText(d, { asked: false })).toEqual([
      'Requester: alice (alice@example.com, from map)',
      'Policies: p',
      'Result: DENIED',
      '  p (policies/p.yaml:1): denied: alice is not on call now for 01HXYZSCHEDULEPRIMARY00000',
      'What to do:',
      '  - Ask a person who is on call now for one of these schedules to run it, or get an override in incident.io.',
      'On call now (2026-11-20T10:00:00Z):',
      '  01HXYZSCHEDULEPRIMARY00000: Bob <bob@example.com> @bob until 2026-11-20T11:00:00Z',
    ]);
  });
});

describe('whoIsOnCall', () => {
  it('who covers now and who starts at the next changeover', () => {
    const shifts = [
      shift(PRIMARY, 'alice@example.com', -HOUR, HOUR),
      shift(PRIMARY, 'bob@example.com', HOUR, 3 * HOUR),
      shift(PRIMARY, 'carol@example.com', HOUR, 2 * HOUR),
      shift(PRIMARY, 'dave@example.com', 3 * HOUR, 4 * HOUR),
      shift(PRIMARY, 'erin@example.com', -2 * HOUR, -HOUR),
    ];
    const a = whoIsOnCall(shifts, NOW);
    expect(a.now.map((s) => s.email)).toEqual(['alice@example.com']);
    expect(a.next.map((s) => s.email)).toEqual(['bob@example.com', 'carol@example.com']);
    expect(a.nextAt).toEqual(at(HOUR));
  });

  it('nothing ahead', () => {
    expect(whoIsOnCall([], NOW)).toEqual({ now: [], next: [] });
  });
});
