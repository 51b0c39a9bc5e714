/**
 * What a newcomer meets first, in Chromium: the home page's ways in (on the first screen, desktop and
 * phone), the compact phone header and its menu, numbers that never break inside, and the dark theme
 * on every page type (dark background, zero axe violations; print stays light).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, describeViolations, inTabs, PHONE, TOUCH_PHONE, useBrowser, type AxeViolation } from './harness';

const fixture = useBrowser();
const { open, site } = fixture;

const DESKTOP = { width: 1280, height: 800 };

/** The path (without the site's origin and base) a link points to. */
const target = (href: string) => new URL(href, site.url).pathname.replace(new URL(site.url).pathname, '/');

describe('home page: a way in for each visitor, on the first screen', () => {
  for (const [name, viewport] of [
    ['1280×800', DESKTOP],
    ['390×844', PHONE],
  ] as const) {
    it(`${name}: the main content links to the relief finder, the explorer, the full text and the data, and holds a search box`, async () => {
      const page = await open('', { viewport });
      try {
        const main = page.locator('main');
        const inFirstScreen = async (loc: ReturnType<Page['locator']>) => {
          const box = await loc.boundingBox();
          return box !== null && box.y >= 0 && box.y + box.height <= viewport.height;
        };
        for (const [path, name] of [
          ['/relief/', /^企业：/u],
          ['/explore/', /^研究：/u],
          ['/plan/', /^全文$/u],
          ['/data/', /^开放数据$/u],
          ['/data/', /^如何引用$/u],
        ] as const) {
          const link = main.getByRole('link', { name });
          expect(await link.count(), String(name)).toBe(1);
          expect(target((await link.getAttribute('href'))!), String(name)).toBe(path);
          expect(await inFirstScreen(link), `${name} on the first screen`).toBe(true);
        }
        const search = main.getByRole('search');
        expect(target((await search.getAttribute('action'))!)).toBe('/search/');
        const box = search.getByRole('searchbox');
        expect(await inFirstScreen(box)).toBe(true);
        // the plan's identity and headline stay above, all measures below
        expect(await inFirstScreen(page.getByRole('heading', { level: 1 }))).toBe(true);
        expect(await inFirstScreen(main.getByText('7.5%', { exact: true }).first())).toBe(true);
        expect(await main.locator('a[href*="/measures/"]').count()).toBeGreaterThanOrEqual(66);
      } finally {
        await page.close();
      }
    });
  }

  it('a tap on the search box focuses it, and a query opens the search page', async () => {
    const page = await open('', TOUCH_PHONE);
    try {
      const box = page.locator('main').getByRole('searchbox');
      await box.tap();
      expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.type('养老');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/search\/\?q=/u);
      expect(decodeURIComponent(new URL(page.url()).search)).toContain('养老');
    } finally {
      await page.close();
    }
  });
});

describe('phone header (390×844)', () => {
  const PATHS = ['', 'measures/14/', 'plan/', 'explore/graph/', 'relief/', 'search/?q=养老', 'nothing-here/'];
  /** Each page's header as a phone shows it: the pages load side by side, the tests below check them one by one. */
  let headers: Map<string, { height: number; searchbox: boolean; nav: number; menu: boolean }>;
  beforeAll(async () => {
    const phone = await fixture.browser.newContext({ viewport: PHONE });
    headers = await inTabs(phone, PATHS, async (page, path) => {
      await page.goto(site.url + path);
      const header = page.locator('header').first();
      return {
        height: (await header.boundingBox())!.height,
        searchbox: await header.getByRole('searchbox').isVisible(),
        nav: await page.getByRole('navigation', { name: '主导航' }).count(),
        menu: await header.getByText('菜单').isVisible(),
      };
    });
    await phone.close();
  }, 300_000);

  for (const path of PATHS) {
    it(`/${path}: at most 100 px tall, with the search box visible and the navigation behind a menu button`, () => {
      const header = headers.get(path)!;
      expect(header.height).toBeLessThanOrEqual(100);
      expect(header.searchbox).toBe(true);
      expect(header.nav).toBe(0);
      expect(header.menu).toBe(true);
    });
  }

  it('on a touch screen the search box does not mention the / key', async () => {
    const page = await open('', TOUCH_PHONE);
    try {
      const box = page.locator('header').getByRole('searchbox');
      await box.tap();
      expect(await box.getAttribute('placeholder')).not.toContain('/');
    } finally {
      await page.close();
    }
  });

  it('the menu opens over the page without moving it, marks the current page, and closes with Escape', async () => {
    const page = await open('relief/', { viewport: PHONE });
    try {
      const mainTop = async () => (await page.locator('main').boundingBox())!.y;
      const before = await mainTop();
      const button = page.locator('header summary');
      await button.focus();
      await page.keyboard.press('Enter');
      const nav = page.getByRole('navigation', { name: '主导航' });
      expect(await nav.isVisible()).toBe(true);
      expect(await mainTop()).toBe(before);
      expect(await nav.getByRole('link', { name: '惠企政策', exact: true }).getAttribute('aria-current')).toBe('page');
      expect(await nav.getByRole('link').count()).toBeGreaterThanOrEqual(9);
      // keyboard: Tab reaches the links
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('nav')?.getAttribute('aria-label'))).toBe(
        '主导航',
      );
      await page.keyboard.press('Escape');
      expect(await nav.isVisible()).toBe(false);
      expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
      // a link in the menu goes where it says
      await button.click();
      await nav.getByRole('link', { name: '数据', exact: true }).click();
      await page.waitForURL(/\/data\/$/u);
    } finally {
      await page.close();
    }
  });

  it('without JavaScript the menu still opens', async () => {
    const page = await open(undefined, { viewport: PHONE, js: false });
    try {
      await page.goto(site.url);
      await page.locator('header summary').click();
      expect(
        await page
          .getByRole('navigation', { name: '主导航' })
          .getByRole('link', { name: '全文', exact: true })
          .isVisible(),
      ).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('the desktop header keeps the navigation in view', async () => {
    const page = await open('', { viewport: DESKTOP });
    try {
      const nav = page.getByRole('navigation', { name: '主导航' });
      expect(await nav.isVisible()).toBe(true);
      expect(await nav.getByRole('link', { name: '首页', exact: true }).getAttribute('aria-current')).toBe('page');
      expect(await page.locator('header').getByText('菜单').isVisible()).toBe(false);
    } finally {
      await page.close();
    }
  });
});

/** Every occurrence of a number with its unit inside one text node of `main` that spans two lines. */
async function brokenNumbers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      for (const m of (n.textContent ?? '').matchAll(/\d+(?:\.\d+)?(?:%|家|年|个|万元|亿元|号)/gu)) {
        const r = document.createRange();
        r.setStart(n, m.index!);
        r.setEnd(n, m.index! + m[0].length);
        const tops = new Set([...r.getClientRects()].filter((x) => x.width > 0).map((x) => Math.round(x.top)));
        if (tops.size > 1) broken.push(m[0]);
      }
    }
    return broken;
  });
}

