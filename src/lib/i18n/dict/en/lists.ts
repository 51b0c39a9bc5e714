/** Words of the measure list, its filters and sortable tables (English). */
import type { ListsText } from '../zh/lists';

export const lists: ListsText = {
  measuresIntro: (n) => [
    `${n} measures. To narrow them down, open a `,
    { text: 'part', href: '/en/plan/#part-2' },
    ', a sector, a task force or a ',
    { text: 'responsible body', href: '/en/agencies/' },
    '; the filterable list is on the ',
    { text: 'Chinese page', href: '/measures/', hreflang: 'zh-CN' },
    '.',
  ],
  filters: 'Filter the measures',
  clearFilter: 'Clear the filter and show every measure',
  allShown: 'Showing every measure',
  facets: { part: 'By part', sector: 'By sector', 'task-force': 'By task force', agency: 'By responsible body' },
  filtered: {
    title: (label) => `Measures: ${label} (filter)`,
    description: (plan, _facet, label, n) => `The ${n} measures of the ${plan} under ${label}.`,
    heading: (label) => `Measures: ${label}`,
    count: (_facet, n, all) => `${n} of ${all} measures.`,
  },
  sortHint: 'Select a column heading to sort by it.',
};
