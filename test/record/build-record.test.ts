// The decision record's pure builder: every record it builds validates against the published
// schema (ajv, as compiled for the generated validator), holds the verdict, the policy digests, the
// rules with their outcomes and the evidence, and never an email, a key or a token.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { errorDecision, evaluate, type EvaluationInput } from '../../src/decide/engine.js';
import type { ReviewFact } from '../../src/decide/review.js';
import type { Decision } from '../../src/decide/types.js';
import { buildDecisionRecord, shiftsDigest, type DecisionRecordInput } from '../../src/record/build-record.js';
import { decisionRecordSchema } from '../../src/record/schema.js';
import { compileWithAjv } from '../../scripts/generated-files.js';
import { HOUR, MIN, NOW, at, auto, deny, escalation, facts, identities, policy, shift } from '../support/policy-builders.js';

const PRIMARY = '01HXYZSCHEDULEPRIMARY00000';
const ESC = '01HXYZSCHEDULEESCALATE0000';
const HEAD = 'a'.repeat(40);
const BASE = 'b'.repeat(40);
const validate = compileWithAjv(decisionRecordSchema);

function expectValid(record: unknown): void {
  const ok = validate(record);
  expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
  expect(ok).toBe(true);
}

const alice = { login: 'alice', emails: ['alice@example.com'], emailSource: 'map' as const };
const runInput = (decision: Decision, over: Partial<DecisionRecordInput> = {}): DecisionRecordInput => ({
  command: 'gate',
  version: '1.2.3',
  decision,
  dryRun: false,
  repository: { owner: 'acme', repo: 'api' },
  run: {
    id: '4242',
    attempt: '2',
    eventName: 'workflow_dispatch',
    actor: 'octocat',
    triggeringActor: 'alice',
    serverUrl: 'https://github.com',
  },
  subject: { kind: 'run', sha: 'd'.repeat(40), ref: 'refs/heads/main', environment: 'production', policy: '' },
  policy: {
    path: 'policies',
    commit: 'c'.repeat(40),
    branch: 'main',
    source: 'checkout',
    files: [
      { path: 'policies/production.yaml', text: 'version: 1\n' },
      { path: 'policies/link.yaml', text: '', problem: { code: 'symlink', message: 'a link', fix: 'remove it' } },
    ],
  },
  ...over,
});

const evaluation = (over: Partial<EvaluationInput>): EvaluationInput => ({
  requester: alice,
  policies: [],
  onCall: new Map(),
  at: NOW,
  reason: '',
  identities: identities({ alice: 'alice@example.com', carol: 'carol@example.com' }),
  subject: { kind: 'run' },
  ...over,
});

