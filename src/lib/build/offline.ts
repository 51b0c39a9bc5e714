/**
 * What the service worker does so the whole plan reads offline after one visit, in both editions:
 * - precaches every page of both editions (/ and /en/), the hashed scripts and styles (both search engines), the
 *   content-addressed search files (the English index included), the downloads (/data/), the manifest and icons,
 *   within PRECACHE_BUDGET;
 * - keeps the share cards (/share/*.png, 1200×630 pictures for link previews, ~3 MB in all: more than the rest of
 *   the site gzipped) out of the precache: a card is kept once it has been fetched;
 * - answers a page it does not have, with the network gone, with the offline page of the reader's edition
 *   (/offline/, /en/offline/) instead of the browser's error page;
 * - keeps the previous deployment's hashed files (/_astro/, /search-data/) when a new one takes over, so a tab
 *   opened before the deployment can still load the search engine, the citation formats and the explorer's code
 *   (src/scripts/offline.ts reloads a tab into the new version when even that fails).
 * Options for workbox-build's generateSW and the code appended to its sw.js, written by the build (astro.config.mjs).
 */
import { appendFileSync } from 'node:fs';
import { generateSW } from 'workbox-build';

export const SERVICE_WORKER = 'sw.js';
export const MANIFEST = 'manifest.webmanifest';
/** The cache that keeps the previous deployment's hashed files for tabs opened before it. */
const PREVIOUS_BUILD_CACHE = 'plan-explorer-previous-build';
/** The cache of share cards fetched online. */
const SHARE_CARD_CACHE = 'plan-explorer-share-cards';

/**
 * What one reader's first visit may download for offline reading: the files of the precache manifest as stored
 * (`raw`; astro build logs it) and gzipped at level 6 (about what a server that compresses text sends;
 * deploy/nginx.conf). Asserted on the built sw.js by tests/e2e/offline.test.ts. Measured 2026-12-04: 437 files,
 * 11.1 MB raw, 2.2 MB gzip (the Chinese edition alone, without the downloads, was 279 files, 7.0 MB, 1.3 MB gzip);
 * after the English explorer, data and 404 pages joined: 442 files, 12.2 MB raw, 2.4 MB gzip; after the English
 * targets page, the 64 English filters of the measure list and the English relief finder: 506 files, 14.69 MB raw,
 * 2.75 MB gzip. The gzip figure is
 * what a reader downloads; the raw one what the browser stores. Sizes in MB of 1024 × 1024 bytes.
 */
export const PRECACHE_BUDGET = { raw: 15 * 1024 * 1024, gzip: 2.9 * 1024 * 1024 } as const;

/** The options for generateSW for a built site in `dir` served under `base`. */
export function serviceWorkerOptions(dir: string, base: string) {
  const b = base.endsWith('/') ? base : `${base}/`;
  return {
    globDirectory: dir,
    globPatterns: [
      '**/*.html',
      '_astro/**/*.{js,css}',
      'search-data/*.json',
      'data/*.{csv,json,txt}',
      'favicon.svg',
      MANIFEST,
      'icons/*.png',
    ],
    swDest: `${dir.replace(/\/$/u, '')}/${SERVICE_WORKER}`,
    // precache entries as the browser asks for them: with the base
    modifyURLPrefix: { '': b },
    // already content-addressed: no revision parameter needed
    dontCacheBustURLsMatching: /\/(_astro|search-data)\//u,
    // the pages are static; their query strings (/search/?q=…, /relief/?industry=…) are read by scripts
    ignoreURLParametersMatching: [/.*/u],
    directoryIndex: 'index.html',
    // routes in order, after the precache's
    runtimeCaching: [
      {
        // any other page (a share card opened as a page too): the network, else what a cache has, else the
        // offline page of the reader's edition
        urlPattern: ({ request }: { request: Request }) => request.mode === 'navigate',
        handler: 'NetworkOnly' as const,
        options: { plugins: [{ handlerDidError: offlinePage }] },
      },
      {
        // a hashed file the precache does not have: the previous deployment's, for a tab opened before it
        urlPattern: /\/(_astro|search-data)\//u,
        handler: 'CacheFirst' as const,
        options: { cacheName: PREVIOUS_BUILD_CACHE, cacheableResponse: { statuses: [200] } },
      },
      {
        urlPattern: /\/share\/(?:en\/)?[^/]+\.png$/u,
        handler: 'CacheFirst' as const,
        options: {
          cacheName: SHARE_CARD_CACHE,
          cacheableResponse: { statuses: [200] },
          expiration: { maxEntries: 80 },
        },
      },
    ],
    // a new deployment takes over at once (the open tabs are told: src/scripts/offline.ts) and drops what the old
    // one precached, but for the hashed files kept by keepPreviousBuild
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // one file: no importScripts, which Trusted Types would refuse in the worker
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    // the whole plan: 66 measures, the plan, agencies, filters, explorer (the largest page is ~200 KB)
    maximumFileSizeToCacheInBytes: 1024 * 1024,
  };
}

/*
 * The two functions below run in the service worker: workbox-build copies their source into sw.js, so they use
 * nothing but their arguments and the worker's globals (names they need are repeated as literals).
 */

/**
 * For a navigation that failed (a workbox plugin's handlerDidError): what a cache has for it (a share card seen
 * before), else the offline page of the reader's edition.
 */
export async function offlinePage({ request }: { request: Request }): Promise<Response | undefined> {
  const scope = (self as unknown as { registration: { scope: string } }).registration.scope;
  const page = request.url.startsWith(`${scope}en/`) ? 'en/offline/' : 'offline/';
  return (await caches.match(request)) ?? caches.match(`${scope}${page}index.html`, { ignoreSearch: true });
}

/**
 * On install, before the new deployment's precache drops the old entries: copies the hashed files (/_astro/,
 * /search-data/) of the precache into PREVIOUS_BUILD_CACHE, where the CacheFirst route above finds them.
 */
function keepPreviousBuild() {
  const keep = async () => {
    const scope = (self as unknown as { registration: { scope: string } }).registration.scope;
    const name = (await caches.keys()).find((n) => n.startsWith('workbox-precache') && n.endsWith(scope));
    if (!name) return;
    const from = await caches.open(name);
    const requests = (await from.keys()).filter((r) => /\/(_astro|search-data)\//u.test(new URL(r.url).pathname));
    if (!requests.length) return;
    await caches.delete('plan-explorer-previous-build');
    const to = await caches.open('plan-explorer-previous-build');
    for (const r of requests) {
      const res = await from.match(r);
      if (res) await to.put(r, res);
    }
  };
  self.addEventListener('install', (e) => (e as Event & { waitUntil(p: Promise<unknown>): void }).waitUntil(keep()));
}

/** Writes sw.js for the built site in `dir` under `base`: generateSW, then the previous build's keeper. */
export async function writeServiceWorker(dir: string, base: string) {
  const options = serviceWorkerOptions(dir, base);
  const result = await generateSW(options);
  appendFileSync(options.swDest, `\n(${keepPreviousBuild.toString()})();\n`);
  return result;
}
