/**
 * The explorer's data shaping, checked against the collections. Expected numbers are computed here
 * from the raw content entries (front matter as parsed by the schemas), not from the model's
 * back-references, so a bug in either shows up.
 */
import { describe, expect, it } from 'vitest';
import { loadPlan, loadPlanInput } from '../helpers/content';
import { graphData, layoutGraph, agencyRadius } from '../../src/lib/explore/graph';
import { buildMatrix } from '../../src/lib/explore/matrix';
import { coResponsibility } from '../../src/lib/explore/pairs';
import {
  breakdownRows,
  drillDown,
  partSummaries,
  taskForceLoad,
  type DrillNode,
} from '../../src/lib/explore/breakdown';
import { exploreSummary } from '../../src/lib/explore/summary';
import { DICTIONARIES } from '../../src/lib/i18n/dict';
import type { Role } from '../../src/lib/model/model';

const plan = loadPlan();
const input = loadPlanInput();
const ROLES: Role[] = ['lead', 'responsible', 'cooperate'];

/** Raw facts, straight from the measure files. */
const raw = input.measures.map((e) => ({
  number: e.data.number,
  part: e.data.part.id,
  sector: e.data.sector?.id,
  rows: e.data.agencies.map((a) => ({ id: a.agency.id, role: a.role })),
}));
const rawAgencyIds = input.agencies.map((a) => a.id);
const rawRoles = (agency: string, role: Role) =>
  raw
    .filter((m) => m.rows.some((r) => r.id === agency && r.role === role))
    .map((m) => m.number)
    .sort((a, b) => a - b);
const rawMeasuresOf = (agency: string) =>
  raw
    .filter((m) => m.rows.some((r) => r.id === agency))
    .map((m) => m.number)
    .sort((a, b) => a - b);
const rawAgenciesIn = (ns: number[]) =>
  new Set(raw.filter((m) => ns.includes(m.number)).flatMap((m) => m.rows.map((r) => r.id)));
const rawRoleMentions = (ns: number[]) => {
  const c = { lead: 0, responsible: 0, cooperate: 0 };
  for (const m of raw) if (ns.includes(m.number)) for (const r of m.rows) c[r.role]++;
  return c;
};
const rawPairs = new Set(raw.flatMap((m) => m.rows.map((r) => `${r.id}|${m.number}`)));

describe('graph data', () => {
  const g = graphData(plan);

  it('has one node per agency and per measure, and one edge per distinct (agency, measure)', () => {
    expect(g.agencies.map((a) => a.id).sort()).toEqual([...rawAgencyIds].sort());
    expect(g.measures.map((m) => m.number)).toEqual(raw.map((m) => m.number).sort((a, b) => a - b));
    expect(new Set(g.edges.map((e) => `${e.agency}|${e.measure}`))).toEqual(rawPairs);
    expect(g.edges).toHaveLength(rawPairs.size);
  });

  it("each agency's counts by role equal what its measures say", () => {
    for (const a of g.agencies) {
      for (const role of ROLES) {
        expect(a.roles[role], `${a.id} ${role}`).toBe(rawRoles(a.id, role).length);
        const fromEdges = g.edges
          .filter((e) => e.agency === a.id && e.roles.includes(role))
          .map((e) => e.measure)
          .sort((x, y) => x - y);
        expect(fromEdges, `${a.id} ${role} edges`).toEqual(rawRoles(a.id, role));
      }
      expect(a.count).toBe(rawMeasuresOf(a.id).length);
    }
  });

  it('draws an edge by its strongest role; 牵头负责 (measure 61) keeps both roles', () => {
    const e61 = g.edges.filter((e) => e.measure === 61);
    expect(e61).toHaveLength(1);
    expect(e61[0]!.roles).toEqual(['lead', 'responsible']);
    expect(e61[0]!.role).toBe('lead');
    for (const e of g.edges) expect(e.role).toBe(e.roles[0]);
  });

  it('sizes agencies by their number of measures', () => {
    const sorted = [...g.agencies].sort((a, b) => a.count - b.count);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.r).toBeGreaterThanOrEqual(sorted[i - 1]!.r);
    expect(agencyRadius(13)).toBeGreaterThan(agencyRadius(1));
  });

  it('colours each measure by its part, the same colour within a part and different across parts', () => {
    const byPart = new Map<string, Set<string>>();
    for (const m of g.measures) byPart.set(m.partId, (byPart.get(m.partId) ?? new Set()).add(m.color));
    for (const colours of byPart.values()) expect(colours.size).toBe(1);
    const all = [...byPart.values()].map((s) => [...s][0]);
    expect(new Set(all).size).toBe(byPart.size);
  });
});

