import { z } from 'astro/zod';
import type { RefFactory } from './ref';

/** A part 一…七 of the plan (content/parts.yaml). */
export const partSchema = (ref: RefFactory) =>
  z.object({
    /** 1…7; printed as the Chinese numeral (一、二、…). */
    number: z.number().int().min(1),
    /** Heading without its numeral: 总体要求. */
    heading: z.string().min(1),
    /** Paragraphs the part carries itself (part 一 is all text). */
    text: z.array(z.string().min(1)).default([]),
    /** Task force named at part level, e.g. part 五 （非营利性服务业专班负责）; applies to all its measures. */
    taskForce: ref('taskForces').optional(),
  });
