/** The explorer's pages, in the order of its own navigation: key (labels in the dictionary, explore.pages) and path. */
export const EXPLORE_PAGES = [
  { key: 'overview', path: '/explore/' },
  { key: 'graph', path: '/explore/graph/' },
  { key: 'matrix', path: '/explore/matrix/' },
  { key: 'sectors', path: '/explore/sectors/' },
] as const;
