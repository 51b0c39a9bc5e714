/** Reading, linking and citing, as a reader does it in Chromium: pinpoint anchors, citations, filters, the whole document, 404. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, describeViolations, inTabs, NARROW_PHONE, renderedTexts, useBrowser } from './harness';
import { loadPlanInput } from '../helpers/content';

let page: Page;

const fixture = useBrowser();
const { open, site } = fixture;
beforeAll(async () => {
  page = await open();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
});

// Expectations come from the raw content files (front matter and body as authored), not from the model.
const input = loadPlanInput();
const raw = (n: number) => input.measures.find((m) => m.data.number === n)!;
const TITLE = input.document[0]!.data.title;
const DOC_NUMBER = input.document[0]!.data.number;
const ISSUER = input.document[0]!.data.issuer;
const OFFICIAL = input.document[0]!.data.officialSources[0]!;
const OFFICIAL_DATE = OFFICIAL.published.toISOString().slice(0, 10);

/** The reader's local date in the browser, as YYYY-MM-DD. */
const browserToday = (p: Page) =>
  p.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
const cn = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};
/** Opens the cite menu (a <details>) if it is closed. */
async function openCite(p: Page) {
  const details = p.locator('details.cite');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await p.getByText('引用本条').click();
}
const canonicalOf = (p: Page) => p.locator('link[rel="canonical"]').getAttribute('href');

describe('pinpoint links to a sentence', () => {
  it('arriving at /measures/14/#s3 scrolls to the third sentence and highlights it', async () => {
    await page.setViewportSize({ width: 1000, height: 400 });
    await page.goto(`${site.url}measures/14/#s3`);
    const s3 = page.locator('#s3');
    // the third sentence of measure 14: the title sentence, then the body's first two sentences end in 。
    const body = (raw(14).body ?? '').trim();
    const third = body.slice(body.indexOf('。') + 1);
    expect(await s3.innerText()).toBe(third);
    const bg = (id: string) => page.locator(id).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await bg('#s3')).not.toBe(await bg('#s2'));
    expect(await bg('#s3')).not.toBe('rgba(0, 0, 0, 0)');
    const box = (await s3.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(400);
  });

  it('offers "link to this sentence" on hover and on keyboard focus', async () => {
    await page.goto(`${site.url}measures/14/`);
    const link = page.getByRole('link', { name: '链接到第2句' });
    const opacity = () => link.evaluate((el) => getComputedStyle(el, '::before').opacity);
    expect(await opacity()).toBe('0');
    await page.locator('#s2').hover();
    expect(await opacity()).toBe('1');
    await page.mouse.move(0, 0);
    await link.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('链接到第2句');
    expect(await opacity()).toBe('1');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#s2$/u);
    await expect.poll(() => page.locator('[data-cite-status]').innerText()).toContain('已复制第2句的链接');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${await canonicalOf(page)}#s2`);
  });
});

