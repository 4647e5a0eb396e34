import { describe, expect, it } from 'vitest';
import { escalatingPolicies, evaluate, type PullReviewFacts } from '../../src/decide/engine.js';
import type { PullParties, ReviewFact } from '../../src/decide/review.js';
import type { Requester } from '../../src/decide/types.js';
import type { Policy } from '../../src/policy/types.js';
import {
  MAX_RECORDED_INCIDENTS,
  REQUEST_MARKER,
  incidentMarker,
  readRecordedIncidents,
  renderRequestComment,
  renderRequestSummary,
  requestCheck,
  type RequestView,
} from '../../src/report/render-request.js';
import { HOUR, MIN, NOW, at, auto, escalation, facts, identities, pos, shift } from '../support/policy-builders.js';

const ESC = '01HXYZSCHEDULEESCALATE0000';
const PRIMARY = '01HXYZSCHEDULEPRIMARY00000';
const HEAD = 'abcdef0123456789abcdef0123456789abcdef01';
const policy: Policy = {
  name: 'production-deploy',
  match: { branches: ['main'] },
  rules: [auto([PRIMARY]), escalation([ESC])],
  at: pos(1),
};

/** alice wrote and pushed the change. */
const ALICE_PUSHED: PullParties = { commitLogins: ['alice'], commitsTruncated: false, pushers: { known: true, logins: ['alice'] } };

interface ViewFacts {
  author: Requester;
  policies: Policy[];
  onCall: ReturnType<typeof facts>;
  reason: string;
  reviews: PullReviewFacts;
}

/** A request for alice's pull request #4, decided by the rule engine. */
function view(over: Partial<ViewFacts> = {}, extra: Partial<RequestView> = {}): RequestView {
  const f: ViewFacts = {
    author: { login: 'alice', emails: ['alice@example.com'] },
    policies: [policy],
    onCall: facts(shift(ESC, 'carol@example.com', -HOUR, HOUR, 'Carol <Chen>'), shift(ESC, 'zed@example.com', -HOUR, HOUR, 'Zed')),
    reason: '',
    reviews: {
      parties: ALICE_PUSHED,
      reviews: [],
      headSha: HEAD,
      emails: new Map([['carol', ['carol@example.com']]]),
      history: [shift(ESC, 'carol@example.com', -HOUR, HOUR)],
    },
    ...over,
  };
  const decision = evaluate({
    requester: f.author,
    policies: f.policies,
    onCall: f.onCall,
    at: NOW,
    reason: f.reason,
    identities: identities({ carol: 'carol@example.com', alice: 'alice@example.com' }),
    subject: { kind: 'pull', reviews: f.reviews },
  });
  return {
    command: 'request',
    decision,
    pr: { number: 4, title: 'x', url: 'https://github.com/acme/api/pull/4', headSha: HEAD, author: 'alice', baseRef: 'main' },
    serverUrl: 'https://github.com',
    matches: [{ policy, why: { baseRef: 'main' } }],
    incidents: escalatingPolicies(decision).map((p) => ({
      policy: p,
      id: '01INC',
      reference: 'INC-3',
      url: 'https://app.incident.io/incidents/3',
    })),
    recorded: escalatingPolicies(decision).map((p) => ({ policy: p, id: '01INC' })),
    escalationSchedules: [ESC],
    policySource: 'the base commit abcdef012345 of pull request #4',
    dryRun: false,
    ...extra,
  };
}

const approval: ReviewFact = {
  id: 9,
  login: 'carol',
  userType: 'User',
  association: 'MEMBER',
  state: 'APPROVED',
  commitId: HEAD,
  submittedAt: at(-5 * MIN).toISOString(),
};

