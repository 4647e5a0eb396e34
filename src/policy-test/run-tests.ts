// Runs policy test cases (load-tests.ts) against a policy set, offline and pure: each case goes
// through the same selection (select-gate-policies.ts, pull-request-match.ts) and the same rule
// engine (decide/engine.ts) as `gate`, `request` and `review`, with its rota snapshot standing in
// for incident.io and its stated reviews for GitHub. A workflow run is judged as the gate judges
// it: first without the deployed commit's review evidence, then, when an escalation could still
// approve, with it (a run without `merged` has no merged pull request, so its escalation waits:
// `pending`, as the gate's incident would be).
import type { Diagnostic } from '../policy/diagnostic.js';
import type { Policy, PolicySet, Position } from '../policy/types.js';
import type { OnCallShift } from '../oncall/shifts.js';
import { closest } from '../policy/suggest.js';
import { decidingRule, evaluate, openEscalations, policySchedules, type EvaluationInput } from '../decide/engine.js';
import type { DeployFacts } from '../decide/escalation-evidence.js';
import { selectRequestPolicies, type GlobMatcher } from '../decide/pull-request-match.js';
import type { PullParties, ReviewFact } from '../decide/review.js';
import { selectGatePolicies } from '../decide/select-gate-policies.js';
import type { Decision, DecisionResult, PolicyVerdict, Requester, RuleOutcome } from '../decide/types.js';
import type { CaseParties, RotaSnapshot, TestCase, TestSuite } from './load-tests.js';

const DOCS = 'docs/policy-tests.md';
/** The head commit of a case's pull request (and of the merged one), and an earlier one for `stale` reviews. */
const HEAD_SHA = '1'.repeat(40);
const STALE_SHA = '2'.repeat(40);
const DEPLOYED_SHA = '3'.repeat(40);
const DEFAULT_BRANCH = 'main';

/** What a case came out as. */
export interface CaseOutcome {
  result: DecisionResult;
  /** The policy the rule is in (the expected one, else the only or the first with the result). */
  policy?: string;
  /** The rule that decided it (pending: the first escalation waiting). */
  rule?: { index: number; type: RuleOutcome['type'] };
  expiresAt?: Date;
  approvedBy?: string;
}

export interface Mismatch {
  key: 'result' | 'policy' | 'rule' | 'expiresAt' | 'approvedBy';
  expected: string;
  actual: string;
  /** The line of the expectation. */
  at: Position;
}

export interface CaseResult {
  case: TestCase;
  status: 'pass' | 'fail' | 'error';
  actual?: CaseOutcome;
  mismatches: Mismatch[];
  /** status error: why the case could not run. */
  problem?: Diagnostic;
}

export interface TestRun {
  results: CaseResult[];
  /** The problems of cases that could not run (each also on its result). */
  diagnostics: Diagnostic[];
}

export interface RunOptions {
  /** The policy folder, for messages. */
  policyPath: string;
  matcher: GlobMatcher;
}

const iso = (d: Date): string => d.toISOString().replace(/\.000Z$/, 'Z');

class CaseProblem extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message);
  }
}

function fail(at: Position, code: string, message: string, fix: string): never {
  throw new CaseProblem({ severity: 'error', code, file: at.file, line: at.line, column: at.column, message, fix });
}

const didYouMean = (input: string, candidates: readonly string[]): string => {
  const guess = closest(input, candidates);
  return guess ? ` Did you mean \`${guess}\`?` : '';
};

/** The policies the case must satisfy, as `gate` or `request` would select them. */
function selectPolicies(set: PolicySet, c: TestCase, options: RunOptions): Policy[] {
  if (c.pull) {
    return selectRequestPolicies(
      set.policies,
      { baseRef: c.pull.base, files: c.pull.files, filesTruncated: false, labels: c.pull.labels },
      options.matcher,
    ).map((m) => m.policy);
  }
  const selection = selectGatePolicies(set.policies, { environment: c.environment, policy: c.policy }, options.policyPath);
  if (selection.kind !== 'unmatched') return selection.kind === 'matched' ? selection.policies : [];
  const names = set.policies.map((p) => p.name);
  if (c.policy && !names.some((n) => n.toLowerCase() === c.policy.toLowerCase())) {
    fail(
      c.positions.policy ?? c.at,
      'unknown-policy',
      `No policy in ${options.policyPath}/ is named \`${c.policy}\`.${didYouMean(c.policy, names)}`,
      `Name one of the policies (${names.join(', ') || 'there are none'}), or add the policy under ${options.policyPath}/.`,
    );
  }
  const environments = [...new Set(set.policies.flatMap((p) => p.match.environments ?? []))];
  fail(
    c.positions.environment ?? c.at,
    'unknown-environment',
    `No policy in ${options.policyPath}/ lists the environment \`${c.environment}\`, so the gate would fail with an error.${didYouMean(c.environment, environments)}`,
    `Use an environment a policy lists (${environments.join(', ') || 'none'}), or add a policy whose \`match.environments\` lists it.`,
  );
}

