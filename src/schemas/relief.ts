import { z } from 'astro/zod';
import { DIRECTNESS, FIRM_TYPES, INDUSTRIES, SUPPORT_TYPES } from './relief-vocab';

/**
 * One editorial classification (content/relief.yaml): a sentence of a measure read as offering a
 * kind of help to businesses. Derived data, never the plan's words: the site labels it as an
 * editorial reading and always shows the sentence it rests on.
 */
export const reliefSchema = z.object({
  /** The measure, by its number 1…66. */
  measure: z.number().int().min(1),
  /** The kind of help (see src/schemas/relief-vocab.ts for labels): tax-fee, rent, credit, guarantee, insurance, subsidy, jobs, fast-track, procurement, market, sector-relief. */
  support: z.enum(SUPPORT_TYPES),
  /** The sentence it rests on: 1 is the title sentence, 2… the body sentences (the anchor #s2 on the measure page). */
  sentence: z.number().int().min(1),
  /** Words copied exactly from that sentence that show the help; the build fails if the sentence does not contain them. */
  quote: z.string().min(2),
  /** The amount of money as the text states it (省级100万元、国家级200万元); must occur in the sentence. */
  amount: z.string().min(1).optional(),
  /** Industries the text names for this help (ids from relief-vocab.ts); empty = the text names none, it applies to businesses generally. */
  industries: z.array(z.enum(INDUSTRIES)).default([]),
  /** Firm types the text names in this sentence or the measure's title (micro-small 小微企业, sme 中小微企业, private 民营企业, hardship 困难行业企业; not inside the title of another document 《…》); empty = none named. */
  firms: z.array(z.enum(FIRM_TYPES)).default([]),
  /** How directly it reaches a firm: direct (the firm receives it), channel (banks, insurers… are asked to provide it), framework (rules to be made, programmes, promotion). */
  directness: z.enum(DIRECTNESS),
  /** Who receives the help when it is not the firm that asks for it (人力资源服务产业园, 服务业调查单位): words copied from the sentence. */
  recipient: z.string().min(2).optional(),
  /** Optional editor's note explaining the reading. */
  note: z.string().default(''),
});
