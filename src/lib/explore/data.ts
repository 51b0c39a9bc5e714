/**
 * Everything the explorer island needs, shaped at build time from the plan: the laid-out network
 * (d3-force, deterministic) with label positions, the matrix columns, the sector rows and every
 * agency's partners. Plain JSON: it is the island's props, rendered on the server and hydrated.
 */
import type { Lang } from '../i18n/i18n';
import type { Plan, Role } from '../model/model';
import { breakdownRows } from './breakdown';
import { byLoad, type RoleCounts } from './common';
import { layoutGraph } from './graph';
import { placeLabels } from './labels';
import { buildMatrix, type MatrixGroup } from './matrix';
import { partnersOf } from './partners';

export const LABEL_FONT = 12;

export interface XAgency {
  id: string;
  name: string;
  aliases: string[];
  count: number;
  roles: RoleCounts;
  x: number;
  y: number;
  r: number;
  /** Where the overview draws the name; null: it fits nowhere, shown on hover, focus or selection. */
  label: { x: number; y: number; anchor: 'start' | 'middle' | 'end' } | null;
}
export interface XMeasure {
  number: number;
  title: string;
  partId: string;
  partNumber: number;
  sectorId: string | null;
  taskForceId: string | null;
  color: string;
  x: number;
  y: number;
  r: number;
}
export interface XEdge {
  agency: string;
  measure: number;
  /** Roles strongest first; the first is how the edge is drawn. */
  roles: Role[];
}
export interface XPartner {
  id: string;
  weight: number;
  measures: number[];
}
export interface XGroup {
  kind: 'part' | 'sector';
  id: string;
  label: string;
  heading: string;
  path: string;
  partId: string;
  partNumber: number;
  taskForceId: string | null;
  measures: number[];
}
export interface ExplorerData {
  width: number;
  height: number;
  agencies: XAgency[];
  measures: XMeasure[];
  edges: XEdge[];
  /** Agency ids by load (most measures first): the matrix rows and list order. */
  byLoad: string[];
  parts: { id: string; number: number; label: string; color: string }[];
  /** Sector rows (and each part's measures outside any sector), in reading order. */
  groups: XGroup[];
  taskForces: { id: string; name: string; measures: number[] }[];
  matrix: { parts: MatrixGroup[]; sectors: MatrixGroup[]; columns: number[] };
  partners: Record<string, XPartner[]>;
}

export function explorerData(plan: Plan, lang: Lang = 'zh'): ExplorerData {
  const g = layoutGraph(plan);
  const order = [...plan.agencies].sort(byLoad(plan)).map((a) => a.id);
  const rank = new Map(order.map((id, i) => [id, i]));
  const circles = [
    ...g.agencies.map((n) => ({ x: n.x, y: n.y, r: n.r })),
    ...g.measures.map((n) => ({ x: n.x, y: n.y, r: n.r, soft: true })),
  ];
  const labels = placeLabels(
    [...g.agencies]
      .sort((a, b) => rank.get(a.id)! - rank.get(b.id)!)
      .map((a) => ({ id: a.id, text: a.name, x: a.x, y: a.y, r: a.r })),
    circles,
    { fontSize: LABEL_FONT, bounds: { x0: 2, y0: 2, x1: g.width - 2, y1: g.height - 2 } },
  );
  const matrix = buildMatrix(plan, lang);
  const colors = new Map(g.measures.map((m) => [m.partNumber, m.color]));
  return {
    width: g.width,
    height: g.height,
    agencies: g.agencies.map((a) => {
      const l = labels.get(a.id);
      return {
        id: a.id,
        name: a.name,
        aliases: a.aliases,
        count: a.count,
        roles: a.roles,
        x: a.x,
        y: a.y,
        r: Math.round(a.r * 10) / 10,
        label: l ? { x: Math.round(l.x * 10) / 10, y: Math.round(l.y * 10) / 10, anchor: l.anchor } : null,
      };
    }),
    measures: g.measures.map((m) => ({
      number: m.number,
      title: m.title,
      partId: m.partId,
      partNumber: m.partNumber,
      sectorId: m.sectorId ?? null,
      taskForceId: m.taskForceId ?? null,
      color: m.color,
      x: m.x,
      y: m.y,
      r: m.r,
    })),
    edges: g.edges.map((e) => ({ agency: e.agency, measure: e.measure, roles: e.roles })),
    byLoad: order,
    parts: plan.parts
      .filter((p) => p.measureNumbers.length)
      .map((p) => ({
        id: p.id,
        number: p.number,
        label: lang === 'en' ? `${p.numeral}. ${p.heading}` : `${p.numeral}、${p.heading}`,
        color: colors.get(p.number) ?? '',
      })),
    groups: breakdownRows(plan, lang).map((r) => ({
      kind: r.kind,
      id: r.id,
      label: r.label,
      heading: r.heading,
      path: r.path,
      partId: r.partId,
      partNumber: r.partNumber,
      taskForceId: r.taskForceId ?? null,
      measures: r.measures,
    })),
    taskForces: plan.taskForces.map((t) => ({ id: t.id, name: t.name, measures: t.measureNumbers })),
    matrix: { parts: matrix.parts, sectors: matrix.sectors, columns: matrix.columns.map((c) => c.measure) },
    partners: Object.fromEntries(
      plan.agencies.map((a) => [
        a.id,
        partnersOf(plan, a.id).map((p) => ({ id: p.id, weight: p.weight, measures: p.measures.map((m) => m.number) })),
      ]),
    ),
  };
}
