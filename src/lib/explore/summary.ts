/** Headline numbers of the explorer hub, derived from the collections. */
import type { Plan } from '../model/model';
import { byLoad, primaryRole, ROLE_ORDER, zeroCounts, type RoleCounts } from './common';

export interface ExploreSummary {
  agencies: number;
  measures: number;
  /** Distinct (agency, measure) pairs. */
  links: number;
  /** Role mentions over all measures (measure 61's 牵头负责 is two mentions of one link). */
  roles: RoleCounts;
  /** The links by the strongest role the agency holds in the measure: adds up to `links`. */
  linkRoles: RoleCounts;
  /** Measures naming more than one agency. */
  shared: number;
  /** The agencies with the most measures, most first. */
  top: { id: string; name: string; measures: number; roles: RoleCounts }[];
}

export function exploreSummary(plan: Plan, topN = 10): ExploreSummary {
  const roles = zeroCounts();
  const linkRoles = zeroCounts();
  let links = 0;
  let shared = 0;
  for (const m of plan.measures) {
    for (const a of m.agencies) roles[a.role]++;
    const ids = new Set(m.agencies.map((a) => a.id));
    links += ids.size;
    for (const id of ids) linkRoles[primaryRole(m.agencies.filter((a) => a.id === id).map((a) => a.role))]++;
    if (ids.size > 1) shared++;
  }
  const top = [...plan.agencies]
    .sort(byLoad(plan))
    .slice(0, topN)
    .map((a) => ({
      id: a.id,
      name: a.name,
      measures: a.measureNumbers.length,
      roles: Object.fromEntries(ROLE_ORDER.map((r) => [r, a.roles[r].length])) as RoleCounts,
    }));
  return { agencies: plan.agencies.length, measures: plan.measures.length, links, roles, linkRoles, shared, top };
}
