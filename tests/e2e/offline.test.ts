/**
 * Offline reading: after one visit to the home page the service worker (sw.js, from src/lib/build/offline.ts)
 * has the whole plan in both editions, within its byte budget; with the server gone, measures, the plan, the
 * search (English queries too) and the downloads still work, under the site's CSP, and any other address gets the
 * offline page of its edition. A new deployment replaces the cache: no page of the old build is served after it,
 * an open tab says that a newer version is there, and keeps working although its build's scripts are gone.
 * Served by nginx with the repository's configuration (tests/e2e/nginx.ts).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { PRECACHE_BUDGET, writeServiceWorker } from '../../src/lib/build/offline';
import { expectPageError, ROOT, serve, useBrowser, watchPolicyViolations, type Site } from './harness';
import { serveWithNginx } from './nginx';

// one Chromium for the file; each test serves its own copy of dist/
const fixture = useBrowser({ site: null });
const dirs: string[] = [];

/** A copy of dist/ that a test may redeploy. */
function copyOfDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-explorer-offline-'));
  cpSync(join(ROOT, 'dist'), dir, { recursive: true });
  dirs.push(dir);
  return dir;
}

/** The files a built sw.js precaches, as paths under the site's root ('/en/plan/index.html'). */
function precached(dist: string): string[] {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  return [...sw.matchAll(/\burl:"([^"]+)"/gu)].map((m) => m[1]!.replace(/\?.*$/u, ''));
}

/**
 * A second deployment, as a new build would make it: every hashed file of /_astro/ and /search-data/ gets a new
 * name (and every reference to it follows), the old names are gone from the server, measure 37 has a new heading,
 * and sw.js is written again as the build writes it. Returns the old and new name of each hashed file.
 */
async function redeploy(dir: string): Promise<Map<string, string>> {
  const renamed = new Map<string, string>();
  for (const folder of ['_astro', 'search-data']) {
    for (const f of readdirSync(join(dir, folder))) {
      const m = /^(.+)\.([^.]+)\.(js|css|json)$/u.exec(f);
      if (!m) continue;
      const to = `${m[1]}.${m[2]}n2.${m[3]}`;
      renameSync(join(dir, folder, f), join(dir, folder, to));
      renamed.set(f, to);
    }
  }
  const names = new RegExp([...renamed.keys()].map((n) => n.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|'), 'gu');
  for (const f of readdirSync(dir, { recursive: true }) as string[]) {
    if (!/\.(html|js|css|json)$/u.test(f) || f === 'sw.js') continue;
    const text = readFileSync(join(dir, f), 'utf8');
    const out = text.replace(names, (n) => renamed.get(n)!);
    if (out !== text) writeFileSync(join(dir, f), out);
  }
  const file = join(dir, 'measures/37/index.html');
  writeFileSync(file, readFileSync(file, 'utf8').replace('</h1>', '（新版）</h1>'));
  await writeServiceWorker(dir, '/');
  return renamed;
}

/** Resolves when the service worker controlling `page` has been replaced by the deployment now on the server. */
async function untilUpdated(page: Page) {
  await page.evaluate(async () => {
    const changed = new Promise((ok) =>
      navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }),
    );
    await (await navigator.serviceWorker.getRegistration())!.update();
    await changed;
  });
}

afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function watched(context: BrowserContext): Promise<{ page: Page; violations: string[] }> {
  const violations = await watchPolicyViolations(context);
  return { page: await context.newPage(), violations };
}

/** Waits until the service worker has precached everything and controls the page. */
async function untilControlled(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
    }
  });
}

async function goOffline(context: BrowserContext, site: Site) {
  await site.close();
  await context.setOffline(true);
}

