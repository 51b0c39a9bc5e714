import type { APIRoute } from 'astro';
import { getPlan } from '../data/plan';
import { buildHomophones } from '../lib/search/indexer/build';

/** Pinyin of common characters the plan does not use; fetched only when a query has one (homophone slips). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(buildHomophones(await getPlan())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
