/**
 * Scale bench (registered in tests/bench/suites.ts): builds the site with the measures copied N× in a
 * scratch folder (tests/bench/scale-content.ts) and prints build time, pages, dist/ size, the largest
 * page, and the measure pages' HTML — which must stay bounded (a measure page within 2× of its 1× size
 * at 10×). Reported, never pass/fail. Set BENCH_SCALE=1,10,30 to choose the factors (default 1,10).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runAstro } from '../helpers/astro';
import { scaledProject } from './scale-content';
import type { Suite } from './suites';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

function files(dir: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const path = join(e.parentPath, e.name);
      return { path: relative(dir, path), bytes: statSync(path).size };
    });
}

export interface ScaleRow {
  times: number;
  measures: number;
  seconds: number;
  pages: number;
  distBytes: number;
  largest: { path: string; bytes: number };
  measure1: number;
  measureMax: number;
  measureAvg: number;
}

export async function buildScaled(times: number): Promise<ScaleRow> {
  const project = scaledProject(times);
  try {
    const t0 = performance.now();
    const r = await runAstro(['build'], project.root, {}, 30 * 60_000);
    if (r.status !== 0) throw new Error(`astro build of the ${times}× content failed:\n${r.output.slice(-2000)}`);
    const seconds = (performance.now() - t0) / 1000;
    const all = files(join(project.root, 'dist'));
    const html = all.filter((f) => f.path.endsWith('.html'));
    const measurePages = html.filter((f) => /^measures\/\d+\/index\.html$/u.test(f.path));
    return {
      times,
      measures: project.measures,
      seconds,
      pages: html.length,
      distBytes: all.reduce((s, f) => s + f.bytes, 0),
      largest: html.reduce((a, b) => (b.bytes > a.bytes ? b : a)),
      measure1: measurePages.find((f) => f.path === 'measures/1/index.html')!.bytes,
      measureMax: Math.max(...measurePages.map((f) => f.bytes)),
      measureAvg: measurePages.reduce((s, f) => s + f.bytes, 0) / measurePages.length,
    };
  } finally {
    project.remove();
  }
}

export const scaleSuite: Suite = {
  name: 'Scale: the content copied N× (HTML bytes, not gzipped)',
  async run() {
    const factors = (process.env.BENCH_SCALE ?? '1,10').split(',').map(Number);
    const rows: ScaleRow[] = [];
    for (const n of factors) rows.push(await buildScaled(n));
    console.log(
      '| content | measures | build | pages | dist/ | largest page | /measures/1/ | measure page avg | measure page max |',
    );
    console.log('| ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |');
    for (const r of rows) {
      console.log(
        `| ${r.times}× | ${r.measures} | ${r.seconds.toFixed(1)} s | ${r.pages} | ${mb(r.distBytes)} | /${r.largest.path.replace(/index\.html$/u, '')} ${kb(r.largest.bytes)} | ${kb(r.measure1)} | ${kb(r.measureAvg)} | ${kb(r.measureMax)} |`,
      );
    }
    const one = rows.find((r) => r.times === 1);
    if (one) {
      for (const r of rows.filter((x) => x.times > 1)) {
        const ratio = r.measureMax / one.measureMax;
        console.log(
          `\nAt ${r.times}×: the largest measure page is ${ratio.toFixed(2)}× its 1× size (bound: 2×) — ${ratio <= 2 ? 'bounded' : 'NOT bounded'}; /measures/1/ ${(r.measure1 / one.measure1).toFixed(2)}×.`,
        );
      }
    }
  },
};