describe('renderRequestComment', () => {
  it('pending: marker first, policy with its incident, who is on call with logins (escaped names), how to approve', () => {
    const c = renderRequestComment(view());
    expect(
      c.startsWith(
        `${REQUEST_MARKER}\n<!-- oncall-gate:incident policy=production%2Ddeploy id=01INC -->\n### ⏳ oncall-gate: waiting for approval by the on-call team`,
      ),
    ).toBe(true);
    expect(c).toContain('| `production-deploy` | **pending** | base branch `main` | [INC-3](https://app.incident.io/incidents/3) |');
    expect(c).toContain(
      '| `01HXYZSCHEDULEESCALATE0000` | Carol \\<Chen\\><br>Zed | [`carol`](https://github.com/carol)<br>_not in the identities map_ |',
    );
    expect(c).toMatch(
      /\*\*How to approve:\*\* a person on call for `01HXYZSCHEDULEESCALATE0000` reviews the latest commit `abcdef012345` and submits \*\*Approve\*\*/,
    );
    // Logins are code spans in links: nobody is pinged by the comment (review requests do that).
    expect(c).not.toMatch(/(^|\s)@carol/);
  });

  it('a person incident.io gives no name is listed by user ID, never by email (the comment is public)', () => {
    const nameless = { ...shift(ESC, 'zed@example.com', -HOUR, HOUR), name: '', userId: '01HUSERZED' };
    const md = renderRequestComment(view({ onCall: facts(nameless) }));
    expect(md).toContain('`01HUSERZED`');
    expect(md).not.toContain('@example.com');
  });

  it('approved by a review: says by whom, lists the review, no how-to', () => {
    const c = renderRequestComment(
      view({
        reviews: {
          parties: ALICE_PUSHED,
          reviews: [approval],
          headSha: HEAD,
          emails: new Map([['carol', ['carol@example.com']]]),
          history: [shift(ESC, 'carol@example.com', -HOUR, HOUR)],
        },
      }),
    );
    expect(c).toContain('### ✅ oncall-gate: approved');
    expect(c).toContain('Approved by [`carol`](https://github.com/carol) (commit `abcdef012345`).');
    expect(c).toContain('- `carol` approved at 2026-11-20T09:55:00Z while on call for `01HXYZSCHEDULEESCALATE0000` ✅');
    expect(c).not.toContain('How to approve');
  });

  it('auto-approved: says the author is on call, shows no on-call table and no incident', () => {
    const c = renderRequestComment(view({ onCall: facts(shift(PRIMARY, 'alice@example.com', -HOUR, HOUR)) }));
    expect(c).toContain('The author [`alice`](https://github.com/alice) is on call (commit `abcdef012345`).');
    expect(c).not.toContain('On call now');
  });

  it('denied for a missing reason: the reasons and how to add the line', () => {
    const strict: Policy = { ...policy, rules: [escalation([ESC], { requireReason: true })] };
    const c = renderRequestComment(view({ policies: [strict] }, { matches: [{ policy: strict, why: { baseRef: 'main' } }] }));
    expect(c).toContain('### ❌ oncall-gate: denied');
    expect(c).toContain('no `Reason:` line');
    expect(c).toContain('Add a line `Reason: <why this change is needed>`');
  });
});

describe('requestCheck', () => {
  it('pending -> in_progress with the incident link', () => {
    const c = requestCheck(view());
    expect(c).toMatchObject({ status: 'in_progress', title: 'Waiting for approval by the on-call team' });
    expect(c.conclusion).toBeUndefined();
    expect(c.summary).toContain('Escalation incident: [INC-3](https://app.incident.io/incidents/3)');
  });

  it('approved -> success naming the approver; auto -> success naming the on-call author', () => {
    const byReview = requestCheck(
      view({
        reviews: {
          parties: ALICE_PUSHED,
          reviews: [approval],
          headSha: HEAD,
          emails: new Map([['carol', ['carol@example.com']]]),
          history: [shift(ESC, 'carol@example.com', -HOUR, HOUR)],
        },
      }),
    );
    expect(byReview).toMatchObject({ status: 'completed', conclusion: 'success', title: 'Approved by carol' });
    const byAuto = requestCheck(view({ onCall: facts(shift(PRIMARY, 'alice@example.com', -HOUR, HOUR)) }));
    expect(byAuto).toMatchObject({ status: 'completed', conclusion: 'success', title: 'Approved: the author is on call' });
  });

  it('denied -> failure with reasons; not-required -> success', () => {
    const vetoed = requestCheck(
      view({
        reviews: {
          parties: ALICE_PUSHED,
          reviews: [{ ...approval, state: 'CHANGES_REQUESTED' }],
          headSha: HEAD,
          emails: new Map([['carol', ['carol@example.com']]]),
          history: [shift(ESC, 'carol@example.com', -HOUR, HOUR)],
        },
      }),
    );
    expect(vetoed).toMatchObject({ status: 'completed', conclusion: 'failure', title: 'Denied' });
    expect(vetoed.summary).toContain('`carol` requested changes');
    expect(requestCheck(view({ policies: [] }))).toMatchObject({
      status: 'completed',
      conclusion: 'success',
      title: 'No approval required',
    });
  });
});

describe('renderRequestSummary', () => {
  it('a dry run says nothing was written and shows no incident link (the write plan follows it)', () => {
    const v = view({}, { dryRun: true, incidents: [{ policy: 'production-deploy', dryRun: true }] });
    const s = renderRequestSummary(v);
    expect(s).toContain('_Dry run: nothing was written to GitHub or incident.io; the write plan below lists what a real run would write._');
    expect(s).toContain('_dry run: not created_');
    // The summary itself does not carry the marker (only the comment does).
    expect(s.startsWith('### ⏳')).toBe(true);
  });
});

