// `oncall-gate explain <record.json>`: a decision record (src/record/) in words for a person, as
// plain text lines. Everything shown comes from the record; nothing is looked up.
import type { DecisionRecord } from '../record/build-record.js';

type PolicyRecord = DecisionRecord['policies'][number];
type RuleRecord = PolicyRecord['rules'][number];

const RULE_STATUS: Record<string, string> = {
  'no-schedules': 'names no schedule, so it approves nobody',
  'no-identity': 'the requester has no known incident.io email',
  'not-on-call': 'the requester was not on call',
  'reason-missing': 'the reason was missing or too short',
  'on-call': 'the requester was on call',
  unread: 'review evidence not read',
  waiting: 'waiting for an on-call approval',
  approved: 'approved by an on-call reviewer',
  vetoed: 'an on-call reviewer requested changes',
  denies: 'denies',
};

const DECIDED_BY: Record<PolicyRecord['decidedBy'], string> = {
  'deny-rule': 'its deny rule',
  'no-rules': 'it has no rules',
  veto: 'a veto',
  rule: 'a rule that holds',
  waiting: 'escalations waiting for an approval',
  'nothing-holds': 'no rule holds',
  draft: 'a draft pull request (nothing evaluated)',
  fallback: 'its outage fallback (incident.io was unavailable)',
};

const short = (sha: string | undefined): string => (sha ? sha.slice(0, 12) : '(unknown)');

function verdictLine(r: DecisionRecord): string {
  const head = r.verdict.toUpperCase();
  if (r.verdict === 'approved') {
    const by = r.approvedBy && r.approvedBy !== 'auto' ? `approved by ${r.approvedBy}` : 'approved automatically (on call)';
    return `${head}${r.expiresAt ? ` until ${r.expiresAt}` : ''}, ${by}`;
  }
  return head;
}

function subjectLine(r: DecisionRecord): string {
  const s = r.subject;
  if (s.kind === 'pull') {
    return `pull request #${s.number ?? '?'} of ${r.repository} into ${s.baseRef ?? '?'} (head ${short(s.headSha)}, base ${short(s.baseSha)})`;
  }
  const target = [s.environment ? `environment ${s.environment}` : '', s.policy ? `policy ${s.policy}` : ''].filter(Boolean).join(', ');
  return `workflow run of ${r.repository} at ${short(s.sha)}${s.ref ? ` (${s.ref})` : ''}${target ? `, ${target}` : ''}`;
}

function ruleLine(p: PolicyRecord, rule: RuleRecord): string {
  const parts = [RULE_STATUS[rule.status] ?? rule.status];
  if (rule.reason) parts.push(`reason ${rule.reason}`);
  if (rule.approvedBy && rule.approvedBy.length > 0) parts.push(`by ${rule.approvedBy.join(', ')}`);
  if (rule.expiresAt) parts.push(`until ${rule.expiresAt}`);
  if (rule.text) parts.push(`"${rule.text}"`);
  if (rule.schedules.length > 0) parts.push(`schedules ${rule.schedules.join(', ')}`);
  const mark = rule.holds ? 'holds' : 'does not hold';
  return `    rule ${rule.rule} (${rule.type}, ${p.file}:${rule.line}): ${mark}; ${parts.join('; ')}`;
}

function policyLines(p: PolicyRecord): string[] {
  const by = DECIDED_BY[p.decidedBy] + (p.rule ? ` (rule ${p.rule})` : '');
  const until = p.expiresAt ? ` until ${p.expiresAt}` : '';
  return [`  ${p.name} (${p.file}:${p.line}): ${p.result}${until}, by ${by}`, ...p.rules.map((rule) => ruleLine(p, rule))];
}

