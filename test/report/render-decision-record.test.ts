// `explain`'s words for a decision record, on their exact text.
import { describe, expect, it } from 'vitest';
import { errorDecision, evaluate } from '../../src/decide/engine.js';
import type { ReviewFact } from '../../src/decide/review.js';
import { buildDecisionRecord, shiftsDigest, type DecisionRecordInput } from '../../src/record/build-record.js';
import { renderDecisionRecordText } from '../../src/report/render-decision-record.js';
import { HOUR, MIN, NOW, at, auto, escalation, facts, identities, policy, shift } from '../support/policy-builders.js';

const PRIMARY = '01HXYZSCHEDULEPRIMARY00000';
const ESC = '01HXYZSCHEDULEESCALATE0000';
const HEAD = 'a'.repeat(40);
const common: Omit<DecisionRecordInput, 'decision' | 'command' | 'subject'> = {
  version: '0.1.0',
  dryRun: false,
  repository: { owner: 'acme', repo: 'api' },
  run: {
    id: '4242',
    attempt: '1',
    eventName: 'workflow_dispatch',
    actor: 'octocat',
    triggeringActor: 'alice',
    serverUrl: 'https://github.com',
  },
  policy: {
    path: 'policies',
    commit: 'c'.repeat(40),
    branch: 'main',
    source: 'checkout',
    files: [{ path: 'policies/production-deploy.yaml', text: 'x' }],
  },
};

