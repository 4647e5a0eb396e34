// The second-party facts: the accounts linked to a pull request's commits (paged, capped at 250
// like GitHub) and the pusher of its head from the repository activity log (one request; every
// failure is "unknown", never an error and never an approval).
import nock from 'nock';
import { afterEach, describe, expect, test } from 'vitest';
import { findHeadPushers, listPullCommitLogins, repoRefOf } from '../../src/github/parties.js';
import { API, REPO, rejection, testClient } from '../support/github-client.js';

const R = '/repos/octo-org/octo-repo';
const sha = (c: string): string => c.repeat(40);
const HEAD = sha('c');

afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending, 'every mocked request was made').toEqual([]);
});

const commit = (n: number, author: string | null, committer: string | null = author) => ({
  sha: n.toString(16).padStart(40, '0'),
  commit: { author: { name: 'x', email: 'x@example.com' }, committer: { name: 'y', email: 'y@example.com' }, message: `c${n}` },
  author: author === null ? null : { login: author, type: 'User' },
  committer: committer === null ? null : { login: committer, type: 'User' },
});

describe('listPullCommitLogins', () => {
  test('pages through the commits and keeps every linked author and committer once (first spelling)', async () => {
    nock(API)
      .get(`${R}/pulls/4/commits`)
      .query({ per_page: '100' })
      .reply(200, [commit(1, 'alice'), commit(2, 'Bob', 'web-flow')], {
        link: `<${API}${R}/pulls/4/commits?per_page=100&page=2>; rel="next", <${API}${R}/pulls/4/commits?per_page=100&page=2>; rel="last"`,
      })
      .get(`${R}/pulls/4/commits`)
      .query({ per_page: '100', page: '2' })
      .reply(200, [commit(3, null, null), commit(4, 'ALICE', 'bob')]);
    expect(await listPullCommitLogins(testClient(), REPO, 4, 4)).toEqual({
      logins: ['alice', 'Bob', 'web-flow'],
      listed: 4,
      truncated: false,
    });
  });

  test('reports truncation at GitHub’s 250-commit cap, and when the PR says it has more than were listed', async () => {
    const page = (from: number) => Array.from({ length: 100 }, (_, i) => commit(from + i, 'alice'));
    const next = (p: number) => ({ link: `<${API}${R}/pulls/4/commits?per_page=100&page=${p}>; rel="next"` });
    nock(API)
      .get(`${R}/pulls/4/commits`)
      .query({ per_page: '100' })
      .reply(200, page(1), next(2))
      .get(`${R}/pulls/4/commits`)
      .query({ per_page: '100', page: '2' })
      .reply(200, page(101), next(3))
      .get(`${R}/pulls/4/commits`)
      .query({ per_page: '100', page: '3' })
      .reply(200, page(201).slice(0, 50));
    expect(await listPullCommitLogins(testClient(), REPO, 4)).toMatchObject({ listed: 250, truncated: true });

    nock(API)
      .get(`${R}/pulls/5/commits`)
      .query({ per_page: '100' })
      .reply(200, [commit(1, 'alice')]);
    expect(await listPullCommitLogins(testClient(), REPO, 5, 2)).toMatchObject({ listed: 1, truncated: true });
  });

  test('a failure is an error naming the call and the permission (a decision must not go on without it)', async () => {
    nock(API).get(`${R}/pulls/4/commits`).query(true).reply(403, { message: 'Resource not accessible by integration' });
    const error = await rejection(listPullCommitLogins(testClient(), REPO, 4));
    expect(error.kind).toBe('permission');
    expect(error.message).toMatch(/list the commits of pull request #4/);
    expect(error.fix).toMatch(/pull-requests: read/);
  });
});

describe('findHeadPushers', () => {
  const activity = (id: number, after: string, actor: string | null, type = 'push', before = sha('0')) => ({
    id,
    node_id: `RA_${id}`,
    before,
    after,
    ref: 'refs/heads/feature/x',
    timestamp: '2026-03-02T12:00:00Z',
    activity_type: type,
    actor: actor === null ? null : { login: actor, type: 'User' },
  });

  test('asks the activity log of the head branch, newest first, once, and returns who pushed the head', async () => {
    nock(API)
      .get(`${R}/activity`)
      .query({ ref: 'refs/heads/feature/x', per_page: '100' })
      .reply(200, [activity(9, sha('0'), 'alice', 'branch_deletion', HEAD), activity(8, HEAD, 'Carol'), activity(7, sha('a'), 'alice')]);
    expect(await findHeadPushers(testClient(), REPO, 'feature/x', HEAD)).toEqual({ known: true, logins: ['Carol'] });
  });

  test('pages on (newest first) to find a head push buried under later activity, up to 5 pages', async () => {
    const filler = (from: number) => Array.from({ length: 100 }, (_, i) => activity(from - i, sha('a'), 'alice'));
    const link = (page: number) => ({
      link: `<${API}${R}/activity?ref=refs%2Fheads%2Ffeature%2Fx&per_page=100&after=c${page}>; rel="next"`,
    });
    nock(API).get(`${R}/activity`).query({ ref: 'refs/heads/feature/x', per_page: '100' }).reply(200, filler(1000), link(2));
    nock(API)
      .get(`${R}/activity`)
      .query({ ref: 'refs/heads/feature/x', per_page: '100', after: 'c2' })
      .reply(200, [...filler(900).slice(1), activity(1, HEAD, 'carol')], link(3));
    // The page that shows the head's push ends the search (a third page is not asked).
    expect(await findHeadPushers(testClient(), REPO, 'feature/x', HEAD)).toEqual({ known: true, logins: ['carol'] });
    // Five pages at most: a sixth is never asked.
    for (let page = 1; page <= 5; page++) {
      nock(API)
        .get(`${R}/activity`)
        .query(
          page === 1
            ? { ref: 'refs/heads/feature/x', per_page: '100' }
            : { ref: 'refs/heads/feature/x', per_page: '100', after: `c${page}` },
        )
        .reply(200, filler(1000 - page * 100), link(page + 1));
    }
    expect((await findHeadPushers(testClient(), REPO, 'feature/x', HEAD)).known).toBe(false);
  });

  test('every account that pushed the head counts (a force push back to the same commit, a branch created at it)', async () => {
    nock(API)
      .get(`${R}/activity`)
      .query(true)
      .reply(200, [
        activity(9, HEAD.toUpperCase(), 'dave', 'force_push'),
        activity(8, HEAD, 'carol', 'branch_creation'),
        activity(7, HEAD, 'CAROL'),
      ]);
    expect(await findHeadPushers(testClient(), REPO, 'feature/x', HEAD)).toEqual({ known: true, logins: ['dave', 'CAROL'] });
  });

  test('asks the head repository of a fork', async () => {
    nock(API)
      .get('/repos/someone/fork/activity')
      .query(true)
      .reply(200, [activity(1, HEAD, 'mallory')]);
    expect(await findHeadPushers(testClient(), repoRefOf('someone/fork'), 'feature/x', HEAD)).toEqual({ known: true, logins: ['mallory'] });
  });

  test.each([
    [
      'a 403 (the token lacks contents: read on that repository)',
      403,
      { message: 'Resource not accessible by integration' },
      /could not be read: it answered 403/,
    ],
    [
      'a 404 (a fork the token cannot see, or a server without the activity log)',
      404,
      { message: 'Not Found' },
      /could not be read: it answered 404/,
    ],
    ['a 422', 422, { message: 'Validation Failed' }, /it answered 422/],
  ])('%s: unknown with the reason, never an error', async (_name, status, body, why) => {
    nock(API).get(`${R}/activity`).query(true).reply(status, body);
    const out = await findHeadPushers(testClient(), REPO, 'feature/x', HEAD);
    expect(out.known).toBe(false);
    expect(out.known === false && out.why).toMatch(why);
  });

  test('no push of the head in the latest entries, an empty log, a deleted account or a malformed answer: unknown', async () => {
    nock(API)
      .get(`${R}/activity`)
      .query(true)
      .reply(200, [activity(1, sha('a'), 'alice')]);
    expect(await findHeadPushers(testClient(), REPO, 'feature/x', HEAD)).toEqual({
      known: false,
      why: "GitHub's activity log of feature/x in octo-org/octo-repo shows no push of cccccccccccc among its 500 latest entries",
    });
    nock(API).get(`${R}/activity`).query(true).reply(200, []);
    expect((await findHeadPushers(testClient(), REPO, 'feature/x', HEAD)).known).toBe(false);
    nock(API)
      .get(`${R}/activity`)
      .query(true)
      .reply(200, [activity(1, HEAD, null)]);
    expect(await findHeadPushers(testClient(), REPO, 'feature/x', HEAD)).toEqual({
      known: false,
      why: 'the push of cccccccccccc was made by an account GitHub no longer shows',
    });
    nock(API).get(`${R}/activity`).query(true).reply(200, { message: 'not a list' });
    expect((await findHeadPushers(testClient(), REPO, 'feature/x', HEAD)).known).toBe(false);
  });

  test('a deleted head repository or no head branch: unknown without a request', async () => {
    expect(await findHeadPushers(testClient(), repoRefOf(''), 'feature/x', HEAD)).toEqual({
      known: false,
      why: 'the head repository was deleted',
    });
    expect((await findHeadPushers(testClient(), REPO, '', HEAD)).known).toBe(false);
  });
});
