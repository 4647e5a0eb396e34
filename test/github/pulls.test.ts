// Pull requests, files, reviews, commit->PR associations, compare, review requests: request
// shapes, Link-header pagination and the mapping to the adapter's types.
import nock from 'nock';
import { afterEach, describe, expect, test } from 'vitest';
import { compareCommits, listCommitPulls } from '../../src/github/commits.js';
import { getPullRequest, listPullFiles, requestReviewers } from '../../src/github/pulls.js';
import { listReviews } from '../../src/github/reviews.js';
import { API, REPO, rejection, testClient } from '../support/github-client.js';

const R = '/repos/octo-org/octo-repo';
const sha = (c: string): string => c.repeat(40);

afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending, 'every mocked request was made').toEqual([]);
});

function link(path: string, page: number, last: number): string {
  const parts = [`<${API}${path}?per_page=100&page=${page + 1}>; rel="next"`, `<${API}${path}?per_page=100&page=${last}>; rel="last"`];
  return parts.join(', ');
}

describe('getPullRequest', () => {
  test('maps the fresh pull request, including fork detection and a null body', async () => {
    nock(API)
      .get(`${R}/pulls/9`)
      .reply(200, {
        number: 9,
        title: 'Deploy api',
        body: null,
        state: 'closed',
        merged: true,
        merged_at: '2026-01-02T03:04:05Z',
        merge_commit_sha: sha('d'),
        html_url: 'https://github.com/octo-org/octo-repo/pull/9',
        user: { login: 'Alice', type: 'User' },
        labels: [{ name: 'deploy' }, { name: 'prod' }],
        changed_files: 4,
        commits: 3,
        draft: true,
        base: { ref: 'main', sha: sha('b'), repo: { full_name: 'octo-org/octo-repo' } },
        head: { ref: 'feat', sha: sha('c'), repo: { full_name: 'someone/octo-repo' } },
      });
    expect(await getPullRequest(testClient(), REPO, 9)).toEqual({
      number: 9,
      title: 'Deploy api',
      body: '',
      state: 'closed',
      merged: true,
      mergedAt: '2026-01-02T03:04:05Z',
      mergeCommitSha: sha('d'),
      baseRef: 'main',
      baseSha: sha('b'),
      headRef: 'feat',
      headSha: sha('c'),
      draft: true,
      authorLogin: 'Alice',
      authorType: 'User',
      labels: ['deploy', 'prod'],
      htmlUrl: 'https://github.com/octo-org/octo-repo/pull/9',
      headRepoFullName: 'someone/octo-repo',
      baseRepoFullName: 'octo-org/octo-repo',
      isFork: true,
      changedFiles: 4,
      commits: 3,
    });
  });

  test('a deleted head repository counts as a fork', async () => {
    nock(API)
      .get(`${R}/pulls/9`)
      .reply(200, {
        number: 9,
        user: null,
        base: { ref: 'main', sha: sha('b'), repo: { full_name: 'octo-org/octo-repo' } },
        head: { ref: 'feat', sha: sha('c'), repo: null },
      });
    const pr = await getPullRequest(testClient(), REPO, 9);
    expect(pr.isFork).toBe(true);
    expect(pr.headRepoFullName).toBe('');
    expect(pr.authorLogin).toBe('');
  });
});

