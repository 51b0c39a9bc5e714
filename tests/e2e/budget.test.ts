/**
 * Byte budgets of the built measure pages (deterministic: gzipped sizes of files in dist/), and of the
 * JavaScript a browser actually loads for a measure opened at a sentence (#sN, how journalists link).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSize, pageWeight } from '../helpers/page-weight';
import { ROOT, useBrowser } from './harness';
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

describe('a measure page opened at a sentence', () => {
  const { open, site } = useBrowser();

  for (const path of ['measures/23/#s2', 'en/measures/23/#s2']) {
    it(`/${path} loads ≤ 4 KB gzipped JS until the cite menu is used`, async () => {
      const page = await open();
      const scripts: string[] = [];
      page.on('requestfinished', (r) => {
        if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
      });
      await page.goto(site.url + path, { waitUntil: 'networkidle' });
      const js = scripts.reduce((sum, p) => sum + gzipSize(readFileSync(join(DIST, p))), 0);
      const detail = `${js} B: ${scripts.join(', ')}`;
      expect(js, detail).toBeGreaterThan(0);
      expect(js, detail).toBeLessThanOrEqual(4 * KB);
      // the formats arrive on first use, with the sentence's citation
      await page.locator('details.cite summary').click();
      await page.locator('details.cite[open]:not([aria-busy])').waitFor();
      expect((await page.locator('[data-cite-text]').allInnerTexts()).join('\n')).toContain('measures/23/#s2');
    });
  }
});
