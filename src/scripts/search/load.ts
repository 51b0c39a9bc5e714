/**
 * Loads the search engine and its static index once per page, on demand (first focus of a search
 * box, or the search page). The homophone table, fuse.js and the English engine with its index are
 * fetched only when a query needs them.
 */
import type { Searcher } from '../../lib/search/engine/engine';
import type { HomophoneTable, SearchIndex } from '../../lib/search/engine/types';
import type { EnglishIndex } from '../../lib/search/engine/english';

const base = import.meta.env.BASE_URL.replace(/\/?$/u, '/');
let searcher: Promise<Searcher> | undefined;
let homophones: Promise<void> | undefined;

/** A content-addressed file URL the header search box carries (src/data/search-files.ts); else the fixed name. */
const FIXED = { index: 'search-index.json', homophones: 'search-homophones.json', english: 'search-index-en.json' };
const fileUrl = (name: keyof typeof FIXED) =>
  document.querySelector<HTMLElement>('search-box')?.getAttribute(`data-search-${name}`) ?? `${base}${FIXED[name]}`;

async function fetchJson<T>(file: string): Promise<T> {
  const res = await fetch(file);
  if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

const idle = (f: () => void) => (window.requestIdleCallback ? window.requestIdleCallback(f) : setTimeout(f, 50));

/**
 * Builds the engine's lookup tables while the reader is still reading: one table per idle period, so no step
 * blocks the page for long (together they take a few hundred milliseconds on a slow phone).
 */
export function warmWhenIdle(s: Searcher): void {
  const steps = s.warmSteps();
  const next = () => {
    steps.shift()?.();
    if (steps.length) idle(next);
  };
  idle(next);
}

/**
 * The engine with the plan's index, loaded once. `warm: false` leaves the lookup tables to the first query or to
 * warmWhenIdle (the search page warms them once the reader interacts, not during its first load).
 */
export function loadSearcher({ warm = true }: { warm?: boolean } = {}): Promise<Searcher> {
  searcher ??= Promise.all([import('../../lib/search/engine/engine'), fetchJson<SearchIndex>(fileUrl('index'))]).then(
    ([m, index]) => {
      const s = new m.Searcher(index);
      if (warm) warmWhenIdle(s);
      return s;
    },
  );
  searcher.catch(() => (searcher = undefined));
  return searcher;
}

let fuzzy: Promise<void> | undefined;

/** Loads fuse.js into the searcher (once), for slips nothing else explains; resolves when it is there. */
export function loadFuzzy(s: Searcher): Promise<void> {
  fuzzy ??= import('fuse.js/basic').then((m) => s.useFuse(m.default));
  fuzzy.catch(() => (fuzzy = undefined));
  return fuzzy;
}

/**
 * What a query still needs (homophone table, fuzzy layer, English index): loads it, then calls `again` (search once
 * more); `englishFailed` when the English index cannot be had (offline before it was stored, say).
 */
export function loadWhatItNeeds(
  s: Searcher,
  o: { needsHomophones?: boolean; needsFuzzy?: boolean; needsEnglish?: boolean },
  again: () => void,
  englishFailed?: () => void,
): void {
  const waits: Promise<void>[] = [];
  if (o.needsEnglish && !s.englishLoaded) {
    const en = loadEnglish(s);
    en.catch(() => englishFailed?.());
    waits.push(en);
  }
  if (o.needsHomophones && !s.homophonesLoaded) waits.push(loadHomophones(s));
  if (o.needsFuzzy && !s.fuzzyLoaded) waits.push(loadFuzzy(s));
  if (waits.length) void Promise.all(waits).then(again, () => {});
}

let english: Promise<void> | undefined;

/** Loads the English engine and its index (/search-index-en.json) into the searcher (once), for English queries. */
export function loadEnglish(s: Searcher): Promise<void> {
  english ??= Promise.all([
    import('../../lib/search/engine/english'),
    fetchJson<EnglishIndex>(fileUrl('english')),
  ]).then(([m, index]) => s.useEnglish(new m.EnglishSearcher(index)));
  english.catch(() => (english = undefined));
  return english;
}

/** Loads the homophone table into the searcher (once); resolves when it is there. */
export function loadHomophones(s: Searcher): Promise<void> {
  homophones ??= fetchJson<HomophoneTable>(fileUrl('homophones')).then((t) => s.addHomophones(t));
  homophones.catch(() => (homophones = undefined));
  return homophones;
}

/** A root-relative site path with the base. */
export function sitePath(path: string): string {
  return base + path.replace(/^\//u, '');
}
