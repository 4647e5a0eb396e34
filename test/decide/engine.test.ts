// The rule engine's table tests: every rule (auto, escalation, deny, requireReason, allowOneParty,
// the second-party rules), their combinations (AND across policies, OR inside one, deny wins), and
// both subjects (a gate run, a pull request). Only data is asserted here; the words are
// test/unit/report/explain.test.ts's.
import { describe, expect, it } from 'vitest';
import {
  decidingRule,
  errorDecision,
  escalatingPolicies,
  evaluate,
  MIN_REASON_CHARS,
  openEscalations,
  policySchedules,
  reasonLength,
  type EvaluationInput,
  type Subject,
} from '../../src/decide/engine.js';
import type { DeployFacts } from '../../src/decide/escalation-evidence.js';
import type { PullParties, ReviewFact } from '../../src/decide/review.js';
import type { Decision, OnCallFact, Requester, RuleOutcome } from '../../src/decide/types.js';
import type { EscalationRule, OutageFallback, Policy } from '../../src/policy/types.js';
import { HOUR, MIN, NOW, at, auto, deny, escalation, facts, identities, placed, policy, shift } from '../support/policy-builders.js';

const PRIMARY = '01HXYZSCHEDULEPRIMARY00000';
const SECONDARY = '01HXYZSCHEDULESECONDARY000';
const ESC = '01HXYZSCHEDULEESCALATE0000';
const HEAD = 'a'.repeat(40);
const DEPLOYED = 'd'.repeat(40);

const alice: Requester = { login: 'alice', emails: ['alice@example.com'], emailSource: 'map' };

let nextId = 1;
const review = (login: string, offsetMs: number, state = 'APPROVED', commitId: string = HEAD): ReviewFact => ({
  id: nextId++,
  login,
  userType: 'User',
  association: 'MEMBER',
  state,
  commitId,
  submittedAt: at(offsetMs).toISOString(),
});

/** alice wrote and pushed the change. */
const ALICE_PUSHED: PullParties = { commitLogins: ['alice'], commitsTruncated: false, pushers: { known: true, logins: ['alice'] } };
const EMAILS = new Map<string, string[]>([
  ['alice', ['alice@example.com']],
  ['carol', ['carol@example.com']],
  ['dave', ['dave@example.com']],
  ['alice2', ['alice@example.com']],
]);
/** carol and dave are on call for ESC all around now. */
const HISTORY: OnCallFact[] = [
  shift(ESC, 'carol@example.com', -12 * HOUR, 12 * HOUR),
  shift(ESC, 'dave@example.com', -12 * HOUR, 12 * HOUR),
];

interface Evidence {
  reviews?: ReviewFact[];
  parties?: PullParties;
  history?: OnCallFact[];
  /** Gate run: the deployed commit came from no merged pull request. */
  noMergedPull?: boolean;
}

/** A pull request whose head is HEAD, authored by alice, with these reviews. */
function pullSubject(e: Evidence = {}): Subject {
  return {
    kind: 'pull',
    reviews: { reviews: e.reviews ?? [], headSha: HEAD, parties: e.parties ?? ALICE_PUSHED, emails: EMAILS, history: e.history ?? HISTORY },
  };
}

/** A gate run deploying a commit of PR #7 (alice's, merged into main 30 minutes ago, final head HEAD) with these reviews. */
function runSubject(e: Evidence | 'unread' = {}): Subject {
  if (e === 'unread') return { kind: 'run' };
  const evidence: DeployFacts = {
    commitSha: DEPLOYED,
    defaultBranch: 'main',
    pulls: e.noMergedPull
      ? []
      : [
          {
            number: 7,
            htmlUrl: 'https://github.com/acme/api/pull/7',
            authorLogin: 'alice',
            mergedAt: at(-30 * MIN).toISOString(),
            baseRef: 'main',
            headSha: HEAD,
            mergeCommitSha: DEPLOYED,
          },
        ],
    reviews: new Map([[7, e.reviews ?? []]]),
    parties: new Map([[7, e.parties ?? ALICE_PUSHED]]),
    emails: EMAILS,
    history: e.history ?? HISTORY,
  };
  return { kind: 'run', evidence };
}

function input(over: Partial<EvaluationInput>): EvaluationInput {
  return {
    requester: alice,
    policies: [policy('production-deploy', [auto([PRIMARY])])],
    onCall: facts(),
    at: NOW,
    reason: '',
    identities: identities({ alice: 'alice@example.com', Bob: 'Bob@Example.com', carol: 'carol@example.com' }),
    subject: runSubject('unread'),
    ...over,
  };
}

const statuses = (d: Decision): string[][] => d.verdicts.map((v) => v.rules.map((r) => r.status));
const rule = (d: Decision, policyIndex = 0, ruleIndex = 0): RuleOutcome => d.verdicts[policyIndex]!.rules[ruleIndex]!;
const SUBJECTS = ['run', 'pull'] as const;
const subjectOf = (kind: 'run' | 'pull', e: Evidence = {}): Subject => (kind === 'run' ? runSubject(e) : pullSubject(e));

