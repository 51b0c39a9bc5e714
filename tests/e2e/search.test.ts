/** Search as a reader uses it in Chromium: the header box, the /search/ page, URL state, facets, keys, bad input. */
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { axe, describeViolations, NARROW_PHONE, useBrowser } from './harness';
import { loadPlan } from '../helpers/content';
import { pageWeight } from '../helpers/page-weight';
import { ROOT } from './harness';
import { join } from 'node:path';

const plan = loadPlan();

const { open, site } = useBrowser();

const fresh = () => open();

const searchPage = (q = '', extra = '') =>
  `${site.url}search/${q || extra ? `?${q ? `q=${encodeURIComponent(q)}` : ''}${extra}` : ''}`;
const ready = (p: Page) => p.waitForSelector('[data-search-page][data-ready]');
const results = (p: Page) => p.getByRole('list', { name: '检索结果' }).last();
const resultLinks = (p: Page) => results(p).getByRole('link');
async function resultNumbers(p: Page): Promise<number[]> {
  return await resultLinks(p).evaluateAll((as) => as.map((a) => Number((a as HTMLElement).dataset.n)));
}
const searchBox = (p: Page) => p.getByRole('searchbox', { name: '检索词' });
const headerBox = (p: Page) => p.getByRole('searchbox', { name: '检索措施' });

