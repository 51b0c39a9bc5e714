import type { APIRoute } from 'astro';
import { getPlan } from '../../data/plan';
import { url } from '../../data/site-url';
import { measuresJsonSchema } from '../../lib/publishing/measures-schema';

export const GET: APIRoute = async ({ site }) => {
  const plan = await getPlan();
  const id = new URL(url('/data/measures.schema.json'), site).href;
  return new Response(JSON.stringify(measuresJsonSchema(id, plan.measures.length), null, 1), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};