describe('listPullFiles', () => {
  test('follows Link pages with per_page=100 and lists both names of a rename', async () => {
    const path = `${R}/pulls/3/files`;
    const page1 = Array.from({ length: 100 }, (_, i) => ({ filename: `f${i}.txt`, status: 'modified' }));
    nock(API)
      .get(path)
      .query({ per_page: '100' })
      .reply(200, page1, { link: link(path, 1, 2) })
      .get(path)
      .query({ per_page: '100', page: '2' })
      .reply(200, [{ filename: 'policies/new.yaml', previous_filename: 'policies/old.yaml', status: 'renamed' }]);
    const result = await listPullFiles(testClient(), REPO, 3);
    expect(result.files).toHaveLength(101);
    expect(result.files[100]).toEqual({ filename: 'policies/new.yaml', previousFilename: 'policies/old.yaml', status: 'renamed' });
    expect(result.names.slice(-2)).toEqual(['policies/new.yaml', 'policies/old.yaml']);
    expect(result.truncated).toBe(false);
  });

  test("reports truncation at GitHub's 3000-file cap", async () => {
    const path = `${R}/pulls/3/files`;
    const scope = nock(API);
    for (let page = 1; page <= 30; page++) {
      const files = Array.from({ length: 100 }, (_, i) => ({ filename: `p${page}/f${i}`, status: 'added' }));
      scope
        .get(path)
        .query(page === 1 ? { per_page: '100' } : { per_page: '100', page: String(page) })
        .reply(200, files, page < 30 ? { link: link(path, page, 30) } : {});
    }
    const result = await listPullFiles(testClient(), REPO, 3);
    expect(result.files).toHaveLength(3000);
    expect(result.truncated).toBe(true);
  });
});

describe('listReviews', () => {
  test('pages through reviews and maps deleted users, pending reviews and the author association', async () => {
    const path = `${R}/pulls/4/reviews`;
    nock(API)
      .get(path)
      .query({ per_page: '100' })
      .reply(
        200,
        [
          {
            id: 1,
            user: { login: 'bob', type: 'User' },
            state: 'APPROVED',
            author_association: 'COLLABORATOR',
            commit_id: sha('c'),
            submitted_at: '2026-01-01T00:00:00Z',
            html_url: 'https://github.com/o/r/pull/4#pullrequestreview-1',
          },
        ],
        { link: link(path, 1, 2) },
      )
      .get(path)
      .query({ per_page: '100', page: '2' })
      .reply(200, [{ id: 2, user: null, state: 'PENDING', commit_id: null, html_url: 'u2' }]);
    expect(await listReviews(testClient(), REPO, 4)).toEqual([
      {
        id: 1,
        login: 'bob',
        userType: 'User',
        association: 'COLLABORATOR',
        state: 'APPROVED',
        commitId: sha('c'),
        submittedAt: '2026-01-01T00:00:00Z',
        htmlUrl: 'https://github.com/o/r/pull/4#pullrequestreview-1',
      },
      // No author_association: nobody with access, as far as GitHub said.
      { id: 2, login: '', userType: '', association: '', state: 'PENDING', commitId: null, submittedAt: null, htmlUrl: 'u2' },
    ]);
  });
});

describe('listCommitPulls', () => {
  test('lists the PRs of a commit with merged_at, merge commit and head sha (simple shape without `merged`)', async () => {
    nock(API)
      .get(`${R}/commits/${sha('d')}/pulls`)
      .query({ per_page: '100' })
      .reply(200, [
        {
          number: 11,
          title: 'x',
          state: 'closed',
          merged_at: '2026-02-02T00:00:00Z',
          merge_commit_sha: sha('d'),
          user: { login: 'carol', type: 'User' },
          labels: [],
          html_url: 'h',
          base: { ref: 'main', sha: sha('b'), repo: { full_name: 'octo-org/octo-repo' } },
          head: { ref: 'f', sha: sha('e'), repo: { full_name: 'octo-org/octo-repo' } },
        },
        {
          number: 12,
          state: 'open',
          merged_at: null,
          merge_commit_sha: '',
          user: { login: 'dan', type: 'User' },
          base: { ref: 'main', sha: sha('b'), repo: { full_name: 'octo-org/octo-repo' } },
          head: { ref: 'g', sha: sha('f'), repo: { full_name: 'octo-org/octo-repo' } },
        },
      ]);
    const pulls = await listCommitPulls(testClient(), REPO, sha('d'));
    expect(pulls.map((p) => [p.number, p.merged, p.mergedAt, p.mergeCommitSha, p.headSha])).toEqual([
      [11, true, '2026-02-02T00:00:00Z', sha('d'), sha('e')],
      [12, false, null, null, sha('f')],
    ]);
  });
});

