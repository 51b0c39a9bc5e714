/**
 * On a phone (390×844) every link, button and form control a reader can tap is at least 24×24 CSS px
 * (WCAG 2.2 target size), on every page type. Exempt, as WCAG exempts them: links inside a line of text.
 * A control inside its <label> counts with its label (tapping the label works the control).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, serve, type Site } from './harness';

const PAGES = [
  '',
  'measures/23/',
  'plan/',
  'en/measures/23/',
  `search/?q=${encodeURIComponent('金融')}`,
  'relief/',
  'targets/',
  'data/',
  'explore/graph/',
  'explore/matrix/',
  'explore/sectors/',
  'agencies/ndrc/',
  'no-such-page/',
];

let site: Site;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [site, browser] = await Promise.all([serve(), launch()]);
  page = await browser.newPage({ viewport: { width: 390, height: 844 } });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** The visible tap targets smaller than 24×24 px, described. */
const smallTargets = (p: Page) =>
  p.evaluate(() => {
    const small: string[] = [];
    const sel = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"]';
    for (const el of document.querySelectorAll<HTMLElement>(sel)) {
      const target = el.closest('label') ?? el;
      const r = target.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (r.width === 0 || r.height === 0 || style.visibility === 'hidden') continue;
      if (el.closest('[hidden], details:not([open]) > :not(summary)')) continue;
      // a link in a line of text is exempt (WCAG 2.5.8 "Inline")
      if (
        el.tagName === 'A' &&
        style.display === 'inline' &&
        (el.parentElement?.textContent?.trim().length ?? 0) > (el.textContent?.trim().length ?? 0)
      )
        continue;
      if (r.width < 23.5 || r.height < 23.5) {
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30);
        small.push(`${el.tagName.toLowerCase()} "${name}" ${Math.round(r.width)}×${Math.round(r.height)}`);
      }
    }
    return small;
  });

describe('tap targets on a phone', () => {
  for (const path of PAGES) {
    it(`/${path}: every link, button and control is at least 24×24 px`, async () => {
      await page.goto(site.url + path);
      if (path.startsWith('explore/')) await page.locator('[data-explorer][data-ready="true"]').waitFor();
      const small = await smallTargets(page);
      expect(small.join('\n'), `${small.length} small targets`).toBe('');
    });
  }
});
