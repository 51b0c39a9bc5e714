import { z } from 'astro/zod';
import { isoDaySchema, quoteSchema, storedSourceSchema } from './source';

/** A fact about a cited document that rests on a stored public page: the value, the page and the exact quote. */
const sourced = <T extends z.ZodType>(value: T) => z.object({ value, source: storedSourceSchema, quote: quoteSchema });

/**
 * A document the plan cites by its title (content/documents.yaml): every 《…》 title in the measures has exactly one
 * entry. Title, number and issuer are the plan's own words (checked against the text); a date, an official address
 * or the document's terms are given only with the stored public page that states them.
 */
export const citedDocumentSchema = z.object({
  /** The title exactly as the plan writes it inside 《》. */
  title: z.string().min(1),
  /** The document number (文号) as the plan prints it after the title, when it does. */
  number: z.string().min(1).optional(),
  /** The issuer in the plan's own words, when the plan names one. */
  issuer: z.string().min(1).optional(),
  /** English rendering of the title, as the English edition gives it (derived). */
  titleEn: z.string().min(1).optional(),
  /** English rendering of the number, as the English edition gives it (derived). */
  numberEn: z.string().min(1).optional(),
  /** The document's date (YYYY-MM-DD), only with a stored page that states it. */
  date: sourced(isoDaySchema).optional(),
  /** The document's own address on an official site, only where a stored copy of that page confirms it. */
  official: sourced(z.url({ protocol: /^https?$/u })).optional(),
  /**
   * Terms of the document a business would look for, by the relief finder's kinds of help (rent, tax-fee, jobs,
   * credit, fees…), each in the document's words with the stored page and quote that hold it.
   */
  terms: z
    .array(
      z.object({
        /** The kind of help, as in src/schemas/relief-vocab.ts SUPPORT_TYPES, or `fees` (charges stopped). */
        kind: z.string().min(1),
        /** The term, in the document's words (Chinese). */
        term: z.string().min(1),
        source: storedSourceSchema,
        quote: quoteSchema,
      }),
    )
    .default([]),
  /** Editor's note (what could not be confirmed, and where it was looked for). */
  note: z.string().default(''),
});
export type CitedDocumentData = z.output<typeof citedDocumentSchema>;
