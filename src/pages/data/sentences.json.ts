import type { APIRoute } from 'astro';
import { getDerived, getPlan } from '../../data/plan';
import { absUrl, BUILD_DATE } from '../../data/site-url';
import { tableJson } from '../../lib/publishing/downloads';
import { dataMeta } from '../../lib/publishing/data-meta';

/** The same rows as sentences.csv, as JSON, with the version date, licence and source. */
export const GET: APIRoute = async () => {
  const [plan, derived] = await Promise.all([getPlan(), getDerived()]);
  const ctx = { plan, derived, url: absUrl };
  return new Response(JSON.stringify(tableJson('sentences', ctx, dataMeta(plan, BUILD_DATE, absUrl)), null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
