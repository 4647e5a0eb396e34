// Reads objects from a repository's git object database through one long-lived
// `git cat-file --batch-command` process, and checks every object against its name: the object
// ID is the hash of the object's type, size and content, so an object read here is exactly the
// committed content, whatever a working tree, an index or a replaced object file holds.
//
// Why a git process and not a library: reading packfiles (delta chains, pack indexes, two object
// formats) is most of a git implementation; the git on the runner does it, and one process
// answers every read of a policy folder. Why check hashes ourselves: `cat-file` trusts the
// object files on disk, and an earlier step of the job could have edited one.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createHash } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { OncallGateError } from '../errors.js';

export type GitObjectType = 'commit' | 'tree' | 'blob' | 'tag';

export interface GitObjectInfo {
  oid: string;
  type: GitObjectType;
  size: number;
}

export interface GitObject extends GitObjectInfo {
  content: Buffer;
}

export interface ObjectStore {
  /** Type and size of an object by name (an object ID, `HEAD`, `<ref>^{commit}`); undefined when missing. */
  info(name: string): Promise<GitObjectInfo | undefined>;
  /** The object, its content checked against its ID; undefined when missing. */
  read(name: string): Promise<GitObject | undefined>;
  close(): void;
}

/** The object store cannot be used: no git, not a repository, or an object that fails its hash. */
export function gitObjectStoreError(message: string): OncallGateError {
  return new OncallGateError({ kind: 'environment', message, fix: '' });
}

const NAME = /^[^\s]+$/;

/**
 * Git's environment for reading committed content only: nothing from the calling environment
 * that could point git at another repository or object store, no replacement objects
 * (`refs/replace` would swap one object for another), no fetching of missing objects from a
 * promisor remote (a partial clone), no prompts, and no discovery above the folder.
 */
export function gitReadEnv(repoDir: string, env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const clean: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(env)) if (!k.startsWith('GIT_')) clean[k] = v;
  return {
    ...clean,
    GIT_NO_REPLACE_OBJECTS: '1',
    GIT_NO_LAZY_FETCH: '1',
    GIT_TERMINAL_PROMPT: '0',
    GIT_CEILING_DIRECTORIES: dirname(resolve(repoDir)),
    GIT_CONFIG_NOSYSTEM: '1',
  };
}

