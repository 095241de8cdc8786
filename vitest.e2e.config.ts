import { defineConfig } from 'vitest/config';

// End-to-end: real Chromium and Firefox ESR with the built extension, one file at a time (2 cores).
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
