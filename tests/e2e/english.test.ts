/**
 * The English edition in Chromium: sentence-aligned measure pages with the Chinese beside each sentence, the
 * language switch keeping #sN, hreflang both ways, the unofficial-translation notice, English citations, axe.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import type { Page } from 'playwright-core';
import { axe, describeViolations, sidewaysOverflow, ROOT, useBrowser } from './harness';
import { loadPlanInput } from '../helpers/content';

let page: Page;

const { open, site } = useBrowser();
beforeAll(async () => {
  page = await open(undefined, { viewport: { width: 1200, height: 800 } });
});

// expectations from the raw content files, not from the site's model
const en20 = YAML.parse(readFileSync(join(ROOT, 'content/translations/en/measures/20.yaml'), 'utf8')) as {
  title: string;
  sentences: string[];
};
const zh20 = loadPlanInput().measures.find((m) => m.data.number === 20)!;
const zhBody = (zh20.body ?? '').trim();
const ZH_S2 = zhBody.slice(0, zhBody.indexOf('。') + 1);
const visibleText = (s: string) => s.replace(/<span lang="zh-CN">([^<]*)<\/span>/gu, '$1');
const NOTICE = 'Unofficial translation; the Chinese text is authoritative.';

describe('an English measure page', () => {
  it('shows each English sentence with its Chinese beside it, and #s2 is the same sentence in both', async () => {
    await page.goto(`${site.url}en/measures/20/#s2`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('#s2').innerText()).toBe(visibleText(en20.sentences[0]!));
    const zh = page.locator('[data-zh-sentence="2"]');
    expect(await zh.innerText()).toBe(ZH_S2);
    expect(await zh.getAttribute('lang')).toBe('zh-CN');
    // side by side on a wide screen: same row, Chinese to the right
    const [a, b] = [(await page.locator('#s2').boundingBox())!, (await zh.boundingBox())!];
    expect(b.x).toBeGreaterThan(a.x + a.width / 2);
    expect(Math.abs(b.y - a.y)).toBeLessThan(40);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain(en20.title);
    expect(await page.locator('main').innerText()).toContain(NOTICE);
  });

  it('hides and shows the Chinese with one button', async () => {
    await page.goto(`${site.url}en/measures/20/`);
    const button = page.getByRole('button', {
      name: 'Show the Chinese side by side',
    });
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('[data-zh-sentence="2"]').isVisible()).toBe(false);
    await button.click();
    expect(await page.locator('[data-zh-sentence="2"]').isVisible()).toBe(true);
  });

  it('cites in APA and Chicago, naming the official Chinese document and saying the translation is unofficial', async () => {
    await page.goto(`${site.url}en/measures/20/#s2`);
    await page.getByText('Cite this measure').click();
    // the formats load on first opening; aria-busy is set until the texts are rendered
    await page.locator('details.cite[open]:not([aria-busy])').waitFor();
    expect(await page.locator('[data-cite-scope]').innerText()).toBe('Measure 20, sentence 2');
    for (const format of ['apa', 'chicago', 'plainEn']) {
      const text = await page.locator(`[data-format="${format}"] [data-cite-text]`).innerText();
      expect(text, format).toContain('山西省推进服务业提质增效2022年行动计划');
      expect(text, format).toContain('Jin Zheng Ban Fa [2022] No. 35');
      expect(text, format).toContain('Unofficial English translation');
      expect(text, format).toContain('the Chinese text is authoritative');
      expect(text, format).toContain('/en/measures/20/#s2');
    }
    expect(await page.locator('[data-format="apa"] [data-cite-text]').innerText()).toMatch(
      /^General Office of the Shanxi Provincial People's Government\. \(2022, April 14\)\./u,
    );
  });
});

describe('the language switch', () => {
  it('keeps the sentence: /measures/20/#s2 ↔ /en/measures/20/#s2', async () => {
    await page.goto(`${site.url}measures/20/#s2`);
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/\/en\/measures\/20\/#s2$/u);
    expect(await page.locator('#s2').innerText()).toBe(visibleText(en20.sentences[0]!));
    await page.getByRole('link', { name: '中文', exact: true }).click();
    await page.waitForURL(/\/measures\/20\/#s2$/u);
    expect(new URL(page.url()).pathname).toBe('/measures/20/');
    expect(await page.locator('#s2').innerText()).toBe(ZH_S2);
  });

  it('keeps the place in the full text: /en/plan/#m14 → /plan/#m14', async () => {
    await page.goto(`${site.url}en/plan/#m14`);
    await page.getByRole('link', { name: '中文', exact: true }).click();
    await page.waitForURL(/\/plan\/#m14$/u);
    expect(new URL(page.url()).pathname).toBe('/plan/');
  });

  it('every Chinese page has its English twin: the sitemap lists one for each, and the switch leads there', async () => {
    const xml = await (await page.request.get(`${site.url}sitemap.xml`)).text();
    const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => new URL(m[1]!).pathname);
    const zh = paths.filter((p) => !p.startsWith('/en/'));
    const en = new Set(paths.filter((p) => p.startsWith('/en/')).map((p) => p.slice(3)));
    expect(zh.length).toBeGreaterThan(150);
    expect(zh.filter((p) => !en.has(p))).toEqual([]);
    await page.goto(`${site.url}targets/`);
    const link = page.getByRole('link', { name: /English/u });
    expect(await link.getAttribute('href')).toBe('/en/targets/');
    expect(await page.locator('link[rel="alternate"][hreflang="en"]').count()).toBe(1);
  });
});

describe('hreflang alternates, both ways', () => {
  for (const path of [
    '',
    'plan/',
    'measures/',
    'measures/20/',
    'parts/5/',
    'sectors/finance/',
    'task-forces/nonprofit/',
    'agencies/',
    'agencies/ndrc/',
    'about/',
    'targets/',
    'measures/part/3/',
    'measures/sector/finance/',
    'measures/task-force/nonprofit/',
    'measures/agency/ndrc/',
  ]) {
    it(`/${path} ↔ /en/${path}`, async () => {
      const alt = async (url: string, lang: string) => {
        await page.goto(url);
        return new URL((await page.locator(`link[rel="alternate"][hreflang="${lang}"]`).getAttribute('href'))!)
          .pathname;
      };
      expect(await alt(`${site.url}${path}`, 'en')).toBe(`/en/${path}`);
      expect(await alt(`${site.url}en/${path}`, 'zh-CN')).toBe(`/${path}`);
      expect(await page.locator('main').innerText()).toContain(NOTICE);
    });
  }

  it('lists both editions in the sitemap', async () => {
    const xml = await (await page.request.get(`${site.url}sitemap.xml`)).text();
    for (const p of ['/measures/20/', '/en/measures/20/', '/en/glossary/', '/en/plan/'])
      expect(xml).toContain(`${p}</loc>`);
  });
});

describe('English pages speak English', () => {
  /**
   * Han characters a reader meets outside elements marked lang="zh-CN": text (SVG text and titles included) and the
   * accessible names and tooltips of elements; a decorative mark hidden from assistive technology aside.
   */
  const strayHan = () =>
    page.evaluate(() => {
      const han = /\p{Script=Han}/u;
      const out: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n instanceof Element ? n : n.parentElement!;
        if (el.closest('[lang^="zh"], [aria-hidden="true"], script, style')) continue;
        const text =
          n instanceof Element
            ? ['aria-label', 'title'].map((a) => n.getAttribute(a) ?? '').join(' ')
            : (n.textContent ?? '');
        if (han.test(text)) out.push(text.trim().slice(0, 60));
      }
      return out;
    });
  for (const path of [
    'en/targets/',
    'en/measures/',
    'en/measures/part/3/',
    'en/measures/sector/finance/',
    'en/measures/task-force/nonprofit/',
    'en/measures/agency/ndrc/',
    'en/explore/sectors/',
  ]) {
    it(`/${path} has no Chinese outside elements marked lang="zh-CN", and says the translation is unofficial`, async () => {
      await page.goto(site.url + path);
      expect(await strayHan()).toEqual([]);
      expect(await page.locator('main').innerText()).toContain(NOTICE);
    });
  }

  it('the English filter pages list the same measures as the Chinese ones, and link to English pages', async () => {
    for (const path of ['measures/part/3/', 'measures/agency/ndrc/']) {
      const numbers = async (url: string) => {
        await page.goto(url);
        return page.locator('ol.measure-list > li').evaluateAll((lis) => lis.map((li) => li.getAttribute('value')));
      };
      const zh = await numbers(site.url + path);
      expect(zh.length).toBeGreaterThan(0);
      expect(await numbers(`${site.url}en/${path}`)).toEqual(zh);
      const hrefs = await page
        .locator('main a[href*="/measures/"]')
        .evaluateAll((as) => as.map((a) => new URL(a.getAttribute('href')!, location.href).pathname));
      expect(hrefs.filter((h) => !h.startsWith('/en/'))).toEqual([]);
    }
  });

  it('the English sector charts draw English labels', async () => {
    await page.goto(`${site.url}en/explore/sectors/`);
    const labels = await page.locator('svg.chart text').allTextContents();
    expect(labels.length).toBeGreaterThan(50);
    expect(labels.filter((l) => /\p{Script=Han}/u.test(l))).toEqual([]);
    expect(labels.join(' ')).toContain('Modern finance');
  });
});

