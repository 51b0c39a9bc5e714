/**
 * The built pages run under script-src 'self'; style-src 'self' (src/lib/build/headers.ts): nothing in
 * dist/ may rely on inline script or style. Independent of Vite's inlining thresholds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness';
import { findInline } from '../helpers/inline';

const DIST = join(ROOT, 'dist');
const pages = (readdirSync(DIST, { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));

describe('no inline script or style in dist/', () => {
  it('builds pages to check', () => {
    expect(pages.length).toBeGreaterThan(100);
  });

  it('has no inline script (JSON-LD aside), <style>, style= or on…= attribute on any page', () => {
    const problems = pages.flatMap((f) =>
      findInline(readFileSync(join(DIST, f), 'utf8')).map((p) => `${relative(DIST, join(DIST, f))}: ${p}`),
    );
    expect(problems.slice(0, 20).join('\n')).toBe('');
  });
});
