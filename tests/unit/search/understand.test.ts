/** src/lib/search/engine/understand, stopwords and concepts: what a query asks for. */
import { describe, expect, it } from 'vitest';
import { documentPassages } from '../../../src/lib/search/indexer/document';
import { CONCEPTS } from '../../../src/lib/search/indexer/concepts';
import { Matcher } from '../../../src/lib/search/engine/match';
import { PlanText } from '../../../src/lib/search/engine/plan-text';
import { fuzzyVariants, PinyinTable } from '../../../src/lib/search/engine/pinyin';
import { STOPWORDS } from '../../../src/lib/search/engine/stopwords';
import { QueryReader } from '../../../src/lib/search/engine/understand';
import { index, plan } from './fixture';

const text = new PlanText(index);
const py = new PinyinTable(text, index.py);
const matcher = new Matcher(text, py, new Map(index.syn));
const reader = new QueryReader(text, py, matcher);
const read = (q: string) => reader.read(q, text.prepared, true);
const words = (q: string) => read(q).terms.map((t) => t.text);
// the measures and the document's other text (notice, preamble, part texts, 抄送), all searched
const planText = [
  ...plan.measures.map((m) => [...m.sentences, m.responsibility].join('')),
  ...documentPassages(plan).map((d) => d.s.join('')),
].join('\n');

describe('query understanding', () => {
  it('drops question and function words, keeps the content words', () => {
    expect(words('请问托育机构怎么备案').join(' ')).toMatch(/^托育 ?机构 备案$/u);
    expect(words('体育馆会免费开放吗')).toEqual(expect.arrayContaining(['体育馆', '免费', '开放']));
    for (const w of words('开饭店能不能少交点税')) expect(STOPWORDS.has(w)).toBe(false);
  });

  it('keeps a longer word of the plan that starts with a function word (政府采购, not 政府)', () => {
    expect(words('政府采购')).toEqual(['政府采购']);
  });

  it('reads syllables typed apart, with tone numbers, as one pinyin word', () => {
    expect(reader.tokens('jia zheng fu wu')).toEqual(['jiazhengfuwu']);
    expect(reader.tokens('yang3 lao3')).toEqual(['yanglao']);
    expect(reader.tokens('5g 基站')).toEqual(['5g', '基站']);
    // the last syllable still being typed
    expect(reader.tokens('jia zh')).toEqual(['jiazh']);
    expect(read('jia zh').missing).toEqual([]);
  });

  it('says which words the plan does not have, and never splits them into look-alikes', () => {
    expect(read('专项债').missing).toEqual(['专项债']);
    const r = read('博物馆门票');
    expect(r.terms).toEqual([]);
    expect(r.missing.join('')).toContain('博物馆');
  });

  it('reports a short word missing as a whole even when a part of it occurs, and marks that part as partial only', () => {
    const r = read('房产税');
    expect(r.missing).toEqual(['房产税']);
    for (const t of r.terms) expect(t.partialOnly).toBe(true);
  });

  it('keeps pieces of one typed word together as a group', () => {
    const r = read('家庭服务');
    expect(r.terms.map((t) => t.text)).toEqual(['家庭', '服务']);
    expect(r.terms[0]!.group).toBe(r.terms[1]!.group);
  });
});

describe('fuzzy pinyin (the pairs input methods accept)', () => {
  it('pairs z/zh, c/ch, s/sh, n/l, an/ang, en/eng, in/ing, u/v', () => {
    expect(fuzzyVariants('zeng')).toEqual(expect.arrayContaining(['zheng', 'zen']));
    expect(fuzzyVariants('cang')).toContain('chang');
    expect(fuzzyVariants('seng')).toContain('sheng');
    expect(fuzzyVariants('lan')).toEqual(expect.arrayContaining(['nan', 'lang']));
    expect(fuzzyVariants('xin')).toContain('xing');
    expect(fuzzyVariants('lu')).toContain('lv');
  });
});

describe('concept table (everyday words → the plan’s terms)', () => {
  it('rests every entry on a quote from the plan that holds each target', () => {
    for (const c of CONCEPTS) {
      expect(c.to.length, c.words.join()).toBeGreaterThan(0);
      expect(planText, c.quote).toContain(c.quote);
      for (const t of c.to) expect(c.quote, `${c.words.join()} → ${t}`).toContain(t);
    }
  });

  it('maps words people use that the plan does not (else the entry would be useless)', () => {
    for (const c of CONCEPTS)
      expect(
        c.words.some((w) => !planText.includes(w)),
        c.words.join(),
      ).toBe(true);
  });
});
