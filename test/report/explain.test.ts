// The words for decisions, on exact text: each rule outcome and its fix for a gate run and a pull
// request, in Markdown and plain text, the decision's reasons, fixes and notices, the gate's
// failure line, and the CLI's `check` output (with --reason advice and --at wording).
import { describe, expect, it } from 'vitest';
import { errorDecision, evaluate, type EvaluationInput } from '../../src/decide/engine.js';
import type { DeployFacts } from '../../src/decide/escalation-evidence.js';
import type { PullParties, ReviewFact } from '../../src/decide/review.js';
import type { Decision, Requester } from '../../src/decide/types.js';
import type { Policy } from '../../src/policy/types.js';
import {
  decisionFixes,
  decisionNotices,
  decisionReasons,
  MARKDOWN,
  outageBanner,
  PLAIN,
  policyReason,
  ruleFix,
  ruleReason,
  type ExplainOptions,
} from '../../src/report/explain.js';
import { renderCheckText } from '../../src/report/render-check.js';
import { gateFailure, gateLogLine, gateReasons, type GateIncident } from '../../src/report/render-gate-summary.js';
import { renderRequestComment, requestCheck, type RequestView } from '../../src/report/render-request.js';
import { HOUR, MIN, NOW, at, auto, deny, escalation, facts, identities, placed, policy, shift } from '../support/policy-builders.js';

const PRIMARY = '01HXYZSCHEDULEPRIMARY00000';
const ESC = '01HXYZSCHEDULEESCALATE0000';
const HEAD = 'a'.repeat(40);
const DEPLOYED = 'd'.repeat(40);

const MD: ExplainOptions = { style: MARKDOWN, advice: 'action' };
const CLI: ExplainOptions = { style: PLAIN, advice: 'cli' };
const CLI_AT: ExplainOptions = { ...CLI, asked: true };

const alice: Requester = { login: 'alice', emails: ['alice@example.com'], emailSource: 'map' };
const ALICE_PUSHED: PullParties = { commitLogins: ['alice'], commitsTruncated: false, pushers: { known: true, logins: ['alice'] } };
const EMAILS = new Map([
  ['carol', ['carol@example.com']],
  ['alice', ['alice@example.com']],
]);
const CAROL_ON_CALL = [shift(ESC, 'carol@example.com', -12 * HOUR, 12 * HOUR, 'Carol Chen')];
const review = (login: string, offsetMs: number, state = 'APPROVED'): ReviewFact => ({
  id: 9,
  login,
  userType: 'User',
  association: 'MEMBER',
  state,
  commitId: HEAD,
  submittedAt: at(offsetMs).toISOString(),
});

function decide(policies: Policy[], over: Partial<EvaluationInput> = {}): Decision {
  return evaluate({
    requester: alice,
    policies,
    onCall: facts(),
    at: NOW,
    reason: '',
    identities: identities({ alice: 'alice@example.com', bob: 'bob@example.com', carol: 'carol@example.com' }),
    subject: { kind: 'run' },
    ...over,
  });
}

const pull = (reviews: ReviewFact[] = [], parties: PullParties = ALICE_PUSHED): EvaluationInput['subject'] => ({
  kind: 'pull',
  reviews: { reviews, headSha: HEAD, parties, emails: EMAILS, history: CAROL_ON_CALL },
});

const run = (reviews: ReviewFact[] = [], over: Partial<DeployFacts> = {}): EvaluationInput['subject'] => ({
  kind: 'run',
  evidence: {
    commitSha: DEPLOYED,
    defaultBranch: 'main',
    pulls: [
      {
        number: 7,
        htmlUrl: 'https://github.com/acme/api/pull/7',
        authorLogin: 'alice',
        mergedAt: at(-30 * MIN).toISOString(),
        baseRef: 'main',
        headSha: HEAD,
        mergeCommitSha: DEPLOYED,
      },
    ],
    reviews: new Map([[7, reviews]]),
    parties: new Map([[7, ALICE_PUSHED]]),
    emails: EMAILS,
    history: CAROL_ON_CALL,
    ...over,
  },
});

/** The first rule's reason and fix. */
function words(d: Decision, o: ExplainOptions, ruleIndex = 0): [string, string | undefined] {
  const r = d.verdicts[0]!.rules[ruleIndex]!;
  return [ruleReason(r, d, o), ruleFix(r, d, o)];
}

