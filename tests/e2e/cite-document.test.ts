/**
 * Citing the document's own text as a journalist does it in Chromium: the 7.5% sentence of 总体要求 has its
 * permanent link and the same cite menu as a measure's sentences, on /plan/ and /parts/1/, in both editions;
 * search for 7.5% leads to it; the formats load only when the menu is opened; print leaves the menu out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axe, describeViolations, launch, NARROW_PHONE, serve, type Site } from './harness';
import { loadPlanInput } from '../helpers/content';

let site: Site;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  [site, browser] = await Promise.all([serve(), launch()]);
  context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
  page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const doc = loadPlanInput().document[0]!.data;
const GROWTH = '2022年，全省服务业增加值增速力争达到7.5%左右。';
const canonicalOf = (p: Page) => p.locator('link[rel="canonical"]').getAttribute('href');
const citeText = (p: Page, format: string) => p.locator(`[data-format="${format}"] [data-cite-text]`).innerText();
/** Opens the cite menu and waits for the formats of the sentence in the URL. */
async function openCite(p: Page, summary: string) {
  await p.getByText(summary, { exact: true }).click();
  await p.locator('details.cite[open]:not([aria-busy])').waitFor();
}
const highlighted = (p: Page, id: string) =>
  p.locator(`[id="${id}"]`).evaluate((el) => el.matches(':target') && getComputedStyle(el).backgroundColor);

describe('the 7.5% sentence of 总体要求 on /plan/', () => {
  it('arriving at #part-1-s3, its cite menu quotes that sentence with its permalink and the official source', async () => {
    await page.goto(`${site.url}plan/#part-1-s3`);
    expect(await page.locator('#part-1-s3').innerText()).toBe(GROWTH);
    expect(await highlighted(page, 'part-1-s3')).not.toBe('rgba(0, 0, 0, 0)');
    // the menu comes to the sentence's paragraph on the long page
    await expect
      .poll(() => page.locator('details.cite').evaluate((d) => !!d.previousElementSibling?.querySelector('#part-1-s3')))
      .toBe(true);
    await openCite(page, '引用本文件或其中一句');
    expect(await page.locator('[data-cite-scope]').innerText()).toBe('一、总体要求第3句');
    const permalink = `${await canonicalOf(page)}#part-1-s3`;
    expect(permalink).toMatch(/\/plan\/#part-1-s3$/u);
    const quote = await citeText(page, 'quote');
    expect(quote.startsWith(`“${GROWTH}”——《${doc.title}》一、总体要求第3句（${doc.number}）。`)).toBe(true);
    expect(quote).toContain(`官方发布：${doc.officialSources[0]!.url}`);
    expect(quote).toContain(`Plan Explorer非官方整理版：${permalink}（`);
    expect(await citeText(page, 'plain')).toContain(`一、总体要求第3句，${doc.number}。`);
    expect(await citeText(page, 'bibtex')).toContain(`url = {${permalink}}`);
    await page.getByRole('button', { name: '复制原文加出处引文' }).click();
    await expect.poll(() => page.locator('[data-cite-status]').innerText()).toContain('已复制原文加出处');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(quote);
    expect(errors).toEqual([]);
  });

  it('the whole document is cited without a sentence; a sentence link picks one, by keyboard too', async () => {
    await page.goto(`${site.url}plan/`);
    await openCite(page, '引用本文件或其中一句');
    expect(await page.locator('[data-cite-scope]').innerText()).toBe('全文');
    expect(await page.locator('[data-format="quote"]').isVisible()).toBe(false);
    expect(await citeText(page, 'plain')).toMatch(/\/plan\/（/u);
    const link = page.getByRole('link', { name: '链接到一、总体要求第3句' });
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/#part-1-s3$/u);
    await expect.poll(() => page.locator('[data-cite-status]').innerText()).toContain('已复制一、总体要求第3句的链接');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${await canonicalOf(page)}#part-1-s3`);
    await expect.poll(() => page.locator('[data-cite-scope]').innerText()).toBe('一、总体要求第3句');
    expect(await citeText(page, 'quote')).toContain(GROWTH);
    // Escape closes the menu and gives focus back to its summary
    await page.locator('[data-format="quote"] button').focus();
    await page.keyboard.press('Escape');
    expect(await page.locator('details.cite').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await page.getByRole('button', { name: '改为引用全文' }).waitFor({ state: 'hidden' });
    expect(errors).toEqual([]);
  });

  it('cites the 抄送 block and the notice by their own anchors', async () => {
    await page.goto(`${site.url}plan/#copy-to-s2`);
    await openCite(page, '引用本文件或其中一句');
    expect(await page.locator('[data-cite-scope]').innerText()).toBe('抄送第2句');
    expect(await citeText(page, 'quote')).toContain(`“${await page.locator('#copy-to-s2').innerText()}”`);
    await page.goto(`${site.url}plan/#notice-s1`);
    expect(await page.locator('[data-cite-scope]').innerText()).toBe('通知第1句');
    expect(errors).toEqual([]);
  });

  it('loads no citation formats until the menu is opened, and print leaves the menu out', async () => {
    const p = await context.newPage();
    const scripts: string[] = [];
    p.on('requestfinished', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await p.goto(`${site.url}plan/#part-1-s3`, { waitUntil: 'networkidle' });
    expect(
      scripts.some((s) => /cite-render|citation/u.test(s)),
      scripts.join(', '),
    ).toBe(false);
    await openCite(p, '引用本文件或其中一句');
    expect(
      scripts.some((s) => /cite-render/u.test(s)),
      scripts.join(', '),
    ).toBe(true);
    await p.emulateMedia({ media: 'print' });
    expect(await p.locator('details.cite').isVisible()).toBe(false);
    expect(await p.locator('#part-1-s3 .sentence__link').isVisible()).toBe(false);
    await p.close();
  });

  it('without JavaScript the permalink still reaches the sentence and the menu cites the document', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const p = await noJs.newPage();
    await p.goto(`${site.url}plan/#part-1-s3`);
    expect(await highlighted(p, 'part-1-s3')).not.toBe('rgba(0, 0, 0, 0)');
    await p.getByText('引用本文件或其中一句', { exact: true }).click();
    expect(await citeText(p, 'plain')).toContain(`《${doc.title}》，${doc.number}。`);
    await noJs.close();
  });
});

describe('on a phone, with assistive technology', () => {
  it('/plan/#part-1-s3 and /en/parts/1/ with the menu open fit a 360 px phone and have zero axe violations', async () => {
    const phone = await browser.newPage({ viewport: NARROW_PHONE });
    for (const [path, summary] of [
      ['plan/#part-1-s3', '引用本文件或其中一句'],
      ['en/parts/1/#part-1-s3', 'Cite this part or one of its sentences'],
    ] as const) {
      await phone.goto(site.url + path);
      await openCite(phone, summary);
      expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), path).toBe(0);
      const violations = await axe(phone);
      expect(violations, describeViolations(violations)).toEqual([]);
    }
    await phone.close();
  });
});

