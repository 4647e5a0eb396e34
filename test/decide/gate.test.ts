import { describe, expect, it } from 'vitest';
import { decideGate, errorDecision, policySchedules, reasonLength, type GateDecisionInput } from '../../src/decide/gate.js';
import type { Requester } from '../../src/decide/types.js';
import { HOUR, MIN, NOW, at, auto, deny, escalation, facts, identities, policy, shift } from '../support/policy-builders.js';

const PRIMARY = '01HXYZSCHEDULEPRIMARY00000';
const SECONDARY = '01HXYZSCHEDULESECONDARY000';
const ESCALATE = '01HXYZSCHEDULEESCALATE0000';

const alice: Requester = { login: 'alice', emails: ['alice@example.com'], emailSource: 'map' };

function input(over: Partial<GateDecisionInput>): GateDecisionInput {
  return {
    requester: alice,
    policies: [policy('production-deploy', [auto([PRIMARY])])],
    onCall: facts(),
    now: NOW,
    reason: '',
    escalation: { kind: 'none' },
    identities: identities({ alice: 'alice@example.com', Bob: 'Bob@Example.com' }),
    ...over,
  };
}

describe('decideGate: auto rules', () => {
  const cases: {
    name: string;
    over: Partial<GateDecisionInput>;
    result: string;
    expiresAt?: Date;
    reason?: RegExp;
    fix?: RegExp;
  }[] = [
    {
      name: 'on call now: approved until the end of the shift when it comes before the duration',
      over: { onCall: facts(shift(PRIMARY, 'alice@example.com', -2 * HOUR, 30 * MIN)) },
      result: 'approved',
      expiresAt: at(30 * MIN),
    },
    {
      name: 'on call now: approved for the duration when the shift runs longer',
      over: {
        policies: [policy('p', [auto([PRIMARY], { durationMs: 2 * HOUR })])],
        onCall: facts(shift(PRIMARY, 'alice@example.com', -HOUR, 5 * HOUR)),
      },
      result: 'approved',
      expiresAt: at(2 * HOUR),
    },
    {
      name: 'someone else on call: denied, naming the login, email and schedule',
      over: { onCall: facts(shift(PRIMARY, 'bob@example.com', -HOUR, HOUR)) },
      result: 'denied',
      reason: /`alice` \(`alice@example.com`\) is not on call now for `01HXYZSCHEDULEPRIMARY00000`/,
      fix: /on call now/,
    },
    {
      name: 'a shift that ended a second ago does not count (end is exclusive)',
      over: { onCall: facts(shift(PRIMARY, 'alice@example.com', -HOUR, -1000)) },
      result: 'denied',
    },
    {
      name: 'a shift ending exactly now does not count',
      over: { onCall: facts(shift(PRIMARY, 'alice@example.com', -HOUR, 0)) },
      result: 'denied',
    },
    {
      name: 'a shift starting exactly now counts (start is inclusive)',
      over: { onCall: facts(shift(PRIMARY, 'alice@example.com', 0, HOUR)) },
      result: 'approved',
      expiresAt: at(HOUR),
    },
    {
      name: 'a shift starting in a minute does not count',
      over: { onCall: facts(shift(PRIMARY, 'alice@example.com', MIN, HOUR)) },
      result: 'denied',
    },
    {
      name: 'emails compare case-insensitively',
      over: {
        requester: { login: 'ALICE', emails: ['alice@example.com'] },
        onCall: facts(shift(PRIMARY, 'Alice@EXAMPLE.com', -HOUR, HOUR)),
      },
      result: 'approved',
    },
    {
      name: 'on call for another schedule than the rule names: denied',
      over: { onCall: facts(shift(SECONDARY, 'alice@example.com', -HOUR, HOUR)) },
      result: 'denied',
    },
    {
      name: 'no schedules anywhere: denied, saying so',
      over: {
        policies: [policy('p', [auto([])])],
        onCall: facts(shift(PRIMARY, 'alice@example.com', -HOUR, HOUR)),
      },
      result: 'denied',
      reason: /no schedules/,
      fix: /autoApproval\.schedules/,
    },
    {
      name: 'a requester without an email is never on call',
      over: {
        requester: {
          login: 'carol',
          emails: [],
          identityProblem: { message: 'GitHub user `carol` has no known incident.io email', fix: 'Add `carol: ...` to policies/identities.yaml' },
        },
        onCall: facts(shift(PRIMARY, 'carol@example.com', -HOUR, HOUR)),
      },
      result: 'denied',
      reason: /`carol` has no known incident.io email/,
      fix: /policies\/identities.yaml/,
    },
    {
      name: 'several covering shifts: the latest end counts, capped by the duration',
      over: {
        policies: [policy('p', [auto([PRIMARY, SECONDARY], { durationMs: 3 * HOUR })])],
        onCall: facts(
          shift(PRIMARY, 'alice@example.com', -HOUR, 20 * MIN),
          shift(SECONDARY, 'alice@example.com', -HOUR, 2 * HOUR),
        ),
      },
      result: 'approved',
      expiresAt: at(2 * HOUR),
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const d = decideGate(input(c.over));
      expect(d.result).toBe(c.result);
      expect(d.approved).toBe(c.result === 'approved');
      if (c.result === 'approved') {
        expect(d.approvedBy).toBe('auto');
        expect(d.reasons).toEqual([]);
      } else {
        expect(d.approvedBy).toBeUndefined();
        expect(d.expiresAt).toBeUndefined();
      }
      if (c.expiresAt) expect(d.expiresAt).toEqual(c.expiresAt);
      if (c.reason) expect(d.reasons.join('\n')).toMatch(c.reason);
      if (c.fix) expect(d.fixes.join('\n')).toMatch(c.fix);
    });
  }
});

