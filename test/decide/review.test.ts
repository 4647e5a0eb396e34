import { describe, expect, it } from 'vitest';
import {
  evaluateEscalationReviews,
  isBot,
  latestReviews,
  partyLogins,
  reviewCandidates,
  UNREAD_PARTIES,
  reviewInstants,
  type EscalationReviewInput,
  type PullParties,
  type ReviewFact,
} from '../../src/decide/review.js';
import { MARKDOWN, reviewResult } from '../../src/report/explain.js';
import { HOUR, MIN, NOW, at, shift } from '../support/policy-builders.js';

/** How the request comment and the gate summary word a review evaluation. */
const words = (out: ReturnType<typeof evaluateEscalationReviews>): string => reviewResult(out, { style: MARKDOWN });

const ESC = '01HXYZSCHEDULEESCALATE0000';
const OTHER = '01HXYZSCHEDULEOTHER0000000';
const HEAD = '1'.repeat(40);
const OLD = '2'.repeat(40);

let nextId = 100;
function review(login: string, state: string, offsetMs: number, over: Partial<ReviewFact> = {}): ReviewFact {
  return {
    id: nextId++,
    login,
    userType: 'User',
    association: 'MEMBER',
    state,
    commitId: HEAD,
    submittedAt: at(offsetMs).toISOString(),
    ...over,
  };
}

const EMAILS = new Map<string, string[]>([
  ['carol', ['carol@example.com']],
  ['dave', ['dave@example.com']],
  ['erin', ['erin@example.com']],
  ['author', ['author@example.com']],
]);

// carol is on call for ESC all day; dave only in the first hour before NOW; erin on another schedule.
const HISTORY = [
  shift(ESC, 'carol@example.com', -12 * HOUR, 12 * HOUR),
  shift(ESC, 'dave@example.com', -2 * HOUR, -HOUR),
  shift(OTHER, 'erin@example.com', -12 * HOUR, 12 * HOUR),
  shift(ESC, 'author@example.com', -12 * HOUR, 12 * HOUR),
];

/** The author wrote, committed and pushed every commit. */
const AUTHOR_PUSHED: PullParties = { commitLogins: ['author'], commitsTruncated: false, pushers: { known: true, logins: ['author'] } };

function input(reviews: ReviewFact[], over: Partial<EscalationReviewInput> = {}): EscalationReviewInput {
  return {
    services: [ESC],
    durationMs: 24 * HOUR,
    allowOneParty: false,
    reviews,
    headSha: HEAD,
    author: 'author',
    parties: AUTHOR_PUSHED,
    emails: EMAILS,
    history: HISTORY,
    now: NOW,
    onePartyAt: NOW,
    ...over,
  };
}

describe('isBot', () => {
  it.each([
    ['dependabot[bot]', 'Bot', true],
    ['renovate[bot]', 'User', true],
    ['ci-robot', 'Bot', true],
    ['carol', 'User', false],
    ['bot-lover', 'User', false],
  ])('%s (%s) -> %s', (login, type, expected) => expect(isBot(login, type)).toBe(expected));
});

describe('latestReviews', () => {
  it('keeps each reviewer’s latest decisive review, comparing logins case-insensitively', () => {
    const a = review('carol', 'APPROVED', -30 * MIN);
    const b = review('Carol', 'CHANGES_REQUESTED', -10 * MIN);
    const c = review('dave', 'APPROVED', -5 * MIN);
    expect(latestReviews([a, b, c]).map((r) => r.id)).toEqual([b.id, c.id]);
  });

  it('ignores COMMENTED and PENDING reviews (they do not replace an approval, as on GitHub)', () => {
    const a = review('carol', 'APPROVED', -30 * MIN);
    const b = review('carol', 'COMMENTED', -10 * MIN);
    const c = review('carol', 'PENDING', 0, { submittedAt: null });
    expect(latestReviews([a, b, c]).map((r) => r.id)).toEqual([a.id]);
  });

  it('lets a DISMISSED review replace an earlier approval', () => {
    const a = review('carol', 'APPROVED', -30 * MIN);
    const b = review('carol', 'DISMISSED', -10 * MIN);
    expect(latestReviews([a, b]).map((r) => r.state)).toEqual(['DISMISSED']);
  });

  it('breaks a tie on the time by the review ID', () => {
    const a = review('carol', 'CHANGES_REQUESTED', -10 * MIN, { id: 5 });
    const b = review('carol', 'APPROVED', -10 * MIN, { id: 6 });
    expect(latestReviews([b, a])[0]!.id).toBe(6);
  });

  it('drops reviews of deleted accounts (no login)', () => {
    expect(latestReviews([review('', 'APPROVED', -MIN)])).toEqual([]);
  });
});

