import type { APIRoute, GetStaticPaths } from 'astro';
import { searchFiles } from '../../data/search-files';

/** The search index and homophone table under names that change with their content. */
export const getStaticPaths = (async () => {
  const { index, homophones } = await searchFiles();
  return [index, homophones].map((f) => ({ params: { file: f.name }, props: { body: f.body } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props.body as string, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
