/**
 * The /search/ page: the query and facets live in the URL (?q=…&part=…&sector=…&tf=…&agency=…),
 * results render as you type (full matches, then partial ones under 只匹配到：…, or 计划中没有提到“…”),
 * the back button restores earlier searches and the scroll position, arrow keys move through results.
 */
import { FACET_KEYS, type Facets, type Searcher } from '../../lib/search/engine/engine';
import { listKeys, notMentioned, resultItem } from './render';
import { loadSearcher, loadWhatItNeeds } from './load';
import { SEP, T } from './text';

const PARAM: Record<(typeof FACET_KEYS)[number], string> = {
  part: 'part',
  sector: 'sector',
  taskForce: 'tf',
  agency: 'agency',
};
/** Results rendered at first; 显示更多 adds more. */
const PAGE = 20;
/** A pause longer than this starts a new history entry; keystrokes within one burst replace it. */
const BURST_MS = 1200;

const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) void start(root);

async function start(root: HTMLElement) {
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const selects = Object.fromEntries(
    FACET_KEYS.map((k) => [k, form.querySelector<HTMLSelectElement>(`select[name="${PARAM[k]}"]`)!]),
  ) as Record<(typeof FACET_KEYS)[number], HTMLSelectElement>;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLElement>('[data-search-results]')!;
  const empty = root.querySelector<HTMLElement>('[data-search-empty]')!;
  const emptyText = empty.querySelector<HTMLElement>('[data-empty-text]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const hits = root.querySelector<HTMLElement>('[data-search-hits]')!;
  const partialBox = root.querySelector<HTMLElement>('[data-partial]')!;
  const partialHeading = partialBox.querySelector<HTMLElement>('[data-partial-heading]')!;
  const partialList = partialBox.querySelector<HTMLElement>('[data-partial-results]')!;
  const filters = root.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
  // facets sit behind 筛选 on phones; on wider screens they are open
  const wide = window.matchMedia('(min-width: 48rem)');
  filters.open = wide.matches;
  // the page restores the scroll position itself, once results are there (see below)
  if ('scrollRestoration' in history) history.scrollRestoration = 'manual';

  let searcher: Searcher;
  status.textContent = T.loading;
  try {
    searcher = await loadSearcher();
  } catch {
    status.textContent = T.indexFailed;
    return;
  }
  root.dataset.ready = 'true';

  const readUrl = () => {
    const p = new URLSearchParams(location.search);
    input.value = p.get('q') ?? '';
    for (const k of FACET_KEYS) {
      const v = p.get(PARAM[k]) ?? '';
      const sel = selects[k];
      sel.value = [...sel.options].some((o) => o.value === v) ? v : '';
    }
  };
  const facets = (): Facets => Object.fromEntries(FACET_KEYS.map((k) => [k, selects[k].value || undefined]));
  const urlFor = () => {
    const p = new URLSearchParams();
    if (input.value.trim()) p.set('q', input.value.trim().slice(0, 200));
    for (const k of FACET_KEYS) if (selects[k].value) p.set(PARAM[k], selects[k].value);
    const qs = p.toString();
    return location.pathname + (qs ? `?${qs}` : '');
  };

  let lastPush = -Infinity;
  const commit = (mode: 'push' | 'burst') => {
    retitle();
    const next = urlFor();
    if (next === location.pathname + location.search) return;
    const now = performance.now();
    if (mode === 'push' || now - lastPush > BURST_MS) history.pushState(null, '', next);
    else history.replaceState(null, '', next);
    lastPush = now;
  };

  let shown = PAGE;
  const render = (keep = false) => {
    const q = input.value;
    if (!keep) shown = PAGE;
    const o = searcher.search(q, facets(), shown);
    loadWhatItNeeds(searcher, o, () => {
      if (input.value === q) render(true);
    });
    list.replaceChildren(...o.results.map((r) => resultItem(r)));
    more.hidden = o.total <= o.results.length;
    more.textContent = T.more(o.total);
    partialList.replaceChildren(...o.partial.map((r) => resultItem(r)));
    partialBox.hidden = o.partial.length === 0;
    partialHeading.textContent = T.onlyMatched(o.partialTerms);
    const filtered = FACET_KEYS.some((k) => selects[k].value);
    if (filtered) filters.open = true;
    const missing = o.notInPlan.length ? notMentioned(o.notInPlan) : '';
    if (o.results.length || o.partial.length) {
      status.textContent = !o.query
        ? T.filtered(o.total)
        : o.results.length
          ? `${T.foundFor(o.total, o.query, o.results.length)}${missing ? `${SEP}${missing}` : ''}`
          : `${missing || T.noneWithAllOf(o.query)}${SEP}${T.partialBelow}`;
      empty.hidden = true;
    } else {
      status.textContent = !o.query
        ? filtered
          ? T.noFiltered
          : ''
        : missing
          ? T.missingNone(missing)
          : T.nothingForShort(o.query);
      emptyText.textContent =
        o.reason === 'unsearchable'
          ? T.emptyUnsearchable
          : o.query
            ? filtered
              ? T.emptyFiltered
              : missing
                ? T.emptyMissing
                : T.emptyOther
            : T.emptyStart;
      empty.hidden = false;
    }
    // the query whose results are shown (what tests and scripts can await)
    root.dataset.rendered = q;
  };
  const baseTitle = document.title;
  const retitle = () => {
    const q = input.value.trim().slice(0, 30);
    document.title = q ? `“${q}” · ${baseTitle}` : baseTitle;
  };

  // the URL follows once typing pauses (a burst of typing is one history entry)
  let urlTimer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    render();
    clearTimeout(urlTimer);
    urlTimer = setTimeout(() => commit('burst'), 250);
  });
  more.addEventListener('click', () => {
    const from = shown;
    shown += 50;
    render(true);
    list.querySelectorAll<HTMLAnchorElement>('a.search-result__link')[from]?.focus();
  });
  for (const k of FACET_KEYS)
    selects[k].addEventListener('change', () => {
      render();
      commit('push');
    });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    render();
    commit('push');
    list.querySelector<HTMLAnchorElement>('a')?.focus();
  });
  form.addEventListener('reset', () =>
    setTimeout(() => {
      render();
      commit('push');
    }),
  );
  input.addEventListener('keydown', (e) => listKeys(hits, input, e));
  hits.addEventListener('keydown', (e) => listKeys(hits, input, e));
  // the scroll position goes into the history entry, so coming back to these results lands where the reader was
  let scrollTimer: ReturnType<typeof setTimeout> | undefined;
  const saveScroll = () => history.replaceState({ ...(history.state ?? {}), scrollY: window.scrollY, shown }, '');
  window.addEventListener(
    'scroll',
    () => {
      clearTimeout(scrollTimer);
      scrollTimer = setTimeout(saveScroll, 150);
    },
    { passive: true },
  );
  window.addEventListener('pagehide', saveScroll);
  const restoreScroll = () => {
    const st = history.state as { scrollY?: number; shown?: number } | null;
    if (st?.shown && st.shown > shown) {
      shown = st.shown;
      render(true);
    }
    window.scrollTo(0, st?.scrollY ?? 0);
  };
  window.addEventListener('popstate', () => {
    clearTimeout(urlTimer);
    readUrl();
    render();
    retitle();
    restoreScroll();
  });

  readUrl();
  render();
  retitle();
  restoreScroll();
}
