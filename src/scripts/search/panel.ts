/**
 * Fills the header search panel for a query: the top results, partial matches under 只匹配到：…, and a
 * status line (计划中没有提到“…” when the plan has nothing). Loaded with the engine on first use, so
 * that every page ships only the <search-box> element itself.
 */
import type { Searcher } from '../../lib/search/engine';
import { notMentioned, resultItem } from './render';
import { loadWhatItNeeds, sitePath } from './load';

const SHOWN = 6;

/** Searches and renders into the panel inside `root`; `again` runs when a table the query needs has loaded. */
export function fillPanel(root: HTMLElement, s: Searcher, q: string, again: () => void): void {
  const list = root.querySelector<HTMLElement>('.search-box__list')!;
  const status = root.querySelector<HTMLElement>('.search-box__status')!;
  const more = root.querySelector<HTMLAnchorElement>('.search-box__more')!;
  const partial = root.querySelector<HTMLElement>('[data-partial]')!;
  const o = s.search(q, {}, SHOWN);
  loadWhatItNeeds(s, o, again);
  list.replaceChildren(...o.results.map((r) => resultItem(r, true)));
  partial.querySelector('ul')!.replaceChildren(...o.partial.map((r) => resultItem(r, true)));
  partial.hidden = o.partial.length === 0;
  partial.querySelector('p')!.textContent = `只匹配到：${o.partialTerms.join('、')}`;
  more.href = sitePath(`/search/?q=${encodeURIComponent(q)}`);
  more.hidden = !o.query;
  const missing = o.notInPlan.length ? notMentioned(o.notInPlan) : '';
  status.textContent = !o.query
    ? o.reason === 'unsearchable'
      ? '检索词里没有可检索的文字，请输入汉字、拼音或数字。'
      : ''
    : o.total
      ? `找到 ${o.total} 条措施${o.total > SHOWN ? `，显示前 ${SHOWN} 条` : ''}${missing ? `。${missing}` : ''}`
      : o.partial.length
        ? `${missing || '没有同时含有各个检索词的措施'}。`
        : missing
          ? `${missing}。`
          : `没有找到与“${o.query}”相关的措施。试试更短的词、拼音，或措施编号如“第12条”。`;
}
