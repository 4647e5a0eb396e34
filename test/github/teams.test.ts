// Team membership for an outage fallback's approverTeams, against the fake GitHub: active members
// only (an invitation is not membership), a team that does not exist is an error (never "nobody"),
// and a token that cannot read teams (the workflow token) is an error naming github-teams-token.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '@oncall-gate/github-fake';
import { activeTeamMembers } from '../../src/github/teams.js';
import { rejection, testClient, TOKEN } from '../support/github-client.js';

let fake: FakeGitHub;
beforeEach(async () => {
  fake = await startFakeGitHub();
});
afterEach(async () => {
  await fake.close();
});

const client = () => testClient({ apiUrl: fake.url });

describe('activeTeamMembers', () => {
  it('returns the logins that are active members; pending invitations and others are not', async () => {
    fake.addTeam('acme', 'payments-leads', { Alice: 'active', bob: 'pending' }, [TOKEN]);
    expect(await activeTeamMembers(client(), 'acme', 'payments-leads', ['alice', 'bob', 'carol'])).toEqual(['alice']);
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /orgs/acme/teams/payments-leads',
      'GET /orgs/acme/teams/payments-leads/memberships/alice',
      'GET /orgs/acme/teams/payments-leads/memberships/bob',
      'GET /orgs/acme/teams/payments-leads/memberships/carol',
    ]);
  });

  it('a team that does not exist is an error naming the slug to check, not an empty team', async () => {
    fake.addTeam('acme', 'payments-leads', ['alice'], [TOKEN]);
    const error = await rejection(activeTeamMembers(client(), 'acme', 'payments-lead', ['alice']));
    expect(error).toMatchObject({ kind: 'not-found', service: 'github' });
    expect(error.message).toBe(
      'The GitHub team payments-lead of the organisation acme does not exist, or the `github-teams-token` cannot see it.',
    );
    expect(error.fix).toContain('whenUnavailable.approverTeams');
  });

  it('a token that cannot read teams (the workflow token) is a permission error that names github-teams-token', async () => {
    fake.addTeam('acme', 'payments-leads', ['alice'], ['some-other-token']);
    const error = await rejection(activeTeamMembers(client(), 'acme', 'payments-leads', ['alice']));
    expect(error).toMatchObject({ kind: 'permission', setting: 'github-teams-token' });
    expect(error.fix).toContain('`github-teams-token`');
    expect(error.fix).toContain("The workflow's GITHUB_TOKEN cannot read team membership.");
  });

  it('asks nothing about members when there is nobody to ask about', async () => {
    fake.addTeam('acme', 'payments-leads', ['alice'], [TOKEN]);
    expect(await activeTeamMembers(client(), 'acme', 'payments-leads', [])).toEqual([]);
    expect(fake.requests).toHaveLength(1);
  });
});
