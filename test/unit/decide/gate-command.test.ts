// The pure parts of the gate command and the CLI commands: where the trusted policy is read,
// which outputs are set per outcome, the step summary text, `who` arithmetic, flag parsing.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkoutCommit, gateOutputs, trustedPolicySource } from '../../../src/commands/gate.js';
import { formatDecisionLines } from '../../../src/commands/check.js';
import { whoIsOnCall } from '../../../src/commands/who.js';
import { decideGate, errorDecision } from '../../../src/decide/gate.js';
import type { GitHubEvent } from '../../../src/event/event.js';
import type { RunContext } from '../../../src/event/run-context.js';
import { outputRecord } from '../../../src/report/outputs.js';
import { renderGateSummary, type GateSummaryContext } from '../../../src/report/render-gate-summary.js';
import { parseEvent } from '../../../src/event/event.js';
import { webhookExample } from '../../fixtures/webhooks.js';
import { HOUR, MIN, NOW, at, auto, deny, facts, identities, policy, shift } from './policy-builders.js';

const PRIMARY = '01HXYZSCHEDULEPRIMARY00000';

const run = (ref: string): RunContext => ({
  eventName: 'push',
  eventPath: '',
  repository: { owner: 'acme', repo: 'api' },
  sha: 'a'.repeat(40),
  ref,
  actor: 'alice',
  triggeringActor: 'alice',
  runId: '1',
  runAttempt: '1',
  serverUrl: 'https://github.com',
  apiUrl: 'https://api.github.com',
  graphqlUrl: 'https://api.github.com/graphql',
  workspace: '/ws',
});

describe('trustedPolicySource', () => {
  const other = (defaultBranch: string): GitHubEvent => ({ kind: 'other', name: 'workflow_dispatch', defaultBranch });

  it('the workspace when the run is on the default branch (if its checkout is at GITHUB_SHA, see checkoutCommit)', () => {
    expect(trustedPolicySource(other('main'), run('refs/heads/main'))).toEqual({ kind: 'workspace', branch: 'main', label: 'the workspace checkout of main' });
  });

  it('the default branch through the API when the run is on another branch or a tag', () => {
    expect(trustedPolicySource(other('main'), run('refs/heads/feature'))).toMatchObject({ kind: 'ref', ref: 'main' });
    expect(trustedPolicySource(other('main'), run('refs/tags/v1'))).toMatchObject({ kind: 'ref', ref: 'main' });
  });

  it('the base SHA on a pull request event (real payload), never the workspace', () => {
    const payload = webhookExample('pull_request', 'opened');
    const event = parseEvent('pull_request', payload);
    const base = (payload.pull_request as { base: { sha: string } }).base.sha;
    expect(trustedPolicySource(event, run('refs/pull/1/merge'))).toMatchObject({ kind: 'ref', ref: base });
  });

  it('a pull request into another branch than the default: the default branch, never that base (its policy is unreviewed)', () => {
    const payload = webhookExample('pull_request', 'opened');
    const pr = payload.pull_request as { base: { ref: string; sha: string } };
    pr.base.ref = 'loose-rules';
    (payload.repository as { default_branch: string }).default_branch = 'main';
    const source = trustedPolicySource(parseEvent('pull_request_target', payload), run('refs/heads/main'));
    expect(source).toMatchObject({ kind: 'ref', ref: 'main' });
    expect(source.kind === 'ref' && source.label).toMatch(/targets loose-rules, whose policy never decides a gate/);
  });

  it('unknown when the payload does not say the default branch', () => {
    expect(trustedPolicySource(other(''), run('refs/heads/main')).kind).toBe('unknown');
  });
});

