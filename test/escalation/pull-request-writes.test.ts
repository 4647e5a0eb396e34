// The GitHub stage of `request` and `review`: the comment, the review requests and the check, in
// that order, each only when there is something to write.
import { describe, expect, it } from 'vitest';
import { planRequestWrites, type RequestWritesInput } from '../../src/escalation/pull-request-writes.js';
import { REQUEST_MARKER } from '../../src/report/render-request.js';

const HEAD = 'f'.repeat(40);
const input = (over: Partial<RequestWritesInput> = {}): RequestWritesInput => ({
  repo: { owner: 'acme', repo: 'api' },
  pr: { number: 3, headSha: HEAD, authorLogin: 'alice' },
  comment: `${REQUEST_MARKER}\n### ⏳ waiting`,
  check: { status: 'in_progress', title: 'Waiting for approval by the on-call team', summary: 's' },
  reviewers: ['carol'],
  sticky: null,
  existingCheck: null,
  ...over,
});
const requests = (o: RequestWritesInput): string[] => planRequestWrites(o).map((w) => `${w.method} ${w.target}`);

describe('planRequestWrites', () => {
  it('a first run: the comment, the review request, then the check on the head commit', () => {
    expect(requests(input())).toEqual([
      'POST /repos/acme/api/issues/3/comments',
      'POST /repos/acme/api/pulls/3/requested_reviewers',
      'POST /repos/acme/api/check-runs',
    ]);
    const [, , check] = planRequestWrites(input());
    expect(check!.body).toMatchObject({ head_sha: HEAD, name: 'oncall-gate', status: 'in_progress' });
  });

  it('a later run edits its comment and check in place, and leaves an unchanged comment alone', () => {
    const sticky = { id: 8, url: 'u', body: `${REQUEST_MARKER}\nold` };
    expect(requests(input({ sticky, existingCheck: { id: 21, status: 'in_progress' }, reviewers: [] }))).toEqual([
      'PATCH /repos/acme/api/issues/comments/8',
      'PATCH /repos/acme/api/check-runs/21',
    ]);
    const same = { id: 8, url: 'u', body: `${REQUEST_MARKER}\n### ⏳ waiting` };
    expect(requests(input({ sticky: same, existingCheck: { id: 21, status: 'in_progress' }, reviewers: [] }))).toEqual([
      'PATCH /repos/acme/api/check-runs/21',
    ]);
  });

  it('nobody to ask but the author: no review request', () => {
    expect(requests(input({ reviewers: ['alice'] }))).toEqual([
      'POST /repos/acme/api/issues/3/comments',
      'POST /repos/acme/api/check-runs',
    ]);
  });
});
