/** Measures related to a measure: neighbours in the same sector (or part) and measures sharing a lead body. */
import type { Measure, Plan } from './model';

/**
 * The bodies that lead a measure: those named 牵头, or — when the parenthesis names no 牵头 —
 * those named 负责 (in `（A、B负责）` the 负责 bodies are the ones in charge).
 */
export function leadAgencies(m: Measure): string[] {
  const lead = m.agencies.filter((a) => a.role === 'lead');
  const rows = lead.length ? lead : m.agencies.filter((a) => a.role === 'responsible');
  return [...new Set(rows.map((a) => a.id))].filter((id) => id !== 'city-governments');
}

export interface Related {
  /** Other measures of the same sector; of the same part when the measure stands under no sector. */
  sameGroup: { kind: 'sector' | 'part'; id: string; numbers: number[] };
  /** For each lead body of this measure, the other measures it also leads. */
  sharedLead: { agencyId: string; numbers: number[] }[];
}

export function relatedMeasures(plan: Plan, number: number): Related {
  const m = plan.measureByNumber.get(number);
  if (!m) throw new RangeError(`relatedMeasures: no measure ${number}`);
  const others = (ns: number[]) => ns.filter((n) => n !== number);
  const sameGroup = m.sectorId
    ? { kind: 'sector' as const, id: m.sectorId, numbers: others(plan.sectorById.get(m.sectorId)!.measureNumbers) }
    : { kind: 'part' as const, id: m.partId, numbers: others(plan.partById.get(m.partId)!.measureNumbers) };
  const sharedLead = leadAgencies(m)
    .map((agencyId) => ({
      agencyId,
      numbers: others(plan.measures.filter((x) => leadAgencies(x).includes(agencyId)).map((x) => x.number)),
    }))
    .filter((r) => r.numbers.length > 0);
  return { sameGroup, sharedLead };
}
