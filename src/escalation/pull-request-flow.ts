// `request` and `review`: both re-evaluate a pull request from fresh facts with the one rule
// engine (decide/engine.ts), so a re-run, a push, a label change or a review all converge on one
// answer, and the gate judges its deploys by the same rules.
//   event -> fresh PR -> policy at the PR base SHA -> match -> author on call? reviews? ->
//   decision -> incident (find or create, summary) -> sticky comment -> review requests -> check
// They are advisory: the `gate` step on the default branch enforces. They exit 0 whenever the
// decision was recorded (pending, approved and denied show in the check) and fail only on error.
import type { Context } from '../context.js';
import type { PullRequest } from '../github/pulls.js';
import type { GitHubPort } from '../github/port.js';
import type { IncidentIoClient } from '../incidentio/client.js';
import type { CommandResult } from '../report/command-result.js';
import { decidingRule, escalatingPolicies, escalationServices, evaluate, policySchedules } from '../decide/engine.js';
import { needsFileList, reasonFromBody, selectRequestPolicies, type PolicyMatch } from '../decide/pull-request-match.js';
import { isCommitSha, partyLogins, reviewCandidates, reviewInstants, UNREAD_PARTIES } from '../decide/review.js';
import type { Decision, OnCallFact, Requester } from '../decide/types.js';
import { identitiesFilePath, resolveIdentity } from '../identity/resolve-identity.js';
import type { Policy, PolicySet } from '../policy/types.js';
import { OncallGateError } from '../errors.js';
import { describeError } from '../report/describe-error.js';
import type { ActionOutputs } from '../report/outputs.js';
import {
  CHECK_NAME,
  REQUEST_MARKER,
  readRecordedIncidents,
  renderRequestComment,
  renderRequestSummary,
  requestCheck,
  type CheckView,
  type DryRunWrites,
  type IncidentView,
  type RecordedIncident,
  type RequestView,
} from '../report/render-request.js';
import { diagnosticsToAnnotations } from '../report/render-diagnostics.js';
import { creatingRun, ensureIncident, type RejectedRecord } from './act.js';
import { checkHeadSha, checkReviews, needsSecondParty, readHistory, readParties, resolveEmails } from './evidence-io.js';
import { resolveIncidentSettings, type SettingsResolution } from './incident-settings.js';
import { escalationIncidentPayload, escalationRequestKey, escalationSummary, type EscalationOutcome, type EscalationSubject } from './incident-text.js';
import { escalationGitHub, escalationIncidentIo } from './ports.js';

export type PullRequestCommand = 'request' | 'review';

const short = (sha: string): string => sha.slice(0, 12);

/** The fork message: a fork PR gets a clear message of what cannot happen and why, never a crash. */
export function forkMessage(command: PullRequestCommand, pr: { number: number; headRepoFullName: string }, policies: readonly string[]): { message: string; fix: string } {
  const from = pr.headRepoFullName ? `the fork ${pr.headRepoFullName}` : 'a fork (its repository was deleted)';
  return {
    message:
      `Pull request #${pr.number} comes from ${from}, and it matches ${policies.map((p) => `\`${p}\``).join(', ')}. ` +
      'GitHub runs `pull_request` and `pull_request_review` workflows of forks with a read-only GITHUB_TOKEN and without secrets, ' +
      `so \`${command}\` cannot read who is on call, page the on-call team, or write the \`oncall-gate\` check here; nothing was recorded`,
    fix:
      'Run `command: request` for fork pull requests from a maintainer-controlled workflow: one triggered by `pull_request_target` ' +
      '(types opened, synchronize, reopened, labeled, edited, ready_for_review) runs the default branch\'s workflow file with secrets and a writable token; ' +
      'oncall-gate reads the pull request only through the API, so never check out or run the PR\'s code in that job. After an on-call ' +
      'approval, a maintainer re-runs that workflow (or adds a label) to record it. See "Fork pull requests" in docs/escalation.md.',
  };
}

interface FlowState {
  pr?: PullRequest;
  matched: Policy[];
}

