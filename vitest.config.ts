import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Many suites run the built command line as a child process: on a loaded 2-core
    // machine one run can take seconds, which says nothing about correctness.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    globalSetup: ['tests/support/scratch-root.ts'],
  },
});