describe('auto rules (either subject: the requester is the deployer or the author)', () => {
  const cases: {
    name: string;
    over: Partial<EvaluationInput>;
    result: 'approved' | 'denied';
    status: string;
    expiresAt?: Date;
    onCallFor?: string[];
  }[] = [
    {
      name: 'on call now: approved until the end of the shift when it comes before the duration',
      over: { onCall: facts(shift(PRIMARY, 'alice@example.com', -2 * HOUR, 30 * MIN)) },
      result: 'approved',
      status: 'on-call',
      expiresAt: at(30 * MIN),
      onCallFor: [PRIMARY],
    },
    {
      name: 'on call now: approved for the duration when the shift runs longer',
      over: {
        policies: [policy('p', [auto([PRIMARY], { durationMs: 2 * HOUR })])],
        onCall: facts(shift(PRIMARY, 'alice@example.com', -HOUR, 5 * HOUR)),
      },
      result: 'approved',
      status: 'on-call',
      expiresAt: at(2 * HOUR),
    },
    {
      name: 'someone else on call: denied',
      over: { onCall: facts(shift(PRIMARY, 'bob@example.com', -HOUR, HOUR)) },
      result: 'denied',
      status: 'not-on-call',
    },
    {
      name: 'a shift that ended a second ago does not count (end is exclusive)',
      over: { onCall: facts(shift(PRIMARY, 'alice@example.com', -HOUR, -1000)) },
      result: 'denied',
      status: 'not-on-call',
    },
    {
      name: 'a shift ending exactly now does not count',
      over: { onCall: facts(shift(PRIMARY, 'alice@example.com', -HOUR, 0)) },
      result: 'denied',
      status: 'not-on-call',
    },
    {
      name: 'a shift starting exactly now counts (start is inclusive)',
      over: { onCall: facts(shift(PRIMARY, 'alice@example.com', 0, HOUR)) },
      result: 'approved',
      status: 'on-call',
      expiresAt: at(HOUR),
    },
    {
      name: 'a shift starting in a minute does not count',
      over: { onCall: facts(shift(PRIMARY, 'alice@example.com', MIN, HOUR)) },
      result: 'denied',
      status: 'not-on-call',
    },
    {
      name: 'emails compare case-insensitively',
      over: {
        requester: { login: 'ALICE', emails: ['alice@example.com'] },
        onCall: facts(shift(PRIMARY, 'Alice@EXAMPLE.com', -HOUR, HOUR)),
      },
      result: 'approved',
      status: 'on-call',
    },
    {
      name: 'on call for another schedule than the rule names: denied',
      over: { onCall: facts(shift(SECONDARY, 'alice@example.com', -HOUR, HOUR)) },
      result: 'denied',
      status: 'not-on-call',
    },
    {
      name: 'no schedules anywhere: approves nobody',
      over: { policies: [policy('p', [auto([])])], onCall: facts(shift(PRIMARY, 'alice@example.com', -HOUR, HOUR)) },
      result: 'denied',
      status: 'no-schedules',
    },
    {
      name: 'a requester without an email is never on call, even when the shift names their likely email',
      over: { requester: { login: 'carol', emails: [] }, onCall: facts(shift(PRIMARY, 'carol@example.com', -HOUR, HOUR)) },
      result: 'denied',
      status: 'no-identity',
    },
    {
      name: 'several covering shifts: the latest end counts, capped by the duration',
      over: {
        policies: [policy('p', [auto([PRIMARY, SECONDARY], { durationMs: 3 * HOUR })])],
        onCall: facts(shift(PRIMARY, 'alice@example.com', -HOUR, 20 * MIN), shift(SECONDARY, 'alice@example.com', -HOUR, 2 * HOUR)),
      },
      result: 'approved',
      status: 'on-call',
      expiresAt: at(2 * HOUR),
      onCallFor: [PRIMARY, SECONDARY],
    },
  ];

  for (const subject of SUBJECTS) {
    for (const c of cases) {
      it(`${subject}: ${c.name}`, () => {
        const d = evaluate(input({ ...c.over, subject: subjectOf(subject) }));
        expect(d.result).toBe(c.result);
        expect(d.approved).toBe(c.result === 'approved');
        expect(d.subject).toBe(subject);
        expect(rule(d)).toMatchObject({ type: 'auto', status: c.status, holds: c.result === 'approved' });
        if (c.result === 'approved') {
          expect(d.approvedBy).toBe('auto');
          expect(d.verdicts[0]).toMatchObject({ decidedBy: { kind: 'rule', rule: 0 }, approvedBy: 'auto', escalation: 'none' });
        } else {
          expect(d.approvedBy).toBeUndefined();
          expect(d.expiresAt).toBeUndefined();
          expect(d.verdicts[0]!.decidedBy).toEqual({ kind: 'nothing-holds' });
        }
        if (c.expiresAt) expect(d.expiresAt).toEqual(c.expiresAt);
        if (c.onCallFor) expect(rule(d)).toMatchObject({ onCallFor: c.onCallFor });
      });
    }
  }

  it('the expiry is min(duration, shift end), and the shift end is kept as evidence', () => {
    const d = evaluate(input({ onCall: facts(shift(PRIMARY, 'alice@example.com', -HOUR, 30 * MIN)) }));
    expect(rule(d)).toMatchObject({ shiftEnd: at(30 * MIN), expiresAt: at(30 * MIN) });
  });
});

describe('requireReason', () => {
  const onCall = facts(shift(PRIMARY, 'alice@example.com', -HOUR, HOUR));
  const policies = [policy('p', [auto([PRIMARY], { requireReason: true })])];
  const cases: [string, string, string, object?][] = [
    ['missing', '', 'denied', { kind: 'missing' }],
    ['one character', '.', 'denied', { kind: 'too-short', length: 1, min: MIN_REASON_CHARS }],
    ['nine characters padded with spaces', '  a b c d e f g h i  ', 'denied', { kind: 'too-short', length: 9, min: MIN_REASON_CHARS }],
    [
      'invisible characters only (zero-width spaces, a BOM)',
      '\u200b\u200b\u200b\u200b\u200b\u200c\u200d\u2060\ufeff\u200b\u00a0\u3000',
      'denied',
      { kind: 'missing' },
    ],
    [
      'blank-looking characters only (Hangul fillers, a Braille blank, a combining grapheme joiner, variation selectors, controls)',
      '\u3164\u3164\u115f\u1160\uffa0\u2800\u2800\u034f\ufe0f\ufe00\u0001\u007f\u0085',
      'denied',
      { kind: 'missing' },
    ],
    ['ten characters', 'hotfix-123', 'approved'],
    ['a sentence', 'Roll back the broken release', 'approved'],
  ];
  for (const subject of SUBJECTS) {
    for (const [name, reason, result, problem] of cases) {
      it(`${subject}: ${name} => ${result}`, () => {
        const d = evaluate(input({ policies, onCall, reason, subject: subjectOf(subject) }));
        expect(d.result).toBe(result);
        expect(d.facts.reason).toBe(reason);
        if (problem) expect(rule(d)).toMatchObject({ status: 'reason-missing', reasonProblem: problem });
        else expect(rule(d)).toMatchObject({ status: 'on-call' });
      });
    }
  }

  it('counts visible characters only', () => {
    expect(reasonLength(' a\tb\nc ')).toBe(3);
    expect(reasonLength('a\u200bb\u00a0c\u2028')).toBe(3);
    // Characters that render as nothing (or as a blank) but are not white space nor Cf.
    expect(reasonLength('a\u3164b\u2800c\u034f\ufe0f\u0001\u{e0041}')).toBe(3);
    // Letters of any script, digits, punctuation and emoji count.
    expect(reasonLength('Rollback Ж 修正 #1 🚀')).toBe(15);
  });

  it('not on call and no reason: the first unmet condition is the status, and the missing reason is kept too', () => {
    const d = evaluate(input({ policies, onCall: facts() }));
    expect(rule(d)).toMatchObject({ status: 'not-on-call', reasonProblem: { kind: 'missing' } });
    const noEmail = evaluate(input({ policies, requester: { login: 'carol', emails: [] } }));
    expect(rule(noEmail)).toMatchObject({ status: 'no-identity', reasonProblem: { kind: 'missing' } });
  });

  it('a rule without requireReason in the same policy still approves (OR)', () => {
    const d = evaluate(input({ policies: [policy('p', [auto([PRIMARY], { requireReason: true }), auto([PRIMARY])])], onCall }));
    expect(d.result).toBe('approved');
    expect(d.verdicts[0]!.decidedBy).toEqual({ kind: 'rule', rule: 1 });
  });

  for (const subject of SUBJECTS) {
    it(`${subject}: an escalation rule with a missing reason is closed before any evidence: denied, nothing to escalate`, () => {
      const p = policy('p', [escalation([ESC], { requireReason: true })]);
      const d = evaluate(input({ policies: [p], reason: 'short', subject: subjectOf(subject, { reviews: [review('carol', -10 * MIN)] }) }));
      expect(d.result).toBe('denied');
      expect(rule(d)).toMatchObject({ status: 'reason-missing', reasonProblem: { kind: 'too-short', length: 5 }, holds: false });
      expect(rule(d)).not.toHaveProperty('evidence');
      expect(d.verdicts[0]!.escalation).toBe('none');
      expect(openEscalations(d, [p])).toEqual([]);
      expect(escalatingPolicies(d)).toEqual([]);
    });
  }
});

