/**
 * Query understanding: what was typed → the content words to look for.
 * - Latin letters typed as separate syllables (jia zheng, Yang3 Lao3, yǎng lǎo) are read as one pinyin word;
 * - a Han run found in the plan (or as an everyday word, agency, slip) is one term;
 * - otherwise it is cut into the plan's words, everyday words and figures, longest first, question and
 *   function words dropped (./stopwords), unknown stretches cut by Intl.Segmenter;
 * - a short word that is not in the plan as a whole (专项债) is reported as missing even when a part of it
 *   occurs (专项): its parts can only give partial matches.
 */
import { HAN } from './normalize';
import type { Matcher } from './match';
import type { PlanText, Prepared, TermHits } from './plan-text';
import type { PinyinTable } from './pinyin';
import { GENERIC, STOPWORDS, stopwordAt } from './stopwords';

export interface Term {
  /** The word as typed (or the piece of it) that is matched. */
  text: string;
  hits: TermHits;
  /** A piece of a short word that is not in the plan as a whole: it can only give partial matches. */
  partialOnly?: boolean;
  /** Pieces of one word typed without spaces share a group: found together in one sentence, they count more. */
  group?: number;
  /** A generic word (政策, 优惠, 服务): it weighs little and never makes a full match alone. */
  generic?: boolean;
}
export interface Reading {
  terms: Term[];
  /** Words typed that the plan does not have (not even as an everyday word, pinyin or slip). */
  missing: string[];
  needsHomophones: boolean;
  /** Words typed as one (Han, no function word, 3 to 8 characters) that the plan never writes as one (出口退税):
   *  when no measure answers all their parts, the plan does not mention them. */
  compounds: string[];
}

const MAX_TERMS = 12;
/** Up to this many characters, a word typed without spaces is one word: 专项债, 家庭服务. */
const SHORT = 4;
const ALNUM = /[0-9a-z][0-9a-z.%+∶-]*/uy;
const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : undefined;

