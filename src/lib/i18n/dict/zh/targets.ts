/**
 * The targets page's words (/targets/, /en/targets/), Chinese. The targets themselves are editorial data resting on
 * the plan's sentences (content/targets.yaml, non-targets.yaml); their indicators, figures and notes stay as written.
 */
import type { NonTargetReason } from '../../../../schemas/non-target';

export interface TargetsText {
  title: string;
  description: (targets: number) => string;
  intro: (targets: number, withDeadline: number) => string;
  /** The editorial note: label, text, the open-data link and what follows it. */
  note: { label: string; text: string; link: string; end: string };
  /** Where a target stands: a measure's sentence, or a part's own text (numeral and heading of the edition's plan). */
  sourceMeasure: (measure: number, sentence: number) => string;
  sourcePart: (numeral: string, heading: string) => string;
  tableLabel: string;
  sortHint: string;
  colSource: string;
  colIndicator: string;
  colValue: string;
  colDeadline: string;
  colResult: string;
  colQuote: string;
  colAgencies: string;
  noDeadline: string;
  evidence: string;
  noAgencies: string;
  /** Between names in a list, and between a heading's label and what follows. */
  sep: string;
  colon: string;
  downloads: string;
  downloadsEnd: string;
  outcomesHeading: string;
  /** The outcomes section's introduction around its two links (the outcomes page, the method on the about page). */
  outcomesIntro: { text: string; outcomesLink: string; middle: string; aboutLink: string; end: string };
  dataTable: (caption: string) => string;
  otherHeading: string;
  otherIntro: string;
  otherLabel: string;
  colNumber: string;
  colReason: string;
  colNote: string;
  nonTargetReason: Record<NonTargetReason, string>;
}

export const targets: TargetsText = {
  title: '量化目标',
  description: (n) => `计划中的全部 ${n} 个量化目标：数值、单位、限定词、期限和责任单位，每项链接到原文句子。`,
  intro: (n, d) => `计划共提出 ${n} 个量化目标，其中 ${d} 个写明了期限。每一行都链接到原文所在的句子。`,
  note: {
    label: '编辑整理：',
    text: '“指标”一栏是本站的概括；“原文”一栏是计划的原话，目标数值用黄色标出。原文中其他不是目标的数字（文号、日期、数目、奖励标准等）逐一列明了理由，见',
    link: '开放数据',
    end: '。',
  },
  sourceMeasure: (m, s) => `第${m}条第${s}句`,
  sourcePart: (numeral, heading) => `${numeral}、${heading}`,
  tableLabel: '量化目标一览',
  sortHint: '点击列标题可按该列排序，再次点击反向排序。',
  colSource: '出处',
  colIndicator: '指标（编辑概括）',
  colValue: '目标值',
  colDeadline: '期限',
  colResult: '结果',
  colQuote: '原文',
  colAgencies: '责任单位',
  noDeadline: '原文未写明期限',
  evidence: '证据',
  noAgencies: '（总体要求，未列单位）',
  sep: '、',
  colon: '：',
  downloads: '数据下载：',
  downloadsEnd: '。',
  outcomesHeading: '此后：目标与实际',
  outcomesIntro: {
    text: '每个目标此后的公开证据：来源、发布日期和含有数值的原文引文。“结果”由本站按目标数值与来源数值计算，不由编辑填写；口径不同的数值列为“无可比数据”并说明差别。全部措施的进展见',
    outcomesLink: '进展',
    middle: '页，判断方法见',
    aboutLink: '关于本站',
    end: '。',
  },
  dataTable: (caption) => `${caption}（数据表）`,
  otherHeading: '不属于目标的数字',
  otherIntro:
    '原文各部分和措施中的每一个数字——阿拉伯数字和用汉字写的数量（如“两项工具”“八大工作专班”，不含作冠词或构词的“一”）——要么列为上表的目标（数值或期限），要么在下表中说明理由（编辑判断）。措施编号不计在内。',
  otherLabel: '不属于目标的数字一览',
  colNumber: '数字',
  colReason: '理由',
  colNote: '说明',
  nonTargetReason: {
    'document-number': '文号',
    date: '年份或日期',
    count: '所列事项的数目',
    'reward-rule': '奖励标准',
    ratio: '比例',
    name: '名称的一部分',
    rule: '规则，不是目标',
    baseline: '目标的起点',
    ordinal: '序号',
    phrase: '固定说法，不表示数量',
  },
};
