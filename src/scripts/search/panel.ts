/**
 * Fills the header search panel for a query: the top results, partial matches under 只匹配到：…, and a
 * status line (计划中没有提到“…” when the plan has nothing). Loaded with the engine on first use, so
 * that every page ships only the <search-box> element itself.
 */
import type { Searcher } from '../../lib/search/engine/engine';
import { notMentioned, resultItem } from './render';
import { loadWhatItNeeds, sitePath } from './load';
import { EDITION, END, SEP, T, englishUnavailable } from './text';

const SHOWN = 6;

/** Searches and renders into the panel inside `root`; `again` runs when a table the query needs has loaded. */
export function fillPanel(root: HTMLElement, s: Searcher, q: string, again: () => void): void {
  const list = root.querySelector<HTMLElement>('.search-box__list')!;
  const status = root.querySelector<HTMLElement>('.search-box__status')!;
  const more = root.querySelector<HTMLAnchorElement>('.search-box__more')!;
  const partial = root.querySelector<HTMLElement>('[data-partial]')!;
  const o = s.search(q, {}, SHOWN);
  loadWhatItNeeds(s, o, again, () => {
    if ((root.querySelector('input')?.value ?? q) === q) status.textContent = englishUnavailable();
  });
  list.replaceChildren(...o.results.map((r) => resultItem(r, true)));
  partial.querySelector('ul')!.replaceChildren(...o.partial.map((r) => resultItem(r, true)));
  partial.hidden = o.partial.length === 0;
  partial.querySelector('p')!.textContent = T.onlyMatched(o.partialTerms);
  more.href = sitePath(`${EDITION === 'en' ? '/en' : ''}/search/?q=${encodeURIComponent(q)}`);
  more.hidden = !o.query;
  const missing = o.notInPlan.length ? notMentioned(o.notInPlan) : '';
  status.textContent = !o.query
    ? o.reason === 'unsearchable'
      ? T.unsearchable
      : ''
    : o.total
      ? `${T.found(o.total, SHOWN)}${missing ? `${SEP}${missing}` : ''}`
      : o.partial.length
        ? `${missing || T.noneWithAll}${END}`
        : missing
          ? `${missing}${END}`
          : T.nothingFor(o.query);
  // the query whose results are shown (what tests and scripts can await)
  root.dataset.rendered = q;
}
