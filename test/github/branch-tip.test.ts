// The one GitHub request of the gate's on-call path: the tip of the default branch, as a SHA.
import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchBranchTip } from '../../src/github/branch-tip.js';
import { OncallGateError } from '../../src/errors.js';

const API = 'https://api.github.com';
const TOKEN = 'ghs_branchTipToken0000000000';
const SHA = 'ab'.repeat(20);
const tip = (over: Partial<Parameters<typeof fetchBranchTip>[0]> = {}) =>
  fetchBranchTip({ apiUrl: API, token: TOKEN, owner: 'acme', repo: 'api', branch: 'main', sleep: async () => {}, ...over });
const failure = async (p: Promise<unknown>): Promise<OncallGateError> => {
  const e = await p.catch((x: unknown) => x);
  expect(e).toBeInstanceOf(OncallGateError);
  return e as OncallGateError;
};

afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending, 'every mocked request was made').toEqual([]);
});

describe('fetchBranchTip', () => {
  it('asks for the branch as heads/<branch> (never a tag of the same name) with the SHA media type and the token', async () => {
    nock(API, { reqheaders: { accept: 'application/vnd.github.sha', authorization: `Bearer ${TOKEN}` } })
      .get('/repos/acme/api/commits/heads/main')
      .reply(200, `${SHA.toUpperCase()}\n`);
    expect(await tip()).toBe(SHA);
  });

  it('keeps the slashes of a branch name as path separators', async () => {
    nock(API).get('/repos/acme/api/commits/heads/release/2026-q4').reply(200, SHA);
    expect(await tip({ branch: 'release/2026-q4' })).toBe(SHA);
  });

  it.each([
    [401, { message: 'Bad credentials' }, 'auth', /GitHub rejected the token \(401/],
    [403, { message: 'Resource not accessible by integration' }, 'permission', /lacks `contents: read`/],
    [404, { message: 'Not Found' }, 'not-found', /The branch main of acme\/api was not found \(404\)/],
    [422, { message: 'No commit found for SHA: heads/main' }, 'rejected', /No commit found for SHA: heads\/main/],
  ])('%i is an error that says what to fix, not retried', async (status, body, kind, message) => {
    nock(API).get('/repos/acme/api/commits/heads/main').once().reply(status, body);
    const e = await failure(tip());
    expect(e.kind).toBe(kind);
    expect(`${e.message} ${e.fix}`).toMatch(message);
    expect(`${e.message} ${e.fix}`).not.toContain(TOKEN);
  });

  it('retries a 5xx, then answers', async () => {
    nock(API).get('/repos/acme/api/commits/heads/main').reply(502, 'bad gateway').get('/repos/acme/api/commits/heads/main').reply(200, SHA);
    expect(await tip()).toBe(SHA);
  });

  it('an answer that is not a SHA is an error, never a policy read', async () => {
    nock(API).get('/repos/acme/api/commits/heads/main').reply(200, '<html>captive portal</html>');
    expect((await failure(tip())).message).toContain('with something that is not a commit SHA');
  });

  it('a redirect to another host is an error naming it; a same-origin redirect loop stops after 3', async () => {
    nock(API).get('/repos/acme/api/commits/heads/main').reply(302, '', { location: 'https://evil.example/x' });
    expect((await failure(tip())).message).toContain('with a redirect to evil.example');
    nock(API).get('/repos/acme/api/commits/heads/main').reply(301, '', { location: '/a' });
    nock(API)
      .get('/a')
      .reply(301, '', { location: '/b' })
      .get('/b')
      .reply(301, '', { location: '/a' })
      .get('/a')
      .reply(301, '', { location: '/b' });
    expect((await failure(tip())).message).toContain('more than 3 redirects');
  });
});
