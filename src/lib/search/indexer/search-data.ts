/**
 * Build-time only: the three files the search box fetches, computed together from the plan and the English
 * edition: the Chinese index (with the English sentences' words for cross-language hits), the homophone
 * table and the English index. src/data/search-files.ts calls this once per build; tests call it too.
 */
import type { Edition } from '../../i18n/edition';
import type { Plan } from '../../model/model';
import type { EnglishIndex } from '../engine/english';
import type { HomophoneTable, SearchIndex } from '../engine/types';
import { buildHomophones, buildSearchIndex } from './build';
import { buildEnglishIndex, plainEnglish } from './english-build';

export interface SearchData {
  index: SearchIndex;
  homophones: HomophoneTable;
  english: EnglishIndex;
}

export function buildSearchData(plan: Plan, edition: Edition): SearchData {
  const englishTexts = [...edition.measures.values()].flatMap((m) => m.sentences.map(plainEnglish));
  return {
    index: buildSearchIndex(plan, englishTexts),
    homophones: buildHomophones(plan),
    english: buildEnglishIndex(plan, edition),
  };
}
