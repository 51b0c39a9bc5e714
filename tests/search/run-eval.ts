/**
 * Prints the search figures for the judged development sets (tests/search/dev-set.json and
 * dev-set-2.json): MRR, success@1 and recall@5 per kind, traps, out-of-plan queries, and every query that misses.
 * Run: npx vite-node tests/search/run-eval.ts [path/to/set.json] [--all]
 */
import { relative, resolve } from 'node:path';
import { formatEvaluation } from './metrics';
import { DEV_SETS, runEvaluation } from './evaluate';

const path = process.argv.slice(2).find((a) => !a.startsWith('--'));
const all = process.argv.includes('--all');
for (const set of path ? [resolve(path)] : DEV_SETS) {
  const e = runEvaluation(set);
  console.log(`\n## ${relative(process.cwd(), set)}\n`);
  console.log(formatEvaluation(e));
  for (const q of e.queries) {
    const ok = q.relevant.length ? q.firstRank === 1 && !q.trapsAbove.length : q.honest;
    if (all || !ok) {
      const what = q.relevant.length
        ? `relevant ${q.relevant.join(', ')}${q.traps ? `; traps ${q.traps.join(', ')}` : ''}`
        : 'not in the plan';
      console.log(`${ok ? ' ' : '✗'} [${q.kind}] ${q.q} → ${q.ranked.slice(0, 6).join(', ') || '(nothing)'} (${what})`);
    }
  }
}
