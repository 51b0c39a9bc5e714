/** Byte budgets of the built measure pages (deterministic: gzipped sizes of files in dist/). */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { pageWeight } from '../helpers/page-weight';
import { ROOT } from './harness';
import { loadPlan } from '../helpers/content';

const DIST = join(ROOT, 'dist');
const KB = 1024;

describe('a measure page keeps to its budget', () => {
  const plan = loadPlan();
  // the longest measure carries the most HTML; measure 1 is the bench's representative page
  const longest = plan.measures.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  for (const path of [...new Set([1, longest.number])].flatMap((n) => [`measures/${n}/`, `en/measures/${n}/`])) {
    it(`/${path} ships ≤ 4 KB gzipped JS and ≤ 30 KB gzipped in all`, () => {
      const w = pageWeight(DIST, `${path}index.html`);
      const detail = `html ${w.html} B, css ${w.css} B, js ${w.js} B: ${w.files.join(', ')}`;
      expect(w.js, detail).toBeGreaterThan(0); // the copy script is there
      expect(w.js, detail).toBeLessThanOrEqual(4 * KB);
      expect(w.html + w.css + w.js, detail).toBeLessThanOrEqual(30 * KB);
      expect(
        w.files.some((f) => /react|client\./iu.test(f)),
        `no framework runtime: ${detail}`,
      ).toBe(false);
    });
  }
});
