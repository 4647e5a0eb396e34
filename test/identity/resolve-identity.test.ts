import { describe, expect, it } from 'vitest';
import { loginsByEmail, resolveIdentity, type GitHubIdentitySource } from '../../src/identity/resolve-identity.js';
import type { IdentityLookup, IdentitySettings } from '../../src/policy/types.js';
import { identityFix, identityProblem, MARKDOWN, PLAIN, type ExplainOptions } from '../../src/report/explain.js';

/** How the step summary and the request comment word an unresolved login. */
const MD: ExplainOptions = { style: MARKDOWN, advice: 'action' };

function settings(
  lookup: IdentityLookup[],
  users: Record<string, string> = {},
  file: string | null = 'policies/identities.yaml',
): IdentitySettings {
  return {
    lookup,
    users: new Map(Object.entries(users).map(([k, v]) => [k.toLowerCase(), v])),
    ...(file ? { at: { file, line: 1, column: 1 } } : {}),
  };
}

/** A fake GitHub that records calls. */
function fakeGitHub(data: { public?: Record<string, string | null>; verified?: Record<string, string[] | 'forbidden'> }) {
  const calls: string[] = [];
  const source: GitHubIdentitySource = {
    async publicEmail(login) {
      calls.push(`public:${login}`);
      return data.public?.[login] ?? null;
    },
    async verifiedDomainEmails(login, org) {
      calls.push(`verified:${login}@${org}`);
      const v = data.verified?.[login];
      return v === 'forbidden' ? { forbidden: true } : (v ?? []);
    },
  };
  return { source, calls };
}

const opts = { org: 'acme', policyPath: 'policies' };

