// E-mail lookups: the public profile e-mail and the GraphQL verified-domain e-mails, with the
// FORBIDDEN answer the workflow GITHUB_TOKEN gets turned into a clear "use an org token" message.
import nock from 'nock';
import { afterEach, describe, expect, test } from 'vitest';
import { getUser, getUserPublicEmail, getVerifiedDomainEmails, listAssignees } from '../../src/github/users.js';
import { API, REPO, rejection, testClient } from '../support/github-client.js';

afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending, 'every mocked request was made').toEqual([]);
});

describe('getUserPublicEmail', () => {
  test('returns the public e-mail', async () => {
    nock(API).get('/users/alice').reply(200, { login: 'alice', email: 'alice@example.com' });
    expect(await getUserPublicEmail(testClient(), 'alice')).toBe('alice@example.com');
  });

  test('null when hidden or the user does not exist', async () => {
    nock(API).get('/users/bob').reply(200, { login: 'bob', email: null }).get('/users/ghost').reply(404, { message: 'Not Found' });
    expect(await getUserPublicEmail(testClient(), 'bob')).toBeNull();
    expect(await getUserPublicEmail(testClient(), 'ghost')).toBeNull();
  });

  test('other failures are thrown', async () => {
    nock(API).get('/users/x').reply(401, { message: 'Bad credentials' });
    await expect(getUserPublicEmail(testClient(), 'x')).rejects.toMatchObject({ kind: 'auth' });
  });
});

describe('getVerifiedDomainEmails', () => {
  test('sends the query with login and org variables to the GraphQL URL', async () => {
    let sent: { query: string; variables: Record<string, string> } | undefined;
    nock('https://ghes.example.com')
      .post('/api/graphql', (b: typeof sent) => {
        sent = b;
        return true;
      })
      .reply(200, { data: { user: { organizationVerifiedDomainEmails: ['a@corp.example', 'b@corp.example'] } } });
    const gh = testClient({ apiUrl: 'https://ghes.example.com/api/v3', graphqlUrl: 'https://ghes.example.com/api/graphql' });
    expect(await getVerifiedDomainEmails(gh, 'alice', 'corp')).toEqual(['a@corp.example', 'b@corp.example']);
    expect(sent?.variables).toEqual({ login: 'alice', org: 'corp' });
    expect(sent?.query).toContain('organizationVerifiedDomainEmails(login: $org)');
  });

  test('an unknown user has no e-mails', async () => {
    nock(API)
      .post('/graphql')
      .reply(200, {
        data: { user: null },
        errors: [{ type: 'NOT_FOUND', path: ['user'], message: "Could not resolve to a User with the login of 'x'." }],
      });
    expect(await getVerifiedDomainEmails(testClient(), 'x', 'corp')).toEqual([]);
  });

  test('FORBIDDEN says the GITHUB_TOKEN cannot read it and which token can', async () => {
    nock(API)
      .post('/graphql')
      .reply(200, {
        data: { user: null },
        errors: [
          { type: 'FORBIDDEN', path: ['user', 'organizationVerifiedDomainEmails'], message: 'Resource not accessible by integration' },
        ],
      });
    const err = await rejection(getVerifiedDomainEmails(testClient(), 'alice', 'corp'));
    expect(err.kind).toBe('permission');
    expect(err.message).toContain('FORBIDDEN');
    expect(err.message).toContain('alice');
    expect(err.fix).toContain('The workflow GITHUB_TOKEN cannot read organization member e-mails');
    expect(err.fix).toContain('GitHub App installation token with Organization "Members: read"');
    expect(err.fix).toContain('`read:org`');
    expect(err.fix).toContain('`github-token`');
  });

  test('an HTTP 403 gets the same org-token fix', async () => {
    nock(API).post('/graphql').reply(403, { message: 'Resource not accessible by integration' });
    await expect(getVerifiedDomainEmails(testClient(), 'alice', 'corp')).rejects.toMatchObject({
      kind: 'permission',
      fix: expect.stringContaining('org-capable token'),
    });
  });

  test('INSUFFICIENT_SCOPES (a PAT without read:org) is a permission error too', async () => {
    nock(API)
      .post('/graphql')
      .reply(200, {
        errors: [{ type: 'INSUFFICIENT_SCOPES', message: 'Your token has not been granted the required scopes to execute this query.' }],
      });
    await expect(getVerifiedDomainEmails(testClient(), 'alice', 'corp')).rejects.toMatchObject({ kind: 'permission' });
  });
});

describe('getUser', () => {
  test('the account as GitHub spells it, whatever case was asked', async () => {
    nock(API).get('/users/OctoCat').reply(200, { login: 'octocat', type: 'User', email: null });
    expect(await getUser(testClient(), 'OctoCat')).toEqual({ login: 'octocat', type: 'User' });
  });

  test('null when there is no such account', async () => {
    nock(API).get('/users/ghost-9').reply(404, { message: 'Not Found' });
    expect(await getUser(testClient(), 'ghost-9')).toBeNull();
  });

  test('a login that is not one is never sent (a path or a query could reach another endpoint)', async () => {
    for (const login of ['a/b', '../orgs/x', 'a?b=1', '', '-lead', 'a'.repeat(40)]) expect(await getUser(testClient(), login)).toBeNull();
  });

  test('a refused token is thrown', async () => {
    nock(API).get('/users/x').reply(401, { message: 'Bad credentials' });
    await expect(getUser(testClient(), 'x')).rejects.toMatchObject({ kind: 'auth', service: 'github' });
  });
});

describe('listAssignees', () => {
  test('every page of the repository’s assignees', async () => {
    nock(API)
      .get('/repos/octo-org/octo-repo/assignees')
      .query({ per_page: '100' })
      .reply(200, [{ login: 'alice' }, { login: 'bob' }], {
        link: `<${API}/repos/octo-org/octo-repo/assignees?per_page=100&page=2>; rel="next"`,
      })
      .get('/repos/octo-org/octo-repo/assignees')
      .query({ per_page: '100', page: '2' })
      .reply(200, [{ login: 'carol' }]);
    expect(await listAssignees(testClient(), REPO)).toEqual(['alice', 'bob', 'carol']);
  });
});
