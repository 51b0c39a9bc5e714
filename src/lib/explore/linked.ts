/**
 * What a state means for every view: which measures and agencies pass the filters, what the selection
 * touches (its measures, agencies, sectors), and one sentence summarising it for the live region.
 * Pure functions over ExplorerData with an index built once.
 */
import type { ExplorerData, XEdge } from './data';
import type { ExploreText } from '../i18n/dict/zh/explore';
import type { ExploreState, Filters, Selection } from './state';
import { fill } from './text';

export interface Index {
  data: ExplorerData;
  agencyById: Map<string, ExplorerData['agencies'][number]>;
  measureByNumber: Map<number, ExplorerData['measures'][number]>;
  edgesOfAgency: Map<string, XEdge[]>;
  edgesOfMeasure: Map<number, XEdge[]>;
  groupOfMeasure: Map<number, string>;
}

export function buildIndex(data: ExplorerData): Index {
  const edgesOfAgency = new Map<string, XEdge[]>();
  const edgesOfMeasure = new Map<number, XEdge[]>();
  for (const e of data.edges) {
    edgesOfAgency.set(e.agency, [...(edgesOfAgency.get(e.agency) ?? []), e]);
    edgesOfMeasure.set(e.measure, [...(edgesOfMeasure.get(e.measure) ?? []), e]);
  }
  const groupOfMeasure = new Map<number, string>();
  for (const g of data.groups) for (const n of g.measures) groupOfMeasure.set(n, `${g.kind}:${g.id}`);
  return {
    data,
    agencyById: new Map(data.agencies.map((a) => [a.id, a])),
    measureByNumber: new Map(data.measures.map((m) => [m.number, m])),
    edgesOfAgency,
    edgesOfMeasure,
    groupOfMeasure,
  };
}

export interface Visible {
  measures: Set<number>;
  agencies: Set<string>;
  /** Edges that pass: `${agency}|${measure}`. */
  edges: Set<string>;
  active: boolean;
}

/** Measures in the chosen part / sector / task force; edges of those with the chosen role; their agencies. */
export function visibleUnder(ix: Index, f: Filters): Visible {
  const active = Boolean(f.part || f.sector || f.tf || f.role);
  const measures = new Set<number>();
  const agencies = new Set<string>();
  const edges = new Set<string>();
  for (const m of ix.data.measures) {
    if ((f.part && m.partId !== f.part) || (f.sector && m.sectorId !== f.sector) || (f.tf && m.taskForceId !== f.tf))
      continue;
    const es = (ix.edgesOfMeasure.get(m.number) ?? []).filter((e) => !f.role || e.roles.includes(f.role));
    if (f.role && es.length === 0) continue;
    measures.add(m.number);
    for (const e of es) {
      agencies.add(e.agency);
      edges.add(`${e.agency}|${e.measure}`);
    }
  }
  return { measures, agencies, edges, active };
}

export interface Touched {
  agencies: Set<string>;
  measures: Set<number>;
  /** Breakdown rows (`sector:ID` / `part:ID`) holding a touched measure. */
  groups: Set<string>;
  edges: Set<string>;
}

/** What the selection touches: an agency → its measures and partners; a measure → its agencies; a sector or task force → its measures and their agencies. */
export function touchedBy(ix: Index, s: Selection): Touched {
  const t: Touched = { agencies: new Set(), measures: new Set(), groups: new Set(), edges: new Set() };
  if (!s) return t;
  let numbers: number[];
  if (s.kind === 'agency') numbers = (ix.edgesOfAgency.get(s.id) ?? []).map((e) => e.measure);
  else if (s.kind === 'measure') numbers = ix.measureByNumber.has(s.number) ? [s.number] : [];
  else if (s.kind === 'sector')
    numbers = ix.data.groups.find((g) => g.kind === 'sector' && g.id === s.id)?.measures ?? [];
  else numbers = ix.data.taskForces.find((x) => x.id === s.id)?.measures ?? [];
  for (const n of numbers) {
    t.measures.add(n);
    const g = ix.groupOfMeasure.get(n);
    if (g) t.groups.add(g);
    for (const e of ix.edgesOfMeasure.get(n) ?? []) {
      if (s.kind === 'agency' && e.agency !== s.id) {
        t.agencies.add(e.agency);
        continue;
      }
      t.agencies.add(e.agency);
      t.edges.add(`${e.agency}|${e.measure}`);
    }
  }
  if (s.kind === 'agency') t.agencies.add(s.id);
  return t;
}

/** A short name for a selection. */
export function selectionName(ix: Index, s: Selection, t: ExploreText): string {
  if (!s) return '';
  if (s.kind === 'agency') return ix.agencyById.get(s.id)?.name ?? s.id;
  if (s.kind === 'measure')
    return fill(t.measureTitled, { n: s.number, title: ix.measureByNumber.get(s.number)?.title ?? '' }).trim();
  if (s.kind === 'sector') return ix.data.groups.find((g) => g.kind === 'sector' && g.id === s.id)?.label ?? s.id;
  return ix.data.taskForces.find((x) => x.id === s.id)?.name ?? s.id;
}

/** The sentence the live region reads after a change: what is selected and what the other views now mark. */
export function announce(ix: Index, state: ExploreState, t: ExploreText): string {
  const v = visibleUnder(ix, state.filters);
  const filterNote = v.active ? fill(t.announceFilter, { m: v.measures.size, a: v.agencies.size }) : '';
  const s = state.selection;
  if (!s) return `${t.announceNone}${filterNote}`.trim();
  const hit = touchedBy(ix, s);
  const where = fill(t.announceWhere, {
    graph: t.pages.graph.label,
    matrix: t.pages.matrix.label,
    sectors: t.pages.sectors.label,
  });
  const name = selectionName(ix, s, t);
  const counts = { name, where, m: hit.measures.size, a: hit.agencies.size, g: hit.groups.size };
  const sentence =
    s.kind === 'agency'
      ? fill(t.announceAgency, { ...counts, p: ix.data.partners[s.id]?.length ?? 0 })
      : fill(s.kind === 'measure' ? t.announceMeasure : t.announceGroup, counts);
  return `${sentence}${filterNote}`.trim();
}
