import type { APIRoute, GetStaticPaths } from 'astro';
import { getDerived, getPlan } from '../../data/plan';
import { absUrl } from '../../data/site-url';
import { TABLES, tableCsv, type TableName } from '../../lib/publishing/downloads';

export const getStaticPaths = (() =>
  (Object.keys(TABLES) as TableName[]).map((name) => ({
    params: { table: name },
    props: { name },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ name: TableName }> = async ({ props }) => {
  const [plan, derived] = await Promise.all([getPlan(), getDerived()]);
  return new Response(tableCsv(props.name, { plan, derived, url: absUrl }), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
