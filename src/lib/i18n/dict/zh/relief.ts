/**
 * Words of the relief finder (/relief/) in Chinese: the page, the finder form, the cards and the finder script's
 * messages. The vocabulary's labels (kinds of help, industries, firm types, directness) and the review threshold
 * are the editorial vocabulary's own words (src/schemas/relief-vocab.ts, relief-review.ts), referenced here.
 */
import {
  DIRECTNESS_HELP,
  DIRECTNESS_LABELS,
  FIRM_LABELS,
  INDUSTRY_LABELS,
  SUPPORT_LABELS,
  type Directness,
  type FirmType,
  type Industry,
  type SupportType,
} from '../../../../schemas/relief-vocab';
import { REVIEW_THRESHOLD } from '../../../../schemas/relief-review';

export interface ReliefText {
  title: string;
  description: string;
  lede: (n: number) => string;
  /** The folded caveats' summary: a bold word, then the short form. */
  caveat: string;
  caveatText: (year: number) => string;
  editorial: string;
  editorialText: string;
  directnessHow: string;
  rankingHow: string;
  rankingIntro: string;
  rankSupport: string;
  /** Points of a step or a rule: 30 分. */
  points: (n: number) => string;
  /** Between the kinds of help of one step, and between the steps. */
  labelSep: string;
  stepSep: string;
  end: string;
  rankIndustry: (named: number, general: number) => string;
  rankDirectness: string;
  /** Between the ways of reaching a firm in the ranking rule. */
  directnessSep: string;
  rankFirm: (named: number, none: number, other: number) => string;
  rankExample: string;
  /** The vocabulary (editorial; the English names are this site's own). */
  supports: Record<SupportType, string>;
  industries: Record<Industry, string>;
  firms: Record<FirmType, string>;
  directness: Record<Directness, string>;
  directnessHelp: Record<Directness, string>;
  typeNav: string;
  typeChip: (label: string, n: number) => string;
  review: string;
  reviewIntro: (all: number, listed: number, left: number) => string;
  threshold: readonly string[];
  thresholdOut: string;
  leftOutIntro: string;
  leftOutShow: (n: number) => string;
  /** Between a left-out measure and the reason. */
  reasonSep: string;
  download: string;
  fieldsBefore: string;
  fieldsLink: string;
  fieldsAfter: string;
  /** The finder form. */
  form: {
    heading: string;
    submit: string;
    reset: string;
    industry: string;
    anyIndustry: string;
    firm: string;
    anyFirm: string;
    supports: string;
    noscript: string;
    results: string;
  };
  /** The finder script's messages ({name}, {parts}, {n}, {list} are filled in by src/scripts/relief-finder.ts). */
  script: {
    named: string;
    general: string;
    match: string;
    partSep: string;
    found: string;
    none: string;
    ignored: string;
    ignoredSep: string;
  };
  /** A relief card. */
  card: {
    amount: string;
    recipient: string;
    anyIndustry: string;
    firmSep: string;
    source: (measure: number, sentence: number) => string;
    note: string;
    contacts: string;
    contactSep: string;
    national: (title: string, number: string | undefined) => string;
  };
}

export const relief: ReliefText = {
  title: '惠企政策查找',
  description: '按行业、支持类型和企业类型，查找计划中面向企业的纾困与扶持措施，附原文依据句和咨询单位。',
  lede: (n) =>
    `计划中有 ${n} 条措施含有面向企业的支持。选择行业和需要的支持（可多选），即可看到相关措施、原文依据句和咨询单位。`,
  caveat: '请注意：',
  caveatText: (year) => `措施为${year}年而定，可能已到期；分类是本站编辑整理，以原文为准。`,
  editorial: '编辑整理：',
  editorialText:
    '支持类型、行业、企业类型与适用程度是本站对原文的分类，不是计划的原话，也不代表发文机关的解释。每条分类都附有所依据的原文句子（黄色标出的字句），请以原文和主管部门的解释为准。咨询单位取自该条措施的牵头和负责单位。',
  directnessHow: '适用程度如何判断',
  rankingHow: '查找结果如何排序',
  rankingIntro:
    '按措施对所选行业和企业类型帮助的直接程度排序：每一句分类按下面四项计分相加，一条措施取其得分最高的一句，得分相同时按措施编号。',
  rankSupport: '支持的种类：',
  points: (n) => `${n} 分`,
  labelSep: '、',
  stepSep: '；',
  end: '。',
  rankIndustry: (named, general) =>
    `行业：原文点名所选行业的 ${named} 分，未限定行业、所有企业都适用的 ${general} 分；只针对其他行业的不显示。`,
  rankDirectness: '落实方式：',
  directnessSep: '，',
  rankFirm: (named, none, other) =>
    `企业类型（选择时）：原文点名所选类型的 ${named} 分（中小微企业也包括小微企业），未限定类型的 ${none} 分，只点名其他类型的 ${other} 分。`,
  rankExample:
    '例如选择“餐饮”：第2条（点名餐饮等5个困难行业的专项扶持）和第1条（对所有行业的减税降费、稳岗、房租减免）排在最前，然后是点名餐饮的贷款和保险，再后是政府采购规定和市场促进。',
  supports: SUPPORT_LABELS,
  industries: INDUSTRY_LABELS,
  firms: FIRM_LABELS,
  directness: DIRECTNESS_LABELS,
  directnessHelp: DIRECTNESS_HELP,
  typeNav: '支持类型',
  typeChip: (label, n) => `${label}（${n}）`,
  review: '复核记录',
  reviewIntro: (all, listed, left) =>
    `全部 ${all} 条措施都逐条复核过是否含有企业可以申请或受益的支持：${listed} 条列入上面的分类，${left} 条未列入。列入的标准（编辑规则，对全部措施一致适用）：措施原文写明下列任一项的列入——`,
  threshold: REVIEW_THRESHOLD.in,
  thresholdOut: REVIEW_THRESHOLD.out,
  leftOutIntro: '未列入的措施及理由（编辑判断）：',
  leftOutShow: (n) => `查看未列入的 ${n} 条措施`,
  reasonSep: '：',
  download: '分类数据可下载：',
  fieldsBefore: '（字段说明见',
  fieldsLink: '开放数据',
  fieldsAfter: '）。',
  form: {
    heading: '按条件查找',
    submit: '查找',
    reset: '清除条件',
    industry: '行业',
    anyIndustry: '任何行业',
    firm: '企业类型（可选）',
    anyFirm: '不限',
    supports: '支持类型（可多选，不选即任何支持）',
    noscript: '未启用 JavaScript，无法按条件筛选和排序：下面按支持类型列出全部措施，点类型名即可跳到该类。',
    results: '查找结果',
  },
  script: {
    named: '原文点名{name}',
    general: '原文未限定行业',
    match: '匹配：{parts}',
    partSep: ' · ',
    found: '找到 {n} 条措施，按适用程度排列。',
    none: '没有找到符合全部条件的措施。可以放宽条件，例如多选几种支持或不选支持类型。',
    ignored: '网址中的条件无法识别，已忽略：{list}',
    ignoredSep: '，',
  },
  card: {
    amount: '金额：',
    recipient: '受益对象：',
    anyIndustry: '未限定行业',
    firmSep: ' · ',
    source: (measure, sentence) => `原文第${measure}条第${sentence}句`,
    note: '编辑说明：',
    contacts: '咨询单位：',
    contactSep: '、',
    national: (title, number) => `国家政策《${title}》${number ? `（${number}）` : ''}的相关条款（2022年）`,
  },
};
