/**
 * The built site behind a real web server: Debian's nginx with the repository's configuration
 * (deploy/nginx.conf, from src/lib/build/headers.ts), driven in Chromium. Every header on every page type,
 * zero Content Security Policy violations while each page is used, the 404 page, caching, gzip,
 * trailing slashes, and a sub-path deployment.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { CACHE, SECURITY_HEADERS } from '../../src/lib/build/headers';
import { expectPageError, ROOT, watchPolicyViolations, useBrowser, type Site, explorerLive } from './harness';
import { runNode } from '../helpers/astro';
import { SUB_BASE, subPathBuild } from '../helpers/sub-build';
import { createServer } from 'node:http';
import { serveWithNginx } from './nginx';

const { open, site } = useBrowser({ site: () => serveWithNginx(join(ROOT, 'dist')) });

/**
 * A page that records every securitypolicyviolation event (Trusted Types included) and every asset
 * response from `folder`. Without a service worker: every response here comes from nginx (offline.test.ts has it).
 */
async function watchedPage(
  folder = '/_astro/',
): Promise<{ page: Page; violations: string[]; assets: Map<string, Record<string, string>> }> {
  const page = await open(undefined, { serviceWorkers: 'block' });
  const violations = await watchPolicyViolations(page);
  const assets = new Map<string, Record<string, string>>();
  page.on('response', (r) => {
    if (new URL(r.url()).pathname.includes(folder)) assets.set(new URL(r.url()).pathname, r.headers());
  });
  return { page, violations, assets };
}

function expectSecurityHeaders(headers: Record<string, string>, what: string) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS))
    expect(headers[name.toLowerCase()], `${name} on ${what}`).toBe(value);
}

