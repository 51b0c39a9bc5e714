/** The edition of a page read from its address: pure, so src/data/edition-context.ts adds links and the plan. */
import { DICTIONARIES, type Dictionary } from './dict';
import { HTML_LANG, splitLocale, type Lang } from './i18n';

export interface PageEdition {
  lang: Lang;
  /** The value of <html lang> and hreflang. */
  htmlLang: string;
  /** The edition's dictionary (src/lib/i18n/dict/). */
  t: Dictionary;
  /** The page's address without base and edition prefix: the same for a page and its twin ('/measures/20/'). */
  path: string;
}

/** The edition of a page from its address, with or without the configured base ('/sub/en/plan/', base '/sub/'). */
export function pageEdition(pathname: string, base: string): PageEdition {
  const prefix = base.replace(/\/$/u, '');
  const rootPath = prefix && pathname.startsWith(prefix) ? pathname.slice(prefix.length) || '/' : pathname;
  const { lang, path } = splitLocale(rootPath.startsWith('/') ? rootPath : `/${rootPath}`);
  return { lang, htmlLang: HTML_LANG[lang], t: DICTIONARIES[lang], path };
}
