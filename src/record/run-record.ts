// The decision record of `gate`, `request` and `review` (docs/decision-record.md): what each of
// them knows at the end of a run, handed to the pure builder (src/record/build-record.ts). main.ts
// writes the record once, at the end, through the writer src/compose.ts builds.
import type { Context } from '../context.js';
import { errorDecision } from '../decide/engine.js';
import type { Decision, OnCallFact, OnCallFacts } from '../decide/types.js';
import type { PolicyFile } from '../policy/types.js';
import {
  buildDecisionRecord,
  type DecisionRecord,
  type DecisionRecordInput,
  type RecordCommand,
  type RecordIncident,
  type RecordPolicySource,
  type RecordSubject,
} from './build-record.js';
import { VERSION } from '../version.generated.js';

/** What a command knows when it ends, besides the decision. */
export interface RecordFacts {
  policy?: { commit?: string; branch?: string; source: 'checkout' | 'api'; files: readonly PolicyFile[] };
  onCall?: OnCallFacts;
  history?: readonly OnCallFact[];
  incidents?: readonly RecordIncident[];
  /** A pull request read fresh (request, review): its head, base and number. */
  pull?: { number: number; headSha: string; baseRef: string; baseSha: string };
  /** gate: the environment and policy it gated (the deployment's environment when the input was empty). */
  target?: { environment: string; policy: string };
  /** A decision made in a degraded mode the policy chose (an outage fallback): said loudly by the record. */
  degraded?: { mode: string; reason: string };
}

function subjectOf(ctx: Context, command: RecordCommand, facts: RecordFacts): RecordSubject {
  if (command === 'gate') {
    const target = facts.target ?? { environment: ctx.inputs.environment, policy: ctx.inputs.policy };
    return { kind: 'run', sha: ctx.run.sha, ref: ctx.run.ref, ...target };
  }
  if (facts.pull) return { kind: 'pull', ...facts.pull };
  // The pull request could not be read: what the event says, which is all there is.
  const pr = ctx.event.kind === 'pull_request' || ctx.event.kind === 'pull_request_review' ? ctx.event.pullRequest : undefined;
  return { kind: 'pull', number: pr?.number ?? 0, headSha: pr?.headSha ?? '', baseRef: pr?.baseRef ?? '', baseSha: pr?.baseSha ?? '' };
}

/** Outage mode decided: the record says so, with the failure that started it (already redacted). */
function degradedOf(decision: Decision, facts: RecordFacts): { degraded?: { mode: string; reason: string } } {
  if (facts.degraded) return { degraded: facts.degraded };
  const cause = decision.degraded?.cause;
  if (!cause) return {};
  return { degraded: { mode: 'outage', reason: `incident.io ${cause.kind}${cause.call ? ` (${cause.call})` : ''}: ${cause.message}` } };
}

/** The record of `decision`, from the run's context and what the command learned. */
export function decisionRecord(ctx: Context, command: RecordCommand, decision: Decision, facts: RecordFacts = {}): DecisionRecord {
  const { run, inputs } = ctx;
  const input: DecisionRecordInput = {
    command,
    version: VERSION,
    decision,
    dryRun: inputs.dryRun,
    repository: run.repository,
    run: {
      id: run.runId,
      attempt: run.runAttempt,
      eventName: run.eventName,
      actor: run.actor,
      triggeringActor: run.triggeringActor,
      serverUrl: run.serverUrl,
    },
    subject: subjectOf(ctx, command, facts),
    ...(facts.policy ? { policy: { path: inputs.policyPath, ...facts.policy } satisfies RecordPolicySource } : {}),
    ...(facts.onCall ? { onCall: facts.onCall } : {}),
    ...(facts.history ? { history: facts.history } : {}),
    ...(facts.incidents ? { incidents: facts.incidents } : {}),
    ...degradedOf(decision, facts),
  };
  return buildDecisionRecord(input);
}

/**
 * The record of a deciding command that ended without one (it threw past its own handling, or
 * the run's API deadline passed): an `error` decision with the message the step reports.
 */
export function errorRecord(ctx: Context, command: RecordCommand, message: string): DecisionRecord {
  const requester = {
    login:
      command === 'gate'
        ? ctx.run.triggeringActor
        : ctx.event.kind === 'pull_request' || ctx.event.kind === 'pull_request_review'
          ? ctx.event.pullRequest.authorLogin
          : '',
    emails: [],
  };
  return decisionRecord(ctx, command, errorDecision({ requester, at: ctx.clock(), message, subject: command === 'gate' ? 'run' : 'pull' }));
}
