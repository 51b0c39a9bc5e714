/**
 * "Who works with whom": pairs of agencies named together, ranked by the same weight as the partner lists
 * (partners.ts), so that measure 57's nine leads do not fill the top of the list.
 */
import type { Plan } from '../model/model';
import { pairWeight, roundWeight } from './partners';

export interface AgencyPair {
  a: string;
  b: string;
  /** The measures naming both, in number order. */
  measures: number[];
  /** Σ 1 / (n − 1) over those measures (n = agencies the measure names), rounded to two decimals. */
  weight: number;
}

/**
 * Every pair of agencies sharing at least `min` measures, strongest weight first (ties: more shared
 * measures, then the order of agencies.yaml), at most `limit` of them.
 */
export function coResponsibility(plan: Plan, { limit = 20, min = 2 } = {}): AgencyPair[] {
  const index = new Map(plan.agencies.map((a, i) => [a.id, i]));
  const shared = new Map<string, AgencyPair>();
  for (const m of plan.measures) {
    const ids = [...new Set(m.agencies.map((a) => a.id))].sort((x, y) => index.get(x)! - index.get(y)!);
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const key = `${ids[i]}|${ids[j]}`;
        const pair = shared.get(key) ?? { a: ids[i]!, b: ids[j]!, measures: [], weight: 0 };
        pair.measures.push(m.number);
        pair.weight += pairWeight(ids.length);
        shared.set(key, pair);
      }
    }
  }
  return [...shared.values()]
    .map((p) => ({ ...p, weight: roundWeight(p.weight) }))
    .filter((p) => p.measures.length >= min)
    .sort(
      (p, q) =>
        q.weight - p.weight ||
        q.measures.length - p.measures.length ||
        index.get(p.a)! - index.get(q.a)! ||
        index.get(p.b)! - index.get(q.b)!,
    )
    .slice(0, limit);
}
