import type { APIRoute } from 'astro';
import { getPlan, url } from '../../data/plan';
import { measuresJson } from '../../lib/api';

export const GET: APIRoute = async () => {
  const plan = await getPlan();
  return new Response(JSON.stringify(measuresJson(plan, url), null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
