/**
 * The relief finder in the browser: reads the classification from the server-rendered cards in
 * <template id="relief-cards">, the choices from the URL, ranks with src/lib/site/relief-rank.ts and
 * shows copies of the matching cards. Keeps the URL in step (history.replaceState). Its words are the page's
 * edition's, from the form's data-t-* attributes (src/components/ReliefFinder.astro renders them from the dictionary).
 */
import type { Directness, FirmType, Industry, SupportType } from '../schemas/relief-vocab';
import {
  isEmptyQuery,
  parseQuery,
  queryString,
  rankMeasures,
  type FinderItem,
  type FinderQuery,
} from '../lib/site/relief-rank';

const form = document.getElementById('relief-finder') as HTMLFormElement | null;
const results = document.getElementById('relief-results');
const template = document.getElementById('relief-cards') as HTMLTemplateElement | null;
const grouped = document.getElementById('relief-by-type');
if (form && results && template && grouped) {
  const cards = new Map<number, HTMLElement>();
  const items: FinderItem[] = [];
  for (const card of template.content.querySelectorAll<HTMLElement>('[data-measure]')) {
    const measure = Number(card.dataset.measure);
    cards.set(measure, card);
    for (const li of card.querySelectorAll<HTMLElement>('[data-item]')) {
      const words = (s: string | undefined) => (s ? s.split(' ') : []);
      items.push({
        id: li.dataset.item!,
        measure,
        support: li.dataset.support as SupportType,
        industries: words(li.dataset.industries) as Industry[],
        firms: words(li.dataset.firms) as FirmType[],
        directness: li.dataset.directness as Directness,
      });
    }
  }
  const status = results.querySelector<HTMLElement>('[data-status]')!;
  const list = results.querySelector<HTMLElement>('[data-list]')!;
  const notice = form.querySelector<HTMLElement>('[data-ignored]')!;
  /** A message of the page's edition with {name}, {parts}, {n}, {list} filled in. */
  const msg = (name: string, vars: Record<string, string | number> = {}) =>
    (form.dataset[name] ?? '').replace(/\{(\w+)\}/gu, (_, k: string) => String(vars[k]));
  const labels = JSON.parse(form.dataset.tLabels!) as {
    industries: Record<Industry, string>;
    firms: Record<FirmType, string>;
    directness: Record<Directness, string>;
  };

  const matchText = (item: FinderItem, q: FinderQuery) => {
    const parts: string[] = [];
    if (q.industry)
      parts.push(
        item.industries.includes(q.industry) ? msg('tNamed', { name: labels.industries[q.industry] }) : msg('tGeneral'),
      );
    if (q.firm && item.firms.includes(q.firm)) parts.push(msg('tNamed', { name: labels.firms[q.firm] }));
    parts.push(labels.directness[item.directness]);
    return msg('tMatch', { parts: parts.join(msg('tPartSep')) });
  };

  const render = (q: FinderQuery) => {
    const empty = isEmptyQuery(q);
    grouped.hidden = !empty;
    results.hidden = empty;
    list.replaceChildren();
    if (empty) return;
    const ranked = rankMeasures(items, q);
    for (const r of ranked) {
      const card = cards.get(r.measure)!.cloneNode(true) as HTMLElement;
      const keep = new Set(r.items);
      for (const li of card.querySelectorAll<HTMLElement>('[data-item]')) li.hidden = !keep.has(li.dataset.item!);
      const best = items.find((i) => i.id === r.items[0])!;
      const match = card.querySelector<HTMLElement>('[data-match]')!;
      match.textContent = matchText(best, q);
      match.hidden = false;
      list.append(card);
    }
    status.textContent = ranked.length ? msg('tFound', { n: ranked.length }) : msg('tNone');
  };

  const read = (): FinderQuery => {
    const data = new FormData(form);
    return parseQuery(new URLSearchParams([...data.entries()].map(([k, v]) => [k, String(v)])).toString()).query;
  };
  const setControls = (q: FinderQuery) => {
    for (const key of ['industry', 'firm'] as const) {
      const select = form.elements.namedItem(key) as HTMLSelectElement;
      select.value = q[key] ?? '';
    }
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name="support"]'))
      box.checked = q.supports?.includes(box.value as SupportType) ?? false;
  };

  const initial = parseQuery(location.search);
  if (initial.ignored.length) {
    notice.textContent = msg('tIgnored', { list: initial.ignored.join(msg('tIgnoredSep')) });
    notice.hidden = false;
  }
  setControls(initial.query);
  render(initial.query);

  const update = () => {
    const q = read();
    history.replaceState(null, '', `${location.pathname}${queryString(q)}${location.hash}`);
    notice.hidden = true;
    render(q);
  };
  form.addEventListener('change', update);
  form.addEventListener('reset', () => setTimeout(update));
  // the kind-of-help chips above the grouped view (anchors to each group without JavaScript) filter by that kind
  for (const chip of grouped.querySelectorAll<HTMLAnchorElement>('a[data-support]')) {
    chip.addEventListener('click', (e) => {
      e.preventDefault();
      setControls({ ...read(), supports: [chip.dataset.support as SupportType] });
      update();
      form.scrollIntoView({ block: 'start' });
    });
  }
  // the language switch keeps the choices and the place: /relief/?industry=catering ↔ /en/relief/?industry=catering
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch="same"]'))
    a.addEventListener('click', () => {
      a.search = location.search;
      a.hash = location.hash;
    });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    update();
  });
}
