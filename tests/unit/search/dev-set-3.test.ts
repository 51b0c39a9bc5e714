import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../helpers/content';
import { blockAnchors, readingOrder } from '../../../src/lib/model/reading-order';
import { docAnchor } from '../../../src/lib/search/engine/document';
import { DEV_SET_3, readSet, runEvaluation } from '../../search/evaluate';

const plan = loadPlan();
const KINDS = ['out-of-plan-zh', 'out-of-plan-en', 'english-slip', 'trap', 'short-name', 'relief-en', 'document'];

describe('third judged set (tests/search/dev-set-3.json): out of plan, traps, short names, English relief, the document', () => {
  const set = readSet(DEV_SET_3);

  it('has at least 120 queries in its kinds, judged against real measures and sentences of /plan/', () => {
    expect(set.length).toBeGreaterThanOrEqual(120);
    expect(new Set(set.map((q) => q.kind))).toEqual(new Set(KINDS));
    const anchors = new Set(blockAnchors(readingOrder(plan)));
    for (const q of set) {
      expect(q.relevant.length > 0, q.q).toBe(!q.kind.startsWith('out-of-plan'));
      for (const r of q.relevant)
        if (typeof r === 'number') expect(plan.measureByNumber.has(r), `${q.q}: ${r}`).toBe(true);
        else expect(anchors.has(docAnchor(r)), `${q.q}: ${r}`).toBe(true);
      for (const t of q.traps ?? []) expect(q.relevant, `${q.q}: trap ${t}`).not.toContain(t);
    }
  });

  const e = runEvaluation(DEV_SET_3);

  it('every kind at MRR ≥ 0.95', () => {
    for (const [kind, m] of Object.entries(e.byKind)) expect(m.mrr, kind).toBeGreaterThanOrEqual(0.95);
  });

  it('no trap above a relevant measure', () => {
    for (const q of e.queries.filter((x) => x.traps?.length)) expect(q.trapsAbove, q.q).toEqual([]);
  });

  it('every out-of-plan query, Chinese and English, is answered “not in the plan” with no full match', () => {
    expect(e.negatives.count).toBeGreaterThanOrEqual(60);
    expect(e.queries.filter((q) => !q.relevant.length && !q.honest).map((q) => q.q)).toEqual([]);
  });
});
