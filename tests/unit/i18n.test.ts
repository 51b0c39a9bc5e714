/** The two editions' paths and the English citations, as a reader meets them: switch targets, hreflang pairs, citation text. */
import { describe, expect, it } from 'vitest';
import { counterpart, hasEnglish, localePath, sectionsLacking, splitLocale } from '../../src/lib/i18n/i18n';
import { navFor } from '../../src/lib/site/nav';
import { formatAnyCitation, type EnCiteSource } from '../../src/lib/citation/citation-en';
import { partHeading, sectorHeading } from '../../src/lib/model/reading-order';
import { englishPlan } from '../../src/lib/i18n/i18n';
import { loadPlan } from '../helpers/content';
import { loadEdition, loadEditionInput } from '../helpers/edition';
import { buildEdition } from '../../src/lib/i18n/edition';
import { enDate } from '../../src/lib/site/dates';

describe('edition paths', () => {
  it('maps a Chinese page to its English page and back', () => {
    expect(localePath('en', '/measures/20/')).toBe('/en/measures/20/');
    expect(splitLocale('/en/measures/20/')).toEqual({ lang: 'en', path: '/measures/20/' });
    expect(splitLocale('/en')).toEqual({ lang: 'en', path: '/' });
    expect(counterpart('/measures/20/')).toEqual({ lang: 'en', path: '/en/measures/20/', same: true });
    expect(counterpart('/en/measures/20/')).toEqual({ lang: 'zh', path: '/measures/20/', same: true });
    expect(counterpart('/')).toEqual({ lang: 'en', path: '/en/', same: true });
    expect(counterpart('/en/')).toEqual({ lang: 'zh', path: '/', same: true });
  });

  it('sends pages one edition lacks to the other edition’s home page, not to a page that does not exist', () => {
    expect(counterpart('/en/glossary/')).toEqual({ lang: 'zh', path: '/', same: false });
    // the search page, the relief finder, the targets and every filter of the measure list have English counterparts
    for (const p of [
      '/search/',
      '/relief/',
      '/targets/',
      '/measures/part/3/',
      '/measures/sector/finance/',
      '/measures/task-force/nonprofit/',
      '/measures/agency/ndrc/',
    ]) {
      expect(counterpart(p), p).toEqual({ lang: 'en', path: `/en${p}`, same: true });
      expect(counterpart(`/en${p}`), p).toEqual({ lang: 'zh', path: p, same: true });
    }
    // a path no page has in English (an unknown facet) goes to the English home page
    expect(counterpart('/measures/colour/red/')).toEqual({ lang: 'en', path: '/en/', same: false });
    // an "/english/" page is not under /en/
    expect(splitLocale('/english/').lang).toBe('zh');
  });

  it('writes dates the English way', () => {
    expect(enDate(new Date('2022-04-14T00:00:00Z'))).toBe('April 14, 2022');
  });
});

describe('sections the English edition lacks (named on the English home page)', () => {
  it('are exactly the Chinese sections whose page has no English twin, in the header order', () => {
    const lacking = sectionsLacking('en');
    const zhNav = navFor('zh');
    expect(lacking.map((i) => i.key)).toEqual(
      zhNav.filter((i) => !counterpart(localePath('zh', i.path)).same).map((i) => i.key),
    );
    for (const item of zhNav) expect(lacking.includes(item), item.key).toBe(!hasEnglish(item.path));
    // the sections with English pages (the explorer, the open data) are not named
    expect(lacking.map((i) => i.key)).not.toContain('explore');
    expect(lacking.map((i) => i.key)).not.toContain('data');
  });
  it('are none for the Chinese edition', () => {
    expect(sectionsLacking('zh')).toEqual([]);
  });
});