describe('auto rules', () => {
  const onCall = facts(shift(PRIMARY, 'alice@example.com', -HOUR, 30 * MIN));
  const notOnCall = facts(shift(PRIMARY, 'bob@example.com', -HOUR, HOUR));
  const reasoned = [policy('p', [auto([PRIMARY], { requireReason: true })])];

  it.each<[string, () => Decision, ExplainOptions, string, string | undefined]>([
    [
      'run, on call',
      () => decide([policy('p', [auto([PRIMARY])])], { onCall }),
      MD,
      '`alice` is on call now for `01HXYZSCHEDULEPRIMARY00000`',
      undefined,
    ],
    [
      'pull, on call',
      () => decide([policy('p', [auto([PRIMARY])])], { onCall, subject: pull() }),
      MD,
      'the author `alice` is on call now for `01HXYZSCHEDULEPRIMARY00000`',
      undefined,
    ],
    [
      'CLI --at, on call',
      () => decide([policy('p', [auto([PRIMARY])])], { onCall }),
      CLI_AT,
      'alice is on call at 2026-11-20T10:00:00Z for 01HXYZSCHEDULEPRIMARY00000',
      undefined,
    ],
    [
      'run, not on call',
      () => decide([policy('p', [auto([PRIMARY])])], { onCall: notOnCall }),
      MD,
      '`alice` is not on call now for `01HXYZSCHEDULEPRIMARY00000`',
      'Ask a person who is on call now for one of these schedules to run it, or get an override in incident.io.',
    ],
    [
      'CLI, not on call: plain text',
      () => decide([policy('p', [auto([PRIMARY])])], { onCall: notOnCall }),
      CLI,
      'alice is not on call now for 01HXYZSCHEDULEPRIMARY00000',
      'Ask a person who is on call now for one of these schedules to run it, or get an override in incident.io.',
    ],
    [
      'CLI --at, not on call: at the moment asked, never "now"',
      () => decide([policy('p', [auto([PRIMARY])])], { onCall: notOnCall }),
      CLI_AT,
      'alice is not on call at 2026-11-20T10:00:00Z for 01HXYZSCHEDULEPRIMARY00000',
      'Ask a person who is on call at 2026-11-20T10:00:00Z for one of these schedules to run it, or get an override in incident.io.',
    ],
    [
      'pull, not on call: the author, by login only (the comment is public), and nobody else can run it for them',
      () => decide([policy('p', [auto([PRIMARY])])], { onCall: notOnCall, subject: pull() }),
      MD,
      'the author `alice` is not on call now for `01HXYZSCHEDULEPRIMARY00000`',
      undefined,
    ],
    [
      'run, not on call and no reason: both',
      () => decide(reasoned, { onCall: notOnCall }),
      MD,
      '`alice` is not on call now for `01HXYZSCHEDULEPRIMARY00000` (also, this rule requires a reason and none was given)',
      'Ask a person who is on call now for one of these schedules to run it, or get an override in incident.io.',
    ],
    [
      'pull, not on call and no reason: both',
      () => decide(reasoned, { onCall: notOnCall, subject: pull() }),
      MD,
      'the author `alice` is not on call now for `01HXYZSCHEDULEPRIMARY00000` (also, this rule requires a reason and the pull request description has no `Reason:` line)',
      undefined,
    ],
    [
      'run, on call without a reason: the `reason` input',
      () => decide(reasoned, { onCall }),
      MD,
      '`alice` is on call, but this rule requires a reason and none was given',
      'Give a reason of at least 10 characters in the `reason` input of the oncall-gate step (for example `reason: ${{ inputs.reason }}` with a `workflow_dispatch` input), then re-run.',
    ],
    [
      'CLI, on call with a short reason: --reason',
      () => decide(reasoned, { onCall, reason: 'hotfix' }),
      CLI,
      'alice is on call, but this rule requires a reason of at least 10 non-space characters and the one given has 6',
      'Give a reason of at least 10 non-space characters with --reason "..." (in a workflow: the reason input of the oncall-gate step).',
    ],
    [
      'pull, on call with a short reason: the `Reason:` line',
      () => decide(reasoned, { onCall, reason: '. . . x', subject: pull() }),
      MD,
      'the author `alice` is on call, but this rule requires a reason of at least 10 non-space characters and the `Reason:` line has 4',
      'Add a line `Reason: <why this change is needed>` (at least 10 non-space characters) to the pull request description; editing the description re-runs the request.',
    ],
    [
      'no schedules',
      () => decide([policy('p', [auto([])])]),
      MD,
      'this auto rule has no schedules: it names none and the integration settings have no `autoApproval.schedules`, so it approves nobody',
      'Add `schedules:` to the rule, or `autoApproval.schedules` to the incident.io integration file, with incident.io schedule IDs.',
    ],
    [
      'no identity, with what the lookups tried',
      () =>
        decide([policy('p', [auto([PRIMARY])])], {
          requester: {
            login: 'carol',
            emails: [],
            identityProblem: {
              login: 'carol',
              file: 'policies/identities.yaml',
              fileExists: true,
              mapLookup: true,
              tried: [{ lookup: 'map', outcome: 'none', note: { kind: 'map-no-entry', login: 'carol', file: 'policies/identities.yaml' } }],
            },
          },
        }),
      MD,
      'GitHub user `carol` has no known incident.io email, so they are never on call (map: no entry for `carol` under `users:` in policies/identities.yaml)',
      'Add `carol: <their incident.io email>` under `users:` in policies/identities.yaml (on the default branch).',
    ],
    [
      'no identity, nothing tried (an email typed on the command line never gets here)',
      () => decide([policy('p', [auto([PRIMARY])])], { requester: { login: 'carol', emails: [] } }),
      CLI,
      'carol has no known incident.io email',
      undefined,
    ],
  ])('%s', (_name, d, o, reason, fix) => {
    expect(words(d(), o)).toEqual([reason, fix]);
  });
});