export async function runPullRequestFlow(ctx: Context, command: PullRequestCommand): Promise<CommandResult> {
  const scrub = ctx.redactor.redact;
  const state: FlowState = { matched: [] };
  try {
    return await flow(ctx, command, state);
  } catch (error) {
    ctx.log.debug(scrub(error instanceof Error && error.stack ? error.stack : String(error)));
    const message = scrub(describeError(error));
    // Best effort: show the error on the check too, so the PR does not look merely pending.
    if (state.pr && !ctx.inputs.dryRun && !isForkEvent(ctx, state.pr)) {
      try {
        const gh = await escalationGitHub(ctx);
        await gh.upsertCheckRun(state.pr.headSha, CHECK_NAME, {
          status: 'completed',
          conclusion: 'failure',
          title: 'oncall-gate error',
          summary: `oncall-gate could not decide: ${message}`,
        });
      } catch (checkError) {
        ctx.log.warning(`Could not write the ${CHECK_NAME} check: ${describeError(checkError)}`);
      }
    }
    const outputs: ActionOutputs = { result: 'error', approved: false };
    if (state.matched.length > 0) outputs.policies = state.matched.map((p) => p.name);
    return {
      outputs,
      summary: `### ⛔ oncall-gate ${command}: error\n\n${message}\n`,
      annotations: [],
      failure: `oncall-gate ${command} could not decide: ${message}`,
    };
  }
}

/** A fork PR under `pull_request`/`pull_request_review`: read-only token, no secrets. */
function isForkEvent(ctx: Context, pr: PullRequest): boolean {
  return pr.isFork && ctx.event.name !== 'pull_request_target';
}

