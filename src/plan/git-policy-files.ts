// Policy files at a git ref of the local repository, for `oncall-gate plan --base <ref>`, read
// from the git objects (git/policy-at-commit.ts). git runs with an argument list (no shell), so
// a ref or path cannot inject a command.
import { execFile } from 'node:child_process';
import { isError, OncallGateError } from '../errors.js';
import type { PolicyFile } from '../policy/types.js';

export type RunGit = (args: string[], cwd: string) => Promise<string>;

/** Largest output read from git: far above any policy folder (files are capped at 256 KiB each). */
const MAX_BUFFER = 64 * 1024 * 1024;

export const runGit: RunGit = (args, cwd) =>
  new Promise((resolve, reject) => {
    execFile('git', args, { cwd, maxBuffer: MAX_BUFFER, encoding: 'utf8', windowsHide: true }, (error, stdout, stderr) => {
      if (error) reject(Object.assign(error, { stderr: String(stderr) }));
      else resolve(stdout);
    });
  });

/** A ref or repository git cannot read: an `input` error (the command line names the ref). */
export function gitRefError(message: string, fix: string): OncallGateError {
  return new OncallGateError({ kind: 'input', message, fix });
}

const stderrOf = (error: unknown): string => {
  const s = (error as { stderr?: unknown }).stderr;
  return typeof s === 'string' ? (s.trim().split('\n')[0] ?? '') : '';
};

/** The top of the working tree that contains `cwd`. */
export async function gitTopLevel(cwd: string, git: RunGit = runGit): Promise<string> {
  try {
    return (await git(['rev-parse', '--show-toplevel'], cwd)).trim();
  } catch (error) {
    throw gitRefError(
      `${cwd} is not inside a git repository (${stderrOf(error) || 'git rev-parse failed'}).`,
      'Run `oncall-gate plan` from inside the repository that holds the policies (and make sure `git` is installed).',
    );
  }
}

/**
 * Every `*.yaml`/`*.yml` under `policyPath` at `ref`, repo-relative, sorted, read from the git
 * objects with the same rules as every other source (links and special files are problems);
 * [] when the folder is absent there.
 */
export async function readPolicyFilesAtGitRef(
  repoRoot: string,
  ref: string,
  policyPath: string,
  git: RunGit = runGit,
): Promise<PolicyFile[]> {
  if (ref.startsWith('-')) {
    throw gitRefError(`"${ref}" is not a git ref.`, 'Pass a branch, tag or commit, e.g. `--base origin/main`.');
  }
  try {
    // `^{commit}` makes an unknown ref fail here with git's own words, rather than look like an empty folder.
    await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], repoRoot);
  } catch {
    throw gitRefError(
      `The base ref "${ref}" is not a commit in this repository.`,
      'Pass a branch, tag or commit that exists locally (e.g. `--base origin/main`; run `git fetch` first if it is a remote branch).',
    );
  }
  const [{ openObjectStore }, { readPolicyAtCommit }, { normalizePolicyPath }] = await Promise.all([
    import('../git/object-store.js'),
    import('../git/policy-at-commit.js'),
    import('../policy/read-policy-dir.js'),
  ]);
  const store = openObjectStore(repoRoot);
  try {
    const read = await readPolicyAtCommit(store, ref, normalizePolicyPath(policyPath));
    return read && !read.folderMissing ? read.files : [];
  } catch (error) {
    if (isError(error, 'environment')) {
      throw gitRefError(
        `Cannot read ${policyPath}/ at "${ref}" from git: ${error.message}.`,
        'Check that git works in this repository (`git status`).',
      );
    }
    throw error;
  } finally {
    store.close();
  }
}

/** A short name for the ref in the plan title: `origin/main (1a2b3c4)`. */
export async function describeRef(repoRoot: string, ref: string, git: RunGit = runGit): Promise<string> {
  try {
    const sha = (await git(['rev-parse', '--short', `${ref}^{commit}`], repoRoot)).trim();
    return sha && sha !== ref ? `${ref} (${sha})` : ref;
  } catch {
    return ref;
  }
}
