/**
 * Where a sentence of the plan lives and how to link to it. Measures: s1 is the title sentence,
 * s2… the body (the anchors #s1, #s2… of /measures/N/). Parts: the sentences of the part's own
 * text, numbered 1… across its paragraphs (anchors #part-N-sK of the full text, see reading-order.ts).
 */
import type { Plan } from './model';
import { paths } from '../site/paths';
import { textSentences } from './reading-order';
import type { Lang } from '../i18n/i18n';

export type Location = { measure: number; part?: undefined } | { part: number; measure?: undefined };

/**
 * The sentences of a part's own text (part 一 总体要求); of the English plan with lang 'en' (one English sentence
 * per Chinese sentence, so sentence K is the same in both).
 */
export function partSentences(plan: Plan, partNumber: number, lang: Lang = 'zh'): string[] {
  const part = plan.parts.find((p) => p.number === partNumber);
  return part ? part.text.flatMap((t) => textSentences(t, lang)) : [];
}

/** The sentences at a location, or undefined when the measure or part does not exist. */
export function sentencesAt(plan: Plan, loc: Location, lang: Lang = 'zh'): string[] | undefined {
  if (loc.measure !== undefined) return plan.measureByNumber.get(loc.measure)?.sentences;
  return plan.parts.some((p) => p.number === loc.part) ? partSentences(plan, loc.part, lang) : undefined;
}

/** Root-relative link to a sentence: /measures/10/#s3, or the part's sentence in the full text (/plan/#part-1-s3). */
export function sentencePath(loc: Location, sentence: number): string {
  return loc.measure !== undefined
    ? `${paths.measure(loc.measure)}#s${sentence}`
    : `${paths.plan()}#part-${loc.part}-s${sentence}`;
}

/** Human label of a location: 第10条 / 一、总体要求. */
export function locationLabel(plan: Plan, loc: Location): string {
  if (loc.measure !== undefined) return `第${loc.measure}条`;
  const p = plan.parts.find((x) => x.number === loc.part);
  return p ? `${p.numeral}、${p.heading}` : `第${loc.part}部分`;
}
