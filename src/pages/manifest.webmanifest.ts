import type { APIRoute } from 'astro';
import { getPlan } from '../data/plan';
import { url } from '../data/site-url';
import { ICON_SIZES, SITE_NAME } from '../data/share-cards';

/** The web app manifest: the site can be installed, and reads offline (src/scripts/offline.ts). */
export const GET: APIRoute = async () => {
  const d = (await getPlan()).document;
  const manifest = {
    name: SITE_NAME,
    short_name: '服务业提质增效',
    description: `《${d.title}》（${d.number}）全文、检索、引用`,
    lang: 'zh-CN',
    start_url: url('/'),
    scope: url('/'),
    display: 'standalone',
    background_color: '#fdfcfa',
    theme_color: '#a3120f',
    icons: [
      ...ICON_SIZES.map((s) => ({
        src: url(`/icons/${s}.png`),
        sizes: `${s}x${s}`,
        type: 'image/png',
        purpose: 'any maskable',
      })),
      { src: url('/favicon.svg'), sizes: 'any', type: 'image/svg+xml' },
    ],
  };
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json' } });
};
