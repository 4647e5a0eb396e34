// One policy folder, three ways to read it: the working tree (validate, plan), the checkout's git
// objects (the gate) and the GitHub API (the gate without a checkout, request, review). Links,
// submodules, special files and the size caps get the same answer, with the same words, from all
// three; and the git objects reader gives the committed content only.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync, inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openObjectStore } from '../../src/git/object-store.js';
import { readPolicyAtCommit } from '../../src/git/policy-at-commit.js';
import { createGitHubClient } from '../../src/github/client.js';
import { readPolicyFilesAtRef } from '../../src/github/contents.js';
import { silentLogger } from '../../src/log.js';
import { MAX_POLICY_FILES } from '../../src/policy/policy-tree.js';
import { readPolicyDir } from '../../src/policy/read-policy-dir.js';
import type { PolicyFile } from '../../src/policy/types.js';
import { startFakeGitHub, type FakeGitHub } from '@oncall-gate/github-fake';
import { git, gitCheckout, type Tree } from '../support/git-repo.js';

let gh: FakeGitHub;
beforeAll(async () => {
  gh = await startFakeGitHub({ default_repo: 'acme/api' });
});
afterAll(() => gh.close());

const fromWorkingTree = (dir: string, path = 'policies'): Promise<PolicyFile[]> => readPolicyDir(dir, path);

async function fromObjects(dir: string, path = 'policies', commit = 'HEAD'): Promise<PolicyFile[] | undefined> {
  const store = openObjectStore(dir);
  try {
    const read = await readPolicyAtCommit(store, commit, path);
    return read?.folderMissing ? undefined : read?.files;
  } finally {
    store.close();
  }
}

async function fromApi(dir: string, path = 'policies'): Promise<PolicyFile[] | undefined> {
  const sha = gh.importGitCommit(dir);
  const client = createGitHubClient({ token: 'ghs_policySources000000', apiUrl: gh.url, readOnly: true, log: silentLogger });
  const read = await readPolicyFilesAtRef(client, { owner: 'acme', repo: 'api' }, sha, path);
  return read.folderMissing ? undefined : read.files;
}

/** Reads `tree` committed in a fresh repository from all three sources; they must agree. */
async function allThree(tree: Tree): Promise<PolicyFile[]> {
  const { dir } = gitCheckout(tree);
  const [working, objects, api] = await Promise.all([fromWorkingTree(dir), fromObjects(dir), fromApi(dir)]);
  expect(objects).toEqual(working);
  expect(api).toEqual(working);
  return working;
}

const problemOf = (files: PolicyFile[], path: string) => files.find((f) => f.path === path)?.problem;

