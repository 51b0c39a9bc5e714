import type { APIRoute } from 'astro';
import { url } from '../data/site-url';
import { robotsTxt } from '../lib/publishing/seo';

/** robots.txt naming the sitemap (an endpoint, so it follows SITE_URL and BASE_PATH). */
export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(new URL(url('/sitemap.xml'), site).href), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
