/**
 * Where the plan comes from and whom to ask, as a reader meets it: the official publication linked
 * from every page that carries the text, the 2022 dates notice, how to ask, citations on /data/ that
 * match the cite menu, the heading in view at #sN, and touch-size sentence links on phones.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, describeViolations, NARROW_PHONE, useBrowser } from './harness';
import { loadPlanInput } from '../helpers/content';

let page: Page;

const { open, site } = useBrowser();
beforeAll(async () => {
  page = await open();
});

const input = loadPlanInput();
const doc = input.document[0]!.data;
const OFFICIAL = doc.officialSources[0]!;
const titleOf = (n: number) => input.measures.find((m) => m.data.number === n)!.data.title;

describe('the official publication', () => {
  for (const path of ['measures/1/', 'measures/66/', 'plan/', 'about/', 'data/']) {
    it(`/${path} links to it`, async () => {
      await page.goto(site.url + path);
      const link = page.locator('a[data-official-source]').first();
      expect(await link.getAttribute('href')).toBe(OFFICIAL.url);
      expect(await link.innerText()).toBe(`《${doc.title}》`);
      // it says what the page is: the text as another official site republished it, dated by that site
      const around = await link.locator('xpath=..').innerText();
      expect(around).toContain(`${OFFICIAL.site}转载，该页标明2022年4月22日发布`);
      expect(around).toContain(`不是发文机关${doc.issuer}的页面`);
    });
  }

  it('/data/ cites the official document exactly as the cite menu of a page does', async () => {
    await page.goto(`${site.url}data/`);
    const onData = await page.locator('#cite ~ .prose .cite code').first().innerText();
    await page.goto(`${site.url}measures/1/`);
    await page.getByText('引用本条').click();
    const inMenu = await page.locator('[data-format="official"] [data-cite-text]').innerText();
    // the menu cites measure 1; /data/ the whole document: the same form without the locator
    const locator = `: 第1条 ${titleOf(1)}`;
    const strip = (s: string) => s.replace(/\[\d{4}-\d{2}-\d{2}\]/u, '[DATE]');
    expect(strip(onData)).toBe(strip(inMenu.replace(locator, '')));
    expect(onData).toContain(`(${OFFICIAL.published.toISOString().slice(0, 10)})`);
  });
});

describe('dates and whom to ask on a measure page', () => {
  it('says the measure was set for 2022, and names the body to ask first and the 12345 hotline', async () => {
    await page.goto(`${site.url}measures/14/`);
    expect(await page.locator('.dates-notice').innerText()).toMatch(
      /2022年度的行动计划（2022年4月14日签发）.*可能已经到期/su,
    );
    // （省邮政管理局牵头，省商务厅、省住建厅、省自然资源厅配合）
    const ask = page.locator('.ask');
    expect(await ask.innerText()).toMatch(/先问\s*省邮政管理局（本条牵头单位）/u);
    expect(await ask.getByRole('link', { name: '12345' }).getAttribute('href')).toBe('tel:12345');
  });

  it('a measure without a 牵头 body: ask the first 负责 body (measure 1: 省发展改革委)', async () => {
    await page.goto(`${site.url}measures/1/`);
    expect(await page.locator('.ask').innerText()).toMatch(/先问\s*省发展改革委（本条负责单位）/u);
  });

  it('an English measure page says the same in English, linking the dates explanation in Chinese', async () => {
    await page.goto(`${site.url}en/measures/14/`);
    const dates = page.locator('.dates-notice');
    expect(await dates.innerText()).toMatch(/action plan for 2022 \(signed April 14, 2022\).*may have ended/su);
    expect(await dates.getByRole('link').getAttribute('hreflang')).toBe('zh-CN');
    // (Provincial Postal Administration lead; …): the lead body first, named in English
    const ask = page.locator('.ask');
    expect(await ask.innerText()).toMatch(
      /^Whom to ask: first Provincial Postal Administration \(the lead body of this measure\)/u,
    );
    expect(await ask.getByRole('link', { name: 'Provincial Postal Administration' }).getAttribute('href')).toBe(
      '/en/agencies/postal/',
    );
    expect(await ask.getByRole('link', { name: '12345' }).getAttribute('href')).toBe('tel:12345');
  });

  it('/about/ explains the dates', async () => {
    await page.goto(`${site.url}about/#dates`);
    const text = await page.locator('#dates + p').innerText();
    expect(text).toContain('2022年4月14日签发');
    expect(text).toContain('可能已经到期');
  });
});

describe('agency pages say how to get in touch, inventing nothing', () => {
  it('a body with a confirmed website links it with its evidence, and gives 12345', async () => {
    await page.goto(`${site.url}agencies/commerce/`);
    const contact = page.getByRole('region', { name: '怎么联系' });
    expect(await contact.getByRole('link', { name: 'swt.shanxi.gov.cn' }).getAttribute('href')).toBe(
      'http://swt.shanxi.gov.cn/',
    );
    expect(await contact.innerText()).toContain('12345');
  });

  it('a body without one says so, and lists no phone number other than 12345', async () => {
    await page.goto(`${site.url}agencies/postal/`);
    const contact = page.getByRole('region', { name: '怎么联系' });
    expect(await contact.innerText()).toContain('未能从官方来源核实');
    const numbers = (await contact.innerText()).match(/\d{5,}/gu) ?? [];
    expect([...new Set(numbers)]).toEqual(['12345']);
  });

  it('the leading group keeps its two spellings apart (成员单位 62; 有关成员单位 58, 65, 66)', async () => {
    await page.goto(`${site.url}agencies/leading-group-members/`);
    const text = await page.locator('.spellings').innerText();
    expect(text).toMatch(/“省服务业发展领导小组成员单位”：第62条/u);
    expect(text).toMatch(/“省服务业发展领导小组有关成员单位”：第58条、第65条、第66条/u);
  });

  it('has zero axe violations', async () => {
    await page.goto(`${site.url}agencies/commerce/`);
    const v = await axe(page);
    expect(v, describeViolations(v)).toEqual([]);
  });
});

describe('arriving at a sentence', () => {
  for (const [label, viewport, path] of [
    ['desktop', { width: 1000, height: 400 }, 'measures/43/#s5'],
    ['phone', NARROW_PHONE, 'measures/43/#s6'],
  ] as const) {
    it(`keeps the measure number and title in view above the sentence (${label})`, async () => {
      const p = await open(undefined, { viewport });
      await p.goto(site.url + path);
      const h1 = (await p.locator('h1').boundingBox())!;
      const s = (await p.locator(path.slice(path.indexOf('#'))).boundingBox())!;
      expect(await p.evaluate(() => window.scrollY)).toBeGreaterThan(0); // the page did scroll to the sentence
      expect(h1.y).toBeGreaterThanOrEqual(0);
      expect(h1.y + h1.height).toBeLessThanOrEqual(s.y + 1); // the heading does not cover the sentence
      expect(s.y).toBeLessThan(viewport.height);
      expect(await p.locator('h1').innerText()).toContain(`第43条 ${titleOf(43)}`);
      await p.close();
    });
  }
});

describe('sentence links on touch screens', () => {
  it('are at least 24 × 24 px', async () => {
    const p = await open('measures/14/', { viewport: NARROW_PHONE, hasTouch: true, isMobile: true });
    expect(await p.evaluate(() => matchMedia('(hover: none)').matches)).toBe(true);
    const boxes = await p
      .locator('.sentence__link')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.width, r.height]));
    expect(boxes.length).toBeGreaterThan(2);
    for (const [w, h] of boxes) {
      expect(w).toBeGreaterThanOrEqual(24);
      expect(h).toBeGreaterThanOrEqual(24);
    }
    expect(await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });
});
