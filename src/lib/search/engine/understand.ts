/**
 * Query understanding: what was typed → the content words to look for.
 * - Latin letters typed as separate syllables (jia zheng, Yang3 Lao3, yǎng lǎo) are read as one pinyin word;
 * - a Han run found in the plan (or as an everyday word, agency, slip) is one term;
 * - otherwise it is cut into the plan's words, everyday words and figures, longest first, question and
 *   function words dropped (./stopwords), unknown stretches cut by Intl.Segmenter;
 * - a short word that is not in the plan as a whole (专项债) is reported as missing even when a part of it
 *   occurs (专项): its parts can only give partial matches.
 * How a run is cut is ./pieces; which language a query is in, ./language.
 */
import { HAN } from './normalize';
import type { Matcher } from './match';
import type { PlanText, Prepared, TermHits } from './plan-text';
import type { PinyinTable } from './pinyin';
import { foreignCompounds, pieces } from './pieces';
import { dropToneNumbers } from './language';
import { GENERIC, STOPWORDS } from './stopwords';

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
      // a token that can be cut into smaller words: Han, or Han with figures
      if (inPlan || !(HAN.test(token) && Array.from(token).length >= 2)) {
        add(token, whole.hits);
        if (!whole.hits.size) miss(token);
        continue;
      }
      const cut = pieces(token, this.text, this.matcher);
      const n = Array.from(token).length;
      if (cut.stopChars === 0 && n >= 3 && n <= 8 && /^\p{Script=Han}+$/u.test(token)) compounds.push(token);
      let covered = cut.stopChars;
      const found: [string, TermHits][] = [];
      for (const w of cut.words) {
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
      if (loose && found.length >= 2 && cut.stopChars === 0 && n <= 8 && /^\p{Script=Han}+$/u.test(token)) miss(token);
      const group = ++groups;
      if (n <= SHORT && cut.stopChars === 0 && covered < n) {
        miss(token);
        for (const [w, hits] of found) if (hits.size) add(w, hits, true, group);
      } else {
        // in a sentence that found two content words, other unknown words are ways of asking (收到, 申请), not topics
        const sentence = cut.stopChars > 0;
        const quiet = sentence && found.filter(([w, h]) => h.size && !GENERIC.has(w)).length >= 2;
        for (const [w, hits] of found) {
          if (hits.size) add(w, hits, false, group);
          else if (!quiet) {
            // a stretch none of whose words is found is reported as typed (博物馆门票, not 博物 and 馆门票)
            const run = cut.runs.get(w);
            const wholeRunMissing =
              run !== undefined && found.every(([x, h]) => cut.runs.get(x) !== run || h.size === 0);
            miss(wholeRunMissing ? run : w);
          }
        }
        if (!found.length) miss(token);
      }
      for (const [w, c] of foreignCompounds(token, found, this.text, this.matcher))
        if (!missing.some((m) => m.includes(c))) miss(w);
    }
    return { terms, missing, needsHomophones, compounds };
  }
}
