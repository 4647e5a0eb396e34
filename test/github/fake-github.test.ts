// The adapter against the fake GitHub server: keeps the fake faithful to what the adapter
// expects (shapes, pagination, auth, errors), so end-to-end tests built on it mean something.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { upsertCheckRun } from '../../src/github/checks.js';
import { createGitHubClient } from '../../src/github/client.js';
import { compareCommits, listCommitPulls } from '../../src/github/commits.js';
import { upsertStickyComment } from '../../src/github/comments.js';
import { readPolicyFilesAtRef } from '../../src/github/contents.js';
import { getPullRequest, listPullFiles, requestReviewers } from '../../src/github/pulls.js';
import { listReviews } from '../../src/github/reviews.js';
import { getUser, getUserPublicEmail, getVerifiedDomainEmails, listAssignees } from '../../src/github/users.js';
import { startFakeGitHub, type FakeGitHub } from '@oncall-gate/github-fake';
import { REPO, TOKEN, fastTuning, rejection, testClient } from '../support/github-client.js';

let fake: FakeGitHub;
const client = (over: Parameters<typeof testClient>[0] = {}) => testClient({ apiUrl: fake.url, graphqlUrl: fake.graphqlUrl, ...over });

beforeEach(async () => {
  fake = await startFakeGitHub();
});
afterEach(async () => {
  await fake.close();
});

describe('pull requests', () => {
  test('getPullRequest reads the realistic pull object', async () => {
    const pr = fake.addPullRequest({ number: 42, title: 'Ship it', body: 'Reason: hotfix for login', user: 'alice', labels: ['deploy'] });
    const got = await getPullRequest(client(), REPO, 42);
    expect(got).toMatchObject({
      number: 42,
      title: 'Ship it',
      body: 'Reason: hotfix for login',
      state: 'open',
      merged: false,
      mergedAt: null,
      baseRef: 'main',
      baseSha: pr.base.sha,
      headSha: pr.head.sha,
      authorLogin: 'alice',
      authorType: 'User',
      labels: ['deploy'],
      headRepoFullName: 'octo-org/octo-repo',
      baseRepoFullName: 'octo-org/octo-repo',
      isFork: false,
      htmlUrl: 'https://github.com/octo-org/octo-repo/pull/42',
    });
    expect(fake.requests[0]).toMatchObject({ method: 'GET', path: '/repos/octo-org/octo-repo/pulls/42', authorization: true });
  });

  test('a fork PR and a 404', async () => {
    fake.addPullRequest({ number: 1, head: { repo: 'mallory/octo-repo' } });
    expect((await getPullRequest(client(), REPO, 1)).isFork).toBe(true);
    await expect(getPullRequest(client(), REPO, 2)).rejects.toMatchObject({ kind: 'not-found', status: 404 });
  });

  test('listPullFiles pages with per_page=100 through Link headers', async () => {
    const files = Array.from({ length: 250 }, (_, i) => `src/f${i}.ts`);
    fake.addPullRequest({
      number: 3,
      files: [...files, { filename: 'policies/b.yaml', previous_filename: 'policies/a.yaml', status: 'renamed' }],
    });
    const got = await listPullFiles(client(), REPO, 3);
    expect(got.files).toHaveLength(251);
    expect(got.names.slice(-2)).toEqual(['policies/b.yaml', 'policies/a.yaml']);
    const pages = fake.requests.filter((r) => r.path.endsWith('/files'));
    expect(pages.map((r) => r.query)).toEqual([{ per_page: '100' }, { per_page: '100', page: '2' }, { per_page: '100', page: '3' }]);
  });

  test('listPullFiles stops at the 3000-file cap like GitHub', async () => {
    fake.addPullRequest({ number: 4, files: Array.from({ length: 3100 }, (_, i) => `f${i}`) });
    const got = await listPullFiles(client(), REPO, 4);
    expect(got.files).toHaveLength(3000);
    expect(got.truncated).toBe(true);
  });

  test('listReviews maps reviews, PENDING without submitted_at', async () => {
    const pr = fake.addPullRequest({ number: 5, user: 'alice' });
    fake.addReview(5, { user: 'bob', state: 'APPROVED', submitted_at: '2026-03-01T10:00:00Z' });
    fake.addReview(5, { user: 'carol', state: 'CHANGES_REQUESTED', commit_id: 'f'.repeat(40) });
    fake.addReview(5, { user: 'dependabot[bot]', state: 'PENDING' });
    const reviews = await listReviews(client(), REPO, 5);
    expect(reviews.map((r) => [r.login, r.userType, r.state, r.commitId, r.submittedAt === null])).toEqual([
      ['bob', 'User', 'APPROVED', pr.head.sha, false],
      ['carol', 'User', 'CHANGES_REQUESTED', 'f'.repeat(40), false],
      ['dependabot[bot]', 'Bot', 'PENDING', pr.head.sha, true],
    ]);
    expect(reviews[0]?.submittedAt).toBe('2026-03-01T10:00:00Z');
    expect(reviews[0]?.htmlUrl).toBe(`https://github.com/octo-org/octo-repo/pull/5#pullrequestreview-${reviews[0]?.id}`);
  });

  test('requestReviewers: collaborators accepted, others reported, author skipped', async () => {
    fake.addRepo('octo-org/octo-repo', { collaborators: ['bob', 'carol', 'alice'] });
    fake.addPullRequest({ number: 6, user: 'alice' });
    const result = await requestReviewers(client(), REPO, 6, ['alice', 'bob', 'outsider', 'carol']);
    expect(result.requested).toEqual(['bob', 'carol']);
    expect(result.skipped.map((s) => [s.login, s.reason])).toEqual([
      ['alice', 'author'],
      ['outsider', 'rejected'],
    ]);
    expect(fake.pull(6).requested_reviewers).toEqual(['bob', 'carol']);
  });
});

