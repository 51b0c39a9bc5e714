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
 * Lighthouse runs), described.
 */
async function smallTargets(p: Page): Promise<string[]> {
  await p.evaluate(axeSource);
  return p.evaluate(async () => {
    // @ts-expect-error evaluated above
    const r = await window.axe.run(document, { runOnly: { type: 'rule', values: ['target-size'] } });
    return r.violations.flatMap((v: { nodes: { target: string[]; failureSummary: string }[] }) =>
      v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary.split('\n').slice(1).join(' ').trim()}`),
    );
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
