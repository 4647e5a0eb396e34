// Workflow runs waiting on a deployment protection rule, and the App's answer to them (App mode,
// docs/app-mode.md): the run a request is for, the runs still waiting, the environments each one
// waits on, the protection rules of an environment, and the callback that approves, rejects or
// comments. Every call needs an App installation token: the workflow's GITHUB_TOKEN cannot answer
// a custom protection rule (docs/github.md, "App mode").
import type { GitHub, RepoRef } from './client.js';
import { cappedPages } from './paginate.js';
import { isServiceError } from '../errors.js';

/** A workflow run as App mode uses it. */
export interface WorkflowRun {
  id: number;
  /** 1 for the first attempt, then 2, 3, ... for re-runs. */
  runAttempt: number;
  /** The commit the run is for. */
  headSha: string;
  /** queued | in_progress | waiting | completed | ... (GitHub adds values without notice). */
  status: string;
  /** The event that started the run (push, workflow_dispatch, ...). */
  event: string;
  /** Who started this run or re-run ('' when GitHub does not say). */
  triggeringActor: string;
  htmlUrl: string;
}

interface RawRun {
  id: number;
  run_attempt?: number;
  head_sha?: string;
  status?: string | null;
  event?: string;
  triggering_actor?: { login?: string } | null;
  actor?: { login?: string } | null;
  html_url?: string;
}

export function toWorkflowRun(r: RawRun): WorkflowRun {
  return {
    id: r.id,
    runAttempt: typeof r.run_attempt === 'number' && Number.isSafeInteger(r.run_attempt) && r.run_attempt > 0 ? r.run_attempt : 1,
    headSha: r.head_sha ?? '',
    status: r.status ?? '',
    event: r.event ?? '',
    triggeringActor: r.triggering_actor?.login ?? r.actor?.login ?? '',
    htmlUrl: r.html_url ?? '',
  };
}

/** GET /repos/{o}/{r}/actions/runs/{run_id}. */
export async function getWorkflowRun(gh: GitHub, repo: RepoRef, runId: number): Promise<WorkflowRun> {
  return gh.call(
    {
      action: `read workflow run ${runId}`,
      permission: 'actions: read',
      write: false,
      notFound: `workflow run ${runId} in ${repo.owner}/${repo.repo}`,
    },
    async (o) =>
      toWorkflowRun((await o.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', { ...repo, run_id: runId })).data as RawRun),
  );
}

/** At most this many waiting runs are read per repository (10 pages of 100). */
export const WAITING_RUNS_MAX_PAGES = 10;

/** GET /repos/{o}/{r}/actions/runs?status=waiting[&head_sha=...]: the runs waiting on a protection rule. */
export async function listWaitingRuns(gh: GitHub, repo: RepoRef, headSha?: string): Promise<WorkflowRun[]> {
  return gh.call(
    {
      action: `list the waiting workflow runs${headSha ? ` of ${headSha}` : ''}`,
      permission: 'actions: read',
      write: false,
      notFound: `the repository ${repo.owner}/${repo.repo}`,
    },
    async (o) => {
      const runs: WorkflowRun[] = [];
      for await (const page of cappedPages(
        o.paginate.iterator('GET /repos/{owner}/{repo}/actions/runs', {
          ...repo,
          status: 'waiting',
          ...(headSha ? { head_sha: headSha } : {}),
          per_page: 100,
        }),
        'the waiting workflow runs',
        WAITING_RUNS_MAX_PAGES,
      )) {
        for (const r of page.data as RawRun[]) runs.push(toWorkflowRun(r));
      }
      // GitHub filters by status; a run that moved on between pages is dropped here too.
      return runs.filter((r) => r.status === 'waiting');
    },
  );
}

/** GET /repos/{o}/{r}/actions/runs/{run_id}/pending_deployments: the environments the run still waits on. */
export async function listPendingEnvironments(gh: GitHub, repo: RepoRef, runId: number): Promise<string[]> {
  return gh.call(
    { action: `list the pending deployments of workflow run ${runId}`, permission: 'actions: read', write: false },
    async (o) => {
      const res = await o.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments', { ...repo, run_id: runId });
      const names = (res.data as Array<{ environment?: { name?: unknown } | null }>).flatMap((d) =>
        typeof d.environment?.name === 'string' ? [d.environment.name] : [],
      );
      return [...new Set(names)];
    },
  );
}

/** GET /repos/{o}/{r}/environments/{env}/deployment_protection_rules: the IDs of the Apps whose custom rules gate it. */
export async function listProtectionRuleApps(gh: GitHub, repo: RepoRef, environment: string): Promise<number[]> {
  return gh.call(
    {
      action: `list the deployment protection rules of the environment ${environment}`,
      permission: 'actions: read',
      write: false,
      notFound: `the environment ${environment} of ${repo.owner}/${repo.repo}`,
    },
    async (o) => {
      const res = await o.request('GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules', {
        ...repo,
        environment_name: environment,
      });
      const rules = (res.data as { custom_deployment_protection_rules?: Array<{ enabled?: boolean; app?: { id?: unknown } | null }> })
        .custom_deployment_protection_rules;
      return (rules ?? []).flatMap((r) => (r.enabled !== false && typeof r.app?.id === 'number' ? [r.app.id] : []));
    },
  );
}

/** The App's answer to one environment's gate: approve, reject, or (no state) a status comment. */
export interface GateReview {
  environment: string;
  state?: 'approved' | 'rejected';
  /** At most 1024 characters (GitHub's limit). */
  comment: string;
}

/**
 * POST /repos/{o}/{r}/actions/runs/{run_id}/deployment_protection_rule (204). GitHub answers 422
 * when there is nothing left to answer (approved or rejected already, by this App or by an
 * administrator's bypass, or the run was cancelled): `already-answered`, not an error, so a
 * duplicate delivery or a second sweep changes nothing. Its message for that case is not
 * documented, so a 422 counts as "already answered" only when the run no longer waits on the
 * environment; a 422 for a gate that still waits is the error it is.
 */
export async function reviewDeploymentGate(
  gh: GitHub,
  repo: RepoRef,
  runId: number,
  review: GateReview,
): Promise<'answered' | 'already-answered'> {
  try {
    await gh.call(
      {
        action: `answer the deployment protection rule of workflow run ${runId} (${review.environment})`,
        permission: 'deployments: write',
        write: true,
      },
      (o) =>
        o.rest.actions.reviewCustomGatesForRun({
          ...repo,
          run_id: runId,
          environment_name: review.environment,
          comment: review.comment,
          ...(review.state ? { state: review.state } : {}),
        } as Parameters<typeof o.rest.actions.reviewCustomGatesForRun>[0]),
    );
    return 'answered';
  } catch (error) {
    if (!(isServiceError(error, 'github', 'rejected') && error.status === 422)) throw error;
    const waiting = await listPendingEnvironments(gh, repo, runId);
    if (waiting.includes(review.environment)) throw error;
    return 'already-answered';
  }
}
