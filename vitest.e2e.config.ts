import { defineConfig } from 'vitest/config';

/** Browser tests: the built renderer in Debian's Chromium against the real core over the loopback bridge. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
