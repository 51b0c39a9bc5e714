/**
 * The explorer as a reader drives it: Ctrl + wheel over the graph zooms the graph and never the page;
 * each view names itself (heading and title) when the tabs switch it, on a phone and in English too; the English
 * explorer speaks English; at 1280×800 the graph starts on the first screen with its help folded.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PHONE, TOUCH_PHONE, useBrowser, explorerLive } from './harness';

let page: Page;

const { open, site } = useBrowser();
beforeAll(async () => {
  page = await open(undefined, { viewport: { width: 1280, height: 800 } });
});

async function visit(path: string) {
  await page.goto(site.url + path);
  await explorerLive(page);
}

describe('zooming the graph', () => {
  it('Ctrl + wheel over the graph zooms the graph, not the page', async () => {
    await visit('explore/graph/');
    const view = page.locator('[data-net-view]');
    const pageZoom = () =>
      page.evaluate(() => ({ scale: window.visualViewport!.scale, width: window.innerWidth, dpr: devicePixelRatio }));
    const before = await pageZoom();
    expect(await view.getAttribute('transform')).toBeNull();
    // the browser zooms the page on a Ctrl + wheel that no listener cancels: record whether it was cancelled
    await page.evaluate(() =>
      addEventListener('wheel', (e) => document.body.setAttribute('data-wheel', String(e.defaultPrevented)), {
        passive: true,
      }),
    );
    await page.locator('svg.graph').scrollIntoViewIfNeeded();
    const box = (await page.locator('svg.graph').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 100));
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -200);
    await page.keyboard.up('Control');
    await expect.poll(() => view.getAttribute('transform')).toMatch(/scale\(1\.5\d*\)/u);
    await expect.poll(() => page.locator('[data-zoom-level]').innerText()).toBe('156%');
    expect(await pageZoom()).toEqual(before);
    expect(await page.locator('body').getAttribute('data-wheel')).toBe('true');
  });
});

describe('each view names itself', () => {
  it('switching tabs sets the heading and the page title of the view', async () => {
    await visit('explore/graph/');
    const views = page.getByRole('navigation', { name: '探索视图' });
    for (const [tab, title] of [
      ['责任矩阵', '责任矩阵'],
      ['领域分布', '领域分布'],
      ['关系图', '责任关系图'],
    ] as const) {
      await views.getByRole('link', { name: tab }).click();
      await expect.poll(() => page.locator('main h1').innerText()).toBe(title);
      expect(await page.title()).toMatch(new RegExp(`^${title} \\|`, 'u'));
    }
  });
});

describe('each view names itself on a phone (390×844), in both editions', () => {
  const editions = [
    {
      prefix: '',
      nav: '探索视图',
      tabs: [
        ['责任矩阵', '责任矩阵'],
        ['领域分布', '领域分布'],
        ['关系图', '责任关系图'],
      ],
    },
    {
      prefix: 'en/',
      nav: 'Explorer views',
      tabs: [
        ['Matrix', 'Responsibility matrix'],
        ['Sectors', 'Sectors'],
        ['Network', 'Responsibility network'],
      ],
    },
  ];
  for (const { prefix, nav, tabs } of editions) {
    it(`/${prefix}explore/: a tap on each tab sets the heading and the page title of its view`, async () => {
      const phone = await open(undefined, { ...TOUCH_PHONE });
      try {
        await phone.goto(`${site.url}${prefix}explore/graph/`);
        await explorerLive(phone);
        for (const [tab, title] of tabs) {
          await phone.getByRole('navigation', { name: nav }).getByRole('link', { name: tab, exact: true }).tap();
          await expect.poll(() => phone.locator('main h1').innerText()).toBe(title);
          expect(await phone.title()).toMatch(new RegExp(`^${title} \\|`, 'u'));
          expect(new URL(phone.url()).pathname).toMatch(new RegExp(`/${prefix}explore/\\w+/$`, 'u'));
        }
      } finally {
        await phone.close();
      }
    });
  }
});

describe('the English explorer', () => {
  for (const view of ['', 'graph/', 'matrix/', 'sectors/']) {
    it(`/en/explore/${view} carries no Chinese outside elements marked zh-CN, and links stay in English`, async () => {
      await page.goto(`${site.url}en/explore/${view}`);
      if (view) await explorerLive(page);
      const han = await page.locator('main').evaluate((main) => {
        const out: string[] = [];
        const walker = document.createTreeWalker(main, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n instanceof Element ? n : n.parentElement!;
          if (el.closest('[lang="zh-CN"]')) continue;
          const text =
            n instanceof Element
              ? ['aria-label', 'title'].map((a) => n.getAttribute(a) ?? '').join(' ')
              : (n.textContent ?? '');
          if (/\p{Script=Han}/u.test(text)) out.push(text.trim().slice(0, 60));
        }
        return out;
      });
      expect(han).toEqual([]);
      const hrefs = await page
        .locator('main a[href*="/measures/"], main a[href*="/agencies/"]')
        .evaluateAll((as) => as.map((a) => new URL(a.getAttribute('href')!, location.href).pathname));
      expect(hrefs.length).toBeGreaterThan(0);
      expect(hrefs.filter((h) => !/\/en\/(measures|agencies)\//u.test(h))).toEqual([]);
    });
  }

  it('selecting an agency in the English matrix speaks English and keeps the English address', async () => {
    await visit('en/explore/matrix/');
    await page.locator('table.matrix tbody tr[data-agency="commerce"] th a').click();
    await page.waitForURL(/\/en\/explore\/matrix\/\?agency=commerce$/u);
    expect(await page.locator('table.matrix tr[data-agency="commerce"]').getAttribute('data-selected')).toBe('true');
    expect(await page.locator('[data-live]').innerText()).toMatch(/^Selected .+: \d+ measures, \d+ partners/u);
  });
});

describe('the first screen at 1280×800', () => {
  it('the header is one row, and the graph starts on the first screen with its help folded', async () => {
    await visit('explore/graph/');
    const header = (await page.locator('header.site-header').boundingBox())!;
    const rows = await page
      .locator('header.site-header a:visible, header.site-header summary:visible')
      .evaluateAll((els) => new Set(els.map((e) => Math.round(e.getBoundingClientRect().top / 20))).size);
    expect(rows, `header ${header.height} px high`).toBe(1);
    const svg = (await page.locator('svg.graph').boundingBox())!;
    expect(svg.y).toBeLessThan(800);
    expect(await page.locator('.net__help').isVisible()).toBe(false);
  });
});

describe('the matrix on a phone (390×844)', () => {
  it('cuts none of its sort headers', async () => {
    const phone = await open(undefined, { viewport: PHONE });
    await phone.goto(site.url + 'explore/matrix/');
    await explorerLive(phone);
    const cut = await phone
      .locator('table.matrix thead th[rowspan] button')
      .evaluateAll((bs) =>
        bs
          .filter(
            (b) =>
              b.scrollWidth > b.clientWidth + 1 ||
              b.getBoundingClientRect().right > b.parentElement!.getBoundingClientRect().right + 1,
          )
          .map((b) => b.textContent),
      );
    await phone.close();
    expect(cut).toEqual([]);
  });
});

describe('the first screen on a phone (390×844)', () => {
  it('the first agency of the list is on the first screen', async () => {
    const phone = await open('explore/graph/', { viewport: PHONE });
    await explorerLive(phone);
    const first = (await phone.locator('.net__list a').first().boundingBox())!;
    await phone.close();
    expect(first.y + first.height).toBeLessThanOrEqual(PHONE.height);
  });
});
