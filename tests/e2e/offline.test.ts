/**
 * Offline reading: after one visit to the home page the service worker (sw.js, from src/lib/build/offline.ts)
 * has the whole plan; with the server gone, measures, the plan and the search still work, under the
 * site's CSP. A new deployment replaces the cache: no page of the old build is served after it.
 * Served by nginx with the repository's configuration (tests/e2e/nginx.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { serviceWorkerOptions } from '../../src/lib/build/offline';
import { launch, ROOT, watchPolicyViolations, type Site } from './harness';
import { serveWithNginx } from './nginx';

let browser: Browser;
const dirs: string[] = [];

/** A copy of dist/ that a test may redeploy. */
function copyOfDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-explorer-offline-'));
  cpSync(join(ROOT, 'dist'), dir, { recursive: true });
  dirs.push(dir);
  return dir;
}

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
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
  it('after one visit to the home page, measures, the plan and the search work without a network', async () => {
    const site = await serveWithNginx(copyOfDist());
    const context = await browser.newContext();
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

    expect(violations).toEqual([]);
    await context.close();
  }, 180_000);

  it('a new deployment replaces the cache: once its service worker is fetched, no page of the old build is served', async () => {
    const dir = copyOfDist();
    const site = await serveWithNginx(dir);
    const context = await browser.newContext();
    const { page, violations } = await watched(context);
    await page.goto(`${site.url}measures/37/`);
    await untilControlled(page);
    const before = await page.getByRole('heading', { level: 1 }).innerText();

    // deploy a new build: measure 37 changed, the service worker rewritten as the build writes it
    const file = join(dir, 'measures/37/index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace('</h1>', '（新版）</h1>'));
    await generateSW(serviceWorkerOptions(dir, '/'));

    // the browser looks for a new service worker (on navigation, or asked as here); the new one
    // precaches the new build, then takes over
    await page.evaluate(async () => {
      const changed = new Promise((ok) =>
        navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }),
      );
      await (await navigator.serviceWorker.getRegistration())!.update();
      await changed;
    });
    await goOffline(context, site);

    await page.goto(`${site.url}measures/37/`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(`${before}（新版）`);
    const cacheNames: string[] = await page.evaluate(() => caches.keys());
    expect(cacheNames.filter((c) => c.includes('precache'))).toHaveLength(1);
    expect(violations).toEqual([]);
    await context.close();
  }, 180_000);
});
