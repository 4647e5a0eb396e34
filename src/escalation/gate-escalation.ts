// The gate's escalation step (docs/escalation.md, "Gate"), called by commands/gate.ts
// after its first decision. When that decision is a denial an escalation rule could still turn
// into an approval, it reads the primary evidence for the deployed commit (GITHUB_SHA): its
// merged pull requests, their reviews, and incident.io schedule history at each review, and
// decides again. If the evidence does not approve, it finds or creates the escalation incident
// for this run (request key `oncall-gate/<owner>/<repo>/run/<run_id>/<policy>`) and the result is
// `pending` with the incident's link. The step then fails (unless `fail-on-deny: false`). When a
// re-run approves on the evidence, the run's incident summary is rewritten to say so; it is never
// resolved.
import type { Context } from '../context.js';
import { decidingRule, openEscalations, type OpenEscalation } from '../decide/engine.js';
import { mergedPulls, type DeployFacts } from '../decide/escalation-evidence.js';
import type { Decision } from '../decide/types.js';
import { isServiceError, OncallGateError } from '../errors.js';
import type { RecentIncidentQuery } from '../incidentio/client.js';
import type { Incident } from '../incidentio/types.js';
import type { IntegrationSettings, Policy, PolicySet } from '../policy/types.js';
import type { ActionOutputs } from '../report/outputs.js';
import type { GateIncident } from '../report/render-gate-summary.js';
import { creatingRun, findIncident, summaryWrite, writeIncidents, type IncidentLookup, type IncidentRequest } from './act.js';
import { collectDeployEvidence } from './evidence-io.js';
import { findByIdOrName, resolveIncidentSettings, type EscalationIncidentApi } from './incident-settings.js';
import {
  escalationIncidentPayload,
  escalationRequestKey,
  escalationSummary,
  type EscalationSubject,
  type RunApproval,
} from './incident-text.js';
import { escalationGitHub, escalationIncidentIo } from './ports.js';

/**
 * How far back a gate run looks for the incident it may have opened. A run has nowhere to record
 * the incident's ID, and the action is not told when the run started (GITHUB_RUN_ATTEMPT counts
 * attempts but carries no time; the run's `created_at` is only in the Actions API, which needs an
 * `actions: read` permission deploy jobs do not otherwise need). GitHub lets a workflow run be
 * re-run for up to 30 days after it first ran, so every attempt that could have opened the
 * incident started within that time; one more day covers an attempt that ran long.
 */
export const RUN_INCIDENT_LOOKBACK_MS = 31 * 86_400_000;

export interface GateEscalationInput {
  /** The gate's decision without escalation evidence. */
  decision: Decision;
  /** The matched policies. */
  policies: readonly Policy[];
  set: PolicySet;
  /** Decides again with the deploy evidence (the same engine inputs, evidence added). */
  redecide: (evidence: DeployFacts) => Decision;
  /** The environment the gate decides for (the input, or the deployment's), '' when none. */
  environment: string;
  /** false: a pending decision opens no incident (App mode's later checks page nobody). */
  page?: boolean;
  /** The run's incident may exist on a first attempt too (App mode: the request opened it). */
  incidentMayExist?: boolean;
}

export interface GateEscalationResult {
  decision: Decision;
  /** incident-id / -reference / -url when an incident is known. */
  outputs: Pick<ActionOutputs, 'incidentId' | 'incidentReference' | 'incidentUrl'>;
  /** What was done about each escalating policy of a pending run (for the summary and the failure). */
  incidents: GateIncident[];
}

