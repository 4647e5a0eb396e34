// toGitHubError: each status becomes a message that says what failed and a fix; no token leaks.
import { OncallGateError } from '../../src/errors.js';
import { describe, expect, test } from 'vitest';
import { gitHubError, githubMessage, toGitHubError, type CallInfo } from '../../src/github/errors.js';
import { describeError } from '../../src/report/describe-error.js';

const info: CallInfo = {
  action: 'update the oncall-gate comment on pull request #3',
  permission: 'pull-requests: write',
  altPermission: 'issues: write',
  write: true,
  notFound: 'comment 9 on pull request #3 in o/r',
};
const redact = (s: string): string => s.split('SECRET').join('***');
const http = (status: number, data: unknown, headers: Record<string, string> = {}) => ({
  status,
  message: 'x',
  request: { method: 'PATCH', url: 'https://api.github.com/repos/o/r/issues/comments/9?x=1' },
  response: { status, headers, data },
});

describe('toGitHubError', () => {
  test('404 names what was not found and the private-repo caveat', () => {
    const e = toGitHubError(http(404, { message: 'Not Found' }), info, 'https://api.github.com', redact);
    expect(e).toBeInstanceOf(OncallGateError);
    expect(e.kind).toBe('not-found');
    expect(e.call).toBe('PATCH /repos/o/r/issues/comments/9');
    expect(e.message).toBe(
      'Comment 9 on pull request #3 in o/r was not found (404) while trying to update the oncall-gate comment on pull request #3 (PATCH /repos/o/r/issues/comments/9).',
    );
    expect(e.fix).toContain('private repository');
  });

  test("422 carries GitHub's validation details", () => {
    const e = toGitHubError(
      http(422, {
        message: 'Validation Failed',
        errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }],
      }),
      info,
      'https://api.github.com',
      redact,
    );
    expect(e.kind).toBe('rejected');
    expect(e.message).toContain('Validation Failed; body is too long (maximum is 65536 characters)');
  });

  test('strips the GHES base path from the call', () => {
    const err = { ...http(500, { message: 'boom' }), request: { method: 'GET', url: 'https://ghes.example/api/v3/repos/o/r' } };
    const e = toGitHubError(err, info, 'https://ghes.example/api/v3', redact);
    expect(e.kind).toBe('unavailable');
    expect(e.call).toBe('GET /repos/o/r');
    expect(e.fix).toContain('githubstatus.com');
  });

  test('a 403 that is not an integration permission still names the permission', () => {
    const e = toGitHubError(http(403, { message: 'Must have admin rights to Repository.' }), info, 'https://api.github.com', redact);
    expect(e.kind).toBe('permission');
    expect(e.message).toContain('Must have admin rights');
    expect(e.fix).toContain('`pull-requests: write`');
  });

  test('redacts in messages and in passed-through GitHub errors', () => {
    const e = toGitHubError(http(400, { message: 'bad SECRET' }), info, 'https://api.github.com', redact);
    expect(e.message).not.toContain('SECRET');
    const again = toGitHubError(gitHubError('bad-response', 'has SECRET', 'fix SECRET'), info, 'https://api.github.com', redact);
    expect(describeError(again)).toBe('has *** fix ***');
  });

  test('a plain programming error is a bad response, not a network problem', () => {
    const e = toGitHubError(new TypeError('x is not a function'), info, 'https://api.github.com', redact);
    expect(e.kind).toBe('bad-response');
    expect(e.message).toContain('x is not a function');
  });
});

describe('githubMessage', () => {
  test('joins message and errors, codes when there is no message', () => {
    expect(
      githubMessage({ message: 'Validation Failed', errors: [{ resource: 'Issue', field: 'title', code: 'missing_field' }, 'plain'] }),
    ).toBe('Validation Failed; Issue title missing_field; plain');
    expect(githubMessage(null)).toBe('');
    expect(githubMessage('text body')).toBe('text body');
  });
});
