/** The first pages, as a reader sees them in Chromium. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, describeViolations, sidewaysOverflow, useBrowser } from './harness';

let page: Page;

const { open, site } = useBrowser();
beforeAll(async () => {
  page = await open();
});

describe('home page', () => {
  it('says what the plan is and lists all 66 measures by part', async () => {
    await page.goto(site.url);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
      '山西省推进服务业提质增效2022年行动计划',
    );
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    const body = await page.locator('main').innerText();
    expect(body).toContain('晋政办发〔2022〕35号');
    expect(body).toContain('7.5%');
    expect(body).toContain('2022年4月14日');
    const links = page.locator('main a[href*="/measures/"]');
    expect(await links.count()).toBe(66);
    for (const heading of [
      '二、促进服务业恢复稳定增长',
      '（十四）教育培训',
      '五、加快发展非营利性服务业（非营利性服务业专班负责）',
    ]) {
      expect(await page.getByRole('heading', { name: heading }).count(), heading).toBe(1);
    }
  });

  it('links each part and sector heading to its own page', async () => {
    await page.goto(site.url);
    await page.getByRole('link', { name: '三、大力发展生产性服务业' }).click();
    await page.waitForURL(/\/parts\/3\/$/);
    await page.goto(site.url);
    await page.getByRole('link', { name: '（十一）健康养老服务' }).click();
    await page.waitForURL(/\/sectors\/health-elderly\/$/);
    expect(await page.locator('main').innerText()).toContain('开展养老服务品牌创建');
  });

  it('follows a measure link to its page', async () => {
    await page.goto(site.url);
    await page.getByRole('link', { name: /完善寄递末端网络/ }).click();
    await page.waitForURL(/\/measures\/14\/$/);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain('完善寄递末端网络');
  });
});

describe('measure page', () => {
  it('shows the text as published and who is responsible, with roles', async () => {
    await page.goto(`${site.url}measures/14/`);
    const main = page.locator('main');
    expect(await main.innerText()).toContain('加快邮政、快递末端基础设施建设，纳入城镇老旧小区改造工作体系。');
    expect(await main.innerText()).toContain('（省邮政管理局牵头，省商务厅、省住建厅、省自然资源厅配合）');
    expect(await main.innerText()).toContain('交通运输专班');
    const lead = page.locator('[data-agency="postal"]');
    expect(await lead.innerText()).toMatch(/牵头\s*省邮政管理局/);
    expect(await page.locator('[data-role="cooperate"]').count()).toBe(3);
  });

  it('measure 61 shows one body as both 牵头 and 负责', async () => {
    await page.goto(`${site.url}measures/61/`);
    const roles = await page.locator('[data-agency="samr"]').allInnerTexts();
    expect(roles.join(' ')).toMatch(/牵头.*负责/s);
  });
});

describe('layout and accessibility', () => {
  for (const path of ['', 'measures/20/']) {
    it(`/${path} has zero axe violations`, async () => {
      await page.goto(site.url + path);
      const v = await axe(page);
      expect(v, describeViolations(v)).toEqual([]);
    });

    it(`/${path} fits a 360 px phone without sideways scrolling`, async () => {
      const overflow = await sidewaysOverflow(open, site.url + path);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

describe('/data/measures.json', () => {
  it('serves every measure with its agencies in source order and its page URL', async () => {
    const res = await page.request.get(`${site.url}data/measures.json`);
    expect(res.status()).toBe(200);
    const data = await res.json();
    expect(data.document.number).toBe('晋政办发〔2022〕35号');
    expect(data.measures).toHaveLength(66);
    const m20 = data.measures[19];
    expect(m20.number).toBe(20);
    expect(m20.agencies.slice(0, 2)).toMatchObject([
      { id: 'communications', name: '省通信管理局', role: 'lead' },
      { id: 'industry-it', name: '省工信厅', role: 'lead' },
    ]);
    expect(m20.text.endsWith('省审批服务管理局负责）')).toBe(true);
    expect(m20.url).toMatch(/^https?:\/\/[^/]+\/measures\/20\/$/u); // absolute, on SITE_URL
    const page20 = await page.request.get(new URL(new URL(m20.url).pathname, site.origin).href);
    expect(page20.status()).toBe(200);
  });
});