describe('decideGate: requireReason', () => {
  const onCall = facts(shift(PRIMARY, 'alice@example.com', -HOUR, HOUR));
  const policies = [policy('p', [auto([PRIMARY], { requireReason: true })])];
  const cases: [string, string, string, RegExp?][] = [
    ['missing', '', 'denied', /requires a reason and none was given/],
    ['one character', '.', 'denied', /at least 10 non-space characters and the one given has 1$/],
    ['nine characters padded with spaces', '  a b c d e f g h i  ', 'denied', /the one given has 9$/],
    ['invisible characters only (zero-width spaces, a BOM)', '\u200b\u200b\u200b\u200b\u200b\u200c\u200d\u2060\ufeff\u200b\u00a0\u3000', 'denied', /requires a reason and none was given/],
    ['ten characters', 'hotfix-123', 'approved'],
    ['a sentence', 'Roll back the broken release', 'approved'],
  ];
  for (const [name, reason, result, message] of cases) {
    it(`${name} => ${result}`, () => {
      const d = decideGate(input({ policies, onCall, reason }));
      expect(d.result).toBe(result);
      if (message) {
        expect(d.verdicts[0]?.rules[0]?.reason).toMatch(message);
        expect(d.fixes.join()).toMatch(/`reason` input/);
      }
    });
  }

  it('counts non-space characters only', () => {
    expect(reasonLength(' a\tb\nc ')).toBe(3);
    expect(reasonLength('a\u200bb\u00a0c\u2028')).toBe(3);
  });

  it('not on call and no reason: both are reported, the on-call fix first', () => {
    const d = decideGate(input({ policies, onCall: facts(), reason: '' }));
    expect(d.result).toBe('denied');
    expect(d.reasons.join()).toMatch(/not on call now.*also, this rule requires a reason/);
  });

  it('a rule without requireReason in the same policy still approves (OR)', () => {
    const d = decideGate(
      input({ policies: [policy('p', [auto([PRIMARY], { requireReason: true }), auto([PRIMARY])])], onCall }),
    );
    expect(d.result).toBe('approved');
    expect(d.verdicts[0]?.decidedBy?.index).toBe(1);
  });
});

describe('decideGate: combining rules and policies', () => {
  const onPrimary = shift(PRIMARY, 'alice@example.com', -HOUR, 40 * MIN);
  const onSecondary = shift(SECONDARY, 'alice@example.com', -HOUR, 20 * MIN);

  it('OR inside a policy: the second rule holds', () => {
    const d = decideGate(input({ policies: [policy('p', [auto([SECONDARY]), auto([PRIMARY])])], onCall: facts(onPrimary) }));
    expect(d.result).toBe('approved');
    expect(d.verdicts[0]?.rules.map((r) => r.holds)).toEqual([false, true]);
  });

  it('OR inside a policy: the latest expiry among holding rules', () => {
    const d = decideGate(
      input({ policies: [policy('p', [auto([SECONDARY]), auto([PRIMARY])])], onCall: facts(onPrimary, onSecondary) }),
    );
    expect(d.expiresAt).toEqual(at(40 * MIN));
    expect(d.verdicts[0]?.decidedBy?.index).toBe(1);
  });

  it('AND across policies: one denying policy denies', () => {
    const d = decideGate(
      input({ policies: [policy('a', [auto([PRIMARY])]), policy('b', [auto([ESCALATE])])], onCall: facts(onPrimary) }),
    );
    expect(d.result).toBe('denied');
    expect(d.verdicts.map((v) => v.result)).toEqual(['approved', 'denied']);
    expect(d.reasons).toHaveLength(1);
    expect(d.reasons[0]).toMatch(/^Policy `b`:/);
  });

  it('AND across policies: the earliest policy expiry wins', () => {
    const d = decideGate(
      input({ policies: [policy('a', [auto([PRIMARY])]), policy('b', [auto([SECONDARY])])], onCall: facts(onPrimary, onSecondary) }),
    );
    expect(d.result).toBe('approved');
    expect(d.policies).toEqual(['a', 'b']);
    expect(d.expiresAt).toEqual(at(20 * MIN));
  });

  it('deny wins inside a policy even when an auto rule holds', () => {
    const d = decideGate(input({ policies: [policy('p', [auto([PRIMARY]), deny('Change freeze until 2026-12-01')])], onCall: facts(onPrimary) }));
    expect(d.result).toBe('denied');
    expect(d.reasons).toEqual(['Policy `p`: denied by policy: Change freeze until 2026-12-01.']);
    expect(d.fixes).toEqual([]);
    expect(d.verdicts[0]?.decidedBy?.type).toBe('deny');
  });

  it('deny in another matching policy wins over an approving one, and its reason is the one shown', () => {
    const d = decideGate(
      input({
        policies: [policy('a', [auto([PRIMARY])]), policy('b', [auto([SECONDARY])]), policy('freeze', [deny('Freeze')])],
        onCall: facts(onPrimary),
      }),
    );
    expect(d.result).toBe('denied');
    expect(d.reasons).toEqual(['Policy `freeze`: denied by policy: Freeze.']);
  });

  it('an empty approval list denies', () => {
    const d = decideGate(input({ policies: [policy('p', [])], onCall: facts(onPrimary) }));
    expect(d.result).toBe('denied');
    expect(d.reasons[0]).toMatch(/no approval rules/);
  });

  it('no matched policy: not-required', () => {
    const d = decideGate(input({ policies: [] }));
    expect(d).toMatchObject({ result: 'not-required', approved: true, policies: [], onCall: false, onCallSchedules: [] });
  });
});