describe('escalation rules: the same review rules for a pull request and a gate run', () => {
  const esc = (over: Partial<EscalationRule> = {}): EscalationRule => ({ ...escalation([ESC]), ...over });
  const cases: {
    name: string;
    evidence: Evidence;
    rule?: Partial<EscalationRule>;
    result: 'approved' | 'denied' | 'pending';
    status: string;
    approvedBy?: string;
    expiresAt?: Date;
    /** Only for this subject (the evidence differs). */
    only?: 'run' | 'pull';
  }[] = [
    {
      name: 'an on-call approval on the head approves, by that login, until submitted_at + duration',
      evidence: { reviews: [review('carol', -10 * MIN)] },
      result: 'approved',
      status: 'approved',
      approvedBy: 'carol',
      expiresAt: at(-10 * MIN + 24 * HOUR),
    },
    { name: 'no review yet: pending', evidence: {}, result: 'pending', status: 'waiting' },
    {
      name: 'an approval by someone not on call at submitted_at does not count',
      evidence: { reviews: [review('carol', -10 * MIN)], history: [shift(ESC, 'carol@example.com', -5 * MIN, HOUR)] },
      result: 'pending',
      status: 'waiting',
    },
    {
      name: 'an approval of an older commit does not count',
      evidence: { reviews: [review('carol', -10 * MIN, 'APPROVED', 'b'.repeat(40))] },
      result: 'pending',
      status: 'waiting',
    },
    {
      name: 'an approval older than the duration does not count',
      evidence: { reviews: [review('carol', -3 * HOUR)] },
      rule: { durationMs: 2 * HOUR },
      result: 'pending',
      status: 'waiting',
    },
    {
      name: 'an on-call change request denies (a veto)',
      evidence: { reviews: [review('carol', -10 * MIN, 'CHANGES_REQUESTED')] },
      result: 'denied',
      status: 'vetoed',
    },
    {
      name: 'deny wins: a change request denies even when another on-call person approved',
      evidence: { reviews: [review('dave', -20 * MIN), review('carol', -10 * MIN, 'CHANGES_REQUESTED')] },
      result: 'denied',
      status: 'vetoed',
    },
    {
      name: 'second party: an on-call reviewer who pushed the head does not approve',
      evidence: { reviews: [review('carol', -10 * MIN)], parties: { ...ALICE_PUSHED, pushers: { known: true, logins: ['carol'] } } },
      result: 'pending',
      status: 'waiting',
    },
    {
      name: 'second party: a reviewer who committed to the change does not approve',
      evidence: { reviews: [review('carol', -10 * MIN)], parties: { ...ALICE_PUSHED, commitLogins: ['alice', 'carol'] } },
      result: 'pending',
      status: 'waiting',
    },
    {
      name: 'second party: the author under a second login (same incident.io email) does not approve',
      evidence: { reviews: [review('alice2', -10 * MIN)], history: [...HISTORY, shift(ESC, 'alice@example.com', -HOUR, HOUR)] },
      result: 'pending',
      status: 'waiting',
    },
    {
      name: 'second party: the pusher unknown, a second party still approves',
      evidence: {
        reviews: [review('carol', -10 * MIN)],
        parties: { ...ALICE_PUSHED, pushers: { known: false, why: 'the activity log answered 403' } },
      },
      result: 'approved',
      status: 'approved',
      approvedBy: 'carol',
    },
    {
      name: 'allowOneParty off: an on-call author alone is not enough',
      evidence: { history: [...HISTORY, shift(ESC, 'alice@example.com', -HOUR, HOUR)] },
      result: 'pending',
      status: 'waiting',
    },
    {
      name: 'allowOneParty: the on-call author approves their own change (now for a pull request, at merged_at for a run)',
      evidence: { history: [shift(ESC, 'alice@example.com', -HOUR, HOUR)] },
      rule: { allowOneParty: true },
      result: 'approved',
      status: 'approved',
      approvedBy: 'alice',
    },
    {
      name: 'allowOneParty: a committer who is on call approves',
      evidence: { reviews: [review('carol', -10 * MIN)], parties: { ...ALICE_PUSHED, commitLogins: ['carol'] } },
      rule: { allowOneParty: true },
      result: 'approved',
      status: 'approved',
      approvedBy: 'carol',
    },
    {
      name: 'allowOneParty: an author on call only after the merge does not approve the deploy',
      evidence: { history: [shift(ESC, 'alice@example.com', -10 * MIN, HOUR)] },
      rule: { allowOneParty: true },
      result: 'pending',
      status: 'waiting',
      only: 'run',
    },
    {
      name: 'a commit that came from no merged pull request cannot be approved by review: pending',
      evidence: { noMergedPull: true },
      result: 'pending',
      status: 'waiting',
      only: 'run',
    },
  ];

  for (const subject of SUBJECTS) {
    for (const c of cases) {
      if (c.only && c.only !== subject) continue;
      it(`${subject}: ${c.name}`, () => {
        const p = policy('p', [esc(c.rule)]);
        const d = evaluate(input({ policies: [p], subject: subjectOf(subject, c.evidence) }));
        expect(d.result).toBe(c.result);
        const r = rule(d);
        expect(r).toMatchObject({ type: 'escalation', status: c.status, holds: c.result === 'approved' });
        expect(r.type === 'escalation' && r.evidence?.subject).toBe(subject);
        const v = d.verdicts[0]!;
        if (c.result === 'approved') {
          expect(d.approvedBy).toBe(c.approvedBy);
          expect(v).toMatchObject({ decidedBy: { kind: 'rule', rule: 0 }, escalation: 'approved', approvedBy: c.approvedBy });
          if (c.expiresAt) expect(d.expiresAt).toEqual(c.expiresAt);
        } else if (c.result === 'pending') {
          expect(v).toMatchObject({ decidedBy: { kind: 'waiting', rules: [0] }, escalation: 'waiting' });
          expect(openEscalations(d, [p])).toEqual([{ policy: p, rules: [p.rules[0]], services: [ESC] }]);
        } else {
          expect(v).toMatchObject({ decidedBy: { kind: 'veto', rule: 0 }, escalation: 'vetoed' });
          expect(openEscalations(d, [p])).toEqual([]);
        }
      });
    }
  }

  it('run: before the evidence is read the rule is unread and the policy denied, and the gate knows what to read', () => {
    const p = policy('p', [auto([PRIMARY]), escalation([ESC])]);
    const d = evaluate(input({ policies: [p] }));
    expect(d.result).toBe('denied');
    expect(statuses(d)).toEqual([['not-on-call', 'unread']]);
    expect(rule(d, 0, 1)).not.toHaveProperty('evidence');
    expect(d.verdicts[0]).toMatchObject({ decidedBy: { kind: 'nothing-holds' }, escalation: 'unread' });
    expect(openEscalations(d, [p])).toEqual([{ policy: p, rules: [p.rules[1]], services: [ESC] }]);
  });

  it('run: several merged pull requests must each be approved; the approval lasts as long as the weakest, approved by each login', () => {
    const base = runSubject({}) as { kind: 'run'; evidence: DeployFacts };
    const second = { ...base.evidence.pulls[0]!, number: 8, headSha: 'b'.repeat(40) };
    const evidence: DeployFacts = {
      ...base.evidence,
      pulls: [...base.evidence.pulls, second],
      reviews: new Map([
        [7, [review('carol', -10 * MIN)]],
        [8, [review('dave', -40 * MIN, 'APPROVED', 'b'.repeat(40))]],
      ]),
      parties: new Map([
        [7, ALICE_PUSHED],
        [8, ALICE_PUSHED],
      ]),
    };
    const d = evaluate(input({ policies: [policy('p', [escalation([ESC])])], subject: { kind: 'run', evidence } }));
    expect(d).toMatchObject({ result: 'approved', approvedBy: 'carol,dave', expiresAt: at(-40 * MIN + 24 * HOUR) });
    expect(rule(d)).toMatchObject({ approvedBy: ['carol', 'dave'] });
  });

  it('pull: a veto denies even when the author is auto-approved (deny wins), and the incident records it', () => {
    const p = policy('p', [auto([PRIMARY]), escalation([ESC])]);
    const d = evaluate(
      input({
        policies: [p],
        onCall: facts(shift(PRIMARY, 'alice@example.com', -HOUR, HOUR)),
        subject: pullSubject({ reviews: [review('carol', -10 * MIN, 'CHANGES_REQUESTED')] }),
      }),
    );
    expect(d.result).toBe('denied');
    expect(statuses(d)).toEqual([['on-call', 'vetoed']]);
    expect(d.verdicts[0]!.decidedBy).toEqual({ kind: 'veto', rule: 1 });
    expect(escalatingPolicies(d)).toEqual(['p']);
  });

  it('run: a policy its auto rule approves reads no review evidence, so the deployer on call passes', () => {
    const p = policy('p', [auto([PRIMARY]), escalation([ESC])]);
    const d = evaluate(
      input({
        policies: [p],
        onCall: facts(shift(PRIMARY, 'alice@example.com', -HOUR, HOUR)),
        subject: runSubject({ reviews: [review('carol', -10 * MIN, 'CHANGES_REQUESTED')] }),
      }),
    );
    expect(d).toMatchObject({ result: 'approved', approvedBy: 'auto' });
    expect(statuses(d)).toEqual([['on-call', 'unread']]);
  });

  it('an auto approval and an escalation approval in one policy: the later expiry decides and names the approver', () => {
    const p = policy('p', [auto([PRIMARY]), escalation([ESC])]);
    const d = evaluate(
      input({
        policies: [p],
        onCall: facts(shift(PRIMARY, 'alice@example.com', -HOUR, 30 * MIN)),
        subject: pullSubject({ reviews: [review('carol', -10 * MIN)] }),
      }),
    );
    expect(d).toMatchObject({ result: 'approved', approvedBy: 'carol', expiresAt: at(-10 * MIN + 24 * HOUR) });
    expect(d.verdicts[0]).toMatchObject({ decidedBy: { kind: 'rule', rule: 1 }, escalation: 'approved' });
    expect(escalatingPolicies(d)).toEqual(['p']);
  });
});

