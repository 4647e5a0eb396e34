// `oncall-gate validate` with a GitHub token: every login of the identities file must be a GitHub
// account, and a near miss of one of the repository's people gets a "did you mean".
import { describe, expect, it } from 'vitest';
import { gitHubError } from '../../src/github/errors.js';
import type { GitHubAccount } from '../../src/github/users.js';
import { checkGitHubLogins, nearestLogin, type GitHubLoginClient } from '../../src/policy/github-logins.js';
import { loadPolicySet } from '../../src/policy/load-policy.js';
import { typoDistance } from '../../src/policy/suggest.js';
import { files } from '../support/policy-sets.js';

const identities = (users: string) => ({
  'policies/identities.yaml': `version: 1\nkind: identities\nlookup: [map]\nusers:\n${users}`,
});

function fakeGitHub(accounts: Record<string, string>, assignees?: string[]) {
  const asked: string[] = [];
  let assigneeCalls = 0;
  const client: GitHubLoginClient = {
    async getUser(login): Promise<GitHubAccount | null> {
      asked.push(login);
      const found = Object.keys(accounts).find((a) => a.toLowerCase() === login.toLowerCase());
      return found ? { login: found, type: accounts[found]! } : null;
    },
    ...(assignees
      ? {
          async listAssignees() {
            assigneeCalls++;
            return assignees;
          },
        }
      : {}),
  };
  return { client, asked, assigneeCalls: () => assigneeCalls };
}

async function check(users: string, github: GitHubLoginClient) {
  const f = files(identities(users));
  return checkGitHubLogins(loadPolicySet(f), f, github);
}

describe('checkGitHubLogins', () => {
  it('every login an account: nothing to say, each asked once, assignees never read', async () => {
    const gh = fakeGitHub({ octocat: 'User', alice: 'User' }, ['octocat', 'alice']);
    expect(await check('  octocat: o@example.com\n  Alice: a@example.com\n', gh.client)).toEqual([]);
    expect(gh.asked.sort()).toEqual(['Alice', 'octocat']);
    expect(gh.assigneeCalls()).toBe(0);
  });

  it('a login that is no account is an error on its line, with "did you mean" from the repository’s people', async () => {
    const gh = fakeGitHub({ octocat: 'User', alice: 'User' }, ['OctoCat', 'alice', 'bob']);
    const diagnostics = await check('  octocat: o@example.com\n  alcie: a@example.com\n', gh.client);
    expect(diagnostics).toEqual([
      {
        severity: 'error',
        code: 'unknown-github-login',
        file: 'policies/identities.yaml',
        line: 6,
        column: 3,
        message:
          '`alcie` is not a GitHub account (GitHub has no user with that login), so the email a@example.com is never matched to anyone',
        fix: 'Did you mean `alice`? Write the login as it appears in the person’s GitHub profile address (https://github.com/<login>).',
      },
    ]);
    expect(gh.assigneeCalls()).toBe(1);
  });

  it('a near miss is found without regard to case; a far one gets no suggestion', async () => {
    const gh = fakeGitHub({}, ['Octocat-Deploy', 'alice']);
    const [near, far] = await check('  octocat-deplyo: o@example.com\n  zzzzzz: z@example.com\n', gh.client);
    expect(near!.fix).toMatch(/^Did you mean `Octocat-Deploy`\?/);
    expect(far!.fix).toMatch(/^Write the login/);
    expect(gh.assigneeCalls()).toBe(1);
  });

  it('without the repository (no GITHUB_REPOSITORY) there is no suggestion, and the error still stands', async () => {
    const [d] = await check('  alcie: a@example.com\n', fakeGitHub({ alice: 'User' }).client);
    expect(d).toMatchObject({ severity: 'error', code: 'unknown-github-login' });
    expect(d!.fix).not.toMatch(/Did you mean/);
  });

  it('assignees that cannot be read cost only the suggestion', async () => {
    const client: GitHubLoginClient = {
      getUser: async () => null,
      listAssignees: async () => {
        throw gitHubError('permission', 'no', 'fix');
      },
    };
    const [d] = await check('  alcie: a@example.com\n', client);
    expect(d).toMatchObject({ code: 'unknown-github-login' });
  });

  it('an organization is not a person', async () => {
    const [d] = await check('  acme: ops@example.com\n', fakeGitHub({ acme: 'Organization' }).client);
    expect(d).toMatchObject({ severity: 'error', code: 'github-login-not-a-user', line: 5 });
    expect(d!.message).toMatch(/^`acme` is a GitHub organization/);
  });

  it('a refused token fails the check (the caller reports that GitHub was not checked)', async () => {
    const client: GitHubLoginClient = {
      getUser: async () => {
        throw gitHubError('auth', 'GitHub rejected the token (401).', 'Check GITHUB_TOKEN.');
      },
    };
    await expect(check('  alice: a@example.com\n', client)).rejects.toMatchObject({ kind: 'auth' });
  });

  it('no identities file: no request', async () => {
    const gh = fakeGitHub({});
    const f = files({ 'policies/x.yaml': 'version: 1\nkind: policy\nname: x\nmatch: { environments: [e] }\napproval: []\n' });
    expect(await checkGitHubLogins(loadPolicySet(f), f, gh.client)).toEqual([]);
    expect(gh.asked).toEqual([]);
  });
});

describe('nearestLogin', () => {
  it.each([
    ['alcie', ['alice', 'bob'], 'alice'],
    ['ALICE1', ['alice'], 'alice'],
    ['bbo', ['bob'], 'bob'],
    ['bxy', ['bob'], undefined],
    ['bo', ['bob'], 'bob'],
    ['octocat', ['OctoCat'], undefined],
    ['zzzzzz', ['alice'], undefined],
  ])('%s among %j -> %s', (login, people, expected) => {
    expect(nearestLogin(login, people)).toBe(expected);
  });
});

describe('typoDistance', () => {
  it.each([
    ['daev', 'dave', 1],
    ['Dave', 'dave', 0],
    ['alice', 'alcie', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['ab', 'ba', 1],
  ])('%s -> %s: %d', (a, b, d) => {
    expect(typoDistance(a, b)).toBe(d);
  });
});
