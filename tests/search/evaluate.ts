import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadPlan } from '../helpers/content';
import { buildSearchData } from '../../src/lib/search/indexer/search-data';
import Fuse from 'fuse.js/basic';
import { Searcher, type Result } from '../../src/lib/search/engine/engine';
import { docHit } from '../../src/lib/search/engine/document';
import { EnglishSearcher } from '../../src/lib/search/engine/english';
import { loadEdition } from '../helpers/edition';
import { evaluate, type Evaluation, type Hit, type JudgedQuery } from './metrics';

/** The first judged set: people who use the plan's own words. */
export const DEV_SET = resolve(import.meta.dirname, 'dev-set.json');
/** The second judged set: people's own words, questions, pinyin as typed, slips, traps, out-of-plan queries. */
export const DEV_SET_2 = resolve(import.meta.dirname, 'dev-set-2.json');
/** English queries (judged by reading the translation and the Chinese), answered by the English engine. */
export const DEV_SET_EN = resolve(import.meta.dirname, 'dev-set-en.json');
/** Out-of-plan topics, generic-word traps, short names of bodies, English relief questions, the document's own sentences. */
export const DEV_SET_3 = resolve(import.meta.dirname, 'dev-set-3.json');
export const DEV_SETS = [DEV_SET, DEV_SET_2, DEV_SET_EN, DEV_SET_3];

type Stored = Omit<JudgedQuery, 'relevant'> & { relevant?: Hit[]; rel?: Hit[] };

/** A judged set; relevant measures under `relevant` or `rel`. */
export function readSet(path = DEV_SET): JudgedQuery[] {
  const stored = (JSON.parse(readFileSync(path, 'utf8')) as { queries: Stored[] }).queries;
  return stored.map(({ rel, relevant, ...q }) => ({ ...q, relevant: relevant ?? rel ?? [] }));
}

/** The engine as the site builds it, with the homophone table and fuse.js loaded (as the browser does on demand). */
export function siteSearcher(): Searcher {
  const data = buildSearchData(loadPlan(), loadEdition());
  const s = new Searcher(data.index);
  s.addHomophones(data.homophones);
  s.useFuse(Fuse);
  s.useEnglish(new EnglishSearcher(data.english));
  return s;
}

let shared: Searcher | undefined;

export function runEvaluation(path = DEV_SET): Evaluation {
  const s = (shared ??= siteSearcher());
  return evaluate(readSet(path), (q) => {
    const o = s.search(q, {}, 66);
    const full = o.results.map(hitOf);
    return { ranked: [...full, ...o.partial.map(hitOf)], full, notInPlan: o.notInPlan.length > 0 };
  });
}

/** What a result points at, in the judged sets' terms: a measure number, or the document sentence it links to. */
export function hitOf(r: Result): Hit {
  return r.doc ? docHit(r.doc, r.sentence) : r.n;
}
