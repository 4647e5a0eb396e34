// What may be read from a policy folder, decided the same way whatever the source: the working
// tree (validate, plan, the CLI), the checkout's git objects (the gate) or the GitHub API (the
// gate without a checkout, request and review). Each reader lists the folder's entries and asks
// this module which files to read; so a symbolic link, a submodule, a special file, an oversized
// file or an oversized folder gets the same answer, with the same words, from every source.
import { OncallGateError } from '../errors.js';
import type { PolicyFile, PolicyFileProblem } from './types.js';

/** The largest policy file read. */
export const MAX_POLICY_FILE_BYTES = 256 * 1024;

/** What an entry under the policy folder is. */
export type TreeEntryKind = 'file' | 'symlink' | 'submodule' | 'special';

export interface TreeEntry {
  /** Repo-relative, forward slashes. */
  path: string;
  kind: TreeEntryKind;
  /** Bytes (files). */
  size: number;
}

/** At most this many policy files in the folder. */
export const MAX_POLICY_FILES = 1000;
/** At most this many bytes of policy files in all. */
export const MAX_POLICY_TOTAL_BYTES = 5 * 1024 * 1024;

const POLICY_FILE = /\.ya?ml$/;

export function isPolicyFileName(path: string): boolean {
  return POLICY_FILE.test(path);
}

const REGULAR_FILES_ONLY = 'oncall-gate reads only regular files from the policy folder, so that what decides is exactly what was reviewed';

/** Why an entry that is not a regular file cannot be under the policy folder. */
export function entryProblem(entry: Pick<TreeEntry, 'path' | 'kind'>): PolicyFileProblem | undefined {
  switch (entry.kind) {
    case 'symlink':
      return {
        code: 'symlink',
        message: `\`${entry.path}\` is a symbolic link; ${REGULAR_FILES_ONLY}`,
        fix: 'Replace the link with the file itself (git rm the link, copy the file in its place), or move it out of the policy folder.',
      };
    case 'submodule':
      return {
        code: 'special-file',
        message: `\`${entry.path}\` is a git submodule; ${REGULAR_FILES_ONLY}`,
        fix: 'Copy the policy files into the policy folder, or move the submodule out of it.',
      };
    case 'special':
      return {
        code: 'special-file',
        message: `\`${entry.path}\` is a special file (a pipe, socket or device); ${REGULAR_FILES_ONLY}`,
        fix: 'Remove it from the policy folder.',
      };
    case 'file':
      return undefined;
  }
}

/**
 * The folder cannot be read as a policy folder: a `policy` error about `path` (repo-relative),
 * whose message names the path and the fix.
 */
export function policyDirError(path: string, message: string): OncallGateError {
  return new OncallGateError({ kind: 'policy', setting: 'policy-path', file: path, message, fix: '' });
}

/** `policy-path`, or a folder on the way to it, is not a real folder at the source read. */
export function notAFolderError(path: string, kind: TreeEntryKind): OncallGateError {
  if (kind === 'file') {
    return policyDirError(
      path,
      `\`${path}\` (on the \`policy-path\` input) is a file, not a folder; set \`policy-path\` to the folder that holds your policy files.`,
    );
  }
  const problem = entryProblem({ path, kind })?.message ?? `\`${path}\` is not a folder`;
  return policyDirError(path, `${problem}. Make \`${path}\` a real folder.`);
}

const formatCount = (n: number): string => n.toLocaleString('en-US');

/** The files to read, and the entries that are problems (reported as files that fail to load). */
export interface PolicyReadPlan {
  read: TreeEntry[];
  problems: PolicyFile[];
}

/**
 * Decides what to read from a listing of the folder `folder` (every entry under it, any depth).
 * Non-YAML regular files are ignored; anything that is not a regular file is a problem whatever
 * its name; a YAML file over the per-file limit is a problem (it is not read); over the count or
 * total-size cap, nothing is read and the folder itself is the problem.
 */
export function planPolicyRead(folder: string, entries: readonly TreeEntry[]): PolicyReadPlan {
  const problems: PolicyFile[] = [];
  const yaml: TreeEntry[] = [];
  for (const entry of entries) {
    const problem = entryProblem(entry);
    if (problem) problems.push({ path: entry.path, text: '', problem });
    else if (isPolicyFileName(entry.path)) yaml.push(entry);
  }
  const total = yaml.reduce((sum, e) => sum + e.size, 0);
  if (yaml.length > MAX_POLICY_FILES || total > MAX_POLICY_TOTAL_BYTES) {
    const what =
      yaml.length > MAX_POLICY_FILES
        ? `holds ${formatCount(yaml.length)} policy files; the limit is ${formatCount(MAX_POLICY_FILES)}`
        : `holds ${formatCount(total)} bytes of policy files; the limit is ${formatCount(MAX_POLICY_TOTAL_BYTES)} (5 MiB)`;
    const folderProblem: PolicyFile = {
      path: folder,
      text: '',
      problem: {
        code: 'policy-folder-too-large',
        message: `The policy folder \`${folder}/\` ${what}, so none of it is read`,
        fix: 'Keep only policy files under `policy-path`, and merge small policies into fewer files.',
      },
    };
    return { read: [], problems: sortByPath([folderProblem, ...problems]) };
  }
  const read: TreeEntry[] = [];
  for (const entry of yaml) {
    if (entry.size > MAX_POLICY_FILE_BYTES) problems.push({ path: entry.path, text: '', problem: tooLargeProblem() });
    else read.push(entry);
  }
  return { read: sortByPath(read), problems: sortByPath(problems) };
}

/**
 * A character a policy file may not hold: control characters other than tab and line ends, DEL,
 * C1 controls other than NEL, U+FFFE and U+FFFF (YAML's printable set), and U+FFFD, which is what
 * bytes that are not UTF-8 become when the file is read. A file holding a NUL byte is shown as
 * binary by git and by GitHub's pull request diff, so its change would be hidden from reviewers.
 */
export const NOT_TEXT = /(?![\t\n\r\u0085])[\p{Cc}\ufffd-\uffff]/u;

/** A file holding a NOT_TEXT character, in parse-yaml.ts's words. */
export function notTextProblem(char: string): PolicyFileProblem {
  const what =
    char === '\ufffd'
      ? 'bytes that are not UTF-8 (or U+FFFD)'
      : `the control character U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  return {
    code: 'not-text',
    message: `The file is not plain UTF-8 text: it holds ${what} (git and GitHub may show such a file as binary, hiding its changes from reviewers)`,
    fix: 'Save the file as UTF-8 and remove the character; policy files hold printable text, tabs and line ends only.',
  };
}

/** The per-file limit, in the words parse-yaml.ts uses when a file that was read is too large. */
export function tooLargeProblem(): PolicyFileProblem {
  return {
    code: 'file-too-large',
    message: `The file is larger than ${MAX_POLICY_FILE_BYTES / 1024} KiB, the limit for a policy file`,
    fix: 'Split it into several files (one policy per file) or remove what is not a policy.',
  };
}

/** Files read plus problems, in one list sorted by path, as every reader returns them. */
export function policyFilesOf(read: readonly PolicyFile[], plan: PolicyReadPlan): PolicyFile[] {
  return sortByPath([...read, ...plan.problems]);
}

function sortByPath<T extends { path: string }>(items: T[]): T[] {
  return items.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
