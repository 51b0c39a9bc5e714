/**
 * The explorer hydrates when the reader reaches for it (`client:intent`, src/scripts/hydrate-on-intent.ts): opening a
 * view loads no island script; a pointer over it brings it live; the first tap before it is live is not lost but does
 * what it does in the live view; an address that carries a selection hydrates at once; and when the island's script
 * cannot load, the tapped link is followed as the server HTML meant it.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectPageError, TOUCH_PHONE, useBrowser } from './harness';

const { open, site } = useBrowser();

/** The island's component script, as the page names it. */
const componentUrl = async (page: Page) =>
  new URL((await page.locator('astro-island').getAttribute('component-url'))!, page.url()).href;

/** Every script the page asks for, from now on. */
function scriptsOf(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') urls.push(r.url());
  });
  return urls;
}

describe('the explorer comes alive when the reader reaches for it', () => {
  it('a view opened at its plain address is whole without its island script, which loads once a pointer comes over it', async () => {
    const page = await open(undefined, { viewport: { width: 1280, height: 800 } });
    const scripts = scriptsOf(page);
    await page.goto(`${site.url}explore/matrix/`, { waitUntil: 'networkidle' });
    const component = await componentUrl(page);
    expect(scripts).not.toContain(component);
    expect(await page.locator('[data-ready]').count()).toBe(0);
    // the server HTML is the whole view: every agency's row, each linking to its page
    const data = (await (await page.request.get(`${site.url}data/measures.json`)).json()) as {
      measures: { agencies: { id: string }[] }[];
    };
    const agencies = new Set(data.measures.flatMap((m) => m.agencies.map((a) => a.id)));
    const rows = page.locator('table.matrix tbody tr');
    expect(await rows.count()).toBe(agencies.size);
    expect(await rows.first().locator('th a[href*="/agencies/"]').count()).toBe(1);

    await page.locator('table.matrix').hover();
    await page.locator('[data-explorer][data-ready="true"]').waitFor();
    expect(scripts).toContain(component);
  });

  const early = [
    // a phone: the graph is a list of agencies, tapped
    { view: 'graph', item: '.net__list a[data-agency="commerce"]', touch: true },
    // a desktop: the matrix's row header, clicked (its handler is a native listener on the body)
    { view: 'matrix', item: 'table.matrix tbody tr[data-agency="commerce"] th a', touch: false },
  ];
  for (const { view, item, touch } of early) {
    it(`${touch ? 'a tap' : 'a click'} on the ${view} before the island is live selects, once it is, what was ${touch ? 'tapped' : 'clicked'} — in the same page`, async () => {
      const page = await open(undefined, touch ? TOUCH_PHONE : { viewport: { width: 1280, height: 800 } });
      await page.goto(`${site.url}explore/${view}/`, { waitUntil: 'networkidle' });
      const component = await componentUrl(page);
      // hold the island's script until the tap is done, so the tap surely comes before the island is live
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      await page.route(component, async (route) => {
        await held;
        await route.continue();
      });
      await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
      const target = page.locator(item);
      await (touch ? target.tap() : target.click());
      expect(await page.locator('[data-ready]').count()).toBe(0);
      release();

      await page.waitForURL(new RegExp(`/explore/${view}/\\?agency=commerce$`, 'u'));
      await page.locator('[data-explorer][data-ready="true"]').waitFor();
      const row = view === 'graph' ? target : page.locator('table.matrix tr[data-agency="commerce"]');
      expect(await row.getAttribute('data-selected')).toBe('true');
      expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    });
  }

  it('the skip link works before the island is live: it needs no app, so it is not held', async () => {
    const page = await open(undefined, { viewport: { width: 1280, height: 800 } });
    await page.goto(`${site.url}explore/matrix/`, { waitUntil: 'networkidle' });
    // the island's script never comes: whatever works now works without it
    await page.route(await componentUrl(page), () => {});
    await page.locator('.explorer__skip').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/#explorer-panel$/u);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('explorer-panel');
    expect(await page.locator('[data-ready]').count()).toBe(0);
  });

  it('an address with a selection hydrates without any gesture and shows it', async () => {
    const page = await open(undefined, { viewport: { width: 1280, height: 800 } });
    await page.goto(`${site.url}explore/matrix/?agency=commerce`);
    await page.locator('[data-explorer][data-ready="true"]').waitFor();
    expect(await page.locator('table.matrix tr[data-agency="commerce"]').getAttribute('data-selected')).toBe('true');
  });

  it('when the island script cannot load, the link the reader tapped is followed', async () => {
    const phone = await open(undefined, TOUCH_PHONE);
    await phone.goto(`${site.url}explore/matrix/`, { waitUntil: 'networkidle' });
    // the script and Astro's retry of it (the same path with a query) both fail
    const script = new URL(await componentUrl(phone)).pathname;
    await phone.route(
      (url) => url.pathname === script,
      (route) => route.abort('internetdisconnected'),
    );
    expectPageError('[astro-island] Error hydrating');
    expectPageError('net::ERR_INTERNET_DISCONNECTED');
    const row = phone.locator('table.matrix tbody tr[data-agency="commerce"] th a');
    const href = new URL((await row.getAttribute('href'))!, phone.url()).href;
    await Promise.all([phone.waitForURL(href), row.tap()]);
  });
});
