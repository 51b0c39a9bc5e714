/**
 * The search engine that runs in the browser (and in unit tests). Pure TypeScript, no DOM.
 *
 * Everything heavy (segmentation, pinyin, traditional forms) comes precomputed in the index; here a
 * query is normalised, split into terms, and each term is matched as people mean it:
 * - Chinese terms as exact substrings, weighted by whether they sit on word boundaries (so 品质 in
 *   提升住房品质 outranks the 品质 that straddles 产品|质量), in the title or the body;
 * - everyday words through the editorial synonym table (餐馆 → 餐饮), agency names and short forms;
 * - pinyin (jiazheng) and initials (bxj) against the pinyin of the plan's characters;
 * - slips: homophones (拖管 → 托管), long pasted phrases by their words, and fuse.js as the fuzzy layer;
 * - measure numbers (12, 第12条, 第十二条) and figures (200家, digits never matched inside longer numbers).
 */
import Fuse from 'fuse.js/basic';
import type { HomophoneTable, IndexMeasure, SearchIndex } from './types';

export interface Facets {
  part?: string;
  sector?: string;
  taskForce?: string;
  agency?: string;
}
export const FACET_KEYS = ['part', 'sector', 'taskForce', 'agency'] as const;

export interface Segment {
  text: string;
  hit: boolean;
}
export interface Result {
  n: number;
  title: string;
  /** 1-based sentence anchor on the measure page (#sK). */
  sentence: number;
  snippet: Segment[];
  score: number;
}
export interface Outcome {
  /** The query as understood (normalised), '' if nothing searchable. */
  query: string;
  terms: string[];
  results: Result[];
  /** All matches (results may be cut to the limit). */
  total: number;
  /** Why there are no results: nothing typed, or nothing searchable in what was typed. */
  reason?: 'empty' | 'unsearchable';
  /** A character outside the plan was typed and the homophone table is not loaded yet. */
  needsHomophones?: boolean;
}

/** Longest query we look at; a pasted page is cut here. */
export const MAX_QUERY = 64;
const MAX_TERMS = 8;
const SNIPPET = 90;
const HAN = /\p{Script=Han}/u;
const CN_DIGITS = '零一二三四五六七八九';

/** Reads 十二 / 六十六 / 5 as a number (1…999), or NaN. */
export function parseNumeral(s: string): number {
  if (/^\d{1,3}$/u.test(s)) return Number(s);
  if (!/^[零一二三四五六七八九十百]+$/u.test(s)) return NaN;
  let total = 0;
  let cur = 0;
  for (const ch of s) {
    const d = CN_DIGITS.indexOf(ch);
    if (d >= 0) cur = d;
    else if (ch === '十') {
      total += (cur || 1) * 10;
      cur = 0;
    } else if (ch === '百') {
      total += (cur || 1) * 100;
      cur = 0;
    }
  }
  return total + cur;
}

/** Normalises what was typed: width and case folded, traditional → simplified, punctuation, symbols,
 * emoji and control characters dropped, spaces collapsed, cut to MAX_QUERY characters. */
export function normalizeQuery(raw: string, t2s?: Map<string, string>): string {
  let s = String(raw ?? '').slice(0, 4 * MAX_QUERY).normalize('NFKC').toLowerCase();
  // ranges and decimals keep their sign (5-10个, 7.5%); other punctuation, symbols and controls become spaces
  s = s.replace(/[\p{Cc}\p{Cf}]/gu, ' ').replace(/(\d)[-~～—–](?=\d)/gu, '$1-').replace(/(\d)\.(?=\d)/gu, '$1\u0002');
  s = s.replace(/[^\p{L}\p{N}%\s\u0002-]|(?<!\d)-|-(?!\d)/gu, ' ').replace(/\u0002/gu, '.');
  if (t2s) s = Array.from(s, (c) => t2s.get(c) ?? c).join('');
  s = s.replace(/\s+/gu, ' ').trim();
  return Array.from(s).slice(0, MAX_QUERY).join('').trim();
}

/** A measure number asked for: 12, 第12条, 第十二条, 第十二 — or undefined. */
export function askedNumber(q: string): number | undefined {
  const m = /^第?\s*([0-9]{1,3}|[零一二三四五六七八九十百]+)\s*条?$/u.exec(q);
  if (!m) return undefined;
  if (!/^\d/u.test(m[1]!) && !/^第|条$/u.test(q)) return undefined;
  const n = parseNumeral(m[1]!);
  return Number.isFinite(n) ? n : undefined;
}