describe('combining rules and policies', () => {
  const onPrimary = shift(PRIMARY, 'alice@example.com', -HOUR, 40 * MIN);
  const onSecondary = shift(SECONDARY, 'alice@example.com', -HOUR, 20 * MIN);

  for (const subject of SUBJECTS) {
    const s = subjectOf(subject);
    it(`${subject}: OR inside a policy: the second rule holds`, () => {
      const d = evaluate(input({ policies: [policy('p', [auto([SECONDARY]), auto([PRIMARY])])], onCall: facts(onPrimary), subject: s }));
      expect(d.result).toBe('approved');
      expect(d.verdicts[0]!.rules.map((r) => r.holds)).toEqual([false, true]);
    });

    it(`${subject}: OR inside a policy: the latest expiry among holding rules decides`, () => {
      const d = evaluate(
        input({ policies: [policy('p', [auto([SECONDARY]), auto([PRIMARY])])], onCall: facts(onPrimary, onSecondary), subject: s }),
      );
      expect(d.expiresAt).toEqual(at(40 * MIN));
      expect(d.verdicts[0]!.decidedBy).toEqual({ kind: 'rule', rule: 1 });
    });

    it(`${subject}: AND across policies: one denying policy denies`, () => {
      const d = evaluate(
        input({ policies: [policy('a', [auto([PRIMARY])]), policy('b', [auto([ESC])])], onCall: facts(onPrimary), subject: s }),
      );
      expect(d.result).toBe('denied');
      expect(d.verdicts.map((v) => v.result)).toEqual(['approved', 'denied']);
    });

    it(`${subject}: AND across policies: the earliest policy expiry wins`, () => {
      const d = evaluate(
        input({
          policies: [policy('a', [auto([PRIMARY])]), policy('b', [auto([SECONDARY])])],
          onCall: facts(onPrimary, onSecondary),
          subject: s,
        }),
      );
      expect(d).toMatchObject({ result: 'approved', policies: ['a', 'b'], expiresAt: at(20 * MIN) });
    });

    it(`${subject}: deny wins inside a policy even when an auto rule holds`, () => {
      const d = evaluate(
        input({ policies: [policy('p', [auto([PRIMARY]), deny('Change freeze until 2026-12-01')])], onCall: facts(onPrimary), subject: s }),
      );
      expect(d.result).toBe('denied');
      expect(d.verdicts[0]).toMatchObject({ decidedBy: { kind: 'deny-rule', rule: 1 }, escalation: 'none' });
      expect(rule(d, 0, 1)).toMatchObject({ type: 'deny', status: 'denies', text: 'Change freeze until 2026-12-01' });
    });

    it(`${subject}: deny in another matching policy wins over an approving one`, () => {
      const d = evaluate(
        input({
          policies: [policy('a', [auto([PRIMARY])]), policy('b', [auto([SECONDARY])]), policy('freeze', [deny('Freeze')])],
          onCall: facts(onPrimary),
          subject: s,
        }),
      );
      expect(d.result).toBe('denied');
      expect(d.verdicts.map((v) => v.result)).toEqual(['approved', 'denied', 'denied']);
    });

    it(`${subject}: a deny rule wins over an escalation approval, and opens nothing`, () => {
      const p = policy('freeze', [escalation([ESC]), deny('Change freeze')]);
      const d = evaluate(input({ policies: [p], subject: subjectOf(subject, { reviews: [review('carol', -10 * MIN)] }) }));
      expect(d.result).toBe('denied');
      expect(d.verdicts[0]!.decidedBy).toEqual({ kind: 'deny-rule', rule: 1 });
      expect(openEscalations(d, [p])).toEqual([]);
      expect(escalatingPolicies(d)).toEqual([]);
    });

    it(`${subject}: an empty approval list approves nobody`, () => {
      const d = evaluate(input({ policies: [policy('p', [])], onCall: facts(onPrimary), subject: s }));
      expect(d.result).toBe('denied');
      expect(d.verdicts[0]!.decidedBy).toEqual({ kind: 'no-rules' });
    });

    it(`${subject}: no matched policy: not-required, and the job may proceed`, () => {
      const d = evaluate(input({ policies: [], subject: s }));
      expect(d).toMatchObject({ result: 'not-required', approved: true, policies: [], verdicts: [], onCall: false, onCallSchedules: [] });
    });
  }

  it('pull: one pending policy keeps the request pending, and only it owns an incident', () => {
    const d = evaluate(
      input({
        policies: [policy('a', [auto([PRIMARY])]), policy('b', [escalation([ESC])])],
        onCall: facts(onPrimary),
        subject: pullSubject(),
      }),
    );
    expect(d.result).toBe('pending');
    expect(d.verdicts.map((v) => v.result)).toEqual(['approved', 'pending']);
    expect(escalatingPolicies(d)).toEqual(['b']);
  });

  it('pull: a denied policy denies the request, and a pending one opens no incident then', () => {
    const d = evaluate(input({ policies: [policy('a', [auto([SECONDARY])]), policy('b', [escalation([ESC])])], subject: pullSubject() }));
    expect(d.result).toBe('denied');
    expect(d.verdicts.map((v) => v.result)).toEqual(['denied', 'pending']);
    expect(escalatingPolicies(d)).toEqual([]);
  });

  it('run: escalation cannot help while another policy denies for good: nothing to read', () => {
    const autoOnly = policy('a', [auto([PRIMARY])]);
    const withEsc = policy('e', [escalation([ESC])]);
    expect(openEscalations(evaluate(input({ policies: [autoOnly, withEsc] })), [autoOnly, withEsc])).toEqual([]);
    const approvedAuto = evaluate(input({ policies: [autoOnly, withEsc], onCall: facts(onPrimary) }));
    expect(openEscalations(approvedAuto, [autoOnly, withEsc]).map((e) => e.policy.name)).toEqual(['e']);
  });

  it('approved-by is the reviewer when a review approved any policy, else auto', () => {
    const d = evaluate(
      input({
        policies: [policy('a', [auto([PRIMARY])]), policy('b', [escalation([ESC])])],
        onCall: facts(onPrimary),
        subject: pullSubject({ reviews: [review('carol', -10 * MIN)] }),
      }),
    );
    expect(d).toMatchObject({ result: 'approved', approvedBy: 'carol', expiresAt: at(40 * MIN) });
  });
});

