import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    setupFiles: ['test/setup/no-network.ts', 'test/setup/temp-dirs.ts'],
    // One temporary folder per run (TMPDIR for the workers and what they spawn), removed at its end.
    globalSetup: ['test/setup/temp-root.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: a single worker on a 2-core CI machine.
    // Most of the end-to-end files wait on the child processes they spawn (the action, the CLI,
    // the emulator's answers), so one worker more than the cores keeps the cores busy.
    maxWorkers: availableParallelism() + 1,
  },
});
