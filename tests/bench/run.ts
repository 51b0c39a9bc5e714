/**
 * npm run bench — speed and size, reported, never pass/fail.
 * Prints the production build time and, for each page type, the gzipped bytes it ships.
 * Other benches (search, explorer) register themselves in tests/bench/suites.ts.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pageWeight } from '../helpers/page-weight';
import { ASTRO_BIN, buildEnv } from '../helpers/astro';
import { SUITES } from './suites';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function build(): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [ASTRO_BIN, 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: buildEnv(),
  });
  if (r.status !== 0) throw new Error('astro build failed');
  return performance.now() - t0;
}

/** One representative page per page type; extended as page types are added. */
export const PAGE_TYPES: [string, string][] = [
  ['home', 'index.html'],
  ['measure', 'measures/1/index.html'],
  ['explore hub', 'explore/index.html'],
  ['explore graph', 'explore/graph/index.html'],
  ['explore matrix', 'explore/matrix/index.html'],
  ['explore sectors', 'explore/sectors/index.html'],
  ['relief finder', 'relief/index.html'],
  ['targets', 'targets/index.html'],
  ['open data', 'data/index.html'],
  ['plan (whole document)', 'plan/index.html'],
  ['measure list', 'measures/index.html'],
  ['measure list filtered', 'measures/agency/ndrc/index.html'],
  ['part', 'parts/3/index.html'],
  ['sector', 'sectors/finance/index.html'],
  ['task force', 'task-forces/finance/index.html'],
  ['agencies', 'agencies/index.html'],
  ['agency', 'agencies/ndrc/index.html'],
  ['about', 'about/index.html'],
  ['404', '404.html'],
  ['search', 'search/index.html'],
  ['English home', 'en/index.html'],
  ['English measure (with the Chinese)', 'en/measures/1/index.html'],
  ['English full text', 'en/plan/index.html'],
  ['English glossary', 'en/glossary/index.html'],
];

async function main() {
  const ms = build();
  console.log(`\n## Build\n\nastro build: ${(ms / 1000).toFixed(1)} s\n`);
  console.log('## Bytes shipped on load (gzipped)\n');
  console.log('| page type | path | HTML | CSS | JS | total |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: |');
  for (const [type, page] of PAGE_TYPES) {
    const w = pageWeight(DIST, page);
    console.log(
      `| ${type} | /${page.replace(/index\.html$/u, '')} | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.js)} | ${kb(w.html + w.css + w.js)} |`,
    );
  }
  for (const suite of SUITES) {
    console.log(`\n## ${suite.name}\n`);
    await suite.run({ root: ROOT, dist: DIST });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
