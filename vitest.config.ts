import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.{ts,tsx}', 'entrypoints/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/fuzz/**/*.test.ts'],
    setupFiles: ['fake-indexeddb/auto'],
    // A bound, not a wait: the CLI tests start tsx processes, which took close to 30 s on a loaded 2-core machine.
    testTimeout: 90_000,
  },
});