/** Splits a normalised query into terms: on spaces, and where Han meets Latin letters. */
export function splitTerms(q: string): string[] {
  const out: string[] = [];
  for (const part of q.split(' ')) {
    if (!part) continue;
    if (/[a-z]{2,}/u.test(part) && HAN.test(part)) {
      for (const m of part.matchAll(/[a-z]+|[^a-z]+/gu)) out.push(m[0]);
    } else out.push(part);
  }
  return [...new Set(out)].slice(0, MAX_TERMS);
}

interface Occ {
  k: number;
  i: number;
  j: number;
  w: number;
}
/** One term's matches: per measure, the occurrences found. */
type TermHits = Map<number, Occ[]>;

interface Prepared {
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

function decodePinyin(py: string, into: Map<string, number[]>, ids: Map<string, number>, names: string[]) {
  if (!py) return;
  for (const entry of py.split('|')) {
    const [syl, chars] = entry.split(':') as [string, string];
    let id = ids.get(syl);
    if (id === undefined) {
      id = names.length;
      names.push(syl);
      ids.set(syl, id);
    }
    for (const ch of chars) {
      const list = into.get(ch) ?? into.set(ch, []).get(ch)!;
      if (!list.includes(id)) list.push(id);
    }
  }
}

export class Searcher {
  readonly index: SearchIndex;
  readonly t2s = new Map<string, string>();
  private readonly prepared: Prepared[];
  private readonly charSyl = new Map<string, number[]>();
  private readonly sylId = new Map<string, number>();
  private readonly sylNames: string[] = [];
  /** Syllables of characters outside the plan (homophone table), once loaded. */
  private extraSyl?: Map<string, number[]>;
  private readonly synonyms: Map<string, string[]>;
  private readonly agencyByName = new Map<string, number>();
  private vocab?: string[];
  private fuseWords?: Fuse<string>;
  private fusePinyin?: Fuse<{ w: string; p: string }>;

  constructor(index: SearchIndex) {
    this.index = index;
    const t = Array.from(index.t2s);
    for (let i = 0; i + 1 < t.length; i += 2) this.t2s.set(t[i]!, t[i + 1]!);
    this.prepared = index.measures.map((m, x) => ({ x, m, lower: m.s.map((s) => s.toLowerCase()) }));
    decodePinyin(index.py, this.charSyl, this.sylId, this.sylNames);
    this.synonyms = new Map(index.syn);
    index.agencies.forEach((a, i) => a.names.forEach((n) => this.agencyByName.set(n, i)));
  }

  get homophonesLoaded(): boolean {
    return this.extraSyl !== undefined;
  }

  /** Builds the lazy tables (corpus string, syllable postings, word list) ahead of the first query; call when idle. */
  warm(): void {
    this.getCorpus();
    this.postings();
    this.dictionary();
  }

  addHomophones(table: HomophoneTable): void {
    const extra = new Map<string, number[]>();
    decodePinyin(table.py, extra, this.sylId, this.sylNames);
    this.extraSyl = extra;
  }

