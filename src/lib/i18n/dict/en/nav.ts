/** The header navigation's labels in English; same keys as ../zh/nav.ts. */
import type { NavText } from '../zh/nav';

export const nav: NavText = {
  home: 'Home',
  plan: 'Full text',
  measures: 'Measures',
  agencies: 'Agencies',
  explore: 'Explore',
  relief: 'Business support',
  targets: 'Targets',
  outcomes: 'Outcomes',
  data: 'Data',
  search: 'Search',
  glossary: 'Glossary',
  about: 'About',
};