describe('cite', () => {
  it('copies a GB/T 7714 citation of this page: the site as author and unofficial edition, its permanent URL, today as access date', async () => {
    await page.goto(`${site.url}measures/14/`);
    await openCite(page);
    await page.getByRole('button', { name: '复制GB/T 7714-2015引文' }).click();
    const status = page.locator('[data-cite-status]');
    // the formats load on first use: await the status instead of reading it once
    await expect.poll(() => status.innerText()).toContain('已复制GB/T 7714-2015格式引文');
    expect(await status.isVisible()).toBe(true);
    const today = await browserToday(page);
    const url = await canonicalOf(page);
    expect(url).toMatch(/\/measures\/14\/$/u);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `Plan Explorer. ${TITLE}（${DOC_NUMBER}）: 第14条 ${raw(14).data.title}（非官方整理版）[EB/OL]. [${today}]. ${url}.`,
    );
  });

  it('copies a citation of the official document: the issuer, the official address and its publication date', async () => {
    await page.goto(`${site.url}measures/14/#s3`);
    await openCite(page);
    await page.getByRole('button', { name: '复制官方文件 GB/T 7714-2015引文' }).click();
    await expect.poll(() => page.locator('[data-cite-status]').innerText()).toContain('已复制官方文件');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${ISSUER}. ${TITLE}（${DOC_NUMBER}）: 第14条第3句 ${raw(14).data.title}[EB/OL]. (${OFFICIAL_DATE})[${await browserToday(page)}]. ${OFFICIAL.url}.`,
    );
  });

  it('copies the sentence in the URL with its citation (quote + citation)', async () => {
    await page.goto(`${site.url}measures/14/#s3`);
    await openCite(page);
    await page.getByRole('button', { name: '复制原文加出处引文' }).click();
    await expect.poll(() => page.locator('[data-cite-status]').innerText()).toContain('已复制原文加出处');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    const body = (raw(14).body ?? '').trim();
    const third = body.slice(body.indexOf('。') + 1);
    expect(text.startsWith(`“${third}”——《${TITLE}》第14条第3句（${DOC_NUMBER}）。官方发布：${OFFICIAL.url}`)).toBe(
      true,
    );
    expect(text).toContain(`Plan Explorer非官方整理版：${await canonicalOf(page)}#s3`);
  });

  it('cites the sentence in the URL: plain Chinese reference with #s3', async () => {
    await page.goto(`${site.url}measures/14/#s3`);
    await openCite(page);
    expect(await page.locator('[data-cite-scope]').innerText()).toBe('第14条第3句');
    await page.getByRole('button', { name: '复制中文引文' }).click();
    await expect.poll(() => page.locator('[data-cite-status]').innerText()).toContain('已复制');
    const today = await browserToday(page);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `《${TITLE}》第14条第3句，${DOC_NUMBER}。Plan Explorer非官方整理版：${await canonicalOf(page)}#s3（${cn(today)}访问）；官方发布：${OFFICIAL.url}（${cn(OFFICIAL_DATE)}发布）。`,
    );
  });

  it('copies Markdown and BibTeX too', async () => {
    await page.goto(`${site.url}measures/8/`);
    await openCite(page);
    const url = await canonicalOf(page);
    await page.getByRole('button', { name: '复制Markdown引文' }).click();
    await expect.poll(() => page.locator('[data-cite-status]').innerText()).toContain('Markdown');
    const md = await page.evaluate(() => navigator.clipboard.readText());
    expect(md.startsWith(`[《${TITLE}》第8条：${raw(8).data.title}](${url})`)).toBe(true);
    await page.getByRole('button', { name: '复制BibTeX引文' }).click();
    await expect.poll(() => page.locator('[data-cite-status]').innerText()).toContain('BibTeX');
    const bib = await page.evaluate(() => navigator.clipboard.readText());
    expect(bib).toMatch(/^@misc\{[\w-]+,\n/u);
    expect(bib).toContain(`url = {${url}}`);
    expect(bib).toContain(`urldate = {${await browserToday(page)}}`);
    expect(bib.trimEnd().endsWith('}')).toBe(true);
  });

  it('works from the keyboard: open with Enter, Tab to a copy button, copy, close with Escape', async () => {
    await page.goto(`${site.url}measures/30/`);
    const summary = page.locator('summary', { hasText: '引用本条' });
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('details.cite').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('复制');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('[data-cite-status]').innerText())
      .toContain('已复制官方文件 GB/T 7714-2015格式引文');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
      `: 第30条 ${raw(30).data.title}[EB/OL]. (${OFFICIAL_DATE})`,
    );
    await page.keyboard.press('Escape');
    expect(await page.locator('details.cite').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
  });

  it('without JavaScript shows every citation as selectable text, and no dead copy buttons', async () => {
    const p = await open(undefined, { js: false });
    await p.goto(`${site.url}measures/14/`);
    await p.getByText('引用本条').click();
    const texts = await p.locator('.cite__text').allInnerTexts();
    expect(texts).toHaveLength(6);
    expect(texts[0]).toContain(OFFICIAL.url);
    for (const t of texts.slice(1)) expect(t).toContain('/measures/14/');
    expect(texts[1]).toContain(`《${TITLE}》第14条，${DOC_NUMBER}。Plan Explorer非官方整理版`);
    expect(await p.getByRole('button', { name: /复制/u }).count()).toBe(0);
    expect(
      await p
        .locator('.cite__text')
        .first()
        .evaluate((el) => getComputedStyle(el).userSelect),
    ).not.toBe('none');
  });
});

