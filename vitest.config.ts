import { defineConfig } from 'vitest/config';
import SummaryReporter from './tests/helpers/summary-reporter';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    // generous: the machines are shared and small; speed is reported by `npm run bench`, never asserted here
    testTimeout: 120_000,
    reporters: ['default', new SummaryReporter('unit')],
  },
});