describe('auto rules scoped to rotations and layers', () => {
  const scoped = [policy('p', [auto([PRIMARY], { scope: { [PRIMARY]: { rotations: ['01HXYZROTATIONPRIMARY00000'] } } })])];
  const names = {
    rotations: new Map([['01HXYZROTATIONTEAM00000000', 'Whole team']]),
    layers: new Map([['01HXYZLAYERBACKUP000000000', 'Backup']]),
  };

  it('run: on call on another rotation and layer, named, and whom to ask', () => {
    const onCall = facts(
      placed(shift(PRIMARY, 'alice@example.com', -HOUR, HOUR), '01HXYZROTATIONTEAM00000000', '01HXYZLAYERBACKUP000000000'),
    );
    expect(words(decide(scoped, { onCall, rotationNames: names }), MD)).toEqual([
      "`alice` is on call now for `01HXYZSCHEDULEPRIMARY00000`, but only on rotation `Whole team` (`01HXYZROTATIONTEAM00000000`), layer `Backup` (`01HXYZLAYERBACKUP000000000`), which this rule's `scope` does not count",
      "Ask a person who is on call now on a rotation or layer the rule's `scope` counts to run it (`oncall-gate who <schedule ID>` shows who is on which).",
    ]);
  });

  it('pull: on call only through an entry without rotation and layer (an override): the summary says it never counts', () => {
    const onCall = facts(placed(shift(PRIMARY, 'alice@example.com', -HOUR, HOUR), undefined));
    expect(words(decide(scoped, { onCall, subject: pull() }), CLI)).toEqual([
      "the author alice is on call now for 01HXYZSCHEDULEPRIMARY00000, but only on an entry that names no rotation or layer (an override may not), which this rule's scope does not count (an entry without a rotation and layer never counts for a scoped schedule)",
      undefined,
    ]);
  });
});