describe('commits', () => {
  test('listCommitPulls returns the associated merged PRs with their final head', async () => {
    const merged = fake.addPullRequest({ number: 7, merged: true, merged_at: '2026-04-01T00:00:00Z' });
    fake.associateCommit('c'.repeat(40), [7]);
    const pulls = await listCommitPulls(client(), REPO, 'c'.repeat(40));
    expect(pulls).toHaveLength(1);
    expect(pulls[0]).toMatchObject({
      number: 7,
      merged: true,
      mergedAt: '2026-04-01T00:00:00Z',
      headSha: merged.head.sha,
      state: 'closed',
    });
    expect(await listCommitPulls(client(), REPO, 'd'.repeat(40))).toEqual([]);
  });

  test('a merged PR carries its own merge commit (never its head), which lists it; an open one has none', async () => {
    const merged = fake.addPullRequest({ number: 8, merged: true, merged_at: '2026-04-01T00:00:00Z' });
    const given = fake.addPullRequest({ number: 9, merged: true, merge_commit_sha: 'e'.repeat(40) });
    const open = fake.addPullRequest({ number: 10 });
    expect(merged.merge_commit_sha).toMatch(/^[0-9a-f]{40}$/);
    expect(merged.merge_commit_sha).not.toBe(merged.head.sha);
    expect(open.merge_commit_sha).toBeNull();
    const [listed] = await listCommitPulls(client(), REPO, merged.merge_commit_sha!);
    expect(listed).toMatchObject({ number: 8, mergeCommitSha: merged.merge_commit_sha, headSha: merged.head.sha });
    expect((await listCommitPulls(client(), REPO, 'e'.repeat(40))).map((p) => [p.number, p.mergeCommitSha])).toEqual([
      [9, given.merge_commit_sha],
    ]);
    expect(await listCommitPulls(client(), REPO, merged.head.sha)).toEqual([]);
  });

  test('compareCommits', async () => {
    fake.putCompare('a'.repeat(40), 'b'.repeat(40), ['policies/prod.yaml', 'README.md']);
    expect((await compareCommits(client(), REPO, 'a'.repeat(40), 'b'.repeat(40))).files).toEqual(['policies/prod.yaml', 'README.md']);
    await expect(compareCommits(client(), REPO, 'a'.repeat(40), 'e'.repeat(40))).rejects.toMatchObject({ kind: 'not-found' });
  });
});