/** Opens the object store of the repository whose top level is `repoDir`. */
export function openObjectStore(repoDir: string, options: { git?: string; env?: NodeJS.ProcessEnv } = {}): ObjectStore {
  const dir = resolve(repoDir);
  let child: ChildProcessWithoutNullStreams;
  // safe.directory on the command line: a checkout owned by another user (a container job) is
  // still read; the command only reads objects.
  const args = ['-c', `safe.directory=${dir}`, 'cat-file', '--batch-command'];
  const waiting: {
    want: 'info' | 'contents';
    name: string;
    resolve: (o: GitObject | GitObjectInfo | undefined) => void;
    reject: (e: Error) => void;
  }[] = [];
  let buffer: Buffer = Buffer.alloc(0);
  let failure: Error | undefined;
  let stderr = '';

  const fail = (error: Error): void => {
    failure ??= error;
    for (const w of waiting.splice(0)) w.reject(failure);
  };

  try {
    child = spawn(options.git ?? 'git', args, {
      cwd: dir,
      env: gitReadEnv(dir, options.env),
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
    });
  } catch (error) {
    failure = gitObjectStoreError(`Cannot run git: ${(error as Error).message}`);
    return failedStore(failure);
  }
  child.on('error', (error) => fail(gitObjectStoreError(`Cannot run git: ${error.message}`)));
  child.stdin.on('error', () => undefined); // reported through 'close' below
  child.stderr.on('data', (d: Buffer) => {
    if (stderr.length < 2000) stderr += d.toString('utf8');
  });
  child.on('close', (code) => {
    const why = stderr.trim().split('\n')[0] || `git exited with code ${String(code)}`;
    fail(gitObjectStoreError(why));
  });

  const drain = (): void => {
    for (let w = waiting[0]; w; w = waiting[0]) {
      const eol = buffer.indexOf(0x0a);
      if (eol < 0) return;
      const header = buffer.subarray(0, eol).toString('utf8');
      if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
        buffer = buffer.subarray(eol + 1);
        waiting.shift();
        w.resolve(undefined);
        continue;
      }
      const [, oid, type, size] = /^([0-9a-f]{40}|[0-9a-f]{64}) (commit|tree|blob|tag) (\d+)$/.exec(header) ?? [];
      if (!oid || !type || !size) {
        fail(gitObjectStoreError(`Unexpected answer from git cat-file: "${header.slice(0, 100)}"`));
        return;
      }
      const info: GitObjectInfo = { oid, type: type as GitObjectType, size: Number(size) };
      // An object asked for by its ID must come back under that ID (its content is then checked
      // against it below): git answering with another object is an error, not a substitute.
      if (/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(w.name) && info.oid !== w.name) {
        fail(gitObjectStoreError(`git answered ${w.name} with another object (${info.oid})`));
        return;
      }
      if (w.want === 'info') {
        buffer = buffer.subarray(eol + 1);
        waiting.shift();
        w.resolve(info);
        continue;
      }
      const end = eol + 1 + info.size;
      if (buffer.length < end + 1) return; // content and its newline not all here yet
      const content = Buffer.from(buffer.subarray(eol + 1, end));
      buffer = buffer.subarray(end + 1);
      waiting.shift();
      if (objectId(info.type, content, info.oid.length) !== info.oid) {
        w.reject(
          gitObjectStoreError(`The ${info.type} ${info.oid} in the checkout's object database does not match its ID (it was altered)`),
        );
        continue;
      }
      w.resolve({ ...info, content });
    }
  };
  child.stdout.on('data', (d: Buffer) => {
    buffer = buffer.length === 0 ? d : Buffer.concat([buffer, d]);
    drain();
  });

  const ask = <T extends GitObjectInfo>(want: 'info' | 'contents', name: string): Promise<T | undefined> => {
    if (failure) return Promise.reject(failure);
    if (!NAME.test(name)) return Promise.reject(gitObjectStoreError(`Not an object name: "${name.slice(0, 80)}"`));
    return new Promise<T | undefined>((resolvePromise, reject) => {
      waiting.push({ want, name, resolve: resolvePromise as (o: GitObject | GitObjectInfo | undefined) => void, reject });
      child.stdin.write(`${want} ${name}\n`);
    });
  };

  return {
    info: (name) => ask<GitObjectInfo>('info', name),
    read: (name) => ask<GitObject>('contents', name),
    close: () => {
      if (child.exitCode === null && !child.killed) child.stdin.end();
    },
  };
}

function failedStore(error: Error): ObjectStore {
  return { info: () => Promise.reject(error), read: () => Promise.reject(error), close: () => undefined };
}

/** The ID git gives an object: SHA-1 (40 hex) or SHA-256 (64 hex) of "<type> <size>\0<content>". */
export function objectId(type: GitObjectType, content: Buffer, hexLength = 40): string {
  const hash = createHash(hexLength === 64 ? 'sha256' : 'sha1');
  hash.update(`${type} ${content.length}\0`);
  hash.update(content);
  return hash.digest('hex');
}

export interface TreeItem {
  /** Octal mode as git writes it: 40000 tree, 100644/100755 file, 120000 symbolic link, 160000 submodule. */
  mode: string;
  name: string;
  oid: string;
}

/** Entries of a tree object: `<mode> <name>\0<raw object ID>` repeated. */
export function parseTree(content: Buffer, hexLength = 40): TreeItem[] {
  const raw = hexLength / 2;
  const items: TreeItem[] = [];
  let at = 0;
  while (at < content.length) {
    const space = content.indexOf(0x20, at);
    const nul = content.indexOf(0x00, space + 1);
    if (space < 0 || nul < 0 || nul + 1 + raw > content.length) throw gitObjectStoreError('A tree object in the checkout is malformed');
    items.push({
      mode: content.subarray(at, space).toString('latin1'),
      name: content.subarray(space + 1, nul).toString('utf8'),
      oid: content.subarray(nul + 1, nul + 1 + raw).toString('hex'),
    });
    at = nul + 1 + raw;
  }
  return items;
}

/** The tree a commit object points at. */
export function commitTree(content: Buffer): string {
  const tree = /^tree ([0-9a-f]{40}|[0-9a-f]{64})\n/.exec(content.subarray(0, 80).toString('latin1'))?.[1];
  if (!tree) throw gitObjectStoreError('A commit object in the checkout is malformed');
  return tree;
}