describe('graph layout', () => {
  const a = layoutGraph(plan);

  it('is deterministic: the same positions on every run', () => {
    const b = layoutGraph(plan);
    expect(b.agencies.map((n) => [n.x, n.y])).toEqual(a.agencies.map((n) => [n.x, n.y]));
    expect(b.measures.map((n) => [n.x, n.y])).toEqual(a.measures.map((n) => [n.x, n.y]));
  });

  it('places every node inside the view box, with no two nodes on top of each other', () => {
    const nodes = [...a.agencies, ...a.measures];
    for (const n of nodes) {
      expect(Number.isFinite(n.x) && Number.isFinite(n.y)).toBe(true);
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x).toBeLessThanOrEqual(a.width);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeLessThanOrEqual(a.height);
    }
    let closest = Infinity;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++)
        closest = Math.min(closest, Math.hypot(nodes[i]!.x - nodes[j]!.x, nodes[i]!.y - nodes[j]!.y));
    }
    expect(closest).toBeGreaterThan(5);
  });

  it('draws connected nodes closer together than unconnected ones', () => {
    const pos = new Map<string, { x: number; y: number }>([
      ...a.agencies.map((n) => [`a:${n.id}`, n] as const),
      ...a.measures.map((n) => [`m:${n.number}`, n] as const),
    ]);
    const dist = (x: string, y: string) => Math.hypot(pos.get(x)!.x - pos.get(y)!.x, pos.get(x)!.y - pos.get(y)!.y);
    const linked = new Set([...rawPairs].map((p) => p.split('|')).map(([id, n]) => `a:${id}|m:${n}`));
    let inSum = 0,
      inN = 0,
      outSum = 0,
      outN = 0;
    for (const ag of a.agencies) {
      for (const m of a.measures) {
        const key = `a:${ag.id}|m:${m.number}`;
        const d = dist(`a:${ag.id}`, `m:${m.number}`);
        if (linked.has(key)) {
          inSum += d;
          inN++;
        } else {
          outSum += d;
          outN++;
        }
      }
    }
    expect(inSum / inN).toBeLessThan((outSum / outN) * 0.6);
  });
});

describe('matrix', () => {
  const mx = buildMatrix(plan);

  it('has every agency once as a row and every measure once as a column', () => {
    expect(mx.rows.map((r) => r.agency).sort()).toEqual([...rawAgencyIds].sort());
    expect(mx.columns.map((c) => c.measure).sort((a, b) => a - b)).toEqual(
      raw.map((m) => m.number).sort((a, b) => a - b),
    );
  });

  it('each cell holds the roles the measure file gives that agency', () => {
    for (const row of mx.rows) {
      row.cells.forEach((roles, i) => {
        const n = mx.columns[i]!.measure;
        const expected = ROLES.filter((r) =>
          raw.find((m) => m.number === n)!.rows.some((x) => x.id === row.agency && x.role === r),
        );
        expect(roles, `${row.agency} × ${n}`).toEqual(expected);
      });
    }
  });

  it('row totals are the sums of their cells, column totals the number of agencies per measure', () => {
    for (const row of mx.rows) {
      expect(row.totals.measures).toBe(row.cells.filter((c) => c.length > 0).length);
      expect(row.totals.measures).toBe(rawMeasuresOf(row.agency).length);
      for (const r of ROLES) expect(row.totals[r]).toBe(rawRoles(row.agency, r).length);
    }
    mx.columns.forEach((c, i) => {
      expect(mx.columnTotals[i]).toBe(new Set(raw.find((m) => m.number === c.measure)!.rows.map((r) => r.id)).size);
    });
    const sumRows = mx.rows.reduce((s, r) => s + r.totals.measures, 0);
    const sumCols = mx.columnTotals.reduce((s, n) => s + n, 0);
    expect(sumRows).toBe(sumCols);
    expect(mx.total).toBe(rawPairs.size);
    const allRows = raw.flatMap((m) => m.rows);
    for (const r of ROLES) expect(mx.roleTotals[r]).toBe(allRows.filter((x) => x.role === r).length);
  });

  it('sorts agencies by load: most measures first', () => {
    const loads = mx.rows.map((r) => r.totals.measures);
    expect(loads).toEqual([...loads].sort((a, b) => b - a));
  });

  it('groups columns by part and sector in reading order; group spans cover the columns exactly', () => {
    const sum = (gs: { span: number }[]) => gs.reduce((s, g) => s + g.span, 0);
    expect(sum(mx.parts)).toBe(mx.columns.length);
    expect(sum(mx.sectors)).toBe(mx.columns.length);
    let i = 0;
    for (const g of mx.sectors) {
      for (const c of mx.columns.slice(i, i + g.span)) {
        if (g.kind === 'sector') expect(c.sectorId).toBe(g.id);
        else expect(c.sectorId).toBeUndefined();
      }
      i += g.span;
    }
    const sectorsInFiles = [...new Set(raw.filter((m) => m.sector).map((m) => m.sector))];
    expect(
      mx.sectors
        .filter((g) => g.kind === 'sector')
        .map((g) => g.id)
        .sort(),
    ).toEqual(sectorsInFiles.sort());
  });
});

