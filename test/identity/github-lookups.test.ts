// The GitHub identity lookups bound to a real client against the fake GitHub API: a FORBIDDEN
// answer on verified-domain emails means "unavailable to this token", anything else still fails.
import { afterEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/github/client.js';
import { githubIdentitySource } from '../../src/identity/github-lookups.js';
import { startFakeGitHub, type FakeGitHub } from '@oncall-gate/github-fake';

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const client = (f: FakeGitHub) => createGitHubClient({ token: 'ghs_lookupTest0000000000', apiUrl: f.url, tuning: { retries: 0 } });

describe('githubIdentitySource', () => {
  it('returns verified-domain emails when the token may read them', async () => {
    fake = await startFakeGitHub();
    fake.addUser({ login: 'alice' });
    fake.setVerifiedDomainEmails('acme', 'Alice', ['alice@acme.example']);
    expect(await githubIdentitySource(client(fake)).verifiedDomainEmails('alice', 'acme')).toEqual(['alice@acme.example']);
  });

  it('turns GraphQL FORBIDDEN into { forbidden: true } so the resolver tries the next lookup', async () => {
    fake = await startFakeGitHub({ graphql_forbidden: true });
    fake.addUser({ login: 'alice' });
    expect(await githubIdentitySource(client(fake)).verifiedDomainEmails('alice', 'acme')).toEqual({ forbidden: true });
  });

  it('still fails on other errors (a bad token is not "unavailable")', async () => {
    fake = await startFakeGitHub({ tokens: { ghs_other: 'github-actions[bot]' } });
    await expect(githubIdentitySource(client(fake)).verifiedDomainEmails('alice', 'acme')).rejects.toMatchObject({
      kind: 'auth',
      fix: expect.stringMatching(/github-token/),
    });
  });

  it('reads the public profile email', async () => {
    fake = await startFakeGitHub();
    fake.addUser({ login: 'bob', email: 'bob@example.com' });
    expect(await githubIdentitySource(client(fake)).publicEmail('bob')).toBe('bob@example.com');
  });
});
