import { z } from 'astro/zod';
import type { RefFactory } from './ref';

/** The three kinds of responsibility the plan assigns. */
export const ROLES = ['lead', 'responsible', 'cooperate'] as const;
export type Role = (typeof ROLES)[number];

/**
 * One numbered measure (content/measures/NN.md). The Markdown body is the measure's text as
 * published, after its title sentence and before its responsibility parenthesis.
 */
export const measureSchema = (ref: RefFactory) =>
  z.object({
    /** 1…66, as numbered in the plan; also the permanent address /measures/N/. */
    number: z.number().int().min(1),
    /** The first sentence, without its closing 。 */
    title: z.string().min(1),
    /** The part the measure stands in. */
    part: ref('parts'),
    /** The sector heading it stands under, if any (parts 三 and 四). */
    sector: ref('sectors').optional(),
    /** The closing parenthesis exactly as published: （省邮政管理局牵头，省商务厅…配合）. */
    responsibility: z.string().regex(/^（.+）$/u, 'must be the whole parenthesis, from （ to ）'),
    /** The agencies of that parenthesis in source order, each with its role. */
    agencies: z
      .array(
        z.object({
          /** Agency id (content/agencies.yaml). */
          agency: ref('agencies'),
          /** lead (牵头), responsible (负责) or cooperate (配合). */
          role: z.enum(ROLES),
        }),
      )
      .min(1),
  });
