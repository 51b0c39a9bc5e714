import { z } from 'astro/zod';

/** Words of comparison as the plan writes them around a target figure. */
export const COMPARATORS = ['力争', '达到', '以上', '及以上', '左右', '以下', '降至', '压减至'] as const;
export type Comparator = (typeof COMPARATORS)[number];

/**
 * One quantified commitment (content/targets.yaml): a goal figure in a sentence of part 一 or of a
 * measure. Derived data: the indicator label is an editorial summary, the quote is the plan's words.
 */
export const targetSchema = z
  .object({
    /** The measure the target stands in (1…66); give either measure or part. */
    measure: z.number().int().min(1).optional(),
    /** The part the target stands in, for text outside the measures (part 一 总体要求). */
    part: z.number().int().min(1).optional(),
    /** The sentence: 1, 2, … (for a measure, 1 is the title sentence and the anchor is #s1, #s2…). */
    sentence: z.number().int().min(1),
    /** Words copied exactly from that sentence, containing the figure, its comparators and its deadline. */
    quote: z.string().min(2),
    /** Editorial short name of what is measured: 网络货运营业额. */
    indicator: z.string().min(1),
    /**
     * The figure exactly as printed: 1000, 7.5, 3-5 (a range), 1, or in Chinese numerals 四, 第四 (an
     * ordinal: 第四家 = the fourth). Leave it out for a dated commitment without a number, and give `goal`.
     */
    figure: z
      .string()
      .regex(
        /^(?:\d+(?:\.\d+)?(?:-\d+(?:\.\d+)?)?|第?[一二两三四五六七八九十百千]+)$/u,
        'a number such as 1000 or 7.5, a range such as 3-5, or Chinese numerals such as 四 or 第四',
      )
      .optional(),
    /** The unit as printed after the figure: 亿元, %, 家, 个, 万个, 万亩, 户, 个月 (with a figure only). */
    unit: z.string().min(1).optional(),
    /** For a commitment without a figure: the words that state what is to be achieved (全覆盖), copied from the quote. */
    goal: z.string().min(1).optional(),
    /** Words of comparison as printed, in order (力争, 达到, 以上, 及以上, 左右, 以下, 降至, 压减至); empty for an exact figure. */
    comparators: z.array(z.enum(COMPARATORS)).default([]),
    /** The deadline as printed (2022年末, 2022年, 全年), when the sentence gives one. */
    deadline: z.string().min(1).optional(),
    /** Optional editor's note. */
    note: z.string().default(''),
  })
  .refine((t) => (t.measure === undefined) !== (t.part === undefined), {
    message: 'give exactly one of measure or part',
    path: ['measure'],
  })
  .refine((t) => (t.figure === undefined) === (t.unit === undefined), {
    message: 'give a figure and its unit together',
    path: ['unit'],
  })
  .refine((t) => (t.figure === undefined) !== (t.goal === undefined), {
    message: 'give either a figure (with its unit) or, for a commitment without a number, a goal',
    path: ['goal'],
  })
  .refine((t) => t.figure !== undefined || t.deadline !== undefined, {
    message: 'a commitment without a figure must have a deadline',
    path: ['deadline'],
  });
