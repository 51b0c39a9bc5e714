/**
 * The targets table: every row links to its sentence; sorting works with JavaScript, the table without; in both
 * editions (the English page shows each sentence in translation beside the Chinese), as cards on phones.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import type { Page } from 'playwright-core';
import { axe, describeViolations, PHONE, ROOT, sidewaysOverflow, useBrowser } from './harness';
import { DICTIONARIES } from '../../src/lib/i18n/dict';

let page: Page;
const source = YAML.parse(readFileSync(join(ROOT, 'content/targets.yaml'), 'utf8')) as {
  id: string;
  quote: string;
  measure?: number;
  part?: number;
  sentence: number;
}[];

const { open, site } = useBrowser();
beforeAll(async () => {
  page = await open();
});

const table = () => page.getByRole('table', { name: '量化目标一览' });
/** The target values in row order; a commitment without a figure (第12条 全覆盖) has an empty value. */
const valueCells = () =>
  table()
    .locator('tbody tr td:nth-child(3)')
    .evaluateAll((tds) => tds.map((td) => (td as HTMLElement).dataset.value ?? ''));
const valueColumn = async () => (await valueCells()).filter((v) => v !== '').map(Number);

describe('targets page', () => {
  it('is in the header navigation and lists every target of targets.yaml, the 7.5% growth target first', async () => {
    await page.goto(site.url);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '目标' }).click();
    await page.waitForURL(/\/targets\/$/);
    expect(await table().locator('tbody tr').count()).toBe(source.length);
    const first = await table().locator('tbody tr').first().innerText();
    expect(first).toContain('力争达到7.5%左右');
    expect(first).toContain('2022年');
  });

  it('sorts by value up and down with the header buttons, and back by source', async () => {
    await page.goto(`${site.url}targets/`);
    const button = table().getByRole('button', { name: /目标值/ });
    await button.click();
    expect(await table().locator('th[aria-sort]').allInnerTexts()).toEqual([expect.stringContaining('目标值')]);
    expect(await table().locator('th[aria-sort]').getAttribute('aria-sort')).toBe('ascending');
    const up = await valueColumn();
    expect(up).toEqual([...up].sort((a, b) => a - b));
    expect(up[0]).toBe(1);
    expect(up.at(-1)).toBe(5000);
    expect((await valueCells()).at(-1)).toBe(''); // the target without a figure sorts last
    await button.click();
    const down = await valueColumn();
    expect(down).toEqual([...up].sort((a, b) => b - a));
    expect((await valueCells()).at(-1)).toBe('');
    await table().getByRole('button', { name: /出处/ }).click();
    expect(await table().locator('tbody tr').first().innerText()).toContain('7.5%');
  });

  it('every row links to a sentence that contains the target’s words', async () => {
    await page.goto(`${site.url}targets/`);
    const rows = await table()
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => ({
          id: (tr as HTMLElement).dataset.target!,
          href: tr.querySelector('a')!.getAttribute('href')!,
        })),
      );
    expect(rows.map((r) => r.id).sort()).toEqual(source.map((t) => t.id).sort());
    for (const t of source.filter((x) => x.measure)) {
      const href = rows.find((r) => r.id === t.id)!.href;
      expect(href).toMatch(new RegExp(`/measures/${t.measure}/#s${t.sentence}$`));
      const html = await (await page.request.get(new URL(href, site.url).href)).text();
      // the sentence's own text runs up to the "link to this sentence" marker (numbers sit in no-wrap spans)
      const sentence = new RegExp(`<span id="s${t.sentence}"[^>]*>(.*?)<a class="sentence__link`)
        .exec(html)?.[1]
        ?.replace(/<[^>]*>/gu, '');
      expect(sentence, t.id).toContain(t.quote);
    }
    // a part's target (7.5%) links to its own sentence of the full text, not to the part
    const parts = source.filter((x) => x.part);
    expect(parts.length).toBeGreaterThan(0);
    for (const t of parts) {
      const href = rows.find((r) => r.id === t.id)!.href;
      expect(href).toMatch(new RegExp(`/plan/#part-${t.part}-s${t.sentence}$`));
      const html = await (await page.request.get(new URL(href, site.url).href)).text();
      const sentence = new RegExp(`<span id="part-${t.part}-s${t.sentence}"[^>]*>(.*?)<a class="sentence__link`)
        .exec(html)?.[1]
        ?.replace(/<[^>]*>/gu, '');
      expect(sentence, t.id).toContain(t.quote);
    }
  });

  it('lists the numbers that are not targets, each with a reason', async () => {
    await page.goto(`${site.url}targets/`);
    const others = page.getByRole('region', { name: '不属于目标的数字一览' });
    // far below the first screen, the list is laid out when the reader scrolls near it (content-visibility: auto)
    await others.scrollIntoViewIfNeeded();
    await expect.poll(() => others.innerText()).toContain('2∶2∶4∶2');
    expect(await others.innerText()).toContain('文号');
  });
});

