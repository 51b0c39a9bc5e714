/** The header search box's words in English; same keys as ../zh/search-box.ts. */
import type { SearchBoxText } from '../zh/search-box';

export const searchBox: SearchBoxText = {
  form: 'Search the plan',
  label: 'Search the measures (English, Chinese or pinyin)',
  placeholder: 'Search the measures',
  results: 'Search results',
  partialHeading: 'Only matching:',
  partial: 'Partial matches',
  more: 'See all results on the search page',
  keys: 'Search the measures (press /)',
  loading: 'Loading search…',
  failed: 'Search could not be loaded. Open the search page and try again.',
};
