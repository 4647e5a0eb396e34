// Review evaluation for escalation rules, pure: no I/O, no clock, no logging. It returns data (which
// review counts and why, as kinds with their evidence); the words live in src/report/explain.ts.
// The rule engine (engine.ts) calls it for `request`, `review` and the gate's deploy evidence, so
// all three agree on which review counts:
// - each reviewer's latest review counts; a later review replaces an earlier one;
// - bots, the PR author and reviews of another commit than the current head never count;
// - an approval submitted before the pull request's base branch was last changed does not count:
//   the head (and so the review's commit) is the same, but the diff it approved was against the
//   former base, and the new one may carry commits nobody reviewed (as GitHub's "dismiss stale
//   approvals" does when the merge base changes);
// - only a reviewer with access to the repository counts, as GitHub's review `author_association`
//   says (OWNER, MEMBER, COLLABORATOR): anyone can review a public repository's pull request, and
//   a login can change hands. Such a review neither approves nor denies;
// - nobody approves their own change (as GitHub's "require approval of the most recent reviewable
//   push"): a reviewer who authored or committed one of the PR's commits, pushed its head, or is
//   any of these people (or the author) under another login (the same incident.io email) is not
//   the second party, unless `allowOneParty` holds. These facts can only disqualify a reviewer:
//   not knowing one (the pusher) never lets a review count that otherwise would not;
// - an APPROVED review counts when the reviewer was on call for one of `services` at the
//   review's `submitted_at` (or, for a policy's outage fallback, is one of the people the policy
//   names: `named`), and the review is younger than `duration`;
// - a CHANGES_REQUESTED review by such a person denies, even when another on-call person
//   approved (deny wins), and does not expire: only a newer review or a new push clears it. Its
//   dismissal does not (anyone with write access, the author too, can dismiss a review): the
//   adapter gives a dismissed change request as CHANGES_REQUESTED (`dismissedVeto`).
import type { OnCallShift as OnCallFact } from '../oncall/shifts.js';

/** One pull request review as the GitHub adapter returns it (`src/github/reviews.ts` Review). */
export interface ReviewFact {
  id: number;
  /** '' for a deleted account. */
  login: string;
  /** 'User' | 'Bot' | ... */
  userType: string;
  /**
   * How the reviewer is associated with the repository (GitHub's `author_association`: OWNER,
   * MEMBER, COLLABORATOR, CONTRIBUTOR, FIRST_TIME_CONTRIBUTOR, FIRST_TIMER, MANNEQUIN, NONE; '' when
   * GitHub gave none). Only REVIEWER_ASSOCIATIONS count.
   */
  association: string;
  /** APPROVED | CHANGES_REQUESTED | COMMENTED | DISMISSED | PENDING (any case). */
  state: string;
  commitId: string | null;
  /** RFC 3339; null for a PENDING review. */
  submittedAt: string | null;
  /**
   * A change request that someone dismissed: GitHub lists it as DISMISSED, and the pull request's
   * `review_dismissed` event says it requested changes. It is given here as CHANGES_REQUESTED and
   * still denies: dismissal does not clear a veto, only a newer review by its reviewer or a push does.
   */
  dismissedVeto?: boolean;
}

/** Bots never count: `user.type == "Bot"` or a login ending in `[bot]`. */
export function isBot(login: string, userType: string): boolean {
  return userType.toLowerCase() === 'bot' || /\[bot\]$/i.test(login.trim());
}

/**
 * The author associations of a reviewer with access to the repository: its owner, a member of the
 * organisation that owns it, or a collaborator. Everyone else (a contributor without access, a
 * first-time contributor, NONE, or nothing said) is an outsider whose review never counts.
 */
export const REVIEWER_ASSOCIATIONS: readonly string[] = ['OWNER', 'MEMBER', 'COLLABORATOR'];

