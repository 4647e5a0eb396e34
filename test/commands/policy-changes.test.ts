// `command: auto` runs plan / apply only when policy files changed: decided
// from the pull request's file list, or on a push from the compared commits, against the fake
// GitHub API. The same rule as the readers of the policy folder decides what a policy file is.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyFilesChanged, touchesPolicyFolder } from '../../src/commands/policy-changes.js';
import { startFakeGitHub, type FakeGitHub } from '@oncall-gate/github-fake';
import { REPO, commandContext, pullRequestPayload, workspace } from '../support/command-context.js';

let github: FakeGitHub;
beforeAll(async () => {
  github = await startFakeGitHub();
  github.addRepo(REPO);
});
afterAll(async () => {
  await github?.close();
});

const BEFORE = '1'.repeat(40);
const AFTER = '2'.repeat(40);

function onPull(number: number, files: string[], inputs: Record<string, string> = {}) {
  github.addPullRequest({ number, files }, REPO);
  return commandContext({ inputs, workspace: workspace({}), githubUrl: github.url, payload: pullRequestPayload(number) });
}

function onPush(before: string, files: string[], inputs: Record<string, string> = {}) {
  github.putCompare(before, AFTER, files, REPO);
  const payload = { ref: 'refs/heads/main', before, after: AFTER, repository: { full_name: REPO, default_branch: 'main' } };
  return commandContext({ inputs, eventName: 'push', workspace: workspace({}), githubUrl: github.url, payload });
}

describe('policyFilesChanged', () => {
  it('pull request: true for a YAML file under the policy folder, false for anything else', async () => {
    expect(await policyFilesChanged(onPull(31, ['policies/production.yaml', 'src/app.ts']))).toBe(true);
    expect(await policyFilesChanged(onPull(32, ['src/app.ts', 'policies/README.md', 'policies-old/x.yaml']))).toBe(false);
    expect(await policyFilesChanged(onPull(33, ['ops/policies/team/a.yml'], { 'policy-path': 'ops/policies' }))).toBe(true);
  });

  it('push: from the compared commits; a new branch (zero `before`) counts as changed', async () => {
    expect(await policyFilesChanged(onPush(BEFORE, ['policies/staging.yaml']))).toBe(true);
    expect(await policyFilesChanged(onPush('3'.repeat(40), ['docs/x.md']))).toBe(false);
    expect(await policyFilesChanged(onPush('0'.repeat(40), []))).toBe(true);
  });
});

describe('touchesPolicyFolder', () => {
  it('counts only the files the policy readers read (`*.yaml` / `*.yml`, any depth)', () => {
    expect(touchesPolicyFolder(['policies/a/b/c.yml'], 'policies')).toBe(true);
    // readPolicyDir and the API reader skip `.YAML`: such a file changes no policy.
    expect(touchesPolicyFolder(['policies/A.YAML'], 'policies')).toBe(false);
  });
});
