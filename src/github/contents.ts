// Policy files at a ref (the PR base SHA or the default branch: the policy that decides never
// comes from the PR head, DESIGN.md section 6).
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
import type { PolicyFile } from '../policy/types.js';
import type { GitHub, RepoRef } from './client.js';
import { GitHubError } from './errors.js';

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
  /** Files larger than this are an error rather than downloaded (default 1 MiB). */
  maxFileBytes?: number;
  /** Blob downloads in flight at once (default 4). */
  concurrency?: number;
}

interface TreeEntry {
  path?: string;
  mode?: string;
  type?: string;
  sha?: string;
  size?: number;
}
interface Tree {
  sha: string;
  tree: TreeEntry[];
  truncated: boolean;
}

const YAML_FILE = /\.ya?ml$/;
// Git modes: 120000 is a symbolic link (its blob is the link target, not a file), 160000 a submodule.
const SYMLINK_MODE = '120000';

/**
 * Reads every policy file under `policyPath` (e.g. "policies") at `ref` (a commit SHA, or a
 * branch or tag name). A missing folder is `{ files: [], folderMissing: true }`; an unknown ref
 * is a GitHubError (not-found); a truncated tree or an oversized file is a GitHubError too, never
 * a silently partial policy.
 */
export async function readPolicyFilesAtRef(
  gh: GitHub,
  repo: RepoRef,
  ref: string,
  policyPath: string,
  options: ReadPolicyOptions = {},
): Promise<PolicyFilesAtRef> {
  const folder = policyPath.replace(/\\/g, '/').replace(/^\.?\/+/, '').replace(/\/+$/, '');
  const segments = folder.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.length === 0 || segments.includes('..')) {
    throw new GitHubError(
      'validation',
      `The policy path "${policyPath}" is not a folder inside the repository.`,
      'Set `policy-path` to a repository-relative folder such as `policies`.',
    );
  }
  const maxBytes = options.maxFileBytes ?? 1024 * 1024;
  const where = `${repo.owner}/${repo.repo}`;
  const info = {
    action: `read the policy folder ${folder}/ at ${ref}`,
    permission: 'contents: read',
    write: false,
    notFound: `ref ${ref} in ${where}`,
  };

  const located = await gh.call(info, async (o) => {
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
          throw new GitHubError(
            'too-large',
            `GitHub truncated the tree of ${segments.slice(0, i).join('/') || 'the repository root'} at ${ref}, so ${folder}/ cannot be found in it.`,
            'Move the policy folder nearer the repository root (set `policy-path` accordingly).',
          );
        }
        return undefined;
      }
      if (entry.type !== 'tree' || !entry.sha) {
        throw new GitHubError(
          'validation',
          `${segments.slice(0, i + 1).join('/')} at ${ref} in ${where} is a ${entry.type ?? 'non-folder'}, not a folder.`,
          'Set `policy-path` to the folder that holds the policy YAML files.',
        );
      }
      // Non-recursive on the way down; recursive only for the policy folder itself.
      tree = await getTree(entry.sha, i === segments.length - 1);
    }
    if (tree.truncated) {
      throw new GitHubError(
        'too-large',
        `GitHub truncated the tree of ${folder}/ at ${ref} (over 100,000 entries or 7 MB), so the policy cannot be read completely.`,
        'Keep only policy files under `policy-path`.',
      );
    }
    return tree;
  });
  if (!located) return { files: [], folderMissing: true };

  const blobs = located.tree
    .filter((e) => e.type === 'blob' && e.mode !== SYMLINK_MODE && e.path && e.sha && YAML_FILE.test(e.path))
    .map((e) => ({ path: `${folder}/${e.path as string}`, sha: e.sha as string, size: e.size ?? 0 }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  for (const b of blobs) {
    if (b.size > maxBytes) {
      throw new GitHubError(
        'too-large',
        `${b.path} at ${ref} is ${b.size} bytes, over the ${maxBytes}-byte limit for a policy file.`,
        'Split the policy into smaller files.',
      );
    }
  }

  const files: PolicyFile[] = new Array(blobs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < blobs.length) {
      const i = next++;
      const b = blobs[i]!;
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
  return { files, folderMissing: false };
}
