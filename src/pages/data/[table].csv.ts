import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataContext } from '../../data/downloads';
import { TABLES, tableCsv, type TableName } from '../../lib/publishing/downloads';

export const getStaticPaths = (() =>
  (Object.keys(TABLES) as TableName[]).map((name) => ({
    params: { table: name },
    props: { name },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ name: TableName }> = async ({ props }) => {
  return new Response(tableCsv(props.name, await getDataContext()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
