/** The relief finder as a business owner uses it, with and without JavaScript. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, describeViolations, PHONE, renderedTexts, sidewaysOverflow, useBrowser } from './harness';
import { loadDerived } from '../helpers/derived';
import { rankMeasures } from '../../src/lib/site/relief-rank';

let page: Page;

const { open, site } = useBrowser();
beforeAll(async () => {
  page = await open();
});

const results = () => page.getByRole('region', { name: '查找结果' });
// the cards' titles in order (their text, whether or not a card is laid out yet: see renderedTexts)
const cardTitles = () => results().getByRole('article').getByRole('heading', { level: 3 }).allTextContents();

describe('relief finder', () => {
  it('is reachable from the header navigation', async () => {
    await page.goto(site.url);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '惠企政策' }).click();
    await page.waitForURL(/\/relief\/$/);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('惠企政策查找');
  });

  it('catering + loans: measure 4 (names 餐饮) first, then general measures, with the state in the URL', async () => {
    await page.goto(`${site.url}relief/`);
    await page.getByRole('combobox', { name: '行业' }).selectOption({ label: '餐饮' });
    await page.getByRole('checkbox', { name: '贷款与融资' }).check();
    await expect.poll(() => page.url()).toMatch(/\?industry=catering&support=credit$/);
    const titles = await cardTitles();
    // credit measures: 4 names 餐饮; 1 and 7 name no industry; 5 (绿色) and 30 (农业) are for other industries
    expect(titles.map((t) => t.match(/第(\d+)条/)![1])).toEqual(['4', '1', '7']);
    const first = results().getByRole('article').first();
    expect(await first.innerText()).toContain(
      '优先支持餐饮、零售、旅游、公路水路铁路运输、民航等困难行业特别是服务业小微企业和民营企业',
    );
    expect(await first.getByRole('link', { name: '原文第4条第2句' }).getAttribute('href')).toMatch(
      /\/measures\/4\/#s2$/,
    );
    // a body reorganised since 2022 names its successor beside its old name (content/agencies.yaml successor)
    expect(await first.innerText()).toMatch(
      /咨询单位：\s*人行太原中心支行\s*（现为中国人民银行山西省分行，2023年8月18日起，\s*来源\s*）\s*、山西银保监局/u,
    );
    // the grouped view gives way to the results
    expect(await page.getByRole('heading', { name: '税费减免', level: 2 }).isVisible()).toBe(false);
    expect(await results().getByRole('status').innerText()).toContain('3 条');
  });

  it('restores the choices and the cards from the URL on reload', async () => {
    await page.goto(`${site.url}relief/?industry=catering&support=credit`);
    await page.reload();
    expect(await page.getByRole('combobox', { name: '行业' }).inputValue()).toBe('catering');
    expect(await page.getByRole('checkbox', { name: '贷款与融资' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { checked: true }).count()).toBe(1);
    expect((await cardTitles())[0]).toContain('第4条');
  });

  it('a firm type ranks the measures that name it first', async () => {
    await page.goto(`${site.url}relief/?support=guarantee&firm=micro-small`);
    const titles = await cardTitles();
    expect(titles).toHaveLength(1);
    expect(titles[0]).toContain('第8条');
    expect(await results().getByRole('article').first().innerText()).toContain('逐步将平均担保费率降至1%以下');
  });

  it('shows only the matching sentences of a card', async () => {
    await page.goto(`${site.url}relief/?support=rent`);
    const card = results().getByRole('article');
    expect(await card.count()).toBe(1);
    const visible = await card.locator('[data-item]:visible').count();
    expect(visible).toBe(1);
    expect(await card.locator('mark:visible').innerText()).toBe('房租减免');
  });

  it('catering: measures 1 and 2 first, ahead of loans and the procurement rule; the ranking is explained', async () => {
    await page.goto(`${site.url}relief/?industry=catering`);
    const numbers = (await cardTitles()).map((t) => Number(t.match(/第(\d+)条/)![1]));
    expect(numbers.slice(0, 2).sort()).toEqual([1, 2]);
    expect(numbers.indexOf(39)).toBeGreaterThan(numbers.indexOf(4));
    await page.locator('.caveats > summary').click();
    await page.getByText('查找结果如何排序').click();
    const how = page.locator('#ranking');
    expect(await how.innerText()).toMatch(/税费减免.*30 分/su);
    expect(await how.innerText()).toContain('第2条');
  });

  it('every card says whom to ask first and gives the 12345 hotline', async () => {
    await page.goto(`${site.url}relief/?industry=catering`);
    const m4card = results().getByRole('article').filter({ hasText: '第4条' });
    // measure 4: （人行太原中心支行、山西银保监局负责） — no 牵头 body, so the first 负责 body
    expect((await renderedTexts(m4card.locator('.ask')))[0]).toMatch(
      /先问\s*人行太原中心支行（本条负责单位；现为中国人民银行山西省分行，2023年8月18日起，\s*来源\s*）/u,
    );
    const asks = await renderedTexts(results().getByRole('article').locator('.ask'));
    expect(asks.length).toBe(await results().getByRole('article').count());
    for (const a of asks) expect(a).toContain('12345');
  });

  it('says the measures were set for 2022 and may have ended, linking to the explanation', async () => {
    await page.goto(`${site.url}relief/`);
    // folded under a summary line that says it in short, so the results stay on the first screen
    const caveats = page.locator('.caveats > summary');
    expect(await caveats.innerText()).toMatch(/措施为2022年而定，可能已到期/u);
    await caveats.click();
    const note = page.locator('.dates-notice');
    expect(await note.innerText()).toMatch(/2022年度的行动计划.*可能已经到期、调整或被新的政策取代/su);
    await note.getByRole('link', { name: '关于日期的说明' }).click();
    await page.waitForURL(/\/about\/#dates$/u);
    expect(await page.locator('#dates').isVisible()).toBe(true);
  });

  it('shows the review of all measures: those left out, each with its reason', async () => {
    await page.goto(`${site.url}relief/`);
    const review = page.getByRole('region', { name: '复核记录' });
    expect(await review.innerText()).toMatch(/全部 66 条措施都逐条复核过/u);
    await review.getByText(/查看未列入的 \d+ 条措施/u).click();
    const item = review.getByRole('listitem').filter({ hasText: '第41条' });
    expect(await item.innerText()).toContain('面向公众的公共服务');
    expect(await review.getByRole('listitem').filter({ hasText: '第1条 ' }).count()).toBe(0);
  });

  it('clearing the choices returns to the grouped view and a clean URL', async () => {
    await page.goto(`${site.url}relief/?industry=childcare`);
    expect(await cardTitles()).toContainEqual(expect.stringContaining('第50条'));
    await page.getByRole('button', { name: '清除条件' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    expect(await page.getByRole('heading', { name: '税费减免', level: 2 }).isVisible()).toBe(true);
    expect(await results().isVisible()).toBe(false);
  });

  it('ignores unknown or hostile URL values and says so, without injecting markup', async () => {
    await page.goto(`${site.url}relief/?industry=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&support=rent`);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.getByText('网址中的条件无法识别，已忽略').innerText()).toContain('<img');
    expect((await cardTitles())[0]).toContain('第1条');
  });

  it('a source link leads to the sentence on the measure page', async () => {
    await page.goto(`${site.url}relief/?support=procurement`);
    await results().getByRole('link', { name: '原文第44条第3句' }).click();
    await page.waitForURL(/\/measures\/44\/#s3$/);
    expect(await page.locator('#s3').innerText()).toContain('纳入政府购买养老服务目录');
  });
});

describe('relief finder without JavaScript', () => {
  it('the form submits to a page that shows every card grouped by kind of help, and says filtering needs JavaScript', async () => {
    const p = await open(undefined, { js: false });
    await p.goto(`${site.url}relief/`);
    await p.getByRole('combobox', { name: '行业' }).selectOption({ label: '餐饮' });
    await p.getByRole('checkbox', { name: '房租减免' }).check();
    await p.getByRole('button', { name: '查找' }).click();
    await p.waitForURL(/\?industry=catering&firm=&support=rent$/u);
    expect(await p.getByRole('form').innerText()).toContain('未启用 JavaScript，无法按条件筛选和排序');
    const groups = await p.getByRole('heading', { level: 2 }).allInnerTexts();
    for (const label of [
      '税费减免',
      '房租减免',
      '贷款与融资',
      '融资担保',
      '保险保障',
      '补贴与奖励',
      '稳岗与社保',
      '快速审批与免申即享',
      '政府采购',
      '市场与消费促进',
    ]) {
      expect(groups, label).toContain(label);
    }
    const rent = p.getByRole('region', { name: '房租减免' });
    await rent.scrollIntoViewIfNeeded();
    expect(await rent.getByRole('article').count()).toBe(1);
    await expect.poll(() => rent.innerText()).toContain('第1条');
    const awards = p.getByRole('region', { name: '补贴与奖励' });
    await awards.scrollIntoViewIfNeeded();
    await expect.poll(() => awards.innerText()).toContain('金额：省级100万元、国家级200万元');
    // the kind-of-help chips are anchors to their group
    await p.evaluate(() => scrollTo(0, 0));
    await p
      .locator('#relief-by-type nav')
      .getByRole('link', { name: /房租减免/u })
      .click();
    await p.waitForURL(/#type-rent$/u);
  });
});

describe('relief finder on a phone (390×844)', () => {
  it('rent, loans and tax in one pass: several kinds at once, the first result on the first screen', async () => {
    const p = await open(undefined, { viewport: PHONE });
    await p.goto(`${site.url}relief/`);
    await p.getByRole('combobox', { name: '行业' }).selectOption({ label: '餐饮' });
    for (const kind of ['房租减免', '贷款与融资', '税费减免']) await p.getByRole('checkbox', { name: kind }).check();
    await expect.poll(() => p.url()).toMatch(/\?industry=catering&support=tax-fee&support=rent&support=credit$/u);
    const region = p.getByRole('region', { name: '查找结果' });
    const cards = region.getByRole('article');
    // the union of what each kind finds alone for catering (content/relief.yaml), not three passes
    const { relief } = loadDerived();
    const alone = (['rent', 'credit', 'tax-fee'] as const).flatMap((kind) =>
      rankMeasures(relief, { industry: 'catering', supports: [kind] }).map((r) => String(r.measure)),
    );
    const numbers = (await cards.getByRole('heading', { level: 3 }).allTextContents()).map(
      (t) => t.match(/第(\d+)条/u)![1]!,
    );
    expect(alone.length).toBeGreaterThan(0);
    expect(numbers.sort()).toEqual([...new Set(alone)].sort());
    // nothing scrolled, and the first card's title is on the first screen
    expect(await p.evaluate(() => scrollY)).toBe(0);
    const title = (await cards.first().getByRole('heading', { level: 3 }).boundingBox())!;
    expect(title.y + title.height).toBeLessThanOrEqual(PHONE.height);
    // the kinds of help the shown items carry, read card by card down the list
    const kinds = await renderedTexts(region.locator('[data-item]:not([hidden]) .tag--support'));
    expect(new Set(kinds)).toEqual(new Set(['房租减免', '贷款与融资', '税费减免']));
    await p.close();
  });

  it('a kind-of-help chip filters the finder to that kind', async () => {
    const p = await open(undefined, { viewport: PHONE });
    await p.goto(`${site.url}relief/`);
    await p
      .locator('#relief-by-type nav')
      .getByRole('link', { name: /房租减免/u })
      .click();
    await expect.poll(() => new URL(p.url()).search).toBe('?support=rent');
    expect(await p.getByRole('checkbox', { name: '房租减免' }).isChecked()).toBe(true);
    const region = p.getByRole('region', { name: '查找结果' });
    expect(await region.getByRole('article').count()).toBe(1);
    expect(await region.locator('[data-item]:visible .tag--support').allInnerTexts()).toEqual(['房租减免']);
    const first = (await region.getByRole('article').first().boundingBox())!;
    expect(first.y).toBeLessThan(PHONE.height);
    await p.close();
  });
});

describe('relief finder accessibility and layout', () => {
  for (const path of ['relief/', 'relief/?industry=tourism&firm=hardship', 'relief/?support=rent&support=credit']) {
    it(`/${path} has zero axe violations`, async () => {
      await page.goto(site.url + path);
      const v = await axe(page);
      expect(v, describeViolations(v)).toEqual([]);
    });
  }

  it('fits a 360 px phone without sideways scrolling', async () => {
    const overflow = await sidewaysOverflow(open, `${site.url}relief/?industry=catering`);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
