/** The header navigation's labels in Chinese, one per page type (src/lib/site/nav.ts orders them). */
export interface NavText {
  home: string;
  plan: string;
  measures: string;
  agencies: string;
  explore: string;
  relief: string;
  targets: string;
  outcomes: string;
  data: string;
  search: string;
  glossary: string;
  about: string;
}

export const nav: NavText = {
  home: '首页',
  plan: '全文',
  measures: '措施',
  agencies: '责任单位',
  explore: '探索',
  relief: '惠企政策',
  targets: '目标',
  outcomes: '进展',
  data: '数据',
  search: '检索',
  glossary: '术语表',
  about: '关于',
};
