// The `oncall-gate` check run on the PR head SHA (branch protection requires it by that name;
// docs/escalation.md "Require the check"): found by name and updated,
// else created. Check runs need `checks: write`; GITHUB_TOKEN can create them because it is the
// installation token of the GitHub Actions app (REST "Create a check run").
import type { GitHub, RepoRef } from './client.js';
import { cappedPages } from './paginate.js';
import { gitHubError } from './errors.js';
import { capText, CHECK_RUN_TEXT_MAX } from './text.js';

/**
 * `external_id` of every check run this action creates. A workflow *job* named like our check
 * also produces a check run with that name on the same SHA, created by the same GitHub Actions
 * app; only runs carrying this id are ever updated, so the job's own run is never overwritten.
 */
export const CHECK_RUN_EXTERNAL_ID = 'oncall-gate';

export interface CheckRunState {
  status: 'in_progress' | 'completed';
  /** Required with `completed`, not allowed with `in_progress`. */
  conclusion?: 'success' | 'failure' | 'neutral';
  title: string;
  /** Markdown; capped below 65,535 characters. */
  summary: string;
  /** Markdown details; capped below 65,535 characters. */
  text?: string;
  detailsUrl?: string;
}

export interface CheckRunResult {
  id: number;
  url: string;
  created: boolean;
}

/** The newest check run of ours with the name, as findCheckRun reads it. */
export interface ExistingCheckRun {
  id: number;
  status: string;
}

/** The one request that writes a check run: a PATCH of ours, or a POST of a new one. */
export interface CheckRunRequest {
  method: 'PATCH' | 'POST';
  /** e.g. /repos/acme/api/check-runs/123. */
  path: string;
  /** The JSON body as sent (owner and repo are in the path). */
  body: CheckRunFields;
}

/**
 * The newest check run named `name` on `headSha` that carries our external_id (only those are ever
 * updated), or undefined when there is none. Needs `checks: read`.
 */
export async function findCheckRun(gh: GitHub, repo: RepoRef, headSha: string, name: string): Promise<ExistingCheckRun | undefined> {
  return gh.call<ExistingCheckRun | undefined>(
    {
      action: `find the "${name}" check run on ${headSha}`,
      permission: 'checks: write',
      write: false,
      notFound: `commit ${headSha} in ${repo.owner}/${repo.repo}`,
    },
    async (o) => {
      let newest: ExistingCheckRun | undefined;
      for await (const page of cappedPages(
        o.paginate.iterator('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
          ...repo,
          ref: headSha,
          check_name: name,
          filter: 'all',
          per_page: 100,
        }),
        'the check runs of the commit',
      )) {
        for (const run of page.data) {
          if (run.name !== name || run.external_id !== CHECK_RUN_EXTERNAL_ID) continue;
          if (!newest || run.id > newest.id) newest = { id: run.id, status: run.status };
        }
      }
      return newest;
    },
  );
}

/**
 * The request that puts `state` on the commit, given the newest run of ours (`existing`, null when
 * none): that run is updated, unless it is completed and the new state is in_progress (GitHub
 * does not move a completed run back; the newest run of a name is the one GitHub and branch
 * protection show), in which case a new run is created. Throws for a state GitHub would refuse.
 */
export function checkRunRequest(
  repo: RepoRef,
  headSha: string,
  name: string,
  state: CheckRunState,
  existing: ExistingCheckRun | null,
): CheckRunRequest {
  if (state.status === 'completed' && !state.conclusion) {
    throw gitHubError(
      'rejected',
      `Check run "${name}": a completed check run needs a conclusion.`,
      'Pass conclusion success, failure or neutral.',
    );
  }
  if (state.status === 'in_progress' && state.conclusion) {
    throw gitHubError(
      'rejected',
      `Check run "${name}": an in_progress check run cannot have a conclusion (GitHub would mark it completed).`,
      'Drop the conclusion or use status completed.',
    );
  }
  const note = "**Truncated** to fit GitHub's 65,535-character limit; the full text is in the step summary of this run.";
  const output = {
    title: state.title,
    summary: capText(state.summary, CHECK_RUN_TEXT_MAX, note),
    ...(state.text !== undefined ? { text: capText(state.text, CHECK_RUN_TEXT_MAX, note) } : {}),
  };
  const fields: CheckRunFields = {
    name,
    status: state.status,
    ...(state.conclusion ? { conclusion: state.conclusion } : {}),
    ...(state.detailsUrl ? { details_url: state.detailsUrl } : {}),
    external_id: CHECK_RUN_EXTERNAL_ID,
    output,
  };
  const base = `/repos/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.repo)}/check-runs`;
  if (existing && !(existing.status === 'completed' && state.status !== 'completed')) {
    return { method: 'PATCH', path: `${base}/${existing.id}`, body: fields };
  }
  return { method: 'POST', path: base, body: { head_sha: headSha, ...fields } };
}

/**
 * Creates or updates the check run `name` on `headSha` (see checkRunRequest). `existing`: what
 * findCheckRun returned (null: none), so the runs are not read twice; undefined reads them.
 */
export async function upsertCheckRun(
  gh: GitHub,
  repo: RepoRef,
  headSha: string,
  name: string,
  state: CheckRunState,
  options: { existing?: ExistingCheckRun | null } = {},
): Promise<CheckRunResult> {
  // Refuse a state GitHub would refuse before anything is read.
  checkRunRequest(repo, headSha, name, state, null);
  const existing = options.existing !== undefined ? options.existing : ((await findCheckRun(gh, repo, headSha, name)) ?? null);
  const request = checkRunRequest(repo, headSha, name, state, existing);

  if (request.method === 'PATCH' && existing) {
    return gh.call(
      {
        action: `update the "${name}" check run`,
        permission: 'checks: write',
        write: true,
        notFound: `check run ${existing.id} in ${repo.owner}/${repo.repo}`,
      },
      async (o) => {
        const res = await o.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
          ...repo,
          check_run_id: existing.id,
          ...request.body,
        });
        return { id: Number(res.data.id), url: res.data.html_url ?? '', created: false };
      },
    );
  }

  return gh.call(
    {
      action: `create the "${name}" check run on ${headSha}`,
      permission: 'checks: write',
      write: true,
      notFound: `commit ${headSha} in ${repo.owner}/${repo.repo}`,
    },
    async (o) => {
      const res = await o.request('POST /repos/{owner}/{repo}/check-runs', { ...repo, head_sha: headSha, ...request.body });
      return { id: Number(res.data.id), url: res.data.html_url ?? '', created: true };
    },
  );
}

/** The body checkRunRequest builds; `head_sha` only when a run is created. */
export interface CheckRunFields {
  head_sha?: string;
  name: string;
  status: 'in_progress' | 'completed';
  conclusion?: 'success' | 'failure' | 'neutral';
  details_url?: string;
  external_id: string;
  output: { title: string; summary: string; text?: string };
}