describe('decideGate: escalation seam', () => {
  it('an escalation rule that is not yet satisfied denies and points to the escalation flow', () => {
    const d = decideGate(input({ policies: [policy('p', [auto([PRIMARY]), escalation([ESCALATE])])] }));
    expect(d.result).toBe('denied');
    const esc = d.verdicts[0]?.rules[1];
    expect(esc).toMatchObject({ type: 'escalation', holds: false, escalationOpen: true });
    expect(d.fixes.join()).toMatch(/pull request approved by a person on call for `01HXYZSCHEDULEESCALATE0000`.*Escalation/);
  });

  it('an escalation rule with requireReason and no reason says how to give one instead', () => {
    const d = decideGate(input({ policies: [policy('p', [escalation([ESCALATE], { requireReason: true })])] }));
    expect(d.result).toBe('denied');
    expect(d.verdicts[0]?.rules[0]?.escalationOpen).toBeUndefined();
    expect(d.fixes.join()).toMatch(/`reason` input/);
  });

  it('being on call for an escalation schedule sets on-call but does not approve', () => {
    const d = decideGate(
      input({
        policies: [policy('p', [auto([PRIMARY]), escalation([ESCALATE])])],
        onCall: facts(shift(ESCALATE, 'alice@example.com', -HOUR, HOUR)),
      }),
    );
    expect(d.result).toBe('denied');
    expect(d.onCall).toBe(true);
    expect(d.onCallSchedules).toEqual([ESCALATE]);
  });
});

describe('decideGate: on-call facts for the summary', () => {
  it('lists every named schedule once, with who is on call now and their logins from the map', () => {
    const d = decideGate(
      input({
        policies: [policy('a', [auto([PRIMARY, SECONDARY])]), policy('b', [auto([PRIMARY]), escalation([ESCALATE])])],
        onCall: facts(
          shift(PRIMARY, 'bob@example.com', -HOUR, HOUR, 'Bob'),
          shift(PRIMARY, 'bob@example.com', -HOUR, HOUR, 'Bob'),
          shift(PRIMARY, 'dave@example.com', -HOUR, -MIN, 'Dave'),
          shift(SECONDARY, 'alice@example.com', -HOUR, HOUR, 'Alice'),
        ),
      }),
    );
    expect(d.schedules.map((s) => s.scheduleId)).toEqual([PRIMARY, SECONDARY, ESCALATE]);
    expect(d.schedules[0]?.people).toEqual([
      { name: 'Bob', email: 'bob@example.com', userId: 'U-Bob', login: 'bob', startAt: at(-HOUR), endAt: at(HOUR) },
    ]);
    expect(d.schedules[1]).toMatchObject({ requesterOnCall: true, people: [{ login: 'alice' }] });
    expect(d.schedules[2]).toEqual({ scheduleId: ESCALATE, people: [], requesterOnCall: false });
    expect(d.onCallSchedules).toEqual([SECONDARY]);
    expect(d.result).toBe('denied');
  });

  it('policySchedules takes auto schedules and escalation services, in order, once', () => {
    expect(
      policySchedules([policy('a', [auto([PRIMARY]), escalation([ESCALATE, PRIMARY])]), policy('b', [deny('x'), auto([SECONDARY])])]),
    ).toEqual([PRIMARY, ESCALATE, SECONDARY]);
  });
});

describe('errorDecision', () => {
  it('fails closed with the message and fix', () => {
    const d = errorDecision({ requester: alice, now: NOW, message: 'incident.io rejected the key', fix: 'Create a new key' });
    expect(d).toMatchObject({ result: 'error', approved: false, reasons: ['incident.io rejected the key'], fixes: ['Create a new key'] });
  });
});
