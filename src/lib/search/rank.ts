/**
 * Scoring: an occurrence's weight × where it sits (title, body, responsibility parenthesis), a term's
 * score per measure, and the measures' combined scores for a query.
 */
import type { Occ, Prepared, TermHits } from './plan-text';

/** Title sentence counts most, the responsibility parenthesis least. */
export function fieldWeight(p: Prepared, k: number): number {
  if (k === 0) return 2.5;
  if (k === p.m.s.length - 1) return 0.6;
  return 1;
}

/** Per sentence: best occurrence × field weight, a little more for repeats. */
export function sentenceScores(p: Prepared, occs: Occ[]): Map<number, number> {
  const per = new Map<number, Occ[]>();
  for (const o of occs) (per.get(o.k) ?? per.set(o.k, []).get(o.k)!).push(o);
  const out = new Map<number, number>();
  for (const [k, list] of per) {
    const ws = list.map((o) => o.w).sort((a, b) => b - a);
    const extra = ws.slice(1, 4).reduce((s, w) => s + 0.2 * w, 0);
    out.set(k, (ws[0]! + extra) * fieldWeight(p, k));
  }
  return out;
}

/** A term in one measure: its best sentence plus a share of the others. */
export function termScore(p: Prepared, occs: Occ[]): number {
  const per = [...sentenceScores(p, occs).values()].sort((a, b) => b - a);
  const rest = per.slice(1).reduce((s, x) => s + x, 0);
  return per[0]! + Math.min(0.25 * rest, 1.5);
}

/**
 * The measures' scores for a query: each term's score weighted by its rarity, times the square of
 * the share of terms the measure answers (a measure must answer at least half of them).
 */
export function combine(prepared: Prepared[], perTerm: TermHits[]): Map<number, number> {
  const N = prepared.length;
  const scores = new Map<number, number>();
  const covered = new Map<number, number>();
  perTerm.forEach((hits) => {
    const idf = 1 + 0.5 * Math.log(N / (1 + hits.size));
    for (const [mi, occs] of hits) {
      const s = termScore(prepared[mi]!, occs);
      if (s <= 0) continue;
      scores.set(mi, (scores.get(mi) ?? 0) + s * Math.max(idf, 0.5));
      covered.set(mi, (covered.get(mi) ?? 0) + 1);
    }
  });
  for (const [mi, s] of scores) {
    const share = (covered.get(mi) ?? 0) / perTerm.length;
    scores.set(mi, share < 0.5 ? 0 : s * share ** 2);
  }
  return scores;
}
