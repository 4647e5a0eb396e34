// `plan`: on a pull request that touches the policy folder, validate
// the head policies as `validate` does (plus live checks with a key), diff them against the PR
// base, and post the Terraform-style plan as ONE sticky comment (`<!-- oncall-gate:plan -->`) with
// the whole text in the step summary. The base comes from the PR base SHA through the API (the
// trusted ref); the head from the workspace checkout, or the API at the head
// SHA when there is no checkout. `result` valid|invalid and `errors`; the step fails when the head
// is invalid. Without a key, the effect on people comes from the rota snapshots of the checkout's
// tests folder, when it has some (docs/policy-tests.md).
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Context } from '../context.js';
import type { IncidentIoClient } from '../incidentio/client.js';
import type { PolicyFile } from '../policy/types.js';
import type { CommandResult } from '../report/command-result.js';
import type { PullRequestInfo } from '../event/event.js';
import type { TestSuite } from '../policy-test/load-tests.js';
import { isError, isServiceError, OncallGateError } from '../errors.js';
import { describeError } from '../report/describe-error.js';
import { countBySeverity, diagnosticsToAnnotations } from '../report/render-diagnostics.js';
import { PLAN_MARKER, renderPlanMarkdown, renderPlanText } from '../plan/render-plan.js';
import { answerOf } from '../write-plan/apply-writes.js';
import { commentWrite } from '../write-plan/write-plan.js';

/** Below GitHub's 65,536-character limit on a comment body, with room to spare. */
export const PLAN_COMMENT_MAX = 65_000;
/** The comment lists this many diagnostics; the annotations and the summary carry them all. */
const COMMENT_DIAGNOSTICS_MAX = 50;

const exists = (path: string): Promise<boolean> =>
  stat(path).then(
    () => true,
    () => false,
  );

interface HeadPolicies {
  files: PolicyFile[];
  from: string;
  /** Read from the workspace checkout (its policy tests, if any, are run). */
  workspace?: boolean;
}

/** The PR head: the workspace when it holds a checkout, else the API at the head SHA. */
async function readHead(ctx: Context, pr: PullRequestInfo, readAtRef: (ref: string) => Promise<PolicyFile[]>): Promise<HeadPolicies> {
  const { workspace } = ctx.run;
  const { policyPath } = ctx.inputs;
  if (await exists(join(workspace, policyPath))) {
    const { readPolicyDir } = await import('../policy/read-policy-dir.js');
    return { files: await readPolicyDir(workspace, policyPath), from: 'the workspace checkout', workspace: true };
  }
  // A checkout without the folder: the pull request deletes it.
  if (await exists(join(workspace, '.git'))) return { files: [], from: 'the workspace checkout (no policy folder)' };
  return { files: await readAtRef(pr.headSha), from: `the head commit ${pr.headSha.slice(0, 7)} (no checkout in the workspace)` };
}

/**
 * The head's tests folder, for its rota snapshots when there is no key (docs/policy-tests.md).
 * It is the pull request's own content: fine for a plan, which approves nothing, and the plan
 * says its people effect comes from these files. A folder that cannot be read gives none here;
 * the policy tests report why.
 */
async function readTestsFolder(ctx: Context): Promise<TestSuite | undefined> {
  const { testsPath } = ctx.inputs;
  const { loadPolicyTestsFolder, testsFolderExists } = await import('./policy-tests.js');
  if (!testsPath || !(await testsFolderExists(ctx.run.workspace, testsPath))) return undefined;
  try {
    return await loadPolicyTestsFolder(ctx.run.workspace, testsPath);
  } catch (error) {
    if (isError(error, 'policy')) return undefined;
    throw error;
  }
}