describe('renderDecisionRecordText', () => {
  it('an auto approval', () => {
    const onCall = facts(shift(PRIMARY, 'alice@example.com', -HOUR, 30 * MIN));
    const decision = evaluate({
      requester: { login: 'alice', emails: ['alice@example.com'], emailSource: 'map' },
      policies: [policy('production-deploy', [auto([PRIMARY]), escalation([ESC])])],
      onCall,
      at: NOW,
      reason: 'hotfix for the cache',
      identities: identities({ alice: 'alice@example.com' }),
      subject: { kind: 'run' },
    });
    const record = buildDecisionRecord({
      ...common,
      command: 'gate',
      decision,
      subject: { kind: 'run', sha: 'd'.repeat(40), ref: 'refs/heads/main', environment: 'production', policy: '' },
      onCall,
    });
    expect(renderDecisionRecordText(record)).toEqual([
      'Decision: APPROVED until 2026-11-20T10:30:00Z, approved automatically (on call)',
      'Command:  gate at 2026-11-20T10:00:00Z, oncall-gate 0.1.0',
      'Subject:  workflow run of acme/api at dddddddddddd (refs/heads/main), environment production',
      'Requester: alice (incident.io email found by map)',
      'Reason:   hotfix for the cache',
      'Run:      https://github.com/acme/api/actions/runs/4242/attempts/1 (workflow_dispatch; started by octocat, triggered by alice)',
      `Policy:   policies/ at commit ${'c'.repeat(40)} (tip of main), read from the checkout's git objects`,
      '  policies/production-deploy.yaml  sha256 2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881',
      '',
      'Policies:',
      '  production-deploy (policies/production-deploy.yaml:1): approved until 2026-11-20T10:30:00Z, by a rule that holds (rule 1)',
      `    rule 1 (auto, policies/production-deploy.yaml:10): holds; the requester was on call; until 2026-11-20T10:30:00Z; schedules ${PRIMARY}`,
      `    rule 2 (escalation, policies/production-deploy.yaml:16): does not hold; review evidence not read; schedules ${ESC}`,
      '',
      'Evidence:',
      `  schedule ${PRIMARY}: on call at the decision time: alice (@alice) (1 entry, sha256 ${shiftsDigest(onCall.get(PRIMARY)!)})`,
    ]);
  });

  it('a pending pull request with a review that did not count, an incident, a degraded flag and a dry run', () => {
    const review: ReviewFact = {
      id: 5,
      login: 'bob',
      userType: 'User',
      association: 'MEMBER',
      state: 'APPROVED',
      commitId: HEAD,
      submittedAt: at(-10 * MIN).toISOString(),
    };
    const decision = evaluate({
      requester: { login: 'alice', emails: [] },
      policies: [policy('production-deploy', [escalation([ESC])])],
      onCall: new Map(),
      at: NOW,
      reason: '',
      identities: identities(),
      subject: {
        kind: 'pull',
        reviews: {
          reviews: [review],
          headSha: HEAD,
          parties: { commitLogins: [], commitsTruncated: false, pushers: { known: true, logins: ['alice'] } },
          emails: new Map([['bob', ['bob@example.com']]]),
          history: [],
        },
      },
    });
    const record = buildDecisionRecord({
      ...common,
      dryRun: true,
      command: 'request',
      decision,
      subject: { kind: 'pull', number: 7, headSha: HEAD, baseRef: 'main', baseSha: 'b'.repeat(40) },
      incidents: [{ policy: 'production-deploy', reference: 'INC-9', id: '01HINC' }],
      degraded: { mode: 'outage', reason: 'incident.io unreachable' },
    });
    const text = renderDecisionRecordText(record);
    expect(text[0]).toBe('DEGRADED DECISION: outage mode decided, not the on-call rules alone (incident.io unreachable).');
    expect(text[1]).toBe('');
    expect(text).toContain('Decision: PENDING');
    expect(text).toContain('Command:  request at 2026-11-20T10:00:00Z (dry run: nothing was written), oncall-gate 0.1.0');
    expect(text).toContain('Subject:  pull request #7 of acme/api into main (head aaaaaaaaaaaa, base bbbbbbbbbbbb)');
    expect(text).toContain('Requester: alice (no incident.io email found)');
    expect(text).toContain(`  review 5 on #7 by bob: APPROVED at ${at(-10 * MIN).toISOString()}, not-on-call`);
    expect(text).toContain('  incident INC-9 (01HINC) for production-deploy');
  });

  it('an error record says what went wrong and what to do', () => {
    const record = buildDecisionRecord({
      ...common,
      policy: undefined,
      command: 'gate',
      decision: errorDecision({
        requester: { login: 'alice', emails: [] },
        at: NOW,
        message: 'incident.io is down',
        fix: 'Re-run the job.',
      }),
      subject: { kind: 'run', sha: 'd'.repeat(40), ref: '', environment: '', policy: 'production-deploy' },
    });
    const text = renderDecisionRecordText(record);
    expect(text).toContain('Decision: ERROR');
    expect(text).toContain('Subject:  workflow run of acme/api at dddddddddddd, policy production-deploy');
    expect(text).toContain('Policy:   not read (the run stopped before)');
    expect(text).toContain('Error: incident.io is down');
    expect(text).toContain('Fix:   Re-run the job.');
    expect(text.slice(-5)).toEqual(['Policies:', '  (none matched)', '', 'Evidence:', '  (none)']);
  });
  it('outage mode: each fallback under the degraded line, with who approved, until when, and a reason it required', () => {
    const record = {
      ...buildDecisionRecord({
        ...common,
        command: 'gate',
        decision: errorDecision({ requester: { login: 'alice', emails: [] }, at: NOW, message: 'x' }),
        subject: { kind: 'run', sha: 'd'.repeat(40), ref: 'refs/heads/main', environment: 'production', policy: '' },
      }),
      degraded: {
        mode: 'outage',
        reason: 'incident.io server-error: incident.io failed with 503.',
        fallbacks: [
          {
            policy: 'payments',
            line: 20,
            status: 'approved',
            requireReason: false,
            approvedBy: ['carol'],
            expiresAt: '2026-11-20T14:00:00Z',
          },
          { policy: 'production-deploy', line: 12, status: 'reason-missing', requireReason: true, reason: 'missing' as const },
        ],
      },
    };
    expect(renderDecisionRecordText(record).slice(0, 4)).toEqual([
      'DEGRADED DECISION: outage mode decided, not the on-call rules alone (incident.io server-error: incident.io failed with 503.).',
      '  payments: outage fallback (line 20) approved by carol until 2026-11-20T14:00:00Z',
      '  production-deploy: outage fallback (line 12) reason-missing, a reason required (missing)',
      '',
    ]);
  });
});