/** The shifts per schedule the case's snapshots hold for `schedules`; every instant must lie in their windows. */
function snapshotShifts(
  c: TestCase,
  schedules: readonly string[],
  snapshots: ReadonlyMap<string, RotaSnapshot>,
  policies: readonly Policy[],
) {
  const byId = new Map<string, { shifts: OnCallShift[]; snapshot: RotaSnapshot }>();
  const used = c.snapshots.flatMap((p) => {
    const s = snapshots.get(p);
    return s ? [s] : [];
  });
  for (const id of schedules) {
    const holders = used.filter((s) => s.schedules.has(id));
    const [holder, ...others] = holders;
    if (!holder) {
      const by = policies.find((p) => policySchedules([p]).includes(id))?.name ?? '';
      fail(
        c.positions.snapshots ?? c.at,
        'missing-schedule',
        `The schedule \`${id}\` (named by the policy \`${by}\`) is in none of the case's snapshots (${c.snapshots.join(', ') || 'none given'})`,
        `Record it: \`oncall-gate record --schedule ${id} --from <time> --to <time>\` into a snapshot the case names (\`snapshots:\` on the file or the case), or add it by hand; see ${DOCS}.`,
      );
    }
    if (others.length > 0) {
      fail(
        c.positions.snapshots ?? c.at,
        'duplicate-schedule',
        `The schedule \`${id}\` is in more than one of the case's snapshots (${holders.map((h) => h.file).join(', ')})`,
        'Name one snapshot per schedule for the case.',
      );
    }
    byId.set(id, { shifts: holder.schedules.get(id) ?? [], snapshot: holder });
  }
  const instants: { at: Date; where: Position; what: string }[] = [
    { at: c.time, where: c.positions.at ?? c.at, what: 'The case time' },
    ...c.reviews.map((r, j) => ({ at: r.at, where: c.positions[`reviews.${j}`] ?? c.at, what: `The review by ${r.by}` })),
    ...(c.merged ? [{ at: c.merged.at, where: c.positions.merged ?? c.at, what: 'The merge time' }] : []),
  ];
  for (const { snapshot } of byId.values()) {
    for (const i of instants) {
      const t = i.at.getTime();
      if (t < snapshot.window.from.getTime() || t >= snapshot.window.to.getTime()) {
        fail(
          i.where,
          'outside-window',
          `${i.what} ${iso(i.at)} is outside the window of the snapshot ${snapshot.file} (${iso(snapshot.window.from)} to ${iso(snapshot.window.to)}), which cannot say who was on call then`,
          'Pick a time inside the window, or record a snapshot that covers it.',
        );
      }
    }
  }
  return byId;
}

function emailsOf(login: string, set: PolicySet): string[] {
  if (login.includes('@')) return [login.trim().toLowerCase()];
  const email = set.identities.users.get(login.trim().replace(/^@/, '').toLowerCase());
  return email ? [email.trim().toLowerCase()] : [];
}

function partiesOf(author: string, p: CaseParties): PullParties {
  return { commitLogins: [author, ...p.commitAuthors], commitsTruncated: false, pushers: { known: true, logins: p.pushedBy ?? [author] } };
}

function reviewFacts(c: TestCase): ReviewFact[] {
  return c.reviews.map((r, j) => ({
    id: j + 1,
    login: r.by,
    userType: /\[bot\]$/i.test(r.by) ? 'Bot' : 'User',
    // A test case's reviewers stand for people with access to the repository.
    association: 'MEMBER',
    state: r.state,
    commitId: r.stale ? STALE_SHA : HEAD_SHA,
    submittedAt: r.at.toISOString(),
  }));
}