/** Raw response headers (no decompression), as a CDN or crawler sees them. */
function rawHead(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((ok, fail) => {
    const req = request(url, { headers }, (res) => {
      res.resume();
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on('error', fail);
    req.end();
  });
}

/** Each page type, and what a reader does there. */
const PAGE_TYPES: [string, string, (p: Page) => Promise<void>][] = [
  [
    'home, header search typed',
    '',
    async (p) => {
      await p.getByRole('search', { name: '站内检索' }).getByRole('searchbox').fill('托育');
      await p
        .locator('#site-search-panel')
        .getByRole('link', { name: /第\d+条/u })
        .first()
        .waitFor();
    },
  ],
  [
    'measure, cite menu opened',
    'measures/14/',
    async (p) => {
      await p.getByText('引用本条').click();
      await p.locator('details.cite[open]').waitFor();
    },
  ],
  ['whole plan', 'plan/', async () => {}],
  [
    'search page, query typed',
    'search/',
    async (p) => {
      await p.locator('main').getByRole('searchbox').fill('养老');
      await p
        .locator('main')
        .getByRole('link', { name: /第\d+条/u })
        .first()
        .waitFor();
    },
  ],
  [
    'relief finder, filtered',
    'relief/',
    async (p) => {
      await p.getByRole('combobox', { name: '行业' }).selectOption({ label: '餐饮' });
      await p.waitForURL(/industry=catering/u);
    },
  ],
  [
    'explorer graph, node selected',
    'explore/graph/',
    async (p) => {
      // before the island hydrates a node is a plain link (the no-JS page); select once it is live
      await explorerLive(p);
      await p.locator('svg.graph a[data-agency="commerce"]').click();
      await p.waitForURL(/agency=commerce/u);
    },
  ],
  [
    'explorer matrix, sorted or a measure selected',
    'explore/matrix/',
    async (p) => {
      // the matrix island sorts by its header buttons, or (should they go) selects a measure
      await explorerLive(p);
      const sort = p.getByRole('columnheader', { name: '牵头' }).getByRole('button');
      if (await sort.count()) {
        await sort.click();
        await p.locator('table.matrix th[aria-sort="descending"]').first().waitFor();
      } else {
        await p.getByRole('button', { name: /^第20条 / }).click();
        await p.waitForURL(/measure=20/u);
      }
    },
  ],
  ['explorer hub', 'explore/', async () => {}],
  ['sector charts', 'explore/sectors/', async () => {}],
  ['measure list', 'measures/', async () => {}],
  ['measure filter', 'measures/part/3/', async () => {}],
  ['part', 'parts/3/', async () => {}],
  ['sector', 'sectors/finance/', async () => {}],
  ['task force', 'task-forces/nonprofit/', async () => {}],
  ['agencies', 'agencies/', async () => {}],
  ['agency', 'agencies/commerce/', async () => {}],
  [
    'targets, table sorted',
    'targets/',
    async (p) => {
      const button = p.getByRole('button', { name: /目标值/u });
      await button.click();
      await p.locator('th[aria-sort="ascending"]').waitFor();
    },
  ],
  ['about', 'about/', async () => {}],
  ['data', 'data/', async () => {}],
];

describe('nginx with deploy/nginx.conf', () => {
  it('reports a policy violation when one happens (the watch below can fail)', async () => {
    // provoked on purpose: Chromium logs the refusal as a console error
    expectPageError('violates the following Content Security Policy directive');
    const { page, violations } = await watchedPage();
    await page.goto(site.url);
    await page.evaluate(() => {
      const s = document.createElement('style');
      s.textContent = 'body { color: red }';
      document.head.append(s);
    });
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(violations.join('\n')).toMatch(/style-src/u);
    await page.close();
  });

  for (const [name, path, use] of PAGE_TYPES) {
    it(`${name} (/${path}): every header, hashed assets immutable, zero CSP violations while used`, async () => {
      const { page, violations, assets } = await watchedPage();
      const res = await page.goto(site.url + path);
      expect(res?.status()).toBe(200);
      const headers = res!.headers();
      expectSecurityHeaders(headers, path);
      expect(headers['cache-control']).toBe(CACHE.revalidate);
      expect(headers['content-type']).toBe('text/html; charset=utf-8');
      await use(page);
      expect(assets.size, 'the page loads hashed CSS or JS').toBeGreaterThan(0);
      for (const [u, h] of assets) {
        expect(h['cache-control'], u).toBe(CACHE.immutable);
        expectSecurityHeaders(h, u);
      }
      expect(violations).toEqual([]);
      await page.close();
    });
  }

  it('serves the search index under a content-addressed name, cached as immutable; a homophone query fetches the other file', async () => {
    const { page, violations, assets: data } = await watchedPage('/search-data/');
    await page.goto(`${site.url}search/?q=拖育`);
    await page
      .locator('main')
      .getByRole('link', { name: /第\d+条/u })
      .first()
      .waitFor();
    await expect.poll(() => data.size).toBe(2);
    for (const [path, h] of data) {
      expect(path).toMatch(/^\/search-data\/(index|homophones)\.[0-9a-f]{10}\.json$/u);
      expect(h['cache-control'], path).toBe(CACHE.immutable);
      expectSecurityHeaders(h, path);
    }
    expect(violations).toEqual([]);
    await page.close();
  });

  it('answers an unknown path with the 404 page, status 404, and every header', async () => {
    const { page, violations } = await watchedPage();
    const res = await page.goto(`${site.url}no-such-page/`);
    expect(res?.status()).toBe(404);
    expectSecurityHeaders(res!.headers(), '404');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain('找不到这个页面');
    expect(violations).toEqual([]);
    await page.close();
  });

  it('answers an unknown English address with the English 404 page, status 404; neither 404 page asks robots not to index', async () => {
    const { page, violations } = await watchedPage();
    const res = await page.goto(`${site.url}en/no-such-page/`);
    expect(res?.status()).toBe(404);
    expectSecurityHeaders(res!.headers(), 'English 404');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Page not found');
    expect(await page.locator('meta[name="robots"]').count()).toBe(0);
    // a mistyped measure address gets its guess, in English
    await page.goto(`${site.url}en/m14`);
    await expect.poll(() => page.locator('#measure-hint a').getAttribute('href')).toMatch(/\/en\/measures\/14\/$/u);
    expect(await page.locator('#measure-hint').innerText()).toBe('Did you mean Measure 14?');
    const zh = await page.goto(`${site.url}no-such-page/`);
    expect(zh?.status()).toBe(404);
    expect(await page.locator('meta[name="robots"]').count()).toBe(0);
    // an error page answers for addresses that are not its own: it names no canonical address, in either edition
    expect(await page.locator('link[rel="canonical"], meta[property="og:url"]').count()).toBe(0);
    await page.goto(`${site.url}en/no-such-page/`);
    expect(await page.locator('link[rel="canonical"], meta[property="og:url"]').count()).toBe(0);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('serves the web app manifest as such and the service worker revalidated, so a new deployment is seen', async () => {
    const manifest = await rawHead(`${site.url}manifest.webmanifest`);
    expect(manifest.status).toBe(200);
    expect(manifest.headers['content-type']).toMatch(/^application\/manifest\+json\b/u);
    const sw = await rawHead(`${site.url}sw.js`);
    expect(sw.status).toBe(200);
    expect(sw.headers['cache-control']).toBe(CACHE.revalidate);
    expect(sw.headers['content-security-policy']).toBe(SECURITY_HEADERS['Content-Security-Policy']);
  });

  it('redirects a folder without its slash (301) to the folder, on the same host', async () => {
    const r = await rawHead(`${site.url}measures/37`);
    expect(r.status).toBe(301);
    expect(r.headers.location).toBe('/measures/37/');
  });

  it('compresses HTML, CSS, JavaScript and JSON with gzip, varying on Accept-Encoding', async () => {
    const page = await open(undefined, { serviceWorkers: 'block' });
    const assets: string[] = [];
    page.on('response', (r) => {
      if (/\/_astro\/.+\.(css|js)$/u.test(r.url())) assets.push(r.url());
    });
    await page.goto(`${site.url}search/?q=托育`);
    await page
      .locator('main')
      .getByRole('link', { name: /第\d+条/u })
      .first()
      .waitFor();
    await page.close();
    const urls = [site.url, `${site.url}measures/37/`, `${site.url}data/measures.json`, ...assets.slice(0, 4)];
    expect(assets.some((a) => a.endsWith('.css')) && assets.some((a) => a.endsWith('.js'))).toBe(true);
    for (const u of urls) {
      const r = await rawHead(u, { 'Accept-Encoding': 'gzip' });
      expect(r.headers['content-encoding'], u).toBe('gzip');
      expect(r.headers.vary, u).toMatch(/Accept-Encoding/u);
      const plain = await rawHead(u);
      expect(plain.headers['content-encoding'], `${u} without Accept-Encoding`).toBeUndefined();
    }
  });
});

describe('npm run deploy:check (deploy/check.ts)', () => {
  const check = (url: string) =>
    runNode([join(ROOT, 'node_modules/vite-node/dist/cli.mjs'), 'deploy/check.ts', '--', url]);

  it('passes a deployment that sends the policy', async () => {
    const r = await check(site.url);
    expect(r.output).toContain('every header matches src/lib/build/headers.ts');
    expect(r.status).toBe(0);
  });

  it('fails a host that sends no headers, naming each missing one', async () => {
    const bare = createServer((req, res) => {
      if (req.url === '/')
        res.writeHead(200, { 'Content-Type': 'text/html' }).end('<link rel="stylesheet" href="/_astro/a.css">');
      else if (req.url === '/_astro/a.css') res.writeHead(200, { 'Content-Type': 'text/css' }).end('');
      else res.writeHead(404).end();
    });
    await new Promise<void>((ok) => bare.listen(0, '127.0.0.1', ok));
    const { port } = bare.address() as { port: number };
    try {
      const r = await check(`http://127.0.0.1:${port}/`);
      expect(r.status).toBe(1);
      for (const name of [...Object.keys(SECURITY_HEADERS), 'Cache-Control'])
        expect(r.output).toContain(`${name}: expected`);
      expect(r.output).toMatch(/✗ 200 http:\/\/127\.0\.0\.1:\d+\/_astro\/a\.css/u);
    } finally {
      bare.close();
    }
  });
});

describe('nginx, the site built for a sub-path', () => {
  const BASE = SUB_BASE;
  let sub: Site;
  beforeAll(async () => {
    // the same /sub/ build as tests/e2e/crawl.test.ts (built once per tree)
    sub = await serveWithNginx(await subPathBuild(), BASE);
  }, 300_000);
  afterAll(async () => {
    await sub?.close();
  });

  it('serves pages, assets and search under /sub/ with every header and no CSP violation', async () => {
    const { page, violations, assets } = await watchedPage();
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    const res = await page.goto(`${sub.url}measures/14/`);
    expect(res?.status()).toBe(200);
    expectSecurityHeaders(res!.headers(), `${BASE}measures/14/`);
    await page.getByRole('search', { name: '站内检索' }).getByRole('searchbox').fill('托育');
    const hit = page
      .locator('#site-search-panel')
      .getByRole('link', { name: /第\d+条/u })
      .first();
    expect(await hit.getAttribute('href')).toMatch(/^\/sub\/measures\/\d+\/#s\d+$/u);
    expect(assets.size).toBeGreaterThan(0);
    for (const [u, h] of assets) {
      expect(u.startsWith(`${BASE}_astro/`), u).toBe(true);
      expect(h['cache-control'], u).toBe(CACHE.immutable);
    }
    expect(failed).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('answers a missing page under /sub/ with its 404 page, and redirects folders within /sub/', async () => {
    const page = await open(undefined, { serviceWorkers: 'block' });
    const res = await page.goto(`${sub.url}no-such-page/`);
    expect(res?.status()).toBe(404);
    expectSecurityHeaders(res!.headers(), '404 under /sub/');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain('找不到这个页面');
    await page.close();
    const r = await rawHead(`${sub.url}plan`);
    expect(r.status).toBe(301);
    expect(r.headers.location).toBe(`${BASE}plan/`);
  });
});