describe('header search box', () => {
  it('is on every page type; / focuses it; typing shows results that link to the sentence', async () => {
    const p = await fresh();
    for (const path of ['', 'measures/14/', 'search/']) {
      await p.goto(site.url + path);
      expect(await headerBox(p).count(), path).toBe(1);
    }
    await p.goto(`${site.url}measures/14/`);
    await p.keyboard.press('/');
    await expect.poll(() => headerBox(p).evaluate((el) => el === document.activeElement)).toBe(true);
    await p.keyboard.type('冰雪旅游');
    const panel = p.locator('#site-search-panel');
    const first = panel.getByRole('link').first();
    await expect.poll(() => first.textContent()).toContain('第38条');
    const href = (await first.getAttribute('href'))!;
    expect(href).toMatch(/\/measures\/38\/#s\d+$/u);
    expect(await panel.locator('mark').first().textContent()).toBe('冰雪旅游');
    // the link lands on the sentence that holds the words
    await first.click();
    await p.waitForURL(/\/measures\/38\/#s\d+$/u);
    const id = new URL(p.url()).hash.slice(1);
    expect(await p.locator(`[id="${id}"]`).textContent()).toContain('冰雪旅游');
  });

  it('arrow keys move through its results, Escape returns, Enter opens /search/?q=', async () => {
    const p = await fresh();
    await p.goto(site.url);
    await headerBox(p).fill('养老');
    const links = p.locator('#site-search-panel').getByRole('link', { name: /第\d+条/u });
    await expect.poll(() => links.count()).toBeGreaterThan(1);
    await headerBox(p).press('ArrowDown');
    expect(await links.nth(0).evaluate((el) => el === document.activeElement)).toBe(true);
    await p.keyboard.press('ArrowDown');
    expect(await links.nth(1).evaluate((el) => el === document.activeElement)).toBe(true);
    await p.keyboard.press('Escape');
    expect(await headerBox(p).evaluate((el) => el === document.activeElement)).toBe(true);
    await headerBox(p).press('Enter');
    await p.waitForURL(/\/search\/\?q=/u);
    await ready(p);
    expect(await searchBox(p).inputValue()).toBe('养老');
  });

  it('a first search fetches ≤ 40 KB gzipped (code + index), and no React runtime', async () => {
    const p = await fresh();
    const fetched: string[] = [];
    await p.goto(`${site.url}measures/20/`);
    p.on('requestfinished', (r) => fetched.push(r.url()));
    // the search box's own script and the modules it imports statically (loaded with the page)
    const entry = await p.evaluate(() =>
      [...document.querySelectorAll<HTMLScriptElement>('script[src]')]
        .map((x) => x.src)
        .filter((src) => /SearchBox/u.test(src)),
    );
    expect(entry.length).toBe(1);
    const code = new Map<string, Buffer>();
    const queue = [...entry];
    while (queue.length) {
      const u = queue.shift()!;
      if (code.has(u)) continue;
      const body = await (await p.request.get(u)).body();
      code.set(u, body);
      for (const m of body.toString().matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/gu))
        queue.push(new URL(m[1]!, u).href);
    }
    await headerBox(p).fill('民航 纾困');
    await expect.poll(() => p.locator('#site-search-panel').getByRole('link').first().textContent()).toContain('第2条');
    for (const u of fetched.filter((x) => /\.(m?js|json)$/u.test(new URL(x).pathname))) {
      if (!code.has(u)) code.set(u, await (await p.request.get(u)).body());
    }
    const urls = [...code.keys()];
    expect(urls.some((u) => /\/search-data\/index\.[0-9a-f]{10}\.json$/u.test(u))).toBe(true);
    expect(urls.some((u) => /react|client\./u.test(u))).toBe(false);
    const bytes = [...code.values()].reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
    expect(bytes).toBeLessThanOrEqual(40 * 1024);
  });
});

describe('/search/ page', () => {
  it('renders results as you type with number, title, highlighted snippet and sentence link; keeps the query in the URL', async () => {
    const p = await fresh();
    await p.goto(searchPage());
    await ready(p);
    await searchBox(p).pressSequentially('民航 纾困');
    await expect.poll(() => resultNumbers(p).then((n) => n[0])).toBe(2);
    expect(await p.getByRole('status').filter({ hasText: '找到' }).textContent()).toMatch(/找到 \d+ 条/u);
    const first = results(p).locator('li').first();
    expect(await first.getByRole('link').textContent()).toContain(plan.measureByNumber.get(2)!.title);
    const marks = await first.locator('mark').allTextContents();
    expect(marks.some((m) => m === '民航' || m === '纾困')).toBe(true);
    expect(await first.getByRole('link').getAttribute('href')).toMatch(/\/measures\/2\/#s\d+$/u);
    await expect.poll(() => new URL(p.url()).searchParams.get('q')).toBe('民航 纾困');
  });

  it('understands pinyin, traditional characters, numbers and slips', async () => {
    const p = await fresh();
    for (const [q, n] of [
      ['jiazheng', 42],
      ['體育', 40],
      ['第12条', 12],
      ['农业生产拖管', 28],
      ['bxj', 32],
    ] as const) {
      await p.goto(searchPage(q));
      await ready(p);
      await expect.poll(() => resultNumbers(p).then((r) => r[0]), { message: q }).toBe(n);
    }
  });

  it('the back button returns to the previous search', async () => {
    const p = await fresh();
    // the page's clock is the test's: a pause in typing is a jump of the clock, not a wait
    await p.clock.install();
    await p.goto(searchPage());
    await ready(p);
    await searchBox(p).fill('冰雪旅游');
    await expect.poll(() => resultNumbers(p).then((r) => r[0])).toBe(38);
    await p.clock.runFor(300); // the URL follows once typing pauses
    await expect.poll(() => new URL(p.url()).searchParams.get('q')).toBe('冰雪旅游');
    await p.clock.fastForward(2000); // a pause longer than one burst of typing: the next search is a new entry
    await searchBox(p).fill('校园足球');
    await expect.poll(() => resultNumbers(p).then((r) => r[0])).toBe(52);
    await expect.poll(() => new URL(p.url()).searchParams.get('q')).toBe('校园足球');
    await p.goBack();
    await expect.poll(() => searchBox(p).inputValue()).toBe('冰雪旅游');
    await expect.poll(() => resultNumbers(p).then((r) => r[0])).toBe(38);
    await p.goForward();
    await expect.poll(() => searchBox(p).inputValue()).toBe('校园足球');
    // and back past the first search to the empty search page
    await p.goBack();
    await p.goBack();
    await expect.poll(() => searchBox(p).inputValue()).toBe('');
  });

  it('facets combine with the query, live in the URL and survive a reload', async () => {
    const p = await fresh();
    // 养老, not 服务: a generic word alone never makes a full match
    await p.goto(searchPage('养老'));
    await ready(p);
    const all = await resultNumbers(p);
    await p.getByRole('combobox', { name: '责任单位' }).selectOption('civil-affairs');
    await expect.poll(() => new URL(p.url()).searchParams.get('agency')).toBe('civil-affairs');
    const civil = plan.agencyById.get('civil-affairs')!.measureNumbers;
    await expect.poll(() => resultNumbers(p).then((r) => r.length < all.length)).toBe(true);
    const filtered = await resultNumbers(p);
    expect(filtered.length).toBeGreaterThan(0);
    for (const n of filtered) expect(civil).toContain(n);
    await p.reload();
    await ready(p);
    expect(await p.getByRole('combobox', { name: '责任单位' }).inputValue()).toBe('civil-affairs');
    expect(await resultNumbers(p)).toEqual(filtered);
    // a facet alone lists its measures
    await p.goto(searchPage('', 'sector=agri-services'));
    await ready(p);
    expect(await resultNumbers(p)).toEqual(plan.sectorById.get('agri-services')!.measureNumbers);
  });

  it('arrow keys move from the box through the results and back', async () => {
    const p = await fresh();
    await p.goto(searchPage('养老'));
    await ready(p);
    await searchBox(p).focus();
    const links = resultLinks(p);
    await p.keyboard.press('ArrowDown');
    expect(await links.nth(0).evaluate((el) => el === document.activeElement)).toBe(true);
    await p.keyboard.press('ArrowDown');
    expect(await links.nth(1).evaluate((el) => el === document.activeElement)).toBe(true);
    await p.keyboard.press('ArrowUp');
    await p.keyboard.press('ArrowUp');
    expect(await searchBox(p).evaluate((el) => el === document.activeElement)).toBe(true);
    await p.keyboard.press('ArrowDown');
    const href = await links.nth(0).getAttribute('href');
    await p.keyboard.press('Enter');
    await p.waitForURL((u) => u.href.endsWith(href!));
  });

  it('shows an empty state that suggests what to try', async () => {
    const p = await fresh();
    // nothing of it is in the plan (量子计算机 would now show 计算 as a partial match: 超级计算)
    await p.goto(searchPage('量子纠缠'));
    await ready(p);
    expect(await p.getByRole('status').filter({ hasText: '没有找到' }).count()).toBe(1);
    const suggestions = p.locator('[data-search-empty]');
    expect(await suggestions.isVisible()).toBe(true);
    expect(await suggestions.getByRole('link', { name: 'jia zheng' }).count()).toBe(1);
    expect(await suggestions.getByRole('link', { name: '措施列表' }).getAttribute('href')).toMatch(/\/measures\/$/u);
  });

  it('without JavaScript says so and offers the measure list', async () => {
    const p = await open(undefined, { js: false });
    await p.goto(searchPage('养老'));
    const main = await p.locator('main').innerText();
    expect(main).toContain('JavaScript');
    expect(await p.getByRole('link', { name: '措施列表' }).first().getAttribute('href')).toMatch(/\/measures\/$/u);
    expect(
      await p
        .getByRole('link', { name: /首页的措施目录/u })
        .first()
        .getAttribute('href'),
    ).toMatch(/\/#measures$/u);
    const home = await p.request.get(`${site.url}`);
    expect(await home.text()).toContain('id="measures"');
  });

  it('ships ≤ 100 KB gzipped JavaScript, and no React', () => {
    const w = pageWeight(join(ROOT, 'dist'), 'search/index.html');
    expect(w.js).toBeLessThanOrEqual(100 * 1024);
    expect(w.files.some((f) => /client\.|react/u.test(f))).toBe(false);
  });

  it('has zero axe violations, empty, with results and with the header panel open', async () => {
    const p = await fresh();
    for (const q of ['', '养老']) {
      await p.goto(searchPage(q));
      await ready(p);
      const v = await axe(p);
      expect(v, describeViolations(v)).toEqual([]);
    }
    await headerBox(p).fill('家政');
    await expect.poll(() => p.locator('#site-search-panel').getByRole('link').count()).toBeGreaterThan(0);
    const v = await axe(p);
    expect(v, describeViolations(v)).toEqual([]);
  });

  it('fits a 360 px phone without sideways scrolling', async () => {
    const phone = await open(undefined, { viewport: NARROW_PHONE });
    await phone.goto(searchPage('养老'));
    await ready(phone);
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await phone.close();
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

describe('bad input is safe', () => {
  const BAD: [string, string][] = [
    ['a 10,000-character query', '检'.repeat(10_000)],
    ['regex characters', '.*+?^${}()|[]\\/'],
    ['HTML', '<img src=x onerror="window.__pwned=1">'],
    ['script text', '<script>window.__pwned=1</script>'],
    ['emoji', '😀🎉👍🏽'],
    ['only spaces', '      '],
    ['control characters', '\u0001\u0007\u001b[31m\u200b\u202e'],
  ];
  for (const [name, q] of BAD) {
    it(`${name}: no crash, no injected markup, a clear state`, async () => {
      const p = await fresh();
      await p.goto(searchPage());
      await ready(p);
      // each box has rendered this very input (the engine ran on it) before anything is asserted
      await searchBox(p).fill(q);
      await expect
        .poll(() =>
          searchBox(p).evaluate(
            (i: HTMLInputElement) => i.closest<HTMLElement>('[data-search-page]')!.dataset.rendered === i.value,
          ),
        )
        .toBe(true);
      await headerBox(p).fill(q);
      await expect
        .poll(() =>
          headerBox(p).evaluate(
            (i: HTMLInputElement) => i.closest<HTMLElement>('search-box')!.dataset.rendered === i.value,
          ),
        )
        .toBe(true);
      expect(await p.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await p.locator('main img, #site-search-panel img, main script:not([src])').count()).toBe(0);
      // results (full or partial matches) or the empty state
      const shown = () => p.locator('[data-search-hits] a').count();
      const count = await shown();
      if (count === 0) expect(await p.locator('[data-search-empty]').isVisible()).toBe(true);
      // straight from a URL too (as long as servers accept: 500 characters)
      await p.goto(searchPage(q.slice(0, 500)));
      await ready(p);
      expect(await p.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect((await shown()) > 0 || (await p.locator('[data-search-empty]').isVisible())).toBe(true);
    });
  }
});
