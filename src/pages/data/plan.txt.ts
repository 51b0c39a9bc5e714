import type { APIRoute } from 'astro';
import { getPlan } from '../../data/plan';
import { planText } from '../../lib/publishing/downloads';

export const GET: APIRoute = async () =>
  new Response(planText(await getPlan()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
