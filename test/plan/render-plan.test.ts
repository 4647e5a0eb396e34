import { describe, expect, it } from 'vitest';
import { diffPolicySets, type ResourceChange } from '../../src/plan/diff.js';
import { diffPeople, type Shift } from '../../src/plan/people.js';
import {
  PLAN_MARKER,
  durationText,
  personLabel,
  renderPlanMarkdown,
  renderPlanText,
  toDiffLine,
  type PlanModel,
} from '../../src/plan/render-plan.js';
import { planRemoteChanges } from '../../src/reconcile/remote-changes.js';
import { COMMENT_BODY_MAX } from '../../src/github/text.js';
import { BASE_FILES, PRIMARY, PRODUCTION, SECONDARY, loadValid } from '../support/policy-sets.js';

const NOW = new Date('2026-11-20T10:00:00Z');
const at = (h: number): Date => new Date(NOW.getTime() + h * 3_600_000);
const shift = (scheduleId: string, email: string, name: string, from: number, to: number): Shift => ({
  scheduleId,
  email,
  name,
  userId: `U-${name}`,
  startAt: at(from),
  endAt: at(to),
});

function exampleModel(): PlanModel {
  const base = loadValid(BASE_FILES);
  const head = loadValid({
    ...BASE_FILES,
    'policies/production.yaml': PRODUCTION.replace(`schedules: [${PRIMARY}]`, `schedules: [${SECONDARY}]`).replace(
      'duration: 24h',
      'duration: 12h',
    ),
    'policies/staging.yaml': undefined,
    'policies/hotfix.yaml':
      'version: 1\nkind: policy\nname: hotfix\nmatch: { environments: [hotfix] }\napproval:\n  - type: deny\n    reason: "No \\"hot\\" fixes"\n',
  });
  const shifts = new Map([
    [PRIMARY, [shift(PRIMARY, 'octo.cat@example.com', 'Octo Cat', -1, 23)]],
    [SECONDARY, [shift(SECONDARY, 'bob@example.com', 'Bob Baker', -1, 72), shift(SECONDARY, 'zed@example.com', 'Zed\nInjected', 72, 300)]],
  ]);
  return {
    policyPath: 'policies',
    baseLabel: 'abc1234',
    headLabel: 'def5678',
    changes: [...diffPolicySets(base, head), ...planRemoteChanges(head, []).changes],
    people: diffPeople(base, head, shifts, NOW),
    scheduleNames: new Map([[PRIMARY, 'Platform primary']]),
    diagnostics: [],
    files: 4,
    baseErrors: 0,
  };
}

const EXPECTED_TEXT = `oncall-gate plan: policies/ at abc1234 -> def5678

Resource actions are indicated with the following symbols:
  + create
  ~ update in-place
  - destroy

oncall-gate will perform the following actions:

  # policy "hotfix" will be created (policies/hotfix.yaml:3)
  + policy "hotfix" {
      + match.environments = ["hotfix"]
      + approval[0] deny {
          + reason = "No \\"hot\\" fixes"
        }
    }

  # policy "production-deploy" will be updated in-place (policies/production.yaml:3)
  ~ policy "production-deploy" {
        # (3 unchanged attributes hidden)
      ~ approval[0] auto {
          ~ schedules = ["01HXYZSCHEDULEPRIMARY00000" (Platform primary)] -> ["01HXYZSCHEDULESECONDARY000"]
            # (2 unchanged attributes hidden)
        }
      ~ approval[1] escalation {
          ~ duration = "24h" -> "12h"
            # (3 unchanged attributes hidden)
        }
    }

  # policy "staging-deploy" will be destroyed (policies/staging.yaml:3)
  - policy "staging-deploy" {
      - match.environments = ["staging"] -> null
      - approval[0] auto {
          - schedules             = ["01HXYZSCHEDULESTAGING00000"] -> null
          - duration              = "1h" -> null
          - options.requireReason = false -> null
        }
    }

  # incidentio_custom_field "On-call gate schedules" will be created by apply, in incident.io
  # (escalation incidents record the paged schedule IDs in it; incident.io does not have it yet)
  + incidentio_custom_field "On-call gate schedules" {
      + field_type  = "text"
      + description = "incident.io schedule IDs (comma-separated) of the on-call schedules an oncall-gate escalation pages. Managed by oncall-gate."
    }

Approval rights, now and over the next 7 days (2026-11-20 10:00 UTC to 2026-11-27 10:00 UTC):

  ~ policy "production-deploy"
      auto-approval (on call for an \`auto\` rule schedule):
        + bob (Bob Baker) gains it now to 2026-11-23 10:00 UTC
        + Zed\\u000aInjected (incident.io user U-Zed\\u000aInjected, no GitHub login in the identities map) gains it 2026-11-23 10:00 UTC to the end of the 7 days
        - octocat (Octo Cat) loses it now to 2026-11-21 09:00 UTC

Plan: 2 to add, 1 to change, 1 to destroy.
`;