describe('measure page', () => {
  it('keeps the published parenthesis and links role badges to agency pages, with breadcrumb, pager and related measures', async () => {
    await page.goto(`${site.url}measures/14/`);
    const main = page.locator('main');
    expect(await main.innerText()).toContain(raw(14).data.responsibility);
    const crumbs = page.getByRole('navigation', { name: '位置' });
    expect(await crumbs.getByRole('link').allInnerTexts()).toEqual([
      '全文',
      '三、大力发展生产性服务业',
      '（二）交通运输（交通运输专班负责）',
    ]);
    await page.locator('[data-agency="postal"]').getByRole('link').click();
    await page.waitForURL(/\/agencies\/postal\/$/u);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('省邮政管理局');
    await page.goBack();
    const pager = page.getByRole('navigation', { name: '上一条与下一条' });
    expect(await pager.getByRole('link').allInnerTexts()).toEqual([
      `← 第13条 ${raw(13).data.title}`,
      `第15条 ${raw(15).data.title} →`,
    ]);
    const related = page.getByRole('region', { name: '相关措施' });
    const sameSector = input.measures
      .filter((m) => m.data.sector?.id === 'transport' && m.data.number !== 14)
      .map((m) => m.data.number);
    for (const n of sameSector)
      expect(await related.locator(`a[href$="/measures/${n}/"]`).count(), `measure ${n}`).toBeGreaterThan(0);
    expect(await related.locator('a[href$="/measures/14/"]').count()).toBe(0);
  });

  it('describes itself as a part of the document in JSON-LD', async () => {
    await page.goto(`${site.url}measures/14/`);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld['@type']).toBe('Legislation');
    expect(ld.legislationIdentifier).toBe(`${DOC_NUMBER} 第14条`);
    expect(ld.isPartOf.legislationIdentifier).toBe(DOC_NUMBER);
    expect(ld.url).toBe(await canonicalOf(page));
  });
});

describe('the whole document', () => {
  it('has the full text in reading order, a table of contents and anchors to every part, sector and measure', async () => {
    await page.goto(`${site.url}plan/`);
    // as a reader scrolling through it reads it: each measure is laid out when it comes near the screen
    const text = (await renderedTexts(page.locator('article > *'))).join('\n');
    const order = [
      input.document[0]!.data.header,
      DOC_NUMBER,
      input.document[0]!.data.noticeTitle,
      '一、总体要求',
      raw(1).data.title,
      '（一）现代金融',
      raw(66).data.title,
      '抄送',
    ];
    const positions = order.map((s) => text.indexOf(s));
    for (const [i, pos] of positions.entries()) expect(pos, order[i]).toBeGreaterThanOrEqual(0);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (let n = 1; n <= 66; n++) {
      const m = page.locator(`#m${n}`);
      expect(await m.locator(`a[href$="/measures/${n}/"]`).count(), `#m${n}`).toBe(1);
      expect((await renderedTexts(m))[0]).toContain((raw(n).body ?? '').trim());
    }
    for (const id of ['part-1', 'part-7', 'sector-finance', 'sector-education-training'])
      expect(await page.locator(`#${id}`).count(), id).toBe(1);
    const toc = page.getByRole('navigation', { name: '目录' });
    await toc.getByRole('link', { name: '（一）现代金融' }).click();
    await page.waitForURL(/#sector-finance$/u);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld['@type']).toBe('Legislation');
    expect(ld.legislationIdentifier).toBe(DOC_NUMBER);
    expect(ld.hasPart).toHaveLength(66);
  });

  it('prints as a clean A4 document: no navigation, a page break before each part, measure URLs shown', async () => {
    await page.goto(`${site.url}plan/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: '主导航' }).isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: '目录' }).isVisible()).toBe(false);
    expect(await page.locator('#part-3').evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
    const printedUrl = page.locator('#m23 .print-only');
    expect(await printedUrl.isVisible()).toBe(true);
    expect(await printedUrl.innerText()).toMatch(/^https?:\/\/\S+\/measures\/23\/$/u);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await page.emulateMedia({ media: 'screen' });
    expect(await printedUrl.isVisible()).toBe(false);
  });
});

describe('printing a measure page', () => {
  it('prints the text and its permanent URL without navigation, cite menu or sentence markers', async () => {
    await page.goto(`${site.url}measures/14/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: '主导航' }).isVisible()).toBe(false);
    expect(await page.locator('details.cite').isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: '链接到第2句' }).isVisible()).toBe(false);
    const main = await page.locator('main').innerText();
    expect(main).toContain(`本条网址：${await canonicalOf(page)}`);
    expect(main).toContain((raw(14).body ?? '').trim().slice(0, 20));
    await page.emulateMedia({ media: 'screen' });
  });
});

