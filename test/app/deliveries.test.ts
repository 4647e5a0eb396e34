// Decoding App deliveries: every field optional in GitHub's schema, every field data. The callback
// URL alone says where an answer goes, and only when it is on the configured API.
import { describe, expect, it } from 'vitest';
import { protectionRuleRequestedPayload, pullRequestReviewPayload } from '@oncall-gate/github-fake';
import { decodeProtectionRuleRequest, decodeReviewTrigger, parseCallbackUrl } from '../../src/app/deliveries.js';

const API = 'https://api.github.com';
const SHA = 'c'.repeat(40);

const real = (over: Partial<Parameters<typeof protectionRuleRequestedPayload>[0]> = {}): Record<string, any> =>
  protectionRuleRequestedPayload({
    apiUrl: API,
    repository: 'acme/api',
    installationId: 77,
    runId: 123,
    environment: 'production',
    sha: SHA,
    sender: 'octocat',
    ...over,
  }) as Record<string, any>;

describe('parseCallbackUrl', () => {
  it.each([
    [
      'https://api.github.com/repos/acme/api/actions/runs/123/deployment_protection_rule',
      API,
      { repository: { owner: 'acme', repo: 'api' }, runId: 123 },
    ],
    [
      'https://ghe.example/api/v3/repos/acme/api/actions/runs/9/deployment_protection_rule',
      'https://ghe.example/api/v3',
      { repository: { owner: 'acme', repo: 'api' }, runId: 9 },
    ],
    ['https://evil.example/repos/acme/api/actions/runs/123/deployment_protection_rule', API, undefined],
    ['http://api.github.com/repos/acme/api/actions/runs/123/deployment_protection_rule', API, undefined],
    ['https://api.github.com/repos/acme/api/actions/runs/123/deployment_protection_rule?x', API, undefined],
    ['https://user@api.github.com/repos/acme/api/actions/runs/123/deployment_protection_rule', API, undefined],
    ['https://api.github.com/repos/acme/api/actions/runs/12a/deployment_protection_rule', API, undefined],
    ['https://api.github.com/repos/acme/api/actions/runs/123/pending_deployments', API, undefined],
    ['https://api.github.com/repos/a%2Fb/api/actions/runs/1/deployment_protection_rule', API, undefined],
    ['https://api.github.com/repos/../api/actions/runs/1/deployment_protection_rule', API, undefined],
    ['https://ghe.example/repos/acme/api/actions/runs/9/deployment_protection_rule', 'https://ghe.example/api/v3', undefined],
    ['not a url', API, undefined],
  ])('%s', (url, api, expected) => {
    expect(parseCallbackUrl(url, api)).toEqual(expected);
  });
});