describe('the same answer from the working tree, the git objects and the GitHub API', () => {
  it('regular YAML files, recursively and sorted; other files ignored', async () => {
    const files = await allThree({
      files: {
        'policies/prod.yaml': 'kind: policy\n',
        'policies/team/a.yml': 'kind: identities\nusers: { é: x }\n',
        'policies/README.md': 'not a policy',
        'other/x.yaml': 'outside the folder',
      },
    });
    expect(files).toEqual([
      { path: 'policies/prod.yaml', text: 'kind: policy\n' },
      { path: 'policies/team/a.yml', text: 'kind: identities\nusers: { é: x }\n' },
    ]);
  });

  it('a symbolic link is an error naming it, whatever its name and wherever it points (even inside the repository)', async () => {
    const files = await allThree({
      files: { 'policies/prod.yaml': 'kind: policy\n', 'common/base.yaml': 'kind: policy\n' },
      symlinks: { 'policies/linked.yaml': '../common/base.yaml', 'policies/notes.md': '/etc/passwd', 'policies/team': '../common' },
    });
    expect(files.map((f) => [f.path, f.problem?.code])).toEqual([
      ['policies/linked.yaml', 'symlink'],
      ['policies/notes.md', 'symlink'],
      ['policies/prod.yaml', undefined],
      ['policies/team', 'symlink'],
    ]);
    expect(problemOf(files, 'policies/linked.yaml')?.message).toBe(
      '`policies/linked.yaml` is a symbolic link; oncall-gate reads only regular files from the policy folder, so that what decides is exactly what was reviewed',
    );
    // Nothing a link points at is ever read.
    expect(JSON.stringify(files)).not.toContain('root:');
  });

  it('a file over the 256 KiB limit is an error and is not read', async () => {
    const files = await allThree({ files: { 'policies/big.yaml': `# ${'x'.repeat(300 * 1024)}\n`, 'policies/ok.yaml': 'a: 1\n' } });
    expect(files).toEqual([
      { path: 'policies/big.yaml', text: '', problem: expect.objectContaining({ code: 'file-too-large' }) },
      { path: 'policies/ok.yaml', text: 'a: 1\n' },
    ]);
  });

  it(`more than ${MAX_POLICY_FILES} policy files: nothing is read, the folder is the error`, async () => {
    const many = Object.fromEntries(Array.from({ length: MAX_POLICY_FILES + 1 }, (_, i) => [`policies/p${i}.yaml`, `n: ${i}\n`]));
    const files = await allThree({ files: many });
    expect(files).toEqual([
      {
        path: 'policies',
        text: '',
        problem: expect.objectContaining({
          code: 'policy-folder-too-large',
          message: expect.stringContaining('holds 1,001 policy files; the limit is 1,000'),
        }),
      },
    ]);
  }, 60_000);

  it('more than 5 MiB of policy files in all: nothing is read, the folder is the error', async () => {
    const files = await allThree({
      files: Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`policies/p${i}.yaml`, `# ${'y'.repeat(250 * 1024)}\n`])),
    });
    expect(files).toHaveLength(1);
    expect(files[0]!.problem?.message).toMatch(
      /^The policy folder `policies\/` holds 5,376,\d{3} bytes of policy files; the limit is 5,242,880 \(5 MiB\)/,
    );
  });

  it('a policy folder that is itself a link, or a file, is the same error everywhere', async () => {
    for (const [tree, words] of [
      [{ files: { 'real/p.yaml': 'a: 1\n' }, symlinks: { policies: 'real' } }, '`policies` is a symbolic link'],
      [{ files: { policies: 'a file\n' } }, '`policies` (on the `policy-path` input) is a file, not a folder'],
    ] as const) {
      const { dir } = gitCheckout(tree);
      // One read at a time: a read started early and awaited late would reject unhandled.
      for (const read of [fromWorkingTree, fromObjects, fromApi]) {
        await expect(read(dir)).rejects.toMatchObject({ kind: 'policy', message: expect.stringContaining(words) });
      }
    }
  });

  it('a submodule in the folder is an error from the git objects and the API alike', async () => {
    const { dir } = gitCheckout({ files: { 'policies/p.yaml': 'a: 1\n' } });
    git(dir, 'update-index', '--add', '--cacheinfo', `160000,${'c'.repeat(40)},policies/vendored`);
    git(dir, 'commit', '-q', '-m', 'submodule');
    const [objects, api] = await Promise.all([fromObjects(dir), fromApi(dir)]);
    expect(api).toEqual(objects);
    expect(problemOf(objects!, 'policies/vendored')).toMatchObject({
      code: 'special-file',
      message: expect.stringContaining('is a git submodule'),
    });
  });

  it('a missing folder: no files from any source', async () => {
    const { dir } = gitCheckout({ files: { 'README.md': 'x' } });
    await expect(fromWorkingTree(dir)).rejects.toMatchObject({ kind: 'policy' });
    expect(await fromObjects(dir)).toBeUndefined();
    expect(await fromApi(dir)).toBeUndefined();
  });

  it('a special file (a named pipe) in the working tree is an error naming it', async () => {
    const { dir } = gitCheckout({ files: { 'policies/p.yaml': 'a: 1\n' } });
    execFileSync('mkfifo', [join(dir, 'policies', 'pipe.yaml')]);
    const files = await fromWorkingTree(dir);
    expect(problemOf(files, 'policies/pipe.yaml')).toMatchObject({
      code: 'special-file',
      message: expect.stringContaining('is a special file'),
    });
  });
});

