// vitest's globalSetup: every test run gets one temporary folder of its own and removes it at the
// end, so the suite leaves nothing in the system's temporary folder, whatever a test creates there.
// It runs in vitest's main process before the workers are forked, and sets TMPDIR (TMP and TEMP
// on Windows) to the run's folder: the workers copy the environment when they start, so their
// os.tmpdir() is that folder, and so is that of every process they spawn with the environment
// (test/e2e/harness.ts passes these variables on to the processes it starts with a clean one).
// A run stopped by Ctrl-C or SIGTERM skips the teardown but exits through process.exit() (vitest's
// signal handler), so an exit handler removes the folder then, as far as it can while the processes
// of the interrupted tests may still be writing to it. What a stopped run leaves behind, a later
// run removes once the process that made it is gone.
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's temporary folder, which os.tmpdir() returns in every worker. */
    tempRoot: string;
  }
}

const PREFIX = 'oncall-gate-test-run-';
const TEMP_VARIABLES = ['TMPDIR', 'TMP', 'TEMP'] as const;
/** A folder left by a dead run is removed only when it is this much older than the new one (file times, not the clock). */
const STALE_MS = 60 * 60 * 1000;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: a process of another user has that id; it may be a run, so leave its folder alone.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Folders of earlier runs that did not reach their teardown and whose process has ended. */
function removeAbandonedRuns(systemTemp: string, ours: string): void {
  const now = statSync(ours).mtimeMs;
  for (const name of readdirSync(systemTemp)) {
    const pid = new RegExp(`^${PREFIX}(\\d+)-`).exec(name)?.[1];
    const path = join(systemTemp, name);
    if (pid === undefined || path === ours || isRunning(Number(pid))) continue;
    try {
      if (now - statSync(path).mtimeMs < STALE_MS) continue;
      rmSync(path, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      // Another run removed it first, or it is not ours to remove: either way, not this run's concern.
    }
  }
}

export default function setup(project: TestProject): () => void {
  const systemTemp = tmpdir();
  const root = mkdtempSync(join(systemTemp, `${PREFIX}${process.pid}-`));
  removeAbandonedRuns(systemTemp, root);
  const saved = Object.fromEntries(TEMP_VARIABLES.map((name) => [name, process.env[name]]));
  for (const name of TEMP_VARIABLES) process.env[name] = root;
  project.provide('tempRoot', root);
  const removeOnExit = (): void => {
    try {
      rmSync(root, { recursive: true, force: true, maxRetries: 5 });
    } catch {
      // Still being written to: a later run removes it (removeAbandonedRuns).
    }
  };
  process.once('exit', removeOnExit);

  return () => {
    process.off('exit', removeOnExit);
    for (const name of TEMP_VARIABLES) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
    rmSync(root, { recursive: true, force: true, maxRetries: 3 });
    // rmSync with force hides nothing but a missing folder; say so loudly if the folder survived anyway.
    if (existsSync(root)) throw new Error(`The test run could not remove its temporary folder ${root}.`);
  };
}
