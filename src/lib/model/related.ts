/**
 * Measures related to a measure: neighbours in the same sector (or part) and measures sharing a lead body.
 * Ranked and capped, so a measure page carries a handful of links however many measures the plan has;
 * each group says how many there are in all and where the full list is (a filtered measure list).
 */
import { filterPath } from './filters';
import type { Measure, Plan } from './model';

/** How many measures of the same sector or part a measure page shows. */
export const SAME_GROUP_LIMIT = 6;
/** How many measures per shared lead body a measure page shows… */
export const SHARED_LEAD_LIMIT = 3;
/** …and in all, over every lead body (measure 1 names ten bodies in charge). */
export const SHARED_LEAD_TOTAL = 6;

/**
 * The bodies that lead a measure: those named 牵头, or — when the parenthesis names no 牵头 —
 * those named 负责 (in `（A、B负责）` the 负责 bodies are the ones in charge).
 */
export function leadAgencies(m: Measure): string[] {
  const lead = m.agencies.filter((a) => a.role === 'lead');
  const rows = lead.length ? lead : m.agencies.filter((a) => a.role === 'responsible');
  return [...new Set(rows.map((a) => a.id))].filter((id) => id !== 'city-governments');
}

export interface RelatedGroup {
  /** The related measures shown, best first (at most the limit). */
  numbers: number[];
  /** How many related measures there are in all (excluding the measure itself). */
  total: number;
  /** Root-relative path of the full filtered list. */
  allPath: string;
}

export interface Related {
  /** Other measures of the same sector; of the same part when the measure stands under no sector. */
  sameGroup: RelatedGroup & { kind: 'sector' | 'part'; id: string };
  /** For lead bodies of this measure, other measures they also lead (each listed once, none already in sameGroup). */
  sharedLead: (RelatedGroup & { agencyId: string })[];
}

/** Per-plan lookups, computed once: each measure's lead bodies and each body's led measures. */
interface Lookups {
  leads: Map<number, string[]>;
  ledBy: Map<string, number[]>;
  bodies: Map<number, Set<string>>;
}
const lookups = new WeakMap<Plan, Lookups>();

function lookupsFor(plan: Plan): Lookups {
  let l = lookups.get(plan);
  if (l) return l;
  l = { leads: new Map(), ledBy: new Map(), bodies: new Map() };
  for (const m of plan.measures) {
    const leads = leadAgencies(m);
    l.leads.set(m.number, leads);
    l.bodies.set(m.number, new Set(m.agencies.map((a) => a.id)));
    for (const id of leads) {
      const list = l.ledBy.get(id) ?? [];
      list.push(m.number);
      l.ledBy.set(id, list);
    }
  }
  lookups.set(plan, l);
  return l;
}

/**
 * Ranks candidates for measure `n`: more bodies in common first, then nearer in the plan's order,
 * then the earlier one. Pure; does not include `n` itself.
 */
export function rankRelated(n: number, candidates: readonly number[], bodies: Map<number, Set<string>>): number[] {
  const mine = bodies.get(n) ?? new Set<string>();
  const shared = (x: number) => [...(bodies.get(x) ?? [])].filter((id) => mine.has(id)).length;
  return candidates
    .filter((x) => x !== n)
    .map((x) => ({ x, s: shared(x), d: Math.abs(x - n) }))
    .sort((a, b) => b.s - a.s || a.d - b.d || a.x - b.x)
    .map((r) => r.x);
}

export function relatedMeasures(plan: Plan, number: number): Related {
  const m = plan.measureByNumber.get(number);
  if (!m) throw new RangeError(`relatedMeasures: no measure ${number}`);
  const { leads, ledBy, bodies } = lookupsFor(plan);
  const group = m.sectorId
    ? {
        kind: 'sector' as const,
        id: m.sectorId,
        all: plan.sectorById.get(m.sectorId)!.measureNumbers,
        allPath: filterPath('sector', m.sectorId),
      }
    : {
        kind: 'part' as const,
        id: m.partId,
        all: plan.partById.get(m.partId)!.measureNumbers,
        allPath: filterPath('part', m.partId),
      };
  // in the same group, reading-order neighbours are the best context; bodies in common break ties
  const nearest = group.all
    .filter((x) => x !== number)
    .sort((a, b) => Math.abs(a - number) - Math.abs(b - number) || a - b)
    .slice(0, SAME_GROUP_LIMIT)
    .sort((a, b) => a - b);
  const sameGroup = {
    kind: group.kind,
    id: group.id,
    numbers: nearest,
    total: group.all.length - 1,
    allPath: group.allPath,
  };
  const shown = new Set([number, ...nearest]);
  const sharedLead: Related['sharedLead'] = [];
  let budget = SHARED_LEAD_TOTAL;
  for (const agencyId of leads.get(number) ?? []) {
    const all = ledBy.get(agencyId) ?? [];
    const numbers = rankRelated(
      number,
      all.filter((x) => !shown.has(x)),
      bodies,
    ).slice(0, Math.min(SHARED_LEAD_LIMIT, budget));
    if (numbers.length === 0) continue;
    numbers.forEach((x) => shown.add(x));
    budget -= numbers.length;
    sharedLead.push({ agencyId, numbers, total: all.length - 1, allPath: filterPath('agency', agencyId) });
  }
  return { sameGroup, sharedLead };
}
