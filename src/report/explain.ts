// The words for a decision: why each rule holds or not, why each policy ended as it did, what to
// do, and what could not be checked. The rule engine (src/decide/engine.ts) returns data only;
// every surface that shows a decision (the gate's step summary and failure, the request comment
// and check run, the CLI's `check`) words it here, in one of two styles: Markdown, with IDs,
// logins and emails as code spans, or plain text for a terminal. What differs between surfaces is
// a parameter (where a reason is given, "now" or the moment asked for), never a rewrite of text.
import { decidingRule, MIN_REASON_CHARS } from '../decide/engine.js';
import type { DeployEvaluation } from '../decide/escalation-evidence.js';
import type { MatchedBy } from '../decide/pull-request-match.js';
import {
  isCommitSha,
  type EscalationReviewResult,
  type NamedApprovers,
  type Qualification,
  type ReviewNote,
  type ReviewNotice,
} from '../decide/review.js';
import type { Decision, FallbackOutcome, OutageCause, Placement, PolicyVerdict, ReasonProblem, RuleOutcome } from '../decide/types.js';
import type { LookupNote, UnresolvedIdentity } from '../identity/resolve-identity.js';

/** How names and emphasis are set: Markdown code spans, or plain text. */
export interface Style {
  /** An ID, login, email, file key or setting name. */
  code(text: string): string;
  strong(text: string): string;
}

/**
 * Markdown: a code span per name. The names put in these spans (IDs, logins, emails, setting
 * names, branch and file names) never legitimately contain backticks, so they are dropped rather
 * than fenced, keeping each span short.
 */
export const MARKDOWN: Style = { code: (s) => `\`${s.replace(/`/g, '')}\``, strong: (s) => `**${s}**` };

/** Plain text for a terminal. */
export const PLAIN: Style = { code: (s) => s, strong: (s) => s };

export interface ExplainOptions {
  style: Style;
  /**
   * Where a gate run's reason is given: the action's `reason` input, or the CLI's `--reason`
   * (and what the identities lookups need: the `github-token` input, or GITHUB_TOKEN).
   * A pull request's reason is always its `Reason:` line. `app`: App mode, where a deployment
   * request carries no reason and the App approves a waiting deployment itself.
   */
  advice?: 'action' | 'cli' | 'app';
  /** The decision is for a moment the user asked about (check --at): "at <time>" instead of "now". */
  asked?: boolean;
}

/** RFC 3339 without milliseconds, as the `expires-at` output. */
export const rfc3339 = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

const short = (sha: string): string => sha.slice(0, 12);
const capitalize = (s: string): string => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
const unique = (xs: (string | undefined)[]): string[] => [...new Set(xs.filter((x): x is string => !!x))];

function list(o: ExplainOptions, ids: readonly string[]): string {
  return ids.map((id) => o.style.code(id)).join(', ');
}

/** "now", or "at <time>" for a moment asked for. */
function when(d: Decision, o: ExplainOptions): string {
  return o.asked ? `at ${rfc3339(d.facts.at)}` : 'now';
}

/** The requester as a sentence names them: the deployer by login, a pull request's author as such. */
function who(d: Decision, o: ExplainOptions): string {
  const login = o.style.code(d.requester.login);
  return d.subject === 'pull' ? `the author ${login}` : login;
}

// ---------------------------------------------------------------------------------------------
// Identity

function lookupNote(note: LookupNote, o: ExplainOptions): string {
  const c = o.style.code;
  switch (note.kind) {
    case 'map-found':
      return `found in ${note.file}`;
    case 'map-no-entry':
      return `no entry for ${c(note.login)} under ${c('users:')} in ${note.file}`;
    case 'map-no-file':
      return `there is no identities file (${note.file})`;
    case 'no-token':
      return o.advice === 'cli' ? 'skipped: no GitHub token (GITHUB_TOKEN)' : `skipped: no GitHub token (input ${c('github-token')})`;
    case 'public-found':
      return 'public email on the GitHub profile';
    case 'public-none':
      return 'the GitHub profile shows no public email';
    case 'domain-forbidden': {
      const which =
        `a GitHub App token with Organization "Members: read" installed on ${c(note.org)}, ` +
        `or an organization owner's token with ${c('read:org')}`;
      return o.advice === 'cli'
        ? `the token cannot read verified-domain emails of the ${c(note.org)} organization: set GITHUB_TOKEN to a token that can (${which})`
        : `the token cannot read verified-domain emails of the ${c(note.org)} organization: pass ${c('github-token')} a token that can (${which}); ` +
            'the default GITHUB_TOKEN has no organization permissions';
    }
    case 'domain-found':
      return `verified-domain email of the ${c(note.org)} organization`;
    case 'domain-none':
      return `no email on a verified domain of the ${c(note.org)} organization`;
  }
}