/** The reviewer has access to the repository. */
export const hasAccess = (association: string): boolean => REVIEWER_ASSOCIATIONS.includes(association.trim().toUpperCase());

const sameLogin = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** A full commit SHA (SHA-1, or SHA-256 repositories). */
export const isCommitSha = (s: string | null | undefined): s is string =>
  typeof s === 'string' && /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(s);

/**
 * The review is of the current head. A head that is not a commit SHA (a malformed answer) matches
 * nothing, so an empty `commit_id` can never pass for an empty head.
 */
const onHead = (r: ReviewFact, headSha: string): boolean => isCommitSha(headSha) && r.commitId === headSha;
const upper = (s: string): string => s.trim().toUpperCase();

// GitHub's own review decision ignores COMMENTED reviews: a comment after an approval leaves the
// approval standing ("About pull request reviews"). PENDING reviews are drafts nobody submitted.
const DECISIVE = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);

function submittedMs(r: ReviewFact): number {
  const t = r.submittedAt ? Date.parse(r.submittedAt) : NaN;
  return Number.isFinite(t) ? t : NaN;
}

/**
 * Each reviewer's latest decisive review (APPROVED, CHANGES_REQUESTED or DISMISSED), in the order
 * of their submission. Reviews without a valid `submitted_at` (drafts) are ignored; ties on the
 * time are broken by the review ID, which GitHub assigns in increasing order.
 */
export function latestReviews(reviews: readonly ReviewFact[]): ReviewFact[] {
  const latest = new Map<string, ReviewFact>();
  for (const r of reviews) {
    if (!DECISIVE.has(upper(r.state)) || Number.isNaN(submittedMs(r))) continue;
    const key = r.login.trim().toLowerCase();
    if (key === '') continue; // a deleted account cannot be identified, so it never counts
    const prev = latest.get(key);
    if (!prev || submittedMs(r) > submittedMs(prev) || (submittedMs(r) === submittedMs(prev) && r.id > prev.id)) {
      latest.set(key, r);
    }
  }
  return [...latest.values()].sort((a, b) => submittedMs(a) - submittedMs(b) || a.id - b.id);
}

export type ReviewStatus =
  | 'approves' // counts as the approval
  | 'vetoes' // CHANGES_REQUESTED by an on-call person: denies
  | 'bot'
  | 'author'
  | 'outsider' // no access to the repository (author_association): neither approves nor denies
  | 'own-change' // authored or committed a commit, pushed the head, or is such a person (or the author) under another login
  | 'unverified' // the PR's commit list is incomplete, so nobody can be shown to be a second party
  | 'stale-commit' // reviewed another commit than the current head
  | 'stale-base' // approved before the pull request's base branch was changed
  | 'dismissed'
  | 'no-identity' // no incident.io email known for the login
  | 'not-on-call' // not on call for the services at submitted_at
  | 'not-approver' // outage fallback: not one of the people the policy names
  | 'expired'; // an approval older than `duration`

/** Why a reviewer is on the change's own side. */
export type OwnSide =
  | { why: 'pushed-head'; headSha: string }
  | { why: 'commit-account' }
  /** The same incident.io email as `as` (a lower-case login; `asAuthor` when that is the PR's author). */
  | { why: 'same-email'; as: string; asAuthor: boolean };

