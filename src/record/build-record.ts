// Builds the decision record of one `gate`, `request` or `review` decision (docs/decision-record.md).
// Pure: the decision, the policy files and the facts the rule engine judged go in, the record comes
// out; writing it is write-record.ts's. The record holds IDs, logins, names, times and digests,
// never an email, a token or a key: the facts it summarises are digested, not copied, and the
// writer passes the text through the run's redactor besides.
import { createHash } from 'node:crypto';
import type { FromSchema } from 'json-schema-to-ts';
import type { Decision, OnCallFact, OnCallFacts, PolicyVerdict, RuleOutcome } from '../decide/types.js';
import type { PolicyFile } from '../policy/types.js';
import { DECISION_RECORD_SCHEMA_VERSION, type decisionRecordSchema } from './schema.js';

export type DecisionRecord = FromSchema<typeof decisionRecordSchema>;
type PolicyRecord = DecisionRecord['policies'][number];
type RuleRecord = PolicyRecord['rules'][number];
type FallbackRecord = NonNullable<NonNullable<DecisionRecord['degraded']>['fallbacks']>[number];
type ScheduleEvidence = DecisionRecord['evidence']['schedules'][number];
type ReviewEvidence = DecisionRecord['evidence']['reviews'][number];

export type RecordCommand = 'gate' | 'request' | 'review';

/** What the decision was about: a workflow run (gate) or a pull request (request, review). */
export type RecordSubject =
  | { kind: 'run'; sha: string; ref: string; environment: string; policy: string }
  | { kind: 'pull'; number: number; headSha: string; baseRef: string; baseSha: string };

export interface RecordPolicySource {
  /** The `policy-path` folder. */
  path: string;
  /** The trusted commit the files were read at. */
  commit?: string;
  branch?: string;
  source: 'checkout' | 'api';
  files: readonly PolicyFile[];
}

export interface RecordIncident {
  policy: string;
  id?: string;
  reference?: string;
  url?: string;
}

export interface DecisionRecordInput {
  command: RecordCommand;
  /** The product version (package.json). */
  version: string;
  decision: Decision;
  dryRun: boolean;
  repository: { owner: string; repo: string };
  run: { id: string; attempt: string; eventName: string; actor: string; triggeringActor: string; serverUrl: string };
  subject: RecordSubject;
  /** The deciding policy; absent when the run stopped before reading it. */
  policy?: RecordPolicySource;
  /** The `final` shifts per schedule the engine judged at the decision time. */
  onCall?: OnCallFacts;
  /** The `final` shifts around the reviews' `submitted_at` the engine judged. */
  history?: readonly OnCallFact[];
  incidents?: readonly RecordIncident[];
  /** A decision made in a degraded mode the policy chose (an outage fallback). */
  degraded?: { mode: string; reason: string };
}

/** RFC 3339 in UTC to the second, exactly as the `expires-at` output gives it. */
const iso = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * The digest of a set of shifts: SHA-256 of the JSON array of `[userId, email, startAt, endAt]`
 * (email lower-case, times RFC 3339 UTC with milliseconds), sorted by start, end, user ID, email.
 * Independent of the order the API listed the entries in; docs/decision-record.md says how to
 * recompute it from the schedule entries.
 */
export function shiftsDigest(shifts: readonly OnCallFact[]): string {
  const rows = shifts.map((s) => [s.userId, s.email.trim().toLowerCase(), s.startAt.toISOString(), s.endAt.toISOString()] as const);
  rows.sort((a, b) =>
    a[2] < b[2]
      ? -1
      : a[2] > b[2]
        ? 1
        : a[3] < b[3]
          ? -1
          : a[3] > b[3]
            ? 1
            : a[0] < b[0]
              ? -1
              : a[0] > b[0]
                ? 1
                : a[1] < b[1]
                  ? -1
                  : a[1] > b[1]
                    ? 1
                    : 0,
  );
  return sha256Hex(JSON.stringify(rows));
}

