/**
 * The edition system: one dictionary per language with the same keys (the types check this at `npm run check`; this
 * test checks the built objects too, so an English section exported without its Chinese twin is caught), and the
 * edition of a page read from its address.
 */
import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../src/lib/i18n/dict';
import { pageEdition } from '../../src/lib/i18n/context';

/** Every key path of a dictionary, with the kind of value (a string, a function of N arguments, a section). */
function shape(value: unknown, prefix = ''): string[] {
  if (typeof value === 'function') return [`${prefix} fn/${value.length}`];
  if (typeof value === 'string') return [`${prefix} string`];
  if (value && typeof value === 'object')
    return Object.keys(value)
      .sort()
      .flatMap((k) => shape((value as Record<string, unknown>)[k], prefix ? `${prefix}.${k}` : k));
  return [`${prefix} ${typeof value}`];
}

describe('dictionaries', () => {
  it('have the same keys, and the same kinds of value, in Chinese and English', () => {
    expect(shape(DICTIONARIES.en)).toEqual(shape(DICTIONARIES.zh));
  });
  it('hold no empty string', () => {
    for (const lang of ['zh', 'en'] as const) {
      const walk = (v: unknown, p: string): string[] =>
        typeof v === 'string'
          ? v.trim()
            ? []
            : [p]
          : v && typeof v === 'object'
            ? Object.entries(v).flatMap(([k, x]) => walk(x, `${p}.${k}`))
            : [];
      expect(walk(DICTIONARIES[lang], lang)).toEqual([]);
    }
  });
  it('speak each language: the Chinese layout has Han characters, the English one none outside the switch', () => {
    expect(DICTIONARIES.zh.layout.skip).toMatch(/\p{Script=Han}/u);
    expect(DICTIONARIES.en.layout.skip).not.toMatch(/\p{Script=Han}/u);
    expect(DICTIONARIES.en.nav.measures).not.toMatch(/\p{Script=Han}/u);
  });
});

describe('the edition of a page', () => {
  it('is English under /en/ and Chinese elsewhere, with the same edition-less path for twins', () => {
    const en = pageEdition('/en/measures/20/', '/');
    const zh = pageEdition('/measures/20/', '/');
    expect([en.lang, en.htmlLang, en.path]).toEqual(['en', 'en', '/measures/20/']);
    expect([zh.lang, zh.htmlLang, zh.path]).toEqual(['zh', 'zh-CN', '/measures/20/']);
    expect(en.t).toBe(DICTIONARIES.en);
    expect(zh.t).toBe(DICTIONARIES.zh);
  });
  it('reads the address under a sub-path base', () => {
    const ctx = pageEdition('/sub/en/', '/sub/');
    expect([ctx.lang, ctx.path]).toEqual(['en', '/']);
    expect(pageEdition('/sub/plan/', '/sub/').path).toBe('/plan/');
    expect(pageEdition('/sub/en', '/sub/').lang).toBe('en');
    // a Chinese page whose first segment merely starts with "en" stays Chinese
    expect(pageEdition('/sub/entries/', '/sub/').lang).toBe('zh');
  });
});
