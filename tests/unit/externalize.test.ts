import { describe, expect, it } from 'vitest';
import { externalizeInline } from '../../src/lib/build/externalize';
import { findInline } from '../helpers/inline';

describe('externalizeInline (Astro island runtime out of the page)', () => {
  const page = `<head><script type="application/ld+json">{"a":1}</script><script type="module" src="/_astro/a.js"></script>
<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>
<script>(()=>{self.Astro=1})();</script></head><body><p>before</p><script>(()=>{var g=2})();</script><astro-island uid="x"></astro-island></body>`;
  const run = (html: string) => {
    const saved: [string, string][] = [];
    const out = externalizeInline(html, (ext, body) => {
      saved.push([ext, body]);
      return `/sub/_astro/inline.${saved.length}.${ext}`;
    });
    return { out, saved };
  };

  it('turns inline scripts and styles into file references, in their order, JSON-LD and modules untouched', () => {
    const { out, saved } = run(page);
    expect(saved).toEqual([
      ['css', 'astro-island,astro-slot,astro-static-slot{display:contents}'],
      ['js', '(()=>{self.Astro=1})();'],
      ['js', '(()=>{var g=2})();'],
    ]);
    expect(out).toContain(
      '<script type="application/ld+json">{"a":1}</script><script type="module" src="/_astro/a.js"></script>',
    );
    expect(findInline(page).length).toBe(3);
    expect(findInline(out)).toEqual([]);
  });

  it('puts them at the end of the head, the scripts deferred: nothing in the body stops the parser', () => {
    const { out } = run(page);
    const [head, body] = out.split('</head>') as [string, string];
    expect(head).toMatch(
      /<link rel="stylesheet" href="\/sub\/_astro\/inline\.1\.css"><script src="\/sub\/_astro\/inline\.2\.js" defer><\/script><script src="\/sub\/_astro\/inline\.3\.js" defer><\/script>$/u,
    );
    expect(body).toBe('<body><p>before</p><astro-island uid="x"></astro-island></body>');
    expect(out.match(/<script(?![^>]*\b(?:defer|type=)[^>]*>)/gu)).toBeNull();
  });

  it('leaves a page without inline code as it is, and names a page it cannot place the code in', () => {
    const plain = '<head><title>x</title></head><body><p>x</p></body>';
    expect(run(plain).out).toBe(plain);
    expect(() => run('<p>x</p><script>1</script>')).toThrow(/no <\/head>/u);
  });
});