  search(raw: string, facets: Facets = {}, limit = 50): Outcome {
    const query = normalizeQuery(raw, this.t2s);
    const allowed = this.filter(facets);
    const hasFacet = FACET_KEYS.some((k) => facets[k]);
    if (!query) {
      const reason = String(raw ?? '').trim() ? 'unsearchable' : 'empty';
      if (!hasFacet) return { query, terms: [], results: [], total: 0, reason };
      const results = allowed.map((p) => this.plainResult(p));
      return { query, terms: [], results: results.slice(0, limit), total: results.length, reason: results.length ? undefined : reason };
    }
    const terms = splitTerms(query);
    const N = this.prepared.length;
    let needsHomophones = false;
    const wanted = askedNumber(query);
    const perTerm = terms.map((term) => {
      const r = this.matchTerm(term, allowed, wanted === undefined);
      needsHomophones ||= r.needsHomophones;
      return r.hits;
    });
    const scores = new Map<number, number>();
    const covered = new Map<number, number>();
    perTerm.forEach((hits) => {
      const idf = 1 + 0.5 * Math.log(N / (1 + hits.size));
      for (const [mi, occs] of hits) {
        const s = this.termScore(mi, occs);
        if (s <= 0) continue;
        scores.set(mi, (scores.get(mi) ?? 0) + s * Math.max(idf, 0.5));
        covered.set(mi, (covered.get(mi) ?? 0) + 1);
      }
    });
    for (const [mi, s] of scores) {
      const share = (covered.get(mi) ?? 0) / terms.length;
      // a measure must answer at least half of the terms
      scores.set(mi, share < 0.5 ? 0 : s * share ** 2);
    }
    if (wanted !== undefined) {
      const mi = allowed.findIndex((p) => p.m.n === wanted);
      if (mi >= 0) {
        const idx = allowed[mi]!.x;
        scores.set(idx, (scores.get(idx) ?? 0) + 1000);
      }
    }
    const ranked = [...scores.entries()].filter(([, s]) => s > 0.05).sort((a, b) => b[1] - a[1] || this.prepared[a[0]]!.m.n - this.prepared[b[0]]!.m.n);
    const results = ranked.slice(0, limit).map(([mi, score]) => this.result(mi, score, perTerm, wanted));
    return { query, terms, results, total: ranked.length, needsHomophones: needsHomophones || undefined };
  }

  // ---- facets

  private filter(f: Facets): Prepared[] {
    if (!FACET_KEYS.some((k) => f[k])) return this.prepared;
    const idx = (list: { id: string }[], id?: string) => (id ? list.findIndex((x) => x.id === id) : -2);
    const part = idx(this.index.parts, f.part);
    const sector = idx(this.index.sectors, f.sector);
    const tf = idx(this.index.taskForces, f.taskForce);
    const ag = idx(this.index.agencies, f.agency);
    return this.prepared.filter(
      ({ m }) =>
        (part === -2 || m.p === part) &&
        (sector === -2 || m.c === sector) &&
        (tf === -2 || m.f === tf) &&
        (ag === -2 || m.a.some(([a]) => a === ag)),
    );
  }

  // ---- term matching

  private matchTerm(term: string, allowed: Prepared[], slips: boolean): { hits: TermHits; needsHomophones: boolean } {
    const hits: TermHits = new Map();
    let needsHomophones = false;
    if (/^[a-z]+$/u.test(term)) {
      if (term.length >= 2) this.matchPinyin(term, allowed, hits);
      if (hits.size === 0 && term.length >= 3) this.fuzzyPinyin(term, allowed, hits);
      return { hits, needsHomophones };
    }
    this.matchExact(term, allowed, hits, 1);
    const syn = this.synonyms.get(term);
    if (syn) for (const alt of syn) if (alt !== term) this.matchExact(alt, allowed, hits, 0.85);
    this.matchAgency(term, allowed, hits);
    // slips are looked for only when the term is nowhere in the plan (not merely outside the facets)
    if (slips && hits.size === 0 && HAN.test(term) && !this.occursAnywhere(term, syn)) {
      const chars = Array.from(term);
      if (chars.some((c) => HAN.test(c) && !this.charSyl.has(c)) && !this.extraSyl) needsHomophones = true;
      if (chars.length >= 2) this.matchHomophone(chars, allowed, hits);
      if (chars.length >= 3) this.matchPieces(term, allowed, hits);
      if (hits.size === 0 && chars.length >= 3) this.matchSubstitution(term, allowed, hits);
      if (hits.size === 0 && chars.length >= 3) this.fuzzyWords(term, allowed, hits);
    }
    return { hits, needsHomophones };
  }

  private occursAnywhere(term: string, syn?: string[]): boolean {
    const { text } = this.getCorpus();
    return [term, ...(syn ?? [])].some((w) => text.includes(w));
  }

