/** The search page's words in Chinese (/search/); the words its scripts write are in search-script.ts. */
export interface SearchPageText {
  title: string;
  description: (measures: number) => string;
  h1: string;
  label: string;
  button: string;
  tips: string;
  filters: string;
  all: string;
  reset: string;
  facetPart: string;
  facetSector: string;
  facetTaskForce: string;
  facetAgency: string;
  /** A part's numeral and heading ('一、总体要求'), a sector's ('（一）金融业'). */
  partLabel: (numeral: string, heading: string) => string;
  sectorLabel: (numeral: string, heading: string) => string;
  noscript: string;
  noscriptMore: string;
  list: string;
  listNote: (measures: number) => string;
  home: string;
  homeNote: string;
  results: string;
  more: string;
  partialHeading: string;
  partialNote: string;
  partialResults: string;
  tryThese: string;
  /** Queries to try when nothing was found: what this edition's readers type (any language; a list, so a function). */
  examples: () => string[];
  bySector: string;
  alsoBrowse: [string, string, string, string, string];
}

export const searchPage: SearchPageText = {
  title: '检索',
  description: (measures) =>
    `检索行动计划的${measures}条措施：支持关键词、日常说法和提问、多个词、拼音和首字母、繁体字、责任单位、数字和措施编号，容忍错别字；也可以用英文检索（非官方译文）。`,
  h1: '检索措施',
  label: '检索词',
  button: '检索',
  tips: '可输入词语、日常说法或问题、多个词（空格分隔）、拼音或首字母（如 jia zheng、bxj）、繁体字、责任单位、数字（如 200家）或编号（如 第12条），也可以输入英文（检索非官方英文译文）。',
  filters: '筛选',
  all: '全部',
  reset: '清除',
  facetPart: '部分',
  facetSector: '领域',
  facetTaskForce: '工作专班',
  facetAgency: '责任单位',
  partLabel: (numeral, heading) => `${numeral}、${heading}`,
  sectorLabel: (numeral, heading) => `（${numeral}）${heading}`,
  noscript: '检索需要在浏览器中启用 JavaScript。',
  noscriptMore: '不用检索也可以找到措施：',
  list: '措施列表',
  listNote: (measures) => `（全部${measures}条措施）`,
  home: '首页的措施目录',
  homeNote: '，按部分和领域排列：',
  results: '检索结果',
  more: '显示更多',
  partialHeading: '只匹配到：',
  partialNote: '以下措施只含有部分检索词。',
  partialResults: '部分匹配的结果',
  tryThese: '可以试试：',
  examples: () => [
    '冰雪旅游',
    '民航 纾困',
    '开餐馆能不能少交点税',
    'jia zheng',
    'bxj',
    '體育',
    '省民政厅',
    '200家',
    '第12条',
    '农业生产拖管',
    'elderly care',
  ],
  bySector: '或者按领域浏览：',
  alsoBrowse: ['也可以浏览', '措施列表', '、', '首页的措施目录', '。'],
};
