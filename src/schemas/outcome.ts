import { z } from 'astro/zod';
import { isoDaySchema as isoDay, quoteSchema, storedSourceSchema } from './source';

/** What a record is about: a quantified target (content/targets.yaml) or a measure (1…66). */
export const OUTCOME_KINDS = ['target', 'measure'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

/**
 * Statuses a measure record states: a dated public record shows the measure's concrete step happened, or no
 * such record was found in the sources searched. Never "done", never "failed".
 */
export const MEASURE_STATUSES = ['evidence-of-action', 'no-evidence-found'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/**
 * Statuses of a target record. Only `no-evidence-found` is typed; the others are computed by the build from the
 * target's figure and the outcome's (src/lib/editorial/outcomes.ts).
 */
export const TARGET_STATUSES = ['met', 'partly-met', 'not-met', 'no-comparable-figure', 'no-evidence-found'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];
export type OutcomeStatus = MeasureStatus | TargetStatus;

export { PLAN_SIGNED } from './source';

/**
 * One record of content/outcomes.yaml: what became of a target or a measure, with the evidence a reader can
 * check. Every field is data from a stored public page, except `action`, `comparability` and `note`, which are
 * editorial (derived) and shown as such.
 */
export const outcomeSchema = z.object({
  /** target or measure. */
  kind: z.enum(OUTCOME_KINDS),
  /** The target's id (content/targets.yaml) or the measure's number. */
  ref: z.union([z.string().min(1), z.number().int().min(1)]),
  /**
   * Measures: evidence-of-action or no-evidence-found. Targets: leave it out (the build computes met, partly-met,
   * not-met or no-comparable-figure), or no-evidence-found.
   */
  status: z.enum(['evidence-of-action', 'no-evidence-found', ...TARGET_STATUSES.slice(0, 4)]).optional(),
  /** Targets: the outcome figure as printed in the source, digits only (2.7, 30000, 1.2); it must occur in the quote. */
  figure: z
    .string()
    .regex(/^\d+(?:\.\d+)?$/u, 'digits with an optional decimal part, as printed (2.7, 30000)')
    .optional(),
  /** Targets: the figure's unit as in the source (%, 个, 万个, 家, 亿元). */
  unit: z.string().min(1).optional(),
  /** Targets: the period the figure covers (2022, 2022年末, 2022年1-11月). */
  period: z.string().min(1).optional(),
  /** Targets: whether the figure measures what the target measures (same indicator, scope, year, new vs cumulative). */
  comparable: z.boolean().optional(),
  /** Editorial: what differs from the target (required when comparable is false), or a caveat. */
  comparability: z.string().default(''),
  /** Measures, editorial: one sentence on what the source shows happened. */
  action: z.string().min(1).optional(),
  /** The page the record rests on (all but no-evidence-found). */
  source: storedSourceSchema.optional(),
  /** The shortest exact phrase of the source (≤ 60 characters) that holds the figure or the fact. */
  quote: quoteSchema.optional(),
  /** no-evidence-found: the queries tried, so a reviewer can repeat the search. */
  queries: z.array(z.string().min(1)).default([]),
  /** The day the record was last reviewed. */
  checked: isoDay,
  /** Optional editor's note. */
  note: z.string().default(''),
});

export type OutcomeData = z.output<typeof outcomeSchema>;
export type { StoredSource as OutcomeSource } from './source';
