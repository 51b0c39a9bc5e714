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

/** Scratch space for termScore: the four best weights per sentence (sentences ≤ 64 per measure in the index). */
const TOP = new Float64Array(64 * 4);
const TOUCHED = new Int32Array(64);

/**
 * A term in one measure: its best sentence plus a share of the others (the same sum as
 * sentenceScores, without allocating: it runs for every measure a term occurs in).
 */
export function termScore(p: Prepared, occs: Occ[]): number {
  if (p.m.s.length > 64) {
    const per = [...sentenceScores(p, occs).values()].sort((a, b) => b - a);
    return per[0]! + Math.min(0.25 * per.slice(1).reduce((s, x) => s + x, 0), 1.5);
  }
  let touched = 0;
  for (const o of occs) {
    const base = o.k * 4;
    if (TOP[base] === 0 && TOP[base + 1] === 0 && TOP[base + 2] === 0 && TOP[base + 3] === 0) TOUCHED[touched++] = o.k;
    // insert o.w into the sentence's four best
    let w = o.w;
    for (let x = 0; x < 4; x++) {
      if (w > TOP[base + x]!) [w, TOP[base + x]] = [TOP[base + x]!, w];
    }
  }
  let best = 0;
  let sum = 0;
  for (let t = 0; t < touched; t++) {
    const k = TOUCHED[t]!;
    const base = k * 4;
    const v = (TOP[base]! + 0.2 * (TOP[base + 1]! + TOP[base + 2]! + TOP[base + 3]!)) * fieldWeight(p, k);
    TOP.fill(0, base, base + 4);
    sum += v;
    if (v > best) best = v;
  }
  return best + Math.min(0.25 * (sum - best), 1.5);
}

/** A term for ranking: its matches, and whether it can only give partial matches. */
export interface RankTerm {
  hits: TermHits;
  partialOnly?: boolean;
  /** Pieces of one typed word share a group. */
  group?: number;
  /** A generic word (政策, 优惠, 服务): weighs little, does not gate, never makes a full match alone. */
  generic?: boolean;
}

/** What a generic word weighs against its idf: the measure about the query's topic comes first. */
const GENERIC_WEIGHT = 0.3;

/** Pieces of one typed word (家庭服务 → 家庭, 服务) found in one sentence count this much more. */
const TOGETHER = 1.6;

/** Whether every term of `idx` occurs in one sentence of measure x. */
function together(terms: RankTerm[], idx: number[], x: number): boolean {
  const sets = idx.map((i) => new Set((terms[i]!.hits.get(x) ?? []).map((o) => o.k)));
  return [...sets[0]!].some((k) => sets.every((s) => s.has(k)));
}
export interface Ranked {
  /** Position in the index. */
  x: number;
  score: number;
  /** Indexes of the terms the measure answers. */
  matched: number[];
}

/** BM25's idf: rare words weigh more, a word in most measures next to nothing. */
export function idf(N: number, df: number): number {
  return Math.log(1 + (N - df + 0.5) / (df + 0.5));
}

/**
 * Ranks the measures for a query, BM25-style: each term's score in a measure (its best occurrences
 * by field and word boundaries, ./termScore) times the term's idf, summed. `full`: the measures that
 * answer every term that matters (a term in more than a quarter of the measures does not gate, unless
 * all do); `partial`: the others, ranked by score times the share of the query's weight they answer.
 */
export function rankMeasures(prepared: Prepared[], terms: RankTerm[]): { full: Ranked[]; partial: Ranked[] } {
  const N = prepared.length;
  const weights = terms.map((t) => (t.hits.size ? idf(N, t.hits.size) * (t.generic ? GENERIC_WEIGHT : 1) : 0));
  const common = terms.map((t) => t.hits.size > N / 4 || !!t.generic);
  const gating = terms.map((t, i) => t.hits.size > 0 && !common[i]);
  if (!gating.some(Boolean)) terms.forEach((t, i) => (gating[i] = t.hits.size > 0));
  // generic words alone never make a full match
  const topicless = terms.every((t) => t.generic || !t.hits.size);
  const anyPartialOnly = topicless || terms.some((t) => t.partialOnly);
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const acc = new Map<number, Ranked>();
  terms.forEach((t, ti) => {
    for (const [x, occs] of t.hits) {
      const s = termScore(prepared[x]!, occs);
      if (s <= 0) continue;
      const r = acc.get(x) ?? acc.set(x, { x, score: 0, matched: [] }).get(x)!;
      r.score += s * Math.max(weights[ti]!, 0.1);
      r.matched.push(ti);
    }
  });
  const groups = new Map<number, number[]>();
  terms.forEach(
    (t, i) => t.group !== undefined && (groups.get(t.group) ?? groups.set(t.group, []).get(t.group)!).push(i),
  );
  const full: Ranked[] = [];
  const rest: Ranked[] = [];
  for (const r of acc.values()) {
    for (const idx of groups.values()) {
      if (idx.length > 1 && idx.every((i) => r.matched.includes(i)) && together(terms, idx, r.x)) r.score *= TOGETHER;
    }
    const all = !anyPartialOnly && gating.every((g, i) => !g || r.matched.includes(i));
    (all ? full : rest).push(r);
  }
  // partial matches: those answering a word that matters (or, when nothing answers all, any word)
  const partial = rest.filter((r) => full.length === 0 || r.matched.some((i) => !common[i]));
  for (const r of partial) {
    const share = r.matched.reduce((a, i) => a + weights[i]!, 0) / total;
    r.score *= 0.5 + 0.5 * share;
  }
  const order = (a: Ranked, b: Ranked) => b.score - a.score || prepared[a.x]!.m.n - prepared[b.x]!.m.n;
  return { full: full.sort(order), partial: partial.sort(order) };
}