/** Why a login has no incident.io email: what each lookup found. */
export function identityProblem(p: UnresolvedIdentity, o: ExplainOptions): string {
  const how = p.tried.length > 0 ? p.tried.map((t) => `${t.lookup}: ${lookupNote(t.note, o)}`).join('; ') : 'no lookups are configured';
  return `GitHub user ${o.style.code(p.login)} has no known incident.io email, so they are never on call (${how})`;
}

/** Where the login's email belongs. */
export function identityFix(p: UnresolvedIdentity, o: ExplainOptions): string {
  const c = o.style.code;
  const entry = c(`${p.login}: <their incident.io email>`);
  if (!p.fileExists)
    return `Create ${p.file} on the default branch with ${c('version: 1')}, ${c('kind: identities')} and ${c('users:')} containing ${entry}.`;
  if (!p.mapLookup) return `Add ${c('map')} to ${c('lookup:')} in ${p.file} and add ${entry} under ${c('users:')}.`;
  return `Add ${entry} under ${c('users:')} in ${p.file} (on the default branch).`;
}

// ---------------------------------------------------------------------------------------------
// Reviews and deploy evidence

function notice(n: ReviewNotice, o: ExplainOptions): string {
  const head = isCommitSha(n.headSha) ? o.style.code(short(n.headSha)) : 'the head commit';
  return `could not learn who pushed ${head} (${n.why}); the other second-party rules applied`;
}

/** Why one reviewer's latest review counts or not. */
export function reviewNote(n: ReviewNote, o: ExplainOptions): string {
  const c = o.style.code;
  const reviewer = c(n.review.login);
  switch (n.status) {
    case 'bot':
      return `${reviewer} is a bot; bots never count`;
    case 'author':
      return `${reviewer} is the author; authors never count as their own reviewer`;
    case 'outsider':
      return (
        `${reviewer} has no access to the repository (GitHub gives the review's author_association as ` +
        `${n.association ? c(n.association) : 'nothing'}; only OWNER, MEMBER and COLLABORATOR count)`
      );
    case 'dismissed':
      return `${reviewer}'s latest review was dismissed`;
    case 'stale-commit': {
      const of = n.review.commitId ? c(short(n.review.commitId)) : 'a commit GitHub no longer has';
      const head = isCommitSha(n.headSha) ? `the current head ${c(short(n.headSha))}` : 'a known head commit (GitHub gave none)';
      return `${reviewer} reviewed ${of}, not ${head}; a review counts only on the latest commit`;
    }
    case 'stale-base':
      return (
        `the base branch of this pull request was changed at ${rfc3339(n.changedAt)} after ${reviewer} approved, ` +
        'so the approval was of another diff; an approval counts only when given after the last change of the base branch'
      );
    case 'own-change':
      if (n.why === 'same-email') {
        const as = n.asAuthor ? `the author ${c(n.as)}` : c(n.as);
        return `${reviewer} has the same incident.io email as ${as}: one person under two logins is one party, and nobody approves their own change`;
      }
      return `${reviewer} ${
        n.why === 'pushed-head'
          ? `pushed the head commit${isCommitSha(n.headSha) ? ` ${c(short(n.headSha))}` : ''}`
          : 'authored or committed a commit of this pull request'
      }; nobody approves their own change (allowOneParty is off)`;
    case 'unverified':
      return (
        `${reviewer}'s approval cannot count: GitHub lists at most ${n.commitsListed} commits of a pull request and this one may have more, ` +
        'so whether they wrote or committed one of the others is unknown (split the change into smaller pull requests)'
      );
    case 'no-identity': {
      const add = n.identitiesFile
        ? ` (add ${c(`${n.review.login.trim().toLowerCase()}: <their incident.io email>`)} under ${c('users:')} in ${n.identitiesFile})`
        : '';
      return `${reviewer} has no known incident.io email, so they are never on call${add}`;
    }
    case 'not-on-call':
      return `${reviewer} was not on call for ${list(o, n.services)} at ${rfc3339(n.at)}, when the review was submitted`;
    case 'not-approver': {
      const named = [...n.approvers.map(c), ...n.approverTeams.map((t) => `the team ${c(t)}`)];
      return `${reviewer} is not one of the people the policy names for an outage (${named.join(', ') || 'nobody'})`;
    }
    case 'vetoes':
      return (
        `${reviewer} requested changes ${qualified(n, o)}` +
        (n.review.dismissedVeto
          ? '; the review was dismissed, which does not clear a change request (only a newer review by them or a new push does)'
          : '')
      );
    case 'expired':
      return `${reviewer} approved at ${rfc3339(n.at)} ${qualified(n, o)}, but that is older than the ${n.approver ? "fallback's" : "rule's"} duration`;
    case 'approves':
      return `${reviewer} approved at ${rfc3339(n.at)} ${qualified(n, o)}`;
  }
}

