import type { APIRoute } from 'astro';
import { getEdition, getPlan } from '../data/plan';
import { buildSearchIndex } from '../lib/search/indexer/build';
import { plainEnglish } from '../lib/search/indexer/english-build';

/** The static search index, fetched by the search box on first focus (src/lib/search/engine/types.ts). */
export const GET: APIRoute = async () =>
  new Response(
    JSON.stringify(
      buildSearchIndex(
        await getPlan(),
        [...(await getEdition()).measures.values()].flatMap((m) => m.sentences.map(plainEnglish)),
      ),
    ),
    {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    },
  );