async function flow(ctx: Context, command: PullRequestCommand, state: FlowState): Promise<CommandResult> {
  const { event, inputs, log, run } = ctx;
  if (event.kind !== 'pull_request' && event.kind !== 'pull_request_review') {
    throw new OncallGateError({
      kind: 'input',
      setting: 'command',
      message: `\`${command}\` needs a pull_request or pull_request_review event, but this run was triggered by ${event.name || 'an unknown event'}`,
      fix: `Run \`command: ${command}\` from a workflow triggered by pull_request (opened, synchronize, reopened, labeled, edited, ready_for_review) or pull_request_review (submitted, dismissed); use \`command: gate\` in deploy jobs.`,
    });
  }
  if (event.kind === 'pull_request_review') {
    const r = event.review;
    log.info(`Review ${r.id} by ${r.userLogin || '(deleted user)'}: ${r.state} on ${r.commitId ? short(r.commitId) : 'an unknown commit'} (${event.action}).`);
  }
  const github = await escalationGitHub(ctx);
  const number = event.pullRequest.number;
  // "Current head" is fetched fresh: a re-run replays the event payload, whose head may be stale.
  const pr = await github.getPullRequest(number);
  // Before anything is written: a head or base that is not a commit SHA (a malformed answer)
  // could match an equally malformed review, or read the policy of an unknown commit.
  checkHeadSha(pr);
  if (!isCommitSha(pr.baseSha)) {
    throw new OncallGateError({
      kind: 'bad-response',
      service: 'github',
      message: `GitHub returned pull request #${number} without a valid base commit SHA (got "${String(pr.baseSha).slice(0, 80)}"), so its policy cannot be read`,
      fix: 'Re-run the job. If it happens again, check that GITHUB_API_URL points at the GitHub API (a proxy may be rewriting answers).',
    });
  }
  state.pr = pr;
  log.info(`Pull request #${number}: head ${short(pr.headSha)}, base ${pr.baseRef} at ${short(pr.baseSha)}, author ${pr.authorLogin}.`);

  // The policy that decides comes from the PR base SHA, never from the PR head, which its author controls.
  const source = `the base commit ${short(pr.baseSha)} of pull request #${number}`;
  const read = await github.readPolicyFilesAtRef(pr.baseSha, inputs.policyPath);
  const { loadPolicySet } = await import('../policy/load-policy.js');
  const set: PolicySet = loadPolicySet(read.files);
  if (!set.valid) {
    const errors = set.diagnostics.filter((d) => d.severity === 'error');
    const result = await errorWithCheck(ctx, github, pr, command,
      `The policy in ${inputs.policyPath}/ at ${source} is invalid (${errors.length} error${errors.length === 1 ? '' : 's'}), so no decision can be made`,
      `Fix the problems listed (run \`oncall-gate validate ${inputs.policyPath}\` locally) and merge the fix into ${pr.baseRef}.`);
    return { ...result, annotations: diagnosticsToAnnotations(errors) };
  }

  const { globMatcher } = await import('../policy/glob.js');
  const files = needsFileList(set.policies, pr.baseRef, globMatcher) ? await github.listPullFiles(number) : { names: [], truncated: false };
  const matches = selectRequestPolicies(set.policies, { baseRef: pr.baseRef, files: files.names, filesTruncated: files.truncated, labels: pr.labels }, globMatcher);
  state.matched = matches.map((m) => m.policy);
  log.info(`Policy: ${read.files.length} file(s) from ${source}; matched: ${matches.length > 0 ? matches.map((m) => m.policy.name).join(', ') : 'none'}.`);

  if (matches.length === 0) return notRequired(ctx, github, pr);

  if (isForkEvent(ctx, pr)) {
    const { message, fix } = forkMessage(command, pr, state.matched.map((p) => p.name));
    return {
      outputs: { result: 'error', approved: false, policies: state.matched.map((p) => p.name) },
      summary: `### ⛔ oncall-gate ${command}: fork pull request\n\n${message}.\n\n**What to do:** ${fix}\n`,
      annotations: [],
      failure: `${message}. ${fix}`,
    };
  }

  const policies = state.matched;
  const writes: DryRunWrites = { incidents: [] };
  // A draft never pages: no incident, no review requests, and not even a read of who is on call.
  const paging = pr.state === 'open' && !pr.draft;
  // The sticky comment records the incident IDs (read once here, edited at the end). Only our
  // own bot's comment is read, and what it records is still checked before use (writeIncidents).
  const sticky = await github.findStickyComment(number, REQUEST_MARKER);
  const recordedBefore = sticky ? readRecordedIncidents(sticky.body) : [];
  let decision: Decision;
  let incidents: IncidentView[] = [];
  if (pr.draft) {
    log.info(`Pull request #${number} is a draft: waiting for ready for review; nobody is paged until it is marked ready.`);
    decision = evaluate({
      requester: { login: pr.authorLogin, emails: [] },
      policies,
      onCall: new Map(),
      at: ctx.clock(),
      reason: reasonFromBody(pr.body),
      identities: set.identities,
      subject: { kind: 'pull', draft: true },
    });
  } else {
    const incidentio = await escalationIncidentIo(ctx);
    decision = await decideWithFacts(ctx, github, incidentio, set, pr, policies);
    if (!paging) log.info(`Pull request #${number} is ${pr.merged ? 'merged' : 'closed'}: no incident is opened or edited and no review is requested.`);
    incidents = paging ? await writeIncidents(ctx, incidentio, set, decision, matches, pr, writes, recordedBefore) : [];
  }
  // The IDs written this run, then the earlier ones of other policies (a policy that is approved
  // now may escalate again after a push, and should find its incident then).
  const recorded: RecordedIncident[] = [
    ...incidents.flatMap((i) => (i.id && !i.dryRun ? [{ policy: i.policy, id: i.id }] : [])),
    ...recordedBefore.filter((r) => !incidents.some((i) => i.policy === r.policy && i.id && !i.dryRun)),
  ];

  const owning = escalatingPolicies(decision);
  const escalating = policies.filter((p) => owning.includes(p.name));
  const view: RequestView = {
    command,
    decision,
    pr: { number, title: pr.title, url: pr.htmlUrl, headSha: pr.headSha, author: pr.authorLogin, baseRef: pr.baseRef },
    serverUrl: run.serverUrl,
    matches,
    incidents,
    recorded,
    escalationSchedules: [...new Set(escalating.flatMap(escalationServices))],
    policySource: source,
    dryRun: inputs.dryRun,
  };

  // What is posted on the PR is public and permanent: never let a secret through, whatever the
  // text was built from.
  const scrub = ctx.redactor.redact;
  const comment = scrub(renderRequestComment(view));
  const rawCheck = requestCheck(view);
  const check: CheckView = { ...rawCheck, title: scrub(rawCheck.title), summary: scrub(rawCheck.summary) };
  const reviewers =
    paging && decision.result === 'pending'
      ? [
          ...new Set(
            decision.facts.schedules
              .filter((s) => view.escalationSchedules.includes(s.scheduleId))
              .flatMap((s) => s.people.flatMap((p) => (p.login ? [p.login] : [])))
              .filter((l) => l.toLowerCase() !== pr.authorLogin.toLowerCase()),
          ),
        ]
      : [];

  if (inputs.dryRun) {
    writes.comment = comment;
    writes.check = check;
    writes.reviewers = reviewers;
    log.info(`Dry run: would write the check ${CHECK_NAME} on ${pr.headSha}: ${JSON.stringify(check)}`);
    log.info(`Dry run: would write the sticky comment on #${number}:\n${comment}`);
    if (reviewers.length > 0) log.info(`Dry run: would request reviews from ${reviewers.join(', ')}.`);
  } else {
    const posted = await github.upsertStickyComment(number, REQUEST_MARKER, comment, { existing: sticky ?? null });
    log.info(`Comment ${posted.created ? 'posted' : posted.updated ? 'updated' : 'unchanged'}: ${posted.url}`);
    if (reviewers.length > 0) {
      try {
        const r = await github.requestReviewers(number, reviewers, pr.authorLogin);
        if (r.requested.length > 0) log.info(`Requested reviews from ${r.requested.join(', ')}.`);
        for (const s of r.skipped) log.info(`Did not request a review from ${s.login}: ${s.reason}${s.message ? ` (${s.message})` : ''}.`);
      } catch (error) {
        // A review request is a courtesy (the comment and incident already page): never fatal.
        log.warning(`Could not request reviews from ${reviewers.join(', ')}: ${describeError(error, ctx.redactor.redact)}`);
      }
    }
    await writeCheck(github, pr.headSha, check);
  }

  const first = incidents.find((i) => i.id);
  const outputs: ActionOutputs = {
    result: decision.result,
    approved: decision.approved,
    // A draft reads nobody's on-call state: those outputs stay unknown (empty).
    ...(decision.facts.draft ? {} : { onCall: decision.onCall, onCallSchedules: decision.onCallSchedules }),
    policies: decision.policies,
    ...(decision.approvedBy ? { approvedBy: decision.approvedBy } : {}),
    ...(decision.expiresAt ? { expiresAt: decision.expiresAt } : {}),
    ...(first?.id ? { incidentId: first.id } : {}),
    ...(first?.reference ? { incidentReference: first.reference } : {}),
    ...(first?.url ? { incidentUrl: first.url } : {}),
  };
  return { outputs, summary: scrub(renderRequestSummary(view, writes)), annotations: [] };
}

