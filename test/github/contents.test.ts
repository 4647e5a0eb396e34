// Policy files at a ref through the Git trees API: walk to the folder, read its subtree
// recursively, fetch the YAML blobs; a missing folder is distinct; a truncated tree is an error.
import nock from 'nock';
import { afterEach, describe, expect, test } from 'vitest';
import { readPolicyFilesAtRef } from '../../src/github/contents.js';
import { API, REPO, testClient } from '../support/github-client.js';

const R = '/repos/octo-org/octo-repo';
const BASE = 'b'.repeat(40);
const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');

afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending, 'every mocked request was made').toEqual([]);
});

describe('readPolicyFilesAtRef', () => {
  test('reads every YAML blob under the folder at the ref, repo-relative and sorted', async () => {
    nock(API)
      .get(`${R}/git/trees/${BASE}`)
      .reply(200, {
        sha: 'root',
        truncated: false,
        tree: [
          { path: 'README.md', type: 'blob', mode: '100644', sha: 'r1', size: 3 },
          { path: 'policies', type: 'tree', mode: '040000', sha: 'ptree' },
        ],
      })
      .get(`${R}/git/trees/ptree`)
      .query({ recursive: '1' })
      .reply(200, {
        sha: 'ptree',
        truncated: false,
        tree: [
          { path: 'prod.yaml', type: 'blob', mode: '100644', sha: 's1', size: 20 },
          { path: 'notes.md', type: 'blob', mode: '100644', sha: 's2', size: 5 },
          { path: 'team', type: 'tree', mode: '040000', sha: 't1' },
          { path: 'team/a.yml', type: 'blob', mode: '100644', sha: 's3', size: 9 },
          { path: 'link.yaml', type: 'blob', mode: '120000', sha: 's4', size: 9 },
        ],
      })
      .get(`${R}/git/blobs/s1`)
      .reply(200, { sha: 's1', encoding: 'base64', content: `${b64('kind: policy\nname: prod\n').replace(/(.{10})/g, '$1\n')}` })
      .get(`${R}/git/blobs/s3`)
      .reply(200, { sha: 's3', encoding: 'base64', content: b64('kind: identities\nusers: {é: x}\n') });
    const result = await readPolicyFilesAtRef(testClient(), REPO, BASE, 'policies/');
    expect(result).toEqual({
      folderMissing: false,
      files: [
        // A link is never downloaded; it comes back as a problem, as from a checkout.
        {
          path: 'policies/link.yaml',
          text: '',
          problem: expect.objectContaining({
            code: 'symlink',
            message: expect.stringContaining('`policies/link.yaml` is a symbolic link'),
          }),
        },
        { path: 'policies/prod.yaml', text: 'kind: policy\nname: prod\n' },
        { path: 'policies/team/a.yml', text: 'kind: identities\nusers: {é: x}\n' },
      ],
    });
  });

  test('walks a nested policy path one tree at a time', async () => {
    nock(API)
      .get(`${R}/git/trees/main`)
      .reply(200, { sha: 'root', truncated: false, tree: [{ path: 'config', type: 'tree', sha: 'c' }] })
      .get(`${R}/git/trees/c`)
      .reply(200, { sha: 'c', truncated: false, tree: [{ path: 'policies', type: 'tree', sha: 'p' }] })
      .get(`${R}/git/trees/p`)
      .query({ recursive: '1' })
      .reply(200, { sha: 'p', truncated: false, tree: [] });
    expect(await readPolicyFilesAtRef(testClient(), REPO, 'main', 'config/policies')).toEqual({ files: [], folderMissing: false });
  });

  test('a missing folder says so distinctly', async () => {
    nock(API)
      .get(`${R}/git/trees/${BASE}`)
      .reply(200, { sha: 'root', truncated: false, tree: [{ path: 'src', type: 'tree', sha: 'x' }] });
    expect(await readPolicyFilesAtRef(testClient(), REPO, BASE, 'policies')).toEqual({ files: [], folderMissing: true });
  });

  test('an unknown ref is a not-found error naming the ref', async () => {
    nock(API).get(`${R}/git/trees/nope`).reply(404, { message: 'Not Found' });
    await expect(readPolicyFilesAtRef(testClient(), REPO, 'nope', 'policies')).rejects.toMatchObject({
      kind: 'not-found',
      message: expect.stringContaining('Ref nope in octo-org/octo-repo was not found'),
    });
  });

  test('a truncated policy tree is an error, never a partial policy', async () => {
    nock(API)
      .get(`${R}/git/trees/${BASE}`)
      .reply(200, { sha: 'root', truncated: false, tree: [{ path: 'policies', type: 'tree', sha: 'p' }] })
      .get(`${R}/git/trees/p`)
      .query({ recursive: '1' })
      .reply(200, { sha: 'p', truncated: true, tree: [{ path: 'a.yaml', type: 'blob', sha: 's', size: 1 }] });
    await expect(readPolicyFilesAtRef(testClient(), REPO, BASE, 'policies')).rejects.toMatchObject({
      kind: 'too-large',
      message: expect.stringContaining('truncated'),
    });
  });

  test('a folder not found in a truncated parent tree is an error, not "missing"', async () => {
    nock(API).get(`${R}/git/trees/${BASE}`).reply(200, { sha: 'root', truncated: true, tree: [] });
    await expect(readPolicyFilesAtRef(testClient(), REPO, BASE, 'policies')).rejects.toMatchObject({ kind: 'too-large' });
  });

  test('a policy path that is a file is an error', async () => {
    nock(API)
      .get(`${R}/git/trees/${BASE}`)
      .reply(200, { sha: 'root', truncated: false, tree: [{ path: 'policies', type: 'blob', mode: '100644', sha: 'x' }] });
    await expect(readPolicyFilesAtRef(testClient(), REPO, BASE, 'policies')).rejects.toMatchObject({
      kind: 'policy',
      message: expect.stringContaining('`policies` (on the `policy-path` input) is a file, not a folder'),
    });
  });

  test('a policy path that is a symbolic link or a submodule is an error naming it', async () => {
    for (const [entry, words] of [
      [{ path: 'policies', type: 'blob', mode: '120000', sha: 'x' }, '`policies` is a symbolic link'],
      [{ path: 'policies', type: 'commit', mode: '160000', sha: 'x' }, '`policies` is a git submodule'],
    ] as const) {
      nock(API)
        .get(`${R}/git/trees/${BASE}`)
        .reply(200, { sha: 'root', truncated: false, tree: [entry] });
      await expect(readPolicyFilesAtRef(testClient(), REPO, BASE, 'policies')).rejects.toMatchObject({
        kind: 'policy',
        message: expect.stringContaining(words),
      });
    }
  });

  test('an oversized file is refused before downloading it', async () => {
    nock(API)
      .get(`${R}/git/trees/${BASE}`)
      .reply(200, { sha: 'root', truncated: false, tree: [{ path: 'policies', type: 'tree', sha: 'p' }] })
      .get(`${R}/git/trees/p`)
      .query({ recursive: '1' })
      .reply(200, { sha: 'p', truncated: false, tree: [{ path: 'big.yaml', type: 'blob', mode: '100644', sha: 's', size: 300_000 }] });
    // No blob request is mocked: downloading it would fail the test.
    expect(await readPolicyFilesAtRef(testClient(), REPO, BASE, 'policies')).toEqual({
      folderMissing: false,
      files: [{ path: 'policies/big.yaml', text: '', problem: expect.objectContaining({ code: 'file-too-large' }) }],
    });
  });

  test('a policy path leaving the repository is refused', async () => {
    await expect(readPolicyFilesAtRef(testClient(), REPO, BASE, '../x')).rejects.toMatchObject({ kind: 'rejected' });
  });

  test('403 names `contents: read`', async () => {
    nock(API).get(`${R}/git/trees/${BASE}`).reply(403, { message: 'Resource not accessible by integration' });
    await expect(readPolicyFilesAtRef(testClient(), REPO, BASE, 'policies')).rejects.toMatchObject({
      kind: 'permission',
      fix: expect.stringContaining('`contents: read`'),
    });
  });
});