describe('escalation rules', () => {
  const esc = [policy('p', [escalation([ESC])])];
  const strict = [policy('p', [escalation([ESC], { requireReason: true })])];

  it.each<[string, () => Decision, ExplainOptions, string, string | undefined]>([
    [
      'run, evidence not read yet',
      () => decide(esc),
      MD,
      'escalation: no approval yet from someone on call for `01HXYZSCHEDULEESCALATE0000`',
      'Deploy through a pull request approved by a person on call for `01HXYZSCHEDULEESCALATE0000` (the escalation flow, see the "Escalation" section of the oncall-gate README).',
    ],
    [
      'run, missing reason',
      () => decide(strict),
      MD,
      'escalation: this rule requires a reason and none was given',
      'Give a reason of at least 10 characters in the `reason` input of the oncall-gate step (for example `reason: ${{ inputs.reason }}` with a `workflow_dispatch` input), then re-run.',
    ],
    [
      'pull, missing reason',
      () => decide(strict, { subject: pull() }),
      MD,
      'escalation: this rule requires a reason and the pull request description has no `Reason:` line',
      'Add a line `Reason: <why this change is needed>` (at least 10 non-space characters) to the pull request description; editing the description re-runs the request.',
    ],
    [
      'pull, waiting',
      () => decide(esc, { subject: pull() }),
      MD,
      'escalation: no approval on the current head yet from someone on call for `01HXYZSCHEDULEESCALATE0000`',
      'A person on call for `01HXYZSCHEDULEESCALATE0000` approves this pull request on its latest commit.',
    ],
    [
      'pull, approved',
      () => decide(esc, { subject: pull([review('carol', -10 * MIN)]) }),
      MD,
      'escalation: approved by `carol`, on call for `01HXYZSCHEDULEESCALATE0000` at 2026-11-20T09:50:00Z',
      undefined,
    ],
    [
      'pull, vetoed',
      () => decide(esc, { subject: pull([review('carol', -10 * MIN, 'CHANGES_REQUESTED')]) }),
      MD,
      'escalation: `carol` requested changes on the current head while on call for `01HXYZSCHEDULEESCALATE0000`; a change request by an on-call person denies (deny wins)',
      'Address the requested changes and push; the on-call reviewer then approves the new head.',
    ],
    [
      'pull, the reviewer pushed the head',
      () => decide(esc, { subject: pull([review('carol', -10 * MIN)], { ...ALICE_PUSHED, pushers: { known: true, logins: ['carol'] } }) }),
      MD,
      'escalation: no approval on the current head yet from someone on call for `01HXYZSCHEDULEESCALATE0000` (`carol` pushed the head commit `aaaaaaaaaaaa`; nobody approves their own change (allowOneParty is off))',
      'A person on call for `01HXYZSCHEDULEESCALATE0000` approves this pull request on its latest commit.',
    ],
    [
      'run, waiting on the merged pull request',
      () => decide(esc, { subject: run() }),
      MD,
      'escalation: pull request #7: no approval on the current head yet from someone on call for `01HXYZSCHEDULEESCALATE0000`',
      "A person on call for `01HXYZSCHEDULEESCALATE0000` approves #7 on its final commit (an approval older than the rule's duration no longer counts), then re-run this job.",
    ],
    [
      'run, approved',
      () => decide(esc, { subject: run([review('carol', -10 * MIN)]) }),
      MD,
      'escalation: pull request #7 approved by `carol`, on call for `01HXYZSCHEDULEESCALATE0000` at 2026-11-20T09:50:00Z',
      undefined,
    ],
    [
      'run, vetoed',
      () => decide(esc, { subject: run([review('carol', -10 * MIN, 'CHANGES_REQUESTED')]) }),
      MD,
      'escalation: pull request #7: `carol` requested changes on the current head while on call for `01HXYZSCHEDULEESCALATE0000`; a change request by an on-call person denies (deny wins)',
      'The change was rejected by an on-call reviewer; it needs a new pull request approved by a person on call for `01HXYZSCHEDULEESCALATE0000`.',
    ],
    [
      'run, a direct push',
      () => decide(esc, { subject: run([], { pulls: [] }) }),
      MD,
      'escalation: the deployed commit `dddddddddddd` did not come from a pull request merged into `main`, so no review can approve it',
      'Deploy a commit that was merged into `main` through a pull request approved by a person on call for `01HXYZSCHEDULEESCALATE0000` (direct pushes, and pull requests into other branches, cannot be approved by review).',
    ],
    [
      'CLI, evidence not read: plain text',
      () => decide(esc),
      CLI,
      'escalation: no approval yet from someone on call for 01HXYZSCHEDULEESCALATE0000',
      'Deploy through a pull request approved by a person on call for 01HXYZSCHEDULEESCALATE0000 (the escalation flow, see the "Escalation" section of the oncall-gate README).',
    ],
  ])('%s', (_name, d, o, reason, fix) => {
    expect(words(d(), o)).toEqual([reason, fix]);
  });
});

