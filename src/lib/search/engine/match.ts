/**
 * Matching one query term against the plan: exact substrings weighted by how they sit on word
 * boundaries, everyday words through the synonym table, agencies by any of their names, long
 * compound terms by their words; pinyin and slips are delegated to ./slips.
 */
import { HAN } from './normalize';
import { addHit, type Occ, type PlanText, type Prepared, type TermHits } from './plan-text';
import type { PinyinTable } from './pinyin';
import { Slips } from './slips';

export interface TermMatch {
  hits: TermHits;
  /** A character outside the plan was typed and the homophone table is not loaded yet. */
  needsHomophones: boolean;
}

export class Matcher {
  private readonly agencyByName = new Map<string, number>();
  readonly slips: Slips;

  constructor(
    private readonly text: PlanText,
    private readonly pinyin: PinyinTable,
    readonly synonyms: Map<string, string[]>,
  ) {
    text.index.agencies.forEach((a, i) => a.names.forEach((n) => this.agencyByName.set(n, i)));
    this.slips = new Slips(text, pinyin, this);
  }

  /** All matches of a term; `slips`: look for slips when the term is nowhere in the plan. */
  term(term: string, allowed: Prepared[], slips: boolean): TermMatch {
    const hits: TermHits = new Map();
    let needsHomophones = false;
    if (/^[a-z]+$/u.test(term)) {
      if (term.length >= 2) this.slips.pinyin(term, allowed, hits);
      if (hits.size === 0 && term.length >= 3) this.slips.fuzzyPinyin(term, allowed, hits);
      return { hits, needsHomophones };
    }
    this.exact(term, allowed, hits, 1);
    const syn = this.synonyms.get(term);
    if (syn) for (const alt of syn) if (alt !== term) this.exact(alt, allowed, hits, 0.85);
    this.agency(term, allowed, hits);
    // slips are looked for only when the term is nowhere in the plan (not merely outside the facets)
    if (slips && hits.size === 0 && HAN.test(term) && !this.text.occurs([term, ...(syn ?? [])])) {
      const chars = Array.from(term);
      if (chars.some((c) => HAN.test(c) && !this.pinyin.charSyl.has(c)) && !this.pinyin.extraLoaded)
        needsHomophones = true;
      if (chars.length >= 2) this.slips.homophone(chars, allowed, hits);
      if (hits.size === 0 && chars.length >= 3) this.slips.substitution(term, allowed, hits);
      if (hits.size === 0 && chars.length >= 3 && chars.length <= 5) this.slips.nearWords(chars, allowed, hits);
      if (hits.size === 0 && chars.length >= 3) this.slips.fuzzyWords(term, allowed, hits);
    }
    return { hits, needsHomophones };
  }

  /** Exact occurrences of `term`; digits never match inside longer numbers. Returns how many were found. */
  exact(term: string, allowed: Prepared[], hits: TermHits, weight: number): number {
    let found = 0;
    const startsDigit = /^\d/u.test(term);
    const endsDigit = /\d$/u.test(term);
    const { text, starts, owner, k: ks } = this.text.corpus();
    const only = this.text.allowedMask(allowed);
    const straddling: [number, Occ][] = [];
    let aligned = false;
    let g = 0;
    for (let pos = text.indexOf(term); pos >= 0; pos = text.indexOf(term, pos + 1)) {
      // the sentence holding pos (positions only grow: move forward)
      if (g + 1 < starts.length && starts[g + 1]! <= pos) g = this.text.sentenceAt(pos, g + 1);
      const x = owner[g]!;
      if (only && only[x] !== 1) continue;
      const p = this.text.prepared[x]!;
      const k = ks[g]!;
      const s = p.lower[k]!;
      const i = pos - starts[g]!;
      const j = i + term.length;
      const digitInside = (startsDigit && /\d/u.test(s[i - 1] ?? '')) || (endsDigit && /[\d.]/u.test(s[j] ?? ''));
      if (digitInside) continue;
      found++;
      const al = this.text.align(p, k, i, j);
      if (al < 0.5) straddling.push([x, { k, i, j, w: weight * al }]);
      else {
        aligned = true;
        addHit(hits, x, { k, i, j, w: weight * al });
      }
    }
    // characters that only meet across two words (品质 in 产品|质量) count only if the term is nowhere a word of its own
    if (!aligned || term.length < 2) for (const [x, o] of straddling) addHit(hits, x, o);
    return found;
  }

  /** The agency this name (or a unique part of a full name) stands for. */
  agencyOf(term: string): number | undefined {
    let agency = this.agencyByName.get(term);
    if (agency === undefined && term.length >= 3 && /[厅局委办行社会心组]$/u.test(term)) {
      for (const [name, a] of this.agencyByName) if (name.includes(term)) agency = a;
    }
    return agency;
  }

  /** An agency's name: every measure it is responsible for, on the responsibility parenthesis. */
  agency(term: string, allowed: Prepared[], hits: TermHits): void {
    const agency = this.agencyOf(term);
    if (agency === undefined) return;
    const names = this.text.index.agencies[agency]!.names;
    for (const p of allowed) {
      const role = p.m.a.find(([a]) => a === agency);
      if (!role) continue;
      const k = p.m.s.length - 1;
      const resp = p.m.s[k]!;
      const name = names.filter((n) => resp.includes(n)).sort((a, b) => b.length - a.length)[0];
      const i = name ? resp.indexOf(name) : 0;
      const j = name ? i + name.length : 0;
      addHit(hits, p.x, { k, i, j, w: (role[1] === 0 ? 2.2 : 1.8) / 0.6 });
    }
  }

  /** A long or compound term with no exact match: its words (and everyday words), scored by how much of the term they cover. */
  pieces(term: string, allowed: Prepared[], hits: TermHits): void {
    const dict = this.text.dictionary();
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
      this.exact(piece, allowed, h, 1);
      for (const alt of this.synonyms.get(piece) ?? []) if (alt !== piece) this.exact(alt, allowed, h, 0.9);
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
        for (const o of occs) addHit(hits, mi, { ...o, w: o.w * 0.75 * c * c });
      }
    });
  }
}
