import { z } from 'astro/zod';

/** Kinds of body that appear in the responsibility parentheses. */
export const AGENCY_KINDS = [
  'provincial-department',
  'central-branch',
  'state-owned-enterprise',
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
  /** Other spellings the plan uses for the same body (kept as written in each measure's text). */
  aliases: z.array(z.string().min(1)).default([]),
});