describe('search leads to the sentence', () => {
  it('searching 7.5% on /search/ puts the sentence first; following it lands on the sentence, marked', async () => {
    await page.goto(`${site.url}search/?q=${encodeURIComponent('7.5%')}`);
    await page.waitForSelector('[data-search-page][data-ready]');
    const first = page.getByRole('list', { name: '检索结果' }).last().getByRole('link').first();
    await expect.poll(() => first.getAttribute('href')).toMatch(/\/plan\/#part-1-s3$/u);
    await first.click();
    await page.waitForURL(/\/plan\/#part-1-s3$/u);
    expect(await highlighted(page, 'part-1-s3')).not.toBe('rgba(0, 0, 0, 0)');
    await openCite(page, '引用本文件或其中一句');
    expect(await citeText(page, 'quote')).toContain(`“${GROWTH}”`);
    expect(errors).toEqual([]);
  });
});

describe('the part page and the English edition', () => {
  it('/parts/1/ cites the part as a whole, or the sentence in its URL with the part page’s permalink', async () => {
    await page.goto(`${site.url}parts/1/`);
    await openCite(page, '引用本部分或其中一句');
    expect(await page.locator('[data-cite-scope]').innerText()).toBe('一、总体要求');
    expect(await citeText(page, 'quote')).toContain(GROWTH);
    await page.goto(`${site.url}parts/1/#part-1-s3`);
    await expect.poll(() => page.locator('[data-cite-scope]').innerText()).toBe('一、总体要求第3句');
    const quote = await citeText(page, 'quote');
    expect(quote.startsWith(`“${GROWTH}”`)).toBe(true);
    expect(quote).toContain(`${await canonicalOf(page)}#part-1-s3（`);
    expect(errors).toEqual([]);
  });

  it('/en/plan/#part-1-s3 cites Part I, sentence 3 in APA and Chicago, with its permalink', async () => {
    await page.goto(`${site.url}en/plan/#part-1-s3`);
    expect(await page.locator('#part-1-s3').innerText()).toContain('7.5%');
    await openCite(page, 'Cite this document or one of its sentences');
    const scope = await page.locator('[data-cite-scope]').innerText();
    expect(scope).toMatch(/^Part I \(.+\), sentence 3$/u);
    const permalink = `${await canonicalOf(page)}#part-1-s3`;
    expect(permalink).toMatch(/\/en\/plan\/#part-1-s3$/u);
    for (const format of ['plainEn', 'apa', 'chicago']) {
      const t = await citeText(page, format);
      expect(t, format).toContain(scope);
      expect(t, format).toContain(permalink);
      expect(t, format).toContain(doc.title);
    }
    await page.goto(`${site.url}en/parts/1/#part-1-s3`);
    await openCite(page, 'Cite this part or one of its sentences');
    expect(await citeText(page, 'apa')).toContain('/en/parts/1/#part-1-s3');
    expect(errors).toEqual([]);
  });
});
