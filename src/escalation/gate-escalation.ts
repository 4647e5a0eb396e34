// The gate's escalation step (DESIGN.md section 4, gate step 3), called by commands/gate.ts
// after its first decision. When that decision is a denial an escalation rule could still turn
// into an approval, it reads the primary evidence for the deployed commit (GITHUB_SHA): its
// merged pull requests, their reviews, and incident.io schedule history at each review, and
// decides again. If the evidence does not approve, it creates (or reuses) the escalation incident
// for this run (`oncall-gate/<owner>/<repo>/run/<run_id>/<policy>`) and the result is `pending`
// with the incident's link. The step then fails (unless `fail-on-deny: false`).
import type { CommandContext } from '../commands/types.js';
import { pendingEscalations, type EscalationRuleEvidence } from '../decide/escalation-evidence.js';
import type { Decision, EscalationEvidence } from '../decide/types.js';
import type { EscalationRule, Policy, PolicySet } from '../policy/types.js';
import type { ActionOutputs } from '../report/outputs.js';
import { ensureIncident } from './act.js';
import { collectDeployEvidence } from './evidence-io.js';
import { resolveIncidentSettings } from './incident-settings.js';
import { escalationIncidentPayload, escalationSummary, type EscalationSubject } from './incident-text.js';
import { realDeps, type EscalationDeps } from './ports.js';

export interface GateEscalationInput {
  /** The gate's decision without escalation evidence. */
  decision: Decision;
  /** The matched policies. */
  policies: readonly Policy[];
  set: PolicySet;
  /** Decides again with evidence (decideGate with the same inputs). */
  redecide: (escalation: EscalationEvidence) => Decision;
  /** The environment the gate decides for (the input, or the deployment's), '' when none. */
  environment: string;
}

export interface GateEscalationResult {
  decision: Decision;
  /** incident-id / -reference / -url when an incident is known. */
  outputs: Pick<ActionOutputs, 'incidentId' | 'incidentReference' | 'incidentUrl'>;
}

/**
 * The open escalation rules of a denial that escalation could still turn into an approval: every
 * policy that did not approve has one, and none is denied by a deny rule. [] otherwise, so no
 * evidence is read for a denial that stands anyway.
 */
export function openEscalationRules(decision: Decision, policies: readonly Policy[]): EscalationRule[] {
  if (pendingEscalations(decision, policies).length === 0) return [];
  const rules: EscalationRule[] = [];
  for (const v of decision.verdicts) {
    if (v.result === 'approved') continue;
    const policy = policies.find((p) => p.name === v.policy);
    for (const r of v.rules) {
      const rule = policy?.rules[r.index];
      if (r.type === 'escalation' && r.escalationOpen && rule?.type === 'escalation') rules.push(rule);
    }
  }
  return rules;
}

export async function applyGateEscalation(
  ctx: CommandContext,
  input: GateEscalationInput,
  deps: EscalationDeps = realDeps(ctx),
): Promise<GateEscalationResult> {
  const rules = openEscalationRules(input.decision, input.policies);
  if (rules.length === 0) return { decision: input.decision, outputs: {} };
  const { run, inputs, log } = ctx;

  const [github, incidentio] = await Promise.all([deps.github(), deps.incidentio()]);
  const sha = run.sha;
  log.info(`Escalation: checking the reviews of the merged pull requests of ${sha ? sha.slice(0, 12) : '(no GITHUB_SHA)'}.`);
  const evidence = await collectDeployEvidence(
    github,
    incidentio,
    { identities: input.set.identities, org: run.repository.owner, policyPath: inputs.policyPath, github: github.identity },
    { sha, rules, now: input.decision.at, defaultBranch: ctx.event.defaultBranch },
  );
  const decision = input.redecide({ kind: 'reviews', byRule: evidence });
  if (decision.result === 'approved') {
    log.info(`Escalation: approved by ${decision.approvedBy ?? '?'} through pull request review.`);
    return { decision, outputs: {} };
  }

  const pending = pendingEscalations(decision, input.policies);
  if (pending.length === 0) return { decision, outputs: {} };

  const settings = input.set.integration.escalation;
  const file = input.set.integration.at?.file ?? `${inputs.policyPath}/incidentio.yaml`;
  const resolved = await resolveIncidentSettings(incidentio, settings, { file });
  const pulls = mergedPullLinks(evidence);
  const runUrl = `${run.serverUrl}/${run.repository.owner}/${run.repository.repo}/actions/runs/${run.runId}`;
  const lines: string[] = [];
  const outputs: GateEscalationResult['outputs'] = {};
  for (const { policy, services } of pending) {
    const durations = policy.rules.flatMap((r) => (r.type === 'escalation' ? [r.durationMs] : []));
    const subject: EscalationSubject = {
      owner: run.repository.owner,
      repo: run.repository.repo,
      requester: decision.requester.login,
      policy: policy.name,
      environment: input.environment || (policy.match.environments ?? []).join(', '),
      services,
      durationMs: Math.max(...durations),
      reason: inputs.reason,
      target: { kind: 'run', runId: run.runId, runUrl, sha, ref: run.ref, pulls },
    };
    const payload = escalationIncidentPayload(subject, settings, resolved, escalationSummary(subject));
    const written = await ensureIncident(incidentio, payload, { dryRun: inputs.dryRun, notify: settings.notifyIncidentChannel });
    if (written.kind === 'dry-run') {
      log.info(`Dry run: would create or find the incident ${payload.idempotency_key}:\n${JSON.stringify(payload, null, 2)}`);
      lines.push(`Policy \`${policy.name}\`: a dry run opens no escalation incident (it would use the key \`${payload.idempotency_key}\`).`);
      continue;
    }
    const { incident } = written;
    log.info(`Escalation incident ${incident.reference} (${incident.id}) for ${policy.name}${written.edited ? ': summary updated' : ''}.`);
    if (!outputs.incidentId) {
      outputs.incidentId = incident.id;
      outputs.incidentReference = incident.reference;
      if (incident.url) outputs.incidentUrl = incident.url;
    }
    const link = incident.url ? `[${incident.reference}](${incident.url})` : incident.reference;
    lines.push(`Policy \`${policy.name}\`: the on-call team was paged through the escalation incident ${link}.`);
  }

  const escalated = new Set(pending.map((p) => p.policy.name));
  return {
    decision: {
      ...decision,
      result: 'pending',
      approved: false,
      verdicts: decision.verdicts.map((v) => (escalated.has(v.policy) ? { ...v, result: 'pending' as const } : v)),
      // The evidence's fixes already say whom to ask and to re-run the job.
      reasons: [...decision.reasons, ...lines],
    },
    outputs,
  };
}

function mergedPullLinks(evidence: ReadonlyMap<EscalationRule, EscalationRuleEvidence>): { number: number; url: string }[] {
  const byNumber = new Map<number, string>();
  for (const e of evidence.values()) for (const p of e.pulls) byNumber.set(p.number, p.htmlUrl);
  return [...byNumber].sort((a, b) => a[0] - b[0]).map(([number, url]) => ({ number, url }));
}
