/** Words of a measure's page (Chinese). */

export interface MeasureText {
  /** The page's description: the plan, its number, the measure and the start of its text (none when untranslated). */
  description: (title: string, docNumber: string, n: number, text: string | undefined) => string;
  /** A measure not translated yet: around the link to the Chinese page. */
  untranslated: [string, string, string];
  /** The button that hides or shows the Chinese column. */
  zhToggle: string;
  n: (k: number) => string;
  who: string;
  original: string;
  inPlan: string;
  /** The link to the measure in the full text: 《title》第N条. */
  inPlanLink: (title: string, k: number) => string;
  related: string;
  same: (kind: string) => string;
  /** Around the body's name: 同由 X 牵头 (English: Also led by X). */
  sharedLead: () => [string, string];
  allInGroup: (kind: string, n: number) => string;
  allOfAgency: (name: string) => string;
  pager: string;
  sentenceLink: (i: number) => string;
  hint: string;
  printUrl: string;
  /** Between two cited documents. */
  listSep: string;
  translatorNotes: string;
  sentence: (i: number) => string;
}

export const measure: MeasureText = {
  description: (title, docNumber, n, text) => `《${title}》（${docNumber}）第${n}条：${(text ?? '').slice(0, 90)}…`,
  untranslated: ['本条尚未翻译，以下是中文原文；句子锚点（#s1、#s2……）与', '中文页面', '相同。'],
  zhToggle: '并排显示中文',
  n: (k) => `第${k}条`,
  who: '责任单位',
  original: '原文：',
  inPlan: '在全文中查看：',
  inPlanLink: (title, k) => `《${title}》第${k}条`,
  related: '相关措施',
  same: (kind) => (kind === 'sector' ? '同一领域：' : '同一部分：'),
  sharedLead: () => ['同由', '牵头'],
  allInGroup: (kind, n) => `本${kind === 'sector' ? '领域' : '部分'}其他措施共 ${n} 条，查看全部`,
  allOfAgency: (name) => `${name}参与的全部措施`,
  pager: '上一条与下一条',
  sentenceLink: (i) => `链接到第${i}句`,
  hint: '每句均可单独链接：将鼠标移到句子上或用 Tab 键聚焦，点击句末的 # 号。',
  printUrl: '本条网址：',
  listSep: '；',
  translatorNotes: '译者注',
  sentence: (i) => `第${i}句`,
};
