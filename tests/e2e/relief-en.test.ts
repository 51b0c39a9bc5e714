/**
 * The relief finder in English (/en/relief/): the same finder as /relief/ — the same measures in the same order for
 * every industry — in English words, with each quoted Chinese sentence marked as Chinese beside its translation, no
 * stray Chinese, working without JavaScript, and a language switch that keeps the reader's choices both ways.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import type { Page } from 'playwright-core';
import { axe, describeViolations, renderedTexts, ROOT, sidewaysOverflow, useBrowser } from './harness';
import { DICTIONARIES } from '../../src/lib/i18n/dict';

const T = DICTIONARIES.en.relief;
// expectations from the raw content files: the industries and kinds of help the classification uses
const entries = YAML.parse(readFileSync(join(ROOT, 'content/relief.yaml'), 'utf8')) as {
  measure: number;
  support: keyof typeof T.supports;
  sentence: number;
  industries?: (keyof typeof T.industries)[];
}[];
const INDUSTRIES = [...new Set(entries.flatMap((e) => e.industries ?? []))];
const SUPPORTS = [...new Set(entries.map((e) => e.support))];
const translation = (n: number) =>
  YAML.parse(
    readFileSync(join(ROOT, `content/translations/en/measures/${String(n).padStart(2, '0')}.yaml`), 'utf8'),
  ) as {
    sentences: string[];
  };
const visibleText = (s: string) => s.replace(/<span lang="zh-CN">([^<]*)<\/span>/gu, '$1');

let page: Page;
const { open, site } = useBrowser();
beforeAll(async () => {
  page = await open(undefined, { viewport: { width: 1200, height: 800 } });
});

/** The measures the finder shows at `path`, in its order (after the script has ranked them). */
async function ranked(p: Page, path: string): Promise<number[]> {
  await p.goto(site.url + path);
  const results = p.locator('#relief-results');
  await results.waitFor();
  return results
    .locator('article[data-measure]')
    .evaluateAll((cards) => cards.map((c) => Number((c as HTMLElement).dataset.measure)));
}

/**
 * Text and attribute values with Han characters outside elements marked lang="zh-CN" (card templates included; the
 * header's decorative mark is hidden from assistive technology).
 */
const strayChinese = (p: Page) =>
  p.evaluate(() => {
    const han = /\p{Script=Han}/u;
    const out: string[] = [];
    const roots: Node[] = [
      document.documentElement,
      ...[...document.querySelectorAll('template')].map((t) => t.content),
    ];
    for (const root of roots) {
      const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode())
        if (han.test(n.textContent ?? '') && !n.parentElement?.closest('[lang^="zh"], [aria-hidden="true"]'))
          out.push(n.textContent!.trim().slice(0, 60));
      for (const el of (root as ParentNode).querySelectorAll('*'))
        for (const a of el.attributes)
          if (han.test(a.value) && !el.closest('[lang^="zh"]')) out.push(`${a.name}="${a.value.slice(0, 60)}"`);
    }
    return out;
  });

describe('the English relief finder ranks as the Chinese one', () => {
  it('covers every industry the classification names', () => {
    expect(INDUSTRIES.length).toBeGreaterThan(10);
  });
  for (const industry of INDUSTRIES) {
    it(`${industry}: the same measures in the same order`, async () => {
      const zh = await ranked(page, `relief/?industry=${industry}`);
      const en = await ranked(page, `en/relief/?industry=${industry}`);
      expect(zh.length).toBeGreaterThan(0);
      expect(en).toEqual(zh);
      // the choice is shown in English, and each card says why it matched in English
      const select = page.getByRole('combobox', { name: T.form.industry });
      expect(await select.inputValue()).toBe(industry);
      expect(await select.locator('option:checked').innerText()).toBe(T.industries[industry]);
      const match = await page.locator('#relief-results [data-match]').first().innerText();
      expect(match).toMatch(/^Match: /u);
      expect(match).not.toMatch(/\p{Script=Han}/u);
    });
  }
});

