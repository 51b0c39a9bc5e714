/** Header navigation: one entry per page type, in order. Labels come from the dictionary (src/lib/i18n/dict/{zh,en}/nav.ts). */
import type { NavText } from '../i18n/dict/zh/nav';
import type { Lang } from '../i18n/i18n';

export interface NavItem {
  key: keyof NavText;
  /** Root-relative Chinese-edition path (the edition's link builder adds /en/ and the base). */
  path: string;
}

const ALL: NavItem[] = [
  { key: 'home', path: '/' },
  { key: 'plan', path: '/plan/' },
  { key: 'measures', path: '/measures/' },
  { key: 'agencies', path: '/agencies/' },
  { key: 'explore', path: '/explore/' },
  { key: 'relief', path: '/relief/' },
  { key: 'targets', path: '/targets/' },
  { key: 'outcomes', path: '/outcomes/' },
  { key: 'data', path: '/data/' },
  { key: 'search', path: '/search/' },
  { key: 'glossary', path: '/glossary/' },
  { key: 'about', path: '/about/' },
];

/** The page types each edition's header lists (an English page type joins the English list when it exists). */
const IN_NAV: Record<Lang, NavItem['key'][]> = {
  zh: ['home', 'plan', 'measures', 'agencies', 'explore', 'relief', 'targets', 'outcomes', 'data', 'search'],
  en: ['home', 'plan', 'measures', 'agencies', 'explore', 'relief', 'targets', 'outcomes', 'data', 'glossary', 'about'],
};

/** An edition's header navigation, in order. */
export function navFor(lang: Lang): NavItem[] {
  return ALL.filter((item) => IN_NAV[lang].includes(item.key));
}

/** Whether a nav item is the current section for a page's edition-less path ('/measures/20/'). */
export function isCurrent(item: NavItem, path: string): boolean {
  return item.path === '/' ? path === '/' : path.startsWith(item.path);
}

/** The footer's links of each edition, in order; the English footer also links the Chinese home (the authoritative text). */
const IN_FOOTER: Record<Lang, { keys: ('about' | 'glossary' | 'plan' | 'measures')[]; other: boolean }> = {
  zh: { keys: ['about', 'plan', 'measures'], other: false },
  en: { keys: ['about', 'glossary', 'plan', 'measures'], other: true },
};

/** An edition's footer links (labels in dict/{zh,en}/layout.ts `footer.links`) and whether it links the other edition. */
export function footerFor(lang: Lang): {
  items: (NavItem & { key: 'about' | 'glossary' | 'plan' | 'measures' })[];
  other: boolean;
} {
  const { keys, other } = IN_FOOTER[lang];
  return { items: keys.map((key) => ({ key, path: ALL.find((item) => item.key === key)!.path })), other };
}
