import { resolve } from 'node:path';
import { formatEvaluation } from '../../src/lib/search/evaluate';
import { DEV_SET, runEvaluation } from './evaluate';

const path = process.argv.slice(2).find((a) => !a.startsWith('--'));
const e = runEvaluation(path ? resolve(path) : DEV_SET);
console.log(formatEvaluation(e));
const all = process.argv.includes('--all');
for (const q of e.queries) {
  if (all || q.firstRank !== 1 || q.trapsAbove.length) {
    console.log(`${q.firstRank === 1 ? ' ' : '✗'} [${q.kind}] ${q.q} → ${q.ranked.slice(0, 6).join(', ')} (relevant ${q.relevant.join(', ')}${q.traps ? `; traps ${q.traps.join(', ')}` : ''})`);
  }
}