// the English words the page uses come from the English dictionary, the expected sentences from the translation files
const en10 = YAML.parse(readFileSync(join(ROOT, 'content/translations/en/measures/10.yaml'), 'utf8')) as {
  sentences: string[];
};
const visibleText = (s: string) => s.replace(/<span lang="zh-CN">([^<]*)<\/span>/gu, '$1');

describe('the English targets page', () => {
  it('is in the English header and shows each sentence in English above the plan’s Chinese, marked as Chinese', async () => {
    const T = DICTIONARIES.en.targets;
    await page.goto(`${site.url}en/`);
    await page
      .getByRole('navigation', { name: DICTIONARIES.en.layout.nav })
      .getByRole('link', { name: DICTIONARIES.en.nav.targets })
      .click();
    await page.waitForURL(/\/en\/targets\/$/u);
    const t = page.getByRole('table', { name: T.tableLabel });
    expect(await t.locator('tbody tr').count()).toBe(source.length);
    const target = source.find((x) => x.measure === 10 && x.sentence === 3)!;
    const row = t.locator(`tr[data-target="${target.id}"]`);
    // sentence 3 of measure 10 is the second sentence of its body (the title is sentence 1)
    expect(await row.locator('.targets__en').innerText()).toBe(visibleText(en10.sentences[1]!));
    const zh = row.locator('q.plan-quote');
    expect(await zh.getAttribute('lang')).toBe('zh-CN');
    expect(await zh.locator('mark').innerText()).toBe(target.quote);
    const link = row.getByRole('link', { name: T.sourceMeasure(10, 3) });
    const href = new URL((await link.getAttribute('href'))!, site.url);
    expect(href.pathname + href.hash).toBe('/en/measures/10/#s3');
  });
});

for (const lang of ['zh', 'en'] as const) {
  const T = DICTIONARIES[lang].targets;
  const path = lang === 'en' ? 'en/targets/' : 'targets/';
  describe(`/${path}: without JavaScript, accessibility and phones`, () => {
    it('without JavaScript it is a plain table with links and no sort buttons', async () => {
      const p = await open(undefined, { js: false });
      await p.goto(`${site.url}${path}`);
      const t = p.getByRole('table', { name: T.tableLabel });
      expect(await t.locator('tbody tr').count()).toBe(source.length);
      expect(await t.getByRole('button').count()).toBe(0);
      expect(await t.getByRole('link', { name: T.sourceMeasure(10, 3) }).getAttribute('href')).toMatch(
        new RegExp(`^/${lang === 'en' ? 'en/' : ''}measures/10/#s3$`, 'u'),
      );
    });

    it('has zero axe violations and fits a 360 px phone', async () => {
      await page.goto(`${site.url}${path}`);
      const v = await axe(page);
      expect(v, describeViolations(v)).toEqual([]);
      const overflow = await sidewaysOverflow(open, `${site.url}${path}`);
      expect(overflow).toBeLessThanOrEqual(0);
    });

    it('on a 390×844 phone each target reads as a card: no sideways scrolling, every column at least a few characters wide, sortable', async () => {
      const p = await open(undefined, { viewport: PHONE });
      await p.goto(`${site.url}${path}`);
      expect(await p.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
      const t = p.getByRole('table', { name: T.tableLabel });
      const rows = t.locator('tbody tr');
      expect(await rows.count()).toBe(source.length);
      for (let i = 0; i < source.length; i++) {
        const row = rows.nth(i);
        await row.scrollIntoViewIfNeeded(); // rows off screen are laid out when scrolled near (content-visibility)
        const cells = await row.locator('td').evaluateAll((tds) =>
          tds.map((td) => ({
            width: td.getBoundingClientRect().width,
            font: parseFloat(getComputedStyle(td).fontSize),
            label: getComputedStyle(td, '::before').content,
          })),
        );
        for (const c of cells) {
          // a cell as wide as the card (minus padding), never a sliver of one character per line
          expect(c.width, `row ${i}`).toBeGreaterThanOrEqual(12 * c.font);
          expect(c.label, `row ${i}`).not.toBe('none'); // each line says which column it is
        }
      }
      // the first target: source, figure and deadline all on the first screen
      await p.evaluate(() => scrollTo(0, 0));
      const first = (await rows.first().locator('td').nth(3).boundingBox())!;
      expect(first.y + first.height).toBeLessThanOrEqual(PHONE.height);
      // sorting still works from the buttons above the cards
      await t.getByRole('button', { name: new RegExp(T.colValue, 'u') }).click();
      expect(await rows.first().locator('td').nth(2).getAttribute('data-value')).toBe('1');
      await p.close();
    });
  });
}
