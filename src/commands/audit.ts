// `audit`, run on a schedule: drift between the policies on the default
// branch and incident.io, and coverage over the next 7 days. Finds coverage gaps (times nobody who
// maps to a GitHub login is on call for a policy's escalation schedules), deleted schedules,
// identities that no longer resolve, and a missing or unusable custom field. Read-only. `result`
// clean|drift|error; the step fails on drift.
import type { Context } from '../context.js';
import type { Annotation, CommandResult } from '../report/command-result.js';
import { missingKeyError } from '../plan/command-error.js';
import { code, escapeMarkdown, messageMarkdown, table } from '../report/markdown.js';
import { countBySeverity, diagnosticsToAnnotations, renderDiagnosticsTable } from '../report/render-diagnostics.js';
import type { Drift, DriftKind } from '../reconcile/drift.js';

const KIND_TITLE: Record<DriftKind, string> = {
  'coverage-gap': 'coverage gap',
  'deleted-schedule': 'deleted schedule',
  'unresolved-identity': 'identity does not resolve',
  'missing-custom-field': 'missing custom field',
  'custom-field-type': 'unusable custom field',
};

/** Gaps listed per policy in the summary; the count is always given. */
const MAX_GAPS_LISTED = 20;

export async function runAudit(ctx: Context): Promise<CommandResult> {
  const { inputs, log } = ctx;
  if (!inputs.incidentioApiKey) throw missingKeyError('audit', 'compare incident.io with the policies');

  const [{ readPolicyDir }, { loadPolicySet }, { readOnlyView }, live, { planRemoteChanges }, { findDrift }, { formatInterval }] =
    await Promise.all([
      import('../policy/read-policy-dir.js'),
      import('../policy/load-policy.js'),
      import('../incidentio/client.js'),
      import('../policy/live-checks.js'),
      import('../reconcile/remote-changes.js'),
      import('../reconcile/drift.js'),
      import('../plan/intervals.js'),
    ]);

  const files = await readPolicyDir(ctx.run.workspace, inputs.policyPath);
  const set = loadPolicySet(files);
  if (!set.valid) {
    const { errors } = countBySeverity(set.diagnostics);
    const message = `The policies in ${inputs.policyPath}/ have ${errors} error(s), so they cannot be audited. Fix the problems at the files and lines shown.`;
    return {
      outputs: { result: 'error' },
      summary: `### oncall-gate audit: error\n\n${messageMarkdown(message)}\n\n${renderDiagnosticsTable(set.diagnostics)}\n`,
      annotations: diagnosticsToAnnotations(set.diagnostics),
      failure: message,
    };
  }

  // Audit only reads, so the client refuses writes whatever `dry-run` says.
  const client = readOnlyView(await ctx.incidentio());
  const now = ctx.clock();
  log.info('Checking schedules, identities and coverage against incident.io.');
  const checked = await live.runLiveChecks(set, files, client, { now });
  const remote = planRemoteChanges(set, await client.listCustomFields());
  const drift = findDrift({ set, live: checked, remote, now, windowMs: live.LOOKAHEAD_MS });
  log.info(drift.length === 0 ? 'No drift.' : `Drift: ${drift.length} finding(s).`);

  // Warnings that are not drift (roles; "nobody mapped" is covered by the gap findings).
  const reported = new Set(['unknown-schedule', 'unresolved-identity', 'unmapped-escalation-schedule']);
  const otherWarnings = checked.diagnostics.filter((d) => !reported.has(d.code));

  const annotations: Annotation[] = [
    ...drift.map((d): Annotation => ({
      level: 'error',
      title: `oncall-gate audit: ${KIND_TITLE[d.kind]}`,
      message: `${d.message}. Fix: ${d.fix}`,
      ...(d.at ? { file: d.at.file, line: d.at.line, column: d.at.column } : {}),
    })),
    ...diagnosticsToAnnotations(otherWarnings),
  ];

  const lines = [
    `### oncall-gate audit: ${drift.length === 0 ? '✅ clean' : `❌ drift (${drift.length} finding${drift.length === 1 ? '' : 's'})`}`,
    '',
    `Checked ${set.policies.length} polic${set.policies.length === 1 ? 'y' : 'ies'} in ${code(`${inputs.policyPath}/`)} against incident.io ` +
      `(key ${code(checked.facts.identity.name)}), over the next 7 days from ${now.toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
  ];
  if (drift.length > 0) {
    lines.push(
      '',
      table(
        ['Finding', 'Where', 'Problem', 'Fix'],
        drift.map((d) => [
          KIND_TITLE[d.kind],
          d.at ? code(`${d.at.file}:${d.at.line}`) : '',
          messageMarkdown(d.message),
          messageMarkdown(d.fix),
        ]),
      ),
    );
    for (const d of drift.filter((x): x is Drift & { gaps: NonNullable<Drift['gaps']> } => x.kind === 'coverage-gap' && !!x.gaps)) {
      lines.push('', `**Coverage gaps of ${code(d.policy ?? '')}** (UTC; nobody who can approve is on call):`, '');
      for (const g of d.gaps.slice(0, MAX_GAPS_LISTED)) lines.push(`- ${formatInterval(g)}`);
      if (d.gaps.length > MAX_GAPS_LISTED) lines.push(`- …and ${d.gaps.length - MAX_GAPS_LISTED} more`);
    }
  }
  if (otherWarnings.length > 0) lines.push('', renderDiagnosticsTable(otherWarnings));
  lines.push('', `Custom field: ${escapeMarkdown(remote.note)}`);

  return {
    outputs: { result: drift.length === 0 ? 'clean' : 'drift' },
    summary: lines.join('\n') + '\n',
    annotations,
    ...(drift.length > 0
      ? {
          failure: `oncall-gate audit found drift: ${drift
            .map((d) => KIND_TITLE[d.kind])
            .filter((k, i, all) => all.indexOf(k) === i)
            .join(', ')}; see the step summary for what to fix.`,
        }
      : {}),
  };
}
