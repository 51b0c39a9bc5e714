import type { APIRoute } from 'astro';
import { getPlan } from '../data/plan';
import { buildSearchIndex } from '../lib/search/build';

/** The static search index, fetched by the search box on first focus (src/lib/search/types.ts). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(buildSearchIndex(await getPlan())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