describe('sticky comments', () => {
  const MARKER = '<!-- oncall-gate:request -->';

  test('creates, then edits its own comment, leaving the human one alone', async () => {
    fake.addPullRequest({ number: 8 });
    const human = fake.addComment(8, { user: 'alice', body: `quoting ${MARKER}` });
    const first = await upsertStickyComment(client(), REPO, 8, MARKER, 'v1');
    expect(first.created).toBe(true);
    const second = await upsertStickyComment(client(), REPO, 8, MARKER, 'v2');
    expect(second).toMatchObject({ id: first.id, created: false, updated: true });
    const comments = fake.comments(8);
    expect(comments).toHaveLength(2);
    expect(comments[0]).toMatchObject({ id: human.id, body: `quoting ${MARKER}` });
    expect(comments[1]).toMatchObject({ user: 'github-actions[bot]', body: `${MARKER}\nv2` });
    expect(fake.writes().map((r) => r.route)).toEqual([
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
    ]);
    expect(second.url).toBe(`https://github.com/octo-org/octo-repo/pull/8#issuecomment-${first.id}`);
  });

  test('finds its comment beyond the first page', async () => {
    fake.addPullRequest({ number: 9 });
    for (let i = 0; i < 120; i++) fake.addComment(9, { user: 'alice', body: `chatter ${i}` });
    const mine = fake.addComment(9, { user: 'github-actions[bot]', body: `${MARKER}\nold` });
    const result = await upsertStickyComment(client(), REPO, 9, MARKER, 'new');
    expect(result).toMatchObject({ id: mine.id, updated: true });
  });

  test('an App token comments as its own bot and edits that comment when botLogin names it', async () => {
    await fake.close();
    fake = await startFakeGitHub({ tokens: { [TOKEN]: 'oncall-gate-app[bot]' } });
    fake.addPullRequest({ number: 10 });
    const a = await upsertStickyComment(client(), REPO, 10, MARKER, 'one', { botLogin: 'oncall-gate-app[bot]' });
    const b = await upsertStickyComment(client(), REPO, 10, MARKER, 'two', { botLogin: 'oncall-gate-app[bot]' });
    expect(b).toMatchObject({ id: a.id, updated: true });
    // Without botLogin, the App's own comment is not recognised: a second comment is posted.
    const c = await upsertStickyComment(client(), REPO, 10, MARKER, 'three');
    expect(c.created).toBe(true);
    expect(fake.comments(10)[0]?.user).toBe('oncall-gate-app[bot]');
  });
});

describe('check runs', () => {
  test('pending -> approved -> new commits pending again', async () => {
    const sha = 'a'.repeat(40);
    // A workflow job named like the check: must never be updated.
    const job = fake.addCheckRun({ head_sha: sha, name: 'oncall-gate', status: 'in_progress', conclusion: null, external_id: 'job-uuid' });
    const gh = client();
    const pending = await upsertCheckRun(gh, REPO, sha, 'oncall-gate', { status: 'in_progress', title: 'Pending', summary: 'waiting' });
    expect(pending.created).toBe(true);
    const approved = await upsertCheckRun(gh, REPO, sha, 'oncall-gate', {
      status: 'completed',
      conclusion: 'success',
      title: 'Approved',
      summary: 'by bob',
    });
    expect(approved).toMatchObject({ id: pending.id, created: false });
    const again = await upsertCheckRun(gh, REPO, sha, 'oncall-gate', { status: 'in_progress', title: 'Pending', summary: 'again' });
    expect(again.created).toBe(true);
    const runs = fake.checkRuns(sha);
    expect(runs.find((r) => r.id === job.id)).toMatchObject({ status: 'in_progress', output: { title: null } });
    expect(runs.find((r) => r.id === pending.id)).toMatchObject({
      status: 'completed',
      conclusion: 'success',
      output: { title: 'Approved', summary: 'by bob' },
    });
    expect(runs.find((r) => r.id === again.id)).toMatchObject({ status: 'in_progress', app_slug: 'github-actions' });
    expect(fake.unhandled()).toEqual([]);
  });
});

