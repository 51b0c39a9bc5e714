/** The sector charts' words in English; same keys as ../zh/charts.ts. */
import type { ChartsText } from '../zh/charts';
import { count } from './plural';

export const charts: ChartsText = {
  dataTable: 'Data table (the same numbers as the chart)',
  drillHeading: 'Part → sector → measure',
  bySectorHeading: 'Measures and roles per sector',
  colPart: 'Part',
  colSector: 'Sector',
  colMeasureCount: 'Measures',
  colMeasures: 'Measure numbers',
  colGroup: 'Sector (or part)',
  colTotal: 'Total',
  colAgencyCount: 'Agencies',
  colAgencies: 'Agency names',
  roleChart: 'Division of responsibility per sector: how often agencies lead, are responsible or cooperate',
  measureChart: 'Measures per sector',
  measureSeries: 'Measures',
  agencyChart: 'Responsible agencies per sector',
  agencySeries: 'Agencies',
  taskForceChart: 'Measures in the charge of each task force',
  drillChart: 'Measures by part → sector → measure (one tile per measure)',
  roleSummary: (label, roles, total) =>
    `${label}: ${roles.map(([r, n]) => `${r.toLowerCase()} ${n}`).join(', ')}; ${count(total, 'mention', 'mentions')} in all`,
  measureSummary: (label, n) => `${label}: ${count(n, 'measure', 'measures')}`,
  agencySummary: (label, n) => `${label}: ${count(n, 'agency', 'agencies')}`,
};
