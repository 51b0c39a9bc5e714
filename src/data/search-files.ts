/**
 * The search index and homophone table as files named after their content
 * (/search-data/index.<hash>.json), so they can be cached as immutable (src/lib/build/headers.ts) and a
 * content update is never served from an old copy. Built once per build.
 */
import type { APIContext, APIRoute } from 'astro';
import { contentAddressedName } from '../lib/build/content-address';
import { url } from './plan';
import { GET as indexFile } from '../pages/search-index.json.ts';
import { GET as homophonesFile } from '../pages/search-homophones.json.ts';
import { GET as englishFile } from '../pages/search-index-en.json.ts';

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

/** The same bytes as the fixed-name endpoints (/search-index.json, kept for whoever links to them). */
async function file(stem: string, endpoint: APIRoute): Promise<SearchFile> {
  const body = await (await endpoint({} as APIContext)).text();
  return { name: contentAddressedName(stem, 'json', body), body };
}

async function load() {
  const [index, homophones, english] = await Promise.all([
    file('index', indexFile),
    file('homophones', homophonesFile),
    file('english', englishFile),
  ]);
  return { index, homophones, english };
}

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
