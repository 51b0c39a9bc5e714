/**
 * The words the outcome pages and sections use (Chinese). Status names are the site's, not the plan's.
 */
import type { OutcomeStatus } from '../../../../schemas/outcome';

export interface OutcomeText {
  status: Record<OutcomeStatus, string>;
  /** One line on what a status means, for the legend. */
  statusHelp: Record<OutcomeStatus, string>;
  since: string;
  pageTitle: string;
  /** The page's introduction; `printed` is the plan's printing date (content/document.yaml). */
  pageIntro: (printed: Date) => string;
  asOf: (date: string) => string;
  noEvidence: (date: string) => string;
  queriesTried: string;
  source: string;
  reprintOf: string;
  published: string;
  quote: string;
  figure: string;
  period: string;
  comparability: string;
  action: string;
  editorialMark: string;
  cite: string;
  citeNote: string;
  target: string;
  measure: (n: number) => string;
  counts: string;
  allRecords: string;
  filterPart: string;
  filterAgency: string;
  filterAll: string;
  filterApply: string;
  filterEmpty: string;
  filterCount: (shown: number, all: number) => string;
  promise: string;
  outcome: string;
  chartCaption: string;
  chartNote: string;
  ofTarget: string;
  howJudged: string;
  report: string;
  agencySection: string;
  agencySummary: (withEvidence: number, all: number) => string;
  seeAll: string;
  /** How many records have each status, in one line (the about page). */
  tally: (counts: { label: string; count: number }[]) => string;
}

const STATUS: Record<OutcomeStatus, string> = {
  met: '已达到',
  'partly-met': '部分达到',
  'not-met': '未达到',
  'no-comparable-figure': '无可比数据',
  'evidence-of-action': '有实施证据',
  'no-evidence-found': '未找到公开证据',
};

export const outcome: OutcomeText = {
  status: STATUS,
  statusHelp: {
    met: '公开来源中的实际数值达到目标（由本站按两个数值计算）。',
    'partly-met': '实际数值达到目标的一半以上，但未达到目标。',
    'not-met': '实际数值不到目标的一半，或高于“以下”“降至”类上限。',
    'no-comparable-figure': '找到了相关数值，但口径不同（如累计数与当年新增、一市与全省、其他年份），不能直接比较。',
    'evidence-of-action': '有注明日期的公开记录显示该措施的具体步骤已实施（文件印发、项目启动、名单公布等）。',
    'no-evidence-found': '在所检索的公开来源中未找到证据；这不等于没有落实。',
  },
  since: '此后',
  pageTitle: '进展：每项承诺此后怎样了',
  pageIntro: (printed) =>
    `计划于 ${printed.getUTCFullYear()} 年 ${printed.getUTCMonth() + 1} 月印发。本页逐项列出每个量化目标和每条措施此后的公开证据：来源、发布日期和含有数值或事实的原文引文。目标是否达到由本站按目标数值与来源数值计算，不由编辑填写。`,
  asOf: (date) => `核查日期：${date}`,
  noEvidence: (date) => `在所检索的公开来源中未找到证据（截至 ${date}）。`,
  queriesTried: '检索过的关键词',
  source: '来源',
  reprintOf: '原发布机构',
  published: '发布日期',
  quote: '来源原文',
  figure: '实际数值',
  period: '期间',
  comparability: '可比性（编辑说明）',
  action: '实施情况（编辑概括）',
  editorialMark: '编辑整理',
  cite: '引用此证据',
  citeNote: '引用的是原始来源；本站页面仅为整理出处。',
  target: '量化目标',
  measure: (n) => `第${n}条`,
  counts: '按状态统计',
  allRecords: '全部记录',
  filterPart: '部分',
  filterAgency: '责任单位',
  filterAll: '全部',
  filterApply: '筛选',
  filterEmpty: '没有符合条件的记录。',
  filterCount: (shown, all) => `显示 ${shown} / ${all} 条`,
  promise: '目标',
  outcome: '实际',
  chartCaption: '目标与实际：可比的量化目标，实际数值占目标的百分比',
  chartNote: '只含口径可比的目标；100% 线为目标值（上限类目标低于该线为达到）。',
  ofTarget: '占目标',
  howJudged: '如何查找和判断',
  report: '如发现更好的来源，请告诉我们',
  agencySection: '此后：本单位相关措施的进展',
  agencySummary: (withEvidence, all) => `本单位参与的 ${all} 条措施中，${withEvidence} 条找到了实施证据。`,
  seeAll: '全部进展',
  tally: (counts) => counts.map((c) => `${c.label} ${c.count}`).join('，'),
};
