import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/temp-folder.ts'],
    // removes each test file's tempDir folders when the file ends (runs before every test file)
    setupFiles: ['tests/setup/temp-dirs.ts'],
    // Most test files load the same pipeline and jieba's dictionaries (about 2 s each): the files of
    // one worker process share those modules instead of loading them again per file. Processes, not
    // threads: tests/input/walk.test.ts changes the working folder, which a worker thread cannot.
    pool: 'forks',
    isolate: false,
    // one test process per core (vitest leaves one core free by default: a single process on two
    // cores, though most of a CLI test's time is a child process's or a worker's, not vitest's)
    maxWorkers: availableParallelism(),
    minWorkers: availableParallelism(),
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