describe('policies and decisions', () => {
  const notOnCall = facts(shift(PRIMARY, 'bob@example.com', -HOUR, HOUR));

  it('a deny rule: its text, and nothing to do; it is the only policy shown', () => {
    const d = decide([policy('a', [auto([PRIMARY])]), policy('freeze', [auto([PRIMARY]), deny('Change freeze until Monday')])], {
      onCall: notOnCall,
    });
    expect(decisionReasons(d, MD)).toEqual(['Policy `freeze`: denied by policy: Change freeze until Monday.']);
    expect(decisionFixes(d, MD)).toEqual([]);
  });

  it('no rules', () => {
    const d = decide([policy('p', [])]);
    expect(decisionReasons(d, MD)).toEqual(['Policy `p`: the policy has no approval rules, so it approves nobody.']);
  });

  it('a denial lists every rule that does not hold, and each fix once', () => {
    const d = decide([policy('a', [auto([PRIMARY]), escalation([ESC])]), policy('b', [auto([PRIMARY])])], { onCall: notOnCall });
    expect(decisionReasons(d, MD)).toEqual([
      'Policy `a`: `alice` is not on call now for `01HXYZSCHEDULEPRIMARY00000`; escalation: no approval yet from someone on call for `01HXYZSCHEDULEESCALATE0000`.',
      'Policy `b`: `alice` is not on call now for `01HXYZSCHEDULEPRIMARY00000`.',
    ]);
    expect(decisionFixes(d, MD)).toEqual([
      'Ask a person who is on call now for one of these schedules to run it, or get an override in incident.io.',
      'Deploy through a pull request approved by a person on call for `01HXYZSCHEDULEESCALATE0000` (the escalation flow, see the "Escalation" section of the oncall-gate README).',
    ]);
  });

  it('a denied policy is what a mixed denial shows, not the pending one', () => {
    const d = decide([policy('a', [auto([PRIMARY])]), policy('b', [escalation([ESC])])], { onCall: notOnCall, subject: pull() });
    expect(d.result).toBe('denied');
    expect(decisionReasons(d, MD)).toEqual(['Policy `a`: the author `alice` is not on call now for `01HXYZSCHEDULEPRIMARY00000`.']);
  });

  it('an approved policy is explained by the rule that decided', () => {
    const d = decide([policy('p', [auto([ESC]), escalation([ESC])])], { subject: pull([review('carol', -10 * MIN)]) });
    expect(policyReason(d.verdicts[0]!, d, MD)).toBe(
      'escalation: approved by `carol`, on call for `01HXYZSCHEDULEESCALATE0000` at 2026-11-20T09:50:00Z',
    );
    expect(decisionReasons(d, MD)).toEqual([]);
    expect(decisionFixes(d, MD)).toEqual([]);
  });

  it('a draft: one sentence and how to move on', () => {
    const d = decide([policy('p', [escalation([ESC])])], { subject: { kind: 'pull', draft: true } });
    expect(decisionReasons(d, MD)).toEqual([
      'The pull request is a draft: waiting for ready for review (a draft never pages the on-call team).',
    ]);
    expect(decisionFixes(d, MD)).toEqual([
      'Mark the pull request **Ready for review**; the request then runs again (the `ready_for_review` event) and pages the on-call team if needed.',
    ]);
  });

  it('an error: the error’s own message and fix', () => {
    const d = errorDecision({ requester: alice, at: NOW, message: 'incident.io rejected the API key', fix: 'Rotate the key.' });
    expect([decisionReasons(d, MD), decisionFixes(d, MD)]).toEqual([['incident.io rejected the API key'], ['Rotate the key.']]);
  });

  it('what could not be checked is said once: as a notice when approved, inside the reason when not', () => {
    const unknown: PullParties = { ...ALICE_PUSHED, pushers: { known: false, why: 'the head repository was deleted' } };
    const approved = decide([policy('p', [escalation([ESC])])], { subject: pull([review('carol', -10 * MIN)], unknown) });
    expect(decisionNotices(approved, MD)).toEqual([
      'Could not learn who pushed `aaaaaaaaaaaa` (the head repository was deleted); the other second-party rules applied.',
    ]);
    const pending = decide([policy('p', [escalation([ESC])])], { subject: pull([], unknown) });
    expect(decisionReasons(pending, MD)[0]).toContain('could not learn who pushed `aaaaaaaaaaaa`');
    expect(decisionNotices(pending, MD)).toEqual([]);
  });
});

describe('the gate: reasons with its incidents, the failure line and the log line', () => {
  const p = [policy('production-deploy', [escalation([ESC])])];
  const incidents: GateIncident[] = [
    { policy: 'production-deploy', kind: 'paged', reference: 'INC-3', url: 'https://app.incident.io/incidents/3' },
  ];

  it('pending: why, then the incident that paged the on-call team; the step fails saying what to do', () => {
    const d = decide(p, { subject: run() });
    expect(d.result).toBe('pending');
    expect(gateReasons(d, incidents)).toEqual([
      'Policy `production-deploy`: escalation: pull request #7: no approval on the current head yet from someone on call for `01HXYZSCHEDULEESCALATE0000`.',
      'Policy `production-deploy`: the on-call team was paged through the escalation incident [INC-3](https://app.incident.io/incidents/3).',
    ]);
    expect(gateFailure(d, true, incidents)).toBe(
      'oncall-gate pending: Policy `production-deploy`: escalation: pull request #7: no approval on the current head yet from someone on call for `01HXYZSCHEDULEESCALATE0000`. ' +
        'Policy `production-deploy`: the on-call team was paged through the escalation incident [INC-3](https://app.incident.io/incidents/3). ' +
        "What to do: A person on call for `01HXYZSCHEDULEESCALATE0000` approves #7 on its final commit (an approval older than the rule's duration no longer counts), then re-run this job.",
    );
    expect(gateFailure(d, false, incidents)).toBeUndefined();
  });

  it('a dry run names what it would have done', () => {
    const d = decide(p, { subject: run() });
    expect(
      gateReasons(d, [{ policy: 'production-deploy', kind: 'dry-run', requestKey: 'oncall-gate/acme/api/run/1/production-deploy' }]).at(-1),
    ).toBe(
      'Policy `production-deploy`: a dry run opens no escalation incident (it would open one for `oncall-gate/acme/api/run/1/production-deploy`).',
    );
    expect(gateReasons(d, [{ policy: 'production-deploy', kind: 'dry-run', reference: 'INC-3', requestKey: 'k' }]).at(-1)).toBe(
      'Policy `production-deploy`: a dry run writes nothing (the escalation incident of this run is INC-3).',
    );
  });

  it('approved: no failure, and the log line has the expiry', () => {
    const d = decide(p, { subject: run([review('carol', -10 * MIN)]) });
    expect(gateFailure(d, true)).toBeUndefined();
    expect(gateLogLine(d)).toBe('Decision: approved until 2026-11-21T09:50:00Z.');
  });

  it('an error: could not decide, with the fix', () => {
    const d = errorDecision({ requester: alice, at: NOW, message: 'incident.io answered 503', fix: 'Re-run the job' });
    expect(gateFailure(d, false)).toBe(
      'oncall-gate could not decide, so the job may not run: incident.io answered 503. Fix: Re-run the job.',
    );
  });
});

