/** Words of the responsible bodies' pages: the list's note, one body's facts and contacts, its partners (Chinese). */
import type { Linked } from '../../linked';

export interface AgencyText {
  /** Under the list's heading: how the table counts. */
  intro: (n: number) => Linked;
  chineseName: string;
  fullName: string;
  fullNameMissing: string;
  englishName: string;
  /** Whether the English name is the body's own or this site's rendering; then the link to the glossary. */
  englishOfficial: string;
  englishRendering: string;
  glossary: string;
  kind: string;
  now: string;
  /** After the successor's name, with the date it took over; then before the quoted source. */
  reorganised: (date: string) => string;
  source: string;
  note: string;
  editorialNote: string;
  spellings: string;
  measures: string;
  count: (n: number) => string;
  filter: string;
  contact: {
    heading: string;
    website: string;
    /** Around the link to the stored copy that confirms the website. */
    evidence: [string, string, string];
    none: string;
    /** Around the hotline's number. */
    hotline: [string, string];
    /** Whom to ask first, on the page of a body that leads measures. */
    askLead: string;
  };
  partners: {
    heading: (n: number) => string;
    none: (name: string) => string;
    intro: (name: string) => string;
    /** What the weight means, shown next to every partner list. */
    weightNote: string;
    graph: string;
    region: (name: string) => string;
    caption: (name: string) => string;
    body: string;
    weight: string;
    shared: string;
    /** After a shared measure's roles, when more than the two bodies are named. */
    sharedBy: (n: number) => string;
  };
}

export const agency: AgencyText = {
  intro: (n) => [
    `全部 ${n} 个单位，按涉及措施数从多到少排列。“牵头”“负责”“配合”依据每条措施末尾括号中的原文；同一措施中“牵头负责”同时计入牵头和负责，所以三列之和可能大于合计。`,
  ],
  chineseName: '中文名称',
  fullName: '全称',
  fullNameMissing: '（全称未能确定，暂不列出）',
  englishName: '英文名称',
  englishOfficial: '该单位的官方英文名称',
  englishRendering: '本站的译名，不是官方英文名称',
  glossary: '术语表',
  kind: '类别',
  now: '现为',
  reorganised: (date) => `（${date}起；计划印发后机构改革）。`,
  source: '来源：',
  note: '说明',
  editorialNote: '（编辑说明）',
  spellings: '原文写法',
  measures: '涉及措施',
  count: (n) => `${n} 条`,
  filter: '在措施列表中筛选',
  contact: {
    heading: '怎么联系',
    website: '官方网站：',
    evidence: ['（本站据该网站页面的存档核实：', '存档所载页面', '）'],
    none: '本站未能从官方来源核实这个单位的网站、电话或地址，因此不列出。',
    hotline: ['也可拨打', '政务服务便民热线咨询或反映问题。'],
    askLead:
      '就本单位牵头的措施，请先向本单位咨询；其他措施请先问该条的牵头单位（没有牵头单位时，问列在首位的负责单位）。',
  },
  partners: {
    heading: (n) => `合作单位（${n}个）`,
    none: (name) => `${name}承担的措施均未列出其他单位。`,
    intro: (name) => `与${name}在同一条措施中被列出的单位，按合作权重排列。`,
    weightNote:
      '“合作权重”：一条措施列出 n 个单位时，其中每两个单位之间计 1/(n−1)，两个单位单独承担的措施计 1；这样第57条这类同时列出九个牵头单位的措施不会压过真正的两两合作。',
    graph: '在关系图中查看',
    region: (name) => `${name}的合作单位`,
    caption: (name) => `${name}的合作单位、共同措施与双方职责`,
    body: '单位',
    weight: '合作权重',
    shared: '共同措施（本单位职责 / 对方职责）',
    sharedBy: (n) => `，共${n}个单位`,
  },
};