describe('drafts', () => {
  it('pending for every matched policy, with nothing evaluated and nobody’s on-call state read', () => {
    const p = policy('production-deploy', [auto([PRIMARY]), escalation([ESC])]);
    const d = evaluate(
      input({
        policies: [p],
        onCall: facts(shift(PRIMARY, 'alice@example.com', -HOUR, HOUR)),
        reason: 'a real reason here',
        subject: { kind: 'pull', draft: true },
      }),
    );
    expect(d).toMatchObject({
      result: 'pending',
      approved: false,
      subject: 'pull',
      policies: ['production-deploy'],
      onCall: false,
      onCallSchedules: [],
    });
    expect(d.facts).toEqual({ at: NOW, reason: 'a real reason here', schedules: [], draft: true });
    expect(d.verdicts).toEqual([
      { policy: 'production-deploy', at: p.at, result: 'pending', decidedBy: { kind: 'draft' }, rules: [], escalation: 'none' },
    ]);
    expect(escalatingPolicies(d)).toEqual([]);
  });

  it('a ready pull request is never a draft', () => {
    expect(evaluate(input({ subject: pullSubject() })).facts.draft).toBe(false);
  });
});

describe('the facts a decision used', () => {
  it('every named schedule once, with who is on call at the instant and their logins from the map', () => {
    const d = evaluate(
      input({
        policies: [policy('a', [auto([PRIMARY, SECONDARY])]), policy('b', [auto([PRIMARY]), escalation([ESC])])],
        onCall: facts(
          shift(PRIMARY, 'bob@example.com', -HOUR, HOUR, 'Bob'),
          shift(PRIMARY, 'bob@example.com', -HOUR, HOUR, 'Bob'),
          shift(PRIMARY, 'dave@example.com', -HOUR, -MIN, 'Dave'),
          shift(SECONDARY, 'alice@example.com', -HOUR, HOUR, 'Alice'),
        ),
      }),
    );
    expect(d.facts.schedules.map((s) => s.scheduleId)).toEqual([PRIMARY, SECONDARY, ESC]);
    expect(d.facts.schedules[0]!.people).toEqual([
      { name: 'Bob', email: 'bob@example.com', userId: 'U-Bob', login: 'bob', startAt: at(-HOUR), endAt: at(HOUR), placements: [] },
    ]);
    expect(d.facts.schedules[1]).toMatchObject({ requesterOnCall: true, people: [{ login: 'alice' }] });
    expect(d.facts.schedules[2]).toEqual({ scheduleId: ESC, people: [], requesterOnCall: false });
    expect(d.onCallSchedules).toEqual([SECONDARY]);
    expect(d.facts.at).toEqual(NOW);
  });

  it('being on call for an escalation schedule sets on-call but does not approve', () => {
    const d = evaluate(
      input({ policies: [policy('p', [auto([PRIMARY]), escalation([ESC])])], onCall: facts(shift(ESC, 'alice@example.com', -HOUR, HOUR)) }),
    );
    expect(d).toMatchObject({ result: 'denied', onCall: true, onCallSchedules: [ESC] });
  });

  it('the instant is an input: the same facts at another instant decide differently', () => {
    const onCall = facts(shift(PRIMARY, 'alice@example.com', HOUR, 2 * HOUR));
    expect(evaluate(input({ onCall })).result).toBe('denied');
    expect(evaluate(input({ onCall, at: at(90 * MIN) }))).toMatchObject({ result: 'approved', expiresAt: at(2 * HOUR) });
  });

  it('policySchedules takes auto schedules and escalation services, in order, once', () => {
    expect(
      policySchedules([policy('a', [auto([PRIMARY]), escalation([ESC, PRIMARY])]), policy('b', [deny('x'), auto([SECONDARY])])]),
    ).toEqual([PRIMARY, ESC, SECONDARY]);
  });
});

describe('errorDecision', () => {
  it('fails closed, carrying the error’s own message and fix', () => {
    const d = errorDecision({
      requester: alice,
      at: NOW,
      message: 'incident.io rejected the key',
      fix: 'Create a new key',
      policies: [policy('p', [])],
    });
    expect(d).toMatchObject({
      result: 'error',
      approved: false,
      policies: ['p'],
      verdicts: [],
      error: { message: 'incident.io rejected the key', fix: 'Create a new key' },
    });
    expect(openEscalations(d, [])).toEqual([]);
  });
});

