/**
 * The /search/ page: the query and facets live in the URL (?q=…&part=…&sector=…&tf=…&agency=…),
 * results render as you type (full matches, then partial ones under 只匹配到：…, or 计划中没有提到“…”),
 * the back button restores earlier searches and the scroll position, arrow keys move through results.
 */
import { FACET_KEYS, type Facets, type Searcher } from '../../lib/search/engine/engine';
import { listKeys, notMentioned, resultItem } from './render';
import { loadSearcher, loadWhatItNeeds, warmWhenIdle } from './load';
import { SEP, T, englishUnavailable } from './text';

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
  const els = elements(root);
  // facets sit behind 筛选 on phones; on wider screens they are open
  els.filters.open = window.matchMedia('(min-width: 48rem)').matches;
  // the page restores the scroll position itself, once results are there (see restoreScroll)
  if ('scrollRestoration' in history) history.scrollRestoration = 'manual';

  let searcher: Searcher;
  els.status.textContent = T.loading;
  try {
    // the first query builds only the tables it needs; the rest wait for the reader (no long task while loading)
    searcher = await loadSearcher({ warm: false });
  } catch {
    els.status.textContent = T.indexFailed;
    return;
  }
  // the engine is built; the first answer comes in a task of its own, with a turn for the browser (input, paint)
  // between them, not in one long task with the download's end
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  root.dataset.ready = 'true';
  let warmed = false;
  const warm = () => {
    if (!warmed) warmWhenIdle(searcher);
    warmed = true;
  };
  for (const type of ['focusin', 'pointerdown', 'keydown'] as const)
    root.addEventListener(type, warm, { once: true, passive: true });

  const page = new SearchPage(els, searcher);
  page.listen();
  page.readUrl();
  // the answer is worked out in one task and shown in the next (a turn for the browser between them again)
  const first = page.answer();
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  page.render(false, first);
  page.retitle();
  page.restoreScroll();
}

/** An answer, with what it answers (query, facets, results shown): it is shown only while the form asks that. */
type Answer = { asked: string; outcome: ReturnType<Searcher['search']> };

type FacetKey = (typeof FACET_KEYS)[number];

/** The page's parts, found once. */
interface Elements {
  root: HTMLElement;
  form: HTMLFormElement;
  input: HTMLInputElement;
  selects: Record<FacetKey, HTMLSelectElement>;
  status: HTMLElement;
  list: HTMLElement;
  empty: HTMLElement;
  emptyText: HTMLElement;
  more: HTMLButtonElement;
  hits: HTMLElement;
  partialBox: HTMLElement;
  partialHeading: HTMLElement;
  partialList: HTMLElement;
  filters: HTMLDetailsElement;
}

function elements(root: HTMLElement): Elements {
  const form = root.querySelector<HTMLFormElement>('form')!;
  const empty = root.querySelector<HTMLElement>('[data-search-empty]')!;
  const partialBox = root.querySelector<HTMLElement>('[data-partial]')!;
  return {
    root,
    form,
    input: form.querySelector<HTMLInputElement>('input[name="q"]')!,
    selects: Object.fromEntries(
      FACET_KEYS.map((k) => [k, form.querySelector<HTMLSelectElement>(`select[name="${PARAM[k]}"]`)!]),
    ) as Record<FacetKey, HTMLSelectElement>,
    status: root.querySelector<HTMLElement>('[data-search-status]')!,
    list: root.querySelector<HTMLElement>('[data-search-results]')!,
    empty,
    emptyText: empty.querySelector<HTMLElement>('[data-empty-text]')!,
    more: root.querySelector<HTMLButtonElement>('[data-search-more]')!,
    hits: root.querySelector<HTMLElement>('[data-search-hits]')!,
    partialBox,
    partialHeading: partialBox.querySelector<HTMLElement>('[data-partial-heading]')!,
    partialList: partialBox.querySelector<HTMLElement>('[data-partial-results]')!,
    filters: root.querySelector<HTMLDetailsElement>('[data-search-filters]')!,
  };
}

/** The search page once the engine is loaded: URL state, rendering, history and scroll. */
class SearchPage {
  /** How many full results are shown. */
  private shown = PAGE;
  private lastPush = -Infinity;
  private urlTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly baseTitle = document.title;

  constructor(
    private readonly els: Elements,
    private readonly searcher: Searcher,
  ) {}

  /** The query and facets from the address bar. */
  readUrl(): void {
    const p = new URLSearchParams(location.search);
    this.els.input.value = p.get('q') ?? '';
    for (const k of FACET_KEYS) {
      const v = p.get(PARAM[k]) ?? '';
      const sel = this.els.selects[k];
      sel.value = [...sel.options].some((o) => o.value === v) ? v : '';
    }
  }

  private facets(): Facets {
    return Object.fromEntries(FACET_KEYS.map((k) => [k, this.els.selects[k].value || undefined]));
  }

  private urlFor(): string {
    const p = new URLSearchParams();
    const q = this.els.input.value.trim();
    if (q) p.set('q', q.slice(0, 200));
    for (const k of FACET_KEYS) if (this.els.selects[k].value) p.set(PARAM[k], this.els.selects[k].value);
    const qs = p.toString();
    return location.pathname + (qs ? `?${qs}` : '');
  }

  /** The search into the address bar: a new history entry, or (within a burst of typing) the same one. */
  private commit(mode: 'push' | 'burst'): void {
    this.retitle();
    const next = this.urlFor();
    if (next === location.pathname + location.search) return;
    const now = performance.now();
    if (mode === 'push' || now - this.lastPush > BURST_MS) history.pushState(null, '', next);
    else history.replaceState(null, '', next);
    this.lastPush = now;
  }

