/** Byte budgets of the built relief, targets and data pages (deterministic gzipped sizes, not timings). */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { pageWeight } from '../helpers/page-weight';
import { ROOT } from './harness';

const DIST = join(ROOT, 'dist');

describe('relief, targets and data pages stay light', () => {
  for (const page of ['relief/index.html', 'targets/index.html', 'data/index.html']) {
    it(`${page} ships no React runtime and at most 4 KB of gzipped JavaScript`, () => {
      const w = pageWeight(DIST, page);
      expect(w.files.filter((f) => /react|client\.[\w-]+\.js$/u.test(f)), 'React runtime or island client').toEqual([]);
      expect(w.js).toBeLessThanOrEqual(4 * 1024);
    });
  }

  it('the relief finder page, with every card twice (grouped view and finder), stays under 40 KB gzipped HTML', () => {
    expect(pageWeight(DIST, 'relief/index.html').html).toBeLessThanOrEqual(40 * 1024);
  });
});
