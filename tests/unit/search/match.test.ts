/** src/lib/search/engine/match and slips: one term against the plan. */
import { describe, expect, it } from 'vitest';
import { Matcher } from '../../../src/lib/search/engine/match';
import { PlanText, type TermHits } from '../../../src/lib/search/engine/plan-text';
import { PinyinTable } from '../../../src/lib/search/engine/pinyin';
import { index } from './fixture';

const text = new PlanText(index);
const py = new PinyinTable(text, index.py);
const matcher = new Matcher(text, py, new Map(index.syn));
const measures = (hits: TermHits) => [...hits.keys()].map((x) => text.prepared[x]!.m.n).sort((a, b) => a - b);
const matched = (hits: TermHits) => {
  const out = new Set<string>();
  for (const [x, occs] of hits) for (const o of occs) out.add(text.prepared[x]!.m.s[o.k]!.slice(o.i, o.j));
  return out;
};

describe('matching one term', () => {
  it('finds exact words, never a figure inside a longer number', () => {
    const hits: TermHits = new Map();
    matcher.exact('200家', text.prepared, hits, 1);
    for (const [x, occs] of hits)
      for (const o of occs) expect(text.prepared[x]!.lower[o.k]![o.i - 1] ?? '').not.toMatch(/\d/u);
    expect(hits.size).toBeGreaterThan(0);
  });

  it('drops characters that only meet across two words when the word occurs on its own', () => {
    const hits: TermHits = new Map();
    matcher.exact('民政', text.prepared, hits, 1);
    for (const [x, occs] of hits)
      for (const o of occs) expect(text.prepared[x]!.m.s[o.k]!.slice(o.i - 1, o.j + 1)).not.toBe('人民政府');
  });

  it('reads everyday words through the synonym table', () => {
    const { hits } = matcher.term('餐馆', text.prepared, true);
    expect(matched(hits)).toContain('餐饮');
  });

  it('finds an agency’s measures by a short form', () => {
    const { hits } = matcher.term('民政厅', text.prepared, true);
    expect(measures(hits)).toEqual(expect.arrayContaining([37, 43, 44, 45, 57]));
  });

  it('matches pinyin and initials', () => {
    expect(matched(matcher.term('jiazheng', text.prepared, true).hits)).toContain('家政');
    expect(matched(matcher.term('bxj', text.prepared, true).hits)).toContain('步行街');
  });

  it('catches two swapped characters, and up to two wrong ones in a four- or five-character word', () => {
    expect(matched(matcher.term('托育构机', text.prepared, true).hits)).toContain('托育机构');
    const two = matcher.term('新能元气车', text.prepared, true).hits;
    expect(measures(two)).toContain(35);
    // a slip is weaker than the word typed right
    const right = matcher.term('新能源汽车', text.prepared, true).hits;
    const w = (h: TermHits) => Math.max(...[...h.values()].flat().map((o) => o.w));
    expect(w(two)).toBeLessThan(w(right));
  });

  it('does not read a word the plan lacks as a slip of a look-alike (专项债 is no 专项行动)', () => {
    expect(matcher.term('专项债', text.prepared, true).hits.size).toBe(0);
  });

  it('catches one wrong character only when the term is nowhere in the plan', () => {
    expect(measures(matcher.term('校园足珠', text.prepared, true).hits)).toContain(52);
    expect(matcher.term('校园足珠', text.prepared, false).hits.size).toBe(0);
  });
});
