import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: beside the code they test, with WXT's plugin and its fake browser.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['{lib,components,entrypoints,emulator}/**/*.test.{ts,tsx}'],
    environment: 'node',
    mockReset: true,
    restoreMocks: true,
    // A few tests move 25 MB answers through the emulator: 5 s is too short on a loaded 2-core machine.
    testTimeout: 30_000,
  },
});
