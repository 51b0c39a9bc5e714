/**
 * Sector breakdowns: measures per part and sector split by role, agencies per sector, the load of
 * each task force, and the part → sector → measure tree for the drill-down chart.
 */
import type { Lang } from '../i18n/i18n';
import type { Plan } from '../model/model';
import { partHeading, sectorHeading } from '../model/reading-order';
import { paths } from '../site/paths';
import { zeroCounts, type RoleCounts } from './common';
import { fill } from './text';

/** One row of the breakdown: a sector, or the measures of a part that stand outside any sector. */
export interface BreakdownRow {
  kind: 'sector' | 'part';
  id: string;
  /** Short label (the sector or part heading without numbering). */
  label: string;
  /** The heading as printed. */
  heading: string;
  partId: string;
  partNumber: number;
  taskForceId?: string;
  /** Root-relative page of what the row counts. */
  path: string;
  measures: number[];
  /** Role assignments (牵头 / 负责 / 配合 mentions) over the row's measures. */
  roles: RoleCounts;
  /** Distinct agencies named in the row's measures. */
  agencies: string[];
}

function countRoles(plan: Plan, measures: number[]): { roles: RoleCounts; agencies: string[] } {
  const roles = zeroCounts();
  const agencies = new Set<string>();
  for (const n of measures) {
    for (const a of plan.measureByNumber.get(n)!.agencies) {
      roles[a.role]++;
      agencies.add(a.id);
    }
  }
  const order = new Map(plan.agencies.map((a, i) => [a.id, i]));
  return { roles, agencies: [...agencies].sort((x, y) => order.get(x)! - order.get(y)!) };
}

/** Rows in reading order: for each part, its measures outside sectors (if any), then its sectors. */
export function breakdownRows(plan: Plan, lang: Lang = 'zh'): BreakdownRow[] {
  const rows: BreakdownRow[] = [];
  for (const p of plan.parts) {
    const direct = p.measureNumbers.filter((n) => !plan.measureByNumber.get(n)!.sectorId);
    if (direct.length) {
      rows.push({
        kind: 'part',
        id: p.id,
        label: p.heading,
        heading: partHeading(plan, p.id, lang),
        partId: p.id,
        partNumber: p.number,
        taskForceId: p.taskForceId,
        path: paths.part(p.number),
        measures: direct,
        ...countRoles(plan, direct),
      });
    }
    for (const sid of p.sectorIds) {
      const s = plan.sectorById.get(sid)!;
      rows.push({
        kind: 'sector',
        id: s.id,
        label: s.heading,
        heading: sectorHeading(plan, s.id, lang),
        partId: p.id,
        partNumber: p.number,
        taskForceId: s.taskForceId,
        path: paths.sector(s.id),
        measures: s.measureNumbers,
        ...countRoles(plan, s.measureNumbers),
      });
    }
  }
  return rows;
}

export interface PartSummary {
  id: string;
  number: number;
  heading: string;
  path: string;
  measures: number[];
  sectors: string[];
  roles: RoleCounts;
  agencies: string[];
}

/** Parts that contain measures, with their counts. */
export function partSummaries(plan: Plan, lang: Lang = 'zh'): PartSummary[] {
  return plan.parts
    .filter((p) => p.measureNumbers.length > 0)
    .map((p) => ({
      id: p.id,
      number: p.number,
      heading: partHeading(plan, p.id, lang),
      path: paths.part(p.number),
      measures: p.measureNumbers,
      sectors: p.sectorIds,
      ...countRoles(plan, p.measureNumbers),
    }));
}

export interface TaskForceLoad {
  id: string;
  name: string;
  /** Where the plan names it: sector headings or a part heading. */
  sectors: string[];
  parts: string[];
  measures: number[];
  roles: RoleCounts;
  agencies: string[];
}

/** Each task force's load: its measures (through its sectors or part), roles and agencies. Most measures first. */
export function taskForceLoad(plan: Plan): TaskForceLoad[] {
  const order = new Map(plan.taskForces.map((t, i) => [t.id, i]));
  return plan.taskForces
    .map((t) => ({
      id: t.id,
      name: t.name,
      sectors: t.sectorIds,
      parts: t.partIds,
      measures: t.measureNumbers,
      ...countRoles(plan, t.measureNumbers),
    }))
    .sort((a, b) => b.measures.length - a.measures.length || order.get(a.id)! - order.get(b.id)!);
}

/** The drill-down tree: plan → parts → sectors (or the part's direct measures) → measures. */
export interface DrillNode {
  kind: 'plan' | 'part' | 'sector' | 'measure';
  id: string;
  label: string;
  path: string;
  /** The accessible name of the element (第N条 title for a measure). */
  name: string;
  partNumber?: number;
  children?: DrillNode[];
}

/**
 * The tree of the given plan (the English plan on English pages), with its labels in the edition's words: `numbered`
 * ('{numeral}、{heading}') labels a part, `measureTitled` ('第{n}条 {title}') names a measure's tile.
 */
export function drillDown(
  plan: Plan,
  words: { numbered: string; measureTitled: string },
  lang: Lang = 'zh',
): DrillNode {
  const measureLeaf = (n: number, partNumber: number): DrillNode => ({
    kind: 'measure',
    id: String(n),
    label: `${n}. ${plan.measureByNumber.get(n)!.title}`,
    name: fill(words.measureTitled, { n, title: plan.measureByNumber.get(n)!.title }),
    path: paths.measure(n),
    partNumber,
  });
  return {
    kind: 'plan',
    id: 'plan',
    label: plan.document.title,
    name: plan.document.title,
    path: paths.plan(),
    children: plan.parts
      .filter((p) => p.measureNumbers.length > 0)
      .map((p) => ({
        kind: 'part' as const,
        id: p.id,
        label: fill(words.numbered, { numeral: p.numeral, heading: p.heading }),
        name: partHeading(plan, p.id, lang),
        path: paths.part(p.number),
        partNumber: p.number,
        children: [
          ...p.measureNumbers
            .filter((n) => !plan.measureByNumber.get(n)!.sectorId)
            .map((n) => measureLeaf(n, p.number)),
          ...p.sectorIds.map((sid) => {
            const s = plan.sectorById.get(sid)!;
            return {
              kind: 'sector' as const,
              id: sid,
              label: s.heading,
              name: sectorHeading(plan, sid, lang),
              path: paths.sector(sid),
              partNumber: p.number,
              children: s.measureNumbers.map((n) => measureLeaf(n, p.number)),
            };
          }),
        ],
      })),
  };
}