  private bounds(p: Prepared): Uint8Array[] {
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
  private align(p: Prepared, k: number, i: number, j: number): number {
    const b = this.bounds(p)[k]!;
    const ends = b[i]! + b[j]!;
    const w = ends === 2 ? 1 : ends === 1 ? 0.7 : 0.3;
    return j - i >= 4 ? Math.max(w, 0.85) : w;
  }

  private add(hits: TermHits, mi: number, o: Occ) {
    (hits.get(mi) ?? hits.set(mi, []).get(mi)!).push(o);
  }

  /** All sentences, lower-cased, joined by U+0001 (never in a normalised query), with where each begins. */
  private corpus?: { text: string; starts: Int32Array; owner: Int32Array; k: Int32Array };
  private getCorpus() {
    if (!this.corpus) {
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
      this.corpus = { text: parts.join('\u0001'), starts: Int32Array.from(starts), owner: Int32Array.from(owner), k: Int32Array.from(ks) };
    }
    return this.corpus;
  }

  private allowedMask(allowed: Prepared[]): Uint8Array | undefined {
    if (allowed.length === this.prepared.length) return undefined;
    const m = new Uint8Array(this.prepared.length);
    for (const p of allowed) m[p.x] = 1;
    return m;
  }

  private matchExact(term: string, allowed: Prepared[], hits: TermHits, weight: number): number {
    let found = 0;
    const startsDigit = /^\d/u.test(term);
    const endsDigit = /\d$/u.test(term);
    const { text, starts, owner, k: ks } = this.getCorpus();
    const only = this.allowedMask(allowed);
    const straddling: [number, Occ][] = [];
    let aligned = false;
    let g = 0;
    for (let pos = text.indexOf(term); pos >= 0; pos = text.indexOf(term, pos + 1)) {
      // the sentence holding pos (positions only grow: move forward, jumping by binary search)
      if (g + 1 < starts.length && starts[g + 1]! <= pos) {
        let lo = g + 1;
        let hi = starts.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (starts[mid]! <= pos) lo = mid;
          else hi = mid - 1;
        }
        g = lo;
      }
      const x = owner[g]!;
      if (only && only[x] !== 1) continue;
      const p = this.prepared[x]!;
      const k = ks[g]!;
      const s = p.lower[k]!;
      const i = pos - starts[g]!;
      const j = i + term.length;
      const digitInside = (startsDigit && /\d/u.test(s[i - 1] ?? '')) || (endsDigit && /[\d.]/u.test(s[j] ?? ''));
      if (digitInside) continue;
      found++;
      const al = this.align(p, k, i, j);
      if (al < 0.5) straddling.push([x, { k, i, j, w: weight * al }]);
      else {
        aligned = true;
        this.add(hits, x, { k, i, j, w: weight * al });
      }
    }
    // characters that only meet across two words (品质 in 产品|质量) count only if the term is nowhere a word of its own
    if (!aligned || term.length < 2) for (const [x, o] of straddling) this.add(hits, x, o);
    return found;
  }

  private matchAgency(term: string, allowed: Prepared[], hits: TermHits) {
    let agency = this.agencyByName.get(term);
    if (agency === undefined && term.length >= 3 && /[厅局委办行社会心组]$/u.test(term)) {
      for (const [name, a] of this.agencyByName) if (name.includes(term)) agency = a;
    }
    if (agency === undefined) return;
    const names = this.index.agencies[agency]!.names;
    for (const p of allowed) {
      const role = p.m.a.find(([a]) => a === agency);
      if (!role) continue;
      const mi = p.x;
      const k = p.m.s.length - 1;
      const resp = p.m.s[k]!;
      const name = names.filter((n) => resp.includes(n)).sort((a, b) => b.length - a.length)[0];
      const i = name ? resp.indexOf(name) : 0;
      const j = name ? i + name.length : 0;
      this.add(hits, mi, { k, i, j, w: (role[1] === 0 ? 2.2 : 1.8) / 0.6 });
    }
  }

  /** Syllable ids of a character: the plan's readings, else the homophone table's. */
  private syllablesOf(ch: string): number[] | undefined {
    return this.charSyl.get(ch) ?? this.extraSyl?.get(ch);
  }

  private prepareSyllables(p: Prepared) {
    if (p.sy) return;
    p.sy = [];
    p.sy2 = [];
    for (const s of p.m.s) {
      // syllable id + 1 (0: none), so lookups never index out of range
      const a = new Int16Array(s.length);
      const b = new Int16Array(s.length);
      for (let i = 0; i < s.length; i++) {
        const ids = this.charSyl.get(s[i]!);
        if (ids) {
          a[i] = ids[0]! + 1;
          if (ids.length > 1) b[i] = ids[1]! + 1;
        }
      }
      p.sy.push(a);
      p.sy2.push(b);
    }
  }

