/**
 * Search for people in their own words and on phones (issue 10), in Chromium at 390 and 1280 px:
 * partial matches and "not in this plan", facets folded on phones, the header panel inside the
 * viewport, loading on focus with a visible loading state, back restoring results and scroll, and
 * a placeholder that mentions the / key only where there is a keyboard.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, describeViolations, PHONE, TOUCH_PHONE, useBrowser } from './harness';

const DESKTOP = { width: 1280, height: 800 };

const { open, site } = useBrowser();
const searchPage = (q: string) => `${site.url}search/?q=${encodeURIComponent(q)}`;
const ready = (p: Page) => p.waitForSelector('[data-search-page][data-ready]');
const headerBox = (p: Page) => p.getByRole('searchbox', { name: '检索措施' });
const fullList = (p: Page) => p.getByRole('list', { name: '检索结果' }).last();
const numbers = (list: ReturnType<Page['locator']>) =>
  list.getByRole('link').evaluateAll((as) => as.map((a) => Number((a as HTMLElement).dataset.n)));

describe('answers in people’s own words', () => {
  it('says plainly when the plan has nothing, shows no results, and offers suggestions apart from results', async () => {
    const p = await open(undefined, { viewport: DESKTOP });
    for (const q of ['专项债', '医保报销', '博物馆门票']) {
      await p.goto(searchPage(q));
      await ready(p);
      await expect
        .poll(() => p.locator('[data-search-status]').textContent(), { message: q })
        .toContain('计划中没有提到');
      expect(await p.locator('[data-search-hits] a').count(), q).toBe(0);
      const suggestions = p.locator('[data-suggestions]');
      expect(await suggestions.isVisible(), q).toBe(true);
      expect(await suggestions.getByRole('link').count(), q).toBeGreaterThan(5);
      expect(
        await p.locator('[data-search-hits] [data-suggestions], [data-suggestions] [data-search-results]').count(),
      ).toBe(0);
    }
    expect(await p.locator('[data-search-status]').textContent()).toContain('“博物馆门票”');
  });

  it('shows measures that match only some words in their own block, headed with the words they matched', async () => {
    const p = await open(undefined, { viewport: DESKTOP });
    await p.goto(searchPage('冰雪旅游 博物馆'));
    await ready(p);
    const block = p.locator('[data-search-page] [data-partial]');
    await expect.poll(() => block.isVisible()).toBe(true);
    expect(await block.getByRole('heading').textContent()).toBe('只匹配到：冰雪旅游');
    expect((await numbers(block))[0]).toBe(38);
    expect(await numbers(fullList(p))).toEqual([]);
    expect(await p.locator('[data-search-status]').textContent()).toContain('计划中没有提到“博物馆”');
    const v = await axe(p);
    expect(v, describeViolations(v)).toEqual([]);
  });

  it('answers a question in everyday words with the measure that holds the answer', async () => {
    const p = await open(undefined, { viewport: DESKTOP });
    await p.goto(searchPage('孩子上托儿所有补贴吗'));
    await ready(p);
    await expect
      .poll(
        async () =>
          [...(await numbers(fullList(p))), ...(await numbers(p.locator('[data-search-page] [data-partial]')))][0],
      )
      .toBe(50);
  });
});

describe('on a 390 px phone', () => {
  it('shows the first result without scrolling; facets fold behind 筛选', async () => {
    const p = await open(undefined, TOUCH_PHONE);
    await p.goto(searchPage('养老'));
    await ready(p);
    const first = fullList(p).getByRole('link').first();
    await first.waitFor();
    const box = (await first.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    const agency = p.getByRole('combobox', { name: '责任单位' });
    expect(await agency.isVisible()).toBe(false);
    await p.locator('summary', { hasText: '筛选' }).click();
    expect(await agency.isVisible()).toBe(true);
  });

  it('opens the facets when the URL has one', async () => {
    const p = await open(undefined, TOUCH_PHONE);
    await p.goto(`${searchPage('服务')}&agency=civil-affairs`);
    await ready(p);
    expect(await p.getByRole('combobox', { name: '责任单位' }).isVisible()).toBe(true);
  });

  it('keeps facets open on a wide screen', async () => {
    const p = await open(undefined, { viewport: DESKTOP });
    await p.goto(searchPage('养老'));
    await ready(p);
    expect(await p.getByRole('combobox', { name: '责任单位' }).isVisible()).toBe(true);
  });
});

describe('header dropdown', () => {
  for (const viewport of [DESKTOP, PHONE]) {
    it(`never runs past the viewport at ${viewport.width} px`, async () => {
      const p = await open(undefined, { viewport: viewport });
      await p.goto(`${site.url}measures/14/`);
      await headerBox(p).fill('养老');
      const panel = p.locator('#site-search-panel');
      await panel.getByRole('link').first().waitFor();
      const r = (await panel.boundingBox())!;
      expect(r.x).toBeGreaterThanOrEqual(0);
      expect(r.x + r.width).toBeLessThanOrEqual(viewport.width);
    });
  }

  it('starts loading on focus, before any key, and says it is loading on a slow network', async () => {
    const p = await open(undefined, { viewport: DESKTOP });
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let requested = false;
    await p.route('**/search-data/index.*.json', async (route) => {
      requested = true;
      await held;
      await route.continue();
    });
    await p.goto(`${site.url}measures/14/`);
    await headerBox(p).focus();
    await expect.poll(() => requested).toBe(true);
    await p.keyboard.type('养老');
    const status = p.locator('#site-search-panel [role="status"]');
    await expect.poll(() => status.textContent()).toContain('正在加载');
    expect(await status.isVisible()).toBe(true);
    // nothing to follow yet but the status
    expect(await p.locator('#site-search-panel').getByRole('link').count()).toBe(0);
    release();
    await expect.poll(() => p.locator('#site-search-panel a.search-result__link').count()).toBeGreaterThan(0);
    expect(await status.textContent()).not.toContain('正在加载');
  });

  it('mentions the / key only where there is a keyboard', async () => {
    const touch = await open(undefined, TOUCH_PHONE);
    await touch.goto(site.url);
    await touch.waitForLoadState('load');
    expect(await headerBox(touch).getAttribute('placeholder')).not.toContain('/');
    const desk = await open(undefined, { viewport: DESKTOP });
    await desk.goto(site.url);
    await expect.poll(() => headerBox(desk).getAttribute('placeholder')).toContain('/');
  });
});

