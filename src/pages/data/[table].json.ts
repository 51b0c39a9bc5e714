import type { APIRoute, GetStaticPaths } from 'astro';
import { BUILD_DATE, absUrl } from '../../data/site-url';
import { getDataContext } from '../../data/downloads';
import { tableJson, type TableName } from '../../lib/publishing/downloads';
import { dataMeta } from '../../lib/publishing/data-meta';

/** The tables also published as JSON (the same rows as their CSV, with the version date, licence and source). */
const JSON_TABLES: TableName[] = ['sentences', 'outcomes'];

export const getStaticPaths = (() =>
  JSON_TABLES.map((name) => ({ params: { table: name }, props: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ name: TableName }> = async ({ props }) => {
  const ctx = await getDataContext();
  return new Response(JSON.stringify(tableJson(props.name, ctx, dataMeta(ctx.plan, BUILD_DATE, absUrl)), null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
