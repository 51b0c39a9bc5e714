import type { z } from 'astro/zod';

/** The collections of the plan, as named in src/content.config.ts. */
export type CollectionName = 'document' | 'parts' | 'sectors' | 'taskForces' | 'agencies' | 'measures' | 'corrections';

/**
 * A reference to an entry of another collection. In the site this is Astro's `reference()`;
 * tests pass a plain zod transform, so the very same schemas validate the fixtures.
 */
export type RefFactory = (collection: CollectionName) => z.ZodType<{ id: string; collection: string }, unknown>;