describe('renderPlanText', () => {
  it('renders the legend, one block per policy and rule, the people and the totals line last', () => {
    expect(renderPlanText(exampleModel())).toBe(EXPECTED_TEXT);
  });

  it('says there are no changes and still ends with the totals line', () => {
    const set = loadValid(BASE_FILES);
    const text = renderPlanText({ ...exampleModel(), changes: [], people: diffPeople(set, set, new Map(), NOW) });
    expect(text.trimEnd().split('\n').slice(2)).toEqual([
      'No changes. The head policies match the base, and incident.io needs nothing from apply.',
      '',
      'Approval rights, now and over the next 7 days (2026-11-20 10:00 UTC to 2026-11-27 10:00 UTC):',
      '',
      '  No one gains or loses auto-approval or approver rights.',
      '',
      'Plan: 0 to add, 0 to change, 0 to destroy.',
    ]);
  });

  it('says why the people effect is missing without a key', () => {
    const text = renderPlanText({ ...exampleModel(), people: { skipped: 'no incident.io API key; set X' } });
    expect(text).toContain('\nApproval rights: not computed (no incident.io API key; set X).\n\nPlan: 2 to add');
  });

  it('keeps a file name with a line break on its line, so it cannot start a workflow command in the log', () => {
    const [first, ...rest] = exampleModel().changes;
    const renamed = { ...first!, at: { file: 'policies/x\n::error::boom.yaml', line: 3, column: 1 } };
    const text = renderPlanText({ ...exampleModel(), changes: [renamed, ...rest] });
    expect(text.split('\n').filter((l) => l.startsWith('::'))).toEqual([]);
    expect(text).toContain('will be created (policies/x\\u000a::error::boom.yaml:3)');
  });

  it('gives no plan for an invalid head', () => {
    const model = {
      ...exampleModel(),
      diagnostics: [
        { severity: 'error' as const, code: 'schema', file: 'policies/x.yaml', line: 4, column: 3, message: 'bad', fix: 'fix it' },
      ],
    };
    expect(renderPlanText(model)).toBe(
      'oncall-gate plan: policies/ at abc1234 -> def5678\n\nError: the head policies have 1 error, so there is no plan.\nFix each problem at the file and line shown, then push again.\n',
    );
    const md = renderPlanMarkdown(model, { marker: true });
    expect(md).toContain('❌ The head policies are invalid: 1 error, 0 warnings in 4 policy files.');
    expect(md).toContain('| ❌ error | `policies/x.yaml:4:3` | bad | fix it |');
    expect(md).not.toContain('Plan:');
  });
});