/** "while on call for X", or why a named approver counts. */
function qualified(q: Qualification, o: ExplainOptions): string {
  if (q.approver === undefined) return `while on call for ${o.style.code(q.scheduleId)}`;
  return q.approver.via === 'team'
    ? `as a member of ${o.style.code(q.approver.team)}, which the outage fallback names`
    : 'as an approver the outage fallback names';
}

/** The people an outage fallback names: logins, then teams. */
export function namedList(named: Pick<NamedApprovers, 'logins'> & { teams: readonly { team: string }[] }, o: ExplainOptions): string {
  return (
    [...named.logins.map((l) => o.style.code(l)), ...named.teams.map((t) => `the team ${o.style.code(t.team)}`)].join(', ') || 'nobody'
  );
}

/** How an escalation rule fared on a pull request's reviews, with what could not be checked. */
export function reviewResult(r: EscalationReviewResult, o: ExplainOptions): string {
  const c = o.style.code;
  let text: string;
  if (r.result === 'denied' && r.veto) {
    text = r.veto.approver
      ? `${c(r.veto.login)} requested changes on the current head ${qualified(r.veto, o)}; their change request denies (deny wins)`
      : `${c(r.veto.login)} requested changes on the current head while on call for ${c(r.veto.scheduleId)}; a change request by an on-call person denies (deny wins)`;
    const vetoId = r.veto.reviewId;
    if (r.notes.some((n) => n.status === 'vetoes' && n.review.id === vetoId && n.review.dismissedVeto)) {
      text += `; the review was dismissed, which does not clear a change request (only a newer review by them or a new push does)`;
    }
  } else if (r.result === 'approved' && r.approval) {
    const a = r.approval;
    text = a.approver
      ? `approved by ${c(a.login)} at ${rfc3339(a.at)} ${qualified(a, o)}`
      : a.via === 'one-party'
        ? `the author ${c(a.login)} was on call for ${c(a.scheduleId)} at ${rfc3339(a.at)} (allowOneParty)`
        : `approved by ${c(a.login)}, on call for ${c(a.scheduleId)} at ${rfc3339(a.at)}`;
  } else {
    const counted = r.notes.filter((n) => n.status !== 'bot');
    const why = counted.length > 0 ? ` (${counted.map((n) => reviewNote(n, o)).join('; ')})` : '';
    const from = r.named
      ? `one of the people the outage fallback names (${namedList(r.named, o)})`
      : `someone on call for ${list(o, r.services)}`;
    text = `no approval on the current head yet from ${from}${why}`;
  }
  return r.notices.length > 0 ? `${text} (${r.notices.map((n) => notice(n, o)).join('; ')})` : text;
}