describe('resolveIdentity', () => {
  it('map: logins case-insensitive, email lower-cased, no GitHub call', async () => {
    const gh = fakeGitHub({ public: { OctoCat: 'other@example.com' } });
    const r = await resolveIdentity('OctoCat', settings(['map', 'github-public-email'], { octocat: 'Octo.Cat@Example.com' }), {
      ...opts,
      github: gh.source,
    });
    expect(r).toMatchObject({ login: 'OctoCat', emails: ['octo.cat@example.com'], source: 'map' });
    expect(gh.calls).toEqual([]);
  });

  it('falls through the lookup order: map miss, then public email', async () => {
    const gh = fakeGitHub({ public: { octocat: 'octo@example.com' } });
    const r = await resolveIdentity('octocat', settings(['map', 'github-public-email'], { someone: 'x@example.com' }), {
      ...opts,
      github: gh.source,
    });
    expect(r).toMatchObject({ emails: ['octo@example.com'], source: 'github-public-email' });
    expect(r.tried.map((t) => t.outcome)).toEqual(['none', 'found']);
    expect(gh.calls).toEqual(['public:octocat']);
  });

  it('respects the configured order (public email before map)', async () => {
    const gh = fakeGitHub({ public: { octocat: 'public@example.com' } });
    const r = await resolveIdentity('octocat', settings(['github-public-email', 'map'], { octocat: 'map@example.com' }), {
      ...opts,
      github: gh.source,
    });
    expect(r.emails).toEqual(['public@example.com']);
  });

  it('verified-domain emails of the repository owner org; all of them kept', async () => {
    const gh = fakeGitHub({ verified: { octocat: ['Octo@acme.com', 'octo@acme.io'] } });
    const r = await resolveIdentity('octocat', settings(['github-verified-domain-email']), { ...opts, github: gh.source });
    expect(r).toMatchObject({ emails: ['octo@acme.com', 'octo@acme.io'], source: 'github-verified-domain-email' });
    expect(gh.calls).toEqual(['verified:octocat@acme']);
  });

  it('verified-domain forbidden: says which token is needed, then tries the next lookup', async () => {
    const gh = fakeGitHub({ verified: { octocat: 'forbidden' } });
    const r = await resolveIdentity('octocat', settings(['github-verified-domain-email', 'map']), { ...opts, github: gh.source });
    expect(r.emails).toEqual([]);
    expect(r.tried[0]).toEqual({
      lookup: 'github-verified-domain-email',
      outcome: 'unavailable',
      note: { kind: 'domain-forbidden', org: 'acme' },
    });
    expect(identityProblem(r.problem!, MD)).toBe(
      'GitHub user `octocat` has no known incident.io email, so they are never on call (' +
        'github-verified-domain-email: the token cannot read verified-domain emails of the `acme` organization: pass `github-token` a token that can ' +
        '(a GitHub App token with Organization "Members: read" installed on `acme`, or an organization owner\'s token with `read:org`); ' +
        'the default GITHUB_TOKEN has no organization permissions; map: no entry for `octocat` under `users:` in policies/identities.yaml)',
    );
    // On the command line the token is GITHUB_TOKEN, and names are not code spans.
    expect(identityProblem(r.problem!, { style: PLAIN, advice: 'cli' })).toBe(
      'GitHub user octocat has no known incident.io email, so they are never on call (' +
        'github-verified-domain-email: the token cannot read verified-domain emails of the acme organization: set GITHUB_TOKEN to a token that can ' +
        '(a GitHub App token with Organization "Members: read" installed on acme, or an organization owner\'s token with read:org); ' +
        'map: no entry for octocat under users: in policies/identities.yaml)',
    );
  });

  it('no email anywhere: names the login and the identities file to add it to', async () => {
    const gh = fakeGitHub({});
    const r = await resolveIdentity('Carol', settings(['map', 'github-public-email'], {}, 'ops/policies/people.yaml'), {
      ...opts,
      github: gh.source,
    });
    expect(r.emails).toEqual([]);
    expect(r.problem).toEqual({
      login: 'carol',
      file: 'ops/policies/people.yaml',
      fileExists: true,
      mapLookup: true,
      tried: [
        { lookup: 'map', outcome: 'none', note: { kind: 'map-no-entry', login: 'carol', file: 'ops/policies/people.yaml' } },
        { lookup: 'github-public-email', outcome: 'none', note: { kind: 'public-none' } },
      ],
    });
    expect(identityProblem(r.problem!, MD)).toBe(
      'GitHub user `carol` has no known incident.io email, so they are never on call ' +
        '(map: no entry for `carol` under `users:` in ops/policies/people.yaml; github-public-email: the GitHub profile shows no public email)',
    );
    expect(identityFix(r.problem!, MD)).toBe(
      'Add `carol: <their incident.io email>` under `users:` in ops/policies/people.yaml (on the default branch).',
    );
    expect(identityFix(r.problem!, { style: PLAIN })).toBe(
      'Add carol: <their incident.io email> under users: in ops/policies/people.yaml (on the default branch).',
    );
  });

  it('no identities file: tells to create policies/identities.yaml', async () => {
    const r = await resolveIdentity('carol', settings(['map'], {}, null), opts);
    expect(identityProblem(r.problem!, MD)).toMatch(/there is no identities file \(policies\/identities.yaml\)/);
    expect(identityFix(r.problem!, MD)).toBe(
      'Create policies/identities.yaml on the default branch with `version: 1`, `kind: identities` and `users:` containing `carol: <their incident.io email>`.',
    );
  });

  it('map missing from the lookup order: the fix says to add it', async () => {
    const r = await resolveIdentity('carol', settings(['github-public-email']), opts);
    expect(r.tried).toEqual([{ lookup: 'github-public-email', outcome: 'unavailable', note: { kind: 'no-token' } }]);
    expect(identityProblem(r.problem!, MD)).toMatch(/\(github-public-email: skipped: no GitHub token \(input `github-token`\)\)$/);
    expect(identityProblem(r.problem!, { style: PLAIN, advice: 'cli' })).toMatch(
      /\(github-public-email: skipped: no GitHub token \(GITHUB_TOKEN\)\)$/,
    );
    expect(identityFix(r.problem!, MD)).toBe(
      'Add `map` to `lookup:` in policies/identities.yaml and add `carol: <their incident.io email>` under `users:`.',
    );
  });

  it('a GitHub transport failure propagates (the caller fails closed)', async () => {
    const source: GitHubIdentitySource = {
      publicEmail: () => Promise.reject(new Error('GitHub API 502')),
      verifiedDomainEmails: () => Promise.resolve([]),
    };
    await expect(resolveIdentity('x', settings(['github-public-email']), { ...opts, github: source })).rejects.toThrow('502');
  });
});

describe('loginsByEmail', () => {
  it('maps lower-cased emails to logins, first login wins', () => {
    const m = loginsByEmail(settings(['map'], { alice: 'Alice@Example.com', alice2: 'alice@example.com', bob: 'bob@example.com' }));
    expect([...m]).toEqual([
      ['alice@example.com', 'alice'],
      ['bob@example.com', 'bob'],
    ]);
  });
});
