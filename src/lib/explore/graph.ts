/**
 * The agency–measure graph: agencies and measures as nodes, one edge per (agency, measure) with the
 * roles the agency holds there, and a deterministic force layout computed at build time.
 */
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationNodeDatum,
} from 'd3-force';
import type { Plan, Role } from '../model/model';
import { primaryRole, ROLE_ORDER, partColor } from './common';

export interface AgencyNode {
  kind: 'agency';
  id: string;
  name: string;
  aliases: string[];
  /** Distinct measures the agency is named in. */
  count: number;
  roles: Record<Role, number>;
  x: number;
  y: number;
  r: number;
}
export interface MeasureNode {
  kind: 'measure';
  number: number;
  title: string;
  partNumber: number;
  partId: string;
  sectorId?: string;
  taskForceId?: string;
  color: string;
  x: number;
  y: number;
  r: number;
}
export interface GraphEdge {
  agency: string;
  measure: number;
  /** Every role the agency holds in the measure, strongest first. */
  roles: Role[];
  /** The strongest of them: how the edge is drawn. */
  role: Role;
}
export interface Graph {
  width: number;
  height: number;
  agencies: AgencyNode[];
  measures: MeasureNode[];
  edges: GraphEdge[];
}

export interface LayoutOptions {
  width?: number;
  height?: number;
  /** Simulation steps; fixed so the layout is the same on every build. */
  iterations?: number;
  seed?: number;
}

export const GRAPH_DEFAULTS = { width: 960, height: 760, iterations: 300, seed: 20220414, measureRadius: 11 } as const;

/** Agencies grow with their number of measures (area ∝ count). */
export const agencyRadius = (count: number) => 6 + 3.2 * Math.sqrt(count);

/** A small linear congruential generator: the same numbers on every run, in [0, 1). */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(1664525, s) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** Nodes and edges, without positions. */
export function graphData(plan: Plan): Omit<Graph, 'width' | 'height'> {
  const edges: GraphEdge[] = [];
  for (const m of plan.measures) {
    const seen = new Map<string, Role[]>();
    for (const a of m.agencies) seen.set(a.id, [...(seen.get(a.id) ?? []), a.role]);
    for (const [agency, roles] of seen) {
      const sorted = ROLE_ORDER.filter((r) => roles.includes(r));
      edges.push({ agency, measure: m.number, roles: sorted, role: primaryRole(sorted) });
    }
  }
  const agencies: AgencyNode[] = plan.agencies.map((a) => ({
    kind: 'agency',
    id: a.id,
    name: a.name,
    aliases: a.aliases,
    count: a.measureNumbers.length,
    roles: { lead: a.roles.lead.length, responsible: a.roles.responsible.length, cooperate: a.roles.cooperate.length },
    x: 0,
    y: 0,
    r: agencyRadius(a.measureNumbers.length),
  }));
  const measures: MeasureNode[] = plan.measures.map((m) => {
    const partNumber = plan.partById.get(m.partId)!.number;
    return {
      kind: 'measure',
      number: m.number,
      title: m.title,
      partNumber,
      partId: m.partId,
      sectorId: m.sectorId,
      taskForceId: m.taskForceId,
      color: partColor(partNumber),
      x: 0,
      y: 0,
      r: GRAPH_DEFAULTS.measureRadius,
    };
  });
  return { agencies, measures, edges };
}

type SimNode = SimulationNodeDatum & { key: string; r: number };
const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The graph with positions from a force layout run for a fixed number of steps with a seeded random
 * source, scaled to fit width × height. Same content in, same positions out.
 */
export function layoutGraph(plan: Plan, options: LayoutOptions = {}): Graph {
  const { width, height, iterations, seed } = { ...GRAPH_DEFAULTS, ...options };
  const data = graphData(plan);
  const nodes: SimNode[] = [
    ...data.agencies.map((a) => ({ key: `a:${a.id}`, r: a.r })),
    ...data.measures.map((m) => ({ key: `m:${m.number}`, r: m.r })),
  ];
  const links = data.edges.map((e) => ({ source: `a:${e.agency}`, target: `m:${e.measure}`, role: e.role }));
  const sim = forceSimulation<SimNode>(nodes)
    .randomSource(lcg(seed))
    .force(
      'link',
      forceLink<SimNode, (typeof links)[number] & { source: string | SimNode; target: string | SimNode }>(links)
        .id((d) => d.key)
        .distance((l) => (l.role === 'cooperate' ? 70 : 45))
        .strength(0.25),
    )
    .force('charge', forceManyBody<SimNode>().strength(-90))
    .force(
      'collide',
      forceCollide<SimNode>((d) => d.r + 4),
    )
    .force('x', forceX<SimNode>(0).strength(0.06))
    .force('y', forceY<SimNode>(0).strength(0.08))
    .stop();
  sim.tick(iterations);

  // fit into the viewBox with a margin for labels
  const pad = 40;
  const xs = nodes.map((n) => n.x!);
  const ys = nodes.map((n) => n.y!);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const k = Math.min((width - 2 * pad) / (x1 - x0 || 1), (height - 2 * pad) / (y1 - y0 || 1));
  const ox = (width - k * (x1 - x0)) / 2;
  const oy = (height - k * (y1 - y0)) / 2;
  const pos = new Map(nodes.map((n) => [n.key, { x: round(ox + k * (n.x! - x0)), y: round(oy + k * (n.y! - y0)) }]));
  for (const a of data.agencies) Object.assign(a, pos.get(`a:${a.id}`));
  for (const m of data.measures) Object.assign(m, pos.get(`m:${m.number}`));
  return { width, height, ...data };
}
