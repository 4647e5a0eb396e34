// Every test file removes, after its last test, the temporary folders test/support/temp-dir.ts made
// for it. Registered before the file's own hooks, this afterAll runs after them (vitest runs after
// hooks in reverse order), so servers a file closes in its afterAll are done with their folders.
import { afterAll } from 'vitest';
import { removeTempDirs } from '../support/temp-dir.js';

afterAll(removeTempDirs);
