/**
 * Matching what people mistype or type in Latin letters: full pinyin and initials, homophone slips
 * (拖管 → 托管), one wrong character (校园足珠 → 校园足球), and fuse.js as the last fuzzy layer
 * over the plan's words and their pinyin. fuse.js is handed in (`useFuse`) when a query first needs it,
 * so a first search does not pay for it.
 */
import type Fuse from 'fuse.js/basic';
import { HAN } from './normalize';
import { addHit, type PlanText, type Prepared, type TermHits } from './plan-text';
import type { PinyinTable } from './pinyin';

/** What the slip matchers need from exact matching. */
interface Exact {
  exact(term: string, allowed: Prepared[], hits: TermHits, weight: number): number;
}

export class Slips {
  /** A query needed fuse.js before it was there. */
  wanted = false;
  private fuseWords?: Fuse<string>;
  private fusePinyin?: Fuse<{ w: string; p: string }>;

  constructor(
    private readonly text: PlanText,
    private readonly py: PinyinTable,
    private readonly exact: Exact,
  ) {}

  /** Full pinyin (jiazheng, typed partly: jiazh), the input methods' fuzzy spellings (jiazeng), and initials (bxj). */
  pinyin(term: string, allowed: Prepared[], hits: TermHits): void {
    const py = this.py;
    const widenLast = (parse: Set<number>[]) => {
      if (parse.length < 2) return parse;
      const names = [...parse[parse.length - 1]!].map((id) => py.sylNames[id]!);
      parse[parse.length - 1] = new Set(
        py.sylNames.flatMap((n, id) => (names.some((x) => n.startsWith(x)) ? [id] : [])),
      );
      return parse;
    };
    const parse = py.parseSyllables(term);
    // pinyin is typed for words: a run that straddles two words on both ends is not what was meant
    if (parse) py.scan(widenLast(parse), [], allowed, hits, (_s, al) => (al < 0.5 ? 0 : 0.9 * al), parse.length === 1);
    if (hits.size === 0 && term.length >= 4) {
      const fuzzy = py.parseSyllables(term, true);
      if (fuzzy && fuzzy.length > 1)
        py.scan(widenLast(fuzzy), [], allowed, hits, (_s, al) => (al < 0.5 ? 0 : 0.75 * al), false);
    }
    if (term.length >= 2 && term.length <= 8 && (!parse || hits.size === 0 || term.length <= 4)) {
      const pattern = Array.from(
        term,
        (letter) => new Set(py.sylNames.flatMap((n, id) => (n[0] === letter ? [id] : []))),
      );
      const before = hits.size;
      py.scan(pattern, [], allowed, hits, (_s, al) => (parse && before ? 0.5 : 0.8) * al, true);
    }
  }

  /** Homophone slips from pinyin input: 农业生产拖管 finds 农业生产托管. */
  homophone(chars: string[], allowed: Prepared[], hits: TermHits): void {
    const pattern = chars.map((c) => new Set(HAN.test(c) ? (this.py.syllablesOf(c) ?? []) : []));
    const L = chars.length;
    const minExact = L <= 2 ? 1 : Math.ceil(L / 2);
    this.py.scan(
      pattern,
      chars,
      allowed,
      hits,
      (same, al) => (same >= minExact && same < L ? 0.8 * Math.sqrt(same / L) * al : 0),
      false,
    );
  }

