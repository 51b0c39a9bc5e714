import type { APIRoute } from 'astro';
import { searchFiles } from '../data/search-files';

/** The English search index, fetched only when a query is English (src/lib/search/engine/english.ts). */
export const GET: APIRoute = async () =>
  new Response((await searchFiles()).english.body, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
