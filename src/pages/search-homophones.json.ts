import type { APIRoute } from 'astro';
import { searchFiles } from '../data/search-files';

/** Pinyin of common characters the plan does not use; fetched only when a query has one (homophone slips). */
export const GET: APIRoute = async () =>
  new Response((await searchFiles()).homophones.body, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
