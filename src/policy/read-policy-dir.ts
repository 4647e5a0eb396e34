// Reads every policy file under the `policy-path` folder of a working tree (every `*.yaml` /
// `*.yml`, recursively). Symbolic links and special files are never followed or read: they are
// reported as errors (policy-tree.ts), as the git-objects and GitHub API readers report them, so
// a link cannot make the action read runner files into annotations and comments.
import { lstat, open, readdir } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { MAX_POLICY_FILE_BYTES, policyDirError, isPolicyFileName, notAFolderError, planPolicyRead, policyFilesOf, type TreeEntry } from './policy-tree.js';

export { policyDirError };
import type { PolicyFile } from './types.js';

/** `policies/`, `./policies` and `policies` all mean `policies`. */
export function normalizePolicyPath(policyPath: string): string {
  const cleaned = policyPath.trim().replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/\/+$/, '');
  return cleaned === '' ? '.' : cleaned;
}

/**
 * Whether a repo-relative path (forward slashes, as GitHub lists changed files) is a policy file
 * under `policyPath`; for deciding whether a pull request or push "changed policy files".
 */
export function isPolicyFile(path: string, policyPath: string): boolean {
  const folder = normalizePolicyPath(policyPath);
  const inside = folder === '.' || path.startsWith(`${folder}/`);
  return inside && isPolicyFileName(path);
}

/**
 * Every `*.yaml`/`*.yml` file under `policyPath` (relative to `repoRoot`), recursively, sorted by
 * repo-relative path with forward slashes, plus the entries that cannot be policies (symbolic
 * links, special files, files or a folder over the size limits) as files with a `problem`, which
 * loading reports as errors (policy-tree.ts decides, as for the other sources). Throws
 * a `policy` error when the folder is missing, is not a folder, is a symbolic link or lies outside
 * the repository.
 */
export async function readPolicyDir(repoRoot: string, policyPath: string): Promise<PolicyFile[]> {
  const root = resolve(repoRoot);
  const folder = normalizePolicyPath(policyPath);
  const start = resolve(root, folder);
  if (isAbsolute(folder) || !isInside(root, start)) {
    throw policyDirError(
      folder,
      `The \`policy-path\` input ("${policyPath}") points outside the repository; set it to a folder inside the repository, e.g. \`policies\`.`,
    );
  }
  // Every folder on the way must be a real folder: a link would bring in files from elsewhere.
  const segments = relative(root, start).split(sep).filter(Boolean);
  for (let i = 1; i <= segments.length; i++) {
    const path = segments.slice(0, i).join('/');
    const info = await lstat(join(root, ...segments.slice(0, i))).catch(() => undefined);
    if (!info) {
      throw policyDirError(
        folder,
        `Policy folder \`${folder}\` (the \`policy-path\` input) does not exist in ${root}. ` +
          'Check out the repository first (actions/checkout), or set `policy-path` to the folder that holds your policy files.',
      );
    }
    if (info.isSymbolicLink()) throw notAFolderError(path, 'symlink');
    if (info.isFile()) throw notAFolderError(path, 'file');
    if (!info.isDirectory()) throw notAFolderError(path, 'special');
  }

  const entries: TreeEntry[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      const path = toRepoPath(root, full);
      // Dirent types come from lstat: a link is reported as a link, never followed.
      if (entry.isDirectory()) await walk(full);
      else if (entry.isSymbolicLink()) entries.push({ path, kind: 'symlink', size: 0 });
      else if (!entry.isFile()) entries.push({ path, kind: 'special', size: 0 });
      else entries.push({ path, kind: 'file', size: isPolicyFileName(entry.name) ? (await lstat(full)).size : 0 });
    }
  };
  await walk(start);
  const plan = planPolicyRead(folder, entries);
  const read: PolicyFile[] = [];
  for (const entry of plan.read) read.push({ path: entry.path, text: await readLimited(join(root, entry.path)) });
  return policyFilesOf(read, plan);
}

/** Reads at most one byte over the per-file limit: a file that grew since it was listed still fails the size check. */
async function readLimited(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(MAX_POLICY_FILE_BYTES + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled).toString('utf8');
  } finally {
    await handle.close();
  }
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

function toRepoPath(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}