/** Each reviewer's latest review, with why it counts or not and the facts behind that. */
export type ReviewNote = { review: ReviewFact } & (
  | { status: 'bot' | 'author' | 'dismissed' }
  /** `association`: GitHub's author_association of the review (not one of REVIEWER_ASSOCIATIONS). */
  | { status: 'outsider'; association: string }
  /** `headSha`: the current head (possibly not a SHA when GitHub gave none). */
  | { status: 'stale-commit'; headSha: string }
  /** `changedAt`: when the base branch was last changed, at or after the approval. */
  | { status: 'stale-base'; changedAt: Date }
  | ({ status: 'own-change' } & OwnSide)
  /** `commitsListed`: how many commits of a pull request GitHub lists at most. */
  | { status: 'unverified'; commitsListed: number }
  /** `identitiesFile`: where the login should be added, when known. */
  | { status: 'no-identity'; identitiesFile?: string }
  /** Not on call for `services` at `at` (the review's submitted_at). */
  | { status: 'not-on-call'; at: Date; services: readonly string[] }
  /** Outage fallback: not among `approvers` and not an active member of `approverTeams`. */
  | { status: 'not-approver'; approvers: readonly string[]; approverTeams: readonly string[] }
  /** At `at`, the review's submitted_at: on call for `scheduleId` (as `onCallName`), or a named approver. */
  | ({ status: 'approves' | 'vetoes' | 'expired'; at: Date } & Qualification)
);

/** Who the policy names as an outage approver: by login, or as an active member of a team. */
export type NamedApprover = { via: 'login' } | { via: 'team'; team: string };

/**
 * Why a reviewer may approve: on call for `scheduleId` at the review, or (outage fallback) named
 * by the policy. Exactly one of `scheduleId` and `approver` is set.
 */
export type Qualification =
  | { scheduleId: string; onCallName: string; approver?: undefined }
  | { approver: NamedApprover; scheduleId?: undefined; onCallName?: undefined };

/**
 * The people a policy's outage fallback names: lower-case logins, and per team slug the active
 * members among the reviewers that could count (read from GitHub before the evaluation).
 */
export interface NamedApprovers {
  logins: readonly string[];
  teams: readonly { team: string; members: readonly string[] }[];
}

/** Who or what approved (or vetoed) an escalation (or an outage fallback: then `approver` is set). */
export type EscalationActor = {
  login: string;
  /** `review`: an on-call (or named) reviewer; `one-party`: the author, on call, under `allowOneParty`. */
  via: 'review' | 'one-party';
  /** When it happened: the review's `submitted_at`, or the one-party instant. */
  at: Date;
  reviewId?: number;
  /** An approval stops counting at `at + duration` (absent on a veto). */
  expiresAt?: Date;
} & Qualification;

/**
 * The change's own side besides its author (nobody on it approves the change): the accounts GitHub
 * linked to its commits and the pusher of its head.
 */
export interface PullParties {
  /** Logins GitHub linked as author or committer of one of the PR's commits (any case). */
  commitLogins: readonly string[];
  /** The commit list may be incomplete (GitHub lists at most 250 commits of a pull request). */
  commitsTruncated: boolean;
  /** Who pushed the head commit, from GitHub's activity log, or why that is unknown (the adapter's words). */
  pushers: { known: true; logins: readonly string[] } | { known: false; why: string };
}

/** The facts were not read (a caller that knows the rule lets one party approve): nobody is shown to be a second party. */
export const UNREAD_PARTIES: PullParties = {
  commitLogins: [],
  commitsTruncated: true,
  pushers: { known: false, why: 'it was not looked up' },
};

// GitHub's own committer of web edits, squash and merge commits and "Update branch" merges: not a
// person, and never a reviewer; its email is not worth a lookup.
const SYSTEM_LOGINS = new Set(['web-flow']);

/**
 * The logins of the change's own side whose incident.io emails the evaluation compares reviewers
 * with (the author, commit authors and committers, pushers), without bots and GitHub's own
 * committer account, once each in lower case.
 */
export function partyLogins(author: string, parties: PullParties): string[] {
  const all = [author, ...parties.commitLogins, ...(parties.pushers.known ? parties.pushers.logins : [])];
  return [...new Set(all.map((l) => l.trim().toLowerCase()).filter((l) => l !== '' && !isBot(l, '') && !SYSTEM_LOGINS.has(l)))];
}

