// The policy folder as committed at a commit, read from the git object database (object-store.ts):
// committed content only, never the working tree, with the same rules for links, special files
// and sizes as every other source (policy/policy-tree.ts).
import { isPolicyFileName, notAFolderError, planPolicyRead, policyFilesOf, type TreeEntry } from '../policy/policy-tree.js';
import type { PolicyFile } from '../policy/types.js';
import { commitTree, gitObjectStoreError, parseTree, type ObjectStore } from './object-store.js';

export type PolicyAtCommit =
  { commit: string; folderMissing: false; files: PolicyFile[] } | { commit: string; folderMissing: true; files: [] };

const MODE_KIND: Record<string, TreeEntry['kind'] | 'folder'> = {
  '40000': 'folder',
  '100644': 'file',
  '100755': 'file',
  '120000': 'symlink',
  '160000': 'submodule',
};

/**
 * Reads `policyPath` (repo-relative) at `commitName` (an object ID, `HEAD`, or a ref). undefined
 * when the store does not hold that commit. Throws a `policy` error when the path is not a folder
 * there (a file, a link, a submodule), an `environment` error when the objects cannot be read or
 * fail their hash check.
 */
export async function readPolicyAtCommit(store: ObjectStore, commitName: string, policyPath: string): Promise<PolicyAtCommit | undefined> {
  const commit = await store.read(`${commitName}^{commit}`);
  if (!commit) return undefined;
  if (commit.type !== 'commit') throw gitObjectStoreError(`${commitName} is not a commit`);
  const hexLength = commit.oid.length;
  const folder = policyPath;
  const segments = folder.split('/').filter((s) => s !== '' && s !== '.');

  const readTree = async (oid: string, path: string) => {
    const tree = await store.read(oid);
    if (!tree || tree.type !== 'tree')
      throw gitObjectStoreError(`The tree of ${path || 'the repository root'} at ${commit.oid} is missing from the checkout`);
    return parseTree(tree.content, hexLength);
  };

  let items = await readTree(commitTree(commit.content), '');
  for (const [i, segment] of segments.entries()) {
    const path = segments.slice(0, i + 1).join('/');
    const item = items.find((t) => t.name === segment);
    if (!item) return { commit: commit.oid, folderMissing: true, files: [] };
    const kind = MODE_KIND[item.mode] ?? 'special';
    if (kind !== 'folder') throw notAFolderError(path, kind);
    items = await readTree(item.oid, path);
  }

  // Every question about a folder's entries is asked at once (git answers them in order, one
  // round trip instead of one per entry); the entries keep the tree's order, and the first
  // problem in that order is the one reported.
  type Entry = TreeEntry & { oid: string };
  const walk = async (list: typeof items, prefix: string): Promise<Entry[]> => {
    const settled = await Promise.allSettled(
      list.map(async (item): Promise<Entry[]> => {
        const path = `${prefix}/${item.name}`;
        const kind = MODE_KIND[item.mode] ?? 'special';
        if (kind === 'folder') return walk(await readTree(item.oid, path), path);
        if (kind === 'file' && isPolicyFileName(path)) {
          const info = await store.info(item.oid);
          if (!info) throw gitObjectStoreError(`${path} (${item.oid}) is missing from the checkout's objects`);
          return [{ path, kind, size: info.size, oid: item.oid }];
        }
        return [{ path, kind, size: 0, oid: item.oid }];
      }),
    );
    return settled.flatMap((s) => {
      if (s.status === 'rejected') throw s.reason;
      return s.value;
    });
  };
  const entries = await walk(items, segments.join('/'));

  const plan = planPolicyRead(segments.join('/'), entries);
  const oids = new Map(entries.map((e) => [e.path, e.oid]));
  const read = await Promise.all(
    plan.read.map(async (entry): Promise<PolicyFile> => {
      const oid = oids.get(entry.path);
      const blob = oid === undefined ? undefined : await store.read(oid);
      if (!blob || blob.type !== 'blob') throw gitObjectStoreError(`${entry.path} is missing from the checkout's objects`);
      return { path: entry.path, text: blob.content.toString('utf8') };
    }),
  );
  return { commit: commit.oid, folderMissing: false, files: policyFilesOf(read, plan) };
}
