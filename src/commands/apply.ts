// `apply`: on a push to the default branch that touches the policy folder,
// reconcile incident.io with the merged policies in the workspace: verify the key's roles, every
// schedule and identity (live checks; an unknown schedule is an error), and create the escalation
// custom field when it is missing. Idempotent: `applied` when it changed something, `no-changes`
// when there was nothing to do, `error` on any failure. `dry-run` plans the same writes and makes
// none; the result is what it would be.
import type { Context } from '../context.js';
import type { CommandResult } from '../report/command-result.js';
import { isServiceError } from '../errors.js';
import { missingKeyError } from '../plan/command-error.js';
import type { Diagnostic } from '../policy/diagnostic.js';
import type { LiveFacts } from '../policy/live-checks.js';
import { code, escapeMarkdown, messageMarkdown } from '../report/markdown.js';
import { countBySeverity, diagnosticsToAnnotations, renderDiagnosticsTable } from '../report/render-diagnostics.js';
import { answerOf } from '../write-plan/apply-writes.js';
import { createCustomFieldWrite } from '../write-plan/write-plan.js';

export async function runApply(ctx: Context): Promise<CommandResult> {
  const { inputs, log } = ctx;
  if (!inputs.incidentioApiKey) throw missingKeyError('apply', 'reconcile incident.io with the policies');

  const [{ loadPolicySet }, { readPolicyDir }, live, remoteMod, render, diff, people] = await Promise.all([
    import('../policy/load-policy.js'),
    import('../policy/read-policy-dir.js'),
    import('../policy/live-checks.js'),
    import('../reconcile/remote-changes.js'),
    import('../plan/render-plan.js'),
    import('../plan/diff.js'),
    import('../plan/people.js'),
  ]);

  const files = await readPolicyDir(ctx.run.workspace, inputs.policyPath);
  const set = loadPolicySet(files);
  if (!set.valid) {
    const { errors } = countBySeverity(set.diagnostics);
    return errorResult(
      `The merged policies in ${inputs.policyPath}/ have ${errors} error(s), so apply changed nothing.`,
      set.diagnostics,
      'Fix the problems at the files and lines shown (the pull request plan shows them too) and push the fix.',
    );
  }
  // dry-run: the run's client is read-only and refuses every write.
  const client = await ctx.incidentio();

  log.info('Verifying the key, the schedules and the identities against incident.io.');
  const checked = await live.runLiveChecks(set, files, client, { now: ctx.clock() });
  const remote = remoteMod.planRemoteChanges(set, await client.listCustomFields());
  const diagnostics = live.withLiveDiagnostics(set, [...checked.diagnostics, ...remote.diagnostics]).diagnostics;
  const { errors } = countBySeverity(diagnostics);
  if (errors > 0) {
    return errorResult(
      `incident.io does not match the merged policies in ${inputs.policyPath}/ in a way apply cannot fix (${errors} error(s)).`,
      diagnostics,
      'Fix each problem shown, then push again.',
    );
  }

  const identity = checked.facts.identity;
  if (remote.actions.length > 0 && remoteMod.lacksManageSettings(identity)) {
    const { message, fix } = remoteMod.manageSettingsMessage(identity.name, set.integration.escalation.customField);
    return errorResult(`${message}.`, diagnostics, fix);
  }

  const planText = render.renderPlanText({
    policyPath: inputs.policyPath,
    baseLabel: 'incident.io now',
    headLabel: 'the merged policies',
    changes: remote.changes,
    people: { skipped: 'apply changes no one’s rights; the pull request plan showed them' },
    scheduleNames: new Map([...checked.facts.schedules].map(([id, s]) => [id, s.name])),
    diagnostics,
    files: set.files.length,
    baseErrors: 0,
  });
  const verified = verifiedLines(set.policies.length, people.scheduleIdsOf(set), checked.facts, remote.note);

  if (inputs.dryRun) {
    log.info(`Dry run: apply would make these changes in incident.io, and makes none:\n${planText}`);
  }
  // Plan and apply the writes: each missing custom field, one at a time.
  const done: string[] = [];
  for (const action of remote.actions) {
    const refused = remoteMod.manageSettingsMessage(identity.name, action.payload.name);
    try {
      const [made] = await ctx.writes.apply([createCustomFieldWrite(action.payload, { message: `${refused.message}.`, fix: refused.fix })]);
      const field = answerOf(made, 'create-custom-field');
      if (!field) continue;
      done.push(`Created the text custom field ${code(field.name)} (${code(field.id)}).`);
      log.info(`Created custom field ${JSON.stringify(field.name)} (${field.id}).`);
    } catch (error) {
      // Two applies at once: the other one may have just created it. Re-read before failing.
      const meanwhile = isServiceError(error, 'incidentio', 'rejected')
        ? (await client.listCustomFields()).find((f) => f.name === action.payload.name && f.field_type === 'text')
        : undefined;
      if (!meanwhile) throw error;
      log.info(`Custom field ${JSON.stringify(meanwhile.name)} (${meanwhile.id}) already exists (created meanwhile); nothing to do.`);
    }
  }

  const changed = inputs.dryRun ? remote.actions.length > 0 : done.length > 0;
  const t = diff.totals(remote.changes);
  const summary = [
    `### oncall-gate apply: ${changed ? (inputs.dryRun ? 'changes to make (dry run)' : 'applied') : 'no changes'}`,
    '',
    inputs.dryRun
      ? `Dry run: nothing was written. Apply would add ${t.add}, change ${t.change} and destroy ${t.destroy}.`
      : changed
        ? `Apply complete! Resources: ${t.add} added, ${t.change} changed, ${t.destroy} destroyed.`
        : 'No changes. incident.io already holds what the policies need.',
    ...(done.length > 0 ? ['', ...done.map((d) => `- ${d}`)] : []),
    '',
    '**Verified**',
    '',
    ...verified.map((v) => `- ${v}`),
    ...(diagnostics.length > 0 ? ['', renderDiagnosticsTable(diagnostics)] : []),
    ...(remote.changes.length > 0 ? ['', '```', planText.trimEnd(), '```'] : []),
  ].join('\n');

  return {
    outputs: { result: changed ? 'applied' : 'no-changes' },
    summary: summary + '\n',
    annotations: diagnosticsToAnnotations(diagnostics),
  };

  function errorResult(message: string, found: Diagnostic[], fix: string): CommandResult {
    const table = renderDiagnosticsTable(found);
    return {
      outputs: { result: 'error' },
      summary:
        ['### oncall-gate apply: error', '', messageMarkdown(message), '', messageMarkdown(fix), ...(table ? ['', table] : [])].join('\n') +
        '\n',
      annotations: diagnosticsToAnnotations(found),
      failure: `${message} ${fix}`,
    };
  }
}

function verifiedLines(policies: number, scheduleIds: string[], facts: LiveFacts, fieldNote: string): string[] {
  const named = scheduleIds.flatMap((id) => facts.schedules.get(id) ?? []);
  const active = facts.identities.filter((i) => i.status === 'active').length;
  return [
    `The API key ${code(facts.identity.name)} works (roles: ${facts.identity.roles.map((r) => code(r)).join(', ') || 'none'}).`,
    `${policies} polic${policies === 1 ? 'y' : 'ies'}; the schedules they name exist: ${
      named.length > 0 ? named.map((s) => `${escapeMarkdown(s.name)} (${code(s.id)})`).join(', ') : 'none named'
    }.`,
    `${active} of ${facts.identities.length} identities resolve to one active incident.io user.`,
    escapeMarkdown(fieldNote),
  ];
}
