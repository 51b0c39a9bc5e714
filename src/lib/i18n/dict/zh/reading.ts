/** Words of the reading pages (Chinese): the plan, its parts, sectors, task forces, bodies and measure lists. */
import type { AgencyKind } from '../../../../schemas/agency';
import type { Role } from '../../../model/model';
import { AGENCY_KIND_LABELS } from '../../../model/agencies';
import { ROLE_LABELS } from '../../../model/responsibility';

export interface ReadingText {
  /** The breadcrumb's landmark name. */
  youAreHere: string;
  fullText: string;
  /** A measure's number as a label: 第N条. */
  measure: (n: number) => string;
  role: Record<Role, string>;
  agencyKind: Record<AgencyKind, string>;
  taskForce: string;
  /** ReportLink: the sentence around the report address, and the sentence when there is none. */
  reportTo: [string, string];
  reportNone: string;
  officialText: string;
  /** Successor: "now X, since date, source". */
  successor: {
    open: string;
    inlineOpen: string;
    now: string;
    since: (date: string) => string;
    source: string;
    /** The closing bracket, none inside the caller's brackets (Chinese). */
    close: (inline: boolean) => string;
  };
  sector: {
    title: (heading: string) => string;
    description: (plan: string, heading: string, n: number) => string;
    part: string;
    taskForce: string;
    count: (n: number) => string;
  };
  taskForcePage: {
    description: (plan: string, name: string, n: number) => string;
    charge: (name: string) => string;
    count: (n: number) => string;
    all: string;
    countShort: (n: number) => string;
  };
  measures: { title: string; description: (plan: string, n: number) => string };
  agencies: {
    title: string;
    description: (plan: string, n: number) => string;
    caption: string;
    body: string;
    kind: string;
    total: string;
  };
  agency: {
    title: (name: string) => string;
    description: (plan: string, name: string, n: number) => string;
    group: (role: string, n: number) => string;
  };
  part: { description: (plan: string, numeral: string, heading: string, n: number) => string; others: string };
}

export const reading: ReadingText = {
  youAreHere: '位置',
  fullText: '全文',
  measure: (n) => `第${n}条`,
  role: ROLE_LABELS,
  agencyKind: AGENCY_KIND_LABELS,
  taskForce: '工作专班：',
  reportTo: ['请发送至 ', '。'],
  reportNone: '本站此次发布未设置报告地址（部署设置 REPORT_URL）。',
  officialText: '官方网站刊载的原文',
  successor: {
    open: '（',
    inlineOpen: '；',
    now: '现为',
    since: (d) => `，${d}起，`,
    source: '来源',
    close: (inline) => (inline ? '' : '）'),
  },
  sector: {
    title: (h) => `${h}（行业领域）`,
    description: (plan, h, n) => `《${plan}》${h}：${n}条措施及其责任单位。`,
    part: '所属部分：',
    taskForce: '；工作专班：',
    count: (n) => `。共 ${n} 条措施。`,
  },
  taskForcePage: {
    description: (plan, name, n) => `${name}负责的${n}条措施（《${plan}》）。`,
    charge: (name) => `原文中标明由${name}负责的部分或领域：`,
    count: (n) => `共 ${n} 条措施。`,
    all: '全部工作专班',
    countShort: (n) => `（${n}条）`,
  },
  measures: {
    title: '全部措施',
    description: (plan, n) => `《${plan}》全部${n}条措施及责任单位，可按部分、行业领域、工作专班和责任单位筛选。`,
  },
  agencies: {
    title: '责任单位',
    description: (plan, n) => `《${plan}》涉及的全部${n}个责任单位，及其牵头、负责、配合的措施数量。`,
    caption: '各责任单位涉及的措施数',
    body: '单位',
    kind: '类别',
    total: '合计',
  },
  agency: {
    title: (name) => `${name}（责任单位）`,
    description: (plan, name, n) => `${name}在《${plan}》中涉及的${n}条措施，按牵头、负责、配合分组。`,
    group: (role, n) => `${role}（${n}条）`,
  },
  part: {
    description: (plan, numeral, heading, n) => `《${plan}》第${numeral}部分“${heading}”${n ? `，含${n}条措施` : ''}。`,
    others: '其他部分',
  },
};
