/** Words of the measure list, its filters and sortable tables (English). */
import type { ListsText } from '../zh/lists';
import type { Facet } from '../../../model/filters';
import { UNOFFICIAL } from '../../i18n';
import { count } from './plural';

const FACETS: Record<Facet, string> = {
  part: 'By part',
  sector: 'By sector',
  'task-force': 'By task force',
  agency: 'By responsible body',
};

export const lists: ListsText = {
  measuresIntro: (n) => [
    `${n} measures. Filters are plain links: each has an address of its own, to bookmark or share.`,
  ],
  filters: 'Filter the measures',
  clearFilter: 'Clear the filter and show every measure',
  allShown: 'Showing every measure',
  facets: FACETS,
  filterCount: (n) => ` (${n})`,
  filtered: {
    title: (label) => `Measures: ${label} (filter)`,
    description: (plan, _facet, label, n) =>
      `The ${count(n, 'measure', 'measures')} of the ${plan} under ${label}. ${UNOFFICIAL}`,
    heading: (label) => `Measures: ${label}`,
    count: (facet, n, all) => `${FACETS[facet]}: ${n} of ${all} measures.`,
  },
  sortHint: 'Select a column heading to sort by it.',
};