  /**
   * Scans the text for runs of characters matching a pattern of syllable sets (pinyin, initials,
   * homophones). `exact[x]` is a character that also matches position x by identity.
   */
  private scan(pattern: Set<number>[], exact: (string | undefined)[], allowed: Prepared[], hits: TermHits, weigh: (exactCount: number, align: number) => number, needBothEnds: boolean) {
    const L = pattern.length;
    // syllable sets as lookup tables indexed by syllable id (fast on long texts)
    const masks = pattern.map((set) => {
      const m = new Uint8Array(this.sylNames.length + 1);
      for (const id of set) m[id + 1] = 1;
      return m;
    });
    const first = masks[0]!;
    // compare character codes: indexing a string allocates a new string per CJK character
    const codes = Array.from({ length: L }, (_, x) => (exact[x] && exact[x]!.length === 1 ? exact[x]!.charCodeAt(0) : -1));
    const check = (p: Prepared, k: number, i: number) => {
      const s = p.m.s[k]!;
      if (i + L > s.length) return;
      const bounds = this.bounds(p)[k]!;
      if (needBothEnds && L < 4 && (bounds[i] !== 1 || bounds[i + L] !== 1)) return;
      const a = p.sy![k]!;
      const b = p.sy2![k]!;
      let same = 0;
      for (let x = 0; x < L; x++) {
        if (codes[x] === s.charCodeAt(i + x)) {
          same++;
          continue;
        }
        const m = masks[x]!;
        if (m[a[i + x]!] !== 1 && m[b[i + x]!] !== 1) return;
      }
      const al = this.align(p, k, i, i + L);
      if (needBothEnds && al < 1 && L < 4) return;
      const w = weigh(same, al);
      if (w > 0) this.add(hits, p.x, { k, i, j: i + L, w });
    };
    const post = this.postings();
    if (post) {
      // visit only the places where the first syllable occurs
      let only: Uint8Array | undefined;
      if (allowed.length !== this.prepared.length) {
        only = new Uint8Array(this.prepared.length);
        for (const p of allowed) only[p.x] = 1;
      }
      for (const id of pattern[0]!) {
        for (const [list, secondary] of [[post.a[id + 1], false], [post.b[id + 1], true]] as const) {
          if (!list) continue;
          for (let n = 0; n < list.length; n++) {
            const code = list[n]!;
            const x = code >>> 16;
            if (only && only[x] !== 1) continue;
            const p = this.prepared[x]!;
            const k = (code >>> 10) & 63;
            const i = code & 1023;
            if (secondary && first[p.sy![k]![i]!] === 1) continue; // visited through its first reading
            check(p, k, i);
          }
        }
      }
      return;
    }
    for (const p of allowed) {
      this.prepareSyllables(p);
      for (let k = 0; k < p.m.s.length; k++) {
        const s = p.m.s[k]!;
        const a = p.sy![k]!;
        const b = p.sy2![k]!;
        for (let i = 0; i + L <= s.length; i++) {
          if (first[a[i]!] === 1 || first[b[i]!] === 1) check(p, k, i);
        }
      }
    }
  }

  private post?: { a: Int32Array[]; b: Int32Array[] } | null;
  /**
   * Where each syllable occurs (measure, sentence, position packed in 32 bits), built once on the
   * first pinyin or homophone query; null when the corpus is too large to pack.
   */
  private postings(): { a: Int32Array[]; b: Int32Array[] } | null {
    if (this.post !== undefined) return this.post;
    const n = this.sylNames.length + 1;
    const countA = new Int32Array(n);
    const countB = new Int32Array(n);
    let packable = this.prepared.length < 32768;
    for (const p of this.prepared) {
      this.prepareSyllables(p);
      if (p.m.s.length > 64) packable = false;
      p.sy!.forEach((a, k) => {
        if (a.length > 1024) packable = false;
        const b = p.sy2![k]!;
        for (let i = 0; i < a.length; i++) {
          countA[a[i]!]!++;
          countB[b[i]!]!++;
        }
      });
    }
    if (!packable) return (this.post = null);
    const a = Array.from(countA, (c) => new Int32Array(c));
    const b = Array.from(countB, (c) => new Int32Array(c));
    countA.fill(0);
    countB.fill(0);
    for (const p of this.prepared) {
      p.sy!.forEach((sa, k) => {
        const sb = p.sy2![k]!;
        for (let i = 0; i < sa.length; i++) {
          const code = (p.x << 16) | (k << 10) | i;
          if (sa[i]) a[sa[i]!]![countA[sa[i]!]!++] = code;
          if (sb[i]) b[sb[i]!]![countB[sb[i]!]!++] = code;
        }
      });
    }
    return (this.post = { a, b });
  }

