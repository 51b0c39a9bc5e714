/**
 * The pinyin of the plan's characters (from the index) and of common characters outside it
 * (homophone table, loaded on demand), and the scanner that finds runs of characters whose
 * syllables match a pattern: full pinyin, initials, homophones.
 */
import type { PlanText, Prepared, TermHits } from './plan-text';
import { addHit } from './plan-text';

/** Decodes "syllable:chars|…" into character → syllable ids, registering new syllables. */
export function decodePinyin(py: string, into: Map<string, number[]>, ids: Map<string, number>, names: string[]): void {
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

/** The spellings input methods accept for a syllable (fuzzy pairs): z/zh, c/ch, s/sh, n/l, an/ang, en/eng, in/ing, u/v after n and l. */
export function fuzzyVariants(syl: string): string[] {
  const heads = [syl];
  const m = /^(zh|ch|sh|z|c|s|n|l)(.*)$/u.exec(syl);
  if (m) {
    const alt: Record<string, string> = { zh: 'z', ch: 'c', sh: 's', z: 'zh', c: 'ch', s: 'sh', n: 'l', l: 'n' };
    heads.push(alt[m[1]!]! + m[2]!);
  }
  const out = new Set<string>();
  for (const h of heads) {
    out.add(h);
    if (/(an|en|in)$/u.test(h)) out.add(`${h}g`);
    if (/(ang|eng|ing)$/u.test(h)) out.add(h.slice(0, -1));
  }
  for (const h of [...out]) if (/^[nl]u(e?)$/u.test(h)) out.add(h.replace('u', 'v'));
  return [...out];
}

export class PinyinTable {
  readonly charSyl = new Map<string, number[]>();
  readonly sylId = new Map<string, number>();
  readonly sylNames: string[] = [];
  /** Syllables of characters outside the plan (homophone table), once loaded. */
  private extraSyl?: Map<string, number[]>;
  private post?: { a: Int32Array[]; b: Int32Array[] } | null;

  constructor(
    private readonly text: PlanText,
    py: string,
  ) {
    decodePinyin(py, this.charSyl, this.sylId, this.sylNames);
  }

  get extraLoaded(): boolean {
    return this.extraSyl !== undefined;
  }

  addExtra(py: string): void {
    const extra = new Map<string, number[]>();
    decodePinyin(py, extra, this.sylId, this.sylNames);
    this.extraSyl = extra;
  }

  /** Syllable ids of a character: the plan's readings, else the homophone table's. */
  syllablesOf(ch: string): number[] | undefined {
    return this.charSyl.get(ch) ?? this.extraSyl?.get(ch);
  }

  /** Ids of the syllables that start with `prefix`. */
  startingWith(prefix: string): number[] {
    return this.sylNames.flatMap((n, id) => (n.startsWith(prefix) ? [id] : []));
  }

  prepareSyllables(p: Prepared): void {
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
   * Where each syllable occurs (measure, sentence, position packed in 32 bits), built once on the
   * first pinyin or homophone query; null when the corpus is too large to pack.
   */
  postings(): { a: Int32Array[]; b: Int32Array[] } | null {
    if (this.post !== undefined) return this.post;
    const n = this.sylNames.length + 1;
    const countA = new Int32Array(n);
    const countB = new Int32Array(n);
    const prepared = this.text.prepared;
    let packable = prepared.length < 32768;
    for (const p of prepared) {
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
    for (const p of prepared) {
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

  /**
   * Scans the text for runs of characters matching a pattern of syllable sets (pinyin, initials,
   * homophones). `exact[x]` is a character that also matches position x by identity.
   */
  scan(
    pattern: Set<number>[],
    exact: (string | undefined)[],
    allowed: Prepared[],
    hits: TermHits,
    weigh: (exactCount: number, align: number) => number,
    needBothEnds: boolean,
  ): void {
    const L = pattern.length;
    const text = this.text;
    // syllable sets as lookup tables indexed by syllable id (fast on long texts)
    const masks = pattern.map((set) => {
      const m = new Uint8Array(this.sylNames.length + 1);
      for (const id of set) m[id + 1] = 1;
      return m;
    });
    const first = masks[0]!;
    // compare character codes: indexing a string allocates a new string per CJK character
    const codes = Array.from({ length: L }, (_, x) =>
      exact[x] && exact[x]!.length === 1 ? exact[x]!.charCodeAt(0) : -1,
    );
    const check = (p: Prepared, k: number, i: number) => {
      const s = p.m.s[k]!;
      if (i + L > s.length) return;
      const bounds = text.bounds(p)[k]!;
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
      const al = text.align(p, k, i, i + L);
      if (needBothEnds && al < 1 && L < 4) return;
      const w = weigh(same, al);
      if (w > 0) addHit(hits, p.x, { k, i, j: i + L, w });
    };
    const post = this.postings();
    if (post) scanPostings(this.text, post, pattern, masks, allowed, check);
    else
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

  /**
   * Splits Latin letters into pinyin syllables the plan uses; the last may be a prefix (still typing).
   * `fuzzy`: each syllable also stands for the spellings input methods accept for it (zeng → zheng).
   */
  parseSyllables(term: string, fuzzy = false): Set<number>[] | undefined {
    const n = term.length;
    const memo = new Map<number, Set<number>[] | null>();
    const ids = (syl: string): number[] => {
      if (!fuzzy) {
        const id = this.sylId.get(syl);
        return id === undefined ? [] : [id];
      }
      return fuzzyVariants(syl).flatMap((v) => {
        const id = this.sylId.get(v);
        return id === undefined ? [] : [id];
      });
    };
    const go = (pos: number): Set<number>[] | null => {
      if (pos === n) return [];
      if (memo.has(pos)) return memo.get(pos)!;
      let found: Set<number>[] | null = null;
      for (let len = Math.min(6, n - pos); len >= 1 && !found; len--) {
        const here = ids(term.slice(pos, pos + len));
        if (here.length) {
          const rest = go(pos + len);
          if (rest) found = [new Set(here), ...rest];
        }
      }
      if (!found && n - pos <= 5 && pos > 0) {
        const prefix = term.slice(pos);
        // the last syllable may still be being typed (jiazh)
        const pre = this.startingWith(prefix);
        if (pre.length) found = [new Set(pre)];
      }
      memo.set(pos, found);
      return found;
    };
    return go(0) ?? undefined;
  }
}

/** scan() through the postings: visits only the places where the pattern's rarest position occurs. */
function scanPostings(
  text: PlanText,
  post: { a: Int32Array[]; b: Int32Array[] },
  pattern: Set<number>[],
  masks: Uint8Array[],
  allowed: Prepared[],
  check: (p: Prepared, k: number, i: number) => void,
): void {
  const size = (set: Set<number>) =>
    [...set].reduce((n, id) => n + (post.a[id + 1]?.length ?? 0) + (post.b[id + 1]?.length ?? 0), 0);
  let at = 0;
  for (let x = 1; x < pattern.length; x++) if (size(pattern[x]!) < size(pattern[at]!)) at = x;
  const anchor = masks[at]!;
  const only = text.allowedMask(allowed);
  for (const id of pattern[at]!) {
    for (const secondary of [false, true]) {
      const list = (secondary ? post.b : post.a)[id + 1];
      if (!list) continue;
      for (let n = 0; n < list.length; n++) {
        const code = list[n]!;
        const x = code >>> 16;
        if (only && only[x] !== 1) continue;
        const p = text.prepared[x]!;
        const k = (code >>> 10) & 63;
        const i = code & 1023;
        if (i < at) continue;
        if (secondary && anchor[p.sy![k]![i]!] === 1) continue; // visited through its first reading
        check(p, k, i - at);
      }
    }
  }
}
