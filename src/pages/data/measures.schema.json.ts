import type { APIRoute } from 'astro';
import { url } from '../../data/plan';
import { measuresJsonSchema } from '../../lib/measures-schema';

export const GET: APIRoute = ({ site }) => {
  const id = new URL(url('/data/measures.schema.json'), site).href;
  return new Response(JSON.stringify(measuresJsonSchema(id), null, 1), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};
