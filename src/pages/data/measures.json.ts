import type { APIRoute } from 'astro';
import { getDataContext } from '../../data/downloads';
import { absUrl, BUILD_DATE } from '../../data/site-url';
import { measuresJson } from '../../lib/publishing/api';
import { dataMeta } from '../../lib/publishing/data-meta';

export const GET: APIRoute = async () => {
  const { plan, english } = await getDataContext();
  return new Response(
    JSON.stringify(measuresJson(plan, absUrl, dataMeta(plan, BUILD_DATE, absUrl), english), null, 1),
    {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    },
  );
};
