/**
 * Every number in the plan’s own text, and whether it is accounted for. Numbers are runs of Arabic
 * digits, with a decimal part (7.5), a range (3-5), a ratio (2∶2∶4∶2) or a +-chain (1+3, 9+13) kept
 * as one token; and quantities in Chinese numerals (两项, 五大, 十九大, 第四家, 第三批): a run of
 * 二两三四五六七八九十百千 (一 too, inside a run such as 十一), or 第 with any run. A lone 一 is left out: in
 * this text it is the article or a word (一批, 一体化, 进一步, 一次性), never a count. A target accounts for
 * its figure and the numbers of its deadline; a non-target entry accounts for its number. Pure.
 */
import { ContentError, type ContentProblem, type Plan } from '../model/model';
import type { Derived } from './derived';
import { locationLabel, partSentences, type Location } from '../model/sentences';

const NUMBER =
  /\d+(?:\.\d+)?(?:[-∶+]\d+(?:\.\d+)?)*|第[一二两三四五六七八九十百千]+|[二两三四五六七八九十百千][一二两三四五六七八九十百千]*|一(?=[十百千])[一二两三四五六七八九十百千]+/gu;

const DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** The value of Chinese numerals as printed (十九 → 19, 两 → 2, 第四 → 4); NaN when it is not one. */
export function chineseNumeralValue(text: string): number {
  const s = text.replace(/^第/u, '');
  if (!/^[一二两三四五六七八九十百千]+$/u.test(s)) return Number.NaN;
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch in DIGIT) digit = DIGIT[ch]!;
    else {
      total += (digit || 1) * UNIT[ch]!;
      digit = 0;
    }
  }
  return total + digit;
}

/** The number tokens of a text, in order. */
export function numberTokens(text: string): string[] {
  return text.match(NUMBER) ?? [];
}

export interface NumberOccurrence {
  location: Location;
  sentence: number;
  number: string;
}

/** Every number in the text of the parts and the measures (titles, bodies and responsibility parentheses). */
export function numbersInText(plan: Plan): NumberOccurrence[] {
  const out: NumberOccurrence[] = [];
  for (const p of plan.parts) {
    partSentences(plan, p.number).forEach((s, i) => {
      for (const n of numberTokens(s)) out.push({ location: { part: p.number }, sentence: i + 1, number: n });
    });
    for (const heading of [p.heading]) {
      for (const n of numberTokens(heading)) out.push({ location: { part: p.number }, sentence: 0, number: n });
    }
  }
  for (const s of plan.sectors) {
    for (const n of numberTokens(s.heading))
      out.push({ location: { part: plan.partById.get(s.partId)!.number }, sentence: 0, number: n });
  }
  for (const m of plan.measures) {
    m.sentences.forEach((s, i) => {
      for (const n of numberTokens(s)) out.push({ location: { measure: m.number }, sentence: i + 1, number: n });
    });
    // sentence 0: the responsibility parenthesis (no number is expected there)
    for (const n of numberTokens(m.responsibility))
      out.push({ location: { measure: m.number }, sentence: 0, number: n });
  }
  return out;
}

const key = (o: NumberOccurrence) =>
  `${o.location.measure !== undefined ? `m${o.location.measure}` : `p${o.location.part}`}/s${o.sentence}/${o.number}`;

/** The numbers derived data claims to account for, one occurrence per claim. */
export function accountedNumbers(
  derived: Pick<Derived, 'targets' | 'nonTargets'>,
): (NumberOccurrence & { by: string })[] {
  const out: (NumberOccurrence & { by: string })[] = [];
  for (const t of derived.targets) {
    for (const n of [...(t.figure ? [t.figure] : []), ...numberTokens(t.deadline ?? '')])
      out.push({ location: t.location, sentence: t.sentence, number: n, by: `targets.yaml ${t.id}` });
  }
  for (const n of derived.nonTargets)
    out.push({ location: n.location, sentence: n.sentence, number: n.number, by: `non-targets.yaml ${n.id}` });
  return out;
}

export interface NumberAudit {
  /** Numbers in the text that no entry accounts for. */
  missing: NumberOccurrence[];
  /** Entries that claim a number the text does not have there (or claim it more often than it occurs). */
  extra: (NumberOccurrence & { by: string })[];
}

/** Compares the numbers in the text with those accounted for, as multisets per sentence. */
export function auditNumbers(plan: Plan, derived: Pick<Derived, 'targets' | 'nonTargets'>): NumberAudit {
  const remaining = new Map<string, NumberOccurrence[]>();
  for (const o of numbersInText(plan)) remaining.set(key(o), [...(remaining.get(key(o)) ?? []), o]);
  const extra: NumberAudit['extra'] = [];
  for (const c of accountedNumbers(derived)) {
    const list = remaining.get(key(c));
    if (list?.length) list.pop();
    else extra.push(c);
  }
  return { missing: [...remaining.values()].flat(), extra };
}

/** A readable line for a number occurrence: 第10条 s3 “2022”. */
export function describeOccurrence(plan: Plan, o: NumberOccurrence): string {
  return `${locationLabel(plan, o.location)} ${o.sentence ? `s${o.sentence}` : '(heading or responsibility)'} “${o.number}”`;
}

/** Throws a ContentError listing every number that is unaccounted for or wrongly claimed. */
export function assertNumbersAccounted(plan: Plan, derived: Pick<Derived, 'targets' | 'nonTargets'>): void {
  const { missing, extra } = auditNumbers(plan, derived);
  const problems: ContentProblem[] = [
    ...missing.map((o) => ({
      file: 'content/non-targets.yaml',
      field: describeOccurrence(plan, o),
      message: 'this number in the text is neither a target (targets.yaml) nor listed here with a reason',
    })),
    ...extra.map((o) => ({
      file: o.by.startsWith('targets') ? 'content/targets.yaml' : 'content/non-targets.yaml',
      field: o.by.replace(/^\S+ /u, ''),
      message: `claims ${describeOccurrence(plan, o)}, which is not in that sentence (or is already accounted for)`,
    })),
  ];
  if (problems.length) throw new ContentError(problems);
}