export function deployEvidenceReason(e: DeployEvaluation, o: ExplainOptions): string {
  const c = o.style.code;
  if (e.kind === 'no-merged-pull') {
    const into = e.defaultBranch ? c(e.defaultBranch) : 'the default branch';
    const elsewhere =
      e.foreign.length > 0
        ? ` (${e.foreign.map((p) => `#${p.number} was merged into ${c(p.baseRef)}`).join(', ')}; approvals on pull requests into another branch never count)`
        : '';
    if (e.partOf.length > 0) {
      // A commit along the way of a merged pull request: its approval covers the merge commit only.
      const parts = e.partOf.map((p) =>
        p.mergeCommitSha
          ? `is part of pull request #${p.number} but is not its merge commit ${c(short(p.mergeCommitSha))}`
          : `is part of pull request #${p.number}, for which GitHub names no merge commit`,
      );
      const numbers = e.partOf.map((p) => `#${p.number}`).join(', ');
      return `the deployed commit ${c(short(e.commitSha))} ${parts.join(', and ')}, so no approval of ${numbers} covers it${elsewhere}`;
    }
    return `the deployed commit ${c(short(e.commitSha))} did not come from a pull request merged into ${into}${elsewhere}, so no review can approve it`;
  }
  const about = (pulls: readonly { number: number; review: EscalationReviewResult }[]): string =>
    pulls.map((p) => `pull request #${p.number}: ${reviewResult(p.review, o)}`).join('; ');
  if (e.result === 'vetoed') return about(e.pulls.filter((p) => p.number === e.vetoedPull));
  if (e.result === 'waiting') return about(e.pulls.filter((p) => e.waitingPulls.includes(p.number)));
  return e.pulls.map((p) => `pull request #${p.number} ${reviewResult(p.review, o)}`).join('; ');
}