  private static readonly INITIALS = ['zh', 'ch', 'sh'];

  /** Full pinyin (jiazheng, typed partly: jiazh) and initials (bxj). */
  private matchPinyin(term: string, allowed: Prepared[], hits: TermHits) {
    const parse = this.parseSyllables(term);
    if (parse && parse.length > 1) {
      const last = parse[parse.length - 1]!;
      const names = [...last].map((id) => this.sylNames[id]!);
      parse[parse.length - 1] = new Set(this.sylNames.flatMap((n, id) => (names.some((x) => n.startsWith(x)) ? [id] : [])));
    }
    if (parse) {
      // pinyin is typed for words: a run that straddles two words on both ends is not what was meant
      this.scan(parse, [], allowed, hits, (_s, al) => (al < 0.5 ? 0 : 0.9 * al), parse.length === 1);
    }
    if (term.length >= 2 && term.length <= 8 && (!parse || hits.size === 0 || term.length <= 4)) {
      const pattern = Array.from(term, (letter) => new Set(this.sylNames.flatMap((n, id) => (n[0] === letter ? [id] : []))));
      const before = hits.size;
      this.scan(pattern, [], allowed, hits, (_s, al) => (parse && before ? 0.5 : 0.8) * al, true);
    }
  }

  /** Splits Latin letters into pinyin syllables the plan uses; the last may be a prefix (still typing). */
  private parseSyllables(term: string): Set<number>[] | undefined {
    const n = term.length;
    const memo = new Map<number, Set<number>[] | null>();
    const go = (pos: number): Set<number>[] | null => {
      if (pos === n) return [];
      if (memo.has(pos)) return memo.get(pos)!;
      let found: Set<number>[] | null = null;
      for (let len = Math.min(6, n - pos); len >= 1 && !found; len--) {
        const syl = term.slice(pos, pos + len);
        const id = this.sylId.get(syl);
        if (id !== undefined) {
          const rest = go(pos + len);
          if (rest) found = [new Set([id]), ...rest];
        }
      }
      if (!found && n - pos <= 5 && pos > 0) {
        const prefix = term.slice(pos);
        const ids = this.sylNames.flatMap((s, id) => (s.startsWith(prefix) && !Searcher.INITIALS.includes(prefix) ? [id] : []));
        if (ids.length) found = [new Set(ids)];
      }
      memo.set(pos, found);
      return found;
    };
    return go(0) ?? undefined;
  }

  /** Homophone slips from pinyin input: 农业生产拖管 finds 农业生产托管. */
  private matchHomophone(chars: string[], allowed: Prepared[], hits: TermHits) {
    const pattern = chars.map((c) => new Set(HAN.test(c) ? (this.syllablesOf(c) ?? []) : []));
    const L = chars.length;
    const minExact = L <= 2 ? 1 : Math.ceil(L / 2);
    this.scan(pattern, chars, allowed, hits, (same, al) => (same >= minExact && same < L ? 0.8 * Math.sqrt(same / L) * al : 0), false);
  }