describe('checkoutCommit', () => {
  const A = 'a1'.repeat(20);
  const B = 'b2'.repeat(20);
  const tree = (files: Record<string, string>): string => {
    const dir = mkdtempSync(join(tmpdir(), 'oncall-gate-git-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  };

  it('a detached HEAD (actions/checkout of a SHA or a pull request ref)', async () => {
    expect(await checkoutCommit(tree({ '.git/HEAD': `${A}\n`, 'policies/p.yaml': '' }), 'policies')).toBe(A);
  });

  it('a branch HEAD through its loose ref or packed-refs', async () => {
    expect(await checkoutCommit(tree({ '.git/HEAD': 'ref: refs/heads/main\n', '.git/refs/heads/main': `${B}\n` }), 'policies')).toBe(B);
    const packed = `# pack-refs with: peeled fully-peeled sorted\n${A} refs/heads/other\n${B} refs/heads/main\n`;
    expect(await checkoutCommit(tree({ '.git/HEAD': 'ref: refs/heads/main\n', '.git/packed-refs': packed }), 'policies')).toBe(B);
  });

  it('a `.git` file (worktree or submodule) and a checkout below the workspace (actions/checkout `path:`)', async () => {
    const ws = tree({ 'real-git/HEAD': `${A}\n`, 'app/.git': 'gitdir: ../real-git\n', 'app/policies/p.yaml': '' });
    expect(await checkoutCommit(ws, 'app/policies')).toBe(A);
  });

  it('undefined when there is no git checkout or its HEAD cannot be resolved', async () => {
    expect(await checkoutCommit(tree({ 'policies/p.yaml': '' }), 'policies')).toBeUndefined();
    expect(await checkoutCommit(tree({ '.git/HEAD': 'ref: refs/heads/gone\n' }), 'policies')).toBeUndefined();
    expect(await checkoutCommit(tree({ '.git/HEAD': 'garbage' }), 'policies')).toBeUndefined();
  });
});

const alice = { login: 'alice', emails: ['alice@example.com'], emailSource: 'map' as const };
const base = { requester: alice, now: NOW, reason: '', escalation: { kind: 'none' as const }, identities: identities({ alice: 'alice@example.com', bob: 'bob@example.com' }) };

describe('gateOutputs', () => {
  it('approved: every output known', () => {
    const d = decideGate({ ...base, policies: [policy('production-deploy', [auto([PRIMARY])])], onCall: facts(shift(PRIMARY, 'alice@example.com', -HOUR, 30 * MIN)) });
    expect(outputRecord(gateOutputs(d))).toEqual({
      result: 'approved',
      approved: 'true',
      'on-call': 'true',
      'on-call-schedules': '["01HXYZSCHEDULEPRIMARY00000"]',
      'approved-by': 'auto',
      'expires-at': '2026-11-20T10:30:00Z',
      policies: '["production-deploy"]',
      'incident-id': '',
      'incident-reference': '',
      'incident-url': '',
      errors: '',
    });
  });

  it('denied: approved=false, on-call facts, no approver or expiry', () => {
    const d = decideGate({ ...base, policies: [policy('p', [auto([PRIMARY])])], onCall: facts(shift(PRIMARY, 'bob@example.com', -HOUR, HOUR)) });
    expect(outputRecord(gateOutputs(d))).toMatchObject({ result: 'denied', approved: 'false', 'on-call': 'false', 'on-call-schedules': '[]', 'approved-by': '', 'expires-at': '', policies: '["p"]' });
  });

  it('not-required: approved=true (the job may proceed) and empty lists', () => {
    const d = decideGate({ ...base, policies: [], onCall: facts() });
    expect(outputRecord(gateOutputs(d))).toMatchObject({ result: 'not-required', approved: 'true', 'on-call': 'false', 'on-call-schedules': '[]', policies: '[]' });
  });

  it('error: result and approved only (on-call is unknown)', () => {
    const d = errorDecision({ requester: alice, now: NOW, message: 'x' });
    expect(outputRecord(gateOutputs(d))).toMatchObject({ result: 'error', approved: 'false', 'on-call': '', 'on-call-schedules': '', policies: '' });
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
      onCall: facts(shift(PRIMARY, 'bob@example.com', -HOUR, 2 * HOUR, 'Bob *Builder*'), shift(PRIMARY, 'zed@example.com', -HOUR, HOUR, 'Zed')),
    });
    const md = renderGateSummary(d, summaryCtx);
    expect(md).toMatch(/^### ❌ oncall-gate: denied/);
    expect(md).toContain('| Requester | [`alice`](https://github.com/alice): `alice@example.com` (from map) |');
    expect(md).toContain('`production-deploy` (`policies/production-deploy.yaml:1`): **denied**');
    expect(md).toContain('- Policy `production-deploy`: `alice` (`alice@example.com`) is not on call now for `01HXYZSCHEDULEPRIMARY00000`.');
    expect(md).toContain('**What to do**');
    expect(md).toContain('**On call now** (2026-11-20T10:00:00Z)');
    expect(md).toContain('Bob \\*Builder\\* (`bob@example.com`)<br>Zed (`zed@example.com`)');
    expect(md).toContain('[`bob`](https://github.com/bob)<br>_not in the identities map_');
    expect(md).toContain('2026-11-20T12:00:00Z<br>2026-11-20T11:00:00Z');
  });

  it('a re-run by someone else says who must be on call', () => {
    const d = decideGate({ ...base, policies: [policy('p', [auto([PRIMARY])])], onCall: facts() });
    const md = renderGateSummary(d, { ...summaryCtx, actor: 'carol', triggeringActor: 'alice' });
    expect(md).toContain('started by [`carol`](https://github.com/carol), re-run by [`alice`](https://github.com/alice) (the re-runner must be on call)');
  });

  it('approved: approver and expiry', () => {
    const d = decideGate({ ...base, policies: [policy('p', [auto([PRIMARY])])], onCall: facts(shift(PRIMARY, 'alice@example.com', -HOUR, 30 * MIN)) });
    const md = renderGateSummary(d, summaryCtx);
    expect(md).toMatch(/^### ✅ oncall-gate: approved/);
    expect(md).toContain('| Approved by | auto (on call now) |');
    expect(md).toContain('| Approval expires | 2026-11-20T10:30:00Z |');
    expect(md).not.toContain('**Why**');
  });

  it('approved through several merged PRs: one profile link per approving login', () => {
    const d = { ...decideGate({ ...base, policies: [policy('p', [auto([PRIMARY])])], onCall: facts(shift(PRIMARY, 'alice@example.com', -HOUR, 30 * MIN)) }), approvedBy: 'carol,dave' };
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
    const d = errorDecision({ requester: alice, now: NOW, message: 'incident.io rejected the API key', fix: 'Rotate the key.' });
    const md = renderGateSummary(d, summaryCtx);
    expect(md).toMatch(/^### ⛔ oncall-gate: error/);
    expect(md).toContain('**What went wrong**\n\n- incident.io rejected the API key');
    expect(md).toContain('**What to do**\n\n- Rotate the key.');
  });
});

describe('formatDecisionLines (CLI check)', () => {
  it('plain text without markdown code spans', () => {
    const d = decideGate({ ...base, policies: [policy('p', [auto([PRIMARY])])], onCall: facts(shift(PRIMARY, 'bob@example.com', -HOUR, HOUR, 'Bob')) });
    expect(formatDecisionLines(d)).toEqual([
      'Requester: alice (alice@example.com, from map)',
      'Policies: p',
      'Result: DENIED',
      '  p (policies/p.yaml:1): denied: alice (alice@example.com) is not on call now for 01HXYZSCHEDULEPRIMARY00000',
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