describe('decidingRule', () => {
  it('names the deny rule, the vetoed escalation or the approving rule, and nothing for other outcomes', () => {
    const d = evaluate(
      input({
        policies: [
          policy('a', [auto([PRIMARY]), deny('Freeze')]),
          policy('b', [auto([SECONDARY]), escalation([ESC])]),
          policy('c', [auto([PRIMARY])]),
          policy('d', [escalation([ESC])]),
        ],
        onCall: facts(shift(PRIMARY, 'alice@example.com', -HOUR, HOUR)),
        subject: pullSubject({ reviews: [review('carol', -10 * MIN, 'CHANGES_REQUESTED')] }),
      }),
    );
    expect(d.verdicts.map((v) => decidingRule(v)?.status)).toEqual(['denies', 'vetoed', 'on-call', 'vetoed']);
    const waiting = evaluate(input({ policies: [policy('p', [escalation([ESC])])], subject: pullSubject() }));
    expect(decidingRule(waiting.verdicts[0]!)).toBeUndefined();
  });
});

describe('openEscalations and escalatingPolicies on finished decisions', () => {
  it('an approved decision has nothing open', () => {
    const p: Policy = policy('p', [auto([PRIMARY]), escalation([ESC])]);
    const d = evaluate(input({ policies: [p], onCall: facts(shift(PRIMARY, 'alice@example.com', -HOUR, HOUR)) }));
    expect(openEscalations(d, [p])).toEqual([]);
    expect(escalatingPolicies(d)).toEqual([]);
  });
});

describe('auto rules scoped to rotations and layers', () => {
  const PAY = '01HXYZSCHEDULEPAYMENTS0000';
  const ROT_PRIMARY = '01HXYZROTATIONPAYPRIMARY00';
  const ROT_TEAM = '01HXYZROTATIONPAYTEAM00000';
  const L_PRIMARY = '01HXYZLAYERPAYPRIMARY00000';
  const L_FIRST = '01HXYZLAYERPAYTEAMFIRST000';
  const L_BACKUP = '01HXYZLAYERPAYTEAMBACKUP00';
  const aliceOn = (rotation: string | undefined, layer?: string, toMs = 2 * HOUR) =>
    placed(shift(PAY, 'alice@example.com', -HOUR, toMs), rotation, layer);
  const decide = (rule: ReturnType<typeof auto>, ...shifts: OnCallFact[]): Decision =>
    evaluate(input({ policies: [policy('payments-deploy', [rule])], onCall: facts(...shifts) }));

  const byRotation = auto([PAY], { scope: { [PAY]: { rotations: [ROT_PRIMARY] } } });
  const byLayer = auto([PAY], { scope: { [PAY]: { layers: [L_FIRST] } } });
  const both = auto([PAY], { scope: { [PAY]: { rotations: [ROT_PRIMARY], layers: [L_FIRST] } } });
  const cases: { name: string; rule: ReturnType<typeof auto>; shifts: OnCallFact[]; status: string }[] = [
    { name: 'on the scoped rotation: approved', rule: byRotation, shifts: [aliceOn(ROT_PRIMARY, L_PRIMARY)], status: 'on-call' },
    {
      name: 'on another rotation of the schedule: not counted',
      rule: byRotation,
      shifts: [aliceOn(ROT_TEAM, L_FIRST)],
      status: 'out-of-scope',
    },
    {
      name: 'on the scoped rotation without a layer ID: the rotation is enough',
      rule: byRotation,
      shifts: [aliceOn(ROT_PRIMARY)],
      status: 'on-call',
    },
    { name: 'on the scoped layer: approved', rule: byLayer, shifts: [aliceOn(ROT_TEAM, L_FIRST)], status: 'on-call' },
    {
      name: 'on another layer of the same rotation: not counted',
      rule: byLayer,
      shifts: [aliceOn(ROT_TEAM, L_BACKUP)],
      status: 'out-of-scope',
    },
    { name: 'layer scope, entry without a layer ID: never counted', rule: byLayer, shifts: [aliceOn(ROT_TEAM)], status: 'out-of-scope' },
    {
      name: 'rotations or layers: the layer of another rotation counts',
      rule: both,
      shifts: [aliceOn(ROT_TEAM, L_FIRST)],
      status: 'on-call',
    },
    { name: 'rotations or layers: neither matches', rule: both, shifts: [aliceOn(ROT_TEAM, L_BACKUP)], status: 'out-of-scope' },
    {
      name: 'an entry without rotation and layer (an override) never counts',
      rule: byRotation,
      shifts: [aliceOn(undefined)],
      status: 'out-of-scope',
    },
    { name: 'the same entry counts for an unscoped rule', rule: auto([PAY]), shifts: [aliceOn(undefined)], status: 'on-call' },
    {
      name: 'not on call at all stays not-on-call',
      rule: byRotation,
      shifts: [placed(shift(PAY, 'bob@example.com', -HOUR, HOUR), ROT_PRIMARY)],
      status: 'not-on-call',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const d = decide(c.rule, ...c.shifts);
      expect(rule(d).status).toBe(c.status);
      expect(d.result).toBe(c.status === 'on-call' ? 'approved' : 'denied');
    });
  }

  it('names where the requester is on call instead, once per rotation and layer, with names when known', () => {
    const d = evaluate(
      input({
        policies: [policy('payments-deploy', [byRotation])],
        onCall: facts(aliceOn(ROT_TEAM, L_BACKUP), aliceOn(ROT_TEAM, L_BACKUP), aliceOn(undefined)),
        rotationNames: { rotations: new Map([[ROT_TEAM, 'Payments team']]), layers: new Map([[L_BACKUP, 'Backup']]) },
      }),
    );
    expect(rule(d)).toMatchObject({
      status: 'out-of-scope',
      holds: false,
      outOfScope: [
        { scheduleId: PAY, rotationId: ROT_TEAM, rotationName: 'Payments team', layerId: L_BACKUP, layerName: 'Backup' },
        { scheduleId: PAY },
      ],
    });
    expect(d.facts.schedules[0]!.people[0]!.placements).toEqual([
      { scheduleId: PAY, rotationId: ROT_TEAM, rotationName: 'Payments team', layerId: L_BACKUP, layerName: 'Backup' },
    ]);
  });

  it('the expiry is the end of the shift that counts, not of a longer one outside the scope', () => {
    const d = decide(
      auto([PAY], { durationMs: 8 * HOUR, scope: { [PAY]: { rotations: [ROT_PRIMARY] } } }),
      aliceOn(ROT_PRIMARY, L_PRIMARY, 2 * HOUR),
      aliceOn(ROT_TEAM, L_FIRST, 6 * HOUR),
    );
    expect(d).toMatchObject({ result: 'approved', expiresAt: at(2 * HOUR) });
  });

  it('a schedule the scope does not list counts whole', () => {
    const d = decide(
      auto([PAY, PRIMARY], { scope: { [PAY]: { rotations: [ROT_PRIMARY] } } }),
      placed(shift(PRIMARY, 'alice@example.com', -HOUR, HOUR), undefined),
    );
    expect(d.result).toBe('approved');
    expect(rule(d)).toMatchObject({ status: 'on-call', onCallFor: [PRIMARY] });
  });

  it('a missing reason is still reported with an out-of-scope entry', () => {
    const d = decide(auto([PAY], { requireReason: true, scope: { [PAY]: { rotations: [ROT_PRIMARY] } } }), aliceOn(ROT_TEAM, L_FIRST));
    expect(rule(d)).toMatchObject({ status: 'out-of-scope', reasonProblem: { kind: 'missing' } });
  });
});

