/** Chinese text helpers: numerals and sentences. Pure functions. */

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 14 → 十四, 20 → 二十, 66 → 六十六 (1…99). */
export function cnNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`cnNumeral: ${n} is outside 1…99`);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

const SENTENCE_END = new Set(['。', '；', '！', '？']);
const OPEN = new Set(['（', '“', '《', '(']);
const CLOSE = new Set(['）', '”', '》', ')']);

/**
 * Splits Chinese text into sentences after 。；！？ that are not inside brackets or quotes.
 * Concatenating the result gives back the input exactly.
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  const chars = Array.from(text);
  let pos = 0;
  chars.forEach((ch, i) => {
    if (OPEN.has(ch)) depth++;
    else if (CLOSE.has(ch)) depth = Math.max(0, depth - 1);
    pos += ch.length;
    if (depth === 0 && SENTENCE_END.has(ch)) {
      // keep a closing quote or bracket that directly follows with this sentence
      const next = chars[i + 1];
      if (next && CLOSE.has(next)) return;
      out.push(text.slice(start, pos));
      start = pos;
    }
  });
  if (start < text.length) out.push(text.slice(start));
  return out;
}

/** Removes all whitespace (the source's line breaks and page-break spaces). */
export function stripWhitespace(text: string): string {
  return text.replace(/\s+/gu, '');
}
