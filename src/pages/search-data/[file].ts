import type { APIRoute, GetStaticPaths } from 'astro';
import { searchFiles } from '../../data/search-files';

/** The search index, homophone table and English index under names that change with their content. */
export const getStaticPaths = (async () => {
  const { index, homophones, english } = await searchFiles();
  return [index, homophones, english].map((f) => ({ params: { file: f.name }, props: { body: f.body } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props.body as string, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
