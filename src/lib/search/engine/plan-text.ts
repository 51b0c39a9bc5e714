/**
 * The plan's text as the engine reads it: measures with lower-cased sentences, word boundaries
 * (from the build-time segmentation), one corpus string for fast substring search, and the plan's
 * own vocabulary. Built lazily, once per index.
 */
import { HAN } from './normalize';
import type { IndexMeasure, SearchIndex } from './types';

/** One occurrence of a term: sentence k, characters i…j, weight w. */
export interface Occ {
  k: number;
  i: number;
  j: number;
  w: number;
}
/** One term's matches: per measure (position in the index), the occurrences found. */
export type TermHits = Map<number, Occ[]>;

export interface Prepared {
  /** Position in the index. */
  x: number;
  m: IndexMeasure;
  lower: string[];
  /** Word boundaries per sentence (positions where a word starts, plus the end). */
  bounds?: Uint8Array[];
  /** Syllable ids + 1 per character per sentence (primary and second reading), 0 if none. */
  sy?: Int16Array[];
  sy2?: Int16Array[];
}

export interface Corpus {
  /** All sentences, lower-cased, joined by U+0001 (never in a normalised query). */
  text: string;
  /** Where each sentence begins in `text`, its measure (position) and its index in the measure. */
  starts: Int32Array;
  owner: Int32Array;
  k: Int32Array;
}

export function addHit(hits: TermHits, mi: number, o: Occ): void {
  (hits.get(mi) ?? hits.set(mi, []).get(mi)!).push(o);
}

export class PlanText {
  readonly index: SearchIndex;
  readonly prepared: Prepared[];
  private corpusCache?: Corpus;
  private dict?: Set<string>;
  /** The plan's words as a list (for fuzzy matching), once `dictionary()` ran. */
  vocab: string[] = [];

  constructor(index: SearchIndex) {
    this.index = index;
    // the document's other passages read as measures numbered 0 with no sector, task force or agency
    const docs = (index.docs ?? []).map(({ p = -1, t, ...d }): IndexMeasure => ({
      ...d,
      n: 0,
      p,
      c: -1,
      f: -1,
      a: [],
      t: t ?? (p >= 0 ? index.parts[p]!.label : '通知'),
    }));
    this.prepared = [...index.measures, ...docs].map((m, x) => ({
      x,
      m,
      lower: m.s.map((s) => s.toLowerCase()),
    }));
  }

  bounds(p: Prepared): Uint8Array[] {
    if (!p.bounds) {
      p.bounds = p.m.w.map((lens, k) => {
        const flags = new Uint8Array(p.m.s[k]!.length + 1);
        flags[0] = 1;
        let pos = 0;
        for (let c = 0; c < lens.length; c++) {
          pos += parseInt(lens[c]!, 36);
          if (pos < flags.length) flags[pos] = 1;
        }
        return flags;
      });
    }
    return p.bounds;
  }

  /** How well an occurrence sits on word boundaries: both ends 1, one end 0.7, neither 0.3. */
  align(p: Prepared, k: number, i: number, j: number): number {
    const b = this.bounds(p)[k]!;
    const ends = b[i]! + b[j]!;
    const w = ends === 2 ? 1 : ends === 1 ? 0.7 : 0.3;
    return j - i >= 4 ? Math.max(w, 0.85) : w;
  }

  corpus(): Corpus {
    if (!this.corpusCache) {
      const parts: string[] = [];
      const starts: number[] = [];
      const owner: number[] = [];
      const ks: number[] = [];
      let pos = 0;
      for (const p of this.prepared) {
        p.lower.forEach((s, k) => {
          starts.push(pos);
          owner.push(p.x);
          ks.push(k);
          parts.push(s);
          pos += s.length + 1;
        });
      }
      this.corpusCache = {
        text: parts.join('\u0001'),
        starts: Int32Array.from(starts),
        owner: Int32Array.from(owner),
        k: Int32Array.from(ks),
      };
    }
    return this.corpusCache;
  }

  /** The sentence (its position in `corpus().starts`) holding corpus position `pos`, searching from `from`. */
  sentenceAt(pos: number, from = 0): number {
    const { starts } = this.corpus();
    let lo = from;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private seen = new Map<string, boolean>();

  /** Does any of these words occur anywhere in the plan? (Remembered: a long corpus is scanned once per word.) */
  occurs(words: string[]): boolean {
    const { text } = this.corpus();
    return words.some((w) => {
      if (!w) return false;
      let found = this.seen.get(w);
      if (found === undefined) {
        if (this.seen.size > 5000) this.seen.clear();
        this.seen.set(w, (found = text.includes(w)));
      }
      return found;
    });
  }

  private grams?: Set<string>;

  /** Whether a stretch of three or four characters occurs in the text (a set of the distinct sentences' n-grams, built once). */
  hasGram(w: string): boolean {
    if (!this.grams) {
      const grams = new Set<string>();
      const seen = new Set<string>();
      for (const p of this.prepared) {
        for (const s of p.lower) {
          if (seen.has(s)) continue;
          seen.add(s);
          for (let i = 0; i + 3 <= s.length; i++) {
            grams.add(s.slice(i, i + 3));
            if (i + 4 <= s.length) grams.add(s.slice(i, i + 4));
          }
        }
      }
      this.grams = grams;
    }
    return this.grams.has(w);
  }

  /** A lookup table of the measures allowed (by position), or undefined when all are. */
  allowedMask(allowed: Prepared[]): Uint8Array | undefined {
    if (allowed.length === this.prepared.length) return undefined;
    const m = new Uint8Array(this.prepared.length);
    for (const p of allowed) m[p.x] = 1;
    return m;
  }

  /** Words of the plan (from the build-time segmentation) and the agencies' names. */
  dictionary(): Set<string> {
    if (!this.dict) {
      const set = new Set<string>();
      for (const p of this.prepared) {
        p.m.s.forEach((s, k) => {
          let pos = 0;
          for (const c of p.m.w[k]!) {
            const len = parseInt(c, 36);
            if (len >= 2 && HAN.test(s[pos]!)) set.add(s.slice(pos, pos + len));
            pos += len;
          }
        });
      }
      for (const a of this.index.agencies) for (const n of a.names) set.add(n);
      this.vocab = [...set];
      this.dict = set;
    }
    return this.dict;
  }
}