export async function applyGateEscalation(ctx: Context, input: GateEscalationInput): Promise<GateEscalationResult> {
  const rules = openEscalations(input.decision, input.policies).flatMap((e) => e.rules);
  if (rules.length === 0) return { decision: input.decision, outputs: {}, incidents: [] };
  const { run, inputs, log } = ctx;

  // Gather: the primary evidence for the deployed commit.
  const [github, incidentio] = await Promise.all([escalationGitHub(ctx), escalationIncidentIo(ctx)]);
  const sha = run.sha;
  log.info(`Escalation: checking the reviews of the merged pull requests of ${sha ? sha.slice(0, 12) : '(no GITHUB_SHA)'}.`);
  const evidence = await collectDeployEvidence(
    github,
    incidentio,
    { identities: input.set.identities, org: run.repository.owner, policyPath: inputs.policyPath, github },
    { sha, rules, defaultBranch: ctx.event.defaultBranch },
  );
  // Decide again, with the evidence.
  const decision = input.redecide(evidence);
  const settings = input.set.integration.escalation;
  const file = input.set.integration.at?.file ?? `${inputs.policyPath}/incidentio.yaml`;
  const subjectOf = runSubject(ctx, input, decision, evidence);
  const lookup = (incidentTypeId: string | undefined): IncidentLookup => ({
    kind: 'recent',
    query: recentQuery(ctx, settings, incidentTypeId),
  });

  if (decision.result === 'approved') {
    log.info(`Escalation: approved by ${decision.approvedBy ?? '?'} through pull request review.`);
    // A first attempt opened no incident of its own to update; re-runs look for the one an
    // earlier attempt opened.
    if (input.incidentMayExist || Number(run.runAttempt) > 1) {
      await markRunApproved(ctx, incidentio, {
        decision,
        first: input.decision,
        policies: input.policies,
        subjectOf,
        lookup,
        settings,
        file,
      });
    }
    return { decision, outputs: {}, incidents: [] };
  }

  // A veto (or nothing left to wait for) stands as a denial: nobody is paged for it.
  const pending = decision.result === 'pending' && input.page !== false ? openEscalations(decision, input.policies) : [];
  if (pending.length === 0) return { decision, outputs: {}, incidents: [] };

  // Pending: the run's incident for each escalating policy. Gather the settings and what each
  // lookup finds, plan the writes (the missing custom field first, as the creates need its ID),
  // apply them, then read back what was done.
  const resolved = await resolveIncidentSettings(incidentio, ctx.writes, settings, { file });
  const requests: (IncidentRequest & { policy: string })[] = [];
  for (const p of pending) {
    const subject = subjectOf(p);
    const requestKey = escalationRequestKey(subject);
    const found = await withCapFix(file, () => findIncident(incidentio, requestKey, lookup(resolved.incidentTypeId)));
    const payload = escalationIncidentPayload(subject, settings, resolved, escalationSummary(subject));
    requests.push({ policy: p.policy.name, requestKey, payload, found, notify: settings.notifyIncidentChannel });
  }
  const results = await writeIncidents(ctx.writes, requests);

  const incidents: GateIncident[] = [];
  const outputs: GateEscalationResult['outputs'] = {};
  results.forEach(({ request: { policy, requestKey }, result: written }) => {
    if (written.kind === 'dry-run') {
      incidents.push({ policy, kind: 'dry-run', ...(written.existing ? { reference: written.existing.reference } : {}), requestKey });
      return;
    }
    const { incident } = written;
    log.info(
      `Escalation incident ${incident.reference} (${incident.id}) for ${policy}: ` +
        `${written.created ? `opened (no incident of ${requestKey} was found)` : 'found by its request key'}${written.edited ? ', summary updated' : ''}.`,
    );
    if (!outputs.incidentId) {
      outputs.incidentId = incident.id;
      outputs.incidentReference = incident.reference;
      if (incident.url) outputs.incidentUrl = incident.url;
    }
    incidents.push({
      policy,
      kind: 'paged',
      id: incident.id,
      reference: incident.reference,
      ...(incident.url ? { url: incident.url } : {}),
    });
  });
  // The evidence's fixes already say whom to ask and to re-run the job.
  return { decision, outputs, incidents };
}

/** The incident subject of an escalating policy for this run (who, what, where to approve). */
function runSubject(
  ctx: Context,
  input: GateEscalationInput,
  decision: Decision,
  evidence: DeployFacts,
): (p: OpenEscalation) => EscalationSubject {
  const { run, inputs } = ctx;
  const pulls = mergedPullLinks(evidence);
  const runUrl = `${run.serverUrl}/${run.repository.owner}/${run.repository.repo}/actions/runs/${run.runId}`;
  return ({ policy, services }) => {
    const durations = policy.rules.flatMap((r) => (r.type === 'escalation' ? [r.durationMs] : []));
    return {
      owner: run.repository.owner,
      repo: run.repository.repo,
      run: creatingRun(run),
      requester: decision.requester.login,
      policy: policy.name,
      environment: input.environment || (policy.match.environments ?? []).join(', '),
      services,
      durationMs: Math.max(...durations),
      reason: inputs.reason,
      target: { kind: 'run', runId: run.runId, runUrl, sha: run.sha, ref: run.ref, pulls },
    };
  };
}

/** The incidents a gate run may have opened: created since the lookback, in the mode (and type) it opens them with. */
function recentQuery(ctx: Context, settings: IntegrationSettings['escalation'], incidentTypeId: string | undefined): RecentIncidentQuery {
  return {
    since: new Date(ctx.clock().getTime() - RUN_INCIDENT_LOOKBACK_MS),
    // Test-mode incidents are listed only when asked for by mode.
    mode: settings.mode,
    ...(incidentTypeId ? { incidentTypeId } : {}),
  };
}

