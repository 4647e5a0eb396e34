// Reads every policy file under the `policy-path` folder of a checked-out repository
// (DESIGN.md section 2: every `*.yaml`/`*.yml`, recursively). Symbolic links may not lead
// outside the repository: a PR could otherwise make the action read runner files into
// annotations and comments.
import { open, readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { MAX_POLICY_FILE_BYTES } from './parse-yaml.js';
import type { PolicyFile } from './types.js';

/** The folder cannot be read as a policy folder; the message names the folder and the fix. */
export class PolicyDirError extends Error {
  constructor(
    /** Repo-relative path the problem is about. */
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'PolicyDirError';
  }
}

const POLICY_FILE = /\.ya?ml$/;

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
  return inside && POLICY_FILE.test(path);
}

/**
 * Every `*.yaml`/`*.yml` file under `policyPath` (relative to `repoRoot`), recursively, sorted by
 * repo-relative path with forward slashes. Files above MAX_POLICY_FILE_BYTES are read only up to
 * the limit plus one byte (loadPolicySet reports them as too large). Throws PolicyDirError when
 * the folder is missing, is not a folder, or it or a symbolic link inside it leads outside the
 * repository.
 */
export async function readPolicyDir(repoRoot: string, policyPath: string): Promise<PolicyFile[]> {
  const root = resolve(repoRoot);
  const folder = normalizePolicyPath(policyPath);
  const start = resolve(root, folder);
  if (isAbsolute(folder) || !isInside(root, start)) {
    throw new PolicyDirError(
      folder,
      `The \`policy-path\` input ("${policyPath}") points outside the repository; set it to a folder inside the repository, e.g. \`policies\`.`,
    );
  }
  const realRoot = await realpath(root);
  let info;
  try {
    info = await stat(start);
  } catch {
    throw new PolicyDirError(
      folder,
      `Policy folder \`${folder}\` (the \`policy-path\` input) does not exist in ${root}. ` +
        'Check out the repository first (actions/checkout), or set `policy-path` to the folder that holds your policy files.',
    );
  }
  if (!info.isDirectory()) {
    throw new PolicyDirError(folder, `\`${folder}\` (the \`policy-path\` input) is a file, not a folder; set \`policy-path\` to the folder that holds your policy files.`);
  }
  await assertInside(realRoot, start, folder);

  const files: PolicyFile[] = [];
  const visited = new Set<string>();
  const walk = async (dir: string): Promise<void> => {
    const real = await realpath(dir);
    // A link back up the tree would otherwise recurse forever.
    if (visited.has(real)) return;
    visited.add(real);
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      const full = join(dir, entry.name);
      const display = toRepoPath(root, full);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        await assertInside(realRoot, full, display);
        const target = await stat(full).catch(() => undefined);
        if (!target) continue; // a dangling link holds no policy
        isDir = target.isDirectory();
        isFile = target.isFile();
      }
      if (isDir) await walk(full);
      else if (isFile && POLICY_FILE.test(entry.name)) files.push({ path: display, text: await readLimited(full) });
    }
  };
  await walk(start);
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

async function assertInside(realRoot: string, path: string, display: string): Promise<void> {
  let real: string;
  try {
    real = await realpath(path);
  } catch {
    return; // dangling: nothing outside can be read through it
  }
  if (!isInside(realRoot, real)) {
    throw new PolicyDirError(
      display,
      `\`${display}\` is a symbolic link that leads outside the repository; oncall-gate does not follow it. Replace it with the policy file itself.`,
    );
  }
}

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
