import { defineConfig } from 'vitest/config';
import SummaryReporter from './tests/helpers/summary-reporter';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 20_000,
    reporters: ['default', new SummaryReporter('unit')],
  },
});