describe('decodeProtectionRuleRequest', () => {
  it("decodes GitHub's payload shape", () => {
    expect(decodeProtectionRuleRequest(real(), API)).toEqual({
      kind: 'request',
      request: {
        installationId: 77,
        repository: { owner: 'acme', repo: 'api' },
        runId: 123,
        environment: 'production',
        defaultBranch: 'main',
        sha: SHA,
        ref: 'refs/heads/main',
        event: 'push',
        requester: 'octocat',
      },
    });
  });

  it('takes the commit from the deployment when the top-level sha is absent, and none that is not a SHA', () => {
    const p = real();
    delete p.sha;
    expect(decodeProtectionRuleRequest(p, API)).toMatchObject({ kind: 'request', request: { sha: SHA } });
    p.deployment.sha = 'main';
    expect(decodeProtectionRuleRequest(p, API)).toMatchObject({ kind: 'request', request: { sha: '' } });
  });

  it('takes the environment from the deployment when the top-level one is absent', () => {
    const p = real();
    delete p.environment;
    p.deployment.environment = 'staging';
    expect(decodeProtectionRuleRequest(p, API)).toMatchObject({ kind: 'request', request: { environment: 'staging' } });
  });

  it.each<[string, (p: Record<string, any>) => void, string]>([
    ['payload is a string', () => undefined, 'not a JSON object'],
    ['no installation', (p) => delete p.installation, 'installation.id'],
    ['installation id 0', (p) => (p.installation.id = 0), 'installation.id'],
    ['installation id as a string', (p) => (p.installation.id = '77'), 'installation.id'],
    ['no callback URL', (p) => delete p.deployment_callback_url, 'no deployment_callback_url'],
    [
      'callback on another host',
      (p) => (p.deployment_callback_url = 'https://evil.example/repos/acme/api/actions/runs/1/deployment_protection_rule'),
      'not a protection-rule callback on https://api.github.com',
    ],
    ['no environment anywhere', (p) => (delete p.environment, delete p.deployment), 'names no environment'],
    ['environment with a line break', (p) => (p.environment = 'prod\nuction'), 'not a valid environment name'],
    ['environment too long', (p) => (p.environment = 'e'.repeat(256)), 'not a valid environment name'],
  ])('nothing to answer: %s', (_name, change, problem) => {
    const p = _name === 'payload is a string' ? 'requested' : real();
    if (typeof p === 'object') change(p);
    const d = decodeProtectionRuleRequest(p, API);
    expect(d.kind).toBe('ignore');
    expect(d.kind === 'ignore' && d.problem).toContain(problem);
  });

  it.each<[string, (p: Record<string, any>) => void, string]>([
    ['no sender', (p) => delete p.sender, 'no sender'],
    ['sender login with a space', (p) => (p.sender.login = 'octo cat'), 'not a GitHub login'],
    ['sender login too long', (p) => (p.sender.login = 'a'.repeat(40)), 'not a GitHub login'],
    ['another repository in the payload', (p) => (p.repository.full_name = 'acme/other'), 'another in its callback URL'],
  ])('answered with a rejection: %s', (_name, change, problem) => {
    const p = real();
    change(p);
    const d = decodeProtectionRuleRequest(p, API);
    expect(d).toMatchObject({
      kind: 'reject',
      target: { installationId: 77, runId: 123, environment: 'production', repository: { owner: 'acme', repo: 'api' } },
    });
    expect(d.kind === 'reject' && d.problem).toContain(problem);
  });

  it('accepts an App bot as sender (it is then simply not on call)', () => {
    const p = real({ sender: 'renovate[bot]' });
    expect(decodeProtectionRuleRequest(p, API)).toMatchObject({ kind: 'request', request: { requester: 'renovate[bot]' } });
  });

  it('drops a default branch that is not a branch name', () => {
    const p = real();
    p.repository.default_branch = 'main\n';
    expect(decodeProtectionRuleRequest(p, API)).toMatchObject({ kind: 'request', request: { defaultBranch: '' } });
  });
});

describe('decodeReviewTrigger', () => {
  const review = (over: Partial<Parameters<typeof pullRequestReviewPayload>[0]> = {}): Record<string, any> =>
    pullRequestReviewPayload({
      repository: 'acme/api',
      installationId: 77,
      number: 12,
      mergeCommitSha: SHA,
      review: { id: 1, user: 'carol', state: 'approved', commitId: 'd'.repeat(40), submittedAt: '2026-03-02T14:00:00Z' },
      ...over,
    }) as Record<string, any>;

  it('a review of a pull request merged into the default branch triggers a check of its merge commit', () => {
    expect(decodeReviewTrigger(review())).toEqual({
      kind: 'trigger',
      trigger: {
        installationId: 77,
        repository: { owner: 'acme', repo: 'api' },
        defaultBranch: 'main',
        pullNumber: 12,
        mergeCommitSha: SHA,
      },
    });
    expect(decodeReviewTrigger(review({ action: 'dismissed' })).kind).toBe('trigger');
  });

  it.each<[string, Record<string, any>, string]>([
    ['not merged', review({ mergeCommitSha: null }), 'is not merged'],
    ['merged into another branch', review({ baseRef: 'release' }), 'another branch'],
    [
      'no installation',
      (() => {
        const p = review();
        delete p.installation;
        return p;
      })(),
      'installation',
    ],
    [
      'a repository name with a slash in it',
      (() => {
        const p = review();
        p.repository.full_name = 'acme/api/x';
        return p;
      })(),
      'repository',
    ],
    [
      'an action that is no review',
      (() => {
        const p = review();
        p.action = 'created';
        return p;
      })(),
      'review action',
    ],
  ])('ignored: %s', (_name, payload, why) => {
    const d = decodeReviewTrigger(payload);
    expect(d.kind).toBe('ignore');
    expect(d.kind === 'ignore' && d.why).toContain(why);
  });
});
