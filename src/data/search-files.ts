/**
 * The search index and homophone table as files named after their content
 * (/search-data/index.<hash>.json), so they can be cached as immutable (src/lib/headers.ts) and a
 * content update is never served from an old copy. Built once per build.
 */
import type { APIContext, APIRoute } from 'astro';
import { contentAddressedName } from '../lib/content-address';
import { url } from './plan';
import { GET as indexFile } from '../pages/search-index.json.ts';
import { GET as homophonesFile } from '../pages/search-homophones.json.ts';

export const SEARCH_DATA_DIR = 'search-data/';

export interface SearchFile {
  /** File name inside /search-data/. */
  name: string;
  /** The JSON text. */
  body: string;
}

let cached: Promise<{ index: SearchFile; homophones: SearchFile }> | undefined;

/** The same bytes as the fixed-name endpoints (/search-index.json, kept for whoever links to them). */
async function file(stem: string, endpoint: APIRoute): Promise<SearchFile> {
  const body = await (await endpoint({} as APIContext)).text();
  return { name: contentAddressedName(stem, 'json', body), body };
}

async function load() {
  const [index, homophones] = await Promise.all([file('index', indexFile), file('homophones', homophonesFile)]);
  return { index, homophones };
}

export function searchFiles(): Promise<{ index: SearchFile; homophones: SearchFile }> {
  cached ??= load();
  return cached;
}

/** The URLs (with the base) the browser fetches the two files from. */
export async function searchFileUrls(): Promise<{ index: string; homophones: string }> {
  const f = await searchFiles();
  return { index: url(`/${SEARCH_DATA_DIR}${f.index.name}`), homophones: url(`/${SEARCH_DATA_DIR}${f.homophones.name}`) };
}