describe('outage mode: a policy’s whenUnavailable fallback decides', () => {
  const CAUSE = {
    kind: 'server-error' as const,
    status: 503,
    call: 'GET /v2/schedule_entries',
    message: 'incident.io failed with 503.',
    fix: 'Check status.',
  };
  const fallback = (approvers: string[], approverTeams: string[] = [], durationMs = 4 * HOUR): OutageFallback => ({
    kind: 'fallback',
    approvers,
    approverTeams,
    durationMs,
    at: { file: 'policies/production-deploy.yaml', line: 12, column: 1 },
  });
  const withFallback = (p: Policy, f: OutageFallback = fallback(['carol'])): Policy => ({ ...p, whenUnavailable: f });
  const prod = (rules: Policy['rules'] = [auto([PRIMARY]), escalation([ESC])]) => withFallback(policy('production-deploy', rules));
  const outage = (teams: { team: string; members: string[] }[] = []) => ({ cause: CAUSE, teams });
  const decideOutage = (over: Partial<EvaluationInput>): Decision => evaluate(input({ policies: [prod()], outage: outage(), ...over }));

  for (const subject of SUBJECTS) {
    it(`${subject}: an approving review by a named approver approves, degraded, until the fallback's duration`, () => {
      const d = decideOutage({ subject: subjectOf(subject, { reviews: [review('carol', -10 * MIN)] }) });
      expect(d).toMatchObject({
        result: 'approved',
        approved: true,
        approvedBy: 'carol',
        expiresAt: at(-10 * MIN + 4 * HOUR),
        degraded: { mode: 'outage', cause: CAUSE },
        onCall: false,
        onCallSchedules: [],
      });
      expect(d.facts.schedules).toEqual([]);
      expect(d.verdicts[0]).toMatchObject({
        result: 'approved',
        decidedBy: { kind: 'fallback' },
        escalation: 'none',
        fallback: { status: 'approved' },
      });
      expect(statuses(d)).toEqual([['unavailable', 'unavailable']]);
    });

    it(`${subject}: a review by someone not named (even an on-call person) does not count: pending`, () => {
      const d = decideOutage({ subject: subjectOf(subject, { reviews: [review('dave', -10 * MIN)] }) });
      expect(d).toMatchObject({ result: 'pending', approved: false });
      const notes =
        subject === 'pull'
          ? (d.verdicts[0]!.fallback!.evidence as { subject: 'pull'; review: { notes: { status: string }[] } }).review.notes
          : [];
      if (subject === 'pull') expect(notes.map((n) => n.status)).toEqual(['not-approver']);
    });

    it(`${subject}: a named approver's change request denies (deny wins)`, () => {
      const d = decideOutage({ subject: subjectOf(subject, { reviews: [review('carol', -10 * MIN, 'CHANGES_REQUESTED')] }) });
      expect(d).toMatchObject({ result: 'denied', verdicts: [{ decidedBy: { kind: 'fallback' }, fallback: { status: 'vetoed' } }] });
    });

    it(`${subject}: every second-party rule applies: a named approver who pushed the head does not count`, () => {
      const d = decideOutage({
        subject: subjectOf(subject, {
          reviews: [review('carol', -10 * MIN)],
          parties: { commitLogins: ['alice'], commitsTruncated: false, pushers: { known: true, logins: ['carol'] } },
        }),
      });
      expect(d.result).toBe('pending');
    });

    it(`${subject}: the author under another login (same email) does not count, even when named`, () => {
      const d = evaluate(
        input({
          policies: [withFallback(policy('production-deploy', [escalation([ESC])]), fallback(['alice2']))],
          outage: outage(),
          subject: subjectOf(subject, { reviews: [review('alice2', -10 * MIN)] }),
        }),
      );
      expect(d.result).toBe('pending');
    });

    it(`${subject}: a stale review (another commit) or one older than the fallback's duration does not count`, () => {
      const stale = decideOutage({ subject: subjectOf(subject, { reviews: [review('carol', -10 * MIN, 'APPROVED', 'b'.repeat(40))] }) });
      expect(stale.result).toBe('pending');
      const old = decideOutage({ subject: subjectOf(subject, { reviews: [review('carol', -5 * HOUR)] }) });
      expect(old.result).toBe('pending');
    });

    it(`${subject}: an active member of a named team approves; the team's other reviewers do not need to be named`, () => {
      const teamOnly = withFallback(policy('production-deploy', [escalation([ESC])]), fallback([], ['payments-leads']));
      const d = evaluate(
        input({
          policies: [teamOnly],
          outage: outage([{ team: 'payments-leads', members: ['dave'] }]),
          subject: subjectOf(subject, { reviews: [review('dave', -10 * MIN)] }),
        }),
      );
      expect(d).toMatchObject({ result: 'approved', approvedBy: 'dave' });
      const notMember = evaluate(
        input({
          policies: [teamOnly],
          outage: outage([{ team: 'payments-leads', members: [] }]),
          subject: subjectOf(subject, { reviews: [review('dave', -10 * MIN)] }),
        }),
      );
      expect(notMember.result).toBe('pending');
    });

    it(`${subject}: a deny rule still denies in outage mode`, () => {
      const d = evaluate(
        input({
          policies: [prod([deny('Freeze'), escalation([ESC])])],
          outage: outage(),
          subject: subjectOf(subject, { reviews: [review('carol', -10 * MIN)] }),
        }),
      );
      expect(d).toMatchObject({ result: 'denied', verdicts: [{ decidedBy: { kind: 'deny-rule', rule: 0 } }] });
    });

    it(`${subject}: allowOneParty never applies: an author named as approver cannot approve their own change`, () => {
      const p = withFallback(policy('production-deploy', [{ ...escalation([ESC]), allowOneParty: true }]), fallback(['alice']));
      const d = evaluate(
        input({ policies: [p], outage: outage(), subject: subjectOf(subject, { reviews: [review('alice', -10 * MIN)] }) }),
      );
      expect(d.result).toBe('pending');
    });
  }

  // Attacker view: an outage is not something an attacker can cause with a 429, but a real one
  // happens; it must not become a way around `requireReason`. The fallback requires a reason when
  // any rule of its policy that could approve (auto or escalation) does, judged as the rule would.
  describe('requireReason under the fallback', () => {
    const carolApproved = (subject: 'run' | 'pull') => subjectOf(subject, { reviews: [review('carol', -10 * MIN)] });
    const needsReason = (rules: Policy['rules'] = [auto([PRIMARY]), escalation([ESC], { requireReason: true })]) => prod(rules);

    for (const subject of SUBJECTS) {
      it(`${subject}: a named approver's approval without a reason is denied, never approved, before any evidence counts`, () => {
        const d = decideOutage({ policies: [needsReason()], reason: '', subject: carolApproved(subject) });
        expect(d).toMatchObject({ result: 'denied', approved: false, degraded: { mode: 'outage' } });
        expect(d.approvedBy).toBeUndefined();
        expect(d.verdicts[0]).toMatchObject({
          result: 'denied',
          decidedBy: { kind: 'fallback' },
          escalation: 'none',
          fallback: { status: 'reason-missing', requireReason: true, reasonProblem: { kind: 'missing' } },
        });
        expect(d.verdicts[0]!.fallback!.evidence).toBeUndefined();
        expect(d.verdicts[0]!.fallback!.approvedBy).toBeUndefined();
      });

      it(`${subject}: a reason too short, or padded with spaces and invisible characters, does not meet it`, () => {
        for (const reason of ['hotfix', `hot\u200Bfix${'\u200B'.repeat(20)}   \u2060\uFEFF`]) {
          const d = decideOutage({ policies: [needsReason()], reason, subject: carolApproved(subject) });
          expect(d.result, reason).toBe('denied');
          expect(d.verdicts[0]!.fallback).toMatchObject({
            status: 'reason-missing',
            reasonProblem: { kind: 'too-short', length: 6, min: MIN_REASON_CHARS },
          });
        }
      });

      it(`${subject}: with a reason of ${MIN_REASON_CHARS} visible characters the named approver's approval approves`, () => {
        const d = decideOutage({ policies: [needsReason()], reason: 'INC-2231 hotfix', subject: carolApproved(subject) });
        expect(d).toMatchObject({ result: 'approved', approvedBy: 'carol', degraded: { mode: 'outage' } });
        expect(d.verdicts[0]!.fallback).toMatchObject({ status: 'approved', requireReason: true });
        expect(d.verdicts[0]!.fallback!.reasonProblem).toBeUndefined();
      });

      it(`${subject}: an auto rule that requires a reason makes the fallback require one too`, () => {
        const d = decideOutage({ policies: [needsReason([auto([PRIMARY], { requireReason: true })])], subject: carolApproved(subject) });
        expect(d.result).toBe('denied');
        expect(d.verdicts[0]!.fallback).toMatchObject({ status: 'reason-missing', requireReason: true });
      });

      it(`${subject}: a missing reason denies even without any review (nobody is waited for), and a deny rule still comes first`, () => {
        const none = decideOutage({ policies: [needsReason()], subject: subjectOf(subject) });
        expect(none).toMatchObject({ result: 'denied', verdicts: [{ fallback: { status: 'reason-missing' } }] });
        const frozen = decideOutage({
          policies: [needsReason([deny('Freeze'), escalation([ESC], { requireReason: true })])],
          subject: carolApproved(subject),
        });
        expect(frozen).toMatchObject({ result: 'denied', verdicts: [{ decidedBy: { kind: 'deny-rule', rule: 0 } }] });
      });
    }

    it('a policy whose rules require no reason needs none under its fallback', () => {
      const d = decideOutage({ reason: '', subject: carolApproved('pull') });
      expect(d).toMatchObject({ result: 'approved', verdicts: [{ fallback: { status: 'approved', requireReason: false } }] });
    });

    it('run: a gate run whose evidence was not read and that gives no reason is denied for the reason', () => {
      const d = decideOutage({ policies: [needsReason()], subject: runSubject('unread') });
      expect(d.verdicts[0]!.fallback).toMatchObject({ status: 'reason-missing' });
    });

    it('AND across policies: one policy requiring a reason denies the whole decision, and nobody is asked or paged', () => {
      const other = withFallback(policy('payments', [escalation([ESC])]));
      const d = decideOutage({ policies: [other, needsReason()], subject: carolApproved('pull') });
      expect(d).toMatchObject({ result: 'denied', approved: false });
      expect(d.verdicts.map((v) => [v.result, v.fallback?.status])).toEqual([
        ['approved', 'approved'],
        ['denied', 'reason-missing'],
      ]);
      expect(openEscalations(d, [other, needsReason()])).toEqual([]);
      expect(escalatingPolicies(d)).toEqual([]);
    });

    it('outside an outage the same policy and reason are judged by the rules as always (the fallback plays no part)', () => {
      const d = evaluate(
        input({
          policies: [needsReason()],
          subject: pullSubject({ reviews: [review('carol', -10 * MIN)] }),
        }),
      );
      expect(d.result).toBe('denied');
      expect(d.verdicts[0]!.fallback).toBeUndefined();
      expect(d.degraded).toBeUndefined();
      expect(statuses(d)).toEqual([['not-on-call', 'reason-missing']]);
    });
  });

  it('a policy without a fallback makes the outage an error naming it, degraded, with the outage’s fix', () => {
    const d = evaluate(
      input({
        policies: [prod(), policy('staging-deploy', [auto([PRIMARY])])],
        outage: outage(),
        subject: runSubject({ reviews: [review('carol', -10 * MIN)] }),
      }),
    );
    expect(d).toMatchObject({ result: 'error', approved: false, degraded: { mode: 'outage' }, error: { fix: 'Check status.' } });
    expect(d.error?.message).toContain('incident.io failed with 503. The policy staging-deploy has no outage fallback');
  });

  it('`whenUnavailable: deny` written out is the same as the default', () => {
    const d = evaluate(input({ policies: [{ ...policy('p', [auto([PRIMARY])]), whenUnavailable: { kind: 'deny' } }], outage: outage() }));
    expect(d.result).toBe('error');
  });

  it('AND across policies: every fallback must approve, the earliest expiry wins', () => {
    const a = withFallback(policy('a', [escalation([ESC])]), fallback(['carol'], [], 4 * HOUR));
    const b = withFallback(policy('b', [escalation([ESC])]), fallback(['carol'], [], 1 * HOUR));
    const d = evaluate(input({ policies: [a, b], outage: outage(), subject: pullSubject({ reviews: [review('carol', -10 * MIN)] }) }));
    expect(d).toMatchObject({ result: 'approved', expiresAt: at(-10 * MIN + HOUR) });
    const c = withFallback(policy('c', [escalation([ESC])]), fallback(['dave']));
    expect(
      evaluate(input({ policies: [a, c], outage: outage(), subject: pullSubject({ reviews: [review('carol', -10 * MIN)] }) })).result,
    ).toBe('pending');
  });

  it('run: a gate run whose evidence was not read is denied, never approved', () => {
    const d = decideOutage({ subject: runSubject('unread') });
    expect(d).toMatchObject({ result: 'denied', verdicts: [{ fallback: { status: 'unread' } }] });
  });

  it('run: the deployed commit from no merged pull request cannot be approved by the fallback', () => {
    const d = decideOutage({ subject: runSubject({ noMergedPull: true, reviews: [review('carol', -10 * MIN)] }) });
    expect(d.result).toBe('pending');
  });

  it('nothing is open for escalation in outage mode: no incident is opened or looked for', () => {
    const d = decideOutage({ subject: pullSubject() });
    expect(openEscalations(d, [prod()])).toEqual([]);
    expect(escalatingPolicies(d)).toEqual([]);
  });
});
