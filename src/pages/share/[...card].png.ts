import type { APIRoute, GetStaticPaths } from 'astro';
import { getPlan } from '../../data/plan';
import { cardTexts, renderCard } from '../../data/share-cards';

/** Share cards (og:image): /share/site.png and /share/measure-N.png, 1200×630. */
export const getStaticPaths = (async () => {
  const cards = cardTexts(await getPlan());
  return [...cards].map(([card, text]) => ({ params: { card }, props: { text, all: [...cards.values()] } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(await renderCard(props.text, props.all), { headers: { 'Content-Type': 'image/png' } });
