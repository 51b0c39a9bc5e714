/**
 * What a page costs the browser's main thread as it loads, for one or more builds:
 * `npx vite-node tests/bench/render-cost.ts <path> <distA> [distB…]` (e.g. `explore/matrix/ /tmp/dist-before dist`).
 *
 * Each build's page is loaded RENDER_COST_RUNS times (default 12, builds in turn) in a fresh phone-sized context
 * without CPU throttling, traced, and the medians printed: milliseconds of style (UpdateLayoutTree), layout, paint,
 * HTML parsing and garbage collection on the page's main thread, the longest task, and the sum over tasks of what
 * exceeds 12.5 ms (the unthrottled counterpart of Lighthouse's 50 ms at 4× CPU, so a rough TBT / 4).
 *
 * Lighthouse's TBT on this host swings by hundreds of milliseconds between runs of one build (its simulation places
 * tasks before or after the first paint); these sums move much less, so they tell whether a change removed work.
 */
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from '../e2e/harness';
import { serveWithNginx } from '../e2e/nginx';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; beginData?: { url?: string } };
}

const COSTS = ['UpdateLayoutTree', 'Layout', 'Paint', 'ParseHTML', 'MajorGC', 'MinorGC'];
/** After the load event, how long the trace keeps recording (late layouts, paints and collections). */
const AFTER_LOAD_MS = 1500;

const [path, ...dists] = process.argv.slice(2).filter((a) => a !== '--');
if (path === undefined || !dists.length) {
  console.error('Usage: npx vite-node tests/bench/render-cost.ts <path under the site> <distA> [distB…]');
  process.exit(2);
}
const runs = Math.max(1, Number(process.env.RENDER_COST_RUNS ?? 12));
const sites = await Promise.all(dists.map((d) => serveWithNginx(resolve(d))));
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });

/**
 * The main thread of the renderer that loaded the page: the one that parsed it or, when the trace names no URL, the
 * one that spent the most time laying out (other renderers in the trace are Chrome's own pages).
 */
function pageThread(events: TraceEvent[], siteUrl: string): TraceEvent[] {
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const threads = mains.map((m) => events.filter((e) => e.pid === m.pid && e.tid === m.tid && e.ph === 'X'));
  const parsed = threads.find((t) =>
    t.some((e) => e.name === 'ParseHTML' && (e.args?.beginData?.url ?? '').startsWith(siteUrl)),
  );
  const layout = (t: TraceEvent[]) => t.reduce((a, e) => a + (e.name === 'Layout' ? (e.dur ?? 0) : 0), 0);
  const busiest = threads.sort((a, b) => layout(b) - layout(a))[0];
  if (!parsed && !busiest) throw new Error(`No renderer main thread in the trace of ${siteUrl}${path}`);
  return (parsed ?? busiest)!;
}

async function measure(siteUrl: string): Promise<Record<string, number>> {
  const ctx = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
    serviceWorkers: 'block',
  });
  try {
    const page = await ctx.newPage();
    await browser.startTracing(page, {
      categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'],
    });
    await page.goto(siteUrl + path, { waitUntil: 'load' });
    await page.waitForTimeout(AFTER_LOAD_MS);
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
    const mine = pageThread(traceEvents, siteUrl);
    const ms = (e: TraceEvent) => (e.dur ?? 0) / 1000;
    const tasks = mine.filter((e) => e.name === 'RunTask').map(ms);
    const row: Record<string, number> = {};
    for (const c of COSTS) row[c] = mine.filter((e) => e.name === c).reduce((a, e) => a + ms(e), 0);
    row['longest task'] = Math.max(0, ...tasks);
    row['over 12.5 ms'] = tasks.filter((d) => d > 12.5).reduce((a, d) => a + d - 12.5, 0);
    return row;
  } finally {
    await ctx.close();
  }
}

const rows: Record<string, number>[][] = dists.map(() => []);
try {
  for (let i = 0; i < runs; i++) for (const [k, site] of sites.entries()) rows[k]!.push(await measure(site.url));
} finally {
  await browser.close();
  for (const s of sites) await s.close();
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1]!;
const columns = Object.keys(rows[0]![0]!);
console.log(`${path}: median ms over ${runs} loads each (no CPU throttling)\n`);
console.log(`| build | ${columns.join(' | ')} |\n| --- |${' ---: |'.repeat(columns.length)}`);
for (const [k, d] of dists.entries())
  console.log(`| ${d} | ${columns.map((c) => median(rows[k]!.map((r) => r[c]!)).toFixed(0)).join(' | ')} |`);