describe('drafts and what could not be checked', () => {
  it('a draft: the check is in progress, "Waiting for ready for review", and the comment says so without a how-to', () => {
    const decision = evaluate({
      requester: { login: 'alice', emails: [] },
      policies: [policy],
      onCall: facts(),
      at: NOW,
      reason: '',
      identities: identities({}),
      subject: { kind: 'pull', draft: true },
    });
    const v: RequestView = { ...view(), decision, incidents: [], escalationSchedules: [] };
    const check = requestCheck(v);
    expect(check).toMatchObject({ status: 'in_progress', title: 'Waiting for ready for review' });
    expect(check.summary).toContain('a draft pull request pages nobody');
    expect(check.summary).toContain('waiting for ready for review');
    expect(check.summary).toContain('Mark the pull request **Ready for review**');
    const c = renderRequestComment(v);
    expect(c).toContain('### ⏳ oncall-gate: waiting for ready for review');
    expect(c).not.toContain('How to approve');
    expect(c).not.toContain('On call now');
  });

  it('an approval with an unknown pusher: the check and the comment say the pusher could not be learned', () => {
    const unknown: PullParties = { ...ALICE_PUSHED, pushers: { known: false, why: 'the head repository was deleted' } };
    const v = view({
      reviews: {
        parties: unknown,
        reviews: [approval],
        headSha: HEAD,
        emails: new Map([['carol', ['carol@example.com']]]),
        history: [shift(ESC, 'carol@example.com', -HOUR, HOUR)],
      },
    });
    const note = 'Could not learn who pushed `abcdef012345` (the head repository was deleted); the other second-party rules applied.';
    expect(requestCheck(v)).toMatchObject({ conclusion: 'success', title: 'Approved by carol' });
    expect(requestCheck(v).summary).toContain(note);
    expect(renderRequestComment(v)).toContain(`- ${note}`);
  });

  it('a pending request states the unknown pusher once (in the reason), not twice', () => {
    const unknown: PullParties = { ...ALICE_PUSHED, pushers: { known: false, why: 'the head repository was deleted' } };
    const v = view({ reviews: { parties: unknown, reviews: [], headSha: HEAD, emails: new Map(), history: [] } });
    expect(requestCheck(v).summary.match(/could not learn who pushed/gi)).toHaveLength(1);
  });
});

describe('recorded incident IDs in the sticky comment', () => {
  it('round-trips through the comment, below the unchanged public marker', () => {
    const recorded = [
      { policy: 'production-deploy', id: '01HXYZINCIDENT0000000000001' },
      { policy: 'a--b', id: 'odd id --> <b>&' },
    ];
    const c = renderRequestComment(view({}, { recorded }));
    expect(c.split('\n')[0]).toBe(REQUEST_MARKER);
    // Nothing in a value can end the HTML comment early or split the line.
    expect(c.split('\n')[2]).toBe('<!-- oncall-gate:incident policy=a%2D%2Db id=odd%20id%20%2D%2D%3E%20%3Cb%3E%26 -->');
    expect(readRecordedIncidents(c)).toEqual(recorded);
  });

  it('a comment written before IDs were recorded (an older version) reads as none, and is still found by its marker', () => {
    const old = `${REQUEST_MARKER}\n### ⏳ oncall-gate: waiting for approval by the on-call team\n`;
    expect(readRecordedIncidents(old)).toEqual([]);
    expect(renderRequestComment(view()).includes(REQUEST_MARKER)).toBe(true);
  });

  it('only the block right below a first-line marker is read: a marker line quoted further down, or without the first line, is not', () => {
    const planted = incidentMarker({ policy: 'production-deploy', id: 'PLANTED' });
    expect(readRecordedIncidents(`${REQUEST_MARKER}\n### heading\n${planted}`)).toEqual([]);
    expect(readRecordedIncidents(`Hello\n${REQUEST_MARKER}\n${planted}`)).toEqual([]);
    expect(readRecordedIncidents(`${REQUEST_MARKER}\r\n${planted}\r\n### x`)).toEqual([{ policy: 'production-deploy', id: 'PLANTED' }]);
  });

  it('keeps the first entry per policy, skips undecodable ones, and reads at most MAX_RECORDED_INCIDENTS', () => {
    const lines = [
      REQUEST_MARKER,
      '<!-- oncall-gate:incident policy=p id=%E0%A4%A -->',
      incidentMarker({ policy: 'p', id: 'FIRST' }),
      incidentMarker({ policy: 'p', id: 'SECOND' }),
      ...Array.from({ length: 30 }, (_, i) => incidentMarker({ policy: `q${i}`, id: `I${i}` })),
    ];
    const read = readRecordedIncidents(lines.join('\n'));
    expect(read[0]).toEqual({ policy: 'p', id: 'FIRST' });
    expect(read).toHaveLength(MAX_RECORDED_INCIDENTS);
  });

  it('the step summary carries no marker', () => {
    expect(renderRequestSummary(view())).not.toContain('<!--');
  });
});
