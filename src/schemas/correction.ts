import { z } from 'astro/zod';

/** A documented correction of an extraction defect (content/corrections.yaml). */
export const correctionSchema = z.discriminatedUnion('kind', [
  z.object({
    /** Layout repair that only touches whitespace (joined lines, page-break spaces). */
    kind: z.literal('whitespace'),
    /** What was done, in Chinese. */
    description: z.string().min(1),
    /** Why it is a defect of the extraction and not of the document. */
    reason: z.string().min(1),
  }),
  z.object({
    /** One character of the extraction replaced everywhere by another. */
    kind: z.literal('replace'),
    /** The character as extracted. */
    from: z.string().length(1),
    /** The character as published. */
    to: z.string().length(1),
    /** What was done, in Chinese. */
    description: z.string().min(1),
    /** Why it is a defect of the extraction and not of the document. */
    reason: z.string().min(1),
  }),
]);
