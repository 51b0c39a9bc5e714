/**
 * What the service worker precaches so the whole plan reads offline after one visit: every page,
 * the hashed scripts and styles (search engine included), the content-addressed search files, the
 * manifest and icons. Not the downloads (/data/), the share cards, or the English edition (/en/). Options for workbox-build's
 * generateSW, written by the build (astro.config.mjs). Pure.
 */

export const SERVICE_WORKER = 'sw.js';
export const MANIFEST = 'manifest.webmanifest';

/** The options for generateSW for a built site in `dir` served under `base`. */
export function serviceWorkerOptions(dir: string, base: string) {
  const b = base.endsWith('/') ? base : `${base}/`;
  return {
    globDirectory: dir,
    globPatterns: ['**/*.html', '_astro/**/*.{js,css}', 'search-data/*.json', 'favicon.svg', MANIFEST, 'icons/*.png'],
    // the unofficial English edition (/en/) would double the first visit's download; it is read online, and so is
    // the English search index (fetched only for an English query)
    globIgnores: ['en/**', 'search-data/english.*.json'],
    swDest: `${dir.replace(/\/$/u, '')}/${SERVICE_WORKER}`,
    // precache entries as the browser asks for them: with the base
    modifyURLPrefix: { '': b },
    // already content-addressed: no revision parameter needed
    dontCacheBustURLsMatching: /\/(_astro|search-data)\//u,
    // the pages are static; their query strings (/search/?q=…, /relief/?industry=…) are read by scripts
    ignoreURLParametersMatching: [/.*/u],
    directoryIndex: 'index.html',
    // a new deployment takes over at once and drops what the old one cached: no page of an old
    // build is served once the new service worker has been fetched
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