  /** One character wrong, and no homophone (校园足珠 → 校园足球): the rest must match exactly around it. */
  private matchSubstitution(term: string, allowed: Prepared[], hits: TermHits) {
    if (term.length !== Array.from(term).length) return;
    const L = term.length;
    const { text, starts, owner, k: ks } = this.getCorpus();
    const only = this.allowedMask(allowed);
    for (let x = 0; x < L; x++) {
      const left = term.slice(0, x);
      const right = term.slice(x + 1);
      const anchor = left.length >= right.length ? left : right;
      if (anchor.length < 2) continue;
      const offset = anchor === left ? 0 : x + 1;
      for (let pos = text.indexOf(anchor); pos >= 0; pos = text.indexOf(anchor, pos + 1)) {
        const at = pos - offset;
        if (at < 0 || !text.startsWith(left, at) || !text.startsWith(right, at + x + 1)) continue;
        const c = text.charCodeAt(at + x);
        if (c === 1 || c === term.charCodeAt(x) || !HAN.test(text[at + x]!)) continue;
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (starts[mid]! <= at) lo = mid;
          else hi = mid - 1;
        }
        const xm = owner[lo]!;
        if (only && only[xm] !== 1) continue;
        const p = this.prepared[xm]!;
        const k = ks[lo]!;
        const i = at - starts[lo]!;
        if (i + L > p.lower[k]!.length) continue;
        this.add(hits, xm, { k, i, j: i + L, w: 0.6 * ((L - 1) / L) * this.align(p, k, i, i + L) });
      }
    }
  }

  /** A long or compound term with no exact match: its words (and everyday words), scored by how much of the term they cover. */
  private matchPieces(term: string, allowed: Prepared[], hits: TermHits) {
    const dict = this.dictionary();
    const chars = Array.from(term);
    const pieces: string[] = [];
    let pos = 0;
    while (pos < chars.length) {
      let len = Math.min(8, chars.length - pos);
      for (; len >= 2; len--) {
        const w = chars.slice(pos, pos + len).join('');
        if (dict.has(w) || this.synonyms.has(w)) break;
      }
      if (len < 2) len = 1;
      const w = chars.slice(pos, pos + len).join('');
      if (len >= 2 || /\d/u.test(w)) pieces.push(w);
      pos += len;
    }
    if (pieces.length < 2) return;
    const perPiece = pieces.map((piece) => {
      const h: TermHits = new Map();
      this.matchExact(piece, allowed, h, 1);
      for (const alt of this.synonyms.get(piece) ?? []) if (alt !== piece) this.matchExact(alt, allowed, h, 0.9);
      return h;
    });
    const cover = new Map<number, number>();
    perPiece.forEach((h, x) => {
      for (const mi of h.keys()) cover.set(mi, (cover.get(mi) ?? 0) + pieces[x]!.length);
    });
    perPiece.forEach((h) => {
      for (const [mi, occs] of h) {
        const c = Math.min(1, cover.get(mi)! / chars.length);
        if (c < 0.5) continue;
        for (const o of occs) this.add(hits, mi, { ...o, w: o.w * 0.75 * c * c });
      }
    });
  }

