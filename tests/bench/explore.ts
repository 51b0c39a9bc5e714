/**
 * Explorer bench: the gzipped bytes each explorer page ships, and in Chromium the longest task
 * during load (PerformanceObserver 'longtask'), the total blocking time and the time until the
 * graph script has finished setting up. Reported, never pass/fail (the budget is ≤ 90 KB JS on
 * the heaviest page and no long task over 200 ms).
 */
import { pageWeight } from '../helpers/page-weight';
import { launch, serve } from '../e2e/harness';
import type { BenchContext, Suite } from './suites';

export const EXPLORE_PAGES: [string, string][] = [
  ['explore hub', 'explore/index.html'],
  ['explore graph', 'explore/graph/index.html'],
  ['explore matrix', 'explore/matrix/index.html'],
  ['explore sectors', 'explore/sectors/index.html'],
];

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const RUNS = 5;

async function run({ dist }: BenchContext) {
  console.log('| page | HTML | CSS | JS | JS budget |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  let heaviest = 0;
  for (const [name, file] of EXPLORE_PAGES) {
    const w = pageWeight(dist, file);
    heaviest = Math.max(heaviest, w.js);
    console.log(`| ${name} | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.js)} | 90 KB |`);
  }
  console.log(`\nHeaviest explorer page JS: ${kb(heaviest)} gzipped (budget 90 KB).\n`);

  const [site, browser] = await Promise.all([serve(dist), launch()]);
  const selects: number[] = [];
  try {
    console.log(`Chromium, ${RUNS} cold loads per page (median / max over runs; the machine is shared, so expect noise):\n`);
    console.log('| page | longest task | total blocking time | DOMContentLoaded | ready | script setup |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const [name, file] of EXPLORE_PAGES) {
      const path = file.replace(/index\.html$/u, '');
      const runs: { longest: number; tbt: number; dcl: number; ready: number; init: number }[] = [];
      for (let i = 0; i < RUNS; i++) {
        const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        await ctx.addInitScript(() => {
          const w = window as unknown as { __long: number[] };
          w.__long = [];
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) w.__long.push(e.duration);
          }).observe({ type: 'longtask', buffered: true });
        });
        const page = await ctx.newPage();
        await page.goto(site.url + path, { waitUntil: 'load' });
        if (path.includes('graph')) await page.locator('[data-graph][data-ready="true"]').waitFor();
        const readyAt = await page.evaluate(() => performance.now());
        await page.waitForTimeout(500);
        const r = await page.evaluate(() => ({
          long: (window as unknown as { __long: number[] }).__long,
          dcl: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
          init: performance.getEntriesByName('explore:graph-init')[0]?.duration ?? 0,
        }));
        if (path.includes('graph')) {
          // one interaction: selecting the busiest agency fills the panel synchronously
          selects.push(
            await page.evaluate(() => {
              const node = document.querySelector<SVGElement>('svg.graph a[data-agency][data-count]')!;
              const t0 = performance.now();
              node.dispatchEvent(new MouseEvent('click', { bubbles: true }));
              return performance.now() - t0;
            }),
          );
        }
        runs.push({
          longest: Math.max(0, ...r.long),
          tbt: r.long.reduce((s, d) => s + Math.max(0, d - 50), 0),
          dcl: r.dcl,
          ready: readyAt,
          init: r.init,
        });
        await ctx.close();
      }
      const ms = (n: number) => `${Math.round(n)} ms`;
      const col = (k: keyof (typeof runs)[number]) => {
        const v = runs.map((x) => x[k]).sort((a, b) => a - b);
        return `${ms(v[Math.floor(v.length / 2)]!)} / ${ms(v[v.length - 1]!)}`;
      };
      console.log(`| ${name} | ${col('longest')} | ${col('tbt')} | ${col('dcl')} | ${col('ready')} | ${path.includes('graph') ? col('init') : '—'} |`);
    }
    selects.sort((a, b) => a - b);
    console.log(`\nGraph: selecting an agency (click → panel and highlight): median ${selects[Math.floor(selects.length / 2)]!.toFixed(1)} ms, max ${selects[selects.length - 1]!.toFixed(1)} ms.`);
  } finally {
    await browser.close();
    await site.close();
  }
}

export const exploreSuite: Suite = { name: 'Explorer', run };
