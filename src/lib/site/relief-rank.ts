/**
 * The relief finder's logic, shared by the page (server render) and its small browser script:
 * parse the query in the URL, score each classified sentence, rank measures. Pure; no DOM.
 */
import {
  FIRM_TYPES,
  INDUSTRIES,
  SUPPORT_TYPES,
  type Directness,
  type FirmType,
  type Industry,
  type SupportType,
} from '../../schemas/relief-vocab';

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
  /** Several kinds of help at once (rent, loans and tax in one pass); none = any kind. */
  supports?: SupportType[];
  firm?: FirmType;
}

const ALLOWED = { industry: INDUSTRIES, support: SUPPORT_TYPES, firm: FIRM_TYPES } as const;

/**
 * Reads ?industry=…&support=…&support=…&firm=… (the finder form's GET, one `support` per ticked kind);
 * unknown values are dropped and reported, never trusted; kinds come back in vocabulary order, once each.
 */
export function parseQuery(search: string): { query: FinderQuery; ignored: string[] } {
  const params = new URLSearchParams(search);
  const ignored: string[] = [];
  const valid = (key: keyof typeof ALLOWED, v: string) => {
    if (v === '') return false;
    if ((ALLOWED[key] as readonly string[]).includes(v)) return true;
    ignored.push(`${key}=${v.slice(0, 40)}`);
    return false;
  };
  const query: FinderQuery = {};
  const industry = params.get('industry');
  if (industry !== null && valid('industry', industry)) query.industry = industry as Industry;
  const supports = new Set(params.getAll('support').filter((v) => valid('support', v)));
  if (supports.size) query.supports = SUPPORT_TYPES.filter((s) => supports.has(s));
  const firm = params.get('firm');
  if (firm !== null && valid('firm', firm)) query.firm = firm as FirmType;
  return { query, ignored };
}

/** The query as a search string (keys in a fixed order, empty values left out): ?industry=catering&support=credit&support=rent */
export function queryString(q: FinderQuery): string {
  const params = new URLSearchParams();
  if (q.industry) params.set('industry', q.industry);
  for (const s of q.supports ?? []) params.append('support', s);
  if (q.firm) params.set('firm', q.firm);
  const s = params.toString();
  return s ? `?${s}` : '';
}

export const isEmptyQuery = (q: FinderQuery) => !q.industry && !q.supports?.length && !q.firm;

/**
 * How directly a kind of help reaches a firm, in three steps (shown on the page, in this order):
 * cost relief (tax and fee cuts, rent, job retention, the hardship-industry measures), then money
 * through finance (loans, guarantees, insurance, subsidies), then access and markets.
 */
export const SUPPORT_STEPS: readonly { weight: number; supports: readonly SupportType[] }[] = [
  { weight: 30, supports: ['tax-fee', 'rent', 'jobs', 'sector-relief'] },
  { weight: 20, supports: ['credit', 'guarantee', 'insurance', 'subsidy'] },
  { weight: 10, supports: ['fast-track', 'procurement', 'market', 'cultivation'] },
];
const SUPPORT_WEIGHT = new Map(SUPPORT_STEPS.flatMap((s) => s.supports.map((k) => [k, s.weight] as const)));

export const DIRECTNESS_SCORE: Record<Directness, number> = { direct: 6, channel: 3, framework: 0 };
/** Points for the industry: named by the text, or not limited to any industry. */
export const INDUSTRY_POINTS = { named: 20, general: 10 } as const;
/** Points for the firm type: named, none named, only other types named. */
export const FIRM_POINTS = { named: 4, none: 2, other: 0 } as const;

/** A firm of the first type is also one of the second: a 小微企业 is a 中小微企业. */
const FIRM_WITHIN: Partial<Record<FirmType, FirmType>> = { 'micro-small': 'sme' };

/**
 * How directly one classified sentence helps the chosen industry and firm type, or null when it
 * does not apply. In order of weight:
 * 1. the kind of help: cost relief 30, finance 20, access and markets 10 (SUPPORT_STEPS);
 * 2. the industry: named by the text 20, not limited to any industry 10, limited to others → no match
 *    (no industry chosen: not limited 10, limited 0);
 * 3. the way it reaches the firm: direct 6, through banks, insurers… 3, rules still to be made 0;
 * 4. the firm type: named 4 (a 小微企业 is also named by 中小微企业), none named 2, only other types 0.
 * So the catering case puts measure 2 (the five hardship industries, 餐饮 named) and measure 1 (tax,
 * rent and job relief for all industries) before loans that name catering and before procurement rules.
 */
export function itemScore(item: FinderItem, q: FinderQuery): number | null {
  if (q.supports?.length && !q.supports.includes(item.support)) return null;
  let score = (SUPPORT_WEIGHT.get(item.support) ?? 0) + DIRECTNESS_SCORE[item.directness];
  if (q.industry) {
    if (item.industries.includes(q.industry)) score += INDUSTRY_POINTS.named;
    else if (item.industries.length === 0) score += INDUSTRY_POINTS.general;
    else return null;
  } else score += item.industries.length === 0 ? INDUSTRY_POINTS.general : 0;
  if (q.firm) {
    const within = FIRM_WITHIN[q.firm];
    const named = item.firms.includes(q.firm) || (within !== undefined && item.firms.includes(within));
    score += named ? FIRM_POINTS.named : item.firms.length === 0 ? FIRM_POINTS.none : FIRM_POINTS.other;
  }
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
    .map(([measure, m]) => ({
      measure,
      score: m.score,
      items: m.items.sort((a, b) => b.score - a.score).map((i) => i.id),
    }))
    .sort((a, b) => b.score - a.score || a.measure - b.measure);
}
