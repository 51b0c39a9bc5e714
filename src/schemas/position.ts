import { z } from 'astro/zod';

/**
 * Where an entry stands in its YAML file (0-based), written by the loader in src/content.config.ts.
 * Astro stores a collection's entries sorted by id, so the authored order (the order of the agency list,
 * the corrections, the editorial tables and their downloads) travels with each entry instead.
 */
export const positionSchema = z.object({ position: z.number().int().nonnegative() });

/** A collection schema with the entry's position in its file added. */
export function withPosition<S extends z.ZodType>(schema: S) {
  return schema.and(positionSchema);
}
