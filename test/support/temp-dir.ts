// Temporary folders for tests that remove themselves: each one made here is removed after the last
// test of the file that made it (the setup file test/setup/temp-dirs.ts gives every test file an
// afterAll that runs removeTempDirs). The run's own folder (test/setup/temp-root.ts) takes the rest.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

/** A new empty folder under os.tmpdir(), named `<prefix>XXXXXX`, removed when the test file ends. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Removes every folder tempDir made in this test file. */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}