describe('numbers and units stay together', () => {
  it('7.5% renders on one line at 390 px', async () => {
    const page = await open('', { viewport: PHONE });
    try {
      const headline = page.locator('main').getByText('7.5%', { exact: true });
      expect(await headline.count()).toBeGreaterThan(0);
      for (const el of await headline.all()) expect(await el.evaluate((e) => e.getClientRects().length)).toBe(1);
      expect(await brokenNumbers(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  for (const width of [360, 390, 412]) {
    it(`no number breaks inside on the whole document or a measure at ${width} px`, async () => {
      const paths = ['plan/', 'measures/24/', 'targets/'];
      const context = await fixture.browser.newContext({ viewport: { width, height: 800 } });
      try {
        const broken = await inTabs(context, paths, async (page, path) => {
          await page.goto(site.url + path);
          return brokenNumbers(page);
        });
        for (const path of paths) expect(broken.get(path), path).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});

describe('dark theme (prefers-color-scheme: dark)', () => {
  const PAGES = [
    '',
    'measures/14/',
    'plan/',
    'measures/',
    'measures/agency/ndrc/',
    'parts/3/',
    'sectors/finance/',
    'task-forces/finance/',
    'agencies/',
    'agencies/ndrc/',
    'about/',
    'search/?q=养老',
    'explore/',
    'explore/graph/',
    'explore/matrix/',
    'explore/sectors/',
    'relief/',
    'targets/',
    'data/',
    'nothing-here/',
  ];
  /** Lightness (0…1) of the body's background or text colour. */
  const lightness = (page: Page, prop: 'backgroundColor' | 'color') =>
    page.evaluate((p) => {
      const [r, g, b] = getComputedStyle(document.body)[p].match(/\d+/gu)!.map(Number) as [number, number, number];
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    }, prop);
  const background = (page: Page) => lightness(page, 'backgroundColor');

  /** Each page in the dark: its background and axe's violations (the pages load and run axe side by side). */
  let dark: Map<string, { background: number; violations: AxeViolation[] }>;
  beforeAll(async () => {
    const context = await fixture.browser.newContext({ viewport: DESKTOP, colorScheme: 'dark' });
    dark = await inTabs(context, PAGES, async (page, path) => {
      await page.goto(site.url + path);
      return { background: await background(page), violations: await axe(page) };
    });
    await context.close();
  }, 300_000);

  for (const path of PAGES) {
    it(`/${path} is dark and has zero axe violations`, () => {
      const { background, violations } = dark.get(path)!;
      expect(background).toBeLessThan(0.15);
      expect(violations, describeViolations(violations)).toEqual([]);
    });
  }

  it('the phone menu and the search results are dark too, with zero axe violations', async () => {
    const page = await open('measures/14/', { viewport: PHONE, colorScheme: 'dark' });
    try {
      await page.locator('header summary').click();
      let v = await axe(page);
      expect(v, describeViolations(v)).toEqual([]);
      await page.keyboard.press('Escape');
      await page.locator('header').getByRole('searchbox').fill('养老');
      await expect
        .poll(() => page.locator('#site-search-panel').getByRole('link').count(), { timeout: 15_000 })
        .toBeGreaterThan(0);
      v = await axe(page);
      expect(v, describeViolations(v)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('the charts follow the theme: part colours and text come from the dark palette', async () => {
    const page = await open('explore/sectors/', { viewport: DESKTOP, colorScheme: 'dark' });
    try {
      const darkLeaf = await page.evaluate(() => getComputedStyle(document.querySelector('.tm-measure rect')!).fill);
      const light = await open(undefined, { viewport: DESKTOP, colorScheme: 'light' });
      await light.goto(`${site.url}explore/sectors/`);
      const lightLeaf = await light.evaluate(() => getComputedStyle(document.querySelector('.tm-measure rect')!).fill);
      await light.close();
      expect(darkLeaf).not.toBe(lightLeaf);
    } finally {
      await page.close();
    }
  });

  it('print stays light', async () => {
    const page = await open('measures/14/', { viewport: DESKTOP, colorScheme: 'dark' });
    try {
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      expect(await background(page)).toBeGreaterThan(0.9);
      expect(await lightness(page, 'color')).toBeLessThan(0.3);
    } finally {
      await page.close();
    }
  });
});
