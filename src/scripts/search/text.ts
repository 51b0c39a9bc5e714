/**
 * The search widgets' words in the page's edition (<html lang>): the Chinese pages in Chinese, the
 * English pages (/en/) in English, from the dictionary's searchScript section (src/lib/i18n/dict/{zh,en}/).
 * Results link into the same edition (/measures/N/#sN or /en/measures/N/#sN).
 */
import { searchScript as zh } from '../../lib/i18n/dict/zh/search-script';
import { searchScript as en } from '../../lib/i18n/dict/en/search-script';

export const EDITION: 'zh' | 'en' =
  typeof document !== 'undefined' && document.documentElement.lang === 'en' ? 'en' : 'zh';

export const T = EDITION === 'en' ? en : zh;

/** Between status sentences, and at the end of one. */
export const SEP = T.sep;
export const END = T.end;

/** An English query whose index could not be loaded (see the dictionary), online or offline. */
export const englishUnavailable = (): string => T.englishUnavailable(navigator.onLine);