  /** One character wrong, and no homophone (校园足珠 → 校园足球): the rest must match exactly around it. */
  substitution(term: string, allowed: Prepared[], hits: TermHits): void {
    if (term.length !== Array.from(term).length) return;
    const L = term.length;
    const { text, starts, owner, k: ks } = this.text.corpus();
    const only = this.text.allowedMask(allowed);
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
        const g = this.text.sentenceAt(at);
        const xm = owner[g]!;
        if (only && only[xm] !== 1) continue;
        const p = this.text.prepared[xm]!;
        const k = ks[g]!;
        const i = at - starts[g]!;
        if (i + L > p.lower[k]!.length) continue;
        // the word meant is a word of the plan: a short one must sit on word boundaries (专项债 is no slip of 专项行动)
        const al = this.text.align(p, k, i, i + L);
        if (L <= 3 && (al < 1 || !this.text.dictionary().has(p.m.s[k]!.slice(i, i + L)))) continue;
        addHit(hits, xm, { k, i, j: i + L, w: 0.6 * ((L - 1) / L) * al });
      }
    }
  }

  /**
   * Up to two wrong or swapped characters in a 3–5 character word (托育构机 → 托育机构, 新能元气车 → 新能源汽车):
   * two neighbours swapped anywhere in the plan's text, or a word of the plan (or an agency's name) of the
   * same length that differs in at most one character (three-character words) or two (four or five).
   */
  nearWords(chars: string[], allowed: Prepared[], hits: TermHits): void {
    const L = chars.length;
    const tried = new Set<string>();
    for (let x = 0; x + 1 < L; x++) {
      if (chars[x] === chars[x + 1]) continue;
      const swapped = [...chars];
      [swapped[x], swapped[x + 1]] = [swapped[x + 1]!, swapped[x]!];
      const w = swapped.join('');
      if (tried.has(w)) continue;
      tried.add(w);
      if (this.text.occurs([w])) this.exact.exact(w, allowed, hits, 0.6);
    }
    if (hits.size) return;
    const allowedWrong = L === 3 ? 1 : 2;
    for (const w of this.text.dictionary()) {
      if (w.length !== L || tried.has(w)) continue;
      let wrong = 0;
      for (let i = 0; i < L && wrong <= allowedWrong; i++) if (w[i] !== chars[i]) wrong++;
      if (wrong > allowedWrong) continue;
      tried.add(w);
      this.exact.exact(w, allowed, hits, 0.6 * (1 - wrong / (2 * L)));
    }
  }

  /** fuse.js over the plan's words: a slip that is no homophone (冰雪旅 → 冰雪旅游). */
  /** Hands in fuse.js and builds its two indexes now (after loading, not on a later keystroke). */
  useFuse(F: typeof Fuse): void {
    this.text.dictionary();
    this.fuseWords = new F(this.text.vocab, {
      includeScore: true,
      threshold: 0.34,
      ignoreLocation: true,
      minMatchCharLength: 2,
    });
    const names = this.py.sylNames;
    const items = this.text.vocab
      .filter((w) => w.length <= 6)
      .map((w) => ({ w, p: Array.from(w, (c) => names[this.py.charSyl.get(c)?.[0] ?? -1] ?? '').join('') }));
    this.fusePinyin = new F(items, { keys: ['p'], includeScore: true, threshold: 0.3 });
  }

  get fuseLoaded(): boolean {
    return this.fuseWords !== undefined;
  }

  fuzzyWords(term: string, allowed: Prepared[], hits: TermHits): void {
    if (!this.fuseWords) {
      this.wanted = true;
      return;
    }
    for (const r of this.fuseWords.search(term, { limit: 3 })) {
      if ((r.score ?? 1) > 0.34 || Math.abs(r.item.length - term.length) > 2) continue;
      this.exact.exact(r.item, allowed, hits, 0.6 * (1 - (r.score ?? 0)));
    }
  }

  /** fuse.js over the pinyin of the plan's words: a slip in pinyin (jiazehng). */
  fuzzyPinyin(term: string, allowed: Prepared[], hits: TermHits): void {
    if (!this.fusePinyin) {
      this.wanted = true;
      return;
    }
    for (const r of this.fusePinyin.search(term, { limit: 3 })) {
      if ((r.score ?? 1) > 0.3) continue;
      this.exact.exact(r.item.w, allowed, hits, 0.6 * (1 - (r.score ?? 0)));
    }
  }
}
