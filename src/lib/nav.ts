/** Header navigation: one entry per page type, in order. Paths are root-relative (base added by the layout). */
export interface NavItem {
  label: string;
  path: string;
}

export const NAV: NavItem[] = [
  { label: '首页', path: '/' },
  { label: '检索', path: '/search/' },
];

/** Whether a nav item is the current section for a root-relative path. */
export function isCurrent(item: NavItem, path: string): boolean {
  return item.path === '/' ? path === '/' : path.startsWith(item.path);
}
