// Reads every policy file under the `policy-path` folder of a working tree (every `*.yaml` /
// `*.yml`, recursively). Symbolic links and special files are never followed or read: they are
// reported as errors (policy-tree.ts), as the git-objects and GitHub API readers report them, so
// a link cannot make the action read runner files into annotations and comments.
import { closeSync, lstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import {
  MAX_POLICY_FILE_BYTES,
  policyDirError,
  isPolicyFileName,
  notAFolderError,
  planPolicyRead,
  policyFilesOf,
  type TreeEntry,
} from './policy-tree.js';

export { policyDirError };
import type { PolicyFile } from './types.js';

/** `policies/`, `./policies` and `policies` all mean `policies`. */
export function normalizePolicyPath(policyPath: string): string {
  const cleaned = policyPath
    .trim()
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/\/+$/, '');
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
    let info;
    try {
      info = lstatSync(join(root, ...segments.slice(0, i)));
    } catch {
      info = undefined;
    }
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

  // Synchronous reads: up to 1,000 small files, nothing else to overlap with, and each async
  // call would cost several turns of the event loop (measured: 3x slower for 1,000 files).
  const entries: TreeEntry[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      const path = toRepoPath(root, full);
      // Dirent types come from lstat: a link is reported as a link, never followed.
      if (entry.isDirectory()) walk(full);
      else if (entry.isSymbolicLink()) entries.push({ path, kind: 'symlink', size: 0 });
      else if (!entry.isFile()) entries.push({ path, kind: 'special', size: 0 });
      else entries.push({ path, kind: 'file', size: isPolicyFileName(entry.name) ? lstatSync(full).size : 0 });
    }
  };
  walk(start);
  const plan = planPolicyRead(folder, entries);
  const read = plan.read.map((entry): PolicyFile => ({ path: entry.path, text: readLimited(join(root, entry.path), entry.size) }));
  return policyFilesOf(read, plan);
}

/**
 * The file as listed (`size` bytes), reading at most one byte more, never past the per-file limit
 * plus one: a file that grew since it was listed still fails the size check.
 */
function readLimited(path: string, size: number): string {
  const fd = openSync(path, 'r');
  try {
    const readUpTo = (length: number): Buffer => {
      const buffer = Buffer.allocUnsafe(length);
      let filled = 0;
      while (filled < buffer.length) {
        const bytesRead = readSync(fd, buffer, filled, buffer.length - filled, filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return buffer.subarray(0, filled);
    };
    let content = readUpTo(Math.min(size, MAX_POLICY_FILE_BYTES) + 1);
    // Longer than listed: the file grew meanwhile; read it again up to the limit, never a prefix.
    if (content.length > size && content.length <= MAX_POLICY_FILE_BYTES) content = readUpTo(MAX_POLICY_FILE_BYTES + 1);
    return content.toString('utf8');
  } finally {
    closeSync(fd);
  }
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

function toRepoPath(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}