describe('renderCheckText (the CLI)', () => {
  const people = facts(
    shift(PRIMARY, 'bob@example.com', -HOUR, HOUR, 'Bob Baker'),
    shift(ESC, 'dave@example.com', -HOUR, 2 * HOUR, 'Dave Diaz'),
  );

  it('approved: until when, by whom, who is on call', () => {
    const d = decide([policy('p', [auto([PRIMARY])])], {
      onCall: facts(shift(PRIMARY, 'alice@example.com', -HOUR, 30 * MIN, 'Alice Archer')),
    });
    expect(renderCheckText(d, { asked: false })).toEqual([
      'Requester: alice (alice@example.com, from map)',
      'Policies: p',
      'Result: APPROVED until 2026-11-20T10:30:00Z (approved by auto)',
      '  p (policies/p.yaml:1): approved: alice is on call now for 01HXYZSCHEDULEPRIMARY00000',
      'On call now (2026-11-20T10:00:00Z):',
      '  01HXYZSCHEDULEPRIMARY00000: Alice Archer <alice@example.com> @alice until 2026-11-20T10:30:00Z',
    ]);
  });

  it('--at: denied "at" the moment asked, the --reason advice, and the note that reviews are not looked at', () => {
    const d = decide([policy('production-deploy', [auto([PRIMARY], { requireReason: true }), escalation([ESC])])], { onCall: people });
    expect(renderCheckText(d, { asked: true })).toEqual([
      'Requester: alice (alice@example.com, from map)',
      'Policies: production-deploy',
      'Result: DENIED',
      '  production-deploy (policies/production-deploy.yaml:1): denied: alice is not on call at 2026-11-20T10:00:00Z for 01HXYZSCHEDULEPRIMARY00000 ' +
        '(also, this rule requires a reason and none was given); escalation: no approval yet from someone on call for 01HXYZSCHEDULEESCALATE0000',
      'What to do:',
      '  - Ask a person who is on call at 2026-11-20T10:00:00Z for one of these schedules to run it, or get an override in incident.io.',
      '  - Deploy through a pull request approved by a person on call for 01HXYZSCHEDULEESCALATE0000 (the escalation flow, see the "Escalation" section of the oncall-gate README).',
      'On call at 2026-11-20T10:00:00Z:',
      '  01HXYZSCHEDULEPRIMARY00000: Bob Baker <bob@example.com> @bob until 2026-11-20T11:00:00Z',
      '  01HXYZSCHEDULEESCALATE0000: Dave Diaz <dave@example.com> until 2026-11-20T12:00:00Z',
      'Note: check does not look at pull-request reviews. In a workflow, the gate also approves a commit merged through a pull request that a person on call for the escalation schedules approved (docs/escalation.md).',
    ]);
  });

  it('on call without a reason: how to give one with --reason', () => {
    const d = decide([policy('p', [auto([PRIMARY], { requireReason: true })])], {
      requester: { login: 'alice@example.com', emails: ['alice@example.com'] },
      onCall: facts(shift(PRIMARY, 'alice@example.com', -HOUR, HOUR)),
    });
    expect(renderCheckText(d, { asked: false }).slice(0, 6)).toEqual([
      'Requester: alice@example.com',
      'Policies: p',
      'Result: DENIED',
      '  p (policies/p.yaml:1): denied: alice@example.com is on call, but this rule requires a reason and none was given',
      'What to do:',
      '  - Give a reason of at least 10 non-space characters with --reason "..." (in a workflow: the reason input of the oncall-gate step).',
    ]);
  });

  it('an unresolved login: what was tried and the fix, in plain text with the CLI’s token', () => {
    const d = decide([policy('p', [auto([PRIMARY])])], {
      requester: {
        login: 'carol',
        emails: [],
        identityProblem: {
          login: 'carol',
          file: 'policies/identities.yaml',
          fileExists: false,
          mapLookup: true,
          tried: [{ lookup: 'github-public-email', outcome: 'unavailable', note: { kind: 'no-token' } }],
        },
      },
    });
    expect(renderCheckText(d, { asked: false }).slice(0, 6)).toEqual([
      'Requester: carol (no known incident.io email)',
      'Policies: p',
      'Result: DENIED',
      '  p (policies/p.yaml:1): denied: GitHub user carol has no known incident.io email, so they are never on call (github-public-email: skipped: no GitHub token (GITHUB_TOKEN))',
      'What to do:',
      '  - Create policies/identities.yaml on the default branch with version: 1, kind: identities and users: containing carol: <their incident.io email>.',
    ]);
  });

  it('a deny rule: its text and nothing to do', () => {
    const d = decide([policy('freeze', [deny('Change freeze until Monday')])]);
    expect(renderCheckText(d, { asked: false })).toEqual([
      'Requester: alice (alice@example.com, from map)',
      'Policies: freeze',
      'Result: DENIED',
      '  freeze (policies/freeze.yaml:1): denied: denied by policy: Change freeze until Monday',
    ]);
  });

  it('nothing named: not required', () => {
    expect(renderCheckText(decide([]), { asked: false })).toEqual([
      'Requester: alice',
      'Result: NOT-REQUIRED: no --environment or --policy given, so no policy applies.',
    ]);
  });
});

