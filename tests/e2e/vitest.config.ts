import { defineConfig } from 'vitest/config';
import SummaryReporter from '../helpers/summary-reporter';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    // every test fails on a page error or console error in the pages it opened
    setupFiles: ['tests/e2e/setup.ts'],
    testTimeout: 60_000,
    reporters: ['default', new SummaryReporter('browser')],
    hookTimeout: 120_000,
    // one browser at a time: the machines have two cores (two files at once were tried: under a shared machine's
    // load the pages' polls and the /sub/ build ran out of time)
    fileParallelism: false,
  },
});
