/**
 * The English search engine: loaded (with /search-index-en.json) only when a query is English
 * (see queryLanguage in ./understand). Words are matched by their Porter stems (./english-words),
 * everyday words through the synonym table, phrases as consecutive words; measures are ranked by
 * where the words occur (title, sentence, glossary term or sector, responsible body), how rare they
 * are, and whether the query's words stand together. Results use the Chinese engine's shape, with
 * the English sentence and its anchor (#sN is the same sentence in both editions).
 */
import { EN_GENERIC, EN_STOPWORDS, EN_SYNONYMS, tokenize, type Token } from './english-words';
import { windowOf, type Result } from './snippet';

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

type Entry = EnglishIndex['measures'][number] & { d?: string; t?: string };

export interface EnglishOutcome {
  terms: string[];
  results: Result[];
  total: number;
  partial: Result[];
  partialTotal: number;
  partialTerms: string[];
  notInPlan: string[];
}

/** A place a query term occurs: unit (text of a measure), character range, weight of that field. */
interface Occ {
  u: number;
  i: number;
  j: number;
  p: number;
}
interface Unit {
  x: number;
  /** Sentence index, or -1 for the glossary terms, sector and responsible bodies. */
  k: number;
  w: number;
  tokens: Token[];
}
interface QueryTerm {
  text: string;
  alts: string[][];
  hits: Map<number, Occ[]>;
  /** A generic word (support, help): weighs little, never a full match alone. */
  generic?: boolean;
  /** Read as this word of the translation (a slip: minimun → minimum). */
  as?: string;
}

/** What a generic word weighs against its idf. */
const GENERIC_WEIGHT = 0.3;

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

const TITLE = 3;
const BODY = 1;
const EXTRA = 1.2;
const AGENCY = 0.6;
const MAX_TERMS = 10;
/** English takes about twice the characters of Chinese to say the same. */
const SNIPPET = 180;