describe('the request comment and check run, whole', () => {
  const p = policy('production-deploy', [auto([PRIMARY]), escalation([ESC])]);
  function view(d: Decision): RequestView {
    return {
      command: 'review',
      decision: d,
      pr: { number: 4, title: 'x', url: 'https://github.com/acme/api/pull/4', headSha: HEAD, author: 'alice', baseRef: 'main' },
      serverUrl: 'https://github.com',
      matches: [{ policy: p, why: { baseRef: 'main', label: 'deploy' } }],
      incidents: [{ policy: 'production-deploy', id: '01INC', reference: 'INC-3', url: 'https://app.incident.io/incidents/3' }],
      recorded: [{ policy: 'production-deploy', id: '01INC' }],
      escalationSchedules: [ESC],
      policySource: 'the base commit bbbbbbbbbbbb of pull request #4',
      dryRun: false,
    };
  }

  it('vetoed: the comment and the check say who denied and what to do', () => {
    const d = decide([p], {
      onCall: facts(shift(ESC, 'carol@example.com', -HOUR, HOUR, 'Carol Chen')),
      subject: pull([review('carol', -10 * MIN, 'CHANGES_REQUESTED')]),
    });
    const veto =
      '`carol` requested changes on the current head while on call for `01HXYZSCHEDULEESCALATE0000`; a change request by an on-call person denies (deny wins)';
    const why = `- Policy \`production-deploy\`: the author \`alice\` is not on call now for \`01HXYZSCHEDULEPRIMARY00000\`; escalation: ${veto}.`;
    expect(renderRequestComment(view(d))).toBe(
      [
        '<!-- oncall-gate:request -->',
        '<!-- oncall-gate:incident policy=production%2Ddeploy id=01INC -->',
        '### ❌ oncall-gate: denied',
        '',
        '| Policy | Status | Matched by | Incident |',
        '| --- | --- | --- | --- |',
        '| `production-deploy` | **denied** | base branch `main`, label `deploy` | [INC-3](https://app.incident.io/incidents/3) |',
        '',
        why,
        '',
        '**What to do**',
        '',
        '- Address the requested changes and push; the on-call reviewer then approves the new head.',
        '',
        '**On call now** (2026-11-20T10:00:00Z)',
        '',
        '| Schedule | On call now | GitHub | Shift ends |',
        '| --- | --- | --- | --- |',
        '| `01HXYZSCHEDULEESCALATE0000` | Carol Chen | [`carol`](https://github.com/carol) | 2026-11-20T11:00:00Z |',
        '',
        '<details><summary>Reviews considered</summary>',
        '',
        '- `carol` requested changes while on call for `01HXYZSCHEDULEESCALATE0000` ❌',
        '',
        '</details>',
        '',
        '<sub>Policy read from the base commit bbbbbbbbbbbb of pull request \\#4. The `gate` step on the default branch re-checks this approval before deploying.</sub>',
      ].join('\n'),
    );
    expect(requestCheck(view(d))).toEqual({
      status: 'completed',
      conclusion: 'failure',
      title: 'Denied',
      summary: [
        'The request is denied.',
        '',
        'Escalation incident: [INC-3](https://app.incident.io/incidents/3)',
        '',
        why,
        '',
        '**What to do**',
        '',
        '- Address the requested changes and push; the on-call reviewer then approves the new head.',
      ].join('\n'),
    });
  });
});

