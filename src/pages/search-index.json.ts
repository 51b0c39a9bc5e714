import type { APIRoute } from 'astro';
import { searchFiles } from '../data/search-files';

/** The static search index, fetched by the search box on first focus (src/lib/search/engine/types.ts). */
export const GET: APIRoute = async () =>
  new Response((await searchFiles()).index.body, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