/**
 * The decision for a ready pull request from fresh facts: the author's email, who is on call now,
 * the reviews, the change's own side (commit accounts and the head's pusher, only when a rule
 * needs a second party) all at once; then the emails and schedule history of the reviews that
 * could count.
 */
async function decideWithFacts(
  ctx: Context,
  github: GitHubPort,
  incidentio: IncidentIoClient,
  set: PolicySet,
  pr: PullRequest,
  policies: readonly Policy[],
): Promise<Decision> {
  const { inputs, log, run } = ctx;
  const number = pr.number;
  const now = ctx.clock();
  const schedules = policySchedules(policies);
  const identityOptions = { identities: set.identities, org: run.repository.owner, policyPath: inputs.policyPath, github };
  const { fetchOnCall } = await import('../oncall/on-call.js');
  const escalationRules = policies.flatMap((p) => p.rules.flatMap((r) => (r.type === 'escalation' ? [r] : [])));
  const [authorIdentity, onCall, reviews, parties] = await Promise.all([
    resolveIdentity(pr.authorLogin, set.identities, identityOptions),
    fetchOnCall(incidentio, schedules, now),
    github.listReviews(number).then((rs) => checkReviews(rs, number)),
    needsSecondParty(escalationRules) ? readParties(github, pr) : Promise.resolve(UNREAD_PARTIES),
  ]);
  const author: Requester = {
    login: pr.authorLogin,
    emails: authorIdentity.emails,
    ...(authorIdentity.source ? { emailSource: authorIdentity.source } : {}),
    ...(authorIdentity.problem ? { identityProblem: authorIdentity.problem } : {}),
  };
  if (!parties.pushers.known && needsSecondParty(escalationRules)) {
    log.info(`Could not learn who pushed ${short(pr.headSha)}: ${parties.pushers.why}; the other second-party rules apply.`);
  }

  // Only reviews that could count cost identity lookups and schedule history reads; the own
  // side's emails are looked up only when such a review exists (to recognise a second login).
  const candidates = reviewCandidates(reviews, pr.headSha, pr.authorLogin);
  const ownSide = candidates.length > 0 && needsSecondParty(escalationRules) ? partyLogins(pr.authorLogin, parties) : [];
  const authorKey = pr.authorLogin.toLowerCase();
  const emails = await resolveEmails([...candidates.map((r) => r.login), ...ownSide.filter((l) => l !== authorKey)], identityOptions);
  emails.set(authorKey, author.emails);
  const services = [...new Set(policies.flatMap(escalationServices))];
  const past = await readHistory(incidentio, services, reviewInstants(candidates));
  const nowShifts: OnCallFact[] = services.flatMap((id) => onCall.get(id) ?? []);
  log.info(`Reviews: ${reviews.length} in total, ${candidates.length} on the current head that could count.`);

  const decision = evaluate({
    requester: author,
    policies,
    onCall,
    at: now,
    reason: reasonFromBody(pr.body),
    identities: set.identities,
    subject: {
      kind: 'pull',
      reviews: {
        reviews,
        headSha: pr.headSha,
        parties,
        emails,
        history: [...past, ...nowShifts],
        identitiesFile: identitiesFilePath(set.identities, inputs.policyPath),
      },
    },
  });
  log.info(`Decision: ${decision.result}${decision.approvedBy ? ` (approved by ${decision.approvedBy})` : ''}.`);
  return decision;
}