export interface EscalationReviewInput {
  /** The rule's `services`: schedule IDs whose on-call may approve. */
  services: readonly string[];
  durationMs: number;
  allowOneParty: boolean;
  reviews: readonly ReviewFact[];
  /** The current head SHA, fetched fresh (never the event payload's). */
  headSha: string;
  /**
   * When the pull request's base branch was last changed (GitHub's `base_ref_changed` event); an
   * approval submitted at or before it approved the diff against the former base. null or absent:
   * never changed.
   */
  baseChangedAt?: Date | null;
  /** The PR author's login. */
  author: string;
  /** Everyone else on the change's own side: none of them is the second party (unless allowOneParty). */
  parties: PullParties;
  /**
   * Lower-case login -> lower-case incident.io emails, for the reviewers and for partyLogins;
   * missing or empty: never on call, and never recognised as someone else.
   */
  emails: ReadonlyMap<string, readonly string[]>;
  /** The identities file to name when a reviewer has no email (identitiesFilePath). */
  identitiesFile?: string;
  /** `final` shifts of `services` around each instant that matters (see reviewInstants). */
  history: readonly OnCallFact[];
  /**
   * Outage fallback: the people who may approve instead of the on-call of `services` (then
   * `services` and `history` are not consulted, a reviewer needs no email, and allowOneParty must
   * be false: every second-party rule applies).
   */
  named?: NamedApprovers;
  now: Date;
  /**
   * allowOneParty: the instant the author must be on call (now for a PR under review, the PR's
   * `merged_at` for a deploy). Absent: the author is never considered.
   */
  onePartyAt?: Date;
}

/** What the evaluation could not check, and what it did instead. */
export type ReviewNotice = { kind: 'pusher-unknown'; headSha: string; why: string };

export interface EscalationReviewResult {
  result: 'approved' | 'denied' | 'pending';
  /** The rule's services (who may approve). */
  services: readonly string[];
  /** Outage fallback: the people named instead of the on-call of `services`. */
  named?: NamedApprovers;
  /** Set when approved: the approval with the latest expiry. */
  approval?: EscalationActor;
  /** Set when denied: the first on-call CHANGES_REQUESTED. */
  veto?: EscalationActor;
  /** Every reviewer's latest review and why it counts or not. */
  notes: ReviewNote[];
  /** What the evaluation could not check (e.g. the pusher of the head), whatever the result. */
  notices: ReviewNotice[];
}

/** The shift covering `at` (half-open `start_at <= t < end_at`, as incident.io's entries are) for one of the emails. */
export function onCallAt(
  history: readonly OnCallFact[],
  services: readonly string[],
  emails: readonly string[],
  at: Date,
): OnCallFact | undefined {
  const wanted = new Set(emails.map((e) => e.toLowerCase()));
  const ids = new Set(services);
  const t = at.getTime();
  // Keep the order of `services` so the reported schedule is stable.
  const covering = history.filter(
    (s) => ids.has(s.scheduleId) && wanted.has(s.email.toLowerCase()) && s.startAt.getTime() <= t && t < s.endAt.getTime(),
  );
  return covering.sort((a, b) => services.indexOf(a.scheduleId) - services.indexOf(b.scheduleId))[0];
}

/**
 * The latest reviews that could count (human, with access, not the author, on the current head,
 * approving or requesting changes): the caller resolves these reviewers' emails and reads schedule history at
 * their `submitted_at`, so no other review costs an API call.
 */
export function reviewCandidates(reviews: readonly ReviewFact[], headSha: string, author: string): ReviewFact[] {
  return latestReviews(reviews).filter(
    (r) =>
      !isBot(r.login, r.userType) &&
      !sameLogin(r.login, author) &&
      hasAccess(r.association) &&
      onHead(r, headSha) &&
      (upper(r.state) === 'APPROVED' || upper(r.state) === 'CHANGES_REQUESTED'),
  );
}

