/**
 * The explorer as a reader uses it in Chromium: one React app whose views (network, matrix, sector
 * breakdown, detail panel) answer one selection; URL state with back/forward; keyboard; a 390 px touch
 * phone; no JavaScript; axe on every view; the label-overlap count. Expected facts come from
 * /data/measures.json, not from the explorer's own code.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, describeViolations, ROOT, sidewaysOverflow, TOUCH_PHONE, useBrowser, explorerLive } from './harness';
import { join } from 'node:path';
import { pageWeight } from '../helpers/page-weight';

type Role = 'lead' | 'responsible' | 'cooperate';
interface Measures {
  measures: {
    number: number;
    title: string;
    part: number;
    sector: string | null;
    taskForce: string | null;
    agencies: { id: string; name: string; role: Role }[];
  }[];
}

let page: Page;
let data: Measures;

const measuresOfAgency = (agency: string) =>
  data.measures.filter((m) => m.agencies.some((a) => a.id === agency)).map((m) => m.number);
const nameOf = (id: string) => data.measures.flatMap((m) => m.agencies).find((a) => a.id === id)!.name;
const numbersIn = (texts: string[]) => texts.map((t) => Number(/第(\d+)条/u.exec(t)![1]));

const { open, site } = useBrowser();
beforeAll(async () => {
  page = await open(undefined, { viewport: { width: 1280, height: 900 } });
  data = await (await page.request.get(`${site.url}data/measures.json`)).json();
});

async function visit(p: Page, path: string) {
  await p.goto(site.url + path);
  await explorerLive(p);
}

describe('header navigation', () => {
  it('has an 探索 entry leading to the hub, which links to the three views', async () => {
    await page.goto(site.url);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '探索' }).click();
    await page.waitForURL(/\/explore\/$/u);
    const views = page.getByRole('navigation', { name: '探索视图' });
    for (const name of ['关系图', '责任矩阵', '领域分布'])
      expect(await views.getByRole('link', { name }).count(), name).toBe(1);
    expect(await page.getByText(/共 169 组“单位—措施”责任关系/u).count()).toBe(1);
  });
});

describe('without JavaScript', () => {
  let p: Page;
  beforeAll(async () => {
    p = await open(undefined, { js: false });
  });

  it('the network is server-rendered SVG, every node a link', async () => {
    await p.goto(`${site.url}explore/graph/`);
    const agencyIds = new Set(data.measures.flatMap((m) => m.agencies.map((a) => a.id)));
    expect(await p.locator('svg.graph a[data-agency]').count()).toBe(agencyIds.size);
    expect(await p.locator('svg.graph a[data-measure]').count()).toBe(data.measures.length);
    const pairs = new Set(data.measures.flatMap((m) => m.agencies.map((a) => `${a.id}|${m.number}`)));
    expect(await p.locator('svg.graph line.edge').count()).toBe(pairs.size);
    expect(await p.locator('svg.graph a[data-measure="14"]').getAttribute('href')).toMatch(/\/measures\/14\/$/u);
    expect(await p.getByRole('button').count()).toBe(0);
    expect(await p.getByRole('table', { name: /各单位按职责列出的措施编号/u }).count()).toBe(1);
  });

  it('the matrix is a table of links and the sector view a table plus SVG charts', async () => {
    await p.goto(`${site.url}explore/matrix/`);
    const table = p.getByRole('table', { name: /单位 × 措施责任矩阵/u });
    const pairs = new Set(data.measures.flatMap((m) => m.agencies.map((a) => `${a.id}|${m.number}`)));
    expect(await table.locator('tbody td.cell a').count()).toBe(pairs.size);
    expect(await table.getByRole('button').count()).toBe(0);
    await p.goto(`${site.url}explore/sectors/`);
    expect(await p.locator('.sectors__measures a[data-measure]').count()).toBe(data.measures.length);
    expect(await p.locator('svg.chart').count()).toBe(5);
  });
});

describe('partners on agency pages', () => {
  it('every agency page lists, server-rendered, the agencies it shares measures with, strongest first', async () => {
    const p = await open(undefined, { js: false });
    for (const id of ['culture-tourism', 'commerce', 'samr']) {
      await p.goto(`${site.url}agencies/${id}/`);
      const weight = new Map<string, number>();
      for (const m of data.measures) {
        const ids = [...new Set(m.agencies.map((a) => a.id))];
        if (ids.includes(id))
          for (const x of ids) if (x !== id) weight.set(x, (weight.get(x) ?? 0) + 1 / (ids.length - 1));
      }
      const box = p.locator(`[data-partners="${id}"]`);
      const hrefs = await box
        .locator('tbody th a')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
      expect(new Set(hrefs.map((h) => /agencies\/([^/]+)\//u.exec(h)![1]))).toEqual(new Set(weight.keys()));
      const best = Math.max(...weight.values());
      expect(weight.get(/agencies\/([^/]+)\//u.exec(hrefs[0]!)![1]!)).toBeCloseTo(best, 5);
    }
  });
});

describe('linked views', () => {
  it('selecting an agency marks it in the network, the sector table and the panel; the matrix opens with it', async () => {
    await visit(page, 'explore/graph/');
    await page.locator('svg.graph a[data-agency="commerce"]').click();
    await page.waitForURL(/\?agency=commerce$/u);
    expect(await page.locator('svg.graph a[data-agency="commerce"]').getAttribute('data-selected')).toBe('true');
    const panel = page.getByRole('complementary', { name: nameOf('commerce') });
    expect(new Set(numbersIn(await panel.locator('ul[data-role] a').allInnerTexts()))).toEqual(
      new Set(measuresOfAgency('commerce')),
    );
    // the neighbourhood: exactly the agency's measures are drawn
    const drawn = await page
      .locator('svg.graph a[data-measure]:not(.is-away)')
      .evaluateAll((ns) => ns.map((n) => Number(n.getAttribute('data-measure'))));
    expect(drawn.sort((a, b) => a - b)).toEqual(measuresOfAgency('commerce'));
    // partners, weighted, are buttons in the panel
    expect(await panel.getByRole('region', { name: '合作单位' }).getByRole('button').count()).toBeGreaterThan(0);
    // the live region summarises the other views
    expect(await page.locator('[data-live]').innerText()).toContain(`${measuresOfAgency('commerce').length}条措施`);
    await page.getByRole('navigation', { name: '探索视图' }).getByRole('link', { name: '责任矩阵' }).click();
    await page.waitForURL(/\/explore\/matrix\/\?agency=commerce$/u);
    expect(await page.locator('table.matrix tr[data-agency="commerce"]').getAttribute('data-selected')).toBe('true');
    const touched = await page.locator('table.matrix tr[data-agency="commerce"] td.cell.is-touched').count();
    expect(touched).toBe(measuresOfAgency('commerce').length);
  });

  it('selecting a measure in the matrix marks it there and in the sector table', async () => {
    await visit(page, 'explore/matrix/');
    const m20 = data.measures[19]!;
    await page.getByRole('button', { name: `第20条 ${m20.title}` }).click();
    await page.waitForURL(/\?measure=20$/u);
    expect(await page.locator('table.matrix th[data-measure="20"]').getAttribute('data-selected')).toBe('true');
    const panel = page.getByRole('complementary', { name: `第20条 ${m20.title}` });
    expect(await panel.locator('button[data-agency]').count()).toBe(new Set(m20.agencies.map((a) => a.id)).size);
    const group = m20.sector ? `sector:${m20.sector}` : `part:${m20.part}`;
    expect(await page.locator(`.sectors--compact tr[data-group="${group}"]`).getAttribute('class')).toContain(
      'is-touched',
    );
  });
});

describe('URL state', () => {
  it('restores selection and filters on reload, follows back and forward, and drops unknown values', async () => {
    await visit(page, 'explore/graph/?agency=commerce&part=4&role=lead');
    expect(await page.getByLabel('职责', { exact: true }).inputValue()).toBe('lead');
    expect(await page.getByLabel('部分', { exact: true }).inputValue()).toBe('4');
    expect(await page.locator('#explorer-panel-title').innerText()).toBe(nameOf('commerce'));
    await page.locator('svg.graph a[data-measure]:not(.is-out)').first().click();
    await page.waitForURL(/\?measure=\d+&part=4&role=lead$/u);
    await page.goBack();
    await page.waitForURL(/\?agency=commerce&part=4&role=lead$/u);
    expect(await page.locator('#explorer-panel-title').innerText()).toBe(nameOf('commerce'));
    await page.goForward();
    await page.waitForURL(/\?measure=/u);
    expect(await page.locator('#explorer-panel-title').innerText()).toMatch(/^第\d+条/u);
    await visit(page, 'explore/graph/?agency=%3Cscript%3E&role=boss&measure=999');
    expect(await page.locator('#explorer-panel-title').innerText()).toBe('详情');
    expect(await page.locator('svg.graph a[data-measure].is-out').count()).toBe(0);
  });

  it('opens a task force selection from the sector page links', async () => {
    await visit(page, 'explore/graph/?select=tf:finance');
    const tf = data.measures.filter((m) => m.taskForce === 'finance').map((m) => m.number);
    expect(await page.locator('svg.graph a[data-measure].is-touched').count()).toBe(tf.length);
  });
});

describe('keyboard', () => {
  it('skips past the network, moves with arrows, selects with Enter, clears with Escape', async () => {
    await visit(page, 'explore/graph/');
    let presses = 0;
    while (presses < 40 && !(await page.evaluate(() => document.activeElement?.classList.contains('explorer__skip')))) {
      await page.keyboard.press('Tab');
      presses++;
    }
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('explorer-panel');
    // the network is one tab stop: Tab from the zoom help reaches a node, the next Tab leaves the network
    await page.locator('svg.graph a[tabindex="0"]').focus();
    const first = await page.evaluate(() => document.activeElement!.getAttribute('data-key'));
    await page.keyboard.press('ArrowRight');
    const second = await page.evaluate(() => document.activeElement!.getAttribute('data-key'));
    expect(second).not.toBe(first);
    await page.keyboard.press('Enter');
    expect(await page.locator(`svg.graph [data-key="${second}"]`).getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await page.locator(`svg.graph [data-key="${second}"]`).getAttribute('aria-pressed')).toBe('false');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('svg.graph')))).toBe(false);
  });

  it('moves through matrix cells with the arrow keys', async () => {
    await visit(page, 'explore/matrix/');
    await page.locator('table.matrix [data-nav][tabindex="0"]').focus();
    await page.keyboard.press('ArrowDown');
    const at = await page.evaluate(() => document.activeElement!.getAttribute('data-nav'));
    expect(at).toMatch(/^\d+,0$/u);
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement!.getAttribute('data-nav'))).not.toBe(at);
  });

  it('zoom is explained and goes in 25 % steps; labels keep their size', async () => {
    await visit(page, 'explore/graph/');
    expect(await page.getByText(/每按一次＋或－缩放 25%/u).count()).toBe(1);
    const size = () =>
      page
        .locator('svg.graph .net__label')
        .first()
        .evaluate((t) => t.getBoundingClientRect().height);
    const before = await size();
    await page.getByRole('button', { name: '放大' }).click();
    expect(await page.locator('[data-zoom-level]').innerText()).toBe('125%');
    expect(Math.abs((await size()) - before)).toBeLessThan(0.5);
  });
});

/** Pairs of visible network labels (and, with `dots`, measure dots) whose boxes overlap on screen. */
const overlapping = (p: Page, dots = false) =>
  p.evaluate((withDots) => {
    const sel =
      'svg.graph .node:not(.is-away) .net__label' + (withDots ? ', svg.graph .node--measure:not(.is-away) circle' : '');
    const rs = [...document.querySelectorAll(sel)].map((t) => t.getBoundingClientRect()).filter((r) => r.width > 0);
    let n = 0;
    for (let i = 0; i < rs.length; i++)
      for (let j = i + 1; j < rs.length; j++)
        if (
          rs[i]!.left < rs[j]!.right &&
          rs[j]!.left < rs[i]!.right &&
          rs[i]!.top < rs[j]!.bottom &&
          rs[j]!.top < rs[i]!.bottom
        )
          n++;
    return { n, shown: rs.length };
  }, dots);

