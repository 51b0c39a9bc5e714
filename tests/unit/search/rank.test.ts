/** src/lib/search/engine/rank and snippet: scores and what a result shows. */
import { describe, expect, it } from 'vitest';
import { PlanText, type TermHits } from '../../../src/lib/search/engine/plan-text';
import { fieldWeight, idf, rankMeasures, termScore } from '../../../src/lib/search/engine/rank';
import { resultFor, windowOf } from '../../../src/lib/search/engine/snippet';
import { at, index } from './fixture';

const text = new PlanText(index);
const p = text.prepared[at(38)]!;

describe('ranking', () => {
  it('weighs the title above the body above the responsibility parenthesis', () => {
    expect(fieldWeight(p, 0)).toBeGreaterThan(fieldWeight(p, 1));
    expect(fieldWeight(p, 1)).toBeGreaterThan(fieldWeight(p, p.m.s.length - 1));
    expect(termScore(p, [{ k: 0, i: 0, j: 2, w: 1 }])).toBeGreaterThan(termScore(p, [{ k: 1, i: 0, j: 2, w: 1 }]));
  });

  it('weighs rare words above common ones', () => {
    expect(idf(66, 2)).toBeGreaterThan(idf(66, 30));
    expect(idf(66, 60)).toBeGreaterThan(0);
  });

  it('puts measures that answer every word first, the others in the partial block, by how much of the query they answer', () => {
    const [a, b, c] = [at(1), at(2), at(3)];
    const hit = { k: 1, i: 0, j: 2, w: 1 };
    const t1: TermHits = new Map([
      [a, [hit]],
      [b, [hit]],
      [c, [hit]],
    ]);
    const t2: TermHits = new Map([
      [a, [hit]],
      [b, [hit]],
    ]);
    const t3: TermHits = new Map([[a, [hit]]]);
    const { full, partial } = rankMeasures(text.prepared, [{ hits: t1 }, { hits: t2 }, { hits: t3 }]);
    expect(full.map((r) => r.x)).toEqual([a]);
    expect(partial.map((r) => r.x)).toEqual([b, c]);
  });

  it('has no full match when a word of the query can only match in part', () => {
    const hit = { k: 1, i: 0, j: 2, w: 1 };
    const { full, partial } = rankMeasures(text.prepared, [{ hits: new Map([[at(5), [hit]]]), partialOnly: true }]);
    expect(full).toEqual([]);
    expect(partial.map((r) => r.x)).toEqual([at(5)]);
  });

  it('ranks the pieces of one typed word higher where they meet in one sentence', () => {
    const [a, b] = [at(10), at(11)];
    const same: TermHits = new Map([
      [a, [{ k: 1, i: 0, j: 2, w: 1 }]],
      [b, [{ k: 1, i: 0, j: 2, w: 1 }]],
    ]);
    const other: TermHits = new Map([
      [a, [{ k: 1, i: 5, j: 7, w: 1 }]],
      [b, [{ k: 2, i: 5, j: 7, w: 1 }]],
    ]);
    const { full } = rankMeasures(text.prepared, [
      { hits: same, group: 1 },
      { hits: other, group: 1 },
    ]);
    expect(full.map((r) => r.x)).toEqual([a, b]);
  });
});

describe('snippets', () => {
  it('cuts a long sentence around the first match and marks it', () => {
    const s = '甲'.repeat(100) + '冰雪旅游' + '乙'.repeat(100);
    const segs = windowOf(s, [[100, 104]]);
    expect(segs[0]).toEqual({ text: '…', hit: false });
    expect(segs.at(-1)).toEqual({ text: '…', hit: false });
    expect(segs.filter((x) => x.hit).map((x) => x.text)).toEqual(['冰雪旅游']);
  });

  it('merges overlapping marks', () => {
    expect(
      windowOf('冰雪旅游', [
        [0, 3],
        [1, 4],
      ]).filter((x) => x.hit),
    ).toEqual([{ text: '冰雪旅游', hit: true }]);
  });

  it('shows the body sentence that holds the match, linked by its anchor', () => {
    const k = p.lower.findIndex((s, i) => i > 0 && s.includes('冰雪'));
    const i = p.lower[k]!.indexOf('冰雪');
    const r = resultFor(p, 1, [new Map([[p.x, [{ k, i, j: i + 2, w: 1 }]]])]);
    expect(r.n).toBe(38);
    expect(r.sentence).toBe(k + 1);
    expect(r.snippet.filter((x) => x.hit).map((x) => x.text)).toEqual(['冰雪']);
  });
});