/** Words of a query (lower case, letters and figures), for reading it against the synonym table. */
function queryWords(q: string): string[] {
  return (
    q
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[’']s\b/gu, '')
      .replace(/e-commerce/gu, 'ecommerce')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).filter((w) => !/\p{Script=Han}/u.test(w));
}

/** The translation's wording for an everyday word or phrase (own entries only: `constructor` is a word, not a key). */
function synonymsOf(text: string): string[] | undefined {
  return Object.hasOwn(EN_SYNONYMS, text) ? EN_SYNONYMS[text] : undefined;
}

export class EnglishSearcher {
  private readonly units: Unit[] = [];
  private readonly postings = new Map<string, [number, number][]>();
  /** The measures, then the document's other passages (n 0). */
  private readonly measures: Entry[];

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

  /** Lower-case words of the translation and the synonym table's one-word entries, for slips (built on first need). */
  private words?: string[];

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
  private slip(word: string): string | undefined {
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
  private phrase(stems: string[]): Occ[] {
    const out: Occ[] = [];
    for (const [u, p] of this.postings.get(stems[0]!) ?? []) {
      const t = this.units[u]!.tokens;
      if (stems.every((s, d) => t[p + d]?.stem === s)) out.push({ u, i: t[p]!.i, j: t[p + stems.length - 1]!.j, p });
    }
    return out;
  }

  /** The query's terms: phrases of the synonym table (longest first), else single content words. */
  private terms(q: string, allowed?: Set<number>): QueryTerm[] {
    const words = queryWords(q);
    const terms: QueryTerm[] = [];
    for (let i = 0; i < words.length && terms.length < MAX_TERMS;) {
      let len = 0;
      for (let l = Math.min(3, words.length - i); l >= 2 && !len; l--)
        if (synonymsOf(words.slice(i, i + l).join(' '))) len = l;
      if (!len) {
        if (EN_STOPWORDS.has(words[i]!) || (words[i]!.length < 2 && !/\d/u.test(words[i]!))) {
          i++;
          continue;
        }
        len = 1;
      }
      const text = words.slice(i, i + len).join(' ');
      i += len;
      if (terms.some((t) => t.text === text)) continue;
      const alts = [text, ...(synonymsOf(text) ?? [])].map((a) => tokenize(a).map((t) => t.stem));
      const hits = new Map<number, Occ[]>();
      for (const alt of alts) {
        for (const o of this.phrase(alt)) {
          const x = this.units[o.u]!.x;
          if (allowed && !allowed.has(this.measures[x]!.n)) continue;
          (hits.get(x) ?? hits.set(x, []).get(x)!).push(o);
        }
      }
      // the last word may still be being typed (touri → tourism)
      const last = i >= words.length && len === 1 && text.length >= 3;
      if (!hits.size && last) {
        for (const [s, list] of this.postings) {
          if (!s.startsWith(text)) continue;
          for (const [u, p] of list) {
            const unit = this.units[u]!;
            if (allowed && !allowed.has(this.measures[unit.x]!.n)) continue;
            const t = unit.tokens[p]!;
            (hits.get(unit.x) ?? hits.set(unit.x, []).get(unit.x)!).push({ u, i: t.i, j: t.j, p });
          }
        }
      }
      // a word the translation lacks may be a slip of one it has (minimun wage)
      let as: string | undefined;
      if (!hits.size && len === 1 && !this.occursAnywhere({ text, alts, hits })) {
        as = this.slip(text);
        if (as) {
          for (const alt of [as, ...(synonymsOf(as) ?? [])].map((a) => tokenize(a).map((t) => t.stem)))
            for (const o of this.phrase(alt)) {
              const x = this.units[o.u]!.x;
              if (allowed && !allowed.has(this.measures[x]!.n)) continue;
              (hits.get(x) ?? hits.set(x, []).get(x)!).push(o);
            }
        }
      }
      terms.push({ text, alts, hits, generic: EN_GENERIC.has(text) || undefined, as });
    }
    return terms;
  }

  search(q: string, allowed?: Set<number>, limit = 50): EnglishOutcome {
    const terms = this.terms(q, allowed);
    const N = this.measures.length;
    const idf = terms.map((t) => Math.log(1 + N / Math.max(1, t.hits.size)) * (t.generic ? GENERIC_WEIGHT : 1));
    const scored = new Map<number, { score: number; matched: number[] }>();
    terms.forEach((t, ti) => {
      for (const [x, occs] of t.hits) {
        const top = Math.max(...occs.map((o) => this.units[o.u]!.w));
        const s = idf[ti]! * (top + 0.3 * Math.log(occs.length));
        const r = scored.get(x) ?? scored.set(x, { score: 0, matched: [] }).get(x)!;
        r.score += s;
        r.matched.push(ti);
      }
    });
    // words of the query that stand together in one sentence count more, next to each other most
    for (const [x, r] of scored) {
      for (let a = 0; a + 1 < terms.length; a++) {
        const A = terms[a]!.hits.get(x);
        const B = terms[a + 1]!.hits.get(x);
        if (!A || !B) continue;
        let best = 0;
        for (const o of A)
          for (const p of B) if (o.u === p.u) best = Math.max(best, Math.abs(p.p - o.p) <= 3 ? 1 : 0.4);
        r.score += best * Math.min(idf[a]!, idf[a + 1]!);
      }
    }
    const order = [...scored.entries()].sort(
      (a, b) => b[1].score - a[1].score || this.measures[a[0]]!.n - this.measures[b[0]]!.n,
    );
    const hitTerms = terms.filter((t) => t.hits.size);
    // generic words alone never make a full match; a full match answers every word that is not generic
    const topical = terms.map((t, i) => (t.generic ? -1 : i)).filter((i) => i >= 0);
    const answers = (r: { matched: number[] }) => topical.every((i) => r.matched.includes(i));
    let full = topical.length && hitTerms.length === terms.length ? order.filter(([, r]) => answers(r)) : [];
    // words typed as one phrase (free trade zone) that no measure holds together: the plan does not mention it
    const phrase = this.phraseTyped(q, terms) && !full.some(([x]) => this.together(x, terms));
    if (phrase) full = [];
    const partial = order.filter(([x]) => !full.some(([y]) => y === x));
    const results = full.slice(0, limit).map(([x, r]) => this.result(x, r.score, terms));
    const shown = partial.slice(0, Math.max(0, limit - results.length));
    return {
      terms: terms.map((t) => t.text),
      results,
      total: full.length,
      partial: shown.map(([x, r]) => this.result(x, r.score, terms)),
      partialTotal: partial.length,
      partialTerms: terms.filter((_, i) => shown.some(([, r]) => r.matched.includes(i))).map((t) => t.text),
      notInPlan: phrase
        ? [terms.map((t) => t.text).join(' ')]
        : terms.filter((t) => !t.hits.size && !this.occursAnywhere(t)).map((t) => t.text),
    };
  }

  /** Two to four content words with nothing between them (free trade zone, digital yuan), none generic. */
  private phraseTyped(q: string, terms: QueryTerm[]): boolean {
    const words = queryWords(q);
    return (
      terms.length >= 2 &&
      words.length <= 4 &&
      words.length === terms.reduce((n, t) => n + t.text.split(' ').length, 0) &&
      terms.every((t) => !t.generic && t.hits.size)
    );
  }

  /** Whether measure x holds the terms next to each other, in order, in one sentence (at most two words apart). */
  private together(x: number, terms: QueryTerm[]): boolean {
    const first = terms[0]!.hits.get(x) ?? [];
    return first.some((o) => {
      let at = o;
      for (const t of terms.slice(1)) {
        const next = (t.hits.get(x) ?? []).find((p) => p.u === at.u && p.p > at.p && p.p - at.p <= 3);
        if (!next) return false;
        at = next;
      }
      return true;
    });
  }

  /** A term found nowhere in the translation (not only outside the chosen facets). */
  private occursAnywhere(t: QueryTerm): boolean {
    return t.alts.some((a) => this.phrase(a).length > 0);
  }

  /** The result: the sentence that holds most of the query (a body sentence before the title), its words marked. */
  private result(x: number, score: number, terms: QueryTerm[]): Result {
    const m = this.measures[x]!;
    const bySentence = new Map<number, number>();
    for (const t of terms) {
      const seen = new Set<number>();
      for (const o of t.hits.get(x) ?? []) {
        const k = this.units[o.u]!.k;
        if (k < 0 || seen.has(k)) continue;
        seen.add(k);
        bySentence.set(k, (bySentence.get(k) ?? 0) + (k === 0 ? 0.9 : 1));
      }
    }
    let best = m.s.length > 1 ? 1 : 0;
    let bestScore = 0;
    for (const [k, s] of bySentence) if (s > bestScore || (s === bestScore && k < best)) [best, bestScore] = [k, s];
    const ranges = terms.flatMap((t) =>
      (t.hits.get(x) ?? []).filter((o) => this.units[o.u]!.k === best).map((o) => [o.i, o.j] as [number, number]),
    );
    return {
      n: m.n,
      ...(m.d ? { doc: m.d } : {}),
      title: m.t ?? m.s[0]!.replace(/\.$/u, ''),
      sentence: best + 1,
      snippet: windowOf(m.s[best]!, ranges, SNIPPET, true),
      score,
      lang: 'en',
    };
  }
}
