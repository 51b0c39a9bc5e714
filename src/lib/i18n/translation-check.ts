/**
 * Checks an English sentence against its Chinese original: numbers carried over, no Chinese left
 * outside marked original terms, only the one markup allowed. Pure; used by the English edition's
 * build check (./edition.ts) and its unit tests.
 */
import { MONTHS } from '../site/dates';

const SCALE: Record<string, number> = { 万: 1e4, 亿: 1e8 };
const EN_SCALE: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

/** A marked original term: <span lang="zh-CN">…</span>. */
const ZH_SPAN = /<span lang="zh-CN">([^<]*)<\/span>/gu;

/** A number as written in a Chinese sentence, with what else the English may write for it. */
export interface CnNumber {
  /** As written: 7.5, 2022, 3 (of 3万). */
  raw: string;
  /** Its value when a 万/亿 multiplier follows (3万 → 30000). */
  scaled?: number;
  /** The month (1…12) when 月 follows. */
  month?: number;
}

const canon = (n: number) => String(Math.round(n * 1e6) / 1e6);

/** Every Arabic number (integer, decimal, each end of a range, a percentage's figure) of a Chinese text. */
export function cnNumbers(zh: string): CnNumber[] {
  const out: CnNumber[] = [];
  for (const m of zh.matchAll(/(\d+(?:\.\d+)?)([万亿])?(月)?/gu)) {
    const raw = m[1]!;
    const n: CnNumber = { raw };
    if (m[2]) n.scaled = Number(raw) * SCALE[m[2]]!;
    const value = Number(raw);
    if (m[3] && Number.isInteger(value) && value >= 1 && value <= 12) n.month = value;
    out.push(n);
  }
  return out;
}

/** The numbers an English text writes: as written (thousands separators dropped) and scaled by thousand/million/billion. */
export function enNumbers(en: string): Set<string> {
  const text = en.replace(/(\d),(?=\d{3}(?!\d))/gu, '$1');
  const out = new Set<string>();
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)(?:\s+(thousand|million|billion|trillion)\b)?/giu)) {
    out.add(m[1]!);
    out.add(canon(Number(m[1])));
    if (m[2]) out.add(canon(Number(m[1]) * EN_SCALE[m[2].toLowerCase()]!));
  }
  return out;
}

/** Numbers of the Chinese text that its English does not carry (as written, converted, or as a month name). */
export function missingNumbers(zh: string, en: string): string[] {
  const have = enNumbers(en);
  const missing: string[] = [];
  for (const n of cnNumbers(zh)) {
    if (have.has(n.raw) || have.has(canon(Number(n.raw)))) continue;
    if (n.scaled !== undefined && have.has(canon(n.scaled))) continue;
    if (n.month !== undefined && new RegExp(`\\b${MONTHS[n.month - 1]}\\b`, 'u').test(en)) continue;
    if (!missing.includes(n.raw)) missing.push(n.raw);
  }
  return missing;
}

/** Chinese characters or full-width punctuation outside marked original terms, as found. */
export function strayChinese(en: string): string[] {
  const outside = en.replace(ZH_SPAN, ' ');
  return [...new Set(outside.match(/[\p{Script=Han}\u3000-\u303f\uff01-\uff60]/gu) ?? [])];
}

/** Markup other than <span lang="zh-CN">…</span>, as found. */
export function strayMarkup(en: string): string[] {
  return en.replace(ZH_SPAN, ' ').match(/<[^>]*>?/gu) ?? [];
}

/** A piece of an English text: plain text, or a marked original Chinese term. */
export interface Segment {
  text: string;
  zh: boolean;
}

/** Splits an English text into plain text and marked Chinese terms, for rendering without raw HTML. */
export function segments(en: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of en.matchAll(ZH_SPAN)) {
    if (m.index! > last) out.push({ text: en.slice(last, m.index), zh: false });
    out.push({ text: m[1]!, zh: true });
    last = m.index! + m[0].length;
  }
  if (last < en.length) out.push({ text: en.slice(last), zh: false });
  return out;
}

/** The text without markup (for descriptions, citations and search engines). */
export function plainText(en: string): string {
  return en.replace(ZH_SPAN, '$1');
}

/** Every problem of one English sentence against its Chinese, as messages ('' when it passes). */
export function sentenceProblems(zh: string, en: string): string[] {
  if (en.trim() === '') return ['is empty'];
  const problems: string[] = [];
  const missing = missingNumbers(zh, en);
  if (missing.length)
    problems.push(`lacks the number${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of the Chinese "${zh}"`);
  const han = strayChinese(en);
  if (han.length) problems.push(`contains Chinese outside <span lang="zh-CN">…</span>: ${han.join(' ')}`);
  const tags = strayMarkup(en);
  if (tags.length) problems.push(`contains markup other than <span lang="zh-CN">…</span>: ${tags.join(' ')}`);
  return problems;
}

/** Splits English prose that quotes Chinese (glossary notes) into plain text and Chinese runs, to mark their language. */
export function chineseRuns(text: string): Segment[] {
  const out: Segment[] = [];
  for (const m of text.matchAll(
    /([\p{Script=Han}\u3000-\u303f\uff01-\uff60]+)|([^\p{Script=Han}\u3000-\u303f\uff01-\uff60]+)/gu,
  )) {
    out.push({ text: m[0], zh: Boolean(m[1]) });
  }
  return out;
}
