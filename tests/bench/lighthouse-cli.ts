/**
 * Lighthouse alone, after `npm run build`: `npx vite-node tests/bench/lighthouse-cli.ts [page names…]` prints the
 * table of tests/bench/lighthouse.ts for every page type, or for those whose name contains one of the arguments
 * (`… lighthouse-cli.ts matrix relief`). LIGHTHOUSE_RUNS=5 audits each page five times (median reported).
 */
import { join, resolve } from 'node:path';
import { LIGHTHOUSE_PAGES, lighthouseTable, runLighthouse } from './lighthouse';

const names = process.argv.slice(2).filter((a) => a !== '--');
const pages = names.length ? LIGHTHOUSE_PAGES.filter(([p]) => names.some((n) => p.includes(n))) : LIGHTHOUSE_PAGES;
if (!pages.length) {
  console.error(`No page type matches ${names.join(', ')}. Page types: ${LIGHTHOUSE_PAGES.map(([p]) => p).join(', ')}`);
  process.exit(2);
}
const dist = join(resolve(import.meta.dirname, '../..'), 'dist');
runLighthouse(dist, pages)
  .then((rows) => console.log(lighthouseTable(rows)))
  .catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
