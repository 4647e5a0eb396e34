// The GitHub client: no redirect to another origin is followed with the token (an error naming the
// host instead), same-origin redirects of reads are followed, and every string written to GitHub
// goes through the one redactor, the run's other secrets (the incident.io key) included.
import nock from 'nock';
import { afterEach, describe, expect, test } from 'vitest';
import { upsertStickyComment } from '../../src/github/comments.js';
import { getPullRequest } from '../../src/github/pulls.js';
import { createRedactor } from '../../src/redact.js';
import { API, REPO, TOKEN, rejection, testClient } from '../support/github-client.js';

const PR_PATH = '/repos/octo-org/octo-repo/pulls/5';
const pull = {
  number: 5,
  title: 't',
  body: null,
  state: 'open',
  merged: false,
  merged_at: null,
  html_url: 'https://github.com/octo-org/octo-repo/pull/5',
  user: { login: 'alice', type: 'User' },
  labels: [],
  base: { ref: 'main', sha: 'b'.repeat(40), repo: { full_name: 'octo-org/octo-repo' } },
  head: { ref: 'x', sha: 'c'.repeat(40), repo: { full_name: 'octo-org/octo-repo' } },
};
const INCIDENTIO_KEY = 'inc_live_9fK2mQ7xZ4pL8vR3tW6yB1nC5';

afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending, 'every mocked request was made').toEqual([]);
});

describe('redirects', () => {
  test.each([301, 302, 307])('a %i to another host is an error naming the host; the token is never sent there', async (status) => {
    nock(API)
      .get(PR_PATH)
      .reply(status, { message: 'Moved' }, { location: 'https://collector.evil.example/repos/octo-org/octo-repo/pulls/5' });
    const err = await rejection(getPullRequest(testClient(), REPO, 5));
    expect(err.message).toContain(
      `GitHub answered GET ${PR_PATH} with a redirect (${status}) to collector.evil.example; oncall-gate does not send the token to another host, so it did not follow it.`,
    );
    expect(err.fix).toContain('GITHUB_API_URL');
    expect(`${err.message} ${err.fix}`).not.toContain(TOKEN);
  });

  test('a same-origin redirect of a read (a renamed repository) is followed with the token', async () => {
    nock(API)
      .get(PR_PATH)
      .reply(301, { message: 'Moved Permanently' }, { location: `${API}/repositories/42/pulls/5` });
    nock(API, { reqheaders: { authorization: `token ${TOKEN}` } })
      .get('/repositories/42/pulls/5')
      .reply(200, pull);
    expect((await getPullRequest(testClient(), REPO, 5)).number).toBe(5);
  });

  test('a redirect loop ends with a clear error', async () => {
    nock(API)
      .get(PR_PATH)
      .reply(302, {}, { location: `${API}/a` });
    nock(API)
      .get('/a')
      .reply(302, {}, { location: `${API}/b` });
    nock(API)
      .get('/b')
      .reply(302, {}, { location: `${API}/c` });
    nock(API)
      .get('/c')
      .reply(302, {}, { location: `${API}/d` });
    const err = await rejection(getPullRequest(testClient(), REPO, 5));
    expect(err.message).toContain(`GitHub redirected GET ${PR_PATH} more than 3 times`);
  });
});

describe('secrets never reach GitHub', () => {
  test('a comment body carrying the incident.io key, whole or cut, is redacted before it is sent', async () => {
    const body = `<!-- m -->\nincident.io said: invalid key ${INCIDENTIO_KEY}; shortened: ${INCIDENTIO_KEY.slice(0, 20)}…`;
    let sent = '';
    nock(API).get('/repos/octo-org/octo-repo/issues/5/comments').query(true).reply(200, []);
    nock(API)
      .post('/repos/octo-org/octo-repo/issues/5/comments', (b: { body: string }) => ((sent = b.body), true))
      .reply(201, { id: 1, html_url: 'https://github.com/x', body: '', user: { login: 'github-actions[bot]', type: 'Bot' } });
    await upsertStickyComment(testClient({ redactor: createRedactor([TOKEN, INCIDENTIO_KEY]) }), REPO, 5, '<!-- m -->', body);
    expect(sent).toContain('incident.io said: invalid key ***; shortened: ***…');
    expect(sent).not.toContain(INCIDENTIO_KEY.slice(0, 12));
  });
});

describe('next-page links', () => {
  test('a next-page link to another host (plain http even) is refused: the token is never sent there', async () => {
    const { listReviews } = await import('../../src/github/reviews.js');
    nock(API)
      .get('/repos/octo-org/octo-repo/pulls/5/reviews')
      .query(true)
      .reply(200, [], { link: '<http://collector.evil.example/repos/octo-org/octo-repo/pulls/5/reviews?page=2>; rel="next"' });
    // Nothing answers at collector.evil.example (the network is closed in tests): following the
    // link would fail with a connection error, not the message below.
    const err = await rejection(listReviews(testClient(), REPO, 5));
    expect(err.message).toContain(
      'at http://collector.evil.example (a next-page link); oncall-gate does not send the token to another host',
    );
    expect(`${err.message} ${err.fix}`).not.toContain(TOKEN);
  });
});

describe('pagination has a cap', () => {
  test('a server that keeps answering "next page" is stopped after 100 pages with a clear error', async () => {
    const { listReviews } = await import('../../src/github/reviews.js');
    let served = 0;
    nock(API)
      .persist()
      .get('/repos/octo-org/octo-repo/pulls/5/reviews')
      .query(true)
      .reply(() => {
        served++;
        return [200, [], { link: `<${API}/repos/octo-org/octo-repo/pulls/5/reviews?per_page=100&page=${served + 1}>; rel="next"` }];
      });
    const err = await rejection(listReviews(testClient(), REPO, 5));
    expect(err.kind).toBe('too-large');
    expect(err.message).toContain('GitHub kept answering with more pages of the reviews of the pull request: over 100 pages');
    expect(served).toBe(101);
    nock.cleanAll();
  });
});