describe('English pages: accessibility and phones', () => {
  for (const path of [
    'en/',
    'en/measures/20/',
    'en/plan/',
    'en/measures/',
    'en/parts/5/',
    'en/sectors/finance/',
    'en/task-forces/finance/',
    'en/agencies/',
    'en/agencies/ndrc/',
    'en/about/',
    'en/glossary/',
    'en/measures/agency/ndrc/',
    'en/explore/sectors/',
  ]) {
    it(`/${path} has zero axe violations`, async () => {
      await page.goto(site.url + path);
      const v = await axe(page);
      expect(v, describeViolations(v)).toEqual([]);
    });
  }
  for (const path of ['en/measures/20/', 'en/glossary/', 'en/plan/']) {
    it(`/${path} fits a 360 px phone without sideways scrolling`, async () => {
      expect(await sidewaysOverflow(open, site.url + path)).toBeLessThanOrEqual(0);
    });
  }

  it('the glossary shows the Chinese beside every agency name', async () => {
    await page.goto(`${site.url}en/glossary/`);
    const row = page.locator('#agency-postal');
    expect(await row.innerText()).toMatch(/Provincial Postal Administration[\s\S]*省邮政管理局/u);
    expect(await page.locator('table:has(#agencies-caption) tbody tr').count()).toBe(loadPlanInput().agencies.length);
  });
});