describe('renderPlanMarkdown', () => {
  it('puts the marker first, the plan in a diff block with signs in column 0, and the totals line last', () => {
    const md = renderPlanMarkdown(exampleModel(), { marker: true });
    const lines = md.trimEnd().split('\n');
    expect(lines[0]).toBe(PLAN_MARKER);
    expect(lines[1]).toBe('### oncall-gate plan for `policies/`');
    expect(lines[3]).toBe('Base `abc1234` → head `def5678`. ✅ The head policies are valid: 4 policy files, 0 warnings.');
    expect(lines[5]).toBe('```diff');
    expect(lines).toContain('+   policy "hotfix" {');
    expect(lines).toContain('~   policy "production-deploy" {');
    expect(lines).toContain('-   policy "staging-deploy" {');
    expect(lines.at(-3)).toBe('```');
    expect(lines.at(-1)).toBe('Plan: 2 to add, 1 to change, 1 to destroy.');
    // The summary has no marker.
    expect(renderPlanMarkdown(exampleModel()).startsWith('### oncall-gate plan')).toBe(true);
  });

  it('never carries another sticky comment`s marker from policy text, so `request` cannot mistake it for its own', () => {
    const change: ResourceChange = {
      kind: 'policy',
      name: 'x',
      action: 'create',
      attributes: [
        {
          name: 'description',
          before: undefined,
          after: 'see <!-- oncall-gate:request --> and <!-- oncall-gate:plan -->',
          format: 'plain',
        },
      ],
      rules: [],
      unchangedAttributes: 0,
      unchangedRules: 0,
    };
    const diagnostics = [
      { severity: 'warning' as const, code: 'x', file: 'policies/<!--.yaml', line: 1, column: 1, message: 'm', fix: 'f' },
    ];
    for (const md of [
      renderPlanMarkdown({ ...exampleModel(), changes: [change], diagnostics }, { marker: true }),
      renderPlanMarkdown(
        { ...exampleModel(), changes: [change], diagnostics: [{ ...diagnostics[0]!, severity: 'error' }] },
        { marker: true },
      ),
    ]) {
      expect(md).not.toContain('<!-- oncall-gate:request -->');
      expect(md.split(PLAN_MARKER)).toHaveLength(2);
      expect(md.startsWith(`${PLAN_MARKER}\n`)).toBe(true);
    }
    const md = renderPlanMarkdown({ ...exampleModel(), changes: [change] }, { marker: true });
    expect(md).toContain('"see <!\u200b-- oncall-gate:request --> and <!\u200b-- oncall-gate:plan -->"');
  });

  it('uses a longer fence when the plan text holds backticks', () => {
    const change: ResourceChange = {
      kind: 'policy',
      name: 'x',
      action: 'create',
      attributes: [{ name: 'description', before: undefined, after: 'a ```` b', format: 'plain' }],
      rules: [],
      unchangedAttributes: 0,
      unchangedRules: 0,
    };
    const md = renderPlanMarkdown({ ...exampleModel(), changes: [change] });
    expect(md).toContain('\n`````diff\n');
    expect(md).toContain('\n`````\n');
  });

  it('cuts a huge plan to fit a comment, keeping the totals line last; the summary keeps all of it', () => {
    const many: ResourceChange[] = Array.from({ length: 3000 }, (_, i) => ({
      kind: 'policy',
      name: `policy-${String(i).padStart(4, '0')}`,
      action: 'create',
      attributes: [{ name: 'match.environments', before: undefined, after: [`env-${i}`], format: 'plain' }],
      rules: [],
      unchangedAttributes: 0,
      unchangedRules: 0,
    }));
    const model = { ...exampleModel(), changes: many };
    const summary = renderPlanMarkdown(model);
    expect(summary.length).toBeGreaterThan(COMMENT_BODY_MAX);
    expect(summary).toContain('policy "policy-2999"');

    const comment = renderPlanMarkdown(model, {
      marker: true,
      maxChars: 65_000,
      fullPlanUrl: 'https://github.com/acme/api/actions/runs/1',
    });
    expect(comment.length).toBeLessThanOrEqual(65_000);
    expect(comment.startsWith(PLAN_MARKER)).toBe(true);
    expect(comment).toContain('policy "policy-0000"');
    expect(comment).not.toContain('policy "policy-2999"');
    expect(comment).toMatch(
      /\n… \d+ more lines not shown: GitHub limits a comment to 65,536 characters; the whole plan is in the step summary of this run \(https:\/\/github\.com\/acme\/api\/actions\/runs\/1\)\.\n```\n\nPlan: 3000 to add, 0 to change, 0 to destroy\.\n$/,
    );
  });
});

describe('small helpers', () => {
  it.each([
    [{ login: 'carol', name: 'Carol Chen', userId: 'U1' }, 'carol (Carol Chen)'],
    [{ name: 'Carol Chen', userId: 'U1' }, 'Carol Chen (incident.io user U1, no GitHub login in the identities map)'],
    [{ name: 'Carol Chen', userId: 'U2' }, 'Carol Chen (incident.io user U2, no GitHub login in the identities map)'],
    [{ name: ' ', userId: 'U3' }, 'incident.io user U3 (no GitHub login in the identities map)'],
    [{ login: 'erin', name: '', userId: 'U4' }, 'erin (incident.io user U4)'],
    [{ name: 'erin@corp.example', userId: 'U5' }, 'incident.io user U5 (no GitHub login in the identities map)'],
    [{ login: 'erin', name: 'Erin <erin@corp.example>', userId: 'U5' }, 'erin (incident.io user U5)'],
  ])('names a person by login and name, or by user ID, never by email: %j', (person, label) => {
    expect(personLabel(person)).toBe(label);
  });

  it('moves the sign to column 0 for GitHub diff colouring', () => {
    expect(toDiffLine('      + a = 1')).toBe('+       a = 1');
    expect(toDiffLine('  ~ policy "x" {')).toBe('~   policy "x" {');
    expect(toDiffLine('    }')).toBe('      }');
    expect(toDiffLine('')).toBe('');
  });

  it('writes durations as people do', () => {
    expect(durationText(3_600_000)).toBe('1h');
    expect(durationText(24 * 3_600_000)).toBe('24h');
    expect(durationText(72 * 3_600_000)).toBe('3d');
    expect(durationText(90 * 60_000)).toBe('90m');
  });
});
