/**
 * The search scripts' words in Chinese (the header's search panel and the search page, src/scripts/search/): the
 * one dictionary section browser code may import (it imports nothing; .dependency-cruiser.cjs allows it).
 */
export interface SearchScriptText {
  loading: string;
  indexFailed: string;
  number: (n: number) => string;
  notMentioned: (words: string[]) => string;
  onlyMatched: (terms: string[]) => string;
  unsearchable: string;
  found: (n: number, shown: number) => string;
  foundFor: (n: number, q: string, shown: number) => string;
  noneWithAll: string;
  noneWithAllOf: (q: string) => string;
  partialBelow: string;
  nothingFor: (q: string) => string;
  nothingForShort: (q: string) => string;
  filtered: (n: number) => string;
  noFiltered: string;
  missingNone: (missing: string) => string;
  more: (n: number) => string;
  emptyUnsearchable: string;
  emptyFiltered: string;
  emptyMissing: string;
  emptyOther: string;
  emptyStart: string;
  /** Between status sentences, and at the end of one. */
  sep: string;
  end: string;
  /**
   * An English query whose index could not be loaded: said in English on both editions (the reader typed English),
   * with a Chinese hint on the Chinese pages; offline, it says that the English index is not stored.
   */
  englishUnavailable: (online: boolean) => string;
}

const quote = (w: string) => `“${w}”`;

export const searchScript: SearchScriptText = {
  loading: '正在加载检索……',
  indexFailed: '检索索引加载失败，请刷新页面重试，或浏览措施列表。',
  number: (n) => `第${n}条`,
  notMentioned: (words) => `计划中没有提到${words.map(quote).join('')}`,
  onlyMatched: (terms) => `只匹配到：${terms.join('、')}`,
  unsearchable: '检索词里没有可检索的文字，请输入汉字、拼音或数字。',
  found: (n, shown) => `找到 ${n} 条措施${n > shown ? `，显示前 ${shown} 条` : ''}`,
  foundFor: (n, q, shown) => `找到 ${n} 条与“${q}”相关的措施${n > shown ? `，显示前 ${shown} 条` : ''}`,
  noneWithAll: '没有同时含有各个检索词的措施',
  noneWithAllOf: (q) => `没有同时含有“${q}”中各个词的措施`,
  partialBelow: '下面是只含有部分检索词的措施',
  nothingFor: (q) => `没有找到与“${q}”相关的措施。试试更短的词、拼音，或措施编号如“第12条”。`,
  nothingForShort: (q) => `没有找到与“${q}”相关的措施`,
  filtered: (n) => `筛选出 ${n} 条措施`,
  noFiltered: '没有符合筛选条件的措施',
  missingNone: (missing) => `${missing}，没有找到相关措施`,
  more: (n) => `显示更多（共 ${n} 条）`,
  emptyUnsearchable: '检索词里没有可检索的文字（汉字、拼音字母或数字）。',
  emptyFiltered: '试试去掉筛选条件、换一个更短的词，或用拼音、措施编号检索。',
  emptyMissing: '这份行动计划里没有这方面的内容。可以换一种说法，或按领域浏览。',
  emptyOther: '试试换一个更短的词，或用拼音、措施编号检索。',
  emptyStart: '输入关键词开始检索，或选择筛选条件浏览措施。',
  sep: '。',
  end: '。',
  englishUnavailable: (online) =>
    `${
      online
        ? 'The English search index could not be loaded. Try again, or search in Chinese or pinyin.'
        : 'The English search index is not available offline. Search in Chinese or pinyin, or try again online.'
    }（英文检索暂不可用，请用汉字或拼音检索。）`,
};
