import type { APIRoute } from 'astro';
import { getDerived, getPlan } from '../../data/plan';
import { absUrl, BUILD_DATE } from '../../data/site-url';
import { dataMeta, dataPackage } from '../../lib/publishing/data-meta';

/** Frictionless Data Package: the metadata (version, licence, columns) of every CSV file. */
export const GET: APIRoute = async () => {
  const [plan, derived] = await Promise.all([getPlan(), getDerived()]);
  const ctx = { plan, derived, url: absUrl };
  return new Response(JSON.stringify(dataPackage(ctx, dataMeta(plan, BUILD_DATE, absUrl)), null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