function emailMap(logins: readonly string[], set: PolicySet): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const l of logins) out.set(l.trim().toLowerCase(), emailsOf(l, set));
  return out;
}

function decide(set: PolicySet, c: TestCase, policies: Policy[], shifts: Map<string, { shifts: OnCallShift[] }>): Decision {
  const t = c.time.getTime();
  const onCall = new Map([...shifts].map(([id, s]) => [id, s.shifts.filter((x) => x.startAt.getTime() <= t && t < x.endAt.getTime())]));
  const history = [...shifts.values()].flatMap((s) => s.shifts);
  const emails = emailsOf(c.actor, set);
  const requester: Requester = {
    login: c.actor,
    emails,
    ...(emails.length > 0 && !c.actor.includes('@') ? { emailSource: 'map' as const } : {}),
  };
  const base: Omit<EvaluationInput, 'subject'> = { requester, policies, onCall, at: c.time, reason: c.reason, identities: set.identities };
  const reviews = reviewFacts(c);

  if (c.pull) {
    if (c.pull.draft) return evaluate({ ...base, subject: { kind: 'pull', draft: true } });
    const parties = partiesOf(c.actor, c.pull);
    const logins = [
      c.actor,
      ...c.reviews.map((r) => r.by),
      ...parties.commitLogins,
      ...(parties.pushers.known ? parties.pushers.logins : []),
    ];
    return evaluate({
      ...base,
      subject: { kind: 'pull', reviews: { reviews, headSha: HEAD_SHA, parties, emails: emailMap(logins, set), history } },
    });
  }

  const first = evaluate({ ...base, subject: { kind: 'run' } });
  if (openEscalations(first, policies).length === 0) return first;
  const merged = c.merged;
  const parties = merged ? partiesOf(merged.author, merged) : undefined;
  const evidence: DeployFacts = {
    commitSha: DEPLOYED_SHA,
    defaultBranch: DEFAULT_BRANCH,
    pulls: merged
      ? [
          {
            number: 1,
            htmlUrl: '',
            authorLogin: merged.author,
            mergedAt: merged.at.toISOString(),
            baseRef: DEFAULT_BRANCH,
            headSha: HEAD_SHA,
            mergeCommitSha: DEPLOYED_SHA,
          },
        ]
      : [],
    reviews: new Map(merged ? [[1, reviews]] : []),
    parties: new Map(parties ? [[1, parties]] : []),
    emails: emailMap(
      merged && parties
        ? [merged.author, ...c.reviews.map((r) => r.by), ...parties.commitLogins, ...(parties.pushers.known ? parties.pushers.logins : [])]
        : [],
      set,
    ),
    history,
  };
  return evaluate({ ...base, subject: { kind: 'run', evidence } });
}

/** The rule that settled a verdict; for a pending one, the first escalation waiting. */
function settlingRule(v: PolicyVerdict): RuleOutcome | undefined {
  const rule = decidingRule(v);
  if (rule) return rule;
  const by = v.decidedBy;
  return by.kind === 'waiting' ? v.rules.find((r) => r.index === by.rules[0]) : undefined;
}

const UNSETTLED: Partial<Record<PolicyVerdict['decidedBy']['kind'], string>> = {
  'nothing-holds': 'no rule holds',
  'no-rules': 'it has no rules',
  draft: 'a draft waits for ready for review',
};

/** The expected rule must exist in the policy it is looked for in. */
function checkRule(c: TestCase, policy: Policy | undefined): void {
  const rule = c.expect.rule;
  if (rule === undefined || !policy) return;
  const at = c.positions['expect.rule'] ?? c.at;
  if (typeof rule === 'number') {
    if (rule > policy.rules.length) {
      fail(
        at,
        'unknown-rule',
        `The policy \`${policy.name}\` has ${policy.rules.length} rule${policy.rules.length === 1 ? '' : 's'}, so it has no rule ${rule}`,
        `Give a position from 1 to ${policy.rules.length} in its \`approval\` list (${policy.at.file}).`,
      );
    }
    return;
  }
  const count = policy.rules.filter((r) => r.type === rule).length;
  if (count !== 1) {
    fail(
      at,
      count === 0 ? 'unknown-rule' : 'ambiguous-rule',
      count === 0
        ? `The policy \`${policy.name}\` has no \`${rule}\` rule`
        : `The policy \`${policy.name}\` has ${count} \`${rule}\` rules`,
      count === 0 ? `Name a rule it has (${policy.at.file}).` : 'Give the rule by its 1-based position in `approval` instead.',
    );
  }
}

