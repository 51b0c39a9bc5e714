/**
 * Every request: the page's edition (language, dictionary, links, plan) once, as `Astro.locals.edition`
 * (src/data/edition-context.ts). Every rendered HTML page: numbers with their units (7.5%, 200家, 2022年) are kept on
 * one line (src/lib/build/nowrap.ts). Other responses (JSON, CSV, text, XML) pass through untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { editionContext } from './data/edition-context';
import { keepNumbersInHtml } from './lib/build/nowrap';

export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.edition = editionContext(context.url.pathname);
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  return new Response(keepNumbersInHtml(html), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
