/**
 * Citing a sentence of the document's own text (the notice, the preamble, a part's text, the 抄送 block) as the
 * full text and the part pages do: what a journalist pastes names the sentence, its permalink and the source.
 */
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../helpers/content';
import { loadEdition } from '../helpers/edition';
import { citeSourceOf, formatCitation, passageNames, type CiteSource } from '../../src/lib/citation/citation';
import {
  anyCiteFormats,
  editionCiteSource,
  formatAnyCitation,
  type EnCiteSource,
} from '../../src/lib/citation/citation-en';
import { englishPlan } from '../../src/lib/i18n/i18n';
import { DICTIONARIES } from '../../src/lib/i18n/dict';
import { readingOrder, type Sentence } from '../../src/lib/model/reading-order';

const plan = loadPlan();
const enPlan = englishPlan(plan, loadEdition());
const ACCESSED = '2026-11-27';
const PLAN_URL = 'https://example.org/sub/plan/';
const OFFICIAL = plan.document.officialSources[0]!;

/** The passages' sentences as the full text shows them, by anchor. */
function sentencesOf(lang: 'zh' | 'en'): Map<string, Sentence[]> {
  const byKey = new Map<string, Sentence[]>();
  for (const b of readingOrder(lang === 'en' ? enPlan : plan, lang)) {
    for (const s of ('sentences' in b && b.sentences) || []) {
      const key = s.anchor.replace(/-s\d+$/u, '');
      byKey.set(key, [...(byKey.get(key) ?? []), s]);
    }
  }
  return byKey;
}

/** What the cite menu of /plan/ cites at #<key>-s<n>: the page's source plus the sentence (scripts/measure.ts). */
function citeAt(anchor: string, lang: 'zh' | 'en' = 'zh'): CiteSource {
  const [, key = '', n = ''] = /^(.+)-s(\d+)$/u.exec(anchor) ?? [];
  const names = passageNames((lang === 'en' ? enPlan : plan).parts, DICTIONARIES[lang].cite.passages);
  const sentences = sentencesOf(lang)
    .get(key)!
    .map((s) => s.text);
  const url = lang === 'en' ? 'https://example.org/sub/en/plan/' : PLAN_URL;
  const source = citeSourceOf((lang === 'en' ? enPlan : plan).document, url);
  return {
    ...(lang === 'en' ? { ...source, originalTitle: plan.document.title } : source),
    passage: { key, name: names[key]! },
    sentence: Number(n),
    sentences,
  };
}

const GROWTH = '2022年，全省服务业增加值增速力争达到7.5%左右。';