describe('every way in', () => {
  it('/agencies/ lists every agency by total, with counts by role from the measure files', async () => {
    await page.goto(`${site.url}agencies/`);
    const rows = page.locator('tbody tr');
    expect(await rows.count()).toBe(input.agencies.length);
    const totals = await rows.locator('td:last-child').allInnerTexts();
    const nums = totals.map(Number);
    expect([...nums].sort((a, b) => b - a)).toEqual(nums);
    for (const id of ['ndrc', 'finance', 'postal']) {
      const roleCount = (role: string) =>
        input.measures.filter((m) => m.data.agencies.some((a) => a.agency.id === id && a.role === role)).length;
      const total = input.measures.filter((m) => m.data.agencies.some((a) => a.agency.id === id)).length;
      const cells = await page.locator(`tr[data-agency="${id}"] td`).allInnerTexts();
      expect(cells.slice(1).map(Number), id).toEqual([
        roleCount('lead'),
        roleCount('responsible'),
        roleCount('cooperate'),
        total,
      ]);
    }
  });

  it('/agencies/ndrc/ gives the full name, kind and measures grouped by role', async () => {
    await page.goto(`${site.url}agencies/ndrc/`);
    const main = await page.locator('main').innerText();
    expect(main).toContain('山西省发展和改革委员会');
    const leads = input.measures.filter((m) =>
      m.data.agencies.some((a) => a.agency.id === 'ndrc' && a.role === 'lead'),
    );
    const section = page.getByRole('region', { name: new RegExp(`^牵头（${leads.length}条）$`, 'u') });
    expect(await section.getByRole('link').count()).toBeGreaterThanOrEqual(leads.length);
  });

  it('/measures/ filters are plain links that keep their state in the URL (JavaScript off)', async () => {
    const p = await open(undefined, { js: false });
    await p.goto(`${site.url}measures/`);
    const measureLinks = p.locator('main').getByRole('link', { name: /^第\d+条/u });
    expect(await measureLinks.count()).toBe(66);
    const filters = p.getByRole('navigation', { name: '筛选措施' });
    await filters.getByText('按责任单位').click();
    await filters.getByRole('link', { name: /^省发展改革委/u }).click();
    await p.waitForURL(/\/measures\/agency\/ndrc\/$/u);
    const expected = input.measures
      .filter((m) => m.data.agencies.some((a) => a.agency.id === 'ndrc'))
      .map((m) => m.data.number);
    const shown = await measureLinks.evaluateAll((as) =>
      as.map((a) => Number(/\/measures\/(\d+)\/$/u.exec(a.getAttribute('href') ?? '')?.[1])),
    );
    expect(shown).toEqual(expected);
    expect(await filters.locator('[aria-current="page"]').innerText()).toContain('省发展改革委');
    await filters.getByRole('link', { name: /^三、大力发展生产性服务业/u }).click();
    await p.waitForURL(/\/measures\/part\/3\/$/u);
    expect(await measureLinks.count()).toBe(input.measures.filter((m) => m.data.part.id === '3').length);
  });

  it('part, sector and task force pages show heading, text and measures with agencies', async () => {
    await page.goto(`${site.url}parts/1/`);
    expect(await page.locator('main').innerText()).toContain(input.parts.find((x) => x.id === '1')!.data.text[0]!);
    await page.goto(`${site.url}sectors/finance/`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('（一）现代金融（金融业专班负责）');
    const fin = input.measures.filter((m) => m.data.sector?.id === 'finance');
    const measureLinks = page.locator('main').getByRole('link', { name: /^第\d+条/u });
    expect(await measureLinks.count()).toBe(fin.length);
    await page.goto(`${site.url}task-forces/nonprofit/`);
    expect(await measureLinks.count()).toBe(input.measures.filter((m) => m.data.part.id === '5').length);
  });

  it('header navigation reaches the document, the measures and the agencies; the footer reaches about', async () => {
    await page.goto(site.url);
    const nav = page.getByRole('navigation', { name: '主导航' });
    for (const [name, path] of [
      ['全文', 'plan/'],
      ['措施', 'measures/'],
      ['责任单位', 'agencies/'],
    ] as const) {
      await nav.getByRole('link', { name, exact: true }).click();
      await page.waitForURL(`${site.url}${path}`);
      expect(await nav.getByRole('link', { name, exact: true }).getAttribute('aria-current')).toBe('page');
    }
    await page.getByRole('contentinfo').getByRole('link', { name: '关于原文与勘误' }).click();
    await page.waitForURL(`${site.url}about/`);
  });

  it('/about/ lists every correction from content/corrections.yaml', async () => {
    await page.goto(`${site.url}about/`);
    const rows = page.locator('tbody tr');
    expect(await rows.count()).toBe(input.corrections.length);
    const text = await page.locator('tbody').innerText();
    for (const c of input.corrections) expect(text).toContain(c.data.description);
    expect(text).toContain('梄');
  });
});

describe('404', () => {
  it('a path that looks like a measure number offers that measure', async () => {
    for (const path of ['m/12', '12', 'measure/12/']) {
      const res = await page.goto(site.url + path);
      expect(res?.status()).toBe(404);
      const link = page.getByRole('link', { name: '第12条', exact: true });
      expect(await link.count(), path).toBe(1);
    }
    await page.getByRole('link', { name: '第12条', exact: true }).click();
    await page.waitForURL(/\/measures\/12\/$/u);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain(raw(12).data.title);
  });

  it('a number with no measure, or junk, gets the measure list and no false suggestion or injected markup', async () => {
    for (const path of ['measures/99/', 'nothing-here/', '%3Cimg%20src=x%20onerror=alert(1)%3E/12']) {
      const res = await page.goto(site.url + path);
      expect(res?.status()).toBe(404);
      expect(await page.locator('#measure-hint').isVisible(), path).toBe(false);
      expect(await page.getByRole('link', { name: '全部措施（可筛选）' }).count()).toBe(1);
      expect(await page.locator('main img').count()).toBe(0);
    }
  });
});

describe('accessibility of every page type', () => {
  const PAGES = [
    'plan/',
    'about/',
    'measures/',
    'measures/agency/ndrc/',
    'measures/14/#s3',
    'measures/20/',
    'measures/61/',
    'parts/3/',
    'sectors/finance/',
    'task-forces/finance/',
    'agencies/',
    'agencies/ndrc/',
    'm/12',
  ];
  for (const path of PAGES) {
    it(`/${path} has zero axe violations and fits a 360 px phone`, async () => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(site.url + path);
      if (path.startsWith('measures/14')) await openCite(page);
      const v = await axe(page);
      expect(v, describeViolations(v)).toEqual([]);
      await page.setViewportSize({ width: 360, height: 740 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  it('every measure page fits a 360 px phone, with the cite menu open', async () => {
    const phone = await fixture.browser.newContext({ viewport: NARROW_PHONE });
    try {
      const numbers = input.measures.map((m) => m.data.number);
      const overflows = await inTabs(phone, numbers, async (tab, n) => {
        await tab.goto(`${site.url}measures/${n}/`);
        await openCite(tab);
        return tab.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      });
      expect(overflows.size).toBe(numbers.length);
      const wide = numbers.filter((n) => overflows.get(n)! > 0).map((n) => `measure ${n}: ${overflows.get(n)} px`);
      expect(wide).toEqual([]);
    } finally {
      await phone.close();
    }
  });

  it('Tab walks through a measure page with its cite menu open and out to the footer (no keyboard trap)', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${site.url}measures/14/`);
    await openCite(page);
    const visited: string[] = [];
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press('Tab');
      const here = await page.evaluate(() => {
        const el = document.activeElement;
        const inFooter = !!el?.closest('footer');
        return `${inFooter ? 'footer:' : ''}${el?.tagName}:${el?.getAttribute('aria-label') ?? el?.textContent?.trim().slice(0, 12)}`;
      });
      visited.push(here);
      if (here.startsWith('footer:')) break;
    }
    expect(visited.at(-1), visited.join('\n')).toMatch(/^footer:/u);
    for (const stop of ['链接到第1句', '链接到第3句', '复制BibTeX引文', '省邮政管理局'])
      expect(
        visited.some((v) => v.includes(stop)),
        stop,
      ).toBe(true);
  });

  it('the skip link is the first stop and moves focus to the main content', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${site.url}agencies/`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: '跳到正文' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await skip.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });
});
