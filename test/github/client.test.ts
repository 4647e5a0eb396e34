// The client: auth header, retries (5xx, rate limits) bounded and logged, error translation,
// the read-only guard, timeouts. nock 15 intercepts @actions/github's undici fetch on Node 24.
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import nock from 'nock';
import { afterEach, describe, expect, test } from 'vitest';
import { createGitHubClient, isGraphqlMutation, rateLimitRetryDecision } from '../../src/github/client.js';
import { getPullRequest } from '../../src/github/pulls.js';
import { upsertStickyComment } from '../../src/github/comments.js';
import { getVerifiedDomainEmails } from '../../src/github/users.js';
import { API, REPO, TOKEN, recordingLogger, rejection, testClient } from '../support/github-client.js';
import { describeError } from '../../src/report/describe-error.js';

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
  head: { ref: 'x', sha: 'h'.repeat(40), repo: { full_name: 'octo-org/octo-repo' } },
};

const failure = rejection;

afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending, 'every mocked request was made').toEqual([]);
});

describe('requests', () => {
  test('sends the token as `Authorization: token ...` to the configured base URL', async () => {
    const scope = nock('https://ghes.example.com/api/v3', {
      reqheaders: { authorization: `token ${TOKEN}`, 'user-agent': /oncall-gate/ },
    })
      .get(PR_PATH)
      .reply(200, pull);
    const pr = await getPullRequest(testClient({ apiUrl: 'https://ghes.example.com/api/v3/' }), REPO, 5);
    expect(pr.headSha).toBe('h'.repeat(40));
    scope.done();
  });

  test('an empty token fails on the first call with a fix naming github-token, not at creation', async () => {
    const gh = createGitHubClient({ token: '', apiUrl: API });
    const err = await failure(getPullRequest(gh, REPO, 5));
    expect(err).toMatchObject({ kind: 'input', service: 'github', setting: 'github-token' });
    expect(err.fix).toContain('`github-token`');
  });
});

describe('loading', () => {
  test('no module of src/github imports @actions/github or the Octokit plugins statically', async () => {
    // The gate path must not pay for Octokit when it makes no GitHub call ("Start-up cost" in
    // docs/architecture.md), so the
    // only way in is the dynamic import() in client.ts. Type-only imports are erased.
    const dir = new URL('../../src/github/', import.meta.url);
    for (const name of await readdir(dir)) {
      const text = await readFile(new URL(name, dir), 'utf8');
      const staticImports = text.match(/^import\s+(?!type\b)[^;]*from\s+'(@actions\/github|@octokit\/[^']+|bottleneck)'/gm) ?? [];
      expect(staticImports, name).toEqual([]);
    }
  });

  test('an injected fetch is used instead of the proxy-aware one', async () => {
    const seen: string[] = [];
    const fetchStub = (async (url: string | URL | Request) => {
      seen.push(String(url));
      return new Response(JSON.stringify(pull), { status: 200, headers: { 'content-type': 'application/json' } });
    }) as typeof fetch;
    const pr = await getPullRequest(testClient({ fetch: fetchStub }), REPO, 5);
    expect(pr.number).toBe(5);
    expect(seen).toEqual(['https://api.github.com/repos/octo-org/octo-repo/pulls/5']);
  });
});

