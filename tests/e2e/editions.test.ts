/**
 * The two editions page for page, as the build wrote them (dist/): every page of the Chinese edition has an English
 * counterpart at /en/…, and the two name each other with hreflang; the English pages without a Chinese twin are
 * the few the English edition adds (the glossary). A reader switching language never loses their place.
 */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness';

const DIST = join(ROOT, 'dist');

/** Every page the build wrote, as the address a reader opens ('/measures/1/'), 404 and offline pages aside. */
function pages(): string[] {
  return globSync('**/*.html', { cwd: DIST })
    .map((f) => `/${f.replace(/(^|\/)index\.html$/u, '$1')}`)
    .filter((p) => !/^\/(en\/)?(404\.html|offline\/)$/u.test(p));
}

/** The path of the page's `<link rel="alternate" hreflang="…">`, or null. */
function alternate(page: string, hreflang: string): string | null {
  const file = join(DIST, page.endsWith('/') ? `${page}index.html` : page);
  const html = readFileSync(file, 'utf8');
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gu)) {
    const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`, 'u').exec(tag)?.[1];
    if (attr('rel') === 'alternate' && attr('hreflang') === hreflang) return new URL(attr('href')!).pathname;
  }
  return null;
}

describe('the two editions, page for page', () => {
  const all = pages();
  const english = new Set(all.filter((p) => p.startsWith('/en/')));
  const chinese = all.filter((p) => !p.startsWith('/en/'));

  it('finds both editions in the build', () => {
    expect(chinese.length).toBeGreaterThan(100);
    expect(english.size).toBeGreaterThan(100);
  });

  it('gives every Chinese page an English counterpart', () => {
    const missing = chinese.filter((p) => !english.has(`/en${p}`));
    expect(missing, 'Chinese pages with no English page at /en/…').toEqual([]);
  });

  it('links each pair both ways with hreflang', () => {
    const wrong = chinese
      .filter((p) => english.has(`/en${p}`))
      .flatMap((p) => {
        const en = alternate(p, 'en');
        const zh = alternate(`/en${p}`, 'zh-CN');
        return [
          ...(en === `/en${p}` ? [] : [`${p} → hreflang en ${en}`]),
          ...(zh === p ? [] : [`/en${p} → hreflang zh-CN ${zh}`]),
        ];
      });
    expect(wrong).toEqual([]);
  });

  it('has English-only pages only where the English edition adds one (the glossary)', () => {
    const only = [...english].filter((p) => !chinese.includes(p.slice(3)));
    expect(only).toEqual(['/en/glossary/']);
  });
});
