/**
 * Lighthouse 12.2.3 (mobile preset: simulated slow 4G, 4× CPU slowdown) on every page type of the built
 * site (dist/), served by nginx with the repository's configuration (tests/e2e/nginx.ts), in Debian's
 * Chromium. Prints the four category scores and FCP, LCP, TBT, CLS per page. Reported, never pass/fail:
 * the goal (performance ≥ 95, TBT ≤ 200 ms, CLS ≤ 0.05, 100 elsewhere) holds on a quiet machine only.
 *
 * Part of `npm run bench`; alone: `npx vite-node tests/bench/lighthouse-cli.ts` (after `npm run build`),
 * or with page names to run a few: `npx vite-node tests/bench/lighthouse-cli.ts matrix relief`.
 * Each page is audited LIGHTHOUSE_RUNS times (default 3) and the median run reported.
 */
import { launch as launchChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from '../e2e/harness';
import { serveWithNginx } from '../e2e/nginx';
import type { Suite } from './suites';

/** One page of each type: name, path under the site's root. */
export const LIGHTHOUSE_PAGES: [string, string][] = [
  ['home', ''],
  ['measure', 'measures/23/'],
  ['plan', 'plan/'],
  ['English measure', 'en/measures/23/'],
  ['search ?q=', `search/?q=${encodeURIComponent('金融')}`],
  ['relief', 'relief/'],
  ['targets', 'targets/'],
  ['data', 'data/'],
  ['explore graph', 'explore/graph/'],
  ['explore matrix', 'explore/matrix/'],
  ['explore sectors', 'explore/sectors/'],
  ['agency', 'agencies/ndrc/'],
  // Lighthouse audits no page answered 404: the 404 page itself, as nginx serves it for any unknown path
  ['404', '404.html'],
];

export const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseRow {
  page: string;
  scores: number[];
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  failed: string[];
  /** Lighthouse's benchmarkIndex of the host during the run: higher is a faster CPU (under 1000, Lighthouse warns). */
  host: number;
}

/** One Lighthouse run of one page, as a row. */
export async function auditOnce(port: number, page: string, url: string): Promise<LighthouseRow> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
  if (!result) throw new Error(`Lighthouse gave no result for ${page}`);
  const { categories, audits, runtimeError } = result.lhr;
  const num = (id: string) => audits[id]?.numericValue ?? NaN;
  return {
    page,
    scores: CATEGORIES.map((c) => Math.round((categories[c]?.score ?? 0) * 100)),
    fcp: num('first-contentful-paint'),
    lcp: num('largest-contentful-paint'),
    tbt: num('total-blocking-time'),
    cls: num('cumulative-layout-shift'),
    host: result.lhr.environment.benchmarkIndex,
    // the audits that cost points outside performance (e.g. target-size, errors-in-console)
    failed: runtimeError
      ? [`${runtimeError.code}: ${runtimeError.message}`]
      : Object.values(categories)
          .filter((c) => c.id !== 'performance')
          .flatMap((c) => c.auditRefs.filter((r) => r.weight > 0 && (audits[r.id]?.score ?? 1) < 1).map((r) => r.id)),
  };
}

/**
 * The run with the median performance score of `runs` (Lighthouse's own advice: one run varies with the machine;
 * report the median of several). Ties keep the earlier run.
 */
export function medianRun(rows: LighthouseRow[]): LighthouseRow {
  const sorted = [...rows].sort((a, b) => a.scores[0]! - b.scores[0]! || a.tbt - b.tbt);
  return sorted[(sorted.length - 1) >> 1]!;
}

/**
 * Runs Lighthouse `runs` times (LIGHTHOUSE_RUNS, default 3) on each page of `pages` (all by default) and returns
 * one row each: the median run.
 */
export async function runLighthouse(
  dist: string,
  pages = LIGHTHOUSE_PAGES,
  runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3),
): Promise<LighthouseRow[]> {
  const site = await serveWithNginx(dist);
  const chrome = await launchChrome({ chromePath: findChromium(), chromeFlags: CHROME_FLAGS, logLevel: 'error' });
  const rows: LighthouseRow[] = [];
  try {
    for (const [page, path] of pages) {
      const each: LighthouseRow[] = [];
      for (let i = 0; i < Math.max(1, runs); i++) each.push(await auditOnce(chrome.port, page, site.url + path));
      rows.push(medianRun(each));
    }
  } finally {
    chrome.kill();
    await site.close();
  }
  return rows;
}

/** The rows as a Markdown table. */
export function lighthouseTable(rows: LighthouseRow[]): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  return [
    '| page | perf | a11y | best pr. | SEO | FCP | LCP | TBT | CLS | host | failed audits |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows.map(
      (r) =>
        `| ${r.page} | ${r.scores.join(' | ')} | ${s(r.fcp)} | ${s(r.lcp)} | ${Math.round(r.tbt)} ms | ` +
        `${r.cls.toFixed(3)} | ${Math.round(r.host)} | ${r.failed.join(', ')} |`,
    ),
  ].join('\n');
}

export const lighthouseSuite: Suite = {
  name: 'Lighthouse 12.2.3, mobile preset, served by nginx',
  async run({ dist }) {
    console.log(lighthouseTable(await runLighthouse(dist)));
  },
};
