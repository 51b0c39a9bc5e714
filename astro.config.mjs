// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { readdirSync, readFileSync, renameSync, rmdirSync, writeFileSync } from 'node:fs';
import { siteFromEnv, sitemapXml } from './src/lib/publishing/seo.ts';
import { reportFromEnv } from './src/lib/site/report.ts';
import { netlifyHeaders } from './src/lib/build/headers.ts';
import { externalizeInline } from './src/lib/build/externalize.ts';
import { contentAddressedName } from './src/lib/build/content-address.ts';
import { writeServiceWorker } from './src/lib/build/offline.ts';
import { fileURLToPath } from 'node:url';

// The public address and sub-path come from the environment, so the same build can be served
// at a domain root (BASE_PATH unset) or under a sub-path (BASE_PATH=/plan-explorer/).
const { site, warning: siteWarning } = siteFromEnv(process.env);
const { warning: reportWarning } = reportFromEnv(process.env);
const base = process.env.BASE_PATH || '/';

/**
 * Writes sitemap.xml after the build, listing every page that was built (whoever added it), 404 and the offline
 * pages aside.
 * @returns {import('astro').AstroIntegration}
 */
const sitemap = () => ({
  name: 'plan-explorer-sitemap',
  hooks: {
    // a production build without SITE_URL says so loudly, at the start and again at the end
    'astro:build:start': ({ logger }) => {
      if (siteWarning) logger.warn(`\n${siteWarning}`);
      if (reportWarning) logger.warn(`\n${reportWarning}`);
    },
    'astro:build:done': ({ dir, pages }) => {
      const root = new URL(base.endsWith('/') ? base : `${base}/`, site);
      const urls = pages
        .map((p) => p.pathname)
        .filter((p) => !/^((en\/)?404|(en\/)?offline)\/?$/u.test(p))
        .map((p) => new URL(p, root).href);
      writeFileSync(new URL('sitemap.xml', dir), sitemapXml(urls));
      if (siteWarning) console.warn(`\n${siteWarning}\n`);
      if (reportWarning) console.warn(`\n${reportWarning}\n`);
    },
  },
});

/**
 * Astro writes a 404 page as 404.html only at the root: the English one (src/pages/[...lang]/404.astro) comes out as
 * en/404/index.html, moved here to en/404.html, which the web server answers for a missing /en/… address.
 * @returns {import('astro').AstroIntegration}
 */
const notFoundPages = () => ({
  name: 'plan-explorer-404',
  hooks: {
    'astro:build:done': ({ dir }) => {
      renameSync(new URL('en/404/index.html', dir), new URL('en/404.html', dir));
      rmdirSync(new URL('en/404/', dir));
    },
  },
});

/**
 * Moves the inline scripts and styles Astro writes for islands into content-addressed files in
 * _astro/ (src/lib/build/externalize.ts), so every page runs under the strict policy of src/lib/build/headers.ts.
 * @returns {import('astro').AstroIntegration}
 */
const noInlineCode = () => ({
  name: 'plan-explorer-no-inline-code',
  hooks: {
    'astro:build:done': ({ dir }) => {
      const prefix = base.endsWith('/') ? base : `${base}/`;
      /** @type {import('./src/lib/build/externalize.ts').SaveFile} */
      const save = (ext, body) => {
        const name = contentAddressedName('inline', ext, body);
        writeFileSync(new URL(`_astro/${name}`, dir), body);
        return `${prefix}_astro/${name}`;
      };
      for (const f of /** @type {string[]} */ (readdirSync(dir, { recursive: true }))) {
        if (!f.endsWith('.html')) continue;
        const file = new URL(f, dir);
        const html = readFileSync(file, 'utf8');
        const out = externalizeInline(html, save);
        if (out !== html) writeFileSync(file, out);
      }
    },
  },
});

/**
 * Writes dist/_headers (Netlify, Cloudflare Pages) from src/lib/build/headers.ts, the one source of the
 * security and caching headers (deploy/nginx.conf and the pages' meta policy come from it too).
 * @returns {import('astro').AstroIntegration}
 */
const headers = () => ({
  name: 'plan-explorer-headers',
  hooks: {
    'astro:build:done': ({ dir }) => writeFileSync(new URL('_headers', dir), netlifyHeaders(base)),
  },
});

/**
 * Writes the service worker (dist/sw.js, Workbox) that precaches the whole plan for offline reading
 * (src/lib/build/offline.ts), after every other file of the build is in place.
 * @returns {import('astro').AstroIntegration}
 */
const offline = () => ({
  name: 'plan-explorer-offline',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      const { count, size, warnings } = await writeServiceWorker(fileURLToPath(dir), base);
      for (const w of warnings) logger.warn(w);
      logger.info(`sw.js precaches ${count} files, ${(size / 1024 / 1024).toFixed(1)} MB`);
    },
  },
});

/**
 * `client:intent` (src/scripts/hydrate-on-intent.ts): the explorer hydrates when the reader is about to use it, not
 * on load, so opening a view runs no framework code.
 * @returns {import('astro').AstroIntegration}
 */
const hydrateOnIntent = () => ({
  name: 'plan-explorer-client-intent',
  hooks: {
    'astro:config:setup': ({ addClientDirective }) =>
      addClientDirective({
        name: 'intent',
        entrypoint: fileURLToPath(new URL('src/scripts/hydrate-on-intent.ts', import.meta.url)),
      }),
  },
});

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  // no inline <style> or <script>: the pages run under script-src 'self'; style-src 'self' (src/lib/build/headers.ts)
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [react(), hydrateOnIntent(), notFoundPages(), sitemap(), noInlineCode(), headers(), offline()],
  vite: { build: { assetsInlineLimit: 0 } },
});