describe('back from a result', () => {
  for (const viewport of [PHONE, DESKTOP]) {
    it(`restores the results and the scroll position at ${viewport.width} px`, async () => {
      const p = await open(undefined, { viewport: viewport });
      await p.goto(searchPage('企业')); // a word in many measures (服务 is generic now and makes no full match alone)
      await ready(p);
      const links = fullList(p).getByRole('link');
      await links.nth(12).scrollIntoViewIfNeeded();
      // the page has saved the scroll position into its history entry
      await expect
        .poll(() => p.evaluate(() => (history.state as { scrollY?: number } | null)?.scrollY === window.scrollY))
        .toBe(true);
      const y = await p.evaluate(() => window.scrollY);
      expect(y).toBeGreaterThan(200);
      const n = await links.nth(12).getAttribute('data-n');
      await links.nth(12).click();
      await p.waitForURL(new RegExp(`/measures/${n}/`, 'u'));
      await p.goBack();
      await ready(p);
      await expect.poll(() => fullList(p).getByRole('link').nth(12).getAttribute('data-n')).toBe(n);
      await expect.poll(() => p.evaluate(() => window.scrollY)).toBeGreaterThan(y - 40);
      expect(await p.evaluate(() => window.scrollY)).toBeLessThan(y + 40);
    });
  }
});