describe('a readable network', () => {
  it('has 0 overlapping labels at 1280 px', async () => {
    await visit(page, 'explore/graph/');
    const o = await overlapping(page);
    expect(o.n).toBe(0);
    expect(o.shown).toBeGreaterThan(25);
  });

  it("lays out each agency's neighbourhood with no label over another label or a measure", async () => {
    const ids = [...new Set(data.measures.flatMap((m) => m.agencies.map((a) => a.id)))];
    const bad: string[] = [];
    for (const id of ids) {
      await visit(page, `explore/graph/?agency=${id}`);
      const o = await overlapping(page, true);
      if (o.n) bad.push(`${id}: ${o.n}`);
    }
    expect(bad).toEqual([]);
  });
});

describe('a 390 px touch phone', () => {
  let p: Page;
  beforeAll(async () => {
    p = await open(undefined, { ...TOUCH_PHONE, reducedMotion: 'reduce' });
  });

  it('lists agencies with 44 px targets instead of the hairball; a tap brings the panel into view', async () => {
    await visit(p, 'explore/graph/');
    expect(await p.locator('svg.graph').isVisible()).toBe(false);
    const item = p.locator('.net__list a[data-agency="commerce"]');
    const box = (await item.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    await item.tap();
    await p.waitForURL(/\?agency=commerce$/u);
    await p.waitForFunction(() => {
      const r = document.getElementById('explorer-panel')!.getBoundingClientRect();
      return r.top >= -1 && r.top < window.innerHeight / 2;
    });
    expect(await item.getAttribute('data-selected')).toBe('true');
  });

  it('a one-finger swipe over the agency list scrolls the page and selects nothing', async () => {
    await visit(p, 'explore/graph/');
    await p.locator('.net__list').evaluate((e) => e.scrollIntoView({ block: 'start' }));
    const before = await p.evaluate(() => window.scrollY);
    const cdp = await p.context().newCDPSession(p);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', y: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: 200, y }] });
    await touch('touchStart', 700);
    for (let y = 680; y >= 300; y -= 20) await touch('touchMove', y);
    await touch('touchEnd', 300);
    await p.waitForFunction((b) => window.scrollY > b + 100, before);
    expect(p.url()).not.toContain('?');
  });

  it('the matrix keeps most of its width for the cells', async () => {
    await visit(p, 'explore/matrix/');
    const w = await p
      .locator('table.matrix tbody th.matrix-agency')
      .first()
      .evaluate((e) => e.getBoundingClientRect().width);
    expect(w).toBeLessThan(390 * 0.3);
  });
});

describe('byte budget', () => {
  it('each explorer view ships at most 110 KB of gzipped JavaScript, React included, from one shared island', () => {
    const files = ['explore/graph/index.html', 'explore/matrix/index.html', 'explore/sectors/index.html'].map((f) =>
      pageWeight(join(ROOT, 'dist'), f),
    );
    for (const w of files) {
      expect(w.js, w.page).toBeLessThanOrEqual(110 * 1024);
      expect(w.js, `${w.page} hydrates the island`).toBeGreaterThan(40 * 1024);
    }
    const islands = files.map((w) => w.files.filter((f) => /Explorer\./u.test(f)).join());
    expect(new Set(islands).size, islands.join(' | ')).toBe(1);
    expect(pageWeight(join(ROOT, 'dist'), 'explore/index.html').files.some((f) => /client\.|Explorer\./u.test(f))).toBe(
      false,
    );
  });

  it('reading pages load no framework code: measures, plan, home, agencies (partners are plain HTML)', () => {
    for (const file of [
      'index.html',
      'plan/index.html',
      'measures/14/index.html',
      'agencies/index.html',
      'agencies/commerce/index.html',
      'agencies/samr/index.html',
    ]) {
      const w = pageWeight(join(ROOT, 'dist'), file);
      expect(
        w.files.filter((f) => /client\.|Explorer\.|react/iu.test(f)),
        file,
      ).toEqual([]);
      expect(w.js, file).toBeLessThanOrEqual(4 * 1024);
    }
  });
});

describe('explorer accessibility and layout', () => {
  const views = [
    'explore/',
    'explore/graph/',
    'explore/graph/?agency=commerce&compare=samr,finance',
    'explore/graph/?measure=20',
    'explore/matrix/',
    'explore/matrix/?agency=finance&role=responsible',
    'explore/sectors/',
    'explore/sectors/?select=sector:finance',
    'agencies/commerce/',
  ];
  for (const path of views) {
    it(`/${path} has zero axe violations`, async () => {
      await page.goto(site.url + path);
      if (path.includes('explore/') && path !== 'explore/') await explorerLive(page);
      const v = await axe(page);
      expect(v, describeViolations(v)).toEqual([]);
    });
  }
  for (const path of ['explore/', 'explore/graph/', 'explore/matrix/', 'explore/sectors/']) {
    it(`/${path} fits a 360 px phone without sideways scrolling`, async () => {
      expect(await sidewaysOverflow(open, site.url + path)).toBeLessThanOrEqual(0);
    });
  }
});
