/** src/lib/search/engine/plan-text: sentences, word boundaries, corpus and vocabulary of the plan. */
import { describe, expect, it } from 'vitest';
import { PlanText } from '../../../src/lib/search/engine/plan-text';
import { wordLengths } from '../../../src/lib/search/indexer/build';
import { at, index } from './fixture';

const text = new PlanText(index);

describe('plan text', () => {
  it('cuts words at both ends of the plan’s own names (build time)', () => {
    const s = '推进各地省民政厅牵头工作';
    const ends = (w: string) => {
      let pos = 0;
      return Array.from(w, (c) => (pos += parseInt(c, 36)));
    };
    const at = s.indexOf('省民政厅');
    const cuts = ends(wordLengths(s, ['省民政厅']));
    expect(cuts).toContain(at);
    expect(cuts).toContain(at + 4);
    expect(cuts.at(-1)).toBe(s.length);
  });

  it('scores an occurrence by the word boundaries at its ends', () => {
    // measure 43's parenthesis: （省民政厅，各市人民政府负责）: 民政 of 民政厅 starts a word, 民政 of 人民|政府 does not
    const p = text.prepared[at(43)]!;
    const k = p.m.s.length - 1;
    const s = p.lower[k]!;
    const genuine = s.indexOf('民政厅');
    const inside = s.indexOf('人民政府') + 1;
    expect(text.align(p, k, genuine, genuine + 2)).toBeGreaterThan(text.align(p, k, inside, inside + 2));
    expect(text.align(p, k, inside, inside + 2)).toBeLessThan(0.5);
  });

  it('finds the sentence that holds a position of the corpus', () => {
    const { text: all, starts, owner, k } = text.corpus();
    const pos = all.indexOf('校园足球');
    const g = text.sentenceAt(pos);
    expect(text.prepared[owner[g]!]!.m.n).toBe(52);
    expect(text.prepared[owner[g]!]!.lower[k[g]!]!.slice(pos - starts[g]!)).toMatch(/^校园足球/u);
  });

  it('knows stretches of three or four characters of the text, whatever the segmentation', () => {
    expect(text.hasGram('农产品')).toBe(true);
    expect(text.hasGram('博物馆')).toBe(false);
  });

  it('knows which words occur in the plan', () => {
    expect(text.occurs(['专项债'])).toBe(false);
    expect(text.occurs(['专项债', '冰雪旅游'])).toBe(true);
  });

  it('holds the plan’s words and the agencies’ names in its dictionary', () => {
    const d = text.dictionary();
    expect(d.has('民政厅') || d.has('省民政厅')).toBe(true);
    expect(d.has('冰雪')).toBe(true);
  });

  it('restricts to the measures allowed', () => {
    expect(text.allowedMask(text.prepared)).toBeUndefined();
    const mask = text.allowedMask([text.prepared[3]!])!;
    expect([...mask].filter((x) => x === 1)).toEqual([1]);
    expect(mask[3]).toBe(1);
  });
});
