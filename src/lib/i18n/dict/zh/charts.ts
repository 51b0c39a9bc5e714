/**
 * The sector charts' words (/explore/sectors/, /en/explore/sectors/): names, legends and the row descriptions the
 * SVG charts of src/lib/explore/sector-charts.ts draw, and the headings of their data tables. Chinese.
 */
export interface ChartsText {
  /** The fold under a chart that holds its data table. */
  dataTable: string;
  drillHeading: string;
  bySectorHeading: string;
  colPart: string;
  colSector: string;
  colMeasureCount: string;
  colMeasures: string;
  /** A row of the per-sector tables: a sector, or the measures of a part outside any sector. */
  colGroup: string;
  colTotal: string;
  colAgencyCount: string;
  colAgencies: string;
  roleChart: string;
  measureChart: string;
  measureSeries: string;
  agencyChart: string;
  agencySeries: string;
  taskForceChart: string;
  drillChart: string;
  /** A bar's accessible name: what it is, then what it counts (role mentions, measures, agencies). */
  roleSummary: (label: string, roles: [role: string, n: number][], total: number) => string;
  measureSummary: (label: string, n: number) => string;
  agencySummary: (label: string, n: number) => string;
}

export const charts: ChartsText = {
  dataTable: '数据表（与图中数字相同）',
  drillHeading: '部分 → 领域 → 措施',
  bySectorHeading: '各领域的措施与分工',
  colPart: '部分',
  colSector: '领域',
  colMeasureCount: '措施数',
  colMeasures: '措施',
  colGroup: '领域（或部分）',
  colTotal: '合计',
  colAgencyCount: '单位数',
  colAgencies: '单位',
  roleChart: '各领域措施的责任分工：牵头、负责、配合的单位次数',
  measureChart: '各领域的措施条数',
  measureSeries: '措施条数',
  agencyChart: '各领域涉及的责任单位数',
  agencySeries: '单位数',
  taskForceChart: '各工作专班负责的措施条数',
  drillChart: '措施分布：部分 → 领域 → 措施（每格一条措施）',
  roleSummary: (label, roles, total) => `${label}：${roles.map(([r, n]) => `${r}${n}`).join('，')}，共${total}次`,
  measureSummary: (label, n) => `${label}：措施条数${n}条`,
  agencySummary: (label, n) => `${label}：单位数${n}个`,
};
