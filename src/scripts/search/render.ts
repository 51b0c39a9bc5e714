/**
 * Renders search results as DOM nodes. Text goes in through textContent only — never innerHTML —
 * so nothing a user types can become markup.
 */
import type { Result } from '../../lib/search/engine/engine';
import { docAnchor, docHit } from '../../lib/search/engine/document';
import { sitePath } from './load';
import { EDITION, T } from './text';

/** The sentence in the page's edition: /measures/N/#sK on Chinese pages, /en/measures/N/#sK on English ones;
 *  a sentence of the document's other text: /plan/#part-1-s3 (/en/plan/#part-1-s3). */
export function resultHref(r: Result): string {
  const ed = EDITION === 'en' ? '/en' : '';
  if (r.doc) return sitePath(`${ed}/plan/#${docAnchor(docHit(r.doc, r.sentence))}`);
  return sitePath(`${ed}/measures/${r.n}/#s${r.sentence}`);
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The snippet: plain text with the matched words in <mark>. */
export function snippet(r: Result): HTMLElement {
  const p = el('span', 'search-snippet');
  for (const seg of r.snippet) p.append(seg.hit ? el('mark', undefined, seg.text) : document.createTextNode(seg.text));
  return p;
}

/** One result: a link (number, title) and the snippet of the best-matching sentence. */
export function resultItem(r: Result, compact = false): HTMLLIElement {
  const li = el('li', 'search-result');
  const a = el('a', 'search-result__link');
  a.href = resultHref(r);
  if (r.doc) a.dataset.doc = docHit(r.doc, r.sentence);
  else a.dataset.n = String(r.n);
  const title = el('span', 'search-result__title', r.title);
  const snip = snippet(r);
  // text in the other language than the page's is marked as such (an English result on a Chinese page)
  const textLang = r.lang === 'en' ? 'en' : 'zh-CN';
  if (textLang !== document.documentElement.lang) for (const e of [title, snip]) e.lang = textLang;
  if (r.doc) a.append(title);
  else a.append(el('span', 'search-result__n', T.number(r.n)), ' ', title);
  if (compact) {
    a.append(el('br'), snip);
    li.append(a);
  } else {
    const p = el('p', 'search-result__snippet');
    p.append(snip);
    li.append(a, p);
  }
  return li;
}

/** 计划中没有提到“专项债”“…” (The plan does not mention “…” on English pages) */
export function notMentioned(words: string[]): string {
  return T.notMentioned(words);
}

/** Arrow keys move between the links of a result list; Escape goes back to the box. */
export function listKeys(list: HTMLElement, input: HTMLInputElement, e: KeyboardEvent): void {
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a.search-result__link')];
  if (!links.length) return;
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  let next = -2;
  if (e.key === 'ArrowDown') next = at < 0 ? 0 : Math.min(at + 1, links.length - 1);
  else if (e.key === 'ArrowUp') next = at <= 0 ? -1 : at - 1;
  else if (e.key === 'Home' && at >= 0) next = 0;
  else if (e.key === 'End' && at >= 0) next = links.length - 1;
  else if (e.key === 'Escape' && at >= 0) next = -1;
  if (next === -2) return;
  e.preventDefault();
  if (next === -1) input.focus();
  else links[next]!.focus();
}
