/**
 * Prints one plain closing line after a vitest run, e.g. `unit: 40 passed, 0 failed, 0 skipped`,
 * so CI logs say in one line how many tests ran, and records the counts in .test-results/ for .ci/run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  constructor(private readonly label = 'tests') {}

  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const m of testModules) {
      if (m.state() === 'failed' && [...m.children.allTests()].length === 0) failed++; // a file that failed to load
      for (const t of m.children.allTests()) {
        const state = t.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
    }
    process.stdout.write(`\n${this.label}: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
    // .ci/run adds these up into the very last line of its log
    mkdirSync('.test-results', { recursive: true });
    writeFileSync(`.test-results/${this.label}.json`, JSON.stringify({ passed, failed, skipped }));
  }
}