describe('compareCommits', () => {
  test('returns the changed names of a push, renames under both names', async () => {
    nock(API)
      .get(`${R}/compare/${sha('a')}...${sha('b')}`)
      .reply(200, {
        status: 'ahead',
        total_commits: 2,
        files: [
          { filename: 'README.md', status: 'modified' },
          { filename: 'policies/b.yaml', previous_filename: 'policies/a.yaml', status: 'renamed' },
        ],
      });
    expect(await compareCommits(testClient(), REPO, sha('a'), sha('b'))).toEqual({
      files: ['README.md', 'policies/b.yaml', 'policies/a.yaml'],
      status: 'ahead',
      totalCommits: 2,
      truncated: false,
    });
  });

  test('refuses the all-zero "before" of a new branch without calling GitHub', async () => {
    await expect(compareCommits(testClient(), REPO, '0'.repeat(40), sha('b'))).rejects.toMatchObject({
      kind: 'rejected',
      message: expect.stringContaining('creates a branch'),
    });
  });
});

describe('requestReviewers', () => {
  test('skips the author (case-insensitively), bots and duplicates, and requests the rest in one call', async () => {
    const scope = nock(API)
      .post(`${R}/pulls/5/requested_reviewers`, { reviewers: ['bob', 'carol'] })
      .reply(201, {});
    const result = await requestReviewers(testClient(), REPO, 5, ['bob', 'ALICE', 'renovate[bot]', 'carol', 'Bob'], {
      author: 'alice',
    });
    expect(result).toEqual({
      requested: ['bob', 'carol'],
      skipped: [
        { login: 'ALICE', reason: 'author' },
        { login: 'renovate[bot]', reason: 'bot' },
      ],
    });
    scope.done();
  });

  test('looks up the author when not given', async () => {
    nock(API)
      .get(`${R}/pulls/5`)
      .reply(200, {
        number: 5,
        user: { login: 'bob', type: 'User' },
        base: { ref: 'main', sha: sha('b'), repo: { full_name: 'octo-org/octo-repo' } },
        head: { ref: 'f', sha: sha('c'), repo: { full_name: 'octo-org/octo-repo' } },
      });
    const result = await requestReviewers(testClient(), REPO, 5, ['bob']);
    expect(result).toEqual({ requested: [], skipped: [{ login: 'bob', reason: 'author' }] });
  });

  test('on a 422 retries one by one and reports the non-collaborators instead of failing', async () => {
    const notCollaborator = {
      message:
        'Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the octo-org/octo-repo repository.',
    };
    nock(API)
      .post(`${R}/pulls/5/requested_reviewers`, { reviewers: ['bob', 'mallory'] })
      .reply(422, notCollaborator)
      .post(`${R}/pulls/5/requested_reviewers`, { reviewers: ['bob'] })
      .reply(201, {})
      .post(`${R}/pulls/5/requested_reviewers`, { reviewers: ['mallory'] })
      .reply(422, notCollaborator);
    const result = await requestReviewers(testClient(), REPO, 5, ['bob', 'mallory'], { author: 'alice' });
    expect(result.requested).toEqual(['bob']);
    expect(result.skipped).toHaveLength(1);
    expect(result.skipped[0]).toMatchObject({ login: 'mallory', reason: 'rejected' });
    expect(result.skipped[0]?.message).toContain('not a collaborator');
  });

  test('other failures are thrown with the permission fix', async () => {
    nock(API).post(`${R}/pulls/5/requested_reviewers`).reply(403, { message: 'Resource not accessible by integration' });
    const err = await rejection(requestReviewers(testClient(), REPO, 5, ['bob'], { author: 'alice' }));
    expect(err.fix).toContain('`pull-requests: write`');
  });

  test('an empty list makes no call', async () => {
    expect(await requestReviewers(testClient(), REPO, 5, [' ', ''])).toEqual({ requested: [], skipped: [] });
  });
});
