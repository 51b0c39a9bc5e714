import type { NotFoundText } from '../zh/not-found';

export const notFound: NotFoundText = {
  title: 'Page not found',
  description: 'The page you asked for does not exist. Find what you need in the list of measures or the full text.',
  heading: 'Page not found',
  permalink: [
    "There is no page at this address. Each measure's permanent address is ",
    ' plus its number, for example ',
    '.',
  ],
  allMeasures: 'All measures (with filters)',
  fullText: 'Full text',
  agencies: 'Responsible bodies',
  home: 'Home',
  byPart: 'Browse by part',
  partCount: (n) => ` (${n} ${n === 1 ? 'measure' : 'measures'})`,
  didYouMean: ['Did you mean ', '?'],
  measure: (n) => `Measure ${n}`,
};
