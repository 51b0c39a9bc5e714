/**
 * On a phone (390×844) every link, button and form control a reader can tap is at least 24×24 CSS px, or
 * spaced so that a 24 px circle around it touches no other target (WCAG 2.2 target size, 2.5.8, as axe-core
 * and Lighthouse check it), on every page type. Links inside a line of text are exempt, as WCAG exempts them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { PHONE, useBrowser, explorerLive } from './harness';

const PAGES = [
  '',
  'measures/23/',
  'plan/',
  'en/measures/23/',
  `search/?q=${encodeURIComponent('金融')}`,
  'relief/',
  'en/relief/?industry=catering',
  'targets/',
  'data/',
  'explore/graph/',
  'explore/matrix/',
  'explore/sectors/',
  'agencies/ndrc/',
  'no-such-page/',
];

let page: Page;

const { open, site } = useBrowser();
beforeAll(async () => {
  page = await open(undefined, { viewport: PHONE });
});

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The tap targets under 24×24 px that are not spaced as WCAG 2.5.8 allows (axe-core's target-size, the rule
 * Lighthouse runs), described. Long pages lay out their cards only near the screen (`content-visibility: auto`),
 * and axe measures only what is laid out: the page is checked a screen at a time, from top to bottom, as a reader
 * scrolls it.
 */
async function smallTargets(p: Page): Promise<string[]> {
  await p.evaluate(axeSource);
  return p.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const found = new Set<string>();
    for (let y = 0; y === 0 || y < document.documentElement.scrollHeight; y += innerHeight) {
      scrollTo(0, y);
      // two frames: the one that finds what came near the screen, the one that lays it out
      await frame();
      await frame();
      // the targets on this screen (axe still measures their spacing against the whole page)
      const here = [...document.querySelectorAll('a[href], button, input, select, textarea, summary')].filter((e) => {
        const r = e.getBoundingClientRect();
        return r.bottom > 0 && r.top < innerHeight && r.width > 0;
      });
      if (!here.length) continue;
      // @ts-expect-error evaluated above
      const r = await window.axe.run(here, { runOnly: { type: 'rule', values: ['target-size'] } });
      for (const v of r.violations as { nodes: { target: string[]; failureSummary: string }[] }[])
        for (const n of v.nodes)
          found.add(`${n.target.join(' ')}: ${n.failureSummary.split('\n').slice(1).join(' ').trim()}`);
    }
    scrollTo(0, 0);
    return [...found];
  });
}

describe('tap targets on a phone', () => {
  for (const path of PAGES) {
    it(`/${path}: every link, button and control is at least 24×24 px`, async () => {
      await page.goto(site.url + path);
      if (path.startsWith('explore/')) await explorerLive(page);
      const small = await smallTargets(page);
      expect(small.join('\n'), `${small.length} small targets`).toBe('');
    });
  }
});
