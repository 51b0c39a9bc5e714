/**
 * The search engine that runs in the browser (and in unit tests). Pure TypeScript, no DOM.
 *
 * Everything heavy (segmentation, pinyin, traditional forms) comes precomputed in the index. This
 * module ties the parts together; each has one job:
 * - ./normalize: what was typed → a normalised query, measure numbers;
 * - ./understand (with ./stopwords and ./pieces): the query's content words, pieces of sentences, syllables
 *   typed apart; ./language: whether a query is Chinese, pinyin or English;
 * - ./plan-text: the plan's sentences, word boundaries, corpus string and vocabulary;
 * - ./match: a term's exact, everyday-word, agency and compound matches;
 * - ./pinyin and ./slips: pinyin, initials, homophones, wrong characters, fuse.js as the fuzzy layer;
 * - ./rank: scores per sentence, term and measure (BM25-style), full and partial matches;
 * - ./snippet: the result as shown (best sentence, marked matches);
 * - ./english (loaded on demand with its own index, read by ./english-text): English queries, told from pinyin
 *   by ./language.
 */
import { askedNumber, HAN, normalizeQuery } from './normalize';
import { PlanText, type Prepared } from './plan-text';
import { PinyinTable } from './pinyin';
import { Matcher } from './match';
import { rankMeasures, type Ranked } from './rank';
import { QueryReader } from './understand';
import { queryLanguage } from './language';
import type { EnglishOutcome } from './english';
import { plainResult, resultFor, type Result } from './snippet';
import type Fuse from 'fuse.js/basic';
import type { HomophoneTable, SearchIndex } from './types';

export { askedNumber, MAX_QUERY, normalizeQuery, parseNumeral, splitTerms } from './normalize';
export type { Result, Segment } from './snippet';

export interface Facets {
  part?: string;
  sector?: string;
  taskForce?: string;
  agency?: string;
}
export const FACET_KEYS = ['part', 'sector', 'taskForce', 'agency'] as const;

export interface Outcome {
  /** The query as understood (normalised), '' if nothing searchable. */
  query: string;
  terms: string[];
  /** Measures that match every content word of the query. */
  results: Result[];
  /** All full matches (results may be cut to the limit). */
  total: number;
  /** Measures that match only some content words, after the full matches (cut to what is left of the limit). */
  partial: Result[];
  /** All partial matches. */
  partialTotal: number;
  /** The content words the partial matches answer (shown as 只匹配到：…). */
  partialTerms: string[];
  /** Content words that occur nowhere in the plan (not even as an everyday word, pinyin or slip). */
  notInPlan: string[];
  /** Why there are no results: nothing typed, or nothing searchable in what was typed. */
  reason?: 'empty' | 'unsearchable';
  /** A character outside the plan was typed and the homophone table is not loaded yet. */
  needsHomophones?: boolean;
  /** The fuzzy layer (fuse.js) was needed and is not loaded yet: load it (`useFuse`) and search again. */
  needsFuzzy?: boolean;
  /** The query is English (or letters that find nothing as pinyin) and the English engine is not loaded yet (`useEnglish`). */
  needsEnglish?: boolean;
  /** The results are the English engine's. */
  english?: boolean;
}

/** The English engine as the Searcher uses it (./english, loaded on demand). */
export interface EnglishEngine {
  search(q: string, allowed: Set<number> | undefined, limit: number): EnglishOutcome;
}

/** An outcome with no result of any kind, for `query`: what the other outcomes start from. */
function noResults(query: string): Outcome {
  return { query, terms: [], results: [], total: 0, partial: [], partialTotal: 0, partialTerms: [], notInPlan: [] };
}

/** Nothing searchable typed: every measure the facets allow, or nothing and why. */
function browse(raw: string, allowed: Prepared[], hasFacet: boolean, limit: number): Outcome {
  const reason = String(raw ?? '').trim() ? 'unsearchable' : 'empty';
  if (!hasFacet) return { ...noResults(''), reason };
  const results = allowed.map((p) => plainResult(p));
  return {
    ...noResults(''),
    results: results.slice(0, limit),
    total: results.length,
    reason: results.length ? undefined : reason,
  };
}

/** The measure asked for by number (第14条) heads the full matches, whatever else it matched. */
function putFirst(wanted: number, allowed: Prepared[], full: Ranked[], partial: Ranked[]): void {
  const p = allowed.find((x) => x.m.n === wanted);
  if (!p) return;
  const at = full.findIndex((r) => r.x === p.x);
  const r = at >= 0 ? full.splice(at, 1)[0]! : { x: p.x, score: 0, matched: [] };
  const pa = partial.findIndex((q) => q.x === p.x);
  if (pa >= 0) partial.splice(pa, 1);
  full.unshift({ ...r, score: r.score + 1000 });
}

export class Searcher {
  readonly index: SearchIndex;
  readonly t2s = new Map<string, string>();
  private readonly text: PlanText;
  private readonly pinyin: PinyinTable;
  private readonly matcher: Matcher;
  private readonly reader: QueryReader;
  private english?: EnglishEngine;
  private readonly enLookalikes: Set<string>;

  constructor(index: SearchIndex) {
    this.index = index;
    this.text = new PlanText(index);
    this.pinyin = new PinyinTable(this.text, index.py);
    this.matcher = new Matcher(this.text, this.pinyin, new Map(index.syn));
    this.reader = new QueryReader(this.text, this.pinyin, this.matcher);
    this.enLookalikes = new Set(index.en ? index.en.split(' ') : []);
  }

  get homophonesLoaded(): boolean {
    return this.pinyin.extraLoaded;
  }

  /** Builds the lazy tables (corpus string, syllable postings, word list) ahead of the first query; call when idle. */
  warm(): void {
    for (const step of this.warmSteps()) step();
  }

