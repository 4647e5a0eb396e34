// Approval later, without a database: a deployment the request left waiting is checked again when
// a review of a pull request merged into the default branch arrives (the runs of its merge
// commit), and by the sweep (every waiting run of every repository the App is installed on, so a
// lost webhook never leaves a deploy waiting for GitHub's 30 days). A later check judges the
// escalation evidence only and only ever approves: `auto` was judged when the deployment was
// requested (a request made off call must not go out when a shift starts), a check that finds no
// approval pages nobody and answers nothing (the request already did), and a denial is left to the
// request, which saw the same tip. A run started by an event that executes other code than its head
// commit (a pull request's merge, say) is never judged at all. Only the environments whose protection rules name this App are
// touched; GitHub lets an App answer its own rule only.
import { decideGate } from '../commands/gate.js';
import { describePolicySource } from '../commands/gate-policy.js';
import { decisionReasons, PLAIN } from '../report/explain.js';
import { describeError } from '../report/describe-error.js';
import { renderAppAnswer, runRefusalText } from '../report/render-app-answer.js';
import { runRefusal } from '../decide/run-event.js';
import type { WorkflowRun } from '../github/deployment-gates.js';
import { decodeReviewTrigger, type RepoName } from './deliveries.js';
import { logSafe, type AppRuntime, type RepositoryScope } from './runtime.js';

export interface RecheckResult {
  /** The run's environments this App gates, each `approved`, `waiting` or `error`. */
  outcomes: {
    runId: number;
    environment: string;
    /** `refused`: a run App mode never judges (decide/run-event.ts); left waiting, as the request rejected it. */
    outcome: 'approved' | 'already-answered' | 'waiting' | 'refused' | 'error';
    line: string;
  }[];
}

/** Whether this App's protection rule gates an environment, asked once per environment and piece of work. */
function gatedByApp(rt: AppRuntime, scope: RepositoryScope): (environment: string) => Promise<boolean> {
  const known = new Map<string, Promise<boolean>>();
  return (environment) => {
    let answer = known.get(environment);
    if (!answer) {
      answer = scope.port.listProtectionRuleApps(environment).then((apps) => apps.includes(rt.appId));
      known.set(environment, answer);
    }
    return answer;
  };
}

/** Checks one waiting run again, environment by environment. */
export async function recheckRun(
  rt: AppRuntime,
  open: () => Promise<RepositoryScope>,
  run: WorkflowRun,
  defaultBranch: string,
  gated: (environment: string) => Promise<boolean>,
  listing: RepositoryScope,
): Promise<RecheckResult> {
  const out: RecheckResult['outcomes'] = [];
  const name = `${listing.repository.owner}/${listing.repository.repo} run ${run.id}`;
  let environments: string[];
  try {
    environments = await listing.port.listPendingEnvironments(run.id);
  } catch (error) {
    out.push({
      runId: run.id,
      environment: '',
      outcome: 'error',
      line: `${name}: ${logSafe(describeError(error, listing.redactor.redact), 300)}`,
    });
    return { outcomes: out };
  }
  for (const environment of environments) {
    const label = `${name} ${logSafe(JSON.stringify(environment), 120)}`;
    let scope: RepositoryScope | undefined;
    try {
      if (!(await gated(environment))) continue;
      // A run whose event executes other code than its head commit is never approved on that
      // commit's evidence (decide/run-event.ts); its request was rejected, and nothing is read.
      const refusal = runRefusal(run);
      if (refusal) {
        out.push({
          runId: run.id,
          environment,
          outcome: 'refused',
          line: `${label}: not judged: ${logSafe(runRefusalText(refusal).reason, 300)}`,
        });
        continue;
      }
      // Each environment is its own piece of work, with its own deadline.
      scope = await open();
      const ctx = scope.context({
        defaultBranch,
        environment,
        requester: run.triggeringActor,
        runId: run.id,
        runAttempt: run.runAttempt,
        sha: run.headSha,
        ref: '',
      });
      const { outcome } = await scope.within(decideGate(ctx, { judgeAuto: false, page: false, incidentMayExist: true }));
      const d = outcome.decision;
      if (d.result !== 'approved') {
        const why = d.result === 'error' ? (d.error?.message ?? '') : (decisionReasons(d, { style: PLAIN, advice: 'app' })[0] ?? d.result);
        out.push({
          runId: run.id,
          environment,
          outcome: d.result === 'error' ? 'error' : 'waiting',
          line: `${label}: still waiting (${logSafe(why, 300)})`,
        });
        continue;
      }
      const answer = renderAppAnswer({
        decision: d,
        ...(outcome.source ? { policySource: describePolicySource(rt.config.policyPath, outcome.source) } : {}),
        redact: scope.redactor.redact,
      });
      const sent = await scope.port.reviewDeploymentGate(run.id, { environment, comment: answer.comment, state: 'approved' });
      out.push({
        runId: run.id,
        environment,
        outcome: sent === 'answered' ? 'approved' : 'already-answered',
        line: `${label}: ${sent === 'answered' ? `approved (by ${d.approvedBy ?? '?'})` : 'already answered'}`,
      });
    } catch (error) {
      const redact = (scope ?? listing).redactor.redact;
      out.push({ runId: run.id, environment, outcome: 'error', line: `${label}: ${logSafe(describeError(error, redact), 300)}` });
    } finally {
      scope?.dispose();
    }
  }
  return { outcomes: out };
}

