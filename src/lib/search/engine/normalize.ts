/**
 * What was typed → a normalised query string and its terms: width and case folded, traditional →
 * simplified, punctuation dropped, measure numbers recognised. Pure functions, no index needed.
 */

/** Longest query we look at; a pasted page is cut here. */
export const MAX_QUERY = 64;
const MAX_TERMS = 8;
export const HAN = /\p{Script=Han}/u;
const CN_DIGITS = '零一二三四五六七八九';

/** Reads 十二 / 六十六 / 5 / 1234 as a number (Chinese numerals up to 999, digits up to 99999), or NaN. */
export function parseNumeral(s: string): number {
  if (/^\d{1,5}$/u.test(s)) return Number(s);
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
  let s = String(raw ?? '')
    .slice(0, 4 * MAX_QUERY)
    .normalize('NFKC')
    .toLowerCase();
  // pinyin with tone marks (yǎng lǎo): the marks go, ü is typed v
  s = s.replace(/[\u00c0-\u024f\u1e00-\u1eff]/gu, (c) =>
    /[üǖǘǚǜ]/u.test(c) ? 'v' : c.normalize('NFD').replace(/\p{M}/gu, ''),
  );
  // ranges and decimals keep their sign (5-10个, 7.5%), ratios their colon as the plan writes it (2∶2∶4∶2),
  // + between words and figures stays (1+3+N, 5G+); other punctuation, symbols and controls become spaces
  s = s
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/(\d)[-~～—–](?=\d)/gu, '$1-')
    .replace(/(\d)\.(?=\d)/gu, '$1\u0002');
  s = s.replace(/(\d)[:∶](?=\d)/gu, '$1∶').replace(/([\p{L}\p{N}])\+(?=[\p{L}\p{N}]|$|\s)/gu, '$1\u0003');
  s = s
    .replace(/[^\p{L}\p{N}%\s\u0002\u0003∶-]|(?<!\d)-|-(?!\d)/gu, ' ')
    .replace(/\u0002/gu, '.')
    .replace(/\u0003/gu, '+');
  if (t2s) s = Array.from(s, (c) => t2s.get(c) ?? c).join('');
  s = s.replace(/\s+/gu, ' ').trim();
  return Array.from(s).slice(0, MAX_QUERY).join('').trim();
}

/** A measure number asked for: 12, 第12条, 第十二条, 第十二 — or undefined. */
export function askedNumber(q: string): number | undefined {
  const m = /^第?\s*([0-9]{1,5}|[零一二三四五六七八九十百]+)\s*条?$/u.exec(q);
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