describe('outage mode', () => {
  const cause = {
    kind: 'unreachable' as const,
    call: 'GET /v2/schedule_entries',
    message: 'Could not reach incident.io.',
    fix: 'Check the URL.',
  };
  const withFallback = (approvers: string[], approverTeams: string[] = []): Policy => ({
    ...policy('production-deploy', [auto([PRIMARY]), escalation([ESC])]),
    whenUnavailable: {
      kind: 'fallback',
      approvers,
      approverTeams,
      durationMs: 4 * HOUR,
      at: { file: 'policies/production-deploy.yaml', line: 12, column: 1 },
    },
  });
  const outage = (over: Partial<EvaluationInput>) =>
    decide([withFallback(['carol'], ['payments-leads'])], { outage: { cause, teams: [] }, ...over });

  it('leads with a banner that says outage mode decided, and why', () => {
    const d = outage({ subject: pull([review('carol', -10 * MIN)]) });
    expect(outageBanner(d, MD)).toBe(
      "OUTAGE MODE decided this (degraded): incident.io could not be reached on GET /v2/schedule_entries, after the retries, so nobody's on-call state could be read, and the `whenUnavailable` fallback of `production-deploy` applied instead: an approving pull request review by a person the policy names.",
    );
    expect(policyReason(d.verdicts[0]!, d, MD)).toBe(
      'outage fallback: approved by `carol` at 2026-11-20T09:50:00Z as an approver the outage fallback names',
    );
  });

  it('pending: who was not named, and whom to ask', () => {
    const d = outage({ subject: pull([review('bob', -10 * MIN)]) });
    expect(decisionReasons(d, MD)).toEqual([
      'Policy `production-deploy`: outage fallback: no approval on the current head yet from one of the people the outage fallback names (`carol`, the team `payments-leads`) (`bob` is not one of the people the policy names for an outage (`carol`, the team `payments-leads`)).',
    ]);
    expect(decisionFixes(d, MD)).toEqual([
      'A person the outage fallback names (`carol`, the team `payments-leads`) approves this pull request on its latest commit; or wait until incident.io is back and re-run.',
    ]);
    expect(ruleReason(d.verdicts[0]!.rules[0]!, d, MD)).toBe(
      'not evaluated: incident.io is unavailable, so who is on call for `01HXYZSCHEDULEPRIMARY00000` is unknown',
    );
  });

  it('run: the merged pull request waits for an approval by a named person, then re-run', () => {
    const d = outage({ subject: run([]) });
    expect(decisionFixes(d, MD)).toEqual([
      "A person the outage fallback names (`carol`, the team `payments-leads`) approves #7 on its final commit (an approval older than the fallback's duration no longer counts), then re-run this job; or wait until incident.io is back.",
    ]);
  });

  describe('a reason the policy’s rules require is required under the fallback, in the words of a missing reason', () => {
    const needsReason: Policy = {
      ...withFallback(['carol']),
      rules: [auto([PRIMARY]), escalation([ESC], { requireReason: true })],
    };
    const decideWith = (over: Partial<EvaluationInput>) => decide([needsReason], { outage: { cause, teams: [] }, ...over });

    it('pull request: names the description’s `Reason:` line, and how to add one', () => {
      const d = decideWith({ subject: pull([review('carol', -10 * MIN)]) });
      expect(decisionReasons(d, MD)).toEqual([
        'Policy `production-deploy`: outage fallback: a rule of this policy sets `requireReason`, so the fallback requires a reason too, and the pull request description has no `Reason:` line.',
      ]);
      expect(decisionFixes(d, MD)).toEqual([
        'Add a line `Reason: <why this change is needed>` (at least 10 non-space characters) to the pull request description; editing the description re-runs the request.',
      ]);
      expect(outageBanner(d, MD)).toMatch(/a person the policy names, and the reason the policy's rules require\.$/);
    });

    it('gate: names the `reason` input; check: names --reason; too short: how many it has', () => {
      const d = decideWith({ subject: run([review('carol', -10 * MIN)]) });
      expect(policyReason(d.verdicts[0]!, d, MD)).toBe(
        'outage fallback: a rule of this policy sets `requireReason`, so the fallback requires a reason too, and none was given',
      );
      expect(decisionFixes(d, MD)[0]).toContain('in the `reason` input of the oncall-gate step');
      expect(decisionFixes(d, CLI)[0]).toContain('with --reason "..."');
      const short = decideWith({ subject: run([]), reason: 'hotfix' });
      expect(policyReason(short.verdicts[0]!, short, CLI)).toBe(
        'outage fallback: a rule of this policy sets requireReason, so the fallback requires a reason of at least 10 non-space characters too, and the one given has 6',
      );
    });

    it('App mode: says a deployment request carries no reason', () => {
      const d = decideWith({ subject: run([review('carol', -10 * MIN)]) });
      expect(decisionFixes(d, { style: MARKDOWN, advice: 'app' })).toEqual([
        'A deployment request carries no reason, so the App cannot meet `requireReason`: remove it from the policies of the environments the App gates, or gate those deployments with the action and its `reason` input.',
      ]);
    });
  });

  it('an error when a policy has no fallback: the banner says nothing was decided', () => {
    const d = decide([policy('p', [auto([PRIMARY])])], { outage: { cause, teams: [] } });
    expect(outageBanner(d, MD)).toBe(
      'OUTAGE MODE: incident.io could not be reached on GET /v2/schedule_entries, after the retries; not every matched policy names an outage fallback, so nothing was decided.',
    );
    expect(decisionFixes(d, MD)).toEqual(['Check the URL.']);
  });
});
