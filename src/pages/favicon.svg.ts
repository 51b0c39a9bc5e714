import type { APIRoute } from 'astro';
import { allCardTexts, renderFaviconSvg } from '../data/share-cards';

/** The favicon, /favicon.svg: the site's mark drawn as shapes (src/data/share-cards.ts). */
export const GET: APIRoute = async () =>
  new Response(await renderFaviconSvg((await allCardTexts()).values()), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