  /** warm() in steps of a few tens of milliseconds each, for a caller that runs one per idle period. */
  warmSteps(): (() => void)[] {
    return [
      () => this.text.corpus(),
      () => this.pinyin.postings(),
      () => this.text.dictionary(),
      () => this.text.hasGram(''),
    ];
  }

  get fuzzyLoaded(): boolean {
    return this.matcher.slips.fuseLoaded;
  }

  /** Hands in fuse.js (loaded on demand) for the last fuzzy layer. */
  useFuse(F: typeof Fuse): void {
    this.matcher.slips.useFuse(F);
  }

  get englishLoaded(): boolean {
    return this.english !== undefined;
  }

  /** Hands in the English engine (loaded on demand with /search-index-en.json). */
  useEnglish(e: EnglishEngine): void {
    this.english = e;
  }

  /** 'zh', 'pinyin' or 'en': how the query is read (./understand). */
  language(raw: string): 'zh' | 'pinyin' | 'en' {
    return queryLanguage(
      String(raw ?? '').slice(0, 400),
      (w) => this.pinyin.parseSyllables(w, true) !== undefined,
      (w) => this.enLookalikes.has(w),
    );
  }

  addHomophones(table: HomophoneTable): void {
    this.pinyin.addExtra(table.py);
    const t = Array.from(table.t2s ?? '');
    for (let i = 0; i + 1 < t.length; i += 2) this.t2s.set(t[i]!, t[i + 1]!);
  }

  /** A Han character the plan does not use (a traditional form, a slip): the homophone table reads it. */
  private outsidePlan(raw: string): boolean {
    return Array.from(raw).some((c) => HAN.test(c) && !this.text.occurs([c]));
  }

  search(raw: string, facets: Facets = {}, limit = 50): Outcome {
    const query = normalizeQuery(raw, this.t2s);
    const allowed = this.filter(facets);
    const hasFacet = FACET_KEYS.some((k) => facets[k]);
    if (!query) return browse(raw, allowed, hasFacet, limit);
    const lang = this.language(raw);
    let english: Outcome | undefined;
    if (lang === 'en') {
      english = this.searchEnglish(raw, query, allowed, hasFacet, limit);
      // an English query is answered in English; one the translation has nothing for may be a pinyin slip (jiazehng)
      if (english.needsEnglish || english.results.length || english.partial.length) return english;
    }
    const wanted = askedNumber(query);
    this.matcher.slips.wanted = false;
    const reading = this.reader.read(query, allowed, wanted === undefined);
    const terms = reading.terms;
    // a word the plan does not have: nothing answers the whole query, every match is partial
    const { full, partial } = rankMeasures(
      this.text.prepared,
      reading.missing.length ? terms.map((t) => ({ ...t, partialOnly: true })) : terms,
    );
    if (wanted !== undefined) putFirst(wanted, allowed, full, partial);
    if (!full.length && !partial.length && !this.matcher.slips.wanted && !reading.needsHomophones) {
      // an English query that neither engine answers: said in English terms
      if (english) return english;
      // letters that read as pinyin and find nothing, even with slips, may be English (big data, gyms)
      if (lang === 'pinyin' && (query.match(/[a-z]/gu) ?? []).length >= 3) {
        const en = this.searchEnglish(raw, query, allowed, hasFacet, limit);
        if (en.needsEnglish || en.results.length || en.partial.length) return en;
      }
    }
    // a word typed as one whose parts no measure holds together: the plan does not mention it (出口退税)
    const notInPlan = reading.missing.length || full.length ? reading.missing : reading.compounds;
    const hits = terms.map((t) => t.hits);
    const prepared = this.text.prepared;
    const results = full.slice(0, limit).map((r) => resultFor(prepared[r.x]!, r.score, hits));
    const shown = partial.slice(0, Math.max(0, limit - results.length));
    return {
      query,
      terms: terms.map((t) => t.text),
      results,
      total: full.length,
      partial: shown.map((r) => resultFor(prepared[r.x]!, r.score, hits)),
      partialTotal: partial.length,
      partialTerms: terms.filter((_, i) => shown.some((r) => r.matched.includes(i))).map((t) => t.text),
      notInPlan,
      needsHomophones: reading.needsHomophones || (!this.homophonesLoaded && this.outsidePlan(query)) || undefined,
      needsFuzzy: this.matcher.slips.wanted || undefined,
    };
  }

  private searchEnglish(raw: string, query: string, allowed: Prepared[], hasFacet: boolean, limit: number): Outcome {
    const empty = noResults(query);
    if (!this.english) return { ...empty, needsEnglish: true };
    const o = this.english.search(raw, hasFacet ? new Set(allowed.map((p) => p.m.n)) : undefined, limit);
    return { ...empty, ...o, english: true };
  }

  private filter(f: Facets): Prepared[] {
    const prepared = this.text.prepared;
    if (!FACET_KEYS.some((k) => f[k])) return prepared;
    // a facet narrows the measures: the document's other text has no sector, task force or agency
    const idx = (list: { id: string }[], id?: string) => (id ? list.findIndex((x) => x.id === id) : -2);
    const part = idx(this.index.parts, f.part);
    const sector = idx(this.index.sectors, f.sector);
    const tf = idx(this.index.taskForces, f.taskForce);
    const ag = idx(this.index.agencies, f.agency);
    return prepared.filter(
      ({ m }) =>
        !m.d &&
        (part === -2 || m.p === part) &&
        (sector === -2 || m.c === sector) &&
        (tf === -2 || m.f === tf) &&
        (ag === -2 || m.a.some(([a]) => a === ag)),
    );
  }
}