function evidenceLines(r: DecisionRecord): string[] {
  const lines: string[] = [];
  for (const s of r.evidence.schedules) {
    const digest = `${s.entries} entr${s.entries === 1 ? 'y' : 'ies'}, sha256 ${s.sha256}`;
    if (s.purpose === 'on-call') {
      const who = (s.onCall ?? []).map((p) => (p.login ? `${p.name} (@${p.login})` : p.name)).join(', ') || 'nobody';
      lines.push(`  schedule ${s.id}: on call at the decision time: ${who} (${digest})`);
    } else {
      lines.push(`  schedule ${s.id}: history around the reviews (${digest})`);
    }
  }
  for (const v of r.evidence.reviews) {
    lines.push(
      `  review ${v.id} on #${v.pull} by ${v.reviewer || '(deleted user)'}: ${v.state} at ${v.submittedAt ?? '(not submitted)'}, ${v.counted}`,
    );
  }
  for (const i of r.evidence.incidents) {
    const name = [i.reference, i.id ? `(${i.id})` : ''].filter(Boolean).join(' ') || '(not opened)';
    lines.push(`  incident ${name} for ${i.policy}${i.url ? `: ${i.url}` : ''}`);
  }
  return lines.length > 0 ? lines : ['  (none)'];
}

/** The record as lines of plain text. */
export function renderDecisionRecordText(r: DecisionRecord): string[] {
  const lines: string[] = [];
  if (r.degraded) {
    lines.push(`DEGRADED DECISION: ${r.degraded.mode} mode decided, not the on-call rules alone (${r.degraded.reason}).`);
    for (const f of r.degraded.fallbacks ?? []) {
      const reason = f.requireReason ? `, a reason required${f.reason ? ` (${f.reason})` : ''}` : '';
      const by = f.approvedBy?.length ? ` by ${f.approvedBy.join(', ')}` : '';
      lines.push(`  ${f.policy}: outage fallback (line ${f.line}) ${f.status}${by}${f.expiresAt ? ` until ${f.expiresAt}` : ''}${reason}`);
    }
    lines.push('');
  }
  lines.push(
    `Decision: ${verdictLine(r)}`,
    `Command:  ${r.command} at ${r.decidedAt}${r.dryRun ? ' (dry run: nothing was written)' : ''}, oncall-gate ${r.product.version}`,
    `Subject:  ${subjectLine(r)}`,
    `Requester: ${r.requester.login || '(unknown)'}${r.requester.emailFound ? ` (incident.io email found${r.requester.emailSource ? ` by ${r.requester.emailSource}` : ''})` : ' (no incident.io email found)'}`,
  );
  if (r.reason) lines.push(`Reason:   ${r.reason}`);
  lines.push(
    `Run:      ${r.run.url ?? `run ${r.run.id || '(unknown)'} attempt ${r.run.attempt}`} (${r.run.event || 'no event'}; started by ${r.run.actor || '(unknown)'}, triggered by ${r.run.triggeringActor || '(unknown)'})`,
  );
  if (r.policy) {
    const where = r.policy.commit
      ? `commit ${r.policy.commit}${r.policy.branch ? ` (tip of ${r.policy.branch})` : ''}`
      : 'an unknown commit';
    lines.push(
      `Policy:   ${r.policy.path}/ at ${where}, read from the ${r.policy.source === 'checkout' ? "checkout's git objects" : 'GitHub API'}`,
    );
    for (const f of r.policy.files) lines.push(`  ${f.path}  ${f.sha256 ? `sha256 ${f.sha256}` : `not read: ${f.problem ?? 'unknown'}`}`);
  } else {
    lines.push('Policy:   not read (the run stopped before)');
  }
  if (r.error) {
    lines.push('', `Error: ${r.error.message}`);
    if (r.error.fix) lines.push(`Fix:   ${r.error.fix}`);
  }
  lines.push('', 'Policies:');
  lines.push(...(r.policies.length > 0 ? r.policies.flatMap(policyLines) : ['  (none matched)']));
  lines.push('', 'Evidence:', ...evidenceLines(r));
  return lines;
}