describe('offline', () => {
  it('precaches both editions, the English index and the downloads within the stated byte budget', () => {
    const dist = join(ROOT, 'dist');
    const files = precached(dist);
    for (const f of [
      '/index.html',
      '/en/index.html',
      '/en/measures/37/index.html',
      '/offline/index.html',
      '/en/offline/index.html',
      '/data/measures.csv',
      '/data/plan.txt',
    ]) {
      expect(files).toContain(f);
    }
    expect(files.some((f) => /^\/search-data\/english\.[^/]+\.json$/u.test(f))).toBe(true);
    const bodies = files.map((f) => readFileSync(join(dist, f)));
    const raw = bodies.reduce((n, b) => n + b.length, 0);
    const gzip = bodies.reduce((n, b) => n + gzipSync(b, { level: 6 }).length, 0);
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;
    const detail = `${files.length} files, ${mb(raw)} raw, ${mb(gzip)} gzip`;
    expect(raw, detail).toBeLessThanOrEqual(PRECACHE_BUDGET.raw);
    expect(gzip, detail).toBeLessThanOrEqual(PRECACHE_BUDGET.gzip);
  });

  it('after one visit to the home page, measures, the plan and the search work without a network', async () => {
    const site = await serveWithNginx(copyOfDist());
    const context = await fixture.browser.newContext();
    const { page, violations } = await watched(context);
    await page.goto(site.url);
    await untilControlled(page);
    await goOffline(context, site);

    await page.goto(`${site.url}measures/37/`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain('第37条');

    await page.goto(`${site.url}plan/#m12`);
    await expect.poll(() => page.evaluate(() => document.getElementById('m12')?.textContent ?? '')).toContain('12');
    expect(await page.evaluate(() => location.hash)).toBe('#m12');

    await page.goto(`${site.url}search/?q=${encodeURIComponent('托育')}`);
    const hit = page
      .locator('main')
      .getByRole('link', { name: /第\d+条/u })
      .first();
    await hit.waitFor();
    expect(await page.locator('main').innerText()).toContain('托育');

    // the relief finder and an agency page too
    await page.goto(`${site.url}relief/?industry=childcare`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('惠企政策查找');
    await page.goto(`${site.url}agencies/commerce/`);
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);

    // the English edition, and an English query in the header box of a Chinese page
    await page.goto(`${site.url}en/measures/37/`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(/^Measure 37\b/u);
    await page.goto(`${site.url}measures/`);
    const box = page.locator('search-box input');
    await box.fill('childcare');
    await page.locator('search-box[data-rendered="childcare"]').waitFor({ state: 'attached' });
    await expect.poll(() => page.locator('.search-box__list').getByRole('link').count()).toBeGreaterThan(0);

    // the downloads
    const csv = await page.evaluate(async (u) => (await fetch(u)).text(), `${site.url}data/measures.csv`);
    expect(csv.split('\n').length).toBeGreaterThan(66);

    // anything else: the offline page, in the reader's edition
    const card = await page.goto(`${site.url}share/measure-1.png`);
    expect(card?.status()).toBe(200);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('没有网络连接');
    await page.goto(`${site.url}en/no-such-page/`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('No network connection');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    expect(violations).toEqual([]);
    await context.close();
  }, 180_000);

  it('an English query whose index cannot be had offline says so, in English', async () => {
    // offline before the service worker stored anything (here: no service worker at all)
    const site = await serve();
    const context = await fixture.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    for (const [path, text] of [
      ['measures/', '（英文检索暂不可用'],
      ['en/measures/', 'Search in Chinese or pinyin'],
    ] as const) {
      await page.goto(`${site.url}${path}`);
      const box = page.locator('search-box input');
      await box.fill('托育');
      await page.locator('search-box[data-rendered="托育"]').waitFor({ state: 'attached' });
      await context.setOffline(true);
      expectPageError('ERR_INTERNET_DISCONNECTED');
      await box.fill('childcare');
      const status = page.locator('.search-box__status');
      await expect.poll(() => status.innerText()).toContain('The English search index is not available offline.');
      expect(await status.innerText()).toContain(text);
      await context.setOffline(false);
    }
    await context.close();
    await site.close();
  }, 120_000);

  it('a new deployment replaces the cache: once its service worker is fetched, no page of the old build is served', async () => {
    const dir = copyOfDist();
    const site = await serveWithNginx(dir);
    const context = await fixture.browser.newContext();
    const { page, violations } = await watched(context);
    await page.goto(`${site.url}measures/37/`);
    await untilControlled(page);
    const before = await page.getByRole('heading', { level: 1 }).innerText();

    // deploy a new build (measure 37 changed); the browser looks for a new service worker (on navigation, or
    // asked as here); the new one precaches the new build, then takes over
    await redeploy(dir);
    await untilUpdated(page);
    await goOffline(context, site);

    await page.goto(`${site.url}measures/37/`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(`${before}（新版）`);
    const cacheNames: string[] = await page.evaluate(() => caches.keys());
    expect(cacheNames.filter((c) => c.includes('precache'))).toHaveLength(1);
    expect(violations).toEqual([]);
    await context.close();
  }, 180_000);

  it('a tab opened before a deployment says a newer version is there, and still searches and cites', async () => {
    const dir = copyOfDist();
    const site = await serveWithNginx(dir);
    const context = await fixture.browser.newContext();
    const { page, violations } = await watched(context);
    await page.goto(`${site.url}measures/37/`);
    await untilControlled(page);
    // the tab that stays open: controlled by this deployment's worker, its search and citation code not loaded yet
    await page.reload();
    const notice = page.getByRole('status').filter({ has: page.getByRole('button') });
    expect(await notice.count()).toBe(0);

    const loaded = () => page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
    const renamed = await redeploy(dir);
    const engine = [...renamed.keys()].find((f) => f.startsWith('engine.'));
    expect(engine, 'the search engine, a script of the old build').toBeDefined();
    expect((await loaded()).filter((u) => u.includes(engine!))).toEqual([]);
    // the browser's own cache may still hold the old files (not with every host's headers, nor for long): empty it
    await (await context.newCDPSession(page)).send('Network.clearBrowserCache');
    expect(existsSync(join(dir, '_astro', engine!))).toBe(false);
    expect((await fetch(`${site.url}_astro/${engine}`)).status).toBe(404);
    await untilUpdated(page);

    // the notice, in the page's edition, reachable by keyboard
    await notice.waitFor();
    expect(await notice.innerText()).toContain('本站已更新');
    const reload = notice.getByRole('button', { name: '重新载入' });
    expect(await reload.count()).toBe(1);

    // the old page still searches (its engine and index are the old build's) and cites
    await page.locator('search-box input').fill('托育');
    await page.locator('search-box[data-rendered="托育"]').waitFor({ state: 'attached' });
    expect(await page.locator('.search-box__list').getByRole('link').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await page.locator('details.cite summary').first().click();
    await page.locator('details.cite[open]:not([aria-busy])').first().waitFor();
    expect((await page.locator('[data-cite-text]').first().innerText()).length).toBeGreaterThan(0);

    // reloading from the notice shows the new deployment, and no notice
    await reload.focus();
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain('（新版）');
    expect(await notice.count()).toBe(0);
    expect(violations).toEqual([]);
    await site.close();
    await context.close();
  }, 240_000);

  it('a tab without a service worker whose scripts a deployment removed reloads into the new version', async () => {
    const dir = copyOfDist();
    const site = await serveWithNginx(dir);
    const context = await fixture.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${site.url}measures/37/`);
    await redeploy(dir);
    // the search box asks for its scripts, which are gone: the page reloads into the new deployment, once
    expectPageError('Failed to fetch dynamically imported module');
    expectPageError('the server responded with a status of 404');
    await Promise.all([page.waitForEvent('load'), page.locator('search-box input').fill('托育')]);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain('（新版）');
    await page.locator('search-box input').fill('托育');
    await page.locator('search-box[data-rendered="托育"]').waitFor({ state: 'attached' });
    expect(await page.locator('.search-box__list').getByRole('link').count()).toBeGreaterThan(0);
    await context.close();
    await site.close();
  }, 120_000);
});
