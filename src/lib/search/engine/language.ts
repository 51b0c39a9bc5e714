/**
 * Which language a query is in (Chinese, pinyin or English), and pinyin typed with tone numbers; read before
 * anything else, so that an English query loads the English engine (./english) and nothing of the Chinese one.
 */
import { HAN } from './normalize';

/** Tone numbers after pinyin syllables (yang3lao3) are dropped. */
export function dropToneNumbers(token: string): string {
  return /^(?:[a-z]+[1-5])+[a-z]*$/u.test(token) ? token.replace(/[1-5]/gu, '') : token;
}

/**
 * Which language a query is in: 'zh' (Han characters, or no letters at all), 'pinyin' (every Latin word
 * splits into syllables, the last perhaps still being typed, `isPinyin`, or is initials only: min shu, jiazheng, yang3 lao3, bxj) or 'en'
 * (a word that is not pinyin: green finance, express delivery, elderly care; or only words of four letters
 * or more that the translation uses and that happen to read as syllables, `isEnglish`: data, care, bank).
 */
export function queryLanguage(
  query: string,
  isPinyin: (word: string) => boolean,
  isEnglish: (word: string) => boolean = () => false,
): 'zh' | 'pinyin' | 'en' {
  const q = query.normalize('NFKC').toLowerCase();
  if (HAN.test(q)) return 'zh';
  // tone marks typed (yǎng lǎo) are pinyin
  if (/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]/u.test(q)) return 'pinyin';
  const words = (q.match(/[a-z][a-z0-9]*/gu) ?? []).map(dropToneNumbers).filter((w) => /^[a-z]+$/u.test(w));
  if (!words.length) return 'zh';
  const initials = (w: string) => /^[bcdfghjklmnpqrstwxyz]+$/u.test(w) && w.length <= 6;
  if (!words.every((w) => initials(w) || isPinyin(w))) return 'en';
  return words.every((w) => w.length >= 4 && isEnglish(w)) ? 'en' : 'pinyin';
}