describe('evaluateEscalationReviews', () => {
  const cases: {
    name: string;
    reviews: () => ReviewFact[];
    over?: Partial<EscalationReviewInput>;
    result: 'approved' | 'denied' | 'pending';
    by?: string;
    statuses?: string[];
    reason?: RegExp;
  }[] = [
    {
      name: 'an approval on the head by someone on call at submitted_at approves',
      reviews: () => [review('carol', 'APPROVED', -10 * MIN)],
      result: 'approved',
      by: 'carol',
      statuses: ['approves'],
    },
    {
      name: 'on call at submitted_at counts even when no longer on call now',
      reviews: () => [review('dave', 'APPROVED', -90 * MIN)],
      result: 'approved',
      by: 'dave',
    },
    {
      name: 'not on call at submitted_at does not count, even when on call before',
      reviews: () => [review('dave', 'APPROVED', -30 * MIN)],
      result: 'pending',
      statuses: ['not-on-call'],
      reason: /`dave` was not on call for `01HXYZSCHEDULEESCALATE0000` at 2026-11-20T09:30:00Z/,
    },
    {
      name: 'on call for another schedule than the services does not count',
      reviews: () => [review('erin', 'APPROVED', -10 * MIN)],
      result: 'pending',
      statuses: ['not-on-call'],
    },
    {
      name: 'a reviewer with no known email is never on call; the reason names the login and the file to add it to',
      reviews: () => [review('mallory', 'APPROVED', -10 * MIN)],
      over: { identitiesFile: 'policies/people.yaml' },
      result: 'pending',
      statuses: ['no-identity'],
      reason:
        /`mallory` has no known incident\.io email, so they are never on call \(add `mallory: <their incident\.io email>` under `users:` in policies\/people\.yaml\)/,
    },
    {
      name: 'a malformed answer with an empty head SHA never matches an empty commit_id',
      reviews: () => [review('carol', 'APPROVED', -10 * MIN, { commitId: '' })],
      over: { headSha: '' },
      result: 'pending',
      statuses: ['stale-commit'],
    },
    {
      name: 'a head that is not a commit SHA never matches, even when the review names the same text',
      reviews: () => [review('carol', 'APPROVED', -10 * MIN, { commitId: 'undefined' })],
      over: { headSha: 'undefined' },
      result: 'pending',
      statuses: ['stale-commit'],
    },
    {
      name: 'a bot (type Bot) never counts',
      reviews: () => [review('carol', 'APPROVED', -10 * MIN, { userType: 'Bot' })],
      result: 'pending',
      statuses: ['bot'],
    },
    {
      name: 'a bot login ending in [bot] never counts, whatever its email',
      reviews: () => [review('carol[bot]', 'APPROVED', -10 * MIN)],
      over: { emails: new Map([...EMAILS, ['carol[bot]', ['carol@example.com']]]) },
      result: 'pending',
      statuses: ['bot'],
    },
    {
      name: 'the author never counts as a reviewer (case-insensitive)',
      reviews: () => [review('AUTHOR', 'APPROVED', -10 * MIN)],
      result: 'pending',
      statuses: ['author'],
    },
    {
      name: 'an approval of an older commit does not count',
      reviews: () => [review('carol', 'APPROVED', -10 * MIN, { commitId: OLD })],
      result: 'pending',
      statuses: ['stale-commit'],
      reason: /reviewed `222222222222`, not the current head `111111111111`/,
    },
    {
      name: 'an approval whose commit GitHub lost (null) does not count',
      reviews: () => [review('carol', 'APPROVED', -10 * MIN, { commitId: null })],
      result: 'pending',
      statuses: ['stale-commit'],
    },
    {
      name: 'a later change request by the same on-call reviewer replaces the approval and denies',
      reviews: () => [review('carol', 'APPROVED', -30 * MIN), review('carol', 'CHANGES_REQUESTED', -10 * MIN)],
      result: 'denied',
      by: 'carol',
      statuses: ['vetoes'],
    },
    {
      name: 'a later approval replaces the reviewer’s own change request',
      reviews: () => [review('carol', 'CHANGES_REQUESTED', -30 * MIN), review('carol', 'APPROVED', -10 * MIN)],
      result: 'approved',
      by: 'carol',
    },
    {
      name: 'deny wins: an on-call change request denies even when another on-call person approved',
      reviews: () => [review('carol', 'APPROVED', -10 * MIN), review('dave', 'CHANGES_REQUESTED', -90 * MIN)],
      result: 'denied',
      by: 'dave',
      reason: /`dave` requested changes .*\(deny wins\)/,
    },
    {
      name: 'a change request by someone not on call does not deny',
      reviews: () => [review('carol', 'APPROVED', -10 * MIN), review('erin', 'CHANGES_REQUESTED', -5 * MIN)],
      result: 'approved',
      by: 'carol',
    },
    {
      name: 'a change request on an older commit does not deny (a push clears it)',
      reviews: () => [review('carol', 'APPROVED', -10 * MIN), review('dave', 'CHANGES_REQUESTED', -90 * MIN, { commitId: OLD })],
      result: 'approved',
      by: 'carol',
    },
    {
      name: 'a dismissed approval does not count',
      reviews: () => [review('carol', 'APPROVED', -30 * MIN), review('carol', 'DISMISSED', -10 * MIN)],
      result: 'pending',
      statuses: ['dismissed'],
    },
    {
      name: 'an approval older than duration does not count',
      reviews: () => [review('carol', 'APPROVED', -3 * HOUR)],
      over: { durationMs: 2 * HOUR },
      result: 'pending',
      statuses: ['expired'],
    },
    {
      name: 'an approval exactly duration old no longer counts',
      reviews: () => [review('carol', 'APPROVED', -2 * HOUR)],
      over: { durationMs: 2 * HOUR },
      result: 'pending',
      statuses: ['expired'],
    },
    {
      name: 'a change request older than duration still denies (vetoes do not expire)',
      reviews: () => [review('carol', 'CHANGES_REQUESTED', -3 * HOUR)],
      over: { durationMs: 2 * HOUR },
      result: 'denied',
    },
    {
      name: 'allowOneParty false: an on-call author alone is not enough',
      reviews: () => [],
      result: 'pending',
    },
    {
      name: 'allowOneParty true: the on-call author approves their own request',
      reviews: () => [],
      over: { allowOneParty: true },
      result: 'approved',
      by: 'author',
    },
    {
      name: 'allowOneParty true: an author who is not on call at the instant does not',
      reviews: () => [],
      over: { allowOneParty: true, onePartyAt: at(13 * HOUR) },
      result: 'pending',
    },
    {
      name: 'allowOneParty true but no instant given: the author is not considered',
      reviews: () => [],
      over: { allowOneParty: true, onePartyAt: undefined },
      result: 'pending',
    },
    {
      name: 'allowOneParty does not override a veto',
      reviews: () => [review('carol', 'CHANGES_REQUESTED', -10 * MIN)],
      over: { allowOneParty: true },
      result: 'denied',
    },
    {
      name: 'a shift ending exactly at submitted_at does not count (end is exclusive)',
      reviews: () => [review('dave', 'APPROVED', -HOUR)],
      result: 'pending',
      statuses: ['not-on-call'],
    },
    {
      name: 'a shift starting exactly at submitted_at counts (start is inclusive)',
      reviews: () => [review('dave', 'APPROVED', -2 * HOUR)],
      result: 'approved',
    },
    {
      name: 'emails compare case-insensitively',
      reviews: () => [review('carol', 'APPROVED', -10 * MIN)],
      over: { history: [shift(ESC, 'Carol@Example.COM', -HOUR, HOUR)] },
      result: 'approved',
    },
    {
      name: 'lower-case review states from a payload are understood',
      reviews: () => [review('carol', 'approved', -10 * MIN)],
      result: 'approved',
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const out = evaluateEscalationReviews(input(c.reviews(), c.over));
      expect(out.result).toBe(c.result);
      if (c.by && c.result === 'approved') expect(out.approval?.login).toBe(c.by);
      if (c.by && c.result === 'denied') expect(out.veto?.login).toBe(c.by);
      if (c.statuses) expect(out.notes.map((n) => n.status)).toEqual(c.statuses);
      if (c.reason) expect(words(out)).toMatch(c.reason);
    });
  }

  it('an approval carries its schedule, time and expiry (submitted_at + duration)', () => {
    const out = evaluateEscalationReviews(input([review('carol', 'APPROVED', -10 * MIN)], { durationMs: 2 * HOUR }));
    expect(out.approval).toMatchObject({
      login: 'carol',
      via: 'review',
      scheduleId: ESC,
      onCallName: 'carol',
      at: at(-10 * MIN),
      expiresAt: at(-10 * MIN + 2 * HOUR),
    });
  });

  it('of several approvals the one that lasts longest is reported', () => {
    const out = evaluateEscalationReviews(input([review('dave', 'APPROVED', -90 * MIN), review('carol', 'APPROVED', -5 * MIN)]));
    expect(out.approval?.login).toBe('carol');
  });

  it('a pending reason lists why each human review did not count', () => {
    const out = evaluateEscalationReviews(
      input([review('erin', 'APPROVED', -5 * MIN), review('carol', 'APPROVED', -5 * MIN, { commitId: OLD })]),
    );
    expect(out.result).toBe('pending');
    expect(out.notes.map((n) => n.status)).toEqual(['not-on-call', 'stale-commit']);
    expect(words(out)).toBe(
      'no approval on the current head yet from someone on call for `01HXYZSCHEDULEESCALATE0000` (' +
        '`erin` was not on call for `01HXYZSCHEDULEESCALATE0000` at 2026-11-20T09:55:00Z, when the review was submitted; ' +
        '`carol` reviewed `222222222222`, not the current head `111111111111`; a review counts only on the latest commit)',
    );
  });
});

