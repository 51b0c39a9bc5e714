/**
 * Partners: for one agency, the agencies named with it in the same measures, by role, and a weight that
 * keeps a measure naming many agencies from dominating. In a measure naming n distinct agencies, each of
 * them shares one unit of joint work among its n − 1 partners there, so a pair gains 1 / (n − 1) from it:
 * two agencies alone in a measure gain 1; any pair in measure 57 (nine leads) gains 1/8.
 */
import type { Plan, Role } from '../model/model';
import { rolesIn } from './common';

export interface SharedMeasure {
  number: number;
  /** Distinct agencies the measure names. */
  agencies: number;
  /** Roles of the agency itself and of the partner in this measure, strongest first. */
  own: Role[];
  partner: Role[];
}
export interface Partner {
  id: string;
  name: string;
  /** Measures naming both, in number order. */
  measures: SharedMeasure[];
  /** Σ 1 / (n − 1) over the shared measures, rounded to two decimals. */
  weight: number;
}

/** What one shared measure naming `agencies` distinct agencies adds to the weight of each pair in it. */
export function pairWeight(agencies: number): number {
  return 1 / (agencies - 1);
}

/** Weights are shown and compared to two decimals. */
export const roundWeight = (w: number) => Math.round(w * 100) / 100;

/** Partners of `agencyId`, strongest weight first (ties: more shared measures, then the order of agencies.yaml). */
export function partnersOf(plan: Plan, agencyId: string): Partner[] {
  const index = new Map(plan.agencies.map((a, i) => [a.id, i]));
  const found = new Map<string, { measures: SharedMeasure[]; weight: number }>();
  for (const m of plan.measures) {
    const ids = [...new Set(m.agencies.map((a) => a.id))];
    if (!ids.includes(agencyId) || ids.length < 2) continue;
    const own = rolesIn(plan, agencyId, m.number);
    for (const id of ids) {
      if (id === agencyId) continue;
      const p = found.get(id) ?? { measures: [], weight: 0 };
      p.measures.push({ number: m.number, agencies: ids.length, own, partner: rolesIn(plan, id, m.number) });
      p.weight += pairWeight(ids.length);
      found.set(id, p);
    }
  }
  return [...found.entries()]
    .map(([id, p]) => ({
      id,
      name: plan.agencyById.get(id)!.name,
      measures: p.measures,
      weight: roundWeight(p.weight),
    }))
    .sort(
      (a, b) => b.weight - a.weight || b.measures.length - a.measures.length || index.get(a.id)! - index.get(b.id)!,
    );
}
