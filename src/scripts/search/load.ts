/**
 * Loads the search engine and its static index once per page, on demand (first focus of a search
 * box, or the search page). The homophone table is fetched only when a query needs it.
 */
import type { Searcher } from '../../lib/search/engine';
import type { HomophoneTable, SearchIndex } from '../../lib/search/types';

const base = import.meta.env.BASE_URL.replace(/\/?$/u, '/');
let searcher: Promise<Searcher> | undefined;
let homophones: Promise<void> | undefined;

async function fetchJson<T>(file: string): Promise<T> {
  const res = await fetch(base + file);
  if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

export function loadSearcher(): Promise<Searcher> {
  searcher ??= Promise.all([import('../../lib/search/engine'), fetchJson<SearchIndex>('search-index.json')]).then(
    ([m, index]) => {
      const s = new m.Searcher(index);
      // build the engine's lookup tables while the reader is still reading
      const idle = window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 50));
      idle(() => s.warm());
      return s;
    },
  );
  searcher.catch(() => (searcher = undefined));
  return searcher;
}

/** Loads the homophone table into the searcher (once); resolves when it is there. */
export function loadHomophones(s: Searcher): Promise<void> {
  homophones ??= fetchJson<HomophoneTable>('search-homophones.json').then((t) => s.addHomophones(t));
  homophones.catch(() => (homophones = undefined));
  return homophones;
}

/** A root-relative site path with the base. */
export function sitePath(path: string): string {
  return base + path.replace(/^\//u, '');
}
