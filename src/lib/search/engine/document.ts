/**
 * The document's own text outside the measures (the notice, the preamble, the part texts, the 抄送 block and
 * the one-line fields) as search addresses it: a key per passage in the index (IndexMeasure.d), a hit per
 * sentence (`part-1:s3`, `notice:s1`, `copy-to:s2`, `number`) and the anchor of that sentence on /plan/.
 */

/** Passages cut into sentences: their sentences are addressed `key:sN`. Other keys are one-line fields. */
const SENTENCED = /^(notice|preamble|recipients|copy-to|part-\d+)$/u;

/** The hit a result names: `part-1:s3` for sentence 3 of part 1's text, `number` for a one-line field. */
export function docHit(doc: string, sentence: number): string {
  return SENTENCED.test(doc) ? `${doc}:s${sentence}` : doc;
}

/** The anchor of a hit on /plan/ (and /en/plan/): part-1-s3, notice-s1, copy-to-s2; a part heading is #part-N,
 *  the notice's title #notice. */
export function docAnchor(hit: string): string {
  if (hit === 'notice-title') return 'notice';
  return hit.replace(/:heading$/u, '').replace(':', '-');
}