describe('a sentence of the document’s own text is cited exactly', () => {
  it('quote + citation: the 7.5% sentence in quotes, where it stands, the permalink with its anchor, the official source', () => {
    expect(sentencesOf('zh').get('part-1')![2]).toEqual({ anchor: 'part-1-s3', text: GROWTH });
    expect(formatCitation('quote', citeAt('part-1-s3'), ACCESSED)).toBe(
      `“${GROWTH}”——《山西省推进服务业提质增效2022年行动计划》一、总体要求第3句（晋政办发〔2022〕35号）。官方发布：${OFFICIAL.url}（2022年4月22日发布）；Plan Explorer非官方整理版：${PLAN_URL}#part-1-s3（2026年11月27日访问）。`,
    );
  });

  it('plain, GB/T 7714, Markdown and BibTeX name the part and sentence and link to #part-1-s3', () => {
    const src = citeAt('part-1-s3');
    expect(formatCitation('plain', src, ACCESSED)).toBe(
      `《山西省推进服务业提质增效2022年行动计划》一、总体要求第3句，晋政办发〔2022〕35号。Plan Explorer非官方整理版：${PLAN_URL}#part-1-s3（2026年11月27日访问）；官方发布：${OFFICIAL.url}（2022年4月22日发布）。`,
    );
    expect(formatCitation('gbt7714', src, ACCESSED)).toBe(
      `Plan Explorer. 山西省推进服务业提质增效2022年行动计划（晋政办发〔2022〕35号）: 一、总体要求第3句（非官方整理版）[EB/OL]. [2026-11-27]. ${PLAN_URL}#part-1-s3.`,
    );
    expect(formatCitation('markdown', src, ACCESSED)).toContain(
      `[《山西省推进服务业提质增效2022年行动计划》一、总体要求第3句](${PLAN_URL}#part-1-s3)`,
    );
    const bib = formatCitation('bibtex', src, ACCESSED);
    expect(bib.startsWith('@misc{shanxi-2022-35-part-1-s3,')).toBe(true);
    expect(bib).toContain(`url = {${PLAN_URL}#part-1-s3}`);
  });

  it('the official citation names the sentence but gives the official address, which has no anchors', () => {
    const t = formatCitation('official', citeAt('part-1-s3'), ACCESSED);
    expect(t).toBe(
      `山西省人民政府办公厅. 山西省推进服务业提质增效2022年行动计划（晋政办发〔2022〕35号）: 一、总体要求第3句[EB/OL]. (2022-04-22)[2026-11-27]. ${OFFICIAL.url}.`,
    );
  });

  it('every sentence of the notice, the preamble, the part texts and the 抄送 block has a name and its own link', () => {
    const names = passageNames(plan.parts, DICTIONARIES.zh.cite.passages);
    for (const [key, sentences] of sentencesOf('zh')) {
      expect(names[key], key).toBeTruthy();
      for (const s of sentences) {
        const quote = formatCitation('quote', citeAt(s.anchor), ACCESSED);
        expect(quote.startsWith(`“${s.text}”——《`), s.anchor).toBe(true);
        expect(quote, s.anchor).toContain(`${PLAN_URL}#${s.anchor}（`);
      }
    }
    expect(formatCitation('plain', citeAt('notice-s1'), ACCESSED)).toContain('》通知第1句，');
    expect(formatCitation('plain', citeAt('copy-to-s2'), ACCESSED)).toContain('》抄送第2句，');
  });

  it('a part page cites the part as a whole when no sentence is in its URL', () => {
    const names = passageNames(plan.parts, DICTIONARIES.zh.cite.passages);
    const sentences = sentencesOf('zh')
      .get('part-1')!
      .map((s) => s.text);
    const src = citeSourceOf(plan.document, 'https://example.org/sub/parts/1/', undefined, {
      passage: { key: 'part-1', name: names['part-1']! },
      sentences,
    });
    expect(formatCitation('plain', src, ACCESSED)).toMatch(
      /^《山西省推进服务业提质增效2022年行动计划》一、总体要求，晋政办发〔2022〕35号。Plan Explorer非官方整理版：https:\/\/example\.org\/sub\/parts\/1\/（/u,
    );
    expect(formatCitation('quote', src, ACCESSED)).toContain(`${GROWTH}”——`);
  });
});

describe('in English', () => {
  it('APA and Chicago name Part I and the sentence, link to #part-1-s3 and name the official Chinese document', () => {
    const src = citeAt('part-1-s3', 'en') as EnCiteSource;
    for (const format of ['plainEn', 'apa', 'chicago'] as const) {
      const t = formatAnyCitation(format, src, ACCESSED);
      expect(t, format).toContain(`Part I (${enPlan.parts[0]!.heading}), sentence 3`);
      expect(t, format).toContain('https://example.org/sub/en/plan/#part-1-s3');
      expect(t, format).toContain(plan.document.title);
      expect(t, format).toContain(OFFICIAL.url);
    }
  });
});

describe("an edition's citation source", () => {
  const measure = { number: 20, title: 't', sentences: ['a', 'b'] };
  it('names the official Chinese title beside a translated one, and only then', () => {
    const zh = editionCiteSource(plan.document, plan.document, PLAN_URL, measure);
    expect(zh).not.toHaveProperty('originalTitle');
    const en = editionCiteSource(enPlan.document, plan.document, PLAN_URL, measure) as EnCiteSource;
    expect([en.title, en.originalTitle]).toEqual([enPlan.document.title, plan.document.title]);
    expect(formatAnyCitation('apa', en, ACCESSED)).toContain(`${plan.document.title} [${enPlan.document.title}]`);
  });
  it('offers the English formats always, the Chinese quote only with words to quote', () => {
    const whole = editionCiteSource(enPlan.document, plan.document, PLAN_URL);
    expect(anyCiteFormats(whole)).toEqual([
      'official',
      'plain',
      'gbt7714',
      'markdown',
      'bibtex',
      'plainEn',
      'apa',
      'chicago',
    ]);
    expect(anyCiteFormats({ ...whole, official: undefined, sentences: ['a'] })).toEqual([
      'plain',
      'gbt7714',
      'markdown',
      'bibtex',
      'quote',
      'plainEn',
      'apa',
      'chicago',
    ]);
  });
});
