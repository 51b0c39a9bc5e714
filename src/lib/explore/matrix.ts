/**
 * The agency × measure matrix: agencies as rows sorted by load, measures as columns in reading
 * order grouped by part and sector, the roles in each cell, totals per row and column.
 */
import type { Plan, Role } from '../model/model';
import type { Lang } from '../i18n/i18n';
import { partHeading, sectorHeading } from '../model/reading-order';
import { byLoad, rolesIn, ROLE_ORDER, zeroCounts, type RoleCounts } from './common';

export interface MatrixColumn {
  measure: number;
  title: string;
  partId: string;
  sectorId?: string;
}
/** A header group: a part, or a sector (or the part's measures outside any sector) inside it. */
export interface MatrixGroup {
  kind: 'part' | 'sector' | 'direct';
  id: string;
  /** Short label for the header cell; `heading` is the heading as printed. */
  label: string;
  heading: string;
  partNumber: number;
  span: number;
}
export interface MatrixRow {
  agency: string;
  name: string;
  /** Roles per column (same order as `columns`); empty when the agency is not named. */
  cells: Role[][];
  /** Role assignments by role, and distinct measures. */
  totals: RoleCounts & { measures: number };
}
export interface Matrix {
  columns: MatrixColumn[];
  parts: MatrixGroup[];
  sectors: MatrixGroup[];
  rows: MatrixRow[];
  /** Per column: distinct agencies named in the measure. */
  columnTotals: number[];
  /** Distinct (agency, measure) pairs: the sum of row totals and of column totals. */
  total: number;
  /** Role assignments over all rows. */
  roleTotals: RoleCounts;
}

export function buildMatrix(plan: Plan, lang: Lang = 'zh'): Matrix {
  const columns: MatrixColumn[] = [];
  const parts: MatrixGroup[] = [];
  const sectors: MatrixGroup[] = [];
  for (const p of plan.parts) {
    if (p.measureNumbers.length === 0) continue;
    const direct = p.measureNumbers.filter((n) => !plan.measureByNumber.get(n)!.sectorId);
    const push = (ns: number[]) => {
      for (const n of ns) {
        const m = plan.measureByNumber.get(n)!;
        columns.push({ measure: n, title: m.title, partId: p.id, sectorId: m.sectorId });
      }
    };
    if (direct.length) {
      sectors.push({
        kind: 'direct',
        id: `part-${p.id}`,
        label: '—',
        heading: partHeading(plan, p.id, lang),
        partNumber: p.number,
        span: direct.length,
      });
      push(direct);
    }
    for (const sid of p.sectorIds) {
      const s = plan.sectorById.get(sid)!;
      sectors.push({
        kind: 'sector',
        id: sid,
        label: s.heading,
        heading: sectorHeading(plan, sid, lang),
        partNumber: p.number,
        span: s.measureNumbers.length,
      });
      push(s.measureNumbers);
    }
    parts.push({
      kind: 'part',
      id: p.id,
      label: lang === 'en' ? `${p.numeral}. ${p.heading}` : `${p.numeral}、${p.heading}`,
      heading: partHeading(plan, p.id, lang),
      partNumber: p.number,
      span: p.measureNumbers.length,
    });
  }
  const rows: MatrixRow[] = [...plan.agencies].sort(byLoad(plan)).map((a) => {
    const cells = columns.map((c) => rolesIn(plan, a.id, c.measure));
    const totals = { ...zeroCounts(), measures: 0 };
    for (const roles of cells) {
      if (roles.length) totals.measures++;
      for (const r of roles) totals[r]++;
    }
    return { agency: a.id, name: a.name, cells, totals };
  });
  const columnTotals = columns.map((_, i) => rows.filter((r) => r.cells[i]!.length > 0).length);
  const roleTotals = zeroCounts();
  for (const row of rows) for (const r of ROLE_ORDER) roleTotals[r] += row.totals[r];
  return { columns, parts, sectors, rows, columnTotals, total: columnTotals.reduce((s, n) => s + n, 0), roleTotals };
}