export async function runPlan(ctx: Context): Promise<CommandResult> {
  const { inputs, run, log, event } = ctx;
  if (event.kind !== 'pull_request') {
    throw new OncallGateError({
      kind: 'input',
      setting: 'command',
      message: `\`plan\` compares a pull request's policies with its base, but this run was triggered by ${event.name || 'no event'}.`,
      fix: 'Run `command: plan` (or `auto`) from a workflow triggered by `pull_request` on changes to the policy folder.',
    });
  }
  const pr = event.pullRequest;
  const repo = run.repository;
  const github = await ctx.github();
  const readAtRef = async (ref: string): Promise<PolicyFile[]> => (await github.readPolicyFilesAtRef(ref, inputs.policyPath)).files;

  // Gather: the base and head policies. main.ts already runs each command inside a log group,
  // and runner groups do not nest.
  const [base, head] = await Promise.all([readAtRef(pr.baseSha), readHead(ctx, pr, readAtRef)]);
  log.info(`Base: ${base.length} policy file(s) at ${pr.baseRef}@${pr.baseSha.slice(0, 7)}; head: ${head.files.length} from ${head.from}.`);

  let client: IncidentIoClient | undefined;
  let suite: TestSuite | undefined;
  if (inputs.incidentioApiKey) {
    const { readOnlyView } = await import('../incidentio/client.js');
    // plan never writes to incident.io: read-only whatever `dry-run` says.
    client = readOnlyView(await ctx.incidentio());
  } else {
    suite = head.workspace ? await readTestsFolder(ctx) : undefined;
    log.info(
      suite && suite.snapshots.size > 0
        ? `No incidentio-api-key: the plan skips the live checks; the effect on people comes from the rota snapshots in ${inputs.testsPath}/, not live incident.io.`
        : 'No incidentio-api-key: the plan skips the live checks and the effect on people.',
    );
  }

  // Decide: the plan (with the live checks when there is a key).
  const { computePlan } = await import('../plan/compute-plan.js');
  const outcome = await computePlan({
    policyPath: inputs.policyPath,
    baseLabel: `${pr.baseRef}@${pr.baseSha.slice(0, 7)}`,
    headLabel: `#${pr.number}@${pr.headSha.slice(0, 7)}`,
    baseFiles: base,
    headFiles: head.files,
    ...(client ? { client } : {}),
    ...(suite && inputs.testsPath
      ? { snapshots: { folder: inputs.testsPath, snapshots: suite.snapshots, broken: suite.brokenSnapshots } }
      : {}),
    now: ctx.clock(),
    keyHint: 'pass `incidentio-api-key` to the step',
  });
  const { model } = outcome;
  if (client) log.debug(`incident.io requests: ${client.requestCount}.`);
  const { errors, warnings } = countBySeverity(model.diagnostics);
  log.info(renderPlanText(model));

  const summaryUrl = `${run.serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${run.runId}`;
  const comment = renderPlanMarkdown(model, {
    marker: true,
    maxChars: PLAN_COMMENT_MAX,
    fullPlanUrl: summaryUrl,
    maxDiagnostics: COMMENT_DIAGNOSTICS_MAX,
  });
  let summary = renderPlanMarkdown(model);
  const annotations = diagnosticsToAnnotations(model.diagnostics);
  // The head's policy tests, offline, when the checkout has them (docs/policy-tests.md).
  const { workspaceTestsSection } = await import('./policy-tests.js');
  const tests = head.workspace
    ? await workspaceTestsSection(run.workspace, inputs.testsPath, outcome.head, inputs.policyPath, suite)
    : undefined;
  if (tests) {
    log.info(tests.log);
    summary = `${summary.trimEnd()}\n\n${tests.summary}`;
    annotations.push(...tests.annotations);
  }
  const testErrors = tests?.errors ?? 0;

  // Plan and apply the one write: the sticky plan comment, new or edited in place.
  try {
    const existing = (await github.findStickyComment(pr.number, PLAN_MARKER)) ?? null;
    const write = commentWrite({
      repo,
      number: pr.number,
      marker: PLAN_MARKER,
      body: comment,
      existing,
      summaryUrl,
      description: `${existing ? 'edit' : 'post'} this comment on pull request #${pr.number} (marker ${PLAN_MARKER})`,
    });
    const [made] = await ctx.writes.apply([write]);
    const posted = answerOf(made, 'comment');
    if (posted) log.info(`${posted.created ? 'Posted' : 'Updated'} the plan comment: ${posted.url}`);
    else if (!write && existing) log.info(`Kept (unchanged) the plan comment: ${existing.url}`);
  } catch (error) {
    // The plan itself is the result; a comment GitHub refused is reported, not fatal.
    if (!isServiceError(error, 'github')) throw error;
    const message = `The plan could not be posted on pull request #${pr.number}: ${describeError(error)}`;
    annotations.push({ level: 'warning', title: 'oncall-gate plan comment', message });
    summary += `\n> [!WARNING]\n> ${message.replace(/\r?\n/g, ' ')}\n`;
  }

  return {
    outputs: { result: errors === 0 && testErrors === 0 ? 'valid' : 'invalid', errors: errors + testErrors },
    summary,
    annotations,
    ...(errors > 0
      ? {
          failure: `The head policies have ${errors} error(s) and ${warnings} warning(s); see the annotations and the step summary for each file, line and fix.`,
        }
      : testErrors > 0
        ? {
            failure: `${testErrors} policy test${testErrors === 1 ? '' : 's'} failed or could not run; see the annotations on the test files and the step summary.`,
          }
        : {}),
  };
}
