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
    // two test files (two Chromiums) at a time: a browser test waits on the page as much as it computes, so
    // two keep the two cores of the CI machines busy; tests/helpers/sub-build.ts lets two suites share one build
    maxWorkers: 2,
  },
});