describe('who works with whom', () => {
  const pairs = coResponsibility(plan, { limit: 1000, min: 1 });
  const top = coResponsibility(plan, { limit: 10, min: 2 });

  it('lists, for each pair, exactly the measures naming both agencies', () => {
    for (const p of pairs) {
      const expected = raw
        .filter((m) => m.rows.some((r) => r.id === p.a) && m.rows.some((r) => r.id === p.b))
        .map((m) => m.number)
        .sort((x, y) => x - y);
      expect(p.measures, `${p.a} + ${p.b}`).toEqual(expected);
    }
  });

  it('finds every co-named pair; the top list keeps pairs sharing at least `min` measures', () => {
    const expectedPairs = new Set<string>();
    for (const m of raw) {
      const ids = [...new Set(m.rows.map((r) => r.id))];
      for (const x of ids) for (const y of ids) if (x < y) expectedPairs.add(`${x}|${y}`);
    }
    expect(new Set(pairs.map((p) => [p.a, p.b].sort().join('|')))).toEqual(expectedPairs);
    expect(top.every((p) => p.measures.length >= 2)).toBe(true);
  });

  it('ranks pairs by joint work: a measure naming n agencies adds 1/(n−1) to each pair, so measure 57 cannot fill the top', () => {
    // weights recomputed from the content files, not from the code under test
    const agenciesIn = new Map(raw.map((m) => [m.number, new Set(m.rows.map((r) => r.id)).size]));
    const expectedWeight = (p: { measures: number[] }) =>
      Math.round(p.measures.reduce((w, n) => w + 1 / (agenciesIn.get(n)! - 1), 0) * 100) / 100;
    for (const p of pairs) expect(p.weight, `${p.a} + ${p.b}`).toBeCloseTo(expectedWeight(p), 2);
    const weights = top.map((p) => p.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    const eligible = pairs.filter((p) => p.measures.length >= 2);
    expect(top[0]!.weight).toBe(Math.max(...eligible.map((p) => p.weight)));
    // a pair that shares only measures naming nine or more agencies never outranks one sharing two measures alone
    const crowded = eligible.filter((p) => p.measures.every((n) => agenciesIn.get(n)! >= 9));
    const twoAlone = eligible.filter((p) => p.measures.filter((n) => agenciesIn.get(n) === 2).length >= 2);
    expect(crowded.length * twoAlone.length, 'both kinds of pair occur in the plan').toBeGreaterThan(0);
    for (const c of crowded) for (const t of twoAlone) expect(c.weight).toBeLessThan(t.weight);
  });
});

describe('sector breakdowns', () => {
  const rows = breakdownRows(plan);

  it('cover every measure exactly once, by sector or by part outside sectors', () => {
    const all = rows.flatMap((r) => r.measures).sort((a, b) => a - b);
    expect(all).toEqual(raw.map((m) => m.number).sort((a, b) => a - b));
    for (const r of rows) {
      const expected = raw
        .filter((m) => (r.kind === 'sector' ? m.sector === r.id : m.part === r.partId && !m.sector))
        .map((m) => m.number);
      expect(
        [...r.measures].sort((a, b) => a - b),
        r.id,
      ).toEqual(expected.sort((a, b) => a - b));
    }
    expect(rows.filter((r) => r.kind === 'sector')).toHaveLength(input.sectors.length);
  });

  it('count role mentions and distinct agencies per sector as the measure files say', () => {
    for (const r of rows) {
      expect(r.roles, r.id).toEqual(rawRoleMentions(r.measures));
      expect(new Set(r.agencies)).toEqual(rawAgenciesIn(r.measures));
    }
    const total = rows.reduce((s, r) => s + r.roles.lead + r.roles.responsible + r.roles.cooperate, 0);
    expect(total).toBe(raw.reduce((s, m) => s + m.rows.length, 0));
  });

  it('part summaries add up their measures and sectors', () => {
    for (const p of partSummaries(plan)) {
      expect(p.measures.length).toBe(raw.filter((m) => m.part === p.id).length);
      expect(p.sectors).toEqual(
        input.sectors
          .filter((s) => s.data.part.id === p.id)
          .sort((a, b) => a.data.number - b.data.number)
          .map((s) => s.id),
      );
      expect(p.roles).toEqual(rawRoleMentions(p.measures));
    }
  });

  it("a task force's load is the measures under the sectors or part it is named for", () => {
    const loads = taskForceLoad(plan);
    expect(loads).toHaveLength(input.taskForces.length);
    for (const t of loads) {
      const sectors = input.sectors.filter((s) => s.data.taskForce?.id === t.id).map((s) => s.id);
      const parts = input.parts.filter((p) => p.data.taskForce?.id === t.id).map((p) => p.id);
      const expected = raw
        .filter(
          (m) =>
            (m.sector ? sectors.includes(m.sector) : parts.includes(m.part)) || (parts.includes(m.part) && !m.sector),
        )
        .map((m) => m.number);
      expect(
        [...t.measures].sort((a, b) => a - b),
        t.id,
      ).toEqual(expected.sort((a, b) => a - b));
      expect(t.roles).toEqual(rawRoleMentions(t.measures));
    }
    const counts = loads.map((t) => t.measures.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('the drill-down tree goes part → sector → measure and has every measure as one leaf', () => {
    const tree = drillDown(plan, DICTIONARIES.zh.explore);
    const leaves: DrillNode[] = [];
    const walk = (n: DrillNode, depth: number, part?: string, sector?: string) => {
      if (n.kind === 'measure') {
        leaves.push(n);
        const m = raw.find((x) => x.number === Number(n.id))!;
        expect(m.part).toBe(part);
        expect(m.sector).toBe(sector);
        expect(n.path).toBe(`/measures/${n.id}/`);
      }
      for (const c of n.children ?? [])
        walk(c, depth + 1, n.kind === 'part' ? n.id : part, n.kind === 'sector' ? n.id : sector);
    };
    walk(tree, 0);
    expect(leaves.map((l) => Number(l.id)).sort((a, b) => a - b)).toEqual(
      raw.map((m) => m.number).sort((a, b) => a - b),
    );
  });
});

describe('hub summary', () => {
  it('counts links, role mentions and shared measures from the measure files', () => {
    const s = exploreSummary(plan, 5);
    expect(s.links).toBe(rawPairs.size);
    expect(s.roles).toEqual(rawRoleMentions(raw.map((m) => m.number)));
    // one number: the links by strongest role add up to the links (measure 61's 牵头负责 counts once, as 牵头)
    expect(s.linkRoles.lead + s.linkRoles.responsible + s.linkRoles.cooperate).toBe(rawPairs.size);
    const doubled = raw.flatMap((m) =>
      [...new Set(m.rows.map((r) => r.id))].filter((id) => m.rows.filter((r) => r.id === id).length > 1),
    );
    expect(s.roles.responsible - s.linkRoles.responsible).toBe(doubled.length);
    expect(s.shared).toBe(raw.filter((m) => new Set(m.rows.map((r) => r.id)).size > 1).length);
    expect(s.top).toHaveLength(5);
    const maxLoad = Math.max(...rawAgencyIds.map((id) => rawMeasuresOf(id).length));
    expect(s.top[0]!.measures).toBe(maxLoad);
  });
});
