import { z } from 'astro/zod';

/** The day the plan was signed: no record of what became of it, or of its bodies, can be older. */
export const PLAN_SIGNED = '2022-04-14';

/** A date written YYYY-MM-DD. */
export const isoDaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'a date written YYYY-MM-DD');

/**
 * A stored public page a fact rests on (an outcome, a body's successor, a cited document's details): where it is,
 * who published it and when, and its title. The fact itself is carried by an exact quote beside it.
 */
export const storedSourceSchema = z.object({
  /** The address of the page that was read (a stored copy of a public page). */
  url: z.url({ protocol: /^https?$/u }),
  /** The body or site that published the page. */
  publisher: z.string().min(1),
  /** For a reprint: the body that produced the figure or the fact (the statistics bureau, a department). */
  original_publisher: z.string().min(1).optional(),
  /** The page's publication date (YYYY-MM-DD), or its month (YYYY-MM) where the page shows no day. */
  published: z
    .string()
    .regex(/^\d{4}-\d{2}(?:-\d{2})?$/u, 'a date written YYYY-MM-DD, or YYYY-MM where the page gives no day'),
  /** The page's title as shown. */
  title: z.string().min(1),
});
export type StoredSource = z.output<typeof storedSourceSchema>;

/** The shortest exact phrase of the source (≤ 60 characters) that holds the figure or the fact. */
export const quoteSchema = z
  .string()
  .min(2)
  .max(60, 'at most 60 characters: the shortest phrase that holds the figure or fact');
