/**
 * The English translation as the English engine (./english) reads it: every measure's sentences, glossary
 * terms, sector and responsible bodies cut into units of Porter-stemmed words (./english-words), with
 * postings from each stem to where it occurs; phrases found as stems in a row, and the word of the
 * translation a slip stands for (minimun → minimum).
 */
import { EN_SYNONYMS, tokenize, type Token } from './english-words';

export interface EnglishIndex {
  v: 1;
  /** Translated measures: s[0] the title sentence (#s1), then the body sentences; agencies and extras by index. */
  measures: { n: number; s: string[]; a: number[]; x: number[] }[];
  /** English names of the agencies (as in the plan's agency list). */
  agencies: string[];
  /** Sector headings, task force names and glossary terms that measures carry. */
  extras: string[];
  /** The document's text outside the measures (./document): passage key, label, sentences. */
  docs?: { d: string; t: string; s: string[] }[];
}

/** A measure, or a passage of the document's other text (n 0, with its key d and label t). */
export type Entry = EnglishIndex['measures'][number] & { d?: string; t?: string };

/** A place a query term occurs: unit (text of a measure), character range, position of its first word. */
export interface Occ {
  u: number;
  i: number;
  j: number;
  p: number;
}
interface Unit {
  /** The entry (measure or passage) the text belongs to. */
  x: number;
  /** Sentence index, or -1 for the glossary terms, sector and responsible bodies. */
  k: number;
  /** What an occurrence here weighs. */
  w: number;
  tokens: Token[];
}

const TITLE = 3;
const BODY = 1;
const EXTRA = 1.2;
const AGENCY = 0.6;

/** Edit distance with adjacent transpositions, stopping early above `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let low = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      low = Math.min(low, v);
    }
    if (low > max) return max + 1;
    [prev2, prev] = [prev, cur];
  }
  return prev[b.length]!;
}

export class EnglishText {
  readonly units: Unit[] = [];
  /** Stem → [unit, word position] of each occurrence. */
  readonly postings = new Map<string, [number, number][]>();
  /** The measures, then the document's other passages (n 0). */
  readonly measures: Entry[];
  /** Lower-case words of the translation and the synonym table's one-word entries, for slips (built on first need). */
  private words?: string[];

  constructor(readonly index: EnglishIndex) {
    this.measures = [
      ...index.measures,
      ...(index.docs ?? []).map((p) => ({ n: 0, s: p.s, a: [], x: [], d: p.d, t: p.t })),
    ];
    this.measures.forEach((m, x) => {
      // a measure's title sentence counts most; the document's other passages have no title
      m.s.forEach((s, k) => this.addUnit(x, k, k === 0 && !m.d ? TITLE : BODY, s));
      for (const e of m.x) this.addUnit(x, -1, EXTRA, index.extras[e]!);
      for (const a of m.a) this.addUnit(x, -1, AGENCY, index.agencies[a]!);
    });
  }

  private addUnit(x: number, k: number, w: number, text: string) {
    const u = this.units.push({ x, k, w, tokens: tokenize(text) }) - 1;
    this.units[u]!.tokens.forEach((t, p) =>
      (this.postings.get(t.stem) ?? this.postings.set(t.stem, []).get(t.stem)!).push([u, p]),
    );
  }

  /** Whether the translation has this word or phrase (by stems, words in a row). */
  occurs(text: string): boolean {
    const stems = tokenize(text).map((t) => t.stem);
    return stems.length > 0 && this.phrase(stems).length > 0;
  }

  /** Occurrences of a phrase (stems in a row). */
  phrase(stems: string[]): Occ[] {
    const out: Occ[] = [];
    for (const [u, p] of this.postings.get(stems[0]!) ?? []) {
      const t = this.units[u]!.tokens;
      if (stems.every((s, d) => t[p + d]?.stem === s)) out.push({ u, i: t[p]!.i, j: t[p + stems.length - 1]!.j, p });
    }
    return out;
  }

  private vocabulary(): string[] {
    if (!this.words) {
      const set = new Set<string>(Object.keys(EN_SYNONYMS).filter((w) => !w.includes(' ')));
      for (const m of this.measures)
        for (const s of m.s) for (const w of s.toLowerCase().match(/\p{L}{5,}/gu) ?? []) set.add(w);
      this.words = [...set];
    }
    return this.words;
  }

  /** The word of the translation a slip stands for (minimun → minimum, mortage → mortgage), if exactly one is that close. */
  slip(word: string): string | undefined {
    if (word.length < 5 || !/^\p{L}+$/u.test(word)) return undefined;
    const max = word.length >= 8 ? 2 : 1;
    let best: string | undefined;
    let bestD = max + 1;
    for (const w of this.vocabulary()) {
      const d = distance(word, w, max);
      if (d < bestD) [best, bestD] = [w, d];
    }
    return best;
  }
}