/** The waiting runs of one repository (of one commit, when given), each checked again. */
export async function recheckRepository(
  rt: AppRuntime,
  installationId: number,
  repository: RepoName,
  defaultBranch: string,
  headSha?: string,
): Promise<RecheckResult> {
  const open = (): Promise<RepositoryScope> => rt.repository(installationId, repository);
  const listing = await open();
  try {
    const runs = await listing.port.listWaitingRuns(headSha);
    const gated = gatedByApp(rt, listing);
    const outcomes: RecheckResult['outcomes'] = [];
    for (const run of runs) outcomes.push(...(await recheckRun(rt, open, run, defaultBranch, gated, listing)).outcomes);
    return { outcomes };
  } finally {
    listing.dispose();
  }
}

/** `pull_request_review`: the runs of the reviewed pull request's merge commit, checked again. Returns the log line. */
export async function handleReview(rt: AppRuntime, payload: unknown): Promise<string> {
  const decoded = decodeReviewTrigger(payload);
  if (decoded.kind === 'ignore') return `pull_request_review ignored: ${decoded.why}`;
  const t = decoded.trigger;
  const { outcomes } = await recheckRepository(rt, t.installationId, t.repository, t.defaultBranch, t.mergeCommitSha);
  const head = `${t.repository.owner}/${t.repository.repo}#${t.pullNumber} reviewed`;
  if (outcomes.length === 0) return `${head}: no run of ${t.mergeCommitSha.slice(0, 12)} waits on this App`;
  return `${head}: ${outcomes.map((o) => o.line).join('; ')}`;
}

export interface SweepReport {
  repositories: number;
  outcomes: RecheckResult['outcomes'];
  /** Repositories or installations that could not be read. */
  failures: string[];
}

/** Every waiting run of every repository the App is installed on, checked again. */
export async function sweep(rt: AppRuntime): Promise<SweepReport> {
  const report: SweepReport = { repositories: 0, outcomes: [], failures: [] };
  const installations = await rt.authority.installations();
  for (const installation of installations) {
    let repositories;
    try {
      repositories = await rt.authority.repositories(installation.id);
    } catch (error) {
      report.failures.push(`installation ${installation.id} (${installation.account}): ${describeError(error, rt.redactor.redact)}`);
      continue;
    }
    for (const r of repositories) {
      report.repositories++;
      try {
        const { outcomes } = await recheckRepository(rt, installation.id, { owner: r.owner, repo: r.repo }, r.defaultBranch);
        report.outcomes.push(...outcomes);
      } catch (error) {
        report.failures.push(`${r.owner}/${r.repo}: ${describeError(error, rt.redactor.redact)}`);
      }
    }
  }
  return report;
}
