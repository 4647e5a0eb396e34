// Policy files at a ref (the PR base SHA or the default branch: the policy that decides never
// comes from the PR head, so a pull request cannot loosen the rules it is judged by;
// docs/security.md, "The deciding policy").
//
// Why the Git trees API, walked to the folder, and not the contents API or one recursive tree of
// the whole repository:
// - the contents API lists one directory per call and caps directories at 1,000 entries, so a
//   nested policy folder costs a call per sub-folder;
// - `GET /git/trees/{ref}?recursive=1` on the repository root is capped at 100,000 entries / 7 MB
//   and comes back `truncated` in large monorepos, which would make the policy unreadable;
// - walking the path one tree at a time (non-recursive) and fetching only the policy folder's tree
//   recursively costs (depth + 1) small calls and is truncated only if the policy folder itself
//   holds 100,000 entries, which is an error here.
// Each file is then one `GET /git/blobs/{sha}` (base64; blobs up to 100 MB, unlike the 1 MB of
// the contents API). REST "Git trees" / "Git blobs"; both need `contents: read`.
import { notAFolderError, planPolicyRead, policyFilesOf, type TreeEntry, type TreeEntryKind } from '../policy/policy-tree.js';
import type { PolicyFile } from '../policy/types.js';
import type { GitHub, RepoRef } from './client.js';
import type { OncallGateError } from '../errors.js';
import { gitHubError } from './errors.js';

export interface PolicyFilesAtRef {
  /** Every `*.yaml` / `*.yml` blob under the folder (any depth), repo-relative, sorted by path. */
  files: PolicyFile[];
  /**
   * true when the policy folder does not exist at that ref (files is then []). An existing
   * folder without YAML files gives `files: []` and `folderMissing: false`, so callers can tell
   * "no policy folder here" from "an empty policy folder".
   */
  folderMissing: boolean;
}

export interface ReadPolicyOptions {
  /** Blob downloads in flight at once (default 4). */
  concurrency?: number;
}

interface GitTreeEntry {
  path?: string;
  mode?: string;
  type?: string;
  sha?: string;
  size?: number;
}
interface Tree {
  sha: string;
  tree: GitTreeEntry[];
  truncated: boolean;
}

/** What a tree entry is, by its git mode: 120000 a symbolic link (its blob is the link target), 160000 a submodule. */
function kindOf(entry: GitTreeEntry): 'folder' | TreeEntryKind {
  if (entry.type === 'tree') return 'folder';
  if (entry.type === 'commit' || entry.mode === '160000') return 'submodule';
  if (entry.type !== 'blob') return 'special';
  return entry.mode === '120000' ? 'symlink' : 'file';
}

/**
 * Reads every policy file under `policyPath` (e.g. "policies") at `ref` (a commit SHA, or a
 * branch or tag name). A missing folder is `{ files: [], folderMissing: true }`; an unknown ref
 * is a `not-found` error; a truncated tree is an error too, never a silently partial
 * policy. Links, submodules and files or a folder over the size limits come back as files with a
 * `problem` (policy/policy-tree.ts), exactly as from a checkout; a path that is not a folder is a
 * `policy` error.
 */
export async function readPolicyFilesAtRef(
  gh: GitHub,
  repo: RepoRef,
  ref: string,
  policyPath: string,
  options: ReadPolicyOptions = {},
): Promise<PolicyFilesAtRef> {
  const folder = policyPath
    .replace(/\\/g, '/')
    .replace(/^\.?\/+/, '')
    .replace(/\/+$/, '');
  const segments = folder.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.length === 0 || segments.includes('..')) {
    throw gitHubError(
      'rejected',
      `The policy path "${policyPath}" is not a folder inside the repository.`,
      'Set `policy-path` to a repository-relative folder such as `policies`.',
    );
  }
  const where = `${repo.owner}/${repo.repo}`;
  const info = {
    action: `read the policy folder ${folder}/ at ${ref}`,
    permission: 'contents: read',
    write: false,
    notFound: `ref ${ref} in ${where}`,
  };

  type Located = { tree: Tree } | { notFolder: { path: string; kind: TreeEntryKind } } | undefined;
  const located = await gh.call(info, async (o): Promise<Located> => {
    const getTree = async (treeish: string, recursive: boolean): Promise<Tree> => {
      const res = await o.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
        ...repo,
        tree_sha: treeish,
        ...(recursive ? { recursive: '1' } : {}),
      });
      return res.data as Tree;
    };
    let tree = await getTree(ref, false);
    for (const [i, segment] of segments.entries()) {
      const entry = tree.tree.find((e) => e.path === segment);
      if (!entry) {
        if (tree.truncated) {
          throw gitHubError(
            'too-large',
            `GitHub truncated the tree of ${segments.slice(0, i).join('/') || 'the repository root'} at ${ref}, so ${folder}/ cannot be found in it.`,
            'Move the policy folder nearer the repository root (set `policy-path` accordingly).',
          );
        }
        return undefined;
      }
      const kind = kindOf(entry);
      // Thrown outside gh.call, which would turn it into a GitHub error.
      if (kind !== 'folder') return { notFolder: { path: segments.slice(0, i + 1).join('/'), kind } };
      if (!entry.sha) throw malformedTree(ref);
      // Non-recursive on the way down; recursive only for the policy folder itself.
      tree = await getTree(entry.sha, i === segments.length - 1);
    }
    if (tree.truncated) {
      throw gitHubError(
        'too-large',
        `GitHub truncated the tree of ${folder}/ at ${ref} (over 100,000 entries or 7 MB), so the policy cannot be read completely.`,
        'Keep only policy files under `policy-path`.',
      );
    }
    return { tree };
  });
  if (!located) return { files: [], folderMissing: true };
  if ('notFolder' in located) throw notAFolderError(located.notFolder.path, located.notFolder.kind);
  const listing = located.tree;

  const entries: TreeEntry[] = [];
  const shas = new Map<string, string>();
  for (const e of listing.tree) {
    if (typeof e.path !== 'string' || !e.path) throw malformedTree(ref);
    const kind = kindOf(e);
    if (kind === 'folder') continue; // the recursive listing also lists every file inside it
    const path = `${folder}/${e.path}`;
    entries.push({ path, kind, size: e.size ?? 0 });
    if (kind === 'file' && e.sha) shas.set(path, e.sha);
  }
  const plan = planPolicyRead(folder, entries);
  const blobs = plan.read.map((e) => {
    const sha = shas.get(e.path);
    if (!sha) throw malformedTree(ref);
    return { path: e.path, sha };
  });

  const files: PolicyFile[] = new Array(blobs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++, b = blobs[i]; b; i = next++, b = blobs[i]) {
      const text = await gh.call(
        { ...info, action: `read ${b.path} at ${ref}`, notFound: `blob ${b.sha} (${b.path}) in ${where}` },
        async (o) => {
          const res = await o.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', { ...repo, file_sha: b.sha });
          const data = res.data as { content?: string; encoding?: string };
          const content = data.content ?? '';
          return data.encoding === 'base64' ? Buffer.from(content, 'base64').toString('utf8') : content;
        },
      );
      files[i] = { path: b.path, text };
    }
  };
  const concurrency = Math.max(1, Math.min(options.concurrency ?? 4, blobs.length));
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { files: policyFilesOf(files, plan), folderMissing: false };
}

function malformedTree(ref: string): OncallGateError {
  return gitHubError(
    'bad-response',
    `GitHub answered a git tree at ${ref} with an entry that has no path or object ID.`,
    'Re-run the job; if it happens again, check that GITHUB_API_URL points at the GitHub API.',
  );
}