/** Turns the lookup's page cap into advice about the integration file. */
async function withCapFix<T>(file: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isServiceError(error, 'incidentio', 'too-large')) {
      throw new OncallGateError({
        ...error.data(),
        message: `${error.message.replace(/\.$/, '')}. oncall-gate looks through the incidents of the last ${RUN_INCIDENT_LOOKBACK_MS / 86_400_000} days to find the one this workflow run opened (a run has nowhere to record it)`,
        fix: `Give oncall-gate's escalation incidents an incident type of their own: create one in incident.io (Settings -> Incident types) and set \`escalation.incidentType\` in ${file} to it, so only those incidents are looked through.`,
      });
    }
    throw error;
  }
}

interface RunApprovedInput {
  decision: Decision;
  /** The decision before the evidence: which policies were escalating. */
  first: Decision;
  policies: readonly Policy[];
  subjectOf: (p: OpenEscalation) => EscalationSubject;
  lookup: (incidentTypeId: string | undefined) => IncidentLookup;
  settings: IntegrationSettings['escalation'];
  file: string;
}

/**
 * A re-run that the review evidence approved: the incident an earlier attempt opened for each
 * escalating policy gets a summary that says approved, by whom and when. Never resolved, never
 * created (no incident found: nothing to update).
 */
async function markRunApproved(ctx: Context, api: EscalationIncidentApi, input: RunApprovedInput): Promise<void> {
  const { log } = ctx;
  const { settings } = input;
  // The type filter is an optimisation of the lookup only: a type that no longer exists just
  // widens it, rather than failing a gate that has already approved on its evidence.
  const incidentTypeId = settings.incidentType ? findByIdOrName(await api.listIncidentTypes(), settings.incidentType)?.id : undefined;
  // Gather each policy's incident, plan the edits of those that do not say approved yet.
  const edits: { policy: string; requestKey: string; incident?: Incident; write: ReturnType<typeof summaryWrite> }[] = [];
  for (const pending of openEscalations(input.first, input.policies)) {
    const approval = runApproval(ctx, input, pending.policy);
    if (!approval) continue;
    const subject = input.subjectOf(pending);
    const requestKey = escalationRequestKey(subject);
    const { incident } = await withCapFix(input.file, () => findIncident(api, requestKey, input.lookup(incidentTypeId)));
    const write = incident
      ? summaryWrite(
          incident,
          escalationSummary(subject, approval),
          settings.notifyIncidentChannel,
          `mark the incident ${incident.reference} (${incident.id}) approved`,
        )
      : undefined;
    edits.push({ policy: pending.policy.name, requestKey, ...(incident ? { incident } : {}), write });
  }
  const outcomes = await ctx.writes.apply(edits.map((e) => e.write));
  if (ctx.writes.dryRun) return;
  for (const { policy, requestKey, incident, write } of edits) {
    const made = outcomes.find((o) => o.write === write && o.status === 'made');
    if (!incident) log.info(`No escalation incident of ${requestKey} was found: nothing to update.`);
    else
      log.info(
        `Escalation incident ${incident.reference} (${incident.id}) for ${policy}: ${made ? 'summary updated to approved' : 'already says approved'}.`,
      );
  }
}

/** What approved `policy` in the evidence: each merged PR's approval under its deciding escalation rule. */
function runApproval(ctx: Context, input: RunApprovedInput, policy: Policy): RunApproval | undefined {
  const verdict = input.decision.verdicts.find((v) => v.policy === policy.name);
  if (verdict?.result !== 'approved') return undefined;
  const decided = decidingRule(verdict);
  if (decided?.type !== 'escalation' || decided.evidence?.subject !== 'run' || decided.evidence.deploy.kind !== 'pulls') return undefined;
  const approvals = decided.evidence.deploy.pulls.flatMap((p) => {
    const a = p.review.approval;
    return a?.scheduleId !== undefined
      ? [{ pull: p.number, login: a.login, name: a.onCallName, scheduleId: a.scheduleId, reviewedAt: a.at, via: a.via }]
      : [];
  });
  return { kind: 'run-approved', at: input.decision.facts.at, attempt: ctx.run.runAttempt, approvals };
}

/** The merged pull requests the evidence is about, for the incident's links. */
function mergedPullLinks(facts: DeployFacts): { number: number; url: string }[] {
  return mergedPulls(facts.pulls, facts.defaultBranch).map((p) => ({ number: p.number, url: p.htmlUrl }));
}
