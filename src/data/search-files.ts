/**
 * The search index and homophone table as files named after their content
 * (/search-data/index.<hash>.json), so they can be cached as immutable (src/lib/build/headers.ts) and a
 * content update is never served from an old copy. Built once per build.
 */
import { contentAddressedName } from '../lib/build/content-address';
import { buildSearchData } from '../lib/search/indexer/search-data';
import { getEdition, getPlan } from './plan';
import { url } from './site-url';

export const SEARCH_DATA_DIR = 'search-data/';

export interface SearchFile {
  /** File name inside /search-data/. */
  name: string;
  /** The JSON text. */
  body: string;
}

/** The Chinese index, the homophone table and the English index (fetched only for an English query). */
export interface SearchFiles {
  index: SearchFile;
  homophones: SearchFile;
  english: SearchFile;
}

let cached: Promise<SearchFiles> | undefined;

function file(stem: string, data: unknown): SearchFile {
  const body = JSON.stringify(data);
  return { name: contentAddressedName(stem, 'json', body), body };
}

async function load(): Promise<SearchFiles> {
  const data = buildSearchData(await getPlan(), await getEdition());
  return {
    index: file('index', data.index),
    homophones: file('homophones', data.homophones),
    english: file('english', data.english),
  };
}

/**
 * The three files, built once per build: the content-addressed copies (/search-data/) and the fixed-name
 * endpoints (/search-index.json …, kept for whoever links to them) serve the same bytes.
 */
export function searchFiles(): Promise<SearchFiles> {
  cached ??= load();
  return cached;
}

/** The URLs (with the base) the browser fetches the files from. */
export async function searchFileUrls(): Promise<Record<keyof SearchFiles, string>> {
  const f = await searchFiles();
  const at = (x: SearchFile) => url(`/${SEARCH_DATA_DIR}${x.name}`);
  return { index: at(f.index), homophones: at(f.homophones), english: at(f.english) };
}
