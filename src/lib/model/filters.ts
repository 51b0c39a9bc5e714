/**
 * Filters of the measure list (/measures/, /en/measures/). Each filter is its own pre-rendered page, so filters are
 * plain links, work without JavaScript and keep their state in the URL: /measures/part/3/,
 * /measures/sector/finance/, /measures/task-force/finance/, /measures/agency/ndrc/.
 */
import type { Plan } from './model';
import type { Lang } from '../i18n/i18n';
import { partHeading, sectorHeading } from './reading-order';

export const FACETS = ['part', 'sector', 'task-force', 'agency'] as const;
export type Facet = (typeof FACETS)[number];

export interface Filter {
  facet: Facet;
  /** Part number as a string, or the sector / task force / agency id. */
  value: string;
  /** What the filter shows, in the plan's language (part and sector headings as printed, names). */
  label: string;
  /** Root-relative path of the filtered list. */
  path: string;
  /** The measures it keeps, in number order. */
  numbers: number[];
}

export const filterPath = (facet: Facet, value: string) => `/measures/${facet}/${value}/`;

/**
 * Every filter, facet by facet; filters that would show no measure are left out. Labels are the given plan's (the
 * English plan with lang 'en': its headings read "II. …").
 */
export function allFilters(plan: Plan, lang: Lang = 'zh'): Filter[] {
  const f = (facet: Facet, value: string, label: string, numbers: number[]): Filter => ({
    facet,
    value,
    label,
    path: filterPath(facet, value),
    numbers: [...numbers].sort((a, b) => a - b),
  });
  return [
    ...plan.parts.map((p) => f('part', String(p.number), partHeading(plan, p.id, lang), p.measureNumbers)),
    ...plan.sectors.map((s) => f('sector', s.id, sectorHeading(plan, s.id, lang), s.measureNumbers)),
    ...plan.taskForces.map((t) => f('task-force', t.id, t.name, t.measureNumbers)),
    ...plan.agencies.map((a) => f('agency', a.id, a.name, a.measureNumbers)),
  ].filter((x) => x.numbers.length > 0);
}
