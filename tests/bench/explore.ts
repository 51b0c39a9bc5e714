/**
 * Explorer bench: the gzipped bytes each explorer page ships (budget 110 KB JS, React included), and in
 * Chromium, per view, over cold loads: the longest task, the total blocking time (budget ≤ 200 ms) and the
 * time until the island has hydrated (it hydrates on intent: the bench moves a pointer over it once the page has
 * loaded); then the time from selecting an agency until every view on the page
 * (the view itself, the sector table, the detail panel, the live region) shows it, layout included
 * (budget ≤ 50 ms at p95). Reported, never pass/fail. Run it alone on the built dist/:
 * `BENCH_EXPLORE_ONLY=1 npx vite-node tests/bench/explore.ts`.
 */
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pageWeight } from '../helpers/page-weight';
import { launch, serve, explorerLive } from '../e2e/harness';
import type { BenchContext, Suite } from './suites';

export const EXPLORE_PAGES: [string, string][] = [
  ['explore hub', 'explore/index.html'],
  ['explore graph', 'explore/graph/index.html'],
  ['explore matrix', 'explore/matrix/index.html'],
  ['explore sectors', 'explore/sectors/index.html'],
];

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${Math.round(n)} ms`;
const RUNS = 5;
/** Agencies selected per load: the busiest ones and a few small ones. */
const PICKS = 12;
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

async function run({ dist }: BenchContext) {
  console.log('| page | HTML | CSS | JS | JS budget |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const [name, file] of EXPLORE_PAGES) {
    const w = pageWeight(dist, file);
    console.log(`| ${name} | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.js)} | 110 KB |`);
  }

  const [site, browser] = await Promise.all([serve(dist), launch()]);
  const selects = new Map<string, number[]>();
  try {
    console.log(
      `\nChromium, 1280 × 900, ${RUNS} cold loads per page (median / max; the machine is shared, expect noise):\n`,
    );
    console.log('| page | longest task | total blocking time (≤ 200 ms) | DOMContentLoaded | hydrated |');
    console.log('| --- | ---: | ---: | ---: | ---: |');
    for (const [name, file] of EXPLORE_PAGES) {
      const path = file.replace(/index\.html$/u, '');
      const island = path !== 'explore/';
      const runs: { longest: number; tbt: number; dcl: number; ready: number }[] = [];
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
        if (island) await explorerLive(page);
        const readyAt = await page.evaluate(() => performance.now());
        await page.waitForTimeout(500);
        const r = await page.evaluate(() => ({
          long: (window as unknown as { __long: number[] }).__long,
          dcl: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
        }));
        runs.push({
          longest: Math.max(0, ...r.long),
          tbt: r.long.reduce((s, d) => s + Math.max(0, d - 50), 0),
          dcl: r.dcl,
          ready: readyAt,
        });
        if (island) {
          const times = await page.evaluate(async (picks) => {
            // the selectable agency elements of the page's main view (network node or matrix row header)
            const sel = 'svg.graph a[data-agency], table.matrix th.matrix-agency a, .sectors__tfs a';
            const out: number[] = [];
            for (let i = 0; i < Math.min(picks, document.querySelectorAll(sel).length); i++) {
              // looked up afresh: selecting re-lays out the network, clearing brings every node back
              const t = document.querySelectorAll<HTMLElement>(sel)[i]!;
              const t0 = performance.now();
              t.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
              // React renders a click's update in a microtask or the next task: wait for the panel to change
              const title = () => document.getElementById('explorer-panel-title')!.textContent;
              for (let k = 0; k < 50 && title() === '详情'; k++) {
                await (k < 10
                  ? Promise.resolve()
                  : new Promise((r) => {
                      const c = new MessageChannel();
                      c.port1.onmessage = r;
                      c.port2.postMessage(0);
                    }));
              }
              if (title() === '详情') throw new Error('the panel did not update');
              void document.body.offsetHeight; // style and layout of every view
              out.push(performance.now() - t0);
              // clear again so every pick is a fresh selection
              document.querySelector<HTMLElement>('.detail__clear')!.click();
              await new Promise((r) => requestAnimationFrame(() => r(null)));
            }
            return out;
          }, PICKS);
          selects.set(name, [...(selects.get(name) ?? []), ...times]);
          if (process.env.BENCH_VERBOSE) console.log(name, times.map((t) => t.toFixed(0)).join(' '));
        }
        await ctx.close();
      }
      const col = (k: keyof (typeof runs)[number]) =>
        `${ms(
          pct(
            runs.map((x) => x[k]),
            50,
          ),
        )} / ${ms(Math.max(...runs.map((x) => x[k])))}`;
      console.log(`| ${name} | ${col('longest')} | ${col('tbt')} | ${col('dcl')} | ${island ? col('ready') : '—'} |`);
    }
    console.log(
      `\nLoad average while measuring: ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' / ')} (above the core count, the timings mostly measure waiting for a CPU).`,
    );
    console.log('\nSelecting (click → every view on the page marks it, layout included; budget ≤ 50 ms at p95):\n');
    console.log('| page | selections | median | p95 | max |');
    console.log('| --- | ---: | ---: | ---: | ---: |');
    for (const [name, xs] of selects)
      console.log(
        `| ${name} | ${xs.length} | ${pct(xs, 50).toFixed(1)} ms | ${pct(xs, 95).toFixed(1)} ms | ${Math.max(...xs).toFixed(1)} ms |`,
      );
  } finally {
    await browser.close();
    await site.close();
  }
}

export const exploreSuite: Suite = { name: 'Explorer', run };

// run on its own: BENCH_EXPLORE_ONLY=1 npx vite-node tests/bench/explore.ts
if (process.env.BENCH_EXPLORE_ONLY) {
  const root = resolve(import.meta.dirname, '../..');
  await run({ root, dist: join(root, 'dist') });
}
