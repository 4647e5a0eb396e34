// `validate`: parse + schema + semantic checks of every policy file in the workspace; one
// annotation per problem on the exact line, a summary table, `result` valid|invalid, `errors`.
import type { IncidentIoClient } from '../incidentio/client.js';
import { loadPolicySet } from '../policy/load-policy.js';
import { readPolicyDir } from '../policy/read-policy-dir.js';
import type { PolicyFile, PolicySet } from '../policy/types.js';
import { code } from '../report/markdown.js';
import { countBySeverity, diagnosticsToAnnotations, renderDiagnosticsTable, totalsLine } from '../report/render-diagnostics.js';
import type { CommandResult } from '../report/command-result.js';
import type { Context } from '../context.js';
import { workspaceTestsSection } from './policy-tests.js';

export async function loadWorkspacePolicies(ctx: Context): Promise<PolicySet> {
  const files = await readPolicyDir(ctx.run.workspace, ctx.inputs.policyPath);
  const set = loadPolicySet(files);
  if (!ctx.inputs.incidentioApiKey) return set;
  // With a key, also check what the files refer to in incident.io: unknown schedule IDs are
  // errors, unresolvable identities and missing roles warnings.
  return withLiveChecks(set, files, await ctx.incidentio(), ctx.clock());
}

/** The live checks of `set` against incident.io, read-only whatever the client allows. */
export async function withLiveChecks(set: PolicySet, files: PolicyFile[], incidentio: IncidentIoClient, now: Date): Promise<PolicySet> {
  const [{ readOnlyView }, { runLiveChecks, withLiveDiagnostics }] = await Promise.all([
    import('../incidentio/client.js'),
    import('../policy/live-checks.js'),
  ]);
  const live = await runLiveChecks(set, files, readOnlyView(incidentio), { now });
  return withLiveDiagnostics(set, live.diagnostics);
}

export function renderValidationSummary(set: PolicySet, policyPath: string): string {
  const { errors } = countBySeverity(set.diagnostics);
  const head = errors > 0 ? '### ❌ Policy validation failed' : '### ✅ Policies are valid';
  const lines = [head, '', `${totalsLine(set.files.length, set.diagnostics)} (folder ${code(policyPath)})`];
  const tableText = renderDiagnosticsTable(set.diagnostics);
  if (tableText) lines.push('', tableText);
  if (set.policies.length > 0) {
    // A file with errors holds no usable policy, so the list names only the ones that loaded.
    const label = errors > 0 ? 'Policies without errors' : 'Policies';
    lines.push('', `${label}: ${set.policies.map((p) => code(p.name)).join(', ')}`);
  }
  return lines.join('\n') + '\n';
}

export async function runValidate(ctx: Context): Promise<CommandResult> {
  const set = await loadWorkspacePolicies(ctx);
  const { errors, warnings } = countBySeverity(set.diagnostics);
  ctx.log.info(`Validated ${set.files.length} policy file(s) under ${ctx.inputs.policyPath}/: ${errors} error(s), ${warnings} warning(s).`);
  // The policy tests (docs/policy-tests.md), when the workspace has them: a failed case makes the
  // policies invalid as surely as a schema error.
  const tests = await workspaceTestsSection(ctx.run.workspace, ctx.inputs.testsPath, set, ctx.inputs.policyPath);
  if (tests) ctx.log.info(tests.log);
  const testErrors = tests?.errors ?? 0;
  return {
    outputs: { result: set.valid && testErrors === 0 ? 'valid' : 'invalid', errors: errors + testErrors },
    summary: [renderValidationSummary(set, ctx.inputs.policyPath), tests?.summary].filter(Boolean).join('\n'),
    annotations: [...diagnosticsToAnnotations(set.diagnostics), ...(tests?.annotations ?? [])],
    ...(!set.valid
      ? { failure: `Policy validation found ${errors} error(s); see the annotations and the step summary for each file, line and fix.` }
      : testErrors > 0
        ? { failure: policyTestsFailure(testErrors) }
        : {}),
  };
}

/** The step's failure when the policies are valid but their tests are not. */
export function policyTestsFailure(errors: number): string {
  return `${errors} policy test${errors === 1 ? '' : 's'} failed or could not run; see the annotations on the test files and the step summary.`;
}
