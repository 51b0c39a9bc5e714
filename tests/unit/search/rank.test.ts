/** src/lib/search/rank and snippet: scores and what a result shows. */
import { describe, expect, it } from 'vitest';
import { PlanText, type TermHits } from '../../../src/lib/search/plan-text';
import { combine, fieldWeight, termScore } from '../../../src/lib/search/rank';
import { resultFor, windowOf } from '../../../src/lib/search/snippet';
import { at, index } from './fixture';

const text = new PlanText(index);
const p = text.prepared[at(38)]!;

describe('ranking', () => {
  it('weighs the title above the body above the responsibility parenthesis', () => {
    expect(fieldWeight(p, 0)).toBeGreaterThan(fieldWeight(p, 1));
    expect(fieldWeight(p, 1)).toBeGreaterThan(fieldWeight(p, p.m.s.length - 1));
    expect(termScore(p, [{ k: 0, i: 0, j: 2, w: 1 }])).toBeGreaterThan(termScore(p, [{ k: 1, i: 0, j: 2, w: 1 }]));
  });

  it('ranks a measure that answers every term above one that answers some, and drops one answering under half', () => {
    const a = at(1);
    const b = at(2);
    const c = at(3);
    const hit = { k: 1, i: 0, j: 2, w: 1 };
    const t1: TermHits = new Map([[a, [hit]], [b, [hit]], [c, [hit]]]);
    const t2: TermHits = new Map([[a, [hit]], [b, [hit]]]);
    const t3: TermHits = new Map([[a, [hit]]]);
    const s = combine(text.prepared, [t1, t2, t3]);
    expect(s.get(a)!).toBeGreaterThan(s.get(b)!);
    expect(s.get(c)).toBe(0);
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
    expect(windowOf('冰雪旅游', [[0, 3], [1, 4]]).filter((x) => x.hit)).toEqual([{ text: '冰雪旅游', hit: true }]);
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