function ruleRecord(r: RuleOutcome): RuleRecord {
  return {
    rule: r.index + 1,
    type: r.type,
    line: r.at.line,
    status: r.status,
    holds: r.holds,
    schedules: [...r.schedules],
    ...(r.expiresAt ? { expiresAt: iso(r.expiresAt) } : {}),
    ...(r.type === 'escalation' && r.approvedBy ? { approvedBy: [...r.approvedBy] } : {}),
    ...(r.type !== 'deny' && r.reasonProblem ? { reason: r.reasonProblem.kind } : {}),
    ...(r.type === 'deny' ? { text: r.text } : {}),
  };
}

function policyRecord(v: PolicyVerdict): PolicyRecord {
  const by = v.decidedBy;
  return {
    name: v.policy,
    file: v.at.file,
    line: v.at.line,
    result: v.result,
    decidedBy: by.kind,
    ...(by.kind === 'deny-rule' || by.kind === 'veto' || by.kind === 'rule' ? { rule: by.rule + 1 } : {}),
    ...(v.expiresAt ? { expiresAt: iso(v.expiresAt) } : {}),
    ...(v.approvedBy ? { approvedBy: v.approvedBy } : {}),
    rules: v.rules.map(ruleRecord),
  };
}

/** The same shift read twice (for two instants, or on two pages) is one entry. */
function distinct(shifts: readonly OnCallFact[]): OnCallFact[] {
  const seen = new Set<string>();
  return shifts.filter((s) => {
    const key = `${s.userId}\u0000${s.email.toLowerCase()}\u0000${s.startAt.getTime()}\u0000${s.endAt.getTime()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function scheduleEvidence(input: DecisionRecordInput): ScheduleEvidence[] {
  const out: ScheduleEvidence[] = [];
  const people = new Map(input.decision.facts.schedules.map((s) => [s.scheduleId, s.people]));
  for (const [id, read] of input.onCall ?? new Map<string, readonly OnCallFact[]>()) {
    const shifts = distinct(read);
    out.push({
      id,
      purpose: 'on-call',
      entries: shifts.length,
      sha256: shiftsDigest(shifts),
      onCall: (people.get(id) ?? []).map((p) => ({ name: p.name, userId: p.userId, ...(p.login ? { login: p.login } : {}) })),
    });
  }
  const history = new Map<string, OnCallFact[]>();
  for (const s of input.history ?? []) history.set(s.scheduleId, [...(history.get(s.scheduleId) ?? []), s]);
  for (const [id, read] of history) {
    const shifts = distinct(read);
    out.push({ id, purpose: 'review-history', entries: shifts.length, sha256: shiftsDigest(shifts) });
  }
  return out;
}

/** Every review an escalation rule (or, in outage mode, a fallback) judged, once each, with why it counted or not. */
function reviewEvidence(input: DecisionRecordInput): ReviewEvidence[] {
  const out = new Map<number, ReviewEvidence>();
  const pullNumber = input.subject.kind === 'pull' ? input.subject.number : 0;
  for (const v of input.decision.verdicts) {
    const evidence = [
      ...v.rules.flatMap((r) => (r.type === 'escalation' && r.evidence ? [r.evidence] : [])),
      ...(v.fallback?.evidence ? [v.fallback.evidence] : []),
    ];
    for (const e of evidence) {
      const judged =
        e.subject === 'pull'
          ? [{ pull: pullNumber, notes: e.review.notes }]
          : e.deploy.kind === 'pulls'
            ? e.deploy.pulls.map((p) => ({ pull: p.number, notes: p.review.notes }))
            : [];
      for (const { pull, notes } of judged) {
        for (const n of notes) {
          if (out.has(n.review.id) || pull < 1) continue;
          out.set(n.review.id, {
            id: n.review.id,
            pull,
            reviewer: n.review.login,
            state: n.review.state,
            submittedAt: n.review.submittedAt,
            commitId: n.review.commitId,
            // An outsider's author_association goes with it (the record's fields are fixed in version 1).
            counted: n.status === 'outsider' ? `outsider (${n.association || 'none given'})` : n.status,
          });
        }
      }
    }
  }
  return [...out.values()];
}

type FileRecord = NonNullable<DecisionRecord['policy']>['files'][number];

function fileRecord(f: PolicyFile): FileRecord {
  return f.problem ? { path: f.path, problem: f.problem.code } : { path: f.path, sha256: sha256Hex(f.text) };
}

/** Outage mode: how each policy's fallback fared (none outside it). */
function fallbackRecords(d: Decision): { fallbacks?: FallbackRecord[] } {
  const fallbacks = d.verdicts.flatMap((v): FallbackRecord[] => {
    const f = v.fallback;
    if (!f) return [];
    return [
      {
        policy: v.policy,
        line: f.at.line,
        status: f.status,
        requireReason: f.requireReason,
        ...(f.reasonProblem ? { reason: f.reasonProblem.kind } : {}),
        ...(f.approvedBy ? { approvedBy: [...f.approvedBy] } : {}),
        ...(f.expiresAt ? { expiresAt: iso(f.expiresAt) } : {}),
      },
    ];
  });
  return fallbacks.length > 0 ? { fallbacks } : {};
}

/** The record of one decision. */
export function buildDecisionRecord(input: DecisionRecordInput): DecisionRecord {
  const { decision: d, run, repository } = input;
  const runUrl = run.id ? `${run.serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${run.id}/attempts/${run.attempt}` : '';
  const s = input.subject;
  return {
    schemaVersion: DECISION_RECORD_SCHEMA_VERSION,
    product: { name: 'oncall-gate', version: input.version },
    command: input.command,
    decidedAt: iso(d.facts.at),
    verdict: d.result,
    approved: d.approved,
    ...(d.approvedBy ? { approvedBy: d.approvedBy } : {}),
    ...(d.expiresAt ? { expiresAt: iso(d.expiresAt) } : {}),
    dryRun: input.dryRun,
    ...(d.facts.reason ? { reason: d.facts.reason } : {}),
    ...(input.degraded ? { degraded: { ...input.degraded, ...fallbackRecords(d) } } : {}),
    repository: `${repository.owner}/${repository.repo}`,
    run: {
      id: run.id,
      attempt: run.attempt,
      event: run.eventName,
      actor: run.actor,
      triggeringActor: run.triggeringActor,
      ...(runUrl ? { url: runUrl } : {}),
    },
    subject:
      s.kind === 'run'
        ? {
            kind: 'run',
            sha: s.sha,
            ref: s.ref,
            ...(s.environment ? { environment: s.environment } : {}),
            ...(s.policy ? { policy: s.policy } : {}),
          }
        : {
            kind: 'pull',
            // Unknown parts (a pull request that could not be read) are left out rather than made up.
            ...(s.number >= 1 ? { number: s.number } : {}),
            ...(s.headSha ? { headSha: s.headSha } : {}),
            ...(s.baseRef ? { baseRef: s.baseRef } : {}),
            ...(s.baseSha ? { baseSha: s.baseSha } : {}),
          },
    requester: {
      login: d.requester.login,
      emailFound: d.requester.emails.length > 0,
      ...(d.requester.emailSource ? { emailSource: d.requester.emailSource } : {}),
    },
    ...(input.policy
      ? {
          policy: {
            path: input.policy.path,
            ...(input.policy.commit ? { commit: input.policy.commit } : {}),
            ...(input.policy.branch ? { branch: input.policy.branch } : {}),
            source: input.policy.source,
            files: input.policy.files.map(fileRecord),
          },
        }
      : {}),
    policies: d.verdicts.map(policyRecord),
    evidence: {
      schedules: scheduleEvidence(input),
      reviews: reviewEvidence(input),
      incidents: (input.incidents ?? []).map((i) => ({
        policy: i.policy,
        ...(i.id ? { id: i.id } : {}),
        ...(i.reference ? { reference: i.reference } : {}),
        ...(i.url ? { url: i.url } : {}),
      })),
    },
    ...(d.error ? { error: { message: d.error.message, ...(d.error.fix ? { fix: d.error.fix } : {}) } } : {}),
  };
}
