// Real git repositories for tests: a folder with files committed, as actions/checkout leaves it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempDir } from './temp-dir.js';

/** git with a fixed identity and no signing, whatever the machine's configuration says. */
export function git(dir: string, ...args: string[]): string {
  return execFileSync(
    'git',
    [
      '-c',
      'user.name=oncall-gate tests',
      '-c',
      'user.email=tests@example.com',
      '-c',
      'commit.gpgsign=false',
      '-c',
      'init.defaultBranch=main',
      ...args,
    ],
    { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  ).trim();
}

export interface Tree {
  /** path -> text */
  files?: Record<string, string>;
  /** path -> link target */
  symlinks?: Record<string, string>;
}

/** Writes the files and links into `dir` (creating folders). */
export function writeTree(dir: string, tree: Tree): void {
  for (const [path, text] of Object.entries(tree.files ?? {})) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  for (const [path, target] of Object.entries(tree.symlinks ?? {})) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    symlinkSync(target, join(dir, path));
  }
}

/** Writes the tree into `dir` (a repository, created if needed), commits everything, returns the commit SHA. */
export function commitTree(dir: string, tree: Tree, message = 'policies'): string {
  git(dir, 'init', '-q');
  writeTree(dir, tree);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', message);
  return git(dir, 'rev-parse', 'HEAD');
}

/** A new temporary repository holding `tree` in one commit (removed when the test file ends). */
export function gitCheckout(tree: Tree): { dir: string; sha: string } {
  const dir = tempDir('oncall-gate-git-');
  return { dir, sha: commitTree(dir, tree) };
}