/** Tone numbers after pinyin syllables (yang3lao3) are dropped. */
function dropToneNumbers(token: string): string {
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

export class QueryReader {
  constructor(
    private readonly text: PlanText,
    private readonly pinyin: PinyinTable,
    private readonly matcher: Matcher,
  ) {}

  /** Splits on spaces and where Han meets Latin words; joins syllables typed apart. */
  tokens(query: string): string[] {
    const raw: string[] = [];
    for (const part of query.split(' ')) {
      if (!part) continue;
      const p = dropToneNumbers(part);
      if (/[a-z]{2,}/u.test(p) && HAN.test(p)) for (const m of p.matchAll(/[a-z]+|[^a-z]+/gu)) raw.push(m[0]);
      else raw.push(p);
    }
    // consecutive syllables typed apart (jia zheng fu wu) are one pinyin word
    const out: string[] = [];
    for (let i = 0; i < raw.length; i++) {
      let t = raw[i]!;
      if (/^[a-z]+$/u.test(t)) {
        let j = i + 1;
        // the last one may be a syllable still being typed (jia zh)
        const ok = (x: number) =>
          this.isPinyin(raw[x]!) || (x === raw.length - 1 && this.pinyin.startingWith(raw[x]!).length > 0);
        while (j < raw.length && /^[a-z]+$/u.test(raw[j]!) && this.isPinyin(t) && ok(j)) t += raw[j++];
        i = j - 1;
      }
      out.push(t);
    }
    return [...new Set(out)];
  }

  private isPinyin(t: string): boolean {
    return this.pinyin.parseSyllables(t, true) !== undefined;
  }

  read(query: string, allowed: Prepared[], slips: boolean): Reading {
    const terms: Term[] = [];
    const missing: string[] = [];
    const compounds: string[] = [];
    let needsHomophones = false;
    let groups = 0;
    const add = (text: string, hits: TermHits, partialOnly?: boolean, group?: number) => {
      if (terms.length < MAX_TERMS && !terms.some((t) => t.text === text))
        terms.push({ text, hits, partialOnly, group, generic: GENERIC.has(text) || undefined });
    };
    /** Not found: missing from the plan, or only outside the facets chosen? */
    const miss = (w: string) => {
      // a single letter is a syllable still being typed, not a word
      if (/^[a-z]$/u.test(w)) return;
      if (!this.text.occurs([w]) && !missing.includes(w)) missing.push(w);
    };
    for (const token of this.tokens(query)) {
      if (STOPWORDS.has(token)) continue;
      const whole = this.matcher.term(token, allowed, false);
      const inPlan = whole.hits.size > 0 || this.text.occurs([token]);
      if (inPlan || !this.splittable(token)) {
        add(token, whole.hits);
        if (!whole.hits.size) miss(token);
        continue;
      }
      const pieces = this.pieces(token);
      const n = Array.from(token).length;
      if (pieces.stopChars === 0 && n >= 3 && n <= 8 && /^\p{Script=Han}+$/u.test(token)) compounds.push(token);
      let covered = pieces.stopChars;
      const found: [string, TermHits][] = [];
      for (const w of pieces.words) {
        // slips in pieces: of longer words, or of any word in a short token (养老机沟 → 机构)
        const r = this.matcher.term(w, allowed, slips && (Array.from(w).length >= 3 || n <= SHORT + 2));
        needsHomophones ||= r.needsHomophones;
        if (r.hits.size || this.text.occurs([w])) covered += Array.from(w).length;
        found.push([w, r.hits]);
      }
      if (covered < n && n <= 6) {
        // not all of it is the plan's words: one word typed with a slip?
        const r = this.matcher.term(token, allowed, slips);
        needsHomophones ||= r.needsHomophones;
        if (r.hits.size) {
          add(token, r.hits);
          continue;
        }
      }
      // a word typed as one, the plan lacks it, and a part of it is found only as an everyday word (老年大学: 大学 → 高校)
      const loose = found.some(([w, h]) => h.size && this.matcher.synonyms.has(w) && !this.text.occurs([w]));
      if (loose && found.length >= 2 && pieces.stopChars === 0 && n <= 8 && /^\p{Script=Han}+$/u.test(token))
        miss(token);
      const group = ++groups;
      if (n <= SHORT && pieces.stopChars === 0 && covered < n) {
        miss(token);
        for (const [w, hits] of found) if (hits.size) add(w, hits, true, group);
      } else {
        // in a sentence that found two content words, other unknown words are ways of asking (收到, 申请), not topics
        const sentence = pieces.stopChars > 0;
        const quiet = sentence && found.filter(([w, h]) => h.size && !GENERIC.has(w)).length >= 2;
        for (const [w, hits] of found) {
          if (hits.size) add(w, hits, false, group);
          else if (!quiet) {
            // a stretch none of whose words is found is reported as typed (博物馆门票, not 博物 and 馆门票)
            const run = pieces.runs.get(w);
            const wholeRunMissing =
              run !== undefined && found.every(([x, h]) => pieces.runs.get(x) !== run || h.size === 0);
            miss(wholeRunMissing ? run : w);
          }
        }
        if (!found.length) miss(token);
      }
      for (const [w, c] of this.foreignCompounds(token, found)) if (!missing.some((m) => m.includes(c))) miss(w);
    }
    return { terms, missing, needsHomophones, compounds };
  }

  /**
   * Words of the query (as Intl.Segmenter cuts it) that the plan lacks although a word of the plan sits
   * inside them: 消费 in 消费券, 人民 in 人民币, 税 in 所得税. The query's topic is the longer word.
   */
  private foreignCompounds(token: string, found: [string, TermHits][]): [string, string][] {
    if (!segmenter) return [];
    const covered = new Uint8Array(token.length);
    for (const [w, hits] of found) {
      if (!hits.size) continue;
      for (let i = token.indexOf(w); i >= 0; i = token.indexOf(w, i + 1)) covered.fill(1, i, i + w.length);
    }
    // nothing found, or every character found: no longer word around a found one (the segmenter is not needed)
    if (covered.every((c) => c === 0) || covered.every((c) => c === 1)) return [];
    const segs: [number, number][] = [];
    let pos = 0;
    for (const { segment } of segmenter.segment(token)) segs.push([pos, (pos += segment.length)]);
    const out: [string, string][] = [];
    const isWord = ([a, b]: [number, number]) => b - a >= 2 && covered.subarray(a, b).every((c) => c === 1);
    segs.forEach(([a, b], k) => {
      const c = token.slice(a, b);
      // a longer word the plan lacks around one of its words (个人所得税 around 税): reported without its function words
      if (b - a >= 3 && covered.subarray(a, b).some((x) => x === 1) && !covered.subarray(a, b).every((x) => x === 1)) {
        const chars = Array.from(c);
        let i = 0;
        let j = chars.length;
        for (let l; i < j && (l = stopwordAt(chars, i)) > 1;) i += l;
        while (j > i + 1 && STOPWORDS.has(chars.slice(j - 2, j).join(''))) j -= 2;
        const w = chars.slice(i, j).join('');
        if (Array.from(w).length >= 2 && !this.text.occurs([w]) && !this.known(w)) out.push([w, w]);
        return;
      }
      // one character the plan's words leave over, right after (消费券) or before one of them
      if (b - a !== 1 || covered[a] || !HAN.test(c) || STOPWORDS.has(c)) return;
      for (const next of [segs[k - 1], segs[k + 1]]) {
        if (!next || !isWord(next)) continue;
        const w = token.slice(Math.min(a, next[0]), Math.max(b, next[1]));
        if (GENERIC.has(token.slice(next[0], next[1])) || this.text.occurs([w]) || this.known(w)) continue;
        out.push([w, c]);
        return;
      }
    });
    return out;
  }

  /** A word of the plan's vocabulary, an everyday word or a name of a body. */
  private known(w: string): boolean {
    return this.text.dictionary().has(w) || this.matcher.synonyms.has(w) || this.matcher.agencyOf(w) !== undefined;
  }

  /** Whether a token can be cut into smaller words (Han, or Han with figures). */
  private splittable(token: string): boolean {
    return HAN.test(token) && Array.from(token).length >= 2;
  }

  /**
   * Cuts a run into the plan's words, everyday words, agency names and figures, longest first;
   * question and function words dropped; unknown stretches cut by Intl.Segmenter.
   */
  pieces(token: string): { words: string[]; stopChars: number; runs: Map<string, string> } {
    const chars = Array.from(token);
    const dict = this.text.dictionary();
    const known = (w: string) => dict.has(w) || this.matcher.synonyms.has(w) || this.matcher.agencyOf(w) !== undefined;
    const words: string[] = [];
    let stopChars = 0;
    let unknown = '';
    /** Words cut from one stretch of unknown characters → that stretch (reported whole when none of it is found). */
    const runs = new Map<string, string>();
    const flush = () => {
      if (!unknown) return;
      const parts = segmenter ? Array.from(segmenter.segment(unknown), (s) => s.segment) : [unknown];
      // words of two or more characters; single characters next to each other (起|征|点) stay together
      let run = '';
      const push = (w: string) => {
        words.push(w);
        runs.set(w, unknown);
      };
      const end = () => {
        if (Array.from(run).length >= 2) push(run);
        run = '';
      };
      for (const part of parts) {
        // one-character function words at the edges go (开个 → 开)
        const p = Array.from(part);
        while (p.length && STOPWORDS.has(p[0]!)) p.shift();
        while (p.length && STOPWORDS.has(p[p.length - 1]!)) p.pop();
        const w = p.join('');
        if (!w || STOPWORDS.has(part)) end();
        else if (p.length >= 2) {
          end();
          push(w);
        } else run += w;
      }
      end();
      unknown = '';
    };
    let pos = 0;
    while (pos < chars.length) {
      let len = 0;
      for (let l = Math.min(8, chars.length - pos); l >= 1; l--) {
        const w = chars.slice(pos, pos + l).join('');
        if ((l >= 2 || this.matcher.synonyms.has(w)) && known(w)) {
          len = l;
          break;
        }
      }
      // no word of the segmentation starts here: a stretch of Han characters that occurs in the text (农产品)
      if (len < 2 && HAN.test(chars[pos]!)) {
        for (let l = Math.min(4, chars.length - pos); l >= 3; l--) {
          const w = chars.slice(pos, pos + l).join('');
          if (HAN.test(chars[pos + l - 1]!) && this.text.hasGram(w)) {
            len = l;
            break;
          }
        }
      }
      const stop = stopwordAt(chars, pos);
      // a one-character function word inside unknown characters (演唱会门票) is left to the segmenter
      if (stop && stop >= len && (stop > 1 || !unknown)) {
        flush();
        stopChars += stop;
        pos += stop;
      } else if (len) {
        flush();
        words.push(chars.slice(pos, pos + len).join(''));
        pos += len;
      } else if (/[0-9a-z]/u.test(chars[pos]!)) {
        flush();
        const rest = chars.slice(pos).join('');
        ALNUM.lastIndex = 0;
        const m = ALNUM.exec(rest)!;
        words.push(m[0]);
        pos += Array.from(m[0]).length;
      } else {
        unknown += chars[pos];
        pos++;
      }
    }
    flush();
    return { words: [...new Set(words)], stopChars, runs };
  }
}
