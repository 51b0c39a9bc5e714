import type { APIRoute } from 'astro';
import { getEdition, getPlan } from '../data/plan';
import { buildEnglishIndex } from '../lib/search/indexer/english-build';

/** The English search index, fetched only when a query is English (src/lib/search/engine/english.ts). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(buildEnglishIndex(await getPlan(), await getEdition())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