// A login can change hands (renamed, deleted, taken again), and anyone can review a public
// repository's pull request: a review counts only from someone with access to the repository.
describe('the reviewer’s access: only OWNER, MEMBER and COLLABORATOR reviews count', () => {
  it.each(['OWNER', 'MEMBER', 'COLLABORATOR', 'collaborator'])(
    '%s: an on-call approval approves, a change request denies',
    (association) => {
      expect(evaluateEscalationReviews(input([review('carol', 'APPROVED', -10 * MIN, { association })])).result).toBe('approved');
      expect(evaluateEscalationReviews(input([review('carol', 'CHANGES_REQUESTED', -10 * MIN, { association })])).result).toBe('denied');
    },
  );

  it.each(['NONE', 'CONTRIBUTOR', 'FIRST_TIME_CONTRIBUTOR', 'FIRST_TIMER', 'MANNEQUIN', ''])(
    '%j: an on-call login’s approval does not count, nor does its change request deny',
    (association) => {
      const approval = evaluateEscalationReviews(input([review('carol', 'APPROVED', -10 * MIN, { association })]));
      expect(approval.result).toBe('pending');
      expect(approval.notes).toMatchObject([{ status: 'outsider', association }]);
      expect(words(approval)).toContain(
        `\`carol\` has no access to the repository (GitHub gives the review's author_association as ${association ? `\`${association}\`` : 'nothing'}; only OWNER, MEMBER and COLLABORATOR count)`,
      );
      const veto = evaluateEscalationReviews(
        input([review('dave', 'APPROVED', -90 * MIN), review('carol', 'CHANGES_REQUESTED', -10 * MIN, { association })]),
      );
      expect(veto).toMatchObject({ result: 'approved', approval: { login: 'dave' } });
      expect(veto.notes.map((n) => n.status)).toEqual(['approves', 'outsider']);
    },
  );

  it('an outsider is never a candidate: no email or schedule history is read for them', () => {
    const member = review('carol', 'APPROVED', -10 * MIN);
    expect(reviewCandidates([member, review('mallory', 'APPROVED', -10 * MIN, { association: 'NONE' })], HEAD, 'author')).toEqual([member]);
  });
});

describe('second party: nobody approves their own change', () => {
  const parties = (over: Partial<PullParties> = {}): PullParties => ({ ...AUTHOR_PUSHED, ...over });
  const pushedBy = (...logins: string[]): PullParties['pushers'] => ({ known: true, logins });
  const unknownPusher: PullParties['pushers'] = {
    known: false,
    why: "GitHub's activity log of acme/api could not be read: it answered 403",
  };
  // zed: carol's second account, whose public email resolves to carol's; bob: the author's.
  const emails = new Map([...EMAILS, ['zed', ['carol@example.com']], ['bob', ['author@example.com']], ['frank', ['frank@example.com']]]);

  const cases: {
    name: string;
    reviews: () => ReviewFact[];
    parties?: PullParties;
    over?: Partial<EscalationReviewInput>;
    result: 'approved' | 'denied' | 'pending';
    statuses: string[];
    reason?: RegExp;
  }[] = [
    {
      name: 'a reviewer who authored a commit of the PR does not count',
      reviews: () => [review('carol', 'APPROVED', -10 * MIN)],
      parties: parties({ commitLogins: ['author', 'carol'] }),
      result: 'pending',
      statuses: ['own-change'],
      reason: /`carol` authored or committed a commit of this pull request; nobody approves their own change/,
    },
    {
      name: 'logins compare case-insensitively (a commit by `CAROL`)',
      reviews: () => [review('carol', 'APPROVED', -10 * MIN)],
      parties: parties({ commitLogins: ['CAROL'] }),
      result: 'pending',
      statuses: ['own-change'],
    },
    {
      name: 'a reviewer who pushed the head does not count (as "most recent reviewable push")',
      reviews: () => [review('carol', 'APPROVED', -10 * MIN)],
      parties: parties({ pushers: pushedBy('Carol') }),
      result: 'pending',
      statuses: ['own-change'],
      reason: /`carol` pushed the head commit `111111111111`/,
    },
    {
      name: 'the author under a second login (same incident.io email) is the author',
      reviews: () => [review('bob', 'APPROVED', -10 * MIN)],
      over: { history: [...HISTORY, shift(ESC, 'author@example.com', -HOUR, HOUR)] },
      result: 'pending',
      statuses: ['own-change'],
      reason: /`bob` has the same incident\.io email as the author `author`: one person under two logins is one party/,
    },
    {
      name: 'a commit author under a second login (same email) is that commit author',
      reviews: () => [review('zed', 'APPROVED', -10 * MIN)],
      parties: parties({ commitLogins: ['author', 'carol'] }),
      result: 'pending',
      statuses: ['own-change'],
      reason: /`zed` has the same incident\.io email as `carol`/,
    },
    {
      name: 'a second login of the pusher is the pusher',
      reviews: () => [review('zed', 'APPROVED', -10 * MIN)],
      parties: parties({ pushers: pushedBy('carol') }),
      result: 'pending',
      statuses: ['own-change'],
    },
    {
      name: 'a second login of someone who is not on the change is a second party',
      reviews: () => [review('zed', 'APPROVED', -10 * MIN)],
      result: 'approved',
      statuses: ['approves'],
    },
    {
      name: 'GitHub’s web-flow committer (web edits, "Update branch") disqualifies nobody else',
      reviews: () => [review('carol', 'APPROVED', -10 * MIN)],
      parties: parties({ commitLogins: ['author', 'web-flow', 'github-actions[bot]'] }),
      result: 'approved',
      statuses: ['approves'],
    },
    {
      name: 'pusher unknown: a second party still approves, and the decision says the pusher is unknown',
      reviews: () => [review('carol', 'APPROVED', -10 * MIN)],
      parties: parties({ pushers: unknownPusher }),
      result: 'approved',
      statuses: ['approves'],
      reason:
        /could not learn who pushed `111111111111` \(GitHub's activity log of acme\/api could not be read: it answered 403\); the other second-party rules applied/,
    },
    {
      name: 'pusher unknown: a commit author is still not the second party',
      reviews: () => [review('carol', 'APPROVED', -10 * MIN)],
      parties: parties({ commitLogins: ['carol'], pushers: unknownPusher }),
      result: 'pending',
      statuses: ['own-change'],
      reason: /could not learn who pushed/,
    },
    {
      name: 'an incomplete commit list (over 250 commits): no approval can be shown to come from a second party',
      reviews: () => [review('carol', 'APPROVED', -10 * MIN)],
      parties: parties({ commitsTruncated: true }),
      result: 'pending',
      statuses: ['unverified'],
      reason: /GitHub lists at most 250 commits of a pull request/,
    },
    {
      name: 'facts that were not read count as unknown: nobody is a second party (fail closed)',
      reviews: () => [review('carol', 'APPROVED', -10 * MIN)],
      parties: UNREAD_PARTIES,
      result: 'pending',
      statuses: ['unverified'],
    },
    {
      name: 'a change request by someone on the change, while on call, still denies (deny wins)',
      reviews: () => [review('frank', 'APPROVED', -10 * MIN), review('carol', 'CHANGES_REQUESTED', -5 * MIN)],
      parties: parties({ commitLogins: ['carol'] }),
      over: { history: [...HISTORY, shift(ESC, 'frank@example.com', -HOUR, HOUR)] },
      result: 'denied',
      statuses: ['approves', 'vetoes'],
    },
    {
      name: 'allowOneParty: a committer who is on call approves',
      reviews: () => [review('carol', 'APPROVED', -10 * MIN)],
      parties: parties({ commitLogins: ['carol'], pushers: pushedBy('carol') }),
      over: { allowOneParty: true, onePartyAt: undefined },
      result: 'approved',
      statuses: ['approves'],
    },
    {
      name: 'allowOneParty: the author’s second login approves too',
      reviews: () => [review('bob', 'APPROVED', -10 * MIN)],
      over: { allowOneParty: true, onePartyAt: undefined, history: [...HISTORY, shift(ESC, 'author@example.com', -HOUR, HOUR)] },
      result: 'approved',
      statuses: ['approves'],
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const out = evaluateEscalationReviews(input(c.reviews(), { emails, ...(c.parties ? { parties: c.parties } : {}), ...c.over }));
      expect(out.result).toBe(c.result);
      expect(out.notes.map((n) => n.status)).toEqual(c.statuses);
      if (c.reason) expect(words(out)).toMatch(c.reason);
    });
  }

  it('says the pusher is unknown in `notices` whatever the result, but not under allowOneParty', () => {
    const unknown = parties({ pushers: unknownPusher });
    const pending = evaluateEscalationReviews(input([], { parties: unknown }));
    expect(pending.notices).toEqual([
      { kind: 'pusher-unknown', headSha: HEAD, why: "GitHub's activity log of acme/api could not be read: it answered 403" },
    ]);
    expect(words(pending)).toBe(
      'no approval on the current head yet from someone on call for `01HXYZSCHEDULEESCALATE0000` ' +
        "(could not learn who pushed `111111111111` (GitHub's activity log of acme/api could not be read: it answered 403); the other second-party rules applied)",
    );
    expect(evaluateEscalationReviews(input([], { parties: unknown, allowOneParty: true })).notices).toEqual([]);
    expect(evaluateEscalationReviews(input([review('carol', 'APPROVED', -10 * MIN)])).notices).toEqual([]);
  });

  it('partyLogins: the author, commit accounts and pushers once each, without bots and web-flow', () => {
    expect(
      partyLogins('Alice', {
        commitLogins: ['alice', 'Bob', 'web-flow', 'dependabot[bot]'],
        commitsTruncated: false,
        pushers: pushedBy('carol', 'BOB'),
      }),
    ).toEqual(['alice', 'bob', 'carol']);
    expect(partyLogins('alice', { commitLogins: [], commitsTruncated: false, pushers: unknownPusher })).toEqual(['alice']);
  });
});

describe('a base branch changed after the approval: the approval was of another diff', () => {
  // A writer opens a pull request into a branch that already holds a backdoor, gets the small
  // diff on top approved on call, then points the pull request at the default branch: the head
  // commit (and so the review's commit_id) is unchanged, but the diff now holds the backdoor.
  it('an approval submitted before the last base change does not count; the reason says so', () => {
    const out = evaluateEscalationReviews(input([review('carol', 'APPROVED', -30 * MIN)], { baseChangedAt: at(-10 * MIN) }));
    expect(out.result).toBe('pending');
    expect(out.notes.map((n) => n.status)).toEqual(['stale-base']);
    expect(out.notes[0]).toMatchObject({ status: 'stale-base', changedAt: at(-10 * MIN) });
    expect(words(out)).toMatch(/base branch of this pull request was changed at 2026-\S+ after .*carol.* approved/);
  });

  it('an approval at the very instant of the change does not count either (fail closed)', () => {
    const out = evaluateEscalationReviews(input([review('carol', 'APPROVED', -10 * MIN)], { baseChangedAt: at(-10 * MIN) }));
    expect(out.result).toBe('pending');
  });

  it('an approval submitted after the base change counts', () => {
    const out = evaluateEscalationReviews(input([review('carol', 'APPROVED', -5 * MIN)], { baseChangedAt: at(-10 * MIN) }));
    expect(out.result).toBe('approved');
  });

  it('a change request from before the base change still denies (it can only hold a change back)', () => {
    const out = evaluateEscalationReviews(
      input([review('carol', 'CHANGES_REQUESTED', -30 * MIN), review('erin', 'APPROVED', -5 * MIN)], { baseChangedAt: at(-10 * MIN) }),
    );
    expect(out.result).toBe('denied');
  });

  it('no base change (null or absent) leaves the approval counting', () => {
    expect(evaluateEscalationReviews(input([review('carol', 'APPROVED', -30 * MIN)], { baseChangedAt: null })).result).toBe('approved');
    expect(evaluateEscalationReviews(input([review('carol', 'APPROVED', -30 * MIN)])).result).toBe('approved');
  });
});

describe('a dismissed change request: dismissal does not clear a veto', () => {
  // Anyone with write access (the author too) can dismiss a review. A change request by someone on
  // call that was dismissed still denies; only a newer review by its reviewer or a new push clears it.
  const dismissedVeto = (offset: number) => review('carol', 'CHANGES_REQUESTED', offset, { dismissedVeto: true });

  it('still denies beside another on-call approval, and says it was dismissed', () => {
    const out = evaluateEscalationReviews(input([review('dave', 'APPROVED', -90 * MIN), dismissedVeto(-70 * MIN)]));
    expect(out.result).toBe('denied');
    expect(out.veto).toMatchObject({ login: 'carol' });
    expect(words(out)).toContain('was dismissed, which does not clear a change request');
  });

  it('is a candidate, so its reviewer’s email and schedule are read', () => {
    expect(reviewCandidates([dismissedVeto(-70 * MIN)], HEAD, 'author').map((r) => r.login)).toEqual(['carol']);
  });

  it('a newer approval by the same reviewer clears it', () => {
    expect(evaluateEscalationReviews(input([dismissedVeto(-70 * MIN), review('carol', 'APPROVED', -5 * MIN)])).result).toBe('approved');
  });

  it('on an earlier commit it no longer denies (a new push clears it)', () => {
    const out = evaluateEscalationReviews(
      input([
        review('dave', 'APPROVED', -90 * MIN),
        review('carol', 'CHANGES_REQUESTED', -70 * MIN, { dismissedVeto: true, commitId: OLD }),
      ]),
    );
    expect(out.result).toBe('approved');
  });
});

describe('reviewCandidates and reviewInstants', () => {
  it('keeps only the latest human, non-author reviews on the head that approve or request changes', () => {
    const keep1 = review('carol', 'APPROVED', -10 * MIN);
    const keep2 = review('dave', 'CHANGES_REQUESTED', -20 * MIN);
    const rs = [
      review('erin', 'APPROVED', -10 * MIN, { commitId: OLD }),
      review('author', 'APPROVED', -10 * MIN),
      review('x[bot]', 'APPROVED', -10 * MIN),
      review('frank', 'APPROVED', -30 * MIN),
      review('frank', 'DISMISSED', -5 * MIN),
      keep1,
      keep2,
    ];
    expect(
      reviewCandidates(rs, HEAD, 'Author')
        .map((r) => r.id)
        .sort(),
    ).toEqual([keep1.id, keep2.id].sort());
  });

  it('keeps nothing when the head SHA is empty or not a SHA (a malformed answer is never evidence)', () => {
    expect(reviewCandidates([review('carol', 'APPROVED', -10 * MIN, { commitId: '' })], '', 'author')).toEqual([]);
    expect(reviewCandidates([review('carol', 'APPROVED', -10 * MIN, { commitId: 'x' })], 'x', 'author')).toEqual([]);
  });

  it('returns each distinct instant once, in order, with the one-party instant', () => {
    const a = review('carol', 'APPROVED', -10 * MIN);
    const b = review('dave', 'APPROVED', -10 * MIN);
    const c = review('erin', 'APPROVED', -20 * MIN);
    expect(reviewInstants([a, b, c], NOW)).toEqual([at(-20 * MIN), at(-10 * MIN), NOW]);
  });
});
