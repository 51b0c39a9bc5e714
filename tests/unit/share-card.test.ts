import { describe, expect, it } from 'vitest';
import {
  cardChars,
  cardPath,
  cardTexts,
  cardTree,
  chunksFor,
  parseUnicodeRange,
  textWidth,
  titleSize,
} from '../../src/lib/publishing/share-card';
import { DICTIONARIES } from '../../src/lib/i18n/dict';
import { englishPlan } from '../../src/lib/i18n/i18n';
import { loadPlan } from '../helpers/content';
import { loadEdition } from '../helpers/edition';

describe('share cards', () => {
  it('reads CSS unicode-range lists, single code points and ranges', () => {
    expect(parseUnicodeRange('U+4e00-4e3f,U+ff0c, U+2014')).toEqual([
      [0x4e00, 0x4e3f],
      [0xff0c, 0xff0c],
      [0x2014, 0x2014],
    ]);
    expect(() => parseUnicodeRange('U+4e00,bogus')).toThrow(/"bogus"/u);
  });

  it('loads only the font chunks that hold the text, and names characters no chunk has', () => {
    const chunks = { '[1]': 'U+4e00-4e3f', '[2]': 'U+5000-50ff', latin: 'U+0000-00ff' };
    expect(chunksFor('一丁 A', chunks)).toEqual({ chunks: ['[1]', 'latin'], missing: [] });
    expect(chunksFor('一☃', chunks)).toEqual({ chunks: ['[1]'], missing: ['☃'] });
  });

  it('sets a measure title larger than the plan name, and puts every line of text on the card', () => {
    expect(titleSize('形成工作合力')).toBeGreaterThan(titleSize('《山西省推进服务业提质增效2022年行动计划》'));
    const text = {
      kicker: '晋政办发〔2022〕35号 · 第66条',
      title: '形成工作合力',
      subtitle: '《计划》',
      footer: 'Plan Explorer',
    };
    const json = JSON.stringify(cardTree(text, 'F'));
    for (const s of Object.values(text)) expect(json).toContain(JSON.stringify(s));
    expect(cardChars(text)).toContain('第66条');
  });

  it('gives each edition its own cards: the Chinese ones keep their file names, the English ones carry the English title', () => {
    const plan = loadPlan();
    const edition = loadEdition();
    const zh = cardTexts(plan, 'zh', DICTIONARIES.zh.share);
    const en = cardTexts(englishPlan(plan, edition), 'en', DICTIONARIES.en.share);
    expect([...zh.keys()]).toEqual(['site', ...plan.measures.map((m) => `measure-${m.number}`)]);
    expect([...en.keys()]).toEqual([...zh.keys()].map((k) => `en/${k}`));
    expect(cardPath('en', 'measure-14')).toBe('/share/en/measure-14.png');
    expect(cardPath('zh', 'measure-14')).toBe('/share/measure-14.png');
    expect(zh.get('measure-14')!.title).toBe(plan.measureByNumber.get(14)!.title);
    expect(en.get('en/measure-14')!.title).toBe(edition.measures.get(14)!.title);
    expect(en.get('en/measure-14')!.kicker).toMatch(/Measure 14$/u);
    for (const card of en.values()) expect(cardChars(card), card.title).not.toMatch(/\p{Script=Han}/u);
  });

  it('sets a long English title smaller, so four lines at most fit the card', () => {
    const long =
      'Advance the age-friendly renovation project for families in difficulty and the building of home care beds';
    expect(textWidth('一二三')).toBe(3);
    expect(textWidth(long)).toBeLessThan(long.length);
    const size = titleSize(long);
    expect(size).toBeLessThan(titleSize('Develop modern logistics'));
    // 1040 px of line, about 0.55 em a Latin letter: four lines or fewer
    expect(Math.ceil((textWidth(long) * size) / 1040)).toBeLessThanOrEqual(4);
  });
});
