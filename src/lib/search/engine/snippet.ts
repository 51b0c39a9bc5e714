/**
 * Results as shown: the measure's title, the sentence that best answers the query (its anchor) and
 * that sentence cut around its first match, with the good matches marked.
 */
import type { Prepared, TermHits } from './plan-text';
import { sentenceScores } from './rank';

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
  /** 'en': the title and snippet are the English translation's (an English query). */
  lang?: 'en';
  /** Text of the document outside the measures (n is 0): the passage's key (./document), `sentence` its sentence. */
  doc?: string;
}

const SNIPPET = 90;

function title(p: Prepared): string {
  return p.m.t ?? p.m.s[0]!.replace(/。$/u, '');
}

/** The passage key of a document result (none for a measure). */
function docOf(p: Prepared): { doc?: string } {
  return p.m.d ? { doc: p.m.d } : {};
}

/** A result with no match to show (browsing by facet): the first body sentence. */
export function plainResult(p: Prepared): Result {
  const k = p.m.s.length > 2 ? 1 : 0;
  return { n: p.m.n, title: title(p), sentence: k + 1, snippet: windowOf(p.m.s[k]!, []), score: 0, ...docOf(p) };
}

/** The result for a matching measure: its best sentence (body preferred, the title is shown anyway). */
export function resultFor(p: Prepared, score: number, perTerm: TermHits[]): Result {
  const mi = p.x;
  const last = p.m.s.length - 1;
  const bySentence = new Map<number, number>();
  for (const hits of perTerm) {
    const occs = hits.get(mi);
    if (!occs) continue;
    for (const [k, s] of sentenceScores(p, occs)) {
      const adj = k === 0 ? s / 2.5 / 1.2 : k === last ? s / 0.6 / 1.5 : s;
      bySentence.set(k, (bySentence.get(k) ?? 0) + adj);
    }
  }
  let best = -1;
  let bestScore = -1;
  for (const [k, s] of bySentence) if (s > bestScore || (s === bestScore && k < best)) [best, bestScore] = [k, s];
  if (best < 0) return { ...plainResult(p), score };
  // highlight a term's good matches in the sentence, not a weak one that straddles two words (人民政府 for 民政)
  const ranges = perTerm.flatMap((h) => {
    const here = (h.get(mi) ?? []).filter((o) => o.k === best && o.j > o.i);
    const top = Math.max(0, ...here.map((o) => o.w));
    return here.filter((o) => o.w >= top * 0.5).map((o) => [o.i, o.j] as [number, number]);
  });
  const sentence = best === last ? Math.max(1, last) : best + 1;
  return { n: p.m.n, title: title(p), sentence, snippet: windowOf(p.m.s[best]!, ranges), score, ...docOf(p) };
}

/**
 * The sentence cut to about `size` characters around its first match, as text/hit segments; `join`: matches
 * apart only by spaces are marked as one (green finance).
 */
export function windowOf(s: string, ranges: [number, number][], size = SNIPPET, join = false): Segment[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of sorted) {
    const lastR = merged[merged.length - 1];
    if (lastR && (r[0] <= lastR[1] || (join && /^\s+$/u.test(s.slice(lastR[1], r[0])))))
      lastR[1] = Math.max(lastR[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  let from = 0;
  let to = s.length;
  if (s.length > size) {
    const first = merged[0]?.[0] ?? 0;
    from = Math.max(0, Math.min(first - 20, s.length - size));
    to = Math.min(s.length, from + size);
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
