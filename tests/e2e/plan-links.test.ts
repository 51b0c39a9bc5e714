/**
 * Links into the middle of the full text (/plan/#m40, as a journalist cites a measure): the page opens at the measure
 * and it stays there while the text above it is laid out (measures far from the screen are laid out only when the
 * reader comes near them), on a wide screen and on a phone, in both editions.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { TOUCH_PHONE, useBrowser } from './harness';

const { open, site } = useBrowser();

/** The top of `#id` in the viewport, once the page has loaded and drawn two more frames. */
const topAfterLoad = (p: Page, id: string) =>
  p.evaluate(async (target) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    await frame();
    await frame();
    return document.getElementById(target)!.getBoundingClientRect().top;
  }, id);

describe('a link to a measure in the full text', () => {
  const screens = [
    ['1280×800', { viewport: { width: 1280, height: 800 } }],
    ['390×844', TOUCH_PHONE],
  ] as const;
  for (const [name, options] of screens)
    for (const path of ['plan/', 'en/plan/'])
      it(`/${path}#m40 opens at measure 40 and keeps it there (${name})`, async () => {
        const p = await open(undefined, options);
        await p.goto(`${site.url}${path}#m40`, { waitUntil: 'load' });
        const top = await topAfterLoad(p, 'm40');
        // at the top of the screen, below its scroll margin, not pushed away by the text above
        expect(top).toBeGreaterThanOrEqual(0);
        expect(top).toBeLessThan(60);
        // reading on: scrolling back up lays out the measure above, and 40 does not jump under the reader
        await p.evaluate(() => scrollBy(0, -200));
        const after = await topAfterLoad(p, 'm40');
        expect(Math.abs(after - (top + 200))).toBeLessThan(2);
      });
});
