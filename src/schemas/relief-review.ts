import { z } from 'astro/zod';

/** The decision of the review: the measure offers support firms can apply for or benefit from (in), or not (out). */
export const REVIEW_DECISIONS = ['in', 'out'] as const;

/**
 * The record of the review of every measure for business support (content/relief-review.yaml):
 * one entry per measure, so the next reviewer sees that each was considered and why. The build
 * checks that every measure 1…66 has exactly one entry, and that `in` measures have entries in
 * content/relief.yaml and `out` measures have none.
 */
export const reliefReviewSchema = z.object({
  /** The measure, by its number 1…66. */
  measure: z.number().int().min(1),
  /** in: classified in relief.yaml; out: not classified. */
  decision: z.enum(REVIEW_DECISIONS),
  /** Why, in a sentence a reviewer can check against the text. */
  reason: z.string().min(4),
});
