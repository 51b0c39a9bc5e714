import type { APIRoute, GetStaticPaths } from 'astro';
import { ICON_SIZES, allCardTexts, renderIcon } from '../../data/share-cards';

/** The app icons of the web app manifest: /icons/192.png and /icons/512.png. */
export const getStaticPaths = (async () => {
  const all = [...(await allCardTexts()).values()];
  return ICON_SIZES.map((size) => ({ params: { size: String(size) }, props: { size, all } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(await renderIcon(props.size, props.all), { headers: { 'Content-Type': 'image/png' } });
