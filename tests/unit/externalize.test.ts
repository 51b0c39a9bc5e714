import { describe, expect, it } from 'vitest';
import { externalizeInline } from '../../src/lib/build/externalize';
import { findInline } from '../helpers/inline';

describe('externalizeInline (Astro island runtime out of the page)', () => {
  const page = `<head><script type="application/ld+json">{"a":1}</script><script type="module" src="/_astro/a.js"></script>
<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>
<script>(()=>{self.Astro=1})();</script></head><body><astro-island uid="x"></astro-island><script>(()=>{var g=2})();</script></body>`;

  it('turns inline scripts and styles into file references, in place and in order, JSON-LD and modules untouched', () => {
    const saved: [string, string][] = [];
    const out = externalizeInline(page, (ext, body) => {
      saved.push([ext, body]);
      return `/sub/_astro/inline.${saved.length}.${ext}`;
    });
    expect(saved).toEqual([
      ['js', '(()=>{self.Astro=1})();'],
      ['js', '(()=>{var g=2})();'],
      ['css', 'astro-island,astro-slot,astro-static-slot{display:contents}'],
    ]);
    expect(out).toContain(
      '<script type="application/ld+json">{"a":1}</script><script type="module" src="/_astro/a.js"></script>',
    );
    expect(out).toContain(
      '<link rel="stylesheet" href="/sub/_astro/inline.3.css">\n<script src="/sub/_astro/inline.1.js"></script></head>',
    );
    expect(out).toContain('</astro-island><script src="/sub/_astro/inline.2.js"></script></body>');
    expect(findInline(page).length).toBe(3);
    expect(findInline(out)).toEqual([]);
  });
});
