/** The 404 page (Chinese). */

export interface NotFoundText {
  title: string;
  description: string;
  heading: string;
  /** 'Each measure's permanent address is {/measures/} plus its number, e.g. {link}.' around the two code parts. */
  permalink: [string, string, string];
  allMeasures: string;
  fullText: string;
  agencies: string;
  home: string;
  byPart: string;
  partCount: (n: number) => string;
  /** The guess the page's script offers: 'Did you mean {Measure 12}?'. */
  didYouMean: [string, string];
  measure: (n: number) => string;
}

export const notFound: NotFoundText = {
  title: '找不到页面',
  description: '您访问的页面不存在。可以从全部措施列表或全文中查找。',
  heading: '找不到这个页面',
  permalink: ['这个网址没有对应的页面。每条措施的固定网址是 ', ' 加编号，例如 ', '。'],
  allMeasures: '全部措施（可筛选）',
  fullText: '全文',
  agencies: '责任单位',
  home: '首页',
  byPart: '按部分浏览',
  partCount: (n) => `（${n} 条措施）`,
  didYouMean: ['您是不是要找', '？'],
  measure: (n) => `第${n}条`,
};