async function writeCheck(github: GitHubPort, headSha: string, check: CheckView): Promise<void> {
  await github.upsertCheckRun(headSha, CHECK_NAME, {
    status: check.status,
    ...(check.conclusion ? { conclusion: check.conclusion } : {}),
    title: check.title,
    summary: check.summary,
  });
}

async function notRequired(ctx: Context, github: GitHubPort, pr: PullRequest): Promise<CommandResult> {
  const check: CheckView = {
    status: 'completed',
    conclusion: 'success',
    title: 'No approval required',
    summary: 'No oncall-gate policy matches this pull request (base branch, changed paths and labels), so it needs no on-call approval.',
  };
  const fork = isForkEvent(ctx, pr);
  if (ctx.inputs.dryRun) ctx.log.info(`Dry run: would write the check ${CHECK_NAME} on ${pr.headSha}: ${JSON.stringify(check)}`);
  // A fork's token cannot write the check; nothing needs recording for a PR no policy covers.
  else if (!fork) await writeCheck(github, pr.headSha, check);
  return {
    outputs: { result: 'not-required', approved: true, policies: [] },
    summary: `### ➖ oncall-gate: no approval required\n\n${check.summary}\n`,
    annotations: [],
  };
}

async function errorWithCheck(ctx: Context, github: GitHubPort, pr: PullRequest, command: PullRequestCommand, message: string, fix: string): Promise<CommandResult> {
  if (!ctx.inputs.dryRun && !isForkEvent(ctx, pr)) {
    await writeCheck(github, pr.headSha, { status: 'completed', conclusion: 'failure', title: 'oncall-gate error', summary: `${message}.\n\n${fix}` });
  }
  return {
    outputs: { result: 'error', approved: false },
    summary: `### ⛔ oncall-gate ${command}: error\n\n${message}.\n\n**What to do:** ${fix}\n`,
    annotations: [],
    failure: `${message}. ${fix}`,
  };
}

/** The outcome to write into a policy's incident summary, if a review decided it. */
function outcomeFor(decision: Decision, policy: string, headSha: string): EscalationOutcome | undefined {
  const verdict = decision.verdicts.find((v) => v.policy === policy);
  if (!verdict) return undefined;
  const decided = decidingRule(verdict);
  if (decided?.type !== 'escalation' || decided.evidence?.subject !== 'pull') return undefined;
  const { review } = decided.evidence;
  const actor = verdict.result === 'denied' ? review.veto : verdict.result === 'approved' ? review.approval : undefined;
  if (!actor) return undefined;
  return { kind: verdict.result === 'denied' ? 'denied' : 'approved', login: actor.login, name: actor.onCallName, scheduleId: actor.scheduleId, at: actor.at, via: actor.via, sha: headSha };
}

