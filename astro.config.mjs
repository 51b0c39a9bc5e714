// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { writeFileSync } from 'node:fs';
import { siteFromEnv, sitemapXml } from './src/lib/seo.ts';

// The public address and sub-path come from the environment, so the same build can be served
// at a domain root (BASE_PATH unset) or under a sub-path (BASE_PATH=/plan-explorer/).
const { site, warning: siteWarning } = siteFromEnv(process.env);
const base = process.env.BASE_PATH || '/';

/**
 * Writes sitemap.xml after the build, listing every page that was built (whoever added it), 404 aside.
 * @returns {import('astro').AstroIntegration}
 */
const sitemap = () => ({
  name: 'plan-explorer-sitemap',
  hooks: {
    // a production build without SITE_URL says so loudly, at the start and again at the end
    'astro:build:start': ({ logger }) => {
      if (siteWarning) logger.warn(`\n${siteWarning}`);
    },
    'astro:build:done': ({ dir, pages }) => {
      const root = new URL(base.endsWith('/') ? base : `${base}/`, site);
      const urls = pages.map((p) => p.pathname).filter((p) => !/^404\/?$/u.test(p)).map((p) => new URL(p, root).href);
      writeFileSync(new URL('sitemap.xml', dir), sitemapXml(urls));
      if (siteWarning) console.warn(`\n${siteWarning}\n`);
    },
  },
});

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  integrations: [react(), sitemap()],
  vite: { build: { assetsInlineLimit: 0 } },
});