describe('policy files at a ref', () => {
  test('reads the policy folder at the base SHA, not what the head has', async () => {
    const base = '1'.repeat(40);
    const head = '2'.repeat(40);
    fake.putPolicies(base, {
      'policies/prod.yaml': 'version: 1\nkind: policy\nname: prod\n',
      'policies/identities.yml': 'version: 1\nkind: identities\nusers: { octocat: octo@example.com }\n',
      'policies/README.md': '# not yaml',
      'src/app.ts': 'export {}',
    });
    fake.putPolicies(head, { 'policies/prod.yaml': 'evil: true\n' });
    const got = await readPolicyFilesAtRef(client(), REPO, base, 'policies');
    expect(got).toEqual({
      folderMissing: false,
      files: [
        { path: 'policies/identities.yml', text: 'version: 1\nkind: identities\nusers: { octocat: octo@example.com }\n' },
        { path: 'policies/prod.yaml', text: 'version: 1\nkind: policy\nname: prod\n' },
      ],
    });
    // one root tree, one recursive policy tree, one blob per YAML file
    expect(fake.requests.map((r) => r.route)).toEqual([
      'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
      'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
      'GET /repos/{owner}/{repo}/git/blobs/{file_sha}',
      'GET /repos/{owner}/{repo}/git/blobs/{file_sha}',
    ]);
  });

  test('missing folder, unknown ref and truncated tree', async () => {
    fake.putFiles('main', { 'src/index.ts': 'x' });
    expect(await readPolicyFilesAtRef(client(), REPO, 'main', 'policies')).toEqual({ files: [], folderMissing: true });
    await expect(readPolicyFilesAtRef(client(), REPO, 'nope', 'policies')).rejects.toMatchObject({ kind: 'not-found' });
    fake.putPolicies('big', { 'policies/a.yaml': 'a: 1', 'policies/b.yaml': 'b: 1' });
    const policyTree = fake.state.trees[fake.state.repos['octo-org/octo-repo']!.refs.big!]!.find((e) => e.path === 'policies')!.sha;
    fake.truncateTree(policyTree);
    await expect(readPolicyFilesAtRef(client(), REPO, 'big', 'policies')).rejects.toMatchObject({ kind: 'too-large' });
  });

  test('git object ids are real: the blob SHA of a file matches git hash-object', async () => {
    fake.putPolicies('main', { 'policies/a.yaml': 'hello\n' });
    const root = fake.state.repos['octo-org/octo-repo']!.refs.main!;
    const tree = fake.state.trees[fake.state.trees[root]!.find((e) => e.path === 'policies')!.sha]!;
    // `printf 'hello\n' | git hash-object --stdin`
    expect(tree[0]?.sha).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
  });
});

describe('users', () => {
  test('public e-mail and verified-domain e-mails', async () => {
    fake.addUser({ login: 'alice', email: 'alice@example.com' });
    fake.addUser({ login: 'bob' });
    fake.setVerifiedDomainEmails('octo-org', 'bob', ['bob@octo.example']);
    expect(await getUserPublicEmail(client(), 'alice')).toBe('alice@example.com');
    expect(await getUserPublicEmail(client(), 'bob')).toBeNull();
    expect(await getUserPublicEmail(client(), 'nobody')).toBeNull();
    expect(await getVerifiedDomainEmails(client(), 'bob', 'octo-org')).toEqual(['bob@octo.example']);
    expect(await getVerifiedDomainEmails(client(), 'nobody', 'octo-org')).toEqual([]);
    const gql = fake.requests.filter((r) => r.route === 'POST /graphql');
    expect(gql[0]?.body).toMatchObject({ variables: { login: 'bob', org: 'octo-org' } });
  });

  test('accounts (any case, GitHub spelling back) and the assignees of the repository, every page', async () => {
    fake.addUser({ login: 'OctoCat' });
    fake.addRepo('octo-org/octo-repo', { collaborators: Array.from({ length: 130 }, (_, i) => `dev-${i}`) });
    expect(await getUser(client(), 'octocat')).toEqual({ login: 'OctoCat', type: 'User' });
    expect(await getUser(client(), 'nobody')).toBeNull();
    const assignees = await listAssignees(client(), { owner: 'octo-org', repo: 'octo-repo' });
    expect(assignees).toHaveLength(130);
    expect(assignees.at(-1)).toBe('dev-129');
  });

  test('GraphQL FORBIDDEN (the GITHUB_TOKEN) gives the org-token message', async () => {
    fake.addUser({ login: 'bob' });
    fake.state.graphql_forbidden = true;
    await expect(getVerifiedDomainEmails(client(), 'bob', 'octo-org')).rejects.toMatchObject({
      kind: 'permission',
      fix: expect.stringContaining('org-capable token'),
    });
  });
});

