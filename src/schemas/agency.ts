import { z } from 'astro/zod';
import { isoDaySchema, PLAN_SIGNED, quoteSchema, storedSourceSchema } from './source';

/**
 * Kinds of body that appear in the responsibility parentheses: provincial-department (省政府组成部门及直属机构),
 * central-branch (中央驻晋单位), central-enterprise (中央企业及其子企业), cooperative (供销合作社，合作经济组织),
 * public-institution (事业单位), zone-administration (开发区管理机构), party-office, leading-group, city-governments.
 */
export const AGENCY_KINDS = [
  'provincial-department',
  'central-branch',
  'central-enterprise',
  'cooperative',
  'public-institution',
  'zone-administration',
  'party-office',
  'leading-group',
  'city-governments',
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

/** A body named in a measure's responsibility parenthesis (content/agencies.yaml). */
export const agencySchema = z.object({
  /** Name as the plan writes it: 省发展改革委. */
  name: z.string().min(1),
  /** Full official name, only where it is certain; empty rather than guessed. */
  fullName: z.string().default(''),
  /** What kind of body it is. */
  kind: z.enum(AGENCY_KINDS),
  /** A short editorial note on what the body is, where its name could mislead (shown on its page). */
  note: z.string().default(''),
  /**
   * The body's official website, only where a stored copy of a page of that site confirms it
   * (`evidence`: the address of that page); never guessed. Absent for most bodies.
   */
  website: z.object({ url: z.url(), evidence: z.url() }).optional(),
  /**
   * The body that took over this body's work in a reorganisation since the plan was signed, only where a stored
   * public page says so (its source and an exact quote); never guessed. Shown wherever the body is named as a contact.
   */
  successor: z
    .object({
      /** The new body's name as the source writes it. */
      name: z.string().min(1),
      /** The day the new body took over (YYYY-MM-DD). */
      date: isoDaySchema,
      /** The page; its title may be missing where the stored page shows none (a newspaper page). */
      source: storedSourceSchema.extend({ title: z.string().min(1).optional() }),
      /** The exact phrase of the source that states the change. */
      quote: quoteSchema,
    })
    .refine((s) => s.date > PLAN_SIGNED, {
      message: `a successor took over after the plan was signed (${PLAN_SIGNED})`,
      path: ['date'],
    })
    .optional(),
  /** Other spellings the plan uses for the same body (kept as written in each measure's text). */
  aliases: z.array(z.string().min(1)).default([]),
});