describe('retries', () => {
  test('retries 5xx and succeeds', async () => {
    nock(API).get(PR_PATH).reply(502, 'bad gateway').get(PR_PATH).reply(503, { message: 'x' }).get(PR_PATH).reply(200, pull);
    const pr = await getPullRequest(testClient(), REPO, 5);
    expect(pr.number).toBe(5);
  });

  test('gives up after the configured number of retries with a server error', async () => {
    let calls = 0;
    nock(API)
      .get(PR_PATH)
      .times(3)
      .reply(() => {
        calls++;
        return [500, { message: 'Server Error' }];
      });
    const err = await failure(getPullRequest(testClient({ tuning: { retries: 2 } }), REPO, 5));
    expect(calls).toBe(3);
    expect(err.kind).toBe('unavailable');
    expect(err.status).toBe(500);
    expect(err.message).toContain('read pull request #5');
    expect(err.message).toContain('GET /repos/octo-org/octo-repo/pulls/5');
  });

  test('does not retry 404', async () => {
    nock(API).get(PR_PATH).once().reply(404, { message: 'Not Found' });
    const err = await failure(getPullRequest(testClient(), REPO, 5));
    expect(err.kind).toBe('not-found');
    expect(err.message).toContain('Pull request #5 in octo-org/octo-repo was not found');
  });

  test('retries a secondary rate limit after Retry-After and logs a warning', async () => {
    const log = recordingLogger();
    nock(API)
      .get(PR_PATH)
      .reply(
        403,
        { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
        { 'retry-after': '3' },
      )
      .get(PR_PATH)
      .reply(200, pull);
    const pr = await getPullRequest(testClient({ log }), REPO, 5);
    expect(pr.number).toBe(5);
    expect(log.warnings).toHaveLength(1);
    expect(log.warnings).toEqual([
      'GitHub secondary rate limit hit on GET /repos/octo-org/octo-repo/pulls/5; retrying in 3 s (retry 1 of 2).',
    ]);
  });

  test('stops after the bounded number of secondary-rate-limit retries', async () => {
    const log = recordingLogger();
    const body = { message: 'You have exceeded a secondary rate limit.' };
    nock(API).get(PR_PATH).times(3).reply(429, body, { 'retry-after': '1' });
    const err = await failure(getPullRequest(testClient({ log, tuning: { rateLimitRetries: 2 } }), REPO, 5));
    expect(err.kind).toBe('rate-limit');
    expect(err.status).toBe(429);
    expect(log.warnings.map((w) => w.replace(/ on .*?;/, ';'))).toEqual([
      'GitHub secondary rate limit hit; retrying in 1 s (retry 1 of 2).',
      'GitHub secondary rate limit hit; retrying in 1 s (retry 2 of 2).',
      'GitHub secondary rate limit hit; giving up after 2 retries.',
    ]);
  });

  test('does not wait for a primary rate limit that resets too late', async () => {
    const log = recordingLogger();
    const reset = Math.floor(Date.now() / 1000) + 3600;
    nock(API)
      .get(PR_PATH)
      .once()
      .reply(
        403,
        { message: 'API rate limit exceeded for installation ID 1.' },
        {
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(reset),
        },
      );
    const err = await failure(getPullRequest(testClient({ log }), REPO, 5));
    expect(err.kind).toBe('rate-limit');
    expect(err.fix).toContain(new Date(reset * 1000).toISOString());
    expect(log.warnings[0]).toMatch(/rate limit hit .* more than the 60 s this action waits/);
  });

  // nock does not honour abort signals or fail connections the way a socket does, so these two
  // use real loopback sockets.
  test('a slow answer times out per attempt and is retried', async () => {
    // The first request is never answered: the call can only complete because that attempt timed
    // out and the next one was made. No timing is asserted, so a loaded machine cannot fail this
    // (a later attempt that is slow too is simply retried again).
    let calls = 0;
    const server = createServer((_req, res) => {
      calls++;
      if (calls === 1) return;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(pull));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const port = (server.address() as AddressInfo).port;
      const pr = await getPullRequest(testClient({ apiUrl: `http://127.0.0.1:${port}`, tuning: { timeoutMs: 200 } }), REPO, 5);
      expect(pr.number).toBe(5);
      expect(calls).toBeGreaterThanOrEqual(2);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  test('a slow answer on every attempt becomes a network error that says it timed out', async () => {
    const server = createServer(() => {
      // never answers
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const port = (server.address() as AddressInfo).port;
      const err = await failure(
        getPullRequest(testClient({ apiUrl: `http://127.0.0.1:${port}`, tuning: { timeoutMs: 50, retries: 1 } }), REPO, 5),
      );
      expect(err.kind).toBe('unavailable');
      expect(err.message).toContain('did not answer in time');
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  test('a refused connection becomes a network error naming the API URL', async () => {
    const server = createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    await new Promise<void>((r) => server.close(() => r()));
    const apiUrl = `http://127.0.0.1:${port}`;
    const err = await failure(getPullRequest(testClient({ apiUrl, tuning: { retries: 1 } }), REPO, 5));
    expect(err.kind).toBe('unavailable');
    expect(err.message).toContain(`Could not reach GitHub at ${apiUrl}`);
    expect(err.message).toContain('ECONNREFUSED');
    expect(err.fix).toContain('GITHUB_API_URL');
  });
});

describe('errors', () => {
  test('401 says to check github-token and never shows the token', async () => {
    nock(API).get(PR_PATH).reply(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
    const err = await failure(getPullRequest(testClient(), REPO, 5));
    expect(err.kind).toBe('auth');
    expect(err.status).toBe(401);
    expect(err.message).toContain('401 Bad credentials');
    expect(err.fix).toContain('`github-token`');
    expect(describeError(err)).not.toContain(TOKEN);
  });

  test('403 "Resource not accessible by integration" names the permissions line, with the fork note for writes', async () => {
    nock(API)
      .get('/repos/octo-org/octo-repo/issues/5/comments')
      .query(true)
      .reply(200, [])
      .post('/repos/octo-org/octo-repo/issues/5/comments')
      .reply(
        403,
        { message: 'Resource not accessible by integration' },
        { 'x-accepted-github-permissions': 'issues=write; pull_requests=write' },
      );
    const err = await failure(upsertStickyComment(testClient(), REPO, 5, '<!-- m -->', 'hello'));
    expect(err.kind).toBe('permission');
    expect(err.status).toBe(403);
    expect(err.message).toContain('comment on pull request #5');
    expect(err.message).toContain('GitHub says it accepts: issues=write; pull_requests=write');
    expect(err.fix).toContain('Add `pull-requests: write` (or `issues: write`) under `permissions:`');
    expect(err.fix).toContain('forks the GITHUB_TOKEN is read-only');
  });

  test('403 on a read has no fork note', async () => {
    nock(API).get(PR_PATH).reply(403, { message: 'Resource not accessible by integration' });
    const err = await failure(getPullRequest(testClient(), REPO, 5));
    expect(err.fix).toContain('`pull-requests: read`');
    expect(err.fix).not.toContain('fork');
  });

  test('a token echoed back by a server is redacted', async () => {
    nock(API)
      .get(PR_PATH)
      .reply(422, { message: `token ${TOKEN} is odd` });
    const err = await failure(getPullRequest(testClient(), REPO, 5));
    expect(err.kind).toBe('rejected');
    expect(err.message).toContain('token *** is odd');
    expect(err.message).not.toContain(TOKEN);
  });
});

describe('read-only (dry-run)', () => {
  test('refuses a write without sending it, naming the call', async () => {
    nock(API).get('/repos/octo-org/octo-repo/issues/5/comments').query(true).reply(200, []);
    const gh = testClient({ readOnly: true });
    const err = await failure(upsertStickyComment(gh, REPO, 5, '<!-- m -->', 'hello'));
    expect(err.kind).toBe('read-only');
    expect(err.message).toContain('Refused POST /repos/octo-org/octo-repo/issues/5/comments');
    expect(err.message).toContain('read-only (dry-run)');
    // nothing else was mocked: a sent POST would have failed with a network error instead
  });

  test('lets GraphQL queries through and refuses mutations', async () => {
    nock(API)
      .post(
        '/graphql',
        (b: { query: string; variables: Record<string, string> }) => b.variables.login === 'alice' && b.variables.org === 'octo-org',
      )
      .reply(200, { data: { user: { organizationVerifiedDomainEmails: ['alice@example.com'] } } });
    const gh = testClient({ readOnly: true });
    expect(await getVerifiedDomainEmails(gh, 'alice', 'octo-org')).toEqual(['alice@example.com']);
    const err = await failure(
      gh.call({ action: 'mutate', permission: 'x', write: true }, (o) => o.graphql('mutation { addStar(input: {}) { clientMutationId } }')),
    );
    expect(err.kind).toBe('read-only');
  });

  test('GET requests still go out', async () => {
    nock(API).get(PR_PATH).reply(200, pull);
    expect((await getPullRequest(testClient({ readOnly: true }), REPO, 5)).number).toBe(5);
  });
});

describe('pure helpers', () => {
  test('rateLimitRetryDecision is bounded by count and wait', () => {
    const limits = { retries: 2, maxWaitSeconds: 60 };
    expect(rateLimitRetryDecision('secondary', 60, 0, limits, 'GET /x').retry).toBe(true);
    expect(rateLimitRetryDecision('secondary', 61, 0, limits, 'GET /x').retry).toBe(false);
    expect(rateLimitRetryDecision('primary', 1, 2, limits, 'GET /x').retry).toBe(false);
    expect(rateLimitRetryDecision('primary', 1, 1, limits, 'GET /x').message).toBe(
      'GitHub rate limit hit on GET /x; retrying in 1 s (retry 2 of 2).',
    );
    // ...and by the time left of the request's own budget.
    const late = rateLimitRetryDecision('secondary', 30, 0, { ...limits, left: { seconds: 29.5, ofSeconds: 90 } }, 'GET /x');
    expect(late).toEqual({
      retry: false,
      message:
        'GitHub secondary rate limit hit on GET /x; it asks to wait 30 s, more than the 29 s left of the 90 s this action allows for one request, so the call fails.',
    });
    expect(rateLimitRetryDecision('secondary', 30, 0, { ...limits, left: { seconds: 31, ofSeconds: 90 } }, 'GET /x').retry).toBe(true);
  });

  test('isGraphqlMutation ignores strings and comments', () => {
    expect(isGraphqlMutation('mutation { x }')).toBe(true);
    expect(isGraphqlMutation('  # c\nmutation M($a: Int) { x }')).toBe(true);
    expect(isGraphqlMutation('query { user(login: "mutation") { login } }')).toBe(false);
    expect(isGraphqlMutation('# mutation\nquery { viewer { login } }')).toBe(false);
    expect(isGraphqlMutation('{ viewer { login } }')).toBe(false);
  });
});