export function deployEvidenceFix(e: DeployEvaluation, o: ExplainOptions): string | undefined {
  const services = list(o, e.services);
  if (e.kind === 'no-merged-pull') {
    const into = e.defaultBranch ? o.style.code(e.defaultBranch) : 'the default branch';
    const [only, ...more] = e.partOf;
    if (only) {
      const what =
        only.mergeCommitSha && more.length === 0
          ? `${o.style.code(short(only.mergeCommitSha))} (what pull request #${only.number} produced on ${into}) or`
          : `the commit pull request${more.length > 0 ? 's' : ''} ${e.partOf.map((p) => `#${p.number}`).join(', ')} produced on ${into}, or`;
      return `Deploy ${what} a later merge into ${into}: an approval covers the commit a merge produced, not the commits along the way.`;
    }
    return (
      `Deploy a commit that was merged into ${into} through a pull request approved by a person on call for ${services} ` +
      '(direct pushes, and pull requests into other branches, cannot be approved by review).'
    );
  }
  if (e.result === 'vetoed')
    return `The change was rejected by an on-call reviewer; it needs a new pull request approved by a person on call for ${services}.`;
  if (e.result === 'waiting') {
    return (
      `A person on call for ${services} approves ${e.waitingPulls.map((n) => `#${n}`).join(', ')} ` +
      `on ${e.waitingPulls.length === 1 ? 'its' : 'their'} final commit (an approval older than the rule's duration no longer counts), ` +
      (o.advice === 'app' ? 'and the App then approves the waiting deployment.' : 'then re-run this job.')
    );
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Rules, policies, decisions

/** `p` is set whenever a rule's status is reason-missing; without it the reason counts as missing. */
function reasonProblem(p: ReasonProblem = { kind: 'missing' }, d: Decision, o: ExplainOptions): string {
  const line = o.style.code('Reason:');
  if (p.kind === 'missing') {
    return d.subject === 'pull'
      ? `this rule requires a reason and the pull request description has no ${line} line`
      : 'this rule requires a reason and none was given';
  }
  const given = d.subject === 'pull' ? `the ${line} line has` : 'the one given has';
  return `this rule requires a reason of at least ${p.min} non-space characters and ${given} ${p.length}`;
}

/** An outage fallback's reason problem: the reason its policy's rules require, in the words of a rule's. */
function fallbackReasonProblem(p: ReasonProblem = { kind: 'missing' }, d: Decision, o: ExplainOptions): string {
  const line = o.style.code('Reason:');
  const why = `a rule of this policy sets ${o.style.code('requireReason')}, so the fallback`;
  if (p.kind === 'missing') {
    return d.subject === 'pull'
      ? `${why} requires a reason too, and the pull request description has no ${line} line`
      : `${why} requires a reason too, and none was given`;
  }
  const given = d.subject === 'pull' ? `the ${line} line has` : 'the one given has';
  return `${why} requires a reason of at least ${p.min} non-space characters too, and ${given} ${p.length}`;
}

function reasonFix(d: Decision, o: ExplainOptions): string {
  const c = o.style.code;
  if (d.subject === 'pull') {
    return (
      `Add a line ${c('Reason: <why this change is needed>')} (at least ${MIN_REASON_CHARS} non-space characters) ` +
      'to the pull request description; editing the description re-runs the request.'
    );
  }
  if (o.advice === 'cli') {
    return `Give a reason of at least ${MIN_REASON_CHARS} non-space characters with --reason "..." (in a workflow: the ${c('reason')} input of the oncall-gate step).`;
  }
  if (o.advice === 'app') {
    return (
      `A deployment request carries no reason, so the App cannot meet ${c('requireReason')}: remove it from the policies of the environments ` +
      `the App gates, or gate those deployments with the action and its ${c('reason')} input.`
    );
  }
  return (
    `Give a reason of at least ${MIN_REASON_CHARS} characters in the ${c('reason')} input of the oncall-gate step ` +
    `(for example ${c('reason: ${{ inputs.reason }}')} with a ${c('workflow_dispatch')} input), then re-run.`
  );
}

/** Where a user reads about the escalation flow. */
const ESCALATION_DOCS = 'the "Escalation" section of the oncall-gate README';

/** An ID with its name from incident.io when known: `Primary` (`01H...`). */
function named(o: ExplainOptions, id: string, name: string | undefined): string {
  return name ? `${o.style.code(name)} (${o.style.code(id)})` : o.style.code(id);
}

/** Where an on-call entry sits, as a phrase: "on rotation X, layer Y", or that the entry names neither. */
export function placement(p: Placement, o: ExplainOptions): string {
  if (p.rotationId === undefined && p.layerId === undefined) return 'on an entry that names no rotation or layer (an override may not)';
  const parts: string[] = [];
  if (p.rotationId !== undefined) parts.push(`rotation ${named(o, p.rotationId, p.rotationName)}`);
  if (p.layerId !== undefined) parts.push(`layer ${named(o, p.layerId, p.layerName)}`);
  return `on ${parts.join(', ')}`;
}

/** A rotation and layer in a table cell: their names when known, else their IDs ("Primary, Layer 1"). */
export function placementLabel(p: Placement, o: ExplainOptions): string {
  const one = (id: string | undefined, name: string | undefined): string | undefined =>
    id === undefined ? undefined : name ? o.style.code(name) : o.style.code(id);
  return [one(p.rotationId, p.rotationName), one(p.layerId, p.layerName)].filter(Boolean).join(', ');
}

/** Why one rule holds or not. */
export function ruleReason(rule: RuleOutcome, d: Decision, o: ExplainOptions): string {
  const c = o.style.code;
  if (rule.type === 'deny') return rule.text;
  if (rule.type === 'auto') {
    const also = rule.reasonProblem ? ` (also, ${reasonProblem(rule.reasonProblem, d, o)})` : '';
    switch (rule.status) {
      case 'no-schedules':
        return `this auto rule has no schedules: it names none and the integration settings have no ${c('autoApproval.schedules')}, so it approves nobody`;
      case 'no-identity':
        return (
          (d.requester.identityProblem ? identityProblem(d.requester.identityProblem, o) : `${who(d, o)} has no known incident.io email`) +
          also
        );
      case 'not-on-call': {
        // Comments, check runs, step summaries and App answers are public to whoever can read the
        // repository or the run: people are named by login only, never by their incident.io email.
        return `${who(d, o)} is not on call ${when(d, o)} for ${list(o, rule.schedules)}${also}`;
      }
      case 'out-of-scope': {
        const person = d.subject === 'pull' ? who(d, o) : c(d.requester.login);
        const places = rule.outOfScope ?? [];
        const where = places.map((p) => placement(p, o)).join('; ');
        const unnamed = places.some((p) => p.rotationId === undefined && p.layerId === undefined)
          ? ' (an entry without a rotation and layer never counts for a scoped schedule)'
          : '';
        return `${person} is on call ${when(d, o)} for ${list(o, unique(places.map((p) => p.scheduleId)))}, but only ${where}, which this rule's ${c('scope')} does not count${unnamed}${also}`;
      }
      case 'reason-missing':
        return `${who(d, o)} is on call, but ${reasonProblem(rule.reasonProblem, d, o)}`;
      case 'on-call':
        return `${who(d, o)} is on call ${when(d, o)} for ${list(o, rule.onCallFor ?? [])}`;
      case 'unavailable':
        return `not evaluated: incident.io is unavailable, so who is on call for ${list(o, rule.schedules)} is unknown`;
    }
  }
  const prefix = 'escalation: ';
  if (rule.status === 'unavailable')
    return `${prefix}not evaluated: incident.io is unavailable, so who is on call for ${list(o, rule.schedules)} is unknown`;
  if (rule.status === 'reason-missing') return prefix + reasonProblem(rule.reasonProblem, d, o);
  if (!rule.evidence) return `${prefix}no approval yet from someone on call for ${list(o, rule.schedules)}`;
  return (
    prefix + (rule.evidence.subject === 'pull' ? reviewResult(rule.evidence.review, o) : deployEvidenceReason(rule.evidence.deploy, o))
  );
}

/** What to do to make a rule hold (undefined when it holds or nothing helps, e.g. a deny rule). */
export function ruleFix(rule: RuleOutcome, d: Decision, o: ExplainOptions): string | undefined {
  const c = o.style.code;
  // Outage mode: the policy's fallback says what to do.
  if (rule.holds || rule.type === 'deny' || rule.status === 'unavailable') return undefined;
  if (rule.type === 'auto') {
    switch (rule.status) {
      case 'no-schedules':
        return `Add ${c('schedules:')} to the rule, or ${c('autoApproval.schedules')} to the incident.io integration file, with incident.io schedule IDs.`;
      case 'no-identity':
        return d.requester.identityProblem ? identityFix(d.requester.identityProblem, o) : undefined;
      case 'not-on-call':
        // A pull request's author cannot hand it to someone else; its escalation says whom to ask.
        return d.subject === 'pull'
          ? undefined
          : `Ask a person who is on call ${when(d, o)} for one of these schedules to run it, or get an override in incident.io.`;
      case 'out-of-scope':
        return d.subject === 'pull'
          ? undefined
          : `Ask a person who is on call ${when(d, o)} on a rotation or layer the rule's ${c('scope')} counts to run it (${c('oncall-gate who <schedule ID>')} shows who is on which).`;
      default:
        return reasonFix(d, o);
    }
  }
  const services = list(o, rule.schedules);
  if (rule.status === 'reason-missing') return reasonFix(d, o);
  if (!rule.evidence)
    return `Deploy through a pull request approved by a person on call for ${services} (the escalation flow, see ${ESCALATION_DOCS}).`;
  if (rule.evidence.subject === 'run') return deployEvidenceFix(rule.evidence.deploy, o);
  return rule.status === 'vetoed'
    ? 'Address the requested changes and push; the on-call reviewer then approves the new head.'
    : `A person on call for ${services} approves this pull request on its latest commit.`;
}

// ---------------------------------------------------------------------------------------------
// Outage mode

/** The people a fallback names, as a phrase. */
function fallbackNamed(f: FallbackOutcome, o: ExplainOptions): string {
  return namedList({ logins: f.approvers, teams: f.approverTeams.map((team) => ({ team })) }, o);
}

/** What incident.io's outage was, in a few words. */
export function outageCause(cause: OutageCause): string {
  const call = cause.call ? ` on ${cause.call}` : '';
  switch (cause.kind) {
    case 'unreachable':
      return `incident.io could not be reached${call}, after the retries`;
    case 'server-error':
      return `incident.io failed with ${cause.status ?? '5xx'}${call}, after the retries`;
    case 'deadline':
      return `incident.io did not answer within the run's API time${call}`;
    case 'assumed':
      return 'incident.io is assumed unavailable (a preview: it was not asked)';
  }
}

/**
 * The line every surface leads with when outage mode decided: what happened, and that the
 * policies' reviewed fallbacks (or, for an error, their absence) decided instead of on-call.
 */
export function outageBanner(d: Decision, o: ExplainOptions): string | undefined {
  if (!d.degraded) return undefined;
  const why = outageCause(d.degraded.cause);
  if (d.result === 'error') return `OUTAGE MODE: ${why}; not every matched policy names an outage fallback, so nothing was decided.`;
  return (
    `OUTAGE MODE decided this (degraded): ${why}, so nobody's on-call state could be read, and the ` +
    `${o.style.code('whenUnavailable')} fallback of ${list(o, d.policies)} applied instead: an approving pull request review by a person the policy names` +
    (d.verdicts.some((v) => v.fallback?.requireReason) ? ", and the reason the policy's rules require." : '.')
  );
}

/** How a policy's outage fallback fared. */
export function fallbackReason(f: FallbackOutcome, o: ExplainOptions, d: Decision): string {
  const prefix = 'outage fallback: ';
  if (f.status === 'reason-missing') {
    return prefix + fallbackReasonProblem(f.reasonProblem, d, o);
  }
  if (f.status === 'unread' || !f.evidence) return `${prefix}no review was read, so no approval by ${fallbackNamed(f, o)} is known`;
  return prefix + (f.evidence.subject === 'pull' ? reviewResult(f.evidence.review, o) : deployEvidenceReason(f.evidence.deploy, o));
}

/** What to do while the fallback waits (or after it was vetoed, or when its reason is missing). */
export function fallbackFix(f: FallbackOutcome, o: ExplainOptions, d: Decision): string | undefined {
  if (f.status === 'approved') return undefined;
  if (f.status === 'reason-missing') return reasonFix(d, o);
  const who = fallbackNamed(f, o);
  // No review was read (the CLI's check reads none): what the gate would need.
  if (f.status === 'unread' && d.subject === 'run')
    return `While incident.io is unavailable, deploy a commit merged into the default branch through a pull request that a person the outage fallback names (${who}) approved on its final commit, within the fallback's duration; or wait until incident.io is back.`;
  if (f.evidence?.subject === 'run' && f.evidence.deploy.kind === 'no-merged-pull') {
    const e = f.evidence.deploy;
    const into = e.defaultBranch ? o.style.code(e.defaultBranch) : 'the default branch';
    return `While incident.io is unavailable, deploy a commit that was merged into ${into} through a pull request approved by a person the outage fallback names (${who}).`;
  }
  if (f.status === 'vetoed')
    return `The change was rejected by a person the outage fallback names; it needs a new commit and an approval of it by a person the fallback names (${who}).`;
  if (f.evidence?.subject === 'run' && f.evidence.deploy.kind === 'pulls') {
    const waiting = f.evidence.deploy.waitingPulls.map((n) => `#${n}`).join(', ');
    const then = o.advice === 'app' ? 'and the App then approves the waiting deployment' : 'then re-run this job';
    return `A person the outage fallback names (${who}) approves ${waiting} on its final commit (an approval older than the fallback's duration no longer counts), ${then}; or wait until incident.io is back.`;
  }
  return `A person the outage fallback names (${who}) approves this pull request on its latest commit; or wait until incident.io is back and re-run.`;
}

/** A draft pull request: what the check and the comment say, and how to move on. */
export function draftReason(): string {
  return 'the pull request is a draft: waiting for ready for review (a draft never pages the on-call team)';
}

function draftFix(o: ExplainOptions): string {
  return `Mark the pull request ${o.style.strong('Ready for review')}; the request then runs again (the ${o.style.code('ready_for_review')} event) and pages the on-call team if needed.`;
}

/** Why a policy ended as it did, in one sentence (without the policy's name). */
export function policyReason(v: PolicyVerdict, d: Decision, o: ExplainOptions): string {
  const decided = decidingRule(v);
  switch (v.decidedBy.kind) {
    case 'deny-rule':
      return `denied by policy: ${decided?.type === 'deny' ? decided.text : ''}`;
    case 'no-rules':
      return 'the policy has no approval rules, so it approves nobody';
    case 'draft':
      return draftReason();
    case 'rule':
      if (decided) return ruleReason(decided, d, o);
      return unheldReasons(v, d, o);
    case 'fallback':
      return v.fallback ? fallbackReason(v.fallback, o, d) : 'the outage fallback decided';
    default:
      return unheldReasons(v, d, o);
  }
}

/** The rules that did not hold, each with its reason. */
function unheldReasons(v: PolicyVerdict, d: Decision, o: ExplainOptions): string {
  return v.rules
    .filter((r) => !r.holds)
    .map((r) => ruleReason(r, d, o))
    .join('; ');
}

/** The policies a denial or a wait is explained by: deny rules first (they win), then denied policies, then pending ones. */
function shownPolicies(d: Decision): { shown: PolicyVerdict[]; byDeny: boolean } {
  const byDeny = d.verdicts.filter((v) => v.decidedBy.kind === 'deny-rule');
  if (byDeny.length > 0) return { shown: byDeny, byDeny: true };
  const denied = d.verdicts.filter((v) => v.result === 'denied');
  return { shown: denied.length > 0 ? denied : d.verdicts.filter((v) => v.result === 'pending'), byDeny: false };
}

/** Why the decision is not an approval, one sentence per policy (none when approved or not required). */
export function decisionReasons(d: Decision, o: ExplainOptions): string[] {
  if (d.result === 'error') return d.error ? [d.error.message] : [];
  if (d.result === 'approved' || d.result === 'not-required') return [];
  if (d.facts.draft) return [`${capitalize(draftReason())}.`];
  return shownPolicies(d).shown.map((v) => `Policy ${o.style.code(v.policy)}: ${policyReason(v, d, o)}.`);
}

/** What to do, once each (none when a deny rule decided: nothing helps). */
export function decisionFixes(d: Decision, o: ExplainOptions): string[] {
  if (d.result === 'error') return d.error?.fix ? [d.error.fix] : [];
  if (d.result === 'approved' || d.result === 'not-required') return [];
  if (d.facts.draft) return [draftFix(o)];
  const { shown, byDeny } = shownPolicies(d);
  if (byDeny) return [];
  if (d.degraded) return unique(shown.map((v) => (v.fallback ? fallbackFix(v.fallback, o, d) : undefined)));
  return unique(shown.flatMap((v) => v.rules.map((r) => ruleFix(r, d, o))));
}

/**
 * What the evaluation could not check (e.g. who pushed a head commit), one sentence each, leaving
 * out what a reason already says.
 */
export function decisionNotices(d: Decision, o: ExplainOptions): string[] {
  const all = unique(
    d.verdicts.flatMap((v) =>
      [
        ...v.rules.flatMap((r) => (r.type === 'escalation' && r.evidence ? [r.evidence] : [])),
        ...(v.fallback?.evidence ? [v.fallback.evidence] : []),
      ].flatMap((e) => {
        const reviews = e.subject === 'pull' ? [e.review] : e.deploy.kind === 'pulls' ? e.deploy.pulls.map((p) => p.review) : [];
        return reviews.flatMap((rv) => rv.notices.map((n) => notice(n, o)));
      }),
    ),
  );
  const reasons = decisionReasons(d, o);
  return all.filter((n) => !reasons.some((r) => r.includes(n))).map((n) => `${capitalize(n)}.`);
}

/** Every reviewer's latest review across the escalation rules (and outage fallbacks), once each, with its outcome. */
export function reviewNotes(d: Decision): ReviewNote[] {
  const seen = new Set<string>();
  const notes: ReviewNote[] = [];
  for (const v of d.verdicts) {
    const evidence = [
      ...v.rules.flatMap((r) => (r.type === 'escalation' && r.evidence ? [r.evidence] : [])),
      ...(v.fallback?.evidence ? [v.fallback.evidence] : []),
    ];
    for (const e of evidence) {
      if (e.subject !== 'pull') continue;
      for (const n of e.review.notes) {
        const key = `${n.review.id}:${n.status}`;
        if (!seen.has(key)) {
          seen.add(key);
          notes.push(n);
        }
      }
    }
  }
  return notes;
}

/** Why a policy matched a pull request. */
export function matchedBy(why: MatchedBy, o: ExplainOptions): string {
  const c = o.style.code;
  const parts = [`base branch ${c(why.baseRef)}`];
  if (why.file !== undefined) parts.push(`changed file ${c(why.file)}`);
  else if (why.filesTruncated) parts.push("more than 3000 changed files (paths past GitHub's cap are unknown, so the policy applies)");
  if (why.label !== undefined) parts.push(`label ${c(why.label)}`);
  return parts.join(', ');
}