describe('English headings', () => {
  const en = englishPlan(loadPlan(), loadEdition());
  it('numbers parts in Roman numerals and sectors in Arabic, naming the task force in charge', () => {
    expect(partHeading(en, '5', 'en')).toBe(
      'V. Accelerating the development of non-profit services (Non-profit Services Task Force responsible)',
    );
    expect(sectorHeading(en, 'finance', 'en')).toBe('(1) Modern finance (Financial Industry Task Force responsible)');
    expect(sectorHeading(en, 'childcare', 'en')).toBe('(13) Infant and toddler childcare');
  });
  it('leaves the task force out where asked (the table of contents of the full text), in both editions', () => {
    const zh = loadPlan();
    expect(partHeading(en, '5', 'en', false)).toBe('V. Accelerating the development of non-profit services');
    expect(sectorHeading(en, 'finance', 'en', false)).toBe('(1) Modern finance');
    expect(partHeading(zh, '5', 'zh', false)).toBe(`五、${zh.partById.get('5')!.heading}`);
    expect(sectorHeading(zh, 'finance', 'zh', false)).toBe('（一）现代金融');
    expect(sectorHeading(zh, 'finance', 'zh')).toMatch(/^（一）现代金融（.+专班负责）$/u);
  });
});

describe('a measure without a translation yet', () => {
  it('is listed as missing, and the English plan keeps its Chinese, marked as such, with English agency names', () => {
    const input = loadEditionInput();
    const edition = buildEdition(loadPlan(), {
      ...input,
      measures: input.measures.filter((m) => m.data.number !== 14),
    });
    expect(edition.missing).toEqual([14]);
    const en = englishPlan(loadPlan(), edition);
    const m = en.measureByNumber.get(14)!;
    expect(m.untranslated).toBe(true);
    expect(m.title).toBe(loadPlan().measureByNumber.get(14)!.title);
    expect(m.agencies[0]!.name).toBe('Provincial Postal Administration');
    expect(en.measureByNumber.get(13)!.untranslated).toBeUndefined();
  });
});

describe('English citations', () => {
  const src: EnCiteSource = {
    title: 'Shanxi Province 2022 Action Plan for Improving the Quality and Efficiency of the Service Industry',
    docNumber: 'Jin Zheng Ban Fa [2022] No. 35',
    issuer: "General Office of the Shanxi Provincial People's Government",
    signed: '2022-04-14',
    url: 'https://example.org/en/measures/14/',
    measure: 14,
    measureTitle: 'Improve the last-mile delivery network',
    sentence: 3,
    originalTitle: '山西省推进服务业提质增效2022年行动计划',
    siteName: 'Plan Explorer',
  };

  it('APA 7: issuer, date, original title with the English in brackets, number and locator, translation note, URL with #s3', () => {
    expect(formatAnyCitation('apa', src, '2026-11-27')).toBe(
      "General Office of the Shanxi Provincial People's Government. (2022, April 14). 山西省推进服务业提质增效2022年行动计划 [Shanxi Province 2022 Action Plan for Improving the Quality and Efficiency of the Service Industry] (Jin Zheng Ban Fa [2022] No. 35; Measure 14, sentence 3). Unofficial English translation by Plan Explorer; the Chinese text is authoritative. Retrieved November 27, 2026, from https://example.org/en/measures/14/#s3",
    );
  });

  it('Chicago and plain name the official document and say the translation is unofficial', () => {
    for (const f of ['chicago', 'plainEn'] as const) {
      const t = formatAnyCitation(f, src, '2026-11-27');
      expect(t, f).toContain('山西省推进服务业提质增效2022年行动计划');
      expect(t, f).toContain('Jin Zheng Ban Fa [2022] No. 35');
      expect(t, f).toContain('Unofficial English translation by Plan Explorer; the Chinese text is authoritative');
      expect(t, f).toContain('Measure 14, sentence 3');
      expect(t, f).toContain('November 27, 2026');
    }
  });

  it('names the official publication where one is known, with the date its page gives', () => {
    const official = { url: 'http://example.gov.cn/plan.shtml', site: '山西省商务厅网站', published: '2022-04-22' };
    for (const f of ['apa', 'chicago', 'plainEn'] as const) {
      expect(formatAnyCitation(f, { ...src, official }, '2026-11-27'), f).toContain(
        'Official Chinese text: http://example.gov.cn/plan.shtml (the page gives its publication date as April 22, 2022)',
      );
      expect(formatAnyCitation(f, src, '2026-11-27'), f).not.toContain('Official Chinese text');
    }
  });

  it('still formats the Chinese formats, and refuses a malformed access date', () => {
    expect(formatAnyCitation('plain', { ...src, sentence: undefined }, '2026-11-27')).toContain('2026年11月27日访问');
    expect(() => formatAnyCitation('apa', src, '27/11/2026')).toThrow(/YYYY-MM-DD/u);
  });
});