async function writeIncidents(
  ctx: Context,
  incidentio: IncidentIoClient,
  set: PolicySet,
  decision: Decision,
  matches: PolicyMatch[],
  pr: PullRequest,
  writes: DryRunWrites,
  recorded: readonly RecordedIncident[],
): Promise<IncidentView[]> {
  const owning = escalatingPolicies(decision);
  if (owning.length === 0) return [];
  const { log } = ctx;
  const settings = set.integration.escalation;
  const file = set.integration.at?.file ?? `${ctx.inputs.policyPath}/incidentio.yaml`;
  const resolved: SettingsResolution = await resolveIncidentSettings(incidentio, settings, { file });
  if (resolved.customFieldCreated === 'created') log.info(`Created the incident.io text custom field "${settings.customField}".`);
  if (resolved.customFieldCreated === 'would-create') writes.customField = settings.customField;
  const run = creatingRun(ctx.run);

  const views: IncidentView[] = [];
  for (const name of owning) {
    const policy = matches.find((m) => m.policy.name === name)!.policy;
    const rules = policy.rules.filter((r) => r.type === 'escalation');
    const subject: EscalationSubject = {
      owner: ctx.run.repository.owner,
      repo: ctx.run.repository.repo,
      run,
      requester: pr.authorLogin,
      policy: name,
      environment: (policy.match.environments ?? []).join(', '),
      services: escalationServices(policy),
      durationMs: Math.max(...rules.map((r) => r.durationMs)),
      reason: decision.facts.reason,
      target: { kind: 'pull', number: pr.number, title: pr.title, url: pr.htmlUrl, headSha: pr.headSha, baseRef: pr.baseRef },
    };
    const requestKey = escalationRequestKey(subject);
    const summary = escalationSummary(subject, outcomeFor(decision, name, pr.headSha));
    const payload = escalationIncidentPayload(subject, settings, resolved, summary);
    const id = recorded.find((r) => r.policy === name)?.id;
    const written = await ensureIncident(incidentio, payload, requestKey, { kind: 'recorded', id }, { dryRun: ctx.inputs.dryRun, notify: settings.notifyIncidentChannel });
    if (written.rejected) logRejected(ctx, written.rejected, name, requestKey, ctx.inputs.dryRun);
    if (written.kind === 'dry-run') {
      writes.incidents.push({ payload: written.payload, edit: written.edit });
      if (written.existing) {
        log.info(`Dry run: would set the summary of the incident ${written.existing.reference} (${written.existing.id}) of ${requestKey} to:\n${summary}`);
      } else {
        log.info(`Dry run: would create the incident ${requestKey}:\n${JSON.stringify(payload, null, 2)}`);
      }
      views.push({ policy: name, dryRun: true });
    } else {
      log.info(
        `Incident ${written.incident.reference} (${written.incident.id}) for ${name}: ` +
          `${written.created ? 'opened' : 'the one the comment records'}${written.edited ? ', summary updated' : ''}.`,
      );
      views.push({ policy: name, id: written.incident.id, reference: written.incident.reference, url: written.incident.url });
    }
  }
  return views;
}

/** Says why the incident ID the comment recorded was not used. */
function logRejected(ctx: Context, rejected: RejectedRecord, policy: string, requestKey: string, dryRun: boolean): void {
  const then = dryRun ? 'a real run would open a new incident and record it' : 'a new incident was opened and recorded instead';
  if (rejected.why === 'missing') {
    ctx.log.info(`The comment records incident ${rejected.id} for ${policy}, which no longer exists (or this API key cannot see it): ${then}.`);
  } else {
    // Every workflow of the repository comments as the same bot, so a recorded ID is a claim.
    ctx.log.warning(
      `The comment records incident ${rejected.id} for ${policy}, but that incident does not carry the request key ${requestKey}, ` +
        `so it is not this request's incident and was left untouched; ${then}. Any workflow of this repository can write that comment.`,
    );
  }
}
