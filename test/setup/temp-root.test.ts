// The suite leaves no temporary folders behind: os.tmpdir() in a test, and in what a test spawns, is
// the run's own folder (test/setup/temp-root.ts), which the run removes at its end; helpers'
// folders (test/support/temp-dir.ts) go when their test file ends.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { TestProject } from 'vitest/node';
import { inheritedNodeEnv } from '../e2e/harness.js';
import { removeTempDirs, tempDir } from '../support/temp-dir.js';
import setup from './temp-root.js';

const root = inject('tempRoot');

const inside = (path: string, folder: string): boolean => {
  const rel = relative(realpathSync(folder), realpathSync(path));
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
};

/** os.tmpdir() as a child process sees it, with the environment given (or this process's). */
function childTmpdir(env?: NodeJS.ProcessEnv): string {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(require("node:os").tmpdir())'], { encoding: 'utf8', env });
  expect(r.stderr).toBe('');
  return r.stdout;
}

describe("the run's temporary folder", () => {
  it('is what os.tmpdir() returns in a test: a folder of its own in the system temporary folder', () => {
    expect(tmpdir()).toBe(root);
    expect(basename(root)).toMatch(new RegExp(`^oncall-gate-test-run-\\d+-`));
    expect(statSync(dirname(root)).isDirectory()).toBe(true);
  });

  it('holds what a test creates with mkdtemp under os.tmpdir()', () => {
    const dir = mkdtempSync(join(tmpdir(), 'oncall-gate-proof-'));
    writeFileSync(join(dir, 'file'), 'x');
    expect(inside(join(dir, 'file'), root)).toBe(true);
  });

  it('is the temporary folder of the processes tests spawn: with the inherited environment, and with the e2e harness clean one', () => {
    expect(childTmpdir()).toBe(root);
    expect(childTmpdir({ PATH: process.env.PATH ?? '', ...inheritedNodeEnv() })).toBe(root);
  });
});

describe('tempDir (test/support/temp-dir.ts)', () => {
  it('makes folders inside the run folder that removeTempDirs removes', () => {
    const a = tempDir('oncall-gate-proof-a-');
    const b = tempDir('oncall-gate-proof-b-');
    writeFileSync(join(a, 'file'), 'x');
    mkdirSync(join(b, 'nested', 'deeper'), { recursive: true });
    expect(inside(a, root) && inside(b, root)).toBe(true);
    removeTempDirs();
    expect([existsSync(a), existsSync(b)]).toEqual([false, false]);
  });
});

describe('the global setup (test/setup/temp-root.ts)', () => {
  function deadPid(): number {
    const r = spawnSync(process.execPath, ['-e', '0']);
    return r.pid!;
  }

  it('points TMPDIR, TMP and TEMP at a new folder, and its teardown removes the folder and restores them', () => {
    const provided: Record<string, unknown> = {};
    const project = { provide: (key: string, value: unknown) => (provided[key] = value) } as unknown as TestProject;
    const teardown = setup(project);
    const runFolder = provided.tempRoot as string;
    try {
      expect([process.env.TMPDIR, process.env.TMP, process.env.TEMP]).toEqual([runFolder, runFolder, runFolder]);
      expect(tmpdir()).toBe(runFolder);
      expect(dirname(runFolder)).toBe(root);
      mkdirSync(join(mkdtempSync(join(tmpdir(), 'left-by-a-test-')), 'a', 'b'), { recursive: true });
    } finally {
      teardown();
    }
    expect(existsSync(runFolder)).toBe(false);
    expect([process.env.TMPDIR, process.env.TMP, process.env.TEMP]).toEqual([root, root, root]);
  });

  it("removes the folders of earlier runs that were stopped before their teardown, and nobody else's", () => {
    const parent = tempDir('oncall-gate-sweep-');
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = parent;
    try {
      const dead = deadPid();
      const abandoned = join(parent, `oncall-gate-test-run-${dead}-aaaaaa`);
      const recent = join(parent, `oncall-gate-test-run-${dead}-bbbbbb`);
      const running = join(parent, `oncall-gate-test-run-${process.pid}-cccccc`);
      const other = join(parent, `oncall-gate-git-${dead}-dddddd`);
      for (const dir of [abandoned, recent, running, other]) mkdirSync(join(dir, 'inside'), { recursive: true });
      // File times two hours before the folders were made, read from the file system, not the clock.
      const old = new Date(statSync(parent).mtimeMs - 2 * 60 * 60 * 1000);
      for (const dir of [abandoned, running, other]) utimesSync(dir, old, old);

      const provided: Record<string, unknown> = {};
      const teardown = setup({ provide: (key: string, value: unknown) => (provided[key] = value) } as unknown as TestProject);
      teardown();

      expect(readdirSync(parent).sort()).toEqual([basename(recent), basename(running), basename(other)].sort());
    } finally {
      process.env.TMPDIR = saved;
    }
  });
});
