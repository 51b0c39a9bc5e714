/**
 * The relief finder's logic, shared by the page (server render) and its small browser script:
 * parse the query in the URL, score each classified sentence, rank measures. Pure; no DOM.
 */
import { FIRM_TYPES, INDUSTRIES, SUPPORT_TYPES, type Directness, type FirmType, type Industry, type SupportType } from './relief-vocab';

export interface FinderItem {
  id: string;
  measure: number;
  support: SupportType;
  industries: readonly Industry[];
  firms: readonly FirmType[];
  directness: Directness;
}

export interface FinderQuery {
  industry?: Industry;
  support?: SupportType;
  firm?: FirmType;
}

export const QUERY_KEYS = ['industry', 'support', 'firm'] as const;
const ALLOWED: Record<(typeof QUERY_KEYS)[number], readonly string[]> = { industry: INDUSTRIES, support: SUPPORT_TYPES, firm: FIRM_TYPES };

/** Reads ?industry=…&support=…&firm=…; unknown values are dropped and reported, never trusted. */
export function parseQuery(search: string): { query: FinderQuery; ignored: string[] } {
  const params = new URLSearchParams(search);
  const query: Record<string, string> = {};
  const ignored: string[] = [];
  for (const key of QUERY_KEYS) {
    const v = params.get(key);
    if (v === null || v === '') continue;
    if (ALLOWED[key].includes(v)) query[key] = v;
    else ignored.push(`${key}=${v.slice(0, 40)}`);
  }
  return { query: query as FinderQuery, ignored };
}

/** The query as a search string (keys in a fixed order, empty values left out): ?industry=catering&support=credit */
export function queryString(q: FinderQuery): string {
  const params = new URLSearchParams();
  for (const key of QUERY_KEYS) if (q[key]) params.set(key, q[key]!);
  const s = params.toString();
  return s ? `?${s}` : '';
}

export const isEmptyQuery = (q: FinderQuery) => !q.industry && !q.support && !q.firm;

const DIRECTNESS_SCORE: Record<Directness, number> = { direct: 3, channel: 2, framework: 1 };

/**
 * How well one classified sentence answers the query, or null when it does not apply.
 * Industry: named by the text 100, not limited to any industry 50, limited to other industries → no match.
 * Firm type: named 20, none named 10, other types named 0 (a firm can be of several types).
 * Directness adds 3 (direct), 2 (through banks, insurers…) or 1 (framework).
 */
export function itemScore(item: FinderItem, q: FinderQuery): number | null {
  if (q.support && item.support !== q.support) return null;
  let score = DIRECTNESS_SCORE[item.directness];
  if (q.industry) {
    if (item.industries.includes(q.industry)) score += 100;
    else if (item.industries.length === 0) score += 50;
    else return null;
  }
  if (q.firm) score += item.firms.includes(q.firm) ? 20 : item.firms.length === 0 ? 10 : 0;
  return score;
}

export interface RankedMeasure {
  measure: number;
  score: number;
  /** Ids of the matching items, best first. */
  items: string[];
}

/** Measures with at least one matching item, best score first, then by measure number. */
export function rankMeasures(items: readonly FinderItem[], q: FinderQuery): RankedMeasure[] {
  const by = new Map<number, { score: number; items: { id: string; score: number }[] }>();
  for (const item of items) {
    const score = itemScore(item, q);
    if (score === null) continue;
    const m = by.get(item.measure) ?? { score: -1, items: [] };
    m.score = Math.max(m.score, score);
    m.items.push({ id: item.id, score });
    by.set(item.measure, m);
  }
  return [...by.entries()]
    .map(([measure, m]) => ({ measure, score: m.score, items: m.items.sort((a, b) => b.score - a.score).map((i) => i.id) }))
    .sort((a, b) => b.score - a.score || a.measure - b.measure);
}
