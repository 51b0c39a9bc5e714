/**
 * The matrix on a 390 px phone shows one part of the plan at a time: the columns of that part's measures and the rows
 * of the agencies named in them, chosen in a select that works before the explorer is live and without JavaScript.
 * Wider screens show every part. Expected measures and agencies come from /data/measures.json.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { explorerLive, sidewaysOverflow, TOUCH_PHONE, useBrowser } from './harness';

interface Measures {
  measures: { number: number; part: number; agencies: { id: string }[] }[];
}

const { open, site } = useBrowser();
let data: Measures;
let parts: number[];
beforeAll(async () => {
  const p = await open();
  data = await (await p.request.get(`${site.url}data/measures.json`)).json();
  parts = [...new Set(data.measures.map((m) => m.part))].sort((a, b) => a - b);
});

/** What part `n` should show: its measures, and the agencies named in any of them. */
function expected(n: number | 'all') {
  const ms = data.measures.filter((m) => n === 'all' || m.part === n);
  return {
    measures: ms.map((m) => m.number).sort((a, b) => a - b),
    agencies: [...new Set(ms.flatMap((m) => m.agencies.map((a) => a.id)))].sort(),
  };
}

/** The measure columns and agency rows the reader can see (laid out; the table scrolls inside its box). */
function shown(p: Page) {
  return p.locator('table.matrix').evaluate((t) => {
    const laidOut = (e: Element) => e.getClientRects().length > 0;
    return {
      measures: [...t.querySelectorAll<HTMLElement>('thead th[data-measure]')]
        .filter(laidOut)
        .map((e) => Number(e.dataset.measure))
        .sort((a, b) => a - b),
      agencies: [...t.querySelectorAll<HTMLElement>('tbody tr[data-agency]')]
        .filter(laidOut)
        .map((e) => e.dataset.agency!)
        .sort(),
    };
  });
}

describe('the matrix on a phone, one part at a time', () => {
  it('opens on the first part: its measures as columns, the agencies named in them as rows', async () => {
    const p = await open('explore/matrix/', TOUCH_PHONE);
    const choice = p.getByRole('combobox', { name: '显示' });
    expect(await choice.inputValue()).toBe(String(parts[0]));
    expect(await shown(p)).toEqual(expected(parts[0]!));
    // the first part's few columns fit the phone: no sideways scrolling inside the matrix either
    const scroller = p.locator('.matrix-scroll');
    expect(await scroller.evaluate((e) => e.scrollWidth - e.clientWidth)).toBeLessThanOrEqual(1);
  });

  it('each part chosen shows exactly its measures and agencies; all parts shows every measure and agency', async () => {
    const p = await open('explore/matrix/', TOUCH_PHONE);
    const choice = p.getByRole('combobox', { name: '显示' });
    for (const n of [...parts.slice(1), 'all' as const]) {
      await choice.selectOption(String(n));
      expect(await shown(p), `part ${n}`).toEqual(expected(n));
    }
    expect(await sidewaysOverflow(open, `${site.url}explore/matrix/`)).toBeLessThanOrEqual(0);
  });

  it('works without JavaScript', async () => {
    const p = await open('explore/matrix/', { ...TOUCH_PHONE, js: false });
    await p.getByRole('combobox', { name: '显示' }).selectOption(String(parts.at(-1)));
    expect(await shown(p)).toEqual(expected(parts.at(-1)!));
  });

  it('a part chosen before the explorer is live stays chosen when it comes live', async () => {
    const p = await open('explore/matrix/', TOUCH_PHONE);
    const choice = p.getByRole('combobox', { name: '显示' });
    await choice.selectOption(String(parts.at(-1)));
    await explorerLive(p);
    expect(await choice.inputValue()).toBe(String(parts.at(-1)));
    expect(await shown(p)).toEqual(expected(parts.at(-1)!));
  });

  it('once live, the keyboard can still Tab into the part shown', async () => {
    const p = await open('explore/matrix/', TOUCH_PHONE);
    await explorerLive(p);
    // the part without the first row's agency (the first tab stop), if any; else the last part
    const first = await p.locator('table.matrix tbody tr').first().getAttribute('data-agency');
    const part = parts.find((n) => !expected(n).agencies.includes(first!)) ?? parts.at(-1)!;
    await p.getByRole('combobox', { name: '显示' }).selectOption(String(part));
    const stops = p.locator('table.matrix [tabindex="0"]');
    await expect.poll(() => stops.evaluateAll((els) => els.filter((e) => e.getClientRects().length).length)).toBe(1);
  });

  it('a measure selected in another part brings that part into view', async () => {
    const n = data.measures.find((m) => m.part !== parts[0])!;
    const p = await open(`explore/matrix/?measure=${n.number}`, TOUCH_PHONE);
    await explorerLive(p);
    await expect.poll(() => p.getByRole('combobox', { name: '显示' }).inputValue()).toBe(String(n.part));
    expect((await shown(p)).measures).toContain(n.number);
  });

  it('filtering to a part shows that part', async () => {
    const last = parts.at(-1)!;
    const p = await open(`explore/matrix/?part=${last}`, TOUCH_PHONE);
    await explorerLive(p);
    await expect.poll(() => p.getByRole('combobox', { name: '显示' }).inputValue()).toBe(String(last));
    expect(await shown(p)).toEqual(expected(last));
  });

  it('names its choice in the English edition', async () => {
    const p = await open('en/explore/matrix/', TOUCH_PHONE);
    const options = await p.getByRole('combobox', { name: 'Show' }).locator('option').allTextContents();
    expect(options).toHaveLength(parts.length + 1);
    expect(options.at(-1)).toMatch(/^All parts/u);
  });
});

describe('the matrix on a wide screen', () => {
  it('shows every part, with no part to choose', async () => {
    const p = await open('explore/matrix/', { viewport: { width: 1280, height: 800 } });
    expect(await p.getByRole('combobox', { name: '显示' }).count()).toBe(0);
    expect(await shown(p)).toEqual(expected('all'));
  });
});
