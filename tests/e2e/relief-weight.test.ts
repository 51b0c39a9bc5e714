/** Byte budgets of the built relief, targets and data pages (deterministic gzipped sizes, not timings). */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { pageWeight } from '../helpers/page-weight';
import { ROOT } from './harness';

const DIST = join(ROOT, 'dist');

// The page's own script may take 4 KB; every page also carries the header search box (its element and
// the loader shim, about 2 KB: the engine and index load only on first use).
const OWN_JS = 4 * 1024;
const HEADER_JS = 2 * 1024;

describe('relief, targets and data pages stay light', () => {
  for (const page of ['relief/index.html', 'en/relief/index.html', 'targets/index.html', 'data/index.html']) {
    it(`${page} ships no React runtime and at most 4 KB of its own gzipped JavaScript`, () => {
      const w = pageWeight(DIST, page);
      expect(
        w.files.filter((f) => /react|client\.[\w-]+\.js$/u.test(f)),
        'React runtime or island client',
      ).toEqual([]);
      expect(w.js, w.files.join(', ')).toBeLessThanOrEqual(OWN_JS + HEADER_JS);
    });
  }

  it('the relief finder page, with every card twice (grouped view and finder), stays under 40 KB gzipped HTML', () => {
    expect(pageWeight(DIST, 'relief/index.html').html).toBeLessThanOrEqual(40 * 1024);
  });

  it('the English relief finder, with each quoted sentence in Chinese and in English, stays under 48 KB gzipped HTML', () => {
    expect(pageWeight(DIST, 'en/relief/index.html').html).toBeLessThanOrEqual(48 * 1024);
  });
});
