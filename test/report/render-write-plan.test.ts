// How a dry run shows its write plan: the log's numbered list of requests and each request with
// its body, and the step summary's table and details. An empty plan says "no writes".
import { describe, expect, it } from 'vitest';
import { renderWritePlan, writePlanLogLines } from '../../src/report/render-write-plan.js';
import { commentWrite, createIncidentWrite, reviewRequestWrite, type PlannedWrite } from '../../src/write-plan/write-plan.js';

const REPO = { owner: 'acme', repo: 'api' };
const MARKER = '<!-- oncall-gate:request -->';
const incident = createIncidentWrite(
  { idempotency_key: 'k/attempt/1-1', visibility: 'public', name: 'n', summary: 'has ``` inside' },
  'oncall-gate/acme/api/pull/4/production-deploy',
);
const comment = commentWrite({
  repo: REPO,
  number: 4,
  marker: MARKER,
  body: '### ⏳ pending',
  existing: null,
  description: 'write the sticky comment on pull request #4',
})!;
const reviews = reviewRequestWrite({ repo: REPO, number: 4, logins: ['carol'], author: 'alice' })!;
const plan: PlannedWrite[] = [incident, comment, reviews];

describe('writePlanLogLines', () => {
  it('lists every request in order, then each with what it does and its body', () => {
    const [list, ...each] = writePlanLogLines('request', plan);
    expect(list).toBe(
      [
        'Dry run: the write plan of request, 3 requests, none made:',
        '  1. incident.io POST /v2/incidents: create the incident oncall-gate/acme/api/pull/4/production-deploy',
        '  2. GitHub POST /repos/acme/api/issues/4/comments: write the sticky comment on pull request #4',
        '  3. GitHub POST /repos/acme/api/pulls/4/requested_reviewers: request reviews from carol on pull request #4',
      ].join('\n'),
    );
    expect(each[0]).toBe(
      `Dry run: would create the incident oncall-gate/acme/api/pull/4/production-deploy:\nincident.io POST /v2/incidents\n${JSON.stringify(incident.body, null, 2)}`,
    );
    // A comment is shown as it would read, not as JSON.
    expect(each[1]).toBe(
      `Dry run: would write the sticky comment on pull request #4:\nGitHub POST /repos/acme/api/issues/4/comments\n${MARKER}\n### ⏳ pending`,
    );
    expect(each).toHaveLength(3);
  });

  it('an empty plan says there are no writes', () => {
    expect(writePlanLogLines('validate', [])).toEqual(['Dry run: the write plan of validate is empty: no writes (it only reads).']);
  });

  it('a description quoting text with a line break stays on its line', () => {
    const w: PlannedWrite = { ...reviews, description: 'request reviews\n::error::from x' };
    expect(
      writePlanLogLines('request', [w])[0]!
        .split('\n')
        .some((l) => l.startsWith('::')),
    ).toBe(false);
  });
});

describe('renderWritePlan', () => {
  it('a table of the requests in order, then each body in a fence longer than any backtick run inside', () => {
    const md = renderWritePlan('request', plan);
    expect(
      md.startsWith(
        '### Write plan (dry run)\n\nNothing was written. A real run of `request` would make these 3 requests, in this order:\n',
      ),
    ).toBe(true);
    expect(md).toContain('| 1 | `POST /v2/incidents` | incident.io | create the incident oncall-gate/acme/api/pull/4/production-deploy |');
    expect(md).toContain('| 2 | `POST /repos/acme/api/issues/4/comments` | GitHub | write the sticky comment on pull request \\#4 |');
    expect(md).toContain('<details><summary>1. POST /v2/incidents</summary>');
    expect(md).toContain('````json\n{\n  "idempotency_key": "k/attempt/1-1"');
    expect(md).toContain(`\`\`\`markdown\n${MARKER}\n### ⏳ pending\n\`\`\``);
    expect(md).toContain('"reviewers": [\n    "carol"\n  ]');
  });

  it('an empty plan says no writes', () => {
    expect(renderWritePlan('audit', [])).toBe(
      '### Write plan (dry run)\n\nNo writes: a real run of `audit` makes no request that changes anything in GitHub or incident.io (the write plan is empty).\n',
    );
  });
});
