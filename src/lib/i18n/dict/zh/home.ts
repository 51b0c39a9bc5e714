/** The home page's words in Chinese: the first screen's ways in, the document's facts, the contents. */
import { SUPPORT_LABELS } from '../../../../schemas/relief-vocab';
import type { Counts } from '../../../model/summary';

export interface HomeText {
  /** The page's description (search engines, link previews). */
  description: (title: string, number: string, measures: number) => string;
  /** The plan's title as the page's heading. */
  heading: (title: string) => string;
  number: string;
  issuer: string;
  signed: string;
  printed: string;
  all: string;
  noMeasures: string;
  waysTitle: string;
  searchName: string;
  searchLabel: string;
  placeholder: string;
  searchButton: string;
  business: string;
  businessText: string;
  research: string;
  researchText: (c: Counts) => string;
  press: string;
  fullText: string;
  cite: string;
  data: string;
  citizen: string;
  browse: string;
  targets: string;
  outcomes: string;
  /** The plan in figures, under the facts. */
  summary: (c: Counts) => string;
  /** Before the sections this edition does not have yet (shown only if it lacks some), linked to the other edition's. */
  elsewhere: string;
  /** The glossary of terms and names (shown where the edition has one). */
  glossaryIntro: string;
  glossary: string;
}

// the relief kinds in the relief finder's own words
const reliefKinds = Object.values(SUPPORT_LABELS).slice(0, 3).join('、');

export const home: HomeText = {
  description: (title, number, measures) =>
    `${title}（${number}）全文、${measures}条措施及其责任单位，可检索、可引用。`,
  heading: (title) => `《${title}》`,
  number: '文号',
  issuer: '发文机关',
  signed: '成文日期',
  printed: '印发日期',
  all: '全部措施',
  noMeasures: '本部分为总体要求，不含编号措施。',
  waysTitle: '从这里开始',
  searchName: '检索全部措施',
  searchLabel: '查找措施：输入关键词、单位或编号',
  placeholder: '如 房租减免、养老、第12条',
  searchButton: '检索',
  business: '企业：我能享受哪些扶持？',
  businessText: `${reliefKinds}……按行业和企业类型查找，附原文与该咨询的部门`,
  research: '研究：谁负责什么？',
  researchText: (c) => `${c.agencies} 个责任单位与 ${c.measures} 条措施的关系图、矩阵和领域分布`,
  press: '媒体：全文、引用与数据',
  fullText: '全文',
  cite: '如何引用',
  data: '开放数据',
  citizen: '市民：政府承诺了什么？',
  browse: '按部分和领域浏览',
  targets: '量化目标',
  outcomes: '此后进展',
  summary: (c) =>
    `共 ${c.parts} 个部分、${c.sectors} 个行业领域、${c.measures} 条措施，涉及 ${c.agencies} 个责任单位和 ${c.taskForces} 个工作专班。`,
  elsewhere: '以下页面暂时只有另一语言的版本：',
  glossaryIntro: '术语和名称：',
  glossary: '术语表',
};
