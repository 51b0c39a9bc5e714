/**
 * Prints the search figures for the judged development set (tests/search/dev-set.json):
 * MRR, success@1 and recall@5 per kind, and every query that misses.
 * Run: npx vite-node tests/search/run-eval.ts [path/to/set.json] [--all]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadPlan } from '../helpers/content';
import { buildHomophones, buildSearchIndex } from '../../src/lib/search/build';
import { Searcher } from '../../src/lib/search/engine';
import { evaluate, type Evaluation, type JudgedQuery } from '../../src/lib/search/evaluate';

export const DEV_SET = resolve(import.meta.dirname, 'dev-set.json');

export function readSet(path = DEV_SET): JudgedQuery[] {
  return (JSON.parse(readFileSync(path, 'utf8')) as { queries: JudgedQuery[] }).queries;
}

/** The engine as the site builds it, with the homophone table loaded (as the browser does on demand). */
export function siteSearcher(): Searcher {
  const plan = loadPlan();
  const s = new Searcher(buildSearchIndex(plan));
  s.addHomophones(buildHomophones(plan));
  return s;
}

export function runEvaluation(path = DEV_SET): Evaluation {
  const s = siteSearcher();
  return evaluate(readSet(path), (q) => s.search(q, {}, 66).results.map((r) => r.n));
}
