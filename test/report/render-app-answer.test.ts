// App mode's answers: the state GitHub is told for each decision, and a comment within GitHub's
// 1024 characters that starts with the outcome.
import { describe, expect, it } from 'vitest';
import { errorDecision, evaluate } from '../../src/decide/engine.js';
import type { Decision } from '../../src/decide/types.js';
import type { Policy } from '../../src/policy/types.js';
import { APP_COMMENT_MAX, fitComment, renderAppAnswer, renderRunRefusal } from '../../src/report/render-app-answer.js';

const AT = new Date('2026-03-02T14:00:00Z');
const SCHED = '01HSCHEDULEAPPANSWER000000';
const pos = { file: 'policies/p.yaml', line: 1, column: 1 };

function policy(rules: Policy['rules'], name = 'production-deploy'): Policy {
  return { name, description: '', match: { environments: ['production'] }, rules, at: pos } as unknown as Policy;
}
const auto = { type: 'auto', integration: 'incidentio', schedules: [SCHED], durationMs: 3_600_000, requireReason: false, at: pos } as const;
const deny = (reason: string) => ({ type: 'deny', reason, at: pos }) as const;

function decide(policies: Policy[], onCall: boolean): Decision {
  return evaluate({
    requester: { login: 'octocat', emails: ['octo@example.com'] },
    policies,
    onCall: new Map([
      [
        SCHED,
        onCall
          ? [
              {
                scheduleId: SCHED,
                email: 'octo@example.com',
                name: 'Octo',
                userId: 'U1',
                startAt: new Date(AT.getTime() - 3_600_000),
                endAt: new Date(AT.getTime() + 1_800_000),
              },
            ]
          : [],
      ],
    ]),
    at: AT,
    reason: '',
    identities: { lookup: ['map'], users: new Map() },
    subject: { kind: 'run' },
  });
}
const id = (s: string): string => s;

describe('renderAppAnswer', () => {
  it('approved on call: names the schedule, the shift end and the expiry (the earlier of duration and shift)', () => {
    const a = renderAppAnswer({
      decision: decide([policy([auto as never])], true),
      policySource: 'policies/ at abc, the tip of main',
      redact: id,
    });
    expect(a.state).toBe('approved');
    expect(a.comment).toMatch(/^✅ oncall-gate approved this deployment until 2026-03-02T14:30:00Z/);
    expect(a.comment).toContain(`\`${SCHED}\``);
    expect(a.comment).toContain('the shift ends 2026-03-02T14:30:00Z');
    expect(a.comment).toContain('Decided by policies/ at abc');
  });

  it('denied: rejected with the reason; not on call without escalation: rejected with what to do', () => {
    const frozen = renderAppAnswer({ decision: decide([policy([auto as never, deny('Change freeze') as never])], true), redact: id });
    expect(frozen).toMatchObject({ state: 'rejected' });
    expect(frozen.comment).toMatch(/^❌ oncall-gate rejected this deployment\. .*Change freeze/);
    const off = renderAppAnswer({ decision: decide([policy([auto as never])], false), redact: id });
    expect(off.state).toBe('rejected');
    expect(off.comment).toMatch(/is not on call now/);
    expect(off.comment).toMatch(/What to do: /);
  });

  it('an off-call requester is named by login only: their incident.io email never reaches the comment GitHub shows', () => {
    const off = renderAppAnswer({ decision: decide([policy([auto as never])], false), redact: id });
    expect(off.comment).toContain('`octocat` is not on call now for');
    expect(off.comment).not.toContain('octo@example.com');
    expect(off.comment).not.toContain('@');
  });

  it('a run App mode does not judge is rejected with why and what to do', () => {
    const head = 'a'.repeat(40);
    const a = renderRunRefusal({ kind: 'event', event: 'pull_request', headSha: head }, id);
    expect(a.state).toBe('rejected');
    expect(a.comment).toBe(
      '⛔ oncall-gate rejected this deployment: this run was started by a `pull_request` event, and oncall-gate judges only runs that ' +
        'execute the workflow and the code of their own commit (`push`, `workflow_dispatch`, `deployment`, `schedule`, `release`, ' +
        '`repository_dispatch`): such a run may execute other code than its head commit `aaaaaaaaaaaa` (a pull request run, the merge ' +
        'into its base branch), so no approval of that commit vouches for what this job runs. What to do: Deploy from a run of a ' +
        '`push` to the default branch, or a `workflow_dispatch` of it.',
    );
    expect(renderRunRefusal({ kind: 'event', event: '', headSha: '' }, id).comment).toContain(
      'GitHub does not say which event started this run',
    );
    expect(renderRunRefusal({ kind: 'no-head', event: 'push' }, id).comment).toContain('GitHub names no commit for this `push` run');
    expect(renderRunRefusal({ kind: 'sha-mismatch', requested: 'b'.repeat(40), headSha: head }, id).comment).toContain(
      'the request names the commit `bbbbbbbbbbbb` but the run is of `aaaaaaaaaaaa`',
    );
  });

  it('an error: rejected, with the message and the fix', () => {
    const a = renderAppAnswer({
      decision: errorDecision({
        requester: { login: 'octocat', emails: [] },
        at: AT,
        message: 'incident.io answered 503',
        fix: 'Check status.incident.io.',
      }),
      redact: id,
    });
    expect(a).toEqual({
      state: 'rejected',
      comment:
        '⛔ oncall-gate could not decide, so it rejected this deployment. incident.io answered 503 What to do: Check status.incident.io.',
    });
  });

  it('pending: no state (a status comment), naming the incident it paged', () => {
    const d: Decision = { ...decide([policy([auto as never])], false), result: 'pending', approved: false };
    const a = renderAppAnswer({
      decision: d,
      incidents: [{ policy: 'production-deploy', kind: 'paged', reference: 'INC-42', url: 'https://app.incident.io/acme/incidents/42' }],
      redact: id,
    });
    expect(a.state).toBeUndefined();
    expect(a.comment).toMatch(
      /^⏳ oncall-gate: waiting for an on-call approval\. Paged \[INC-42\]\(https:\/\/app\.incident\.io\/acme\/incidents\/42\) for policy `production-deploy`\./,
    );
  });

  it('never more than 1024 characters (code points), the outcome first, secrets redacted', () => {
    const huge = errorDecision({
      requester: { login: 'octocat', emails: [] },
      at: AT,
      message: `${'ü'.repeat(3000)} token ghs_abcdef`,
      fix: 'x'.repeat(500),
    });
    const a = renderAppAnswer({ decision: huge, redact: (s) => s.replace('ghs_abcdef', '***') });
    expect([...a.comment].length).toBe(APP_COMMENT_MAX);
    expect(a.comment.startsWith('⛔ oncall-gate could not decide')).toBe(true);
    expect(a.comment.endsWith('…')).toBe(true);
    expect(fitComment('short')).toBe('short');
    const redacted = renderAppAnswer({
      decision: errorDecision({ requester: { login: 'o', emails: [] }, at: AT, message: 'token ghs_abcdef leaked' }),
      redact: (s) => s.replace('ghs_abcdef', '***'),
    });
    expect(redacted.comment).toContain('token *** leaked');
  });

  it('not-required cannot approve in App mode (an environment is always named)', () => {
    const a = renderAppAnswer({ decision: decide([], true), redact: id });
    expect(a.state).toBe('rejected');
  });
});