describe('auth, permissions, faults', () => {
  test('a wrong token gets 401 and the github-token fix', async () => {
    await fake.close();
    fake = await startFakeGitHub({ tokens: { ghs_right: 'github-actions[bot]' } });
    fake.addPullRequest({ number: 1 });
    await expect(getPullRequest(client(), REPO, 1)).rejects.toMatchObject({
      kind: 'auth',
      status: 401,
      fix: expect.stringContaining('`github-token`'),
    });
  });

  test('a request without Authorization is answered 401', async () => {
    const res = await fetch(`${fake.url}/repos/octo-org/octo-repo/pulls/1`);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ message: 'Bad credentials' });
    expect(fake.requests[0]).toMatchObject({ authorization: false, status: 401 });
  });

  test('a read-only (fork) token: writes get 403 with the permission and fork fix, reads work', async () => {
    fake.readOnlyToken();
    fake.addPullRequest({ number: 2 });
    expect((await getPullRequest(client(), REPO, 2)).number).toBe(2);
    const err = await rejection(
      upsertCheckRun(client(), REPO, 'a'.repeat(40), 'oncall-gate', { status: 'in_progress', title: 't', summary: 's' }),
    );
    expect(err.status).toBe(403);
    expect(err.message).toContain('GitHub says it accepts: checks=write');
    expect(err.fix).toContain('`checks: write`');
    expect(err.fix).toContain('read-only');
  });

  test('injected 502s are retried', async () => {
    fake.addPullRequest({ number: 3 });
    fake.failNext('GET /repos/{owner}/{repo}/pulls/{pull_number}', { status: 502, times: 2 });
    expect((await getPullRequest(client(), REPO, 3)).number).toBe(3);
    expect(fake.requests.map((r) => r.status)).toEqual([502, 502, 200]);
  });

  test('an injected secondary rate limit is waited out', async () => {
    fake.addPullRequest({ number: 3 });
    fake.failNext('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
      status: 403,
      body: { message: 'You have exceeded a secondary rate limit.' },
      headers: { 'retry-after': '1' },
    });
    expect((await getPullRequest(client(), REPO, 3)).number).toBe(3);
  });

  test('unknown routes answer 404 and are recorded as unhandled', async () => {
    const gh = client();
    await expect(
      gh.call({ action: 'x', permission: 'p', write: false }, (o) => o.request('GET /repos/{owner}/{repo}/branches', REPO)),
    ).rejects.toMatchObject({
      kind: 'not-found',
    });
    expect(fake.unhandled().map((r) => r.path)).toEqual(['/repos/octo-org/octo-repo/branches']);
  });

  test('a dry-run client sends no write at all', async () => {
    fake.addPullRequest({ number: 4 });
    const gh = client({ readOnly: true });
    await expect(upsertStickyComment(gh, REPO, 4, '<!-- m -->', 'x')).rejects.toMatchObject({ kind: 'read-only' });
    await expect(requestReviewers(gh, REPO, 4, ['bob'], { author: 'alice' })).rejects.toMatchObject({ kind: 'read-only' });
    expect(fake.writes()).toEqual([]);
  });

  test('with the production tuning, writes are spaced but still go through', async () => {
    fake.addPullRequest({ number: 5 });
    const gh = createGitHubClient({ token: TOKEN, apiUrl: fake.url, tuning: { retryBaseMs: fastTuning().retryBaseMs } });
    const a = await upsertStickyComment(gh, REPO, 5, '<!-- m -->', 'x');
    const b = await upsertStickyComment(gh, REPO, 5, '<!-- m -->', 'y');
    expect(b.id).toBe(a.id);
  });
});