  /** What the form asks now: the query, the facets and how many results are shown. */
  private asked(): string {
    return JSON.stringify([this.els.input.value, this.facets(), this.shown]);
  }

  /** The answer to what the form asks now (shown by render). */
  answer(): Answer {
    this.shown = PAGE;
    return { asked: this.asked(), outcome: this.searcher.search(this.els.input.value, this.facets(), this.shown) };
  }

  /** Shows the answer to the form (`ready`: one worked out before, if the form still asks the same). */
  render(keep = false, ready?: Answer): void {
    const { els } = this;
    const q = els.input.value;
    if (!keep) this.shown = PAGE;
    const o =
      ready && ready.asked === this.asked() ? ready.outcome : this.searcher.search(q, this.facets(), this.shown);
    loadWhatItNeeds(
      this.searcher,
      o,
      () => {
        if (els.input.value === q) this.render(true);
      },
      () => {
        if (els.input.value === q) els.status.textContent = englishUnavailable();
      },
    );
    els.list.replaceChildren(...o.results.map((r) => resultItem(r)));
    els.more.hidden = o.total <= o.results.length;
    els.more.textContent = T.more(o.total);
    els.partialList.replaceChildren(...o.partial.map((r) => resultItem(r)));
    els.partialBox.hidden = o.partial.length === 0;
    els.partialHeading.textContent = T.onlyMatched(o.partialTerms);
    const filtered = FACET_KEYS.some((k) => els.selects[k].value);
    if (filtered) els.filters.open = true;
    this.describe(o, filtered);
    // the query whose results are shown (what tests and scripts can await)
    els.root.dataset.rendered = q;
  }

  /** The status line, and the empty state when nothing matches. */
  private describe(o: ReturnType<Searcher['search']>, filtered: boolean): void {
    const { els } = this;
    const missing = o.notInPlan.length ? notMentioned(o.notInPlan) : '';
    if (o.results.length || o.partial.length) {
      els.status.textContent = !o.query
        ? T.filtered(o.total)
        : o.results.length
          ? `${T.foundFor(o.total, o.query, o.results.length)}${missing ? `${SEP}${missing}` : ''}`
          : `${missing || T.noneWithAllOf(o.query)}${SEP}${T.partialBelow}`;
      els.empty.hidden = true;
    } else {
      els.status.textContent = !o.query
        ? filtered
          ? T.noFiltered
          : ''
        : missing
          ? T.missingNone(missing)
          : T.nothingForShort(o.query);
      els.emptyText.textContent =
        o.reason === 'unsearchable'
          ? T.emptyUnsearchable
          : o.query
            ? filtered
              ? T.emptyFiltered
              : missing
                ? T.emptyMissing
                : T.emptyOther
            : T.emptyStart;
      els.empty.hidden = false;
    }
  }

  retitle(): void {
    const q = this.els.input.value.trim().slice(0, 30);
    document.title = q ? `“${q}” · ${this.baseTitle}` : this.baseTitle;
  }

  /** Typing, facets, 显示更多, submit and reset, arrow keys, scroll and back/forward. */
  listen(): void {
    const { els } = this;
    // the URL follows once typing pauses (a burst of typing is one history entry)
    els.input.addEventListener('input', () => {
      this.render();
      clearTimeout(this.urlTimer);
      this.urlTimer = setTimeout(() => this.commit('burst'), 250);
    });
    els.more.addEventListener('click', () => {
      const from = this.shown;
      this.shown += 50;
      this.render(true);
      els.list.querySelectorAll<HTMLAnchorElement>('a.search-result__link')[from]?.focus();
    });
    const renderAndPush = () => {
      this.render();
      this.commit('push');
    };
    for (const k of FACET_KEYS) els.selects[k].addEventListener('change', renderAndPush);
    els.form.addEventListener('submit', (e) => {
      e.preventDefault();
      renderAndPush();
      els.list.querySelector<HTMLAnchorElement>('a')?.focus();
    });
    els.form.addEventListener('reset', () => setTimeout(renderAndPush));
    els.input.addEventListener('keydown', (e) => listKeys(els.hits, els.input, e));
    els.hits.addEventListener('keydown', (e) => listKeys(els.hits, els.input, e));
    this.keepScroll();
    window.addEventListener('popstate', () => {
      clearTimeout(this.urlTimer);
      this.readUrl();
      this.render();
      this.retitle();
      this.restoreScroll();
    });
  }

  /** The scroll position goes into the history entry, so coming back to these results lands where the reader was. */
  private keepScroll(): void {
    let scrollTimer: ReturnType<typeof setTimeout> | undefined;
    const saveScroll = () =>
      history.replaceState({ ...(history.state ?? {}), scrollY: window.scrollY, shown: this.shown }, '');
    window.addEventListener(
      'scroll',
      () => {
        clearTimeout(scrollTimer);
        scrollTimer = setTimeout(saveScroll, 150);
      },
      { passive: true },
    );
    window.addEventListener('pagehide', saveScroll);
  }

  restoreScroll(): void {
    const st = history.state as { scrollY?: number; shown?: number } | null;
    if (st?.shown && st.shown > this.shown) {
      this.shown = st.shown;
      this.render(true);
    }
    // (scrollTo lays the page out at once: not on a first visit, which opens at the top anyway)
    if (st?.scrollY || window.scrollY) window.scrollTo(0, st?.scrollY ?? 0);
  }
}
