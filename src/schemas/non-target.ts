import { z } from 'astro/zod';

/** Why a number in the text is not a target. */
export const NON_TARGET_REASONS = [
  'document-number',
  'date',
  'count',
  'reward-rule',
  'ratio',
  'name',
  'rule',
  'baseline',
  'ordinal',
  'phrase',
] as const;
export type NonTargetReason = (typeof NON_TARGET_REASONS)[number];

/**
 * A number in the plan's text that is not a quantified commitment (content/non-targets.yaml).
 * With content/targets.yaml it accounts for every number in parts and measures: a test scans the
 * text and fails on any number listed in neither file, and on any entry that names no number.
 */
export const nonTargetSchema = z
  .object({
    /** The measure (1…66); give either measure or part. */
    measure: z.number().int().min(1).optional(),
    /** The part, for text outside the measures. */
    part: z.number().int().min(1).optional(),
    /** The sentence: 1 is the title sentence of a measure, 2… its body sentences. */
    sentence: z.number().int().min(1),
    /** The number exactly as printed: 2022, 14, 2∶2∶4∶2, 1+3, 4-12, or Chinese numerals 两, 十九, 第三. */
    number: z.string().regex(/^(?:\d|第?[一二两三四五六七八九十百千])/u, 'starts with a digit or a Chinese numeral'),
    /** document-number (文号), date (a year or date), count (how many items a list has), reward-rule (an amount a rule pays), ratio, name (part of a name: 5G, “431”工程, 十九大), rule (a rule, not a goal), baseline (the starting value of a target), ordinal (which one of a series: 第三批), phrase (a fixed expression that counts nothing: 第三方, 两端, 二手车). */
    reason: z.enum(NON_TARGET_REASONS),
    /** A few words saying what the number is. */
    note: z.string().min(1),
  })
  .refine((t) => (t.measure === undefined) !== (t.part === undefined), {
    message: 'give exactly one of measure or part',
    path: ['measure'],
  });
