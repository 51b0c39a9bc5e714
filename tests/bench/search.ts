/**
 * Search bench (registered in tests/bench/suites.ts; run by `npm run bench` after the build):
 * - bytes fetched for a first search from the header box (search code + index, gzipped), measured in Chromium;
 * - query latency from keystroke to results rendered on /search/ (p50/p95), typing the queries of both judged sets
 *   character by character, on the 66 measures and on a synthetic corpus 100× larger (6,600 measures);
 * - the judged development sets' figures (per kind, traps, out-of-plan queries).
 */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launch, serve } from '../e2e/harness';
import { formatEvaluation } from '../search/metrics';
import type { SearchIndex } from '../../src/lib/search/engine/types';
import { relative } from 'node:path';
import { DEV_SETS, readSet, runEvaluation } from '../search/evaluate';
import type { BenchContext, Suite } from './suites';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length;

/** A corpus `times` larger: each copy renumbered, its body sentences rotated so copies differ. */
export function syntheticIndex(index: SearchIndex, times: number): SearchIndex {
  const measures: SearchIndex['measures'] = [];
  for (let r = 0; r < times; r++) {
    for (const m of index.measures) {
      const body = m.s.slice(1, -1).map((s, i) => [s, m.w[i + 1]!] as const);
      const k = body.length ? r % body.length : 0;
      const rotated = [...body.slice(k), ...body.slice(0, k)];
      measures.push({
        ...m,
        n: measures.length + 1,
        s: [m.s[0]!, ...rotated.map(([s]) => s), m.s[m.s.length - 1]!],
        w: [m.w[0]!, ...rotated.map(([, w]) => w), m.w[m.w.length - 1]!],
      });
    }
  }
  return { ...index, measures };
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN;
}

/** Types each query into the /search/ box one character at a time; returns keystroke→rendered times (ms). */
async function typeQueries(page: Page, queries: string[]): Promise<number[]> {
  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('input[name="q"][data-search-primary]')!;
    const w = window as unknown as { __lat: number[]; __t0: number; __hooked?: boolean };
    w.__lat = [];
    if (w.__hooked) return;
    w.__hooked = true;
    input.addEventListener('beforeinput', () => (w.__t0 = performance.now()));
    // registered after the page's own handler, so it runs once the results are in the DOM
    input.addEventListener('input', () => {
      if (!w.__t0) return;
      void document.body.offsetHeight; // style and layout of the new results
      w.__lat.push(performance.now() - w.__t0);
      w.__t0 = 0;
    });
  });
  const box = page.locator('input[name="q"][data-search-primary]');
  for (const q of queries) {
    await box.fill('');
    await box.focus();
    await page.keyboard.type(q);
  }
  return page.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
}

async function run({ dist }: BenchContext) {
  const [site, browser] = await Promise.all([serve(dist), launch()]);
  try {
    // bytes for a first search from the header box
    const page = await browser.newPage();
    const after: string[] = [];
    await page.goto(`${site.url}measures/20/`);
    page.on('requestfinished', (r) => after.push(r.url()));
    const entry = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLScriptElement>('script[src]')]
        .map((x) => x.src)
        .filter((s) => /SearchBox/u.test(s)),
    );
    const files = new Map<string, number>();
    const queue = [...entry];
    while (queue.length) {
      const u = queue.shift()!;
      if (files.has(u)) continue;
      const body = await (await page.request.get(u)).body();
      files.set(u, gz(body));
      for (const m of body.toString().matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/gu))
        queue.push(new URL(m[1]!, u).href);
    }
    const box = page.getByRole('searchbox', { name: '检索措施' });
    await box.fill('民航 纾困');
    await page.locator('#site-search-panel a.search-result__link').first().waitFor();
    for (const u of after)
      if (!files.has(u) && /\.(m?js|json)$/u.test(new URL(u).pathname))
        files.set(u, gz(await (await page.request.get(u)).body()));
    const first = [...files.values()].reduce((a, b) => a + b, 0);
    /** What a query fetches beyond the first search (tables and code loaded on demand). */
    const onDemand = async (q: string, n: number) => {
      const before = after.length;
      await box.fill(q);
      await page.waitForFunction(
        (want) => document.querySelector('#site-search-panel a.search-result__link')?.textContent?.includes(want),
        `第${n}条`,
      );
      const urls = after.slice(before).filter((u) => /\.(m?js|json)$/u.test(new URL(u).pathname) && !files.has(u));
      let bytes = 0;
      for (const u of urls) bytes += gz(await (await page.request.get(u)).body());
      return `+${kb(bytes)} (${urls.map((u) => new URL(u).pathname).join(', ') || 'nothing'})`;
    };
    // English first: a Latin word that is not pinyin (jiazehng) asks the English engine before the fuzzy layer
    const english = await onDemand('express delivery', 14);
    const homophones = await onDemand('农业生产拖管', 28);
    const fuzzy = await onDemand('jiazehng', 42);
    console.log('### Bytes for a first search from the header box (gzipped, measured in Chromium)\n');
    console.log('| file | gzipped |\n| --- | ---: |');
    for (const [u, n] of files) console.log(`| ${new URL(u).pathname} | ${kb(n)} |`);
    console.log(`| **total (budget 40 KB)** | **${kb(first)}** |`);
    console.log(
      `\nOnly when a query holds a character the plan does not use (a homophone slip such as 拖): ${homophones}.`,
    );
    console.log(`Only when a query is English (express delivery; budget +25 KB): ${english}.`);
    console.log(`Only when a slip needs the fuzzy layer (a pinyin slip such as jiazehng): ${fuzzy}.\n`);
    await page.close();

    // latency
    const queries = DEV_SETS.flatMap((set) => readSet(set).map((q) => q.q));
    const index = (await (
      await browser.newPage()
    ).request
      .get(`${site.url}search-index.json`)
      .then((r) => r.json())) as SearchIndex;
    console.log(
      '### Query latency in Chromium, keystroke → results rendered (/search/, typing the queries of both judged sets)\n',
    );
    console.log('| corpus | keystrokes | p50 | p95 | max | budget p95 |\n| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const [label, times, budget] of [
      ['66 measures', 1, 10],
      ['6,600 measures (synthetic, 100×)', 100, 50],
    ] as const) {
      const p = await browser.newPage();
      if (times > 1) {
        const big = JSON.stringify(syntheticIndex(index, times));
        await p.route('**/search-data/index.*.json', (route) =>
          route.fulfill({ status: 200, contentType: 'application/json', body: big }),
        );
      }
      await p.goto(`${site.url}search/`);
      await p.waitForSelector('[data-search-page][data-ready]', { timeout: 120_000 });
      await typeQueries(p, queries.slice(0, 5)); // warm-up (lazy tables, JIT)
      const lat = await typeQueries(p, queries);
      console.log(
        `| ${label} | ${lat.length} | ${percentile(lat, 50).toFixed(2)} ms | ${percentile(lat, 95).toFixed(2)} ms | ${Math.max(...lat).toFixed(2)} ms | ${budget} ms |`,
      );
      await p.close();
    }
  } finally {
    await browser.close();
    await site.close();
  }
  for (const set of DEV_SETS) {
    console.log(`\n### Judged development set (${relative(process.cwd(), set)})\n`);
    console.log(formatEvaluation(runEvaluation(set)));
  }
}

export const searchSuite: Suite = { name: 'Search', run };
