/** A tiny SVG/HTML string builder for server-rendered charts: attribute values and text are escaped. */

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (s: string | number): string => String(s).replace(/[&<>"']/gu, (c) => ESC[c]!);

export type Attrs = Record<string, string | number | boolean | undefined | null>;

/** Rounds to one decimal so output is stable and small. */
export const r1 = (n: number): number => Math.round(n * 10) / 10;

function attrs(a: Attrs): string {
  let out = '';
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined || v === null || v === false) continue;
    out += v === true ? ` ${k}` : ` ${k}="${esc(typeof v === 'number' ? r1(v) : v)}"`;
  }
  return out;
}

/** An element; children are markup made by h() or text made by esc(). */
export function h(tag: string, a: Attrs = {}, ...children: (string | false | null | undefined)[]): string {
  const inner = children.filter((c): c is string => typeof c === 'string').join('');
  return inner || !SELF_CLOSING.has(tag) ? `<${tag}${attrs(a)}>${inner}</${tag}>` : `<${tag}${attrs(a)}/>`;
}
const SELF_CLOSING = new Set(['rect', 'circle', 'line', 'path', 'use', 'stop']);

/** Text content, escaped. */
export const t = (s: string | number) => esc(s);

const WIDE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
/**
 * A text's width in ems, as the charts estimate it before a browser draws it: a Chinese character or full-width mark
 * is one em, any other character about 0.6 em (generous for Latin letters, so English labels are not cut).
 */
export const ems = (s: string): number => Array.from(s).reduce((n, c) => n + (WIDE.test(c) ? 1 : 0.6), 0);

/** A label cut into two lines at the space nearest its middle (the whole label when it has no space). */
export function twoLines(label: string): [string, string] | [string] {
  const spaces = [...label.matchAll(/ /gu)].map((m) => m.index);
  if (!spaces.length) return [label];
  const at = spaces.reduce((best, i) =>
    Math.abs(i - label.length / 2) < Math.abs(best - label.length / 2) ? i : best,
  );
  return [label.slice(0, at), label.slice(at + 1)];
}