/** The instants whose schedule history the evaluation needs (distinct, in time order). */
export function reviewInstants(candidates: readonly ReviewFact[], onePartyAt?: Date): Date[] {
  const ms = new Set(candidates.map(submittedMs).filter((t) => !Number.isNaN(t)));
  if (onePartyAt) ms.add(onePartyAt.getTime());
  return [...ms].sort((a, b) => a - b).map((t) => new Date(t));
}

function classify(r: ReviewFact, input: EscalationReviewInput): ReviewNote {
  const state = upper(r.state);
  if (isBot(r.login, r.userType)) return { review: r, status: 'bot' };
  if (sameLogin(r.login, input.author)) return { review: r, status: 'author' };
  if (!hasAccess(r.association)) return { review: r, status: 'outsider', association: r.association };
  if (state === 'DISMISSED') return { review: r, status: 'dismissed' };
  if (!onHead(r, input.headSha)) return { review: r, status: 'stale-commit', headSha: input.headSha };
  const approving = state === 'APPROVED';
  const baseChangedAt = input.baseChangedAt;
  if (approving && baseChangedAt && submittedMs(r) <= baseChangedAt.getTime()) {
    return { review: r, status: 'stale-base', changedAt: baseChangedAt };
  }
  // The second-party rule decides who may approve; a change request from the change's own side
  // still denies (it can only hold a change back).
  const own = approving && !input.allowOneParty ? ownSide(r.login, input) : undefined;
  if (own) return { review: r, status: 'own-change', ...own };
  if (approving && !input.allowOneParty && input.parties.commitsTruncated) {
    return { review: r, status: 'unverified', commitsListed: PULL_COMMITS_LISTED };
  }
  const emails = input.emails.get(r.login.trim().toLowerCase()) ?? [];
  const sameAs = approving && !input.allowOneParty ? samePersonAs(emails, r.login, input) : undefined;
  if (sameAs) return { review: r, status: 'own-change', ...sameAs };
  const at = new Date(submittedMs(r));
  let qualification: Qualification;
  if (input.named) {
    // Named by login: no email is needed to know who they are (one is still used, when known,
    // to recognise the change's own side under another login, above).
    const approver = namedApprover(r.login, input.named);
    if (!approver) {
      return { review: r, status: 'not-approver', approvers: input.named.logins, approverTeams: input.named.teams.map((t) => t.team) };
    }
    qualification = { approver };
  } else {
    if (emails.length === 0) {
      return { review: r, status: 'no-identity', ...(input.identitiesFile ? { identitiesFile: input.identitiesFile } : {}) };
    }
    const shift = onCallAt(input.history, input.services, emails, at);
    if (!shift) return { review: r, status: 'not-on-call', at, services: input.services };
    qualification = { scheduleId: shift.scheduleId, onCallName: shift.name };
  }
  const base = { review: r, at, ...qualification };
  if (state === 'CHANGES_REQUESTED') return { ...base, status: 'vetoes' };
  if (input.now.getTime() - at.getTime() >= input.durationMs) return { ...base, status: 'expired' };
  return { ...base, status: 'approves' };
}

/** Whether `login` is one of the named approvers: by login first, else by the first team that has them. */
export function namedApprover(login: string, named: NamedApprovers): NamedApprover | undefined {
  const key = login.trim().toLowerCase();
  if (key === '') return undefined;
  if (named.logins.some((l) => l.toLowerCase() === key)) return { via: 'login' };
  const team = named.teams.find((t) => t.members.some((m) => m.toLowerCase() === key));
  return team ? { via: 'team', team: team.team } : undefined;
}

/** GitHub lists at most this many commits of a pull request. */
export const PULL_COMMITS_LISTED = 250;

const lowerSet = (logins: readonly string[]): Set<string> => new Set(logins.map((l) => l.trim().toLowerCase()));