describe('/en/relief/', () => {
  it('is in the English navigation, with hreflang both ways', async () => {
    await page.goto(`${site.url}en/`);
    await page
      .getByRole('navigation', { name: 'Main', exact: true })
      .getByRole('link', { name: 'Business support' })
      .click();
    await page.waitForURL(/\/en\/relief\/$/u);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(T.title);
    expect(await page.locator('link[rel="alternate"][hreflang="zh-CN"]').getAttribute('href')).toMatch(/\/relief\/$/u);
    expect(await page.locator('main').innerText()).toContain('Unofficial translation');
    await page.goto(`${site.url}relief/`);
    expect(await page.locator('link[rel="alternate"][hreflang="en"]').getAttribute('href')).toMatch(/\/en\/relief\/$/u);
  });

  it('has no Chinese outside elements marked lang="zh-CN", before and after the finder runs', async () => {
    await page.goto(`${site.url}en/relief/`);
    expect(await strayChinese(page)).toEqual([]);
    await page.goto(`${site.url}en/relief/?industry=catering&firm=micro-small&support=credit`);
    await page.locator('#relief-results').waitFor();
    expect(await strayChinese(page)).toEqual([]);
    await page.goto(`${site.url}en/relief/?industry=%E9%A4%90%E9%A5%AE`);
    // an unreadable choice is reported in English (the value itself is the reader's)
    expect(await page.locator('[data-ignored]').innerText()).toMatch(/^Conditions in the address/u);
  });

  it('shows each quoted Chinese sentence, marked as Chinese, beside its English translation, linking to the English sentence', async () => {
    await page.goto(`${site.url}en/relief/?industry=catering&support=credit`);
    const card = page.locator('#relief-results article[data-measure="4"]');
    const item = card.locator('[data-item]:visible').first();
    const quote = item.locator('q.plan-quote');
    expect(await quote.getAttribute('lang')).toBe('zh-CN');
    expect(await quote.innerText()).toContain('优先支持餐饮、零售、旅游、公路水路铁路运输、民航等困难行业');
    const s = Number(/sentence (\d+)$/u.exec(await item.locator('.relief-card__source').innerText())![1]);
    expect(await item.locator('[data-translation]').innerText()).toBe(visibleText(translation(4).sentences[s - 2]!));
    await item.locator('.relief-card__source').click();
    await page.waitForURL(new RegExp(`/en/measures/4/#s${s}$`, 'u'));
    expect(await page.locator(`#s${s}`).innerText()).toBe(visibleText(translation(4).sentences[s - 2]!));
  });

  it('keeps the contacts and the dates notice: whom to ask first, the 12345 hotline, in English', async () => {
    await page.goto(`${site.url}en/relief/?industry=catering`);
    const cards = page.locator('#relief-results article');
    const asks = await renderedTexts(cards.locator('.ask'));
    expect(asks.length).toBe(await cards.count());
    for (const a of asks) expect(a).toMatch(/^Whom to ask: first .+12345 government service hotline/su);
    // measure 4: （人行太原中心支行、山西银保监局负责） — the first 负责 body, with its successor, in English
    const m4 = page.locator('#relief-results article[data-measure="4"]');
    expect((await renderedTexts(m4.locator('.ask')))[0]).toMatch(
      /first PBOC Taiyuan Central Sub-branch \(the responsible body of this measure; now .+, since August 18, 2023; source\)/u,
    );
    expect((await renderedTexts(m4.locator('.relief-card__contacts')))[0]).toMatch(
      /^Bodies to ask: PBOC Taiyuan Central Sub-branch \(now .+; source\), CBIRC Shanxi Office/su,
    );
    await page.locator('.caveats > summary').click();
    const note = page.locator('.dates-notice');
    expect(await note.innerText()).toMatch(/action plan for 2022 \(signed April 14, 2022\).*may have ended/su);
    expect(await note.getByRole('link').getAttribute('hreflang')).toBe('zh-CN');
  });

  it('works without JavaScript: the form submits to the page, which lists every kind of help in English', async () => {
    const p = await open(undefined, { js: false });
    await p.goto(`${site.url}en/relief/`);
    await p.getByRole('combobox', { name: T.form.industry }).selectOption('catering');
    await p.getByRole('checkbox', { name: T.supports.rent }).check();
    await p.getByRole('button', { name: T.form.submit, exact: true }).click();
    await p.waitForURL(/\/en\/relief\/\?industry=catering&firm=&support=rent$/u);
    expect(await p.getByRole('form').innerText()).toContain(T.form.noscript);
    const groups = await p.getByRole('heading', { level: 2 }).allInnerTexts();
    for (const s of SUPPORTS) expect(groups, s).toContain(T.supports[s]);
    const rent = p.getByRole('region', { name: T.supports.rent });
    const rentMeasures = [...new Set(entries.filter((e) => e.support === 'rent').map((e) => e.measure))];
    expect(await rent.getByRole('article').count()).toBe(rentMeasures.length);
    expect(await strayChinese(p)).toEqual([]);
  });

  it('the language switch keeps the choices, both ways', async () => {
    await page.goto(`${site.url}relief/?industry=catering&support=credit`);
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/\/en\/relief\/\?industry=catering&support=credit$/u);
    expect(await page.getByRole('combobox', { name: T.form.industry }).inputValue()).toBe('catering');
    expect(await page.getByRole('checkbox', { name: T.supports.credit }).isChecked()).toBe(true);
    expect(await page.locator('#relief-results article').count()).toBeGreaterThan(0);
    // a choice changed in English goes back to Chinese
    await page.getByRole('combobox', { name: T.form.industry }).selectOption('tourism');
    await expect.poll(() => new URL(page.url()).search).toBe('?industry=tourism&support=credit');
    await page.getByRole('link', { name: '中文', exact: true }).click();
    await page.waitForURL(/\/relief\/\?industry=tourism&support=credit$/u);
    expect(new URL(page.url()).pathname).toBe('/relief/');
    expect(await page.getByRole('combobox', { name: '行业' }).inputValue()).toBe('tourism');
  });

  for (const path of ['en/relief/', 'en/relief/?industry=tourism&firm=hardship']) {
    it(`/${path} has zero axe violations`, async () => {
      await page.goto(site.url + path);
      const v = await axe(page);
      expect(v, describeViolations(v)).toEqual([]);
    });
  }

  it('fits a 360 px phone without sideways scrolling', async () => {
    expect(await sidewaysOverflow(open, `${site.url}en/relief/?industry=catering`)).toBeLessThanOrEqual(0);
  });
});
