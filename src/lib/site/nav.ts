/** Header navigation: one entry per page type, in order. Paths are root-relative (base added by the layout). */
export interface NavItem {
  label: string;
  path: string;
}

export const NAV: NavItem[] = [
  { label: '首页', path: '/' },
  { label: '全文', path: '/plan/' },
  { label: '措施', path: '/measures/' },
  { label: '责任单位', path: '/agencies/' },
  { label: '探索', path: '/explore/' },
  { label: '惠企政策', path: '/relief/' },
  { label: '目标', path: '/targets/' },
  { label: '进展', path: '/outcomes/' },
  { label: '数据', path: '/data/' },
  { label: '检索', path: '/search/' },
];

/** The English edition's header navigation (root-relative Chinese-edition paths; the layout adds /en/). */
export const NAV_EN: NavItem[] = [
  { label: 'Home', path: '/' },
  { label: 'Full text', path: '/plan/' },
  { label: 'Measures', path: '/measures/' },
  { label: 'Agencies', path: '/agencies/' },
  { label: 'Outcomes', path: '/outcomes/' },
  { label: 'Glossary', path: '/glossary/' },
  { label: 'About', path: '/about/' },
];

/** Whether a nav item is the current section for a root-relative path. */
export function isCurrent(item: NavItem, path: string): boolean {
  return item.path === '/' || item.path === '/en/' ? path === item.path : path.startsWith(item.path);
}
