/**
 * Every UI string of the site, one dictionary per language (zh/, en/) with the same keys: each English section is
 * typed by its Chinese section, and the English dictionary by the Chinese one, so a missing or extra key is a type
 * error (`npm run check`). Pages read their edition's dictionary as `Astro.locals.edition.t`
 * (src/data/edition-context.ts); islands receive the strings they need from the page; the search scripts import
 * their own section (search-script.ts, which imports nothing).
 *
 * Adding strings: add the key to the area's file in zh/ (and its interface), then to the same file in en/.
 * A new area: a file in each folder, exported from both index.ts files.
 */
import * as zh from './zh';
import * as en from './en';
import type { Lang } from '../i18n';

export type Dictionary = typeof zh;

export const DICTIONARIES: Record<Lang, Dictionary> = { zh, en };