  /** Words of the plan (from the build-time segmentation), for compound terms and fuzzy matching. */
  private dict?: Set<string>;
  private dictionary(): Set<string> {
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

  /** fuse.js over the plan's words: a slip that is no homophone (冰雪旅 → 冰雪旅游). */
  private fuzzyWords(term: string, allowed: Prepared[], hits: TermHits) {
    this.dictionary();
    this.fuseWords ??= new Fuse(this.vocab!, { includeScore: true, threshold: 0.34, ignoreLocation: true, minMatchCharLength: 2 });
    const found = this.fuseWords.search(term, { limit: 3 });
    for (const r of found) {
      if ((r.score ?? 1) > 0.34 || Math.abs(r.item.length - term.length) > 2) continue;
      this.matchExact(r.item, allowed, hits, 0.6 * (1 - (r.score ?? 0)));
    }
  }

  /** fuse.js over the pinyin of the plan's words: a slip in pinyin (jiazehng). */
  private fuzzyPinyin(term: string, allowed: Prepared[], hits: TermHits) {
    if (!this.fusePinyin) {
      this.dictionary();
      const items = this.vocab!.filter((w) => w.length <= 6).map((w) => ({ w, p: Array.from(w, (c) => this.sylNames[this.charSyl.get(c)?.[0] ?? -1] ?? '').join('') }));
      this.fusePinyin = new Fuse(items, { keys: ['p'], includeScore: true, threshold: 0.3 });
    }
    for (const r of this.fusePinyin.search(term, { limit: 3 })) {
      if ((r.score ?? 1) > 0.3) continue;
      this.matchExact(r.item.w, allowed, hits, 0.6 * (1 - (r.score ?? 0)));
    }
  }

  // ---- scoring and snippets

  private fieldWeight(p: Prepared, k: number): number {
    if (k === 0) return 2.5;
    if (k === p.m.s.length - 1) return 0.6;
    return 1;
  }

  /** Per sentence: best occurrence × field weight, a little more for repeats; the term: best sentence plus a share of the others. */
  private sentenceScores(mi: number, occs: Occ[]): Map<number, number> {
    const p = this.prepared[mi]!;
    const per = new Map<number, Occ[]>();
    for (const o of occs) (per.get(o.k) ?? per.set(o.k, []).get(o.k)!).push(o);
    const out = new Map<number, number>();
    for (const [k, list] of per) {
      const ws = list.map((o) => o.w).sort((a, b) => b - a);
      const extra = ws.slice(1, 4).reduce((s, w) => s + 0.2 * w, 0);
      out.set(k, (ws[0]! + extra) * this.fieldWeight(p, k));
    }
    return out;
  }

  private termScore(mi: number, occs: Occ[]): number {
    const per = [...this.sentenceScores(mi, occs).values()].sort((a, b) => b - a);
    const rest = per.slice(1).reduce((s, x) => s + x, 0);
    return per[0]! + Math.min(0.25 * rest, 1.5);
  }

  private plainResult(p: Prepared): Result {
    const k = p.m.s.length > 2 ? 1 : 0;
    return { n: p.m.n, title: p.m.s[0]!.replace(/。$/u, ''), sentence: k + 1, snippet: this.window(p.m.s[k]!, []), score: 0 };
  }

  private result(mi: number, score: number, perTerm: TermHits[], wanted?: number): Result {
    const p = this.prepared[mi]!;
    const last = p.m.s.length - 1;
    const bySentence = new Map<number, number>();
    for (const hits of perTerm) {
      const occs = hits.get(mi);
      if (!occs) continue;
      for (const [k, s] of this.sentenceScores(mi, occs)) {
        // the title is shown anyway: prefer a body sentence for the snippet
        const adj = k === 0 ? s / 2.5 / 1.2 : k === last ? s / 0.6 / 1.5 : s;
        bySentence.set(k, (bySentence.get(k) ?? 0) + adj);
      }
    }
    let best = -1;
    let bestScore = -1;
    for (const [k, s] of bySentence) if (s > bestScore || (s === bestScore && k < best)) [best, bestScore] = [k, s];
    if (best < 0) return { ...this.plainResult(p), score };
    // highlight a term's good matches in the sentence, not a weak one that straddles two words (人民政府 for 民政)
    const ranges = perTerm.flatMap((h) => {
      const here = (h.get(mi) ?? []).filter((o) => o.k === best && o.j > o.i);
      const top = Math.max(0, ...here.map((o) => o.w));
      return here.filter((o) => o.w >= top * 0.5).map((o) => [o.i, o.j] as [number, number]);
    });
    const sentence = best === last ? Math.max(1, last) : best + 1;
    void wanted;
    return { n: p.m.n, title: p.m.s[0]!.replace(/。$/u, ''), sentence, snippet: this.window(p.m.s[best]!, ranges), score };
  }

  /** The sentence cut to about SNIPPET characters around its first match, as text/hit segments. */
  private window(s: string, ranges: [number, number][]): Segment[] {
    const sorted = ranges.sort((a, b) => a[0] - b[0]);
    const merged: [number, number][] = [];
    for (const r of sorted) {
      const lastR = merged[merged.length - 1];
      if (lastR && r[0] <= lastR[1]) lastR[1] = Math.max(lastR[1], r[1]);
      else merged.push([r[0], r[1]]);
    }
    let from = 0;
    let to = s.length;
    if (s.length > SNIPPET) {
      const first = merged[0]?.[0] ?? 0;
      from = Math.max(0, Math.min(first - 20, s.length - SNIPPET));
      to = Math.min(s.length, from + SNIPPET);
    }
    const out: Segment[] = [];
    if (from > 0) out.push({ text: '…', hit: false });
    let pos = from;
    for (const [i, j] of merged) {
      const a = Math.max(i, from);
      const b = Math.min(j, to);
      if (b <= a) continue;
      if (a > pos) out.push({ text: s.slice(pos, a), hit: false });
      out.push({ text: s.slice(a, b), hit: true });
      pos = b;
    }
    if (pos < to) out.push({ text: s.slice(pos, to), hit: false });
    if (to < s.length) out.push({ text: '…', hit: false });
    return out;
  }
}
