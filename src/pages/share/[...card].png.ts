import type { APIRoute, GetStaticPaths } from 'astro';
import { allCardTexts, renderCard } from '../../data/share-cards';

/** Share cards (og:image), 1200×630: /share/site.png and /share/measure-N.png, the English ones under /share/en/. */
export const getStaticPaths = (async () => {
  const cards = await allCardTexts();
  return [...cards].map(([card, text]) => ({ params: { card }, props: { text, all: [...cards.values()] } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(await renderCard(props.text, props.all), { headers: { 'Content-Type': 'image/png' } });
