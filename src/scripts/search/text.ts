/**
 * The search widgets' words in the page's edition (<html lang>): the Chinese pages in Chinese, the
 * English pages (/en/) in English. Results link into the same edition (/measures/N/#sN or /en/measures/N/#sN).
 */
const en = typeof document !== 'undefined' && document.documentElement.lang === 'en';

export const EDITION: 'zh' | 'en' = en ? 'en' : 'zh';

const quote = (w: string) => `“${w}”`;

export const T = en
  ? {
      loading: 'Loading search…',
      indexFailed: 'The search index could not be loaded. Reload the page, or browse the list of measures.',
      number: (n: number) => `Measure ${n}`,
      notMentioned: (words: string[]) => `The plan does not mention ${words.map(quote).join(', ')}`,
      onlyMatched: (terms: string[]) => `Only matching: ${terms.join(', ')}`,
      unsearchable: 'Nothing searchable in that: type English words, Chinese, pinyin or a measure number.',
      found: (n: number, shown: number) =>
        `${n} measure${n === 1 ? '' : 's'} found${n > shown ? `, showing the first ${shown}` : ''}`,
      foundFor: (n: number, q: string, shown: number) =>
        `${n} measure${n === 1 ? '' : 's'} found for “${q}”${n > shown ? `, showing the first ${shown}` : ''}`,
      noneWithAll: 'No measure has all of the words',
      noneWithAllOf: (q: string) => `No measure has all the words of “${q}”`,
      partialBelow: 'Below are measures with some of the words',
      nothingFor: (q: string) =>
        `Nothing found for “${q}”. Try a shorter word, Chinese or pinyin, or a measure number such as “12”.`,
      nothingForShort: (q: string) => `Nothing found for “${q}”`,
      filtered: (n: number) => `${n} measure${n === 1 ? '' : 's'} match the filters`,
      noFiltered: 'No measure matches the filters',
      missingNone: (missing: string) => `${missing}; no related measure found`,
      more: (n: number) => `Show more (${n} in all)`,
      emptyUnsearchable: 'Nothing searchable in that (letters, Chinese characters or figures).',
      emptyFiltered: 'Try removing filters, a shorter word, or pinyin or a measure number.',
      emptyMissing: 'This action plan says nothing about it. Try other words, or browse by sector.',
      emptyOther: 'Try a shorter or different word, Chinese or pinyin, or a measure number.',
      emptyStart: 'Type words to search, or choose filters to browse the measures.',
    }
  : {
      loading: '正在加载检索……',
      indexFailed: '检索索引加载失败，请刷新页面重试，或浏览措施列表。',
      number: (n: number) => `第${n}条`,
      notMentioned: (words: string[]) => `计划中没有提到${words.map(quote).join('')}`,
      onlyMatched: (terms: string[]) => `只匹配到：${terms.join('、')}`,
      unsearchable: '检索词里没有可检索的文字，请输入汉字、拼音或数字。',
      found: (n: number, shown: number) => `找到 ${n} 条措施${n > shown ? `，显示前 ${shown} 条` : ''}`,
      foundFor: (n: number, q: string, shown: number) =>
        `找到 ${n} 条与“${q}”相关的措施${n > shown ? `，显示前 ${shown} 条` : ''}`,
      noneWithAll: '没有同时含有各个检索词的措施',
      noneWithAllOf: (q: string) => `没有同时含有“${q}”中各个词的措施`,
      partialBelow: '下面是只含有部分检索词的措施',
      nothingFor: (q: string) => `没有找到与“${q}”相关的措施。试试更短的词、拼音，或措施编号如“第12条”。`,
      nothingForShort: (q: string) => `没有找到与“${q}”相关的措施`,
      filtered: (n: number) => `筛选出 ${n} 条措施`,
      noFiltered: '没有符合筛选条件的措施',
      missingNone: (missing: string) => `${missing}，没有找到相关措施`,
      more: (n: number) => `显示更多（共 ${n} 条）`,
      emptyUnsearchable: '检索词里没有可检索的文字（汉字、拼音字母或数字）。',
      emptyFiltered: '试试去掉筛选条件、换一个更短的词，或用拼音、措施编号检索。',
      emptyMissing: '这份行动计划里没有这方面的内容。可以换一种说法，或按领域浏览。',
      emptyOther: '试试换一个更短的词，或用拼音、措施编号检索。',
      emptyStart: '输入关键词开始检索，或选择筛选条件浏览措施。',
    };

/** Chinese separators between status sentences, English ones on English pages. */
export const SEP = en ? '. ' : '。';
export const END = en ? '.' : '。';

/**
 * An English query whose index could not be loaded: said in English on both editions (the reader typed English),
 * with a Chinese hint on the Chinese pages; offline, it says that the English index is not stored.
 */
export function englishUnavailable(): string {
  const why = navigator.onLine
    ? 'The English search index could not be loaded. Try again, or search in Chinese or pinyin.'
    : 'The English search index is not available offline. Search in Chinese or pinyin, or try again online.';
  return en ? why : `${why}（英文检索暂不可用，请用汉字或拼音检索。）`;
}
