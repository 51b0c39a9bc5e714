/**
 * Cutting what was typed as one run of characters into words (./understand reads a query with it):
 * - pieces(): the plan's words, everyday words, agency names and figures, longest first; question and
 *   function words dropped (./stopwords); unknown stretches cut by Intl.Segmenter;
 * - foreignCompounds(): the longer words around a word of the plan that the plan lacks (消费券 around 消费).
 */
import { HAN } from './normalize';
import type { Matcher } from './match';
import type { PlanText, TermHits } from './plan-text';
import { GENERIC, STOPWORDS, stopwordAt } from './stopwords';

export interface Pieces {
  words: string[];
  /** How many characters were question or function words. */
  stopChars: number;
  /** Words cut from one stretch of unknown characters → that stretch (reported whole when none of it is found). */
  runs: Map<string, string>;
}

const ALNUM = /[0-9a-z][0-9a-z.%+∶-]*/uy;
/**
 * Intl's Chinese word segmenter, made on first use: making one loads the runtime's Chinese dictionary, which took
 * about 250 ms on a slow phone when it was made as the engine loaded, for queries most of which never need it.
 */
let made: Intl.Segmenter | null | undefined;
function zhSegmenter(): Intl.Segmenter | null {
  made ??=
    typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  return made;
}

/** A word of the plan's vocabulary, an everyday word or a name of a body. */
function known(w: string, text: PlanText, matcher: Matcher): boolean {
  return text.dictionary().has(w) || matcher.synonyms.has(w) || matcher.agencyOf(w) !== undefined;
}

/**
 * Cuts a stretch of characters no vocabulary knows with Intl.Segmenter into `words`: words of two or more
 * characters; single characters next to each other (起|征|点) stay together; one-character function words at
 * the edges go (开个 → 开). Each word is recorded in `runs` with the stretch it came from.
 */
function cutUnknown(unknown: string, words: string[], runs: Map<string, string>): void {
  const segmenter = zhSegmenter();
  const parts = segmenter ? Array.from(segmenter.segment(unknown), (s) => s.segment) : [unknown];
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
}

/** How many characters from `pos` make a known word (or a stretch of Han characters the text has: 农产品); 0 if none. */
function wordAt(chars: string[], pos: number, text: PlanText, matcher: Matcher): number {
  let len = 0;
  for (let l = Math.min(8, chars.length - pos); l >= 1 && !len; l--) {
    const w = chars.slice(pos, pos + l).join('');
    if ((l >= 2 || matcher.synonyms.has(w)) && known(w, text, matcher)) len = l;
  }
  // no word of the segmentation starts here: a stretch of Han characters that occurs in the text
  if (len < 2 && HAN.test(chars[pos]!)) {
    for (let l = Math.min(4, chars.length - pos); l >= 3; l--) {
      const w = chars.slice(pos, pos + l).join('');
      if (HAN.test(chars[pos + l - 1]!) && text.hasGram(w)) return l;
    }
  }
  return len;
}

/**
 * Cuts a run into the plan's words, everyday words, agency names and figures, longest first;
 * question and function words dropped; unknown stretches cut by Intl.Segmenter.
 */
export function pieces(token: string, text: PlanText, matcher: Matcher): Pieces {
  const chars = Array.from(token);
  const words: string[] = [];
  const runs = new Map<string, string>();
  let stopChars = 0;
  let unknown = '';
  const flush = () => {
    if (unknown) cutUnknown(unknown, words, runs);
    unknown = '';
  };
  let pos = 0;
  while (pos < chars.length) {
    const len = wordAt(chars, pos, text, matcher);
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
      ALNUM.lastIndex = 0;
      const m = ALNUM.exec(chars.slice(pos).join(''))!;
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

/**
 * Words of the query (as Intl.Segmenter cuts it) that the plan lacks although a word of the plan sits
 * inside them: 消费 in 消费券, 人民 in 人民币, 税 in 所得税. The query's topic is the longer word.
 * Returns [the word to report, the character or word that makes it foreign].
 */
export function foreignCompounds(
  token: string,
  found: [string, TermHits][],
  text: PlanText,
  matcher: Matcher,
): [string, string][] {
  const segmenter = zhSegmenter();
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
  const lacks = (w: string) => !text.occurs([w]) && !known(w, text, matcher);
  segs.forEach(([a, b], k) => {
    const c = token.slice(a, b);
    // a longer word the plan lacks around one of its words (个人所得税 around 税): reported without its function words
    if (b - a >= 3 && covered.subarray(a, b).some((x) => x === 1) && !covered.subarray(a, b).every((x) => x === 1)) {
      const w = trimStopwords(c);
      if (Array.from(w).length >= 2 && lacks(w)) out.push([w, w]);
      return;
    }
    // one character the plan's words leave over, right after (消费券) or before one of them
    if (b - a !== 1 || covered[a] || !HAN.test(c) || STOPWORDS.has(c)) return;
    for (const next of [segs[k - 1], segs[k + 1]]) {
      if (!next || !isWord(next)) continue;
      const w = token.slice(Math.min(a, next[0]), Math.max(b, next[1]));
      if (GENERIC.has(token.slice(next[0], next[1])) || !lacks(w)) continue;
      out.push([w, c]);
      return;
    }
  });
  return out;
}

/** A word without the function words at its start and the two-character ones at its end. */
function trimStopwords(word: string): string {
  const chars = Array.from(word);
  let i = 0;
  let j = chars.length;
  for (let l; i < j && (l = stopwordAt(chars, i)) > 1;) i += l;
  while (j > i + 1 && STOPWORDS.has(chars.slice(j - 2, j).join(''))) j -= 2;
  return chars.slice(i, j).join('');
}
