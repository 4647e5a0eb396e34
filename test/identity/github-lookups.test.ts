// The identity lookups of the GitHub port against the fake GitHub API: a FORBIDDEN answer on
// verified-domain emails means "unavailable to this token", anything else still fails.
import { afterEach, describe, expect, it } from 'vitest';
import { createGitHubPort } from '../../src/github/port.js';
import { startFakeGitHub, type FakeGitHub } from '../../packages/github-fake/src/github-server.js';

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const port = (f: FakeGitHub) =>
  createGitHubPort({
    token: 'ghs_lookupTest0000000000',
    apiUrl: f.url,
    repository: { owner: 'acme', repo: 'api' },
    readOnly: true,
    tuning: { retries: 0 },
  });

describe('the GitHub port: identity lookups', () => {
  it('returns verified-domain emails when the token may read them', async () => {
    fake = await startFakeGitHub();
    fake.addUser({ login: 'alice' });
    fake.setVerifiedDomainEmails('acme', 'Alice', ['alice@acme.example']);
    expect(await port(fake).verifiedDomainEmails('alice', 'acme')).toEqual(['alice@acme.example']);
  });

  it('turns GraphQL FORBIDDEN into { forbidden: true } so the resolver tries the next lookup', async () => {
    fake = await startFakeGitHub({ graphql_forbidden: true });
    fake.addUser({ login: 'alice' });
    expect(await port(fake).verifiedDomainEmails('alice', 'acme')).toEqual({ forbidden: true });
  });

  it('still fails on other errors (a bad token is not "unavailable")', async () => {
    fake = await startFakeGitHub({ tokens: { ghs_other: 'github-actions[bot]' } });
    await expect(port(fake).verifiedDomainEmails('alice', 'acme')).rejects.toMatchObject({
      kind: 'auth',
      fix: expect.stringMatching(/github-token/),
    });
  });

  it('reads the public profile email', async () => {
    fake = await startFakeGitHub();
    fake.addUser({ login: 'bob', email: 'bob@example.com' });
    expect(await port(fake).publicEmail('bob')).toBe('bob@example.com');
  });
});