describe('the git objects reader reads what was committed', () => {
  it('ignores edits and additions in the working tree after the commit', async () => {
    const { dir } = gitCheckout({ files: { 'policies/prod.yaml': 'committed: true\n' } });
    writeFileSync(join(dir, 'policies', 'prod.yaml'), 'committed: false\n');
    writeFileSync(join(dir, 'policies', 'added.yaml'), 'added: after checkout\n');
    git(dir, 'add', '-A'); // staged, not committed: the index does not count either
    expect(await fromObjects(dir)).toEqual([{ path: 'policies/prod.yaml', text: 'committed: true\n' }]);
  });

  it('ignores replacement objects (refs/replace)', async () => {
    const { dir } = gitCheckout({ files: { 'policies/prod.yaml': 'real: true\n' } });
    const real = git(dir, 'rev-parse', 'HEAD:policies/prod.yaml');
    writeFileSync(join(dir, 'fake.txt'), 'real: false\n');
    const fake = git(dir, 'hash-object', '-w', 'fake.txt');
    git(dir, 'replace', real, fake);
    expect(git(dir, 'cat-file', 'blob', real)).toBe('real: false'); // what plain git would now say
    expect(await fromObjects(dir)).toEqual([{ path: 'policies/prod.yaml', text: 'real: true\n' }]);
  });

  it('refuses an object whose content no longer matches its ID', async () => {
    const { dir } = gitCheckout({ files: { 'policies/prod.yaml': 'real: true\n' } });
    const oid = git(dir, 'rev-parse', 'HEAD:policies/prod.yaml');
    const file = join(dir, '.git', 'objects', oid.slice(0, 2), oid.slice(2));
    const altered = inflateSync(readFileSync(file)).toString('latin1').replace('real: true', 'real: fake');
    writeFileSync(file, deflateSync(Buffer.from(altered, 'latin1')));
    await expect(fromObjects(dir)).rejects.toThrow(/does not match its ID \(it was altered\)/);
  });

  it('of several objects missing from the checkout, names the first in the tree order', async () => {
    const { dir } = gitCheckout({ files: { 'policies/a/x.yaml': 'x: 1\n', 'policies/b.yaml': 'b: 1\n' } });
    for (const path of ['policies/a/x.yaml', 'policies/b.yaml']) {
      const oid = git(dir, 'rev-parse', `HEAD:${path}`);
      rmSync(join(dir, '.git', 'objects', oid.slice(0, 2), oid.slice(2)));
    }
    // b.yaml is asked about (and found missing) before the subfolder's files are listed.
    await expect(fromObjects(dir)).rejects.toThrow(/^policies\/a\/x\.yaml \([0-9a-f]{40}\) is missing from the checkout's objects$/);
  });

  it('reads another commit than HEAD by SHA, and says undefined for a commit it does not hold', async () => {
    const { dir, sha } = gitCheckout({ files: { 'policies/p.yaml': 'v: 1\n' } });
    writeFileSync(join(dir, 'policies', 'p.yaml'), 'v: 2\n');
    git(dir, 'commit', '-qam', 'v2');
    expect(await fromObjects(dir, 'policies', sha)).toEqual([{ path: 'policies/p.yaml', text: 'v: 1\n' }]);
    const store = openObjectStore(dir);
    try {
      expect(await readPolicyAtCommit(store, 'f'.repeat(40), 'policies')).toBeUndefined();
    } finally {
      store.close();
    }
  });

  it("a folder that is not a repository fails with git's own reason", async () => {
    const { dir } = gitCheckout({ files: { 'policies/p.yaml': 'v: 1\n' } });
    const notRepo = join(dir, 'policies');
    expect(readdirSync(notRepo)).toEqual(['p.yaml']);
    await expect(fromObjects(notRepo, '.')).rejects.toThrow(/not a git repository/);
  });
});
