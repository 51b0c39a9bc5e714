import type { APIRoute } from 'astro';
import { absUrl, BUILD_DATE } from '../../data/site-url';
import { getDataContext } from '../../data/downloads';
import { dataMeta, dataPackage } from '../../lib/publishing/data-meta';

/** Frictionless Data Package: the metadata (version, licence, columns) of every CSV file. */
export const GET: APIRoute = async () => {
  const ctx = await getDataContext();
  return new Response(JSON.stringify(dataPackage(ctx, dataMeta(ctx.plan, BUILD_DATE, absUrl)), null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