function runCase(set: PolicySet, c: TestCase, suite: TestSuite, options: RunOptions): CaseResult {
  const names = set.policies.map((p) => p.name);
  if (c.expect.policy && !names.includes(c.expect.policy)) {
    fail(
      c.positions['expect.policy'] ?? c.at,
      'unknown-policy',
      `No policy in ${options.policyPath}/ is named \`${c.expect.policy}\`.${didYouMean(c.expect.policy, names)}`,
      `Name one of the policies (${names.join(', ') || 'there are none'}).`,
    );
  }
  const policies = selectPolicies(set, c, options);
  const named = c.expect.policy ? set.policies.find((p) => p.name === c.expect.policy) : policies.length === 1 ? policies[0] : undefined;
  checkRule(c, named);
  const shifts = snapshotShifts(c, policySchedules(policies), suite.snapshots, policies);
  const d = decide(set, c, policies, shifts);

  const verdict = c.expect.policy
    ? d.verdicts.find((v) => v.policy === c.expect.policy)
    : d.verdicts.length === 1
      ? d.verdicts[0]
      : (d.verdicts.find((v) => v.result === d.result) ?? d.verdicts[0]);
  if (verdict && !named)
    checkRule(
      c,
      set.policies.find((p) => p.name === verdict.policy),
    );
  const rule = verdict ? settlingRule(verdict) : undefined;
  const actual: CaseOutcome = {
    result: d.result,
    ...(verdict ? { policy: verdict.policy } : {}),
    ...(rule ? { rule: { index: rule.index, type: rule.type } } : {}),
    ...(d.expiresAt ? { expiresAt: d.expiresAt } : {}),
    ...(d.approvedBy && d.result === 'approved' ? { approvedBy: d.approvedBy } : {}),
  };

  const e = c.expect;
  const mismatches: Mismatch[] = [];
  const at = (key: string): Position => c.positions[`expect.${key}`] ?? c.positions.expect ?? c.at;
  if (e.result !== d.result) mismatches.push({ key: 'result', expected: e.result, actual: d.result, at: at('result') });
  if (e.policy && !verdict) {
    mismatches.push({
      key: 'policy',
      expected: e.policy,
      actual: `not matched (matched: ${d.policies.join(', ') || 'none'})`,
      at: at('policy'),
    });
  }
  if (e.rule !== undefined) {
    const ok = rule !== undefined && (typeof e.rule === 'number' ? rule.index + 1 === e.rule : rule.type === e.rule);
    if (!ok) {
      const why = !verdict
        ? 'no policy matched'
        : rule
          ? `rule ${rule.index + 1} (${rule.type}) of ${verdict.policy}`
          : `no rule decided ${verdict.policy} (${UNSETTLED[verdict.decidedBy.kind] ?? verdict.decidedBy.kind})`;
      mismatches.push({ key: 'rule', expected: typeof e.rule === 'number' ? `${e.rule}` : e.rule, actual: why, at: at('rule') });
    }
  }
  if (e.expiresAt && d.expiresAt?.getTime() !== e.expiresAt.getTime()) {
    mismatches.push({
      key: 'expiresAt',
      expected: iso(e.expiresAt),
      actual: d.expiresAt ? iso(d.expiresAt) : 'no expiry',
      at: at('expiresAt'),
    });
  }
  if (e.approvedBy && (actual.approvedBy ?? '').toLowerCase() !== e.approvedBy.toLowerCase()) {
    mismatches.push({ key: 'approvedBy', expected: e.approvedBy, actual: actual.approvedBy ?? 'nobody', at: at('approvedBy') });
  }
  return { case: c, status: mismatches.length === 0 ? 'pass' : 'fail', actual, mismatches };
}

/** Runs every case of `suite` against `set` (which must be valid). */
export function runPolicyTests(set: PolicySet, suite: TestSuite, options: RunOptions): TestRun {
  const results: CaseResult[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const c of suite.cases) {
    try {
      results.push(runCase(set, c, suite, options));
    } catch (error) {
      if (!(error instanceof CaseProblem)) throw error;
      diagnostics.push(error.diagnostic);
      results.push({ case: c, status: 'error', mismatches: [], problem: error.diagnostic });
    }
  }
  return { results, diagnostics };
}
