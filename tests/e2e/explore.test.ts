/**
 * The explorer as a reader uses it in Chromium: the graph (with and without JavaScript), its panel,
 * filters, URL state and keyboard use; the matrix; the sector charts; axe on every explorer page.
 * Expected lists come from /data/measures.json, not from the explorer's own code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axe, describeViolations, launch, serve, ROOT, type Site, sidewaysOverflow } from './harness';
import { join } from 'node:path';
import { pageWeight } from '../helpers/page-weight';

type Role = 'lead' | 'responsible' | 'cooperate';
interface Measures {
  measures: { number: number; title: string; part: number; sector: string | null; taskForce: string | null; agencies: { id: string; name: string; role: Role }[] }[];
}

let site: Site;
let browser: Browser;
let page: Page;
let data: Measures;

const measuresOf = (agency: string, role: Role) => data.measures.filter((m) => m.agencies.some((a) => a.id === agency && a.role === role)).map((m) => m.number);
const numbersIn = (texts: string[]) => texts.map((t) => Number(/第(\d+)条/u.exec(t)![1]));

beforeAll(async () => {
  [site, browser] = await Promise.all([serve(), launch()]);
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  data = await (await page.request.get(`${site.url}data/measures.json`)).json();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function openGraph(query = '') {
  await page.goto(`${site.url}explore/graph/${query}`);
  await page.locator('[data-graph][data-ready="true"]').waitFor();
}

describe('header navigation', () => {
  it('has an 探索 entry leading to the explorer hub, which links to the three views', async () => {
    await page.goto(site.url);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '探索' }).click();
    await page.waitForURL(/\/explore\/$/u);
    const views = page.getByRole('navigation', { name: '探索视图' });
    for (const name of ['关系图', '责任矩阵', '领域分布']) expect(await views.getByRole('link', { name }).count(), name).toBe(1);
    const top = await page.locator('main table tbody tr').first().getAttribute('data-agency');
    const loads = new Map<string, number>();
    for (const m of data.measures) for (const id of new Set(m.agencies.map((a) => a.id))) loads.set(id, (loads.get(id) ?? 0) + 1);
    expect(loads.get(top!)).toBe(Math.max(...loads.values()));
  });
});

describe('graph without JavaScript', () => {
  it('is server-rendered SVG with a node per agency and per measure, each a link', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const p = await ctx.newPage();
    await p.goto(`${site.url}explore/graph/`);
    const svg = p.locator('svg.graph');
    expect(await svg.count()).toBe(1);
    const agencyIds = new Set(data.measures.flatMap((m) => m.agencies.map((a) => a.id)));
    expect(await p.locator('svg.graph [data-agency]:not(line)').count()).toBe(agencyIds.size);
    expect(await p.locator('svg.graph a[data-measure]').count()).toBe(data.measures.length);
    const pairs = new Set(data.measures.flatMap((m) => m.agencies.map((a) => `${a.id}|${m.number}`)));
    expect(await p.locator('svg.graph line.edge').count()).toBe(pairs.size);
    expect(await p.locator('svg.graph a[data-measure="14"]').getAttribute('href')).toMatch(/\/measures\/14\/$/u);
    // controls that need JavaScript stay hidden; the data table is there
    expect(await p.getByRole('button', { name: '查找' }).count()).toBe(0);
    expect(await p.getByRole('table', { name: /各单位按职责列出的措施编号/u }).count()).toBe(1);
    await ctx.close();
  });

  it('the matrix is a plain table of links and the charts are SVG', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const p = await ctx.newPage();
    await p.goto(`${site.url}explore/matrix/`);
    const table = p.getByRole('table', { name: /单位 × 措施责任矩阵/u });
    expect(await table.locator('tbody tr').count()).toBe(new Set(data.measures.flatMap((m) => m.agencies.map((a) => a.id))).size);
    const pairs = new Set(data.measures.flatMap((m) => m.agencies.map((a) => `${a.id}|${m.number}`)));
    expect(await table.locator('tbody td.cell a').count()).toBe(pairs.size);
    expect(await table.getByRole('button').count()).toBe(0);
    const region = p.getByRole('region', { name: /责任矩阵/u });
    expect(await region.getAttribute('tabindex')).toBe('0');
    await p.goto(`${site.url}explore/sectors/`);
    expect(await p.locator('svg.chart').count()).toBe(5);
    expect(await p.locator('svg.chart a.tm-measure').count()).toBe(data.measures.length);
    await ctx.close();
  });
});

describe('graph with JavaScript', () => {
  it('selecting an agency shows exactly its measures in the panel, by role', async () => {
    await openGraph();
    await page.locator('svg.graph [data-agency="commerce"][role="button"]').click();
    const panel = page.getByRole('complementary', { name: '省商务厅' });
    await panel.waitFor();
    for (const role of ['lead', 'responsible', 'cooperate'] as Role[]) {
      const expected = measuresOf('commerce', role);
      const shown = numbersIn(await panel.locator(`ul[data-role="${role}"] a`).allInnerTexts());
      expect(shown, role).toEqual(expected);
    }
    const all = await panel.locator('ul a').allInnerTexts();
    const expectedAll = data.measures.filter((m) => m.agencies.some((a) => a.id === 'commerce'));
    expect(new Set(numbersIn(all))).toEqual(new Set(expectedAll.map((m) => m.number)));
    expect(all.find((t) => t.includes('第14条'))).toContain(expectedAll.find((m) => m.number === 14)?.title ?? '');
    expect(await page.locator('svg.graph [data-agency="commerce"][role="button"]').getAttribute('aria-pressed')).toBe('true');
    expect(page.url()).toMatch(/\?agency=commerce$/u);
  });

  it('selecting a measure shows its agencies; choosing one of them selects that agency', async () => {
    await openGraph();
    await page.locator('svg.graph a[data-measure="20"]').click();
    const m20 = data.measures.find((m) => m.number === 20)!;
    const panel = page.getByRole('complementary', { name: `第20条 ${m20.title}` });
    await panel.waitFor();
    const names = await panel.locator('li button').allInnerTexts();
    expect(names).toEqual([...new Set(m20.agencies.map((a) => a.name))].map((n) => expect.stringContaining(n.slice(0, 2))));
    expect(names).toHaveLength(new Set(m20.agencies.map((a) => a.id)).size);
    await panel.locator('li button').first().click();
    await page.waitForURL(new RegExp(`agency=${m20.agencies[0]!.id}`, 'u'));
  });

  it('hover highlights a node and its neighbours', async () => {
    await openGraph();
    await page.locator('svg.graph a[data-measure="14"]').hover();
    expect(await page.locator('svg.graph').getAttribute('class')).toContain('is-focusing');
    const agencies = new Set(data.measures[13]!.agencies.map((a) => a.id));
    expect(await page.locator('svg.graph .node--agency.is-hl').count()).toBe(agencies.size);
    expect(await page.locator('svg.graph line.edge.is-hl').count()).toBe(agencies.size);
  });

  it('filters by role and part, and restores selection and filters from the URL on reload', async () => {
    await openGraph();
    await page.getByLabel('职责', { exact: true }).selectOption('lead');
    const withLead = data.measures.filter((m) => m.agencies.some((a) => a.role === 'lead'));
    expect(await page.locator('svg.graph a[data-measure]:not(.is-out)').count()).toBe(withLead.length);
    await page.getByLabel('部分', { exact: true }).selectOption('4');
    const expected = withLead.filter((m) => m.part === 4).map((m) => String(m.number)).sort();
    const shown = await page.locator('svg.graph a[data-measure]:not(.is-out)').evaluateAll((ns) => ns.map((n) => (n as SVGElement).dataset.measure!));
    expect(shown.sort()).toEqual(expected);
    await page.locator('svg.graph [data-agency="commerce"][role="button"]').click();
    expect(page.url()).toMatch(/\?agency=commerce&part=4&role=lead$/u);
    await page.reload();
    await page.locator('[data-graph][data-ready="true"]').waitFor();
    expect(await page.getByLabel('职责', { exact: true }).inputValue()).toBe('lead');
    expect(await page.getByLabel('部分', { exact: true }).inputValue()).toBe('4');
    expect(await page.locator('svg.graph a[data-agency="commerce"]').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('#graph-panel-title').innerText()).toBe('省商务厅');
    const shownAfter = await page.locator('svg.graph a[data-measure]:not(.is-out)').count();
    expect(shownAfter).toBe(expected.length);
  });

  it('ignores unknown values in the URL and still works', async () => {
    await openGraph('?agency=%3Cscript%3Ealert(1)%3C%2Fscript%3E&role=boss&measure=999');
    expect(await page.locator('#graph-panel-title').innerText()).toBe('详情');
    expect(await page.locator('svg.graph a[data-measure]:not(.is-out)').count()).toBe(data.measures.length);
    expect(page.url()).not.toContain('?');
  });

  it('finds an agency by name, and zooms with buttons', async () => {
    await openGraph();
    await page.getByRole('combobox', { name: '查找单位' }).fill('省邮政管理局');
    await page.getByRole('button', { name: '查找' }).click();
    expect(await page.locator('#graph-panel-title').innerText()).toBe('省邮政管理局');
    const before = await page.locator('.graph-viewport').getAttribute('transform');
    await page.getByRole('button', { name: '放大' }).click();
    await page.waitForFunction(() => /scale\(1\.5\)/u.test(document.querySelector('.graph-viewport')?.getAttribute('transform') ?? ''));
    expect(await page.locator('.graph-viewport').getAttribute('transform')).not.toBe(before);
  });

  it('can be used with the keyboard alone', async () => {
    const tabTo = async (test: () => Promise<boolean>, max = 80) => {
      for (let i = 0; i < max; i++) {
        await page.keyboard.press('Tab');
        if (await test()) return;
      }
      throw new Error('never reached by Tab');
    };
    // Tab to the find box, search, land on the panel, Tab to a measure and open it
    await openGraph();
    await tabTo(() => page.evaluate(() => document.activeElement?.id === 'graph-find-input'));
    await page.keyboard.type('省民政厅');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('graph-panel-title');
    await tabTo(() => page.evaluate(() => Boolean(document.activeElement?.closest('[data-graph-panel] ul'))));
    const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    const expected = data.measures.filter((m) => m.agencies.some((a) => a.name === '省民政厅' || a.id === 'civil-affairs')).map((m) => m.number);
    expect(expected).toContain(Number(/measures\/(\d+)\//u.exec(href)![1]));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/measures\/\d+\/$/u);

    // graph nodes are reached by Tab and are toggle buttons: Enter selects, Escape clears, Space selects
    await openGraph();
    await tabTo(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.measure === '1'));
    // keyboard focus highlights the measure's agencies, like hover
    const agenciesOf1 = new Set(data.measures[0]!.agencies.map((a) => a.id));
    expect(await page.locator('svg.graph .node--agency.is-hl').count()).toBe(agenciesOf1.size);
    await page.keyboard.press('Enter');
    expect(await page.locator('svg.graph a[data-measure="1"]').getAttribute('aria-pressed')).toBe('true');
    expect(page.url()).toMatch(/\?measure=1$/u);
    await page.keyboard.press('Escape');
    expect(await page.locator('svg.graph a[data-measure="1"]').getAttribute('aria-pressed')).toBe('false');
    await page.keyboard.press('Space');
    expect(await page.locator('svg.graph a[data-measure="1"]').getAttribute('aria-pressed')).toBe('true');
    // zoom buttons work from the keyboard too
    await page.getByRole('button', { name: '放大' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /scale\(1\.5\)/u.test(document.querySelector('.graph-viewport')?.getAttribute('transform') ?? ''));
  });
});

describe('motion', () => {
  it('honours prefers-reduced-motion: zoom jumps instead of animating', async () => {
    const ctx = await browser.newContext({ reducedMotion: 'reduce' });
    const p = await ctx.newPage();
    await p.goto(`${site.url}explore/graph/`);
    await p.locator('[data-graph][data-ready="true"]').waitFor();
    const after = await p.evaluate(() => {
      (document.querySelector('[data-zoom="in"]') as HTMLButtonElement).click();
      return document.querySelector('.graph-viewport')!.getAttribute('transform');
    });
    expect(after).toMatch(/scale\(1\.5\)/u);
    await ctx.close();
  });
});

describe('matrix', () => {
  it('follows a cell to its measure', async () => {
    await page.goto(`${site.url}explore/matrix/`);
    const m14 = data.measures[13]!;
    const lead = m14.agencies.find((a) => a.role === 'lead')!;
    const row = page.getByRole('row', { name: new RegExp(`^${lead.name}`, 'u') });
    await row.getByRole('link', { name: '第14条：牵头' }).click();
    await page.waitForURL(/\/measures\/14\/$/u);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain(m14.title);
  });

  it('has row and column totals that agree with the measures', async () => {
    await page.goto(`${site.url}explore/matrix/`);
    const pairs = new Set(data.measures.flatMap((m) => m.agencies.map((a) => `${a.id}|${m.number}`)));
    expect(Number(await page.locator('[data-grand-total]').innerText())).toBe(pairs.size);
    const col = await page.locator('tfoot td.matrix-coltotal[data-measure="20"]').innerText();
    expect(Number(col)).toBe(new Set(data.measures[19]!.agencies.map((a) => a.id)).size);
    const rowTotal = await page.locator('tbody tr[data-agency="commerce"] td.matrix-total').first().innerText();
    expect(Number(rowTotal)).toBe(data.measures.filter((m) => m.agencies.some((a) => a.id === 'commerce')).length);
  });

  it('sorts with accessible buttons and aria-sort', async () => {
    await page.goto(`${site.url}explore/matrix/`);
    const lead = page.getByRole('columnheader', { name: '牵头' });
    await lead.getByRole('button').click();
    expect(await lead.getAttribute('aria-sort')).toBe('descending');
    const leads = (await page.locator('tbody tr').evaluateAll((rs) => rs.map((r) => Number((r as HTMLElement).dataset.lead))));
    expect(leads).toEqual([...leads].sort((a, b) => b - a));
    const expectedTop = Math.max(...[...new Set(data.measures.flatMap((m) => m.agencies.map((a) => a.id)))].map((id) => measuresOf(id, 'lead').length));
    expect(leads[0]).toBe(expectedTop);
    await lead.getByRole('button').click();
    expect(await lead.getAttribute('aria-sort')).toBe('ascending');
    expect(await page.getByRole('columnheader', { name: '措施数' }).getAttribute('aria-sort')).toBeNull();
  });

  it('lists who works with whom, with the shared measures', async () => {
    await page.goto(`${site.url}explore/matrix/`);
    const first = page.locator('.pairs > li').first();
    const [a, b] = (await first.getAttribute('data-pair'))!.split('|');
    const shared = data.measures.filter((m) => m.agencies.some((x) => x.id === a) && m.agencies.some((x) => x.id === b)).map((m) => m.number);
    expect(numbersIn(await first.locator('.pairs__measures a').allInnerTexts())).toEqual(shared);
    // nobody shares more than the first pair
    const ids = [...new Set(data.measures.flatMap((m) => m.agencies.map((x) => x.id)))];
    let best = 0;
    for (const x of ids) for (const y of ids) if (x < y) best = Math.max(best, data.measures.filter((m) => m.agencies.some((q) => q.id === x) && m.agencies.some((q) => q.id === y)).length);
    expect(shared.length).toBe(best);
  });
});

describe('sector breakdowns', () => {
  it('draws named charts with legends and data tables, each element linking to what it counts', async () => {
    await page.goto(`${site.url}explore/sectors/`);
    for (const name of [/措施分布/u, /各领域的措施条数/u, /责任分工/u, /责任单位数/u, /工作专班/u]) {
      expect(await page.getByRole('group', { name }).count(), String(name)).toBe(1);
    }
    expect(await page.locator('.chart-legend').count()).toBe(5);
    expect(await page.locator('details table').count()).toBe(5);
    const sectors = new Set(data.measures.map((m) => m.sector).filter(Boolean));
    expect(await page.locator('#chart-measures .chart-row[data-key^="sector:"]').count()).toBe(sectors.size);
    await page.getByRole('link', { name: `第14条 ${data.measures[13]!.title}` }).click();
    await page.waitForURL(/\/measures\/14\/$/u);
  });
});

describe('byte budget', () => {
  it('every explorer page ships at most 90 KB of gzipped JavaScript, and no React runtime', () => {
    for (const file of ['explore/index.html', 'explore/graph/index.html', 'explore/matrix/index.html', 'explore/sectors/index.html']) {
      const w = pageWeight(join(ROOT, 'dist'), file);
      expect(w.js, file).toBeLessThanOrEqual(90 * 1024);
      expect(w.files.some((f) => /react|client\.[\w-]+\.js/u.test(f)), `${file}: ${w.files.join(', ')}`).toBe(false);
    }
    // the graph page really does load its script (the budget is not met by shipping nothing)
    expect(pageWeight(join(ROOT, 'dist'), 'explore/graph/index.html').js).toBeGreaterThan(5 * 1024);
  });
});

describe('explorer accessibility and layout', () => {
  for (const path of ['explore/', 'explore/graph/', 'explore/graph/?agency=commerce&role=responsible', 'explore/graph/?measure=20', 'explore/matrix/', 'explore/sectors/']) {
    it(`/${path} has zero axe violations`, async () => {
      await page.goto(site.url + path);
      if (path.includes('graph')) await page.locator('[data-graph][data-ready="true"]').waitFor();
      const v = await axe(page);
      expect(v, describeViolations(v)).toEqual([]);
    });
  }
  for (const path of ['explore/', 'explore/graph/', 'explore/matrix/', 'explore/sectors/']) {
    it(`/${path} fits a 360 px phone without sideways scrolling`, async () => {
      const overflow = await sidewaysOverflow(browser, site.url + path);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});
