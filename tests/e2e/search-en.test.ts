/** English search in Chromium: from the header box of a Chinese and an English page, /en/search/, and what an English query costs. */
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { axe, describeViolations, sidewaysOverflow, useBrowser } from './harness';

const { open, site } = useBrowser();

const fresh = () => open();

const zhBox = (p: Page) => p.getByRole('searchbox', { name: '检索措施' });
const enBox = (p: Page) => p.getByRole('searchbox', { name: 'Search the measures (English, Chinese or pinyin)' });
const firstResult = (p: Page) => p.locator('#site-search-panel a.search-result__link').first();

describe('English queries in the header box', () => {
  it('on a Chinese page: finds the measure and links to its Chinese sentence', async () => {
    const p = await fresh();
    await p.goto(`${site.url}measures/14/`);
    await zhBox(p).fill('green finance');
    await expect.poll(() => firstResult(p).getAttribute('data-n')).toBe('5');
    const a = firstResult(p);
    expect(await a.textContent()).toContain('第5条');
    expect((await a.locator('mark').allTextContents()).map((m) => m.toLowerCase())).toContain('green finance');
    const href = (await a.getAttribute('href'))!;
    expect(href).toMatch(/^\/measures\/5\/#s\d+$/u);
    await a.click();
    await p.waitForURL(/\/measures\/5\/#s\d+$/u);
    const id = new URL(p.url()).hash.slice(1);
    // the Chinese sentence of the English one that was found
    expect(await p.locator(`[id="${id}"]`).textContent()).toMatch(/绿色/u);
  });

  it('on an English page: finds the measure and links to its English sentence, in English', async () => {
    const p = await fresh();
    await p.goto(`${site.url}en/measures/20/`);
    await enBox(p).fill('elderly care');
    await expect.poll(() => firstResult(p).getAttribute('data-n')).toBe('43');
    const a = firstResult(p);
    expect(await a.textContent()).toContain('Measure 43');
    expect(await p.locator('#site-search-panel [role="status"]').textContent()).toMatch(/measures? found/u);
    await a.click();
    await p.waitForURL(/\/en\/measures\/43\/#s\d+$/u);
    const id = new URL(p.url()).hash.slice(1);
    expect((await p.locator(`[id="${id}"]`).textContent())!.toLowerCase()).toContain('elderly care');
  });

  it('on an English page, Enter opens /en/search/?q=', async () => {
    const p = await fresh();
    await p.goto(`${site.url}en/`);
    await enBox(p).fill('minimum wage');
    await expect.poll(() => firstResult(p).getAttribute('data-n')).toBe('53');
    await enBox(p).press('Enter');
    await p.waitForURL(/\/en\/search\/\?q=minimum/u);
  });

  it('the English index loads only for an English query, and adds ≤ 25 KB gzipped to that first search', async () => {
    const p = await fresh();
    const fetched: string[] = [];
    p.on('requestfinished', (r) => fetched.push(r.url()));
    await p.goto(`${site.url}measures/20/`);
    await zhBox(p).fill('养老');
    await expect.poll(() => firstResult(p).getAttribute('data-n')).not.toBeNull();
    // pinyin typed a letter at a time (jiaz, jiazh …) never fetches the English index
    await zhBox(p).fill('');
    await zhBox(p).pressSequentially('jiazheng');
    await expect.poll(() => firstResult(p).getAttribute('data-n')).toBe('42');
    const before = new Set(fetched);
    expect([...before].some((u) => /english/u.test(new URL(u).pathname))).toBe(false);
    await zhBox(p).fill('express delivery');
    await expect.poll(() => firstResult(p).getAttribute('data-n')).toBe('14');
    const added = fetched.filter((u) => !before.has(u) && /\.(m?js|json)$/u.test(new URL(u).pathname));
    // the English index under its content-addressed name, as the Chinese one
    expect(added.some((u) => /\/search-data\/english\.[0-9a-f]{10}\.json$/u.test(u))).toBe(true);
    let bytes = 0;
    for (const u of added) bytes += gzipSync(await (await p.request.get(u)).body(), { level: 9 }).length;
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(25 * 1024);
  });
});

describe("the English home page's search form", () => {
  it('says it takes English words and lands on /en/search/?q= with English results', async () => {
    const p = await fresh();
    await p.goto(`${site.url}en/`);
    const form = p.getByRole('search', { name: 'Search all measures' });
    const box = form.getByRole('searchbox', { name: /English or Chinese words/u });
    await box.fill('minimum wage');
    await form.getByRole('button', { name: 'Search' }).click();
    await p.waitForURL(/\/en\/search\/\?q=minimum(\+|%20)wage$/u);
    await p.waitForSelector('[data-search-page][data-ready]');
    const first = p.getByRole('list', { name: 'Search results' }).last().locator('a').first();
    await expect.poll(() => first.getAttribute('href')).toMatch(/^\/en\/measures\/53\/#s\d+$/u);
    expect(await first.textContent()).toContain('Measure 53');
  });
});

describe('/en/search/', () => {
  it('renders English results that link to the English sentence /en/measures/N/#sN', async () => {
    const p = await fresh();
    await p.goto(`${site.url}en/search/?q=${encodeURIComponent('minimum wage')}`);
    await p.waitForSelector('[data-search-page][data-ready]');
    const list = p.getByRole('list', { name: 'Search results' }).last();
    await expect.poll(() => list.locator('a').first().getAttribute('data-n')).toBe('53');
    expect(await list.locator('a').first().getAttribute('href')).toMatch(/^\/en\/measures\/53\/#s\d+$/u);
    expect(await p.getByRole('status').filter({ hasText: 'found' }).textContent()).toMatch(/found for “minimum wage”/u);
    expect(await list.locator('mark').first().textContent()).toMatch(/minimum wage/iu);
  });

  it('a Chinese query on it links to the English pages too; the Chinese /search/ answers English queries', async () => {
    const p = await fresh();
    await p.goto(`${site.url}en/search/?q=${encodeURIComponent('冰雪旅游')}`);
    await p.waitForSelector('[data-search-page][data-ready]');
    const list = p.getByRole('list', { name: 'Search results' }).last();
    await expect.poll(() => list.locator('a').first().getAttribute('href')).toMatch(/^\/en\/measures\/38\/#s\d+$/u);
    await p.goto(`${site.url}search/?q=${encodeURIComponent('used cars')}`);
    await p.waitForSelector('[data-search-page][data-ready]');
    const zh = p.getByRole('list', { name: '检索结果' }).last();
    await expect.poll(() => zh.locator('a').first().getAttribute('href')).toMatch(/^\/measures\/35\/#s\d+$/u);
  });

  it('says when the plan does not mention a word, in English', async () => {
    const p = await fresh();
    await p.goto(`${site.url}en/search/?q=cryptocurrency`);
    await p.waitForSelector('[data-search-page][data-ready]');
    await expect
      .poll(() => p.locator('[data-search-status]').textContent())
      .toMatch(/The plan does not mention “cryptocurrency”/u);
  });

  it('fits a 360 px phone without sideways scrolling', async () => {
    expect(
      await sidewaysOverflow(open, `${site.url}en/search/?q=${encodeURIComponent('elderly care')}`),
    ).toBeLessThanOrEqual(0);
  });

  it('has no axe violations, lang="en" and a language switch to /search/', async () => {
    const p = await fresh();
    await p.goto(`${site.url}en/search/?q=${encodeURIComponent('green finance')}`);
    await p.waitForSelector('[data-search-page][data-ready]');
    await expect.poll(() => p.locator('[data-search-results] a').count()).toBeGreaterThan(0);
    expect(await p.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await p.locator('link[hreflang="zh-CN"]').getAttribute('href')).toMatch(/\/search\/$/u);
    const v = await axe(p);
    expect(v, describeViolations(v)).toEqual([]);
  });
});
