/** The search scripts' words in English; same keys as ../zh/search-script.ts (imports nothing but its type). */
import type { SearchScriptText } from '../zh/search-script';

const quote = (w: string) => `“${w}”`;
const measures = (n: number) => `${n} measure${n === 1 ? '' : 's'}`;
const showing = (n: number, shown: number) => (n > shown ? `, showing the first ${shown}` : '');

export const searchScript: SearchScriptText = {
  loading: 'Loading search…',
  indexFailed: 'The search index could not be loaded. Reload the page, or browse the list of measures.',
  number: (n) => `Measure ${n}`,
  notMentioned: (words) => `The plan does not mention ${words.map(quote).join(', ')}`,
  onlyMatched: (terms) => `Only matching: ${terms.join(', ')}`,
  unsearchable: 'Nothing searchable in that: type English words, Chinese, pinyin or a measure number.',
  found: (n, shown) => `${measures(n)} found${showing(n, shown)}`,
  foundFor: (n, q, shown) => `${measures(n)} found for “${q}”${showing(n, shown)}`,
  noneWithAll: 'No measure has all of the words',
  noneWithAllOf: (q) => `No measure has all the words of “${q}”`,
  partialBelow: 'Below are measures with some of the words',
  nothingFor: (q) =>
    `Nothing found for “${q}”. Try a shorter word, Chinese or pinyin, or a measure number such as “12”.`,
  nothingForShort: (q) => `Nothing found for “${q}”`,
  filtered: (n) => `${measures(n)} match the filters`,
  noFiltered: 'No measure matches the filters',
  missingNone: (missing) => `${missing}; no related measure found`,
  more: (n) => `Show more (${n} in all)`,
  emptyUnsearchable: 'Nothing searchable in that (letters, Chinese characters or figures).',
  emptyFiltered: 'Try removing filters, a shorter word, or pinyin or a measure number.',
  emptyMissing: 'This action plan says nothing about it. Try other words, or browse by sector.',
  emptyOther: 'Try a shorter or different word, Chinese or pinyin, or a measure number.',
  emptyStart: 'Type words to search, or choose filters to browse the measures.',
  sep: '. ',
  end: '.',
  englishUnavailable: (online) =>
    online
      ? 'The English search index could not be loaded. Try again, or search in Chinese or pinyin.'
      : 'The English search index is not available offline. Search in Chinese or pinyin, or try again online.',
};
