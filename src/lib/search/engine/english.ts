/**
 * The English search engine: loaded (with /search-index-en.json) only when a query is English
 * (see queryLanguage in ./language). Words are matched by their Porter stems (./english-words) in the
 * translation as ./english-text holds it,
 * everyday words through the synonym table, phrases as consecutive words; measures are ranked by
 * where the words occur (title, sentence, glossary term or sector, responsible body), how rare they
 * are, and whether the query's words stand together. Results use the Chinese engine's shape, with
 * the English sentence and its anchor (#sN is the same sentence in both editions).
 */
import { EN_GENERIC, EN_STOPWORDS, EN_SYNONYMS, tokenize } from './english-words';
import { EnglishText, type Occ } from './english-text';
import { windowOf, type Result } from './snippet';

export type { EnglishIndex } from './english-text';

export interface EnglishOutcome {
  terms: string[];
  results: Result[];
  total: number;
  partial: Result[];
  partialTotal: number;
  partialTerms: string[];
  notInPlan: string[];
}

interface QueryTerm {
  text: string;
  alts: string[][];
  /** Entry (measure or passage) → where the term occurs in it. */
  hits: Map<number, Occ[]>;
  /** A generic word (support, help): weighs little, never a full match alone. */
  generic?: boolean;
  /** Read as this word of the translation (a slip: minimun → minimum). */
  as?: string;
}

/** What a generic word weighs against its idf. */
const GENERIC_WEIGHT = 0.3;
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

/** The stems of a word or phrase and of its synonyms. */
const stemsOf = (text: string): string[][] =>
  [text, ...(synonymsOf(text) ?? [])].map((a) => tokenize(a).map((t) => t.stem));

/** How many words from `i` make one term: a phrase of the synonym table (3 or 2), a content word (1), or none (0). */
function termLength(words: string[], i: number): number {
  for (let l = Math.min(3, words.length - i); l >= 2; l--) if (synonymsOf(words.slice(i, i + l).join(' '))) return l;
  return EN_STOPWORDS.has(words[i]!) || (words[i]!.length < 2 && !/\d/u.test(words[i]!)) ? 0 : 1;
}

export class EnglishSearcher extends EnglishText {
  /** The query's terms: phrases of the synonym table (longest first), else single content words. */
  private terms(q: string, allowed?: Set<number>): QueryTerm[] {
    const words = queryWords(q);
    const terms: QueryTerm[] = [];
    for (let i = 0; i < words.length && terms.length < MAX_TERMS;) {
      const len = termLength(words, i);
      if (!len) {
        i++;
        continue;
      }
      const text = words.slice(i, i + len).join(' ');
      i += len;
      if (terms.some((t) => t.text === text)) continue;
      const alts = stemsOf(text);
      const hits = new Map<number, Occ[]>();
      for (const alt of alts) this.collect(hits, this.phrase(alt), allowed);
      // the last word may still be being typed (touri → tourism)
      if (!hits.size && i >= words.length && len === 1 && text.length >= 3) this.prefixHits(hits, text, allowed);
      // a word the translation lacks may be a slip of one it has (minimun wage)
      let as: string | undefined;
      if (!hits.size && len === 1 && !this.occursAnywhere({ text, alts, hits })) {
        as = this.slip(text);
        if (as) for (const alt of stemsOf(as)) this.collect(hits, this.phrase(alt), allowed);
      }
      terms.push({ text, alts, hits, generic: EN_GENERIC.has(text) || undefined, as });
    }
    return terms;
  }

  /** Adds occurrences to `hits` by entry, those of the allowed measures only. */
  private collect(hits: Map<number, Occ[]>, occs: Occ[], allowed?: Set<number>): void {
    for (const o of occs) {
      const x = this.units[o.u]!.x;
      if (allowed && !allowed.has(this.measures[x]!.n)) continue;
      (hits.get(x) ?? hits.set(x, []).get(x)!).push(o);
    }
  }

  /** Adds the words starting with `text` (a last word still being typed) to `hits`. */
  private prefixHits(hits: Map<number, Occ[]>, text: string, allowed?: Set<number>): void {
    for (const [s, list] of this.postings) {
      if (!s.startsWith(text)) continue;
      this.collect(
        hits,
        list.map(([u, p]) => {
          const t = this.units[u]!.tokens[p]!;
          return { u, i: t.i, j: t.j, p };
        }),
        allowed,
      );
    }
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
