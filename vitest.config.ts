import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // generous: the machines are shared and small; speed is reported by `npm run bench`, never asserted here
    testTimeout: 120_000,
  },
});
