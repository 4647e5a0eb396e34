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

interface ExistingRun {
  id: number;
  status: string;
}

/**
 * Creates or updates the check run `name` on `headSha`. The newest run with that name and our
 * external_id is updated; a new run is created when there is none, or when the newest is already
 * completed and the new state is in_progress (GitHub does not move a completed run back to
 * in_progress; the newest run of a name is the one GitHub and branch protection show).
 */
export async function upsertCheckRun(
  gh: GitHub,
  repo: RepoRef,
  headSha: string,
  name: string,
  state: CheckRunState,
): Promise<CheckRunResult> {
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
  const note = '**Truncated** to fit GitHub\'s 65,535-character limit; the full text is in the step summary of this run.';
  const output = {
    title: state.title,
    summary: capText(state.summary, CHECK_RUN_TEXT_MAX, note),
    ...(state.text !== undefined ? { text: capText(state.text, CHECK_RUN_TEXT_MAX, note) } : {}),
  };
  const onSha = `commit ${headSha} in ${repo.owner}/${repo.repo}`;

  const existing = await gh.call<ExistingRun | undefined>(
    {
      action: `find the "${name}" check run on ${headSha}`,
      permission: 'checks: write',
      write: false,
      notFound: onSha,
    },
    async (o) => {
      let newest: ExistingRun | undefined;
      for await (const page of cappedPages(o.paginate.iterator('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
        ...repo,
        ref: headSha,
        check_name: name,
        filter: 'all',
        per_page: 100,
      }), 'the check runs of the commit')) {
        for (const run of page.data) {
          if (run.name !== name || run.external_id !== CHECK_RUN_EXTERNAL_ID) continue;
          if (!newest || run.id > newest.id) newest = { id: run.id, status: run.status };
        }
      }
      return newest;
    },
  );

  const fields = {
    name,
    status: state.status,
    ...(state.conclusion ? { conclusion: state.conclusion } : {}),
    ...(state.detailsUrl ? { details_url: state.detailsUrl } : {}),
    external_id: CHECK_RUN_EXTERNAL_ID,
    output,
  };

  if (existing && !(existing.status === 'completed' && state.status !== 'completed')) {
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
          ...fields,
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
      notFound: onSha,
    },
    async (o) => {
      const res = await o.request('POST /repos/{owner}/{repo}/check-runs', { ...repo, head_sha: headSha, ...fields });
      return { id: Number(res.data.id), url: res.data.html_url ?? '', created: true };
    },
  );
}
