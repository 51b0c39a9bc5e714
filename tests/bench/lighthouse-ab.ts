/**
 * Two builds compared under the same load: `npx vite-node tests/bench/lighthouse-ab.ts <distA> <distB> [page names…]`
 * (absolute paths; e.g. a copy of dist/ before a change and dist/ after it). Each page of A and B is audited in turn,
 * LIGHTHOUSE_RUNS times each (default 5), and the table gives both medians with every run's TBT. This host's speed
 * drifts between minutes (see the bench's host column), so runs taken side by side compare a change better than two
 * tables taken apart.
 */
import { resolve } from 'node:path';
import { launch as launchChrome } from 'chrome-launcher';
import { findChromium } from '../e2e/harness';
import { serveWithNginx } from '../e2e/nginx';
import { auditOnce, CHROME_FLAGS, LIGHTHOUSE_PAGES, medianRun, type LighthouseRow } from './lighthouse';

const [a, b, ...names] = process.argv.slice(2).filter((x) => x !== '--');
if (!a || !b) {
  console.error('Usage: npx vite-node tests/bench/lighthouse-ab.ts <distA> <distB> [page names…]');
  process.exit(2);
}
const pages = names.length ? LIGHTHOUSE_PAGES.filter(([p]) => names.some((n) => p.includes(n))) : LIGHTHOUSE_PAGES;
const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 5));
const [siteA, siteB] = [await serveWithNginx(resolve(a)), await serveWithNginx(resolve(b))];
const chrome = await launchChrome({ chromePath: findChromium(), chromeFlags: CHROME_FLAGS, logLevel: 'error' });
const cell = (rows: LighthouseRow[]) => {
  const m = medianRun(rows);
  return `${m.scores[0]} / ${Math.round(m.tbt)} ms (${rows.map((r) => Math.round(r.tbt)).join(', ')})`;
};
console.log(`| page | A: perf / TBT (each run) | B: perf / TBT (each run) |\n| --- | --- | --- |`);
try {
  for (const [page, path] of pages) {
    const runsA: LighthouseRow[] = [];
    const runsB: LighthouseRow[] = [];
    for (let i = 0; i < runs; i++) {
      runsA.push(await auditOnce(chrome.port, page, siteA.url + path));
      runsB.push(await auditOnce(chrome.port, page, siteB.url + path));
    }
    console.log(`| ${page} | ${cell(runsA)} | ${cell(runsB)} |`);
  }
} finally {
  chrome.kill();
  await siteA.close();
  await siteB.close();
}