describe('buildDecisionRecord', () => {
  it('an auto approval: verdict, version, time, commit, file digests, rules with outcomes, on-call evidence', () => {
    const onCall = facts(shift(PRIMARY, 'alice@example.com', -HOUR, 30 * MIN), shift(PRIMARY, 'bob@example.com', -HOUR, 30 * MIN));
    const p = policy('production-deploy', [auto([PRIMARY]), escalation([ESC])]);
    const decision = evaluate(evaluation({ policies: [p], onCall, reason: 'hotfix for the cache' }));
    const record = buildDecisionRecord(runInput(decision, { onCall }));
    expectValid(record);
    expect(record).toMatchObject({
      schemaVersion: 1,
      product: { name: 'oncall-gate', version: '1.2.3' },
      command: 'gate',
      decidedAt: '2026-11-20T10:00:00Z',
      verdict: 'approved',
      approved: true,
      approvedBy: 'auto',
      expiresAt: '2026-11-20T10:30:00Z',
      reason: 'hotfix for the cache',
      repository: 'acme/api',
      run: { id: '4242', attempt: '2', url: 'https://github.com/acme/api/actions/runs/4242/attempts/2', triggeringActor: 'alice' },
      subject: { kind: 'run', environment: 'production', sha: 'd'.repeat(40) },
      requester: { login: 'alice', emailFound: true, emailSource: 'map' },
      policy: { path: 'policies', commit: 'c'.repeat(40), branch: 'main', source: 'checkout' },
    });
    expect(record.policy!.files).toEqual([
      { path: 'policies/production.yaml', sha256: createHash('sha256').update('version: 1\n').digest('hex') },
      { path: 'policies/link.yaml', problem: 'symlink' },
    ]);
    expect(record.policies).toEqual([
      {
        name: 'production-deploy',
        file: 'policies/production-deploy.yaml',
        line: 1,
        result: 'approved',
        decidedBy: 'rule',
        rule: 1,
        expiresAt: '2026-11-20T10:30:00Z',
        approvedBy: 'auto',
        rules: [
          { rule: 1, type: 'auto', line: 10, status: 'on-call', holds: true, schedules: [PRIMARY], expiresAt: '2026-11-20T10:30:00Z' },
          // An on-call deployer needs no review: the escalation is not read.
          { rule: 2, type: 'escalation', line: 16, status: 'unread', holds: false, schedules: [ESC] },
        ],
      },
    ]);
    expect(record.evidence.schedules).toEqual([
      {
        id: PRIMARY,
        purpose: 'on-call',
        entries: 2,
        sha256: shiftsDigest(onCall.get(PRIMARY)!),
        onCall: [
          { name: 'alice', userId: 'U-alice', login: 'alice' },
          { name: 'bob', userId: 'U-bob' },
        ],
      },
    ]);
    expect(record.evidence.reviews).toEqual([]);
    expect(JSON.stringify(record)).not.toMatch(/@example\.com/);
  });

  it('a denial by a deny rule names the rule and its text; a missing reason is recorded as such', () => {
    const decision = evaluate(
      evaluation({ policies: [policy('freeze', [deny('Frozen until Monday')]), policy('p', [auto([PRIMARY], { requireReason: true })])] }),
    );
    const record = buildDecisionRecord(runInput(decision));
    expectValid(record);
    expect(record.verdict).toBe('denied');
    expect(record.policies[0]).toMatchObject({
      name: 'freeze',
      decidedBy: 'deny-rule',
      rule: 1,
      rules: [{ type: 'deny', status: 'denies', text: 'Frozen until Monday' }],
    });
    expect(record.policies[1]!.rules[0]).toMatchObject({ status: 'not-on-call', reason: 'missing' });
  });

  it('a pull request approved by an on-call review: review IDs with submitted_at, the history digest, the incident', () => {
    const review = (id: number, login: string, minutes: number, state = 'APPROVED', association = 'MEMBER'): ReviewFact => ({
      id,
      login,
      userType: 'User',
      association,
      state,
      commitId: HEAD,
      submittedAt: at(minutes * MIN).toISOString(),
    });
    const history = [shift(ESC, 'carol@example.com', -HOUR, HOUR)];
    const p = policy('production-deploy', [escalation([ESC])]);
    const decision = evaluate(
      evaluation({
        policies: [p],
        subject: {
          kind: 'pull',
          reviews: {
            reviews: [
              review(11, 'carol', -10),
              review(12, 'dave', -5, 'COMMENTED'),
              review(13, 'alice', -20),
              review(14, 'mallory', -3, 'APPROVED', 'CONTRIBUTOR'),
            ],
            headSha: HEAD,
            parties: { commitLogins: ['alice'], commitsTruncated: false, pushers: { known: true, logins: ['alice'] } },
            emails: new Map([
              ['carol', ['carol@example.com']],
              ['alice', ['alice@example.com']],
            ]),
            history,
          },
        },
      }),
    );
    expect(decision.result).toBe('approved');
    const record = buildDecisionRecord(
      runInput(decision, {
        command: 'review',
        subject: { kind: 'pull', number: 7, headSha: HEAD, baseRef: 'main', baseSha: BASE },
        onCall: new Map([[ESC, []]]),
        // The same shift read around two reviews is one entry.
        history: [...history, ...history],
        incidents: [
          {
            policy: 'production-deploy',
            id: '01HINCIDENT000000000000000',
            reference: 'INC-9',
            url: 'https://app.incident.io/x/incidents/9',
          },
        ],
      }),
    );
    expectValid(record);
    expect(record.approvedBy).toBe('carol');
    expect(record.subject).toEqual({ kind: 'pull', number: 7, headSha: HEAD, baseRef: 'main', baseSha: BASE });
    expect(record.evidence.reviews).toEqual([
      {
        id: 13,
        pull: 7,
        reviewer: 'alice',
        state: 'APPROVED',
        submittedAt: at(-20 * MIN).toISOString(),
        commitId: HEAD,
        counted: 'author',
      },
      {
        id: 11,
        pull: 7,
        reviewer: 'carol',
        state: 'APPROVED',
        submittedAt: at(-10 * MIN).toISOString(),
        commitId: HEAD,
        counted: 'approves',
      },
      // Without access to the repository: the association is recorded with why it did not count.
      {
        id: 14,
        pull: 7,
        reviewer: 'mallory',
        state: 'APPROVED',
        submittedAt: at(-3 * MIN).toISOString(),
        commitId: HEAD,
        counted: 'outsider (CONTRIBUTOR)',
      },
    ]);
    expect(record.evidence.schedules).toEqual([
      { id: ESC, purpose: 'on-call', entries: 0, sha256: shiftsDigest([]), onCall: [] },
      { id: ESC, purpose: 'review-history', entries: 1, sha256: shiftsDigest(history) },
    ]);
    expect(record.evidence.incidents).toEqual([
      { policy: 'production-deploy', id: '01HINCIDENT000000000000000', reference: 'INC-9', url: 'https://app.incident.io/x/incidents/9' },
    ]);
    expect(record.policies[0]!.rules[0]).toMatchObject({ status: 'approved', holds: true, approvedBy: ['carol'] });
  });

  it('an error decision: the message and fix, no verdicts; unknown pull request parts are left out', () => {
    const decision = errorDecision({
      requester: { login: '', emails: [] },
      at: NOW,
      message: 'incident.io is down',
      fix: 'Re-run the job.',
      subject: 'pull',
    });
    const record = buildDecisionRecord(
      runInput(decision, {
        command: 'request',
        subject: { kind: 'pull', number: 0, headSha: '', baseRef: '', baseSha: '' },
        policy: undefined,
      }),
    );
    expectValid(record);
    expect(record).toMatchObject({
      verdict: 'error',
      approved: false,
      error: { message: 'incident.io is down', fix: 'Re-run the job.' },
      policies: [],
    });
    expect(record.subject).toEqual({ kind: 'pull' });
    expect(record).not.toHaveProperty('policy');
  });

  it('the degraded flag has its own place, and the schema accepts it', () => {
    const decision = evaluate(evaluation({ policies: [policy('p', [auto([PRIMARY])])] }));
    const record = buildDecisionRecord(
      runInput(decision, { degraded: { mode: 'outage', reason: 'incident.io unreachable after retries' } }),
    );
    expectValid(record);
    expect(record.degraded).toEqual({ mode: 'outage', reason: 'incident.io unreachable after retries' });
  });

  describe('outage mode', () => {
    const cause = { kind: 'server-error' as const, status: 503, message: 'incident.io failed with 503.' };
    const withFallback = (rules = [auto([PRIMARY]), escalation([ESC])]) => ({
      ...policy('production-deploy', rules),
      whenUnavailable: {
        kind: 'fallback' as const,
        approvers: ['carol'],
        approverTeams: [],
        durationMs: 4 * HOUR,
        at: { file: 'policies/production-deploy.yaml', line: 12, column: 1 },
      },
    });
    const carol: ReviewFact = {
      id: 77,
      login: 'carol',
      userType: 'User',
      association: 'MEMBER',
      state: 'APPROVED',
      commitId: HEAD,
      submittedAt: at(-10 * MIN).toISOString(),
    };
    const pullSubject: EvaluationInput['subject'] = {
      kind: 'pull',
      reviews: {
        reviews: [carol],
        headSha: HEAD,
        parties: { commitLogins: ['alice'], commitsTruncated: false, pushers: { known: true, logins: ['alice'] } },
        emails: new Map([['carol', ['carol@example.com']]]),
        history: [],
      },
    };
    const pullRecord = (decision: Decision) =>
      buildDecisionRecord(
        runInput(decision, {
          command: 'request',
          subject: { kind: 'pull', number: 5, headSha: HEAD, baseRef: 'main', baseSha: BASE },
          degraded: { mode: 'outage', reason: 'incident.io server-error: incident.io failed with 503.' },
        }),
      );

    it("the fallback's approving review is evidence, and each fallback's outcome is in `degraded` (v1, still valid)", () => {
      const decision = evaluate(evaluation({ policies: [withFallback()], subject: pullSubject, outage: { cause, teams: [] } }));
      const record = pullRecord(decision);
      expectValid(record);
      expect(record.schemaVersion).toBe(1);
      expect(record.evidence.reviews).toEqual([
        { id: 77, pull: 5, reviewer: 'carol', state: 'APPROVED', submittedAt: carol.submittedAt, commitId: HEAD, counted: 'approves' },
      ]);
      expect(record.degraded).toEqual({
        mode: 'outage',
        reason: 'incident.io server-error: incident.io failed with 503.',
        fallbacks: [
          {
            policy: 'production-deploy',
            line: 12,
            status: 'approved',
            requireReason: false,
            approvedBy: ['carol'],
            expiresAt: '2026-11-20T13:50:00Z',
          },
        ],
      });
    });

    it('a reason the fallback requires and did not get: recorded as such, with no review judged', () => {
      const decision = evaluate(
        evaluation({
          policies: [withFallback([auto([PRIMARY]), escalation([ESC], { requireReason: true })])],
          subject: pullSubject,
          outage: { cause, teams: [] },
        }),
      );
      const record = pullRecord(decision);
      expectValid(record);
      expect(record.verdict).toBe('denied');
      expect(record.degraded?.fallbacks).toEqual([
        { policy: 'production-deploy', line: 12, status: 'reason-missing', requireReason: true, reason: 'missing' },
      ]);
      expect(record.evidence.reviews).toEqual([]);
    });

    it('a record of version 1 without `fallbacks` (written before it existed) is still valid', () => {
      expectValid({
        ...pullRecord(evaluate(evaluation({ policies: [withFallback()], subject: pullSubject, outage: { cause, teams: [] } }))),
        degraded: { mode: 'outage', reason: 'x' },
      });
    });
  });

  it('the digest of shifts does not depend on their order, and changes with any field', () => {
    const a = shift(PRIMARY, 'alice@example.com', -HOUR, HOUR);
    const b = shift(PRIMARY, 'bob@example.com', HOUR, 2 * HOUR);
    expect(shiftsDigest([a, b])).toBe(shiftsDigest([b, a]));
    expect(shiftsDigest([a, b])).toMatch(/^[0-9a-f]{64}$/);
    for (const changed of [
      { ...a, email: 'ALICE2@example.com' },
      { ...a, userId: 'U-x' },
      { ...a, endAt: at(2 * HOUR) },
    ]) {
      expect(shiftsDigest([changed, b])).not.toBe(shiftsDigest([a, b]));
    }
    // Emails compare in lower case, as everywhere.
    expect(shiftsDigest([{ ...a, email: 'Alice@Example.com' }, b])).toBe(shiftsDigest([a, b]));
    // The documented form: JSON of [userId, email, start, end] rows, sorted.
    const rows = [
      ['U-alice', 'alice@example.com', a.startAt.toISOString(), a.endAt.toISOString()],
      ['U-bob', 'bob@example.com', b.startAt.toISOString(), b.endAt.toISOString()],
    ];
    expect(shiftsDigest([b, a])).toBe(createHash('sha256').update(JSON.stringify(rows)).digest('hex'));
  });
});