/** Why `login` is on the change's own side by its login (commit author/committer, pusher), or undefined. */
function ownSide(login: string, input: EscalationReviewInput): OwnSide | undefined {
  const key = login.trim().toLowerCase();
  const { parties } = input;
  if (parties.pushers.known && lowerSet(parties.pushers.logins).has(key)) return { why: 'pushed-head', headSha: input.headSha };
  if (lowerSet(parties.commitLogins).has(key)) return { why: 'commit-account' };
  return undefined;
}

/**
 * The person on the change's own side (the author, a commit author or committer, a pusher) who
 * has one of `emails` under another login, or undefined.
 */
function samePersonAs(emails: readonly string[], login: string, input: EscalationReviewInput): OwnSide | undefined {
  if (emails.length === 0) return undefined;
  const mine = new Set(emails.map((e) => e.toLowerCase()));
  const key = login.trim().toLowerCase();
  const author = input.author.trim().toLowerCase();
  for (const other of partyLogins(input.author, input.parties)) {
    if (other === key) continue;
    if ((input.emails.get(other) ?? []).some((e) => mine.has(e.toLowerCase()))) {
      return other === author ? { why: 'same-email', as: input.author, asAuthor: true } : { why: 'same-email', as: other, asAuthor: false };
    }
  }
  return undefined;
}

/** What could not be checked (nothing when everything was known or allowOneParty holds). */
function partyNotices(input: EscalationReviewInput): ReviewNotice[] {
  if (input.allowOneParty || input.parties.pushers.known) return [];
  return [{ kind: 'pusher-unknown', headSha: input.headSha, why: input.parties.pushers.why }];
}

function actorOf(note: ReviewNote & { status: 'approves' | 'vetoes' }, durationMs: number): EscalationActor {
  const qualification: Qualification = note.approver
    ? { approver: note.approver }
    : { scheduleId: note.scheduleId, onCallName: note.onCallName };
  return {
    login: note.review.login,
    via: 'review',
    at: note.at,
    ...qualification,
    reviewId: note.review.id,
    ...(note.status === 'approves' ? { expiresAt: new Date(note.at.getTime() + durationMs) } : {}),
  };
}

const hasStatus =
  <S extends ReviewStatus>(...statuses: S[]) =>
  (n: ReviewNote): n is ReviewNote & { status: S } =>
    (statuses as ReviewStatus[]).includes(n.status);

/** Whether an escalation rule is satisfied by the PR's reviews (or its on-call author). */
export function evaluateEscalationReviews(input: EscalationReviewInput): EscalationReviewResult {
  const notes = latestReviews(input.reviews).map((r) => classify(r, input));
  const base = { services: input.services, ...(input.named ? { named: input.named } : {}), notes, notices: partyNotices(input) };

  const [veto] = notes.filter(hasStatus('vetoes'));
  if (veto) return { ...base, result: 'denied', veto: actorOf(veto, input.durationMs) };

  const approvals = notes.filter(hasStatus('approves')).map((n) => actorOf(n, input.durationMs));

  // allowOneParty: the author counts when on call for `services`; GitHub forbids approving one's
  // own PR, so this is the only one-party path. Never for an outage fallback.
  if (input.allowOneParty && input.onePartyAt && !input.named) {
    const emails = input.emails.get(input.author.trim().toLowerCase()) ?? [];
    const shift = emails.length > 0 ? onCallAt(input.history, input.services, emails, input.onePartyAt) : undefined;
    if (shift && input.now.getTime() - input.onePartyAt.getTime() < input.durationMs) {
      approvals.push({
        login: input.author,
        via: 'one-party',
        at: input.onePartyAt,
        scheduleId: shift.scheduleId,
        onCallName: shift.name,
        expiresAt: new Date(input.onePartyAt.getTime() + input.durationMs),
      });
    }
  }

  if (approvals.length > 0) {
    const approval = approvals.reduce((best, a) => ((a.expiresAt?.getTime() ?? 0) > (best.expiresAt?.getTime() ?? 0) ? a : best));
    return { ...base, result: 'approved', approval };
  }
  return { ...base, result: 'pending' };
}
